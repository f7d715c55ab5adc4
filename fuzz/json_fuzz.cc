// libFuzzer target: any bytes as a JSON-LD block for the extractor's own JSON reader (`make
// fuzz`). It must stop at any depth and any truncation.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/html_extract_internal.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dyad::ingest::JsonValue value;
  dyad::ingest::JsonReader reader(std::string_view(reinterpret_cast<const char*>(data), size));
  (void)reader.Read(&value);
  return 0;
}
