// The subcommands of the `dyad` binary. Each returns the process exit code.
#ifndef DYAD_CLI_COMMANDS_H_
#define DYAD_CLI_COMMANDS_H_

#include <string>
#include <vector>

#include "dyad/coder.h"

namespace dyad::cli {

struct CodeArgs {
  std::vector<std::string> inputs;
  std::string out;
  CoderOptions coder;
  int threads = 1;
  bool quiet = false;
};
int RunCode(const CodeArgs& args);

struct ExtractArgs {
  std::vector<std::string> inputs;
};
int RunExtract(const ExtractArgs& args);

struct ShowArgs {
  std::string db;
  int limit = 50;
  int top = 10;
};
int RunShow(const ShowArgs& args);

// "dyad: WHERE: reason" on standard error.
void ReportError(const std::string& where, const std::string& reason);

}  // namespace dyad::cli

#endif  // DYAD_CLI_COMMANDS_H_
