#include "serve/search_index.h"

#include <sqlite3.h>

namespace dyad::serve {
namespace {

Status Exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = std::string("search index: ") + (err ? err : sqlite3_errmsg(db));
    sqlite3_free(err);
    return Status::IOError(msg);
  }
  return Status::OK();
}

}  // namespace

Status BuildSearchIndex(sqlite3* db) {
  Status s = Exec(db, "BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  // unicode61 with diacritics removed: "Sikorski" finds "Sikórski" as a reader would expect.
  s = Exec(db,
           "CREATE INDEX IF NOT EXISTS events_target ON events(target_code, date);"
           "CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(sentence, "
           "content='events', content_rowid='id', tokenize='unicode61 remove_diacritics 2');"
           "INSERT INTO events_fts(events_fts) VALUES('rebuild');");
  if (!s.ok()) {
    Exec(db, "ROLLBACK");
    return s;
  }
  return Exec(db, "COMMIT");
}

bool HasSearchIndex(sqlite3* db) {
  // Preparing a query on the table checks both that it exists and that the FTS5 module is
  // compiled in (a store built elsewhere may have the table and this SQLite lack the module).
  sqlite3_stmt* st = nullptr;
  bool ok =
      sqlite3_prepare_v2(db, "SELECT rowid FROM events_fts WHERE events_fts MATCH 'x' LIMIT 0", -1,
                         &st, nullptr) == SQLITE_OK;
  sqlite3_finalize(st);
  return ok;
}

std::string ToFtsQuery(std::string_view q) {
  std::string out;
  size_t i = 0;
  while (i < q.size()) {
    while (i < q.size() && (q[i] == ' ' || q[i] == '\t' || q[i] == '\n' || q[i] == '\r')) ++i;
    size_t j = i;
    while (j < q.size() && !(q[j] == ' ' || q[j] == '\t' || q[j] == '\n' || q[j] == '\r')) ++j;
    std::string_view word = q.substr(i, j - i);
    i = j;
    bool prefix = false;
    while (!word.empty() && word.back() == '*') {
      prefix = true;
      word.remove_suffix(1);
    }
    std::string quoted;
    for (char c : word) {
      if (c == '"')
        quoted += "\"\"";  // FTS5 escapes a quote inside a string by doubling it
      else
        quoted.push_back(c);
    }
    if (quoted.empty()) continue;
    if (!out.empty()) out.push_back(' ');
    out += '"' + quoted + '"';
    if (prefix) out.push_back('*');
  }
  return out;
}

}  // namespace dyad::serve
