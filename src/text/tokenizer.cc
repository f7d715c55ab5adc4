#include "text/tokenizer.h"

#include <array>
#include <bit>
#include <cstring>

namespace dyad::text {
namespace {

constexpr bool IsAsciiAlpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
constexpr bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Length of a typographic punctuation sequence at `p` (UTF-8), or 0. These are tokens of their
// own; other non-ASCII bytes count as letters (accented names: Erdoğan, Türkiye).
size_t Utf8PunctLength(std::string_view s, size_t i) {
  if (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2) {
    unsigned char c = s[i + 1];
    if (c == 0xA0) return 2;  // no-break space: treated as space by caller
    if (c == 0xAB || c == 0xBB || c == 0xA9 || c == 0xAE || c == 0xB7) return 2;  // « » © ® ·
  }
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
      static_cast<unsigned char>(s[i + 1]) == 0x80) {
    unsigned char c = s[i + 2];
    if (c >= 0x90 && c <= 0xA7) return 3;  // dashes, quotes, bullets, ellipsis
    if (c == 0xB9 || c == 0xBA) return 3;  // ‹ ›
  }
  return 0;
}

bool IsNoBreakSpace(std::string_view s, size_t i) {
  return i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 &&
         static_cast<unsigned char>(s[i + 1]) == 0xA0;
}

bool IsApostropheAt(std::string_view s, size_t i, size_t* len) {
  if (s[i] == '\'') {
    *len = 1;
    return true;
  }
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
      static_cast<unsigned char>(s[i + 1]) == 0x80 && static_cast<unsigned char>(s[i + 2]) == 0x99) {
    *len = 3;
    return true;
  }
  return false;
}

// What a byte tells about the word it may belong to, as bits that Tokenize ors together over
// the word's bytes, and whether it is white space: one table read a byte instead of a chain
// of tests. A byte of 0x80 and up has no bits: what it is depends on the bytes after it.
enum ByteBits : uint8_t {
  kWordByteBit = 1,  // belongs to the word
  kNotDigitBit = 2,  // a letter, or a non-ASCII byte of a word
  kUpperBit = 4,
  kLowerBit = 8,
  kSpaceBit = 16,    // ASCII white space
  kJoinerBit = 32,   // '-', '/', '.', ',': may join the bytes on both sides into one word
};
constexpr std::array<uint8_t, 256> kByteBits = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 128; ++c) {
    if (IsDigit(static_cast<unsigned char>(c))) t[c] = kWordByteBit;
    if (c >= 'A' && c <= 'Z') t[c] = kWordByteBit | kNotDigitBit | kUpperBit;
    if (c >= 'a' && c <= 'z') t[c] = kWordByteBit | kNotDigitBit | kLowerBit;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      t[c] = kSpaceBit;
    }
    if (c == '-' || c == '/' || c == '.' || c == ',') t[c] = kJoinerBit;
  }
  return t;
}();

// How many of the eight bytes at `p`, from the first, are ASCII lower-case letters: most bytes
// of a word, told eight at a time instead of a table read each. For a byte b below 0x80,
// b + (0x80 - 'a') has its high bit set when b >= 'a', and b + (0x7F - 'z') when b > 'z' (no sum
// carries into the next byte); a byte of 0x80 and up is told apart by its own high bit.
inline size_t LowerCaseRun(const char* p) {
  constexpr uint64_t kOnes = ~uint64_t{0} / 0xFF;
  constexpr uint64_t kHighBits = kOnes * 0x80;
  uint64_t chunk;
  std::memcpy(&chunk, p, 8);
  const uint64_t low_bits = chunk & ~kHighBits;
  const uint64_t lower =
      (low_bits + kOnes * (0x80 - 'a')) & ~(low_bits + kOnes * (0x7F - 'z')) & ~chunk;
  const uint64_t stop = ~lower & kHighBits;
  return stop == 0 ? 8 : static_cast<size_t>(std::countr_zero(stop)) / 8;
}

// Asked of every byte of every word: inlined, with ASCII answered by the table above.
inline bool IsWordByte(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c < 0x80) return kByteBits[c] & kWordByteBit;
  return Utf8PunctLength(s, i) == 0 && !IsNoBreakSpace(s, i);
}

inline uint8_t WordBits(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c < 0x80) return kByteBits[c];
  return IsWordByte(s, i) ? kWordByteBit | kNotDigitBit : 0;
}

}  // namespace

void Tokenize(std::string_view s, std::vector<Token>* out) {
  size_t i = 0;
  bool newline = true;
  const size_t n = s.size();
  while (i < n) {
    unsigned char c = s[i];
    if (kByteBits[c] & kSpaceBit) {
      if (c == '\n') newline = true;
      ++i;
      continue;
    }
    if (c >= 0x80 && IsNoBreakSpace(s, i)) {
      i += 2;
      continue;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    if (newline) t.flags |= kNewline;
    newline = false;
    size_t apos_len = 0;
    if (IsWordByte(s, i)) {
      uint8_t seen = 0;  // the ByteBits of the word's bytes so far
      size_t j = i;
      // Its first byte, an ASCII one a word byte (it is often a capital, which the run of
      // lower-case letters below would stop at).
      if (c < 0x80) {
        seen = kByteBits[c];
        ++j;
      }
      while (j < n) {
        // The word's ASCII letters and digits, most of its bytes, in loops of their own: lower
        // case eight at a time while eight are left, then any a byte at a time (a byte of 0x80
        // and up stops both: it has no bits).
        while (j + 8 <= n) {
          const size_t run = LowerCaseRun(s.data() + j);
          if (run > 0) seen |= kByteBits['a'];
          j += run;
          if (run < 8) break;
        }
        while (j < n) {
          const uint8_t bits = kByteBits[static_cast<unsigned char>(s[j])];
          if (!(bits & kWordByteBit)) break;
          seen |= bits;
          ++j;
        }
        if (j == n) break;
        unsigned char d = s[j];
        // An ASCII byte here is no word byte: the word goes on only past a joiner.
        if (d < 0x80 && !(kByteBits[d] & kJoinerBit)) break;
        if (const uint8_t bits = WordBits(s, j); bits & kWordByteBit) {
          seen |= bits;
          ++j;
          continue;
        }
        // Inner hyphen, or a dot/comma inside a number, or an abbreviation dot (U.S.).
        if ((d == '-' || d == '/') && j + 1 < n && IsWordByte(s, j + 1) && j > i) {
          // "then-U.S. Speaker": an abbreviation after the hyphen belongs to the word, dots
          // included, so that they are not taken for sentence ends.
          if (j + 4 < n && IsAsciiAlpha(s[j + 1]) && s[j + 2] == '.' && IsAsciiAlpha(s[j + 3]) &&
              s[j + 4] == '.') {
            ++j;
            while (j + 1 < n && IsAsciiAlpha(s[j]) && s[j + 1] == '.') j += 2;
            break;
          }
          ++j;
          continue;
        }
        if ((d == '.' || d == ',') && !(seen & kNotDigitBit) && j + 1 < n && IsDigit(s[j + 1])) {
          ++j;
          continue;
        }
        if (d == '.' && j - i == 1 && j + 2 < n && IsAsciiAlpha(s[j + 1]) && s[j + 2] == '.') {
          // "U.S.", "U.N.", "e.g.": single letters joined by dots, final dot included.
          while (j + 2 < n && s[j] == '.' && IsAsciiAlpha(s[j + 1]) && s[j + 2] == '.') j += 2;
          ++j;
          if (s[i] >= 'A' && s[i] <= 'Z') seen |= kUpperBit;
          seen |= kNotDigitBit;
          break;
        }
        break;
      }
      const bool all_digits = !(seen & kNotDigitBit);
      const bool has_upper = seen & kUpperBit, has_lower = seen & kLowerBit;
      // (The byte after the word first: an apostrophe's, ASCII or typographic, is rare.)
      if (j < n && (s[j] == '\'' || static_cast<unsigned char>(s[j]) == 0xE2) && j - i >= 2 &&
          (s[j - 1] == 'n' || s[j - 1] == 'N')) {
        size_t al = 0;
        if (IsApostropheAt(s, j, &al) && j + al < n && (s[j + al] == 't' || s[j + al] == 'T') &&
            (j + al + 1 >= n || !IsWordByte(s, j + al + 1))) {
          t.end = static_cast<uint32_t>(j - 1);
          t.flags |= kWord;
          if (s[i] >= 'A' && s[i] <= 'Z') t.flags |= kCapitalized;
          out->push_back(t);
          Token neg;
          neg.begin = static_cast<uint32_t>(j - 1);
          neg.end = static_cast<uint32_t>(j + al + 1);
          neg.flags = kWord;
          out->push_back(neg);
          i = j + al + 1;
          continue;
        }
      }
      t.end = static_cast<uint32_t>(j);
      if (all_digits) {
        t.flags |= kNumber;
      } else {
        t.flags |= kWord;
        if (s[i] >= 'A' && s[i] <= 'Z') t.flags |= kCapitalized;
        if (has_upper && !has_lower) t.flags |= kAllCaps;
      }
      out->push_back(t);
      // A space after a word, the commonest byte between two tokens, is passed over here
      // rather than in a turn of the loop of its own.
      i = j < n && s[j] == ' ' ? j + 1 : j;
      continue;
    }
    // A possessive or contraction ending: attached to the previous word, or standing alone in
    // a dictionary phrase ("+ 's bid").
    if (IsApostropheAt(s, i, &apos_len) && i + apos_len < n &&
        ((!out->empty() && out->back().end == i) || i == 0)) {
      // Possessive or contraction ending attached to the previous word: 's 're 've 'll 'd.
      size_t j = i + apos_len;
      size_t k = j;
      while (k < n && IsAsciiAlpha(s[k]) && k - j < 2) ++k;
      std::string_view rest = s.substr(j, k - j);
      bool boundary = k >= n || !IsWordByte(s, k);
      if (boundary && (rest == "s" || rest == "S" || rest == "re" || rest == "ve" ||
                       rest == "ll" || rest == "d")) {
        t.end = static_cast<uint32_t>(k);
        t.flags |= kWord;
        out->push_back(t);
        i = k;
        continue;
      }
      if (rest.empty() && !out->empty() && out->back().end == i) {
        // Plural possessive "countries'": keep the apostrophe as the possessive marker.
        unsigned char prev = s[i - 1];
        if (prev == 's' || prev == 'S') {
          t.end = static_cast<uint32_t>(i + apos_len);
          t.flags |= kWord;
          out->push_back(t);
          i += apos_len;
          continue;
        }
      }
    }
    size_t plen = Utf8PunctLength(s, i);
    if (plen == 0) plen = (c >= 0x80) ? 1 : 1;
    t.end = static_cast<uint32_t>(i + plen);
    t.flags |= kPunct;
    out->push_back(t);
    i += plen;
  }
}

std::string_view Normalize(std::string_view tok, std::string* buf) {
  buf->clear();
  AppendNormalized(tok, buf);
  return *buf;
}

void AppendNormalized(std::string_view tok, std::string* buf) {
  const size_t at = buf->size();
  buf->resize(at + tok.size());
  buf->resize(at + NormalizeInto(tok, buf->data() + at));
}

namespace {

// `chunk`'s ASCII upper-case letters in lower case; every byte of it is below 0x80. For such a
// byte b, b + 0x3F has its high bit set when b >= 'A', and b + 0x25 when b > 'Z' (no sum
// carries into the next byte): the upper-case letters get their 0x20 bit.
template <typename Word>
Word LowerAsciiWord(Word chunk) {
  constexpr Word kOnes = static_cast<Word>(~Word{0}) / 0xFF;
  const Word upper = (chunk + kOnes * 0x3F) & ~(chunk + kOnes * 0x25);
  return chunk | ((upper & (kOnes * 0x80)) >> 2);
}

}  // namespace

namespace {

// NormalizeInto for any token: for those of eight bytes or more, or not of ASCII alone. Never
// inlined: NormalizeInto's short tokens would then pay for the registers this one needs.
[[gnu::noinline]] size_t NormalizeAnyInto(std::string_view tok, char* out) {
  // Its ASCII start (most tokens are ASCII throughout) lower-cased in tight loops, eight bytes
  // at a time while eight are left; the rest byte by byte. A token of ASCII alone is done
  // without a loop over bytes: the fewer than eight bytes after the last whole eight are
  // lower-cased as the eight that end the token (the bytes read twice are lower-cased twice,
  // which changes nothing). Every branch reads the bytes it writes before it writes them, so
  // that `out` may be where the token is.
  const size_t size = tok.size();
  constexpr uint64_t kHighBits = 0x8080808080808080ull;
  size_t ascii = 0;
  if (size >= 8) {
    for (; ascii + 8 <= size; ascii += 8) {
      uint64_t chunk;
      std::memcpy(&chunk, tok.data() + ascii, 8);
      if (chunk & kHighBits) break;
      chunk = LowerAsciiWord(chunk);
      std::memcpy(out + ascii, &chunk, 8);
    }
    if (ascii == size) return size;
    if (ascii + 8 > size) {
      uint64_t last;
      std::memcpy(&last, tok.data() + size - 8, 8);
      if (!(last & kHighBits)) {
        last = LowerAsciiWord(last);
        std::memcpy(out + size - 8, &last, 8);
        return size;
      }
    }
  }
  for (; ascii < size; ++ascii) {
    const unsigned char c = tok[ascii];
    if (c >= 0x80) break;
    out[ascii] = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 32 : c);
  }
  size_t length = ascii;
  for (size_t i = ascii; i < tok.size(); ++i) {
    unsigned char c = tok[i];
    if (c >= 'A' && c <= 'Z') {
      out[length++] = static_cast<char>(c | 32);
    } else if (c == 0xE2 && i + 2 < tok.size() && static_cast<unsigned char>(tok[i + 1]) == 0x80) {
      unsigned char d = tok[i + 2];
      if (d == 0x98 || d == 0x99 || d == 0x9B || d == 0xB2) {
        out[length++] = '\'';
      } else if (d == 0x9C || d == 0x9D || d == 0x9E || d == 0x9F || d == 0xB3) {
        out[length++] = '"';
      } else if (d >= 0x90 && d <= 0x95) {
        out[length++] = '-';
      } else {
        out[length++] = tok[i];
        out[length++] = tok[i + 1];
        out[length++] = tok[i + 2];
      }
      i += 2;
    } else if (c == 0xC2 && i + 1 < tok.size() &&
               (static_cast<unsigned char>(tok[i + 1]) == 0xAB ||
                static_cast<unsigned char>(tok[i + 1]) == 0xBB)) {
      out[length++] = '"';
      ++i;
    } else {
      out[length++] = static_cast<char>(c);
    }
  }
  return length;
}

}  // namespace

size_t NormalizeInto(std::string_view tok, char* out) {
  // A token of up to seven bytes of ASCII alone, most tokens, is done here without a loop: one
  // of four to seven bytes as its first four and its last four, one of one to three bytes as
  // its first, middle and last byte (the bytes read twice are lower-cased twice, which changes
  // nothing); the others out of line, so that these take no call and save no register for one.
  // Both read the bytes they write before they write them.
  const size_t size = tok.size();
  if (size >= 4 && size < 8) {
    uint32_t first, last;
    std::memcpy(&first, tok.data(), 4);
    std::memcpy(&last, tok.data() + size - 4, 4);
    if (!((first | last) & 0x80808080u)) {
      first = LowerAsciiWord(first);
      last = LowerAsciiWord(last);
      std::memcpy(out, &first, 4);
      std::memcpy(out + size - 4, &last, 4);
      return size;
    }
  } else if (size > 0 && size < 4) {
    const unsigned char first = tok[0], middle = tok[size / 2], last = tok[size - 1];
    if (!((first | middle | last) & 0x80)) {
      auto lower = [](unsigned char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c | 32 : c);
      };
      out[0] = lower(first);
      out[size / 2] = lower(middle);
      out[size - 1] = lower(last);
      return size;
    }
  }
  return NormalizeAnyInto(tok, out);
}

std::vector<std::string> NormalizedWords(std::string_view phrase, bool keep_acronyms) {
  // The tokens go into the thread's vector, which keeps its room from phrase to phrase (the
  // dictionaries' phrases, tens of thousands at loading, grew one each); but not the room of an
  // unusually long text. The words' vector is given its room at once (grown, it moved its
  // strings each time), and each word is normalized where it is kept.
  constexpr size_t kKeptTokens = 1024;
  thread_local std::vector<Token> toks;
  toks.clear();
  Tokenize(phrase, &toks);
  std::vector<std::string> words;
  words.reserve(toks.size());
  for (const Token& t : toks) {
    std::string_view raw = phrase.substr(t.begin, t.end - t.begin);
    if (keep_acronyms && IsShortAcronym(raw)) {
      words.emplace_back(raw);
    } else {
      // (Never longer than the token.)
      std::string& word = words.emplace_back(raw.size(), '\0');
      word.resize(NormalizeInto(raw, word.data()));
    }
  }
  if (toks.capacity() > kKeptTokens) std::vector<Token>().swap(toks);
  return words;
}

}  // namespace dyad::text
