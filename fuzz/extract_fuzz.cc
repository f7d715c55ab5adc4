// libFuzzer target: any bytes as an HTML page and as scraped text (`make fuzz`).
//
// Extraction must never crash, hang or read out of bounds, whatever the bytes; what it makes of
// them is not checked here beyond the invariants every Article keeps.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/extract.h"
#include "ingest/text_util.h"

namespace {

// Every field dyad writes out is valid UTF-8 (the JSON writers rely on it).
void CheckUtf8(const dyad::Article& article) {
  std::vector<std::string_view> fields = {article.title,    article.description, article.date,
                                          article.site,     article.url,         article.language,
                                          article.dateline, article.text};
  for (const std::string& author : article.authors) fields.push_back(author);
  for (const std::string& caption : article.captions) fields.push_back(caption);
  for (std::string_view field : fields) {
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
