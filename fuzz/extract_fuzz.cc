// libFuzzer target: any bytes as an HTML page and as scraped text (`make fuzz`).
//
// Extraction must never crash, hang or read out of bounds, whatever the bytes; what it makes of
// them is not checked here beyond the invariants every Article keeps.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/extract.h"
#include "ingest/text_util.h"

namespace {

// Every field dyad writes out is valid UTF-8 (the JSON writers rely on it).
void CheckUtf8(const dyad::Article& article) {
  for (std::string_view field : {std::string_view(article.title), std::string_view(article.text),
                                 std::string_view(article.description),
                                 std::string_view(article.dateline)}) {
    if (dyad::ingest::CountUtf8(field).invalid != 0) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dyad::Article html;
  (void)dyad::ExtractHtml(bytes, &html);
  CheckUtf8(html);
  dyad::Article text;
  (void)dyad::ExtractScrapedText(bytes, &text);
  CheckUtf8(text);
  return 0;
}
