// SqliteStore: the embedded event database (`dyad code --out X.db`). Documents, their events,
// and a schema version in `meta`. Writing is idempotent per document: a document whose id and
// content hash are already stored is skipped; one whose content changed is replaced. Writes are
// grouped in a transaction per batch, so a killed run leaves whole documents only. Each
// document's tone (store/tone.h) is computed from its text when a tone lexicon is found.
#ifndef DYAD_STORE_SQLITE_STORE_H_
#define DYAD_STORE_SQLITE_STORE_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/sink.h"
#include "store/tone.h"

struct sqlite3;
struct sqlite3_stmt;

namespace dyad::store {

inline constexpr int kSchemaVersion = 6;

// 64-bit FNV-1a of the document's text, as 16 hex digits.
std::string ContentHash(const std::string& s);

// The tone lexicon Open loads: $DYAD_TONE_LEXICON when set, else the path compiled in
// (VADER's word list in <repo>/node_modules/vader-sentiment).
std::string DefaultToneLexiconPath();

class SqliteStore : public EventSink {
 public:
  // Creates or migrates the database and loads the tone lexicon. A lexicon named by
  // $DYAD_TONE_LEXICON must load (the user asked for it); a missing compiled-in default only
  // leaves documents' tone NULL, so a checkout without the npm data still codes.
  static Status Open(const std::string& path, std::unique_ptr<SqliteStore>* out);
  // Read-only access for queries.
  static Status OpenReadOnly(const std::string& path, std::unique_ptr<SqliteStore>* out);
  ~SqliteStore() override;

  Status Write(const CodedDocument& doc) override;
  Status Flush() override;
  Status Close() override;
  int skipped() const override { return skipped_; }
  // Events without a date (their document has none in its text or metadata, no `--date` was
  // given, and the sentence names none) are left out, which the timelines could not place; their
  // document and its sentences are stored, and coding it again with a date adds them.
  long undated() const override { return undated_; }

  struct DyadCount {
    std::string source, target;
    int events = 0;
    double goldstein_sum = 0;
  };
  Status TopDyads(int limit, std::vector<DyadCount>* out);
  Status AllEvents(int limit, std::vector<Event>* out);

  sqlite3* handle() { return db_; }

 private:
  explicit SqliteStore(sqlite3* db) : db_(db) {}
  Status Exec(const char* sql);
  Status Prepare();
  Status Begin();

  sqlite3* db_ = nullptr;
  sqlite3_stmt* find_doc_ = nullptr;
  sqlite3_stmt* delete_events_ = nullptr;
  sqlite3_stmt* upsert_doc_ = nullptr;
  sqlite3_stmt* insert_event_ = nullptr;
  sqlite3_stmt* delete_sentences_ = nullptr;
  sqlite3_stmt* insert_sentence_ = nullptr;
  ToneLexicon tone_lexicon_;
  bool has_tone_ = false;  // tone_lexicon_ was loaded
  bool in_txn_ = false;
  int skipped_ = 0;
  long undated_ = 0;
  std::string path_;
};

}  // namespace dyad::store

#endif  // DYAD_STORE_SQLITE_STORE_H_
