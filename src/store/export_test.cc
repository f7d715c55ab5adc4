#include "store/export.h"

#include <gtest/gtest.h>
#include <simdjson.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <vector>

#include "store/sqlite_store.h"
#include "store/tone.h"

namespace dyad::store {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == sep)
      out.emplace_back();
    else
      out.back().push_back(c);
  }
  return out;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

class ExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(SqliteStore::Open(":memory:", &store_).ok());
    // Two reports of one meeting (a second day, another site), and one UN statement.
    Event meet;
    meet.doc_id = "a";
    meet.sentence_index = 0;
    meet.date = "2022-01-19";
    meet.date_precision = "day";
    meet.doc_date = "2022-01-19";
    meet.source = {"IRNGOV", "Tehran", 10, 16};
    meet.target = {"USA", "the United States", 30, 47};
    meet.verb_begin = 17;
    meet.verb_end = 22;
    meet.cameo = "0421";
    meet.root = "04";
    meet.quad_class = 1;
    meet.goldstein = 1.9;
    meet.plover = "CONSULT";
    meet.sentence = "Officials in Tehran met the United States, said \"sources\".";
    meet.action_geo.type = "city";
    meet.action_geo.name = "Tehran, Tehran, Iran";
    meet.action_geo.country = "IRN";
    meet.action_geo.fips = "IR";
    meet.action_geo.adm1 = "IR26";
    meet.action_geo.lat = 35.69439;
    meet.action_geo.lon = 51.42151;
    meet.action_geo.geonames_id = 112931;
    meet.source_geo = meet.action_geo;
    meet.source_geo.lat = 35.694389343f;  // as the gazetteer's floats give it
    meet.target_geo.type = "country";
    meet.target_geo.name = "United States";
    meet.target_geo.country = "USA";
    meet.target_geo.fips = "US";
    meet.target_geo.adm1 = "US";
    meet.target_geo.lat = 38.89511;
    meet.target_geo.lon = -77.03637;
    Event un;
    un.doc_id = "a";
    un.sentence_index = 1;
    un.date = "2022-03-05";
    un.date_precision = "day";
    un.doc_date = "2022-01-19";
    un.source = {"IGOEUREEC", "the EEC", 60, 67};
    un.cameo = "010";
    un.root = "01";
    un.quad_class = 1;
    un.goldstein = 0;
    un.sentence = "The EEC made a statement.";
    Write("a", "https://www.example.com/news/1", "Example", {meet, un});
    Event later = meet;
    later.doc_id = "b";
    later.sentence_index = 3;
    later.date = "2022-01-20";
    later.source = {"IRNGOV", "Iran's government", 100, 117};
    later.target = {"USA", "Washington", 130, 140};
    later.verb_begin = 118;
    Write("b", "https://news.example.org/2", "", {later});
    Exec(
        "UPDATE documents SET added_at = '2022-01-19 08:30:00' WHERE id = 'a';"
        "UPDATE documents SET added_at = '2022-01-20 09:00:00' WHERE id = 'b';");
  }

  void Write(const std::string& id, const std::string& url, const std::string& site,
             const std::vector<Event>& events) {
    CodedDocument d;
    d.id = id;
    d.doc_date = "2022-01-19";
    d.article.text = "text of " + id;
    d.article.url = url;
    d.article.site = site;
    d.num_sentences = 4;
    d.events = events;
    ASSERT_TRUE(store_->Write(d).ok());
    ASSERT_TRUE(store_->Flush().ok());
  }

  void Exec(const char* sql) {
    ASSERT_EQ(sqlite3_exec(store_->handle(), sql, nullptr, nullptr, nullptr), SQLITE_OK) << sql;
  }

  std::string Run(const ExportOptions& o, Status* status = nullptr) {
    FILE* f = std::tmpfile();
    Status s = Export(store_->handle(), o, f);
    if (status)
      *status = s;
    else
      EXPECT_TRUE(s.ok()) << s.ToString();
    std::rewind(f);
    std::string out;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    std::fclose(f);
    return out;
  }

  std::unique_ptr<SqliteStore> store_;
};

TEST_F(ExportTest, GdeltEventRowHasTheSixtyOneColumnsInOrder) {
  Exec(
      "UPDATE documents SET tone = 2.5 WHERE id = 'a';"
      "UPDATE documents SET tone = -1.5 WHERE id = 'b';");
  ExportOptions o;
  o.format = ExportFormat::kGdelt;
  std::vector<std::string> lines = Lines(Run(o));
  ASSERT_EQ(lines.size(), 2u);  // the meeting once, the statement
  std::vector<std::string> c = Split(lines[0], '\t');
  ASSERT_EQ(c.size(), 61u);
  const std::vector<std::string> expected = {
      "1", "20220119", "202201", "2022", "2022.0521",
      // Actor1: code, name, country, known group, ethnic, religion 1, 2, types 1-3
      "IRNGOV", "TEHRAN", "IRN", "", "", "", "", "GOV", "", "",
      // Actor2
      "USA", "THE UNITED STATES", "USA", "", "", "", "", "", "", "",
      // IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass, Goldstein
      "1", "0421", "042", "04", "1", "1.9",
      // NumMentions, NumSources, NumArticles, AvgTone (mean of the two documents)
      "2", "2", "2", "0.5"};
  for (size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(c[i], expected[i]) << "column " << i;
  // Actor1Geo: the source's city; Actor2Geo: the target's country, with its FIPS code as the
  // feature id, as GDELT writes countries.
  const std::vector<std::string> actor_geo = {
      "4", "Tehran, Tehran, Iran", "IR", "IR26", "", "35.69439", "51.42151", "112931",
      "1", "United States",        "US", "US",   "", "38.89511", "-77.03637", "US"};
  for (size_t i = 0; i < actor_geo.size(); ++i) {
    EXPECT_EQ(c[35 + i], actor_geo[i]) << "column " << 35 + i;
  }
  // ActionGeo: a world city, its FIPS country and ADM1 codes, its point and GeoNames id.
  const std::vector<std::string> geo = {"4",  "Tehran, Tehran, Iran", "IR",       "IR26",
                                        "",   "35.69439",             "51.42151", "112931"};
  for (size_t i = 0; i < geo.size(); ++i) EXPECT_EQ(c[51 + i], geo[i]) << "column " << 51 + i;
  EXPECT_EQ(c[59], "20220119083000");
  EXPECT_EQ(c[60], "https://www.example.com/news/1");

  std::vector<std::string> un = Split(lines[1], '\t');
  ASSERT_EQ(un.size(), 61u);
  EXPECT_EQ(un[1], "20220305");
  EXPECT_EQ(un[5], "IGOEUREEC");
  EXPECT_EQ(un[6], "THE EEC");
  EXPECT_EQ(un[7], "");     // not a country
  EXPECT_EQ(un[8], "EEC");  // known group
  EXPECT_EQ(un[12], "IGO");
  for (size_t i = 15; i <= 24; ++i) EXPECT_EQ(un[i], "") << "no Actor2: column " << i;
  EXPECT_EQ(un[25], "0");  // second sentence: not the lead
  EXPECT_EQ(un[27], "010");
  EXPECT_EQ(un[31], "1");
  EXPECT_EQ(un[34], "2.5");
  for (size_t i = 51; i <= 58; ++i) EXPECT_EQ(un[i], "") << "not placed: column " << i;
}

TEST_F(ExportTest, GdeltMentionsHaveSixteenColumns) {
  ExportOptions o;
  o.format = ExportFormat::kGdelt;
  o.mentions_path =
      (fs::temp_directory_path() / ("dyad_mentions_" + std::to_string(::getpid()) + ".tsv"))
          .string();
  Run(o);
  std::ifstream in(o.mentions_path);
  std::stringstream ss;
  ss << in.rdbuf();
  fs::remove(o.mentions_path);
  std::vector<std::string> lines = Lines(ss.str());
  ASSERT_EQ(lines.size(), 3u);
  const std::vector<std::vector<std::string>> expected = {
      {"1", "20220119083000", "20220119083000", "1", "example.com",
       "https://www.example.com/news/1", "1", "10", "30", "17", "1", "", "", "0", "", ""},
      {"1", "20220119083000", "20220120090000", "1", "news.example.org",
       "https://news.example.org/2", "4", "100", "130", "118", "1", "", "", "0", "", ""},
      {"2", "20220119083000", "20220119083000", "1", "example.com",
       "https://www.example.com/news/1", "2", "60", "-1", "0", "1", "", "", "0", "", ""}};
  for (size_t i = 0; i < lines.size(); ++i) {
    EXPECT_EQ(Split(lines[i], '\t'), expected[i]) << "mention " << i;
  }
}

TEST_F(ExportTest, FiltersOnDateActorAndCode) {
  auto count = [&](ExportFormat format, const std::string& from, const std::string& to,
                   const std::string& actor, const std::string& code) {
    ExportOptions o;
    o.format = format;
    o.from = from;
    o.to = to;
    o.actor = actor;
    o.code = code;
    return Lines(Run(o)).size();
  };
  const ExportFormat g = ExportFormat::kGdelt, j = ExportFormat::kJsonl;
  EXPECT_EQ(count(g, "", "", "", ""), 2u);
  EXPECT_EQ(count(g, "2022-02-01", "", "", ""), 1u);
  EXPECT_EQ(count(g, "", "2022-01-19", "", ""), 1u);
  EXPECT_EQ(count(g, "2022-01-20", "2022-01-31", "", ""), 0u);  // the group is dated the 19th
  EXPECT_EQ(count(j, "2022-01-20", "2022-01-31", "", ""), 1u);  // the row of the 20th
  EXPECT_EQ(count(g, "", "", "USA", ""), 1u);                   // matches the target
  EXPECT_EQ(count(g, "", "", "IRN", ""), 1u);                   // a prefix of IRNGOV
  EXPECT_EQ(count(g, "", "", "IGO", ""), 1u);
  EXPECT_EQ(count(g, "", "", "CHN", ""), 0u);
  EXPECT_EQ(count(j, "", "", "IRNGOV", "042"), 2u);
  EXPECT_EQ(count(g, "", "", "", "01"), 1u);
  EXPECT_EQ(count(j, "", "", "", "0"), 3u);
  EXPECT_EQ(count(j, "", "", "", "05"), 0u);

  Status s;
  ExportOptions bad;
  bad.from = "19 Jan 2022";
  Run(bad, &s);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  bad = ExportOptions();
  bad.mentions_path = "m.tsv";  // jsonl has no mentions
  Run(bad, &s);
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
}

TEST_F(ExportTest, PloverRecordsCarryTheSpecFields) {
  ExportOptions o;
  o.format = ExportFormat::kPlover;
  std::vector<std::string> lines = Lines(Run(o));
  ASSERT_EQ(lines.size(), 1u);  // the statement has no PLOVER type
  simdjson::dom::parser parser;
  simdjson::dom::element r;
  ASSERT_EQ(parser.parse(lines[0]).get(r), simdjson::SUCCESS) << lines[0];
  EXPECT_EQ(std::string_view(r["id"]), "dyad-1");
  EXPECT_EQ(std::string_view(r["date"]), "2022-01-19");
  EXPECT_EQ(std::string_view(r["event_type"]), "CONSULT");
  EXPECT_EQ(std::string_view(r["mode"]), "");
  EXPECT_EQ(std::string_view(r["context"]), "");
  EXPECT_EQ(std::string_view(r["actor1"]["code"]), "IRNGOV");
  EXPECT_EQ(std::string_view(r["actor1"]["name"]), "Tehran");
  EXPECT_EQ(std::string_view(r["actor1"]["country"]), "IRN");
  EXPECT_EQ(std::string_view(r["actor2"]["code"]), "USA");
  EXPECT_EQ(std::string_view(r["actor2"]["name"]), "the United States");
  EXPECT_EQ(std::string_view(r["cameo"]), "0421");
  EXPECT_EQ(std::string_view(r["text"]),
            "Officials in Tehran met the United States, said \"sources\".");
  EXPECT_EQ(std::string_view(r["url"]), "https://www.example.com/news/1");
  EXPECT_EQ(std::string_view(r["source"]), "example.com");
  EXPECT_EQ(int64_t(r["num_articles"]), 2);
  EXPECT_EQ(double(r["goldstein"]), 1.9);
}

TEST_F(ExportTest, JsonlAndCsvArePlainEventRows) {
  ExportOptions o;
  o.format = ExportFormat::kJsonl;
  std::vector<std::string> lines = Lines(Run(o));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_NE(lines[0].find("\"doc_id\":\"a\""), std::string::npos);
  EXPECT_NE(lines[0].find("\"offsets\":{\"source\":[10,16]"), std::string::npos) << lines[0];
  o.format = ExportFormat::kCsv;
  lines = Lines(Run(o));
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(Split(lines[0], ',').size(), 17u);
  EXPECT_EQ(lines[1],
            "1,a,0,2022-01-19,day,2022-01-19,IRNGOV,Tehran,USA,the United States,0421,04,1,1.9,"
            "CONSULT,,\"Officials in Tehran met the United States, said \"\"sources\"\".\"");
}

TEST(ExportFormat, ParsesTheFourNames) {
  ExportFormat f;
  EXPECT_TRUE(ParseExportFormat("plover", &f).ok());
  EXPECT_EQ(f, ExportFormat::kPlover);
  EXPECT_TRUE(ParseExportFormat("csv", &f).ok());
  EXPECT_EQ(f, ExportFormat::kCsv);
  EXPECT_FALSE(ParseExportFormat("xml", &f).ok());
}

TEST(SplitActorCode, CountryTypesAndKnownGroups) {
  GdeltActor a = SplitActorCode("USAGOVMIL");
  EXPECT_EQ(a.country, "USA");
  EXPECT_EQ(a.type1, "GOV");
  EXPECT_EQ(a.type2, "MIL");
  EXPECT_EQ(a.known_group, "");
  a = SplitActorCode("IGOOECD");
  EXPECT_EQ(a.country, "");
  EXPECT_EQ(a.type1, "IGO");
  EXPECT_EQ(a.known_group, "OECD");
  a = SplitActorCode("NGOHRW");
  EXPECT_EQ(a.type1, "NGO");
  EXPECT_EQ(a.known_group, "HRW");
  a = SplitActorCode("IGOAFRAFU");
  EXPECT_EQ(a.known_group, "AFU");
  a = SplitActorCode("SYRHRI");
  EXPECT_EQ(a.country, "SYR");
  EXPECT_EQ(a.type1, "HRI");
  a = SplitActorCode("GOV");
  EXPECT_EQ(a.country, "");
  EXPECT_EQ(a.type1, "GOV");
  a = SplitActorCode("");
  EXPECT_EQ(a.country, "");
  EXPECT_EQ(a.known_group, "");
}

TEST(FractionDate, FollowsGdelt) {
  EXPECT_EQ(FractionDate("2022-01-19"), "2022.0521");
  EXPECT_EQ(FractionDate("2015-02-18"), "2015.1315");
  EXPECT_EQ(FractionDate("2022-12-31"), "2022.9890");
  EXPECT_EQ(FractionDate("bad"), "");
}

TEST(Tone, PercentPositiveMinusPercentNegative) {
  ToneLexicon lexicon;
  ASSERT_TRUE(LoadToneLexicon(std::string(DYAD_TESTDATA_DIR) + "/tone_test.tsv", &lexicon).ok());
  EXPECT_EQ(lexicon.Polarity("good"), 1);
  EXPECT_EQ(lexicon.Polarity("kill"), -1);
  EXPECT_EQ(lexicon.Polarity("neutral"), 0);
  EXPECT_EQ(lexicon.Polarity("well-known"), 1);  // lower-cased when loaded
  // 5 words: 2 positive, 3 negative.
  EXPECT_DOUBLE_EQ(DocumentTone("Good peace, BAD attack; attack.", lexicon), -20.0);
  // 7 words ("don't" and "well-known" are one word each), 2 positive.
  EXPECT_DOUBLE_EQ(DocumentTone("They don't doubt the well-known good intentions :)", lexicon),
                   100.0 * 2 / 7);
  EXPECT_DOUBLE_EQ(DocumentTone("", lexicon), 0.0);
  EXPECT_DOUBLE_EQ(DocumentTone(" ... ", lexicon), 0.0);
}

TEST(Tone, BadLexiconFilesAreErrors) {
  ToneLexicon lexicon;
  EXPECT_EQ(LoadToneLexicon("/nonexistent/tone.tsv", &lexicon).code(), Status::Code::kIOError);
  std::string path =
      (fs::temp_directory_path() / ("dyad_tone_" + std::to_string(::getpid()) + ".tsv")).string();
  std::ofstream(path) << "good\tvery\n";
  EXPECT_EQ(LoadToneLexicon(path, &lexicon).code(), Status::Code::kCorruption);
  fs::remove(path);
}

}  // namespace
}  // namespace dyad::store
