#include "ingest/dates.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace ingest {
namespace {

// Dates are written by hand: the ends of the years accepted (1900 to 2100), and the times and
// offsets of ISO dates at their ends, come out as two or four digits.
TEST(NormalizeDateTest, EndsOfTheRanges) {
  EXPECT_EQ(NormalizeDate("1900-01-01"), "1900-01-01");
  EXPECT_EQ(NormalizeDate("2100-12-31"), "2100-12-31");
  EXPECT_EQ(NormalizeDate("1899-12-31"), "");
  EXPECT_EQ(NormalizeDate("2101-01-01"), "");
  EXPECT_EQ(NormalizeDate("January 1, 1900"), "1900-01-01");
  EXPECT_EQ(NormalizeDate("DECEMBER 31, 2100"), "2100-12-31");
  EXPECT_EQ(NormalizeDate("31 December 1899"), "");
  EXPECT_EQ(NormalizeDate("2024-03-05T00:00-09:30"), "2024-03-05T00:00:00-09:30");
  EXPECT_EQ(NormalizeDate("2024-03-05T23:59:60Z"), "2024-03-05T23:59:60Z");
  EXPECT_EQ(NormalizeDate("2024-03-05T24:00:00Z"), "2024-03-05");
  EXPECT_EQ(NormalizeDate("2024-03-05T10:20:30.999999999+1445"), "2024-03-05T10:20:30+14:45");
}

// Numbers are read without std::stoi: those too long for a day or a year (even too long for an
// int) make no date, and no overflow.
TEST(NormalizeDateTest, LongNumbersAreNoDate) {
  EXPECT_EQ(NormalizeDate("123456789012 March 2024"), "");
  EXPECT_EQ(NormalizeDate("March 123456789012, 2024"), "");
  EXPECT_EQ(NormalizeDate("March 4, 20245"), "");
  EXPECT_EQ(NormalizeDate("5/3/12024"), "");
  EXPECT_EQ(NormalizeDate("99999999999999999999-03-05"), "");
  EXPECT_EQ(FindDateInText("on 99999999999 12 2024, 4 March 2024"), "2024-03-04");
}

// Month names are known by their first letter before the table is read: words that start as a
// month does but are none ("Mayor"), or start otherwise, are no month.
TEST(NormalizeDateTest, WordsThatAreNoMonth) {
  EXPECT_EQ(NormalizeDate("Mayor 4, 2024"), "");
  EXPECT_EQ(NormalizeDate("Xmas 4, 2024"), "");
  EXPECT_EQ(NormalizeDate("Sept. 9th 2024"), "2024-09-09");
  EXPECT_EQ(NormalizeDate("4 ao\xC3\xBBt 2024"), "2024-08-04");
}

TEST(NormalizeDateTest, IsoDateStaysADate) {
  EXPECT_EQ(NormalizeDate("2024-03-05"), "2024-03-05");
  EXPECT_EQ(NormalizeDate("  2024-03-05  "), "2024-03-05");
}

TEST(NormalizeDateTest, IsoTimeKeepsItsOffset) {
  EXPECT_EQ(NormalizeDate("2024-03-05T10:20:30+01:00"), "2024-03-05T10:20:30+01:00");
  EXPECT_EQ(NormalizeDate("2024-03-05T10:20:30.123Z"), "2024-03-05T10:20:30Z");
  EXPECT_EQ(NormalizeDate("2024-03-05T10:20+0530"), "2024-03-05T10:20:00+05:30");
  EXPECT_EQ(NormalizeDate("2024-03-05 10:20:30"), "2024-03-05T10:20:30");
}

TEST(NormalizeDateTest, WrittenOutDates) {
  EXPECT_EQ(NormalizeDate("19 Jan 2022"), "2022-01-19");
  EXPECT_EQ(NormalizeDate("March 4, 2024"), "2024-03-04");
  EXPECT_EQ(NormalizeDate("Jan. 19th, 2022"), "2022-01-19");
  EXPECT_EQ(NormalizeDate("Wednesday, 19 January 2022"), "2022-01-19");
  EXPECT_EQ(NormalizeDate("4th of March 2024"), "2024-03-04");
  EXPECT_EQ(NormalizeDate("Wed, 19 Jan 2022 10:00:00 GMT"), "2022-01-19");
  EXPECT_EQ(NormalizeDate("19. M\xC3\xA4rz 2024"), "2024-03-19");
}

TEST(NormalizeDateTest, NumericDates) {
  EXPECT_EQ(NormalizeDate("2024/03/05"), "2024-03-05");
  EXPECT_EQ(NormalizeDate("05.03.2024"), "2024-03-05");
  EXPECT_EQ(NormalizeDate("03/05/2024"), "2024-03-05");  // US order by default
  EXPECT_EQ(NormalizeDate("25/12/2023"), "2023-12-25");  // day first when it must be
}

TEST(NormalizeDateTest, NumericDatesInThePagesOrder) {
  // Either reading is a date: the order decides.
  EXPECT_EQ(NormalizeDate("03/10/2023", DateOrder::kDayFirst), "2023-10-03");
  EXPECT_EQ(NormalizeDate("09.10.2024", DateOrder::kMonthFirst), "2024-09-10");
  EXPECT_EQ(NormalizeDate("09.10.2024", DateOrder::kAsWritten), "2024-10-09");
  // One reading only: read so, whatever the order.
  EXPECT_EQ(NormalizeDate("11.24.2025"), "2025-11-24");
  EXPECT_EQ(NormalizeDate("24/03/2025", DateOrder::kMonthFirst), "2025-03-24");
  EXPECT_EQ(NormalizeDate("03/24/2025", DateOrder::kDayFirst), "2025-03-24");
  EXPECT_EQ(NormalizeDate("13/13/2025", DateOrder::kDayFirst), "");
}

TEST(DateOrderTest, ThePagesOtherDatesTellTheOrder) {
  // All-number dates that read one way only count first.
  EXPECT_EQ(DateOrderOf("Posted 09.10.2024. Older: 11.24.2025, 10.28.2025"),
            DateOrder::kMonthFirst);
  EXPECT_EQ(DateOrderOf("03/10/2023 ... 24/03/2025"), DateOrder::kDayFirst);
  EXPECT_EQ(DateOrderOf("24/03/2025 and 03/24/2025"), DateOrder::kAsWritten);
  // Then dates with the month named: day first makes slashes day first too.
  EXPECT_EQ(DateOrderOf("03/10/2023 by WSET. What is natural wine? - 13 January 2023. Older - "
                        "5th of January, 2023"),
            DateOrder::kDayFirst);
  // Month-first names leave dots and dashes as written ("December 02, 2025" beside
  // "02-12-2025").
  EXPECT_EQ(DateOrderOf("Bence 02-12-2025. Part 1 December 02, 2025; December 11, 2024"),
            DateOrder::kAsWritten);
  EXPECT_EQ(DateOrderOf("No dates here, only 2025 as a year and 12/2025 as a month."),
            DateOrder::kAsWritten);
  // Not dates: an archive's post counts before its months, a part number, a version.
  EXPECT_EQ(DateOrderOf("Archives March 2023 (12) February 2023 (8) January 2023 (10)"),
            DateOrder::kAsWritten);
  EXPECT_EQ(DateOrderOf("Part no. 45/12/0001, firmware 5.13.1234"), DateOrder::kAsWritten);
  EXPECT_EQ(DateOrderOf(""), DateOrder::kAsWritten);
}

TEST(DateOrderTest, OnlyDayMonthYearDatesDependOnTheOrder) {
  EXPECT_TRUE(MayHoldDayMonthYear("Posted 09.10.2024"));
  EXPECT_TRUE(MayHoldDayMonthYear("03/10/2023"));
  EXPECT_TRUE(MayHoldDayMonthYear("on 5-3-2024, at noon"));
  EXPECT_TRUE(MayHoldDayMonthYear("24/03/2025"));  // (read one way only, but the shape)
  EXPECT_FALSE(MayHoldDayMonthYear("2024-03-05"));
  EXPECT_FALSE(MayHoldDayMonthYear("19 Jan 2022, March 4, 2024"));
  EXPECT_FALSE(MayHoldDayMonthYear("3.5 percent, 12/2025, 10-4"));
  EXPECT_FALSE(MayHoldDayMonthYear("03/10.2023"));
  EXPECT_FALSE(MayHoldDayMonthYear("103/10/2023"));
  EXPECT_FALSE(MayHoldDayMonthYear("03/10/203"));
  EXPECT_FALSE(MayHoldDayMonthYear(""));
  // Where it says no, every order gives the same dates.
  for (std::string_view text : {"2024-03-05", "Posted 19 Jan 2022", "12/2025 and 2023"}) {
    ASSERT_FALSE(MayHoldDayMonthYear(text));
    EXPECT_EQ(FindDateInText(text, DateOrder::kDayFirst),
              FindDateInText(text, DateOrder::kMonthFirst));
    EXPECT_EQ(FindDateInText(text, DateOrder::kDayFirst),
              FindDateInText(text, DateOrder::kAsWritten));
  }
}

TEST(DateOrderTest, LanguageAndRegion) {
  EXPECT_EQ(DateOrderOfLanguage("en-GB"), DateOrder::kDayFirst);
  EXPECT_EQ(DateOrderOfLanguage("en_IN"), DateOrder::kDayFirst);
  EXPECT_EQ(DateOrderOfLanguage("fr"), DateOrder::kDayFirst);
  EXPECT_EQ(DateOrderOfLanguage("en-Latn-GB"), DateOrder::kDayFirst);
  EXPECT_EQ(DateOrderOfLanguage("pt_BR.UTF-8"), DateOrder::kDayFirst);
  // A publishing system's default says little: as written.
  for (const char* lang : {"en-US", "EN-us", "en_US.UTF-8", "en-US-posix", "en-Latn-US", "en-CA",
                           "en", "en-", "english", "und", "x-default", "{{lang}}", "e", ""}) {
    EXPECT_EQ(DateOrderOfLanguage(lang), DateOrder::kAsWritten) << lang;
  }
}

TEST(NormalizeDateTest, RejectsImpossibleOrPartialDates) {
  EXPECT_EQ(NormalizeDate(""), "");
  EXPECT_EQ(NormalizeDate("2023-02-29"), "");
  EXPECT_EQ(NormalizeDate("2024-02-29"), "2024-02-29");
  EXPECT_EQ(NormalizeDate("March 2024"), "");
  EXPECT_EQ(NormalizeDate("3 days ago"), "");
  EXPECT_EQ(NormalizeDate("32 Jan 2022"), "");
}

TEST(FindDateInTextTest, FindsTheFirstDateInProse) {
  EXPECT_EQ(FindDateInText("The talks, held on March 4, 2024 in Vienna, ended on 6 March 2024."),
            "2024-03-04");
  EXPECT_EQ(FindDateInText("No date here, only 2024 as a year."), "");
}

TEST(DateFromUrlTest, PathDates) {
  EXPECT_EQ(DateFromUrl("https://example.com/2024/03/05/some-story/"), "2024-03-05");
  EXPECT_EQ(DateFromUrl("https://example.com/news/2022-01-19-raisi-visit"), "2022-01-19");
  EXPECT_EQ(DateFromUrl("https://example.com/2024/03/some-story/"), "");
  EXPECT_EQ(DateFromUrl("https://example.com/id/12345678"), "");
}

TEST(IsDateLineTest, DateOnlyLines) {
  EXPECT_TRUE(IsDateLine("19 Jan 2022"));
  EXPECT_TRUE(IsDateLine("Published On 19 Jan 2022"));
  EXPECT_TRUE(IsDateLine("Published 2024-03-04"));
  EXPECT_TRUE(IsDateLine("Updated: March 4, 2024 10:32 AM EST"));
  EXPECT_FALSE(IsDateLine("Talks began on March 4, 2024 in Vienna."));
  EXPECT_FALSE(IsDateLine("By Jane Doe"));
}

// DateOfDateLine is NormalizeDate of a date line, and empty for any other line.
TEST(IsDateLineTest, DateOfDateLineIsTheLinesDate) {
  for (std::string_view line :
       {"19 Jan 2022", "  Published On 19 Jan 2022 ", "Published 2024-03-04",
        "2024-03-05T10:20:00+01:00", "Updated: March 4, 2024 10:32 AM EST",
        "Talks began on March 4, 2024 in Vienna.", "By Jane Doe", "Published 12024-03-04",
        "Posted 05.03.2024", "Sunday 4th of March, 2024", "19 Jan 202", ""}) {
    EXPECT_EQ(DateOfDateLine(line), IsDateLine(line) ? NormalizeDate(line) : "") << line;
  }
  EXPECT_EQ(DateOfDateLine("Published On 19 Jan 2022"), "2022-01-19");
}

// A date's year is a run of exactly four digits: text without one holds no date.
TEST(FindDateInTextTest, NeedsAYearOfFourDigits) {
  EXPECT_EQ(FindDateInText("on 19 Jan 20222 and 4 March 202"), "");
  EXPECT_EQ(FindDateInText("on 19 Jan 20222 and 4 March 2024"), "2024-03-04");
  EXPECT_EQ(NormalizeDate("20240-03-05"), "");
  EXPECT_EQ(NormalizeDate("2024-03-05"), "2024-03-05");
}

TEST(FindDatesInTextTest, EveryDateInOrder) {
  std::vector<std::string> dates =
      FindDatesInText("Published 3 March 2024 - Updated March 9, 2024, 10:00", 5);
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_EQ(dates[0], "2024-03-03");
  EXPECT_EQ(dates[1], "2024-03-09");
  EXPECT_EQ(FindDatesInText("1 Jan 2020, 2 Jan 2020, 3 Jan 2020", 2).size(), 2u);
  EXPECT_TRUE(FindDatesInText("no dates here, only 2024", 5).empty());
}

TEST(MonthOfWordTest, NamesInAnyCaseWithOrWithoutAStop) {
  EXPECT_EQ(MonthOfWord("Jan."), 1);
  EXPECT_EQ(MonthOfWord("MARCH"), 3);
  EXPECT_EQ(MonthOfWord("sept"), 9);
  EXPECT_EQ(MonthOfWord("December"), 12);
  for (const char* word : {"", ".", "Ja", "Monday", "Marching", "Septembers.", "19"}) {
    EXPECT_EQ(MonthOfWord(word), 0) << word;
  }
}

}  // namespace
}  // namespace ingest
}  // namespace dyad
