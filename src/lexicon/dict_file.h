// Reader of dyad's own dictionary format (doc/dictionary-format.md): header lines at column 0
// open blocks; indented lines belong to the block.
#ifndef DYAD_LEXICON_DICT_FILE_H_
#define DYAD_LEXICON_DICT_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::lexicon {

struct DictLine {
  std::string key;    // first word of the line ("name", "role", ...); empty in `code` blocks
  std::string value;  // the rest, trimmed; in `code` blocks the whole pattern
  int line = 0;
};

struct DictBlock {
  std::string kind;  // actor, person, agent, code, synset
  std::string head;  // the rest of the header line
  int line = 0;
  std::vector<DictLine> lines;
};

// Parses `content`; `path` names the file in error messages ("FILE:LINE: reason").
Status ParseDict(std::string_view content, const std::string& path, std::vector<DictBlock>* out);
Status ReadDictFile(const std::string& path, std::vector<DictBlock>* out);

// Splits "a | b | c" into trimmed, non-empty phrases.
std::vector<std::string> SplitPhrases(std::string_view value);

std::string_view Trim(std::string_view s);

// Splits a person's `role` value, "CODE [FROM..TO] [office words]", into its parts. The range is
// the second word when it contains ".." or starts with a digit; the office is the rest of the line, trimmed.
void SplitRoleLine(std::string_view value, std::string* code, std::string* range,
                   std::string* office);

Status ReadFile(const std::string& path, std::string* out);

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_DICT_FILE_H_
