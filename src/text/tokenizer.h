// Tokenizer: splits text into tokens with byte offsets into the text it was given.
// Words keep inner hyphens ("al-Shabaab", "long-term") and inner dots of abbreviations ("U.S.");
// a possessive or contraction ending ("'s", "n't") is a token of its own; every punctuation
// mark is a token. Typographic quotes and dashes are normalised (’ -> ', – -> -), so that
// dictionary phrases and text meet in one form.
#ifndef DYAD_TEXT_TOKENIZER_H_
#define DYAD_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::text {

struct Token {
  uint32_t begin = 0;  // byte offset in the text
  uint32_t end = 0;
  uint16_t flags = 0;
};

enum TokenFlag : uint16_t {
  kCapitalized = 1,  // first letter upper case
  kAllCaps = 2,
  kWord = 4,         // letters (possibly with digits, hyphens, inner dots)
  kNumber = 8,
  kPunct = 16,
  kNewline = 32,     // a line break precedes the token
};

// Appends the tokens of `text` to `out`.
void Tokenize(std::string_view text, std::vector<Token>* out);

// The normalised form of a token: ASCII-lowercased, typographic punctuation mapped to ASCII.
// Writes into `buf` and returns a view of it.
std::string_view Normalize(std::string_view token_text, std::string* buf);
// The same form appended to `buf` (never longer than the token).
void AppendNormalized(std::string_view token_text, std::string* buf);
// The same form written at `out`, which has room for token_text.size() bytes; returns its
// length.
size_t NormalizeInto(std::string_view token_text, char* out);

// Tokenizes and normalises a phrase: the form dictionary phrases are stored in. With
// `keep_acronyms`, a word of two or three capital letters keeps its case ("US", "UN"), so that
// it matches only an upper-case token and not the word "us".
std::vector<std::string> NormalizedWords(std::string_view phrase, bool keep_acronyms = false);

// True for a token of two or three ASCII capital letters: matched case-sensitively. (Inline: it
// is asked of every capitalised token of every sentence.)
inline bool IsShortAcronym(std::string_view token_text) {
  if (token_text.size() < 2 || token_text.size() > 3) return false;
  for (char c : token_text) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

}  // namespace dyad::text

#endif  // DYAD_TEXT_TOKENIZER_H_
