#include "store/json.h"

#include <array>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dyad::store {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when it is not valid.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  unsigned char c = s[i];
  size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  }
  if (len == 2 && c < 0xC2) return 0;  // overlong
  return len;
}

constexpr uint64_t kOnes = 0x0101010101010101ULL;

// Whether one of the eight bytes of `w` needs more than a copy in a JSON string: a control
// character, a byte of a multi-byte character, '"' or '\\'. (Bit tricks on 64-bit words: the
// high bit of a byte is set in w when it is 0x80 or above, in w - 0x2020.. when it is below
// 0x20, and in (w ^ 0x2222..) - 0x0101.. when it is '"' (the same for '\\'). A subtraction
// borrows into a byte only from a lower byte that is itself one of these, so a word tests clean
// exactly when all its bytes are plain.)
bool NeedsEscapeOrCheck(uint64_t w) {
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  const uint64_t quote = w ^ (kOnes * '"'), slash = w ^ (kOnes * '\\');
  return ((w | (w - kOnes * 0x20) | (quote - kOnes) | (slash - kOnes)) & kHigh) != 0;
}

// The bytes a JSON string holds as they are: printable ASCII other than '"' and '\\'. (A table:
// the bytes after the last full word of every string are tested one at a time, and four
// comparisons a byte were an eighth of the writer thread's instructions.)
constexpr std::array<bool, 256> kPlainBytes = [] {
  std::array<bool, 256> plain{};
  for (int b = 0x20; b < 0x80; ++b) plain[b] = b != '"' && b != '\\';
  return plain;
}();

// Writes the character at s[i], which is not a plain byte (see kPlainBytes), as JSON: an
// escape, a valid UTF-8 sequence as it is, or U+FFFD for an invalid byte. Returns the index
// after it.
template <typename Out>
size_t EscapeCharAt(Out& out, std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c >= 0x80) {
    size_t len = Utf8SequenceLength(s, i);
    if (len == 0) {
      out.append("\xEF\xBF\xBD", 3);
      return i + 1;
    }
    out.append(s.data() + i, len);
    return i + len;
  }
  switch (c) {
    case '"': out.append("\\\"", 2); break;
    case '\\': out.append("\\\\", 2); break;
    case '\n': out.append("\\n", 2); break;
    case '\r': out.append("\\r", 2); break;
    case '\t': out.append("\\t", 2); break;
    default:
      if (c < 0x20) {
        static const char* kHex = "0123456789abcdef";
        out.append("\\u00", 4);
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 15]);
      } else {
        out.push_back(static_cast<char>(c));
      }
  }
  return i + 1;
}

// The escaping of AppendJsonString, into a std::string, without the quotes.
template <typename Out>
void EscapeJsonChars(Out& out, std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    // A run of printable ASCII other than '"' and '\\' (most of any text) is copied as is, in
    // one append rather than a push_back per byte.
    size_t run = i;
    // Eight bytes at a time while none of them needs attention (event sentences are long).
    while (run + 8 <= s.size()) {
      uint64_t w;
      std::memcpy(&w, s.data() + run, 8);
      if (NeedsEscapeOrCheck(w)) break;
      run += 8;
    }
    while (run < s.size() && kPlainBytes[static_cast<unsigned char>(s[run])]) ++run;
    if (run > i) {
      out.append(s.data() + i, run - i);
      i = run;
      continue;
    }
    i = EscapeCharAt(out, s, i);
  }
}

// A cursor into room made beforehand: no capacity to check.
struct Cursor {
  char* p;
  void append(const char* s, size_t n) {
    std::memcpy(p, s, n);
    p += n;
  }
  void push_back(char c) { *p++ = c; }
};

// Copies a string of one to seven bytes (a code, a date's precision, a country) to `out` and
// returns true when all its bytes are plain, else returns false. Its bytes are tested as one
// word made of two loads that overlap (its first and last four bytes, or two; the ones between
// are read twice) and copied as the same two loads: a byte at a time, through the table, such
// a string cost twice as much, and most of an event's strings are that short.
bool CopyShortPlain(const char* in, size_t n, char* out) {
  if (n >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, in, 4);
    std::memcpy(&tail, in + n - 4, 4);
    if (NeedsEscapeOrCheck(head | uint64_t{tail} << 32)) return false;
    std::memcpy(out, &head, 4);
    std::memcpy(out + n - 4, &tail, 4);
    return true;
  }
  if (n >= 2) {
    uint16_t head, tail;
    std::memcpy(&head, in, 2);
    std::memcpy(&tail, in + n - 2, 2);
    const uint64_t both = head | uint32_t{tail} << 16;
    if (NeedsEscapeOrCheck(both | both << 32)) return false;
    std::memcpy(out, &head, 2);
    std::memcpy(out + n - 2, &tail, 2);
    return true;
  }
  if (!kPlainBytes[static_cast<unsigned char>(in[0])]) return false;
  *out = in[0];
  return true;
}

}  // namespace

void AppendJsonString(std::string* out, std::string_view s) {
  out->push_back('"');
  EscapeJsonChars(*out, s);
  out->push_back('"');
}

namespace {

// WriteJsonString's copying by words, for strings of eight bytes or more or with a byte to
// escape; `p` is after the opening quote. Out of line, so that the short strings, most of
// them, do not save the registers that it needs.
[[gnu::noinline]] char* WriteJsonChars(char* p, std::string_view s) {
  Cursor out{p};
  const char* in = s.data();
  const size_t n = s.size();
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time while all are plain, where the processor has SSE2 (every x86-64):
  // a byte below 0x20 or from 0x80 up (negative as a signed byte) is found by one comparison,
  // '"' and '\\' by one each. (A sentence, the longest string of an event, is mostly such runs.)
  while (i + 16 <= n) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + i));
    const __m128i special =
        _mm_or_si128(_mm_cmplt_epi8(bytes, _mm_set1_epi8(0x20)),
                     _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('"')),
                                  _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\\'))));
    if (_mm_movemask_epi8(special) != 0) break;
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out.p), bytes);
    out.p += 16;
    i += 16;
  }
#endif
  while (i < n) {
    uint64_t w;
    while (i + 8 <= n) {
      std::memcpy(&w, in + i, 8);
      if (NeedsEscapeOrCheck(w)) break;
      out.append(reinterpret_cast<const char*>(&w), 8);
      i += 8;
    }
    if (i + 8 > n && n >= 8) {
      // The last word, [n - 8, n): when it is all plain, so are its bytes before i, which
      // were therefore copied one for one just before the cursor.
      std::memcpy(&w, in + n - 8, 8);
      if (!NeedsEscapeOrCheck(w)) {
        std::memcpy(out.p - (i - (n - 8)), &w, 8);
        out.p += n - i;
        break;
      }
    }
    while (i < n && kPlainBytes[static_cast<unsigned char>(in[i])]) out.push_back(in[i++]);
    if (i < n) i = EscapeCharAt(out, s, i);
  }
  out.push_back('"');
  return out.p;
}

}  // namespace

char* WriteJsonString(char* p, std::string_view s) {
  // Nearly every string of an event is plain ASCII (its codes, dates, names and sentence), and
  // the writer thread writes about twenty an event, most of them short: they are copied
  // through the cursor eight bytes at a time as they are tested, the bytes after the last
  // whole word as a word that overlaps the one before, and a string shorter than a word by
  // CopyShortPlain. (A scan for the run and a memcpy of it cost a hundred instructions for a
  // date.) A byte that needs more than a copy is escaped on its own, and the copying goes on.
  *p++ = '"';
  const size_t n = s.size();
  if (n > 0 && n < 8 && CopyShortPlain(s.data(), n, p)) {
    p[n] = '"';
    return p + n + 1;
  }
  return WriteJsonChars(p, s);
}

}  // namespace dyad::store
