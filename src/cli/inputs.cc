#include "cli/inputs.h"

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <memory>

#include "ingest/dates.h"
#include "ingest/gzip_reader.h"
#include "ingest/text_util.h"
#include "ingest/warc_reader.h"
#include "text/date.h"

namespace dyad::cli {
namespace fs = std::filesystem;
namespace {

// Whether a text field holds a page's markup rather than text: it opens with a tag and holds
// the tags of blocks, paragraphs or a page ("<p>", "<div", "<!DOCTYPE"). Text that only
// starts with an inline tag ("<b>Breaking</b>: ...") stays text.
bool LooksLikeMarkup(std::string_view text) {
  size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || text[start] != '<') return false;
  std::string head = ingest::AsciiLower(text.substr(start, 4096));
  for (std::string_view tag : {"<p>", "<p ", "<div", "<html", "<body", "<article", "<!doctype",
                               "<h1", "<h2", "<h3", "<br", "<li", "<table", "<section"}) {
    if (head.find(tag) != std::string::npos) return true;
  }
  return false;
}

enum class Format { kText, kHtml, kJsonl, kWarc, kUnknown };

// How many bytes of an input are looked at to recognise its format.
constexpr size_t kSniffBytes = 4096;

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// The format a file name announces. "x.jsonl.gz" announces JSONL: whether the bytes are gzipped
// is decided by their magic number, not by the name.
Format FormatOfPath(const fs::path& p) {
  std::string ext = Lower(p.extension().string());
  if (ext == ".gz" || ext == ".gzip") return FormatOfPath(p.stem());
  if (ext == ".txt" || ext == ".text") return Format::kText;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::kHtml;
  if (ext == ".jsonl" || ext == ".ndjson") return Format::kJsonl;
  if (ext == ".warc") return Format::kWarc;
  return Format::kUnknown;
}

Format SniffFormat(std::string_view content) {
  if (content.substr(0, 7) == "WARC/1.") return Format::kWarc;
  size_t i = 0;
  if (content.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < content.size() && std::isspace(static_cast<unsigned char>(content[i]))) ++i;
  if (i < content.size() && content[i] == '{') return Format::kJsonl;
  if (i < content.size() && content[i] == '<') return Format::kHtml;
  return Format::kText;
}

bool LooksBinary(std::string_view content) {
  size_t n = std::min<size_t>(content.size(), 8192);
  return std::memchr(content.data(), '\0', n) != nullptr;
}

class Reader {
 public:
  Reader(const std::function<bool(Document&&)>& on_doc,
         const std::function<void(const std::string&, const std::string&)>& on_error)
      : on_doc_(on_doc), on_error_(on_error) {}

  bool Input(const std::string& arg) {
    if (arg == "-") {
      return Stream("stdin", std::make_unique<ingest::FdSource>(0, "stdin"), Format::kUnknown);
    }
    std::error_code ec;
    fs::file_status st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) {
      Fail(arg, "no such file or directory");
      return true;
    }
    if (fs::is_directory(st)) {
      std::vector<fs::path> files;
      for (auto it = fs::recursive_directory_iterator(arg, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file() && FormatOfPath(it->path()) != Format::kUnknown) {
          files.push_back(it->path());
        }
      }
      if (ec) Fail(arg, ec.message());
      std::sort(files.begin(), files.end());
      for (const fs::path& p : files) {
        if (!File(p.string())) return false;
      }
      return true;
    }
    return File(arg);
  }

  InputStats stats;

 private:
  void Fail(const std::string& where, const std::string& reason) {
    ++stats.failures;
    on_error_(where, reason);
  }

  bool Emit(Document&& d) {
    ++stats.documents;
    // A news page is rarely over a few megabytes; a larger one (a dump, a data file saved as
    // .html) is cut, so that one document cannot hold gigabytes of parse tree and events.
    for (std::string* body : {&d.html, &d.text}) {
      if (body->size() <= kMaxDocumentBytes) continue;
      size_t cut = kMaxDocumentBytes;
      while (cut > 0 && (static_cast<unsigned char>((*body)[cut]) & 0xC0) == 0x80) --cut;
      Fail(d.id, "document of " + std::to_string(body->size() >> 20) + " MB cut to its first " +
                     std::to_string(kMaxDocumentBytes >> 20) + " MB");
      body->resize(cut);
    }
    return on_doc_(std::move(d));
  }

  static constexpr size_t kMaxDocumentBytes = size_t{16} << 20;

  bool File(const std::string& path) {
    std::unique_ptr<ingest::ByteSource> file;
    Status s = ingest::IstreamSource::Open(path, &file);
    if (!s.ok()) {
      Fail(path, s.message());
      return true;
    }
    return Stream(path, std::move(file), FormatOfPath(path));
  }

  // Reads an input by chunks, gunzipping it when it is gzipped; `format` kUnknown means "tell
  // by the content".
  bool Stream(const std::string& where, std::unique_ptr<ingest::ByteSource> raw_source,
              Format format) {
    auto raw = std::make_unique<ingest::BufferedSource>(std::move(raw_source));
    bool gzipped = ingest::HasGzipMagic(raw->Peek(2));
    std::unique_ptr<ingest::BufferedSource> in =
        gzipped ? std::make_unique<ingest::BufferedSource>(
                      std::make_unique<ingest::GunzipSource>(std::move(raw)))
                : std::move(raw);
    // A file saved as UTF-16 (with its byte order mark, as Windows tools write pages, text and
    // JSONL) is read whole and converted, then read as the UTF-8 it stands for.
    if (ingest::HasUtf16Bom(in->Peek(2))) {
      std::string utf16;
      while (in->Read(&utf16)) {
      }
      if (!in->status().ok()) Fail(where, in->status().message());
      in = std::make_unique<ingest::BufferedSource>(
          std::make_unique<ingest::StringSource>(ingest::Utf16ToUtf8(utf16)));
    }
    if (format == Format::kUnknown) format = SniffFormat(in->PeekFirstLine(kSniffBytes));
    if (format == Format::kWarc) return Warc(where, std::move(in), gzipped);
    if (format == Format::kJsonl) return Jsonl(where, in.get());
    std::string content;
    while (in->Read(&content)) {
    }
    if (!in->status().ok()) {
      // What was decoded before the error is still coded.
      Fail(where, in->status().message());
      if (content.find_first_not_of(" \t\r\n") == std::string::npos) return true;
    }
    return Whole(where, where, std::move(content), format);
  }

  bool Whole(const std::string& where, const std::string& id, std::string content, Format f) {
    if (content.find_first_not_of(" \t\r\n") == std::string::npos) {
      Fail(where, "empty input");
      return true;
    }
    if (LooksBinary(content)) {
      Fail(where, "binary data, not text or HTML");
      return true;
    }
    Document d;
    d.id = id;
    if (f == Format::kHtml) d.html = std::move(content);
    else d.text = std::move(content);
    return Emit(std::move(d));
  }

  // Documents are emitted record by record, so that a crawl of any size streams through.
  bool Warc(const std::string& where, std::unique_ptr<ingest::BufferedSource> in, bool gzipped) {
    ingest::WarcReader reader(std::move(in));
    for (;;) {
      Document d;
      ingest::WarcError error;
      switch (reader.Next(&d, &error)) {
        case ingest::WarcReader::Event::kDocument:
          if (!Emit(std::move(d))) return false;
          break;
        case ingest::WarcReader::Event::kError:
          Fail(where + ":" + std::to_string(error.record),
               std::string(gzipped ? "at uncompressed byte " : "at byte ") +
                   std::to_string(error.offset) + ": " + error.reason);
          break;
        case ingest::WarcReader::Event::kEnd:
          if (reader.counts().records == 0 && reader.counts().malformed == 0) {
            Fail(where, "empty input");
          }
          return true;
      }
    }
  }

  bool Jsonl(const std::string& where, ingest::BufferedSource* in) {
    std::string line;
    int lineno = 0;
    bool any = false;
    int broken_line = 0;
    while (in->ReadLine(&line)) {
      ++lineno;
      bool complete = line.back() == '\n';
      if (!complete && !in->status().ok()) {
        broken_line = lineno;  // cut short by a broken gzip stream: not worth parsing
        break;
      }
      if (complete) line.pop_back();
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      any = true;
      if (!JsonLine(&line, where, lineno)) return false;
    }
    if (!in->status().ok()) {
      Fail(where + ":" + std::to_string(broken_line > 0 ? broken_line : lineno + 1),
           in->status().message());
      return true;
    }
    if (!any) Fail(where, "empty input");
    return true;
  }

  // Parses `line` in place: its room is grown to hold the padding simdjson reads past the end,
  // which a reused line keeps, rather than copied into a padded string per line.
  bool JsonLine(std::string* line, const std::string& path, int lineno) {
    // Made only when needed (an error, or a document without an id): most lines need none.
    auto where = [&] { return path + ":" + std::to_string(lineno); };
    line->reserve(line->size() + simdjson::SIMDJSON_PADDING);
    simdjson::dom::element obj;
    auto err = parser_.parse(line->data(), line->size(), /*realloc_if_needed=*/false).get(obj);
    if (err) {
      Fail(where(), std::string("invalid JSON: ") + simdjson::error_message(err));
      return true;
    }
    if (!obj.is_object()) {
      Fail(where(), "not a JSON object");
      return true;
    }
    Document d;
    auto str = [&](const char* key, std::string* out) {
      simdjson::dom::element v;
      if (obj[key].get(v)) return;
      if (v.is_string()) *out = std::string(std::string_view(v));
      else if (v.is_int64()) *out = std::to_string(int64_t(v));
      else if (v.is_uint64()) *out = std::to_string(uint64_t(v));
    };
    // A string field only: metadata is not made up of numbers.
    auto text_of = [&](const char* key, std::string* out) {
      simdjson::dom::element v;
      if (!obj[key].get(v) && v.is_string()) *out = std::string(std::string_view(v));
    };
    // The first of `keys` the record holds as a string, for the names other tools give a field:
    // news-please, which most CC-NEWS users run, writes "maintext", "date_publish" and
    // "source_domain".
    auto first_of = [&](std::initializer_list<const char*> keys, std::string* out) {
      for (const char* key : keys) {
        if (out->empty()) text_of(key, out);
      }
    };
    str("id", &d.id);
    str("date", &d.date);
    first_of({"text", "maintext", "content", "body"}, &d.text);
    text_of("html", &d.html);
    str("url", &d.url);
    str("title", &d.title);
    first_of({"source", "source_domain"}, &d.source);
    text_of("description", &d.description);
    text_of("language", &d.language);
    simdjson::dom::element authors;
    if (!obj["authors"].get(authors)) {
      if (authors.is_string()) {
        d.authors.emplace_back(std::string_view(authors));
      } else if (authors.is_array()) {
        for (simdjson::dom::element a : simdjson::dom::array(authors)) {
          if (a.is_string()) d.authors.emplace_back(std::string_view(a));
          if (d.authors.size() >= 100) break;
        }
      }
    }
    if (d.id.empty()) d.id = where();
    // A page's markup in a text field ("content" of a feed or CMS dump) is read as the page.
    if (d.html.empty() && LooksLikeMarkup(d.text)) d.html = std::move(d.text), d.text.clear();
    if (d.text.empty() && d.html.empty()) {
      Fail(where(), "no \"text\" (or \"maintext\", \"content\", \"body\") or \"html\" field");
      return true;
    }
    if (!d.date.empty()) {
      if (!text::ParseIsoDate(d.date).valid()) {
        Fail(where(), "bad \"date\" '" + d.date + "' (want YYYY-MM-DD)");
        return true;
      }
      d.date = d.date.substr(0, 10);
    } else {
      // Other tools' dates as they write them ("2022-01-19 14:05:00", "Wed, 19 Jan 2022
      // 14:05:00 GMT"): the first that reads as a date; one that does not is no date, and the
      // record is still read.
      for (const char* key : {"date_publish", "published", "publish_date", "date_published"}) {
        std::string value;
        text_of(key, &value);
        std::string date = ingest::NormalizeDate(value);
        if (text::ParseIsoDate(date).valid()) {
          d.date = date.substr(0, 10);
          break;
        }
      }
    }
    return Emit(std::move(d));
  }

  const std::function<bool(Document&&)>& on_doc_;
  const std::function<void(const std::string&, const std::string&)>& on_error_;
  simdjson::dom::parser parser_;
};

}  // namespace

InputStats ReadInputs(const std::vector<std::string>& inputs,
                      const std::function<bool(Document&&)>& on_doc,
                      const std::function<void(const std::string&, const std::string&)>& on_error) {
  Reader r(on_doc, on_error);
  for (const std::string& in : inputs) {
    if (!r.Input(in)) break;
  }
  return r.stats;
}

}  // namespace dyad::cli
