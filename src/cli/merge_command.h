// `dyad merge OUT.db SHARD.db...`: folds stores coded separately (one per machine or per slice
// of the input) into one. A document moves with all its events; one already in OUT with the same
// id and content hash is skipped, one whose content differs is replaced, as
// SqliteStore::Write does, so merging a shard twice adds nothing.
#ifndef DYAD_CLI_MERGE_COMMAND_H_
#define DYAD_CLI_MERGE_COMMAND_H_

#include <string>
#include <vector>

namespace dyad::cli {

struct MergeArgs {
  std::string out;                  // created or migrated to the current schema
  std::vector<std::string> shards;  // read only; merged in the order given (later wins)
  bool quiet = false;               // no summary line on standard error
};
// Exit status: 0 when every shard was merged, 2 on an unreadable shard or OUT. Each shard is
// merged in one transaction, so a failed or killed merge leaves whole shards and can be re-run.
int RunMerge(const MergeArgs& args);

}  // namespace dyad::cli

#endif  // DYAD_CLI_MERGE_COMMAND_H_
