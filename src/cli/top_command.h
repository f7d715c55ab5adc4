// `dyad top --db X.db`: the most active pairs of actors in a store and the largest recent
// changes in how they treat each other (analysis/overview.h).
#ifndef DYAD_CLI_TOP_COMMAND_H_
#define DYAD_CLI_TOP_COMMAND_H_

#include <string>

namespace dyad::cli {

struct TopArgs {
  std::string db;
  int limit = 10;           // rows of each list
  std::string by = "week";  // period of the series the turning points are found in
  std::string since;        // recent = from this date; empty: 90 days before the last event
};
// Exit status: 0, or 2 on a bad argument or database.
int RunTop(const TopArgs& args);

}  // namespace dyad::cli

#endif  // DYAD_CLI_TOP_COMMAND_H_
