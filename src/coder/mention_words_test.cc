#include "coder/mention_words.h"

#include <gtest/gtest.h>

namespace dyad::coder {
namespace {

TEST(MentionWordsTest, GivesTheWordsACodeByIdAndNoneToOthers) {
  text::Vocabulary vocab;
  const uint32_t president = vocab.Intern("president");
  const MentionWords words(&vocab);
  EXPECT_EQ(words.Of(vocab.Find("its")), MentionWord::kIts);
  EXPECT_EQ(words.Of(vocab.Find("the")), MentionWord::kThe);
  EXPECT_EQ(words.Of(vocab.Find("(")), MentionWord::kOpenBracket);
  // Both spellings are one word to the rules.
  EXPECT_EQ(words.Of(vocab.Find("neighbour")), MentionWord::kNeighbour);
  EXPECT_EQ(words.Of(vocab.Find("neighbor")), MentionWord::kNeighbour);
  EXPECT_EQ(words.Of(president), MentionWord::kNone);
  EXPECT_EQ(words.Of(text::Vocabulary::kUnknown), MentionWord::kNone);
  // A word interned after the table was made.
  EXPECT_EQ(words.Of(vocab.Intern("ambassador")), MentionWord::kNone);
}

TEST(MentionWordsTest, AnAcronymTheVocabularyKnowsHasTheCodeOfItsNormalisedForm) {
  // A token "ONE" is looked up as written first: when the vocabulary knows "ONE", that is
  // its id, though its normalised form is "one".
  text::Vocabulary vocab;
  const uint32_t one_as_written = vocab.Intern("ONE");
  const uint32_t each_as_written = vocab.Intern("EACH");
  const MentionWords words(&vocab);
  EXPECT_EQ(words.Of(one_as_written), MentionWord::kOne);
  EXPECT_EQ(words.Of(vocab.Find("one")), MentionWord::kOne);
  // A longer word is never looked up as written: "EACH" is no acronym.
  EXPECT_EQ(words.Of(each_as_written), MentionWord::kNone);
}

}  // namespace
}  // namespace dyad::coder
