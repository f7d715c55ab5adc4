#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>

#include "dyad/sink.h"
#include "store/json.h"
#include "store/sqlite_store.h"

namespace dyad {
namespace {

// Numbers are formatted with std::to_chars, into the output directly: the same digits as
// printf's "%.Nf" and "%d" (both round the exact binary value to nearest, ties to even), without
// printf's parsing of a format or a temporary string per number. The writer formats every
// event on one thread, beside the coding workers.
void AppendFixed(std::string* out, double v, int precision) {
  // Coordinates and scores repeat from event to event (a country's centre, a capital, the
  // Goldstein value of a code), and formatting a double at a fixed precision costs far more
  // than a copy: each thread keeps the last texts in a small direct-mapped table.
  struct Entry {
    uint64_t bits = 0;
    int precision = -1;
    uint8_t length = 0;
    char text[27];
  };
  constexpr size_t kEntries = 512;
  thread_local Entry cache[kEntries];
  uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  Entry& e = cache[((bits * 0x9E3779B97F4A7C15ull) >> 40) % kEntries];
  if (e.precision == precision && e.bits == bits) {
    out->append(e.text, e.length);
    return;
  }
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, precision);
  out->append(buf, r.ptr);
  const size_t length = static_cast<size_t>(r.ptr - buf);
  if (length <= sizeof e.text) {
    e.bits = bits;
    e.precision = precision;
    e.length = static_cast<uint8_t>(length);
    std::memcpy(e.text, buf, length);
  }
}

template <typename Int>
void AppendInt(std::string* out, Int v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

void AppendActor(std::string* out, const EventActor& a) {
  if (a.empty()) {
    out->append("null");
    return;
  }
  out->append("{\"code\":");
  store::AppendJsonString(out, a.code);
  out->append(",\"text\":");
  store::AppendJsonString(out, a.text);
  out->push_back('}');
}

void AppendPlace(std::string* out, const EventPlace& p) {
  if (p.empty()) {
    *out += "null";
    return;
  }
  *out += "{\"type\":";
  store::AppendJsonString(out, p.type);
  *out += ",\"name\":";
  store::AppendJsonString(out, p.name);
  *out += ",\"country\":";
  store::AppendJsonString(out, p.country);
  *out += ",\"fips\":";
  store::AppendJsonString(out, p.fips);
  *out += ",\"adm1\":";
  store::AppendJsonString(out, p.adm1);
  *out += ",\"lat\":";
  AppendFixed(out, p.lat, 5);
  *out += ",\"lon\":";
  AppendFixed(out, p.lon, 5);
  *out += ",\"geonames_id\":";
  AppendInt(out, p.geonames_id);
  *out += "}";
}

void AppendSpan(std::string* out, uint32_t b, uint32_t e) {
  out->push_back('[');
  AppendInt(out, b);
  out->push_back(',');
  AppendInt(out, e);
  out->push_back(']');
}

std::string FormatGoldstein(double g) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", g);
  return buf;
}

// TSV cells cannot hold tabs or line breaks.
std::string TsvCell(const std::string& s) {
  std::string out = s;
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return out;
}

void AppendEventJson(std::string* out, const Event& e);  // EventToJson, appending

class FileSink : public EventSink {
 public:
  FileSink(FILE* f, bool owned, bool tsv) : f_(f), owned_(owned), tsv_(tsv) {
    if (tsv_) {
      std::string h = TsvHeader() + "\n";
      std::fwrite(h.data(), 1, h.size(), f_);
    }
  }
  ~FileSink() override { Close(); }

  Status Write(const CodedDocument& doc) override {
    buf_.clear();  // reused from document to document
    for (const Event& e : doc.events) {
      if (tsv_) buf_ += EventToTsv(e);
      else AppendEventJson(&buf_, e);
      buf_.push_back('\n');
    }
    const std::string& buf = buf_;
    if (!buf.empty() && std::fwrite(buf.data(), 1, buf.size(), f_) != buf.size()) {
      return Status::IOError(std::string("write failed: ") + std::strerror(errno));
    }
    return Status::OK();
  }
  // Flushing per batch lets a pipe consumer (Spark's RDD.pipe, GNU parallel) see each
  // document's events as soon as they are coded.
  Status Flush() override {
    if (f_ && std::fflush(f_) != 0) return Status::IOError(std::strerror(errno));
    return Status::OK();
  }
  Status Close() override {
    if (!f_) return Status::OK();
    Status s = Flush();
    if (owned_ && std::fclose(f_) != 0 && s.ok()) s = Status::IOError(std::strerror(errno));
    f_ = nullptr;
    return s;
  }

 private:
  FILE* f_;
  bool owned_;
  bool tsv_;
  std::string buf_;
};

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string EventToJson(const Event& e) {
  std::string out;
  AppendEventJson(&out, e);
  return out;
}

namespace {

void AppendEventJson(std::string* o, const Event& e) {
  std::string& out = *o;
  out += "{\"doc_id\":";
  store::AppendJsonString(&out, e.doc_id);
  out += ",\"sentence_index\":";
  AppendInt(&out, e.sentence_index);
  out += ",\"date\":";
  store::AppendJsonString(&out, e.date);
  out += ",\"date_precision\":";
  store::AppendJsonString(&out, e.date_precision);
  out += ",\"doc_date\":";
  store::AppendJsonString(&out, e.doc_date);
  out += ",\"source\":";
  AppendActor(&out, e.source);
  out += ",\"target\":";
  AppendActor(&out, e.target);
  out += ",\"cameo\":";
  store::AppendJsonString(&out, e.cameo);
  out += ",\"root\":";
  store::AppendJsonString(&out, e.root);
  out += ",\"quad_class\":";
  AppendInt(&out, e.quad_class);
  out += ",\"goldstein\":";
  AppendFixed(&out, e.goldstein, 1);
  out += ",\"plover\":";
  if (e.plover.empty()) out += "null";
  else store::AppendJsonString(&out, e.plover);
  out += ",\"modality\":";
  if (e.modality.empty()) out += "null";
  else store::AppendJsonString(&out, e.modality);
  out += ",\"sentence\":";
  store::AppendJsonString(&out, e.sentence);
  out += ",\"action_geo\":";
  AppendPlace(&out, e.action_geo);
  out += ",\"source_geo\":";
  AppendPlace(&out, e.source_geo);
  out += ",\"target_geo\":";
  AppendPlace(&out, e.target_geo);
  out += ",\"rule\":";
  store::AppendJsonString(&out, e.rule);
  out += ",\"offsets\":{\"source\":";
  AppendSpan(&out, e.source.begin, e.source.end);
  out += ",\"verb\":";
  AppendSpan(&out, e.verb_begin, e.verb_end);
  out += ",\"target\":";
  if (e.target.empty()) out += "null";
  else AppendSpan(&out, e.target.begin, e.target.end);
  out += "}}";
}

}  // namespace

std::string TsvHeader() {
  return "doc_id\tsentence_index\tdate\tdate_precision\tdoc_date\tsource_code\tsource_text\t"
         "target_code\ttarget_text\tcameo\troot\tquad_class\tgoldstein\tplover\tmodality\t"
         "source_begin\tsource_end\tverb_begin\tverb_end\ttarget_begin\ttarget_end\t"
         "action_geo_type\taction_geo_name\taction_geo_country\tlat\tlon\t"
         "source_geo_name\tsource_geo_country\ttarget_geo_name\ttarget_geo_country\trule\t"
         "sentence";
}

std::string EventToTsv(const Event& e) {
  std::string row;
  auto cell = [&](const std::string& s) {
    if (!row.empty()) row.push_back('\t');
    row += TsvCell(s);
  };
  cell(e.doc_id);
  cell(std::to_string(e.sentence_index));
  cell(e.date);
  cell(e.date_precision);
  cell(e.doc_date);
  cell(e.source.code);
  cell(e.source.text);
  cell(e.target.code);
  cell(e.target.text);
  cell(e.cameo);
  cell(e.root);
  cell(std::to_string(e.quad_class));
  cell(FormatGoldstein(e.goldstein));
  cell(e.plover);
  cell(e.modality);
  cell(std::to_string(e.source.begin));
  cell(std::to_string(e.source.end));
  cell(std::to_string(e.verb_begin));
  cell(std::to_string(e.verb_end));
  cell(e.target.empty() ? "" : std::to_string(e.target.begin));
  cell(e.target.empty() ? "" : std::to_string(e.target.end));
  cell(e.action_geo.type);
  cell(e.action_geo.name);
  cell(e.action_geo.country);
  cell(e.action_geo.empty() ? "" : std::to_string(e.action_geo.lat));
  cell(e.action_geo.empty() ? "" : std::to_string(e.action_geo.lon));
  cell(e.source_geo.name);
  cell(e.source_geo.country);
  cell(e.target_geo.name);
  cell(e.target_geo.country);
  cell(e.rule);
  cell(e.sentence);
  return row;
}

Status OpenSink(const std::string& path, std::unique_ptr<EventSink>* out) {
  if (path.empty() || path == "-") {
    *out = std::make_unique<FileSink>(stdout, false, false);
    return Status::OK();
  }
  if (EndsWith(path, ".db") || EndsWith(path, ".sqlite")) {
    std::unique_ptr<store::SqliteStore> db;
    Status s = store::SqliteStore::Open(path, &db);
    if (!s.ok()) return s;
    *out = std::move(db);
    return Status::OK();
  }
  bool tsv = EndsWith(path, ".tsv");
  if (!tsv && !EndsWith(path, ".jsonl") && !EndsWith(path, ".json")) {
    return Status::InvalidArgument(path + ": unknown output format (use .jsonl, .tsv or .db)");
  }
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return Status::IOError(path + ": " + std::strerror(errno));
  *out = std::make_unique<FileSink>(f, true, tsv);
  return Status::OK();
}

}  // namespace dyad
