// The coder keeps per-thread buffers from article to article (the sentence's vectors, the
// place scan): what one article leaves in them must not change the next one's events.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "dyad/coder.h"

namespace dyad {
namespace {

// Everything written for each event, as one line per event.
std::vector<std::string> Lines(const CodedDocument& d) {
  std::vector<std::string> out;
  for (const Event& e : d.events) {
    out.push_back(e.source.code + ">" + e.target.code + ":" + e.cameo + "@" + e.date + " " +
                  e.source.text + "|" + e.target.text + "|" + e.action_geo.name + "|" +
                  e.source_geo.name + "|" + e.target_geo.name + "|" + e.rule + "|" +
                  std::to_string(e.sentence_index) + "|" + e.sentence);
  }
  return out;
}

std::vector<std::string> Code(const Coder& coder, const std::string& text,
                              const std::string& dateline = "") {
  Article a;
  a.text = text;
  a.dateline = dateline;
  CodedDocument out;
  Status s = coder.CodeArticle("t", "2024-03-05", a, &out);
  EXPECT_TRUE(s.ok()) << s.message();
  return Lines(out);
}

const char* const kArticles[] = {
    "Russian forces shelled Kharkiv on Monday. Ukraine condemned the attack and summoned the "
    "Russian ambassador in Kyiv. Poland pledged humanitarian aid to Ukraine.",
    "Iran and Russia held talks in Tehran. Raisi said his visit to Moscow could mark a turning "
    "point, and the United States imposed sanctions against both countries.",
    "Protesters in Isfahan denounced Washington. Police arrested dozens of demonstrators.",
    "The minister spoke after talks.",
};

// Each article alone, then all of them in turn twice (long after short and short after long,
// with and without a dateline): the same events every time.
TEST(CoderReuseTest, AnArticlesEventsDoNotDependOnTheArticlesBefore) {
  CoderOptions o;
  o.data_dir = DYAD_DATA_DIR;
  std::unique_ptr<Coder> coder;
  Status s = Coder::Open(o, &coder);
  ASSERT_TRUE(s.ok()) << s.message();
  std::vector<std::vector<std::string>> alone;
  for (const char* text : kArticles) alone.push_back(Code(*coder, text));
  EXPECT_FALSE(alone[0].empty());
  for (int round = 0; round < 2; ++round) {
    for (size_t k = 0; k < std::size(kArticles); ++k) {
      const size_t i = round == 0 ? k : std::size(kArticles) - 1 - k;
      EXPECT_EQ(Code(*coder, kArticles[i]), alone[i]) << kArticles[i];
      Code(*coder, kArticles[(i + 1) % std::size(kArticles)], "KYIV, Ukraine");
    }
  }
}

// Coded into one document in turn, as the pipeline reuses the documents it has written (the
// events' strings given back, their room kept for the next events'): the same events as each
// coded into a document of its own.
TEST(CoderReuseTest, ADocumentCodedIntoAgainHasOnlyItsOwnEvents) {
  CoderOptions o;
  o.data_dir = DYAD_DATA_DIR;
  std::unique_ptr<Coder> coder;
  ASSERT_TRUE(Coder::Open(o, &coder).ok());
  std::vector<std::vector<std::string>> alone;
  for (const char* text : kArticles) alone.push_back(Code(*coder, text));
  CodedDocument reused;
  for (int round = 0; round < 3; ++round) {
    for (size_t k = 0; k < std::size(kArticles); ++k) {
      const size_t i = round == 1 ? std::size(kArticles) - 1 - k : k;
      Article a;
      a.text = kArticles[i];
      ASSERT_TRUE(coder->CodeArticle("t", "2024-03-05", a, &reused).ok());
      EXPECT_EQ(Lines(reused), alone[i]) << kArticles[i];
    }
  }
}

// A second coder on the same thread (another vocabulary: its dictionaries are loaded again and
// may differ) codes as a fresh one would, and the first one still does after it.
TEST(CoderReuseTest, TwoCodersOnOneThread) {
  CoderOptions o;
  o.data_dir = DYAD_DATA_DIR;
  std::unique_ptr<Coder> first, second;
  ASSERT_TRUE(Coder::Open(o, &first).ok());
  const std::vector<std::string> want = Code(*first, kArticles[0]);
  ASSERT_TRUE(Coder::Open(o, &second).ok());
  EXPECT_EQ(Code(*second, kArticles[1]), Code(*first, kArticles[1]));
  EXPECT_EQ(Code(*second, kArticles[0]), want);
  second.reset();
  EXPECT_EQ(Code(*first, kArticles[0]), want);
}

// A thread remembers the tokens it has read (their forms and word ids, by their bytes): words
// read before, words of 8, 9, 16 and 17 bytes (the memo's limits), acronyms beside the same
// letters in lower case, and non-ASCII words code as on a thread that has read nothing yet.
TEST(CoderReuseTest, RememberedTokensCodeAsFreshOnes) {
  CoderOptions o;
  o.data_dir = DYAD_DATA_DIR;
  std::unique_ptr<Coder> coder;
  ASSERT_TRUE(Coder::Open(o, &coder).ok());
  const std::string text =
      "The US and the us delegation met. Ukraine's PRESIDENT Zelenskyy criticised Russia. "
      "Internationally, peacekeepers (UN) condemned Russia's counteroffensive near Kharkiv. "
      "Türkiye and Côte d'Ivoire signed an agreement with Ukraine; Russia-backed rebels "
      "attacked Ukrainian forces.";
  std::vector<std::string> fresh;
  std::thread([&] { fresh = Code(*coder, text); }).join();
  EXPECT_FALSE(fresh.empty());
  for (const char* other : kArticles) Code(*coder, other);
  EXPECT_EQ(Code(*coder, text), fresh);
  EXPECT_EQ(Code(*coder, text), fresh);
}

}  // namespace
}  // namespace dyad
