#include "ingest/warc_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <string>
#include <vector>

namespace dyad {
namespace ingest {
namespace {

std::string Compress(std::string_view data, int window_bits) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, data.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}
std::string Gzip(std::string_view data) { return Compress(data, 16 + MAX_WBITS); }

// One WARC record as a writer puts it: version line, headers, blank line, block, two CRLFs.
std::string Record(std::string_view type, std::string_view id, std::string_view uri,
                   std::string_view content_type, std::string_view block) {
  std::string r = "WARC/1.1\r\nWARC-Type: " + std::string(type) + "\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + std::string(uri) + "\r\n";
  r += "WARC-Date: 2024-06-19T08:15:00Z\r\n";
  r += "WARC-Record-ID: <" + std::string(id) + ">\r\n";
  r += "Content-Type: " + std::string(content_type) + "\r\n";
  r += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  r += block;
  r += "\r\n\r\n";
  return r;
}

std::string Response(std::string_view id, std::string_view uri, std::string_view http) {
  return Record("response", id, uri, "application/http; msgtype=response", http);
}

std::string Chunked(std::string_view body, size_t chunk) {
  std::string out;
  char size[32];
  for (size_t pos = 0; pos < body.size(); pos += chunk) {
    std::string_view piece = body.substr(pos, chunk);
    std::snprintf(size, sizeof(size), "%zx", piece.size());
    out += std::string(size) + "\r\n" + std::string(piece) + "\r\n";
  }
  return out + "0\r\n\r\n";
}

const char kPage1[] =
    "<html><head><title>Talks</title></head><body><p>Iran and Russia held talks.</p></body></html>";
// Latin-1 bytes: "Caf\xE9" is "Café"; the page itself declares no charset.
const char kPage2[] = "<html><body><p>Talks at the Caf\xE9 in Geneva ended.</p></body></html>";
const char kPage3[] = "<html><body><p>The third page.</p></body></html>";

// The records of the test file, each a string, so that they can be written plain or one gzip
// member each. Record numbers: 1 warcinfo, 2 request, 3 page 1, 4 metadata, 5 page 2 (chunked
// and gzipped), 6 a PDF, 7 a 404, garbage, 8 page 3, 9 a truncated response.
std::vector<std::string> TestRecords() {
  std::vector<std::string> records;
  records.push_back(Record("warcinfo", "urn:uuid:0001", "", "application/warc-fields",
                           "software: dyad-test\r\nformat: WARC File Format 1.1\r\n"));
  records.push_back(Record("request", "urn:uuid:0002", "https://news.example.org/talks",
                           "application/http; msgtype=request",
                           "GET /talks HTTP/1.1\r\nHost: news.example.org\r\n\r\n"));
  records.push_back(Response("urn:uuid:0003", "https://news.example.org/talks",
                             std::string("HTTP/1.1 200 OK\r\nContent-Type: text/html; "
                                         "charset=utf-8\r\nContent-Length: ") +
                                 std::to_string(sizeof(kPage1) - 1) + "\r\n\r\n" + kPage1));
  records.push_back(Record("metadata", "urn:uuid:0004", "https://news.example.org/talks",
                           "application/warc-fields", "fetchTimeMs: 120\r\n"));
  records.push_back(Response("urn:uuid:0005", "https://news.example.org/cafe",
                             "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"ISO-8859-1\""
                             "\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n" +
                                 Chunked(Gzip(kPage2), 10)));
  records.push_back(Response("urn:uuid:0006", "https://news.example.org/report.pdf",
                             "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n"
                             "\x01\x02\x03 binary"));
  records.push_back(Response("urn:uuid:0007", "https://news.example.org/gone",
                             "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n"
                             "<html><body>Not found</body></html>"));
  records.push_back("this line is not a record\r\nnor this one\r\n");
  records.push_back(Response("urn:uuid:0008", "https://news.example.org/third",
                             std::string("HTTP/1.0 200 OK\nContent-Type: text/html\n\n") + kPage3));
  std::string last = Response(
      "urn:uuid:0009", "https://news.example.org/cut",
      std::string("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n") + kPage1 + kPage1 + kPage1);
  records.push_back(last.substr(0, last.size() - 120));
  return records;
}

struct ReadResult {
  std::vector<Document> documents;
  std::vector<WarcError> errors;
  WarcCounts counts;
};

ReadResult ReadWarc(std::string data) {
  WarcReader reader(std::make_unique<StringSource>(std::move(data)));
  ReadResult result;
  for (;;) {
    Document doc;
    WarcError error;
    WarcReader::Event event = reader.Next(&doc, &error);
    if (event == WarcReader::Event::kEnd) break;
    if (event == WarcReader::Event::kDocument) result.documents.push_back(std::move(doc));
    if (event == WarcReader::Event::kError) result.errors.push_back(error);
  }
  result.counts = reader.counts();
  return result;
}

void ExpectTheThreePages(const ReadResult& r) {
  ASSERT_EQ(r.documents.size(), 3u);
  EXPECT_EQ(r.documents[0].id, "urn:uuid:0003");
  EXPECT_EQ(r.documents[0].url, "https://news.example.org/talks");
  EXPECT_EQ(r.documents[0].html, kPage1);
  EXPECT_EQ(r.documents[0].date, "");  // the page's own date rules; see RecordToDocument
  EXPECT_TRUE(r.documents[0].text.empty());
  EXPECT_EQ(r.documents[1].id, "urn:uuid:0005");
  EXPECT_EQ(r.documents[1].url, "https://news.example.org/cafe");
  EXPECT_EQ(r.documents[1].html,
            "<html><body><p>Talks at the Caf\xC3\xA9 in Geneva ended.</p></body></html>");
  EXPECT_EQ(r.documents[2].id, "urn:uuid:0008");
  EXPECT_EQ(r.documents[2].html, kPage3);
  EXPECT_EQ(r.counts.records, 9);
  EXPECT_EQ(r.counts.documents, 3);
  EXPECT_EQ(r.counts.not_response, 3);  // warcinfo, request, metadata
  EXPECT_EQ(r.counts.not_html, 1);      // the PDF
  EXPECT_EQ(r.counts.not_ok, 1);        // the 404
  EXPECT_EQ(r.counts.malformed, 2);     // the garbage, the truncated record
}

TEST(WarcReaderTest, PlainFile) {
  std::vector<std::string> records = TestRecords();
  std::string file;
  for (const std::string& r : records) file += r;
  ReadResult r = ReadWarc(file);
  ExpectTheThreePages(r);
  ASSERT_EQ(r.errors.size(), 2u);
  size_t garbage_at = 0;
  for (size_t i = 0; i < 7; ++i) garbage_at += records[i].size();
  EXPECT_EQ(r.errors[0].record, 8);
  EXPECT_EQ(r.errors[0].offset, garbage_at);
  EXPECT_EQ(r.errors[0].reason, "41 bytes that are not a WARC record (skipped to the next record)");
  EXPECT_EQ(r.errors[1].record, 9);
  EXPECT_EQ(r.errors[1].offset, file.size() - records.back().size());
  EXPECT_NE(r.errors[1].reason.find("truncated record: its Content-Length is"), std::string::npos)
      << r.errors[1].reason;
}

TEST(WarcReaderTest, GzipMemberPerRecord) {
  std::string file;
  for (const std::string& r : TestRecords()) file += Gzip(r);
  ReadResult r = ReadWarc(file);
  ExpectTheThreePages(r);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].record, 8);
  EXPECT_EQ(r.errors[1].record, 9);
  EXPECT_NE(r.errors[1].reason.find("truncated record"), std::string::npos);
}

TEST(WarcReaderTest, GzipCutInsideTheLastMember) {
  std::vector<std::string> records = TestRecords();
  records.back() = Response("urn:uuid:0009", "https://news.example.org/whole",
                            std::string("HTTP/1.1 200 OK\r\n\r\n") + kPage3);
  std::string file;
  for (const std::string& r : records) file += Gzip(r);
  file.resize(file.size() - 30);
  ReadResult r = ReadWarc(file);
  ExpectTheThreePages(r);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[1].record, 9);
  EXPECT_NE(r.errors[1].reason.find("truncated gzip data: the input ends at byte " +
                                    std::to_string(file.size())),
            std::string::npos)
      << r.errors[1].reason;
}

TEST(WarcReaderTest, MalformedHeadersResumeAtTheNextRecord) {
  std::string bad =
      "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\n"
      "HTTP/1.1 200 OK\r\n\r\n<p>lost</p>\r\n\r\n";
  std::string good = Response("urn:uuid:0010", "http://example.org/",
                              std::string("HTTP/1.1 200 OK\r\n\r\n") + kPage3);
  ReadResult r = ReadWarc(bad + good);
  ASSERT_EQ(r.errors.size(), 1u);  // the rest of the bad record is not a second error
  EXPECT_EQ(r.errors[0].record, 1);
  EXPECT_EQ(r.errors[0].offset, 0u);
  EXPECT_EQ(r.errors[0].reason, "bad Content-Length 'many'");
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].id, "urn:uuid:0010");
  EXPECT_EQ(r.counts.records, 2);
}

TEST(WarcReaderTest, ResponseWithABadHttpMessage) {
  ReadResult r =
      ReadWarc(Response("urn:uuid:0011", "http://example.org/", "SPDY nonsense\r\n\r\n") +
               Response("urn:uuid:0012", "", std::string("HTTP/1.1 200 OK\r\n\r\n") + kPage3));
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].record, 1);
  EXPECT_EQ(r.errors[0].reason, "bad HTTP response: bad HTTP status line 'SPDY nonsense'");
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].id, "urn:uuid:0012");
  EXPECT_EQ(r.documents[0].url, "");
}

TEST(WarcReaderTest, EmptyAndNonWarcInput) {
  ReadResult empty = ReadWarc("");
  EXPECT_TRUE(empty.errors.empty());
  EXPECT_EQ(empty.counts.records, 0);
  ReadResult text = ReadWarc("just some text\n");
  ASSERT_EQ(text.errors.size(), 1u);
  EXPECT_EQ(text.errors[0].reason, "15 bytes that are not a WARC record at the end of the input");
}

// A record whose Content-Length is short of its block: the record ends early, the rest of the
// block is skipped as bytes that are not a record, and the record after it is still read.
TEST(WarcReaderTest, ContentLengthShorterThanTheBlock) {
  std::string http = std::string("HTTP/1.1 200 OK\r\n\r\n") + kPage1;
  std::string record = Response("urn:uuid:0013", "http://example.org/short", http);
  std::string told = "Content-Length: " + std::to_string(http.size());
  record.replace(record.find(told), told.size(),
                 "Content-Length: " + std::to_string(http.size() - 20));
  ReadResult r = ReadWarc(
      record + Response("urn:uuid:0014", "", std::string("HTTP/1.1 200 OK\r\n\r\n") + kPage3));
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(r.documents[0].html, std::string(kPage1, sizeof(kPage1) - 1 - 20));
  EXPECT_EQ(r.documents[1].id, "urn:uuid:0014");
  EXPECT_EQ(r.documents[1].html, kPage3);
  ASSERT_EQ(r.errors.size(), 1u);
  // The block's last 20 bytes and the record's closing CRLFs.
  EXPECT_EQ(r.errors[0].reason, "24 bytes that are not a WARC record (skipped to the next record)");
}

// A Content-Length beyond the input: room is reserved only up to the largest block read, and
// the record is reported truncated, whether the claimed length is under that bound or over it.
TEST(WarcReaderTest, ContentLengthLongerThanTheInput) {
  for (uint64_t claimed :
       {WarcReader::kMaxBlockBytes, WarcReader::kMaxBlockBytes + 1, uint64_t{1} << 40}) {
    std::string record =
        "WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response"
        "\r\nContent-Length: " +
        std::to_string(claimed) + "\r\n\r\nHTTP/1.1 200 OK\r\n\r\n" + kPage3;
    ReadResult r = ReadWarc(record);
    EXPECT_TRUE(r.documents.empty());
    ASSERT_EQ(r.errors.size(), 1u) << claimed;
    EXPECT_NE(r.errors[0].reason.find("truncated record: its Content-Length is " +
                                      std::to_string(claimed)),
              std::string::npos)
        << r.errors[0].reason;
  }
}

// A body stored de-chunked under a chunked header is the page as it is, whatever it starts with.
TEST(WarcReaderTest, ChunkedHeaderOverAPlainBody) {
  ReadResult r = ReadWarc(Response("urn:uuid:0015", "",
                                   std::string("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                                               "Transfer-Encoding: chunked\r\n\r\n") +
                                       kPage1) +
                          Response("urn:uuid:0016", "",
                                   std::string("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                                               "Transfer-Encoding: chunked\r\n\r\n") +
                                       Chunked(kPage3, 9)));
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_EQ(r.documents[0].html, kPage1);
  EXPECT_EQ(r.documents[1].html, kPage3);
  EXPECT_TRUE(r.errors.empty());
}

TEST(ParseWarcHeadersTest, FieldsAndFoldedLines) {
  WarcRecord record;
  ASSERT_TRUE(ParseWarcHeaders("WARC-Type: response\r\n"
                               "WARC-Target-URI: <http://example.org/a>\r\n"
                               "warc-date: 2024-01-02T03:04:05Z\r\n"
                               "WARC-Record-ID: <urn:uuid:abc>\r\n"
                               "X-Long: first\r\n  second\r\n"
                               "Content-Length: 42\r\n",
                               &record)
                  .ok());
  EXPECT_EQ(record.type, "response");
  EXPECT_EQ(record.target_uri, "http://example.org/a");
  EXPECT_EQ(record.date, "2024-01-02T03:04:05Z");
  EXPECT_EQ(record.record_id, "urn:uuid:abc");
  EXPECT_EQ(record.content_length, 42u);
  EXPECT_EQ(FindHeader(record.headers, "x-long"), "first second");
  WarcRecord no_length;
  EXPECT_EQ(ParseWarcHeaders("WARC-Type: response\n", &no_length).message(),
            "no Content-Length header");
}

TEST(ParseHttpResponseTest, ChunkedGzippedBody) {
  std::string body(5000, 'a');
  HttpResponse http;
  ASSERT_TRUE(ParseHttpResponse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
                                "Content-Encoding: gzip\r\nContent-Type: text/html;charset=UTF-8"
                                "\r\n\r\n" +
                                    Chunked(Gzip(body), 7),
                                &http)
                  .ok());
  EXPECT_EQ(http.status, 200);
  EXPECT_EQ(http.reason, "OK");
  EXPECT_EQ(http.media_type, "text/html");
  EXPECT_EQ(http.charset, "utf-8");
  EXPECT_EQ(http.body, body);
}

TEST(ParseHttpResponseTest, DeflateAndAlreadyDecodedBodies) {
  HttpResponse zlib;
  ASSERT_TRUE(ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n" +
                                    Compress("<p>zlib</p>", MAX_WBITS),
                                &zlib)
                  .ok());
  EXPECT_EQ(zlib.body, "<p>zlib</p>");
  HttpResponse raw;
  ASSERT_TRUE(ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\n\r\n" +
                                    Compress("<p>raw</p>", -MAX_WBITS),
                                &raw)
                  .ok());
  EXPECT_EQ(raw.body, "<p>raw</p>");
  // Stored decoded, headers kept (as some crawlers do).
  HttpResponse decoded;
  ASSERT_TRUE(ParseHttpResponse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n"
                                "Content-Encoding: gzip\r\n\r\n<p>plain</p>",
                                &decoded)
                  .ok());
  EXPECT_EQ(decoded.body, "<p>plain</p>");
  HttpResponse brotli;
  EXPECT_EQ(
      ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n\x1b\x02", &brotli).code(),
      Status::Code::kUnsupported);
}

TEST(ParseHttpResponseTest, ChunkedBodiesThatAreNotOrBreakOff) {
  // Not chunked under the header: the body as stored.
  HttpResponse plain;
  ASSERT_TRUE(
      ParseHttpResponse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<p>as is</p>", &plain)
          .ok());
  EXPECT_EQ(plain.body, "<p>as is</p>");
  // Cut off inside a chunk: what there is of it.
  HttpResponse cut;
  ASSERT_TRUE(ParseHttpResponse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" +
                                    Chunked("<p>first</p><p>second</p>", 12).substr(0, 24),
                                &cut)
                  .ok());
  EXPECT_EQ(cut.body, "<p>first</p><p>s");
  // Cut off after a whole chunk, before the last one.
  HttpResponse no_last;
  ASSERT_TRUE(ParseHttpResponse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                "c\r\n<p>first</p>\r\n",
                                &no_last)
                  .ok());
  EXPECT_EQ(no_last.body, "<p>first</p>");
  // An empty body, chunked or not.
  HttpResponse empty;
  ASSERT_TRUE(
      ParseHttpResponse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", &empty).ok());
  EXPECT_EQ(empty.body, "");
  HttpResponse last_only;
  ASSERT_TRUE(ParseHttpResponse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                                &last_only)
                  .ok());
  EXPECT_EQ(last_only.body, "");
}

TEST(DecodeChunkedTest, AppendsToWhatOutHolds) {
  std::string out = "kept:";
  EXPECT_TRUE(DecodeChunked("3\r\nabc\r\n0\r\n\r\n", &out).ok());
  EXPECT_EQ(out, "kept:abc");
  EXPECT_EQ(DecodeChunked("not chunked", &out).code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(out, "kept:abc");
}

TEST(DecodeChunkedTest, EdgeCases) {
  std::string out;
  EXPECT_TRUE(DecodeChunked("4;ext=1\r\nWiki\r\n5\r\npedia\r\n0\r\nTrailer: x\r\n\r\n", &out).ok());
  EXPECT_EQ(out, "Wikipedia");
  out.clear();
  EXPECT_EQ(DecodeChunked("<html>", &out).code(), Status::Code::kInvalidArgument);
  out.clear();
  EXPECT_EQ(DecodeChunked("4\r\nWiki\r\n10\r\nped", &out).code(), Status::Code::kCorruption);
  EXPECT_EQ(out, "Wikiped");
}

TEST(ConvertToUtf8Test, Charsets) {
  EXPECT_EQ(ConvertToUtf8("Caf\xE9", "iso-8859-1"), "Caf\xC3\xA9");
  EXPECT_EQ(ConvertToUtf8("\x93quoted\x94", "windows-1252"), "\xE2\x80\x9Cquoted\xE2\x80\x9D");
  EXPECT_EQ(ConvertToUtf8("\xCC\xEE\xF1\xEA\xE2\xE0", "windows-1251"),
            "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");         // Москва
  EXPECT_EQ(ConvertToUtf8("Caf\xC3\xA9", "iso-8859-1"), "Caf\xC3\xA9");  // a stale label
  EXPECT_EQ(ConvertToUtf8("Caf\xE9", "x-unknown"), "Caf\xE9");
}

TEST(WarcDateDayTest, Dates) {
  EXPECT_EQ(WarcDateDay("2024-06-19T08:15:00Z"), "2024-06-19");
  EXPECT_EQ(WarcDateDay("2024-06-19T08:15:00.123456Z"), "2024-06-19");
  EXPECT_EQ(WarcDateDay("2024-13-19T08:15:00Z"), "");
  EXPECT_EQ(WarcDateDay("yesterday"), "");
}

}  // namespace
}  // namespace ingest
}  // namespace dyad
