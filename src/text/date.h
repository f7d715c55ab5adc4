// A calendar date with a precision: the unit of event dating. Proleptic Gregorian calendar.
#ifndef DYAD_TEXT_DATE_H_
#define DYAD_TEXT_DATE_H_

#include <string>
#include <string_view>

namespace dyad::text {

enum class DatePrecision { kDay, kMonth, kYear };

struct Date {
  int year = 0;  // 0: no date
  int month = 1;
  int day = 1;
  DatePrecision precision = DatePrecision::kDay;

  bool valid() const { return year != 0; }
  // YYYY-MM-DD; a month or year date gives its first day.
  std::string ToIso() const;
  std::string_view PrecisionName() const;
  long DaysSinceEpoch() const;
  static Date FromDays(long days);
  int Weekday() const;  // 0 = Monday .. 6 = Sunday
  // By year, month, day. (Inline: the coder compares event dates with the bounds of each role
  // of a person and with the article's date, several times an event.)
  int Compare(const Date& o) const {
    if (year != o.year) return year < o.year ? -1 : 1;
    if (month != o.month) return month < o.month ? -1 : 1;
    if (day != o.day) return day < o.day ? -1 : 1;
    return 0;
  }
};

// Parses "YYYY-MM-DD" (a longer ISO 8601 timestamp is cut to its date). Returns an invalid Date
// when the text is not one.
Date ParseIsoDate(std::string_view s);

int DaysInMonth(int year, int month);

// 1..12 for an English month name or abbreviation ("jan", "january", "sept"), lower case;
// 0 otherwise.
int MonthFromName(std::string_view lower);

// 0..6 (Monday..Sunday) for an English weekday name, lower case; -1 otherwise.
int WeekdayFromName(std::string_view lower);

}  // namespace dyad::text

#endif  // DYAD_TEXT_DATE_H_
