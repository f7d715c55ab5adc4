#include "analysis/series.h"

#include <gtest/gtest.h>

#include <memory>

#include "analysis/changepoint.h"
#include "dyad/coder.h"
#include "store/sqlite_store.h"
#include "text/date.h"

namespace dyad::analysis {
namespace {

Event Ev(const std::string& date, const std::string& src, const std::string& tgt, int quad,
         double goldstein, const std::string& precision = "day") {
  Event e;
  e.date = date;
  e.date_precision = precision;
  e.source.code = src;
  e.target.code = tgt;
  e.cameo = "042";
  e.root = "04";
  e.quad_class = quad;
  e.goldstein = goldstein;
  e.sentence = src + " and " + tgt + " on " + date;
  return e;
}

// An in-memory dyad store holding `events`, one document each.
class SeriesTest : public ::testing::Test {
 protected:
  void Store(const std::vector<Event>& events) {
    ASSERT_TRUE(store::SqliteStore::Open(":memory:", &db_).ok());
    for (size_t i = 0; i < events.size(); ++i) {
      CodedDocument doc;
      doc.id = "doc" + std::to_string(i);
      doc.doc_date = events[i].date;
      doc.article.text = "text " + std::to_string(i);
      doc.num_sentences = 1;
      doc.events.push_back(events[i]);
      doc.events.back().doc_id = doc.id;
      ASSERT_TRUE(db_->Write(doc).ok());
    }
    ASSERT_TRUE(db_->Flush().ok());
  }
  std::unique_ptr<store::SqliteStore> db_;
};

TEST_F(SeriesTest, CountsByQuadClassBothDirectionsWithZeros) {
  Store({Ev("2022-01-03", "IRNGOV", "USA", 1, 1.9),   // Monday, week 0
         Ev("2022-01-05", "IRN", "USAGOV", 4, -8.0),  // week 0
         Ev("2022-01-09", "USA", "IRNMIL", 3, -4.0),  // Sunday: still week 0, other direction
         Ev("2022-01-24", "IRN", "USA", 2, 7.0),      // week 3; weeks 1 and 2 empty
         Ev("2022-01-24", "IRQ", "USA", 4, -10.0),    // another dyad
         Ev("2022-01-25", "IRN", "RUS", 1, 3.0)});
  SeriesOptions o;
  o.by = Period::kWeek;
  DyadSeries s;
  ASSERT_TRUE(BuildDyadSeries(db_->handle(), "irn", "USA", o, &s).ok());
  EXPECT_EQ(s.from, "2022-01-03");
  EXPECT_EQ(s.to, "2022-01-24");
  ASSERT_EQ(s.ab.periods.size(), 4u);
  ASSERT_EQ(s.ba.periods.size(), 4u);
  EXPECT_EQ(s.ab.source, "IRN");
  EXPECT_EQ(s.ab.target, "USA");
  const PeriodStats& w0 = s.ab.periods[0];
  EXPECT_EQ(w0.start, "2022-01-03");
  EXPECT_EQ(w0.events, 2);
  EXPECT_EQ(w0.quad_counts, (std::array<int, 4>{1, 0, 0, 1}));
  EXPECT_DOUBLE_EQ(w0.goldstein_sum, -6.1);
  EXPECT_DOUBLE_EQ(w0.goldstein_mean, -3.05);
  for (int i : {1, 2}) {
    EXPECT_EQ(s.ab.periods[i].events, 0);
    EXPECT_EQ(s.ab.periods[i].goldstein_sum, 0);
    EXPECT_EQ(s.ab.periods[i].goldstein_mean, 0);
  }
  EXPECT_EQ(s.ab.periods[1].start, "2022-01-10");
  EXPECT_EQ(s.ab.periods[3].quad_counts, (std::array<int, 4>{0, 1, 0, 0}));
  EXPECT_EQ(s.ab.total_events(), 3);
  EXPECT_EQ(s.ba.total_events(), 1);
  EXPECT_EQ(s.ba.periods[0].quad_counts, (std::array<int, 4>{0, 0, 1, 0}));
  EXPECT_DOUBLE_EQ(s.ba.periods[0].goldstein_sum, -4.0);
  EXPECT_EQ(s.ba.events[0].period, 0);
}

TEST_F(SeriesTest, DayAndMonthPeriodsBoundsAndPrecision) {
  Store({Ev("2021-12-31", "CHN", "TWN", 4, -9.0),
         Ev("2022-01-01", "CHN", "TWN", 1, 1.0, "year"),   // only the year: never placed
         Ev("2022-02-01", "CHN", "TWN", 1, 2.0, "month"),  // fits a month, not a day
         Ev("2022-02-14", "TWN", "CHN", 3, -2.0), Ev("2022-03-02", "CHNGOV", "TWNGOV", 2, 6.0)});
  DyadSeries s;
  SeriesOptions o;
  o.by = Period::kMonth;
  o.from = "2022-01-15";
  o.to = "2022-03-31";
  ASSERT_TRUE(BuildDyadSeries(db_->handle(), "CHN", "TWN", o, &s).ok());
  ASSERT_EQ(s.ab.periods.size(), 3u);
  EXPECT_EQ(s.ab.periods[0].start, "2022-01-01");
  EXPECT_EQ(s.ab.periods[0].events, 0);  // 2021-12-31 is before --from
  EXPECT_EQ(s.ab.periods[1].events, 1);  // the month-precision event
  EXPECT_EQ(s.ab.periods[2].goldstein_sum, 6.0);
  EXPECT_EQ(s.ba.periods[1].events, 1);
  EXPECT_EQ(s.coarse_skipped, 0);  // the year event (on 2022-01-01) is before --from

  o.by = Period::kDay;
  o.from = "2021-12-30";
  o.to = "2022-01-02";
  ASSERT_TRUE(BuildDyadSeries(db_->handle(), "CHN", "TWN", o, &s).ok());
  ASSERT_EQ(s.ab.periods.size(), 4u);
  EXPECT_EQ(s.ab.periods[1].start, "2021-12-31");
  EXPECT_EQ(s.ab.periods[1].quad_counts[3], 1);
  EXPECT_EQ(s.ab.periods[3].start, "2022-01-02");
  EXPECT_EQ(s.coarse_skipped, 1);  // the year event, now in range

  EXPECT_FALSE(BuildDyadSeries(db_->handle(), "CHN", "TW N", o, &s).ok());
  o.from = "2022-13-01";
  EXPECT_FALSE(BuildDyadSeries(db_->handle(), "CHN", "TWN", o, &s).ok());
  o.from = "2022-02-01";
  o.to = "2022-01-01";
  EXPECT_FALSE(BuildDyadSeries(db_->handle(), "CHN", "TWN", o, &s).ok());
}

TEST_F(SeriesTest, NoEvents) {
  Store({Ev("2022-01-03", "FRA", "DEU", 1, 1.0)});
  DyadSeries s;
  ASSERT_TRUE(BuildDyadSeries(db_->handle(), "IRN", "USA", SeriesOptions(), &s).ok());
  EXPECT_TRUE(s.ab.periods.empty());
  EXPECT_TRUE(s.ab.events.empty());
  SeriesOptions o;
  o.by = Period::kMonth;
  o.from = "2022-01-10";
  o.to = "2022-03-10";
  ASSERT_TRUE(BuildDyadSeries(db_->handle(), "IRN", "USA", o, &s).ok());
  ASSERT_EQ(s.ba.periods.size(), 3u);
  EXPECT_EQ(s.ba.periods[2].start, "2022-03-01");
}

// A known history: 16 weeks of talks and aid between ISR and JOR, then 12 weeks of clashes
// starting the week of 2022-05-02 (week 17). The turning point must be found at that week, with
// the hardest blows of its first weeks as the driving events, and the events behind them must
// read back from the store.
TEST_F(SeriesTest, TurningPointInAKnownHistory) {
  std::vector<Event> events;
  const long monday = text::ParseIsoDate("2022-01-03").DaysSinceEpoch();
  auto day = [&](int week, int d) { return text::Date::FromDays(monday + 7 * week + d).ToIso(); };
  for (int w = 0; w < 17; ++w) {
    events.push_back(Ev(day(w, 1), "ISR", "JOR", 1, 3.0 + (w % 3)));
    if (w % 2) events.push_back(Ev(day(w, 3), "ISRGOV", "JOR", 2, 6.0 - (w % 4)));
  }
  for (int w = 17; w < 29; ++w) {
    events.push_back(Ev(day(w, 2), "ISRMIL", "JOR", 4, -(5.0 + (w % 3))));
    if (w % 2 == 0) events.push_back(Ev(day(w, 4), "ISR", "JORGOV", 3, -2.0 - (w % 2)));
  }
  events.push_back(Ev(day(17, 0), "ISRMIL", "JOR", 4, -10.0));  // the day it turned
  events.push_back(Ev(day(20, 5), "JOR", "ISR", 3, -4.0));
  Store(events);

  DyadSeries s;
  ASSERT_TRUE(BuildDyadSeries(db_->handle(), "ISR", "JOR", SeriesOptions(), &s).ok());
  ASSERT_EQ(s.ab.periods.size(), 29u);
  ChangePointResult r = DetectChangePoints(GoldsteinSums(s.ab));
  ASSERT_EQ(r.points.size(), 1u);
  const ChangePoint& cp = r.points[0];
  EXPECT_EQ(cp.index, 17);
  EXPECT_EQ(s.ab.periods[cp.index].start, "2022-05-02");
  EXPECT_GT(cp.before, 0);
  EXPECT_LT(cp.after, 0);
  EXPECT_GT(cp.confidence, 0.99);

  std::vector<int64_t> ids = DrivingEvents(s.ab, cp, 3);
  std::vector<EventDetails> details;
  ASSERT_TRUE(LoadEventDetails(db_->handle(), ids, &details).ok());
  ASSERT_EQ(details.size(), 3u);
  EXPECT_EQ(details[0].goldstein, -10.0);
  EXPECT_EQ(details[0].date, "2022-05-02");
  EXPECT_EQ(details[0].source_code, "ISRMIL");
  EXPECT_EQ(details[1].goldstein, -7.0);  // week 17
  EXPECT_EQ(details[2].goldstein, -6.0);  // week 19
}

}  // namespace
}  // namespace dyad::analysis
