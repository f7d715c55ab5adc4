// The time series of a dyad: how two actors treat each other, period by period, read from the
// events table of the SQLite store. Used by `dyad ties` and by change-point detection
// (analysis/changepoint.h).
#ifndef DYAD_ANALYSIS_SERIES_H_
#define DYAD_ANALYSIS_SERIES_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

struct sqlite3;

namespace dyad::analysis {

enum class Period { kDay, kWeek, kMonth };

// "day", "week" or "month". Returns false for anything else.
bool ParsePeriod(std::string_view name, Period* out);
std::string_view PeriodName(Period p);

// One event of the series: just what the change-point step needs to find the events behind a
// change. The rest of the row (codes, sentence) is read on demand with LoadEventDetails.
struct SeriesEvent {
  int64_t id = 0;  // events.id
  int period = 0;  // index into DirectedSeries::periods
  double goldstein = 0;
  int quad_class = 0;
  std::string date;
};

struct PeriodStats {
  std::string start;                 // first day of the period, YYYY-MM-DD (weeks start Monday)
  std::array<int, 4> quad_counts{};  // events of quad class 1..4 at [0..3]
  int events = 0;                    // all events, including any without a quad class
  double goldstein_sum = 0;
  double goldstein_mean = 0;  // 0 for an empty period
};

// Events from actors matching `source` to actors matching `target`, one entry per period of
// [from, to], empty periods included (zeros), events in date order.
struct DirectedSeries {
  std::string source, target;
  std::vector<PeriodStats> periods;
  std::vector<SeriesEvent> events;
  int total_events() const { return static_cast<int>(events.size()); }
};

struct SeriesOptions {
  Period by = Period::kWeek;
  // Inclusive bounds, YYYY-MM-DD. Empty: the first (last) date of an event of the dyad.
  std::string from, to;
};

struct DyadSeries {
  Period by = Period::kWeek;
  std::string from, to;  // the bounds used (the periods cover them)
  DirectedSeries ab;     // A -> B
  DirectedSeries ba;     // B -> A
  // Events of the dyad left out because their date is coarser than the period (an event known
  // only to the year sits on January 1, and would make a false spike in a weekly series).
  int coarse_skipped = 0;
};

// Builds both directions of the dyad A-B. Actor codes match by prefix ("IRN" matches IRNGOV
// and IRNMIL), case-insensitively. `db` is an open dyad store (SqliteStore::handle()); it is only
// read. A dyad with no event in range gives empty DirectedSeries::events and, when from/to are
// both empty, no periods.
Status BuildDyadSeries(sqlite3* db, std::string_view a, std::string_view b,
                       const SeriesOptions& options, DyadSeries* out);

struct EventDetails {
  int64_t id = 0;
  std::string date, source_code, target_code, cameo, sentence;
  double goldstein = 0;
};

// Reads the rows of `ids`, in the order given; ids not in the table are left out.
Status LoadEventDetails(sqlite3* db, const std::vector<int64_t>& ids,
                        std::vector<EventDetails>* out);

}  // namespace dyad::analysis

#endif  // DYAD_ANALYSIS_SERIES_H_
