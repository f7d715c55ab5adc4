// Reading WARC 1.0 / 1.1 files (ISO 28500), the format crawlers (Common Crawl, Heritrix, wget
// --warc-file) save the web in, as a stream of Documents: one per HTTP 200 text/html response.
//
// The parsing functions work on strings in memory; WarcReader streams a file or standard input
// (plain or gzipped, recognised by the gzip magic bytes) record by record.
#ifndef DYAD_INGEST_WARC_READER_H_
#define DYAD_INGEST_WARC_READER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "ingest/gzip_reader.h"

namespace dyad {
namespace ingest {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

// The value of the first header called `name` (ASCII case-insensitive), or empty.
std::string_view FindHeader(const HeaderList& headers, std::string_view name);

struct WarcRecord {
  int64_t number = 0;   // 1 for the first record of the input
  uint64_t offset = 0;  // of its "WARC/1.x" line in the uncompressed data
  std::string version;  // "WARC/1.0", "WARC/1.1"
  HeaderList headers;   // in order, names as written
  // The named fields, from the headers; angle brackets around ids and URIs (as WARC 1.0
  // writers put them) removed.
  std::string type;  // WARC-Type: warcinfo, response, request, metadata, revisit, resource ...
  std::string target_uri;
  std::string date;       // WARC-Date: when the resource was captured
  std::string record_id;  // WARC-Record-ID
  std::string content_type;
  uint64_t content_length = 0;
  std::string block;  // the content block; left empty for records dyad does not read
};

// Parses the header lines of a WARC record: what follows the version line, up to the blank line
// (excluded). Lines end in CRLF or LF; continuation lines (starting with a space or tab) are
// folded into the header before them. Fails without a valid Content-Length.
Status ParseWarcHeaders(std::string_view header_lines, WarcRecord* record);

struct HttpResponse {
  int status = 0;
  std::string reason;
  HeaderList headers;
  std::string media_type;  // of Content-Type, lower case, without parameters
  std::string charset;     // the Content-Type charset parameter, lower case, or empty
  std::string body;        // with the transfer and content codings undone
};

// Parses an HTTP response as a WARC response record holds it: status line, headers and body.
// Undoes "Transfer-Encoding: chunked" and "Content-Encoding: gzip / x-gzip / deflate". Crawlers
// that store the decoded body but keep the header (and truncated payloads) are tolerated: a body
// that is not in the announced coding is taken as it is, a cut-off one as far as it decodes.
Status ParseHttpResponse(std::string_view message, HttpResponse* out);

// Undoes chunked transfer coding. InvalidArgument when `body` does not start with a chunk size
// line; Corruption when it breaks off, with *out holding the chunks decoded before.
Status DecodeChunked(std::string_view body, std::string* out);

// `bytes` in `charset` (an HTTP or HTML label) as UTF-8. Bytes that are already well-formed
// UTF-8 with multi-byte characters are kept: a stale charset label is far more common than
// windows-1252 text that happens to be valid UTF-8. Unknown charsets are left as they are.
std::string ConvertToUtf8(std::string bytes, std::string_view charset);

// "YYYY-MM-DD" of a WARC-Date ("2024-06-19T08:15:00Z"), or empty when it is not one.
std::string WarcDateDay(std::string_view warc_date);

// What a record gives.
enum class RecordKind {
  kDocument,
  kNotResponse,  // warcinfo, request, metadata, revisit, resource ...
  kNotHtml,      // a response with another media type (PDF, image, robots.txt ...)
  kNotOk,        // a response with an HTTP status other than 200
  kMalformed,    // the record or its HTTP message cannot be read
};

// Turns a record into a Document: id = WARC-Record-ID (else the target URI), url = the target
// URI, html = the response body as UTF-8 (converted from the HTTP charset). `date` is left
// empty: WARC-Date is when the page was crawled, and a document date would override the page's
// own publication date in the coder; the crawl date stays in WarcRecord::date. On kMalformed
// *reason says why.
RecordKind RecordToDocument(const WarcRecord& record, Document* doc, std::string* reason);

struct WarcCounts {
  int64_t records = 0;
  int64_t documents = 0;
  int64_t not_response = 0;
  int64_t not_html = 0;
  int64_t not_ok = 0;
  int64_t malformed = 0;  // malformed records and stretches of data that are not records
};

struct WarcError {
  int64_t record = 0;   // the record's number; for data between records, the next record's
  uint64_t offset = 0;  // where the problem starts, in the uncompressed data
  std::string reason;
};

// Streams the records of a WARC file. A malformed record is reported and reading resumes at the
// next line that starts with "WARC/1.".
class WarcReader {
 public:
  // `source` holds a WARC file, plain or gzipped.
  explicit WarcReader(std::unique_ptr<ByteSource> source);

  enum class Event { kDocument, kError, kEnd };

  // Reads on to the next document (kDocument, *doc set) or problem (kError, *error set).
  // kEnd at the end of the input.
  Event Next(Document* doc, WarcError* error);

  const WarcCounts& counts() const { return counts_; }

  // Records larger than this are skipped rather than read into memory.
  static constexpr uint64_t kMaxBlockBytes = 64 << 20;

 private:
  enum class ReadResult { kRecord, kError, kEnd };

  ReadResult ReadRecord(WarcRecord* record, WarcError* error);
  // Finds the next version line; false at the end of the input. Sets *skipped to the number of
  // bytes before it that are neither blank lines nor a record.
  bool FindVersionLine(std::string* line, uint64_t* line_offset, uint64_t* skipped,
                       uint64_t* skipped_offset);
  ReadResult Fail(int64_t record, uint64_t offset, std::string reason, WarcError* error);

  std::unique_ptr<BufferedSource> in_;
  WarcCounts counts_;
  bool resyncing_ = false;  // after a malformed record: what precedes the next one is its rest
  // A version line met while reading something else, to be read as the next record's start.
  bool has_pending_line_ = false;
  std::string pending_line_;
  uint64_t pending_offset_ = 0;
  bool source_error_reported_ = false;
};

}  // namespace ingest
}  // namespace dyad

#endif  // DYAD_INGEST_WARC_READER_H_
