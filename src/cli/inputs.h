// Reading the inputs of `dyad code` / `dyad extract`: files, directories (walked recursively,
// in name order) and "-" (standard input). A .txt file is one article of plain text, .html/.htm
// one page, .jsonl one document per line; standard input is recognised by its content.
// A bad input or record is reported and skipped; the rest is read.
#ifndef DYAD_CLI_INPUTS_H_
#define DYAD_CLI_INPUTS_H_

#include <functional>
#include <string>
#include <vector>

#include "dyad/document.h"

namespace dyad::cli {

struct InputStats {
  int documents = 0;
  int failures = 0;  // inputs or records that could not be read
};

// Calls `on_doc` for each document, `on_error(where, reason)` for each failure ("FILE" or
// "FILE:LINE"). Stops early when `on_doc` returns false.
InputStats ReadInputs(const std::vector<std::string>& inputs,
                      const std::function<bool(Document&&)>& on_doc,
                      const std::function<void(const std::string&, const std::string&)>& on_error);

}  // namespace dyad::cli

#endif  // DYAD_CLI_INPUTS_H_
