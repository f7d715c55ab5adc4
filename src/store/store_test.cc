#include <gtest/gtest.h>
#include <sqlite3.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

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

// A document with no date (none found, no --date) keeps its sentences; its events, which no
// timeline could place, are counted instead of failing the NOT NULL date of the events table.
TEST_F(StoreTest, UndatedEventsAreCountedNotStored) {
  std::unique_ptr<SqliteStore> db;
  ASSERT_TRUE(SqliteStore::Open(path_, &db).ok());
  CodedDocument d = Doc("a", "text a", 3);
  d.doc_date.clear();
  d.events[0].date.clear();
  d.events[2].date.clear();
  d.sentences = {{0, 6}};
  Status s = db->Write(d);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_TRUE(db->Write(Doc("b", "text b", 2)).ok());
  ASSERT_TRUE(db->Close().ok());
  EXPECT_EQ(db->undated(), 2);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM events WHERE doc_id='a'"), 1);
  EXPECT_EQ(Count(path_, "SELECT num_events FROM documents WHERE id='a'"), 1);
  EXPECT_EQ(Count(path_, "SELECT num_events FROM sentences WHERE doc_id='a'"), 1);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM events WHERE doc_id='b'"), 2);
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

double Real(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
  double v = -1000;
  if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL) {
    v = sqlite3_column_double(st, 0);
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return v;
}

// Points $DYAD_TONE_LEXICON at a small word list for one test and restores it afterwards, so
// the other tests see the default lexicon.
class ToneLexiconFile {
 public:
  explicit ToneLexiconFile(const std::string& path) : path_(path) {
    const char* old = std::getenv("DYAD_TONE_LEXICON");
    if (old) {
      old_ = old;
      had_old_ = true;
    }
    std::ofstream(path_) << "# test lexicon\ngood\t1.9\t0.9\t[2, 2]\nhope\t1.2\t0.5\t[1]\n"
                            "terrible\t-2.5\t0.7\t[-3]\nkilled\t-3.5\t0.5\t[-4]\n";
    setenv("DYAD_TONE_LEXICON", path_.c_str(), 1);
  }
  ~ToneLexiconFile() {
    if (had_old_) setenv("DYAD_TONE_LEXICON", old_.c_str(), 1);
    else unsetenv("DYAD_TONE_LEXICON");
    fs::remove(path_);
  }

 private:
  std::string path_, old_;
  bool had_old_ = false;
};

TEST_F(StoreTest, DocumentsGetTheToneOfTheirWords) {
  ToneLexiconFile lexicon(path_ + ".lexicon");
  std::unique_ptr<SqliteStore> db;
  Status s = SqliteStore::Open(path_, &db);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_TRUE(db->Write(Doc("pos", "A good talk gives hope.", 1)).ok());
  ASSERT_TRUE(db->Write(Doc("neg", "Terrible: ten were killed in the attack.", 1)).ok());
  ASSERT_TRUE(db->Write(Doc("none", "They met on Monday.", 1)).ok());
  ASSERT_TRUE(db->Close().ok());
  // GDELT's tone: 100 * (positive - negative) / words.
  EXPECT_NEAR(Real(path_, "SELECT tone FROM documents WHERE id='pos'"), 100.0 * 2 / 5, 1e-9);
  EXPECT_NEAR(Real(path_, "SELECT tone FROM documents WHERE id='neg'"), -100.0 * 2 / 7, 1e-9);
  EXPECT_NEAR(Real(path_, "SELECT tone FROM documents WHERE id='none'"), 0.0, 1e-9);
}

TEST_F(StoreTest, AnUnreadableNamedLexiconIsAnError) {
  ToneLexiconFile lexicon(path_ + ".lexicon");
  setenv("DYAD_TONE_LEXICON", (path_ + ".missing").c_str(), 1);
  std::unique_ptr<SqliteStore> db;
  EXPECT_FALSE(SqliteStore::Open(path_, &db).ok());
}

TEST_F(StoreTest, AVersionThreeDatabaseIsMigrated) {
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    // Version 3's documents had no tone; its events already had rule and place.
    const char* v3 =
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "INSERT INTO meta VALUES('schema_version', '3');"
        "CREATE TABLE documents(id TEXT PRIMARY KEY, url TEXT, source TEXT, title TEXT, "
        "description TEXT, authors TEXT, doc_date TEXT, published TEXT, dateline TEXT, "
        "language TEXT, content_hash TEXT NOT NULL, num_sentences INTEGER NOT NULL, "
        "num_events INTEGER NOT NULL, added_at TEXT NOT NULL DEFAULT (datetime('now')));"
        "INSERT INTO documents(id, content_hash, num_sentences, num_events) "
        "VALUES('old', 'x', 1, 0);"
        "CREATE TABLE events(id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES "
        "documents(id) ON DELETE CASCADE, sentence_index INTEGER NOT NULL, date TEXT NOT NULL, "
        "date_precision TEXT NOT NULL, doc_date TEXT, source_code TEXT NOT NULL, "
        "source_text TEXT, target_code TEXT, target_text TEXT, cameo TEXT NOT NULL, "
        "root TEXT NOT NULL, quad_class INTEGER, goldstein REAL, plover TEXT, modality TEXT, "
        "sentence TEXT, source_begin INTEGER, source_end INTEGER, verb_begin INTEGER, "
        "verb_end INTEGER, target_begin INTEGER, target_end INTEGER, rule TEXT, "
        "action_geo_type TEXT, action_geo_name TEXT, action_geo_country TEXT, "
        "action_geo_fips TEXT, action_geo_adm1 TEXT, lat REAL, lon REAL, "
        "action_geo_id INTEGER);"
        "INSERT INTO events(doc_id, sentence_index, date, date_precision, source_code, cameo, "
        "root, sentence) VALUES('old', 4, '2022-01-19', 'day', 'IRN', '042', '04', "
        "'Raisi visited Moscow.');";
    ASSERT_EQ(sqlite3_exec(db, v3, nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  ToneLexiconFile lexicon(path_ + ".lexicon");
  std::unique_ptr<SqliteStore> db;
  Status s = SqliteStore::Open(path_, &db);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_TRUE(db->Write(Doc("new", "good", 2)).ok());
  ASSERT_TRUE(db->Close().ok());
  EXPECT_EQ(Count(path_, "SELECT value FROM meta WHERE key='schema_version'"), kSchemaVersion);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM documents WHERE id='old' AND tone IS NULL"), 1);
  EXPECT_NEAR(Real(path_, "SELECT tone FROM documents WHERE id='new'"), 100.0, 1e-9);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM events WHERE doc_id='new'"), 2);
  // Schema 5: the old store's coded sentence became a sentences row, without offsets.
  EXPECT_EQ(Count(path_,
                  "SELECT num_events FROM sentences WHERE doc_id='old' AND sentence_index=4 "
                  "AND text='Raisi visited Moscow.' AND begin IS NULL"),
            1);
}

TEST_F(StoreTest, EverySentenceIsStoredWithItsOffsetsAndEventCount) {
  const std::string text = "Raisi visited Moscow. Putin welcomed him. Talks went on.";
  CodedDocument d = Doc("a", text, 3);
  d.num_sentences = 3;
  d.sentences = {{0, 21}, {22, 41}, {42, 56}};
  d.events[0].sentence_index = 0;
  d.events[1].sentence_index = 1;
  d.events[2].sentence_index = 1;
  {
    std::unique_ptr<SqliteStore> db;
    ASSERT_TRUE(SqliteStore::Open(path_, &db).ok());
    ASSERT_TRUE(db->Write(d).ok());
    ASSERT_TRUE(db->Close().ok());
  }
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM sentences WHERE doc_id='a'"), 3);
  EXPECT_EQ(Count(path_, "SELECT num_events FROM sentences WHERE sentence_index=1 AND "
                         "text='Putin welcomed him.' AND begin=22 AND end=41"),
            2);
  EXPECT_EQ(Count(path_, "SELECT num_events FROM sentences WHERE sentence_index=2 AND "
                         "text='Talks went on.'"),
            0);
  // A changed document replaces its sentences, as it replaces its events.
  CodedDocument changed = Doc("a", "Raisi left.", 0);
  changed.sentences = {{0, 11}};
  {
    std::unique_ptr<SqliteStore> db;
    ASSERT_TRUE(SqliteStore::Open(path_, &db).ok());
    ASSERT_TRUE(db->Write(changed).ok());
    ASSERT_TRUE(db->Close().ok());
  }
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM sentences"), 1);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM sentences WHERE text='Raisi left.'"), 1);
}

// A run killed at any instant (here SIGKILL, which no handler sees) must leave a database that
// opens, holds whole documents only, and is completed by running the same writes again.
TEST_F(StoreTest, AKilledWriterLeavesWholeDocumentsAndARerunCompletesThem) {
  constexpr int kDocs = 20000;
  constexpr int kBatch = 25;
  auto doc = [](int i) { return Doc("d" + std::to_string(i), "text " + std::to_string(i), i % 5); };
  int total_events = 0;
  for (int i = 0; i < kDocs; ++i) total_events += i % 5;

  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    // The child touches no state of the parent's test run and leaves with _exit.
    std::unique_ptr<SqliteStore> db;
    if (!SqliteStore::Open(path_, &db).ok()) _exit(3);
    for (int i = 0; i < kDocs; ++i) {
      if (!db->Write(doc(i)).ok()) _exit(4);
      if ((i + 1) % kBatch == 0 && !db->Flush().ok()) _exit(5);
    }
    db->Close();
    _exit(0);
  }
  // Kill once some batches are committed, so the kill lands mid-way through the writes.
  int committed = 0;
  for (int tries = 0; tries < 20000 && committed < 200; ++tries) {
    std::this_thread::sleep_for(std::chrono::microseconds(500));
    if (fs::exists(path_)) committed = Count(path_, "SELECT count(*) FROM documents");
  }
  kill(child, SIGKILL);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the writer finished before it was killed";

  int stored = 0;
  {
    std::unique_ptr<SqliteStore> db;
    Status s = SqliteStore::Open(path_, &db);
    ASSERT_TRUE(s.ok()) << s.message();
    ASSERT_TRUE(db->Close().ok());
    stored = Count(path_, "SELECT count(*) FROM documents");
  }
  EXPECT_GE(stored, 200);
  EXPECT_LT(stored, kDocs);
  EXPECT_EQ(stored % kBatch, 0) << "a batch was committed in part";
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM documents d WHERE num_events <> "
                         "(SELECT count(*) FROM events e WHERE e.doc_id = d.id)"),
            0);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM events WHERE doc_id NOT IN "
                         "(SELECT id FROM documents)"),
            0);

  std::unique_ptr<SqliteStore> db;
  ASSERT_TRUE(SqliteStore::Open(path_, &db).ok());
  for (int i = 0; i < kDocs; ++i) {
    ASSERT_TRUE(db->Write(doc(i)).ok());
    if ((i + 1) % kBatch == 0) {
      ASSERT_TRUE(db->Flush().ok());
    }
  }
  ASSERT_TRUE(db->Close().ok());
  EXPECT_EQ(db->skipped(), stored);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM documents"), kDocs);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM events"), total_events);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM (SELECT doc_id, sentence_index FROM events "
                         "GROUP BY doc_id HAVING count(*) <> (SELECT num_events FROM documents "
                         "WHERE id = doc_id))"),
            0);
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
  e.source_geo.type = "country";
  e.source_geo.name = "United States";
  e.source_geo.country = "USA";
  std::string j = EventToJson(e);
  for (const char* field : {"\"doc_id\":\"d1\"", "\"date\":\"2018-01-01\"", "\"target\":null",
                            "\"source\":{\"code\":\"USA\",\"text\":\"US\"}", "\"cameo\":\"163\"",
                            "\"root\":\"16\"", "\"quad_class\":4", "\"goldstein\":-8.0",
                            "\"plover\":\"SANCTION\"", "\"offsets\":{\"source\":[10,12]",
                            "\"source_geo\":{\"type\":\"country\",\"name\":\"United States\"",
                            "\"target_geo\":null"}) {
    EXPECT_NE(j.find(field), std::string::npos) << field << " in " << j;
  }
  std::string row = EventToTsv(e);
  std::string header = TsvHeader();
  EXPECT_EQ(std::count(row.begin(), row.end(), '\t'),
            std::count(header.begin(), header.end(), '\t'));
  EXPECT_NE(row.find("a b"), std::string::npos);
  EXPECT_NE(header.find("source_geo_country"), std::string::npos);
  EXPECT_NE(row.find("\tUnited States\tUSA\t"), std::string::npos);
}

}  // namespace
}  // namespace dyad::store
