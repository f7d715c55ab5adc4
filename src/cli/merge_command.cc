#include "cli/merge_command.h"

#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "store/sql_util.h"
#include "store/sqlite_store.h"

namespace dyad::cli {
namespace {

namespace fs = std::filesystem;

Status Exec(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errmsg(db);
    sqlite3_free(err);
    return Status::IOError(msg);
  }
  return Status::OK();
}

int QueryInt(sqlite3* db, const std::string& sql) {
  store::Stmt q;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &q.st, nullptr) != SQLITE_OK) return -1;
  return sqlite3_step(q.st) == SQLITE_ROW ? sqlite3_column_int(q.st, 0) : -1;
}

std::vector<std::string> Columns(sqlite3* db, const std::string& schema, const char* table) {
  std::vector<std::string> cols;
  store::Stmt q;
  std::string sql = "PRAGMA " + schema + ".table_info(" + table + ")";
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &q.st, nullptr) != SQLITE_OK) return cols;
  while (sqlite3_step(q.st) == SQLITE_ROW) cols.push_back(store::Text(q.st, 1));
  return cols;
}

// The columns both sides have, as a SQL list. A shard of an older schema lacks the later
// columns (they stay NULL, as its own migration would leave them); the event id is left out so
// OUT numbers the merged events after its own.
std::string CommonColumns(sqlite3* db, const char* table, bool skip_id) {
  std::vector<std::string> theirs = Columns(db, "shard", table);
  std::set<std::string> have(theirs.begin(), theirs.end());
  std::string list;
  for (const std::string& c : Columns(db, "main", table)) {
    if ((skip_id && c == "id") || !have.count(c)) continue;
    list += (list.empty() ? "" : ", ") + ("\"" + c + "\"");
  }
  return list;
}

struct Counts {
  int documents = 0;  // added or replaced
  int skipped = 0;    // already in OUT unchanged
  int events = 0;
};

Status MergeShard(sqlite3* db, const std::string& shard, Counts* counts) {
  std::error_code ec;
  if (!fs::is_regular_file(shard, ec)) return Status::IOError(shard + ": no such file");
  // ATTACH creates a missing file, hence the check above; the path is bound, not quoted in.
  store::Stmt attach;
  sqlite3_prepare_v2(db, "ATTACH DATABASE ? AS shard", -1, &attach.st, nullptr);
  sqlite3_bind_text(attach.st, 1, shard.c_str(), -1, SQLITE_TRANSIENT);
  if (sqlite3_step(attach.st) != SQLITE_DONE) {
    return Status::IOError(shard + ": " + sqlite3_errmsg(db));
  }
  Status s;
  const int version =
      QueryInt(db, "SELECT value FROM shard.meta WHERE key='schema_version'");
  const std::string doc_cols = CommonColumns(db, "documents", false);
  const std::string event_cols = CommonColumns(db, "events", true);
  // A shard older than schema 5 has no sentences table: its event rows hold the sentences that
  // have events, as the store's own migration reads them.
  const std::string sentence_cols = CommonColumns(db, "sentences", true);
  const std::string take_sentences =
      sentence_cols.find("\"text\"") != std::string::npos
          ? "INSERT INTO main.sentences(" + sentence_cols + ") SELECT " + sentence_cols +
                " FROM shard.sentences WHERE doc_id IN (SELECT id FROM temp.merge_docs);"
          : "INSERT OR IGNORE INTO main.sentences(doc_id, sentence_index, num_events, text) "
            "SELECT doc_id, sentence_index, count(*), COALESCE(max(sentence), '') "
            "FROM shard.events WHERE doc_id IN (SELECT id FROM temp.merge_docs) "
            "GROUP BY doc_id, sentence_index;";
  if (version < 1 || doc_cols.find("\"content_hash\"") == std::string::npos ||
      event_cols.find("\"doc_id\"") == std::string::npos) {
    s = Status::InvalidArgument(shard + ": not a dyad database");
  } else if (version > store::kSchemaVersion) {
    s = Status::Unsupported(shard + ": schema version " + std::to_string(version) +
                            " is newer than this dyad (" +
                            std::to_string(store::kSchemaVersion) + ")");
  } else if ((s = Exec(db, "BEGIN IMMEDIATE")).ok()) {
    // The documents to take: new to OUT, or stored there with other content. One transaction
    // per shard, so OUT never holds part of a shard's document.
    s = Exec(db,
             "DROP TABLE IF EXISTS temp.merge_docs;"
             "CREATE TEMP TABLE merge_docs(id TEXT PRIMARY KEY);"
             "INSERT INTO temp.merge_docs SELECT s.id FROM shard.documents s "
             "LEFT JOIN main.documents m ON m.id = s.id "
             "WHERE m.id IS NULL OR m.content_hash <> s.content_hash;"
             "DELETE FROM main.events WHERE doc_id IN (SELECT id FROM temp.merge_docs);"
             "DELETE FROM main.sentences WHERE doc_id IN (SELECT id FROM temp.merge_docs);"
             "INSERT OR REPLACE INTO main.documents(" + doc_cols + ") SELECT " + doc_cols +
             " FROM shard.documents WHERE id IN (SELECT id FROM temp.merge_docs);" +
             take_sentences +
             "INSERT INTO main.events(" + event_cols + ") SELECT " + event_cols +
             " FROM shard.events WHERE doc_id IN (SELECT id FROM temp.merge_docs) ORDER BY id;");
    if (s.ok()) {
      counts->events += sqlite3_changes(db);  // the last statement: the events inserted
      const int taken = QueryInt(db, "SELECT count(*) FROM temp.merge_docs");
      counts->documents += taken;
      counts->skipped += QueryInt(db, "SELECT count(*) FROM shard.documents") - taken;
      s = Exec(db, "DROP TABLE temp.merge_docs; COMMIT");
    }
    if (!s.ok()) {
      Exec(db, "ROLLBACK");
      s = Status::IOError(shard + ": " + s.message());
    }
  }
  Exec(db, "DETACH DATABASE shard");
  return s;
}

}  // namespace

int RunMerge(const MergeArgs& args) {
  std::error_code ec;
  for (const std::string& shard : args.shards) {
    // Attaching OUT to itself would merge nothing and hold a second lock on the same file.
    if (fs::exists(args.out, ec) && fs::equivalent(shard, args.out, ec)) {
      std::fprintf(stderr, "dyad: %s: is the output store\n", shard.c_str());
      return 2;
    }
  }
  std::unique_ptr<store::SqliteStore> out;
  Status s = store::SqliteStore::Open(args.out, &out);
  if (!s.ok()) {
    std::fprintf(stderr, "dyad: %s\n", s.message().c_str());
    return 2;
  }
  Counts counts;
  for (const std::string& shard : args.shards) {
    if (!(s = MergeShard(out->handle(), shard, &counts)).ok()) {
      std::fprintf(stderr, "dyad: %s\n", s.message().c_str());
      out->Close();
      return 2;
    }
  }
  if (!(s = out->Close()).ok()) {
    std::fprintf(stderr, "dyad: %s: %s\n", args.out.c_str(), s.message().c_str());
    return 2;
  }
  if (!args.quiet) {
    std::fprintf(stderr, "dyad: merged %zu shards: %d documents (%d events) added or replaced, "
                 "%d unchanged\n", args.shards.size(), counts.documents, counts.events,
                 counts.skipped);
  }
  return 0;
}

}  // namespace dyad::cli
