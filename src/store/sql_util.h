// Small SQLite helpers shared by the store's writers, exporters and the server's queries.
#ifndef DYAD_STORE_SQL_UTIL_H_
#define DYAD_STORE_SQL_UTIL_H_

#include <sqlite3.h>

#include <string>

namespace dyad::store {

// A prepared statement finalised when it goes out of scope.
struct Stmt {
  sqlite3_stmt* st = nullptr;
  Stmt() = default;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;
  ~Stmt() { sqlite3_finalize(st); }
};

// Column i of the current row as text ("" for NULL), embedded NULs kept.
std::string Text(sqlite3_stmt* st, int i);

// Whether `table` has `column`: older stores lack the columns later schema versions add.
bool HasColumn(sqlite3* db, const char* table, const char* column);

}  // namespace dyad::store

#endif  // DYAD_STORE_SQL_UTIL_H_
