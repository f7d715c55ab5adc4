#include "analysis/series.h"

#include <sqlite3.h>

#include <cctype>

#include "store/sql_util.h"
#include "text/date.h"

namespace dyad::analysis {
namespace {

// More periods than this is a mistake on the command line (decades by day), not a question.
constexpr long kMaxPeriods = 200000;

Status SqlError(sqlite3* db, const char* what) {
  return Status::IOError(std::string(what) + ": " + sqlite3_errmsg(db));
}

// Actor codes are upper-case letters and digits; anything else cannot match and is more likely
// a typo than a question.
Status NormalizeCode(std::string_view in, std::string* out) {
  out->clear();
  for (char c : in) {
    unsigned char u = static_cast<unsigned char>(c);
    if (!std::isalnum(u)) {
      return Status::InvalidArgument("'" + std::string(in) + "' is not an actor code");
    }
    out->push_back(static_cast<char>(std::toupper(u)));
  }
  if (out->empty()) return Status::InvalidArgument("empty actor code");
  return Status::OK();
}

// The smallest string above every string that starts with `prefix` (which is alphanumeric, so
// bumping its last byte cannot overflow). With it, a prefix match is a range scan of the
// events_dyad index instead of a LIKE over the whole table.
std::string PrefixEnd(const std::string& prefix) {
  std::string end = prefix;
  ++end.back();
  return end;
}

bool HasPrefix(const std::string& s, const std::string& prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

text::Date PeriodStart(const text::Date& d, Period by) {
  switch (by) {
    case Period::kDay:
      return d;
    case Period::kWeek:
      return text::Date::FromDays(d.DaysSinceEpoch() - d.Weekday());
    case Period::kMonth: {
      text::Date m = d;
      m.day = 1;
      return m;
    }
  }
  return d;
}

// Index of the period holding `d`, counted from the period that starts at `first` (a period
// start itself).
long PeriodIndex(const text::Date& first, const text::Date& d, Period by) {
  switch (by) {
    case Period::kDay:
      return d.DaysSinceEpoch() - first.DaysSinceEpoch();
    case Period::kWeek: {
      long days = d.DaysSinceEpoch() - first.DaysSinceEpoch();
      return days >= 0 ? days / 7 : -((-days + 6) / 7);
    }
    case Period::kMonth:
      return (d.year * 12L + d.month) - (first.year * 12L + first.month);
  }
  return 0;
}

text::Date PeriodAt(const text::Date& first, long index, Period by) {
  switch (by) {
    case Period::kDay:
      return text::Date::FromDays(first.DaysSinceEpoch() + index);
    case Period::kWeek:
      return text::Date::FromDays(first.DaysSinceEpoch() + 7 * index);
    case Period::kMonth: {
      long m = first.year * 12L + (first.month - 1) + index;
      text::Date d;
      d.year = static_cast<int>(m / 12);
      d.month = static_cast<int>(m % 12) + 1;
      d.day = 1;
      return d;
    }
  }
  return first;
}

// Whether an event dated to `precision` can be placed in one period: a month-precision date is
// only the month, so it fits a monthly series but not a daily or weekly one.
bool FitsPeriod(const std::string& precision, Period by) {
  if (precision == "year") return false;
  if (precision == "month") return by == Period::kMonth;
  return true;
}

Status ParseBound(const std::string& s, text::Date* out) {
  *out = text::ParseIsoDate(s);
  if (!out->valid() || s.size() != 10) {
    return Status::InvalidArgument("'" + s + "' is not a date (YYYY-MM-DD)");
  }
  return Status::OK();
}

struct Row {
  int64_t id;
  std::string date;
  bool ab;
  int quad_class;
  double goldstein;
};

}  // namespace

bool ParsePeriod(std::string_view name, Period* out) {
  if (name == "day")
    *out = Period::kDay;
  else if (name == "week")
    *out = Period::kWeek;
  else if (name == "month")
    *out = Period::kMonth;
  else
    return false;
  return true;
}

std::string_view PeriodName(Period p) {
  switch (p) {
    case Period::kDay:
      return "day";
    case Period::kWeek:
      return "week";
    case Period::kMonth:
      return "month";
  }
  return "week";
}

Status BuildDyadSeries(sqlite3* db, std::string_view a_in, std::string_view b_in,
                       const SeriesOptions& options, DyadSeries* out) {
  std::string a, b;
  Status s = NormalizeCode(a_in, &a);
  if (s.ok()) s = NormalizeCode(b_in, &b);
  if (!s.ok()) return s;
  text::Date from, to;
  if (!options.from.empty() && !(s = ParseBound(options.from, &from)).ok()) return s;
  if (!options.to.empty() && !(s = ParseBound(options.to, &to)).ok()) return s;
  if (from.valid() && to.valid() && from.Compare(to) > 0) {
    return Status::InvalidArgument("--from " + options.from + " is after --to " + options.to);
  }

  *out = DyadSeries();
  out->by = options.by;
  out->ab.source = out->ba.target = a;
  out->ab.target = out->ba.source = b;

  const char* sql =
      "SELECT id, date, date_precision, source_code, target_code, quad_class, goldstein "
      "FROM events WHERE ((source_code >= ?1 AND source_code < ?2 AND target_code >= ?3 AND "
      "target_code < ?4) OR (source_code >= ?3 AND source_code < ?4 AND target_code >= ?1 AND "
      "target_code < ?2)) AND date >= ?5 AND date <= ?6 ORDER BY date, id";
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
    sqlite3_finalize(st);
    return SqlError(db, "events");
  }
  const std::string a_end = PrefixEnd(a), b_end = PrefixEnd(b);
  const std::string lo = from.valid() ? from.ToIso() : "0000-00-00";
  const std::string hi = to.valid() ? to.ToIso() : "9999-99-99";
  sqlite3_bind_text(st, 1, a.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 2, a_end.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 3, b.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 4, b_end.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 5, lo.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 6, hi.c_str(), -1, SQLITE_TRANSIENT);

  std::vector<Row> rows;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    std::string date = store::Text(st, 1);
    if (!FitsPeriod(store::Text(st, 2), options.by) || !text::ParseIsoDate(date).valid()) {
      ++out->coarse_skipped;
      continue;
    }
    // An event that matches both ways (A a prefix of B, an actor to itself) counts as A -> B.
    std::string src = store::Text(st, 3), tgt = store::Text(st, 4);
    bool ab = HasPrefix(src, a) && HasPrefix(tgt, b);
    rows.push_back(Row{sqlite3_column_int64(st, 0), std::move(date), ab, sqlite3_column_int(st, 5),
                       sqlite3_column_double(st, 6)});
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) return SqlError(db, "events");

  // Bounds not given are those of the events found.
  if (!from.valid() && !rows.empty()) from = text::ParseIsoDate(rows.front().date);
  if (!to.valid() && !rows.empty()) to = text::ParseIsoDate(rows.back().date);
  if (!from.valid() && to.valid()) from = to;
  if (from.valid() && !to.valid()) to = from;
  if (!from.valid()) return Status::OK();  // no bounds and no events: an empty series
  out->from = from.ToIso();
  out->to = to.ToIso();

  const text::Date first = PeriodStart(from, options.by);
  const long n = PeriodIndex(first, to, options.by) + 1;
  if (n > kMaxPeriods) {
    return Status::InvalidArgument(std::to_string(n) + " periods of a " +
                                   std::string(PeriodName(options.by)) +
                                   " are too many; use a longer period or a shorter range");
  }
  for (DirectedSeries* d : {&out->ab, &out->ba}) {
    d->periods.resize(static_cast<size_t>(n));
    for (long i = 0; i < n; ++i) d->periods[i].start = PeriodAt(first, i, options.by).ToIso();
  }
  for (Row& r : rows) {
    DirectedSeries& d = r.ab ? out->ab : out->ba;
    int index = static_cast<int>(PeriodIndex(first, text::ParseIsoDate(r.date), options.by));
    PeriodStats& p = d.periods[index];
    ++p.events;
    if (r.quad_class >= 1 && r.quad_class <= 4) ++p.quad_counts[r.quad_class - 1];
    p.goldstein_sum += r.goldstein;
    d.events.push_back(SeriesEvent{r.id, index, r.goldstein, r.quad_class, std::move(r.date)});
  }
  for (DirectedSeries* d : {&out->ab, &out->ba}) {
    for (PeriodStats& p : d->periods) {
      if (p.events > 0) p.goldstein_mean = p.goldstein_sum / p.events;
    }
  }
  return Status::OK();
}

Status LoadEventDetails(sqlite3* db, const std::vector<int64_t>& ids,
                        std::vector<EventDetails>* out) {
  out->clear();
  const char* sql =
      "SELECT id, date, source_code, target_code, cameo, goldstein, sentence FROM events "
      "WHERE id = ?";
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) {
    sqlite3_finalize(st);
    return SqlError(db, "events");
  }
  for (int64_t id : ids) {
    sqlite3_reset(st);
    sqlite3_bind_int64(st, 1, id);
    int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) {
      EventDetails e;
      e.id = sqlite3_column_int64(st, 0);
      e.date = store::Text(st, 1);
      e.source_code = store::Text(st, 2);
      e.target_code = store::Text(st, 3);
      e.cameo = store::Text(st, 4);
      e.goldstein = sqlite3_column_double(st, 5);
      e.sentence = store::Text(st, 6);
      out->push_back(std::move(e));
    } else if (rc != SQLITE_DONE) {
      sqlite3_finalize(st);
      return SqlError(db, "events");
    }
  }
  sqlite3_finalize(st);
  return Status::OK();
}

}  // namespace dyad::analysis
