#include "geo/gazetteer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

#include "geo/test_gazetteers.h"

namespace dyad::geo {
namespace {

std::string Norm(std::string_view s) {
  std::string out;
  NormalizeName(s, &out);
  return out;
}

TEST(NormalizeNameTest, FoldsCaseAccentsAndPunctuation) {
  EXPECT_EQ(Norm("Córdoba"), "cordoba");
  EXPECT_EQ(Norm("CÓRDOBA"), "cordoba");
  EXPECT_EQ(Norm("Şanlıurfa"), "sanliurfa");
  EXPECT_EQ(Norm("Tromsø"), "tromso");
  EXPECT_EQ(Norm("Düsseldorf"), "dusseldorf");
  EXPECT_EQ(Norm("Łódź"), "lodz");
  EXPECT_EQ(Norm("Straße"), "strasse");
  EXPECT_EQ(Norm("Hà Nội"), "ha noi");
  EXPECT_EQ(Norm("Port-au-Prince"), "port au prince");
  EXPECT_EQ(Norm("St. Petersburg"), "st petersburg");
  EXPECT_EQ(Norm("N’Djamena"), "ndjamena");
  EXPECT_EQ(Norm("  Tel   Aviv "), "tel aviv");
  EXPECT_EQ(Norm("U.S."), "us");
}

// The key is written into room the size of the name: folds to two letters, each from a code
// point of two bytes, fill it exactly, and a separator's space never makes it longer.
TEST(NormalizeNameTest, TwoLetterFoldsFillTheRoom) {
  EXPECT_EQ(Norm("ÆÆßÞ"), "aeaessth");
  EXPECT_EQ(Norm("a Æ-ĳ"), "a ae ij");
  EXPECT_EQ(Norm("-Œ-"), "oe");
  std::string out(100, 'x');  // a longer key before: nothing of it is left
  EXPECT_TRUE(NormalizeName("Æ", &out));
  EXPECT_EQ(out, "ae");
}

TEST(NormalizeNameTest, RejectsOtherScripts) {
  std::string out = "x";
  EXPECT_FALSE(NormalizeName("Москва", &out));
  EXPECT_TRUE(out.empty());
  EXPECT_FALSE(NormalizeName("東京", &out));
  EXPECT_FALSE(NormalizeName("", &out));
}

TEST(GazetteerWriterTest, RoundTripsAndRejectsGarbage) {
  GazetteerWriter w;
  PlaceRecord r{};
  r.type = PlaceType::kCountry;
  r.country = r.adm1 = r.capital = -1;
  std::memcpy(r.iso3, "XYZ", 3);
  uint32_t country = w.AddPlace(r, "Xyzland");
  w.AddName(country, "Xyzland");
  w.AddDemonym("Xyzian", country);
  PlaceRecord c{};
  c.type = PlaceType::kCity;
  c.country = static_cast<int32_t>(country);
  c.adm1 = c.capital = -1;
  c.population = 1234;
  c.geonames_id = 42;
  uint32_t city = w.AddPlace(c, "Sàn Xyz");
  w.AddName(city, "Sàn Xyz");
  w.AddName(city, "Xyzland");  // a city named like its country
  w.mutable_place(country).capital = static_cast<int32_t>(city);
  std::string path = ::testing::TempDir() + "/gaz_test.bin";
  ASSERT_TRUE(w.Write(path).ok());

  Gazetteer g;
  ASSERT_TRUE(g.Load(path).ok());
  EXPECT_EQ(g.size(), 2u);
  EXPECT_EQ(g.Lookup("SAN XYZ").size(), 1u);
  EXPECT_EQ(g.Lookup("xyzland").size(), 2u);
  EXPECT_TRUE(g.Lookup("nowhere").empty());
  EXPECT_EQ(g.CountryOfDemonym("Xyzian"), static_cast<int32_t>(country));
  EXPECT_EQ(g.CountryByCode("xyz"), static_cast<int32_t>(country));
  EXPECT_EQ(g.CapitalOf(static_cast<int32_t>(country)), static_cast<int32_t>(city));
  EXPECT_EQ(g.place(city).geonames_id, 42u);
  EXPECT_EQ(g.FullName(city), "Sàn Xyz, Xyzland");

  std::FILE* f = std::fopen(path.c_str(), "wb");
  std::fputs("not a gazetteer", f);
  std::fclose(f);
  Gazetteer bad;
  EXPECT_FALSE(bad.Load(path).ok());
  EXPECT_FALSE(bad.Load(path + ".missing").ok());
  std::remove(path.c_str());
}

// Each gazetteer, and each load of one, answers from its own tables whatever the others of the
// thread were asked (the resolver caches answers per thread, by the gazetteer's serial()).
TEST(GazetteerWriterTest, AnswersAreEachGazetteersOwn) {
  const std::string one = ::testing::TempDir() + "/gaz_one.bin";
  const std::string three = ::testing::TempDir() + "/gaz_three.bin";
  ASSERT_TRUE(WriteXyzlandGazetteer(one, 0));
  ASSERT_TRUE(WriteXyzlandGazetteer(three, 2));
  Gazetteer a, b;
  ASSERT_TRUE(a.Load(one).ok());
  ASSERT_TRUE(b.Load(three).ok());
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(a.LookupNormalized("xyzland").size(), 1u);
    EXPECT_EQ(b.LookupNormalized("xyzland").size(), 3u);
    bool extendable = false;
    EXPECT_TRUE(a.LookupNormalized("xyz", &extendable).empty());
    EXPECT_TRUE(extendable);
    EXPECT_TRUE(b.LookupNormalized("xyzlandia", &extendable).empty());
    EXPECT_FALSE(extendable);
  }
  ASSERT_TRUE(a.Load(three).ok());  // the same object, other tables
  EXPECT_EQ(a.LookupNormalized("xyzland").size(), 3u);
  std::remove(one.c_str());
  std::remove(three.c_str());
}

// The built gazetteer (make builds it from GeoNames and iso-codes).
class BuiltGazetteerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    gaz_ = new Gazetteer;
    status_ = gaz_->Load(Gazetteer::DefaultPath());
  }
  static void TearDownTestSuite() { delete gaz_; }
  bool Has(std::string_view name, uint32_t geonames_id) const {
    for (uint32_t i : gaz_->Lookup(name)) {
      if (gaz_->place(i).geonames_id == geonames_id) return true;
    }
    return false;
  }
  static Gazetteer* gaz_;
  static Status status_;
};
Gazetteer* BuiltGazetteerTest::gaz_ = nullptr;
Status BuiltGazetteerTest::status_;

// Its load time (budget 200 ms, part of start-up) is measured by BM_GazetteerLoad in bench/,
// not here: a unit test's wall time measures the machine's load as much as the code.
TEST_F(BuiltGazetteerTest, LoadsEveryPlace) {
  ASSERT_TRUE(status_.ok()) << status_.ToString();
  EXPECT_GT(gaz_->size(), 150000u);
}

TEST_F(BuiltGazetteerTest, LooksUpNamesAndAlternateNames) {
  ASSERT_TRUE(status_.ok());
  EXPECT_TRUE(Has("Moscow", 524901));
  EXPECT_TRUE(Has("moskva", 524901));
  EXPECT_TRUE(Has("MOSCOW", 524901));
  EXPECT_TRUE(Has("Kyiv", 703448));
  EXPECT_TRUE(Has("Kiev", 703448));
  EXPECT_TRUE(Has("Tbilisi", 611717));
  EXPECT_TRUE(Has("Cordoba", 3860259));  // Argentina's
  EXPECT_TRUE(Has("Córdoba", 3860259));
  // Ambiguous names have several candidates of different countries.
  auto georgia = gaz_->Lookup("Georgia");
  bool country = false, state = false;
  for (uint32_t i : georgia) {
    const PlaceRecord& p = gaz_->place(i);
    if (p.type == PlaceType::kCountry && std::string_view(p.iso3, 3) == "GEO") country = true;
    if (p.type == PlaceType::kAdm1 && std::string_view(p.iso_region, 5) == "US-GA") state = true;
  }
  EXPECT_TRUE(country);
  EXPECT_TRUE(state);
}

TEST_F(BuiltGazetteerTest, CountriesHaveCodesAndCapitals) {
  ASSERT_TRUE(status_.ok());
  int32_t ua = gaz_->CountryByCode("UKR");
  ASSERT_GE(ua, 0);
  const PlaceRecord& u = gaz_->place(ua);
  EXPECT_EQ(std::string_view(u.iso2, 2), "UA");
  EXPECT_EQ(std::string_view(u.fips, 2), "UP");
  EXPECT_EQ(gaz_->place(gaz_->CapitalOf(ua)).geonames_id, 703448u);
  EXPECT_EQ(gaz_->CountryByCode("DE"), gaz_->CountryByCode("DEU"));
  EXPECT_EQ(std::string_view(gaz_->place(gaz_->CountryByCode("DEU")).fips, 2), "GM");
  EXPECT_EQ(gaz_->CountryOfDemonym("Russian"), gaz_->CountryByCode("RUS"));
  EXPECT_EQ(gaz_->CountryOfDemonym("North Korean"), gaz_->CountryByCode("PRK"));
  // A city knows its division: Kharkiv's is Kharkivska oblast (UA-63).
  for (uint32_t i : gaz_->Lookup("Kharkiv")) {
    const PlaceRecord& p = gaz_->place(i);
    if (p.geonames_id != 706483) continue;
    ASSERT_GE(p.adm1, 0);
    EXPECT_EQ(std::string(gaz_->place(p.adm1).iso_region), "UA-63");
  }
}

// The resolver asks for the demonym of a key it has normalised already: the answer is the
// word's, for demonyms, words the letter tables rule out and words that reach the table.
TEST_F(BuiltGazetteerTest, DemonymOfAKeyIsTheWords) {
  ASSERT_TRUE(status_.ok());
  for (std::string_view word :
       {"Russian", "RUSSIAN", "North Korean", "North-Korean", "Iranian", "Chinese", "China",
        "Chile", "American", "Amerika", "Ukrainian", "Xq", "Zz", "Moscow", "Prime Minister",
        "Côte d'Ivoire", "Ivorian", "Pakistani", "A", "9th", "Москва"}) {
    std::string key;
    const int32_t want = gaz_->CountryOfDemonym(word);
    const int32_t got = NormalizeName(word, &key) ? gaz_->CountryOfDemonymNormalized(key) : -1;
    EXPECT_EQ(got, want) << word;
  }
  EXPECT_GE(gaz_->CountryOfDemonymNormalized("north korean"), 0);
}

// The words before a space of a demonym of several words are its heads, and no other key is.
TEST_F(BuiltGazetteerTest, DemonymHeadsStartDemonymsOfSeveralWords) {
  ASSERT_TRUE(status_.ok());
  EXPECT_TRUE(gaz_->IsDemonymHead("north"));
  EXPECT_FALSE(gaz_->IsDemonymHead("north korean"));
  EXPECT_FALSE(gaz_->IsDemonymHead("russian"));
  EXPECT_FALSE(gaz_->IsDemonymHead("armenia"));
  EXPECT_FALSE(gaz_->IsDemonymHead(""));
}

}  // namespace
}  // namespace dyad::geo
