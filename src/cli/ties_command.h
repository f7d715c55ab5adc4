// `dyad ties A B --db X.db`: how two actors have treated each other over time, in both
// directions, and the turning points of their relations (analysis/series.h,
// analysis/changepoint.h).
#ifndef DYAD_CLI_TIES_COMMAND_H_
#define DYAD_CLI_TIES_COMMAND_H_

#include <string>

namespace dyad::cli {

struct TiesArgs {
  std::string a, b;           // actor codes, matched by prefix ("IRN" matches IRNGOV)
  std::string db;             // the SQLite store written by `dyad code --out X.db`
  std::string by = "week";    // day, week or month
  std::string from, to;       // YYYY-MM-DD, inclusive; empty: the dyad's first (last) event
  int events = 3;             // driving events printed per turning point
  double penalty_factor = 0;  // penalty = factor * ln(n) * sigma^2; 0: the default (3)
  std::string format = "text";  // text or json
  std::string plot;             // an SVG chart is written here when set
};
// Exit status: 0 (also when the two never interact), 2 on a bad argument or database.
int RunTies(const TiesArgs& args);

}  // namespace dyad::cli

#endif  // DYAD_CLI_TIES_COMMAND_H_
