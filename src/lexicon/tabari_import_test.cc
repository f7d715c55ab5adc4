// The TABARI and PETRARCH importers: how each construct maps onto dyad's blocks, and whole
// dictionaries in those formats (tests/data/tabari, tests/data/petrarch, written for dyad)
// coding real sentences through the coder.
#include "lexicon/tabari_import.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "dyad/coder.h"
#include "lexicon/lexicon.h"

namespace dyad::lexicon {
namespace {

namespace fs = std::filesystem;

const std::string kTabari = std::string(DYAD_TESTDATA_DIR) + "/tabari/";
const std::string kPetrarch = std::string(DYAD_TESTDATA_DIR) + "/petrarch/";

std::string Read(const std::string& path) {
  std::string s;
  EXPECT_TRUE(ReadFile(path, &s).ok()) << path;
  return s;
}

const DictBlock* Find(const std::vector<DictBlock>& blocks, const std::string& kind,
                      const std::string& head) {
  for (const DictBlock& b : blocks) {
    if (b.kind == kind && b.head == head) return &b;
  }
  return nullptr;
}

// Every pattern of a verb import, as dyad text.
std::vector<std::string> Patterns(const std::vector<DictBlock>& blocks, const std::string& code) {
  std::vector<std::string> out;
  for (const DictBlock& b : blocks) {
    if (b.kind != "code" || b.head != code) continue;
    for (const DictLine& l : b.lines) out.push_back(l.value);
  }
  return out;
}

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(TabariImport, DatesInBothCenturies) {
  EXPECT_EQ(TabariDateToIso("991201"), "1999-12-01");
  EXPECT_EQ(TabariDateToIso("010114"), "2001-01-14");
  EXPECT_EQ(TabariDateToIso("19970123"), "1997-01-23");
  EXPECT_EQ(TabariDateToIso("20240229"), "2024-02-29");
  EXPECT_EQ(TabariDateToIso("230229"), "");  // 2023 is not a leap year
  EXPECT_EQ(TabariDateToIso("991341"), "");
  EXPECT_EQ(TabariDateToIso("9912"), "");
}

TEST(TabariImport, ActorsWithSynonymsDatedCodesAndNulls) {
  std::vector<DictBlock> blocks;
  ImportReport report;
  Status s = ReadTabariActors(Read(kTabari + "mini.actors"), "mini.actors", &blocks, &report);
  ASSERT_TRUE(s.ok()) << s.message();
  const DictBlock* iran = Find(blocks, "actor", "IRN");
  ASSERT_NE(iran, nullptr);
  std::vector<std::string> names = SplitPhrases(iran->lines[0].value);
  EXPECT_TRUE(Contains(names, "iran"));
  EXPECT_TRUE(Contains(names, "iranian"));  // TABARI's prefix stem
  EXPECT_TRUE(Contains(names, "tehran"));
  ASSERT_NE(Find(blocks, "actor", "IGOUNO"), nullptr);
  EXPECT_EQ(Find(blocks, "actor", "IGOUNO")->lines[0].value, "UN");  // an acronym stays one
  EXPECT_NE(Find(blocks, "actor", "KOR"), nullptr);                  // [KOR/PRK]: first code

  const DictBlock* rouhani = Find(blocks, "person", "hassan rouhani");
  ASSERT_NE(rouhani, nullptr);
  ASSERT_EQ(rouhani->lines.size(), 4u);
  EXPECT_EQ(rouhani->lines[0].value, "hassan rouhani | rouhani");
  EXPECT_EQ(rouhani->lines[1].value, "IRNLEG ..2013-08-02");
  EXPECT_EQ(rouhani->lines[2].value, "IRNGOV 2013-08-03..2021-08-03");
  EXPECT_EQ(rouhani->lines[3].value, "IRNELI");
  const DictBlock* albright = Find(blocks, "person", "madeleine albright");
  ASSERT_NE(albright, nullptr);
  ASSERT_EQ(albright->lines.size(), 2u);  // [---] default: no role outside the range
  EXPECT_EQ(albright->lines[1].value, "USAGOV 1997-01-23..2001-01-20");
  const DictBlock* orpheus = Find(blocks, "person", "orpheus");
  ASSERT_NE(orpheus, nullptr);
  EXPECT_EQ(orpheus->lines.size(), 1u);  // recognised, no role

  for (const DictBlock& b : blocks) EXPECT_EQ(b.lines[0].value.find("not read"), std::string::npos);
  EXPECT_EQ(report.entries, 10);
  EXPECT_EQ(report.unmapped["compound actor code 'A/B' (first code kept)"], 1);
  EXPECT_EQ(report.unmapped["'###' discard or '+++' complex actor code"], 1);
  EXPECT_EQ(report.unmapped["word list entry (<NOUN>, <ADJECTIVE>) without a code"], 1);
}

TEST(TabariImport, ReadErrorsNameFileAndLine) {
  std::vector<DictBlock> blocks;
  Status s = ReadTabariActors("IRAN [IRN]\nALBRIGHT [USAGOV 991341-010114]\n", "x.actors", &blocks,
                              nullptr);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("x.actors:2:"), std::string::npos) << s.message();
  s = ReadTabariActors("IRAN [IRN\n", "y.actors", &blocks, nullptr);
  EXPECT_NE(s.message().find("y.actors:1: unbalanced '['"), std::string::npos) << s.message();
  s = ReadTabariVerbs("# header\n- * TALKS [040]\n", "z.verbs", &blocks, nullptr);
  EXPECT_NE(s.message().find("z.verbs:2: pattern before any verb"), std::string::npos)
      << s.message();
  s = ReadTabariAgents("!PERSON MAN, MEN\n", "a.agents", &blocks, nullptr);
  EXPECT_NE(s.message().find("a.agents:1:"), std::string::npos) << s.message();
}

TEST(TabariImport, AgentsWithPluralsSubstitutionsAndPrefixCodes) {
  std::vector<DictBlock> blocks;
  ImportReport report;
  Status s = ReadTabariAgents(Read(kTabari + "mini.agents"), "mini.agents", &blocks, &report);
  ASSERT_TRUE(s.ok()) << s.message();
  const DictBlock* gov = Find(blocks, "agent", "GOV");
  ASSERT_NE(gov, nullptr);
  std::vector<std::string> nouns;
  for (const DictLine& l : gov->lines) {
    for (const std::string& n : SplitPhrases(l.value)) nouns.push_back(n);
  }
  for (const char* n :
       {"official", "diplomat", "spokesman", "spokesmen", "spokeswoman", "spokesperson"}) {
    EXPECT_TRUE(Contains(nouns, n)) << n;
  }
  ASSERT_NE(Find(blocks, "agent", "GOVFRM"), nullptr);
  EXPECT_EQ(Find(blocks, "agent", "GOVFRM")->lines[0].value, "foreign minister");
  ASSERT_NE(Find(blocks, "agent", "CVL"), nullptr);
  EXPECT_EQ(Find(blocks, "agent", "CVL")->lines[0].value, "child | children");
  EXPECT_NE(Find(blocks, "agent", "NGO"), nullptr);
  EXPECT_EQ(report.unmapped["prefix agent code 'CODE~' appended instead"], 1);
  EXPECT_EQ(report.unmapped["agent code without '~' (TABARI skips it)"], 1);
  EXPECT_EQ(report.unmapped["'{}' no-plural marker ignored (dyad adds regular plurals)"], 1);
}

TEST(TabariImport, VerbPatternsMapOntoDyadPatterns) {
  std::vector<DictBlock> blocks;
  ImportReport report;
  Status s = ReadTabariVerbs(Read(kTabari + "mini.verbs"), "mini.verbs", &blocks, &report);
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_TRUE(Contains(Patterns(blocks, "042"), "<visit>"));
  EXPECT_TRUE(Contains(Patterns(blocks, "042"), "<visit> * to +"));
  EXPECT_TRUE(Contains(Patterns(blocks, "040"), "<meet>"));  // [040:040]: first code
  EXPECT_TRUE(Contains(Patterns(blocks, "163"), "<impose> * @penalty * on +"));
  EXPECT_TRUE(Contains(Patterns(blocks, "1123"), "<accuse> * + * of * aggression"));
  EXPECT_TRUE(Contains(Patterns(blocks, "1123"), "<accuse> * + * of * an invasion"));
  EXPECT_TRUE(Contains(Patterns(blocks, "122"), "+ * was * <condemn> * by * $"));
  // A null pattern is kept: it stops the shorter patterns it spans.
  EXPECT_EQ(Patterns(blocks, "---"), (std::vector<std::string>{"<accuse> * + * of * lying"}));
  // `CUT_` with its form `{ CUTTING_ }` (already an inflection of <cut>), and BREAK_ with
  // BROKE_ and BROKEN_, which dyad's inflector knows too.
  EXPECT_EQ(Patterns(blocks, "195"),
            (std::vector<std::string>{"<cut> * @ties * with +", "<break> * off * @ties * with +"}));
  EXPECT_TRUE(Patterns(blocks, "043").empty());  // the duplicate root is skipped
  EXPECT_TRUE(Contains(Patterns(blocks, "010"), "<said>"));

  const DictBlock* ties = Find(blocks, "synset", "ties");
  ASSERT_NE(ties, nullptr);  // a set used inside a set is expanded
  EXPECT_EQ(ties->lines[0].value,
            "military ties | economic ties | military relations | economic relations");
  EXPECT_EQ(report.unmapped["'%' compound actor (pairwise events)"], 1);
  EXPECT_EQ(report.unmapped["'^' skipped actor"], 1);
  EXPECT_EQ(report.unmapped["paired code 'A:B' (the reverse event B is dropped)"], 1);
  EXPECT_EQ(report.unmapped["subordinate '?' marker ignored"], 1);
  EXPECT_EQ(report.unmapped["<TIME> or <ATTRIB> entry"], 1);
  EXPECT_EQ(report.unmapped["duplicate verb root (TABARI skips it and its patterns)"], 2);
  EXPECT_NE(report.Summary("mini.verbs").find("1 x '^' skipped actor"), std::string::npos);
}

TEST(TabariImport, PetrarchVerbBlocks) {
  std::vector<DictBlock> blocks;
  ImportReport report;
  Status s = ReadTabariVerbs(Read(kPetrarch + "mini.verbs.txt"), "v.txt", &blocks, &report);
  ASSERT_TRUE(s.ok()) << s.message();
  auto consult = Patterns(blocks, "040");
  for (const char* p :
       {"<consult>", "<confer>", "<meet>", "<consult> * with * +", "<meet> * with * +"}) {
    EXPECT_TRUE(Contains(consult, p)) << p << " in " << ::testing::PrintToString(consult);
  }
  EXPECT_TRUE(Contains(Patterns(blocks, "072"), "<send> * @aidkind * to * +"));
  EXPECT_TRUE(Contains(Patterns(blocks, "073"), "<supply> * humanitarian supplies * to * +"));
  EXPECT_TRUE(Contains(Patterns(blocks, "1312"), "<threaten> * with * sanctions"));
  // `+CORDON_OFF`: the word after `+` is the verb; the block's [---] makes no bare pattern.
  EXPECT_TRUE(Contains(Patterns(blocks, "191"), "<cordon> off"));
  EXPECT_TRUE(Patterns(blocks, "130").size() == 1);
  EXPECT_EQ(report.unmapped["PETRARCH transformation ('~' line)"], 1);
}

TEST(TabariImport, DetectsFormatByExtensionAndContent) {
  EXPECT_EQ(DetectDictFormat("a/countries.dict", "actor IRN\n  name Iran\n"), DictFormat::kDyad);
  EXPECT_EQ(DetectDictFormat("x.actors", "IRAN [IRN]\n"), DictFormat::kTabari);
  EXPECT_EQ(DetectDictFormat("Phoenix.agents.txt", "# c\nOFFICIAL_ [~GOV]\n"),
            DictFormat::kPetrarch);
  EXPECT_EQ(DetectDictFormat("mine.txt", "# mine\ncode 042\n  <visit> +\n"), DictFormat::kDyad);
  EXPECT_EQ(DetectDictFormat("noext", "AGENT_ORANGE [XXX]\n"), DictFormat::kTabari);
}

// The whole pipeline on dictionaries of the two formats.
class ImportedCoderTest : public ::testing::Test {
 protected:
  static std::unique_ptr<Coder> Open(const std::vector<std::string>& actors,
                                     const std::string& agents, const std::string& verbs) {
    CoderOptions o;
    o.data_dir = DYAD_DATA_DIR;  // the CAMEO code table
    o.actor_files = actors;
    o.agent_file = agents;
    o.verb_file = verbs;
    std::unique_ptr<Coder> coder;
    Status s = Coder::Open(o, &coder);
    EXPECT_TRUE(s.ok()) << s.message();
    return coder;
  }
  // "SRC>TGT:CODE" for each event of `text` coded on `date`.
  static std::vector<std::string> Code(const Coder& coder, const std::string& text,
                                       const std::string& date) {
    Article a;
    a.text = text;
    CodedDocument out;
    Status s = coder.CodeArticle("t", date, a, &out);
    EXPECT_TRUE(s.ok()) << s.message();
    std::vector<std::string> events;
    for (const Event& e : out.events) {
      events.push_back(e.source.code + ">" + (e.target.empty() ? "-" : e.target.code) + ":" +
                       e.cameo);
    }
    return events;
  }
};

using Events = std::vector<std::string>;

TEST_F(ImportedCoderTest, TabariDictionaries) {
  auto coder = Open({kTabari + "mini.actors"}, kTabari + "mini.agents", kTabari + "mini.verbs");
  ASSERT_TRUE(coder);
  // Rouhani's code depends on the date of the event.
  EXPECT_EQ(Code(*coder, "Rouhani visited Moscow.", "2010-03-01"), Events{"IRNLEG>RUS:042"});
  EXPECT_EQ(Code(*coder, "Rouhani visited Moscow.", "2015-06-10"), Events{"IRNGOV>RUS:042"});
  EXPECT_EQ(Code(*coder, "Rouhani visited Moscow.", "2022-01-19"), Events{"IRNELI>RUS:042"});
  // A range with a [---] default: outside it Albright is not an actor.
  EXPECT_EQ(Code(*coder, "Albright met Iranian officials in Paris.", "1998-05-02"),
            Events({"USAGOV>IRNGOV:040", "IRNGOV>USAGOV:040"}));
  EXPECT_EQ(Code(*coder, "Albright met Iranian officials in Paris.", "2005-05-02"), Events{});
  EXPECT_EQ(Code(*coder, "The United States imposed new sanctions on Iran.", "2019-05-08"),
            Events{"USA>IRN:163"});
  EXPECT_EQ(Code(*coder, "A Russian spokesman accused France of aggression.", "2022-03-01"),
            Events{"RUSGOV>FRA:1123"});
  EXPECT_EQ(Code(*coder, "France cut economic ties with Russia.", "2022-03-01"),
            Events{"FRA>RUS:195"});
  EXPECT_EQ(Code(*coder, "The French foreign minister visited Tehran.", "2016-01-20"),
            Events{"FRAGOVFRM>IRN:042"});
}

TEST_F(ImportedCoderTest, PetrarchDictionaries) {
  auto coder = Open({kPetrarch + "mini.actors.txt"}, kPetrarch + "mini.agents.txt",
                    kPetrarch + "mini.verbs.txt");
  ASSERT_TRUE(coder);
  EXPECT_EQ(Code(*coder, "Merkel met Polish officials in Warsaw.", "2010-04-01"),
            Events({"DEUGOV>POLGOV:042", "POLGOV>DEUGOV:043"}));
  EXPECT_EQ(Code(*coder, "Merkel met Polish officials in Warsaw.", "2023-04-01"),
            Events({"DEUELI>POLGOV:042", "POLGOV>DEUELI:043"}));
  EXPECT_EQ(Code(*coder, "Germany sent weapons to Poland.", "2022-06-01"), Events{"DEU>POL:072"});
  EXPECT_EQ(Code(*coder, "Poland threatened Germany with sanctions.", "2022-06-01"),
            Events{"POL>DEU:1312"});
}

TEST_F(ImportedCoderTest, WrongKindOfDictionaryIsAnError) {
  CoderOptions o;
  o.data_dir = DYAD_DATA_DIR;
  o.actor_files = {kTabari + "mini.verbs"};
  std::unique_ptr<Coder> coder;
  Status s = Coder::Open(o, &coder);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("a verb dictionary, not an actor dictionary"), std::string::npos)
      << s.message();
}

// TABARI's own demonstration dictionaries, when the shared reference data is present (it is
// not in CI). The sentences are ours, in the demo's Middle-earth vocabulary.
TEST_F(ImportedCoderTest, TabariDemoDictionaries) {
  const std::string dir = "/work/shared/data/tabari-dicts/";
  if (!fs::exists(dir + "TABARI.Demo.verbs")) GTEST_SKIP() << dir << " is absent";
  auto coder =
      Open({dir + "TABARI.Demo.actors"}, dir + "Validate.agents", dir + "TABARI.Demo.verbs");
  ASSERT_TRUE(coder);
  EXPECT_EQ(Code(*coder, "Aragorn visited Rohan.", "2003-04-26"), Events{"RNG>ROH:032"});
  EXPECT_EQ(Code(*coder, "Rohan condemned Mordor.", "2003-04-26"), Events{"ROH>ORC:122"});
  EXPECT_EQ(Code(*coder, "Gondor arrested Frodo.", "2003-04-26"), Events{"GON>HOB:212"});
  // GOLLUM +SMEAGOL: [HOB < 950601] [HOBGOV 950601 - 990815] [HOBREB > 990816].
  EXPECT_EQ(Code(*coder, "Smeagol attacked Gondor.", "1990-01-01"), Events{"HOB>GON:223"});
  EXPECT_EQ(Code(*coder, "Smeagol attacked Gondor.", "1997-01-01"), Events{"HOBGOV>GON:223"});
  EXPECT_EQ(Code(*coder, "Smeagol attacked Gondor.", "2001-01-01"), Events{"HOBREB>GON:223"});
  // Validate.agents: FOREIGN_MINISTER_ [~GOVFRM].
  EXPECT_EQ(Code(*coder, "Gondor's foreign minister visited Rohan.", "2003-04-26"),
            Events{"GONGOVFRM>ROH:032"});
}

}  // namespace
}  // namespace dyad::lexicon
