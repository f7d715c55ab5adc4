#include "lexicon/cameo_codebook.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace dyad::lexicon {
namespace {

// The codebook's 250 countries are exactly the country actors of the built-in dictionary, so a
// country the dictionary codes is always exported as a country and never as a known group.
TEST(CameoCodebook, CountriesAreTheDictionaryCountries) {
  std::ifstream in(std::string(DYAD_DATA_DIR) + "/actors/countries.dict");
  ASSERT_TRUE(in) << "cannot read countries.dict";
  std::set<std::string> countries;
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string keyword, code;
    if (fields >> keyword >> code && keyword == "actor" && code.size() == 3) {
      countries.insert(code);
    }
  }
  EXPECT_EQ(countries.size(), 250u);
  for (const std::string& code : countries) EXPECT_TRUE(IsCameoCountryCode(code)) << code;
}

TEST(CameoCodebook, EachListHoldsItsOwnCodesOnly) {
  EXPECT_TRUE(IsCameoCountryCode("KSV"));  // CAMEO's Kosovo
  EXPECT_FALSE(IsCameoCountryCode("XKX"));  // ISO's user-assigned Kosovo is no CAMEO code
  EXPECT_FALSE(IsCameoCountryCode("GOV"));
  EXPECT_FALSE(IsCameoCountryCode("IRNGOV"));
  EXPECT_FALSE(IsCameoCountryCode(""));

  for (const char* role : {"GOV", "MIL", "REB", "SEP", "BUS", "MED", "MOD", "RAD"}) {
    EXPECT_TRUE(IsCameoRoleCode(role)) << role;
    EXPECT_FALSE(IsCameoGenericCode(role)) << role;
  }
  EXPECT_FALSE(IsCameoRoleCode("IGO"));
  EXPECT_FALSE(IsCameoRoleCode("USA"));

  for (const char* generic : {"IGO", "NGO", "MNC", "IMG", "UIS"}) {
    EXPECT_TRUE(IsCameoGenericCode(generic)) << generic;
  }
  EXPECT_FALSE(IsCameoGenericCode("UNO"));

  for (const char* region : {"AFR", "EEU", "WST", "MEA", "CAU"}) {
    EXPECT_TRUE(IsCameoRegionCode(region)) << region;
    EXPECT_FALSE(IsCameoCountryCode(region)) << region;
  }
  EXPECT_FALSE(IsCameoRegionCode("EUE"));
}

}  // namespace
}  // namespace dyad::lexicon
