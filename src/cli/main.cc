// dyad: political event data from raw news. See README.md and doc/design.md.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

#ifndef DYAD_VERSION
#define DYAD_VERSION "dev"
#endif

int main(int argc, char** argv) {
  CLI::App app{"dyad: turns raw news into political event data (who did what to whom, when).\n"
               "Reads HTML pages, JSONL and scraped text; codes events in CAMEO with PLOVER,\n"
               "Goldstein score and quad class; stores them in an embedded database."};
  app.set_version_flag("--version", std::string("dyad ") + DYAD_VERSION);
  app.require_subcommand(1);

  dyad::cli::CodeArgs code;
  CLI::App* c = app.add_subcommand("code", "Code events from articles");
  c->footer(
      "INPUT is a file, a directory (walked recursively) or - (standard input).\n"
      "  .txt   one article of plain (or scraped) text\n"
      "  .html  one web page (boilerplate is removed; metadata read)\n"
      "  .jsonl one document per line: {\"id\":..., \"date\":\"YYYY-MM-DD\", \"text\":...}\n"
      "         (or \"html\" instead of \"text\"; optional \"url\", \"title\", \"source\")\n"
      "Output (--out): .jsonl (default: standard output), .tsv, or .db (SQLite store,\n"
      "appended to, idempotent per document).\n"
      "Exit status: 0 when every input was read, 1 when some input failed (each failure is\n"
      "reported as 'dyad: FILE[:RECORD]: reason' and the rest is still coded), 2 on a fatal\n"
      "error (bad dictionary, unwritable output).");
  c->add_option("INPUT", code.inputs, "Files, directories or -")->required();
  c->add_option("-o,--out", code.out, "Output file: .jsonl, .tsv or .db (default: stdout)");
  c->add_option("--date", code.coder.default_date,
                "Document date (YYYY-MM-DD) for inputs that carry none");
  c->add_option("--actors", code.coder.actor_files,
                "Actor dictionary to use instead of the built-in ones (repeatable)");
  c->add_option("--agents", code.coder.agent_file, "Agent dictionary instead of the built-in");
  c->add_option("--verbs", code.coder.verb_file, "Verb dictionary instead of the built-in");
  c->add_option("--data", code.coder.data_dir, "Folder of the built-in dictionaries");
  c->add_option("-j,--threads", code.threads, "Worker threads")->check(CLI::Range(1, 256));
  c->add_flag("-q,--quiet", code.quiet, "No summary line on standard error");

  dyad::cli::ExtractArgs extract;
  CLI::App* x = app.add_subcommand(
      "extract", "Print each document's clean text and metadata as one JSON object per line");
  x->add_option("INPUT", extract.inputs, "Files, directories or -")->required();

  dyad::cli::ShowArgs show;
  CLI::App* s = app.add_subcommand("show", "Print the events and most active pairs of a store");
  s->add_option("--db", show.db, "The SQLite store written by 'dyad code --out X.db'")
      ->required();
  s->add_option("--limit", show.limit, "Events to print");
  s->add_option("--top", show.top, "Pairs of actors to print");

  CLI11_PARSE(app, argc, argv);
  if (*c) return dyad::cli::RunCode(code);
  if (*x) return dyad::cli::RunExtract(extract);
  if (*s) return dyad::cli::RunShow(show);
  return 2;
}
