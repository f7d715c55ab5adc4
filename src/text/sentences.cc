#include "text/sentences.h"

#include <algorithm>
#include <array>
#include <cstdint>

#include "text/head_word.h"

namespace dyad::text {
namespace {

// A word of up to seven bytes as one number: its bytes, little-end first, and its length in
// the top byte. A list of short words is then searched by comparing numbers, not strings.
constexpr uint64_t Packed(std::string_view w) {
  uint64_t v = uint64_t{w.size()} << 56;
  for (size_t k = 0; k < w.size(); ++k) v |= uint64_t{static_cast<uint8_t>(w[k])} << (8 * k);
  return v;
}

template <size_t N>
constexpr std::array<uint64_t, N> SortedPacked(const std::array<std::string_view, N>& words) {
  std::array<uint64_t, N> packed{};
  for (size_t k = 0; k < N; ++k) packed[k] = Packed(words[k]);
  std::sort(packed.begin(), packed.end());
  return packed;
}

// Whether `w` is one of the `sorted` packed words, which have `min` to `max` (at most seven)
// bytes.
template <size_t N>
bool IsOneOf(std::string_view w, size_t min, size_t max, const std::array<uint64_t, N>& sorted) {
  if (w.size() < min || w.size() > max) return false;
  const uint64_t v = HeadWord(w) | uint64_t{w.size()} << 56;  // little-endian, as Packed
  return std::binary_search(sorted.begin(), sorted.end(), v);
}

bool IsSentenceStarter(std::string_view w) {
  static constexpr auto kStarters = SortedPacked(std::array<std::string_view, 20>{
      "the", "he", "she", "it", "they", "we", "i", "but", "in", "on", "this", "that",
      "a", "an", "however", "its", "his", "her", "their", "there"});
  return IsOneOf(w, 1, 7, kStarters);
}

bool IsClosingPunct(std::string_view norm) {
  return norm == "\"" || norm == "'" || norm == ")" || norm == "]";
}

// The last bytes of the marks that end a sentence ('.', '!', '?', the ellipsis) and of a word
// that may be an abbreviation (a dot).
constexpr auto kMayEndSentence = [] {
  std::array<bool, 256> may{};
  may['.'] = may['!'] = may['?'] = true;
  may[0xA6] = true;  // "\xE2\x80\xA6"
  return may;
}();

// Room for the normalised form of a token that may be one of the words the splitter compares.
constexpr size_t kShortToken = 24;

// The normalised form of `raw`, written in `buf`; a token longer than kShortToken is returned
// as it is. Normalising maps at most three bytes to one, so such a token's form has more than
// eight bytes, and it is none of the words and marks compared here (at most seven bytes)
// either way: the splitter never builds a string for a token.
std::string_view ShortNormalized(std::string_view raw, char (&buf)[kShortToken]) {
  if (raw.size() > kShortToken) return raw;
  return {buf, NormalizeInto(raw, buf)};
}

}  // namespace

bool IsAbbreviation(std::string_view w) {
  static constexpr auto kAbbrev = SortedPacked(std::array<std::string_view, 52>{
      "mr",   "mrs",    "ms",  "dr",  "prof", "gen", "col",    "lt",   "sgt", "capt", "cmdr",
      "adm",  "maj",    "gov", "sen", "rep",  "rev", "st",     "jr",   "sr",  "no",   "nos",
      "vs",   "etc",    "inc", "co",  "corp", "ltd", "jan",    "feb",  "mar", "apr",  "aug",
      "sept", "sep",    "oct", "nov", "dec",  "fig", "approx", "dept", "est", "pres", "amb",
      "hon",  "messrs", "mt",  "ft",  "cpl",  "pvt", "brig",   "supt"});
  return IsOneOf(w, 2, 6, kAbbrev);  // the lengths of the list's words
}

std::vector<SentenceSpan> SplitSentences(std::string_view text, const std::vector<Token>& toks) {
  std::vector<SentenceSpan> out;
  // Room for a sentence of every sixteen tokens, more than news has: one allocation where
  // growing one sentence at a time took several.
  out.reserve(toks.size() / 16 + 1);
  char buf[kShortToken], buf2[kShortToken];
  uint32_t start = 0;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  // Read through a pointer of its own, which the appends to `out` cannot move.
  const Token* const tokens = toks.data();
  auto word = [text, tokens](uint32_t i, char (&b)[kShortToken]) {
    return ShortNormalized(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin), b);
  };
  for (uint32_t i = 0; i < n; ++i) {
    // Most tokens neither start a line nor end in a byte a sentence's end can end in: passed
    // over in a loop of their own.
    while (i < n && !(tokens[i].flags & kNewline) &&
           (tokens[i].end == tokens[i].begin ||
            !kMayEndSentence[static_cast<unsigned char>(text[tokens[i].end - 1])])) {
      ++i;
    }
    if (i == n) break;
    const Token& t = tokens[i];
    if (i > start && (t.flags & kNewline)) {
      out.push_back({start, i});
      start = i;
    }
    // Decided on the token as written, without normalising every token: normalisation keeps
    // these marks and a final dot as they are, maps no other text to them, and leaves a word
    // of two characters or more at two bytes or more. The marks are punctuation tokens (the
    // tokenizer makes no word of them), so a word is only asked for its last byte.
    bool terminal = false, full_stop = false, abbrev_token = false;
    if (t.flags & kPunct) {
      const std::string_view raw(text.data() + t.begin, t.end - t.begin);
      full_stop = raw == ".";
      terminal = full_stop || raw == "!" || raw == "?" || raw == "\xE2\x80\xA6";
    } else if (t.flags & kWord) {
      abbrev_token = t.end - t.begin >= 2 && text[t.end - 1] == '.';
    }
    if (!terminal && !abbrev_token) continue;
    uint32_t j = i + 1;
    // Closing quotes and brackets stay with the sentence when they touch its last mark.
    while (j < n && !(tokens[j].flags & kNewline) && tokens[j].begin == tokens[j - 1].end &&
           IsClosingPunct(word(j, buf2))) {
      ++j;
    }
    if (j >= n || (tokens[j].flags & kNewline)) {
      i = j - 1;
      continue;  // the line break (or the end) splits
    }
    const Token& next = tokens[j];
    std::string_view next_word = word(j, buf2);
    bool next_starts = (next.flags & kCapitalized) || (next.flags & kNumber) ||
                       next_word == "\"" || next_word == "'";
    if (!next_starts) continue;
    if (abbrev_token) {
      if (!IsSentenceStarter(next_word)) continue;
    } else if (full_stop && i > start) {
      const Token& prev = tokens[i - 1];
      if (prev.end == t.begin && (prev.flags & kWord)) {
        std::string_view pw = word(i - 1, buf);
        bool initial = pw.size() == 1 && (prev.flags & kCapitalized);
        if (initial || IsAbbreviation(pw)) continue;
      }
    }
    out.push_back({start, j});
    start = j;
    i = j - 1;
  }
  if (start < n) out.push_back({start, n});
  bool too_long = false;
  for (const SentenceSpan& s : out) too_long |= s.token_end - s.token_begin > kMaxSentenceTokens;
  if (too_long) {
    std::vector<SentenceSpan> cut;
    for (const SentenceSpan& s : out) {
      for (uint32_t b = s.token_begin; b < s.token_end; b += kMaxSentenceTokens) {
        cut.push_back({b, std::min(s.token_end, b + kMaxSentenceTokens)});
      }
    }
    out.swap(cut);
  }
  return out;
}

}  // namespace dyad::text
