#include "store/sql_util.h"

namespace dyad::store {

std::string Text(sqlite3_stmt* st, int i) {
  const unsigned char* t = sqlite3_column_text(st, i);
  return t ? std::string(reinterpret_cast<const char*>(t), sqlite3_column_bytes(st, i)) : "";
}

bool HasColumn(sqlite3* db, const char* table, const char* column) {
  std::string sql = std::string("SELECT ") + column + " FROM " + table + " LIMIT 0";
  sqlite3_stmt* st = nullptr;
  bool ok = sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK;
  sqlite3_finalize(st);
  return ok;
}

}  // namespace dyad::store
