#include "text/timex.h"

#include <gtest/gtest.h>

#include "text/tokenizer.h"

namespace dyad::text {
namespace {

// The dates found in `sentence` against document date 2022-01-19 (a Wednesday).
std::vector<std::string> Dates(const std::string& sentence, bool future = false) {
  std::vector<std::string> words = NormalizedWords(sentence);
  std::vector<std::string_view> views(words.begin(), words.end());
  std::vector<std::string> out;
  for (const Timex& t : FindTimexes(views, ParseIsoDate("2022-01-19"), future)) {
    out.push_back(t.date.ToIso() + "/" + std::string(t.date.PrecisionName()));
  }
  return out;
}

TEST(Timex, YearsMonthsAndDays) {
  EXPECT_EQ(Dates("sanctions levelled against it in 2018"),
            (std::vector<std::string>{"2018-01-01/year"}));
  EXPECT_EQ(Dates("came to an end in October 2020"),
            (std::vector<std::string>{"2020-10-01/month"}));
  EXPECT_EQ(Dates("the summit in September"), (std::vector<std::string>{"2021-09-01/month"}));
  EXPECT_EQ(Dates("on March 4, 2024 and 19 Jan 2022"),
            (std::vector<std::string>{"2024-03-04/day", "2022-01-19/day"}));
}

TEST(Timex, AbbreviatedMonths) {
  EXPECT_EQ(Dates("under house arrest on Nov. 15."), (std::vector<std::string>{"2021-11-15/day"}));
  EXPECT_EQ(Dates("on Feb. 24, 2022"), (std::vector<std::string>{"2022-02-24/day"}));
}

TEST(Timex, RelativeToTheDocumentDate) {
  EXPECT_EQ(Dates("the agreement ended last year"), (std::vector<std::string>{"2021-01-01/year"}));
  EXPECT_EQ(Dates("earlier this month"), (std::vector<std::string>{"2022-01-01/month"}));
  EXPECT_EQ(Dates("they met on Monday"), (std::vector<std::string>{"2022-01-17/day"}));
  EXPECT_EQ(Dates("he will speak on Thursday", true),
            (std::vector<std::string>{"2022-01-20/day"}));
  EXPECT_EQ(Dates("departing on Wednesday"), (std::vector<std::string>{"2022-01-19/day"}));
  EXPECT_EQ(Dates("yesterday"), (std::vector<std::string>{"2022-01-18/day"}));
  EXPECT_EQ(Dates("two years ago"), (std::vector<std::string>{"2020-01-01/year"}));
}

TEST(Timex, YearsThatNameThingsAreNotDates) {
  EXPECT_TRUE(Dates("revive the landmark 2015 deal").empty());
  EXPECT_TRUE(Dates("the first visit since 2017").empty());
  EXPECT_TRUE(Dates("officials may meet").empty());
}

TEST(Timex, SinceAYearDatesWhatBeganThenButNotTheFirstSince) {
  EXPECT_EQ(Dates("which has led a peacekeeping mission in Kosovo since 1999"),
            (std::vector<std::string>{"1999-01-01/year"}));
  EXPECT_TRUE(Dates("the first visit to Russia by an Iranian president since 2017").empty());
}

// "in 2021 and 2022": the second year is a time too; a bare count after "and" is not.
TEST(Timex, SecondYearOfAPair) {
  EXPECT_EQ(Dates("failed Armenia in 2019 and 2020, when troops attacked"),
            (std::vector<std::string>{"2019-01-01/year", "2020-01-01/year"}));
  EXPECT_TRUE(Dates("between 1990 and 2000 soldiers").empty());
}

// Every month (full and abbreviated), weekday and relative word is still found after the
// quick test of its length and first three letters.
TEST(Timex, EveryTimeWord) {
  for (const char* month : {"January", "Jan", "February", "Feb", "March", "Mar", "April", "Apr",
                            "May", "June", "Jun", "July", "Jul", "August", "Aug", "September",
                            "Sep", "Sept", "October", "Oct", "November", "Nov", "December",
                            "Dec"}) {
    EXPECT_EQ(Dates(std::string("on ") + month + " 3, 2020").size(), 1u) << month;
  }
  for (const char* day : {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                          "Sunday"}) {
    EXPECT_EQ(Dates(std::string("met on ") + day).size(), 1u) << day;
  }
  for (const char* relative : {"yesterday", "today", "tonight", "tomorrow", "last week",
                               "this year", "next month", "earlier this week",
                               "later this year", "three days ago"}) {
    EXPECT_EQ(Dates(relative).size(), 1u) << relative;
  }
}

TEST(Date, CalendarArithmetic) {
  Date d = ParseIsoDate("2024-02-29");
  ASSERT_TRUE(d.valid());
  EXPECT_EQ(Date::FromDays(d.DaysSinceEpoch() + 1).ToIso(), "2024-03-01");
  EXPECT_EQ(ParseIsoDate("2022-01-19").Weekday(), 2);  // Wednesday
  EXPECT_FALSE(ParseIsoDate("2023-02-29").valid());
  EXPECT_FALSE(ParseIsoDate("19 Jan 2022").valid());
  EXPECT_EQ(ParseIsoDate("2022-01-19T10:00:00Z").ToIso(), "2022-01-19");
}

}  // namespace
}  // namespace dyad::text
