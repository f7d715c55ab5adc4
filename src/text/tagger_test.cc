#include "text/tagger.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace dyad::text {
namespace {

class TaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    vocab_ = new Vocabulary();
    Status s = Tagger::Load(Tagger::DefaultDir(), vocab_, &tagger_);
    ASSERT_TRUE(s.ok()) << s.message();
  }
  static void TearDownTestSuite() {
    tagger_.reset();
    delete vocab_;
  }

  // Tags `sentence` and returns "word/TAG ..." for the tokens.
  static std::vector<std::string> TagWords(const std::vector<std::string>& raw) {
    std::vector<uint32_t> ids;
    std::vector<std::string> norm;
    std::vector<uint16_t> flags;
    std::string buf;
    for (const std::string& w : raw) {
      std::vector<Token> t;
      Tokenize(w, &t);
      flags.push_back(t.empty() ? 0 : t[0].flags);
      norm.emplace_back(Normalize(w, &buf));
      ids.push_back(vocab_->Find(norm.back()));
    }
    std::vector<std::string_view> views(norm.begin(), norm.end());
    std::vector<Pos> tags;
    tagger_->Tag(ids, views, flags, &tags);
    std::vector<std::string> out;
    for (Pos p : tags) out.emplace_back(PosName(p));
    return out;
  }

  static std::vector<std::string> Split(const std::string& s) {
    std::vector<Token> toks;
    Tokenize(s, &toks);
    std::vector<std::string> out;
    for (const Token& t : toks) out.push_back(s.substr(t.begin, t.end - t.begin));
    return out;
  }

  static Vocabulary* vocab_;
  static std::unique_ptr<Tagger> tagger_;
};
Vocabulary* TaggerTest::vocab_ = nullptr;
std::unique_ptr<Tagger> TaggerTest::tagger_;

TEST_F(TaggerTest, TellsNounsFromVerbsByContext) {
  auto tags = TagWords(Split("His visit to Moscow will strengthen ties ."));
  EXPECT_EQ(tags[1], "NN");   // visit
  EXPECT_EQ(tags[4], "MD");   // will
  EXPECT_EQ(tags[5], "VB");   // strengthen
  tags = TagWords(Split("Russia will visit Iran and impose sanctions on rivals ."));
  EXPECT_EQ(tags[2], "VB");    // visit
  EXPECT_EQ(tags[5], "VB");    // impose
  EXPECT_EQ(tags[6], "NNS");   // sanctions
}

// The lexicon lists "abducted" as a noun only; it is a verb here.
TEST_F(TaggerTest, PastFormsTheLexiconListsAsNouns) {
  auto tags = TagWords(Split("Gunmen abducted 20 students on Monday ."));
  EXPECT_EQ(tags[1], "VBD");
  tags = TagWords(Split("The hatred grew ."));
  EXPECT_EQ(tags[1], "NN");
}

// The lexicon lists "broker" and "pledge" as nouns only; after "to" or a subject they are verbs.
TEST_F(TaggerTest, BaseFormsTheLexiconListsAsNouns) {
  auto tags = TagWords(Split("Qatar is trying to broker a truce ."));
  EXPECT_EQ(tags[4], "VB");
  tags = TagWords(Split("The broker said the pledge was met ."));
  EXPECT_EQ(tags[1], "NN");
  EXPECT_EQ(tags[4], "NN");
  tags = TagWords(Split("Donors will pledge more aid ."));
  EXPECT_EQ(tags[2], "VB");
}

TEST_F(TaggerTest, UnknownWordsByShape) {
  auto tags = TagWords(Split("Khandoozi met Amirabdollahian , who was disembarking quickly ."));
  EXPECT_EQ(tags[0], "NNP");
  EXPECT_EQ(tags[2], "NNP");
  EXPECT_EQ(tags[6], "VBG");
  EXPECT_EQ(tags[7], "RB");
}

TEST_F(TaggerTest, PossessiveDeterminers) {
  auto tags = TagWords(Split("She gave her report on its programme ."));
  EXPECT_EQ(tags[2], "PRP$");
  EXPECT_EQ(tags[5], "PRP$");
}

// A past form right after its subject, with no verb before it and none after it in its
// clause, is the sentence's verb; a participle with the main verb after it stays one.
TEST_F(TaggerTest, PastTenseAfterItsSubject) {
  auto tags = TagWords(Split("Opposition supporters clashed with security forces ."));
  EXPECT_EQ(tags[2], "VBD");
  tags = TagWords(Split("Aid agencies appealed for unhindered access ."));
  EXPECT_EQ(tags[2], "VBD");
  tags = TagWords(Split("The people arrested in the raid were released ."));
  EXPECT_EQ(tags[2], "VBN");
  tags = TagWords(Split("The talks were suspended in 2019 ."));
  EXPECT_EQ(tags[3], "VBN");
}

// After a possessive or an article, a word the model reads as a verb is a noun.
TEST_F(TaggerTest, NounAfterAPossessive) {
  auto tags = TagWords(Split("sanctions on Iran over its supply of drones to Russia ."));
  EXPECT_EQ(tags[5], "NN");
}

// A sentence's first word read as a verb in "-s" before a preposition is a plural noun.
TEST_F(TaggerTest, OpeningPluralBeforeAPreposition) {
  auto tags = TagWords(Split("Crowds in the capital cheered the soldiers ."));
  EXPECT_EQ(tags[0], "NNS");
}

// After the names that open a sentence, a word in "-s" before a past form with an object is
// the plural noun they modify; "has held", "seems determined to" keep their verbs.
TEST_F(TaggerTest, PluralAfterOpeningNamesBeforeAPastForm) {
  auto tags = TagWords(Split("NATO envoys held talks in Brussels ."));
  EXPECT_EQ(tags[1], "NNS");
  EXPECT_EQ(tags[2], "VBD");
  tags = TagWords(Split("UN inspectors visited the site ."));
  EXPECT_EQ(tags[1], "NNS");
  EXPECT_EQ(tags[2], "VBD");
  tags = TagWords(Split("NATO has held talks ."));
  EXPECT_EQ(tags[1], "VBZ");
  tags = TagWords(Split("Iran seems determined to act ."));
  EXPECT_EQ(tags[1], "VBZ");
}

// A past form like its base, read as a compound's noun after its subject, is the verb of a
// clause that has no other; "a budget cut plan was passed" keeps its noun.
TEST_F(TaggerTest, SameFormPastInAVerblessClause) {
  auto tags = TagWords(Split("The government cut internet access across the country ."));
  EXPECT_EQ(tags[2], "VBD") << ::testing::PrintToString(tags);
  tags = TagWords(Split("The budget cut plan was passed ."));
  EXPECT_NE(tags[2], "VBD");
}

// "set", "cut" after "and" in a past-tense clause are its second verb, not nouns.
TEST_F(TaggerTest, CoordinatedPastSpeltLikeItsBase) {
  auto tags = TagWords(Split("Farmers blocked the highway and set fire to tyres ."));
  EXPECT_EQ(tags[5], "VBD");
  tags = TagWords(Split("They passed a ban and set of rules ."));
  EXPECT_NE(tags[5], "VBD");
}

// Accuracy on the project's hand-tagged news sentences (tests/data/pos/news_tagged.txt).
TEST_F(TaggerTest, AccuracyOnTheTaggedNewsSet) {
  std::ifstream in(std::string(DYAD_TESTDATA_DIR) + "/pos/news_tagged.txt");
  if (!in) GTEST_SKIP() << "tagged set not present";
  std::string line;
  size_t total = 0, right = 0, sentences = 0;
  auto is_punct_tag = [](const std::string& t) {
    return t == "," || t == "." || t == ":" || t == "``" || t == "''" || t == "-LRB-" ||
           t == "-RRB-" || t == "$" || t == "#";
  };
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream ss(line);
    std::vector<std::string> words, gold;
    for (std::string tok; ss >> tok;) {
      size_t slash = tok.rfind('/');
      words.push_back(tok.substr(0, slash));
      gold.push_back(tok.substr(slash + 1));
    }
    auto tags = TagWords(words);
    for (size_t i = 0; i < words.size(); ++i) {
      bool ok = tags[i] == gold[i] || (tags[i] == "." && is_punct_tag(gold[i]));
      right += ok;
      ++total;
    }
    ++sentences;
  }
  double accuracy = total ? static_cast<double>(right) / total : 0;
  std::printf("tagger accuracy: %.4f on %zu tokens in %zu sentences\n", accuracy, total,
              sentences);
  EXPECT_GE(sentences, 300u);
  EXPECT_GE(accuracy, 0.95);
}

}  // namespace
}  // namespace dyad::text
