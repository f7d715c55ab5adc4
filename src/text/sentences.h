// Sentence splitting over tokens. A line break always ends a sentence (scraped text and
// extracted HTML put one paragraph on a line). Within a line, '.', '!' and '?' end a sentence
// unless they close an abbreviation (Mr., Gen., Jan., No.), an initial (J. Smith) or sit inside
// a number; quotes and brackets that close the sentence stay with it.
#ifndef DYAD_TEXT_SENTENCES_H_
#define DYAD_TEXT_SENTENCES_H_

#include <string_view>
#include <vector>

#include "text/tokenizer.h"

namespace dyad::text {

struct SentenceSpan {
  uint32_t token_begin = 0;  // [token_begin, token_end) into the token vector
  uint32_t token_end = 0;
};

// No span is longer than this many tokens: a longer run without a stop or a line break is a
// page's list or table, or text in a script without '.', rather than a sentence, and the
// coder's work on a sentence grows faster than its length (it weighs mentions against
// mentions). Such a run is cut into pieces of this length.
inline constexpr uint32_t kMaxSentenceTokens = 500;

std::vector<SentenceSpan> SplitSentences(std::string_view text, const std::vector<Token>& tokens);

// Whether the normalised word `w` is one that ends with a dot without ending the sentence
// ("Mr.", "Gen.", "Oct."), as the splitter reads it.
bool IsAbbreviation(std::string_view w);

}  // namespace dyad::text

#endif  // DYAD_TEXT_SENTENCES_H_
