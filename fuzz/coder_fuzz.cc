// libFuzzer target: any bytes as an article's clean text, coded with the built-in dictionaries
// (`make fuzz`).
//
// The coder reads indexes around every word it looks at (the words before a verb, a mention's
// neighbours, a clause's bounds): it must never crash, hang or read out of bounds, whatever the
// text. Beyond that only the invariants every event keeps are checked: its offsets lie inside
// the text, in order, and its sentence is one of the document's.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/coder.h"

namespace {

const dyad::Coder& TheCoder() {
  static const std::unique_ptr<dyad::Coder> coder = [] {
    std::unique_ptr<dyad::Coder> c;
    if (!dyad::Coder::Open(dyad::CoderOptions(), &c).ok()) std::abort();
    return c;
  }();
  return *coder;
}

void CheckSpan(uint32_t begin, uint32_t end, size_t size) {
  if (begin > end || end > size) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dyad::Article article;
  article.text.assign(reinterpret_cast<const char*>(data), size);
  // The first line doubles as the dateline, as a wire story's opening words would.
  article.dateline = article.text.substr(0, article.text.find('\n')).substr(0, 60);
  for (const char* date : {"2024-03-15", ""}) {
    dyad::CodedDocument out;
    (void)TheCoder().CodeArticle("fuzz", date, article, &out);
    for (const dyad::Event& e : out.events) {
      if (e.sentence_index < 0 || e.sentence_index >= static_cast<int>(out.sentences.size())) {
        std::abort();
      }
      CheckSpan(e.source.begin, e.source.end, size);
      CheckSpan(e.target.begin, e.target.end, size);
      CheckSpan(e.verb_begin, e.verb_end, size);
    }
  }
  return 0;
}
