// dyad: political event data from raw news. See README.md and doc/design.md.
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/dict_command.h"
#include "cli/export_command.h"
#include "cli/merge_command.h"
#include "cli/ties_command.h"
#include "cli/top_command.h"
#include "serve/serve_command.h"

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
      "         (or \"html\" instead of \"text\"; optional \"url\", \"title\", \"source\",\n"
      "         \"authors\", \"description\", \"language\"; news-please's records as they\n"
      "         are: \"maintext\", \"date_publish\", \"source_domain\")\n"
      "Output (--out): .jsonl (default: standard output), .tsv, or .db (SQLite store,\n"
      "appended to, idempotent per document).\n"
      "Exit status: 0 when every input was read, 1 when some input failed (each failure is\n"
      "reported as 'dyad: FILE[:RECORD]: reason' and the rest is still coded), 2 on a fatal\n"
      "error (bad dictionary, unwritable output).");
  c->add_option("INPUT", code.inputs, "Files, directories or -")->required();
  c->add_option("-o,--out", code.out, "Output file: .jsonl, .tsv or .db (default: stdout)");
  c->add_flag("--untargeted", code.coder.keep_untargeted,
              "Keep events whose target was not found (by default only statements, appeals, "
              "investigations and mass violence stand without one, and those only by a public "
              "actor, not private people, firms, schools or the press)");
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

  dyad::cli::TiesArgs ties;
  CLI::App* t = app.add_subcommand(
      "ties", "How relations between two actors move: the series in both directions and its "
              "turning points");
  t->add_option("A", ties.a, "First actor code (prefix: IRN matches IRNGOV)")->required();
  t->add_option("B", ties.b, "Second actor code")->required();
  t->add_option("--db", ties.db, "The SQLite store")->required();
  t->add_option("--by", ties.by, "Period: day, week or month")
      ->check(CLI::IsMember({"day", "week", "month"}));
  t->add_option("--from", ties.from, "First date (YYYY-MM-DD)");
  t->add_option("--to", ties.to, "Last date (YYYY-MM-DD)");
  t->add_option("--events", ties.events, "Driving events shown per turning point");
  t->add_option("--format", ties.format, "text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  t->add_option("--plot", ties.plot, "Also write an SVG chart of the series and turning points");
  t->add_option("--penalty-factor", ties.penalty_factor,
                "Change-point penalty as a multiple of ln(n) sigma^2 (default 3)");

  dyad::cli::ExportArgs exp;
  CLI::App* e = app.add_subcommand("export", "Write the store's events as GDELT 2.0, PLOVER, "
                                             "JSONL or CSV files");
  e->add_option("--db", exp.db, "The SQLite store")->required();
  e->add_option("--format", exp.format, "gdelt, plover, jsonl or csv")
      ->check(CLI::IsMember({"gdelt", "plover", "jsonl", "csv"}));
  e->add_option("-o,--out", exp.out, "Output file (default: standard output)");
  e->add_option("--mentions", exp.mentions, "With --format gdelt: the mentions file");
  e->add_option("--from", exp.from, "First date (YYYY-MM-DD)");
  e->add_option("--to", exp.to, "Last date (YYYY-MM-DD)");
  e->add_option("--actor", exp.actor, "Actor code prefix, on either side");
  e->add_option("--code", exp.code, "CAMEO code prefix");

  dyad::cli::DictCheckArgs dict_check;
  dyad::cli::DictLookupArgs dict_lookup;
  CLI::App* d = app.add_subcommand("dict", "Check dictionaries, or look up what a phrase means");
  d->require_subcommand(1);
  CLI::App* dc = d->add_subcommand(
      "check", "Report duplicate or conflicting entries, unknown codes, bad or overlapping role "
               "ranges, persons without a default role and patterns that can never match");
  dc->footer("Prints FILE:LINE: kind: message per finding. Exit status: 0 clean, 1 findings, "
             "2 unreadable dictionary.");
  dc->add_option("--data", dict_check.data_dir, "Folder of the built-in dictionaries");
  dc->add_option("--actors", dict_check.actor_files, "Actor dictionary to check (repeatable)");
  dc->add_option("--agents", dict_check.agent_file, "Agent dictionary to check");
  dc->add_option("--verbs", dict_check.verb_file, "Verb dictionary to check");
  CLI::App* dl = d->add_subcommand(
      "lookup", "What a phrase resolves to on a date, and which entry, file and line decide it");
  dl->add_option("TEXT", dict_lookup.text, "The phrase")->required();
  dl->add_option("--date", dict_lookup.date, "Date (YYYY-MM-DD; default: today)");
  dl->add_option("--data", dict_lookup.data_dir, "Folder of the built-in dictionaries");
  dl->add_option("--actors", dict_lookup.actor_files, "Actor dictionary (repeatable)");
  dl->add_option("--agents", dict_lookup.agent_file, "Agent dictionary");
  dl->add_option("--verbs", dict_lookup.verb_file, "Verb dictionary");
  dl->add_flag("--all", dict_lookup.all, "List every pattern anchored on a word");

  dyad::serve::ServeArgs serve;
  CLI::App* v = app.add_subcommand(
      "serve", "A read-only HTTP API and web dashboard over a store (doc/api.md)");
  v->add_option("--db", serve.db, "The SQLite store")->required();
  v->add_option("--host", serve.host, "Address (default 127.0.0.1)");
  v->add_option("--port", serve.port, "Port (default 8080; 0: any free port)")
      ->check(CLI::Range(0, 65535));
  v->add_option("--threads", serve.threads, "Worker threads")->check(CLI::Range(1, 256));
  v->add_option("--max-rows", serve.max_rows, "Largest page of events")
      ->check(CLI::Range(1, 100000));
  v->add_option("--query-time-ms", serve.query_time_ms, "Time limit of a request's queries")
      ->check(CLI::Range(1, 600000));

  dyad::cli::TopArgs top;
  CLI::App* tp = app.add_subcommand(
      "top", "The most active pairs of actors and the largest recent changes in their relations");
  tp->add_option("--db", top.db, "The SQLite store")->required();
  tp->add_option("--limit", top.limit, "Rows of each list")->check(CLI::Range(1, 1000));
  tp->add_option("--by", top.by, "Period of the series: day, week or month")
      ->check(CLI::IsMember({"day", "week", "month"}));
  tp->add_option("--since", top.since,
                 "Turning points from this date on are recent (default: 90 days before the "
                 "last event)");

  dyad::cli::MergeArgs merge;
  CLI::App* m = app.add_subcommand(
      "merge", "Merge stores coded separately (shards) into one, skipping documents it holds");
  m->footer("A document of a shard is added with its events when OUT lacks it, replaced when "
            "OUT holds\nit with other content, and skipped when unchanged: merging again adds "
            "nothing.\nExit status: 0 merged, 2 on an unreadable shard or output store.");
  m->add_option("OUT", merge.out, "The store written to (created if missing)")->required();
  m->add_option("SHARD", merge.shards, "Stores to merge into OUT, in order")->required();
  m->add_flag("-q,--quiet", merge.quiet, "No summary line on standard error");

  CLI11_PARSE(app, argc, argv);
  if (*m) return dyad::cli::RunMerge(merge);
  if (*v) return dyad::serve::RunServe(serve);
  if (*dc) return dyad::cli::RunDictCheck(dict_check);
  if (*dl) return dyad::cli::RunDictLookup(dict_lookup);
  if (*t) return dyad::cli::RunTies(ties);
  if (*tp) return dyad::cli::RunTop(top);
  if (*e) return dyad::cli::RunExport(exp);
  if (*c) return dyad::cli::RunCode(code);
  if (*x) return dyad::cli::RunExtract(extract);
  if (*s) return dyad::cli::RunShow(show);
  return 2;
}
