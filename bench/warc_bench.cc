// Reading a WARC.gz, against what bounds it: decompression, which no reader can skip. The file
// is built in memory from the pages of page_corpus.h the way Common Crawl writes its crawls (one
// gzip member per record; a warcinfo record, then for each page a request, a response and a
// metadata record), with responses sent chunked, gzip-encoded or plain, and now and then a
// response that is not an HTML page (robots.txt, an image, a PDF, a redirect).
//
// Four benchmarks on the same bytes, all counting MB/s of compressed input (bytes_per_second),
// of the uncompressed WARC (warc_bytes/s) and of the HTML the file carries (html_bytes/s):
//   BM_Warc_Inflate      zlib alone inflating every member of the file;
//   BM_Warc_InflateAll   the same, and the gzip-encoded HTTP bodies inside: all the inflating
//                        that reading the file needs, so the bound for it;
//   BM_Warc_Read         dyad's WARC reading, as `dyad code` and `dyad extract` do it, up to
//                        the Documents, without extraction;
//   BM_Warc_ReadExtract  the same, and ExtractHtml on every Document.
// Read / InflateAll (and Read / Inflate) in the same run are the figures to compare between
// machines.
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/extract.h"
#include "ingest/gzip_reader.h"
#include "ingest/warc_reader.h"
#include "page_corpus.h"

namespace {

struct WarcFile {
  std::string gz;
  uint64_t uncompressed_bytes = 0;
  uint64_t html_bytes = 0;  // of the pages in the responses, as the Documents hold them
  int64_t documents = 0;
  // The responses' bodies sent with Content-Encoding: gzip, as they are in the file.
  std::vector<std::string> gzip_bodies;
  uint64_t gzip_bodies_inflated_bytes = 0;
};

// One gzip member, as WARC writers compress each record on its own so that a record can be
// read from its offset.
std::string GzipMember(std::string_view data) {
  z_stream z{};
  deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string Chunked(std::string_view body) {
  static constexpr size_t kChunk = 8192;
  std::string out;
  char size_line[32];
  for (size_t pos = 0; pos < body.size(); pos += kChunk) {
    std::string_view chunk = body.substr(pos, kChunk);
    snprintf(size_line, sizeof(size_line), "%zx\r\n", chunk.size());
    out += size_line;
    out += chunk;
    out += "\r\n";
  }
  return out + "0\r\n\r\n";
}

class WarcBuilder {
 public:
  void Add(std::string_view type, std::string_view uri, std::string_view content_type,
           std::string_view extra_headers, std::string_view block) {
    ++records_;
    std::string record = "WARC/1.0\r\nWARC-Type: " + std::string(type) + "\r\n";
    if (!uri.empty()) record += "WARC-Target-URI: " + std::string(uri) + "\r\n";
    record += "WARC-Date: 2024-06-19T08:" + TwoDigits(records_ / 60 % 60) + ":" +
              TwoDigits(records_ % 60) + "Z\r\nWARC-Record-ID: <urn:uuid:" + Uuid() + ">\r\n" +
              std::string(extra_headers) + "Content-Type: " + std::string(content_type) +
              "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" +
              std::string(block) + "\r\n\r\n";
    file_.uncompressed_bytes += record.size();
    file_.gz += GzipMember(record);
  }

  void AddHtmlPage(const dyad::bench::BuiltPage& page, int index) {
    std::string host = page.url.substr(0, page.url.find('/', 8));
    std::string path = page.url.substr(host.size());
    std::string request = "GET " + path + " HTTP/1.1\r\nHost: " + host.substr(8) +
                          "\r\nUser-Agent: dyad-bench-crawler/1.0\r\nAccept: text/html,"
                          "application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
                          "Accept-Language: en-US,en;q=0.5\r\nAccept-Encoding: gzip\r\n"
                          "Connection: Keep-Alive\r\n\r\n";
    Add("request", page.url, "application/http; msgtype=request", "", request);

    // A third of the bodies are stored gzip-encoded, as they came over the wire; half are
    // chunked. Crawlers differ here: some store every payload decoded (and rename the headers
    // that announced the codings), and a file of theirs costs only the inflating of its members.
    bool gzip = index % 3 == 1;
    bool chunked = index % 2 == 0;
    std::string body = gzip ? GzipMember(page.html) : page.html;
    if (gzip) {
      file_.gzip_bodies.push_back(body);
      file_.gzip_bodies_inflated_bytes += page.html.size();
    }
    std::string headers =
        "HTTP/1.1 200 OK\r\nDate: Wed, 19 Jun 2024 08:15:00 GMT\r\n"
        "Server: nginx\r\nContent-Type: text/html; charset=utf-8\r\n"
        "Cache-Control: max-age=60, public\r\nVary: Accept-Encoding\r\n"
        "X-Cache: HIT\r\nStrict-Transport-Security: max-age=31536000\r\n";
    if (gzip) headers += "Content-Encoding: gzip\r\n";
    if (chunked) {
      headers += "Transfer-Encoding: chunked\r\n\r\n" + Chunked(body);
    } else {
      headers += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
    }
    Add("response", page.url, "application/http; msgtype=response",
        "WARC-IP-Address: 192.0.2." + std::to_string(index % 250 + 1) +
            "\r\nWARC-Identified-Payload-Type: text/html\r\n",
        headers);
    ++file_.documents;
    file_.html_bytes += page.html.size();

    Add("metadata", page.url, "application/warc-fields", "",
        "fetchTimeMs: " + std::to_string(100 + index % 700) +
            "\r\ncharset-detected: UTF-8\r\nlanguages-cld2: {\"reliable\":true,"
            "\"languages\":[{\"code\":\"en\",\"text-covered\":0.99}]}\r\n");
  }

  // What else a crawl fetches: robots.txt, images, documents, redirects.
  void AddOtherResponse(const std::string& host, int index) {
    std::string status = "200 OK", type, body;
    switch (index % 4) {
      case 0:
        type = "text/plain";
        body = "User-agent: *\nDisallow: /search\nDisallow: /account/\nSitemap: " + host +
               "/sitemap.xml\n";
        break;
      case 1:
        type = "image/jpeg";
        body = "\xFF\xD8\xFF\xE0";
        for (int i = 0; body.size() < 30000; ++i) body += static_cast<char>(i * 131 % 251);
        break;
      case 2:
        type = "application/pdf";
        body = "%PDF-1.7\n";
        for (int i = 0; body.size() < 60000; ++i) body += static_cast<char>(i * 37 % 253);
        break;
      default:
        status = "301 Moved Permanently";
        type = "text/html";
        body = "<html><body>Moved to <a href=\"" + host + "/\">" + host + "</a></body></html>";
    }
    Add("response", host + "/file-" + std::to_string(index), "application/http; msgtype=response",
        "",
        "HTTP/1.1 " + status + "\r\nContent-Type: " + type +
            "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
  }

  WarcFile Finish() { return std::move(file_); }

 private:
  static std::string TwoDigits(int64_t n) { return (n < 10 ? "0" : "") + std::to_string(n); }

  std::string Uuid() {
    char id[40];
    uint64_t n = static_cast<uint64_t>(records_) * 0x9E3779B97F4A7C15ull;
    snprintf(id, sizeof(id), "%08x-%04x-4%03x-8%03x-%012llx", static_cast<unsigned>(n >> 32),
             static_cast<unsigned>(n >> 16 & 0xFFFF), static_cast<unsigned>(n >> 4 & 0xFFF),
             static_cast<unsigned>(records_ & 0xFFF),
             static_cast<unsigned long long>(n & 0xFFFFFFFFFFFFull));
    return id;
  }

  WarcFile file_;
  int64_t records_ = 0;
};

const WarcFile& BuiltWarc() {
  static const WarcFile warc = [] {
    WarcBuilder builder;
    builder.Add("warcinfo", "", "application/warc-fields", "WARC-Filename: dyad-bench.warc.gz\r\n",
                "software: dyad bench\r\nformat: WARC File Format 1.0\r\n"
                "conformsTo: https://iipc.github.io/warc-specifications/specifications/"
                "warc-format/warc-1.0/\r\nrobots: checked via crawler-commons\r\n");
    const std::vector<dyad::bench::BuiltPage>& pages = dyad::bench::ProjectPages();
    for (size_t i = 0; i < pages.size(); ++i) {
      builder.AddHtmlPage(pages[i], static_cast<int>(i));
      if (i % 10 == 9) {
        builder.AddOtherResponse(pages[i].url.substr(0, pages[i].url.find('/', 8)),
                                 static_cast<int>(i / 10));
      }
    }
    return builder.Finish();
  }();
  return warc;
}

// The compressed file, read in chunks the size the CLI's file reader uses, without copying it
// for every iteration.
class MemorySource : public dyad::ingest::ByteSource {
 public:
  explicit MemorySource(std::string_view data) : data_(data) {}
  bool Read(std::string* out) override {
    if (pos_ >= data_.size()) return false;
    std::string_view chunk = data_.substr(pos_, dyad::ingest::kReadChunkSize);
    out->append(chunk);
    pos_ += chunk.size();
    return true;
  }
  dyad::Status status() const override { return dyad::Status::OK(); }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

void SetRates(benchmark::State& state, const WarcFile& warc) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * warc.gz.size()));
  state.counters["html_bytes/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * warc.html_bytes), benchmark::Counter::kIsRate);
  state.counters["warc_bytes/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * warc.uncompressed_bytes),
                         benchmark::Counter::kIsRate);
}

// Inflates every gzip member of `gz` into a buffer of the size the CLI reads by; returns the
// number of bytes inflated, or -1 on an error.
int64_t InflateMembers(std::string_view gz, std::string* output) {
  z_stream z{};
  inflateInit2(&z, 15 + 16);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
  z.avail_in = static_cast<uInt>(gz.size());
  int64_t inflated = 0;
  for (;;) {
    z.next_out = reinterpret_cast<Bytef*>(output->data());
    z.avail_out = static_cast<uInt>(output->size());
    int status = inflate(&z, Z_NO_FLUSH);
    inflated += static_cast<int64_t>(output->size() - z.avail_out);
    if (status == Z_STREAM_END) {
      if (z.avail_in == 0) break;
      inflateReset(&z);
    } else if (status != Z_OK) {
      inflated = -1;
      break;
    }
  }
  inflateEnd(&z);
  benchmark::DoNotOptimize(output->data());
  return inflated;
}

void BM_Warc_Inflate(benchmark::State& state) {
  const WarcFile& warc = BuiltWarc();
  std::string output(dyad::ingest::kReadChunkSize, '\0');
  for (auto _ : state) {
    if (InflateMembers(warc.gz, &output) != static_cast<int64_t>(warc.uncompressed_bytes)) {
      state.SkipWithError("inflated size differs");
    }
  }
  SetRates(state, warc);
}

void BM_Warc_InflateAll(benchmark::State& state) {
  const WarcFile& warc = BuiltWarc();
  std::string output(dyad::ingest::kReadChunkSize, '\0');
  for (auto _ : state) {
    int64_t inflated = InflateMembers(warc.gz, &output);
    for (const std::string& body : warc.gzip_bodies) inflated += InflateMembers(body, &output);
    if (inflated !=
        static_cast<int64_t>(warc.uncompressed_bytes + warc.gzip_bodies_inflated_bytes)) {
      state.SkipWithError("inflated size differs");
    }
  }
  SetRates(state, warc);
}

// Reads every record the way the CLI does (cli/inputs.cc): a buffered raw source, gunzipped
// when it starts with the gzip magic, handed to WarcReader. `on_document` gets each Document.
template <typename OnDocument>
void ReadWarc(benchmark::State& state, const WarcFile& warc, OnDocument on_document) {
  auto raw =
      std::make_unique<dyad::ingest::BufferedSource>(std::make_unique<MemorySource>(warc.gz));
  dyad::ingest::WarcReader reader(std::make_unique<dyad::ingest::BufferedSource>(
      std::make_unique<dyad::ingest::GunzipSource>(std::move(raw))));
  dyad::Document doc;
  dyad::ingest::WarcError error;
  int64_t documents = 0;
  for (;;) {
    doc = dyad::Document();
    dyad::ingest::WarcReader::Event event = reader.Next(&doc, &error);
    if (event == dyad::ingest::WarcReader::Event::kEnd) break;
    if (event == dyad::ingest::WarcReader::Event::kError) {
      state.SkipWithError(("WARC error: " + error.reason).c_str());
      return;
    }
    ++documents;
    on_document(doc);
  }
  if (documents != warc.documents) state.SkipWithError("not every page was read");
}

void BM_Warc_Read(benchmark::State& state) {
  const WarcFile& warc = BuiltWarc();
  for (auto _ : state) {
    ReadWarc(state, warc,
             [](const dyad::Document& doc) { benchmark::DoNotOptimize(doc.html.data()); });
  }
  SetRates(state, warc);
}

void BM_Warc_ReadExtract(benchmark::State& state) {
  const WarcFile& warc = BuiltWarc();
  dyad::Article article;
  for (auto _ : state) {
    ReadWarc(state, warc, [&](const dyad::Document& doc) {
      dyad::Status status = dyad::ExtractHtml(doc.html, &article);
      benchmark::DoNotOptimize(status);
      benchmark::DoNotOptimize(article.text.data());
    });
  }
  SetRates(state, warc);
}

BENCHMARK(BM_Warc_Inflate)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Warc_InflateAll)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Warc_Read)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Warc_ReadExtract)->Unit(benchmark::kMillisecond);

}  // namespace
