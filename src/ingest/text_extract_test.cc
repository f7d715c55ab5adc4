#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/extract.h"
#include "ingest/text_util.h"

namespace dyad {
namespace {

// A wire story as a scraper saved it: navigation, headline, standfirst, a captioned photo,
// byline, date, the story with a subheading, then share prompt, copyright and cookie banner.
constexpr char kScrapedStory[] =
    "Skip to Content\n"
    "News\n"
    "Economy\n"
    "Ankara\xE2\x80\x99s central bank holds rates as lira \xE2\x80\x98steadies\xE2\x80\x99\n"
    "The bank kept its main rate unchanged for a third month as inflation slowed in February.\n"
    "A money changer counts banknotes at an exchange office in Istanbul [File: Jane Roe/Reuters]\n"
    "By Selin Kaya and Omar Haddad\n"
    "4 Mar 2024\n"
    "ANKARA, Turkey \xE2\x80\x93 Turkey\xE2\x80\x99s central bank left its policy rate at 45 "
    "percent "
    "on Monday, saying the lira had steadied after months of decline.\n"
    "Governor Ahmet Demir told reporters that the bank would \xE2\x80\x9Cstay the "
    "course\xE2\x80\x9D "
    "until price growth eased further.\n"
    "Markets react\n"
    "Shares in Istanbul rose 2 percent after the decision, while the lira was little changed "
    "against the dollar.\n"
    "Share\n"
    "Follow Example Wire:\n"
    "\xC2\xA9 2024 Example Wire Media Network\n"
    "We use cookies to improve your experience. You can change your privacy preferences and "
    "consent at any time by visiting the Cookie Policy page.\n";

TEST(ExtractScrapedTextTest, WireStory) {
  Article article;
  ASSERT_TRUE(ExtractScrapedText(kScrapedStory, &article).ok());
  EXPECT_EQ(
      article.title,
      "Ankara\xE2\x80\x99s central bank holds rates as lira \xE2\x80\x98steadies\xE2\x80\x99");
  EXPECT_EQ(article.description,
            "The bank kept its main rate unchanged for a third month as inflation slowed in "
            "February.");
  EXPECT_EQ(article.authors, (std::vector<std::string>{"Selin Kaya", "Omar Haddad"}));
  EXPECT_EQ(article.date, "2024-03-04");
  EXPECT_EQ(article.dateline, "ANKARA, Turkey");
  EXPECT_EQ(article.site, "Example Wire");
  EXPECT_EQ(article.captions,
            (std::vector<std::string>{"A money changer counts banknotes at an exchange office in "
                                      "Istanbul [File: Jane Roe/Reuters]"}));
  EXPECT_EQ(
      article.text,
      "ANKARA, Turkey \xE2\x80\x93 Turkey\xE2\x80\x99s central bank left its policy rate at 45 "
      "percent on Monday, saying the lira had steadied after months of decline.\n"
      "Governor Ahmet Demir told reporters that the bank would \xE2\x80\x9Cstay the "
      "course\xE2\x80\x9D until price growth eased further.\n"
      "Markets react\n"
      "Shares in Istanbul rose 2 percent after the decision, while the lira was little "
      "changed against the dollar.");
}

// Scraped text that went through a wrong decoding on its way ("â€™" for "’"; a C1 control
// for a windows-1252 byte) reads as it was written.
TEST(ExtractScrapedTextTest, MojibakeIsRepaired) {
  Article article;
  ASSERT_TRUE(
      ExtractScrapedText("Turkey\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s central bank held rates on "
                         "Monday, saying the lira had steadied after months of decline.\n"
                         "Governor Ahmet Demir said the bank\xC2\x92s course would not "
                         "change until price growth in Istanbul and Ankara eased further.",
                         &article)
          .ok());
  EXPECT_EQ(article.text,
            "Turkey\xE2\x80\x99s central bank held rates on Monday, saying the lira had steadied "
            "after months of decline.\nGovernor Ahmet Demir said the bank\xE2\x80\x99s course "
            "would not change until price growth in Istanbul and Ankara eased further.");
}

TEST(ExtractScrapedTextTest, AgencyDatelineWithEmDash) {
  const char* text =
      "Ministers meet in Moscow\n"
      "By Ivan Petrov\n"
      "Published 2024-03-04\n"
      "MOSCOW (Reuters) \xE2\x80\x94 Russian and Iranian ministers met on Monday to discuss "
      "trade, officials said.\n"
      "The talks will continue on Tuesday.\n";
  Article article;
  ASSERT_TRUE(ExtractScrapedText(text, &article).ok());
  EXPECT_EQ(article.title, "Ministers meet in Moscow");
  EXPECT_EQ(article.authors, (std::vector<std::string>{"Ivan Petrov"}));
  EXPECT_EQ(article.date, "2024-03-04");
  EXPECT_EQ(article.dateline, "MOSCOW (Reuters)");
  EXPECT_EQ(article.description, "");
  EXPECT_EQ(article.text,
            "MOSCOW (Reuters) \xE2\x80\x94 Russian and Iranian ministers met on Monday to discuss "
            "trade, officials said.\n"
            "The talks will continue on Tuesday.");
}

TEST(ExtractScrapedTextTest, StoryWithoutDatelineStartsAfterMetadata) {
  const char* text =
      "Floods close schools across the region\n"
      "Published On 19 Jan 2022\n"
      "Heavy rain forced schools to close in three provinces on Wednesday.\n"
      "Officials expect the water to recede by the weekend.\n"
      "Read more\n"
      "Copyright 2022 Example Daily. All rights reserved.\n";
  Article article;
  ASSERT_TRUE(ExtractScrapedText(text, &article).ok());
  EXPECT_EQ(article.title, "Floods close schools across the region");
  EXPECT_EQ(article.date, "2022-01-19");
  EXPECT_EQ(article.dateline, "");
  EXPECT_EQ(article.site, "Example Daily");
  EXPECT_EQ(article.text,
            "Heavy rain forced schools to close in three provinces on Wednesday.\n"
            "Officials expect the water to recede by the weekend.");
}

TEST(ExtractScrapedTextTest, AllNumberDateReadInTheTextsOrder) {
  auto date_of = [](const std::string& related) {
    Article article;
    EXPECT_TRUE(ExtractScrapedText("Floods close schools across the region\n"
                                   "Published 03/10/2023\n"
                                   "Heavy rain forced schools to close in three provinces on "
                                   "Wednesday.\n"
                                   "Officials expect the water to recede by the weekend.\n" +
                                       related,
                                   &article)
                    .ok());
    return article.date;
  };
  EXPECT_EQ(date_of(""), "2023-03-10");  // slashes as the US writes them, failing other signs
  EXPECT_EQ(date_of("Related: Dam repairs begin - 31 January 2023\n"), "2023-10-03");
}

TEST(ExtractScrapedTextTest, CaptionWithPhotoCreditInParentheses) {
  const char* text =
      "Harbour reopens after storm\n"
      "Boats return to the harbour on Tuesday (Photo: Lena Fischer)\n"
      "January 19, 2022\n"
      "BEIRUT, Lebanon - The port reopened on Tuesday after a two-day closure.\n";
  Article article;
  ASSERT_TRUE(ExtractScrapedText(text, &article).ok());
  EXPECT_EQ(
      article.captions,
      (std::vector<std::string>{"Boats return to the harbour on Tuesday (Photo: Lena Fischer)"}));
  EXPECT_EQ(article.date, "2022-01-19");
  EXPECT_EQ(article.dateline, "BEIRUT, Lebanon");
  EXPECT_EQ(article.text,
            "BEIRUT, Lebanon - The port reopened on Tuesday after a two-day closure.");
}

TEST(ExtractScrapedTextTest, EmptyAndBlankInput) {
  Article article;
  ASSERT_TRUE(ExtractScrapedText("", &article).ok());
  EXPECT_EQ(article.text, "");
  EXPECT_EQ(article.title, "");
  ASSERT_TRUE(ExtractScrapedText("\n\n   \n", &article).ok());
  EXPECT_EQ(article.text, "");
}

TEST(ExtractScrapedTextTest, InvalidUtf8IsRepaired) {
  std::string text =
      "Talks end in Geneva\nGENEVA, Switzerland \xE2\x80\x93 Delegates left \xFF on "
      "Friday without agreement on the text.\n";
  Article article;
  ASSERT_TRUE(ExtractScrapedText(text, &article).ok());
  EXPECT_EQ(article.text,
            "GENEVA, Switzerland \xE2\x80\x93 Delegates left \xEF\xBF\xBD on Friday without "
            "agreement on the text.");
}

TEST(ExtractScrapedTextTest, BinaryInputIsRejected) {
  std::string binary(512, '\0');
  for (size_t i = 0; i < binary.size(); ++i) binary[i] = static_cast<char>(i % 7);
  Article article;
  Status status = ExtractScrapedText(binary, &article);
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(status.code(), Status::Code::kInvalidArgument);
}

TEST(TextUtilTest, BoilerplateLines) {
  using ingest::IsBoilerplateLine;
  EXPECT_TRUE(IsBoilerplateLine("Follow Al Jazeera English:"));
  EXPECT_TRUE(IsBoilerplateLine("\xC2\xA9 2022 Example Media Network"));
  EXPECT_TRUE(IsBoilerplateLine("Share this"));
  EXPECT_TRUE(IsBoilerplateLine("Advertisement"));
  EXPECT_TRUE(IsBoilerplateLine("Read more: Five things to know"));
  EXPECT_TRUE(IsBoilerplateLine("Sign up for our daily newsletter"));
  EXPECT_TRUE(IsBoilerplateLine("You rely on Example News for truth and transparency"));
  EXPECT_FALSE(IsBoilerplateLine("Follow-up talks are planned for May."));
  EXPECT_FALSE(IsBoilerplateLine("The minister said the deal would be signed next week."));
}

TEST(ExtractScrapedTextTest, WireBesideTheWritersIsNoAuthor) {
  Article article;
  ASSERT_TRUE(ExtractScrapedText("By Jane Doe and John Roe, Reuters\nThe strike at the port ended "
                                 "on Tuesday after nine days of talks between the union and the "
                                 "port authority, officials said.\n",
                                 &article)
                  .ok());
  EXPECT_EQ(article.authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
  ASSERT_TRUE(ExtractScrapedText("By Reuters\nThe strike at the port ended on Tuesday after nine "
                                 "days of talks between the union and the port authority.\n",
                                 &article)
                  .ok());
  EXPECT_EQ(article.authors, std::vector<std::string>{"Reuters"});
}

TEST(TextUtilTest, DatelinesAndBylines) {
  EXPECT_EQ(ingest::FindDateline("Tehran, Iran \xE2\x80\x93 Iran\xE2\x80\x99s President said."),
            "Tehran, Iran");
  EXPECT_EQ(ingest::FindDateline("ANKARA, March 3 (AP) \xE2\x80\x94 Turkish officials said."),
            "ANKARA, March 3 (AP)");
  EXPECT_EQ(ingest::FindDateline("The minister said - again - that talks would go on."), "");
  // TASS's agency between slashes after the place and date, and a press wire's.
  EXPECT_EQ(ingest::FindDateline("MOSCOW, January 19. /TASS/. Iran's president arrived."),
            "MOSCOW, January 19. /TASS/");
  EXPECT_EQ(ingest::FindDateline("TORONTO, Jan. 19, 2022 /CNW/ - The company said today."),
            "TORONTO, Jan. 19, 2022 /CNW/");
  EXPECT_EQ(
      ingest::FindDateline("NEW YORK, Jan. 19, 2022 /PRNewswire-FirstCall/ -- The firm said."),
      "NEW YORK, Jan. 19, 2022 /PRNewswire-FirstCall/");
  // South Asian wires and papers: the agency in brackets with no dash after it, and a colon
  // after a place in capitals and the day.
  EXPECT_EQ(ingest::FindDateline("New Delhi, Jan 19 (PTI) The Congress on Friday said the talks "
                                 "- held in private - had failed."),
            "New Delhi, Jan 19 (PTI)");
  EXPECT_EQ(ingest::FindDateline("ISLAMABAD, Jan 19 (APP): Prime Minister said on Monday."),
            "ISLAMABAD, Jan 19 (APP)");
  EXPECT_EQ(ingest::FindDateline("Lahore, 19 Jan (APP) The provincial government said."),
            "Lahore, 19 Jan (APP)");
  EXPECT_EQ(ingest::FindDateline("Kolkata, Jan 19, 2024 (PTI) The state government said."),
            "Kolkata, Jan 19, 2024 (PTI)");
  // Any wire in capitals after a place and a day, and the day written other ways.
  EXPECT_EQ(ingest::FindDateline("Srinagar, Jan 19 (KNO): The police said on Monday."),
            "Srinagar, Jan 19 (KNO)");
  EXPECT_EQ(ingest::FindDateline("New Delhi, Jan 19 (Agencies) The government said."),
            "New Delhi, Jan 19 (Agencies)");
  EXPECT_EQ(ingest::FindDateline("SUN CITY, Jan 19 (AFP) The summit opened on Monday."),
            "SUN CITY, Jan 19 (AFP)");
  EXPECT_EQ(ingest::FindDateline("Lahore, 19 Jan 2024 (APP) The provincial government said."),
            "Lahore, 19 Jan 2024 (APP)");
  EXPECT_EQ(ingest::FindDateline("New Delhi, 19th Jan (PTI) The government said."),
            "New Delhi, 19th Jan (PTI)");
  EXPECT_EQ(ingest::FindDateline("Mumbai, Jan 19, (IANS) The government said."),
            "Mumbai, Jan 19, (IANS)");
  // ANI's country in square brackets after the place, and a state in round ones before it.
  EXPECT_EQ(ingest::FindDateline("New Delhi [India], January 19 (ANI): The government said."),
            "New Delhi [India], January 19 (ANI)");
  EXPECT_EQ(ingest::FindDateline("Srinagar (Jammu and Kashmir) [India], January 19 (ANI): The "
                                 "police said on Monday."),
            "Srinagar (Jammu and Kashmir) [India], January 19 (ANI)");
  EXPECT_EQ(ingest::FindDateline("Washington DC [US], January 19 (ANI): The White House said."),
            "Washington DC [US], January 19 (ANI)");
  // Places whose names begin like a label or a title. (So a royal or a general before a day
  // and a wire, "King Charles, Jan 19 (AP)", reads as a place too.)
  for (const char* place :
       {"GOLD COAST", "GENERAL SANTOS CITY", "KING WILLIAM'S TOWN", "Live Oak", "MARKET HARBOROUGH",
        "Prince George", "GENERAL SANTOS", "Queen Creek", "Price"}) {
    EXPECT_EQ(ingest::FindDateline(std::string(place) + ", Jan 19 (AAP) The council said."),
              std::string(place) + ", Jan 19 (AAP)")
        << place;
  }
  EXPECT_EQ(ingest::FindDateline("MARKET HARBOROUGH, Jan 19: Police said on Monday."),
            "MARKET HARBOROUGH, Jan 19");
  EXPECT_EQ(ingest::FindDateline("ISLAMABAD, Jan. 19: The federal cabinet met on Monday."),
            "ISLAMABAD, Jan. 19");
  EXPECT_EQ(ingest::FindDateline("LAHORE, 19 January: The provincial government said."),
            "LAHORE, 19 January");
  // But not a name with a party or an age, a work and its year, a ticker, a bracket with no day
  // before it, a weekday or a label with a day, a byline, a timeline's entry, a bracket or colon
  // followed by no sentence; nor the words after a dash's dateline.
  for (const char* line : {"Barack Obama (D) The senator said on Monday that talks go on.",
                           "Jordan Henderson, 33 (Ajax) Police arrested protesters on Monday.",
                           "Jane Doe, 45 (Labour) The candidate won the seat on Monday.",
                           "Parasite, 2019 (Neon) The film follows a poor family.",
                           "LIVE, Jan 19: Sensex rose 300 points in early trade on Monday.",
                           "MARKET WRAP, Jan 19: Stocks rose in early trade on Monday.",
                           "President Biden, Jan 19 (AP) The president said on Monday.",
                           "Former President Trump, Jan 19 (AP) The former president said.",
                           "STOCK MARKET LIVE, Jan 19: Sensex rose in early trade.",
                           "IN PHOTOS, Jan 19: Crowds gathered in the capital on Monday.",
                           "Match Highlights, Jan 19 (PTI) India won by six wickets.",
                           "Gold, Jan 19 (Reuters) Gold prices rose on Monday.",
                           "Paris Hilton (AP) Police arrested protesters in the capital.",
                           "Tehran, Iran (IRNA) The foreign ministry said on Monday.",
                           "Update, Jan 19: The government said on Monday that talks go on.",
                           "Monday, Jan 19: The government said on Monday that talks go on.",
                           "Mon, Jan 19: Police arrested protesters in the capital on Monday.",
                           "Wed, Jan 19 (PTI) Police arrested protesters in the capital.",
                           "Gold Rate, Jan 19: Gold prices rose again on Friday in all cities.",
                           "Lahore, 19 January: The provincial government said on Monday.",
                           "Senior Editor, Jan 19: The government said on Monday.",
                           "By Jane Doe, Jan 19 (Reuters) The government said on Monday.",
                           "Ukraine, Feb 24: Russia launches a full-scale invasion.",
                           "New Delhi, Jan 19 (PTI) said the government on Monday.",
                           "ISLAMABAD, Jan 19: the federal cabinet met on Monday.",
                           "The minister, Jan 19 (PTI) The government said on Monday.",
                           "Jane Doe [Labour], Jan 19 (PTI) said the government on Monday.",
                           "Monday [Updated], Jan 19 (ANI): The government said.",
                           "The minister [India], January 19 (ANI): The government said.",
                           "Srinagar (AP) [India], January 19 the police said on Monday."}) {
    EXPECT_EQ(ingest::FindDateline(line), "") << line;
  }
  EXPECT_EQ(ingest::FindDateline("KYIV, Ukraine \xE2\x80\x94 Ukraine's President, Jan 19 (AP) "
                                 "The leader said."),
            "KYIV, Ukraine");
  EXPECT_EQ(ingest::FindDateline(
                "LONDON \xE2\x80\x94 Britain's King Charles, Jan 19: The King said on Monday."),
            "LONDON");
  // Not a fraction, a path or a band, nor a line that opens with a label and a colon: "NEW
  // DELHI:" reads as "NATO:" and "LIVE UPDATES:" do, and a wrong place misleads more than none.
  EXPECT_EQ(ingest::FindDateline("Prices rose 3 /4/ of a point, the bank said on Monday."), "");
  EXPECT_EQ(ingest::FindDateline("The file sits in /var/log/ on the server, he said."), "");
  EXPECT_EQ(ingest::FindDateline("The band played a cover of AC /DC/ songs, then left."), "");
  for (const char* line : {"NEW DELHI: The government said on Monday that talks go on.",
                           "NATO: Allies agree to send more air defence systems to Kyiv.",
                           "LIVE UPDATES: The government said on Monday that talks go on."}) {
    EXPECT_EQ(ingest::FindDateline(line), "") << line;
  }
  // The separator found wherever it falls among the eight bytes the search passes at once, and
  // only within the first 90 bytes.
  const std::string place = "SAN JOSE DE LAS LAJAS, Cuba";
  for (size_t pad = 0; pad < 10; ++pad) {
    const std::string name = place + std::string(pad, 'x');
    EXPECT_EQ(ingest::FindDateline(name + " - Officials said."), name) << pad;
    EXPECT_EQ(ingest::FindDateline(name + " -- Officials said."), name) << pad;
    EXPECT_EQ(ingest::FindDateline(name + "\xE2\x80\x94Officials said."), name) << pad;
    EXPECT_EQ(ingest::FindDateline(name + " \xE2\x80\x93 Officials said."), name) << pad;
    EXPECT_EQ(ingest::FindDateline(name + " -Officials said."), "") << pad;
  }
  const std::string far = "ABCDEFGHIJ " + std::string(78, 'X');  // 89 bytes
  EXPECT_EQ(ingest::FindDateline(far + " - Officials said."), far);
  EXPECT_EQ(ingest::FindDateline(far + "XX - Officials said."), "");
  EXPECT_EQ(ingest::ParseByline("By Jane Doe, John Roe and Ann Lee"),
            (std::vector<std::string>{"Jane Doe", "John Roe", "Ann Lee"}));
  EXPECT_TRUE(ingest::ParseByline("By the time talks ended, it was late.").empty());
}

}  // namespace
}  // namespace dyad
