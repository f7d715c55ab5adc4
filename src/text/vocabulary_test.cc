#include "text/vocabulary.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad::text {
namespace {

// Words of every length up to twenty, and words that differ from them in one byte only (first,
// middle or last): each is found as itself, and none as another.
TEST(Vocabulary, FindsWordsOfEveryLength) {
  Vocabulary vocab;
  std::vector<std::string> words;
  const std::string letters = "abcdefghijklmnopqrstu";
  for (size_t n = 1; n <= 20; ++n) {
    const std::string word = letters.substr(0, n);
    for (size_t at : {size_t{0}, n / 2, n - 1}) {
      std::string other = word;
      other[at] = 'Z';
      words.push_back(other);
    }
    words.push_back(word);
  }
  std::vector<uint32_t> ids;
  for (const std::string& w : words) ids.push_back(vocab.Intern(w));
  for (size_t k = 0; k < words.size(); ++k) {
    EXPECT_EQ(vocab.Find(words[k]), ids[k]) << words[k];
    EXPECT_EQ(vocab.Word(ids[k]), words[k]);
  }
  EXPECT_EQ(vocab.Find(""), Vocabulary::kUnknown);
  EXPECT_EQ(vocab.Find("abcdefghijklmnopqrstuv"), Vocabulary::kUnknown);
  EXPECT_EQ(vocab.Find("abZ" + std::string(1, '\0')), Vocabulary::kUnknown);
}

}  // namespace
}  // namespace dyad::text
