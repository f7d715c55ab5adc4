#include "coder/mention_words.h"

#include <gtest/gtest.h>

namespace dyad::coder {
namespace {

// The code MentionWordIds gives the word `id` (kNone when it lists no code for it).
MentionWord CodeOf(const std::vector<std::pair<uint32_t, MentionWord>>& ids, uint32_t id) {
  MentionWord code = MentionWord::kNone;
  for (const auto& [listed, c] : ids) {
    if (listed == id) code = c;
  }
  return code;
}

TEST(MentionWordsTest, GivesTheWordsACodeByIdAndNoneToOthers) {
  text::Vocabulary vocab;
  const uint32_t president = vocab.Intern("president");
  const auto words = MentionWordIds(&vocab);
  EXPECT_EQ(CodeOf(words, vocab.Find("its")), MentionWord::kIts);
  EXPECT_EQ(CodeOf(words, vocab.Find("the")), MentionWord::kThe);
  EXPECT_EQ(CodeOf(words, vocab.Find("(")), MentionWord::kOpenBracket);
  // Both spellings are one word to the rules.
  EXPECT_EQ(CodeOf(words, vocab.Find("neighbour")), MentionWord::kNeighbour);
  EXPECT_EQ(CodeOf(words, vocab.Find("neighbor")), MentionWord::kNeighbour);
  EXPECT_EQ(CodeOf(words, president), MentionWord::kNone);
  EXPECT_EQ(CodeOf(words, text::Vocabulary::kUnknown), MentionWord::kNone);
}

TEST(MentionWordsTest, AnAcronymTheVocabularyKnowsHasTheCodeOfItsNormalisedForm) {
  // A token "ONE" is looked up as written first: when the vocabulary knows "ONE", that is
  // its id, though its normalised form is "one".
  text::Vocabulary vocab;
  const uint32_t one_as_written = vocab.Intern("ONE");
  const uint32_t each_as_written = vocab.Intern("EACH");
  const auto words = MentionWordIds(&vocab);
  EXPECT_EQ(CodeOf(words, one_as_written), MentionWord::kOne);
  EXPECT_EQ(CodeOf(words, vocab.Find("one")), MentionWord::kOne);
  // A longer word is never looked up as written: "EACH" is no acronym.
  EXPECT_EQ(CodeOf(words, each_as_written), MentionWord::kNone);
}

}  // namespace
}  // namespace dyad::coder
