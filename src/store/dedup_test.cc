#include "store/dedup.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <map>
#include <memory>
#include <vector>

#include "store/sqlite_store.h"

namespace dyad::store {
namespace {

struct Spec {
  std::string source, target, cameo, date, precision = "day";
};

Event MakeEvent(const std::string& doc_id, int sentence, const Spec& s) {
  Event e;
  e.doc_id = doc_id;
  e.sentence_index = sentence;
  e.date = s.date;
  e.date_precision = s.precision;
  e.doc_date = s.date;
  e.source.code = s.source;
  e.target.code = s.target;
  e.cameo = s.cameo;
  e.root = s.cameo.substr(0, 2);
  e.quad_class = 1;
  e.goldstein = 1.9;
  return e;
}

class DedupTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(SqliteStore::Open(":memory:", &store_).ok()); }

  void AddDoc(const std::string& id, const std::string& url, const std::string& site,
              const std::vector<Spec>& events) {
    CodedDocument d;
    d.id = id;
    d.doc_date = "2022-01-19";
    d.article.text = "text of " + id + " with " + std::to_string(events.size()) + " events";
    d.article.url = url;
    d.article.site = site;
    d.num_sentences = static_cast<int>(events.size());
    for (size_t i = 0; i < events.size(); ++i) {
      d.events.push_back(MakeEvent(id, static_cast<int>(i), events[i]));
    }
    ASSERT_TRUE(store_->Write(d).ok());
    ASSERT_TRUE(store_->Flush().ok());
  }

  sqlite3* db() { return store_->handle(); }

  int Count(const std::string& sql) {
    sqlite3_stmt* st = nullptr;
    EXPECT_EQ(sqlite3_prepare_v2(db(), sql.c_str(), -1, &st, nullptr), SQLITE_OK) << sql;
    int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    sqlite3_finalize(st);
    return n;
  }

  // Group of each event, keyed by "doc_id/sentence_index".
  std::map<std::string, int64_t> Groups() {
    std::map<std::string, int64_t> out;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db(),
                       "SELECT e.doc_id || '/' || e.sentence_index, m.group_id FROM events e "
                       "JOIN event_group_members m ON m.event_id = e.id",
                       -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
      out[reinterpret_cast<const char*>(sqlite3_column_text(st, 0))] = sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    return out;
  }

  std::unique_ptr<SqliteStore> store_;
};

TEST_F(DedupTest, SameEventAcrossArticlesAndWithinOneIsOneGroup) {
  AddDoc("a", "https://www.Reuters.com/world/1", "Reuters",
         {{"IRNGOV", "RUS", "042", "2022-01-19"}, {"IRNGOV", "RUS", "042", "2022-01-19"}});
  AddDoc("b", "https://apnews.com/article/2", "AP", {{"IRNGOV", "RUS", "0421", "2022-01-20"}});
  AddDoc("c", "https://reuters.com/world/3", "", {{"IRNGOV", "RUS", "042", "2022-01-19"}});
  ASSERT_TRUE(Deduplicate(db()).ok());
  EXPECT_EQ(Count("SELECT count(*) FROM event_groups"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM event_group_members"), 4);
  // GDELT's meanings: every mention, distinct sites (www.reuters.com = reuters.com), documents.
  EXPECT_EQ(Count("SELECT num_mentions FROM event_groups"), 4);
  EXPECT_EQ(Count("SELECT num_sources FROM event_groups"), 2);
  EXPECT_EQ(Count("SELECT num_articles FROM event_groups"), 3);
  // The representative is the first event stored; the date the earliest.
  EXPECT_EQ(Count("SELECT count(*) FROM event_groups g JOIN events e ON e.id = g.representative "
                  "WHERE e.doc_id = 'a' AND e.sentence_index = 0 AND g.id = e.id "
                  "AND g.date = '2022-01-19'"),
            1);
}

TEST_F(DedupTest, DifferentActorsDirectionOrCodeFamilyAreNotMerged) {
  AddDoc("a", "", "",
         {{"IRNGOV", "RUS", "042", "2022-01-19"},
          {"RUS", "IRNGOV", "042", "2022-01-19"},  // other direction
          {"IRNGOV", "CHN", "042", "2022-01-19"},  // other target
          {"IRN", "RUS", "042", "2022-01-19"},     // other source code
          {"IRNGOV", "RUS", "043", "2022-01-19"},  // other family
          {"IRNGOV", "RUS", "04", "2022-01-19"},   // root-only code
          {"IRNGOV", "", "042", "2022-01-19"}});   // no target
  ASSERT_TRUE(Deduplicate(db()).ok());
  EXPECT_EQ(Count("SELECT count(*) FROM event_groups"), 7);
  EXPECT_EQ(Count("SELECT max(num_mentions) FROM event_groups"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM event_groups WHERE target_code IS NULL"), 1);
}

TEST_F(DedupTest, DayWindowIsOneDayFromTheEarliestAndDoesNotChain) {
  AddDoc("a", "", "", {{"USA", "IRN", "163", "2022-01-19"}});
  AddDoc("b", "", "", {{"USA", "IRN", "163", "2022-01-20"}});
  AddDoc("c", "", "", {{"USA", "IRN", "163", "2022-01-21"}});
  AddDoc("d", "", "", {{"USA", "IRN", "163", "2022-01-31"}});
  AddDoc("e", "", "", {{"USA", "IRN", "163", "2022-02-01"}});  // across a month boundary
  ASSERT_TRUE(Deduplicate(db()).ok());
  auto g = Groups();
  EXPECT_EQ(g["a/0"], g["b/0"]);
  EXPECT_NE(g["b/0"], g["c/0"]);
  EXPECT_NE(g["a/0"], g["c/0"]);
  EXPECT_EQ(g["d/0"], g["e/0"]);
  EXPECT_EQ(Count("SELECT count(*) FROM event_groups"), 3);
}

TEST_F(DedupTest, MonthAndYearPrecisionMergeWithinTheirPeriodOnly) {
  AddDoc(
      "a", "", "",
      {{"USA", "IRN", "163", "2018-05-01", "month"}, {"USA", "IRN", "163", "2018-01-01", "year"}});
  AddDoc("b", "", "",
         {{"USA", "IRN", "163", "2018-05-01", "month"},
          {"USA", "IRN", "163", "2018-01-01", "year"},
          {"USA", "IRN", "163", "2018-06-01", "month"},
          {"USA", "IRN", "163", "2019-01-01", "year"},
          {"USA", "IRN", "163", "2018-05-01", "day"}});  // other precision
  ASSERT_TRUE(Deduplicate(db()).ok());
  auto g = Groups();
  EXPECT_EQ(g["a/0"], g["b/0"]);
  EXPECT_EQ(g["a/1"], g["b/1"]);
  EXPECT_NE(g["a/0"], g["b/2"]);
  EXPECT_NE(g["a/1"], g["b/3"]);
  EXPECT_NE(g["a/0"], g["b/4"]);
  EXPECT_EQ(Count("SELECT count(*) FROM event_groups"), 5);
}

TEST_F(DedupTest, KnownPlacesSplitAndUnknownPlaceJoinsTheMostFrequent) {
  AddDoc("a", "", "", {{"USA", "IRN", "042", "2022-01-19"}});
  AddDoc("b", "", "", {{"USA", "IRN", "042", "2022-01-19"}});
  AddDoc("c", "", "", {{"USA", "IRN", "042", "2022-01-19"}});
  AddDoc("d", "", "", {{"USA", "IRN", "042", "2022-01-19"}});
  ASSERT_EQ(sqlite3_exec(db(), "ALTER TABLE events ADD COLUMN action_place TEXT", nullptr, nullptr,
                         nullptr),
            SQLITE_OK);
  sqlite3_exec(db(),
               "UPDATE events SET action_place = 'Vienna' WHERE doc_id IN ('a', 'b');"
               "UPDATE events SET action_place = 'Geneva' WHERE doc_id = 'c';",
               nullptr, nullptr, nullptr);
  ASSERT_TRUE(Deduplicate(db()).ok());
  auto g = Groups();
  EXPECT_EQ(g["a/0"], g["b/0"]);
  EXPECT_NE(g["a/0"], g["c/0"]);
  EXPECT_EQ(g["a/0"], g["d/0"]);
  EXPECT_EQ(Count("SELECT num_mentions FROM event_groups WHERE action_place = 'Vienna'"), 3);
}

TEST_F(DedupTest, RunningTwiceChangesNothingAndNewDocumentsAreIncluded) {
  AddDoc("a", "https://x.org/1", "", {{"USA", "IRN", "042", "2022-01-19"}});
  ASSERT_TRUE(Deduplicate(db()).ok());
  auto first = Groups();
  ASSERT_TRUE(Deduplicate(db()).ok());
  EXPECT_EQ(Groups(), first);
  EXPECT_EQ(Count("SELECT count(*) FROM event_groups"), 1);

  AddDoc("b", "https://y.org/2", "", {{"USA", "IRN", "042", "2022-01-20"}});
  AddDoc("c", "https://y.org/3", "", {{"CHN", "IRN", "042", "2022-01-20"}});
  ASSERT_TRUE(Deduplicate(db()).ok());
  auto second = Groups();
  EXPECT_EQ(second["a/0"], first["a/0"]);  // the group keeps its id
  EXPECT_EQ(second["b/0"], first["a/0"]);
  EXPECT_EQ(Count("SELECT count(*) FROM event_groups"), 2);
  EXPECT_EQ(Count("SELECT num_sources FROM event_groups WHERE source_code = 'USA'"), 2);

  // A changed document replaces its events; the groups follow.
  AddDoc("b", "https://y.org/2", "", {});
  ASSERT_TRUE(Deduplicate(db()).ok());
  EXPECT_EQ(Count("SELECT num_mentions FROM event_groups WHERE source_code = 'USA'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM event_group_members"), 2);
}

TEST_F(DedupTest, WorksInsideAnOpenTransaction) {
  AddDoc("a", "", "", {{"USA", "IRN", "042", "2022-01-19"}});
  ASSERT_EQ(sqlite3_exec(db(), "BEGIN", nullptr, nullptr, nullptr), SQLITE_OK);
  ASSERT_TRUE(Deduplicate(db()).ok());
  ASSERT_EQ(sqlite3_exec(db(), "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
  EXPECT_EQ(Count("SELECT count(*) FROM event_groups"), 1);
}

TEST(SourceName, HostThenSiteThenDocument) {
  EXPECT_EQ(SourceName("https://www.BBC.co.uk/news/x?y#z", "BBC", "d"), "bbc.co.uk");
  EXPECT_EQ(SourceName("http://user@host.com:8080/p", "", "d"), "host.com");
  EXPECT_EQ(SourceName("", "Reuters", "d"), "reuters");
  EXPECT_EQ(SourceName("not a url", "", "doc-1"), "doc-1");
}

}  // namespace
}  // namespace dyad::store
