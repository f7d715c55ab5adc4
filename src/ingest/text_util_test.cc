#include "ingest/text_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

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

// Words are counted eight bytes at a time: every byte value, at every place of a word and
// across the words' edges, counts as the byte-by-byte definition says, up to any limit.
TEST(TextUtilTest, CountWordsUpToCountsEveryByteAsOneAtATime) {
  auto reference = [](std::string_view s, size_t limit) {
    size_t words = 0;
    bool in_word = false;
    for (char ch : s) {
      const auto c = static_cast<unsigned char>(ch);
      const bool word_char =
          (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
      if (word_char && !in_word && ++words > limit) break;
      in_word = word_char;
    }
    return words;
  };
  std::string text;
  for (int b = 0; b < 256; ++b) {
    text += static_cast<char>(b);
    text += (b % 3 == 0) ? " ab" : (b % 3 == 1) ? "Z9" : "";
  }
  uint32_t seed = 7;
  for (int k = 0; k < 2000; ++k) {
    seed = seed * 1103515245u + 12345u;
    text += "a Ã© ,.-_@[`{09"[(seed >> 16) % 16];
  }
  for (size_t start = 0; start < 17; ++start) {
    for (size_t length : {size_t{0}, size_t{1}, size_t{7}, size_t{8}, size_t{9}, size_t{16},
                          size_t{63}, size_t{500}, text.size() - start}) {
      const std::string_view s = std::string_view(text).substr(start, length);
      for (size_t limit : {size_t{0}, size_t{1}, size_t{3}, size_t{8}, size_t{20}, size_t{200},
                           std::numeric_limits<size_t>::max()}) {
        EXPECT_EQ(CountWordsUpTo(s, limit), reference(s, limit)) << start << " " << length;
      }
    }
  }
}

// What CollapseWhitespace makes of ASCII text, a byte at a time: the reference the tests hold
// its eight- and sixteen-byte reads to.
std::string CollapsedByteByByte(std::string_view s) {
  std::string out;
  bool pending = false;
  for (char c : s) {
    if (c == ' ' || (c >= '\t' && c <= '\r')) {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back(c);
  }
  return out;
}

// Lower case is written sixteen bytes at a time: every byte value, at every place of a block,
// is lowered (A-Z only) as one byte at a time would, and what `out` held stays.
TEST(TextUtilTest, AsciiLowerLowersEveryByteAsOneAtATime) {
  std::string text;
  for (int b = 0; b < 256; ++b) {
    text += static_cast<char>(b);
    text += (b % 2 == 0) ? "Ab" : "Z";
  }
  for (size_t start = 0; start < 17; ++start) {
    for (size_t length : {size_t{0}, size_t{1}, size_t{15}, size_t{16}, size_t{17}, size_t{33},
                          text.size() - start}) {
      const std::string_view s = std::string_view(text).substr(start, length);
      std::string expected = "Kept";
      for (char c : s) expected += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      std::string out = "Kept";
      AppendAsciiLower(s, &out);
      EXPECT_EQ(out, expected) << start << " " << length;
      EXPECT_EQ(AsciiLower(s), expected.substr(4)) << start << " " << length;
    }
  }
}

// A byline is known by its first word, after white space of any kind: lines that start with
// another letter are turned away at once, lines that start with a space collapsing drops are not.
TEST(TextUtilTest, ParseBylineStopsAtTheDateLine) {
  EXPECT_EQ(ParseByline("By Cazzy Magennis Last Updated: May 2, 2025"),
            std::vector<std::string>{"Cazzy Magennis"});
  EXPECT_EQ(ParseByline("By Jane Doe Updated May 2"), std::vector<std::string>{"Jane Doe"});
}

TEST(TextUtilTest, SplitAuthorNamesKeepsDegreesWithTheirName) {
  using Names = std::vector<std::string>;
  EXPECT_EQ(SplitAuthorNames("Shelby Loos, DVM"), Names{"Shelby Loos, DVM"});
  EXPECT_EQ(SplitAuthorNames("Jillian Kubala, MS, RD and John Roe, Jr."),
            (Names{"Jillian Kubala, MS, RD", "John Roe, Jr"}));
  EXPECT_EQ(SplitAuthorNames("Jane Doe, John Roe & Ana Lima"),
            (Names{"Jane Doe", "John Roe", "Ana Lima"}));
  // A degree with no name before it stands alone.
  EXPECT_EQ(SplitAuthorNames("MD"), Names{"MD"});
  // A degree goes to the name it follows, also when that name was met before; and a name met
  // with its degrees is the same person without them.
  EXPECT_EQ(SplitAuthorNames("Jane Doe, John Roe, Jane Doe, MD"),
            (Names{"Jane Doe, MD", "John Roe"}));
  EXPECT_EQ(SplitAuthorNames("Jane Doe, MD, Jane Doe, John Roe"),
            (Names{"Jane Doe, MD", "John Roe"}));
}

TEST(TextUtilTest, SplitAuthorNamesDropsTheRoleAfterAName) {
  using Names = std::vector<std::string>;
  EXPECT_EQ(SplitAuthorNames("Mike Marshall, Shipping Expert"), Names{"Mike Marshall"});
  EXPECT_EQ(SplitAuthorNames("Jane Doe, Senior Editor and John Roe, Staff Writer"),
            (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(SplitAuthorNames("Jane Doe and John Roe, Staff Writers"),
            (Names{"Jane Doe", "John Roe"}));
  // A degree after the role still goes to the name.
  EXPECT_EQ(SplitAuthorNames("Jane Doe, Home and Garden Editor, PhD"), Names{"Jane Doe, PhD"});
  // Not a role: names, also those whose surname is a job ("Amy Writer"), however joined; and
  // a role word standing first, which has no name to belong to.
  EXPECT_EQ(SplitAuthorNames("Jane Doe, John Roe and Amy Writer"),
            (Names{"Jane Doe", "John Roe", "Amy Writer"}));
  // Right after a comma, words ending in a job are a role, "and" or not; a surname that is a
  // job there ("Jane Doe, John Writer") is read as one too.
  EXPECT_EQ(SplitAuthorNames("Jane Doe, Political Correspondent and John Roe"),
            (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(SplitAuthorNames("Jane Doe, Senior Health and Science Reporter"), Names{"Jane Doe"});
  EXPECT_EQ(SplitAuthorNames("Jane Doe, Senior Reporter and Amy Writer"),
            (Names{"Jane Doe", "Amy Writer"}));
  EXPECT_EQ(SplitAuthorNames("Jane Doe and John Roe, Staff"), (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(SplitAuthorNames("Jane Doe and Larry Writer"), (Names{"Jane Doe", "Larry Writer"}));
  EXPECT_EQ(SplitAuthorNames("Editor"), Names{"Editor"});
}

TEST(TextUtilTest, PlaceNamesByTheirShape) {
  for (const char* place :
       {"Tehran", "Rio de Janeiro", "Port Said", "Dar es Salaam", "Port-au-Prince", "N'Djamena",
        "al-Hudaydah", "Mar del Plata", "Santa Cruz de la Sierra", "São Paulo", "Live Oak"}) {
    EXPECT_TRUE(LooksLikePlaceName(place)) << place;
  }
  // Nor a newspaper's section, which costs "Newport News".
  for (const char* other : {"Senior Reporter", "Updated Today", "19 January", "tehran", "", "Staff",
                            "Chief Political Correspondent", "Business News", "Politics",
                            "Newport News", "Tues.", "By Jane Doe", "Latest Updates"}) {
    EXPECT_FALSE(LooksLikePlaceName(other)) << other;
  }
}

TEST(TextUtilTest, NewsAgenciesAreKnownByTheirNames) {
  EXPECT_TRUE(IsNewsAgency("Reuters"));
  EXPECT_TRUE(IsNewsAgency("The Associated  Press"));
  EXPECT_TRUE(IsNewsAgency("AFP"));
  EXPECT_TRUE(IsNewsAgency("dpa"));
  // Acronyms in capitals only: "Ani" is a given name.
  EXPECT_FALSE(IsNewsAgency("Ani"));
  EXPECT_FALSE(IsNewsAgency("Reuters staff writer Jane Doe"));
  EXPECT_FALSE(IsNewsAgency("Jane Doe"));
  // National wires of South Asia and the Middle East; not words that are also surnames.
  EXPECT_TRUE(IsNewsAgency("APP"));
  EXPECT_TRUE(IsNewsAgency("Bernama"));
  EXPECT_FALSE(IsNewsAgency("Lusa"));
  EXPECT_FALSE(IsNewsAgency("Antara"));
}

TEST(TextUtilTest, ParseBylineAfterAnyWhiteSpace) {
  const std::vector<std::string> jane = {"Jane Doe"};
  EXPECT_EQ(ParseByline("By Jane Doe"), jane);
  EXPECT_EQ(ParseByline(" \n\t\r\f\vby Jane Doe"), jane);
  EXPECT_EQ(ParseByline("\xC2\xA0\xE2\x80\x8B By Jane Doe"), jane);  // NBSP, zero-width space
  EXPECT_EQ(ParseByline("  Written by Jane Doe"), jane);
  EXPECT_EQ(ParseByline("AUTHOR: Jane Doe"), jane);
  EXPECT_EQ(ParseByline("Reporting by Jane Doe"), jane);
  EXPECT_TRUE(ParseByline("  Jane Doe").empty());
  EXPECT_TRUE(ParseByline("\x01By Jane Doe").empty());
  EXPECT_TRUE(ParseByline("").empty());
  EXPECT_TRUE(ParseByline(" \n ").empty());
}

TEST(TextUtilTest, Utf16WithByteOrderMarkBecomesUtf8) {
  using namespace std::string_literals;
  EXPECT_EQ(Utf16ToUtf8("\xFF\xFE"
                        "T\0a\0l\0k\0s\0"s),
            "Talks");
  EXPECT_EQ(Utf16ToUtf8("\xFE\xFF"
                        "\0T\0a\0l\0k\0s"s),
            "Talks");
  // U+00E9 and U+20AC, then U+1F600 as a surrogate pair.
  EXPECT_EQ(Utf16ToUtf8("\xFF\xFE\xE9\0\xAC\x20\x3D\xD8\x00\xDE"s),
            "\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
  // A surrogate without its partner, and an odd byte at the end.
  EXPECT_EQ(Utf16ToUtf8("\xFE\xFF\xD8\x3D\0A\0"s),
            "\xEF\xBF\xBD"
            "A");
  EXPECT_EQ(Utf16ToUtf8("\xFE\xFF"s), "");
  EXPECT_FALSE(HasUtf16Bom("\xEF\xBB\xBFText"));
  EXPECT_EQ(Utf16ToUtf8("plain"), "plain");
}

TEST(TextUtilTest, NamesABodyByItsWords) {
  for (const char* body : {"Department of Biology", "Harvard University",
                           "World Health Organization", "Acme Co.", "Harbour Press"}) {
    EXPECT_TRUE(NamesABody(body)) << body;
  }
  for (const char* person : {"Jane Doe", "J.R.R. Tolkien", "Coco Chanel", ""}) {
    EXPECT_FALSE(NamesABody(person)) << person;
  }
}

TEST(TextUtilTest, GivenNameFirstTurnsASurnameFirstNameRound) {
  EXPECT_EQ(GivenNameFirst("Roy, Aniruddha"), "Aniruddha Roy");
  EXPECT_EQ(GivenNameFirst(" Kaufman, Jeff T. "), "Jeff T. Kaufman");
  EXPECT_EQ(GivenNameFirst("van der Merwe, Marna"), "Marna van der Merwe");
  EXPECT_EQ(GivenNameFirst("Tolkien, J.R.R."), "J.R.R. Tolkien");
  EXPECT_EQ(GivenNameFirst("Garc\xC3\xAD" "a, Mar\xC3\xAD" "a"),
            "Mar\xC3\xAD" "a Garc\xC3\xAD" "a");
  // Left as written: no comma, a degree, a suffix, a role, a wire or a body after the name, two
  // names, two commas, lower case, brackets, "et al.".
  for (const char* name :
       {"Jennifer Huberty", "Jane Doe, MD", "Jane Doe, M.D.", "Jane Doe, Ph.D.", "John Smith, Jr.",
        "Doe, Jane PhD", "King, Martin Luther Jr.", "Jane Doe, Senior Editor", "Jane Doe, Reuters",
        "Jane Doe, University of Oxford", "World Health Organization, Geneva",
        "Smith, Jones and Co", "Jane Doe, John Roe", "Doe, Jane, Jr.", "Doe, jane",
        "Doe, Jane et al.", "Doe, Jane (Editor)", "Doe,", ", Jane"}) {
    EXPECT_EQ(GivenNameFirst(name), name) << name;
  }
}

TEST(TextUtilTest, CleanAuthorNameKeepsTheNameAndDropsWhatIsNone) {
  EXPECT_EQ(CleanAuthorName("Written by: Jane Doe"), "Jane Doe");
  EXPECT_EQ(CleanAuthorName("\"Jane Doe\""), "Jane Doe");
  EXPECT_EQ(CleanAuthorName("\xE2\x80\x9CJane Doe\xE2\x80\x9D"), "Jane Doe");
  EXPECT_EQ(CleanAuthorName("Jane Doe \xE2\x8B\x85 Review Editor"), "Jane Doe");
  EXPECT_EQ(CleanAuthorName("\" Jane Doe \""), "Jane Doe");
  EXPECT_EQ(CleanAuthorName("Jane Doe Jul"), "Jane Doe");  // a byline run into its date
  // Surnames that are also weekdays or words of a date line.
  EXPECT_EQ(CleanAuthorName("Lena H. Sun"), "Lena H. Sun");
  EXPECT_EQ(CleanAuthorName("Kim Wed"), "Kim Wed");
  EXPECT_EQ(CleanAuthorName("Anna Last"), "Anna Last");
  EXPECT_EQ(CleanAuthorName("Tom May"), "Tom May");
  EXPECT_EQ(CleanAuthorName("Nguyen Thi Mai"), "Nguyen Thi Mai");
  EXPECT_EQ(CleanAuthorName("Jane Doe May 5"), "Jane Doe");
  EXPECT_EQ(CleanAuthorName("Jane Doe 5 May"), "Jane Doe");
  EXPECT_EQ(CleanAuthorName("Jane Doe 5th May"), "Jane Doe");
  EXPECT_EQ(CleanAuthorName("Jane Doe December"), "Jane Doe");
  EXPECT_EQ(CleanAuthorName("\xD0\x90.\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2"),
            "\xD0\x90.\xD0\x98\xD0\xB2\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xB2");  // "А.Иванов"
  EXPECT_EQ(CleanAuthorName("A. J. Neal"), "A. J. Neal");
  EXPECT_EQ(CleanAuthorName("Anna Lee, M.D."), "Anna Lee, M.D.");
  // A role alone, split from the name before it, is no author.
  EXPECT_EQ(CleanAuthorName("Dietitian"), "");
  EXPECT_EQ(CleanAuthorName("Freelance Journalist"), "");
  EXPECT_EQ(CleanAuthorName("Guest Writer"), "");
  EXPECT_EQ(CleanAuthorName("Ann Director"), "Ann Director");
  // Written twice, for the eye and for screen readers.
  EXPECT_EQ(CleanAuthorName("ASU Online ASU Online"), "ASU Online");
  EXPECT_EQ(CleanAuthorName("Ho Ho"), "Ho Ho");
  EXPECT_EQ(CleanAuthorName("Jane Doe Jane Roe"), "Jane Doe Jane Roe");
  // Not names: a label alone, a date word, a newsroom role, digits, a host or user name, a
  // template's unfilled field.
  for (const char* none :
       {"Written By", "By:", "Updated", "Sat", "Editor-in-Chief", "Senior Writer",
        "262588213843476", "paperium.net", "jane.doe", "page.head.extra.author"}) {
    EXPECT_EQ(CleanAuthorName(none), "") << none;
  }
}

// ASCII is read sixteen or eight bytes at a time: white space, control bytes and a byte of a
// multi-byte character at any place of a long run are collapsed, kept and counted as one byte
// at a time would.
TEST(TextUtilTest, CollapseWhitespaceAndCountUtf8AtAnyPlaceOfALongRun) {
  auto collapse = CollapsedByteByByte;
  const std::string run = "Officials said the talks in Geneva would resume on Monday morning.";
  const std::string inserts[] = {" ", "  ", "\t", "\n", " \n ", "\x01", "\x7F", "\xC2\xA0"};
  for (const std::string& insert : inserts) {
    for (size_t at = 0; at <= run.size(); ++at) {
      const std::string text = run.substr(0, at) + insert + run.substr(at);
      const std::string ascii = insert == "\xC2\xA0" ? run.substr(0, at) + " " + run.substr(at)
                                                     : text;
      EXPECT_EQ(CollapseWhitespace(text), collapse(ascii)) << at;
      const Utf8Census census = CountUtf8(text);
      EXPECT_EQ(census.control, insert == "\x01" ? 1u : 0u) << at;
      EXPECT_EQ(census.multibyte, insert == "\xC2\xA0" ? 1u : 0u) << at;
      EXPECT_EQ(census.invalid, 0u) << at;
    }
  }
}

// A line told plain prose is neither copyright nor furniture, whatever the case of the
// phrases those tests look for; lines that hold one, or have 20 words or fewer, are not told.
TEST(TextUtilTest, PlainProseIsNeitherCopyrightNorBoilerplate) {
  const std::string words21 =
      "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
      "fifteen sixteen seventeen eighteen nineteen twenty twentyone";
  const std::string lines[] = {
      words21,
      "  " + words21 + "  ",
      "KYIV, March 2 (dyad) - Russian forces shelled the centre of Kharkiv on Tuesday, killing "
      "at least ten civilians, Ukrainian officials said, and vowed to keep their privileges.",
      words21 + " We use COOKIES here.",
      words21 + " Cookie jar",
      words21 + " your online PRIVACY preferences",
      words21 + " Privacy",
      words21 + " ALL RIGHTS RESERVED",
      words21 + " all rights reserve",
      "Copyright " + words21,
      "(C) " + words21,
      "\xC2\xA9 " + words21,
      "Sign up for our newsletter " + words21,
      "Share this " + words21,
      "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
      "fifteen sixteen seventeen eighteen nineteen twenty",
      "Advertisement",
      std::string(400, 'x') + " cookie",
  };
  int plain = 0;
  for (const std::string& line : lines) {
    if (!IsPlainProse(line)) continue;
    ++plain;
    EXPECT_FALSE(IsCopyrightLine(line)) << line;
    EXPECT_FALSE(IsBoilerplateLine(line)) << line;
  }
  // The first three, "all rights reserve" and the two prompts of more than 20 words.
  EXPECT_EQ(plain, 6);
}

// IsPlainProse stands for the two line tests on long lines: every phrase those tests look for
// (exact furniture lines, prompt starts, notice words), at the start, in the middle or at the
// end of a line of 21 or more words, in any case, leaves the line plain only when neither test
// holds of it. (Fails when a test is added to them that IsPlainProse does not know.)
TEST(TextUtilTest, PlainProseAgreesWithTheLineTestsWhereverTheirPhrasesStand) {
  const std::string phrases[] = {
      "share this article", "advertisement", "story continues below advertisement",
      "skip to main content", "read more:", "also read:", "follow us on", "follow X:",
      "sign up", "subscribe to", "click here to", "download the app", "get the latest",
      "join our", "support our journalism", "this article is", "you rely on",
      "we use cookies", "cookie policy", "cookie", "consent", "accept", "your browser",
      "privacy preferences", "your online privacy", "privacy", "newsletter", "sign up for",
      "all rights reserved", "copyright", "(c) ", "\xC2\xA9", "related:", "see also:"};
  auto upper = [](std::string s) {
    for (char& c : s) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    return s;
  };
  std::string words;
  for (int k = 0; k < 24; ++k) words += " word" + std::to_string(k);
  for (const std::string& phrase : phrases) {
    for (const std::string& p : {phrase, upper(phrase)}) {
      for (size_t cut : {size_t{0}, size_t{60}, words.size()}) {
        for (size_t length : {size_t{137}, words.size()}) {  // 21 and 24 words of filler
          const std::string filler = words.substr(0, length);
          const std::string line = filler.substr(0, std::min(cut, length)) + " " + p + " " +
                                   filler.substr(std::min(cut, length));
          if (!IsPlainProse(line)) continue;
          EXPECT_FALSE(IsCopyrightLine(line)) << line;
          EXPECT_FALSE(IsBoilerplateLine(line)) << line;
        }
      }
    }
  }
}

// The line tests lower-case each line eight bytes at a time and find their phrases by a rare
// letter of each: phrases at either end of a line, in any case, beside non-ASCII bytes.
// A caller that asks both line tests lower-cases the line once (TrimmedLower) and asks the
// *Lower forms: they answer as the line forms do.
TEST(TextUtilTest, LowerFormsOfTheLineTestsAnswerAsTheLineForms) {
  const std::string lines[] = {"",
                               "   ",
                               "  Share this  ",
                               "SHARE THIS ARTICLE:",
                               "\xC2\xA9 2024 Example Media Group. All Rights Reserved.",
                               "Copyright 2023 The Post",
                               "(C) 2020 Someone",
                               "Follow us on X",
                               "Follow-up talks are due in Geneva on Monday.",
                               "We use Cookies to improve your experience. Accept?",
                               "Sign up for our NEWSLETTER",
                               "KYIV, Ukraine (Reuters) - Russian forces shelled the city.",
                               std::string(301, 'a') + " all rights reserved"};
  std::string lower;
  for (const std::string& line : lines) {
    TrimmedLower(line, &lower);
    EXPECT_EQ(IsCopyrightLower(lower), IsCopyrightLine(line)) << line;
    EXPECT_EQ(IsBoilerplateLower(lower), IsBoilerplateLine(line)) << line;
  }
  TrimmedLower("  Ab CD\xC3\x89 \t", &lower);
  EXPECT_EQ(lower, "ab cd\xC3\x89");
}

// Runs of ASCII are measured eight bytes at a time: a control character or a multi-byte
// character at any place of a long run is still dropped or kept as before.
TEST(TextUtilTest, SanitizeUtf8DropsControlsAnywhereInALongRun) {
  const std::string run = "The quick brown fox jumps over the lazy dog.\tAnd\r\nthen";
  EXPECT_EQ(SanitizeUtf8(run), run);
  for (size_t at = 0; at <= run.size(); ++at) {
    std::string with_control = run;
    with_control.insert(at, 1, '\x01');
    EXPECT_EQ(SanitizeUtf8(with_control), run) << at;
    std::string with_accent = run;
    with_accent.insert(at, "\xC3\xA9");
    EXPECT_EQ(SanitizeUtf8(with_accent), with_accent) << at;
    std::string with_bad = run;
    with_bad.insert(at, 1, '\xFF');
    std::string repaired = run;
    repaired.insert(at, "\xEF\xBF\xBD");
    EXPECT_EQ(SanitizeUtf8(with_bad), repaired) << at;
  }
}

// Runs of plain bytes and single spaces are copied whole; other white space is collapsed.
TEST(TextUtilTest, CollapseWhitespaceKeepsSingleSpacesAndCollapsesTheRest) {
  EXPECT_EQ(CollapseWhitespace("a b c"), "a b c");
  EXPECT_EQ(CollapseWhitespace(" a  b\tc \n d "), "a b c d");
  EXPECT_EQ(CollapseWhitespace("a \xC2\xA0" "b"), "a b");
  EXPECT_EQ(CollapseWhitespace("a \xC3\xA9 b"), "a \xC3\xA9 b");
  EXPECT_EQ(CollapseWhitespace("end "), "end");
  EXPECT_EQ(CollapseWhitespace("x \r"), "x");
}

// ASCII text collapsed as a byte at a time would: white space runs to one space, none at the
// ends, wherever the spaces fall among the eight bytes read at once.
TEST(TextUtilTest, CollapseWhitespaceAsByteByByte) {
  auto reference = CollapsedByteByByte;
  const std::string words[] = {"a", "to", "the", "word", "seven", "abcdefg", "abcdefgh", "x.y"};
  const std::string gaps[] = {" ", "  ", "\t", " \n "};
  for (size_t seed = 0; seed < 400; ++seed) {
    std::string s = seed % 3 == 0 ? " " : "";
    size_t r = seed;
    for (int k = 0; k < 12; ++k) {
      s += words[r % 8];
      r = r * 1103515245 + 12345;
      s += (r >> 8) % 5 == 0 ? gaps[(r >> 4) % 4] : " ";
    }
    EXPECT_EQ(CollapseWhitespace(s), reference(s)) << s;
  }
}

TEST(TextUtilTest, HeadingsOfStoryListsAreNotBody) {
  // What is left of a related-stories or most-read block when its links are dropped.
  for (const char* line :
       {"Related Posts", "YOU MIGHT ALSO LIKE:", "Read Next", "Most popular", "Recommended for you",
        "Further reading", "Trending now", "Related Topics", "Top stories"}) {
    EXPECT_TRUE(IsBoilerplateLine(line)) << line;
  }
  // A sentence that starts with those words is not the heading.
  EXPECT_FALSE(IsBoilerplateLine("Trending now on social media, the clip drew wide criticism"));
  EXPECT_FALSE(IsBoilerplateLine("Read next to the treaty, the statement looks weaker"));
}

TEST(TextUtilTest, LineTestsFindTheirPhrasesAnywhereInAnyCase) {
  EXPECT_TRUE(IsCopyrightLine("All Rights Reserved"));
  EXPECT_TRUE(IsCopyrightLine("\xC3\x89" "ditions 2024. ALL RIGHTS RESERVED"));
  EXPECT_TRUE(IsCopyrightLine("ALL RIGHTS RESERVED by the \xC3\x89" "ditions du Monde group"));
  EXPECT_FALSE(IsCopyrightLine("All rights reserve"));
  EXPECT_FALSE(IsCopyrightLine("ll rights reserved"));
  EXPECT_FALSE(IsCopyrightLine("All rights are reserved"));
  EXPECT_TRUE(IsBoilerplateLine("We use COOKIES to improve your experience; see our Privacy page"));
  EXPECT_TRUE(IsBoilerplateLine("Manage your PRIVACY PREFERENCES"));
  EXPECT_TRUE(IsBoilerplateLine("This site respects Your Online Privacy"));
  EXPECT_TRUE(IsBoilerplateLine("Get our NEWSLETTER"));
  EXPECT_TRUE(IsBoilerplateLine("SIGN UP FOR"));
  EXPECT_FALSE(IsBoilerplateLine("They will sign up fo"));
  EXPECT_FALSE(IsBoilerplateLine(
      "Russian forces shelled Kharkiv on Tuesday, killing at least ten civilians, officials in "
      "the city said, as talks on a ceasefire resumed in Istanbul with Turkish mediators"));
  EXPECT_FALSE(IsBoilerplateLine("The COOKIE factory in \xC4\xB0zmir reopened"));
}

// Mojibake is text that was UTF-8, read as windows-1252 or latin-1 and written as UTF-8 again.
TEST(TextUtilTest, RepairMojibakeRestoresTextReadTwice) {
  // As latin-1 ("â" U+0080 U+0099) and as windows-1252 ("â€™"), in mixed text.
  EXPECT_EQ(RepairMojibake("Investor\xC3\xA2\xC2\x80\xC2\x99s guide"),
            "Investor\xE2\x80\x99s guide");
  EXPECT_EQ(RepairMojibake("Madurai,\xC3\xA2\xE2\x82\xAC\xC2\x9D she said"),
            "Madurai,\xE2\x80\x9D she said");
  EXPECT_EQ(RepairMojibake("we\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2re \xE2\x80\x9Cright\xE2\x80\x9D"),
            "we\xE2\x80\x99re \xE2\x80\x9Cright\xE2\x80\x9D");  // the real quotes stay
  EXPECT_EQ(RepairMojibake("Caf\xC3\x83\xC2\xA9 Gu\xC3\x83\xC2\xA9rin"),
            "Caf\xC3\xA9 Gu\xC3\xA9rin");
  EXPECT_EQ(RepairMojibake("Shield\xC3\x82\xC2\xAE and \xC3\x82\xC2\xA3"
                           "5"),
            "Shield\xC2\xAE and \xC2\xA3"
            "5");
  // An emoji, four bytes.
  EXPECT_EQ(RepairMojibake("ok \xC3\xB0\xC5\xB8\xCB\x9C\xE2\x82\xAC"), "ok \xF0\x9F\x98\x80");
  // Read twice over: "Ã¢Â€Â™".
  EXPECT_EQ(RepairMojibake("that\xC3\x83\xC2\xA2\xC3\x82\xC2\x80\xC3\x82\xC2\x99s"),
            "that\xE2\x80\x99s");
  // A lone C1 control is the windows-1252 byte it was; an undefined one goes.
  EXPECT_EQ(RepairMojibake("we\xC2\x92re"), "we\xE2\x80\x99re");
  EXPECT_EQ(RepairMojibake("a\xC2\x81"
                           "b"),
            "ab");
  for (const char* text :
       {"Caf\xC3\xA9 au lait",  // real latin-1 letters
        "d\xC3\xA9j\xC3\xA0 vu \xC3\xA0\xC2\xA0\xC2\xAB citation\xC2\xA0\xC2\xBB",  // French
        "CAF\xC3\x89\xE2\x80\x9D, they wrote",  // a capital with an accent before a quote
        "Stra\xC3\x9F\x65\xE2\x80\x9C", "N\xC3\x83O\xC2\xA0PAULO",
        "\xC3\x83\xC2\xA0 la carte",  // "Ã" before a no-break space could be text
        "I saw \"\xC3\x83\xC2\xA4\" instead of \"\xC3\xA4\"",     // quoted, standing alone
        "\xE4\xB8\xAD\xE6\x96\x87 and \xD0\xBF\xD1\x80\xD0\xB8",  // Chinese and Russian
        "plain ASCII", ""}) {
    EXPECT_EQ(RepairMojibake(text), text) << text;
  }
}

// CountUtf8 sees the signs RepairMojibake looks for, and none in clean text.
TEST(TextUtilTest, CountUtf8CountsSignsOfMojibake) {
  // "â" before a byte's character, and two C1 controls.
  EXPECT_EQ(CountUtf8("Investor\xC3\xA2\xC2\x80\xC2\x99s").mojibake, 3u);
  EXPECT_EQ(CountUtf8("we\xC2\x92re").mojibake, 1u);
  EXPECT_EQ(CountUtf8("Caf\xC3\x83\xC2\xA9").mojibake, 1u);
  EXPECT_EQ(CountUtf8("Caf\xC3\xA9 \xE2\x80\x99 \xC2\xA0 d\xC3\xA9j\xC3\xA0").mojibake, 0u);
}

}  // namespace
}  // namespace dyad::ingest
