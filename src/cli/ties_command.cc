#include "cli/ties_command.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

#include "analysis/changepoint.h"
#include "analysis/plot.h"
#include "analysis/series.h"
#include "cli/commands.h"
#include "serve/json_writer.h"
#include "serve/series_json.h"
#include "store/sqlite_store.h"

namespace dyad::cli {
namespace {

constexpr int kBarWidth = 16;  // characters on each side of the axis
constexpr int kSentenceChars = 80;
// Runs of at least this many empty periods print as one line, so a sparse daily series stays
// readable.
constexpr int kEmptyRun = 3;

// A bar of the Goldstein sum around a centre axis: hostility to the left, cooperation to the
// right, scaled so the largest |sum| of the direction fills one side.
std::string Bar(double value, double scale) {
  int len = 0;
  if (value != 0 && scale > 0) {
    len = std::max(1, static_cast<int>(std::lround(std::fabs(value) / scale * kBarWidth)));
  }
  std::string left(kBarWidth, ' '), right;
  if (value < 0) std::fill(left.end() - len, left.end(), '#');
  if (value > 0) right.assign(len, '#');
  return left + "|" + right;
}

const char* Adjective(analysis::Period by) {
  switch (by) {
    case analysis::Period::kDay:
      return "daily";
    case analysis::Period::kWeek:
      return "weekly";
    case analysis::Period::kMonth:
      return "monthly";
  }
  return "";
}

const char* PeriodHeading(analysis::Period by) {
  switch (by) {
    case analysis::Period::kDay:
      return "day";
    case analysis::Period::kWeek:
      return "week of";
    case analysis::Period::kMonth:
      return "month";
  }
  return "";
}

void PrintTable(const analysis::DirectedSeries& s, analysis::Period by) {
  double scale = 0;
  for (const analysis::PeriodStats& p : s.periods)
    scale = std::max(scale, std::fabs(p.goldstein_sum));
  std::printf("%-10s %4s %4s %4s %4s %8s %6s  %*s\n", PeriodHeading(by), "q1", "q2", "q3", "q4",
              "sum", "mean", kBarWidth + 1, "Goldstein sum");
  const int n = static_cast<int>(s.periods.size());
  for (int i = 0; i < n;) {
    int run = 0;
    while (i + run < n && s.periods[i + run].events == 0) ++run;
    if (run >= kEmptyRun) {
      std::printf("%-10s ... %d empty %ss through %s\n", s.periods[i].start.c_str(), run,
                  std::string(analysis::PeriodName(by)).c_str(),
                  s.periods[i + run - 1].start.c_str());
      i += run;
      continue;
    }
    const analysis::PeriodStats& p = s.periods[i];
    std::printf("%-10s %4d %4d %4d %4d %8.1f %6.2f  %s\n", p.start.c_str(), p.quad_counts[0],
                p.quad_counts[1], p.quad_counts[2], p.quad_counts[3], p.goldstein_sum,
                p.goldstein_mean, Bar(p.goldstein_sum, scale).c_str());
    ++i;
  }
}

// A direction's turning points, each with the events that drive it.
struct DirectionReport {
  const analysis::DirectedSeries* series = nullptr;
  analysis::ChangePointResult result;
  std::vector<std::vector<analysis::EventDetails>> drivers;  // one list per turning point
};

Status Analyse(sqlite3* db, const TiesArgs& args, const analysis::DirectedSeries& s,
               DirectionReport* out) {
  out->series = &s;
  if (s.total_events() == 0) return Status::OK();
  analysis::ChangePointOptions options;
  if (args.penalty_factor > 0) options.penalty_log_factor = args.penalty_factor;
  out->result = analysis::DetectChangePoints(analysis::GoldsteinSums(s), options);
  for (const analysis::ChangePoint& cp : out->result.points) {
    out->drivers.emplace_back();
    Status st = analysis::LoadEventDetails(db, analysis::DrivingEvents(s, cp, args.events),
                                           &out->drivers.back());
    if (!st.ok()) return st;
  }
  return Status::OK();
}

void PrintTurningPoints(const DirectionReport& d, analysis::Period by) {
  const analysis::ChangePointResult& r = d.result;
  std::printf(
      "turning points (PELT on the mean of the %s Goldstein sum; sigma %.2f, penalty "
      "%.1f sigma^2):",
      Adjective(by), r.sigma, r.penalty);
  if (r.points.empty()) {
    std::printf(" none\n");
    return;
  }
  std::printf("\n");
  for (size_t k = 0; k < r.points.size(); ++k) {
    const analysis::ChangePoint& cp = r.points[k];
    std::printf("  %s  level %+.1f -> %+.1f  confidence %.3f (permutation p %.3f, LR %.1f)\n",
                d.series->periods[cp.index].start.c_str(), cp.before, cp.after, cp.confidence,
                cp.p_value, cp.statistic);
    if (d.drivers[k].empty()) {
      // A rise with no cooperative event near it (or a fall with no hostile one) comes from
      // fewer events of the other sign, not from any event.
      std::printf("      (no %s events near it: the level moved by fewer %s ones)\n",
                  cp.after > cp.before ? "cooperative" : "hostile",
                  cp.after > cp.before ? "hostile" : "cooperative");
    }
    for (const analysis::EventDetails& e : d.drivers[k]) {
      std::printf("      %s %s -> %s %s %+5.1f  %s\n", e.date.c_str(), e.source_code.c_str(),
                  e.target_code.c_str(), e.cameo.c_str(), e.goldstein,
                  ClipLine(e.sentence, kSentenceChars).c_str());
    }
  }
}

// The dyad's series and turning points as one JSON document, for scripts and notebooks.
std::string TiesJson(const analysis::DyadSeries& series, const DirectionReport (&dirs)[2]) {
  serve::JsonWriter w;
  w.BeginObject();
  w.Key("a").String(series.ab.source);
  w.Key("b").String(series.ab.target);
  w.Key("by").String(analysis::PeriodName(series.by));
  w.Key("from").String(series.from);
  w.Key("to").String(series.to);
  w.Key("coarse_skipped").Int(series.coarse_skipped);
  w.Key("directions").BeginArray();
  for (const DirectionReport& d : dirs) {
    w.BeginObject();
    w.Key("source").String(d.series->source);
    w.Key("target").String(d.series->target);
    w.Key("events").Int(d.series->total_events());
    serve::WritePeriods(w, *d.series);
    w.Key("sigma").Double(d.result.sigma);
    w.Key("penalty").Double(d.result.penalty);
    w.Key("turning_points").BeginArray();
    for (size_t k = 0; k < d.result.points.size(); ++k) {
      const analysis::ChangePoint& cp = d.result.points[k];
      w.BeginObject();
      w.Key("date").String(d.series->periods[cp.index].start);
      w.Key("period").Int(cp.index);
      w.Key("before").Double(cp.before);
      w.Key("after").Double(cp.after);
      w.Key("confidence").Double(cp.confidence);
      w.Key("p_value").Double(cp.p_value);
      w.Key("statistic").Double(cp.statistic);
      w.Key("events").BeginArray();
      for (const analysis::EventDetails& e : d.drivers[k]) {
        w.BeginObject();
        w.Key("id").Int(e.id);
        w.Key("date").String(e.date);
        w.Key("source").String(e.source_code);
        w.Key("target").String(e.target_code);
        w.Key("cameo").String(e.cameo);
        w.Key("goldstein").Double(e.goldstein);
        w.Key("sentence").String(e.sentence);
        w.EndObject();
      }
      w.EndArray().EndObject();
    }
    w.EndArray().EndObject();
  }
  w.EndArray().EndObject();
  return w.Take() + "\n";
}

}  // namespace

int RunTies(const TiesArgs& args) {
  analysis::SeriesOptions options;
  if (!analysis::ParsePeriod(args.by, &options.by)) {
    ReportError("--by", "'" + args.by + "' is not day, week or month");
    return 2;
  }
  options.from = args.from;
  options.to = args.to;
  std::unique_ptr<store::SqliteStore> db;
  Status s = store::SqliteStore::OpenReadOnly(args.db, &db);
  if (!s.ok()) {
    ReportError(args.db, s.message());
    return 2;
  }
  analysis::DyadSeries series;
  s = analysis::BuildDyadSeries(db->handle(), args.a, args.b, options, &series);
  if (!s.ok()) {
    ReportError(s.code() == Status::Code::kInvalidArgument ? "ties" : args.db, s.message());
    return 2;
  }
  const analysis::DirectedSeries& ab = series.ab;
  if (args.format != "text" && args.format != "json") {
    ReportError("--format", "'" + args.format + "' is not text or json");
    return 2;
  }
  DirectionReport dirs[2];
  for (int k = 0; k < 2; ++k) {
    s = Analyse(db->handle(), args, k == 0 ? series.ab : series.ba, &dirs[k]);
    if (!s.ok()) {
      ReportError(args.db, s.message());
      return 2;
    }
  }
  if (!args.plot.empty() && !ab.periods.empty()) {
    std::string svg = analysis::PlotDyadSvg(series, {&series.ab, &dirs[0].result},
                                            {&series.ba, &dirs[1].result});
    std::FILE* f = std::fopen(args.plot.c_str(), "wb");
    if (!f || std::fwrite(svg.data(), 1, svg.size(), f) != svg.size() || std::fclose(f) != 0) {
      ReportError(args.plot, "cannot write the chart");
      return 2;
    }
  }
  if (args.format == "json") {
    if (ab.periods.empty()) {
      serve::JsonWriter w;
      w.BeginObject().Key("a").String(ab.source).Key("b").String(ab.target);
      w.Key("directions").BeginArray().EndArray().EndObject();
      std::fputs((w.Take() + "\n").c_str(), stdout);
    } else {
      std::fputs(TiesJson(series, dirs).c_str(), stdout);
    }
    return 0;
  }
  if (ab.periods.empty()) {
    std::printf("%s and %s: no events in %s\n", ab.source.c_str(), ab.target.c_str(),
                args.db.c_str());
    return 0;
  }
  std::printf("%s <-> %s by %s, %s .. %s (%zu periods)\n", ab.source.c_str(), ab.target.c_str(),
              std::string(analysis::PeriodName(series.by)).c_str(), series.from.c_str(),
              series.to.c_str(), ab.periods.size());
  if (series.coarse_skipped > 0) {
    std::printf("(%d event%s dated only to the %s left out)\n", series.coarse_skipped,
                series.coarse_skipped == 1 ? "" : "s",
                series.by == analysis::Period::kMonth ? "year" : "month or year");
  }
  for (const DirectionReport& d : dirs) {
    std::printf("\n%s -> %s: %d event%s\n", d.series->source.c_str(), d.series->target.c_str(),
                d.series->total_events(), d.series->total_events() == 1 ? "" : "s");
    if (d.series->total_events() == 0) continue;
    PrintTable(*d.series, series.by);
    PrintTurningPoints(d, series.by);
  }
  if (!args.plot.empty()) std::printf("\nchart: %s\n", args.plot.c_str());
  return 0;
}

}  // namespace dyad::cli
