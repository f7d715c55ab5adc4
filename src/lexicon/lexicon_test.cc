#include "lexicon/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <span>

#include "lexicon/dict_file.h"
#include "lexicon/inflect.h"
#include "text/tokenizer.h"

namespace dyad::lexicon {
namespace {

namespace fs = std::filesystem;

// A small data directory of the project's own format, written for the test.
class SmallLexicon : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad_lex_" + std::to_string(::getpid()));
    fs::create_directories(dir_ / "actors");
    fs::create_directories(dir_ / "verbs");
    fs::create_directories(dir_ / "cameo");
    Write("cameo/codes.tsv",
          "# code\tgoldstein\tplover\tname\n042\t1.9\tCONSULT\tmake a visit\n"
          "163\t-8.0\tSANCTION\timpose sanctions\n036\t4.0\tAGREE\toffer to meet\n");
    Write("actors/a.dict",
          "actor IRN\n  name Iran | the Islamic Republic\n  adj Iranian\n  capital Tehran\n"
          "actor USA\n  name United States | US\n"
          "person Ebrahim Raisi\n  name Ebrahim Raisi | Raisi\n"
          "  role IRNJUD 2019-03-07..2021-07-01   judiciary chief\n"
          "  role IRNGOV 2021-08-03..2024-05-19 head of state   # a comment\n"
          "  role IRNELI former president\n");
    Write("agents.dict", "agent GOV\n  name official | president\nagent MIL\n  name army\n");
    Write("verbs/v.dict",
          "synset sanction\n  name sanctions | embargo | trade ban | trade embargo\n"
          "code 042\n  <visit> +\n  $ visit to +\ncode 163\n  <impose> * @sanction on +\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void Write(const std::string& rel, const std::string& content) {
    std::ofstream(dir_ / rel) << content;
  }
  std::unique_ptr<Lexicon> Load() {
    LexiconOptions o;
    o.data_dir = dir_.string();
    std::unique_ptr<Lexicon> lex;
    Status s = Lexicon::Load(o, &lex);
    EXPECT_TRUE(s.ok()) << s.message();
    return lex;
  }
  uint32_t Match(const Lexicon& lex, const PhraseTrie& trie, const std::string& phrase,
                 uint32_t* value) {
    std::vector<uint32_t> ids;
    for (const std::string& w : text::NormalizedWords(phrase)) ids.push_back(lex.vocab().Find(w));
    return trie.LongestMatch(ids.data(), static_cast<uint32_t>(ids.size()), value);
  }
  fs::path dir_;
};

// "---" names no actor: its phrases match, longest first, so the country inside is not read,
// and it is no country of its own.
TEST_F(SmallLexicon, NullCodedPhrasesHideTheCountryInside) {
  Write("actors/b.dict", "actor ---\n  name Gulf of Iran\n");
  auto lex = Load();
  ASSERT_TRUE(lex);
  uint32_t value = 0;
  ASSERT_EQ(Match(*lex, lex->actor_trie(), "Gulf of Iran", &value), 3u);
  EXPECT_TRUE(lex->actors()[value].IsNull());
  EXPECT_FALSE(lex->actors()[value].IsCountry());
  EXPECT_LT(lex->CountryEntry("---"), 0);
  ASSERT_EQ(Match(*lex, lex->actor_trie(), "Iran", &value), 1u);
  EXPECT_FALSE(lex->actors()[value].IsNull());
}

// A `group` block is dated as a person's is, and marked as an organisation; a person is not.
TEST_F(SmallLexicon, GroupBlocksAreDatedOrganisations) {
  Write("actors/b.dict",
        "group Taliban\n  name Taliban\n  role AFGREB 2001-11-13..2021-08-14\n"
        "  role AFGGOV 2021-08-15..\n");
  auto lex = Load();
  ASSERT_TRUE(lex);
  uint32_t value = 0;
  ASSERT_EQ(Match(*lex, lex->actor_trie(), "Taliban", &value), 1u);
  const ActorEntry& taliban = lex->actors()[value];
  EXPECT_EQ(taliban.kind, ActorEntry::Kind::kPerson);
  EXPECT_TRUE(taliban.group);
  EXPECT_EQ(taliban.CodeOn(text::ParseIsoDate("2015-06-01")), "AFGREB");
  EXPECT_EQ(taliban.CodeOn(text::ParseIsoDate("2023-06-01")), "AFGGOV");
  ASSERT_EQ(Match(*lex, lex->actor_trie(), "Raisi", &value), 1u);
  EXPECT_FALSE(lex->actors()[value].group);
}

TEST_F(SmallLexicon, ActorsMatchLongestWithPluralsAndRoles) {
  auto lex = Load();
  uint32_t v = 0;
  EXPECT_EQ(Match(*lex, lex->actor_trie(), "Islamic Republic officials", &v), 2u);
  EXPECT_EQ(lex->actors()[v].code, "IRN");
  EXPECT_EQ(Match(*lex, lex->actor_trie(), "Iranian", &v), 1u);
  EXPECT_EQ(lex->actors()[v].kind, ActorEntry::Kind::kAdjective);
  // The plural of a demonym is the people: the country's civilians.
  EXPECT_EQ(Match(*lex, lex->actor_trie(), "Iranians", &v), 1u);
  EXPECT_EQ(lex->actors()[v].code, "IRNCVL");
  ASSERT_EQ(Match(*lex, lex->actor_trie(), "Ebrahim Raisi said", &v), 2u);
  const ActorEntry& raisi = lex->actors()[v];
  EXPECT_EQ(raisi.CodeOn(text::ParseIsoDate("2022-01-19")), "IRNGOV");
  EXPECT_EQ(raisi.CodeOn(text::ParseIsoDate("2020-01-01")), "IRNJUD");
  EXPECT_EQ(raisi.CodeOn(text::ParseIsoDate("2021-07-15")), "IRNELI");
  EXPECT_EQ(raisi.CodeOn(text::ParseIsoDate("2024-05-19")), "IRNGOV");
  // Office labels follow the range (or the code of an undated role); comments are not part.
  ASSERT_EQ(raisi.roles.size(), 3u);
  EXPECT_EQ(raisi.roles[0].office, "judiciary chief");
  EXPECT_EQ(raisi.roles[1].office, "head of state");
  EXPECT_EQ(raisi.roles[2].office, "former president");
  EXPECT_FALSE(raisi.roles[2].from.valid());
  EXPECT_EQ(Match(*lex, lex->agent_trie(), "officials", &v), 1u);
  EXPECT_EQ(lex->agents()[v].code, "GOV");
}

TEST_F(SmallLexicon, ShortAcronymsAreCaseSensitive) {
  auto lex = Load();
  uint32_t v = 0;
  std::vector<uint32_t> upper = {lex->vocab().Find("US")}, lower = {lex->vocab().Find("us")};
  EXPECT_EQ(lex->actor_trie().LongestMatch(upper.data(), 1, &v), 1u);
  EXPECT_EQ(lex->actors()[v].code, "USA");
  EXPECT_EQ(lex->actor_trie().LongestMatch(lower.data(), 1, &v), 0u);
}

TEST_F(SmallLexicon, PatternsAreIndexedByEveryInflectionOfTheirAnchor) {
  auto lex = Load();
  for (const char* form : {"visit", "visits", "visited", "visiting"}) {
    const auto* list = lex->PatternsAt(lex->vocab().Find(form));
    ASSERT_NE(list, nullptr) << form;
    EXPECT_EQ(lex->patterns()[list->front()].code, "042");
  }
  const auto* imposed = lex->PatternsAt(lex->vocab().Find("imposed"));
  ASSERT_NE(imposed, nullptr);
  const VerbPattern& p = lex->patterns()[imposed->front()];
  EXPECT_TRUE(p.verbal);
  ASSERT_EQ(p.items.size(), 5u);
  EXPECT_EQ(p.items[1].kind, PatternItem::Kind::kGap);
  EXPECT_EQ(p.items[2].kind, PatternItem::Kind::kSynset);
  EXPECT_EQ(p.items[4].kind, PatternItem::Kind::kTarget);
  const CameoCode* c = lex->Cameo("163");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->quad_class, 4);
  EXPECT_DOUBLE_EQ(c->goldstein, -8.0);
  EXPECT_EQ(c->plover, "SANCTION");
}

TEST_F(SmallLexicon, SynsetsAreFoundByTheFirstWordsOfTheirMembersAndNamedInTheStream) {
  auto lex = Load();
  ASSERT_EQ(lex->synsets().size(), 1u);
  for (const char* word : {"sanctions", "embargo"}) {
    const std::span<const uint32_t> synsets = lex->SynsetsStartingWith(lex->vocab().Find(word));
    ASSERT_EQ(synsets.size(), 1u) << word;
    EXPECT_EQ(synsets[0], 0u);
  }
  for (const char* word : {"impose", "iran", "on"}) {
    EXPECT_TRUE(lex->SynsetsStartingWith(lex->vocab().Find(word)).empty()) << word;
  }
  EXPECT_TRUE(lex->SynsetsStartingWith(0).empty());
  EXPECT_TRUE(lex->SynsetsStartingWith(UINT32_MAX).empty());
  // Each word's members, in the set's order (longest first).
  const std::vector<std::vector<uint32_t>>& members = lex->synsets()[0];
  for (const char* word : {"sanctions", "embargo", "trade", "ban", "iran"}) {
    const uint32_t id = lex->vocab().Find(word);
    std::vector<uint32_t> starting;
    for (uint32_t k = 0; k < members.size(); ++k) {
      if (members[k].front() == id) starting.push_back(k);
    }
    const std::span<const uint32_t> found = lex->SynsetMembersStartingWith(0, id);
    EXPECT_EQ(std::vector<uint32_t>(found.begin(), found.end()), starting) << word;
  }
  EXPECT_GE(lex->SynsetMembersStartingWith(0, lex->vocab().Find("trade")).size(), 2u);
  EXPECT_TRUE(lex->SynsetMembersStartingWith(0, lex->vocab().Find("ban")).empty());
  // "<impose> * @sanction on +": its candidate names the synset.
  const std::vector<uint32_t>* stream = lex->CandidatesAt(lex->vocab().Find("imposed"));
  ASSERT_NE(stream, nullptr);
  EXPECT_NE(std::find(stream->begin(), stream->end(), kSynsetItem | 0u), stream->end());
}

TEST_F(SmallLexicon, CountryEntriesByCode) {
  auto lex = Load();
  const int iran = lex->CountryEntry("IRN");
  ASSERT_GE(iran, 0);
  EXPECT_EQ(lex->actors()[iran].code, "IRN");
  EXPECT_EQ(lex->actors()[iran].kind, ActorEntry::Kind::kName);
  EXPECT_EQ(lex->CountryEntry(std::string_view("IRNGOV").substr(0, 3)), iran);
  EXPECT_GE(lex->CountryEntry("USA"), 0);
  // Only a country's own code: not a longer or shorter one, another case or an unknown one.
  EXPECT_EQ(lex->CountryEntry("IRNGOV"), -1);
  EXPECT_EQ(lex->CountryEntry("IR"), -1);
  EXPECT_EQ(lex->CountryEntry("irn"), -1);
  EXPECT_EQ(lex->CountryEntry("ZZZ"), -1);
  EXPECT_EQ(lex->CountryEntry(""), -1);
}

TEST_F(SmallLexicon, ErrorsNameFileAndLine) {
  Write("verbs/v.dict", "code 042\n  <visit +\n");
  LexiconOptions o;
  o.data_dir = dir_.string();
  std::unique_ptr<Lexicon> lex;
  Status s = Lexicon::Load(o, &lex);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("v.dict:2"), std::string::npos) << s.message();

  Write("verbs/v.dict", "code 042\n  <visit> +\n");
  Write("actors/a.dict", "person X\n  role IRNGOV 2021-13-01..\n");
  s = Lexicon::Load(o, &lex);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("a.dict:2: bad date range"), std::string::npos) << s.message();
}

TEST(GroupsByKeyWord, FindsEveryGroupOfAWordAndNoneOfOthers) {
  // Thirty words with a group each, and one of them in the keys of two more groups.
  GroupsByKeyWord table(40);
  for (uint32_t word = 1; word <= 30; ++word) table.Add(word, word * 10);
  table.Add(7, 500);
  table.Add(7, 600);
  std::vector<uint32_t> groups;
  table.Find(7, &groups);
  std::sort(groups.begin(), groups.end());
  EXPECT_EQ(groups, (std::vector<uint32_t>{70, 500, 600}));
  groups.clear();
  table.Find(30, &groups);
  EXPECT_EQ(groups, (std::vector<uint32_t>{300}));
  groups.clear();
  table.Find(31, &groups);
  table.Find(0, &groups);
  EXPECT_TRUE(groups.empty());
  EXPECT_EQ(table.unkeyed, GroupsByKeyWord::kNone);
}

// A person's code on a date: the first role whose bounds (inclusive, compared by year, month
// and day) hold it, else the first role without dates.
TEST(ActorEntry, CodeOnComparesRoleBoundsByYearMonthAndDay) {
  ActorEntry person;
  person.kind = ActorEntry::Kind::kPerson;
  auto date = [](int y, int m, int d) {
    text::Date out;
    out.year = y;
    out.month = m;
    out.day = d;
    return out;
  };
  person.roles.push_back({"DEFAULT", {}, {}, ""});
  person.roles.push_back({"SPAN", date(2020, 3, 15), date(2021, 6, 30), ""});
  person.roles.push_back({"LATER", date(2021, 7, 1), {}, ""});
  person.roles.push_back({"EARLIER", {}, date(2020, 3, 14), ""});
  EXPECT_EQ(person.CodeOn(date(2020, 3, 14)), "EARLIER");
  EXPECT_EQ(person.CodeOn(date(2019, 12, 31)), "EARLIER");
  EXPECT_EQ(person.CodeOn(date(2020, 3, 15)), "SPAN");
  EXPECT_EQ(person.CodeOn(date(2020, 12, 1)), "SPAN");
  EXPECT_EQ(person.CodeOn(date(2021, 6, 30)), "SPAN");
  EXPECT_EQ(person.CodeOn(date(2021, 7, 1)), "LATER");
  EXPECT_EQ(person.CodeOn(date(2021, 6, 31)), "DEFAULT");  // past one, before the other
  EXPECT_EQ(person.CodeOn(text::Date()), "DEFAULT");
  ActorEntry name;
  name.code = "USA";
  EXPECT_EQ(name.CodeOn(date(2020, 1, 1)), "USA");
}

// The first word's step (read from the root's table, inline) and the longer phrases after it.
TEST(PhraseTrie, LongestMatchOfOneWordAndOfLongerPhrases) {
  PhraseTrie trie;
  EXPECT_TRUE(trie.Add({5}, 50));
  EXPECT_TRUE(trie.Add({5, 6, 7}, 567));
  EXPECT_TRUE(trie.Add({8, 6}, 86));
  EXPECT_FALSE(trie.Add({5}, 51));     // the first entry keeps the phrase
  EXPECT_FALSE(trie.Add({9, 0}, 90));  // a phrase with an unknown word is not added
  auto match = [&](std::vector<uint32_t> ids, uint32_t* value) {
    *value = 12345;
    return trie.LongestMatch(ids.data(), static_cast<uint32_t>(ids.size()), value);
  };
  uint32_t value = 0;
  EXPECT_EQ(match({5}, &value), 1u);
  EXPECT_EQ(value, 50u);
  EXPECT_EQ(match({5, 6}, &value), 1u);  // "5 6" only starts a phrase
  EXPECT_EQ(value, 50u);
  EXPECT_EQ(match({5, 6, 7, 8}, &value), 3u);
  EXPECT_EQ(value, 567u);
  EXPECT_EQ(match({8}, &value), 0u);  // only the start of "8 6"
  EXPECT_EQ(value, 12345u);
  EXPECT_EQ(match({8, 6, 5}, &value), 2u);
  EXPECT_EQ(value, 86u);
  EXPECT_EQ(match({9}, &value), 0u);
  EXPECT_EQ(match({9, 0}, &value), 0u);
  EXPECT_EQ(match({6, 7}, &value), 0u);  // a later word does not start one
  EXPECT_EQ(match({1000}, &value), 0u);
  EXPECT_EQ(match({}, &value), 0u);
  EXPECT_EQ(trie.phrase_count(), 3u);
}

TEST(DictFile, ParsesBlocksCommentsAndPhraseLists) {
  std::vector<DictBlock> blocks;
  Status s = ParseDict("# header\nactor RUS  # Russia\n  name Russia | Russian Federation\n"
                       "\n  adj Russian\ncode 042\n  <visit> +  # a visit\n",
                       "t.dict", &blocks);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].kind, "actor");
  EXPECT_EQ(blocks[0].head, "RUS");
  ASSERT_EQ(blocks[0].lines.size(), 2u);
  EXPECT_EQ(SplitPhrases(blocks[0].lines[0].value),
            (std::vector<std::string>{"Russia", "Russian Federation"}));
  EXPECT_EQ(blocks[1].lines[0].value, "<visit> +");
  EXPECT_FALSE(ParseDict("  name orphan\n", "t.dict", &blocks).ok());
  EXPECT_FALSE(ParseDict("actress X\n", "t.dict", &blocks).ok());
}

TEST(Inflector, RegularAndIrregularForms) {
  Inflector inf("/nonexistent");  // built-in table only
  auto has = [](const std::vector<std::string>& v, const char* w) {
    return std::find(v.begin(), v.end(), w) != v.end();
  };
  auto visit = inf.VerbForms("visit");
  EXPECT_TRUE(has(visit, "visits") && has(visit, "visited") && has(visit, "visiting"));
  auto impose = inf.VerbForms("impose");
  EXPECT_TRUE(has(impose, "imposes") && has(impose, "imposed") && has(impose, "imposing"));
  auto meet = inf.VerbForms("meet");
  EXPECT_TRUE(has(meet, "met") && has(meet, "meets"));
  auto travel = inf.VerbForms("travel");
  EXPECT_TRUE(has(travel, "travelled") && has(travel, "traveled"));
  auto deny = inf.VerbForms("deny");
  EXPECT_TRUE(has(deny, "denies") && has(deny, "denied"));
  EXPECT_EQ(Inflector::NounForms("country"), (std::vector<std::string>{"country", "countries"}));
  EXPECT_EQ(Inflector::NounForms("businessman"),
            (std::vector<std::string>{"businessman", "businessmans", "businessmen"}));
}

TEST(SurnameWithoutArticle, StripsAnArabicArticleOnly) {
  EXPECT_EQ(SurnameWithoutArticle("al-sudani"), "sudani");
  EXPECT_EQ(SurnameWithoutArticle("el-sisi"), "sisi");
  EXPECT_EQ(SurnameWithoutArticle("ash-shara"), "shara");
  EXPECT_EQ(SurnameWithoutArticle("sudani"), "");
  EXPECT_EQ(SurnameWithoutArticle("al-"), "");       // no surname after it
  EXPECT_EQ(SurnameWithoutArticle("anti-war"), "");  // a prefix, not the article
}

}  // namespace
}  // namespace dyad::lexicon
