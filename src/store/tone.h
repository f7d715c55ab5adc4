// Document tone as GDELT defines AvgTone: the percentage of the document's words that are
// positive minus the percentage that are negative, so -100 .. +100 and near 0 for most news.
//
//   ToneLexicon lexicon;
//   Status s = LoadToneLexicon("vader_lexicon.tsv", &lexicon);
//   double tone = DocumentTone(article.text, lexicon);
#ifndef DYAD_STORE_TONE_H_
#define DYAD_STORE_TONE_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "dyad/status.h"

namespace dyad::store {

// Words with a polarity. Only the sign of a word's score matters to the tone: GDELT counts
// words, it does not weigh them.
class ToneLexicon {
 public:
  // `word` is lower-cased here; a score of 0 removes nothing and adds nothing.
  void Add(std::string_view word, double score);
  // +1 positive, -1 negative, 0 unknown or neutral. `word` must already be lower case.
  int Polarity(std::string_view word) const;
  size_t size() const { return polarity_.size(); }

 private:
  std::unordered_map<std::string, int> polarity_;
};

// Reads a word list: one entry per line, `WORD<TAB>SCORE`, further TAB-separated columns
// ignored (the layout of VADER's vader_lexicon.txt: token, mean rating, deviation, ratings).
// Blank lines and lines starting with '#' are skipped. Entries that are not words (emoticons
// such as ":)") are kept but can never match, since the text is split into words.
Status LoadToneLexicon(const std::string& path, ToneLexicon* out);

// GDELT's tone of `text`: 100 * (positive words - negative words) / all words, 0 for a text
// without words. Words are runs of letters, digits, non-ASCII bytes and inner apostrophes or
// hyphens ("don't", "well-known"), compared in ASCII lower case.
double DocumentTone(std::string_view text, const ToneLexicon& lexicon);

}  // namespace dyad::store

#endif  // DYAD_STORE_TONE_H_
