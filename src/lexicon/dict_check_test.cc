#include "lexicon/dict_check.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "lexicon/cameo_codebook.h"
#include "lexicon/lexicon.h"
#include "text/date.h"
#include "text/tokenizer.h"

namespace dyad::lexicon {
namespace {

// Findings of the checker on dictionaries given as text.
class CheckerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const char* c : {"010", "042", "163"}) checker_.AddCameoCode(c);
  }
  void Actors(const std::string& text, const std::string& path = "a.dict") {
    std::vector<DictBlock> blocks;
    ASSERT_TRUE(ParseDict(text, path, &blocks).ok());
    checker_.AddActorBlocks(blocks, path);
  }
  void Agents(const std::string& text) {
    std::vector<DictBlock> blocks;
    ASSERT_TRUE(ParseDict(text, "g.dict", &blocks).ok());
    checker_.AddAgentBlocks(blocks, "g.dict");
  }
  void Verbs(const std::string& text) {
    std::vector<DictBlock> blocks;
    ASSERT_TRUE(ParseDict(text, "v.dict", &blocks).ok());
    checker_.AddVerbBlocks(blocks, "v.dict");
  }
  // "FILE:LINE: kind" of each finding.
  std::vector<std::string> Run() {
    std::vector<std::string> out;
    for (const DictFinding& f : checker_.Finish()) {
      out.push_back(f.file + ":" + std::to_string(f.line) + ": " + f.kind);
      std::printf("  %s\n", f.ToString().c_str());
    }
    return out;
  }
  DictChecker checker_;
};

using Lines = std::vector<std::string>;

TEST_F(CheckerTest, CleanDictionariesHaveNoFindings) {
  Actors(
      "actor IRN\n  name Iran | the Islamic Republic\n  adj Iranian\n  capital Tehran\n"
      "actor USA\n  name United States | US\nactor IRNGOV\n  name Iranian government\n"
      "person Ebrahim Raisi\n  name Ebrahim Raisi | Raisi\n"
      "  role IRNJUD 2019-03-07..2021-07-01\n  role IRNGOV 2021-08-03..2024-05-19\n"
      "  role IRNELI\n");
  Agents("agent GOV\n  name official | president\nagent MIL\n  name army\n");
  Verbs(
      "synset sanction\n  name sanctions | embargo\n"
      "code 042\n  <visit> +\n  $ visit to +\ncode 163\n  <impose> * @sanction on|against +\n");
  EXPECT_TRUE(Run().empty());
  EXPECT_EQ(checker_.persons(), 1);
  EXPECT_EQ(checker_.patterns(), 3);
}

TEST_F(CheckerTest, DuplicatesAndConflicts) {
  Actors(
      "actor GEO\n"                                       // 1
      "  name Georgia\n"                                  // 2
      "actor USA\n"                                       // 3
      "  name United States | America | United States\n"  // 4: "United States" twice
      "  name america\n"                                  // 5: case does not matter
      "  capital Georgia\n"                               // 6: another code
      "person Ann Lee\n"                                  // 7
      "  name Ann Lee\n"                                  // 8
      "  role USAGOV\n"                                   // 9
      "person Ann Lee Jr\n"                               // 10
      "  name ann lee\n"                                  // 11: another person
      "  role USAELI\n"                                   // 12
      "actor GBR\n"                                       // 13
      "  name the Crown\n"                                // 14: the loader also stores "Crown"
      "actor GBRGOV\n"                                    // 15
      "  name Crown\n");                                  // 16: which another code then loses
  Agents("agent GOV\n  name official\nagent MIL\n  name officials | official\n");
  Verbs("code 042\n  <visit> +\n  <visit>   +\ncode 163\n  <visit> +\n");
  EXPECT_EQ(Run(), (Lines{"a.dict:4: duplicate", "a.dict:5: duplicate", "a.dict:6: conflict",
                          "a.dict:11: conflict", "a.dict:16: conflict", "g.dict:4: conflict",
                          "v.dict:3: duplicate", "v.dict:5: conflict"}));
}

TEST_F(CheckerTest, UnknownCodes) {
  Actors(
      "actor IRN\n  name Iran\n"
      "actor IRNXYZ\n  name Foo\n"  // 3: role XYZ
      "person A B\n  name A B\n"
      "  role IRNGOV 2000-01-01..2001-01-01\n"
      "  role ZZZGOV 2002-01-01..2003-01-01\n"  // 8: no country ZZZ
      "  role IRNELI\n"
      "actor IGOUNO\n  name United Nations\n"  // an IGO's own identifiers are fine
      "actor irn\n  name lower\n"              // 12: not capitals
      "actor ---\n  name Gulf of Oman\n");     // the null code is fine
  Agents("agent GOV\n  name official\nagent FOO\n  name bar\n");  // 3
  Verbs("code 042\n  <visit> +\ncode 999\n  <frobnicate> +\n");   // 3
  EXPECT_EQ(Run(),
            (Lines{"a.dict:3: unknown-code", "a.dict:8: unknown-code", "a.dict:12: unknown-code",
                   "g.dict:3: unknown-code", "v.dict:3: unknown-code"}));
}

TEST_F(CheckerTest, RoleRanges) {
  Actors(
      "actor FRA\n  name France\n"
      "person P One\n"  // 3
      "  role FRAGOV 2000-01-01..2005-01-01\n"
      "  role FRALEG 2004-06-01..2008-01-01\n"  // 5: overlaps line 4
      "  role FRAELI\n"
      "person P Two\n"  // 7: no default
      "  role FRAGOV 2010-01-01..2011-01-01\n"
      "person P Three\n"
      "  role FRAGOV 2020-13-01..\n"              // 10: no month 13
      "  role FRAGOV 2021-05-01..2020-01-01\n"    // 11: ends before it begins
      "  role FRAGOV 2020..2021\n"                // 12: not YYYY-MM-DD
      "  role FRAGOV 2019-02-30..\n"              // 13: no such day
      "  role FRAGOV 2001-01-01..2002-01-01 finance minister\n"  // 14: an office label
      "  role FRAELI\n"
      "  role FRAOPP\n"  // 16: second default
      "person P Four\n"
      "  role FRAGOV ..2001-01-01\n"  // open ends are fine
      "  role FRAOPP 2001-01-02..\n"
      "  role FRAELI\n"
      "person P Five\n"  // two offices at once under one code: no conflict
      "  role FRAGOV 2012-05-15..2017-05-14 head of government\n"
      "  role FRAGOV 2014-01-01..2015-01-01 foreign minister\n"
      "  role FRAELI\n");
  EXPECT_EQ(Run(), (Lines{"a.dict:5: overlap", "a.dict:7: no-default", "a.dict:10: bad-range",
                          "a.dict:11: bad-range", "a.dict:12: bad-range", "a.dict:13: bad-range",
                          "a.dict:16: overlap"}));
}

TEST_F(CheckerTest, PatternsThatCanNeverMatch) {
  Verbs(
      "synset none\n  name |\n"
      "synset arms\n  name weapons\n"
      "code 042\n"          // 5
      "  +\n"               // 6: only a slot
      "  $ * +\n"           // 7: slots and a gap
      "  @arms +\n"         // 8: a synonym set alone gives no anchor
      "  <visit> @nope\n"   // 9: unknown set
      "  <visit> @none\n"   // 10: empty set
      "  <pay a> +\n"       // 11: two-word verb
      "  <visit +\n"        // 12: unbalanced
      "  go|come back +\n"  // 13: fine
      "code 163\n");        // 14: no patterns
  EXPECT_EQ(Run(), (Lines{"v.dict:6: never-matches", "v.dict:7: never-matches",
                          "v.dict:8: never-matches", "v.dict:9: never-matches",
                          "v.dict:10: never-matches", "v.dict:11: never-matches",
                          "v.dict:12: never-matches", "v.dict:14: never-matches"}));
}

TEST(DictCheckFiles, ReportsSyntaxErrorsWithTheirLine) {
  DictChecker checker;
  checker.AddSyntaxError("x.dict", "x.dict:7: indented line outside any block");
  std::vector<DictFinding> f = checker.Finish();
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].line, 7);
  EXPECT_EQ(f[0].kind, "syntax");
}

TEST(DictCheckBuiltIn, IsClean) {
  DictCheckOptions o;
  o.data_dir = DYAD_DATA_DIR;
  DictChecker checker;
  std::vector<DictFinding> findings;
  Status s = CheckDictionaries(o, &findings, &checker);
  ASSERT_TRUE(s.ok()) << s.message();
  for (const DictFinding& f : findings) ADD_FAILURE() << f.ToString();
  std::printf("checked %d actor entries (%d persons), %d agent nouns, %d verb patterns\n",
              checker.actor_entries(), checker.persons(), checker.agent_nouns(),
              checker.patterns());
}

TEST(DictCheckBuiltIn, Counts) {
  LexiconOptions o;
  o.data_dir = DYAD_DATA_DIR;
  std::unique_ptr<Lexicon> lex;
  Status s = Lexicon::Load(o, &lex);
  ASSERT_TRUE(s.ok()) << s.message();

  // Every country of the CAMEO codebook (ISO 3166-1 alpha-3 and Kosovo) has its entry.
  size_t with_entry = 0;
  for (std::string_view code : CameoCountryCodes()) {
    EXPECT_GE(lex->CountryEntry(code), 0) << code << " has no actor entry";
    with_entry += lex->CountryEntry(code) >= 0;
  }
  EXPECT_EQ(CameoCountryCodes().size(), 250u);

  std::set<std::string> gov_countries;
  int persons = 0;
  for (const ActorEntry& a : lex->actors()) {
    if (a.kind != ActorEntry::Kind::kPerson) continue;
    ++persons;
    for (const Role& r : a.roles) {
      if (r.code.size() == 6 && r.code.compare(3, 3, "GOV") == 0 &&
          (r.from.valid() || r.to.valid())) {
        gov_countries.insert(r.code.substr(0, 3));
      }
    }
  }
  EXPECT_GE(gov_countries.size(), 80u);
  EXPECT_GE(lex->patterns().size(), 5000u);

  std::set<std::string> with_pattern;
  for (const VerbPattern& p : lex->patterns()) with_pattern.insert(p.code);
  std::ifstream in(std::string(DYAD_DATA_DIR) + "/cameo/codes.tsv");
  std::string line;
  int codes = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::string code = line.substr(0, line.find('\t'));
    ++codes;
    EXPECT_TRUE(with_pattern.count(code)) << "CAMEO code " << code << " has no pattern";
  }
  EXPECT_GT(codes, 0);
  std::printf("codebook countries with an actor entry: %zu of %zu\n", with_entry,
              CameoCountryCodes().size());
  std::printf("persons: %d; countries with persons in dated GOV roles: %zu\n", persons,
              gov_countries.size());
  std::printf("verb patterns: %zu; CAMEO codes: %d, with a pattern: %zu\n", lex->patterns().size(),
              codes, with_pattern.size());
}


// The office coverage of the person dictionaries: for the 85 countries news talks about most,
// the share of the days from 1990 (or the country's independence) to the data's date that each
// office has a known holder, from the `office` labels of dated roles. Offices a country does not
// have are left out: opposition in one-party states and absolute monarchies, a national central
// bank where a regional one issues the currency, a head of state of its own where the British
// monarch is, a Palestinian defence ministry.
TEST(DictCheckBuiltIn, OfficeCoverage) {
  const std::vector<std::string> countries = {
      "USA", "CAN", "MEX", "BRA", "ARG", "VEN", "COL", "CUB", "CHL", "PER", "SDN", "SSD", "ETH",
      "SOM", "KEN", "NGA", "ZAF", "COD", "MLI", "NER", "BFA", "TCD", "CMR", "UGA", "RWA", "ZWE",
      "GBR", "FRA", "DEU", "ITA", "ESP", "POL", "HUN", "GRC", "SRB", "NLD", "BEL", "SWE", "NOR",
      "FIN", "UKR", "BLR", "TUR", "RUS", "IRN", "IRQ", "SYR", "ISR", "PSE", "LBN", "JOR", "SAU",
      "ARE", "QAT", "KWT", "BHR", "OMN", "YEM", "EGY", "LBY", "TUN", "DZA", "MAR", "CHN", "JPN",
      "KOR", "PRK", "IND", "PAK", "AFG", "AUS", "NZL", "IDN", "MYS", "PHL", "THA", "MMR", "VNM",
      "BGD", "LKA", "AZE", "ARM", "GEO", "KAZ", "TWN"};
  const std::vector<std::string> offices = {
      "head of state",    "head of government", "foreign minister",      "defence minister",
      "finance minister", "interior minister",  "central bank governor", "opposition leader"};
  const std::set<std::pair<std::string, std::string>> not_applicable = {
      {"CHN", "opposition leader"},     {"PRK", "opposition leader"},
      {"VNM", "opposition leader"},     {"CUB", "opposition leader"},
      {"SAU", "opposition leader"},     {"ARE", "opposition leader"},
      {"QAT", "opposition leader"},     {"OMN", "opposition leader"},
      {"MLI", "central bank governor"}, {"NER", "central bank governor"},
      {"BFA", "central bank governor"}, {"TCD", "central bank governor"},
      {"CMR", "central bank governor"}, {"CAN", "head of state"},
      {"PSE", "defence minister"}};
  const std::map<std::string, std::string> born = {
      {"SSD", "2011-07-09"}, {"PSE", "1994-05-04"}, {"RUS", "1991-12-26"},
      {"UKR", "1991-12-26"}, {"BLR", "1991-12-26"}, {"AZE", "1991-12-26"},
      {"ARM", "1991-12-26"}, {"GEO", "1991-12-26"}, {"KAZ", "1991-12-26"}};
  const long data_date = text::ParseIsoDate("2026-06-30").DaysSinceEpoch();

  LexiconOptions o;
  o.data_dir = DYAD_DATA_DIR;
  std::unique_ptr<Lexicon> lex;
  ASSERT_TRUE(Lexicon::Load(o, &lex).ok());
  // (country, office) -> tenures as day ranges
  std::map<std::pair<std::string, std::string>, std::vector<std::pair<long, long>>> tenures;
  for (const ActorEntry& a : lex->actors()) {
    if (a.kind != ActorEntry::Kind::kPerson) continue;
    for (const Role& r : a.roles) {
      if (r.office.empty() || (!r.from.valid() && !r.to.valid()) || r.code.size() < 3) continue;
      // An open start ("..2022-09-08") is a tenure that began before the records do.
      const long from = r.from.valid() ? r.from.DaysSinceEpoch() : LONG_MIN / 2;
      const long to = r.to.valid() ? r.to.DaysSinceEpoch() : data_date;
      std::string country = r.code.substr(0, 3);
      if (r.office == "head of state and government") {
        tenures[{country, "head of state"}].emplace_back(from, to);
        tenures[{country, "head of government"}].emplace_back(from, to);
      } else {
        tenures[{country, r.office}].emplace_back(from, to);
      }
    }
  }
  std::string table;
  for (const std::string& office : offices) {
    int applicable = 0, held = 0, half = 0, nearly_all = 0;
    double sum = 0;
    std::string gaps;
    for (const std::string& c : countries) {
      if (not_applicable.count({c, office})) continue;
      ++applicable;
      auto b = born.find(c);
      const long start =
          text::ParseIsoDate(b == born.end() ? "1990-01-01" : b->second).DaysSinceEpoch();
      std::vector<std::pair<long, long>> spans = tenures[{c, office}];
      std::sort(spans.begin(), spans.end());
      long covered = 0, next = start;  // days before `next` are counted
      for (auto [from, to] : spans) {
        from = std::max(from, next);
        to = std::min(to, data_date);
        if (to < from) continue;
        covered += to - from + 1;
        next = to + 1;
      }
      const double share = static_cast<double>(covered) / (data_date - start + 1);
      sum += share;
      held += spans.empty() ? 0 : 1;
      half += share >= 0.5 ? 1 : 0;
      nearly_all += share >= 0.95 ? 1 : 0;
      if (share < 0.5) gaps += " " + c + std::to_string(static_cast<int>(share * 100)) + "%";
    }
    const double mean = sum / applicable;
    char line[256];
    std::snprintf(line, sizeof line,
                  "%-22s %2d countries: %2d with holders, %2d >= 50%%, %2d >= 95%%, mean %.1f%%",
                  office.c_str(), applicable, held, half, nearly_all, 100 * mean);
    table += std::string(line) + (gaps.empty() ? "" : "; under half:" + gaps) + "\n";
    if (office == "head of state" || office == "head of government") {
      EXPECT_GE(nearly_all, 80) << office;
    } else {
      EXPECT_GE(held, 75) << office;
      EXPECT_GE(mean, 0.75) << office;
    }
  }
  std::printf("office coverage 1990..2026-06-30 of the 85 most newsworthy countries:\n%s",
              table.c_str());
}


// The actors of the acceptance article (../shared/seed) resolve to their codes on its date.
TEST(DictCheckBuiltIn, AcceptanceArticleActors) {
  LexiconOptions o;
  o.data_dir = DYAD_DATA_DIR;
  std::unique_ptr<Lexicon> lex;
  ASSERT_TRUE(Lexicon::Load(o, &lex).ok());
  const text::Date date = text::ParseIsoDate("2022-01-19");
  auto code = [&](const std::string& phrase) -> std::string {
    std::vector<uint32_t> ids;
    for (const std::string& w : text::NormalizedWords(phrase, true)) {
      uint32_t id = lex->vocab().Find(w);
      if (id == 0) {
        std::string lower = w;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        id = lex->vocab().Find(lower);
      }
      ids.push_back(id);
    }
    uint32_t v = 0;
    if (lex->actor_trie().LongestMatch(ids.data(), static_cast<uint32_t>(ids.size()), &v) !=
        ids.size()) {
      return "(no match)";
    }
    const ActorEntry& a = lex->actors()[v];
    return a.kind == ActorEntry::Kind::kPerson ? a.CodeOn(date) : a.code;
  };
  EXPECT_EQ(code("Ebrahim Raisi"), "IRNGOV");
  EXPECT_EQ(code("Vladimir Putin"), "RUSGOV");
  EXPECT_EQ(code("Hossein Amirabdollahian"), "IRNGOV");
  EXPECT_EQ(code("Khandoozi"), "IRNGOV");
  EXPECT_EQ(code("Owji"), "IRNGOV");
  EXPECT_EQ(code("Donald Trump"), "USAELI");  // out of office on that date
  EXPECT_EQ(code("Joe Biden"), "USAGOV");
  EXPECT_EQ(code("Duma"), "RUSLEG");
  EXPECT_EQ(code("SCO"), "IGOSCO");
  EXPECT_EQ(code("Houthis"), "YEMREB");
  EXPECT_EQ(code("UAE"), "ARE");
  EXPECT_EQ(code("RUSI"), "GBRNGO");
}

}  // namespace
}  // namespace dyad::lexicon
