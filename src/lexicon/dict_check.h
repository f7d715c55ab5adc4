// Consistency checks of dictionaries (`dyad dict check`). The loader (lexicon.h) is lenient on
// purpose: a phrase written twice keeps its first entry, a role range that overlaps another is
// simply never reached. The checker finds those silent losses, with FILE:LINE, before they cost
// events: duplicate and conflicting phrases, codes outside CAMEO, overlapping or malformed role
// ranges, persons without a default role, and patterns that can never match.
//
// It works on parsed blocks (dict_file.h), not on a compiled Lexicon, so that it sees every line
// as written and can go on past an error the loader would stop at.
#ifndef DYAD_LEXICON_DICT_CHECK_H_
#define DYAD_LEXICON_DICT_CHECK_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"
#include "lexicon/dict_file.h"

namespace dyad::lexicon {

struct DictFinding {
  std::string file;
  int line = 0;      // 0: the file as a whole
  std::string kind;  // duplicate, conflict, unknown-code, overlap, no-default, bad-range,
                     // never-matches, syntax
  std::string message;

  // "FILE:LINE: kind: message"
  std::string ToString() const;
};

class DictChecker {
 public:
  // The CAMEO event codes (data/cameo/codes.tsv). Without a table, event codes are not checked.
  Status LoadCameoTable(const std::string& path);
  void AddCameoCode(const std::string& code) { cameo_.insert(code); }

  void AddActorBlocks(const std::vector<DictBlock>& blocks, const std::string& path);
  void AddAgentBlocks(const std::vector<DictBlock>& blocks, const std::string& path);
  void AddVerbBlocks(const std::vector<DictBlock>& blocks, const std::string& path);
  // A file that could not be parsed at all ("FILE:LINE: reason" from the reader).
  void AddSyntaxError(const std::string& path, const std::string& message);

  // Runs the checks that need every file (actor codes against the loaded countries) and
  // returns all findings, ordered by file and line.
  std::vector<DictFinding> Finish();

  int actor_entries() const { return actor_entries_; }
  int persons() const { return persons_; }
  int agent_nouns() const { return agent_nouns_; }
  int patterns() const { return patterns_; }

 private:
  // First occurrence of a phrase (or pattern) and what it stands for.
  struct Seen {
    std::string file;
    int line = 0;
    std::string meaning;    // the code, or a person's name and roles
    int entry = 0;          // the block it came from
    bool implicit = false;  // derived by the loader ("the X" also gives "X")
  };
  struct CodeUse {
    std::string file;
    int line = 0;
    std::string code;
  };

  void Add(const std::string& file, int line, const std::string& kind, const std::string& msg);
  void Register(std::unordered_map<std::string, Seen>* seen, const std::string& key,
                const std::string& shown, const Seen& here);
  void CheckPattern(const std::string& code, const DictLine& l, const std::string& path, int entry);
  std::string CheckActorCode(const std::string& code) const;

  std::vector<DictFinding> findings_;
  std::set<std::string> cameo_;
  std::set<std::string> countries_;   // 3-letter codes of `actor` blocks
  std::vector<CodeUse> actor_codes_;  // checked in Finish(), once every country is known
  std::unordered_map<std::string, Seen> actor_phrases_, agent_phrases_, pattern_texts_;
  std::map<std::string, int> synsets_;  // name -> number of members
  int next_entry_ = 0;
  int actor_entries_ = 0, persons_ = 0, agent_nouns_ = 0, patterns_ = 0;
};

struct DictCheckOptions {
  std::string data_dir;                  // empty: Lexicon::DefaultDataDir()
  std::vector<std::string> actor_files;  // replace the built-in actors when non-empty
  std::string agent_file;                // replaces the built-in agents when set
  std::string verb_file;                 // replaces the built-in verbs when set
};

// Checks the dictionaries `options` selects, as Lexicon::Load would read them (TABARI and
// PETRARCH files are imported first). Returns an error only when a file cannot be read;
// everything else is a finding.
Status CheckDictionaries(const DictCheckOptions& options, std::vector<DictFinding>* findings,
                         DictChecker* checker);

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_DICT_CHECK_H_
