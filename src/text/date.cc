#include "text/date.h"

#include <array>
#include <cstdio>

namespace dyad::text {

std::string Date::ToIso() const {
  if (!valid()) return "";
  // Digits by hand for the usual case (every event has two dates): the same text as the
  // "%04d-%02d-%02d" it falls back to otherwise.
  if (year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    char buf[10] = {static_cast<char>('0' + year / 1000),      static_cast<char>('0' + year / 100 % 10),
                    static_cast<char>('0' + year / 10 % 10),   static_cast<char>('0' + year % 10),
                    '-',
                    static_cast<char>('0' + month / 10),       static_cast<char>('0' + month % 10),
                    '-',
                    static_cast<char>('0' + day / 10),         static_cast<char>('0' + day % 10)};
    return std::string(buf, sizeof buf);
  }
  char buf[16];  // as before: the same truncation of out-of-range fields
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string_view Date::PrecisionName() const {
  switch (precision) {
    case DatePrecision::kDay: return "day";
    case DatePrecision::kMonth: return "month";
    case DatePrecision::kYear: return "year";
  }
  return "day";
}

// Days from civil, after H. Hinnant's public-domain algorithm description.
long Date::DaysSinceEpoch() const {
  int y = year - (month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned mp = static_cast<unsigned>(month > 2 ? month - 3 : month + 9);
  unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date Date::FromDays(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = static_cast<long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  Date out;
  out.year = static_cast<int>(y + (m <= 2 ? 1 : 0));
  out.month = static_cast<int>(m);
  out.day = static_cast<int>(d);
  return out;
}

int Date::Weekday() const {
  long days = DaysSinceEpoch();  // 1970-01-01 was a Thursday (3)
  long w = (days % 7 + 7 + 3) % 7;
  return static_cast<int>(w);
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[(month - 1) % 12];
}

Date ParseIsoDate(std::string_view s) {
  Date d;
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return d;
  int v[3] = {0, 0, 0};
  const int pos[3][2] = {{0, 4}, {5, 2}, {8, 2}};
  for (int k = 0; k < 3; ++k) {
    for (int i = 0; i < pos[k][1]; ++i) {
      char c = s[pos[k][0] + i];
      if (c < '0' || c > '9') return Date();
      v[k] = v[k] * 10 + (c - '0');
    }
  }
  if (v[0] < 1 || v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > DaysInMonth(v[0], v[1])) {
    return Date();
  }
  d.year = v[0];
  d.month = v[1];
  d.day = v[2];
  return d;
}

int MonthFromName(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december"};
  // Asked for every word of every sentence: only the months that start with the word's first
  // letter are compared (at most three), and a word longer than "september" is none.
  if (w.size() < 3 || w.size() > 9) return 0;
  auto is = [&](int month) {
    const std::string_view full = kFull[month - 1];
    return w == full || (w.size() == 3 && full.substr(0, 3) == w);
  };
  switch (w[0]) {
    case 'j':
      return is(1) ? 1 : is(6) ? 6 : is(7) ? 7 : 0;
    case 'f':
      return is(2) ? 2 : 0;
    case 'm':
      return is(3) ? 3 : is(5) ? 5 : 0;
    case 'a':
      return is(4) ? 4 : is(8) ? 8 : 0;
    case 's':
      return is(9) || w == "sept" ? 9 : 0;
    case 'o':
      return is(10) ? 10 : 0;
    case 'n':
      return is(11) ? 11 : 0;
    case 'd':
      return is(12) ? 12 : 0;
    default:
      return 0;
  }
}

int WeekdayFromName(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  // Every day name ends in "day": most words are ruled out by their last letter and length.
  if (w.size() < 6 || w.size() > 9 || w.back() != 'y') return -1;
  switch (w[0]) {
    case 'm':
      return w == kDays[0] ? 0 : -1;
    case 't':
      return w == kDays[1] ? 1 : w == kDays[3] ? 3 : -1;
    case 'w':
      return w == kDays[2] ? 2 : -1;
    case 'f':
      return w == kDays[4] ? 4 : -1;
    case 's':
      return w == kDays[5] ? 5 : w == kDays[6] ? 6 : -1;
    default:
      return -1;
  }
}

}  // namespace dyad::text
