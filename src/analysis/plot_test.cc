#include "analysis/plot.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad::analysis {
namespace {

int Occurrences(const std::string& s, const std::string& what) {
  int n = 0;
  for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

DirectedSeries Series(const std::string& src, const std::string& tgt,
                      const std::vector<double>& sums) {
  DirectedSeries s;
  s.source = src;
  s.target = tgt;
  for (size_t i = 0; i < sums.size(); ++i) {
    PeriodStats p;
    p.start = "2022-" + std::string(i + 1 < 10 ? "0" : "") + std::to_string(i + 1) + "-01";
    p.goldstein_sum = sums[i];
    p.events = sums[i] == 0 ? 0 : 1;
    s.periods.push_back(p);
    if (sums[i] == 0) continue;
    SeriesEvent e;
    e.id = static_cast<int64_t>(i);
    e.period = static_cast<int>(i);
    e.goldstein = sums[i];
    s.events.push_back(e);
  }
  return s;
}

TEST(PlotTest, BarsLevelsAndTurningPointsAreDrawn) {
  DyadSeries dyad;
  dyad.by = Period::kMonth;
  dyad.from = "2022-01-01";
  dyad.to = "2022-12-01";
  dyad.ab = Series("A<&>", "RUS", {3, 4, 3, 0, 4, 3, -8, -9, -7, -8, 0, -9});
  dyad.ba = Series("RUS", "A<&>", {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  ChangePointResult r;
  ChangePoint cp;
  cp.index = 6;
  cp.before = 3.4;
  cp.after = -8.2;
  cp.confidence = 0.99;
  r.points.push_back(cp);
  std::string svg = PlotDyadSvg(dyad, {&dyad.ab, &r}, {&dyad.ba, nullptr});
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
  EXPECT_NE(svg.find("</svg>"), std::string::npos);
  EXPECT_EQ(Occurrences(svg, "class=\"bar\""), 10 + 1);  // the non-empty periods
  EXPECT_EQ(Occurrences(svg, "class=\"turning-point\""), 1);
  EXPECT_EQ(Occurrences(svg, "class=\"level\""), 2 + 1);  // two segments, then one
  EXPECT_NE(svg.find("2022-07-01: 3.4"), std::string::npos);  // the mark's label
  EXPECT_EQ(svg.find("A<&>"), std::string::npos);            // names are escaped
  EXPECT_NE(svg.find("A&lt;&amp;&gt;"), std::string::npos);
  // Conflict bars are red and cooperation bars green.
  EXPECT_EQ(Occurrences(svg, "fill=\"#c92a2a\""), 5);
}

}  // namespace
}  // namespace dyad::analysis
