#include "analysis/overview.h"

#include <gtest/gtest.h>

#include <memory>

#include "dyad/coder.h"
#include "store/sqlite_store.h"
#include "text/date.h"

namespace dyad::analysis {
namespace {

class OverviewTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(store::SqliteStore::Open(":memory:", &db_).ok()); }
  // One document holding one event, dated `day` days after 2022-01-03 (a Monday).
  void Add(int day, const std::string& src, const std::string& tgt, double goldstein) {
    CodedDocument doc;
    doc.id = "doc" + std::to_string(n_++);
    text::Date d = text::Date::FromDays(text::ParseIsoDate("2022-01-03").DaysSinceEpoch() + day);
    doc.doc_date = d.ToIso();
    doc.article.text = doc.id;
    Event e;
    e.doc_id = doc.id;
    e.date = doc.doc_date;
    e.date_precision = "day";
    e.source.code = src;
    e.target.code = tgt;
    e.cameo = goldstein < 0 ? "190" : "042";
    e.root = e.cameo.substr(0, 2);
    e.quad_class = goldstein < 0 ? 4 : 1;
    e.goldstein = goldstein;
    e.sentence = src + " to " + tgt + " " + doc.doc_date;
    doc.events.push_back(e);
    ASSERT_TRUE(db_->Write(doc).ok());
  }
  std::unique_ptr<store::SqliteStore> db_;
  int n_ = 0;
};

TEST_F(OverviewTest, MostActivePairsAreCountedAtCountryLevelInBothDirections) {
  for (int i = 0; i < 5; ++i) Add(i, "IRNGOV", "USA", 1.0);
  for (int i = 0; i < 3; ++i) Add(i, "USAMIL", "IRN", -10.0);
  for (int i = 0; i < 4; ++i) Add(i, "RUS", "CHNGOV", 2.0);
  Add(1, "IRNGOV", "IRNOPP", -5.0);  // an actor with itself: not a pair
  ASSERT_TRUE(db_->Flush().ok());
  std::vector<DyadActivity> top;
  ASSERT_TRUE(MostActiveDyads(db_->handle(), 10, &top).ok());
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0].a, "IRN");
  EXPECT_EQ(top[0].b, "USA");
  EXPECT_EQ(top[0].events, 8);
  EXPECT_EQ(top[0].conflict_events, 3);
  EXPECT_NEAR(top[0].goldstein_mean, (5 * 1.0 - 30.0) / 8, 1e-9);
  EXPECT_EQ(top[1].a, "CHN");
  EXPECT_EQ(top[1].events, 4);
}

TEST_F(OverviewTest, ARecentBreakIsListedAndASteadyPairIsNot) {
  // 30 weeks: IRN -> USA cooperative, then hostile for the last 6 weeks; RUS -> CHN steady.
  for (int w = 0; w < 30; ++w) {
    for (int k = 0; k < 3; ++k) Add(7 * w + k, "IRN", "USA", w < 24 ? 3.0 : -8.0);
    for (int k = 0; k < 3; ++k) Add(7 * w + k, "RUS", "CHN", 2.0 + (w % 2) * 0.5);
  }
  ASSERT_TRUE(db_->Flush().ok());
  OverviewOptions o;
  std::vector<RecentChange> changes;
  std::string since;
  ASSERT_TRUE(RecentChanges(db_->handle(), o, &changes, &since).ok());
  // The last event is in week 29 (2022-07-27): 90 days earlier.
  EXPECT_EQ(since, "2022-04-28");
  ASSERT_FALSE(changes.empty());
  EXPECT_EQ(changes[0].source, "IRN");
  EXPECT_EQ(changes[0].target, "USA");
  EXPECT_EQ(changes[0].date, "2022-06-20");  // week 24
  EXPECT_GT(changes[0].point.before, 0);
  EXPECT_LT(changes[0].point.after, 0);
  EXPECT_NE(changes[0].driving_sentence.find("IRN to USA"), std::string::npos);
  for (const RecentChange& c : changes) EXPECT_NE(c.source, "RUS") << c.date;

  // The same break is not recent when "recent" starts after it.
  o.since = "2022-07-04";
  changes.clear();
  ASSERT_TRUE(RecentChanges(db_->handle(), o, &changes, &since).ok());
  for (const RecentChange& c : changes) EXPECT_NE(c.date, "2022-06-20");
}

}  // namespace
}  // namespace dyad::analysis
