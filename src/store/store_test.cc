#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "dyad/sink.h"
#include "store/json.h"
#include "store/sqlite_store.h"

namespace dyad::store {
namespace {

namespace fs = std::filesystem;

CodedDocument Doc(const std::string& id, const std::string& text, int events) {
  CodedDocument d;
  d.id = id;
  d.doc_date = "2022-01-19";
  d.article.text = text;
  d.article.title = "T";
  d.num_sentences = 1;
  for (int i = 0; i < events; ++i) {
    Event e;
    e.doc_id = id;
    e.date = "2022-01-19";
    e.date_precision = "day";
    e.source.code = "IRNGOV";
    e.target.code = i % 2 ? "USA" : "RUS";
    e.cameo = "042";
    e.root = "04";
    e.quad_class = 1;
    e.goldstein = 1.9;
    d.events.push_back(e);
  }
  return d;
}

int Count(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
  int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (fs::temp_directory_path() / ("dyad_store_" + std::to_string(::getpid()) + ".db"))
                .string();
    fs::remove(path_);
  }
  void TearDown() override {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_ + suffix);
  }
  std::string path_;
};

TEST_F(StoreTest, RewritingTheSameDocumentsAddsNothing) {
  for (int run = 0; run < 2; ++run) {
    std::unique_ptr<SqliteStore> db;
    ASSERT_TRUE(SqliteStore::Open(path_, &db).ok());
    ASSERT_TRUE(db->Write(Doc("a", "text a", 3)).ok());
    ASSERT_TRUE(db->Write(Doc("b", "text b", 2)).ok());
    ASSERT_TRUE(db->Close().ok());
    EXPECT_EQ(db->skipped(), run == 0 ? 0 : 2);
  }
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM events"), 5);
  EXPECT_EQ(Count(path_, "SELECT value FROM meta WHERE key='schema_version'"), kSchemaVersion);
}

TEST_F(StoreTest, AVersionOneDatabaseIsMigrated) {
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    // The version-1 events table had no rule column.
    const char* v1 =
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "INSERT INTO meta VALUES('schema_version', '1');"
        "CREATE TABLE events(id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, "
        "sentence_index INTEGER NOT NULL, date TEXT NOT NULL, date_precision TEXT NOT NULL, "
        "doc_date TEXT, source_code TEXT NOT NULL, source_text TEXT, target_code TEXT, "
        "target_text TEXT, cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER, "
        "goldstein REAL, plover TEXT, modality TEXT, sentence TEXT, source_begin INTEGER, "
        "source_end INTEGER, verb_begin INTEGER, verb_end INTEGER, target_begin INTEGER, "
        "target_end INTEGER);";
    ASSERT_EQ(sqlite3_exec(db, v1, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  std::unique_ptr<SqliteStore> db;
  Status s = SqliteStore::Open(path_, &db);
  ASSERT_TRUE(s.ok()) << s.message();
  CodedDocument d = Doc("a", "text", 1);
  d.events[0].rule = "<visit> + @ verbs/cameo.dict:1";
  ASSERT_TRUE(db->Write(d).ok());
  ASSERT_TRUE(db->Close().ok());
  EXPECT_EQ(Count(path_, "SELECT value FROM meta WHERE key='schema_version'"), kSchemaVersion);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM events WHERE rule LIKE '<visit>%'"), 1);
}

TEST_F(StoreTest, AChangedDocumentReplacesItsEvents) {
  std::unique_ptr<SqliteStore> db;
  ASSERT_TRUE(SqliteStore::Open(path_, &db).ok());
  ASSERT_TRUE(db->Write(Doc("a", "first version", 3)).ok());
  ASSERT_TRUE(db->Flush().ok());
  ASSERT_TRUE(db->Write(Doc("a", "second version", 1)).ok());
  ASSERT_TRUE(db->Close().ok());
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM events"), 1);
  EXPECT_EQ(Count(path_, "SELECT num_events FROM documents WHERE id='a'"), 1);
}

TEST_F(StoreTest, UncommittedBatchLeavesNoHalfDocument) {
  {
    std::unique_ptr<SqliteStore> db;
    ASSERT_TRUE(SqliteStore::Open(path_, &db).ok());
    ASSERT_TRUE(db->Write(Doc("a", "committed", 2)).ok());
    ASSERT_TRUE(db->Flush().ok());
    ASSERT_TRUE(db->Write(Doc("b", "never committed", 2)).ok());
    // Simulate a crash: roll the open transaction back instead of committing it.
    sqlite3_exec(db->handle(), "ROLLBACK", nullptr, nullptr, nullptr);
  }
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM events"), 2);
}

TEST_F(StoreTest, TopDyadsCountsPairs) {
  std::unique_ptr<SqliteStore> db;
  ASSERT_TRUE(SqliteStore::Open(path_, &db).ok());
  ASSERT_TRUE(db->Write(Doc("a", "x", 5)).ok());
  ASSERT_TRUE(db->Flush().ok());
  std::vector<SqliteStore::DyadCount> top;
  ASSERT_TRUE(db->TopDyads(10, &top).ok());
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0].target, "RUS");
  EXPECT_EQ(top[0].events, 3);
  EXPECT_NEAR(top[0].goldstein_sum, 5.7, 1e-9);
}

TEST(Json, EscapesAndRepairsUtf8) {
  std::string out;
  AppendJsonString(&out, "a\"b\\c\nd\x01 \xC3\xA9 \xFF");
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\nd\\u0001 \xC3\xA9 \xEF\xBF\xBD\"");
}

TEST(EventFormats, JsonAndTsvCarryTheContractFields) {
  Event e;
  e.doc_id = "d1";
  e.date = "2018-01-01";
  e.date_precision = "year";
  e.doc_date = "2022-01-19";
  e.source = {"USA", "US", 10, 12};
  e.cameo = "163";
  e.root = "16";
  e.quad_class = 4;
  e.goldstein = -8;
  e.plover = "SANCTION";
  e.sentence = "a\tb";
  std::string j = EventToJson(e);
  for (const char* field : {"\"doc_id\":\"d1\"", "\"date\":\"2018-01-01\"", "\"target\":null",
                            "\"source\":{\"code\":\"USA\",\"text\":\"US\"}", "\"cameo\":\"163\"",
                            "\"root\":\"16\"", "\"quad_class\":4", "\"goldstein\":-8.0",
                            "\"plover\":\"SANCTION\"", "\"offsets\":{\"source\":[10,12]"}) {
    EXPECT_NE(j.find(field), std::string::npos) << field << " in " << j;
  }
  std::string row = EventToTsv(e);
  std::string header = TsvHeader();
  EXPECT_EQ(std::count(row.begin(), row.end(), '\t'),
            std::count(header.begin(), header.end(), '\t'));
  EXPECT_NE(row.find("a b"), std::string::npos);
}

}  // namespace
}  // namespace dyad::store
