#include "text/date.h"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::text {
namespace {

// The names as a plain search of the lists: what MonthFromName and WeekdayFromName answer by
// first letter, for every word of every sentence.
int ListedMonth(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december"};
  for (int i = 0; i < 12; ++i) {
    if (w == kFull[i] || (w.size() == 3 && kFull[i].substr(0, 3) == w)) return i + 1;
  }
  return w == "sept" ? 9 : 0;
}

int ListedWeekday(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i) {
    if (w == kDays[i]) return i;
  }
  return -1;
}

TEST(DateNamesTest, MonthsAndWeekdaysAsTheListsSay) {
  std::vector<std::string> words = {"", "a", "ma", "may", "mayor", "march", "marc", "mar",
                                    "sep", "sept", "septe", "september", "septembers", "jun",
                                    "june", "jul", "july", "junes", "May", "Monday", "monday",
                                    "mondays", "tuesday", "thursday", "thurs", "day", "sunday",
                                    "saturday", "friday", "wednesday", "december", "decembe",
                                    "nov", "oct", "octo", "feb", "aug", "apr", "april", "jan"};
  // Every word of up to three letters, and those letters before "day" and "uary".
  for (char a = 'a'; a <= 'z'; ++a) {
    words.push_back(std::string(1, a));
    for (char b = 'a'; b <= 'z'; ++b) {
      words.push_back(std::string{a, b});
      for (char c = 'a'; c <= 'z'; ++c) {
        words.push_back(std::string{a, b, c});
        words.push_back(std::string{a, b, c} + "day");
        words.push_back(std::string{a, b, c} + "uary");
      }
    }
  }
  for (const std::string& w : words) {
    EXPECT_EQ(MonthFromName(w), ListedMonth(w)) << w;
    EXPECT_EQ(WeekdayFromName(w), ListedWeekday(w)) << w;
  }
}

}  // namespace
}  // namespace dyad::text
