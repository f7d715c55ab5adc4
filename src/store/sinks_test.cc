// The file sinks write the same bytes whether a document is written whole (Write) or rendered
// ahead on another thread and handed over (Render, WriteRendered), as `dyad code` does; the
// store, which must see each document, does not render ahead.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

#include "dyad/sink.h"

namespace dyad {
namespace {

std::string TempPath(const std::string& name) {
  return ::testing::TempDir() + "sinks_test_" + std::to_string(::getpid()) + "_" + name;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A document with `n` events; the events of a sentence come together, and some strings need
// escaping, so that the rendering's reuse of a sentence and its escaping are both exercised.
CodedDocument MakeDocument(const std::string& id, int n) {
  CodedDocument doc;
  doc.id = id;
  doc.doc_date = "2022-01-19";
  for (int k = 0; k < n; ++k) {
    Event e;
    e.doc_id = id;
    e.sentence_index = k / 2;
    e.date = "2022-01-19";
    e.date_precision = "day";
    e.doc_date = "2022-01-19";
    e.source.code = "IRNGOV";
    e.source.text = "Iran's president";
    e.target.code = k % 3 == 0 ? "" : "RUS";
    e.target.text = k % 3 == 0 ? "" : "Moscow";
    e.cameo = "042";
    e.root = "04";
    e.quad_class = 1;
    e.goldstein = 1.9;
    e.plover = "CONSULT";
    e.sentence = "Raisi said \"a turning point\"\tin ties, sentence " + std::to_string(k / 2);
    e.action_geo.type = "city";
    e.action_geo.name = "Moscow, Moscow, Russia";
    e.action_geo.country = "RUS";
    e.action_geo.lat = 55.75222;
    e.action_geo.lon = 37.61556;
    e.action_geo.geonames_id = 524901;
    e.rule = "verbs.dict:VISIT";
    doc.events.push_back(e);
  }
  doc.num_sentences = (n + 1) / 2;
  return doc;
}

void ExpectRenderedWritesWhatWriteWrites(const std::string& extension) {
  const CodedDocument docs[] = {MakeDocument("a", 9), MakeDocument("b", 0),
                                MakeDocument("c", 2), MakeDocument("d", 40),
                                MakeDocument("e", 1)};
  const std::string whole = TempPath("whole." + extension);
  const std::string ahead = TempPath("ahead." + extension);
  std::unique_ptr<EventSink> direct, rendering;
  ASSERT_TRUE(OpenSink(whole, &direct).ok());
  ASSERT_TRUE(OpenSink(ahead, &rendering).ok());
  // One RenderedDocument for all, as a coding worker reuses one: each holds the room the sink
  // gave back for the one before (one that held "d", longer than the document after it).
  RenderedDocument rendered;
  for (const CodedDocument& doc : docs) {
    ASSERT_TRUE(direct->Write(doc).ok());
    ASSERT_TRUE(rendering->Render(doc, &rendered));
    ASSERT_TRUE(rendering->WriteRendered(&rendered).ok());
  }
  ASSERT_TRUE(direct->Close().ok());
  ASSERT_TRUE(rendering->Close().ok());
  const std::string want = ReadFile(whole);
  EXPECT_EQ(ReadFile(ahead), want);
  // Every event, one a line (TSV: and the header).
  const size_t lines = std::count(want.begin(), want.end(), '\n');
  EXPECT_EQ(lines, 9u + 0 + 2 + 40 + 1 + (extension == "tsv" ? 1 : 0));
  std::remove(whole.c_str());
  std::remove(ahead.c_str());
}

TEST(SinkTest, JsonlRenderedAheadIsWrittenAsWritten) { ExpectRenderedWritesWhatWriteWrites("jsonl"); }

TEST(SinkTest, TsvRenderedAheadIsWrittenAsWritten) { ExpectRenderedWritesWhatWriteWrites("tsv"); }

// Thousands of documents: the sink's gathering writes take more pieces than one writev may
// (IOV_MAX), and the rooms it hands back have held other documents.
TEST(SinkTest, ManyRenderedDocumentsAreWrittenInOrder) {
  const std::string whole = TempPath("many_whole.jsonl");
  const std::string ahead = TempPath("many_ahead.jsonl");
  std::unique_ptr<EventSink> direct, rendering;
  ASSERT_TRUE(OpenSink(whole, &direct).ok());
  ASSERT_TRUE(OpenSink(ahead, &rendering).ok());
  RenderedDocument rendered[3];
  std::string ids;  // each event's document id, a line each, in the order written
  for (int i = 0; i < 5000; ++i) {
    const CodedDocument doc = MakeDocument("doc" + std::to_string(i), i % 7 == 0 ? 2 : 1);
    for (const Event& e : doc.events) ids += e.doc_id + "\n";
    ASSERT_TRUE(direct->Write(doc).ok());
    RenderedDocument& room = rendered[i % 3];
    ASSERT_TRUE(rendering->Render(doc, &room));
    ASSERT_TRUE(rendering->WriteRendered(&room).ok());
    if (i % 2500 == 2499) {
      ASSERT_TRUE(direct->Flush().ok());
      ASSERT_TRUE(rendering->Flush().ok());
    }
  }
  ASSERT_TRUE(direct->Close().ok());
  ASSERT_TRUE(rendering->Close().ok());
  const std::string want = ReadFile(whole);
  EXPECT_GT(want.size(), size_t{2} << 20);
  std::string written_ids;
  for (size_t at = 0; at < want.size(); at = want.find('\n', at) + 1) {
    const size_t start = at + std::strlen("{\"doc_id\":\"");
    written_ids += want.substr(start, want.find('"', start) - start) + "\n";
  }
  EXPECT_TRUE(written_ids == ids);
  EXPECT_TRUE(ReadFile(ahead) == want);
  std::remove(whole.c_str());
  std::remove(ahead.c_str());
}

TEST(SinkTest, RenderedBytesAreOnlyTheLastDocuments) {
  const std::string path = TempPath("bytes.jsonl");
  std::unique_ptr<EventSink> sink;
  ASSERT_TRUE(OpenSink(path, &sink).ok());
  RenderedDocument rendered;
  ASSERT_TRUE(sink->Render(MakeDocument("long", 30), &rendered));
  ASSERT_TRUE(sink->Render(MakeDocument("short", 1), &rendered));
  const std::string bytes(rendered.bytes());
  EXPECT_EQ(std::count(bytes.begin(), bytes.end(), '\n'), 1);
  EXPECT_EQ(bytes.rfind("{\"doc_id\":\"short\"", 0), 0u);
  EXPECT_EQ(bytes, EventToJson(MakeDocument("short", 1).events[0]) + "\n");
  ASSERT_TRUE(sink->Render(MakeDocument("none", 0), &rendered));
  EXPECT_TRUE(rendered.bytes().empty());
  ASSERT_TRUE(sink->Close().ok());
  std::remove(path.c_str());
}

TEST(SinkTest, TheStoreDoesNotRenderAhead) {
  const std::string path = TempPath("store.db");
  std::unique_ptr<EventSink> sink;
  ASSERT_TRUE(OpenSink(path, &sink).ok());
  RenderedDocument rendered;
  EXPECT_FALSE(sink->Render(MakeDocument("a", 3), &rendered));
  EXPECT_FALSE(sink->WriteRendered(&rendered).ok());
  ASSERT_TRUE(sink->Close().ok());
  std::remove(path.c_str());
}

}  // namespace
}  // namespace dyad
