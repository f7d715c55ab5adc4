// libFuzzer target: any bytes as a WARC file, plain and gzipped, and as an HTTP response
// (`make fuzz`). Reading must end, report what it cannot read, and never crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "ingest/gzip_reader.h"
#include "ingest/warc_reader.h"

namespace {

void ReadAll(std::string bytes) {
  // Every event consumes input or ends it: more events than bytes (and a few) is a loop.
  const size_t limit = bytes.size() + 16;
  dyad::ingest::WarcReader reader(std::make_unique<dyad::ingest::StringSource>(std::move(bytes)));
  dyad::Document doc;
  dyad::ingest::WarcError error;
  for (size_t events = 0; events < limit; ++events) {
    if (reader.Next(&doc, &error) == dyad::ingest::WarcReader::Event::kEnd) return;
  }
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ReadAll(std::string(bytes));
  std::string inflated;
  (void)dyad::ingest::GunzipString(bytes, &inflated);
  (void)dyad::ingest::InflateString(bytes, &inflated);
  dyad::ingest::HttpResponse response;
  (void)dyad::ingest::ParseHttpResponse(bytes, &response);
  return 0;
}
