#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include "text/sentences.h"

namespace dyad::text {
namespace {

std::vector<std::string> Words(std::string_view s) {
  std::vector<Token> toks;
  Tokenize(s, &toks);
  std::vector<std::string> out;
  for (const Token& t : toks) out.emplace_back(s.substr(t.begin, t.end - t.begin));
  return out;
}

TEST(Tokenizer, KeepsAbbreviationsHyphensAndNumbers) {
  EXPECT_EQ(Words("The U.S. and al-Shabaab spent $3.5 billion, 1,200 troops."),
            (std::vector<std::string>{"The", "U.S.", "and", "al-Shabaab", "spent", "$", "3.5",
                                      "billion", ",", "1,200", "troops", "."}));
}

// A hyphenated word ending in an abbreviation keeps its dots: they end no sentence.
TEST(Tokenizer, HyphenBeforeAnAbbreviation) {
  EXPECT_EQ(Words("after then-U.S. Speaker Pelosi"),
            (std::vector<std::string>{"after", "then-U.S.", "Speaker", "Pelosi"}));
}

TEST(Tokenizer, SplitsPossessivesAndNegation) {
  EXPECT_EQ(Words("Iran\xE2\x80\x99s president didn't go; the countries' ties"),
            (std::vector<std::string>{"Iran", "\xE2\x80\x99s", "president", "did", "n't", "go",
                                      ";", "the", "countries", "'", "ties"}));
}

TEST(Tokenizer, OffsetsPointIntoTheText) {
  std::string s = "Tehran, Iran \xE2\x80\x93 Raisi said.";
  std::vector<Token> toks;
  Tokenize(s, &toks);
  ASSERT_EQ(toks.size(), 7u);
  EXPECT_EQ(s.substr(toks[3].begin, toks[3].end - toks[3].begin), "\xE2\x80\x93");
  EXPECT_TRUE(toks[3].flags & kPunct);
  EXPECT_EQ(s.substr(toks[4].begin, toks[4].end - toks[4].begin), "Raisi");
  EXPECT_TRUE(toks[4].flags & kCapitalized);
}

TEST(Tokenizer, NormalizesTypography) {
  std::string buf;
  EXPECT_EQ(Normalize("\xE2\x80\x99S", &buf), "'s");
  EXPECT_EQ(Normalize("\xE2\x80\x93", &buf), "-");
  EXPECT_EQ(Normalize("Moscow", &buf), "moscow");
  EXPECT_EQ(NormalizedWords("the U.S. Congress"),
            (std::vector<std::string>{"the", "u.s.", "congress"}));
  EXPECT_EQ(NormalizedWords("US forces", true), (std::vector<std::string>{"US", "forces"}));
  EXPECT_TRUE(IsShortAcronym("UN"));
  EXPECT_FALSE(IsShortAcronym("Un"));
  EXPECT_FALSE(IsShortAcronym("NATO"));
}

TEST(Tokenizer, SurvivesInvalidUtf8AndControlBytes) {
  std::string s = "Iran \xFF\xFE said \x01 it";
  std::vector<Token> toks;
  Tokenize(s, &toks);
  ASSERT_FALSE(toks.empty());
  for (const Token& t : toks) {
    EXPECT_LE(t.end, s.size());
    EXPECT_LT(t.begin, t.end);
  }
}

std::vector<std::string> Sentences(const std::string& s) {
  std::vector<Token> toks;
  Tokenize(s, &toks);
  std::vector<std::string> out;
  for (const SentenceSpan& sp : SplitSentences(s, toks)) {
    out.push_back(s.substr(toks[sp.token_begin].begin,
                           toks[sp.token_end - 1].end - toks[sp.token_begin].begin));
  }
  return out;
}

TEST(Sentences, SurvivesAbbreviationsInitialsAndDecimals) {
  EXPECT_EQ(Sentences("Mr. Smith met Gen. J. Doe on Jan. 5 in the U.S. capital. Prices rose "
                      "3.5 percent. \"We agree,\" he said. The U.N. said no."),
            (std::vector<std::string>{
                "Mr. Smith met Gen. J. Doe on Jan. 5 in the U.S. capital.",
                "Prices rose 3.5 percent.", "\"We agree,\" he said.", "The U.N. said no."}));
}

TEST(Tokenizer, NormalizesLongWordsEightBytesAtATime) {
  std::string buf;
  // Every ASCII byte, in a token long enough for the eight-byte loop: only A-Z change, and the
  // bytes beside them ('@' before 'A', '[' after 'Z') do not.
  std::string all;
  for (int c = 1; c < 0x80; ++c) all.push_back(static_cast<char>(c));
  std::string expected = all;
  for (char& c : expected) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  EXPECT_EQ(Normalize(all, &buf), expected);
  EXPECT_EQ(Normalize("Counter-Terrorism\xE2\x80\x99S", &buf), "counter-terrorism's");
  EXPECT_EQ(Normalize("ABCDEFGH\xE2\x80\x9CIJ", &buf), "abcdefgh\"ij");
}

// Every length from 1 to 20, all ASCII or with a quote last: the ways NormalizeInto splits a
// token (its first, middle and last byte, two overlapping fours, eights and the eight that end
// it, a byte at a time).
TEST(Tokenizer, NormalizesEveryLength) {
  const std::string letters = "AbCdEfGhIjKlMnOpQrStUv@[`{Z";
  for (size_t n = 1; n <= 20; ++n) {
    const std::string word = letters.substr(0, n);
    std::string expected = word;
    for (char& c : expected) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    std::string out(n + 3, '#');
    EXPECT_EQ(NormalizeInto(word, out.data()), n) << word;
    EXPECT_EQ(out.substr(0, n), expected);
    EXPECT_EQ(out.substr(n), "###");  // nothing written past the form
    const std::string quoted = word + "\xE2\x80\x99";
    EXPECT_EQ(NormalizeInto(quoted, out.data()), n + 1) << word;
    EXPECT_EQ(out.substr(0, n + 1), expected + "'");
  }
}

TEST(Sentences, LineBreaksEndSentences) {
  EXPECT_EQ(Sentences("A headline without a stop\nThe body starts here. It goes on."),
            (std::vector<std::string>{"A headline without a stop", "The body starts here.",
                                      "It goes on."}));
}

TEST(Sentences, AbbreviationAtSentenceEnd) {
  EXPECT_EQ(Sentences("He flew to the U.S. The talks began."),
            (std::vector<std::string>{"He flew to the U.S.", "The talks began."}));
}

// A run of words without a stop or a line break (a page's list, a script without '.') is cut
// into pieces of at most kMaxSentenceTokens, in order and covering every token; the sentences
// of ordinary text around it are not touched.
TEST(Sentences, EndlessRunIsCutIntoBoundedPieces) {
  std::string s = "The talks ended. ";
  for (int i = 0; i < 1250; ++i) s += i % 2 ? "minister " : "Tehran ";
  s += "\nIran said no.";
  std::vector<Token> toks;
  Tokenize(s, &toks);
  const std::vector<SentenceSpan> spans = SplitSentences(s, toks);
  ASSERT_EQ(spans.size(), 5u);  // the first sentence, three pieces of the run, the last
  EXPECT_EQ(spans[0].token_end - spans[0].token_begin, 4u);
  uint32_t next = 0;
  for (const SentenceSpan& sp : spans) {
    EXPECT_EQ(sp.token_begin, next);
    EXPECT_GT(sp.token_end, sp.token_begin);
    EXPECT_LE(sp.token_end - sp.token_begin, kMaxSentenceTokens);
    next = sp.token_end;
  }
  EXPECT_EQ(next, toks.size());
  EXPECT_EQ(spans[1].token_end - spans[1].token_begin, kMaxSentenceTokens);
  EXPECT_EQ(spans[3].token_end - spans[3].token_begin, 250u);
  EXPECT_EQ(Sentences(s).back(), "Iran said no.");
}

}  // namespace
}  // namespace dyad::text
