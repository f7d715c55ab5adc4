// `dyad export`: a store's events as GDELT 2.0 events (and mentions), PLOVER JSON, JSONL or
// CSV. See store/export.h for the formats and store/dedup.h for how events are deduplicated.
#ifndef DYAD_CLI_EXPORT_COMMAND_H_
#define DYAD_CLI_EXPORT_COMMAND_H_

#include <string>

namespace dyad::cli {

struct ExportArgs {
  std::string db;
  std::string format = "jsonl";  // gdelt, plover, jsonl or csv
  std::string out;               // empty or "-": standard output
  std::string mentions;          // gdelt: the mentions file
  std::string from, to;          // YYYY-MM-DD, inclusive
  std::string actor;             // prefix of the source or target code
  std::string code;              // prefix of the CAMEO code
};

// Exit status: 0 on success, 2 on a fatal error (unknown format, bad date, missing or
// unreadable database, unwritable output).
int RunExport(const ExportArgs& args);

}  // namespace dyad::cli

#endif  // DYAD_CLI_EXPORT_COMMAND_H_
