// The store at a glance, for `dyad top`: which pairs of countries interact most, and where
// relations have just turned (the most recent turning points, largest first).
#ifndef DYAD_ANALYSIS_OVERVIEW_H_
#define DYAD_ANALYSIS_OVERVIEW_H_

#include <string>
#include <vector>

#include "analysis/changepoint.h"
#include "analysis/series.h"
#include "dyad/status.h"

struct sqlite3;

namespace dyad::analysis {

// A pair of actors at the country level (the first three letters of their codes, so IRNGOV and
// IRNMIL count as IRN), in either direction; events of an actor with itself are left out.
struct DyadActivity {
  std::string a, b;  // a < b
  int events = 0;
  int conflict_events = 0;  // quad classes 3 and 4
  double goldstein_mean = 0;
};

// The `limit` most active pairs, by events, then by name.
Status MostActiveDyads(sqlite3* db, int limit, std::vector<DyadActivity>* out);

struct RecentChange {
  std::string source, target;  // the direction that turned
  std::string date;            // first period of the new level
  ChangePoint point;
  std::string driving_sentence;  // the event with the largest score of the change's sign
};

struct OverviewOptions {
  Period by = Period::kWeek;
  // Turning points from this date (YYYY-MM-DD) on count as recent. Empty: 90 days before the
  // store's last event.
  std::string since;
  int dyads = 50;         // the most active pairs examined
  int permutations = 199;  // per turning point, for its confidence
};

// Turning points at or after `since` in either direction of the most active pairs, the largest
// move in level first.
Status RecentChanges(sqlite3* db, const OverviewOptions& options, std::vector<RecentChange>* out,
                     std::string* since_used);

}  // namespace dyad::analysis

#endif  // DYAD_ANALYSIS_OVERVIEW_H_
