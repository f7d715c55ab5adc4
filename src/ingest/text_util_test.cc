#include "ingest/text_util.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::ingest {
namespace {

// Words are runs of ASCII letters and digits and of non-ASCII bytes (any letter of another
// script); everything else separates them.
TEST(TextUtilTest, CountWords) {
  EXPECT_EQ(CountWords(""), 0u);
  EXPECT_EQ(CountWords("  ,. "), 0u);
  EXPECT_EQ(CountWords("Share this"), 2u);
  EXPECT_EQ(CountWords("U.S.-led talks, 2024"), 5u);  // U, S, led, talks, 2024
  EXPECT_EQ(CountWords("Erdo\xC4\x9F" "an met \xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD"), 3u);
  EXPECT_EQ(CountWords("a_b@c\x7F" "d"), 4u);
  // Up to a limit: the count, or one more than the limit when there are more.
  const std::string many = "one two three four five six seven";
  EXPECT_EQ(CountWordsUpTo(many, 20), 7u);
  EXPECT_EQ(CountWordsUpTo(many, 7), 7u);
  EXPECT_EQ(CountWordsUpTo(many, 3), 4u);
  EXPECT_EQ(CountWordsUpTo(many, 0), 1u);
}

}  // namespace
}  // namespace dyad::ingest
