#include "ingest/text_util.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstring>
#include <limits>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "ingest/dates.h"

namespace dyad {
namespace ingest {

namespace {

bool IsUnicodeSpace(uint32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

bool IsInvisible(uint32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0xAD;
}

// Code points 0x80-0x9F of windows-1252; zero marks the five undefined bytes, which browsers
// map to the C1 control of the same value.
constexpr std::array<uint16_t, 32> kWindows1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

struct NamedEntity {
  const char* name;
  uint32_t code_point;
};

constexpr NamedEntity kNamedEntities[] = {
    {"amp", '&'},       {"lt", '<'},       {"gt", '>'},       {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},     {"ndash", 0x2013}, {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"sbquo", 0x201A},  {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"hellip", 0x2026},
    {"copy", 0xA9},     {"reg", 0xAE},     {"trade", 0x2122}, {"euro", 0x20AC},  {"pound", 0xA3},
    {"yen", 0xA5},      {"cent", 0xA2},    {"laquo", 0xAB},   {"raquo", 0xBB},   {"middot", 0xB7},
    {"bull", 0x2022},   {"deg", 0xB0},     {"shy", 0xAD},     {"eacute", 0xE9},  {"egrave", 0xE8},
    {"aacute", 0xE1},   {"agrave", 0xE0},  {"iacute", 0xED},  {"oacute", 0xF3},  {"uacute", 0xFA},
    {"ntilde", 0xF1},   {"ccedil", 0xE7},  {"auml", 0xE4},    {"ouml", 0xF6},    {"uuml", 0xFC},
    {"szlig", 0xDF},    {"Eacute", 0xC9},  {"Auml", 0xC4},    {"Ouml", 0xD6},    {"Uuml", 0xDC},
    {"thinsp", 0x2009}, {"ensp", 0x2002},  {"emsp", 0x2003},  {"zwj", 0x200D},   {"zwnj", 0x200C},
    {"times", 0xD7},    {"frac12", 0xBD},
};

bool StartsWithLower(std::string_view lower, std::string_view prefix) {
  return lower.substr(0, prefix.size()) == prefix;
}

// memmem rather than std::string_view::find, which stops at every occurrence of the part's
// first letter ("a" of "all rights reserved") to compare the rest: these tests run over every
// paragraph of every page.
bool Contains(std::string_view s, std::string_view part) {
  if (part.empty()) return true;
  if (s.size() < part.size()) return false;
  return memmem(s.data(), s.size(), part.data(), part.size()) != nullptr;
}

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }

// True for a word that may start a proper name: capitalised ASCII, or any non-ASCII letter
// (whose case we do not try to decide).
bool StartsLikeName(std::string_view word) {
  if (word.empty()) return false;
  unsigned char c = static_cast<unsigned char>(word[0]);
  return IsAsciiUpper(word[0]) || c >= 0x80;
}

std::vector<std::string_view> SplitSpaces(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) words.push_back(s.substr(start, i - start));
  }
  return words;
}

}  // namespace

void AppendUtf8(uint32_t c, std::string* out) {
  if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

bool DecodeUtf8(std::string_view s, size_t* pos, uint32_t* code_point) {
  size_t i = *pos;
  unsigned char b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    *code_point = b0;
    *pos = i + 1;
    return true;
  }
  size_t length;
  uint32_t c;
  uint32_t min;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2, c = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3, c = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4, c = b0 & 0x07, min = 0x10000;
  } else {
    *pos = i + 1;
    return false;
  }
  if (i + length > s.size()) {
    *pos = i + 1;
    return false;
  }
  for (size_t k = 1; k < length; ++k) {
    unsigned char b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      *pos = i + 1;
      return false;
    }
    c = (c << 6) | (b & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
    *pos = i + 1;
    return false;
  }
  *code_point = c;
  *pos = i + length;
  return true;
}

namespace {

inline bool IsDroppedControl(unsigned char c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

// Length of the run of ASCII bytes at the start of `s`, eight at a time: pages are mostly ASCII
// and this pass runs over every byte of every page. Control characters that SanitizeUtf8 drops
// are counted in `*control`.
size_t AsciiPrefix(std::string_view s, size_t* control) {
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  constexpr uint64_t kSpaces = 0x2020202020202020ULL;
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time where the processor has SSE2 (every x86-64): a byte from 0x80 up
  // is negative as a signed byte, so one comparison finds it and the bytes below 0x20 alike.
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    if (_mm_movemask_epi8(bytes) != 0) break;  // not all ASCII: the words below find where
    const int below_space = _mm_movemask_epi8(_mm_cmplt_epi8(bytes, _mm_set1_epi8(0x20)));
    if (below_space != 0) {
      // Mostly newlines and tabs, which stay: the bytes are looked at one by one only when
      // another is among them.
      const int kept =
          _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\t')),
                                                      _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\n'))),
                                         _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\r'))));
      if ((below_space & ~kept) != 0) {
        for (size_t k = 0; k < 16; ++k) {
          *control += IsDroppedControl(static_cast<unsigned char>(s[i + k]));
        }
      }
    }
  }
#endif
  while (i + 8 <= s.size()) {
    uint64_t word;
    std::memcpy(&word, s.data() + i, 8);
    if (word & kHigh) break;
    // Some byte is below 0x20 (all are ASCII here): usually a tab or a newline.
    if ((word - kSpaces) & ~word & kHigh) {
      for (size_t k = 0; k < 8; ++k) {
        *control += IsDroppedControl(static_cast<unsigned char>(s[i + k]));
      }
    }
    i += 8;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) {
    *control += IsDroppedControl(static_cast<unsigned char>(s[i]));
    ++i;
  }
  return i;
}

// The byte from 0x80 to 0xBF that `c` was, in text read as windows-1252 or latin-1 and written
// as UTF-8; -1 for any other character.
int ContinuationByteOf(uint32_t c) {
  if (c >= 0x80 && c <= 0xBF) return static_cast<int>(c);
  if (c < 0x152 || c > 0x2122) return -1;  // the range of kWindows1252High
  for (size_t k = 0; k < kWindows1252High.size(); ++k) {
    if (kWindows1252High[k] == c) return static_cast<int>(0x80 + k);
  }
  return -1;
}

// One pass of RepairMojibake; `*changed` is set when it changed anything.
std::string RepairMojibakeOnce(std::string_view s, bool* changed) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      size_t end = pos + 1;
      while (end < s.size() && static_cast<unsigned char>(s[end]) < 0x80) ++end;
      out.append(s.substr(pos, end - pos));
      pos = end;
      continue;
    }
    const size_t start = pos;
    uint32_t c;
    if (!DecodeUtf8(s, &pos, &c)) {
      out.append(s.substr(start, pos - start));
      continue;
    }
    if (c >= 0xC2 && c <= 0xF4) {
      const size_t length = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      char bytes[4] = {static_cast<char>(c), 0, 0, 0};
      bool c1_control = false;   // a character from U+0080 to U+009F
      bool punctuation = false;  // a windows-1252 mark for a byte from 0x80 to 0x9F
      size_t next = pos;
      size_t k = 1;
      for (; k < length && next < s.size(); ++k) {
        uint32_t d;
        if (!DecodeUtf8(s, &next, &d)) break;
        const int byte = ContinuationByteOf(d);
        if (byte < 0) break;
        c1_control = c1_control || d <= 0x9F;
        punctuation = punctuation || d > 0xFF;
        bytes[k] = static_cast<char>(byte);
      }
      // Two characters from a capital with an accent and a symbol could be text ("CAFÉ”" in
      // a headline, "Straße“"): only a C1 control, which text never holds, makes them
      // mojibake. "Â" and "Ã" before a symbol are mojibake too ("Ã©" is "é", "Â£5" is
      // "£5"), as part of a word or a number; standing alone they are more likely quoted
      // ('I saw "Ã¤" instead of "ä"'), and "Ã" before a no-break space is Portuguese.
      auto is_alnum = [](char ch) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
      };
      const bool in_word =
          (start > 0 && is_alnum(s[start - 1])) || (next < s.size() && is_alnum(s[next]));
      const bool plausible = c1_control || (length > 2 && punctuation) ||
                             (length == 2 && (c == 0xC2 || c == 0xC3) && (punctuation || in_word) &&
                              !(c == 0xC3 && bytes[1] == '\xA0'));
      if (k == length && plausible) {
        const std::string_view sequence(bytes, length);
        size_t at = 0;
        uint32_t repaired;
        if (DecodeUtf8(sequence, &at, &repaired) && at == length) {
          out.append(sequence);
          pos = next;
          *changed = true;
          continue;
        }
      }
    }
    if (c >= 0x80 && c <= 0x9F) {
      const uint16_t mapped = kWindows1252High[c - 0x80];
      if (mapped != 0) AppendUtf8(mapped, &out);
      *changed = true;
      continue;
    }
    out.append(s.substr(start, pos - start));
  }
  return out;
}

}  // namespace

Utf8Census CountUtf8(std::string_view s) {
  Utf8Census census;
  size_t pos = 0;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      pos += AsciiPrefix(s.substr(pos), &census.control);
      continue;
    }
    uint32_t c;
    if (DecodeUtf8(s, &pos, &c)) {
      ++census.multibyte;
      if (c <= 0x9F) {
        ++census.mojibake;  // a C1 control
      } else if (c >= 0xC2 && c <= 0xF4 && pos < s.size()) {
        size_t next = pos;
        uint32_t d;
        if (DecodeUtf8(s, &next, &d) && ContinuationByteOf(d) >= 0) ++census.mojibake;
      }
    } else {
      ++census.invalid;
    }
  }
  return census;
}

std::string SanitizeUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[pos]);
    if (b < 0x80) {
      // Copy the run of acceptable ASCII in one go; byte-wise appends dominated the profile.
      // The run is measured eight bytes at a time where none has its high bit set or is below
      // 0x20, and a byte at a time where one does (a newline, which stays in the run), then
      // eight at a time again: a newline does not send the rest of the text byte by byte.
      constexpr uint64_t kHigh = 0x8080808080808080ULL;
      constexpr uint64_t kSpaces = 0x2020202020202020ULL;
      size_t end = pos;
      while (end < s.size()) {
        if (end + 8 <= s.size()) {
          uint64_t word;
          std::memcpy(&word, s.data() + end, 8);
          if (!(word & kHigh) && !((word - kSpaces) & ~word & kHigh)) {
            end += 8;
            continue;
          }
        }
        unsigned char c = static_cast<unsigned char>(s[end]);
        if (c >= 0x80 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')) break;
        ++end;
      }
      if (end == pos) {
        ++pos;  // a control character: dropped
        continue;
      }
      out.append(s.data() + pos, end - pos);
      pos = end;
      continue;
    }
    size_t start = pos;
    uint32_t c;
    if (DecodeUtf8(s, &pos, &c)) {
      out.append(s.substr(start, pos - start));
    } else {
      AppendUtf8(0xFFFD, &out);
    }
  }
  return out;
}

std::string Windows1252ToUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char ch : s) {
    unsigned char b = static_cast<unsigned char>(ch);
    if (b < 0x80) {
      out.push_back(ch);
    } else if (b < 0xA0) {
      uint16_t mapped = kWindows1252High[b - 0x80];
      AppendUtf8(mapped != 0 ? mapped : b, &out);
    } else {
      AppendUtf8(b, &out);
    }
  }
  return out;
}

bool HasUtf16Bom(std::string_view s) {
  return s.size() >= 2 &&
         ((s[0] == '\xFF' && s[1] == '\xFE') || (s[0] == '\xFE' && s[1] == '\xFF'));
}

std::string Utf16ToUtf8(std::string_view s) {
  if (!HasUtf16Bom(s)) return std::string(s);
  const bool big_endian = s[0] == '\xFE';
  s.remove_prefix(2);
  auto unit = [&s, big_endian](size_t i) {
    const uint32_t first = static_cast<unsigned char>(s[i]);
    const uint32_t second = static_cast<unsigned char>(s[i + 1]);
    return big_endian ? (first << 8) | second : (second << 8) | first;
  };
  std::string out;
  out.reserve(s.size() / 2 + s.size() / 8);
  const size_t units = s.size() / 2;
  for (size_t k = 0; k < units; ++k) {
    uint32_t c = unit(2 * k);
    if (c >= 0xD800 && c < 0xDC00 && k + 1 < units) {
      const uint32_t low = unit(2 * (k + 1));
      if (low >= 0xDC00 && low < 0xE000) {
        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
        ++k;
      }
    }
    AppendUtf8(c, &out);  // (a surrogate left alone becomes U+FFFD there)
  }
  return out;
}

namespace {

// Whether the run loop of CollapseWhitespace takes the eight bytes at `p` whole: all ASCII, none
// below 0x20 (a tab, a newline or other white space but ' ', or a control byte, which the loop
// takes a byte at a time), no two spaces together and no space last (a space is taken with the
// byte after it, which must be no white space). Eight bytes at a time: every byte of every line
// of a scraped page passes here. *space_last: whether the bytes would be taken but for a space
// last (then taken with the byte after the eight when that one is plain: about one word in six
// of prose ends in a space).
bool PlainWord(const char* p, bool* space_last) {
  *space_last = false;
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  constexpr uint64_t kLow7 = kOnes * 0x7F;
  uint64_t w;
  std::memcpy(&w, p, 8);
  if (w & kHigh) return false;
  // Some byte below 0x20 (exact for ASCII bytes): '\t' to '\r', which the run stops at, or
  // another control byte, rare, which the loop then takes a byte at a time.
  if ((w - kOnes * 0x20) & ~w & kHigh) return false;
  // The spaces, a high bit each (exact: no carry crosses a byte).
  const uint64_t x = w ^ (kOnes * ' ');
  const uint64_t spaces = ~(((x & kLow7) + kLow7) | x) & kHigh;
  // The last byte's bit: the top one when the word was read little-endian.
  constexpr uint64_t kLast =
      std::endian::native == std::endian::little ? uint64_t{0x80} << 56 : 0x80;
  if ((spaces & (spaces >> 8)) != 0) return false;
  *space_last = (spaces & kLast) != 0;
  return !*space_last;
}

#if defined(__SSE2__)
// PlainWord for sixteen bytes, with SSE2: all ASCII, none below 0x20, no two spaces together
// and no space last. (A byte from 0x80 up is negative as a signed byte: one comparison finds it
// and the bytes below 0x20.) Half the steps of PlainWord, each fewer instructions.
bool PlainBlock(const char* p) {
  const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const int other = _mm_movemask_epi8(_mm_cmplt_epi8(bytes, _mm_set1_epi8(0x20)));
  const int spaces = _mm_movemask_epi8(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(' ')));
  return other == 0 && (spaces & ((spaces >> 1) | 0x8000)) == 0;
}

// How many of the sixteen bytes at `p`, from the first, are ASCII white space (' ', '\t' to
// '\r'), with SSE2. (A byte from 0x80 up is negative as a signed byte: above none of them.)
size_t LeadingWhiteBytes(const char* p) {
  const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i white = _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(' ')),
                                     _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8('\t' - 1)),
                                                   _mm_cmplt_epi8(bytes, _mm_set1_epi8('\r' + 1))));
  const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(white));
  return static_cast<size_t>(std::countr_zero(~mask));
}
#endif

}  // namespace

std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  CollapseWhitespaceInto(s, &out);
  return out;
}

void CollapseWhitespaceInto(std::string_view s, std::string* out_string) {
  std::string& out = *out_string;
  out.clear();
  out.reserve(s.size());
  bool pending_space = false;
  size_t pos = 0;
  while (pos < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[pos]);
    if (b < 0x80) {
      // ASCII, the common case, without the decoder.
      auto white = [](unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
      if (white(b)) {
        // The whole run at once: pages indent their markup, and the page's text keeps it. (A
        // long run sixteen bytes at a time: a test a byte was most of this function's cost on
        // pages.)
        do {
          ++pos;
#if defined(__SSE2__)
          if (pos + 16 <= s.size()) {
            const size_t n = LeadingWhiteBytes(s.data() + pos);
            pos += n;
            if (n < 16) break;
          }
#endif
        } while (pos < s.size() && white(static_cast<unsigned char>(s[pos])));
        pending_space = !out.empty();
        continue;
      }
      if (pending_space) out.push_back(' ');
      pending_space = false;
      // The run of ASCII that needs no change, copied at once. A single space between two
      // such bytes needs none either (it is what the loop would write for it), so the run goes
      // on past it: a paragraph is copied in a few appends rather than one per word.
      auto plain = [](unsigned char c) { return c < 0x80 && c != ' ' && (c < '\t' || c > '\r'); };
      size_t end = pos + 1;
      while (end < s.size()) {
#if defined(__SSE2__)
        if (end + 16 <= s.size() && PlainBlock(s.data() + end)) {
          end += 16;
          continue;
        }
#endif
        if (end + 8 <= s.size()) {
          bool space_last;
          if (PlainWord(s.data() + end, &space_last)) {
            end += 8;
            continue;
          }
          // The eight bytes and the one after them, which the space last is taken with.
          if (space_last && end + 9 <= s.size() &&
              plain(static_cast<unsigned char>(s[end + 8]))) {
            end += 9;
            continue;
          }
        }
        const auto c = static_cast<unsigned char>(s[end]);
        if (plain(c)) {
          ++end;
        } else if (c == ' ' && end + 1 < s.size() &&
                   plain(static_cast<unsigned char>(s[end + 1]))) {
          end += 2;
        } else {
          break;
        }
      }
      out.append(s.data() + pos, end - pos);
      pos = end;
      continue;
    }
    size_t start = pos;
    uint32_t c;
    if (!DecodeUtf8(s, &pos, &c)) {
      c = 0xFFFD;
    }
    if (IsUnicodeSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (IsInvisible(c)) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    if (c == 0xFFFD && pos - start == 1) {
      AppendUtf8(c, &out);
    } else {
      out.append(s.substr(start, pos - start));
    }
  }
}

std::string RepairMojibake(std::string_view s) {
  bool changed = false;
  std::string once = RepairMojibakeOnce(s, &changed);
  if (!changed) return once;
  changed = false;
  std::string twice = RepairMojibakeOnce(once, &changed);
  return changed ? twice : once;
}

std::string DecodeHtmlEntities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '&') {
      out.push_back(s[i++]);
      continue;
    }
    size_t semi = s.find(';', i + 1);
    if (semi != std::string_view::npos && semi - i <= 10) {
      std::string_view name = s.substr(i + 1, semi - i - 1);
      if (!name.empty() && name[0] == '#') {
        uint32_t value = 0;
        bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
        std::string_view digits = name.substr(hex ? 2 : 1);
        bool ok = !digits.empty();
        for (char d : digits) {
          int v;
          if (d >= '0' && d <= '9') {
            v = d - '0';
          } else if (hex && d >= 'a' && d <= 'f') {
            v = d - 'a' + 10;
          } else if (hex && d >= 'A' && d <= 'F') {
            v = d - 'A' + 10;
          } else {
            ok = false;
            break;
          }
          value = value * (hex ? 16 : 10) + v;
          if (value > 0x10FFFF) value = 0xFFFD;
        }
        if (ok) {
          // Pages written in windows-1252 often escape its bytes as if they were code points.
          if (value >= 0x80 && value < 0xA0 && kWindows1252High[value - 0x80] != 0) {
            value = kWindows1252High[value - 0x80];
          }
          AppendUtf8(value == 0 ? 0xFFFD : value, &out);
          i = semi + 1;
          continue;
        }
      } else {
        bool found = false;
        for (const NamedEntity& entity : kNamedEntities) {
          if (name == entity.name) {
            AppendUtf8(entity.code_point, &out);
            found = true;
            break;
          }
        }
        if (found) {
          i = semi + 1;
          continue;
        }
      }
    }
    out.push_back(s[i++]);
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out;
  AppendAsciiLower(s, &out);
  return out;
}

namespace {

// `w` with its bytes from 'A' to 'Z' in lower case and the others as they are: for a byte b below
// 0x80, b + (0x80 - 'A') has its high bit set when b >= 'A', and b + (0x7F - 'Z') when b > 'Z'
// (no sum carries into the next byte); a byte of 0x80 and up is told apart by its own high bit.
// The bits found, moved to 0x20, turn the capitals into small letters.
uint64_t LowerAsciiBytes(uint64_t w) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = kOnes * 0x80;
  const uint64_t seven_bits = w & ~kHigh;
  const uint64_t upper =
      (seven_bits + kOnes * (0x80 - 'A')) & ~(seven_bits + kOnes * (0x7F - 'Z')) & ~w & kHigh;
  return w | (upper >> 2);
}

}  // namespace

void AppendAsciiLower(std::string_view s, std::string* out) {
  const size_t start = out->size();
  out->append(s);
  char* const lower = out->data() + start;
  const size_t n = s.size();
  size_t i = 0;
  // The bytes are lowered a word at a time, those after the last whole word as the string's
  // last word, whose bytes lowered twice stay so: a byte at a time, the few bytes after the last
  // whole word cost more than the words of the short strings that most are (class and id values,
  // headlines, dates: pages ask this of every element).
  auto lower8 = [](char* p) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    w = LowerAsciiBytes(w);
    std::memcpy(p, &w, 8);
  };
#if defined(__SSE2__)
  // Sixteen bytes at a time where the processor has SSE2 (every x86-64): 0x20 added to the
  // bytes from 'A' to 'Z'. Signed comparisons suffice: a byte from 0x80 up is negative as a
  // signed byte, never in the range.
  auto lower16 = [](char* p) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8('A' - 1)),
                                        _mm_cmplt_epi8(bytes, _mm_set1_epi8('Z' + 1)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p),
                     _mm_add_epi8(bytes, _mm_and_si128(upper, _mm_set1_epi8('a' - 'A'))));
  };
  for (; i + 16 <= n; i += 16) lower16(lower + i);
  if (i == n) return;
  if (n >= 16) {
    lower16(lower + n - 16);
    return;
  }
#endif
  for (; i + 8 <= n; i += 8) lower8(lower + i);
  if (i == n) return;
  if (n >= 8) {
    lower8(lower + n - 8);
    return;
  }
  if (n >= 4) {
    // Its first four bytes and its last four.
    for (char* p : {lower, lower + n - 4}) {
      uint32_t w;
      std::memcpy(&w, p, 4);
      w = static_cast<uint32_t>(LowerAsciiBytes(w));
      std::memcpy(p, &w, 4);
    }
    return;
  }
  for (; i < n; ++i) {
    if (lower[i] >= 'A' && lower[i] <= 'Z') lower[i] = static_cast<char>(lower[i] - 'A' + 'a');
  }
}

std::string_view TrimAscii(std::string_view s) {
  size_t begin = 0;
  size_t end = s.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(s[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(s[end - 1]))) --end;
  return s.substr(begin, end - begin);
}

bool ContainsWord(std::string_view haystack, std::string_view word) {
  size_t pos = 0;
  while ((pos = haystack.find(word, pos)) != std::string_view::npos) {
    bool left_ok = pos == 0 || !std::isalnum(static_cast<unsigned char>(haystack[pos - 1]));
    size_t end = pos + word.size();
    bool right_ok =
        end >= haystack.size() || !std::isalnum(static_cast<unsigned char>(haystack[end]));
    if (left_ok && right_ok) return true;
    ++pos;
  }
  return false;
}

size_t CountWords(std::string_view s) {
  return CountWordsUpTo(s, std::numeric_limits<size_t>::max());
}

namespace {

// Bytes of words for CountWords: ASCII letters and digits, and any byte of a multi-byte
// character. A table, as the test runs on every byte of every line of a page.
constexpr std::array<bool, 256> kWordCountByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
  }
  return t;
}();

}  // namespace

size_t CountWordsUpTo(std::string_view s, size_t limit) {
  size_t words = 0;
  bool in_word = false;
  size_t i = 0;
  // Eight bytes at a time while the count stays within the limit: each byte's high bit set
  // when it is a byte of a word (as kWordCountByte says: a letter or digit in the low seven
  // bits of an ASCII byte, or a byte of 0x80 and up), and a word starts at such a byte after
  // one that is not. (A range test on seven-bit bytes: adding 0x80 - lo sets the high bit from
  // lo up, and no sum carries into the next byte.)
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = kOnes * 0x80, kLow7 = kOnes * 0x7F;
  auto in_range = [](uint64_t seven_bits, uint8_t lo, uint8_t hi) {
    return (seven_bits + kOnes * (0x80 - lo)) & ~(seven_bits + kOnes * (0x80 - hi - 1)) & kHigh;
  };
  for (; std::endian::native == std::endian::little && i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    const uint64_t seven = w & kLow7;
    const uint64_t word_bytes = (w & kHigh) | in_range((w | kOnes * 0x20) & kLow7, 'a', 'z') |
                                in_range(seven, '0', '9');
    // The byte before each: the one eight bits down (little-endian), or the last one read.
    const uint64_t before = (word_bytes << 8) | (in_word ? 0x80 : 0);
    // (The starts' high bits summed by a multiplication into the top byte: without a
    // popcount instruction in the baseline x86-64, std::popcount is a call.)
    const size_t starts = static_cast<size_t>((((word_bytes & ~before) >> 7) * kOnes) >> 56);
    if (words + starts > limit) return limit + 1;
    words += starts;
    in_word = (word_bytes >> 63) != 0;
  }
  for (; i < s.size(); ++i) {
    const bool word_char = kWordCountByte[static_cast<unsigned char>(s[i])];
    if (word_char && !in_word && ++words > limit) break;
    in_word = word_char;
  }
  return words;
}

namespace {

// Contains(s, part), found by the occurrences of part[anchor], a letter rare in prose: memchr
// jumps from one to the next where memmem tries every position. For the fixed phrases the line
// tests look for in every paragraph of every page.
bool ContainsBy(std::string_view s, std::string_view part, size_t anchor) {
  if (s.size() < part.size()) return false;
  // part may start at 0 .. s.size() - part.size(), so its anchor at anchor .. that + anchor.
  const char* p = s.data() + anchor;
  const char* const last = s.data() + (s.size() - part.size()) + anchor;
  while (p <= last) {
    const void* hit = std::memchr(p, part[anchor], static_cast<size_t>(last - p) + 1);
    if (hit == nullptr) return false;
    const char* at = static_cast<const char*>(hit);
    // (The part's first byte before the call: an anchor of prose is seldom the phrase's.)
    if (at[-static_cast<std::ptrdiff_t>(anchor)] == part[0] &&
        std::memcmp(at - anchor, part.data(), part.size()) == 0) {
      return true;
    }
    p = at + 1;
  }
  return false;
}

// Whether `s` holds "cookie", "privacy" or "all rights reserved" in any ASCII case, without a
// lower-cased copy: each occurrence of their rarest letters, the 'k' of the one and the 'v' of
// the others, in either case, is compared with them byte by byte in lower case. The letters
// are found sixteen bytes at a time where the processor has SSE2 (every x86-64), both in one
// pass (a search for each letter in each case read the line four times).
bool HoldsNoticePhrase(std::string_view s) {
  // Whether `phrase` stands in `s` with its letter `anchor` at s[at].
  auto stands_at = [&](size_t at, std::string_view phrase, size_t anchor) {
    return at >= anchor && EqualsLowerAscii(s.substr(at - anchor, phrase.size()), phrase);
  };
  // (A byte ORed with 0x20 is 'k' or 'v' only when it is that letter in either case.)
  auto phrase_at = [&](size_t at) {
    const char c = static_cast<char>(s[at] | 0x20);
    if (c == 'k') return stands_at(at, "cookie", 3);
    if (c == 'v') return stands_at(at, "privacy", 3) || stands_at(at, "all rights reserved", 16);
    return false;
  };
  size_t i = 0;
#if defined(__SSE2__)
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i folded = _mm_or_si128(
        _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i)), _mm_set1_epi8(0x20));
    unsigned letters = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(
        _mm_cmpeq_epi8(folded, _mm_set1_epi8('k')), _mm_cmpeq_epi8(folded, _mm_set1_epi8('v')))));
    for (; letters != 0; letters &= letters - 1) {
      if (phrase_at(i + static_cast<size_t>(std::countr_zero(letters)))) return true;
    }
  }
#endif
  for (; i < s.size(); ++i) {
    if (phrase_at(i)) return true;
  }
  return false;
}

// ASCII lower case in place, eight bytes at a time: every line of a page is lower-cased for
// the tests below. (In each byte of a word: with its high bit cleared, adding 0x80 - 'A' sets
// the high bit from 'A' up and adding 0x80 - 'Z' - 1 from past 'Z'; a byte with its own high
// bit set is not ASCII and stays. An upper-case letter gets 0x20.)
void LowerAscii(std::string* s) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  char* p = s->data();
  const size_t n = s->size();
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    const uint64_t low = w & ~kHigh;
    const uint64_t from_a = low + kOnes * (0x80 - 'A');
    const uint64_t past_z = low + kOnes * (0x80 - 'Z' - 1);
    const uint64_t upper = from_a & ~past_z & ~w & kHigh;
    w |= upper >> 2;
    std::memcpy(p + i, &w, 8);
  }
  for (; i < n; ++i) {
    if (p[i] >= 'A' && p[i] <= 'Z') p[i] = static_cast<char>(p[i] - 'A' + 'a');
  }
}

// Contains(s, "privacy preferences") || Contains(s, "your online privacy"), in one pass over
// the occurrences of "privacy" (found by its 'v', as ContainsBy does) rather than one search
// of the line for each.
bool ContainsPrivacyNotice(std::string_view s) {
  constexpr std::string_view kPrivacy = "privacy";
  constexpr size_t kAnchor = 3;  // the 'v'
  constexpr std::string_view kBefore = "your online ", kAfter = " preferences";
  for (size_t v = kAnchor; (v = s.find('v', v)) != std::string_view::npos; ++v) {
    const size_t at = v - kAnchor;
    if (s.substr(at, kPrivacy.size()) != kPrivacy) continue;
    if (s.substr(at + kPrivacy.size()).starts_with(kAfter)) return true;
    if (at >= kBefore.size() && s.substr(at - kBefore.size(), kBefore.size()) == kBefore) {
      return true;
    }
  }
  return false;
}

}  // namespace

void TrimmedLower(std::string_view line, std::string* out) {
  out->assign(TrimAscii(line));
  LowerAscii(out);
}

// (As IsBoilerplateLower: IsPlainProse makes the same tests without the lower-cased copy.)
bool IsCopyrightLower(std::string_view lower) {
  if (lower.size() > 300) return false;
  return StartsWithLower(lower, "\xC2\xA9") || StartsWithLower(lower, "copyright") ||
         StartsWithLower(lower, "(c) ") || ContainsBy(lower, "all rights reserved", 6);
}

bool IsPlainProse(std::string_view line) {
  const std::string_view trimmed = TrimAscii(line);
  // More than 20 words: no exact furniture line (the longest has 5), no prompt (16 at most) and
  // no newsletter notice (20 at most). (Words are counted alike in either case.)
  if (CountWordsUpTo(trimmed, 20) <= 20) return false;
  // What is left of the tests: a copyright notice's start or its phrase, and the cookie and
  // privacy notices, each of which needs its word.
  auto starts_any_case = [&trimmed](std::string_view prefix) {
    return EqualsLowerAscii(trimmed.substr(0, prefix.size()), prefix);
  };
  if (starts_any_case("\xC2\xA9") || starts_any_case("copyright") || starts_any_case("(c) ")) {
    return false;
  }
  return !HoldsNoticePhrase(trimmed);
}

bool IsCopyrightLine(std::string_view line) {
  std::string_view trimmed = TrimAscii(line);
  if (trimmed.size() > 300) return false;  // as IsCopyrightLower, without the copy
  // Asked of every line of a page: the lower-cased copy reuses one buffer.
  thread_local std::string lower_buffer;
  TrimmedLower(trimmed, &lower_buffer);
  return IsCopyrightLower(lower_buffer);
}

bool IsBoilerplateLine(std::string_view line) {
  // Most lines are paragraphs, told plain without the lower-cased copy.
  if (IsPlainProse(line)) return false;
  // The copy reuses one buffer.
  thread_local std::string lower_buffer;
  TrimmedLower(line, &lower_buffer);
  return IsBoilerplateLower(lower_buffer);
}

bool IsBoilerplateLower(std::string_view lower) {
  return IsBoilerplateLower(lower, IsCopyrightLower(lower));
}

// (IsPlainProse answers for the lines of more than 20 words without these tests: a test added
// here that may hold of such a line must be added to it too.)
bool IsBoilerplateLower(std::string_view lower, bool copyright) {
  if (lower.empty()) return true;
  if (copyright) return true;
  // The line's words, counted (up to 21) only when a test below needs them: most lines are
  // prose that no test's phrase starts or holds, and counting read every byte of them.
  size_t words = 0;
  bool counted = false;
  auto word_count = [&] {
    if (!counted) words = CountWordsUpTo(lower, 20);
    counted = true;
    return words;
  };

  static constexpr std::string_view kExactLines[] = {
      "share",
      "share this",
      "share this article",
      "share this story",
      "advertisement",
      "advertisment",
      "ad",
      "sponsored",
      "read more",
      "continue reading",
      "skip to content",
      "skip to main content",
      "print",
      "email",
      "tweet",
      "facebook",
      "twitter",
      "whatsapp",
      "linkedin",
      "comments",
      "related",
      "related articles",
      "related stories",
      "related posts",
      "related content",
      "related reading",
      "related topics",
      "related links",
      "related coverage",
      "related news",
      "more stories",
      "top stories",
      "explore more on these topics",
      "reuse this content",
      "recommended",
      "recommended reading",
      "recommended stories",
      "recommended for you",
      "you may also like",
      "you might also like",
      "most read",
      "most popular",
      "popular posts",
      "read next",
      "trending",
      "trending now",
      "further reading",
      "latest news",
      "latest articles",
      "listen",
      "listen to this article",
      "loading...",
      "close",
      "menu",
      "search",
      "subscribe",
      "sign in",
      "log in",
      "more on this story",
      "supported by",
      "story continues below advertisement",
  };
  // (A line longer than the longest of them, most lines, is compared with none.)
  constexpr size_t kLongestExactLine =
      std::max_element(std::begin(kExactLines), std::end(kExactLines),
                       [](std::string_view a, std::string_view b) { return a.size() < b.size(); })
          ->size();
  std::string_view bare = lower;
  while (!bare.empty() && (bare.back() == ':' || bare.back() == '.')) bare.remove_suffix(1);
  if (bare.size() <= kLongestExactLine) {
    for (std::string_view exact : kExactLines) {
      if (bare == exact) return true;
    }
  }

  static constexpr std::string_view kPromptPrefixes[] = {
      "share this",      "share on",      "follow us",
      "follow ",         "sign up",       "subscribe to",
      "read more:",      "read more ",    "also read:",
      "read also:",      "see also:",     "related:",
      "you rely on",     "click here to", "download the app",
      "get the latest",  "join our",      "support our journalism",
      "this article is", "advertisement", "skip to",
  };
  for (std::string_view prefix : kPromptPrefixes) {
    // (The first byte first: most lines start with none of the prefixes' few letters.)
    if (prefix.front() == lower.front() && StartsWithLower(lower, prefix)) {
      // A prompt is a line of at most 16 words.
      if (word_count() > 16) break;
      // "Follow X:" is a prompt; "Follow-up talks ..." is not.
      if (prefix == "follow " && lower.back() != ':' && !Contains(lower, " on ")) continue;
      return true;
    }
  }
  if (ContainsBy(lower, "cookie", 3) &&
      (Contains(lower, "privacy") || Contains(lower, "consent") || Contains(lower, "accept") ||
       Contains(lower, "we use cookies") || Contains(lower, "cookie policy") ||
       Contains(lower, "your browser"))) {
    return true;
  }
  if (ContainsPrivacyNotice(lower)) return true;
  if ((ContainsBy(lower, "newsletter", 2) || ContainsBy(lower, "sign up for", 6)) &&
      word_count() <= 20) {
    return true;
  }
  return false;
}

namespace {

// "MOSCOW, January 19. /TASS/." as TASS writes it, "TORONTO, Jan. 19, 2022 /CNW/" as press
// wires do: the text up to an agency between slashes near the start, after a place and a date
// (a comma before it, a digit or a full stop just before it). Empty for any other line.
std::string_view SlashedAgencyDateline(std::string_view line) {
  // Only the first 62 bytes are searched (one at byte 60 at most counts): a search of the
  // paragraph compared at every space.
  size_t open = line.substr(0, 62).find(" /");
  if (open == std::string_view::npos || open == 0 || open > 60) return {};
  std::string_view before = line.substr(0, open);
  char last = before.back();
  if (before.find(',') == std::string_view::npos ||
      !(std::isdigit(static_cast<unsigned char>(last)) || last == '.')) {
    return {};
  }
  size_t close = line.find('/', open + 2);
  if (close == std::string_view::npos || close - open - 2 < 2 || close - open - 2 > 25) return {};
  if (!IsAsciiUpper(line[open + 2])) return {};
  // Letters, and the hyphen and space of "/PRNewswire-FirstCall/", "/Business Wire/".
  for (size_t i = open + 2; i < close; ++i) {
    char c = line[i];
    if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-' && c != ' ') return {};
  }
  if (close + 1 < line.size() && line[close + 1] != '.' && line[close + 1] != ' ') return {};
  return line.substr(0, close + 1);
}

// Whether `prefix`, the text before a dateline's separator, reads as one: at most ten words,
// each a name, a number, an agency in brackets or a connector ("SAN JOSE DE LAS LAJAS, Cuba",
// "MOSCOW, Jan 19 (Reuters)"), and none of the marks of a sentence or a label.
bool ReadsAsDatelineHead(std::string_view prefix) {
  if (prefix.empty() || !StartsLikeName(prefix)) return false;
  // (A loop over the bytes: find_first_of searched the five marks for every byte.)
  for (char c : prefix) {
    if (c == ':' || c == '"' || c == '?' || c == '!' || c == ';') return false;
  }
  static constexpr std::string_view kConnectors[] = {"de", "del",  "la", "le", "el",  "al", "du",
                                                     "of", "upon", "am", "an", "der", "da"};
  // The words of the prefix (runs of bytes other than spaces), read in place rather than split
  // into a vector first.
  size_t words = 0;
  for (size_t i = 0; i < prefix.size();) {
    if (prefix[i] == ' ') {
      ++i;
      continue;
    }
    const size_t start = i;
    while (i < prefix.size() && prefix[i] != ' ') ++i;
    if (++words > 10) return false;
    std::string_view core = prefix.substr(start, i - start);
    // "(Reuters)", "(AP)", "(dyad)": the agency in brackets may be written in any case.
    if (core.size() > 2 && core.front() == '(' && core.back() == ')') continue;
    while (!core.empty() && (core.front() == '(' || core.front() == '[')) core.remove_prefix(1);
    if (core.empty()) return false;
    if (StartsLikeName(core) || std::isdigit(static_cast<unsigned char>(core[0]))) continue;
    bool connector = false;
    for (std::string_view c : kConnectors) connector = connector || core == c;
    if (!connector) return false;
  }
  return words > 0;
}

// Whether `rest`, what follows a dateline without a dash, starts a sentence: a space, then a
// capital, a digit or an opening quote.
bool StartsSentenceAfterDateline(std::string_view rest) {
  if (rest.size() < 2 || rest[0] != ' ') return false;
  const char c = rest[1];
  return IsAsciiUpper(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '"' ||
         rest.substr(1).starts_with("\xE2\x80\x9C");
}

// `head` without the bracketed qualifiers ANI writes after a place ("Srinagar (Jammu and
// Kashmir) [India], January 19" gives "Srinagar, January 19"): each group in square brackets,
// and a group in round ones before it, with the space before them.
std::string WithoutPlaceQualifiers(std::string_view head) {
  std::string out;
  size_t from = 0;
  for (size_t open = head.find('['); open != std::string_view::npos; open = head.find('[', from)) {
    const size_t close = head.find(']', open);
    if (close == std::string_view::npos) break;
    size_t cut = open;
    // The round group just before it, "(Jammu and Kashmir) [India]".
    std::string_view before = TrimAscii(head.substr(from, open - from));
    if (before.ends_with(')')) {
      const size_t round = head.rfind('(', open);
      if (round != std::string_view::npos && round >= from) cut = round;
    }
    while (cut > from && head[cut - 1] == ' ') --cut;
    out.append(head.substr(from, cut - from));
    from = close + 1;
  }
  out.append(head.substr(from));
  return out;
}

// Whether `head`, the words of a dateline written without a dash, reads as a place and then a
// day and a month after a comma, maybe with the year: "New Delhi, Jan 19", "Lahore, 19 January",
// "Kolkata, Jan 19, 2024". The place is the words before the first comma ("Mon, Jan 19", "By
// Jane Doe, Jan 19" and "Jordan Henderson, 33" are none), and no dash stands in it
// ("KYIV, Ukraine — Ukraine's President Zelenskiy (AP)" is a dash's dateline and a sentence).
bool IsPlaceAndDay(std::string_view written) {
  // ANI writes the state and country after the place in brackets: "Srinagar (Jammu and Kashmir)
  // [India], January 19 (ANI)". They qualify the place, and are read as if not there.
  std::string unbracketed;
  if (written.find('[') != std::string_view::npos) {
    unbracketed = WithoutPlaceQualifiers(written);
    written = unbracketed;
  }
  std::string_view head = TrimAscii(written);
  if (head.ends_with(',')) head.remove_suffix(1);  // "Mumbai, Jan 19, (IANS)"
  size_t comma = head.rfind(',');
  if (comma == std::string_view::npos) return false;
  std::string_view last = TrimAscii(head.substr(comma + 1));
  auto digits = [](std::string_view w, size_t min, size_t max) {
    return w.size() >= min && w.size() <= max && std::ranges::all_of(w, [](char c) {
             return std::isdigit(static_cast<unsigned char>(c));
           });
  };
  if (digits(last, 4, 4)) {  // the year
    head = head.substr(0, comma);
    comma = head.rfind(',');
    if (comma == std::string_view::npos) return false;
    last = TrimAscii(head.substr(comma + 1));
  }
  std::vector<std::string_view> date = SplitSpaces(last);
  if (date.size() == 3 && digits(date[2], 4, 4)) date.pop_back();  // "19 Jan 2024"
  if (date.size() != 2) return false;
  // The day, maybe with its ordinal's letters: "19", "19th", "1st".
  auto day = [&digits](std::string_view w) {
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
      if (w.size() > 2 && w.ends_with(suffix)) w.remove_suffix(2);
    }
    return digits(w, 1, 2);
  };
  const bool month_day = MonthOfWord(date[0]) != 0 && day(date[1]);
  const bool day_month = day(date[0]) && MonthOfWord(date[1]) != 0;
  if (!month_day && !day_month) return false;
  for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94", " -", "- "}) {
    if (head.find(dash) != std::string_view::npos) return false;
  }
  const std::string_view place = head.substr(0, head.find(','));
  if (!ReadsAsDatelineHead(head) || !LooksLikePlaceName(place)) return false;
  // Not a label, which heads lines the same way ("LIVE, Jan 19:", "MARKET WRAP, Jan 19:", "IN
  // PHOTOS"; as a whole, or by the last of two words or more, as "GOLD COAST", "Live Oak" and
  // "Price" are places), nor a political title before a name ("President Biden, Jan 19 (AP)",
  // "Former President Trump"; not royal or military words, which name places: "Prince George",
  // "GENERAL SANTOS"), nor a weekday ("Mon, Jan 19"; "SUN CITY" is a place).
  static constexpr std::string_view kLabels[] = {
      "gold",     "exclusive",     "correction", "watch",   "horoscope", "note",  "editor's note",
      "breaking", "breaking news", "latest",     "markets", "live",      "video", "photos",
      "results",  "highlights",    "recap",      "update",  "updates"};
  static constexpr std::string_view kLabelEnds[] = {
      "live",    "wrap", "blog",  "photos", "pictures", "video",  "videos",  "highlights",
      "results", "rate", "rates", "price",  "prices",   "update", "updates", "recap"};
  static constexpr std::string_view kTitles[] = {
      "president", "prime",      "minister", "senator",   "sen.",     "rep.", "governor", "gov.",
      "mayor",     "chancellor", "pope",     "secretary", "chairman", "ceo",  "former"};
  static constexpr std::string_view kPlaceEnds[] = {
      "town",  "city",    "coast",  "island", "islands", "bay",     "beach",  "port", "springs",
      "falls", "heights", "valley", "county", "village", "harbour", "harbor", "hills"};
  auto in = [](auto& list, std::string_view word) {
    return std::ranges::find(list, AsciiLower(word)) != std::end(list);
  };
  if (in(kLabels, place)) return false;
  const std::vector<std::string_view> words = SplitSpaces(place);
  if (words.size() > 1 && in(kLabelEnds, words.back())) return false;
  if (!in(kPlaceEnds, words.back())) {
    for (size_t k = 0; k + 1 < words.size(); ++k) {
      if (in(kTitles, words[k])) return false;
    }
  }
  static constexpr std::string_view kWeekdays[] = {"mon",  "tue",   "tues", "wed", "thu",
                                                   "thur", "thurs", "fri",  "sat", "sun"};
  return !(words.size() == 1 &&
           std::ranges::find(kWeekdays, AsciiLower(words[0])) != std::end(kWeekdays));
}

// BracketedAgencyDateline with the agency's bracket opening at `open`.
std::string_view BracketedAgencyDatelineAt(std::string_view line, size_t open) {
  if (open < 3) return {};
  const size_t close = line.find(')', open);
  if (close == std::string_view::npos || close - open - 1 < 2 || close - open - 1 > 30) return {};
  // A wire dyad knows, or any name in capitals and letters ("(Agencies)", "(KNO)", "(WAFA)"):
  // after a place and a day, that is what the brackets hold.
  const std::string_view agency = line.substr(open + 1, close - open - 1);
  if (!IsNewsAgency(agency) && !(IsAsciiUpper(agency[0]) && std::ranges::all_of(agency, [](char c) {
                                   return std::isalpha(static_cast<unsigned char>(c)) || c == ' ';
                                 }))) {
    return {};
  }
  std::string_view rest = line.substr(close + 1);
  if (rest.starts_with(':')) rest.remove_prefix(1);
  if (!StartsSentenceAfterDateline(rest)) return {};
  if (!IsPlaceAndDay(TrimAscii(line.substr(0, open)))) return {};
  return line.substr(0, close + 1);
}

// "New Delhi, Jan 19 (PTI) The ...", as Indian wires write it, and "ISLAMABAD, Jan 19 (APP):
// ...": a place, a day and the agency in brackets, with no dash after it ("Parasite, 2019
// (Neon)" is no dateline: no day). Empty for any other line.
std::string_view BracketedAgencyDateline(std::string_view line) {
  // The agency's bracket is the last one before the sentence: ANI's place may have its state in
  // brackets before it ("Srinagar (Jammu and Kashmir) [India], January 19 (ANI):").
  constexpr size_t kMaxOpen = 90;
  for (size_t open = line.find('('); open != std::string_view::npos && open <= kMaxOpen;
       open = line.find('(', open + 1)) {
    if (std::string_view dateline = BracketedAgencyDatelineAt(line, open); !dateline.empty()) {
      return dateline;
    }
  }
  return {};
}

// "ISLAMABAD, Jan 19: The ...": a place in capitals, a day and a month, then a colon. (Not in
// other cases: "Gold Rate, Jan 19:" and "Morning Briefing, Jan 19:" head their lines the same
// way. Nor a colon after a place alone, "NEW DELHI: ...": a label or a name opens lines so too,
// "NATO:", "LIVE UPDATES:", and a wrong place misleads the geocoder more than none.) Empty for
// any other line.
std::string_view DatedColonDateline(std::string_view line) {
  const size_t colon = line.substr(0, 61).find(':');
  if (colon == std::string_view::npos) return {};
  if (!StartsSentenceAfterDateline(line.substr(colon + 1))) return {};
  std::string_view head = TrimAscii(line.substr(0, colon));
  std::string_view place = head.substr(0, head.find(','));
  if (std::ranges::any_of(place, [](char c) { return c >= 'a' && c <= 'z'; })) return {};
  if (!IsPlaceAndDay(head)) return {};
  return head;
}

}  // namespace

std::string FindDateline(std::string_view first_line) {
  std::string_view line = TrimAscii(first_line);
  if (std::string_view slashed = SlashedAgencyDateline(line); !slashed.empty()) {
    return std::string(slashed);
  }
  // (Before the dash: "New Delhi, Jan 19 (PTI) The party - which ..." has one later on.)
  if (std::string_view bracketed = BracketedAgencyDateline(line); !bracketed.empty()) {
    return std::string(bracketed);
  }
  if (std::string_view dated = DatedColonDateline(line); !dated.empty()) return std::string(dated);
  // The first separator: a spaced hyphen or double hyphen, an en or em dash with or without
  // spaces. One after byte 90 gives no dateline, so only the first 90 positions are tried, in
  // one pass (a search of the paragraph per separator compared at every space).
  static constexpr std::string_view kSeparators[] = {
      " \xE2\x80\x93 ", " \xE2\x80\x94 ", " - ", " -- ", "\xE2\x80\x94", "\xE2\x80\x93"};
  constexpr size_t kMaxCut = 90;
  // Whether none of the eight bytes at `p` is a hyphen or a dash's first byte, which every
  // separator holds: of those eight positions, only the last may start one (a space with a
  // hyphen after it), so the search passes the first seven at once.
  auto dash_free = [&line](size_t p) {
    constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    uint64_t w;
    std::memcpy(&w, line.data() + p, 8);
    auto has_byte = [w](uint8_t b) {
      const uint64_t x = w ^ (kOnes * b);
      return ((x - kOnes) & ~x & kHigh) != 0;
    };
    return !has_byte('-') && !has_byte(0xE2);
  };
  size_t cut = std::string_view::npos;
  for (size_t p = 0; p < line.size() && p <= kMaxCut && cut == std::string_view::npos; ++p) {
    while (p + 8 <= line.size() && p <= kMaxCut && dash_free(p)) p += 7;
    if (p > kMaxCut) break;
    if (line[p] != ' ' && line[p] != '\xE2') continue;
    // The separators that start with a space have a hyphen or a dash's first byte after it.
    if (line[p] == ' ' && (p + 1 >= line.size() || (line[p + 1] != '-' && line[p + 1] != '\xE2'))) {
      continue;
    }
    for (std::string_view sep : kSeparators) {
      if (line.substr(p, sep.size()) == sep) {
        cut = p;
        break;
      }
    }
  }
  if (cut == std::string_view::npos || cut == 0) return "";
  std::string_view prefix = TrimAscii(line.substr(0, cut));
  if (!ReadsAsDatelineHead(prefix)) return "";
  std::string result(prefix);
  while (!result.empty() && (result.back() == ',' || result.back() == ' ')) result.pop_back();
  return result;
}

namespace {

// A degree or suffix written after a name and a comma ("Jane Doe, MD", "John Roe, Jr."); not
// a second author.
bool IsCredential(std::string_view part) {
  static constexpr std::string_view kCredentials[] = {
      "MD",  "M.D", "DO",   "DVM",  "PhD",  "Ph.D", "RN",     "NP",   "PA-C", "MPH",
      "MBA", "MS",  "MSc",  "BSN",  "RD",   "RDN",  "LD",     "CSCS", "JD",   "Esq",
      "Jr",  "Sr",  "II",   "III",  "DDS",  "DMD",  "PharmD", "LCSW", "LPC",  "CFP",
      "CPA", "CFA", "FACP", "FACC", "FACS", "FAAP", "FACLM"};
  for (std::string_view credential : kCredentials) {
    if (part == credential) return true;
  }
  return false;
}

// Nouns that name a newsroom or a profession's job ("editor", "shipping expert").
constexpr std::string_view kJobNouns[] = {
    "editor",       "editor-in-chief", "writer",     "reporter",     "correspondent", "columnist",
    "contributor",  "reviewer",        "founder",    "co-founder",   "cofounder",     "ceo",
    "expert",       "specialist",      "consultant", "analyst",      "journalist",    "producer",
    "photographer", "researcher",      "dietitian",  "nutritionist", "manager",       "director",
    "strategist",   "marketer",        "advisor",    "adviser",      "freelancer",    "intern",
    "assistant",    "coordinator",     "officer"};
// Words that qualify a job ("senior", "staff", "news features").
constexpr std::string_view kJobModifiers[] = {
    "contributing", "senior", "chief",  "lead", "head",     "managing",  "executive", "deputy",
    "associate",    "staff",  "review", "news", "features", "freelance", "guest"};

bool IsJobNoun(std::string_view lower) {
  return std::ranges::find(kJobNouns, lower) != std::end(kJobNouns);
}

// True when every word of `lower` names a newsroom job ("senior editor", "editor-in-chief"): a
// byline's role, split from the name before it.
bool IsJobTitle(std::string_view lower) {
  std::vector<std::string_view> words = SplitSpaces(lower);
  if (words.empty()) return false;
  for (std::string_view word : words) {
    if (!IsJobNoun(word) && std::ranges::find(kJobModifiers, word) == std::end(kJobModifiers)) {
      return false;
    }
  }
  return true;
}

// A role written after a name and a comma ("Jane Doe, Shipping Expert", "John Roe, Senior
// Editor", "Staff Writers", "Home and Garden Editor"): at most six words ending in a noun that
// names a job; with an "and" in it, one word before the "and" or a first word that qualifies a
// job ("John Roe and Amy Writer" is two more names). (Only after a name: "Expert" alone may be
// anything.)
bool IsRoleAfterName(std::string_view part) {
  std::vector<std::string_view> words = SplitSpaces(part);
  if (words.empty() || words.size() > 6) return false;
  // ("Senior Health and Science Reporter": a word that qualifies a job may come first.)
  const bool qualified =
      std::ranges::find(kJobModifiers, AsciiLower(words[0])) != std::end(kJobModifiers);
  // (Not when what comes before the "and" is a role already: "Senior Reporter and Amy Writer".)
  for (size_t k = 2; k < words.size(); ++k) {
    if ((words[k] == "and" || words[k] == "&") &&
        (!qualified || IsJobNoun(AsciiLower(words[k - 1])))) {
      return false;
    }
  }
  std::string last = AsciiLower(words.back());
  if (last.size() > 3 && last.back() == 's') last.pop_back();  // "Staff Writers"
  return IsJobNoun(last);
}

}  // namespace

bool IsPlaceNameConnector(std::string_view word) {
  static constexpr std::string_view kConnectors[] = {"de", "del", "la",   "le", "el", "al", "du",
                                                     "do", "dos", "das",  "da", "di", "of", "on",
                                                     "am", "es",  "upon", "an", "der"};
  return std::ranges::find(kConnectors, word) != std::end(kConnectors);
}

bool LooksLikePlaceName(std::string_view text) {
  std::vector<std::string_view> words = SplitSpaces(TrimAscii(text));
  if (words.empty() || words.size() > 5) return false;
  // Words that say something else than where: a role, a date, a byline's label.
  static constexpr std::string_view kNotPlaces[] = {
      "updated", "update", "updates", "latest", "today", "yesterday", "by", "published", "posted",
      "ago", "hours", "minutes", "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "tue", "tues", "wed", "thur", "thurs", "fri",
      "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "read", "min",
      "edition", "contributor", "correspondents", "reporters", "editors",
      // The sections a byline's second line may name ("Harbour Post, Business News").
      "reviews", "business", "breaking", "local", "politics", "opinion", "sport", "sports", "world",
      "desk", "culture", "lifestyle", "technology"};
  for (size_t k = 0; k < words.size(); ++k) {
    std::string_view word = words[k];
    bool edge = k == 0 || k + 1 == words.size();
    if (!edge && IsPlaceNameConnector(word)) continue;
    // "al-Hudaydah", "el-Sheikh", "'s-Hertogenbosch": an article joined to the name.
    std::string_view name = word;
    for (std::string_view article : {"al-", "el-", "'s-"}) {
      if (name.starts_with(article)) name.remove_prefix(article.size());
    }
    if (!StartsLikeName(name)) return false;
    for (char c : word) {
      if (std::isdigit(static_cast<unsigned char>(c))) return false;
    }
    std::string lower = AsciiLower(word);
    while (!lower.empty() && (lower.back() == '.' || lower.back() == ',')) lower.pop_back();
    // (The words that qualify a job are none, "Senior", "Staff", "News", but for those that
    // name places too: "Hilton Head", "Lead".)
    bool qualifier = std::ranges::find(kJobModifiers, lower) != std::end(kJobModifiers) &&
                     lower != "lead" && lower != "head";
    if (IsJobNoun(lower) || qualifier ||
        std::ranges::find(kNotPlaces, lower) != std::end(kNotPlaces)) {
      return false;
    }
  }
  return true;
}

bool IsNewsAgency(std::string_view name) {
  // The international wires, as bylines credit them; the acronyms in capitals only ("Ani" is
  // a name).
  static constexpr std::string_view kAgencies[] = {
      "reuters",
      "the associated press",
      "associated press",
      "agence france-presse",
      "agence france presse",
      "bloomberg",
      "bloomberg news",
      "deutsche presse-agentur",
      "xinhua",
      "xinhua news agency",
      "anadolu",
      "anadolu agency",
      "united press international",
      "pa media",
      "press association",
      "kyodo",
      "kyodo news",
      "yonhap",
      "interfax",
      "press trust of india",
      "australian associated press",
      "the canadian press",
      "canadian press",
      "bernama",
      "sputnik",
      "ria novosti",
      "ukrinform",
  };
  // (With the national wires of South Asia and the Middle East, whose datelines name them:
  // "ISLAMABAD, Jan 19 (APP):", "Dhaka, Jan 19 (UNB) -".)
  static constexpr std::string_view kAcronyms[] = {
      "AP",   "AFP", "DPA", "dpa", "UPI",  "EFE",  "ANSA", "TASS", "IRNA", "PTI",  "ANI",
      "IANS", "AAP", "APP", "UNB", "UNI",  "BSS",  "WAM",  "SPA",  "QNA",  "KUNA", "MENA",
      "SANA", "NNA", "BNA", "ONA", "KCNA", "ISNA", "PAP",  "BTA",  "MTI",  "CTK",  "ANP"};
  std::string collapsed = CollapseWhitespace(name);
  for (std::string_view acronym : kAcronyms) {
    if (collapsed == acronym) return true;
  }
  // (Compared but for case, without a lower-cased copy: a dateline's agency is asked about in
  // every text that has one.)
  for (std::string_view agency : kAgencies) {
    if (EqualsLowerAscii(collapsed, agency)) return true;
  }
  return false;
}

void DropWiresBesideWriters(std::vector<std::string>* names) {
  if (!std::ranges::all_of(*names, IsNewsAgency)) std::erase_if(*names, IsNewsAgency);
}

std::vector<std::string> SplitAuthorNames(std::string_view written) {
  // A role after a comma goes first, whole: "and" may join its words ("Jane Doe, Home and
  // Garden Editor").
  std::string names;
  names.reserve(written.size());
  for (size_t start = 0; start <= written.size();) {
    size_t comma = std::min(written.find(',', start), written.size());
    std::string_view segment = written.substr(start, comma - start);
    if (TrimAscii(names).empty() || !IsRoleAfterName(segment)) {
      if (!names.empty()) names.push_back(',');
      names.append(segment);
    }
    start = comma + 1;
  }
  // Normalise every joiner to one mark (a comma is kept: what follows a comma may be a role),
  // then split once.
  static constexpr std::string_view kJoiners[] = {" and ", " & ", ";", " und ", " et ", " y "};
  constexpr char kJoined = '\x1f';
  std::string text;
  text.reserve(names.size());
  for (size_t i = 0; i < names.size();) {
    bool joined = false;
    for (std::string_view joiner : kJoiners) {
      if (names.substr(i, joiner.size()) == joiner) {
        text.push_back(kJoined);
        i += joiner.size();
        joined = true;
        break;
      }
    }
    if (!joined) text.push_back(names[i] == kJoined ? ' ' : names[i]);
    if (!joined) ++i;
  }
  std::vector<std::string> out;
  size_t last = std::string::npos;  // the entry the last name read went to
  size_t start = 0;
  bool after_comma = false;  // whether a comma, not "and", comes before this name
  // (The names kept are compared with each new one: a page's list of thousands would cost their
  // square.)
  constexpr size_t kMaxNames = 100;
  while (start <= text.size() && out.size() < kMaxNames) {
    size_t comma = text.find_first_of(std::string_view(",\x1f", 2), start);
    if (comma == std::string::npos) comma = text.size();
    std::string name = CollapseWhitespace(text.substr(start, comma - start));
    // "Jane Doe in Tehran" names the place she writes from, not part of her name.
    size_t in = name.find(" in ");
    if (in != std::string::npos) name.resize(in);
    while (!name.empty() &&
           std::string_view(". -|:,").find(name.back()) != std::string_view::npos) {
      name.pop_back();
    }
    if (IsCredential(name) && last != std::string::npos) {
      // "Jane Doe, MD": one author and her degree.
      if (out[last].find(", " + name) == std::string::npos) out[last] += ", " + name;
    } else if (last != std::string::npos &&
               ((after_comma && IsRoleAfterName(name)) || IsJobTitle(AsciiLower(name)))) {
      // "Jane Doe, Political Correspondent and John Roe": her role, no second author. (After
      // "and" only a role of job words: "Jane Doe and Amy Writer" are two names.)
    } else if (!name.empty()) {
      // The same person again, perhaps without the degrees written the first time.
      auto same = std::find_if(out.begin(), out.end(), [&name](const std::string& seen) {
        return seen == name || (seen.starts_with(name) && seen.compare(name.size(), 2, ", ") == 0);
      });
      if (same == out.end()) {
        out.push_back(name);
        same = out.end() - 1;
      }
      last = static_cast<size_t>(same - out.begin());
    }
    after_comma = comma < text.size() && text[comma] == ',';
    start = comma + 1;
  }
  return out;
}

std::vector<std::string> ParseByline(std::string_view line) {
  static constexpr std::string_view kPrefixes[] = {"by ",      "written by ", "words by ",
                                                   "author: ", "authors: ",   "reporting by "};
  // Every prefix starts with one of these letters: a line whose first byte other than white
  // space is another ASCII character (most lines a page is asked about) is no byline, told
  // before it is copied. (A first byte from 0x80 up may start a space that collapsing drops:
  // such lines are read in full.)
  static constexpr std::string_view kInitials = "bwarBWAR";
  static_assert(std::ranges::all_of(kPrefixes, [](std::string_view prefix) {
    return kInitials.find(prefix[0]) != std::string_view::npos;
  }));
  const std::string_view trimmed = TrimAscii(line);
  if (!trimmed.empty() && static_cast<unsigned char>(trimmed[0]) < 0x80 &&
      kInitials.find(trimmed[0]) == std::string_view::npos) {
    return {};
  }
  std::string text = CollapseWhitespace(line);
  if (text.size() > 160) return {};
  std::string lower = AsciiLower(text);
  size_t skip = std::string::npos;
  for (std::string_view prefix : kPrefixes) {
    if (StartsWithLower(lower, prefix)) {
      skip = prefix.size();
      break;
    }
  }
  if (skip == std::string::npos) return {};
  std::string rest = text.substr(skip);
  // Drop what follows the names: "| Updated ...", "- 3 min read", a date.
  static constexpr std::string_view kStops[] = {
      " | ",        " - ",        " \xE2\x80\x93 ", " \xE2\x80\x94 ", "\xE2\x80\xA2",
      " \xC2\xB7 ", " Published", " Last updated",  " Last Updated",  " Updated",
      " on "};
  for (std::string_view stop : kStops) {
    size_t pos = rest.find(stop);
    if (pos != std::string::npos) rest.resize(pos);
  }
  for (size_t i = 0; i < rest.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(rest[i]))) {
      size_t word_start = rest.rfind(' ', i);
      rest.resize(word_start == std::string::npos ? 0 : word_start);
      break;
    }
  }
  std::vector<std::string> names = SplitAuthorNames(rest);
  if (names.empty()) return {};
  static constexpr std::string_view kParticles[] = {"de",  "van", "von", "der", "den", "da", "di",
                                                    "del", "la",  "le",  "bin", "al",  "ibn"};
  for (const std::string& name : names) {
    std::vector<std::string_view> words = SplitSpaces(name);
    if (words.empty() || words.size() > 5 || name.size() > 60) return {};
    for (std::string_view word : words) {
      bool particle = false;
      for (std::string_view p : kParticles) particle = particle || word == p;
      if (!particle && !StartsLikeName(word)) return {};
    }
  }
  return names;
}

bool IsBylineLabel(std::string_view text) {
  text = TrimAscii(text);
  if (!text.empty() && text.back() == ':') text.remove_suffix(1);
  static constexpr std::string_view kLabels[] = {
      "by", "author", "authors", "written by", "posted by", "words by", "reviewed by"};
  for (std::string_view label : kLabels) {
    if (EqualsLowerAscii(text, label)) return true;
  }
  return false;
}

bool NamesABody(std::string_view text) {
  static constexpr std::string_view kBodyWords[] = {
      "organization", "organisation", "university", "institute",  "association", "agency",
      "ministry",     "department",   "council",    "committee",  "foundation",  "center",
      "centre",       "society",      "group",      "company",    "co",          "inc",
      "ltd",          "llc",          "press",      "news",       "school",      "college",
      "hospital",     "clinic",       "bank",       "laboratory", "faculty",     "of"};
  for (std::string_view word : SplitSpaces(text)) {
    std::string lower = AsciiLower(word);
    while (!lower.empty() && (lower.back() == '.' || lower.back() == ',')) lower.pop_back();
    if (std::ranges::find(kBodyWords, lower) != std::end(kBodyWords)) return true;
  }
  return false;
}

std::string GivenNameFirst(std::string_view name) {
  name = TrimAscii(name);
  const size_t comma = name.find(',');
  if (comma == std::string_view::npos || name.find(',', comma + 1) != std::string_view::npos) {
    return std::string(name);
  }
  std::string_view surname = TrimAscii(name.substr(0, comma));
  std::string_view given = TrimAscii(name.substr(comma + 1));
  const std::vector<std::string_view> surname_words = SplitSpaces(surname);
  const std::vector<std::string_view> given_words = SplitSpaces(given);
  if (surname_words.empty() || surname_words.size() > 3 || given_words.empty() ||
      given_words.size() > 3 || IsNewsAgency(given) || IsJobTitle(AsciiLower(given))) {
    return std::string(name);
  }
  // ("World Health Organization, Geneva" is no surname and given name.)
  if (NamesABody(surname) || NamesABody(given)) return std::string(name);
  // The given names: capitalised names or initials ("T.", "J.R.R."), none a degree or a suffix
  // ("Jr.", "M.D.", "PhD"), nothing in brackets, no "et al.".
  size_t full_given = 0;
  for (std::string_view word : given_words) {
    if (!StartsLikeName(word) || word.find_first_of("()[]") != word.npos) {
      return std::string(name);
    }
    std::string bare;
    for (char c : word) {
      if (c != '.') bare.push_back(c);
    }
    if (IsCredential(bare)) return std::string(name);
    if (!word.ends_with('.') && word.size() > 1) ++full_given;
  }
  // Two names of two words each ("Jane Doe, John Roe") are two people, not one turned round.
  const size_t full_surname = std::ranges::count_if(
      surname_words, [](std::string_view w) { return StartsLikeName(w) && !w.ends_with('.'); });
  if (full_surname >= 2 && full_given >= 2) return std::string(name);
  std::string turned(given);
  turned += ' ';
  turned += surname;
  return turned;
}

std::string CleanAuthorName(std::string_view raw) {
  std::string name = CollapseWhitespace(raw);
  static constexpr std::string_view kLabels[] = {"written by:", "written by ", "posted by:",
                                                 "posted by ",  "author:",     "author ",
                                                 "by:",         "by ",         "reviewed by "};
  bool stripped = true;
  while (stripped) {
    stripped = false;
    std::string lower = AsciiLower(name);
    for (std::string_view label : kLabels) {
      if (StartsWithLower(lower, label)) {
        name = CollapseWhitespace(std::string_view(name).substr(label.size()));
        stripped = true;
        break;
      }
    }
  }
  // Separators a byline puts between the name and what follows: dashes, bars, bullets, the
  // middle dot and the dot operator ("Jane Doe \xE2\x8B\x85 Editor").
  static constexpr std::string_view kStops[] = {
      " - ",      " | ",        " \xE2\x80\x93 ", " \xE2\x80\x94 ", "\xE2\x80\xA2", " Last ",
      " Updated", " Published", " on ",           " \xC2\xB7 ",     " \xE2\x8B\x85"};
  for (std::string_view stop : kStops) {
    size_t pos = name.find(stop);
    if (pos != std::string::npos) name.resize(pos);
  }
  // Trailing date fragments from a byline that ran into the date: "Jane Doe Jul", "Jane Doe
  // December". (Not weekdays: "Sun" and "Wed" are surnames too; nor "May", "Tom May", unless a
  // day is beside it: "Jane Doe May 5", "Jane Doe 5 May".)
  // (English names only: "Mai", "Mars", "Mayo" and "Abril" are surnames.)
  static constexpr std::string_view kMonths[] = {
      "Jan",   "Feb",  "Mar",  "Apr",    "May",       "Jun",     "Jul",      "Aug",
      "Sep",   "Sept", "Oct",  "Nov",    "Dec",       "January", "February", "March",
      "April", "June", "July", "August", "September", "October", "November", "December"};
  std::vector<std::string_view> words = SplitSpaces(name);
  bool after_day = false;
  while (words.size() > 1) {
    std::string_view last = words.back();
    const bool day = std::isdigit(static_cast<unsigned char>(last[0]));
    const bool month = std::ranges::find(kMonths, last) != std::end(kMonths);
    // ("Jane Doe 5 May", "Jane Doe 5th May": the day before it.)
    const bool day_before =
        words.size() > 2 && std::isdigit(static_cast<unsigned char>(words[words.size() - 2][0]));
    if (!day && !(month && (last != "May" || after_day || day_before))) break;
    after_day = day;
    words.pop_back();
  }
  if (!words.empty()) {
    name.resize(static_cast<size_t>(words.back().data() + words.back().size() - name.data()));
  }
  // A name in quotes, straight or curly; then the punctuation around it.
  std::string_view view = TrimAscii(name);
  for (std::string_view open_quote : {"\"", "\xE2\x80\x9C"}) {
    std::string_view close_quote = open_quote == "\"" ? "\"" : "\xE2\x80\x9D";
    if (view.size() > open_quote.size() + close_quote.size() && view.starts_with(open_quote) &&
        view.ends_with(close_quote)) {
      view = view.substr(open_quote.size(), view.size() - open_quote.size() - close_quote.size());
    }
  }
  while (!view.empty() &&
         std::string_view(",;:.-| ").find(view.front()) != std::string_view::npos) {
    view.remove_prefix(1);
  }
  while (!view.empty() && std::string_view(",;:-| ").find(view.back()) != std::string_view::npos) {
    view.remove_suffix(1);
  }
  name = std::string(view);
  std::string lower = AsciiLower(name);
  static constexpr std::string_view kNotNames[] = {"the author", "admin",   "staff",    "unknown",
                                                   "anonymous",  "updated", "published"};
  for (std::string_view not_name : kNotNames) {
    if (lower == not_name) return "";
  }
  // A month or weekday alone is the date a byline ran into.
  static constexpr std::string_view kWeekdays[] = {
      "Mon",    "Tue",     "Wed",       "Thu",      "Fri",    "Sat",      "Sun",
      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  for (std::string_view w : kMonths) {
    if (name == w) return "";
  }
  for (std::string_view w : kWeekdays) {
    if (name == w) return "";
  }
  if (IsBylineLabel(name)) return "";
  if (name.find("://") != std::string::npos || name.find('@') != std::string::npos ||
      name.size() > 100) {
    return "";
  }
  // A name has letters; one lower-case ASCII word with dots in it is a host name, a user name
  // or a template's unfilled field ("page.head.author"), not a person.
  bool letters = false, upper = false, ascii = true;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    letters = letters || std::isalpha(u) || u >= 0x80;
    upper = upper || std::isupper(u);
    ascii = ascii && u < 0x80;
  }
  if (!letters || IsJobTitle(lower)) return "";
  if (ascii && !upper && name.find('.') != std::string::npos &&
      name.find(' ') == std::string::npos) {
    return "";
  }
  // The name written twice, as a visible label and again for screen readers ("ASU Online ASU
  // Online"); not a one-word name repeated, which may be a name ("Ho Ho").
  std::vector<std::string_view> parts = SplitSpaces(name);
  size_t half = parts.size() / 2;
  if (half >= 2 && parts.size() % 2 == 0 &&
      std::equal(parts.begin(), parts.begin() + half, parts.begin() + half)) {
    name.resize(static_cast<size_t>(parts[half - 1].data() + parts[half - 1].size() - name.data()));
  }
  return name;
}

std::string StripTitleSuffix(std::string_view title, std::string_view site) {
  std::string text = CollapseWhitespace(title);
  static constexpr std::string_view kSeparators[] = {
      " | ",  " - ",        " \xE2\x80\x93 ", " \xE2\x80\x94 ",
      " :: ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " / "};
  size_t best = std::string::npos;
  size_t best_size = 0;
  for (std::string_view sep : kSeparators) {
    size_t pos = text.rfind(sep);
    if (pos != std::string::npos && pos > 0 && (best == std::string::npos || pos > best)) {
      best = pos;
      best_size = sep.size();
    }
  }
  if (best == std::string::npos) return text;
  std::string head = text.substr(0, best);
  std::string tail = text.substr(best + best_size);
  std::string tail_lower = AsciiLower(tail);
  std::string site_lower = AsciiLower(CollapseWhitespace(site));
  bool names_site =
      !site_lower.empty() && (Contains(tail_lower, site_lower) || Contains(site_lower, tail_lower));
  bool dash = text.compare(best, best_size, " - ") == 0;
  bool site_like = CountWords(tail) <= (dash ? 3u : 4u) && CountWords(head) >= (dash ? 4u : 3u);
  // A title may carry several suffixes ("Story | Section | Site"), but only a named site is
  // worth a second cut; a second guess would eat into real titles.
  if (names_site) return StripTitleSuffix(head, site);
  if (site_like) return head;
  return text;
}

namespace {

// The separators by which pages join a headline to the site name, the section or a tagline.
constexpr std::string_view kTitleSeparators[] = {
    " | ",           " - ",        " \xE2\x80\x93 ", " \xE2\x80\x94 ",
    " :: ",          " \xC2\xB7 ", " \xE2\x80\xA2 ", " / ",
    " \xE2\x8B\x86 "};
// Every separator is a space and one of these bytes, then more: SplitTitleSegments compares
// them only at such places. (A separator added above must start so, or widen this.)
constexpr std::string_view kSeparatorSecondBytes = "|-:/\xE2\xC2";
static_assert(std::ranges::all_of(kTitleSeparators, [](std::string_view separator) {
  return separator.size() > 2 && separator[0] == ' ' &&
         kSeparatorSecondBytes.find(separator[1]) != std::string_view::npos;
}));

bool NamesSite(std::string_view segment, std::string_view site) {
  std::string segment_lower = AsciiLower(segment);
  std::string site_lower = AsciiLower(CollapseWhitespace(site));
  return !site_lower.empty() && !segment_lower.empty() && segment_lower == site_lower;
}

}  // namespace

std::vector<std::string> SplitTitleSegments(std::string_view title) {
  // The extra space lets a dangling separator at the end ("Headline |") split off as well.
  std::string text = CollapseWhitespace(title) + " ";
  std::vector<std::string> segments;
  size_t start = 0;
  while (start < text.size()) {
    // The first separator from `start` (the first listed, of two at one place). Every one
    // starts with a space and goes on with one of a few bytes: the spaces are visited once,
    // where searching the text for each separator stopped at each space nine times.
    size_t best = text.size();
    size_t best_size = 0;
    for (size_t pos = text.find(' ', start); pos != std::string::npos && best_size == 0;
         pos = text.find(' ', pos + 1)) {
      if (pos + 1 >= text.size() ||
          kSeparatorSecondBytes.find(text[pos + 1]) == std::string_view::npos) {
        continue;
      }
      for (std::string_view sep : kTitleSeparators) {
        if (text.compare(pos, sep.size(), sep) == 0) {
          best = pos;
          best_size = sep.size();
          break;
        }
      }
    }
    std::string segment = CollapseWhitespace(std::string_view(text).substr(start, best - start));
    if (!segment.empty()) segments.push_back(std::move(segment));
    start = best + best_size;
  }
  return segments;
}

std::string MainTitleSegment(std::string_view title, std::string_view site) {
  std::vector<std::string> segments = SplitTitleSegments(title);
  if (segments.empty()) return "";
  // Some sites put their name first: "Site | Headline".
  if (segments.size() > 1 && NamesSite(segments[0], site)) segments.erase(segments.begin());
  // Whatever follows the headline is the site, the section or a tagline: "Headline | Section |
  // Site", "Headline - Tagline - Site". Publishers put the words that matter first.
  return segments[0];
}

}  // namespace ingest
}  // namespace dyad
