#include "serve/series_json.h"

namespace dyad::serve {

void WritePeriods(JsonWriter& w, const analysis::DirectedSeries& series) {
  w.Key("periods").BeginArray();
  for (const analysis::PeriodStats& p : series.periods) {
    w.BeginObject().Key("start").String(p.start).Key("events").Int(p.events);
    w.Key("quad_counts").BeginArray();
    for (int c : p.quad_counts) w.Int(c);
    w.EndArray();
    w.Key("goldstein_sum").Double(p.goldstein_sum);
    w.Key("goldstein_mean").Double(p.goldstein_mean);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace dyad::serve
