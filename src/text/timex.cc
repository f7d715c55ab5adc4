#include "text/timex.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <string_view>

namespace dyad::text {
namespace {

int ParseInt(std::string_view w) {
  int v = 0;
  auto r = std::from_chars(w.data(), w.data() + w.size(), v);
  if (r.ec != std::errc() || r.ptr != w.data() + w.size()) return -1;
  return v;
}

int YearOf(std::string_view w) {
  if (w.size() != 4) return 0;
  int y = ParseInt(w);
  return (y >= 1900 && y <= 2099) ? y : 0;
}

int DayOf(std::string_view w) {
  // "19", "19th", "1st"
  size_t n = 0;
  while (n < w.size() && w[n] >= '0' && w[n] <= '9') ++n;
  if (n == 0 || n > 2) return 0;
  std::string_view suffix = w.substr(n);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") {
    return 0;
  }
  int d = ParseInt(w.substr(0, n));
  return (d >= 1 && d <= 31) ? d : 0;
}

Date MakeDate(int y, int m, int d, DatePrecision p) {
  Date out;
  out.year = y;
  out.month = m;
  out.day = d;
  out.precision = p;
  if (m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return Date();
  return out;
}

// The first three letters of the month names and their abbreviations (MonthFromName), of the
// weekdays (WeekdayFromName) and of the relative words FindTimexes reads ("yesterday", "today",
// "last", "earlier", "ago", ...): a word that starts otherwise is none of those words.
constexpr std::string_view kTimeWordStarts[] = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "yes", "tod", "ton", "tom", "las", "thi", "nex", "ear", "lat", "ago"};
// For each first and second letter, the third letters of kTimeWordStarts, one bit each.
constexpr auto kThirdLetters = [] {
  std::array<uint32_t, 26 * 26> thirds{};
  for (std::string_view start : kTimeWordStarts) {
    thirds[(start[0] - 'a') * 26 + (start[1] - 'a')] |= uint32_t{1} << (start[2] - 'a');
  }
  return thirds;
}();

bool StartsWithDigit(std::string_view w) { return !w.empty() && w[0] >= '0' && w[0] <= '9'; }

// Whether FindTimexes needs to look at `w`: a word that starts with a digit can only be a day
// or a year, and any other only a month, a weekday or a relative word, each of three to nine
// letters. Most words of a sentence are ruled out by their length or first three letters.
bool MayBeDateWord(std::string_view w) {
  if (w.empty()) return false;
  const unsigned first = static_cast<unsigned char>(w[0]) - unsigned{'a'};
  if (first >= 26) return StartsWithDigit(w);
  if (w.size() < 3 || w.size() > 9) return false;
  const unsigned second = static_cast<unsigned char>(w[1]) - unsigned{'a'};
  const unsigned third = static_cast<unsigned char>(w[2]) - unsigned{'a'};
  return second < 26 && third < 26 && (kThirdLetters[first * 26 + second] >> third & 1);
}

Date AddDays(const Date& d, long n) {
  Date out = Date::FromDays(d.DaysSinceEpoch() + n);
  out.precision = DatePrecision::kDay;
  return out;
}

}  // namespace

std::vector<Timex> FindTimexes(const std::vector<std::string_view>& w, const Date& doc,
                               bool future) {
  std::vector<Timex> out;
  const uint32_t n = static_cast<uint32_t>(w.size());
  auto at = [&](uint32_t i) -> std::string_view { return i < n ? w[i] : std::string_view(); };
  auto emit = [&](uint32_t b, uint32_t e, Date d) {
    if (d.valid()) out.push_back({b, e, d});
  };
  // Most words of a sentence are none of those read below: they are passed over in a loop of
  // their own, through a pointer held here (in the loop below, a store into `out` has the
  // address of the words read again).
  const std::string_view* const words = w.data();
  for (uint32_t i = 0; i < n; ++i) {
    while (i < n && !MayBeDateWord(words[i])) ++i;
    if (i == n) break;
    std::string_view x = words[i];
    const bool numeric = StartsWithDigit(x);
    // "March 4, 2024" / "March 4" / "March 2024" / "in March"
    if (int m = numeric ? 0 : MonthFromName(x)) {
      // "Nov. 15": the abbreviation's dot is a token of its own.
      if (x.size() <= 4 && at(i + 1) == "." && (DayOf(at(i + 2)) || YearOf(at(i + 2)))) {
        std::vector<std::string_view> rest(w.begin() + i + 2, w.end());
        std::vector<std::string_view> joined = {x};
        joined.insert(joined.end(), rest.begin(), rest.end());
        for (Timex t : FindTimexes(joined, doc, future)) {
          if (t.token_begin != 0) continue;
          t.token_begin = i;
          t.token_end += i + 1;
          out.push_back(t);
          i = t.token_end - 1;
          break;
        }
        continue;
      }
      if (x == "may" || x == "march") {
        // Modal "may" and the verb "march": a month only next to a number or after in/since/by.
        bool numeric_next = DayOf(at(i + 1)) || YearOf(at(i + 1));
        std::string_view prev = i ? w[i - 1] : std::string_view();
        if (!numeric_next && prev != "in" && prev != "since" && prev != "early" &&
            prev != "late" && prev != "mid" && prev != "last" && prev != "next") {
          continue;
        }
      }
      if (int d = DayOf(at(i + 1))) {
        uint32_t e = i + 2;
        if (at(e) == ",") ++e;
        if (int y = YearOf(at(e))) {
          emit(i, e + 1, MakeDate(y, m, d, DatePrecision::kDay));
          i = e;
          continue;
        }
        if (!doc.valid()) continue;
        int y = doc.year;
        Date cand = MakeDate(y, m, d, DatePrecision::kDay);
        if (cand.valid() && !future && cand.Compare(doc) > 0 && m > doc.month + 1) --y;
        emit(i, i + 2, MakeDate(y, m, d, DatePrecision::kDay));
        i += 1;
        continue;
      }
      if (int y = YearOf(at(i + 1))) {
        emit(i, i + 2, MakeDate(y, m, 1, DatePrecision::kMonth));
        ++i;
        continue;
      }
      if (!doc.valid()) continue;
      std::string_view prev = i ? w[i - 1] : std::string_view();
      if (prev == "in" || prev == "since" || prev == "early" || prev == "late" ||
          prev == "mid" || prev == "by" || prev == "until") {
        int y = doc.year;
        if (!future && m > doc.month) --y;
        if (future && m < doc.month) ++y;
        emit(i - 1, i + 1, MakeDate(y, m, 1, DatePrecision::kMonth));
      } else if (prev == "last" || prev == "next") {
        int y = doc.year + (prev == "last" ? (m >= doc.month ? -1 : 0) : (m <= doc.month ? 1 : 0));
        emit(i - 1, i + 1, MakeDate(y, m, 1, DatePrecision::kMonth));
      }
      continue;
    }
    if (numeric) {
      // "19 Jan 2022" / "19 January"
      if (int d = DayOf(x); d && MonthFromName(at(i + 1))) {
        int m = MonthFromName(at(i + 1));
        if (int y = YearOf(at(i + 2))) {
          emit(i, i + 3, MakeDate(y, m, d, DatePrecision::kDay));
          i += 2;
        } else if (doc.valid()) {
          emit(i, i + 2, MakeDate(doc.year, m, d, DatePrecision::kDay));
          i += 1;
        }
        continue;
      }
      if (int y = YearOf(x)) {
        std::string_view prev = i ? w[i - 1] : std::string_view();
        std::string_view next = at(i + 1);
        // A year alone dates an event only after "in"/"during"/"since" and not as a modifier
        // ("the 2015 deal" names a deal, not a date). "Since 1999" dates what began then, but
        // "the first visit since 2017" is not a 2017 visit.
        bool first_since = false;
        for (size_t k = i >= 9 ? i - 9 : 0; prev == "since" && k + 1 < i; ++k) {
          first_since = first_since || w[k] == "first";
        }
        if ((prev == "in" || prev == "during" || prev == "early" || prev == "late" ||
             prev == "mid" || prev == "mid-" || (prev == "since" && !first_since)) &&
            next != "deal" && next != "agreement" && next != "accord" && next != "election" &&
            next != "elections") {
          emit(i - 1, i + 1, MakeDate(y, 1, 1, DatePrecision::kYear));
        } else if ((prev == "and" || prev == "or") && i >= 3 && YearOf(w[i - 2]) &&
                   (w[i - 3] == "in" || w[i - 3] == "during")) {
          // ("in 2021 and 2022, when Azerbaijani forces attacked": the second year is a time
          // as the first is.)
          emit(i, i + 1, MakeDate(y, 1, 1, DatePrecision::kYear));
        }
      }
      continue;  // a number is no weekday nor relative word
    }
    if (!doc.valid()) continue;
    if (int wd = WeekdayFromName(x); wd >= 0) {
      int delta = wd - doc.Weekday();
      if (future) {
        if (delta < 0) delta += 7;
      } else {
        if (delta > 0) delta -= 7;
      }
      std::string_view prev = i ? w[i - 1] : std::string_view();
      uint32_t b = (prev == "on" || prev == "last" || prev == "next") ? i - 1 : i;
      if (prev == "next" && delta <= 0) delta += 7;
      if (prev == "last" && delta >= 0) delta -= 7;
      emit(b, i + 1, AddDays(doc, delta));
      continue;
    }
    // The relative words below start with one of six letters: most words are ruled out by
    // their first, without a comparison with each.
    if (const char f = x[0]; f != 'y' && f != 't' && f != 'l' && f != 'n' && f != 'e' && f != 'a') {
      continue;
    }
    if (x == "yesterday") {
      emit(i, i + 1, AddDays(doc, -1));
    } else if (x == "today" || x == "tonight") {
      emit(i, i + 1, AddDays(doc, 0));
    } else if (x == "tomorrow") {
      emit(i, i + 1, AddDays(doc, 1));
    } else if ((x == "last" || x == "this" || x == "next" || x == "earlier" || x == "later") &&
               i + 1 < n) {
      uint32_t j = i + 1;
      int shift = x == "last" ? -1 : x == "next" ? 1 : 0;
      if ((x == "earlier" || x == "later") && at(j) == "this") ++j;
      else if (x == "earlier" || x == "later") continue;
      std::string_view unit = at(j);
      if (unit == "year") {
        emit(i, j + 1, MakeDate(doc.year + shift, 1, 1, DatePrecision::kYear));
      } else if (unit == "month") {
        int m = doc.month + shift, y = doc.year;
        if (m < 1) { m = 12; --y; }
        if (m > 12) { m = 1; ++y; }
        emit(i, j + 1, MakeDate(y, m, 1, DatePrecision::kMonth));
      } else if (unit == "week") {
        Date d = AddDays(doc, 7 * shift);
        emit(i, j + 1, d);
      }
      if (unit == "year" || unit == "month" || unit == "week") i = j;
    } else if (x == "ago" && i >= 2) {
      int k = ParseInt(w[i - 2]);
      if (w[i - 2] == "a" || w[i - 2] == "one") k = 1;
      if (w[i - 2] == "two") k = 2;
      if (w[i - 2] == "three") k = 3;
      if (k <= 0) continue;
      std::string_view unit = w[i - 1];
      if (unit == "years" || unit == "year") {
        emit(i - 2, i + 1, MakeDate(doc.year - k, 1, 1, DatePrecision::kYear));
      } else if (unit == "days" || unit == "day") {
        emit(i - 2, i + 1, AddDays(doc, -k));
      } else if (unit == "weeks" || unit == "week") {
        emit(i - 2, i + 1, AddDays(doc, -7L * k));
      } else if (unit == "months" || unit == "month") {
        int m = doc.month - k, y = doc.year;
        while (m < 1) { m += 12; --y; }
        emit(i - 2, i + 1, MakeDate(y, m, 1, DatePrecision::kMonth));
      }
    }
  }
  return out;
}

}  // namespace dyad::text
