#include "analysis/overview.h"

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

#include "store/sql_util.h"
#include "text/date.h"

namespace dyad::analysis {

Status MostActiveDyads(sqlite3* db, int limit, std::vector<DyadActivity>* out) {
  const char* sql =
      "SELECT min(s, t), max(s, t), count(*), sum(quad_class >= 3), avg(goldstein) FROM "
      "(SELECT substr(source_code, 1, 3) AS s, substr(target_code, 1, 3) AS t, quad_class, "
      "goldstein FROM events WHERE target_code IS NOT NULL AND target_code <> '') "
      "WHERE s <> t GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?";
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
    return Status::IOError(sqlite3_errmsg(db));
  }
  sqlite3_bind_int(st, 1, limit);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    DyadActivity d;
    d.a = store::Text(st, 0);
    d.b = store::Text(st, 1);
    d.events = sqlite3_column_int(st, 2);
    d.conflict_events = sqlite3_column_int(st, 3);
    d.goldstein_mean = sqlite3_column_double(st, 4);
    out->push_back(std::move(d));
  }
  Status s = rc == SQLITE_DONE ? Status::OK() : Status::IOError(sqlite3_errmsg(db));
  sqlite3_finalize(st);
  return s;
}

Status RecentChanges(sqlite3* db, const OverviewOptions& options, std::vector<RecentChange>* out,
                     std::string* since_used) {
  std::string last;
  {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT max(date) FROM events", -1, &st, nullptr) != SQLITE_OK) {
      return Status::IOError(sqlite3_errmsg(db));
    }
    if (sqlite3_step(st) == SQLITE_ROW) last = store::Text(st, 0);
    sqlite3_finalize(st);
  }
  std::string since = options.since;
  if (since.empty() && !last.empty()) {
    text::Date d = text::ParseIsoDate(last);
    if (d.valid()) since = text::Date::FromDays(d.DaysSinceEpoch() - 90).ToIso();
  }
  if (since_used) *since_used = since;
  if (last.empty()) return Status::OK();

  std::vector<DyadActivity> pairs;
  Status s = MostActiveDyads(db, options.dyads, &pairs);
  if (!s.ok()) return s;
  for (const DyadActivity& pair : pairs) {
    SeriesOptions so;
    so.by = options.by;
    so.to = last;  // every pair runs to the store's end: silence lately is part of the story
    DyadSeries series;
    // Each pair's series starts at its own first event (BuildDyadSeries' default).
    if (!(s = BuildDyadSeries(db, pair.a, pair.b, so, &series)).ok()) return s;
    for (const DirectedSeries* d : {&series.ab, &series.ba}) {
      if (d->total_events() == 0) continue;
      ChangePointOptions co;
      co.permutations = options.permutations;
      ChangePointResult r = DetectChangePoints(GoldsteinSums(*d), co);
      for (const ChangePoint& cp : r.points) {
        const std::string& date = d->periods[cp.index].start;
        // A period that starts before `since` but runs into it is recent too.
        if (cp.index + 1 < static_cast<int>(d->periods.size()) &&
            d->periods[cp.index + 1].start <= since) {
          continue;
        }
        RecentChange c;
        c.source = d->source;
        c.target = d->target;
        c.date = date;
        c.point = cp;
        std::vector<EventDetails> details;
        if (LoadEventDetails(db, DrivingEvents(*d, cp, 1), &details).ok() && !details.empty()) {
          c.driving_sentence = details[0].sentence;
        }
        out->push_back(std::move(c));
      }
    }
  }
  std::stable_sort(out->begin(), out->end(), [](const RecentChange& x, const RecentChange& y) {
    return std::fabs(x.point.after - x.point.before) > std::fabs(y.point.after - y.point.before);
  });
  return Status::OK();
}

}  // namespace dyad::analysis
