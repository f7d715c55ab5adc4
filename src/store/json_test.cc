// The JSON writers that make room first: WriteJsonString writes what AppendJsonString appends,
// within JsonStringBound, and an event's JSON fits the room the sink makes for it.
// (And the places the sink remembers are written as they are.)
#include "store/json.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "dyad/event.h"
#include "dyad/sink.h"

namespace dyad::store {
namespace {

TEST(JsonCursorTest, WriteIsAppendWithinTheBound) {
  std::mt19937 rng(6);
  std::vector<std::string> inputs = {"", "plain text", "a\"b\\c\nd\x01 \xC3\xA9 \xFF",
                                     std::string(40, '\x01'), std::string(33, '\xFF'),
                                     "\xE2\x80\x94 \xF0\x9F\x98\x80 \xE2\x80"};
  for (int k = 0; k < 2000; ++k) {
    std::string s(rng() % 70, '\0');
    for (char& c : s) c = static_cast<char>(rng() % 4 == 0 ? rng() % 256 : 'a' + rng() % 26);
    inputs.push_back(s);
  }
  for (const std::string& s : inputs) {
    std::string want;
    AppendJsonString(&want, s);
    // Room for exactly the bound, and guard bytes after it that must stay untouched.
    std::vector<char> room(JsonStringBound(s) + 16, '#');
    char* end = WriteJsonString(room.data(), s);
    ASSERT_LE(static_cast<size_t>(end - room.data()), JsonStringBound(s));
    EXPECT_EQ(std::string(room.data(), end), want);
    EXPECT_EQ(std::string(room.end() - 16, room.end()), std::string(16, '#'));
  }
}

// A reference escaping a byte at a time, for strings of printable ASCII with one byte to
// escape: WriteJsonString copies sixteen (with SSE2) or eight bytes at a time, the last ones
// overlapping, and must escape the byte wherever it falls in or across its blocks.
TEST(JsonCursorTest, WriteEscapesAByteAtEveryPlaceOfItsWords) {
  for (size_t n = 1; n <= 50; ++n) {
    for (size_t at = 0; at < n; ++at) {
      for (const char* special : {"\"", "\\", "\n", "\x01", "\xC3\xA9", "\xFF"}) {
        std::string s;
        std::string want = "\"";
        for (size_t k = 0; k < n; ++k) {
          if (k != at) {
            s.push_back(static_cast<char>('a' + k % 26));
            want.push_back(static_cast<char>('a' + k % 26));
            continue;
          }
          s += special;
          const std::string sp = special;
          want += sp == "\"" ? "\\\"" : sp == "\\" ? "\\\\" : sp == "\n" ? "\\n"
                  : sp == "\x01" ? "\\u0001" : sp == "\xFF" ? "\xEF\xBF\xBD" : sp;
        }
        want += "\"";
        std::vector<char> room(JsonStringBound(s));
        char* end = WriteJsonString(room.data(), s);
        EXPECT_EQ(std::string(room.data(), end), want) << "length " << n << ", at " << at;
      }
    }
  }
}

// The sink copies the JSON of a place it wrote before for a place equal in every field: places
// that share an id, or whose coordinates differ only in the sign of zero, are written each as
// it is.
TEST(JsonCursorTest, PlacesThatDifferAreWrittenEachAsItIs) {
  auto place_json = [](const EventPlace& place) {
    Event e;
    e.action_geo = place;
    const std::string json = EventToJson(e);
    const size_t b = json.find("\"action_geo\":");
    const size_t end = json.find(",\"source_geo\":");
    return json.substr(b, end - b);
  };
  EventPlace region;
  region.type = "region";
  region.name = "Middle East";
  EventPlace other = region;
  other.name = "Middle West";  // the same id (0), length and first and last letters
  EventPlace zero = region;
  zero.lat = -0.0;
  EventPlace adm1 = region;
  adm1.adm1 = "X";
  for (int round = 0; round < 2; ++round) {
    EXPECT_NE(place_json(region).find("\"name\":\"Middle East\""), std::string::npos);
    EXPECT_NE(place_json(other).find("\"name\":\"Middle West\""), std::string::npos);
    EXPECT_NE(place_json(zero).find("\"lat\":-0.00000"), std::string::npos);
    EXPECT_NE(place_json(region).find("\"lat\":0.00000"), std::string::npos);
    EXPECT_NE(place_json(adm1).find("\"adm1\":\"X\""), std::string::npos);
    EXPECT_NE(place_json(region).find("\"adm1\":\"\""), std::string::npos);
  }
  // Fields are compared by their first and last words: places that differ in one byte of a
  // field, wherever it falls, are each written as they are.
  for (size_t n = 1; n <= 24; ++n) {
    for (size_t at = 0; at < n; ++at) {
      EventPlace same = region, differing = region;
      same.adm1 = std::string(n, 'A');
      differing.adm1 = same.adm1;
      differing.adm1[at] = 'B';
      for (const EventPlace* place : {&same, &differing, &same}) {
        EXPECT_NE(place_json(*place).find("\"adm1\":\"" + place->adm1 + "\""), std::string::npos)
            << "length " << n << ", at " << at;
      }
    }
  }
}

// Integers are written by the sink's own digit writer: every number of digits, and the ends of
// each count of digits, as std::to_string writes them.
TEST(JsonCursorTest, IntegersAreWrittenAsToStringWritesThem) {
  std::vector<uint32_t> values = {0, 4294967295u};
  for (uint64_t power = 1; power <= 1000000000; power *= 10) {
    for (uint64_t v : {power - 1, power, power + 1, 2 * power + 7, 9 * power + 9}) {
      if (v <= 4294967295u) values.push_back(static_cast<uint32_t>(v));
    }
  }
  for (uint32_t v : values) {
    Event e;
    e.source.code = "A";
    e.source.begin = v;
    e.source.end = v / 7;
    e.sentence_index = -static_cast<int>(v / 2);
    e.quad_class = static_cast<int>(v / 3);
    e.action_geo.type = "city";
    e.action_geo.geonames_id = v;
    const std::string json = EventToJson(e);
    EXPECT_NE(json.find("\"source\":[" + std::to_string(v) + "," + std::to_string(v / 7) + "]"),
              std::string::npos)
        << json;
    EXPECT_NE(json.find("\"sentence_index\":" + std::to_string(-static_cast<int>(v / 2)) + ","),
              std::string::npos)
        << json;
    EXPECT_NE(json.find("\"quad_class\":" + std::to_string(static_cast<int>(v / 3)) + ","),
              std::string::npos)
        << json;
    EXPECT_NE(json.find("\"geonames_id\":" + std::to_string(v) + "}"), std::string::npos) << json;
  }
  Event lowest;
  lowest.sentence_index = -2147483647 - 1;
  EXPECT_NE(EventToJson(lowest).find("\"sentence_index\":-2147483648,"), std::string::npos);
}

// The largest fixed part an event can have: every place written, every number as long as
// WriteFixed lets it be (64 bytes), no strings. The sink makes room for 1024 bytes of keys and
// punctuation beside 18 numbers of 64 bytes (sinks.cc, kEventJsonFixed).
TEST(JsonCursorTest, AnEventsFixedPartFitsItsRoom) {
  Event e;
  e.source.code = "A";
  e.target.code = "B";
  e.goldstein = -1e300;
  for (EventPlace* p : {&e.action_geo, &e.source_geo, &e.target_geo}) {
    p->type = "c";
    p->lat = -1e300;
    p->lon = -1e300;
    p->geonames_id = 4294967295u;
  }
  e.sentence_index = -2147483647;
  e.quad_class = -2147483647;
  const std::string json = EventToJson(e);
  EXPECT_LE(json.size(), 1024u + 18 * 64);
  EXPECT_GT(json.size(), 549u);
}

}  // namespace
}  // namespace dyad::store
