#include "text/sentences.h"

#include <array>
#include <string>

namespace dyad::text {
namespace {

// Words that end with a dot without ending the sentence. Lower case.
bool IsAbbreviation(std::string_view w) {
  if (w.size() < 2 || w.size() > 6) return false;  // the lengths of the list's words
  static constexpr std::array<std::string_view, 52> kAbbrev = {
      "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
      "gov", "sen", "rep", "rev", "st", "jr", "sr", "no", "nos", "vs", "etc", "inc", "co",
      "corp", "ltd", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
      "fig", "approx", "dept", "est", "pres", "amb", "hon", "messrs", "mt", "ft", "cpl",
      "pvt", "brig", "supt"};
  for (std::string_view a : kAbbrev) {
    if (w == a) return true;
  }
  return false;
}

bool IsSentenceStarter(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kStarters = {
      "the", "he", "she", "it", "they", "we", "i", "but", "in", "on", "this", "that",
      "a", "an", "however", "its", "his", "her", "their", "there"};
  for (std::string_view a : kStarters) {
    if (w == a) return true;
  }
  return false;
}

bool IsClosingPunct(std::string_view norm) {
  return norm == "\"" || norm == "'" || norm == ")" || norm == "]";
}

}  // namespace

std::vector<SentenceSpan> SplitSentences(std::string_view text, const std::vector<Token>& toks) {
  std::vector<SentenceSpan> out;
  std::string buf, buf2;
  uint32_t start = 0;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  auto word = [&](uint32_t i, std::string* b) {
    return Normalize(text.substr(toks[i].begin, toks[i].end - toks[i].begin), b);
  };
  for (uint32_t i = 0; i < n; ++i) {
    if (i > start && (toks[i].flags & kNewline)) {
      out.push_back({start, i});
      start = i;
    }
    // Decided on the token as written, without normalising every token: normalisation keeps
    // these marks and a final dot as they are, maps no other text to them, and leaves a word
    // of two characters or more at two bytes or more. The marks are punctuation tokens (the
    // tokenizer makes no word of them), so a word is only asked for its last byte.
    const Token& t = toks[i];
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
    while (j < n && !(toks[j].flags & kNewline) && toks[j].begin == toks[j - 1].end &&
           IsClosingPunct(word(j, &buf2))) {
      ++j;
    }
    if (j >= n || (toks[j].flags & kNewline)) {
      i = j - 1;
      continue;  // the line break (or the end) splits
    }
    const Token& next = toks[j];
    std::string_view next_word = word(j, &buf2);
    bool next_starts = (next.flags & kCapitalized) || (next.flags & kNumber) ||
                       next_word == "\"" || next_word == "'";
    if (!next_starts) continue;
    if (abbrev_token) {
      if (!IsSentenceStarter(next_word)) continue;
    } else if (full_stop && i > start) {
      const Token& prev = toks[i - 1];
      if (prev.end == toks[i].begin && (prev.flags & kWord)) {
        std::string_view pw = word(i - 1, &buf);
        bool initial = pw.size() == 1 && (prev.flags & kCapitalized);
        if (initial || IsAbbreviation(pw)) continue;
      }
    }
    out.push_back({start, j});
    start = j;
    i = j - 1;
  }
  if (start < n) out.push_back({start, n});
  return out;
}

}  // namespace dyad::text
