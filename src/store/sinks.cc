#include <limits.h>
#include <sys/uio.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "dyad/sink.h"
#include "store/json.h"
#include "store/sqlite_store.h"

namespace dyad {
namespace {

// Numbers are formatted into the output directly, fixed-point ones with std::to_chars (the same
// digits as printf's "%.Nf": both round the exact binary value to nearest, ties to even) and
// integers by WriteUnsigned, without printf's parsing of a format or a temporary string per
// number.
// Writes v with `precision` decimals at `p` (room for 64 bytes) and returns the end.
char* WriteFixed(char* p, double v, int precision) {
  // Coordinates and scores repeat from event to event (a country's centre, a capital, the
  // Goldstein value of a code), and formatting a double at a fixed precision costs far more
  // than a copy: each thread keeps the last texts in a small direct-mapped table.
  struct Entry {
    uint64_t bits = 0;
    int precision = -1;
    uint8_t length = 0;
    char text[27];
  };
  constexpr int kEntryBits = 9;
  constexpr size_t kEntries = size_t{1} << kEntryBits;
  thread_local Entry cache[kEntries];
  uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  // The slot is taken from the product's top bits: a round value (2.0, -5.0, 3.5) has a
  // mantissa of zeros, which the multiplication only moves up, so its middle bits (the slot
  // before) were zero for all of them, and half the Goldstein values missed.
  Entry& e = cache[(bits * 0x9E3779B97F4A7C15ull) >> (64 - kEntryBits)];
  if (e.precision == precision && e.bits == bits) {
    std::memcpy(p, e.text, e.length);
    return p + e.length;
  }
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, precision);
  const size_t length = static_cast<size_t>(r.ptr - buf);
  std::memcpy(p, buf, length);
  if (length <= sizeof e.text) {
    e.bits = bits;
    e.precision = precision;
    e.length = static_cast<uint8_t>(length);
    std::memcpy(e.text, buf, length);
  }
  return p + length;
}

// "00" to "99", the two digits of each number below a hundred.
constexpr std::array<char, 200> kDigitPairs = [] {
  std::array<char, 200> pairs{};
  for (int i = 0; i < 100; ++i) {
    pairs[2 * i] = static_cast<char>('0' + i / 10);
    pairs[2 * i + 1] = static_cast<char>('0' + i % 10);
  }
  return pairs;
}();

// Writes v in decimal at `p` (room for 10 bytes) and returns the end: the digits are counted
// first, then written from the last, two at a time. (std::to_chars counts them in a loop and
// writes them in a call of its own: an event's offsets, six numbers of a few digits, cost
// about fifty instructions each.) Inlined: an event writes seven or eight numbers, mostly of
// three digits or fewer, and the call cost a third of such a number.
[[gnu::always_inline]] inline char* WriteUnsigned(char* p, uint32_t v) {
  const int digits = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : v < 100000 ? 5
                   : v < 1000000 ? 6 : v < 10000000 ? 7 : v < 100000000 ? 8
                   : v < 1000000000 ? 9 : 10;
  char* const end = p + digits;
  char* q = end;
  while (v >= 100) {
    q -= 2;
    std::memcpy(q, &kDigitPairs[2 * (v % 100)], 2);
    v /= 100;
  }
  if (v >= 10) {
    std::memcpy(q - 2, &kDigitPairs[2 * v], 2);
  } else {
    q[-1] = static_cast<char>('0' + v);
  }
  return end;
}

// Writes v at `p` (room for 11 bytes) and returns the end.
char* WriteInt(char* p, int v) {
  if (v >= 0) return WriteUnsigned(p, static_cast<uint32_t>(v));
  *p++ = '-';
  return WriteUnsigned(p, 0u - static_cast<uint32_t>(v));
}

// Writes a string literal without its NUL: a copy of known size, inlined.
template <size_t N>
char* Put(char* p, const char (&literal)[N]) {
  std::memcpy(p, literal, N - 1);
  return p + N - 1;
}

// The first and last `Word`s of `s`, which is at least one `Word` long; they overlap when it
// is shorter than two.
template <typename Word>
[[gnu::always_inline]] inline std::pair<Word, Word> EndWords(std::string_view s) {
  Word head, tail;
  std::memcpy(&head, s.data(), sizeof head);
  std::memcpy(&tail, s.data() + s.size() - sizeof tail, sizeof tail);
  return {head, tail};
}

// Whether a and b hold the same bytes. The strings an event's JSON is reused by are mostly short
// (a place's type, its country's codes and ADM1 code, dates, actor codes): up to sixteen bytes
// are compared as their first and last words, without the call to memcmp that std::string's ==
// makes, which cost some twenty instructions each.
[[gnu::always_inline]] inline bool SameBytes(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  if (n >= 8) {
    if (n > 16) return std::memcmp(a.data(), b.data(), n) == 0;
    return EndWords<uint64_t>(a) == EndWords<uint64_t>(b);
  }
  if (n >= 4) return EndWords<uint32_t>(a) == EndWords<uint32_t>(b);
  if (n >= 2) return EndWords<uint16_t>(a) == EndWords<uint16_t>(b);
  return n == 0 || a[0] == b[0];
}

// The JSON of an event is written through a cursor into room made for the whole event first
// (EventJsonBound): the writer thread formats every event, and an append per key and value
// (about sixty an event, each a call and a capacity check) was most of its time.

char* WriteActor(char* p, const EventActor& a) {
  if (a.empty()) return Put(p, "null");
  p = Put(p, "{\"code\":");
  p = store::WriteJsonString(p, a.code);
  p = Put(p, ",\"text\":");
  p = store::WriteJsonString(p, a.text);
  *p++ = '}';
  return p;
}

char* WritePlaceObject(char* p, const EventPlace& place) {
  p = Put(p, "{\"type\":");
  p = store::WriteJsonString(p, place.type);
  p = Put(p, ",\"name\":");
  p = store::WriteJsonString(p, place.name);
  p = Put(p, ",\"country\":");
  p = store::WriteJsonString(p, place.country);
  p = Put(p, ",\"fips\":");
  p = store::WriteJsonString(p, place.fips);
  p = Put(p, ",\"adm1\":");
  p = store::WriteJsonString(p, place.adm1);
  p = Put(p, ",\"lat\":");
  p = WriteFixed(p, place.lat, 5);
  p = Put(p, ",\"lon\":");
  p = WriteFixed(p, place.lon, 5);
  p = Put(p, ",\"geonames_id\":");
  p = WriteUnsigned(p, place.geonames_id);
  *p++ = '}';
  return p;
}

// Writes `,"cameo":…,"root":…,"quad_class":…,"goldstein":…,"plover":…` for `e`. A feed's events
// have a few hundred codes, each with its root, class, score and type: each thread keeps the
// JSON of the last codes it wrote in a small direct-mapped table by code, and copies it for an
// event equal in the five fields (writing them cost about four hundred instructions).
char* WriteCode(char* p, const Event& e) {
  struct Entry {
    std::string cameo, root, plover;
    int quad_class = 0;
    double goldstein = 0;
    std::string json;  // empty: none yet
  };
  constexpr int kEntryBits = 7;
  thread_local std::vector<Entry> cache(size_t{1} << kEntryBits);
  uint64_t key = e.cameo.size();
  for (size_t i = 0; i < e.cameo.size() && i < 4; ++i) {
    key = (key << 8) | static_cast<unsigned char>(e.cameo[i]);
  }
  Entry& entry = cache[(key * 0x9E3779B97F4A7C15ull) >> (64 - kEntryBits)];
  if (!entry.json.empty() && entry.quad_class == e.quad_class &&
      std::memcmp(&entry.goldstein, &e.goldstein, sizeof e.goldstein) == 0 &&
      SameBytes(entry.cameo, e.cameo) && SameBytes(entry.root, e.root) &&
      SameBytes(entry.plover, e.plover)) {
    std::memcpy(p, entry.json.data(), entry.json.size());
    return p + entry.json.size();
  }
  char* const start = p;
  p = Put(p, ",\"cameo\":");
  p = store::WriteJsonString(p, e.cameo);
  p = Put(p, ",\"root\":");
  p = store::WriteJsonString(p, e.root);
  p = Put(p, ",\"quad_class\":");
  p = WriteInt(p, e.quad_class);
  p = Put(p, ",\"goldstein\":");
  p = WriteFixed(p, e.goldstein, 1);
  p = Put(p, ",\"plover\":");
  p = e.plover.empty() ? Put(p, "null") : store::WriteJsonString(p, e.plover);
  entry.cameo = e.cameo;
  entry.root = e.root;
  entry.plover = e.plover;
  entry.quad_class = e.quad_class;
  entry.goldstein = e.goldstein;
  entry.json.assign(start, static_cast<size_t>(p - start));
  return p;
}

// Whether two places write the same JSON. (Coordinates by their bits: -0.0 == 0.0, but they
// are written differently.)
[[gnu::always_inline]] inline bool SamePlace(const EventPlace& a, const EventPlace& b) {
  return a.geonames_id == b.geonames_id &&
         std::memcmp(&a.lat, &b.lat, sizeof a.lat) == 0 &&
         std::memcmp(&a.lon, &b.lon, sizeof a.lon) == 0 && SameBytes(a.type, b.type) &&
         SameBytes(a.country, b.country) && SameBytes(a.fips, b.fips) &&
         SameBytes(a.adm1, b.adm1) && SameBytes(a.name, b.name);
}

// A place WritePlace wrote, and its JSON (empty: none yet).
struct WrittenPlace {
  EventPlace place;
  std::string json;
};

// Writes the place and remembers it and its JSON in `slot`. Out of line, so that a place found
// in the table (nearly all) saves none of the registers this needs.
[[gnu::noinline]] char* WritePlaceInto(char* p, const EventPlace& place, WrittenPlace* slot) {
  char* const end = WritePlaceObject(p, place);
  slot->place = place;
  slot->json.assign(p, static_cast<size_t>(end - p));
  return end;
}

// An event names up to three places, and the events of an article, like the articles of a
// feed, name the same few again and again (a country, its capital): each thread keeps the JSON
// of the last places it wrote in a small direct-mapped table by GeoNames id and coordinates,
// and copies it for a place equal in every field (writing a place's eight fields cost some five
// hundred instructions, a third of the writer thread's).
char* WritePlace(char* p, const EventPlace& place) {
  if (place.empty()) return Put(p, "null");
  constexpr int kEntryBits = 8;
  thread_local std::vector<WrittenPlace> cache(size_t{1} << kEntryBits);
  // By its id and coordinates (the longitude turned, so that equal ones do not cancel): the
  // places of a region or a country have no GeoNames id of their own, and by the id alone they
  // all took one slot. (The name's length and ends, read before, cost a load more and a test.)
  uint64_t lat, lon;
  std::memcpy(&lat, &place.lat, sizeof lat);
  std::memcpy(&lon, &place.lon, sizeof lon);
  const uint64_t key = (lat ^ std::rotl(lon, 32) ^ place.geonames_id) * 0x9E3779B97F4A7C15ull;
  WrittenPlace& e = cache[key >> (64 - kEntryBits)];
  if (e.json.empty() || !SamePlace(e.place, place)) return WritePlaceInto(p, place, &e);
  std::memcpy(p, e.json.data(), e.json.size());
  return p + e.json.size();
}

char* WriteSpan(char* p, uint32_t b, uint32_t e) {
  *p++ = '[';
  p = WriteUnsigned(p, b);
  *p++ = ',';
  p = WriteUnsigned(p, e);
  *p++ = ']';
  return p;
}

// Room for what an event's JSON holds besides its strings: keys, punctuation and "null"s (549
// bytes at most as written below; twice that is allowed for) and 18 numbers of at most 64
// bytes each (WriteFixed's limit; integers take 11 at most).
constexpr size_t kEventJsonFixed = 1024 + 18 * 64;

size_t PlaceBound(const EventPlace& p) {
  using store::JsonStringBound;
  return JsonStringBound(p.type) + JsonStringBound(p.name) + JsonStringBound(p.country) +
         JsonStringBound(p.fips) + JsonStringBound(p.adm1);
}

// The most bytes WriteEventJson writes for `e`.
size_t EventJsonBound(const Event& e) {
  using store::JsonStringBound;
  return kEventJsonFixed + JsonStringBound(e.doc_id) + JsonStringBound(e.date) +
         JsonStringBound(e.date_precision) + JsonStringBound(e.doc_date) +
         JsonStringBound(e.source.code) + JsonStringBound(e.source.text) +
         JsonStringBound(e.target.code) + JsonStringBound(e.target.text) +
         JsonStringBound(e.cameo) + JsonStringBound(e.root) + JsonStringBound(e.plover) +
         JsonStringBound(e.modality) + JsonStringBound(e.sentence) + JsonStringBound(e.rule) +
         PlaceBound(e.action_geo) + PlaceBound(e.source_geo) + PlaceBound(e.target_geo);
}

// The event written before in the same output, and where parts of its JSON lie there: the
// events of a document share its id and mostly its dates, and those of a sentence its text (on
// the examples' corpus a third of the events repeat the sentence of the one before, the longest
// string of an event). A part equal to the previous event's is copied from its JSON rather than
// written again (escaping the three dates cost more than comparing them).
struct PreviousEvent {
  struct Part {
    size_t at = 0;
    size_t length = 0;
  };
  const char* output = nullptr;  // the start of the output, where the parts count from
  const Event* event = nullptr;  // null: none yet
  Part doc_id, dates, sentence;
};

// `previous`, when given, is consulted and updated.
char* WriteEventJson(char* p, const Event& e, PreviousEvent* previous = nullptr);

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
      const std::string header = TsvHeader() + "\n";
      RenderedDocument room = TakeSpare();
      std::memcpy(room.Grow(0, header.size()), header.data(), header.size());
      room.set_size(header.size());
      Queue(std::move(room));
    }
  }
  ~FileSink() override { Close(); }

  Status Write(const CodedDocument& doc) override {
    RenderedDocument room = TakeSpare();
    room.set_size(RenderAt(doc, tsv_, &room));
    return Queue(std::move(room));
  }
  bool Render(const CodedDocument& doc, RenderedDocument* out) const override {
    out->set_size(RenderAt(doc, tsv_, out));
    return true;
  }
  Status WriteRendered(RenderedDocument* doc) override {
    if (doc->bytes().empty()) return Status::OK();
    RenderedDocument taken = TakeSpare();
    std::swap(taken, *doc);
    return Queue(std::move(taken));
  }
  // Flushing per batch lets a pipe consumer (Spark's RDD.pipe, GNU parallel) see each
  // document's events as soon as they are coded.
  Status Flush() override {
    if (!f_) return Status::OK();
    return WriteQueued();
  }
  Status Close() override {
    if (!f_) return Status::OK();
    Status s = Flush();
    if (owned_ && std::fclose(f_) != 0 && s.ok()) s = Status::IOError(std::strerror(errno));
    f_ = nullptr;
    return s;
  }

 private:
  // Documents' output waits in queued_ and goes out in one gathering write of about
  // kWriteChunk: one write per document (about 4 KB) made the writer thread, which is serial,
  // spend a system call per document, and copying each into one buffer first cost it a fifth
  // of its time.
  static constexpr size_t kWriteChunk = 1 << 20;
  // Written rooms are kept to be handed back by WriteRendered, except one grown past this
  // by a large document (`dyad code` keeps no larger room for reuse either).
  static constexpr size_t kMaxSpareBytes = 256 << 10;

  RenderedDocument TakeSpare() {
    if (spares_.empty()) return RenderedDocument();
    RenderedDocument room = std::move(spares_.back());
    spares_.pop_back();
    return room;
  }

  Status Queue(RenderedDocument&& room) {
    queued_bytes_ += room.bytes().size();
    queued_.push_back(std::move(room));
    return queued_bytes_ >= kWriteChunk ? WriteQueued() : Status::OK();
  }

  Status WriteQueued() {
    Status status;
    if (std::fflush(f_) != 0) status = Status::IOError(std::strerror(errno));
    const int fd = fileno(f_);
    iovec iov[IOV_MAX];
    for (size_t next = 0; status.ok() && next < queued_.size();) {
      int count = 0;
      for (; count < IOV_MAX && next < queued_.size(); ++next) {
        std::string_view bytes = queued_[next].bytes();
        if (bytes.empty()) continue;
        iov[count++] = {const_cast<char*>(bytes.data()), bytes.size()};
      }
      status = WriteAll(fd, iov, count);
    }
    for (RenderedDocument& room : queued_) {
      if (room.capacity() <= kMaxSpareBytes) spares_.push_back(std::move(room));
    }
    queued_.clear();
    queued_bytes_ = 0;
    return status;
  }

  // writev until all of iov[0, count) is out: a pipe or a signal may cut a write short.
  static Status WriteAll(int fd, iovec* iov, int count) {
    while (count > 0) {
      const ssize_t n = ::writev(fd, iov, count);
      if (n < 0) {
        if (errno == EINTR) continue;
        return Status::IOError(std::string("write failed: ") + std::strerror(errno));
      }
      size_t left = static_cast<size_t>(n);
      while (count > 0 && left >= iov->iov_len) {
        left -= iov->iov_len;
        ++iov;
        --count;
      }
      if (count > 0) {
        iov->iov_base = static_cast<char*>(iov->iov_base) + left;
        iov->iov_len -= left;
      }
    }
    return Status::OK();
  }

  // Renders the document's events into `room` and returns their length. The room's bytes
  // are raw: JSON is written through a cursor.
  static size_t RenderAt(const CodedDocument& doc, bool tsv, RenderedDocument* room) {
    size_t at = 0;
    if (tsv) {
      for (const Event& e : doc.events) {
        const std::string row = EventToTsv(e);
        const size_t need = at + row.size() + 1;
        room->Grow(at, need);
        std::memcpy(room->data() + at, row.data(), row.size());
        room->data()[need - 1] = '\n';
        at = need;
      }
      return at;
    }
    PreviousEvent previous;
    for (const Event& e : doc.events) {
      const size_t need = at + EventJsonBound(e) + 1;
      room->Grow(at, need);
      previous.output = room->data();
      char* p = WriteEventJson(room->data() + at, e, &previous);
      *p++ = '\n';
      at = static_cast<size_t>(p - room->data());
    }
    return at;
  }

  FILE* f_;
  bool owned_;
  bool tsv_;
  std::vector<RenderedDocument> queued_;  // written in order by WriteQueued
  size_t queued_bytes_ = 0;
  std::vector<RenderedDocument> spares_;  // written rooms, to hand back
};

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

char* RenderedDocument::Reallocate(size_t keep, size_t capacity) {
  capacity = std::max(capacity, 2 * capacity_);
  // new char[] leaves the room uninitialised: only the kept bytes are copied.
  std::unique_ptr<char[]> room(new char[capacity]);
  if (keep > 0) std::memcpy(room.get(), room_.get(), keep);
  room_ = std::move(room);
  capacity_ = capacity;
  return room_.get();
}

std::string EventToJson(const Event& e) {
  std::string out;
  AppendEventJson(&out, e);
  return out;
}

namespace {

void AppendEventJson(std::string* out, const Event& e) {
  const size_t old = out->size();
  out->resize(old + EventJsonBound(e));
  char* end = WriteEventJson(out->data() + old, e);
  out->resize(static_cast<size_t>(end - out->data()));
}

// Writes a part of an event's JSON with `write`, or, when it is `same` as the previous event's,
// copies that; records where the part lies.
template <typename Write>
char* WritePart(char* p, const PreviousEvent& previous, PreviousEvent::Part* part, bool same,
                Write write) {
  if (same) {
    std::memcpy(p, previous.output + part->at, part->length);
    return p + part->length;
  }
  char* const start = p;
  p = write(p);
  part->at = static_cast<size_t>(start - previous.output);
  part->length = static_cast<size_t>(p - start);
  return p;
}

char* WriteEventJson(char* p, const Event& e, PreviousEvent* previous) {
  using store::WriteJsonString;
  PreviousEvent none;
  if (!previous) {
    none.output = p;
    previous = &none;
  }
  const Event* const before = previous->event;
  p = Put(p, "{\"doc_id\":");
  p = WritePart(p, *previous, &previous->doc_id, before && SameBytes(before->doc_id, e.doc_id),
                [&](char* q) { return WriteJsonString(q, e.doc_id); });
  p = Put(p, ",\"sentence_index\":");
  p = WriteInt(p, e.sentence_index);
  p = WritePart(p, *previous, &previous->dates,
                before && SameBytes(before->date, e.date) &&
                    SameBytes(before->doc_date, e.doc_date) &&
                    SameBytes(before->date_precision, e.date_precision),
                [&](char* q) {
                  q = Put(q, ",\"date\":");
                  q = WriteJsonString(q, e.date);
                  q = Put(q, ",\"date_precision\":");
                  q = WriteJsonString(q, e.date_precision);
                  q = Put(q, ",\"doc_date\":");
                  return WriteJsonString(q, e.doc_date);
                });
  p = Put(p, ",\"source\":");
  p = WriteActor(p, e.source);
  p = Put(p, ",\"target\":");
  p = WriteActor(p, e.target);
  p = WriteCode(p, e);
  p = Put(p, ",\"modality\":");
  p = e.modality.empty() ? Put(p, "null") : WriteJsonString(p, e.modality);
  p = Put(p, ",\"sentence\":");
  p = WritePart(p, *previous, &previous->sentence,
                before && SameBytes(before->sentence, e.sentence),
                [&](char* q) { return WriteJsonString(q, e.sentence); });
  p = Put(p, ",\"action_geo\":");
  p = WritePlace(p, e.action_geo);
  p = Put(p, ",\"source_geo\":");
  p = WritePlace(p, e.source_geo);
  p = Put(p, ",\"target_geo\":");
  p = WritePlace(p, e.target_geo);
  p = Put(p, ",\"rule\":");
  p = WriteJsonString(p, e.rule);
  p = Put(p, ",\"offsets\":{\"source\":");
  p = WriteSpan(p, e.source.begin, e.source.end);
  p = Put(p, ",\"verb\":");
  p = WriteSpan(p, e.verb_begin, e.verb_end);
  p = Put(p, ",\"target\":");
  p = e.target.empty() ? Put(p, "null") : WriteSpan(p, e.target.begin, e.target.end);
  previous->event = &e;
  return Put(p, "}}");
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
