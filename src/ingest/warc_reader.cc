#include "ingest/warc_reader.h"

#include <myencoding/encoding.h>

#include <algorithm>
#include <cctype>

#include "ingest/text_util.h"

namespace dyad {
namespace ingest {
namespace {

// Header lines longer than this are not WARC headers; the cap also bounds what a stretch of
// binary garbage without line breaks can make the reader hold.
constexpr size_t kMaxLineBytes = 64 * 1024;
constexpr size_t kMaxHeaderBytes = 1 << 20;
constexpr std::string_view kVersionPrefix = "WARC/1.";

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

std::string_view StripLineEnd(std::string_view line) {
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
  return line;
}

bool IsBlankLine(std::string_view line) { return StripLineEnd(line).empty(); }

std::string StripAngleBrackets(std::string_view s) {
  if (s.size() >= 2 && s.front() == '<' && s.back() == '>') s = s.substr(1, s.size() - 2);
  return std::string(s);
}

// A short, printable excerpt of `s` for error messages.
std::string Excerpt(std::string_view s) {
  std::string out;
  for (char c : s.substr(0, 40)) {
    out += std::isprint(static_cast<unsigned char>(c)) ? c : '?';
  }
  if (s.size() > 40) out += "...";
  return out;
}

// "Name: value" lines, with folded continuation lines, as both WARC and HTTP write them.
Status ParseHeaderLines(std::string_view lines, HeaderList* headers) {
  size_t pos = 0;
  while (pos < lines.size()) {
    size_t end = lines.find('\n', pos);
    if (end == std::string_view::npos) end = lines.size();
    std::string_view line = StripLineEnd(lines.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty()) continue;
    if (line[0] == ' ' || line[0] == '\t') {
      if (headers->empty()) return Status::Corruption("continuation line before any header");
      std::string_view more = TrimAscii(line);
      if (!more.empty()) {
        headers->back().second += ' ';
        headers->back().second += more;
      }
      continue;
    }
    size_t colon = line.find(':');
    std::string_view name = colon == std::string_view::npos ? "" : TrimAscii(line.substr(0, colon));
    if (name.empty()) {
      return Status::Corruption("header line without a name: '" + Excerpt(line) + "'");
    }
    headers->emplace_back(std::string(name), std::string(TrimAscii(line.substr(colon + 1))));
  }
  return Status::OK();
}

bool ParseDecimal(std::string_view s, uint64_t* value) {
  if (s.empty() || s.size() > 18) return false;
  *value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    *value = *value * 10 + static_cast<uint64_t>(c - '0');
  }
  return true;
}

// A body with no declared media type that starts like markup is taken as HTML.
bool LooksLikeMarkup(std::string_view body) {
  size_t i = 0;
  if (StartsWith(body, "\xEF\xBB\xBF")) i = 3;
  while (i < body.size() && std::isspace(static_cast<unsigned char>(body[i]))) ++i;
  return i < body.size() && body[i] == '<';
}

bool IsLatin1Label(std::string_view charset) {
  static constexpr std::string_view kLabels[] = {
      "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1",
      "iso_8859-1",   "latin1", "latin-1",  "l1",         "iso-8859-15"};
  for (std::string_view label : kLabels) {
    if (charset == label) return true;
  }
  return false;
}

// Undoes one Content-Encoding on *body. Bodies that are evidently not in the announced coding
// (crawlers that store the decoded payload keep the header) are left alone.
Status UndoContentEncoding(std::string_view coding, std::string* body) {
  if (coding.empty() || coding == "identity") return Status::OK();
  std::string decoded;
  Status s;
  if (coding == "gzip" || coding == "x-gzip") {
    if (!HasGzipMagic(*body)) return Status::OK();
    s = GunzipString(*body, &decoded);
  } else if (coding == "deflate") {
    s = InflateString(*body, &decoded);
    if (!s.ok() && decoded.empty() && LooksLikeMarkup(*body)) return Status::OK();
  } else {
    if (LooksLikeMarkup(*body)) return Status::OK();
    return Status::Unsupported("unsupported Content-Encoding '" + std::string(coding) + "'");
  }
  // A cut-off body (crawlers truncate large payloads) is used as far as it decodes.
  if (!s.ok() && decoded.empty()) {
    return Status::Corruption("cannot undo Content-Encoding " + std::string(coding) + ": " +
                              s.message());
  }
  *body = std::move(decoded);
  return Status::OK();
}

bool IsHexDigit(char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::string_view FindHeader(const HeaderList& headers, std::string_view name) {
  for (const auto& [header, value] : headers) {
    if (EqualsIgnoreCase(header, name)) return value;
  }
  return {};
}

Status ParseWarcHeaders(std::string_view header_lines, WarcRecord* record) {
  Status s = ParseHeaderLines(header_lines, &record->headers);
  if (!s.ok()) return s;
  const HeaderList& h = record->headers;
  record->type = std::string(FindHeader(h, "WARC-Type"));
  record->target_uri = StripAngleBrackets(FindHeader(h, "WARC-Target-URI"));
  record->date = std::string(FindHeader(h, "WARC-Date"));
  record->record_id = StripAngleBrackets(FindHeader(h, "WARC-Record-ID"));
  record->content_type = std::string(FindHeader(h, "Content-Type"));
  if (record->type.empty()) return Status::Corruption("no WARC-Type header");
  std::string_view length = FindHeader(h, "Content-Length");
  if (length.empty()) return Status::Corruption("no Content-Length header");
  if (!ParseDecimal(length, &record->content_length)) {
    return Status::Corruption("bad Content-Length '" + Excerpt(length) + "'");
  }
  return Status::OK();
}

Status DecodeChunked(std::string_view body, std::string* out) {
  out->reserve(out->size() + body.size());  // the chunks take less room than the body
  size_t pos = 0;
  bool first = true;
  for (;;) {
    size_t eol = body.find('\n', pos);
    std::string_view line =
        body.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
    line = StripLineEnd(line);
    line = TrimAscii(line.substr(0, line.find(';')));  // chunk extensions are ignored
    bool valid = eol != std::string_view::npos && !line.empty() && line.size() <= 15;
    uint64_t size = 0;
    for (char c : line) {
      if (!IsHexDigit(c)) {
        valid = false;
        break;
      }
      size = size * 16 + static_cast<uint64_t>(std::isdigit(static_cast<unsigned char>(c))
                                                   ? c - '0'
                                                   : std::tolower(c) - 'a' + 10);
    }
    if (!valid) {
      if (first) return Status::InvalidArgument("not chunked: no chunk size line");
      if (pos >= body.size()) return Status::Corruption("chunked body ends without a last chunk");
      return Status::Corruption("bad chunk size line at byte " + std::to_string(pos));
    }
    first = false;
    pos = eol + 1;
    if (size == 0) return Status::OK();  // trailers, if any, carry nothing dyad uses
    if (body.size() - pos < size) {
      out->append(body.substr(pos));
      return Status::Corruption("chunked body breaks off inside a chunk");
    }
    out->append(body.substr(pos, size));
    pos += size;
    if (body.compare(pos, 2, "\r\n") == 0) {
      pos += 2;
    } else if (pos < body.size() && body[pos] == '\n') {
      pos += 1;
    }
  }
}

Status ParseHttpResponse(std::string_view message, HttpResponse* out) {
  size_t crlf_end = message.find("\r\n\r\n");
  size_t lf_end = message.find("\n\n");
  size_t header_end = std::min(crlf_end, lf_end);
  if (header_end == std::string_view::npos) {
    return Status::Corruption("no blank line after the HTTP headers");
  }
  size_t body_start = header_end + (header_end == crlf_end ? 4 : 2);
  std::string_view head = message.substr(0, header_end);
  size_t status_end = head.find('\n');
  std::string_view status_line =
      StripLineEnd(head.substr(0, status_end == std::string_view::npos ? head.size() : status_end));
  // "HTTP/1.1 200 OK", "HTTP/2 200"
  size_t space = status_line.find(' ');
  std::string_view rest = space == std::string_view::npos ? "" : status_line.substr(space + 1);
  uint64_t status = 0;
  if (!StartsWith(status_line, "HTTP/") || rest.size() < 3 ||
      !ParseDecimal(rest.substr(0, 3), &status) || (rest.size() > 3 && rest[3] != ' ')) {
    return Status::Corruption("bad HTTP status line '" + Excerpt(status_line) + "'");
  }
  out->status = static_cast<int>(status);
  out->reason = std::string(rest.size() > 3 ? TrimAscii(rest.substr(4)) : "");
  if (status_end != std::string_view::npos) {
    Status s = ParseHeaderLines(head.substr(status_end + 1), &out->headers);
    if (!s.ok()) return s;
  }

  std::string_view content_type = FindHeader(out->headers, "Content-Type");
  std::string lower_type = AsciiLower(content_type);
  out->media_type = std::string(TrimAscii(
      std::string_view(lower_type).substr(0, std::min(lower_type.size(), lower_type.find(';')))));
  size_t charset_at = lower_type.find("charset=");
  if (charset_at != std::string::npos) {
    std::string_view value = std::string_view(lower_type).substr(charset_at + 8);
    value = value.substr(0, value.find(';'));
    value = TrimAscii(value);
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'')) {
      value = value.substr(1, value.size() - 2);
    }
    out->charset = std::string(TrimAscii(value));
  }

  std::string_view body = message.substr(body_start);
  std::string transfer = AsciiLower(FindHeader(out->headers, "Transfer-Encoding"));
  bool decoded = false;
  if (transfer.find("chunked") != std::string::npos) {
    out->body.clear();
    Status s = DecodeChunked(body, &out->body);
    // InvalidArgument: the body was stored already de-chunked. A Corruption is a cut-off body,
    // kept as far as it goes.
    decoded = s.ok() || s.code() == Status::Code::kCorruption;
  }
  if (!decoded) out->body.assign(body);
  std::string coding = AsciiLower(TrimAscii(FindHeader(out->headers, "Content-Encoding")));
  return UndoContentEncoding(coding, &out->body);
}

// `bytes` is taken by value so that the common case, a page already in UTF-8, hands it back
// without a copy.
std::string ConvertToUtf8(std::string bytes, std::string_view charset) {
  std::string label = AsciiLower(TrimAscii(charset));
  if (label.empty() || label == "utf-8" || label == "utf8" || label == "us-ascii" ||
      label == "ascii") {
    return bytes;
  }
  Utf8Census census = CountUtf8(bytes);
  if (census.invalid == 0) return bytes;  // ASCII, or UTF-8 under a stale label
  if (IsLatin1Label(label)) return Windows1252ToUtf8(bytes);
  myencoding_t encoding;
  if (!myencoding_by_name(label.data(), label.size(), &encoding) || encoding == MyENCODING_UTF_8 ||
      encoding == MyENCODING_UTF_16LE || encoding == MyENCODING_UTF_16BE) {
    return bytes;  // the HTML extractor still looks at the page's own declaration
  }
  myencoding_custom_f decode = myencoding_get_function_by_id(encoding);
  if (decode == nullptr) return bytes;
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  myencoding_result_t state;
  myencoding_result_clean(&state);
  for (char c : bytes) {
    myencoding_status_t st = decode(static_cast<unsigned char>(c), &state);
    if (st == MyENCODING_STATUS_CONTINUE) continue;
    AppendUtf8(st == MyENCODING_STATUS_OK ? static_cast<uint32_t>(state.result) : 0xFFFD, &out);
    myencoding_result_clean(&state);
  }
  return out;
}

std::string WarcDateDay(std::string_view warc_date) {
  if (warc_date.size() < 10) return "";
  for (size_t i = 0; i < 10; ++i) {
    bool want_dash = i == 4 || i == 7;
    if (want_dash ? warc_date[i] != '-' : !std::isdigit(static_cast<unsigned char>(warc_date[i]))) {
      return "";
    }
  }
  int month = (warc_date[5] - '0') * 10 + (warc_date[6] - '0');
  int day = (warc_date[8] - '0') * 10 + (warc_date[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return "";
  if (warc_date.size() > 10 && warc_date[10] != 'T' && warc_date[10] != ' ') return "";
  return std::string(warc_date.substr(0, 10));
}

RecordKind RecordToDocument(const WarcRecord& record, Document* doc, std::string* reason) {
  if (record.type != "response") return RecordKind::kNotResponse;
  // Heritrix stores DNS lookups as response records of type text/dns.
  if (!record.content_type.empty() &&
      !StartsWith(AsciiLower(record.content_type), "application/http")) {
    return RecordKind::kNotHtml;
  }
  HttpResponse http;
  Status s = ParseHttpResponse(record.block, &http);
  if (!s.ok()) {
    *reason = "bad HTTP response: " + s.message();
    return RecordKind::kMalformed;
  }
  if (http.status != 200) return RecordKind::kNotOk;
  bool html = http.media_type == "text/html" || http.media_type == "application/xhtml+xml" ||
              (http.media_type.empty() && LooksLikeMarkup(http.body));
  if (!html || TrimAscii(http.body).empty()) return RecordKind::kNotHtml;
  *doc = Document();
  doc->id = !record.record_id.empty()    ? record.record_id
            : !record.target_uri.empty() ? record.target_uri
                                         : "record " + std::to_string(record.number);
  doc->url = record.target_uri;
  doc->crawl_date = WarcDateDay(record.date);
  doc->html = ConvertToUtf8(std::move(http.body), http.charset);
  return RecordKind::kDocument;
}

// ---------------------------------------------------------------------------------------------
// WarcReader

WarcReader::WarcReader(std::unique_ptr<ByteSource> source)
    : in_(OpenMaybeGzipped(std::move(source))) {}

bool WarcReader::FindVersionLine(std::string* line, uint64_t* line_offset, uint64_t* skipped,
                                 uint64_t* skipped_offset) {
  *skipped = 0;
  bool at_line_start = true;
  for (;;) {
    uint64_t start = in_->offset();
    if (!in_->ReadLine(line, kMaxLineBytes)) return false;
    bool starts_line = at_line_start;
    at_line_start = line->back() == '\n';
    if (starts_line && StartsWith(*line, kVersionPrefix)) {
      *line_offset = start;
      return true;
    }
    if (starts_line && *skipped == 0 && IsBlankLine(*line)) continue;  // between records
    if (*skipped == 0) *skipped_offset = start;
    *skipped += line->size();
  }
}

WarcReader::ReadResult WarcReader::Fail(int64_t record, uint64_t offset, std::string reason,
                                        WarcError* error) {
  ++counts_.malformed;
  error->record = record;
  error->offset = offset;
  error->reason = std::move(reason);
  return ReadResult::kError;
}

WarcReader::ReadResult WarcReader::ReadRecord(WarcRecord* record, WarcError* error) {
  std::string version;
  uint64_t offset = 0;
  if (has_pending_line_) {
    version = std::move(pending_line_);
    offset = pending_offset_;
    has_pending_line_ = false;
  } else {
    uint64_t skipped = 0;
    uint64_t skipped_offset = 0;
    bool found = FindVersionLine(&version, &offset, &skipped, &skipped_offset);
    bool rest_of_bad_record = resyncing_;
    resyncing_ = false;
    if (skipped > 0 && !rest_of_bad_record) {
      if (found) {
        has_pending_line_ = true;
        pending_line_ = std::move(version);
        pending_offset_ = offset;
      }
      return Fail(counts_.records + 1, skipped_offset,
                  std::to_string(skipped) + " bytes that are not a WARC record" +
                      (found ? " (skipped to the next record)" : " at the end of the input"),
                  error);
    }
    if (!found) return ReadResult::kEnd;
  }

  ++counts_.records;
  record->number = counts_.records;
  record->offset = offset;
  record->version = std::string(StripLineEnd(version));
  auto truncated = [&](const std::string& what) {
    if (!in_->status().ok()) {
      source_error_reported_ = true;
      return Fail(record->number, offset, in_->status().message(), error);
    }
    return Fail(record->number, offset, "truncated record: " + what, error);
  };

  std::string headers;
  std::string line;
  for (;;) {
    uint64_t line_offset = in_->offset();
    if (!in_->ReadLine(&line, kMaxLineBytes)) {
      return truncated("the input ends inside its headers");
    }
    if (IsBlankLine(line)) break;
    if (StartsWith(line, kVersionPrefix)) {
      has_pending_line_ = true;
      pending_line_ = std::move(line);
      pending_offset_ = line_offset;
      return Fail(record->number, offset, "headers end without a blank line", error);
    }
    headers += line;
    if (headers.size() > kMaxHeaderBytes) {
      resyncing_ = true;
      return Fail(record->number, offset, "headers longer than 1 MiB", error);
    }
  }
  Status s = ParseWarcHeaders(headers, record);
  if (!s.ok()) {
    resyncing_ = true;
    return Fail(record->number, offset, s.message(), error);
  }

  // Only responses are read into memory; the other records are skipped over.
  bool wanted = record->type == "response" && record->content_length <= kMaxBlockBytes;
  if (wanted) record->block.reserve(record->content_length);  // the length may lie: bounded above
  uint64_t got = in_->ReadBytes(record->content_length, wanted ? &record->block : nullptr);
  if (got < record->content_length) {
    return truncated("its Content-Length is " + std::to_string(record->content_length) +
                     " bytes, the input ends after " + std::to_string(got));
  }
  if (record->type == "response" && !wanted) {
    return Fail(record->number, offset,
                "a content block of " + std::to_string(record->content_length) +
                    " bytes, larger than dyad reads (" + std::to_string(kMaxBlockBytes) + ")",
                error);
  }
  // The two CRLFs that end a record are left to FindVersionLine, which skips blank lines: some
  // writers put only one, or LFs.
  return ReadResult::kRecord;
}

WarcReader::Event WarcReader::Next(Document* doc, WarcError* error) {
  for (;;) {
    WarcRecord record;
    ReadResult read = ReadRecord(&record, error);
    if (read == ReadResult::kError) return Event::kError;
    if (read == ReadResult::kEnd) {
      if (!in_->status().ok() && !source_error_reported_) {
        source_error_reported_ = true;
        Fail(counts_.records + 1, in_->offset(), in_->status().message(), error);
        return Event::kError;
      }
      return Event::kEnd;
    }
    std::string reason;
    switch (RecordToDocument(record, doc, &reason)) {
      case RecordKind::kDocument:
        ++counts_.documents;
        return Event::kDocument;
      case RecordKind::kNotResponse:
        ++counts_.not_response;
        break;
      case RecordKind::kNotHtml:
        ++counts_.not_html;
        break;
      case RecordKind::kNotOk:
        ++counts_.not_ok;
        break;
      case RecordKind::kMalformed:
        Fail(record.number, record.offset, reason, error);
        return Event::kError;
    }
  }
}

}  // namespace ingest
}  // namespace dyad
