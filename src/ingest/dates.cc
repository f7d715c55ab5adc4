#include "ingest/dates.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <vector>

#include "ingest/text_util.h"

namespace dyad {
namespace ingest {

namespace {

struct Token {
  std::string_view text;  // lowercased ASCII for words; a view into Tokens::lower
  bool is_number = false;
  std::string_view gap;  // what separates this token from the previous one
};

// The tokens of a text, their words views of one lower-cased copy of it (not a string each).
struct Tokens {
  std::string lower;
  std::vector<Token> list;
};

struct MonthName {
  std::string_view name;  // (not a const char*: MonthFromWord measured every name it compared)
  int month;
};

// English first, then the German, French and Spanish names that the development pages use.
constexpr MonthName kMonths[] = {
    {"january", 1},
    {"jan", 1},
    {"february", 2},
    {"feb", 2},
    {"march", 3},
    {"mar", 3},
    {"april", 4},
    {"apr", 4},
    {"may", 5},
    {"june", 6},
    {"jun", 6},
    {"july", 7},
    {"jul", 7},
    {"august", 8},
    {"aug", 8},
    {"september", 9},
    {"sept", 9},
    {"sep", 9},
    {"october", 10},
    {"oct", 10},
    {"november", 11},
    {"nov", 11},
    {"december", 12},
    {"dec", 12},
    {"januar", 1},
    {"februar", 2},
    {"m\xC3\xA4rz", 3},
    {"mai", 5},
    {"juni", 6},
    {"juli", 7},
    {"oktober", 10},
    {"dezember", 12},
    {"janvier", 1},
    {"f\xC3\xA9vrier", 2},
    {"mars", 3},
    {"avril", 4},
    {"juin", 6},
    {"juillet", 7},
    {"ao\xC3\xBBt", 8},
    {"septembre", 9},
    {"octobre", 10},
    {"novembre", 11},
    {"d\xC3\xA9"
     "cembre",
     12},
    {"enero", 1},
    {"febrero", 2},
    {"marzo", 3},
    {"abril", 4},
    {"mayo", 5},
    {"junio", 6},
    {"julio", 7},
    {"agosto", 8},
    {"septiembre", 9},
    {"octubre", 10},
    {"noviembre", 11},
    {"diciembre", 12},
};

// What every month name starts with and how long it is ("mai" .. "septiembre", in bytes): most
// words are turned away by these before the table is read. (Checked against the table below: a
// name added there that starts otherwise or is longer must widen them.)
constexpr std::string_view kMonthInitials = "adefjmnos";
constexpr size_t kMinMonthName = 3;
constexpr size_t kMaxMonthName = 11;
static_assert(std::ranges::all_of(kMonths, [](const MonthName& m) {
  return kMonthInitials.find(m.name[0]) != std::string_view::npos &&
         m.name.size() >= kMinMonthName && m.name.size() <= kMaxMonthName;
}));

int MonthFromWord(std::string_view word) {
  if (word.size() < kMinMonthName || word.size() > kMaxMonthName) return 0;
  if (kMonthInitials.find(word[0]) == std::string_view::npos) return 0;
  for (const MonthName& m : kMonths) {
    if (word == m.name) return m.month;
  }
  return 0;
}

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

bool ValidDate(int year, int month, int day) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  if (month == 2 && day == 29) return IsLeap(year);
  return day <= kDays[month - 1];
}

// `value`, from 0 to 99, as two digits. (Dates are written by hand: snprintf took some 1,600
// instructions for one.)
void AppendTwoDigits(int value, std::string* out) {
  out->push_back(static_cast<char>('0' + value / 10));
  out->push_back(static_cast<char>('0' + value % 10));
}

// YYYY-MM-DD of a date that ValidDate accepts.
std::string FormatDate(int year, int month, int day) {
  std::string date;
  AppendTwoDigits(year / 100, &date);
  AppendTwoDigits(year % 100, &date);
  date.push_back('-');
  AppendTwoDigits(month, &date);
  date.push_back('-');
  AppendTwoDigits(day, &date);
  return date;
}

inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Whether one of the eight bytes at `p` is from `lo` to `hi` (both below 0x80), told at once:
// for a byte b below 0x80, b + (0x80 - lo) has its high bit set when b >= lo, and
// b + (0x7F - hi) when b > hi (no sum carries into the next byte); a byte of 0x80 and up is told
// apart by its own high bit. Scans pass eight bytes of prose at a time so.
inline bool AnyByteIn(const char* p, uint8_t lo, uint8_t hi) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = kOnes * 0x80;
  uint64_t w;
  std::memcpy(&w, p, sizeof w);
  const uint64_t seven_bits = w & ~kHigh;
  return ((seven_bits + kOnes * (0x80 - lo)) & ~(seven_bits + kOnes * (0x7F - hi)) & ~w & kHigh) !=
         0;
}
// Letters of a word: ASCII letters (as std::isalpha has them in the "C" locale the program
// runs in) and any byte of a multi-byte character.
inline bool IsWordByte(unsigned char c) {
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

void Tokenize(std::string_view text, Tokens* out) {
  out->lower.clear();
  AppendAsciiLower(text, &out->lower);
  out->list.clear();
  const std::string_view lower = out->lower;
  size_t i = 0;
  size_t previous_end = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool digit = IsDigit(c);
    bool letter = IsWordByte(c);
    if (!digit && !letter) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < text.size()) {
      unsigned char d = static_cast<unsigned char>(text[i]);
      bool same = digit ? IsDigit(d) : IsWordByte(d);
      if (!same) break;
      ++i;
    }
    Token& token = out->list.emplace_back();
    token.is_number = digit;
    token.text = lower.substr(start, i - start);
    token.gap = text.substr(previous_end, start - previous_end);
    previous_end = i;
  }
}

// The value of `count` digits of `s` from `pos`.
int Digits(std::string_view s, size_t pos, size_t count) {
  int value = 0;
  for (size_t k = 0; k < count; ++k) value = value * 10 + (s[pos + k] - '0');
  return value;
}

// The value of a number token; DateAt reads none longer than four digits.
int Value(const Token& token) { return Digits(token.text, 0, token.text.size()); }

int NumberValue(const Token& token, size_t max_digits) {
  if (!token.is_number || token.text.size() > max_digits) return -1;
  return Value(token);
}

bool IsOrdinalSuffix(const Token& token) {
  return !token.is_number && token.gap.empty() &&
         (token.text == "st" || token.text == "nd" || token.text == "rd" || token.text == "th");
}

// A separator between the parts of a written-out date: spaces, commas, a dot after "Jan".
bool IsSoftGap(std::string_view gap) {
  if (gap.size() > 4) return false;
  for (char c : gap) {
    if (c != ' ' && c != ',' && c != '.' && c != '\t') return false;
  }
  return true;
}

bool IsYearToken(const Token& token) { return token.is_number && token.text.size() == 4; }

// Tries every date shape starting at tokens[i]; writes YYYY-MM-DD on success.
bool DateAt(const std::vector<Token>& tokens, size_t i, DateOrder order, std::string* out) {
  const size_t n = tokens.size();
  auto at = [&](size_t k) -> const Token* { return k < n ? &tokens[k] : nullptr; };
  const Token& first = tokens[i];

  if (first.is_number) {
    const Token* second = at(i + 1);
    const Token* third = at(i + 2);
    // 2024-03-05, 2024/03/05, 2024.03.05
    if (IsYearToken(first) && second && third && second->gap.size() == 1 &&
        second->gap == third->gap &&
        std::string_view("-/.").find(second->gap[0]) != std::string_view::npos) {
      int year = Value(first);
      int month = NumberValue(*second, 2);
      int day = NumberValue(*third, 2);
      if (ValidDate(year, month, day)) {
        *out = FormatDate(year, month, day);
        return true;
      }
    }
    // 05.03.2024, 03/05/2024: in the page's order (DateOrder), unless only one reading is a
    // date.
    if (first.text.size() <= 2 && second && third && IsYearToken(*third) &&
        second->gap.size() == 1 && second->gap == third->gap &&
        std::string_view("/.-").find(second->gap[0]) != std::string_view::npos) {
      int a = Value(first);
      int b = NumberValue(*second, 2);
      int year = Value(*third);
      bool day_first = order == DateOrder::kDayFirst ||
                       (order == DateOrder::kAsWritten && second->gap[0] != '/');
      if (a > 12) day_first = true;
      if (b > 12) day_first = false;
      int day = day_first ? a : b;
      int month = day_first ? b : a;
      if (ValidDate(year, month, day)) {
        *out = FormatDate(year, month, day);
        return true;
      }
    }
    // 19 Jan 2022, 4th of March, 2024, 19. Januar 2022
    if (first.text.size() <= 2) {
      size_t k = i + 1;
      if (at(k) && IsOrdinalSuffix(*at(k))) ++k;
      if (at(k) && at(k)->text == "of") ++k;
      const Token* month_token = at(k);
      const Token* year_token = at(k + 1);
      if (month_token && year_token && !month_token->is_number && IsSoftGap(month_token->gap) &&
          IsYearToken(*year_token) && IsSoftGap(year_token->gap)) {
        int month = MonthFromWord(month_token->text);
        int day = Value(first);
        int year = Value(*year_token);
        if (month != 0 && ValidDate(year, month, day)) {
          *out = FormatDate(year, month, day);
          return true;
        }
      }
    }
    return false;
  }

  // March 4, 2024, Jan. 19th 2022. (The day is looked at first: most words are followed by no
  // number, and that is told faster than whether the word names a month.)
  const Token* day_token = at(i + 1);
  if (!day_token || !day_token->is_number || day_token->text.size() > 2 ||
      !IsSoftGap(day_token->gap)) {
    return false;
  }
  int month = MonthFromWord(first.text);
  if (month == 0) return false;
  size_t k = i + 2;
  if (at(k) && IsOrdinalSuffix(*at(k))) ++k;
  const Token* year_token = at(k);
  if (!year_token || !IsYearToken(*year_token) || !IsSoftGap(year_token->gap)) return false;
  int day = Value(*day_token);
  int year = Value(*year_token);
  if (!ValidDate(year, month, day)) return false;
  *out = FormatDate(year, month, day);
  return true;
}

bool IsDigits(std::string_view s, size_t pos, size_t count) {
  if (pos + count > s.size()) return false;
  for (size_t k = 0; k < count; ++k) {
    if (!std::isdigit(static_cast<unsigned char>(s[pos + k]))) return false;
  }
  return true;
}

// The ISO form YYYY-MM-DD[Thh:mm[:ss[.fff]]][Z|+hh:mm] at the start of `s`.
std::string ParseIso(std::string_view s) {
  if (!IsDigits(s, 0, 4) || s.size() < 10 || s[4] != '-' || !IsDigits(s, 5, 2) || s[7] != '-' ||
      !IsDigits(s, 8, 2)) {
    return "";
  }
  int year = Digits(s, 0, 4);
  int month = Digits(s, 5, 2);
  int day = Digits(s, 8, 2);
  if (!ValidDate(year, month, day)) return "";
  std::string date = FormatDate(year, month, day);
  size_t pos = 10;
  if (pos >= s.size() || (s[pos] != 'T' && s[pos] != ' ') || !IsDigits(s, pos + 1, 2) ||
      pos + 3 >= s.size() || s[pos + 3] != ':' || !IsDigits(s, pos + 4, 2)) {
    return date;
  }
  int hour = Digits(s, pos + 1, 2);
  int minute = Digits(s, pos + 4, 2);
  int second = 0;
  pos += 6;
  if (pos < s.size() && s[pos] == ':' && IsDigits(s, pos + 1, 2)) {
    second = Digits(s, pos + 1, 2);
    pos += 3;
  }
  if (hour > 23 || minute > 59 || second > 60) return date;
  if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
    ++pos;
    while (pos < s.size() && std::isdigit(static_cast<unsigned char>(s[pos]))) ++pos;
  }
  date.push_back('T');
  AppendTwoDigits(hour, &date);
  date.push_back(':');
  AppendTwoDigits(minute, &date);
  date.push_back(':');
  AppendTwoDigits(second, &date);
  if (pos < s.size() && s[pos] == 'Z') {
    date += "Z";
  } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-') && IsDigits(s, pos + 1, 2)) {
    int offset_minutes = 0;
    if (pos + 3 < s.size() && s[pos + 3] == ':' && IsDigits(s, pos + 4, 2)) {
      offset_minutes = Digits(s, pos + 4, 2);
    } else if (IsDigits(s, pos + 3, 2)) {
      offset_minutes = Digits(s, pos + 3, 2);
    }
    date.push_back(s[pos]);
    AppendTwoDigits(Digits(s, pos + 1, 2), &date);
    date.push_back(':');
    AppendTwoDigits(offset_minutes, &date);
  }
  return date;
}

// Whether `text` holds a run of exactly four ASCII digits (none just before or after it): every
// complete date has one, its year (DateAt's shapes all need a year token, ParseIso its first
// four bytes), so text without one is told so without tokenizing it. Most lines asked about
// have none: headlines, paragraphs, bylines.
bool HasFourDigitRun(std::string_view text) {
  size_t run = 0;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      ++run;
    } else {
      if (run == 4) return true;
      run = 0;
    }
  }
  return run == 4;
}

// NormalizeDate of a trimmed value.
std::string NormalizeTrimmed(std::string_view trimmed, DateOrder order) {
  if (!HasFourDigitRun(trimmed)) return "";
  std::string iso = ParseIso(trimmed);
  if (!iso.empty()) return iso;
  return FindDateInText(trimmed, order);
}

}  // namespace

std::string FindDateInText(std::string_view text, DateOrder order) {
  // Pages can be huge; a date worth having is near where we were asked to look.
  if (text.size() > 4096) text = text.substr(0, 4096);
  if (!HasFourDigitRun(text)) return "";
  thread_local Tokens tokens;  // kept, with its room, for the next call
  Tokenize(text, &tokens);
  std::string date;
  for (size_t i = 0; i < tokens.list.size(); ++i) {
    if (DateAt(tokens.list, i, order, &date)) return date;
  }
  return "";
}

std::vector<std::string> FindDatesInText(std::string_view text, size_t max_dates, DateOrder order) {
  if (text.size() > 4096) text = text.substr(0, 4096);
  if (!HasFourDigitRun(text)) return {};
  thread_local Tokens tokens;  // kept, with its room, for the next call
  Tokenize(text, &tokens);
  std::vector<std::string> dates;
  std::string date;
  for (size_t i = 0; i < tokens.list.size() && dates.size() < max_dates; ++i) {
    if (DateAt(tokens.list, i, order, &date)) dates.push_back(date);
  }
  return dates;
}

std::string NormalizeDate(std::string_view value, DateOrder order) {
  return NormalizeTrimmed(TrimAscii(value), order);
}

int MonthOfWord(std::string_view word) {
  if (word.ends_with('.')) word.remove_suffix(1);
  if (word.size() < kMinMonthName || word.size() > kMaxMonthName) return 0;
  char lower[kMaxMonthName];
  for (size_t i = 0; i < word.size(); ++i) {
    lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[i])));
  }
  return MonthFromWord(std::string_view(lower, word.size()));
}

std::string DateFromUrl(std::string_view url) {
  for (size_t i = 0; i + 10 <= url.size(); ++i) {
    if ((url[i] != '/' && url[i] != '-') || !IsDigits(url, i + 1, 4)) continue;
    size_t pos = i + 5;
    if (pos >= url.size() || (url[pos] != '/' && url[pos] != '-')) continue;
    char sep = url[pos];
    if (!IsDigits(url, pos + 1, 2) || pos + 3 >= url.size() || url[pos + 3] != sep ||
        !IsDigits(url, pos + 4, 2)) {
      continue;
    }
    if (pos + 6 < url.size() && std::isdigit(static_cast<unsigned char>(url[pos + 6]))) continue;
    int year = Digits(url, i + 1, 4);
    int month = Digits(url, pos + 1, 2);
    int day = Digits(url, pos + 4, 2);
    if (ValidDate(year, month, day)) return FormatDate(year, month, day);
  }
  return "";
}

DateOrder DateOrderOf(std::string_view text) {
  // Every date has a year: the words just before each four-digit run say how it was written.
  // Pages can be huge, and a few hundred dates tell as much as all of them.
  constexpr size_t kWindow = 32;
  constexpr int kMaxYears = 300;
  int numeric_day = 0, numeric_month = 0, named_day = 0, named_month = 0;
  thread_local Tokens tokens;
  int years = 0;
  const size_t size = text.size();
  for (size_t i = 0; years < kMaxYears;) {
    // The next run of digits, found eight bytes at a time through text without any (a test a
    // byte was most of the cost of a page); a run of four, ending at i, is a year's.
    while (i + 8 <= size && !AnyByteIn(text.data() + i, '0', '9')) i += 8;
    while (i < size && !IsDigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i == size) break;
    const size_t run_start = i;
    while (i < size && IsDigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i - run_start != 4) continue;
    ++years;
    size_t from = i > kWindow ? i - kWindow : 0;
    Tokenize(text.substr(from, i - from), &tokens);
    const std::vector<Token>& list = tokens.list;
    const size_t n = list.size();
    if (n < 3) continue;
    const Token& year = list[n - 1];
    const Token& before = list[n - 2];
    const Token& first = list[n - 3];
    // 24/03/2025, 03.24.2025
    if (first.is_number && before.is_number && first.text.size() <= 2 && before.text.size() <= 2 &&
        before.gap.size() == 1 && before.gap == year.gap &&
        std::string_view("/.-").find(before.gap[0]) != std::string_view::npos) {
      // Only dates: not a part number ("45/12/0001") or a version ("5.13.1234").
      int a = Value(first), b = Value(before), y = Value(year);
      if (a > 12 && ValidDate(y, b, a)) ++numeric_day;
      if (b > 12 && ValidDate(y, a, b)) ++numeric_month;
      continue;
    }
    if (!IsSoftGap(year.gap)) continue;
    // 24 March 2025, 24th of March 2025; not a count before a month ("(12) February 2025", as
    // an archive lists its months).
    if (!before.is_number && MonthFromWord(before.text) != 0) {
      if (!IsSoftGap(before.gap)) continue;
      size_t k = n - 3;
      if (k > 0 && list[k].text == "of" && IsSoftGap(list[k].gap)) --k;
      if (k > 0 && IsOrdinalSuffix(list[k])) --k;
      if (list[k].is_number && list[k].text.size() <= 2 &&
          ValidDate(Value(year), MonthFromWord(before.text), Value(list[k])))
        ++named_day;
      continue;
    }
    // March 24, 2025, March 24th 2025
    size_t k = n - 2;
    if (IsOrdinalSuffix(list[k]) && k > 0) --k;
    if (k > 0 && list[k].is_number && list[k].text.size() <= 2 && !list[k - 1].is_number &&
        MonthFromWord(list[k - 1].text) != 0) {
      ++named_month;
    }
  }
  if (numeric_day != numeric_month) {
    return numeric_day > numeric_month ? DateOrder::kDayFirst : DateOrder::kMonthFirst;
  }
  // Named months say less: "December 02, 2025" is a template's choice as often as the
  // writer's, and beside it "02-12-2025" is still the 2nd of December. Day-first names make
  // slashes day first too; month-first names leave dots and dashes day first, as written.
  return named_day > named_month ? DateOrder::kDayFirst : DateOrder::kAsWritten;
}

bool MayHoldDayMonthYear(std::string_view text) {
  // DateAt's second shape: at most two digits, a separator, digits, the same separator and the
  // year's four digits. (Four or more here: FindDateInText may cut a longer run short.)
  auto is_digit = [&text](size_t k) { return IsDigit(static_cast<unsigned char>(text[k])); };
  for (size_t i = 1; i + 1 < text.size(); ++i) {
    // (The separators, '-', '.' and '/', are 0x2D to 0x2F: prose has few.)
    while (i + 8 <= text.size() && !AnyByteIn(text.data() + i, '-', '/')) i += 8;
    if (i + 1 >= text.size()) break;
    const char sep = text[i];
    if ((sep != '/' && sep != '.' && sep != '-') || !is_digit(i - 1) || !is_digit(i + 1)) continue;
    if (i >= 3 && is_digit(i - 2) && is_digit(i - 3)) continue;
    size_t j = i + 1;
    while (j < text.size() && is_digit(j)) ++j;
    if (j >= text.size() || text[j] != sep) continue;
    size_t year_end = j + 1;
    while (year_end < text.size() && is_digit(year_end)) ++year_end;
    if (year_end - (j + 1) >= 4) return true;
  }
  return false;
}

DateOrder DateOrderOfLanguage(std::string_view language) {
  // A language tag: language, then perhaps a four-letter script, then perhaps a region
  // ("en-Latn-GB", "en_GB.UTF-8").
  std::string lower = AsciiLower(TrimAscii(language));
  std::vector<std::string_view> subtags;
  size_t start = 0;
  for (size_t i = 0; i <= lower.size(); ++i) {
    if (i == lower.size() || lower[i] == '-' || lower[i] == '_' || lower[i] == '.') {
      subtags.push_back(std::string_view(lower).substr(start, i - start));
      start = i + 1;
    }
  }
  std::string_view primary = subtags.empty() ? "" : subtags[0];
  if (primary.size() < 2 || primary.size() > 3 ||
      !std::all_of(primary.begin(), primary.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
      primary == "und" || primary == "zxx" || primary == "mul") {
    return DateOrder::kAsWritten;  // no language named ("und", "x-default", "{{lang}}")
  }
  // Other languages put the day first; English does outside North America. (The United States'
  // "en-US" says little: it is what a publishing system writes unless told otherwise.)
  if (primary != "en") return DateOrder::kDayFirst;
  size_t k = 1;
  if (k < subtags.size() && subtags[k].size() == 4) ++k;  // a script
  if (k >= subtags.size() || subtags[k].size() != 2) return DateOrder::kAsWritten;
  for (std::string_view region : {"us", "ca", "ph", "um", "pr", "as", "gu", "vi", "mp"}) {
    if (subtags[k] == region) return DateOrder::kAsWritten;
  }
  return DateOrder::kDayFirst;
}

bool IsDateLine(std::string_view line, DateOrder order) {
  return !DateOfDateLine(line, order).empty();
}

std::string DateOfDateLine(std::string_view line, DateOrder order) {
  std::string_view trimmed = TrimAscii(line);
  if (trimmed.empty() || trimmed.size() > 90) return "";
  if (!HasFourDigitRun(trimmed)) return "";
  // NormalizeDate(trimmed), with the tokens that the test of its other words reads too (the
  // line was tokenized for each).
  thread_local Tokens line_tokens;  // kept, with its room, for the next call
  Tokenize(trimmed, &line_tokens);
  const std::vector<Token>& tokens = line_tokens.list;
  std::string date = ParseIso(trimmed);
  for (size_t i = 0; date.empty() && i < tokens.size(); ++i) {
    if (DateAt(tokens, i, order, &date)) break;
  }
  if (date.empty()) return "";
  static constexpr std::string_view kFiller[] = {"published",   "updated", "posted",
                                                 "on",          "at",      "last",
                                                 "modified",    "date",    "am",
                                                 "pm",          "gmt",     "utc",
                                                 "est",         "edt",     "cst",
                                                 "cdt",         "pst",     "pdt",
                                                 "bst",         "cet",     "cest",
                                                 "ist",         "the",     "of",
                                                 "st",          "nd",      "rd",
                                                 "th",          "t",       "z",
                                                 "monday",      "tuesday", "wednesday",
                                                 "thursday",    "friday",  "saturday",
                                                 "sunday",      "mon",     "tue",
                                                 "wed",         "thu",     "fri",
                                                 "sat",         "sun",     "first",
                                                 "am",          "uhr",     "le",
                                                 "el",          "de",      "publi\xC3\xA9",
                                                 "aktualisiert"};
  for (const Token& token : tokens) {
    if (token.is_number || MonthFromWord(token.text) != 0) continue;
    bool filler = false;
    for (std::string_view f : kFiller) filler = filler || token.text == f;
    if (!filler) return "";
  }
  return date;
}

}  // namespace ingest
}  // namespace dyad
