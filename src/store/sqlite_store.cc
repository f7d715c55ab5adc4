#include "store/sqlite_store.h"

#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "store/sql_util.h"

namespace dyad::store {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
  id TEXT PRIMARY KEY,
  url TEXT, source TEXT, title TEXT, description TEXT, authors TEXT,
  doc_date TEXT, published TEXT, dateline TEXT, language TEXT,
  content_hash TEXT NOT NULL, num_sentences INTEGER NOT NULL, num_events INTEGER NOT NULL,
  added_at TEXT NOT NULL DEFAULT (datetime('now')), tone REAL);
CREATE TABLE IF NOT EXISTS events(
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence_index INTEGER NOT NULL,
  date TEXT NOT NULL, date_precision TEXT NOT NULL, doc_date TEXT,
  source_code TEXT NOT NULL, source_text TEXT,
  target_code TEXT, target_text TEXT,
  cameo TEXT NOT NULL, root TEXT NOT NULL, quad_class INTEGER, goldstein REAL, plover TEXT,
  modality TEXT, sentence TEXT,
  source_begin INTEGER, source_end INTEGER, verb_begin INTEGER, verb_end INTEGER,
  target_begin INTEGER, target_end INTEGER, rule TEXT,
  action_geo_type TEXT, action_geo_name TEXT, action_geo_country TEXT, action_geo_fips TEXT,
  action_geo_adm1 TEXT, lat REAL, lon REAL, action_geo_id INTEGER,
  source_geo_type TEXT, source_geo_name TEXT, source_geo_country TEXT, source_geo_fips TEXT, source_geo_adm1 TEXT, source_geo_lat REAL, source_geo_lon REAL, source_geo_id INTEGER,
  target_geo_type TEXT, target_geo_name TEXT, target_geo_country TEXT, target_geo_fips TEXT, target_geo_adm1 TEXT, target_geo_lat REAL, target_geo_lon REAL, target_geo_id INTEGER);
CREATE TABLE IF NOT EXISTS sentences(
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence_index INTEGER NOT NULL,
  begin INTEGER, end INTEGER, num_events INTEGER NOT NULL, text TEXT NOT NULL,
  UNIQUE(doc_id, sentence_index));
CREATE INDEX IF NOT EXISTS events_dyad ON events(source_code, target_code, date);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc_id);
CREATE INDEX IF NOT EXISTS events_cameo ON events(cameo);
)sql";

std::string Error(sqlite3* db, const std::string& what) {
  return what + ": " + (db ? sqlite3_errmsg(db) : "out of memory");
}

void BindText(sqlite3_stmt* st, int i, const std::string& s) {
  if (s.empty()) sqlite3_bind_null(st, i);
  else sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
}

// The eight columns of a place from parameter `first` on: type, name, country, fips, adm1, lat,
// lon, GeoNames id; all NULL when the place is empty.
void BindPlace(sqlite3_stmt* st, int first, const EventPlace& p) {
  if (p.empty()) {
    for (int col = first; col < first + 8; ++col) sqlite3_bind_null(st, col);
    return;
  }
  BindText(st, first, p.type);
  BindText(st, first + 1, p.name);
  BindText(st, first + 2, p.country);
  BindText(st, first + 3, p.fips);
  BindText(st, first + 4, p.adm1);
  sqlite3_bind_double(st, first + 5, p.lat);
  sqlite3_bind_double(st, first + 6, p.lon);
  sqlite3_bind_int64(st, first + 7, p.geonames_id);
}

std::string ColumnText(sqlite3_stmt* st, int i) {
  const unsigned char* t = sqlite3_column_text(st, i);
  return t ? reinterpret_cast<const char*>(t) : "";
}

}  // namespace

#ifndef DYAD_TONE_LEXICON_PATH
#define DYAD_TONE_LEXICON_PATH ""
#endif

std::string DefaultToneLexiconPath() {
  const char* env = std::getenv("DYAD_TONE_LEXICON");
  return env && *env ? env : DYAD_TONE_LEXICON_PATH;
}

std::string ContentHash(const std::string& s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

Status SqliteStore::Open(const std::string& path, std::unique_ptr<SqliteStore>* out) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
      SQLITE_OK) {
    Status s = Status::IOError(Error(db, path));
    sqlite3_close(db);
    return s;
  }
  std::unique_ptr<SqliteStore> store(new SqliteStore(db));
  store->path_ = path;
  sqlite3_busy_timeout(db, 5000);
  Status s = store->Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                         "PRAGMA foreign_keys=ON;");
  if (!s.ok()) return Status::IOError(path + ": not a dyad database (" + s.message() + ")");
  // Schema and version: a newer database than this binary knows is refused; an older one is
  // migrated here, step by step, when versions are added.
  if (!(s = store->Exec(kSchema)).ok()) return Status::IOError(path + ": " + s.message());
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key='schema_version'", -1, &st, nullptr);
  int version = 0;
  if (st && sqlite3_step(st) == SQLITE_ROW) version = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  if (version > kSchemaVersion) {
    return Status::Unsupported(path + ": schema version " + std::to_string(version) +
                               " is newer than this dyad (" + std::to_string(kSchemaVersion) +
                               ")");
  }
  // Version 2 added the event's rule (the pattern that fired). A fresh database already has
  // it from kSchema; a version-1 database gets the column.
  if (version == 1) {
    s = store->Exec("ALTER TABLE events ADD COLUMN rule TEXT");
    if (!s.ok()) return Status::IOError(path + ": migrating to schema 2: " + s.message());
  }
  // Version 3 added the event's place (ActionGeo).
  if (version >= 1 && version < 3) {
    s = store->Exec(
        "ALTER TABLE events ADD COLUMN action_geo_type TEXT;"
        "ALTER TABLE events ADD COLUMN action_geo_name TEXT;"
        "ALTER TABLE events ADD COLUMN action_geo_country TEXT;"
        "ALTER TABLE events ADD COLUMN action_geo_fips TEXT;"
        "ALTER TABLE events ADD COLUMN action_geo_adm1 TEXT;"
        "ALTER TABLE events ADD COLUMN lat REAL;"
        "ALTER TABLE events ADD COLUMN lon REAL;"
        "ALTER TABLE events ADD COLUMN action_geo_id INTEGER;");
    if (!s.ok()) return Status::IOError(path + ": migrating to schema 3: " + s.message());
  }
  // Version 4 added the document's tone. Documents stored before keep NULL (the export reads it
  // as 0) until their text changes, since an unchanged document is not rewritten. A database
  // old enough to have no documents table got one, tone included, from kSchema above.
  if (version >= 1 && version < 4 && !HasColumn(db, "documents", "tone")) {
    s = store->Exec("ALTER TABLE documents ADD COLUMN tone REAL");
    if (!s.ok()) return Status::IOError(path + ": migrating to schema 4: " + s.message());
  }
  // Version 5 added the sentences table. Older databases kept only the sentences that have
  // events, inside each event row; those become the table's rows, without offsets.
  if (version >= 1 && version < 5) {
    s = store->Exec(
        "INSERT OR IGNORE INTO sentences(doc_id, sentence_index, num_events, text) "
        "SELECT doc_id, sentence_index, count(*), COALESCE(max(sentence), '') FROM events "
        "GROUP BY doc_id, sentence_index");
    if (!s.ok()) return Status::IOError(path + ": migrating to schema 5: " + s.message());
  }
  // Version 6 added where each actor is (Actor1Geo / Actor2Geo).
  if (version >= 1 && version < 6 && !HasColumn(db, "events", "source_geo_type")) {
    std::string sql;
    for (const char* who : {"source", "target"}) {
      for (const char* col : {"type TEXT", "name TEXT", "country TEXT", "fips TEXT", "adm1 TEXT",
                              "lat REAL", "lon REAL", "id INTEGER"}) {
        sql += std::string("ALTER TABLE events ADD COLUMN ") + who + "_geo_" + col + ";";
      }
    }
    s = store->Exec(sql.c_str());
    if (!s.ok()) return Status::IOError(path + ": migrating to schema 6: " + s.message());
  }
  if (version < kSchemaVersion) {
    s = store->Exec(("INSERT OR REPLACE INTO meta(key, value) VALUES('schema_version', '" +
                     std::to_string(kSchemaVersion) + "')")
                        .c_str());
    if (!s.ok()) return s;
  }
  if (!(s = store->Prepare()).ok()) return s;
  // Loaded once per store: ~7500 entries, read in a few milliseconds, then shared by every Write.
  const char* env = std::getenv("DYAD_TONE_LEXICON");
  std::string lexicon = DefaultToneLexiconPath();
  if (!lexicon.empty() && ((env && *env) || std::filesystem::exists(lexicon))) {
    if (!(s = LoadToneLexicon(lexicon, &store->tone_lexicon_)).ok()) {
      return Status::IOError("tone lexicon: " + s.message());
    }
    store->has_tone_ = true;
  }
  *out = std::move(store);
  return Status::OK();
}

Status SqliteStore::OpenReadOnly(const std::string& path, std::unique_ptr<SqliteStore>* out) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    Status s = Status::IOError(Error(db, path));
    sqlite3_close(db);
    return s;
  }
  out->reset(new SqliteStore(db));
  (*out)->path_ = path;
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT count(*) FROM events", -1, &st, nullptr) != SQLITE_OK) {
    Status s = Status::InvalidArgument(path + ": not a dyad database");
    out->reset();
    return s;
  }
  sqlite3_finalize(st);
  return Status::OK();
}

SqliteStore::~SqliteStore() { Close(); }

Status SqliteStore::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : "error";
    sqlite3_free(err);
    return Status::IOError(msg);
  }
  return Status::OK();
}

Status SqliteStore::Prepare() {
  const char* find = "SELECT content_hash, doc_date FROM documents WHERE id = ?";
  const char* del = "DELETE FROM events WHERE doc_id = ?";
  const char* del_sentences = "DELETE FROM sentences WHERE doc_id = ?";
  const char* ins_sentence =
      "INSERT INTO sentences(doc_id, sentence_index, begin, end, num_events, text) "
      "VALUES(?,?,?,?,?,?)";
  const char* upsert =
      "INSERT OR REPLACE INTO documents(id, url, source, title, description, authors, doc_date, "
      "published, dateline, language, content_hash, num_sentences, num_events, tone) "
      "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
  const char* ins =
      "INSERT INTO events(doc_id, sentence_index, date, date_precision, doc_date, source_code, "
      "source_text, target_code, target_text, cameo, root, quad_class, goldstein, plover, "
      "modality, sentence, source_begin, source_end, verb_begin, verb_end, target_begin, "
      "target_end, rule, action_geo_type, action_geo_name, action_geo_country, "
      "action_geo_fips, action_geo_adm1, lat, lon, action_geo_id, "
      "source_geo_type, source_geo_name, source_geo_country, source_geo_fips, source_geo_adm1, "
      "source_geo_lat, source_geo_lon, source_geo_id, "
      "target_geo_type, target_geo_name, target_geo_country, target_geo_fips, target_geo_adm1, "
      "target_geo_lat, target_geo_lon, target_geo_id) "
      "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
      "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
  if (sqlite3_prepare_v2(db_, find, -1, &find_doc_, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(db_, del, -1, &delete_events_, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(db_, upsert, -1, &upsert_doc_, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(db_, del_sentences, -1, &delete_sentences_, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(db_, ins_sentence, -1, &insert_sentence_, nullptr) != SQLITE_OK ||
      sqlite3_prepare_v2(db_, ins, -1, &insert_event_, nullptr) != SQLITE_OK) {
    return Status::IOError(Error(db_, path_));
  }
  return Status::OK();
}

Status SqliteStore::Begin() {
  if (in_txn_) return Status::OK();
  Status s = Exec("BEGIN IMMEDIATE");
  if (s.ok()) in_txn_ = true;
  return s;
}

Status SqliteStore::Write(const CodedDocument& doc) {
  Status s = Begin();
  if (!s.ok()) return s;
  const Article& a = doc.article;
  std::string hash = ContentHash(a.text);
  sqlite3_reset(find_doc_);
  BindText(find_doc_, 1, doc.id);
  if (sqlite3_step(find_doc_) == SQLITE_ROW) {
    // Unchanged only if its text and the date its events were resolved against are: a
    // document first coded without a date and coded again with `--date` gets its events.
    if (ColumnText(find_doc_, 0) == hash && ColumnText(find_doc_, 1) == doc.doc_date) {
      ++skipped_;
      sqlite3_reset(find_doc_);
      return Status::OK();
    }
    sqlite3_reset(delete_events_);
    BindText(delete_events_, 1, doc.id);
    if (sqlite3_step(delete_events_) != SQLITE_DONE) return Status::IOError(Error(db_, path_));
    sqlite3_reset(delete_sentences_);
    BindText(delete_sentences_, 1, doc.id);
    if (sqlite3_step(delete_sentences_) != SQLITE_DONE) {
      return Status::IOError(Error(db_, path_));
    }
  }
  sqlite3_reset(find_doc_);
  std::string authors;
  for (const std::string& au : a.authors) authors += (authors.empty() ? "" : "; ") + au;
  sqlite3_reset(upsert_doc_);
  BindText(upsert_doc_, 1, doc.id);
  BindText(upsert_doc_, 2, a.url);
  BindText(upsert_doc_, 3, a.site);
  BindText(upsert_doc_, 4, a.title);
  BindText(upsert_doc_, 5, a.description);
  BindText(upsert_doc_, 6, authors);
  BindText(upsert_doc_, 7, doc.doc_date);
  BindText(upsert_doc_, 8, a.date);
  BindText(upsert_doc_, 9, a.dateline);
  BindText(upsert_doc_, 10, a.language);
  BindText(upsert_doc_, 11, hash);
  sqlite3_bind_int(upsert_doc_, 12, doc.num_sentences);
  int dated_events = 0;
  for (const Event& e : doc.events) dated_events += !e.date.empty();
  undated_ += static_cast<long>(doc.events.size()) - dated_events;
  sqlite3_bind_int(upsert_doc_, 13, dated_events);
  if (has_tone_) {
    sqlite3_bind_double(upsert_doc_, 14, DocumentTone(a.text, tone_lexicon_));
  } else {
    sqlite3_bind_null(upsert_doc_, 14);
  }
  if (sqlite3_step(upsert_doc_) != SQLITE_DONE) return Status::IOError(Error(db_, path_));
  std::vector<int> events_in(doc.sentences.size(), 0);
  for (const Event& e : doc.events) {
    if (e.date.empty()) continue;
    if (e.sentence_index >= 0 && static_cast<size_t>(e.sentence_index) < events_in.size()) {
      ++events_in[e.sentence_index];
    }
  }
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    auto [begin, end] = doc.sentences[i];
    if (end > a.text.size() || begin > end) continue;
    sqlite3_stmt* st = insert_sentence_;
    sqlite3_reset(st);
    BindText(st, 1, doc.id);
    sqlite3_bind_int(st, 2, static_cast<int>(i));
    sqlite3_bind_int(st, 3, static_cast<int>(begin));
    sqlite3_bind_int(st, 4, static_cast<int>(end));
    sqlite3_bind_int(st, 5, events_in[i]);
    sqlite3_bind_text(st, 6, a.text.data() + begin, static_cast<int>(end - begin),
                      SQLITE_TRANSIENT);
    if (sqlite3_step(st) != SQLITE_DONE) return Status::IOError(Error(db_, path_));
  }
  for (const Event& e : doc.events) {
    if (e.date.empty()) continue;
    sqlite3_stmt* st = insert_event_;
    sqlite3_reset(st);
    BindText(st, 1, e.doc_id);
    sqlite3_bind_int(st, 2, e.sentence_index);
    BindText(st, 3, e.date);
    BindText(st, 4, e.date_precision);
    BindText(st, 5, e.doc_date);
    BindText(st, 6, e.source.code);
    BindText(st, 7, e.source.text);
    BindText(st, 8, e.target.code);
    BindText(st, 9, e.target.text);
    BindText(st, 10, e.cameo);
    BindText(st, 11, e.root);
    sqlite3_bind_int(st, 12, e.quad_class);
    sqlite3_bind_double(st, 13, e.goldstein);
    BindText(st, 14, e.plover);
    BindText(st, 15, e.modality);
    BindText(st, 16, e.sentence);
    sqlite3_bind_int(st, 17, static_cast<int>(e.source.begin));
    sqlite3_bind_int(st, 18, static_cast<int>(e.source.end));
    sqlite3_bind_int(st, 19, static_cast<int>(e.verb_begin));
    sqlite3_bind_int(st, 20, static_cast<int>(e.verb_end));
    if (e.target.empty()) {
      sqlite3_bind_null(st, 21);
      sqlite3_bind_null(st, 22);
    } else {
      sqlite3_bind_int(st, 21, static_cast<int>(e.target.begin));
      sqlite3_bind_int(st, 22, static_cast<int>(e.target.end));
    }
    BindText(st, 23, e.rule);
    BindPlace(st, 24, e.action_geo);
    BindPlace(st, 32, e.source_geo);
    BindPlace(st, 40, e.target_geo);
    if (sqlite3_step(st) != SQLITE_DONE) return Status::IOError(Error(db_, path_));
  }
  return Status::OK();
}

Status SqliteStore::Flush() {
  if (!in_txn_) return Status::OK();
  in_txn_ = false;
  return Exec("COMMIT");
}

Status SqliteStore::Close() {
  if (!db_) return Status::OK();
  Status s = Flush();
  for (sqlite3_stmt* st : {find_doc_, delete_events_, upsert_doc_, insert_event_,
                           delete_sentences_, insert_sentence_}) {
    sqlite3_finalize(st);
  }
  find_doc_ = delete_events_ = upsert_doc_ = insert_event_ = nullptr;
  delete_sentences_ = insert_sentence_ = nullptr;
  sqlite3_close(db_);
  db_ = nullptr;
  return s;
}

Status SqliteStore::TopDyads(int limit, std::vector<DyadCount>* out) {
  sqlite3_stmt* st = nullptr;
  const char* sql =
      "SELECT source_code, target_code, count(*), sum(goldstein) FROM events "
      "WHERE target_code IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?";
  if (sqlite3_prepare_v2(db_, sql, -1, &st, nullptr) != SQLITE_OK) {
    return Status::IOError(Error(db_, path_));
  }
  sqlite3_bind_int(st, 1, limit);
  while (sqlite3_step(st) == SQLITE_ROW) {
    out->push_back({ColumnText(st, 0), ColumnText(st, 1), sqlite3_column_int(st, 2),
                    sqlite3_column_double(st, 3)});
  }
  sqlite3_finalize(st);
  return Status::OK();
}

Status SqliteStore::AllEvents(int limit, std::vector<Event>* out) {
  sqlite3_stmt* st = nullptr;
  const char* sql =
      "SELECT doc_id, sentence_index, date, date_precision, doc_date, source_code, source_text, "
      "target_code, target_text, cameo, root, quad_class, goldstein, plover, modality, sentence "
      "FROM events ORDER BY date, doc_id, sentence_index, id LIMIT ?";
  if (sqlite3_prepare_v2(db_, sql, -1, &st, nullptr) != SQLITE_OK) {
    return Status::IOError(Error(db_, path_));
  }
  sqlite3_bind_int(st, 1, limit);
  while (sqlite3_step(st) == SQLITE_ROW) {
    Event e;
    e.doc_id = ColumnText(st, 0);
    e.sentence_index = sqlite3_column_int(st, 1);
    e.date = ColumnText(st, 2);
    e.date_precision = ColumnText(st, 3);
    e.doc_date = ColumnText(st, 4);
    e.source.code = ColumnText(st, 5);
    e.source.text = ColumnText(st, 6);
    e.target.code = ColumnText(st, 7);
    e.target.text = ColumnText(st, 8);
    e.cameo = ColumnText(st, 9);
    e.root = ColumnText(st, 10);
    e.quad_class = sqlite3_column_int(st, 11);
    e.goldstein = sqlite3_column_double(st, 12);
    e.plover = ColumnText(st, 13);
    e.modality = ColumnText(st, 14);
    e.sentence = ColumnText(st, 15);
    out->push_back(std::move(e));
  }
  sqlite3_finalize(st);
  return Status::OK();
}

}  // namespace dyad::store
