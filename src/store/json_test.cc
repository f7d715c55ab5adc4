// The JSON writers that make room first: WriteJsonString writes what AppendJsonString appends,
// within JsonStringBound, and an event's JSON fits the room the sink makes for it.
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
