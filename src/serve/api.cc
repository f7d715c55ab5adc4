#include "serve/api.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <set>
#include <string_view>
#include <unordered_map>

#include "analysis/changepoint.h"
#include "analysis/series.h"
#include "serve/json_writer.h"
#include "serve/search_index.h"
#include "serve/series_json.h"
#include "store/sqlite_store.h"
#include "store/sql_util.h"

#ifndef DYAD_VERSION
#define DYAD_VERSION "dev"
#endif

namespace dyad::serve {

// One request: its parameters, the first problem found with them, and its database lease.
// Handlers read every parameter first, then check ok(), so a request with two bad parameters
// is refused for the first as a whole, never half-run.
struct Api::Request {
  const Params* params = nullptr;
  std::set<std::string> allowed;
  std::string error;
  std::unique_ptr<ConnectionPool::Lease> lease;

  bool ok() const { return error.empty(); }
  void Fail(const std::string& message) {
    if (error.empty()) error = message;
  }
  sqlite3* db() const { return lease->db(); }

  // The value of `name`; false when absent. Names not declared with Allow are refused by
  // CheckUnknown, so a misspelt filter is an error, not a silently wider result.
  bool Get(const std::string& name, std::string* value) {
    allowed.insert(name);
    const std::string* found = nullptr;
    for (const auto& [k, v] : *params) {
      if (k != name) continue;
      if (found) {
        Fail("parameter '" + name + "' is given more than once");
        return false;
      }
      found = &v;
    }
    if (!found) return false;
    *value = *found;
    return true;
  }
  void CheckUnknown() {
    for (const auto& [k, v] : *params) {
      if (allowed.count(k)) continue;
      std::string names;
      for (const std::string& a : allowed) names += (names.empty() ? "" : ", ") + a;
      Fail("unknown parameter '" + k + "'" +
           (names.empty() ? " (this endpoint takes none)" : " (expected: " + names + ")"));
    }
  }

  int Int(const std::string& name, int min, int max, int fallback) {
    std::string v;
    if (!Get(name, &v)) return fallback;
    int out = 0;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || end != v.data() + v.size() || out < min || out > max) {
      Fail("'" + name + "' must be an integer from " + std::to_string(min) + " to " +
           std::to_string(max) + ", not '" + v + "'");
      return fallback;
    }
    return out;
  }
  bool Flag(const std::string& name) {
    std::string v;
    if (!Get(name, &v)) return false;
    if (v == "1" || v == "true") return true;
    if (v != "0" && v != "false") Fail("'" + name + "' must be 0 or 1, not '" + v + "'");
    return false;
  }
  std::string Date(const std::string& name) {
    std::string v;
    if (!Get(name, &v)) return "";
    bool shape = v.size() == 10 && v[4] == '-' && v[7] == '-';
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) shape = shape && std::isdigit((unsigned char)v[i]);
    if (shape) {
      int month = std::stoi(v.substr(5, 2)), day = std::stoi(v.substr(8, 2));
      shape = month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }
    if (!shape) Fail("'" + name + "' must be a date YYYY-MM-DD, not '" + v + "'");
    return shape ? v : "";
  }
  // An actor code or prefix ("IRN", "IRNGOV"), upper-cased as the store keeps codes.
  std::string Actor(const std::string& name) {
    std::string v;
    if (!Get(name, &v)) return "";
    bool good = !v.empty() && v.size() <= 40;
    for (char& c : v) {
      good = good && std::isalnum(static_cast<unsigned char>(c));
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    if (!good) Fail("'" + name + "' must be an actor code such as USA or IRNGOV, not '" + v + "'");
    return good ? v : "";
  }
};

namespace {

constexpr const char* kEventColumns =
    "id, doc_id, sentence_index, date, date_precision, doc_date, source_code, source_text, "
    "target_code, target_text, cameo, root, quad_class, goldstein, plover, modality, sentence, "
    "source_begin, source_end, verb_begin, verb_end, target_begin, target_end";
constexpr int kEventColumnCount = 23;
constexpr size_t kMaxQueryBytes = 200;
constexpr size_t kMaxCacheEntries = 256;
constexpr int kSummaryDyads = 200;

using store::HasColumn;
using store::Text;

bool IsNull(sqlite3_stmt* st, int i) { return sqlite3_column_type(st, i) == SQLITE_NULL; }

// The first string after every string that starts with `prefix`: codes are ASCII letters and
// digits, so bumping the last byte gives a bound that an index range scan can use, where
// LIKE 'IRN%' would scan.
std::string PrefixEnd(std::string prefix) {
  prefix.back() = static_cast<char>(prefix.back() + 1);
  return prefix;
}

// A statement with its bind values collected as the SQL is built.
class Query {
 public:
  void Sql(std::string_view s) { sql_ += s; }
  void Bind(std::string v) {
    sql_ += '?';
    binds_.push_back(std::move(v));
    ints_.push_back(false);
  }
  void BindInt(int64_t v) {
    sql_ += '?';
    binds_.push_back(std::to_string(v));
    ints_.push_back(true);
  }
  // `column` within [prefix, PrefixEnd(prefix)).
  void Prefix(std::string_view column, const std::string& prefix) {
    Sql("(");
    Sql(column);
    Sql(" >= ");
    Bind(prefix);
    Sql(" AND ");
    Sql(column);
    Sql(" < ");
    Bind(PrefixEnd(prefix));
    Sql(")");
  }
  // " AND" conditions for a date range and an actor prefix on either side; empty: none.
  void DateAndActor(const std::string& from, const std::string& to, const std::string& actor) {
    if (!from.empty()) {
      Sql(" AND date >= ");
      Bind(from);
    }
    if (!to.empty()) {
      Sql(" AND date <= ");
      Bind(to);
    }
    if (!actor.empty()) {
      Sql(" AND (");
      Prefix("source_code", actor);
      Sql(" OR ");
      Prefix("target_code", actor);
      Sql(")");
    }
  }
  int Prepare(sqlite3* db, sqlite3_stmt** st) const {
    int rc = sqlite3_prepare_v2(db, sql_.c_str(), -1, st, nullptr);
    if (rc != SQLITE_OK) return rc;
    for (size_t i = 0; i < binds_.size(); ++i) {
      int idx = static_cast<int>(i) + 1;
      if (ints_[i])
        sqlite3_bind_int64(*st, idx, std::stoll(binds_[i]));
      else
        sqlite3_bind_text(*st, idx, binds_[i].data(), static_cast<int>(binds_[i].size()),
                          SQLITE_TRANSIENT);
    }
    return SQLITE_OK;
  }
  const std::string& sql() const { return sql_; }

 private:
  std::string sql_;
  std::vector<std::string> binds_;
  std::vector<bool> ints_;
};

// Steps a prepared statement to its end and frees it, turning failure into an API response.
class Rows {
 public:
  Rows(sqlite3* db, const Query& q) : db_(db) { rc_ = q.Prepare(db, &st_); }
  ~Rows() { sqlite3_finalize(st_); }
  bool Next() {
    if (rc_ != SQLITE_OK && rc_ != SQLITE_ROW) return false;
    rc_ = sqlite3_step(st_);
    return rc_ == SQLITE_ROW;
  }
  bool failed() const { return rc_ != SQLITE_OK && rc_ != SQLITE_ROW && rc_ != SQLITE_DONE; }
  sqlite3_stmt* st() const { return st_; }
  std::string message() const { return sqlite3_errmsg(db_); }

 private:
  sqlite3* db_;
  sqlite3_stmt* st_ = nullptr;
  int rc_ = SQLITE_OK;
};

// The byte offset of the sentence in the article text: the stored offsets are into the
// article, which the store does not keep, and the sentence is an exact slice of it, so the
// start is where the words of the source (and the target) sit at their offsets. -1 when they
// do not fit (a hand-edited store).
int64_t SentenceStart(const std::string& sentence, const std::string& source_text,
                      int64_t source_begin, const std::string& target_text, int64_t target_begin,
                      bool has_target) {
  auto fits = [&](int64_t start, const std::string& words, int64_t begin) {
    int64_t at = begin - start;
    return at >= 0 &&
           at + static_cast<int64_t>(words.size()) <= static_cast<int64_t>(sentence.size()) &&
           sentence.compare(at, words.size(), words) == 0;
  };
  if (source_text.empty()) return -1;
  for (size_t pos = sentence.find(source_text); pos != std::string::npos;
       pos = sentence.find(source_text, pos + 1)) {
    int64_t start = source_begin - static_cast<int64_t>(pos);
    if (start < 0) break;
    if (!has_target || target_text.empty() || fits(start, target_text, target_begin)) return start;
  }
  return -1;
}

// UTF-16 code units in the first `bytes` bytes of UTF-8 `s`: the offsets a browser's
// JavaScript strings count in, so the page can highlight without decoding bytes.
int64_t Utf16Units(const std::string& s, int64_t bytes) {
  int64_t units = 0;
  for (int64_t i = 0; i < bytes && i < static_cast<int64_t>(s.size()); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) == 0x80) continue;
    units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

void WriteRange(JsonWriter& w, int64_t b, int64_t e) { w.BeginArray().Int(b).Int(e).EndArray(); }

// One row of kEventColumns (then lat, lon when `placed`) as the API's event object.
void WriteEvent(JsonWriter& w, sqlite3_stmt* st, bool placed) {
  const std::string sentence = Text(st, 16);
  const std::string source_text = Text(st, 7), target_text = Text(st, 9);
  const bool has_target = !IsNull(st, 8);
  const bool target_offsets = !IsNull(st, 21);
  const int64_t sb = sqlite3_column_int64(st, 17), se = sqlite3_column_int64(st, 18);
  const int64_t vb = sqlite3_column_int64(st, 19), ve = sqlite3_column_int64(st, 20);
  const int64_t tb = sqlite3_column_int64(st, 21), te = sqlite3_column_int64(st, 22);
  w.BeginObject();
  w.Key("id").Int(sqlite3_column_int64(st, 0));
  w.Key("doc_id").String(Text(st, 1));
  w.Key("sentence_index").Int(sqlite3_column_int(st, 2));
  w.Key("date").String(Text(st, 3));
  w.Key("date_precision").String(Text(st, 4));
  w.Key("doc_date").StringOrNull(Text(st, 5));
  w.Key("source").BeginObject().Key("code").String(Text(st, 6));
  w.Key("text").StringOrNull(source_text).EndObject();
  w.Key("target");
  if (has_target) {
    w.BeginObject().Key("code").String(Text(st, 8));
    w.Key("text").StringOrNull(target_text).EndObject();
  } else {
    w.Null();
  }
  w.Key("cameo").String(Text(st, 10));
  w.Key("root").String(Text(st, 11));
  w.Key("quad_class").Int(sqlite3_column_int(st, 12));
  w.Key("goldstein").Double(sqlite3_column_double(st, 13));
  w.Key("plover").StringOrNull(Text(st, 14));
  w.Key("modality").StringOrNull(Text(st, 15));
  w.Key("sentence").String(sentence);
  w.Key("offsets").BeginObject();
  w.Key("source");
  WriteRange(w, sb, se);
  w.Key("verb");
  WriteRange(w, vb, ve);
  w.Key("target");
  if (target_offsets)
    WriteRange(w, tb, te);
  else
    w.Null();
  w.EndObject();
  // The same spans within `sentence`, in UTF-16 units, for highlighting.
  w.Key("highlight");
  int64_t start = SentenceStart(sentence, source_text, sb, target_text, tb, target_offsets);
  if (start < 0) {
    w.Null();
  } else {
    auto span = [&](int64_t b, int64_t e) {
      WriteRange(w, Utf16Units(sentence, b - start), Utf16Units(sentence, e - start));
    };
    w.BeginObject();
    w.Key("source");
    span(sb, se);
    w.Key("verb");
    if (vb >= start && ve >= vb && ve - start <= static_cast<int64_t>(sentence.size())) {
      span(vb, ve);
    } else {
      w.Null();
    }
    w.Key("target");
    if (target_offsets && tb >= start)
      span(tb, te);
    else
      w.Null();
    w.EndObject();
  }
  if (placed) {
    w.Key("lat");
    if (IsNull(st, kEventColumnCount))
      w.Null();
    else
      w.Double(sqlite3_column_double(st, kEventColumnCount));
    w.Key("lon");
    if (IsNull(st, kEventColumnCount + 1))
      w.Null();
    else
      w.Double(sqlite3_column_double(st, kEventColumnCount + 1));
  }
  w.EndObject();
}

std::string CanonicalKey(const std::string& path, const Params& params) {
  Params sorted = params;
  std::sort(sorted.begin(), sorted.end());
  std::string key = path + "?";
  for (const auto& [k, v] : sorted) key += k + "=" + v + "&";
  return key;
}

}  // namespace

Api::Api(ConnectionPool* pool, ApiOptions options) : pool_(pool), options_(options) {
  auto lease = pool_->Acquire(options_.query_time_ms);
  has_fts_ = HasSearchIndex(lease->db());
  // Coordinates are optional columns a geocoding step may add; both spellings are accepted.
  for (auto [lat, lon] : {std::pair{"lat", "lon"}, std::pair{"latitude", "longitude"}}) {
    if (HasColumn(lease->db(), "events", lat) && HasColumn(lease->db(), "events", lon)) {
      lat_column_ = lat;
      lon_column_ = lon;
      break;
    }
  }
  has_text_column_ = HasColumn(lease->db(), "documents", "text");
  has_sentences_table_ = HasColumn(lease->db(), "sentences", "text");
}

ApiResponse Api::Error(int status, const std::string& message) {
  JsonWriter w;
  w.BeginObject().Key("error").String(message).Key("status").Int(status).EndObject();
  return {status, w.Take()};
}

ApiResponse Api::Handle(const std::string& path, const Params& params) {
  Request r;
  r.params = &params;
  using Handler = ApiResponse (Api::*)(Request&);
  static const std::unordered_map<std::string, Handler> kRoutes = {
      {"health", &Api::Health},
      {"version", &Api::Version},
      {"stats", &Api::Stats},
      {"events", &Api::Events},
      {"dyads", &Api::Dyads},
      {"ties", &Api::Ties},
      {"turning-points", &Api::TurningPoints},
      {"map", &Api::Map}};
  auto it = kRoutes.find(path);
  const std::string kDocs = "documents/";
  const bool doc = path.size() > kDocs.size() && path.compare(0, kDocs.size(), kDocs) == 0;
  if (it == kRoutes.end() && !doc) return Error(404, "no such endpoint: /api/" + path);
  r.lease = pool_->Acquire(options_.query_time_ms);
  ApiResponse res = doc ? Document(r, path.substr(kDocs.size())) : (this->*it->second)(r);
  if (r.lease->interrupted() && res.status >= 500) {
    return Error(503, "the query ran past its time limit (" +
                          std::to_string(options_.query_time_ms) +
                          " ms for a page of events); narrow it with filters (from, to, actor, "
                          "code)");
  }
  return res;
}

std::string Api::DataKey(Request& r) {
  Query q;
  q.Sql("SELECT (SELECT max(id) FROM events), (SELECT max(rowid) FROM documents)");
  Rows rows(r.db(), q);
  if (!rows.Next()) return "";
  return Text(rows.st(), 0) + ":" + Text(rows.st(), 1);
}

bool Api::CacheGet(const std::string& key, std::string* body) {
  std::lock_guard<std::mutex> lock(cache_mu_);
  auto it = cache_.find(key);
  if (it == cache_.end()) return false;
  *body = it->second;
  return true;
}

void Api::CachePut(const std::string& key, const std::string& body) {
  std::lock_guard<std::mutex> lock(cache_mu_);
  // The key starts with the data key: entries of an older state of the store are dropped.
  std::string data = key.substr(0, key.find('|'));
  if (data != cache_key_ || cache_.size() + lists_.size() >= kMaxCacheEntries) {
    cache_.clear();
    lists_.clear();
    cache_key_ = data;
  }
  cache_[key] = body;
}

bool Api::CacheGetList(const std::string& key, std::vector<std::string>* items) {
  std::lock_guard<std::mutex> lock(cache_mu_);
  auto it = lists_.find(key);
  if (it == lists_.end()) return false;
  *items = it->second;
  return true;
}

void Api::CachePutList(const std::string& key, std::vector<std::string> items) {
  std::lock_guard<std::mutex> lock(cache_mu_);
  std::string data = key.substr(0, key.find('|'));
  if (data != cache_key_ || cache_.size() + lists_.size() >= kMaxCacheEntries) {
    cache_.clear();
    lists_.clear();
    cache_key_ = data;
  }
  lists_[key] = std::move(items);
}

void Api::Warm() {
  const Params none;
  Handle("stats", none);
  Handle("dyads", {{"undirected", "1"}});
  Handle("turning-points", none);
}

ApiResponse Api::Health(Request& r) {
  r.CheckUnknown();
  if (!r.ok()) return Error(400, r.error);
  Query q;
  q.Sql("SELECT 1 FROM events LIMIT 1");
  Rows rows(r.db(), q);
  rows.Next();
  if (rows.failed()) return Error(500, "database: " + rows.message());
  JsonWriter w;
  w.BeginObject().Key("status").String("ok");
  w.Key("search").String(has_fts_ ? "fts5" : "like");
  w.Key("placed").Bool(has_coordinates());
  w.EndObject();
  return {200, w.Take()};
}

ApiResponse Api::Version(Request& r) {
  r.CheckUnknown();
  if (!r.ok()) return Error(400, r.error);
  Query q;
  q.Sql("SELECT value FROM meta WHERE key = 'schema_version'");
  Rows rows(r.db(), q);
  std::string schema = rows.Next() ? Text(rows.st(), 0) : "";
  JsonWriter w;
  w.BeginObject().Key("name").String("dyad").Key("version").String(DYAD_VERSION);
  w.Key("api").Int(1);
  w.Key("schema_version");
  if (schema.empty())
    w.Null();
  else
    w.Int(std::atoi(schema.c_str()));
  w.Key("sqlite").String(sqlite3_libversion());
  w.EndObject();
  return {200, w.Take()};
}

ApiResponse Api::Stats(Request& r) {
  r.CheckUnknown();
  if (!r.ok()) return Error(400, r.error);
  const std::string key = DataKey(r) + "|stats";
  std::string body;
  if (CacheGet(key, &body)) return {200, body};
  // count(*) walks the smallest index once; cached, it is paid once per change of the store.
  Query q;
  q.Sql(
      "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM documents), "
      "(SELECT min(date) FROM events), (SELECT max(date) FROM events)");
  Rows rows(r.db(), q);
  if (!rows.Next()) return Error(500, "database: " + rows.message());
  JsonWriter w;
  w.BeginObject();
  w.Key("events").Int(sqlite3_column_int64(rows.st(), 0));
  w.Key("documents").Int(sqlite3_column_int64(rows.st(), 1));
  w.Key("first_date").StringOrNull(Text(rows.st(), 2));
  w.Key("last_date").StringOrNull(Text(rows.st(), 3));
  w.Key("search").String(has_fts_ ? "fts5" : "like");
  w.Key("placed").Bool(has_coordinates());
  w.EndObject();
  CachePut(key, w.str());
  return {200, w.Take()};
}

ApiResponse Api::Events(Request& r) {
  const std::string from = r.Date("from"), to = r.Date("to");
  const std::string actor = r.Actor("actor"), source = r.Actor("source"),
                    target = r.Actor("target");
  std::string code, between, search, order = "desc";
  if (r.Get("code", &code)) {
    bool digits = !code.empty() && code.size() <= 4;
    for (char c : code) digits = digits && std::isdigit(static_cast<unsigned char>(c));
    if (!digits) r.Fail("'code' must be a CAMEO code prefix of 1 to 4 digits, not '" + code + "'");
  }
  std::string a, b;
  if (r.Get("between", &between)) {
    size_t comma = between.find(',');
    Params pair = {{"a", between.substr(0, comma)},
                   {"b", comma == std::string::npos ? "" : between.substr(comma + 1)}};
    Request sub;
    sub.params = &pair;
    a = sub.Actor("a");
    b = sub.Actor("b");
    if (!sub.ok() || a.empty() || b.empty())
      r.Fail("'between' must be two actor codes A,B, not '" + between + "'");
  }
  const int quad = r.Int("quad", 1, 4, 0);
  if (r.Get("q", &search) && (search.size() > kMaxQueryBytes || ToFtsQuery(search).empty())) {
    r.Fail("'q' must have a word and at most " + std::to_string(kMaxQueryBytes) + " bytes");
  }
  if (r.Get("order", &order) && order != "asc" && order != "desc") {
    r.Fail("'order' must be asc or desc, not '" + order + "'");
  }
  std::string doc_id;
  r.Get("doc", &doc_id);
  const int limit = r.Int("limit", 1, options_.max_rows, 50);
  const int offset = r.Int("offset", 0, options_.max_offset, 0);
  r.CheckUnknown();
  if (!from.empty() && !to.empty() && from > to) r.Fail("'from' " + from + " is after 'to' " + to);
  if (!r.ok()) return Error(400, r.error);

  // The page's ids first, then their rows: the filter and the sort then run on what the
  // indexes hold (codes, date, id), and only the rows of one page are read from the table.
  Query q;
  q.Sql("SELECT ");
  q.Sql(kEventColumns);
  if (has_coordinates()) q.Sql(", " + lat_column_ + ", " + lon_column_);
  q.Sql(" FROM events WHERE id IN (SELECT id FROM events WHERE 1");
  q.DateAndActor(from, to, actor);
  if (!source.empty()) {
    q.Sql(" AND ");
    q.Prefix("source_code", source);
  }
  if (!target.empty()) {
    q.Sql(" AND ");
    q.Prefix("target_code", target);
  }
  if (!a.empty()) {
    q.Sql(" AND ((");
    q.Prefix("source_code", a);
    q.Sql(" AND ");
    q.Prefix("target_code", b);
    q.Sql(") OR (");
    q.Prefix("source_code", b);
    q.Sql(" AND ");
    q.Prefix("target_code", a);
    q.Sql("))");
  }
  if (!code.empty()) {
    q.Sql(" AND ");
    q.Prefix("cameo", code);
  }
  if (quad) {
    q.Sql(" AND quad_class = ");
    q.BindInt(quad);
  }
  if (!doc_id.empty()) {
    q.Sql(" AND doc_id = ");
    q.Bind(doc_id);
  }
  if (!search.empty()) {
    if (has_fts_) {
      q.Sql(" AND id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ");
      q.Bind(ToFtsQuery(search));
      q.Sql(")");
    } else {
      // No index: a scan, bounded by the time limit. The words are matched as one phrase.
      std::string pattern = "%";
      for (char c : search) {
        if (c == '%' || c == '_' || c == '\\') pattern.push_back('\\');
        pattern.push_back(c);
      }
      q.Sql(" AND sentence LIKE ");
      q.Bind(pattern + "%");
      q.Sql(" ESCAPE '\\'");
    }
  }
  const char* order_by = order == "asc" ? " ORDER BY date, id" : " ORDER BY date DESC, id DESC";
  q.Sql(order_by);
  // One row past the page says whether there is a next page, without counting every match.
  q.Sql(" LIMIT ");
  q.BindInt(limit + 1);
  q.Sql(" OFFSET ");
  q.BindInt(offset);
  q.Sql(")");
  q.Sql(order_by);

  Rows rows(r.db(), q);
  JsonWriter w;
  w.BeginObject().Key("events").BeginArray();
  int n = 0;
  bool more = false;
  while (rows.Next()) {
    if (n == limit) {
      more = true;
      break;
    }
    WriteEvent(w, rows.st(), has_coordinates());
    ++n;
  }
  if (rows.failed()) return Error(500, "database: " + rows.message());
  w.EndArray();
  w.Key("limit").Int(limit).Key("offset").Int(offset).Key("has_more").Bool(more);
  w.Key("search");
  if (search.empty())
    w.Null();
  else
    w.String(has_fts_ ? "fts5" : "like");
  w.EndObject();
  return {200, w.Take()};
}

ApiResponse Api::Dyads(Request& r) {
  const std::string from = r.Date("from"), to = r.Date("to"), actor = r.Actor("actor");
  const int limit = r.Int("limit", 1, 200, 20);
  const bool undirected = r.Flag("undirected");
  r.CheckUnknown();
  if (!r.ok()) return Error(400, r.error);
  // Unfiltered, this is the overview's summary: the top pairs of the whole store, computed once
  // (kSummaryDyads of them) and sliced to `limit`.
  const bool summary = from.empty() && to.empty() && actor.empty();
  std::string key = DataKey(r) + "|" +
                    (summary ? std::string("dyads-summary") + (undirected ? "-u" : "-d")
                             : CanonicalKey("dyads", *r.params));
  std::unique_lock<std::mutex> single_flight(summary_mu_, std::defer_lock);
  auto respond = [&](const std::vector<std::string>& items) {
    JsonWriter w;
    w.BeginObject().Key("undirected").Bool(undirected).Key("dyads").BeginArray();
    for (size_t i = 0; i < items.size() && static_cast<int>(i) < limit; ++i) w.Raw(items[i]);
    w.EndArray().EndObject();
    return ApiResponse{200, w.Take()};
  };
  std::vector<std::string> items;
  if (CacheGetList(key, &items)) return respond(items);
  if (summary) {
    single_flight.lock();
    if (CacheGetList(key, &items)) return respond(items);
    r.lease->SetTimeLimit(options_.summary_time_ms);
  }

  Query q;
  if (undirected) {
    q.Sql(
        "SELECT min(source_code, target_code), max(source_code, target_code), count(*), "
        "sum(goldstein), min(date), max(date), sum(quad_class >= 3) FROM events");
  } else {
    q.Sql(
        "SELECT source_code, target_code, count(*), sum(goldstein), min(date), max(date), "
        "sum(quad_class >= 3) FROM events");
  }
  q.Sql(" WHERE target_code IS NOT NULL");
  q.DateAndActor(from, to, actor);
  q.Sql(" GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ");
  q.BindInt(summary ? kSummaryDyads : limit);
  Rows rows(r.db(), q);
  while (rows.Next()) {
    sqlite3_stmt* st = rows.st();
    const int64_t n = sqlite3_column_int64(st, 2);
    const double sum = sqlite3_column_double(st, 3);
    JsonWriter w;
    w.BeginObject();
    w.Key(undirected ? "a" : "source").String(Text(st, 0));
    w.Key(undirected ? "b" : "target").String(Text(st, 1));
    w.Key("events").Int(n);
    w.Key("conflict_events").Int(sqlite3_column_int64(st, 6));
    w.Key("goldstein_sum").Double(sum);
    w.Key("goldstein_mean").Double(n ? sum / n : 0);
    w.Key("first_date").String(Text(st, 4));
    w.Key("last_date").String(Text(st, 5));
    w.EndObject();
    items.push_back(w.Take());
  }
  if (rows.failed()) return Error(500, "database: " + rows.message());
  CachePutList(key, items);
  return respond(items);
}

namespace {

// Full rows of `ids`, in the order given, as event objects.
bool WriteEventsById(JsonWriter& w, sqlite3* db, const std::vector<int64_t>& ids, bool placed,
                     const std::string& lat, const std::string& lon) {
  w.BeginArray();
  if (!ids.empty()) {
    Query q;
    q.Sql("SELECT ");
    q.Sql(kEventColumns);
    if (placed) q.Sql(", " + lat + ", " + lon);
    q.Sql(" FROM events WHERE id IN (");
    for (size_t i = 0; i < ids.size(); ++i) {
      if (i) q.Sql(",");
      q.BindInt(ids[i]);
    }
    q.Sql(")");
    // Serialise each row, then write them in the order asked (by weight, not by id).
    std::unordered_map<int64_t, std::string> by_id;
    Rows rows(db, q);
    while (rows.Next()) {
      JsonWriter one;
      WriteEvent(one, rows.st(), placed);
      by_id[sqlite3_column_int64(rows.st(), 0)] = one.Take();
    }
    if (rows.failed()) return false;
    for (int64_t id : ids) {
      auto it = by_id.find(id);
      if (it != by_id.end()) w.Raw(it->second);
    }
  }
  w.EndArray();
  return true;
}

}  // namespace

ApiResponse Api::Ties(Request& r) {
  const std::string a = r.Actor("a"), b = r.Actor("b");
  std::string by_name = "week";
  analysis::SeriesOptions options;
  if (r.Get("by", &by_name) && !analysis::ParsePeriod(by_name, &options.by)) {
    r.Fail("'by' must be day, week or month, not '" + by_name + "'");
  }
  options.from = r.Date("from");
  options.to = r.Date("to");
  const int events = r.Int("events", 0, 20, 3);
  const int penalty_factor = r.Int("penalty_factor", 0, 100, 0);
  r.CheckUnknown();
  if (r.ok() && (a.empty() || b.empty())) r.Fail("'a' and 'b' (actor codes) are required");
  if (!r.ok()) return Error(400, r.error);
  const std::string key = DataKey(r) + "|" + CanonicalKey("ties", *r.params);
  std::string body;
  if (CacheGet(key, &body)) return {200, body};
  r.lease->SetTimeLimit(options_.series_time_ms);

  analysis::DyadSeries series;
  Status s = analysis::BuildDyadSeries(r.db(), a, b, options, &series);
  if (!s.ok()) {
    return Error(s.code() == Status::Code::kInvalidArgument ? 400 : 500, s.message());
  }
  JsonWriter w;
  w.BeginObject();
  w.Key("a").String(a).Key("b").String(b);
  w.Key("by").String(analysis::PeriodName(series.by));
  w.Key("from").StringOrNull(series.from).Key("to").StringOrNull(series.to);
  w.Key("coarse_skipped").Int(series.coarse_skipped);
  w.Key("directions").BeginArray();
  for (const analysis::DirectedSeries* d : {&series.ab, &series.ba}) {
    w.BeginObject();
    w.Key("source").String(d->source).Key("target").String(d->target);
    w.Key("events").Int(d->total_events());
    WritePeriods(w, *d);
    // The same detection `dyad ties` prints, with the same defaults.
    analysis::ChangePointOptions cp_options;
    if (penalty_factor > 0) cp_options.penalty_log_factor = penalty_factor;
    analysis::ChangePointResult cps;
    if (d->total_events() > 0) {
      cps = analysis::DetectChangePoints(analysis::GoldsteinSums(*d), cp_options);
    }
    w.Key("sigma").Double(cps.sigma).Key("penalty").Double(cps.penalty);
    w.Key("turning_points").BeginArray();
    for (const analysis::ChangePoint& cp : cps.points) {
      w.BeginObject();
      w.Key("index").Int(cp.index);
      w.Key("date").String(d->periods[cp.index].start);
      w.Key("before").Double(cp.before).Key("after").Double(cp.after);
      w.Key("statistic").Double(cp.statistic);
      w.Key("p_value").Double(cp.p_value).Key("confidence").Double(cp.confidence);
      w.Key("events");
      if (!WriteEventsById(w, r.db(), analysis::DrivingEvents(*d, cp, events), has_coordinates(),
                           lat_column_, lon_column_)) {
        return Error(500, "database: " + std::string(sqlite3_errmsg(r.db())));
      }
      w.EndObject();
    }
    w.EndArray().EndObject();
  }
  w.EndArray().EndObject();
  CachePut(key, w.str());
  return {200, w.Take()};
}

ApiResponse Api::TurningPoints(Request& r) {
  const int dyads = r.Int("dyads", 1, 20, 6);
  const int limit = r.Int("limit", 1, 100, 10);
  std::string by_name = "week";
  analysis::SeriesOptions options;
  if (r.Get("by", &by_name) && !analysis::ParsePeriod(by_name, &options.by)) {
    r.Fail("'by' must be day, week or month, not '" + by_name + "'");
  }
  r.CheckUnknown();
  if (!r.ok()) return Error(400, r.error);
  // A summary of the whole store: computed once for each (dyads, by), sliced to `limit`.
  const std::string key = DataKey(r) + "|turning-points-" + std::to_string(dyads) + "-" +
                          std::string(analysis::PeriodName(options.by));
  auto respond = [&](const std::vector<std::string>& items) {
    JsonWriter w;
    w.BeginObject().Key("by").String(analysis::PeriodName(options.by));
    w.Key("turning_points").BeginArray();
    for (size_t i = 0; i < items.size() && static_cast<int>(i) < limit; ++i) w.Raw(items[i]);
    w.EndArray().EndObject();
    return ApiResponse{200, w.Take()};
  };
  std::vector<std::string> items;
  if (CacheGetList(key, &items)) return respond(items);
  std::lock_guard<std::mutex> single_flight(summary_mu_);
  if (CacheGetList(key, &items)) return respond(items);
  r.lease->SetTimeLimit(options_.summary_time_ms);

  // The most active pairs, then each one's turning points in both directions.
  Query q;
  q.Sql(
      "SELECT min(source_code, target_code), max(source_code, target_code) FROM events "
      "WHERE target_code IS NOT NULL AND source_code <> target_code "
      "GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT ");
  q.BindInt(dyads);
  std::vector<std::pair<std::string, std::string>> pairs;
  {
    Rows rows(r.db(), q);
    while (rows.Next()) pairs.emplace_back(Text(rows.st(), 0), Text(rows.st(), 1));
    if (rows.failed()) return Error(500, "database: " + rows.message());
  }
  struct Found {
    std::string date, source, target, a, b;
    analysis::ChangePoint cp;
    std::vector<int64_t> events;
  };
  std::vector<Found> found;
  for (const auto& [a, b] : pairs) {
    analysis::DyadSeries series;
    Status s = analysis::BuildDyadSeries(r.db(), a, b, options, &series);
    if (!s.ok()) {
      if (s.code() == Status::Code::kInvalidArgument) continue;  // too many periods: skip it
      return Error(500, s.message());
    }
    for (const analysis::DirectedSeries* d : {&series.ab, &series.ba}) {
      if (d->total_events() == 0) continue;
      analysis::ChangePointResult cps = analysis::DetectChangePoints(analysis::GoldsteinSums(*d));
      for (const analysis::ChangePoint& cp : cps.points) {
        found.push_back({d->periods[cp.index].start, d->source, d->target, a, b, cp,
                         analysis::DrivingEvents(*d, cp, 2)});
      }
    }
  }
  std::sort(found.begin(), found.end(), [](const Found& x, const Found& y) {
    return x.date != y.date ? x.date > y.date : x.cp.confidence > y.cp.confidence;
  });
  if (found.size() > 100) found.resize(100);  // the largest `limit`
  for (const Found& f : found) {
    JsonWriter w;
    w.BeginObject();
    w.Key("date").String(f.date);
    w.Key("a").String(f.a).Key("b").String(f.b);
    w.Key("source").String(f.source).Key("target").String(f.target);
    w.Key("before").Double(f.cp.before).Key("after").Double(f.cp.after);
    w.Key("confidence").Double(f.cp.confidence).Key("p_value").Double(f.cp.p_value);
    w.Key("events");
    if (!WriteEventsById(w, r.db(), f.events, has_coordinates(), lat_column_, lon_column_)) {
      return Error(500, "database: " + std::string(sqlite3_errmsg(r.db())));
    }
    w.EndObject();
    items.push_back(w.Take());
  }
  CachePutList(key, items);
  return respond(items);
}

ApiResponse Api::Document(Request& r, const std::string& id) {
  r.CheckUnknown();
  if (!r.ok()) return Error(400, r.error);
  Query q;
  q.Sql(
      "SELECT id, url, source, title, description, authors, doc_date, published, dateline, "
      "language, num_sentences, num_events, added_at");
  if (has_text_column_) q.Sql(", text");
  q.Sql(" FROM documents WHERE id = ");
  q.Bind(id);
  Rows doc(r.db(), q);
  if (!doc.Next()) {
    if (doc.failed()) return Error(500, "database: " + doc.message());
    return Error(404, "no document with id '" + id + "'");
  }
  sqlite3_stmt* d = doc.st();
  JsonWriter w;
  w.BeginObject();
  const char* names[] = {"id",      "url",      "source",    "title",    "description",
                         "authors", "doc_date", "published", "dateline", "language"};
  for (int i = 0; i < 10; ++i) w.Key(names[i]).StringOrNull(Text(d, i));
  w.Key("num_sentences").Int(sqlite3_column_int(d, 10));
  w.Key("num_events").Int(sqlite3_column_int(d, 11));
  w.Key("added_at").StringOrNull(Text(d, 12));
  // `text` is null unless a store has a documents.text column; `sentences` gives the article
  // sentence by sentence (schema 5), or the coded sentences of an older store.
  w.Key("text");
  if (has_text_column_)
    w.StringOrNull(Text(d, 13));
  else
    w.Null();

  Query eq;
  eq.Sql("SELECT ");
  eq.Sql(kEventColumns);
  if (has_coordinates()) eq.Sql(", " + lat_column_ + ", " + lon_column_);
  eq.Sql(" FROM events WHERE doc_id = ");
  eq.Bind(id);
  eq.Sql(" ORDER BY sentence_index, id LIMIT ");
  eq.BindInt(options_.max_document_events);
  Rows rows(r.db(), eq);
  std::vector<std::pair<int, std::string>> sentences;  // index, text
  std::vector<std::vector<int64_t>> sentence_events;
  w.Key("events").BeginArray();
  while (rows.Next()) {
    sqlite3_stmt* st = rows.st();
    WriteEvent(w, st, has_coordinates());
    const int index = sqlite3_column_int(st, 2);
    if (sentences.empty() || sentences.back().first != index) {
      sentences.emplace_back(index, Text(st, 16));
      sentence_events.emplace_back();
    }
    sentence_events.back().push_back(sqlite3_column_int64(st, 0));
  }
  if (rows.failed()) return Error(500, "database: " + rows.message());
  w.EndArray();
  if (has_sentences_table_) {
    // Schema 5 keeps every sentence: the whole article, with each sentence's events.
    std::vector<std::pair<int, std::string>> all;
    std::vector<std::vector<int64_t>> all_events;
    Query sq;
    sq.Sql("SELECT sentence_index, text FROM sentences WHERE doc_id = ");
    sq.Bind(id);
    sq.Sql(" ORDER BY sentence_index LIMIT ");
    sq.BindInt(options_.max_document_sentences);
    Rows srows(r.db(), sq);
    size_t k = 0;
    while (srows.Next()) {
      const int index = sqlite3_column_int(srows.st(), 0);
      all.emplace_back(index, Text(srows.st(), 1));
      all_events.emplace_back();
      while (k < sentences.size() && sentences[k].first < index) ++k;
      if (k < sentences.size() && sentences[k].first == index) all_events.back() = sentence_events[k];
    }
    if (srows.failed()) return Error(500, "database: " + srows.message());
    if (!all.empty()) {
      sentences.swap(all);
      sentence_events.swap(all_events);
    }
  }
  w.Key("sentences").BeginArray();
  for (size_t i = 0; i < sentences.size(); ++i) {
    w.BeginObject().Key("index").Int(sentences[i].first).Key("text").String(sentences[i].second);
    w.Key("events").BeginArray();
    for (int64_t e : sentence_events[i]) w.Int(e);
    w.EndArray().EndObject();
  }
  w.EndArray().EndObject();
  return {200, w.Take()};
}

ApiResponse Api::Map(Request& r) {
  const std::string from = r.Date("from"), to = r.Date("to"), actor = r.Actor("actor");
  const int quad = r.Int("quad", 1, 4, 0);
  const int limit = r.Int("limit", 1, 5000, 2000);
  r.CheckUnknown();
  if (!r.ok()) return Error(400, r.error);
  JsonWriter w;
  w.BeginObject().Key("placed").Bool(has_coordinates());
  if (!has_coordinates()) {
    w.Key("message").String("events are not placed yet: this store has no lat/lon columns");
    w.Key("points").BeginArray().EndArray().EndObject();
    return {200, w.Take()};
  }
  const std::string key = DataKey(r) + "|" + CanonicalKey("map", *r.params);
  std::string body;
  if (CacheGet(key, &body)) return {200, body};
  // The unfiltered map is the page's first view: a summary, with the summaries' budget.
  std::unique_lock<std::mutex> single_flight(summary_mu_, std::defer_lock);
  if (from.empty() && to.empty() && actor.empty() && !quad) {
    single_flight.lock();
    if (CacheGet(key, &body)) return {200, body};
    r.lease->SetTimeLimit(options_.summary_time_ms);
  }
  // Events on a 0.1 degree grid (about 10 km), the busiest cells first: a map of a million
  // events is a few thousand dots, not a million.
  Query q;
  q.Sql("SELECT round(" + lat_column_ + ", 1), round(" + lon_column_ +
        ", 1), count(*), avg(goldstein) FROM events WHERE " + lat_column_ + " IS NOT NULL AND " +
        lon_column_ + " IS NOT NULL");
  q.DateAndActor(from, to, actor);
  if (quad) {
    q.Sql(" AND quad_class = ");
    q.BindInt(quad);
  }
  q.Sql(" GROUP BY 1, 2 ORDER BY 3 DESC LIMIT ");
  q.BindInt(limit);
  Rows rows(r.db(), q);
  w.Key("points").BeginArray();
  while (rows.Next()) {
    sqlite3_stmt* st = rows.st();
    w.BeginObject().Key("lat").Double(sqlite3_column_double(st, 0));
    w.Key("lon").Double(sqlite3_column_double(st, 1));
    w.Key("events").Int(sqlite3_column_int64(st, 2));
    w.Key("goldstein_mean").Double(sqlite3_column_double(st, 3)).EndObject();
  }
  if (rows.failed()) return Error(500, "database: " + rows.message());
  w.EndArray().EndObject();
  CachePut(key, w.str());
  return {200, w.Take()};
}

}  // namespace dyad::serve
