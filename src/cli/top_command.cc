#include "cli/top_command.h"

#include <cstdio>
#include <memory>
#include <vector>

#include "analysis/overview.h"
#include "cli/commands.h"
#include "store/sqlite_store.h"
#include "text/date.h"

namespace dyad::cli {
namespace {

constexpr size_t kSentenceChars = 70;

}  // namespace

int RunTop(const TopArgs& args) {
  analysis::OverviewOptions options;
  if (!analysis::ParsePeriod(args.by, &options.by)) {
    ReportError("--by", "'" + args.by + "' is not day, week or month");
    return 2;
  }
  if (!args.since.empty() && !text::ParseIsoDate(args.since).valid()) {
    ReportError("--since", "'" + args.since + "' is not a YYYY-MM-DD date");
    return 2;
  }
  options.since = args.since;
  std::unique_ptr<store::SqliteStore> db;
  Status s = store::SqliteStore::OpenReadOnly(args.db, &db);
  if (!s.ok()) {
    ReportError(args.db, s.message());
    return 2;
  }
  std::vector<analysis::DyadActivity> active;
  if (!(s = analysis::MostActiveDyads(db->handle(), args.limit, &active)).ok()) {
    ReportError(args.db, s.message());
    return 2;
  }
  std::printf("most active pairs (country level, both directions)\n");
  std::printf("  %-9s %7s %9s %9s\n", "pair", "events", "conflict", "Goldstein");
  for (const analysis::DyadActivity& d : active) {
    std::printf("  %-9s %7d %8.0f%% %+9.2f\n", (d.a + "-" + d.b).c_str(), d.events,
                d.events ? 100.0 * d.conflict_events / d.events : 0.0, d.goldstein_mean);
  }
  if (active.empty()) std::printf("  (no events with both a source and a target)\n");

  std::vector<analysis::RecentChange> changes;
  std::string since;
  if (!(s = analysis::RecentChanges(db->handle(), options, &changes, &since)).ok()) {
    ReportError(args.db, s.message());
    return 2;
  }
  std::printf("\nlargest recent changes (turning points since %s, %s series of the %d most "
              "active pairs)\n",
              since.empty() ? "-" : since.c_str(),
              options.by == analysis::Period::kDay    ? "daily"
              : options.by == analysis::Period::kWeek ? "weekly"
                                                      : "monthly",
              options.dyads);
  int shown = 0;
  for (const analysis::RecentChange& c : changes) {
    if (shown++ == args.limit) break;
    std::printf("  %s %s -> %s  level %+.1f -> %+.1f  confidence %.2f\n      %s\n", c.date.c_str(),
                c.source.c_str(), c.target.c_str(), c.point.before, c.point.after,
                c.point.confidence,
                c.driving_sentence.empty()
                    ? "(no event of the change's sign near it: fewer events of the other)"
                    : ClipLine(c.driving_sentence, kSentenceChars).c_str());
  }
  if (changes.empty()) std::printf("  (none)\n");
  return 0;
}

}  // namespace dyad::cli
