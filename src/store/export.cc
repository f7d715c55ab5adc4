#include "store/export.h"

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <vector>

#include "dyad/event.h"
#include "dyad/sink.h"
#include "lexicon/cameo_codebook.h"
#include "store/dedup.h"
#include "store/json.h"
#include "store/sql_util.h"

namespace dyad::store {
namespace {

bool IsIsoDate(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (d[i] < '0' || d[i] > '9') return false;
  }
  return true;
}

// The WHERE clause of the filters and its parameters, bound in order.
struct Filter {
  std::string sql = " WHERE 1";
  std::vector<std::string> params;

  void Prefix(const std::string& column, const std::string& value) {
    sql += " AND substr(" + column + ",1,length(?))=?";
    params.push_back(value);
    params.push_back(value);
  }
  void Build(const ExportOptions& o, const std::string& date, const std::string& source,
             const std::string& target, const std::string& cameo) {
    if (!o.from.empty()) {
      sql += " AND " + date + ">=?";
      params.push_back(o.from);
    }
    if (!o.to.empty()) {
      sql += " AND " + date + "<=?";
      params.push_back(o.to);
    }
    if (!o.actor.empty()) {
      sql += " AND (substr(" + source + ",1,length(?))=? OR substr(COALESCE(" + target +
             ",''),1,length(?))=?)";
      for (int i = 0; i < 4; ++i) params.push_back(o.actor);
    }
    if (!o.code.empty()) Prefix(cameo, o.code);
  }
  void Bind(sqlite3_stmt* st) const {
    for (size_t i = 0; i < params.size(); ++i) {
      sqlite3_bind_text(st, static_cast<int>(i + 1), params[i].c_str(), -1, SQLITE_TRANSIENT);
    }
  }
};

std::string Fixed(double v, int decimals) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// The shortest text that reads back as `v` ("0", "2.5", "-1.6666666666666667").
std::string Shortest(double v) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

// A latitude or longitude to five decimals (about a metre), without trailing zeros: the
// gazetteer keeps floats, whose shortest double text ("35.69438934326172") claims digits that
// are not there.
std::string Coordinate(double v) {
  std::string s = Fixed(v, 5);
  while (s.size() > 1 && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

// GDELT cells: no tabs or line breaks inside.
std::string Cell(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

std::string Upper(std::string s) {
  for (char& c : s) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return s;
}

// "2022-01-19 08:30:00" (SQLite's datetime('now'), UTC) -> "20220119083000".
std::string Timestamp(const std::string& datetime) {
  std::string out;
  for (char c : datetime) {
    if (c >= '0' && c <= '9') out.push_back(c);
  }
  return out.size() == 14 ? out : "";
}

std::string Digits(const std::string& date, size_t n) {
  std::string out;
  for (char c : date) {
    if (c >= '0' && c <= '9' && out.size() < n) out.push_back(c);
  }
  return out;
}

std::string BaseCode(const std::string& cameo) { return cameo.substr(0, 3); }

std::string CsvCell(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

class Writer {
 public:
  explicit Writer(FILE* f) : f_(f) {}
  bool Put(const std::string& s) {
    if (!s.empty() && std::fwrite(s.data(), 1, s.size(), f_) != s.size()) failed_ = true;
    return !failed_;
  }
  Status Finish(const std::string& what) {
    if (std::fflush(f_) != 0) failed_ = true;
    if (failed_) return Status::IOError(what + ": write failed: " + std::strerror(errno));
    return Status::OK();
  }

 private:
  FILE* f_;
  bool failed_ = false;
};

Status SqlError(sqlite3* db, const std::string& what) {
  return Status::IOError("export: " + what + ": " + sqlite3_errmsg(db));
}

// One deduplicated event with its representative row, the columns of GroupQuery.
struct GroupRow {
  int64_t id = 0;
  std::string date, precision, source_code, source_text, target_code, target_text, cameo, root;
  int quad_class = 0;
  double goldstein = 0;
  int sentence_index = 0;
  int64_t num_mentions = 0, num_sources = 0, num_articles = 0;
  double tone = 0;
  std::string added_at, url, doc_id, plover, sentence, site;
  // ActionGeo (schema 3), Actor1Geo and Actor2Geo (schema 6) of the representative event;
  // an empty type when not placed.
  struct Geo {
    std::string type, name, fips, adm1;
    double lat = 0, lon = 0;
    int64_t id = 0;
  };
  Geo action, source, target;
};

// The seven columns ReadGeo reads, for the place whose columns start with `prefix`.
std::string GeoColumns(bool present, const std::string& prefix, const std::string& lat,
                       const std::string& lon, const std::string& id) {
  if (!present) return "'', '', '', '', 0, 0, 0";
  return "COALESCE(e." + prefix + "type,''), COALESCE(e." + prefix + "name,''), COALESCE(e." +
         prefix + "fips,''), COALESCE(e." + prefix + "adm1,''), COALESCE(e." + lat +
         ",0), COALESCE(e." + lon + ",0), COALESCE(e." + id + ",0)";
}

std::string GroupQuery(bool has_tone, bool has_geo, bool has_actor_geo, const Filter& filter) {
  std::string tone =
      has_tone ? "(SELECT avg(COALESCE(CAST(t.tone AS REAL),0)) FROM documents t WHERE t.id IN "
                 "(SELECT m.doc_id FROM event_group_members gm JOIN events m ON m.id = gm.event_id "
                 "WHERE gm.group_id = g.id))"
               : "0.0";
  return "SELECT g.id, g.date, g.date_precision, e.source_code, COALESCE(e.source_text,''), "
         "COALESCE(e.target_code,''), COALESCE(e.target_text,''), e.cameo, e.root, "
         "e.quad_class, e.goldstein, e.sentence_index, g.num_mentions, g.num_sources, "
         "g.num_articles, " +
         tone +
         ", COALESCE(d.added_at,''), COALESCE(d.url,''), e.doc_id, COALESCE(e.plover,''), "
         "COALESCE(e.sentence,''), COALESCE(d.source,''), " +
         GeoColumns(has_geo, "action_geo_", "lat", "lon", "action_geo_id") + ", " +
         GeoColumns(has_actor_geo, "source_geo_", "source_geo_lat", "source_geo_lon",
                    "source_geo_id") +
         ", " +
         GeoColumns(has_actor_geo, "target_geo_", "target_geo_lat", "target_geo_lon",
                    "target_geo_id") +
         " FROM event_groups g JOIN events e ON e.id = g.representative "
         "LEFT JOIN documents d ON d.id = e.doc_id" +
         filter.sql + " ORDER BY g.date, g.id";
}

GroupRow ReadGroup(sqlite3_stmt* st) {
  GroupRow g;
  g.id = sqlite3_column_int64(st, 0);
  g.date = Text(st, 1);
  g.precision = Text(st, 2);
  g.source_code = Text(st, 3);
  g.source_text = Text(st, 4);
  g.target_code = Text(st, 5);
  g.target_text = Text(st, 6);
  g.cameo = Text(st, 7);
  g.root = Text(st, 8);
  g.quad_class = sqlite3_column_int(st, 9);
  g.goldstein = sqlite3_column_double(st, 10);
  g.sentence_index = sqlite3_column_int(st, 11);
  g.num_mentions = sqlite3_column_int64(st, 12);
  g.num_sources = sqlite3_column_int64(st, 13);
  g.num_articles = sqlite3_column_int64(st, 14);
  g.tone = sqlite3_column_double(st, 15);
  g.added_at = Text(st, 16);
  g.url = Text(st, 17);
  g.doc_id = Text(st, 18);
  g.plover = Text(st, 19);
  g.sentence = Text(st, 20);
  g.site = Text(st, 21);
  for (auto [geo, col] : {std::pair{&g.action, 22}, {&g.source, 29}, {&g.target, 36}}) {
    geo->type = Text(st, col);
    geo->name = Text(st, col + 1);
    geo->fips = Text(st, col + 2);
    geo->adm1 = Text(st, col + 3);
    geo->lat = sqlite3_column_double(st, col + 4);
    geo->lon = sqlite3_column_double(st, col + 5);
    geo->id = sqlite3_column_int64(st, col + 6);
  }
  return g;
}

// GDELT's geography block: Type (1 country, 2 US state, 3 US city, 4 world city, 5 world
// state), FullName, CountryCode (FIPS), ADM1Code, ADM2Code, Lat, Long, FeatureID (GeoNames id
// of a city; the FIPS code of a country or state, as GDELT writes it).
void AppendGdeltGeo(std::vector<std::string>* c, const GroupRow::Geo& g) {
  if (g.type.empty()) {
    for (int i = 0; i < 8; ++i) c->push_back("");
    return;
  }
  const bool us = g.fips == "US";
  const char* type = g.type == "country" ? "1"
                     : g.type == "city"  ? (us ? "3" : "4")
                                         : (us ? "2" : "5");
  c->push_back(type);
  c->push_back(g.name);
  c->push_back(g.fips);
  c->push_back(g.adm1);
  c->push_back("");
  c->push_back(Coordinate(g.lat));
  c->push_back(Coordinate(g.lon));
  c->push_back(g.id > 0 ? std::to_string(g.id) : g.adm1);
}

void AppendGdeltActor(std::vector<std::string>* cols, const std::string& code,
                      const std::string& text) {
  GdeltActor a = SplitActorCode(code);
  cols->push_back(code);
  cols->push_back(code.empty() ? "" : Upper(text));
  cols->push_back(a.country);
  cols->push_back(a.known_group);
  cols->push_back("");  // EthnicCode: not coded by dyad
  cols->push_back("");  // Religion1Code
  cols->push_back("");  // Religion2Code
  cols->push_back(a.type1);
  cols->push_back(a.type2);
  cols->push_back(a.type3);
}

std::string GdeltRow(const GroupRow& g) {
  std::vector<std::string> c;
  c.reserve(61);
  c.push_back(std::to_string(g.id));
  std::string day = Digits(g.date, 8);
  c.push_back(day);
  c.push_back(day.substr(0, 6));
  c.push_back(day.substr(0, 4));
  c.push_back(FractionDate(g.date));
  AppendGdeltActor(&c, g.source_code, g.source_text);
  AppendGdeltActor(&c, g.target_code, g.target_text);
  // GDELT flags events of the lead paragraph; dyad keeps sentences, not paragraphs, so the
  // first sentence of the body stands for the lead.
  c.push_back(g.sentence_index == 0 ? "1" : "0");
  c.push_back(g.cameo);
  c.push_back(BaseCode(g.cameo));
  c.push_back(g.root);
  c.push_back(std::to_string(g.quad_class));
  c.push_back(Fixed(g.goldstein, 1));
  c.push_back(std::to_string(g.num_mentions));
  c.push_back(std::to_string(g.num_sources));
  c.push_back(std::to_string(g.num_articles));
  c.push_back(Shortest(g.tone));
  AppendGdeltGeo(&c, g.source);  // Actor1Geo_*
  AppendGdeltGeo(&c, g.target);  // Actor2Geo_*
  AppendGdeltGeo(&c, g.action);  // ActionGeo_*
  c.push_back(Timestamp(g.added_at));
  c.push_back(g.url.empty() ? g.doc_id : g.url);
  std::string line;
  for (size_t i = 0; i < c.size(); ++i) {
    if (i) line.push_back('\t');
    line += Cell(c[i]);
  }
  line.push_back('\n');
  return line;
}

void AppendPloverActor(std::string* out, const std::string& code, const std::string& text) {
  if (code.empty()) {
    out->append("null");
    return;
  }
  out->append("{\"code\":");
  AppendJsonString(out, code);
  out->append(",\"name\":");
  AppendJsonString(out, text);
  out->append(",\"country\":");
  AppendJsonString(out, SplitActorCode(code).country);
  out->push_back('}');
}

std::string PloverRecord(const GroupRow& g) {
  std::string j = "{\"id\":";
  AppendJsonString(&j, "dyad-" + std::to_string(g.id));
  j += ",\"date\":";
  AppendJsonString(&j, g.date);
  j += ",\"date_precision\":";
  AppendJsonString(&j, g.precision);
  j += ",\"event_type\":";
  AppendJsonString(&j, g.plover);
  // dyad codes no PLOVER mode or context yet; the fields are there so readers need no special
  // case when they are filled.
  j += ",\"mode\":\"\",\"context\":\"\",\"actor1\":";
  AppendPloverActor(&j, g.source_code, g.source_text);
  j += ",\"actor2\":";
  AppendPloverActor(&j, g.target_code, g.target_text);
  j += ",\"cameo\":";
  AppendJsonString(&j, g.cameo);
  j += ",\"quad_class\":" + std::to_string(g.quad_class);
  j += ",\"goldstein\":" + Fixed(g.goldstein, 1);
  j += ",\"text\":";
  AppendJsonString(&j, g.sentence);
  j += ",\"doc_id\":";
  AppendJsonString(&j, g.doc_id);
  j += ",\"url\":";
  AppendJsonString(&j, g.url);
  j += ",\"source\":";
  AppendJsonString(&j, SourceName(g.url, g.site, g.doc_id));
  j += ",\"num_mentions\":" + std::to_string(g.num_mentions);
  j += ",\"num_sources\":" + std::to_string(g.num_sources);
  j += ",\"num_articles\":" + std::to_string(g.num_articles);
  j += "}\n";
  return j;
}

// The mentions of one group: one row per member event, GDELT's 16 columns.
Status WriteMentions(sqlite3* db, sqlite3_stmt* st, const GroupRow& g, Writer* out) {
  sqlite3_reset(st);
  sqlite3_bind_int64(st, 1, g.id);
  const std::string event_time = Timestamp(g.added_at);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    std::string doc_id = Text(st, 0), site = Text(st, 6), url = Text(st, 7);
    std::vector<std::string> c;
    c.reserve(16);
    c.push_back(std::to_string(g.id));
    c.push_back(event_time);
    c.push_back(Timestamp(Text(st, 8)));
    c.push_back(url.empty() ? "2" : "1");  // 1 WEB (a URL), 2 CITATIONONLY (the document id)
    c.push_back(SourceName(url, site, doc_id));
    c.push_back(url.empty() ? doc_id : url);
    c.push_back(std::to_string(sqlite3_column_int(st, 1) + 1));  // GDELT counts from 1
    c.push_back(std::to_string(sqlite3_column_int64(st, 2)));
    c.push_back(std::to_string(sqlite3_column_int64(st, 3)));
    c.push_back(std::to_string(sqlite3_column_int64(st, 4)));
    c.push_back("1");  // InRawText: dyad codes the article's own sentences
    c.push_back("");   // Confidence: dyad has no score for it
    c.push_back("");   // MentionDocLen: the store keeps no text length
    c.push_back(Shortest(sqlite3_column_double(st, 5)));
    c.push_back("");  // MentionDocTranslationInfo: nothing is machine-translated
    c.push_back("");  // Extras
    std::string line;
    for (size_t i = 0; i < c.size(); ++i) {
      if (i) line.push_back('\t');
      line += Cell(c[i]);
    }
    line.push_back('\n');
    if (!out->Put(line)) return Status::OK();  // reported by Finish
  }
  if (rc != SQLITE_DONE) return SqlError(db, "reading mentions");
  return Status::OK();
}

Status ExportGroups(sqlite3* db, const ExportOptions& o, FILE* out) {
  Status s = Deduplicate(db);
  if (!s.ok()) return s;
  const bool has_tone = HasColumn(db, "documents", "tone");
  const bool has_geo = HasColumn(db, "events", "action_geo_type");
  const bool has_actor_geo = HasColumn(db, "events", "source_geo_type");
  Filter filter;
  filter.Build(o, "g.date", "g.source_code", "g.target_code", "e.cameo");
  Stmt q;
  if (sqlite3_prepare_v2(db, GroupQuery(has_tone, has_geo, has_actor_geo, filter).c_str(), -1, &q.st, nullptr) !=
      SQLITE_OK) {
    return SqlError(db, "reading event groups");
  }
  filter.Bind(q.st);

  const bool gdelt = o.format == ExportFormat::kGdelt;
  FILE* mentions_file = nullptr;
  Stmt m;
  if (gdelt && !o.mentions_path.empty()) {
    std::string tone = has_tone ? "COALESCE(CAST(d.tone AS REAL),0)" : "0.0";
    std::string sql =
        "SELECT e.doc_id, e.sentence_index, COALESCE(e.source_begin,-1), "
        "CASE WHEN e.target_code IS NULL THEN -1 ELSE COALESCE(e.target_begin,-1) END, "
        "COALESCE(e.verb_begin,-1), " +
        tone +
        ", COALESCE(d.source,''), COALESCE(d.url,''), COALESCE(d.added_at,'') "
        "FROM event_group_members gm JOIN events e ON e.id = gm.event_id "
        "LEFT JOIN documents d ON d.id = e.doc_id WHERE gm.group_id = ? ORDER BY e.id";
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &m.st, nullptr) != SQLITE_OK) {
      return SqlError(db, "reading mentions");
    }
    mentions_file = std::fopen(o.mentions_path.c_str(), "wb");
    if (!mentions_file) return Status::IOError(o.mentions_path + ": " + std::strerror(errno));
  }
  Writer writer(out);
  Writer mentions(mentions_file ? mentions_file : out);
  int rc;
  while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
    GroupRow g = ReadGroup(q.st);
    if (gdelt) {
      writer.Put(GdeltRow(g));
      if (mentions_file && !(s = WriteMentions(db, m.st, g, &mentions)).ok()) break;
    } else if (!g.plover.empty()) {  // a PLOVER record needs a PLOVER type
      writer.Put(PloverRecord(g));
    }
  }
  if (s.ok() && rc != SQLITE_ROW && rc != SQLITE_DONE) s = SqlError(db, "reading event groups");
  Status ws = writer.Finish("export");
  if (s.ok()) s = ws;
  if (mentions_file) {
    Status ms = mentions.Finish(o.mentions_path);
    if (std::fclose(mentions_file) != 0 && ms.ok()) {
      ms = Status::IOError(o.mentions_path + ": " + std::strerror(errno));
    }
    if (s.ok()) s = ms;
  }
  return s;
}

constexpr const char* kCsvHeader =
    "event_id,doc_id,sentence_index,date,date_precision,doc_date,source_code,source_text,"
    "target_code,target_text,cameo,root,quad_class,goldstein,plover,modality,sentence\n";

Status ExportRows(sqlite3* db, const ExportOptions& o, FILE* out) {
  Filter filter;
  filter.Build(o, "date", "source_code", "target_code", "cameo");
  std::string sql =
      "SELECT id, doc_id, sentence_index, date, date_precision, COALESCE(doc_date,''), "
      "source_code, COALESCE(source_text,''), COALESCE(target_code,''), "
      "COALESCE(target_text,''), cameo, root, COALESCE(quad_class,0), COALESCE(goldstein,0), "
      "COALESCE(plover,''), COALESCE(modality,''), COALESCE(sentence,''), "
      "COALESCE(source_begin,0), COALESCE(source_end,0), COALESCE(verb_begin,0), "
      "COALESCE(verb_end,0), COALESCE(target_begin,0), COALESCE(target_end,0) FROM events" +
      filter.sql + " ORDER BY date, doc_id, sentence_index, id";
  Stmt q;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &q.st, nullptr) != SQLITE_OK) {
    return SqlError(db, "reading events");
  }
  filter.Bind(q.st);
  const bool csv = o.format == ExportFormat::kCsv;
  Writer writer(out);
  if (csv) writer.Put(kCsvHeader);
  int rc;
  while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
    Event e;
    e.doc_id = Text(q.st, 1);
    e.sentence_index = sqlite3_column_int(q.st, 2);
    e.date = Text(q.st, 3);
    e.date_precision = Text(q.st, 4);
    e.doc_date = Text(q.st, 5);
    e.source.code = Text(q.st, 6);
    e.source.text = Text(q.st, 7);
    e.target.code = Text(q.st, 8);
    e.target.text = Text(q.st, 9);
    e.cameo = Text(q.st, 10);
    e.root = Text(q.st, 11);
    e.quad_class = sqlite3_column_int(q.st, 12);
    e.goldstein = sqlite3_column_double(q.st, 13);
    e.plover = Text(q.st, 14);
    e.modality = Text(q.st, 15);
    e.sentence = Text(q.st, 16);
    e.source.begin = static_cast<uint32_t>(sqlite3_column_int64(q.st, 17));
    e.source.end = static_cast<uint32_t>(sqlite3_column_int64(q.st, 18));
    e.verb_begin = static_cast<uint32_t>(sqlite3_column_int64(q.st, 19));
    e.verb_end = static_cast<uint32_t>(sqlite3_column_int64(q.st, 20));
    e.target.begin = static_cast<uint32_t>(sqlite3_column_int64(q.st, 21));
    e.target.end = static_cast<uint32_t>(sqlite3_column_int64(q.st, 22));
    if (!csv) {
      writer.Put(EventToJson(e) + "\n");
      continue;
    }
    std::string line = std::to_string(sqlite3_column_int64(q.st, 0));
    for (const std::string* f :
         {&e.doc_id, &e.date, &e.date_precision, &e.doc_date, &e.source.code, &e.source.text,
          &e.target.code, &e.target.text, &e.cameo, &e.root}) {
      line += ',' + CsvCell(*f);
      if (f == &e.doc_id) line += ',' + std::to_string(e.sentence_index);
    }
    line += ',' + std::to_string(e.quad_class) + ',' + Fixed(e.goldstein, 1);
    for (const std::string* f : {&e.plover, &e.modality, &e.sentence}) line += ',' + CsvCell(*f);
    line.push_back('\n');
    writer.Put(line);
  }
  Status s = rc == SQLITE_DONE ? Status::OK() : SqlError(db, "reading events");
  Status ws = writer.Finish("export");
  return s.ok() ? ws : s;
}

}  // namespace

Status ParseExportFormat(std::string_view name, ExportFormat* out) {
  if (name == "gdelt")
    *out = ExportFormat::kGdelt;
  else if (name == "plover")
    *out = ExportFormat::kPlover;
  else if (name == "jsonl")
    *out = ExportFormat::kJsonl;
  else if (name == "csv")
    *out = ExportFormat::kCsv;
  else
    return Status::InvalidArgument("unknown export format '" + std::string(name) +
                                   "' (gdelt, plover, jsonl or csv)");
  return Status::OK();
}

GdeltActor SplitActorCode(std::string_view code) {
  GdeltActor a;
  std::string_view rest = code;
  if (rest.size() >= 3 && lexicon::IsCameoCountryCode(rest.substr(0, 3))) {
    a.country = std::string(rest.substr(0, 3));
    rest.remove_prefix(3);
  }
  std::string* types[] = {&a.type1, &a.type2, &a.type3};
  size_t num_types = 0;
  while (!rest.empty()) {
    std::string_view seg = rest.substr(0, 3);
    if (seg.size() == 3 && (lexicon::IsCameoRoleCode(seg) || lexicon::IsCameoGenericCode(seg))) {
      if (num_types < 3) *types[num_types++] = std::string(seg);
    } else if (!(seg.size() == 3 && lexicon::IsCameoRegionCode(seg))) {
      a.known_group = std::string(rest);
      break;
    }
    rest.remove_prefix(seg.size());
  }
  return a;
}

std::string FractionDate(std::string_view date) {
  int y = 0, m = 0, d = 0;
  std::string s(date);
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", y + ((m - 1) * 30 + d) / 365.0);
  return buf;
}

Status Export(sqlite3* db, const ExportOptions& options, FILE* out) {
  for (const std::string* d : {&options.from, &options.to}) {
    if (!d->empty() && !IsIsoDate(*d)) {
      return Status::InvalidArgument("bad date '" + *d + "' (expected YYYY-MM-DD)");
    }
  }
  if (!options.mentions_path.empty() && options.format != ExportFormat::kGdelt) {
    return Status::InvalidArgument("a mentions file is written only with the gdelt format");
  }
  if (options.format == ExportFormat::kGdelt || options.format == ExportFormat::kPlover) {
    return ExportGroups(db, options, out);
  }
  return ExportRows(db, options, out);
}

}  // namespace dyad::store
