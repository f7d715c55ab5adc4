// `dyad dict check` and `dyad dict lookup`: tools for the people who write dictionaries. check
// lists what the loader would silently lose or never use (lexicon/dict_check.h); lookup shows
// what a phrase resolves to on a date, and which entry, file and line decide it.
#ifndef DYAD_CLI_DICT_COMMAND_H_
#define DYAD_CLI_DICT_COMMAND_H_

#include <string>
#include <vector>

namespace dyad::cli {

struct DictCheckArgs {
  std::string data_dir;                  // empty: the built-in data directory
  std::vector<std::string> actor_files;  // instead of the built-in actors
  std::string agent_file, verb_file;     // instead of the built-in ones
};
// One "FILE:LINE: kind: message" line per finding on standard output. Exit status: 0 when
// clean, 1 with findings, 2 when a dictionary cannot be read.
int RunDictCheck(const DictCheckArgs& args);

struct DictLookupArgs {
  std::string text;  // the phrase to resolve
  std::string date;  // YYYY-MM-DD; empty: today
  std::string data_dir;
  std::vector<std::string> actor_files;
  std::string agent_file, verb_file;
  bool all = false;  // every anchored pattern, not only the first ones
};
// Exit status: 0 when some actor, agent or pattern matches, 1 when nothing does, 2 on a bad
// argument or dictionary.
int RunDictLookup(const DictLookupArgs& args);

}  // namespace dyad::cli

#endif  // DYAD_CLI_DICT_COMMAND_H_
