// The subcommands of the `dyad` binary. Each returns the process exit code.
#ifndef DYAD_CLI_COMMANDS_H_
#define DYAD_CLI_COMMANDS_H_

#include <cstddef>
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

// The first `limit` characters (UTF-8 code points, so a Cyrillic or Arabic sentence is not cut
// shorter, nor mid-character) of a text, on one line, with "..." when cut.
std::string ClipLine(const std::string& s, size_t limit);

}  // namespace dyad::cli

#endif  // DYAD_CLI_COMMANDS_H_
