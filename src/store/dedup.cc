#include "store/dedup.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <vector>

#include "store/sql_util.h"

namespace dyad::store {
namespace {

// Bumped whenever the rule changes, so that stored groups made by an older rule are rebuilt.
constexpr const char* kRuleVersion = "dedup-1";

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS event_groups(
  id INTEGER PRIMARY KEY,
  representative INTEGER NOT NULL,
  date TEXT NOT NULL, date_precision TEXT NOT NULL,
  source_code TEXT NOT NULL, target_code TEXT, cameo_family TEXT NOT NULL, action_place TEXT,
  num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS event_group_members(
  event_id INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS event_group_members_group ON event_group_members(group_id);
CREATE INDEX IF NOT EXISTS event_groups_date ON event_groups(date);
)sql";

// No foreign keys on the two tables on purpose: SqliteStore deletes the events of a changed
// document, and a reference from a derived table must not make that delete fail. Stale rows are
// caught by the signature instead.

Status Error(sqlite3* db, const char* what) {
  return Status::IOError(std::string("deduplicate: ") + what + ": " + sqlite3_errmsg(db));
}

Status Exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = std::string("deduplicate: ") + (err ? err : "error");
    sqlite3_free(err);
    return Status::IOError(msg);
  }
  return Status::OK();
}

class Fnv {
 public:
  void Add(std::string_view s) {
    for (unsigned char c : s) Mix(c);
    Mix(0);  // a separator, so that ("ab","c") and ("a","bc") differ
  }
  std::string Hex() const {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h_));
    return buf;
  }

 private:
  void Mix(unsigned char c) {
    h_ ^= c;
    h_ *= 1099511628211ULL;
  }
  uint64_t h_ = 1469598103934665603ULL;
};

// What the groups depend on: every document's identity, content and source fields (a changed
// document gets new event rows), the event rows themselves, and the rule.
Status Signature(sqlite3* db, bool has_place, std::string* out) {
  Fnv h;
  h.Add(kRuleVersion);
  h.Add(has_place ? "place" : "noplace");
  Stmt d;
  if (sqlite3_prepare_v2(db,
                         "SELECT id, content_hash, COALESCE(url,''), COALESCE(source,'') "
                         "FROM documents ORDER BY id",
                         -1, &d.st, nullptr) != SQLITE_OK) {
    return Error(db, "reading documents");
  }
  while (sqlite3_step(d.st) == SQLITE_ROW) {
    for (int i = 0; i < 4; ++i) h.Add(Text(d.st, i));
  }
  Stmt e;
  if (sqlite3_prepare_v2(db,
                         "SELECT count(*), COALESCE(max(id),0), COALESCE(sum(id),0) FROM events",
                         -1, &e.st, nullptr) != SQLITE_OK ||
      sqlite3_step(e.st) != SQLITE_ROW) {
    return Error(db, "reading events");
  }
  for (int i = 0; i < 3; ++i) h.Add(Text(e.st, i));
  *out = h.Hex();
  return Status::OK();
}

struct Row {
  int64_t id = 0;
  std::string doc_id, date, precision, source, target, family, place, source_name;
};

struct Key {
  std::string source, target, family, precision;
  bool operator==(const Key&) const = default;
};

// Days since 1970-01-01 of a YYYY-MM-DD date; false when it is not one.
bool DayNumber(const std::string& date, int64_t* out) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (date.size() < 10 || std::sscanf(date.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return false;
  std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok()) return false;
  *out = std::chrono::sys_days{ymd}.time_since_epoch().count();
  return true;
}

// Whether `date` belongs to the window that starts at `anchor`, for the key's precision.
bool InWindow(const std::string& precision, const std::string& anchor, const std::string& date) {
  if (precision == "day") {
    int64_t a = 0, b = 0;
    if (DayNumber(anchor, &a) && DayNumber(date, &b)) return b - a <= 1;
    return anchor == date;
  }
  if (precision == "month") return anchor.compare(0, 7, date, 0, 7) == 0;
  if (precision == "year") return anchor.compare(0, 4, date, 0, 4) == 0;
  return anchor == date;  // an unknown precision: only identical dates are safe to merge
}

class GroupWriter {
 public:
  explicit GroupWriter(sqlite3* db) : db_(db) {}

  Status Prepare() {
    if (sqlite3_prepare_v2(db_,
                           "INSERT INTO event_groups(id, representative, date, date_precision, "
                           "source_code, target_code, cameo_family, action_place, num_mentions, "
                           "num_sources, num_articles) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
                           -1, &group_.st, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(db_, "INSERT INTO event_group_members(event_id, group_id) VALUES(?,?)",
                           -1, &member_.st, nullptr) != SQLITE_OK) {
      return Error(db_, "preparing inserts");
    }
    return Status::OK();
  }

  // Splits one date window by action place and writes its groups.
  Status WriteWindow(const std::vector<const Row*>& window) {
    std::map<std::string, int> place_count;
    for (const Row* r : window) {
      if (!r->place.empty()) ++place_count[r->place];
    }
    std::string home;  // where rows without a place go: the most frequent place (then the first)
    int best = 0;
    for (const auto& [place, n] : place_count) {
      if (n > best) {
        best = n;
        home = place;
      }
    }
    std::map<std::string, std::vector<const Row*>> by_place;
    for (const Row* r : window) by_place[r->place.empty() ? home : r->place].push_back(r);
    for (const auto& [place, rows] : by_place) {
      Status s = WriteGroup(place, rows);
      if (!s.ok()) return s;
    }
    return Status::OK();
  }

 private:
  Status WriteGroup(const std::string& place, const std::vector<const Row*>& rows) {
    const Row* rep = rows.front();
    std::string date = rows.front()->date;
    std::set<std::string> docs, sources;
    for (const Row* r : rows) {
      if (r->id < rep->id) rep = r;
      date = std::min(date, r->date);
      docs.insert(r->doc_id);
      sources.insert(r->source_name);
    }
    sqlite3_stmt* g = group_.st;
    sqlite3_reset(g);
    sqlite3_bind_int64(g, 1, rep->id);
    sqlite3_bind_int64(g, 2, rep->id);
    sqlite3_bind_text(g, 3, date.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(g, 4, rep->precision.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(g, 5, rep->source.c_str(), -1, SQLITE_TRANSIENT);
    if (rep->target.empty())
      sqlite3_bind_null(g, 6);
    else
      sqlite3_bind_text(g, 6, rep->target.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(g, 7, rep->family.c_str(), -1, SQLITE_TRANSIENT);
    if (place.empty())
      sqlite3_bind_null(g, 8);
    else
      sqlite3_bind_text(g, 8, place.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(g, 9, static_cast<int64_t>(rows.size()));
    sqlite3_bind_int64(g, 10, static_cast<int64_t>(sources.size()));
    sqlite3_bind_int64(g, 11, static_cast<int64_t>(docs.size()));
    if (sqlite3_step(g) != SQLITE_DONE) return Error(db_, "writing event_groups");
    for (const Row* r : rows) {
      sqlite3_reset(member_.st);
      sqlite3_bind_int64(member_.st, 1, r->id);
      sqlite3_bind_int64(member_.st, 2, rep->id);
      if (sqlite3_step(member_.st) != SQLITE_DONE) {
        return Error(db_, "writing event_group_members");
      }
    }
    return Status::OK();
  }

  sqlite3* db_;
  Stmt group_, member_;
};

// Reads the events in key and date order and writes the groups, one key run at a time, so
// memory holds one run (one dyad and code family), not the table.
Status Rebuild(sqlite3* db, bool has_place) {
  Status s = Exec(db, "DELETE FROM event_group_members; DELETE FROM event_groups;");
  if (!s.ok()) return s;
  std::string sql =
      "SELECT e.id, e.doc_id, e.date, e.date_precision, e.source_code, "
      "COALESCE(e.target_code,''), substr(e.cameo,1,3), ";
  sql += has_place ? "COALESCE(e.action_place,''), " : "'', ";
  sql +=
      "COALESCE(d.url,''), COALESCE(d.source,'') "
      "FROM events e LEFT JOIN documents d ON d.id = e.doc_id "
      "ORDER BY e.source_code, COALESCE(e.target_code,''), substr(e.cameo,1,3), "
      "e.date_precision, e.date, e.id";
  Stmt q;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &q.st, nullptr) != SQLITE_OK) {
    return Error(db, "reading events");
  }
  GroupWriter writer(db);
  if (!(s = writer.Prepare()).ok()) return s;

  std::vector<std::unique_ptr<Row>> run;  // one key's rows, in date order
  auto flush_run = [&]() -> Status {
    std::vector<const Row*> window;
    for (const auto& r : run) {
      if (!window.empty() && !InWindow(r->precision, window.front()->date, r->date)) {
        Status ws = writer.WriteWindow(window);
        if (!ws.ok()) return ws;
        window.clear();
      }
      window.push_back(r.get());
    }
    Status ws = window.empty() ? Status::OK() : writer.WriteWindow(window);
    run.clear();
    return ws;
  };

  int rc;
  while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
    auto r = std::make_unique<Row>();
    r->id = sqlite3_column_int64(q.st, 0);
    r->doc_id = Text(q.st, 1);
    r->date = Text(q.st, 2);
    r->precision = Text(q.st, 3);
    r->source = Text(q.st, 4);
    r->target = Text(q.st, 5);
    r->family = Text(q.st, 6);
    r->place = Text(q.st, 7);
    r->source_name = SourceName(Text(q.st, 8), Text(q.st, 9), r->doc_id);
    if (!run.empty()) {
      const Row& last = *run.back();
      if (!(Key{last.source, last.target, last.family, last.precision} ==
            Key{r->source, r->target, r->family, r->precision})) {
        if (!(s = flush_run()).ok()) return s;
      }
    }
    run.push_back(std::move(r));
  }
  if (rc != SQLITE_DONE) return Error(db, "reading events");
  return flush_run();
}

}  // namespace

std::string SourceName(std::string_view url, std::string_view site, std::string_view doc_id) {
  auto lower = [](std::string_view s) {
    std::string out(s);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  };
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) {
    std::string_view host = url.substr(scheme + 3);
    host = host.substr(0, host.find_first_of("/?#"));
    size_t at = host.rfind('@');
    if (at != std::string_view::npos) host.remove_prefix(at + 1);
    host = host.substr(0, host.find(':'));
    if (host.substr(0, 4) == "www." || host.substr(0, 4) == "WWW.") host.remove_prefix(4);
    if (!host.empty()) return lower(host);
  }
  if (!site.empty()) return lower(site);
  return std::string(doc_id);
}

Status Deduplicate(sqlite3* db) {
  Status s = Exec(db, "SAVEPOINT dyad_dedup");
  if (!s.ok()) return s;
  auto finish = [db](Status st) {
    if (st.ok()) {
      st = Exec(db, "RELEASE dyad_dedup");
      if (st.ok()) return st;
    }
    Exec(db, "ROLLBACK TO dyad_dedup; RELEASE dyad_dedup");
    return st;
  };
  if (!(s = Exec(db, kSchema)).ok()) return finish(s);
  const bool has_place = HasColumn(db, "events", "action_place");
  std::string signature;
  if (!(s = Signature(db, has_place, &signature)).ok()) return finish(s);
  {
    Stmt m;
    if (sqlite3_prepare_v2(db, "SELECT value FROM meta WHERE key='dedup_signature'", -1, &m.st,
                           nullptr) != SQLITE_OK) {
      return finish(Error(db, "reading meta"));
    }
    if (sqlite3_step(m.st) == SQLITE_ROW && Text(m.st, 0) == signature) {
      return finish(Status::OK());  // nothing changed since the groups were made
    }
  }
  if (!(s = Rebuild(db, has_place)).ok()) return finish(s);
  Stmt w;
  if (sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO meta(key, value) VALUES('dedup_signature', ?)",
                         -1, &w.st, nullptr) != SQLITE_OK) {
    return finish(Error(db, "writing meta"));
  }
  sqlite3_bind_text(w.st, 1, signature.c_str(), -1, SQLITE_TRANSIENT);
  if (sqlite3_step(w.st) != SQLITE_DONE) return finish(Error(db, "writing meta"));
  return finish(Status::OK());
}

}  // namespace dyad::store
