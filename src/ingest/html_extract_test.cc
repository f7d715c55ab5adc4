#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/extract.h"
#include "ingest/html_extract_internal.h"

namespace dyad {
namespace {

// A news page with everything a real one carries around the story: navigation, share bar,
// related-stories aside, a figure, newsletter box, footer, cookie banner and JSON-LD.
constexpr char kNewsPage[] = R"html(<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Iran and Russia sign grain deal | Example News</title>
<meta property="og:title" content="Iran and Russia sign grain deal">
<meta property="og:site_name" content="Example News">
<meta property="og:description" content="The agreement covers wheat and barley shipments.">
<meta name="description" content="Short description.">
<link rel="canonical" href="https://news.example.com/world/2024/03/05/iran-russia-grain">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Iran and Russia sign grain deal",
 "datePublished":"2024-03-05T09:30:00+03:30",
 "author":[{"@type":"Person","name":"Leila Ahmadi"},{"@type":"Person","name":"Pavel Orlov"}],
 "publisher":{"@type":"Organization","name":"Example News Ltd"}}
</script>
<script>window.dataLayer = [];</script>
<style>body { color: black; }</style>
</head>
<body class="single-post">
<header class="site-header"><a href="/">Example News</a>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li></ul></nav>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/world">World</a></div>
<main>
<article>
  <h1>Iran and Russia sign grain deal</h1>
  <div class="byline">By <a rel="author" href="/leila">Leila Ahmadi</a> and Pavel Orlov</div>
  <time datetime="2024-03-05">5 March 2024</time>
  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
  <figure><img src="ship.jpg" alt=""><figcaption>A cargo ship at Bandar Abbas port. [File: Reuters]</figcaption></figure>
  <div class="article-body">
    <p>TEHRAN, Iran &ndash; Iran and Russia signed a deal on Tuesday to ship five million tonnes of wheat and barley a year, officials said.</p>
    <p>The agreement, reached after months of talks, also covers rail transport through   Azerbaijan, according to the <a href="/ministry">trade ministry</a>.</p>
    <div class="ad-slot advert">Advertisement</div>
    <h2>Sanctions</h2>
    <p>Both countries face Western sanctions, which have pushed them to deepen trade ties since 2022.</p>
    <aside class="related"><h3>Related</h3><ul><li><a href="/a">Iran oil exports rise</a></li><li><a href="/b">Russia wheat harvest</a></li></ul></aside>
    <div class="newsletter-signup"><p>Sign up for our daily newsletter.</p><form><input type="email"><button>Subscribe</button></form></div>
    <p>The first shipments are expected in April.</p>
    <p>Share this article</p>
  </div>
  <div class="tags"><a href="/t/iran">Iran</a> <a href="/t/russia">Russia</a></div>
</article>
<section class="comments"><h2>Comments</h2><p>This is a reader comment that goes on for a while about the deal.</p></section>
</main>
<aside class="sidebar"><h2>Most read</h2><p>Some other story entirely, with its own long teaser text here.</p></aside>
<footer><p>&copy; 2024 Example News. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
<div id="cookie-banner" class="consent"><p>We use cookies to improve your experience. By continuing you accept our cookie policy.</p><button>Accept</button></div>
</body>
</html>)html";

// A broadcaster's page: the byline's second line names the newsroom and the place, the
// standfirst is only on the page, and the story itself opens with no dateline.
TEST(ExtractHtmlTest, BylinePlaceIsTheDatelineAndStandfirstTheDescription) {
  // The byline box marked by its class, or only by its place in the text.
  for (const char* box : {"class=\"byline-block\"", "data-component=\"byline-block\""}) {
    const std::string page =
        "<html><head><title>Iran's president visits Russia - Harbour News</title><meta "
        "property=\"og:site_name\" content=\"Harbour News\"></head><body><main><article><h1>"
        "Iran's president visits Russia</h1><p class=\"article__dek\">The first visit by an "
        "Iranian leader in five years comes as nuclear talks resume.</p><div " +
        std::string(box) +
        "><div>By Jane Doe</div><div>Harbour News, Tehran</div></div><div><p>Iran's president "
        "has travelled to Moscow for talks with Vladimir Putin, in the first visit by an Iranian "
        "leader in five years.</p><p>Ebrahim Raisi said relations with Russia had reached a "
        "turning point.</p></div></article></main></body></html>";
    Article article;
    ASSERT_TRUE(ExtractHtml(page, &article).ok());
    EXPECT_EQ(article.authors, std::vector<std::string>{"Jane Doe"}) << box;
    EXPECT_EQ(article.dateline, "Tehran") << box;
    EXPECT_EQ(article.description,
              "The first visit by an Iranian leader in five years comes as nuclear talks resume.")
        << box;
    EXPECT_EQ(article.text.find("Harbour News, Tehran"), std::string::npos) << article.text;
    EXPECT_NE(article.text.find("Ebrahim Raisi said"), std::string::npos) << article.text;
  }
}

// A newspaper's page: the writers are links marked rel="author", written out with where each
// writes from; the date under them is set as a line of its own.
TEST(ExtractHtmlTest, AuthorLinksWithPlacesAndTheDateUnderThemAreNotBody) {
  const std::string page =
      "<html><head><title>Iran's president in Moscow | Harbour News</title></head><body><main>"
      "<article><h1>Iran's president in Moscow</h1><div class=\"meta\"><address><a rel=\"author\" "
      "href=\"/profile/jane-doe\">Jane Doe</a> in Tehran and <a rel=\"author\" "
      "href=\"/profile/john-roe\">John Roe</a> in Moscow</address><div>Wed 19 Jan 2022 17.40 "
      "GMT</div></div><div class=\"body\"><p>Iran's president, Ebrahim Raisi, has arrived in "
      "Moscow for talks with Vladimir Putin.</p><p>The visit is the first by an Iranian president "
      "to Russia since 2017, officials said.</p></div><p>Explore more on these topics</p>"
      "</article></main></body></html>";
  Article article;
  ASSERT_TRUE(ExtractHtml(page, &article).ok());
  EXPECT_EQ(article.authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
  EXPECT_EQ(article.dateline, "Tehran");
  EXPECT_EQ(article.date.substr(0, 10), "2022-01-19");
  EXPECT_EQ(article.text,
            "Iran's president, Ebrahim Raisi, has arrived in Moscow for talks with Vladimir "
            "Putin.\nThe visit is the first by an Iranian president to Russia since 2017, "
            "officials said.");
  // A first line that starts with the writer's name but goes on as a sentence is the story's.
  const std::string told =
      "<html><body><article><h1>Port reopens</h1><p>By <a rel=\"author\" href=\"/p/jd\">Jane "
      "Doe</a></p><p>Jane Doe was at the port when it reopened on Tuesday after the strike, and "
      "saw the first ships come in.</p></article></body></html>";
  ASSERT_TRUE(ExtractHtml(told, &article).ok());
  EXPECT_EQ(article.authors, std::vector<std::string>{"Jane Doe"});
  EXPECT_EQ(article.text.substr(0, 27), "Jane Doe was at the port wh") << article.text;
}

// What the byline rules above must not take: another link to the same author, a category
// after "in", a role or an update time after the site's name, a photo credit naming a writer,
// a timeline's dated headings, a crosshead or a teaser's dek, half a word for screen readers.
TEST(ExtractHtmlTest, NewsBylineRulesKeepTheirBounds) {
  auto extract = [](const std::string& under_headline) {
    const std::string page =
        "<html><head><title>Ferry strike ends after talks - Harbour News</title><meta "
        "property=\"og:site_name\" content=\"Harbour News\"></head><body><header><h1 "
        "class=\"logo\">Harbour News</h1><ul><li><a href=\"/x\">Port fees</a><p "
        "class=\"dek\">The plan was approved after a long debate in the council.</p></li>"
        "</ul></header><article><h1>Ferry strike ends after talks</h1>" +
        under_headline +
        "<p>The strike at the port ended on Tuesday after nine days of talks between the union "
        "and the port authority, officials said.</p><p>Dockers return to work on Wednesday, the "
        "union said, after the two sides agreed a new pay deal.</p></article></body></html>";
    Article article;
    EXPECT_TRUE(ExtractHtml(page, &article).ok());
    return article;
  };
  using Names = std::vector<std::string>;
  Article a = extract(
      "<div class=\"meta\"><a rel=\"author\" href=\"/author/jane\">Jane Doe</a> <a "
      "rel=\"author\" href=\"/author/jane\">View All Posts</a> <a rel=\"author\" "
      "href=\"/author/jane/x\">Twitter</a> in <a rel=\"category tag\" href=\"/c/p\">Local "
      "Politics</a></div>");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  EXPECT_EQ(a.dateline, "");
  EXPECT_EQ(a.description, "");
  for (const char* second : {"Harbour News, Senior Reporter", "Harbour News, Updated Today"}) {
    a = extract(std::string("<p>By Jane Doe</p><p>") + second + "</p>");
    EXPECT_EQ(a.dateline, "") << second;
  }
  a = extract(
      "<p class=\"byline\">By Jane Doe and John Roe</p><p>Passengers queue at the terminal. "
      "Photo: Harbour News, John Roe</p>");
  EXPECT_EQ(a.authors, (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(a.dateline, "");
  a = extract(
      "<p>The strike had run for weeks before the deal, as the timeline shows.</p><h2>December "
      "31, 2019</h2><p>Talks begin at the port.</p><h2 class=\"subhead\">March 11, 2020 and "
      "after it</h2>");
  EXPECT_NE(a.text.find("\nDecember 31, 2019\n"), std::string::npos) << a.text;
  EXPECT_EQ(a.description, "");
  // Also when the timeline opens the story.
  a = extract(
      "<h2>December 31, 2019</h2><p>Talks begin at the port, as the unions and the port "
      "authority meet.</p><h2>March 11, 2020</h2><p>The strike begins.</p>");
  EXPECT_TRUE(a.text.starts_with("December 31, 2019\nTalks begin")) << a.text;
  // But a date heading alone over the story is the page's date, not a part of it.
  for (const char* heading :
       {"<h4 class=\"date\">January 19, 2013</h4>", "<h5>Updated on July 9, 2025</h5>",
        "<h4>January 19, 2013</h4><h5>Updated on January 20, 2013</h5>"}) {
    a = extract(std::string(heading) +
                "<p>Police arrested protesters in the capital on Monday, officials said.</p>");
    EXPECT_TRUE(a.text.starts_with("Police arrested")) << a.text;
  }
  a = extract(
      "<p class=\"meta\">By Jane Doe, 19 Jan<span class=\"visually-hidden\">uary</span> "
      "2022</p>");
  EXPECT_EQ(a.date.substr(0, 10), "2022-01-19");
}

// Words in elements of their own with nothing between them, which the page's style sets apart:
// a network's dateline, a label and the date after it.
TEST(ExtractHtmlTest, StyledNeighboursAreReadApart) {
  const std::string page =
      "<html><head><title>Putin meets Raisi</title></head><body><article><h1>Putin meets "
      "Raisi</h1><p><span class=\"label\">Updated</span><span>Jan 19, "
      "2022</span></p><p><cite><span "
      "class=\"source__location\">Moscow</span><span class=\"source__text\">CNN</span></cite> "
      "\xE2\x80\x94 Iranian President Ebrahim Raisi met Russian President Vladimir Putin in "
      "Moscow on Wednesday.</p><p>The two leaders discussed the nuclear talks and trade, the "
      "Kremlin said.</p></article></body></html>";
  Article article;
  ASSERT_TRUE(ExtractHtml(page, &article).ok());
  EXPECT_EQ(article.dateline, "Moscow CNN");
  EXPECT_EQ(article.date.substr(0, 10), "2022-01-19");
  EXPECT_EQ(article.text.substr(0, 14), "Moscow CNN \xE2\x80\x94") << article.text;
}

// Third review: what the rules above must still take.
TEST(ExtractHtmlTest, NewsBylineRulesReachTheirCases) {
  auto extract = [](const std::string& head, const std::string& under_headline) {
    const std::string page =
        "<html><head><title>Ferry strike ends after talks - Harbour News</title>" + head +
        "</head><body><article><h1>Ferry strike ends after talks</h1>" + under_headline +
        "<p>The strike at the port ended on Tuesday after nine days of talks between the union "
        "and the port authority, officials said.</p><p>Dockers return to work on Wednesday, the "
        "union said, after the two sides agreed a new pay deal.</p></article></body></html>";
    Article article;
    EXPECT_TRUE(ExtractHtml(page, &article).ok());
    return article;
  };
  using Names = std::vector<std::string>;
  const std::string site = "<meta property=\"og:site_name\" content=\"Harbour News\">";
  // Co-authors whose links go to no page of their own.
  Article a = extract(site,
                      "<p>By <a rel=\"author\" href=\"#\">Jane Doe</a> and <a rel=\"author\" "
                      "href=\"#\">John Roe</a></p>");
  EXPECT_EQ(a.authors, (Names{"Jane Doe", "John Roe"}));
  // A wire's place in the byline box, and a place of several words.
  for (const char* box : {"<div class=\"byline\"><span>By Jane Doe</span><span>Reuters, "
                          "Kyiv</span></div>",
                          "<p>By Jane Doe</p><p>Reuters, Kyiv</p>"}) {
    a = extract(site, box);
    EXPECT_EQ(a.authors, Names{"Jane Doe"}) << box;
    EXPECT_EQ(a.dateline, "Kyiv") << box;
    EXPECT_EQ(a.text.find("Reuters, Kyiv"), std::string::npos) << box;
  }
  a = extract(site,
              "<div class=\"byline\"><span>By Jane Doe</span><span>Harbour News, Port "
              "Said</span></div>");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  EXPECT_EQ(a.dateline, "Port Said");
  // But two writers, each with the wire, are two writers; and "Bloomberg" ends a name too.
  a = extract(site,
              "<div class=\"byline\">By Zeke Miller, Associated Press, Colleen Long, Associated "
              "Press</div>");
  EXPECT_EQ(a.authors, (Names{"Zeke Miller", "Colleen Long"}));
  EXPECT_EQ(a.dateline, "");
  a = extract(site, "<div class=\"byline\">By Michael R. Bloomberg</div>");
  EXPECT_EQ(a.authors, Names{"Michael R. Bloomberg"});
  // A mail link is a way to write to the writer, not a co-author.
  a = extract(site,
              "<p><a rel=\"author\" href=\"/a/jane\">Jane Doe</a> <a rel=\"author\" "
              "href=\"mailto:jane@example.com\">Email Jane Doe</a></p>");
  EXPECT_EQ(a.authors, Names{"Jane Doe"});
  // A teaser card after the story, an <article> in an <li>, gives no description.
  a = extract("",
              "<ul><li><article class=\"card\"><a href=\"/x\"><h3>Macron in Berlin</h3></a><p "
              "class=\"dek\">French president Emmanuel Macron arrived in Berlin for talks.</p>"
              "</article></li></ul>");
  EXPECT_EQ(a.description, "");
  // The screen reader's copy before an unmarked copy shown, and words a comment or a <wbr>
  // splits, which stay whole.
  a = extract("",
              "<p class=\"date\"><span class=\"sr-only\">Published On 19 Jan 2022</span><span>19 "
              "Jan 2022</span></p><p>Pricewaterhouse<wbr>Coopers and Mc<!-- -->Allen said the "
              "deal was done, in a statement that ran to two long pages.</p>");
  EXPECT_EQ(a.date.substr(0, 10), "2022-01-19");
  EXPECT_NE(a.text.find("PricewaterhouseCoopers and McAllen said"), std::string::npos) << a.text;
  // One letter styled apart from the rest of its word stays in it; a word before a styled one,
  // and two styled elements side by side, are read apart.
  a = extract("",
              "<p>The new i<b>Phone</b> and <em>e</em>Bay listings drew buyers, strong on "
              "security<strong>Cons:</strong> few, the <i>2:19 pm</i><i>Guest</i> post said.</p>");
  EXPECT_NE(a.text.find("new iPhone and eBay listings"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("security Cons: few"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("2:19 pm Guest post"), std::string::npos) << a.text;
  for (const char* brand : {"the new\ni<b>Phone</b> sold", "the new&nbsp;i<b>Phone</b> sold",
                            "the (i<b>Phone</b>) sold", "the \"i<b>Phone</b>\" sold",
                            "the \xE2\x80\x9Ci<b>Phone</b>\xE2\x80\x9D sold"}) {
    a = extract("", std::string("<p>Officials said ") + brand +
                        " well on Monday, and the talks went on into the night.</p>");
    EXPECT_NE(a.text.find("iPhone"), std::string::npos) << a.text;
  }
  for (const char* styled : {"a<b>Reuters</b> report", "president's<em>Build</em> plan",
                             "Espa\xC3\xB1"
                             "a<b>Madrid</b>",
                             "R v<i>Smith</i>"}) {
    a = extract("", std::string("<p>Officials read ") + styled +
                        " on Monday, and the talks went on into the night.</p>");
    EXPECT_EQ(a.text.find("aR"), std::string::npos) << a.text;
    EXPECT_EQ(a.text.find("'sB"), std::string::npos) << a.text;
    EXPECT_EQ(a.text.find("aM"), std::string::npos) << a.text;
    EXPECT_EQ(a.text.find("vS"), std::string::npos) << a.text;
  }
  // The screen reader's copy in a link, before a comma: no space before the comma.
  a = extract("",
              "<p>Officials told <a href=\"/r\">Reuters<span class=\"sr-only\"> (opens in new "
              "tab)</span></a>, the news agency, that the strike was over and work resumed.</p>");
  EXPECT_NE(a.text.find("(opens in new tab), the news agency"), std::string::npos) << a.text;
  // A dek set as a heading, and a story listed whole on an infinite-scroll page.
  a = extract("",
              "<h2 class=\"c-entry-summary p-dek\">Crews return to work after nine days of "
              "talks at the port.</h2>");
  EXPECT_EQ(a.description, "Crews return to work after nine days of talks at the port.");
}

TEST(ExtractHtmlTest, NewsPageWithFurniture) {
  Article article;
  ASSERT_TRUE(ExtractHtml(kNewsPage, &article).ok());
  EXPECT_EQ(article.title, "Iran and Russia sign grain deal");
  EXPECT_EQ(article.description, "The agreement covers wheat and barley shipments.");
  EXPECT_EQ(article.authors, (std::vector<std::string>{"Leila Ahmadi", "Pavel Orlov"}));
  EXPECT_EQ(article.date, "2024-03-05T09:30:00+03:30");
  EXPECT_EQ(article.site, "Example News");
  EXPECT_EQ(article.url, "https://news.example.com/world/2024/03/05/iran-russia-grain");
  EXPECT_EQ(article.language, "en-GB");
  EXPECT_EQ(article.dateline, "TEHRAN, Iran");
  EXPECT_EQ(article.captions,
            (std::vector<std::string>{"A cargo ship at Bandar Abbas port. [File: Reuters]"}));
  EXPECT_EQ(article.text,
            "TEHRAN, Iran \xE2\x80\x93 Iran and Russia signed a deal on Tuesday to ship five "
            "million tonnes of wheat and barley a year, officials said.\n"
            "The agreement, reached after months of talks, also covers rail transport through "
            "Azerbaijan, according to the trade ministry.\n"
            "Sanctions\n"
            "Both countries face Western sanctions, which have pushed them to deepen trade ties "
            "since 2022.\n"
            "The first shipments are expected in April.");
}

TEST(ExtractHtmlTest, Windows1252PageIsConverted) {
  // \x93 \x94 are curly double quotes and \xE9 is e-acute in windows-1252.
  std::string page =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
      "<title>Caf\xE9 owners protest</title></head><body><div>"
      "<p>Owners of the caf\xE9 said the new tax was \x93unfair\x94 and would close shops.</p>"
      "<p>The council will vote on the measure next week, a spokesman said.</p>"
      "</div></body></html>";
  Article article;
  ASSERT_TRUE(ExtractHtml(page, &article).ok());
  EXPECT_EQ(article.title, "Caf\xC3\xA9 owners protest");
  EXPECT_EQ(article.text,
            "Owners of the caf\xC3\xA9 said the new tax was \xE2\x80\x9Cunfair\xE2\x80\x9D and "
            "would close shops.\n"
            "The council will vote on the measure next week, a spokesman said.");
}

TEST(ExtractHtmlTest, MetaCharsetIso88591) {
  std::string page =
      "<html><head><meta charset=\"iso-8859-1\"></head><body>"
      "<p>Die Regierung in M\xFCnchen k\xFCndigte am Montag neue Ma\xDFnahmen "
      "an.</p></body></html>";
  Article article;
  ASSERT_TRUE(ExtractHtml(page, &article).ok());
  EXPECT_EQ(article.text,
            "Die Regierung in M\xC3\xBCnchen k\xC3\xBCndigte am Montag neue Ma\xC3\x9Fnahmen an.");
}

// The charset is read from <meta> tags only, in any case and after other attributes; a
// "charset" in another tag before them (a script's) is not the page's.
TEST(ExtractHtmlTest, CharsetIsReadFromMetaTagsOnly) {
  std::string page =
      "<HTML><HEAD><SCRIPT SRC=\"a.js\" CHARSET=\"koi8-r\"></SCRIPT>"
      "<META CONTENT=\"text/html; CHARSET=WINDOWS-1252\" HTTP-EQUIV=\"Content-Type\">"
      "</HEAD><BODY><P>Owners of the caf\xE9 said the new tax was \x93unfair\x94.</P>"
      "</BODY></HTML>";
  Article article;
  ASSERT_TRUE(ExtractHtml(page, &article).ok());
  EXPECT_EQ(article.text,
            "Owners of the caf\xC3\xA9 said the new tax was \xE2\x80\x9Cunfair\xE2\x80\x9D.");
}

TEST(ExtractHtmlTest, BrokenMarkupStillReadable) {
  const char* page =
      "<html><body><div class=\"story\"><p>Protesters gathered outside the parliament on "
      "Sunday, police said.<p>They demanded new elections <b>and the release of detainees."
      "<p>Police used tear gas to disperse the crowd, witnesses told <i>reporters</div>";
  Article article;
  ASSERT_TRUE(ExtractHtml(page, &article).ok());
  EXPECT_EQ(article.text,
            "Protesters gathered outside the parliament on Sunday, police said.\n"
            "They demanded new elections and the release of detainees.\n"
            "Police used tear gas to disperse the crowd, witnesses told reporters");
}

// Punctuation after a <br> or an empty block in a headline takes back the spaces before it; the
// headline's reading must not look past the end of what is left (it threw out_of_range).
TEST(ExtractHtmlTest, PunctuationAfterABreakInTheHeadline) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"<h1>Is the strike over<br>?</h1>", "Is the strike over?"},
      {"<h1>Port strike ends<div></div>.</h1>", "Port strike ends."},
      {"<h1></p>?</h1>", "?"}};
  for (const auto& [heading, title] : cases) {
    Article article;
    ASSERT_TRUE(ExtractHtml("<html><body>" + heading +
                                "<p>Dock workers returned to the harbour on Monday.</p></body>"
                                "</html>",
                            &article)
                    .ok())
        << heading;
    EXPECT_EQ(article.title, title) << heading;
  }
}

TEST(ExtractHtmlTest, InvalidUtf8BecomesReplacementCharacter) {
  std::string page =
      "<html><head><meta charset=\"utf-8\"></head><body><p>Talks in Doha \xC3\xA9 ended \xFF\xFE "
      "without a deal on Friday.</p></body></html>";
  Article article;
  ASSERT_TRUE(ExtractHtml(page, &article).ok());
  EXPECT_EQ(article.text,
            "Talks in Doha \xC3\xA9 ended \xEF\xBF\xBD\xEF\xBF\xBD without a deal on Friday.");
}

TEST(ExtractHtmlTest, EmptyInputGivesEmptyArticle) {
  Article article;
  article.title = "stale";
  ASSERT_TRUE(ExtractHtml("", &article).ok());
  EXPECT_EQ(article.title, "");
  EXPECT_EQ(article.text, "");
  ASSERT_TRUE(ExtractHtml("<html></html>", &article).ok());
  EXPECT_EQ(article.text, "");
}

TEST(ExtractHtmlTest, BinaryInputIsRejected) {
  std::string binary = "\x89PNG\r\n\x1A\n";
  binary.append(600, '\0');
  Article article;
  Status status = ExtractHtml(binary, &article);
  EXPECT_FALSE(status.ok());
  EXPECT_EQ(status.code(), Status::Code::kInvalidArgument);
}

TEST(ExtractHtmlTest, DensityFallbackWithoutSemanticMarkup) {
  const char* page =
      "<html><head><title>Ceasefire holds in the north - Daily Example</title>"
      "<meta property=\"og:site_name\" content=\"Daily Example\"></head><body>"
      "<div id=\"top\"><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a "
      "href=\"/sport\">Sport</a></div>"
      "<div class=\"wrap\"><div class=\"col\">"
      "<p>By Maria Lopez</p>"
      "<p>March 4, 2024</p>"
      "<p>A ceasefire between the two sides held for a third day on Monday, according to monitors, "
      "despite reports of sporadic shelling.</p>"
      "<p>The truce, brokered by regional mediators, allows aid convoys to reach the besieged "
      "towns, "
      "officials said.</p>"
      "</div><div class=\"col2\"><ul><li><a href=\"/x\">Weather</a></li><li><a "
      "href=\"/y\">Markets</a></li></ul></div></div>"
      "</body></html>";
  Article article;
  ASSERT_TRUE(ExtractHtml(page, &article).ok());
  EXPECT_EQ(article.title, "Ceasefire holds in the north");
  EXPECT_EQ(article.site, "Daily Example");
  EXPECT_EQ(article.authors, (std::vector<std::string>{"Maria Lopez"}));
  EXPECT_EQ(article.date, "2024-03-04");
  EXPECT_EQ(article.text,
            "A ceasefire between the two sides held for a third day on Monday, according to "
            "monitors, despite reports of sporadic shelling.\n"
            "The truce, brokered by regional mediators, allows aid convoys to reach the besieged "
            "towns, officials said.");
}

// The authors of a page that marks its byline with classes only (no metadata names them).
std::vector<std::string> AuthorsOfByline(const std::string& byline) {
  const std::string page =
      "<html><head><title>Port strike ends after nine days</title></head><body><article>"
      "<h1>Port strike ends after nine days</h1>" +
      byline +
      "<p>Dock workers returned to the harbour on Monday after nine days on strike, the union "
      "said, ending a dispute over pay that had stranded hundreds of containers.</p>"
      "</article></body></html>";
  Article article;
  EXPECT_TRUE(ExtractHtml(page, &article).ok());
  return article.authors;
}

TEST(ExtractHtmlTest, AuthorBoxGivesTheNameWithoutTheRole) {
  using Names = std::vector<std::string>;
  // The name's own element, not the box's whole text ("Rui Costa Senior Writer").
  EXPECT_EQ(AuthorsOfByline("<div class=\"author-info\"><div class=\"name\">Rui Costa</div>"
                            "<div class=\"post\">Senior Writer</div></div>"),
            Names{"Rui Costa"});
  // The innermost name element.
  EXPECT_EQ(AuthorsOfByline("<div class=\"card-author\"><a class=\"card-author-name-wrapper\">"
                            "<h2 class=\"card-author-name\">Rui Costa</h2><div>Head Winemaker, "
                            "Co-Founder</div></a></div>"),
            Names{"Rui Costa"});
  // A picture field whose class says "name" too (Drupal's "field--name-field-image") is not it.
  EXPECT_EQ(AuthorsOfByline("<div class=\"card-author\"><div class=\"field--name-field-image\">"
                            "<img src=\"a.png\"></div><h5><a href=\"/author/rui-costa\">"
                            "<span>Rui Costa</span></a></h5></div>"),
            Names{"Rui Costa"});
  // Every author's name element, once each.
  EXPECT_EQ(AuthorsOfByline("<div class=\"byline\">By <span class=\"author-name\">Rui Costa</span>"
                            " and <span class=\"author-name\">Ana Lima</span></div>"),
            (Names{"Rui Costa", "Ana Lima"}));
  // Not the name of the publication, of a script, or of those who updated the story. (Where
  // the page does not name its site, the publication's name is still read as a second author
  // from the byline's text: "By Rui Costa, Harbour Post" says no more.)
  const Names with_publication = AuthorsOfByline(
      "<div class=\"byline\">By Rui Costa, <span class=\"publication-name\">Harbour Post</span>"
      "</div>");
  ASSERT_FALSE(with_publication.empty());
  EXPECT_EQ(with_publication[0], "Rui Costa");
  EXPECT_EQ(AuthorsOfByline("<div class=\"byline\"><span class=\"author-name\"><script>var a = "
                            "1;</script></span>By Rui Costa</div>"),
            Names{"Rui Costa"});
  EXPECT_EQ(AuthorsOfByline("<div class=\"byline\"><span class=\"author-name\">By Rui Costa</span>"
                            "<span class=\"author-name\">Updated by <a class=\"byline-name\">Ana "
                            "Lima</a></span></div>"),
            Names{"Rui Costa"});
  // Without a name element, the box's text is read as a byline.
  EXPECT_EQ(AuthorsOfByline("<p class=\"byline\">By Rui Costa</p>"), Names{"Rui Costa"});
}

// A byline the page shows with no markup to find it by: its names end with their block, and a
// "By" in title case inside a line is none ("Recommended By Influencers").
TEST(ExtractHtmlTest, VisibleBylineEndsWithItsBlock) {
  using Names = std::vector<std::string>;
  EXPECT_EQ(AuthorsOfByline("<div><div>Written by</div><div>Edzel Tabing</div></div><div>Table "
                            "of contents</div>"),
            Names{"Edzel Tabing"});
  EXPECT_EQ(AuthorsOfByline("<div>March 15, 2022 \xC2\xB7 3 min read \xC2\xB7 By ASU Online</div>"),
            Names{"ASU Online"});
  EXPECT_EQ(AuthorsOfByline("<div><div>By</div><div>The Meetingnotes Team</div><div>|</div></div>"),
            Names{"The Meetingnotes Team"});
  for (const char* inline_byline :
       {"<p>Posted on Jan 5, 2024 By Jane Doe</p>",
        "<div><span>Jan 5, 2024</span> <span>By Jane Doe</span></div>",
        "<p>Jan 5, 2024 - By Jane Doe</p>", "<p>Story By Jane Doe</p>",
        "<div>Updated 3 hours ago <span>By Jane Doe</span></div>", "<p>5 min read By Jane Doe</p>",
        "<p>POLITICS By Jane Doe</p>", "<p>\xE2\x80\x9CQuote\xE2\x80\x9D By Jane Doe</p>",
        "<p><a href=\"/music/\">Music</a> By Jane Doe</p>"}) {
    EXPECT_EQ(AuthorsOfByline(inline_byline), Names{"Jane Doe"}) << inline_byline;
  }
  for (const char* no_byline : {"<div><a href=\"/r\">Recommended By Influencers</a> <a "
                                "href=\"/p\">Podcasts</a></div>",
                                "<div><a href=\"/t\">Paris Caf\xC3\xA9 By Night Tour</a></div>",
                                "<p><a href=\"/p\">Powered By WordPress Themes</a></p>",
                                "<p><a href=\"/w\">Woman Bitten By Shark Off Sydney Beach</a></p>",
                                "<p>Brought To You By Acme Corp</p>"}) {
    EXPECT_EQ(AuthorsOfByline(no_byline), Names{}) << no_byline;
  }
  // The marks between blocks do not shorten the stretch of text looked at after the title.
  std::string list = "<ul>";
  for (int k = 0; k < 200; ++k) list += "<li>x</li>";
  EXPECT_EQ(AuthorsOfByline(list + "</ul><p>Story By Jane Doe</p>"), Names{"Jane Doe"});
}

TEST(ExtractHtmlTest, LinkToTheAuthorsPageNamesTheAuthor) {
  using Names = std::vector<std::string>;
  EXPECT_EQ(AuthorsOfByline("<p><a href=\"/blog/author/rui-costa/\">Rui Costa</a></p>"),
            Names{"Rui Costa"});
  EXPECT_EQ(AuthorsOfByline("<p><a href=\"https://example.com/authors/rui-costa\">Rui Costa and "
                            "Ana Lima</a></p>"),
            (Names{"Rui Costa", "Ana Lima"}));
  // A call to follow the link is passed for the next link; the index of all authors is no one.
  EXPECT_EQ(AuthorsOfByline("<p><a href=\"/author/rui-costa/\">Read more</a> <a "
                            "href=\"/author/rui-costa/\">Rui Costa</a></p>"),
            Names{"Rui Costa"});
  EXPECT_EQ(AuthorsOfByline("<p><a href=\"/authors/\">Our writers</a></p>"), Names{});
  // The parts of an author box that say other things of the writer are not the name.
  EXPECT_EQ(AuthorsOfByline("<div class=\"dynamic-author-description\">Licensed Q Arabica "
                            "Grader, M.A. Journalism</div>"),
            Names{});
  EXPECT_EQ(AuthorsOfByline("<div class=\"author-bio\">Ports, People and Ships</div><div "
                            "class=\"author-name\">Rui Costa</div>"),
            Names{"Rui Costa"});
  // But a modifier or a utility class beside the mark is no such part.
  for (const char* byline :
       {"<div class=\"byline byline--has-avatar\"><img src=\"a.png\"><span>Rui "
        "Costa</span></div>",
        "<p class=\"author position-relative\">Rui Costa</p>",
        "<span class=\"byline author-photo-left\">Rui Costa</span>"}) {
    EXPECT_EQ(AuthorsOfByline(byline), Names{"Rui Costa"}) << byline;
  }
  EXPECT_EQ(AuthorsOfByline("<div class=\"author-with-photo\"><img src=\"a.png\"><span>Rui "
                            "Costa</span></div>"),
            Names{"Rui Costa"});
  // A part named further on in the class is a part too ("author-card__job-title").
  EXPECT_EQ(AuthorsOfByline("<span class=\"author-card__job-title\">Chief Political "
                            "Correspondent</span><span class=\"author-card__name\">Rui "
                            "Costa</span>"),
            Names{"Rui Costa"});
  // A byline that marks its author wins over a link elsewhere.
  EXPECT_EQ(AuthorsOfByline("<p><a href=\"/author/ana-lima/\">Ana Lima</a></p><p "
                            "class=\"byline\">By Rui Costa</p>"),
            Names{"Rui Costa"});
  // So does a "By" line the page writes, over a link in the story to another writer's page.
  EXPECT_EQ(AuthorsOfByline("<p>By Rui Costa</p><p>As <a "
                            "href=\"https://other.example/author/ana-lima/\">Ana Lima</a> wrote "
                            "last year, the port had been losing trade for a decade.</p>"),
            Names{"Rui Costa"});
  // Not links to an author's page: a query that mentions the path, a page below the author's,
  // a catalogue's author page, a staff menu.
  for (const char* link :
       {"<a href=\"/search?q=/author/rui-costa\">Search results</a>",
        "<a href=\"/author/rui-costa/feed/\">Rui Costa</a>",
        "<a href=\"https://books.example/author/show/1234.Herman_Melville\">Herman Melville</a>",
        "<nav><a href=\"/author/rui-costa/\">Rui Costa</a></nav>"}) {
    EXPECT_EQ(AuthorsOfByline(std::string("<p>") + link + "</p>"), Names{}) << link;
  }
}

TEST(ExtractHtmlTest, SourceThatNamesNoOneOnceCleanedGivesWayToTheNext) {
  // Metadata names "admin" and a role; the byline names the writer.
  Article article;
  ASSERT_TRUE(ExtractHtml("<html><head><title>Port strike ends</title><script "
                          "type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                          "\"author\":[{\"name\":\"admin\"},{\"name\":\"Senior "
                          "Editor\"}]}</script></head><body><article><h1>Port strike ends</h1>"
                          "<p class=\"byline\">By Rui Costa</p><p>Dock workers returned to the "
                          "harbour on Monday after nine days on strike, the union said.</p>"
                          "</article></body></html>",
                          &article)
                  .ok());
  EXPECT_EQ(article.authors, std::vector<std::string>{"Rui Costa"});
}

// Tags other services read: the analytics tags news sites fill from their bylines, a paper's
// authors for Google Scholar, and Yoast's card for sharing, when nothing better names them.
TEST(ExtractHtmlTest, AuthorsFromAnalyticsScholarlyAndSharingTags) {
  using Names = std::vector<std::string>;
  auto authors = [](const std::string& head, const std::string& body) {
    Article article;
    EXPECT_TRUE(ExtractHtml("<html><head><title>Port strike ends</title>" + head +
                                "</head><body><article><h1>Port strike ends</h1>" + body +
                                "<p>Dock workers returned to the harbour on Monday after nine "
                                "days on strike, the union said in a statement.</p></article>"
                                "</body></html>",
                            &article)
                    .ok());
    return article.authors;
  };
  EXPECT_EQ(authors("<meta name=\"cXenseParse:author\" content=\"Harry Rabinowitz\">",
                    "<div class=\"author\"><p>Harry Rabinowitz</p><p>Tech Reporter</p></div>"),
            Names{"Harry Rabinowitz"});
  EXPECT_EQ(authors("<meta name=\"parsely-author\" content=\"Jane Doe\">", ""), Names{"Jane Doe"});
  EXPECT_EQ(authors("<meta name=\"citation_author\" content=\"Roy, Aniruddha\"><meta "
                    "name=\"citation_author\" content=\"Patel, Jyoti\">",
                    ""),
            (Names{"Aniruddha Roy", "Jyoti Patel"}));
  EXPECT_EQ(authors("<meta name=\"citation_authors\" content=\"Doe, Jane; Roe, John\">", ""),
            (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(authors("<meta name=\"twitter:label1\" content=\"Est. reading time\"><meta "
                    "name=\"twitter:data1\" content=\"4 minutes\"><meta name=\"twitter:label2\" "
                    "content=\"Written by\"><meta name=\"twitter:data2\" content=\"Nawaz "
                    "Dhandala\">",
                    ""),
            Names{"Nawaz Dhandala"});
  // The card names its plugin's user: a byline the page shows is the better name.
  EXPECT_EQ(authors("<meta name=\"twitter:label1\" content=\"Written by\"><meta "
                    "name=\"twitter:data1\" content=\"andrew.keaveney\">",
                    "<p class=\"byline\">By Denise Everheart</p>"),
            Names{"Denise Everheart"});
  // A reading time is no author, nor a login.
  EXPECT_EQ(authors("<meta name=\"twitter:label1\" content=\"Est. reading time\"><meta "
                    "name=\"twitter:data1\" content=\"4 minutes\">",
                    ""),
            Names{});
  EXPECT_EQ(authors("<meta name=\"twitter:label1\" content=\"Written by\"><meta "
                    "name=\"twitter:data1\" content=\"jdoe\">",
                    ""),
            Names{});
  // One tag per author, a list in one, and names split at bars.
  EXPECT_EQ(authors("<meta name=\"parsely-author\" content=\"Jane Doe\"><meta "
                    "name=\"parsely-author\" content=\"John Roe\">",
                    "<p class=\"byline\">By Jane Doe and John Roe</p>"),
            (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(authors("<meta name=\"parsely-author\" content='[\"Jane Doe\",\"John Roe\"]'>", ""),
            (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(authors("<meta name=\"sailthru.author\" content=\"Jane Doe|John Roe\">", ""),
            (Names{"Jane Doe", "John Roe"}));
  // A login, a wire or the site there waits for the byline the page writes.
  for (const char* tag : {"<meta name=\"cXenseParse:author\" content=\"jdoe\">",
                          "<meta name=\"parsely-author\" content=\"Reuters\">",
                          "<meta name=\"parsely-author\" content=\"Harbour Post Staff\">",
                          "<meta name=\"citation_author\" content=\"Harbour Post\">"}) {
    EXPECT_EQ(
        authors(std::string("<meta property=\"og:site_name\" content=\"Harbour Post\">") + tag,
                "<p class=\"byline\">By Jane Doe</p>"),
        Names{"Jane Doe"})
        << tag;
  }
  EXPECT_EQ(authors("<meta name=\"parsely-author\" content=\"Reuters\">", ""), Names{"Reuters"});
  EXPECT_EQ(authors("<meta name=\"citation_author\" content=\"Jane Doe and John Roe\">", ""),
            (Names{"Jane Doe", "John Roe"}));
  // Scholarly lists: surnames and initials in pairs, names joined by "and", and a suffix kept
  // with its name rather than read as a second one.
  EXPECT_EQ(authors("<meta name=\"citation_authors\" content=\"Smith, J., Doe, J., Roe, K.\">", ""),
            (Names{"J. Smith", "J. Doe", "K. Roe"}));
  EXPECT_EQ(authors("<meta name=\"citation_author\" content=\"Doe, Jane and Roe, John\">", ""),
            (Names{"Jane Doe", "John Roe"}));
  EXPECT_EQ(authors("<meta name=\"citation_author\" content=\"Smith, John, Jr.\">", ""),
            Names{"Smith, John, Jr."});
  EXPECT_EQ(
      authors("<meta name=\"citation_author\" content=\"Jane Doe, Department of Biology\">", ""),
      Names{"Jane Doe, Department of Biology"});
  for (const char* list : {"Jane Doe, John Roe, and Jim Poe", "Jane Doe, John Roe, Jim Poe,"}) {
    EXPECT_EQ(authors(std::string("<meta name=\"citation_author\" content=\"") + list + "\">", ""),
              (Names{"Jane Doe", "John Roe", "Jim Poe"}))
        << list;
  }
  // Over a hundred pairs in one tag: the first hundred names.
  std::string pairs;
  for (int k = 0; k < 150; ++k) pairs += (k ? ", Doe" : "Doe") + std::to_string(k) + ", J.";
  EXPECT_EQ(authors("<meta name=\"citation_authors\" content=\"" + pairs + "\">", "").size(), 100u);
  // A desk or a team is a credit too, and a credit beside a writer goes.
  const std::string site = "<meta property=\"og:site_name\" content=\"Harbour Post\">";
  // (But a writer whose name holds the site's, or ends in a credit's word, is a writer.)
  EXPECT_EQ(
      authors("<meta property=\"og:site_name\" content=\"ELLE\"><meta name=\"parsely-author\" "
              "content=\"Danielle Smith\"><meta name=\"parsely-author\" content=\"Robert "
              "Service\">",
              ""),
      (Names{"Danielle Smith", "Robert Service"}));
  for (const char* desk : {"Web Desk", "Editorial Team", "Harbour Post Editors", "TOI.in",
                           "Express News Service", "The Harbour Post"}) {
    EXPECT_EQ(authors(site + "<meta name=\"parsely-author\" content=\"" + desk + "\">",
                      "<p class=\"meta\">By Jane Doe</p>"),
              Names{"Jane Doe"})
        << desk;
  }
  EXPECT_EQ(authors(site + "<meta name=\"parsely-author\" content=\"Jane Doe\"><meta "
                           "name=\"parsely-author\" content=\"Harbour Post\">",
                    ""),
            Names{"Jane Doe"});
  EXPECT_EQ(
      authors(site + "<meta name=\"sailthru.author\" content=\"Jane Doe, Harbour Post\">", ""),
      Names{"Jane Doe"});
  // Yoast's card comes after a link to an author's page: it may name a posting account.
  EXPECT_EQ(authors("<meta name=\"twitter:label1\" content=\"Written by\"><meta "
                    "name=\"twitter:data1\" content=\"Web Editor\">",
                    "<p><a href=\"https://x.com/author/jane-doe/\">Jane Doe</a></p>"),
            Names{"Jane Doe"});
  EXPECT_EQ(authors(site + "<meta name=\"twitter:label1\" content=\"Written by\"><meta "
                           "name=\"twitter:data1\" content=\"Harbour Post\">",
                    "<p><a href=\"https://x.com/author/jane-doe/\">Jane Doe</a></p>"),
            Names{"Jane Doe"});
  // A list of thousands is read for its first hundred names.
  std::string many;
  for (int k = 0; k < 300; ++k) {
    many += "<meta name=\"parsely-author\" content=\"Jane Doe" + std::to_string(k) + " Smith\">";
  }
  EXPECT_EQ(authors(many, "").size(), 100u);
  // The word that joined the writer to the publisher goes with the publisher.
  EXPECT_EQ(authors("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
                    "{\"name\":\"Jane Doe For Daily Mail\"},\"publisher\":{\"name\":\"Daily "
                    "Mail\"}}</script>",
                    ""),
            Names{"Jane Doe"});
}

TEST(ExtractHtmlTest, PublicationNamedBesideTheWriterIsNoAuthor) {
  using Names = std::vector<std::string>;
  auto authors_of = [](const std::string& head, const std::string& byline) {
    Article article;
    EXPECT_TRUE(ExtractHtml("<html><head><title>Port strike ends</title><meta "
                            "property=\"og:site_name\" content=\"Harbour Post\">" +
                                head + "</head><body><article><h1>Port strike ends</h1>" + byline +
                                "<p>Dock workers returned to the harbour on Monday after nine "
                                "days on strike, the union said.</p></article></body></html>",
                            &article)
                    .ok());
    return article.authors;
  };
  EXPECT_EQ(authors_of("",
                       "<div class=\"byline\">By Rui Costa, <span "
                       "class=\"publication-name\">Harbour Post</span></div>"),
            Names{"Rui Costa"});
  EXPECT_EQ(authors_of("",
                       "<div class=\"byline-section\"><span><a>Rui Costa</a></span> <span "
                       "class=\"credit\">HARBOUR POST</span></div>"),
            Names{"Rui Costa"});
  // A template's "Name, Publication" with the name left empty names no author; the byline does.
  EXPECT_EQ(authors_of("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                       "\"author\":{\"@type\":\"Person\",\"name\":\", Harbour Post\"}}"
                       "</script>",
                       "<p class=\"byline\">By Rui Costa</p>"),
            Names{"Rui Costa"});
  // The publication alone, as the only author named, stays.
  EXPECT_EQ(authors_of("", "<p class=\"byline\">By Harbour Post</p>"), Names{"Harbour Post"});
  // Metadata that names the publication as the author gives way to a writer the page names,
  // and stands where it names none (not even a "By ..." heading further on is one).
  const std::string publication_in_metadata =
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{"
      "\"@type\":\"Organization\",\"name\":\"Harbour Post\"}}</script>";
  EXPECT_EQ(authors_of(publication_in_metadata, "<p class=\"byline\">By Rui Costa</p>"),
            Names{"Rui Costa"});
  EXPECT_EQ(authors_of(publication_in_metadata,
                       "<p>Finding a Berth By Yourself Or With An "
                       "Agent</p>"),
            Names{"Harbour Post"});
}

TEST(ExtractHtmlTest, SiteNameAsAuthorOrInAuthorsNames) {
  using Names = std::vector<std::string>;
  auto authors_of = [](const std::string& site, const std::string& ld_authors,
                       const std::string& head, const std::string& body) {
    std::string page =
        "<html><head><title>Port strike ends</title><meta "
        "property=\"og:site_name\" content=\"" +
        site + "\">";
    if (!ld_authors.empty()) {
      page += "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":" +
              ld_authors + "}</script>";
    }
    page += head + "</head><body><article><h1>Port strike ends</h1>" + body +
            "<p>Dock workers returned to the harbour on Monday after nine days on strike, the "
            "union said.</p></article></body></html>";
    Article article;
    EXPECT_TRUE(ExtractHtml(page, &article).ok());
    return article.authors;
  };
  // Names that end in a one-word site's name are names.
  EXPECT_EQ(authors_of("Forbes", "{\"name\":\"Steve Forbes\"}", "", ""), Names{"Steve Forbes"});
  EXPECT_EQ(authors_of("Post", "", "", "<p class=\"byline\">By Emily Post</p>"),
            Names{"Emily Post"});
  EXPECT_EQ(
      authors_of("Harbour Post", "", "", "<p class=\"byline\">By Rui Costa: Harbour Post</p>"),
      Names{"Rui Costa"});
  // The publisher JSON-LD names, when the site goes by another name, credited after the writers.
  EXPECT_EQ(authors_of("Memphis Commercial Appeal",
                       "{\"name\":\"Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal\"},"
                       "\"publisher\":{\"name\":\"The Commercial Appeal\"}",
                       "", ""),
            Names{"Manoj Jain and Jagpreet Chhatwal"});
  // A personal site's writer named with another in the metadata stays.
  EXPECT_EQ(authors_of("Rui Costa", "[{\"name\":\"Rui Costa\"},{\"name\":\"Ana Lima\"}]", "", ""),
            (Names{"Rui Costa", "Ana Lima"}));
  // The site as the author, written twice, is one author; and it stands where the page names
  // no writer: not a comment's author, not a "By ..." heading further on, not a byline box
  // that names no one, not the writer's first name alone.
  const std::string site_as_author = "[{\"name\":\"Rui Costa\"},{\"name\":\"RUI COSTA\"}]";
  const std::string story =
      "<p>It was quiet at the quay. Finding a Berth By Yourself Buying "
      "Through a broker is hard.</p>";
  for (const std::string& body : std::vector<std::string>{
           story, "<div class=\"comments\"><div class=\"comment-author\">Bob Smith</div></div>",
           "<div class=\"author\">Admin</div>", "<span class=\"author vcard\"><a>Rui</a></span>"}) {
    EXPECT_EQ(authors_of("Rui Costa", site_as_author, "", body), Names{"Rui Costa"}) << body;
  }
  // A page whose <body> says it has comments still has its byline.
  Article article;
  ASSERT_TRUE(ExtractHtml("<html><head><title>Port strike ends</title></head><body "
                          "class=\"single has-comments\"><article><h1>Port strike ends</h1><div "
                          "class=\"author\">Ana Lima</div><p>Dock workers returned to the "
                          "harbour on Monday after nine days on strike, the union said.</p>"
                          "</article></body></html>",
                          &article)
                  .ok());
  EXPECT_EQ(article.authors, Names{"Ana Lima"});
  // Where the metadata names the site, its <meta name="author"> may name the writer.
  EXPECT_EQ(authors_of("Harbour Post", "{\"name\":\"Harbour Post\"}",
                       "<meta name=\"author\" content=\"Ana Lima\">", ""),
            Names{"Ana Lima"});
}

TEST(ExtractHtmlTest, BylineGivesItsLinksToAuthorPagesWithoutTheRoleOrOtherCredits) {
  using Names = std::vector<std::string>;
  EXPECT_EQ(AuthorsOfByline("<div class=\"author-name\"><a href=\"/author/rui-costa/\">Rui "
                            "Costa</a><span>, Privacy and Digital Security Expert</span></div>"),
            Names{"Rui Costa"});
  EXPECT_EQ(AuthorsOfByline("<div class=\"byline\">By <a href=\"/author/rui-costa\">Rui Costa, "
                            "DVM</a>. Reviewed by <a href=\"/author/ana-lima\">Ana Lima, "
                            "DVM</a></div>"),
            Names{"Rui Costa, DVM"});
  EXPECT_EQ(AuthorsOfByline("<div class=\"byline\">By <a href=\"/authors/rui-costa\">Rui "
                            "Costa</a> and <a href=\"/authors/ana-lima\">Ana Lima</a>, Staff "
                            "Writers</div>"),
            (Names{"Rui Costa", "Ana Lima"}));
  // The credit however it is marked up, and for every name it covers; a call to read is none.
  for (const char* credit :
       {"<span>Reviewed by</span> <a href=\"/author/ana-lima\">Ana Lima</a>",
        "Reviewed by: <a href=\"/author/ana-lima\">Ana Lima</a>",
        "Reviewed by <strong><a href=\"/author/ana-lima\">Ana Lima</a></strong>",
        "Reviewed by <a href=\"/author/ana-lima\">Ana Lima</a> and <a "
        "href=\"/author/bo-li\">Bo Li</a>",
        "<a href=\"/author/rui-costa\">More from Rui</a>"}) {
    EXPECT_EQ(AuthorsOfByline(std::string("<div class=\"byline\">By <a "
                                          "href=\"/author/rui-costa\">Rui Costa</a>. ") +
                              credit + "</div>"),
              Names{"Rui Costa"})
        << credit;
  }
}

TEST(ExtractHtmlTest, BylineKeepsTheCoAuthorWithoutAPageAndDropsTheWire) {
  using Names = std::vector<std::string>;
  // The co-author joined to the linked name by "and" or "&", up to what follows the name.
  EXPECT_EQ(AuthorsOfByline("<div class=\"byline\">By <a href=\"/author/rui-costa/\">Rui "
                            "Costa</a> and Ana Lima</div>"),
            (Names{"Rui Costa", "Ana Lima"}));
  EXPECT_EQ(AuthorsOfByline("<div class=\"byline\">By <a href=\"/author/rui-costa/\">Rui "
                            "Costa</a> &amp; <span>Ana Lima</span>, Reuters</div>"),
            (Names{"Rui Costa", "Ana Lima"}));
  // ... and not into the date the box shows next.
  EXPECT_EQ(AuthorsOfByline("<div class=\"author-date\">By <a href=\"/author/rui-costa/\">Rui "
                            "Costa</a> and Ana Lima<time>January 19, 2022</time></div>"),
            (Names{"Rui Costa", "Ana Lima"}));
  EXPECT_EQ(AuthorsOfByline("<div class=\"byline\">By <a href=\"/author/rui-costa/\">Rui "
                            "Costa</a> and Ana Lima<span>Published May 2, 2024</span></div>"),
            (Names{"Rui Costa", "Ana Lima"}));
  // Every one joined so, in capitals too.
  EXPECT_EQ(AuthorsOfByline("<div class=\"byline\">By <a href=\"/author/rui-costa/\">RUI "
                            "COSTA</a> AND ANA LIMA and BO LI</div>"),
            (Names{"RUI COSTA", "ANA LIMA", "BO LI"}));
  // A credit that names no person is no co-author.
  for (const char* credit : {"Staff Reports", "Tribune News Service", "Harbour Post Staff"}) {
    EXPECT_EQ(AuthorsOfByline(std::string("<div class=\"byline\">By <a "
                                          "href=\"/author/rui-costa/\">Rui Costa</a> and ") +
                              credit + "</div>"),
              Names{"Rui Costa"})
        << credit;
  }
  // A role or a lone first name after the link is no co-author.
  EXPECT_EQ(AuthorsOfByline("<div class=\"byline\">By <a href=\"/author/rui-costa/\">Rui "
                            "Costa</a> and Harbour Desk staff writers</div>"),
            Names{"Rui Costa"});
  EXPECT_EQ(AuthorsOfByline("<div class=\"byline\">By <a href=\"/author/rui-costa/\">Rui "
                            "Costa</a> and Ana</div>"),
            Names{"Rui Costa"});
  // The wire credited beside the writers is none of them; alone, it is the author.
  EXPECT_EQ(AuthorsOfByline("<div class=\"byline\">By Rui Costa and Ana Lima, Reuters</div>"),
            (Names{"Rui Costa", "Ana Lima"}));
  EXPECT_EQ(AuthorsOfByline("<div class=\"byline\">By Rui Costa, The Associated Press</div>"),
            Names{"Rui Costa"});
  EXPECT_EQ(AuthorsOfByline("<div class=\"byline\">By Reuters</div>"), Names{"Reuters"});
}

TEST(ExtractHtmlTest, BylineDateLineAndLabelArePassedForTheName) {
  using Names = std::vector<std::string>;
  EXPECT_EQ(AuthorsOfByline("<div class=\"byline-date\">Updated May 2, 2024</div>"
                            "<div class=\"byline\">By Rui Costa</div>"),
            Names{"Rui Costa"});
  EXPECT_EQ(AuthorsOfByline("<p class=\"authors--byline\">By</p><span class=\"authors--author\">"
                            "<a href=\"/people/rui-costa\">Rui Costa</a></span>"),
            Names{"Rui Costa"});
  // A byline that holds no name gives none ("Updated" is no author).
  EXPECT_EQ(AuthorsOfByline("<div class=\"byline\">Updated</div>"), Names{});
}

// UTF-16 pages are decoded before parsing. A page that was only a byte order mark once left
// the thread's parser so that its next page crashed.
TEST(ExtractHtmlTest, Utf16PagesAndByteOrderMarksAlone) {
  const std::string page =
      "<html><head><title>Port strike ends</title></head><body><article><p>Dock workers returned "
      "to the harbour on Monday after nine days on strike, the union said.</p></article></body>"
      "</html>";
  std::string little = "\xFF\xFE", big = "\xFE\xFF";
  for (char c : page) {
    little += {c, '\0'};
    big += {'\0', c};
  }
  Article original, article;
  ASSERT_TRUE(ExtractHtml(page, &original).ok());
  for (const std::string& utf16 : {little, big, std::string("\xFE\xFF"), std::string("\xFF\xFE"),
                                   std::string("\xFE\xFF"), little}) {
    ASSERT_TRUE(ExtractHtml(utf16, &article).ok());
    if (utf16.size() > 2) {
      EXPECT_EQ(article.title, original.title);
      EXPECT_EQ(article.text, original.text);
    }
  }
  ASSERT_TRUE(ExtractHtml(page, &article).ok());
  EXPECT_EQ(article.text, original.text);
}

TEST(ExtractHtmlTest, BylineIsLookedForAboveTheStoryOnly) {
  // "By ..." at the top is the byline; further down it is one of the text's headings.
  const std::string story =
      "<p>Dock workers returned to the harbour on Monday after nine days on strike.</p>"
      "<p>The union said the dispute over pay had stranded hundreds of containers.</p>"
      "<p>Shipping lines said it would take a week to clear the backlog at the quays.</p>";
  Article article;
  ASSERT_TRUE(ExtractHtml("<html><body><article><p>By Rui Costa</p>" + story +
                              "<h3>By Region</h3><p>Nine days, four hundred containers "
                              "and two ferries held at sea.</p></article></body></html>",
                          &article)
                  .ok());
  EXPECT_EQ(article.authors, std::vector<std::string>{"Rui Costa"});
  EXPECT_NE(article.text.find("By Region"), std::string::npos);
  EXPECT_EQ(article.text.find("By Rui Costa"), std::string::npos);
}

TEST(ExtractHtmlTest, DateFromUrlWhenNothingElse) {
  const char* page =
      "<html><head><link rel=\"canonical\" href=\"https://example.org/2023/11/02/vote\">"
      "</head><body><article><p>Voters in the capital went to the polls on Thursday in a "
      "closely watched municipal election, the electoral commission said.</p></article>"
      "</body></html>";
  Article article;
  ASSERT_TRUE(ExtractHtml(page, &article).ok());
  EXPECT_EQ(article.date, "2023-11-02");
  EXPECT_EQ(article.url, "https://example.org/2023/11/02/vote");
}

TEST(ExtractHtmlTest, HugePageDoesNotCrash) {
  std::string page = "<html><body><article>";
  std::string paragraph =
      "<p>Officials in the capital said on Tuesday that the talks would resume next week, "
      "after a pause of several days, according to a statement.</p>";
  while (page.size() < 20u * 1024 * 1024) page += paragraph;
  page += "</article></body></html>";
  Article article;
  ASSERT_TRUE(ExtractHtml(page, &article).ok());
  EXPECT_GT(article.text.size(), 10u * 1024 * 1024);
}

TEST(ExtractHtmlTest, DeeplyNestedUnclosedTagsDoNotCrash) {
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<div><span>";
  page += "<p>Deep text at the bottom of a very deep page, written by a broken generator.</p>";
  Article article;
  ASSERT_TRUE(ExtractHtml(page, &article).ok());
  EXPECT_EQ(article.text,
            "Deep text at the bottom of a very deep page, written by a broken generator.");
}

// The same on a page small enough that its tags are counted before they are read.
TEST(ExtractHtmlTest, DeeplyNestedSmallPageIsTrimmedToo) {
  std::string page = "<html><body>";
  for (int i = 0; i < 3000; ++i) page += "<div>";
  page += "<p>Deep text at the bottom of a small but deep page, written by a broken generator.</p>";
  ASSERT_LT(page.size(), 32u * 1024);
  Article article;
  ASSERT_TRUE(ExtractHtml(page, &article).ok());
  EXPECT_EQ(article.text,
            "Deep text at the bottom of a small but deep page, written by a broken generator.");
}

TEST(JsonReaderTest, ReadsEscapesAndNesting) {
  ingest::JsonValue value;
  ingest::JsonReader reader(R"({"a":"caf\u00e9 \ud83d\ude00","b":[1,{"c":null}],"d":true,})");
  ASSERT_TRUE(reader.Read(&value));
  ASSERT_NE(value.Get("a"), nullptr);
  EXPECT_EQ(value.Get("a")->text, "caf\xC3\xA9 \xF0\x9F\x98\x80");
  ASSERT_NE(value.Get("b"), nullptr);
  EXPECT_EQ(value.Get("b")->items.size(), 2u);
  ingest::JsonValue broken;
  ingest::JsonReader bad(R"({"a": [1, 2)");
  EXPECT_FALSE(bad.Read(&broken));
}

// Title rules. Each fixture is a minimal page with the one feature the rule is about.

std::string TitleOf(const std::string& head, const std::string& body) {
  std::string page = "<html><head>" + head + "</head><body>" + body +
                     "<p>The rest of the story is told here in a paragraph of ordinary prose, "
                     "long enough to count as the article body.</p></body></html>";
  Article article;
  EXPECT_TRUE(ExtractHtml(page, &article).ok());
  return article.title;
}

TEST(TitleTest, MetadataTitleKeepsItsFirstSegment) {
  // No <h1>: "Headline - Tagline - Site" gives the headline.
  EXPECT_EQ(TitleOf("<title>Port strike ends - Talks resume - The Harbour Post</title>", ""),
            "Port strike ends");
  EXPECT_EQ(TitleOf("<meta property=\"og:title\" content=\"Port strike ends | Business\">", ""),
            "Port strike ends");
}

TEST(TitleTest, LeadingSiteNameIsSkipped) {
  EXPECT_EQ(TitleOf("<meta property=\"og:site_name\" content=\"Harbour Post\">"
                    "<title>Harbour Post | Port strike ends after talks</title>",
                    ""),
            "Port strike ends after talks");
}

TEST(TitleTest, HeadingThatAgreesWithMetadataWins) {
  EXPECT_EQ(TitleOf("<title>Port strike ends | The Harbour Post</title>",
                    "<h1>Port strike ends after nine days</h1>"),
            "Port strike ends after nine days");
}

TEST(TitleTest, LogoHeadingIsNotTheHeadline) {
  // An <h1> in a link or a block named "logo" is the site's name.
  EXPECT_EQ(TitleOf("<title>Port strike ends after nine days - Harbour Post</title>",
                    "<div class=\"site-logo\"><h1>Harbour Post</h1></div>"),
            "Port strike ends after nine days");
  EXPECT_EQ(TitleOf("<title>Port strike ends after nine days - Harbour Post</title>",
                    "<a href=\"/\"><h1>Port news</h1></a>"),
            "Port strike ends after nine days");
  // ... but a colour class that happens to contain "brand" says nothing.
  EXPECT_EQ(TitleOf("<title>Port strike ends after nine days | Harbour Post</title>",
                    "<h1 class=\"has-brand-color\">Port strike ends after 9 days</h1>"),
            "Port strike ends after 9 days");
}

TEST(TitleTest, HostNameHeadingIsTheSiteName) {
  // A blog that sets its host name as the <h1> and before the headline in <title>.
  EXPECT_EQ(TitleOf("<title>harbourpost.com Port strike ends</title>", "<h1>harbourpost.com</h1>"),
            "Port strike ends");
  // Without a title in the metadata, the <h1> after it.
  EXPECT_EQ(TitleOf("", "<h1>www.harbour-post.co.uk</h1><h1>Port strike ends</h1>"),
            "Port strike ends");
  // A headline with a full stop in it is not a host name.
  EXPECT_EQ(TitleOf("<title>Harbour Post</title>",
                    "<h1>Dockers end their strike after 9.5 days of talks</h1>"),
            "Dockers end their strike after 9.5 days of talks");
}

TEST(TitleTest, HeadingEndingInAColonIntroducesWhatFollows) {
  EXPECT_EQ(TitleOf("<title>Port strike ends after nine days | Harbour Post</title>",
                    "<h1>A message from our editor, on what comes next:</h1>"),
            "Port strike ends after nine days");
}

TEST(TitleTest, HeadingLinkingToItselfIsASectionOfTheText) {
  // A Markdown post's "# ..." section, with the permalink its renderer adds, is not the headline;
  // the same heading without the link, a lone sentence-long <h1>, would be.
  const char* title = "<title>Why the harbour strike matters | Harbour Post</title>";
  EXPECT_EQ(TitleOf(title,
                    "<h1 id=\"what-the-dockers-won-in-the-end\"><a class=\"anchor\" "
                    "href=\"#what-the-dockers-won-in-the-end\"></a>What the dockers won in the "
                    "end, and what they gave up</h1>"),
            "Why the harbour strike matters");
  EXPECT_EQ(TitleOf(title,
                    "<h1 id=\"what-the-dockers-won-in-the-end\"><a href=\"#top\"></a>What the "
                    "dockers won in the end, and what they gave up</h1>"),
            "What the dockers won in the end, and what they gave up");
}

TEST(TitleTest, SubtitleInsideTheHeadingIsNotPartOfTheHeadline) {
  // Utility CSS sets the subtitle on a line of its own with no space before it; read as one
  // text it would give "Best ferries of 2025Nine routes we took".
  const char* title = "<title>Harbour Post</title>";
  EXPECT_EQ(TitleOf(title,
                    "<h1>Best ferries of 2025 for families and commuters<span class=\"block "
                    "text-lg\">Nine routes we took</span></h1>"),
            "Best ferries of 2025 for families and commuters");
  EXPECT_EQ(TitleOf(title,
                    "<h1><span class=\"entry-title-primary\">Best ferries of 2025 for families "
                    "and commuters</span> <span class=\"entry-subtitle\">Nine routes we "
                    "took</span></h1>"),
            "Best ferries of 2025 for families and commuters");
  // A word-part named "blocked" or a span first in the heading is no subtitle.
  EXPECT_EQ(TitleOf(title,
                    "<h1><span class=\"block\">Best ferries</span> of 2025 for families and "
                    "commuters, <span class=\"blocked\">and nine routes</span></h1>"),
            "Best ferries of 2025 for families and commuters, and nine routes");
  // One headline that utility CSS sets over two lines, a space between them, is kept whole.
  EXPECT_EQ(TitleOf("<title>Grain deal signed at the port after long talks | Harbour Post</title>",
                    "<h1><span class=\"block\">Grain deal signed at the port</span> <span "
                    "class=\"block text-indigo-600\">after long talks</span></h1>"),
            "Grain deal signed at the port after long talks");
}

TEST(TitleTest, TwoLineHeadingTakesTheTitleWrittenOnOneLine) {
  // A headline over a subtitle, which the metadata writes as one title: the metadata's form,
  // both lines and its separator, without the site's segment after them.
  EXPECT_EQ(TitleOf("<title>Best ferries of 2025 - Nine routes we took - Harbour Post</title>",
                    "<h1><span class=\"entry-title-primary\">Best ferries of 2025</span> <span "
                    "class=\"entry-subtitle\">Nine routes we took</span></h1>"),
            "Best ferries of 2025 - Nine routes we took");
  // Set apart by a <br>, and worded a little otherwise in the metadata: the metadata's title,
  // though it shares too few words with the two lines together to agree with the heading.
  EXPECT_EQ(TitleOf("<meta property=\"og:title\" content=\"Best ferries of 2025: routes and "
                    "fares compared\">",
                    "<h1>Best ferries of 2025 (UK)<br>Your guide to the routes families take "
                    "every summer</h1>"),
            "Best ferries of 2025: routes and fares compared");
  // One long headline wrapped by a <br>: the metadata has it whole, without the site.
  EXPECT_EQ(TitleOf("<title>Grain deal signed at the port after long talks | Harbour Post</title>",
                    "<h1>Grain deal signed at the port<br>after long talks</h1>"),
            "Grain deal signed at the port after long talks");
  // With no metadata title, the heading as it reads: a subtitle cut, a <br> line kept.
  EXPECT_EQ(TitleOf("",
                    "<h1>Best ferries of 2025<span class=\"subtitle\">Nine routes we "
                    "took</span></h1>"),
            "Best ferries of 2025");
  EXPECT_EQ(TitleOf("", "<h1>Grain deal signed at the port<br>after long talks</h1>"),
            "Grain deal signed at the port after long talks");
  // A leading segment that is no part of the heading ("Ukraine war") goes too.
  EXPECT_EQ(TitleOf("<title>Ukraine war - Day 300: Kyiv under fire - Harbour News</title>",
                    "<h1>Day 300: Kyiv under fire<br>Russia strikes power grid again</h1>"),
            "Day 300: Kyiv under fire");
  // The site's segment goes, also first, and a section after a bar is no part of the headline.
  for (const char* site : {"", "<meta property=\"og:site_name\" content=\"Harbour Post\">"}) {
    EXPECT_EQ(TitleOf(std::string(site) +
                          "<title>Harbour Post - Ferry strike ends after long talks - Crews return "
                          "to work</title>",
                      "<h1>Ferry strike ends after long talks<br>Crews return to work on "
                      "Monday</h1>"),
              "Ferry strike ends after long talks - Crews return to work")
        << site;
  }
  EXPECT_EQ(TitleOf("<title>Harbour ferry strike ends - Crews return to work - Harbour "
                    "Post</title>",
                    "<h1>Harbour ferry strike ends<br>Crews return to work</h1>"),
            "Harbour ferry strike ends - Crews return to work");
  EXPECT_EQ(TitleOf("<title>Best ferries of 2025: Nine routes we took | Travel | Harbour "
                    "Post</title>",
                    "<h1>Best ferries of 2025<br>Nine routes we took for travel this summer</h1>"),
            "Best ferries of 2025: Nine routes we took");
  // The heading stays against a title that says less (a shorter one, one cut short), one in
  // capitals, or one that agrees with a short first line only: a kicker, a section, the site.
  const char* wrapped = "<h1>Grain deal signed at the port<br>after long talks with unions</h1>";
  for (const char* meta : {"<meta property=\"og:title\" content=\"Grain deal signed\">",
                           "<meta property=\"og:title\" content=\"Grain deal signed at the port "
                           "after long\xE2\x80\xA6\">",
                           "<title>GRAIN DEAL SIGNED AT THE PORT - AFTER LONG TALKS WITH "
                           "UNIONS</title>"}) {
    EXPECT_EQ(TitleOf(meta, wrapped), "Grain deal signed at the port after long talks with unions")
        << meta;
  }
  EXPECT_EQ(TitleOf("<meta property=\"og:title\" content=\"Ferry strike: talks collapse "
                    "again\">",
                    "<h1>Ferry strike<br>Crews return to work after the deal is signed</h1>"),
            "Ferry strike Crews return to work after the deal is signed");
  EXPECT_EQ(TitleOf("<title>Opinion | Harbour Post</title>",
                    "<h1>Opinion<br>Why the ferry strike was a long time coming</h1>"),
            "Opinion Why the ferry strike was a long time coming");
  // A <br> with nothing after it is no second line: the heading's own wording stays.
  EXPECT_EQ(TitleOf("<title>Ferries of 2025, the best routes | Harbour Post</title>",
                    "<h1>The best ferries of 2025 and their routes<br></h1>"),
            "The best ferries of 2025 and their routes");
}

TEST(TitleTest, TitleLabelBeforeTheHeadingIsNotPartOfIt) {
  EXPECT_EQ(TitleOf("",
                    "<h1 class=\"title\"><span class=\"descriptor\">Title:</span>Ferry routing "
                    "under port strikes with learned delay models</h1>"),
            "Ferry routing under port strikes with learned delay models");
}

TEST(TitleTest, HeadingThatRepeatsTheTitleSuffixIsTheSiteName) {
  // "Harbour Post Blog: ..." is not a separator split, but the <h1> equals the title's tail.
  EXPECT_EQ(
      TitleOf("<title>Port strike ends | Harbour Post Blog</title>", "<h1>Harbour Post Blog</h1>"),
      "Port strike ends");
}

TEST(TitleTest, PipeInHeadingStartsATagline) {
  EXPECT_EQ(TitleOf("<title>Best ferries of 2025 | Top 9 Routes | Harbour Post</title>",
                    "<h1>Best ferries of 2025 | Top 9 Routes</h1>"),
            "Best ferries of 2025");
}

TEST(TitleTest, HeadingEndingInSiteNameLosesIt) {
  EXPECT_EQ(TitleOf("<meta property=\"og:site_name\" content=\"Harbour Post\">"
                    "<title>Port strike ends - Harbour Post</title>",
                    "<h1>Port strike ends \xE2\x80\x93 Harbour Post</h1>"),
            "Port strike ends");
}

TEST(TitleTest, CapitalisedHeadingTakesTheMetadataCasing) {
  EXPECT_EQ(TitleOf("<title>Port Strike Ends After Nine Days</title>",
                    "<h1>PORT STRIKE ENDS AFTER NINE DAYS</h1>"),
            "Port Strike Ends After Nine Days");
  // Two mixed-case spellings: the one in title case wins (small words in lower case) ...
  EXPECT_EQ(TitleOf("<title>Port Strike Ends After Nine Days</title>",
                    "<h1>Port strike ends after nine days</h1>"),
            "Port Strike Ends After Nine Days");
  // ... and a heading already in title case keeps it against a title that capitalises all.
  EXPECT_EQ(TitleOf("<title>Port Strike Ends After Nine Days Of Talks</title>",
                    "<h1>Port Strike Ends After Nine Days of Talks</h1>"),
            "Port Strike Ends After Nine Days of Talks");
}

TEST(TitleSegmentsTest, SplitsAtSeparatorsNotColons) {
  EXPECT_EQ(ingest::SplitTitleSegments("A: the story | Section \xE2\x80\x94 Site"),
            (std::vector<std::string>{"A: the story", "Section", "Site"}));
  // A dangling separator at the end goes with its segment.
  EXPECT_EQ(ingest::SplitTitleSegments("Home gym ideas \xE2\x8B\x86"),
            (std::vector<std::string>{"Home gym ideas"}));
  EXPECT_EQ(ingest::MainTitleSegment("Site | Story", "site"), "Story");
  EXPECT_EQ(ingest::MainTitleSegment("Story | Site", "Site"), "Story");
  EXPECT_EQ(ingest::MainTitleSegment("Step-by-step guide", ""), "Step-by-step guide");
}

TEST(TextUtilSpeedPathsTest, SanitizeAndCollapseKeepTheirMeaning) {
  // The ASCII fast paths must treat runs, controls and multi-byte text exactly as before.
  std::string input = std::string(
                          "ab\x01"
                          "cd\tef\xC3\xA9gh") +
                      std::string(40, 'x') + "\xFF";
  EXPECT_EQ(ingest::SanitizeUtf8(input),
            std::string("abcd\tef\xC3\xA9gh") + std::string(40, 'x') + "\xEF\xBF\xBD");
  EXPECT_EQ(ingest::CollapseWhitespace("  a \n\t b\xC2\xA0"
                                       "c  "),
            "a b c");
  ingest::Utf8Census census = ingest::CountUtf8(std::string(20, 'a') + "\xC3\xA9" + "\xFF");
  EXPECT_EQ(census.multibyte, 1u);
  EXPECT_EQ(census.invalid, 1u);
}

TEST(DateTest, VisibleDateBelowTheHeadlineEvenWhenTheTitleTagRepeatsIt) {
  // No metadata date. The headline's first occurrence is the <title>; the byline date follows
  // the <h1>, in separate blocks.
  const char* page =
      "<html><head><title>Ferry fares rise again</title></head><body>"
      "<h1>Ferry fares rise again</h1><div class=\"meta\"><div>By</div><div>Ana Ruiz</div>"
      "<div>June 12, 2025</div></div>"
      "<p>Fares on the island routes rise by a tenth from Monday, the operator said, citing the "
      "cost of fuel and of the new fleet.</p></body></html>";
  Article article;
  ASSERT_TRUE(ExtractHtml(page, &article).ok());
  EXPECT_EQ(article.date, "2025-06-12");
}

TEST(DateTest, VisibleDateFollowsAnH1ThatDiffersFromTheTitle) {
  const char* page =
      "<html><head><meta property=\"og:title\" content=\"Fares up 10%\"></head><body>"
      "<h1>Ferry fares rise again on island routes</h1><span>Apr 16, 2024</span>"
      "<p>Fares on the island routes rise by a tenth from Monday, the operator said, citing the "
      "cost of fuel and of the new fleet.</p></body></html>";
  Article article;
  ASSERT_TRUE(ExtractHtml(page, &article).ok());
  EXPECT_EQ(article.title, "Fares up 10%");
  EXPECT_EQ(article.date, "2024-04-16");
}

// A page reduced to the parts that carry a title: <title>, og:title and an <h1>.
std::string TitlePage(const std::string& title_tag, const std::string& og_title,
                      const std::string& h1) {
  std::string page = "<html><head><title>" + title_tag + "</title>";
  if (!og_title.empty()) page += "<meta property=\"og:title\" content=\"" + og_title + "\">";
  page += "</head><body><article><h1>" + h1 +
          "</h1><p>The story itself runs to a few sentences, so that the page has a body. It "
          "says what happened, where and when, and who said what about it.</p></article>"
          "</body></html>";
  return page;
}

std::string TitleOf(const std::string& page) {
  Article article;
  EXPECT_TRUE(ExtractHtml(page, &article).ok());
  return article.title;
}

TEST(TitleTest, HeadingEqualToALaterButLongerSegmentIsTheHeadline) {
  // "Site | Headline": the <h1> is the second segment, and it is not the site's name.
  EXPECT_EQ(TitleOf(TitlePage("State of SEO: Trends + How to Prepare | Leadfeeder",
                              "Leadfeeder | State of SEO: Trends and Predictions",
                              "State of SEO: Trends and Predictions")),
            "State of SEO: Trends and Predictions");
}

TEST(TitleTest, HeadingThatIsTheSiteBeforeAColonIsBranding) {
  EXPECT_EQ(TitleOf(TitlePage("Engora Data Blog: Small adventures with small language models",
                              "Small adventures with small language models",
                              "Engora Data Blog")),
            "Small adventures with small language models");
}

TEST(TitleTest, LabelDateOrCountAroundTheHeadlineIsClutter) {
  EXPECT_EQ(TitleOf(TitlePage("Best Social Media Agencies in 2025 (Ranked) | Example Co",
                              "", "Blog: Best Social Media Agencies in 2025 (Ranked)")),
            "Best Social Media Agencies in 2025 (Ranked)");
  EXPECT_EQ(TitleOf(TitlePage("Preparing a transition in Debusine | A blog",
                              "Preparing a transition in Debusine",
                              "Dec 18 2025 Preparing a transition in Debusine")),
            "Preparing a transition in Debusine");
  EXPECT_EQ(TitleOf(TitlePage("Science Grads Find Degrees No Longer Guarantee Jobs - Slashdot", "",
                              "Science Grads Find Degrees No Longer Guarantee Jobs "
                              "(latimes.com) 87")),
            "Science Grads Find Degrees No Longer Guarantee Jobs");
  // Closing punctuation belongs to the headline.
  EXPECT_EQ(TitleOf(TitlePage("What is Next in Cloud Computing | Blog", "",
                              "What is Next in Cloud Computing?")),
            "What is Next in Cloud Computing?");
}

TEST(TitleTest, MetadataThatOnlyAddsTheYearOrCountWins) {
  EXPECT_EQ(TitleOf(TitlePage("15 Best Online Tutoring Platforms 2025", "",
                              "15 Best Online Tutoring Platforms")),
            "15 Best Online Tutoring Platforms 2025");
  EXPECT_EQ(TitleOf(TitlePage("8 Recent Trends in Photography - Flatworld", "",
                              "Recent Trends in Photography")),
            "8 Recent Trends in Photography");
  // Words beyond a number are the metadata's own rewrite: the heading stays.
  EXPECT_EQ(TitleOf(TitlePage("Best Camping Hammocks of 2026, Tested & Reviewed | Site", "",
                              "Best Camping Hammocks of 2026")),
            "Best Camping Hammocks of 2026");
}

TEST(TitleTest, ProperTitleCaseWinsBetweenTwoSpellings) {
  EXPECT_EQ(TitleOf(TitlePage("How to Install Solar Panels in 2026 | EnergySage", "",
                              "How to install solar panels in 2026")),
            "How to Install Solar Panels in 2026");
  EXPECT_EQ(TitleOf(TitlePage("Video Review And Approval Process - MASV", "",
                              "Video Review and Approval Process")),
            "Video Review and Approval Process");
}

TEST(TitleTest, StraightQuotesWinBetweenTwoSpellings) {
  EXPECT_EQ(TitleOf(TitlePage("Why Tutoring Hasn't Worked", "",
                              "Why Tutoring Hasn\xE2\x80\x99t Worked")),
            "Why Tutoring Hasn't Worked");
}

TEST(TitleTest, HeadingSpellingThatTheJsonLdSharesStays) {
  // The heading and the JSON-LD headline both have the curly apostrophe; only <title> is
  // plain. Two sources agree on the typography, so it is the writer's.
  EXPECT_EQ(TitleOf("<title>Why Tutoring Hasn't Worked</title>"
                    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                    "\"headline\":\"Why Tutoring Hasn\xE2\x80\x99t Worked\"}</script>",
                    "<h1>Why Tutoring Hasn\xE2\x80\x99t Worked</h1>"),
            "Why Tutoring Hasn\xE2\x80\x99t Worked");
}

TEST(TitleTest, CapitalisedHeadingTakesAnAgreeingMetadataTitle) {
  // Not quite the same words, but the same headline: the metadata has the writer's casing.
  EXPECT_EQ(TitleOf(TitlePage("Best Drip Coffee Maker 2026: Buying Tips From Pros | Site", "",
                              "BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS FROM PROS")),
            "Best Drip Coffee Maker 2026: Buying Tips From Pros");
  // Metadata in capitals as well: the capitals are the writer's.
  EXPECT_EQ(TitleOf(TitlePage("Actuarial Consulting vs Insurance | Site",
                              "ACTUARIAL CONSULTING VS. INSURANCE",
                              "ACTUARIAL CONSULTING VS. INSURANCE")),
            "ACTUARIAL CONSULTING VS. INSURANCE");
  // A metadata title that does not agree with it is no spelling of it.
  EXPECT_EQ(TitleOf(TitlePage("Where to Drink Coffee in Lisbon | Site", "",
                              "THE BEST DRIP COFFEE MAKERS WE TESTED THIS YEAR")),
            "THE BEST DRIP COFFEE MAKERS WE TESTED THIS YEAR");
}

TEST(TitleTest, TypewriterDashWinsBetweenTwoSpellings) {
  // "--" in the metadata, an em dash in the heading: the same title, spelt in plain ASCII.
  EXPECT_EQ(TitleOf(TitlePage("Cells Solve Problems--No Brain Needed | Science Weekly", "",
                              "Cells Solve Problems\xE2\x80\x94No Brain Needed")),
            "Cells Solve Problems--No Brain Needed");
}

TEST(TitleTest, HeadingThatLostCharactersTakesTheMetadataSpelling) {
  // The page turned characters it could not encode into "?"; the metadata kept them.
  EXPECT_EQ(TitleOf(TitlePage("Port Strike: A Docker\xE2\x80\x99s View | Harbour Post", "",
                              "Port Strike? A Docker? View")),
            "Port Strike: A Docker\xE2\x80\x99s View");
  EXPECT_EQ(TitleOf(TitlePage("Caf\xC3\xA9 Owners Join the Port Strike", "",
                              "Caf\xEF\xBF\xBD Owners Join the Port Strike")),
            "Caf\xC3\xA9 Owners Join the Port Strike");
  // A question mark that stands for nothing is the headline's own.
  EXPECT_EQ(TitleOf(TitlePage("Will the Port Strike End | Harbour Post", "",
                              "Will the Port Strike End?")),
            "Will the Port Strike End?");
  // Nor does one stand for a word: lost characters are a glyph or two, not white space.
  EXPECT_EQ(TitleOf(TitlePage("Ports Open and Docks Busy", "", "Ports Open? Docks Busy")),
            "Ports Open? Docks Busy");
}

TEST(TitleTest, FullWidthPunctuationInALatinTitleIsAscii) {
  // "？" and "（）" typed on a CJK keyboard in an English title.
  EXPECT_EQ(TitleOf(TitlePage("How Does Robot Vacuum Mapping Work\xEF\xBC\x9F", "",
                              "How Does Robot Vacuum Mapping Work\xEF\xBC\x9F "
                              "\xEF\xBC\x88Guide\xEF\xBC\x89")),
            "How Does Robot Vacuum Mapping Work? (Guide)");
  // Beside Chinese text the full-width forms are the script's own punctuation.
  const std::string chinese =
      "\xE6\x89\xAB\xE5\x9C\xB0\xE6\x9C\xBA\xE5\x99\xA8\xE4\xBA\xBA\xEF\xBC\x9F";
  EXPECT_EQ(TitleOf(TitlePage(chinese, "", chinese)), chinese);
}

TEST(TitleTest, LongPipeTailInHeadingIsKeptShortOneCut) {
  EXPECT_EQ(TitleOf(TitlePage("Top 10 Cameras of 2025 | The Best Mirrorless Cameras on the Market "
                              "- Photo Site",
                              "", "Top 10 Cameras of 2025 | The Best Mirrorless Cameras on the "
                              "Market")),
            "Top 10 Cameras of 2025 | The Best Mirrorless Cameras on the Market");
  EXPECT_EQ(TitleOf(TitlePage("How meditation rewires brains | Opinion", "",
                              "How meditation rewires brains | Opinion")),
            "How meditation rewires brains");
}

TEST(TitleTest, DoubleEncodedUtf8IsRepaired) {
  // "’" encoded as UTF-8, read as latin-1 and encoded again.
  EXPECT_EQ(TitleOf(TitlePage("A DIY Investor\xC3\xA2\xC2\x80\xC2\x99s Guide | Site", "",
                              "A DIY Investor\xC3\xA2\xC2\x80\xC2\x99s Guide")),
            "A DIY Investor\xE2\x80\x99s Guide");
  // Written so by character references, in the body and in og:title.
  Article article;
  ASSERT_TRUE(
      ExtractHtml(
          "<html><head><meta property=\"og:title\" content=\"Why it&acirc;&#128;&#153;s "
          "late\"></head><body><article><p>The talks, officials said, won&acirc;&euro;&trade;t "
          "resume before the ministers meet again in Geneva next month.</p>"
          "<p>Gu&Atilde;&copy;rin, the envoy, said the delay was regrettable but "
          "changed nothing in the substance of the deal.</p></article></body></html>",
          &article)
          .ok());
  EXPECT_EQ(article.title, "Why it\xE2\x80\x99s late");
  EXPECT_NE(article.text.find("won\xE2\x80\x99t resume"), std::string::npos) << article.text;
  EXPECT_NE(article.text.find("Gu\xC3\xA9rin, the envoy"), std::string::npos) << article.text;
}

TEST(TitleTest, LoneSentenceLengthHeadingWinsOverRewrittenMetadata) {
  // The <h1> shares hardly a word with the metadata, but it is the only one and reads as a
  // headline: the metadata is the rewrite.
  EXPECT_EQ(TitleOf(TitlePage("Ferry Guide 2025: Top Routes | Harbour Post", "",
                              "Everything You Need to Know About Island Ferries This Summer")),
            "Everything You Need to Know About Island Ferries This Summer");
  // A short lone <h1> is as often a section's or a blog's name.
  EXPECT_EQ(TitleOf(TitlePage("Island ferries: what you need to know | Harbour Post", "",
                              "Travel Notes")),
            "Island ferries: what you need to know");
  // Two long <h1>s that both disagree: neither is known to be the headline.
  EXPECT_EQ(TitleOf("<title>Ferry Guide 2025: Top Routes | Harbour Post</title>",
                    "<h1>Everything You Need to Know About Island Ferries This Summer</h1>"
                    "<h1>Our Readers Pick Their Favourite Crossings of the Whole Year</h1>"),
            "Ferry Guide 2025: Top Routes");
}

TEST(DateTest, VisibleDateFollowsTheMetadataHeadlineWhenTheReportedTitleIsNotIt) {
  // The reported title is the lone long <h1>, further down; the date sits below the metadata's
  // headline, which the page shows too.
  const char* page =
      "<html><head><meta property=\"og:title\" content=\"Ferry fares rise again\"></head><body>"
      "<header><h2>Ferry fares rise again</h2></header>"
      "<div class=\"publish-date-author\">Jun. 12, 2025 &middot; Ana Ruiz for the desk</div>"
      "<div class=\"post\"><p>Fares on the island routes rise by a tenth from Monday, the "
      "operator said, citing the cost of fuel and of the new fleet.</p>"
      "<h1>But what riders want most is a boat that leaves on time every single day</h1>"
      "<p>Riders at the harbour said the timetable mattered more to them than the price, and "
      "that delays had grown longer all year.</p></div></body></html>";
  Article article;
  ASSERT_TRUE(ExtractHtml(page, &article).ok());
  EXPECT_EQ(article.title,
            "But what riders want most is a boat that leaves on time every single day");
  EXPECT_EQ(article.date, "2025-06-12");
}

std::string DateOf(const std::string& head, const std::string& body) {
  std::string page = "<html><head><title>Grain deal signed</title>" + head +
                     "</head><body><article><h1>Grain deal signed</h1>" + body +
                     "<p>The story itself runs to a few sentences, so that the page has a body. "
                     "It says what happened, where and when.</p></article></body></html>";
  Article article;
  EXPECT_TRUE(ExtractHtml(page, &article).ok());
  return article.date.substr(0, 10);
}

TEST(DateTest, PublishedDateShownOnThePageStands) {
  EXPECT_EQ(DateOf("<meta property=\"article:published_time\" content=\"2024-03-05T10:00:00Z\">"
                   "<meta property=\"article:modified_time\" content=\"2024-06-01T10:00:00Z\">",
                   "<p>March 5, 2024</p>"),
            "2024-03-05");
}

TEST(DateTest, DateShownBelowTheHeadlineOverridesOtherMetadata) {
  // The metadata's time is UTC; the page shows the publisher's local date.
  EXPECT_EQ(DateOf("<meta property=\"article:published_time\" content=\"2025-12-19T02:41:00Z\">",
                   "<p>December 18, 2025</p>"),
            "2025-12-18");
}

TEST(DateTest, ScreenReaderCopyOfTheDateIsReadApart) {
  // The date for screen readers and the date shown, in two spans with nothing between them, in
  // the header above the story: read as one text they were "19 Jan 202219 Jan 2022", no date.
  auto date_of = [](const std::string& date_block) {
    std::string page =
        "<html><head><title>Grain deal signed</title></head><body><div class=\"header\"><h1>"
        "Grain deal signed</h1><div class=\"info\">" +
        date_block +
        "</div></div><div class=\"story\"><p>The story itself runs to a few sentences, so that "
        "the page has a body. It says what happened, where and when, and who said so.</p><p>"
        "Officials from both sides met at the port on the day the deal was signed.</p></div>"
        "</body></html>";
    Article article;
    EXPECT_TRUE(ExtractHtml(page, &article).ok());
    return article.date.substr(0, 10);
  };
  EXPECT_EQ(date_of("<span class=\"screen-reader-text\">Published On 19 Jan 2022</span><span "
                    "aria-hidden=\"true\">19 Jan 2022</span>"),
            "2022-01-19");
  EXPECT_EQ(date_of("<span class=\"sr-only\">Posted on</span><span>3 March 2021</span>"),
            "2021-03-03");
}

TEST(DateTest, UpdatedDateShownDoesNotReplaceThePublishedOne) {
  EXPECT_EQ(DateOf("<meta property=\"article:published_time\" content=\"2020-12-16T11:00:00Z\">",
                   "<p>Updated Feb 27, 2026</p>"),
            "2020-12-16");
}

TEST(DateTest, MetaNamedPublished) {
  EXPECT_EQ(DateOf("<meta name=\"published\" content=\"July 17, 2025\">", ""), "2025-07-17");
}

TEST(DateTest, ModifiedTimeWhenNothingElse) {
  EXPECT_EQ(DateOf("<meta property=\"og:updated_time\" content=\"2023-01-02T03:04:05Z\">", ""),
            "2023-01-02");
}

TEST(DateTest, ItempropDatePublishedOnAVisibleElement) {
  Article article;
  ASSERT_TRUE(ExtractHtml("<html><body><article><p>A story of some length that says what "
                          "happened, where it happened and when it happened, at length.</p>"
                          "<span itemprop=\"datePublished\" content=\"2021-05-06\"></span>"
                          "</article></body></html>",
                          &article)
                  .ok());
  EXPECT_EQ(article.date, "2021-05-06");
}

TEST(DateTest, ElementClassedAsADate) {
  Article article;
  ASSERT_TRUE(ExtractHtml("<html><body><div class=\"sidebar\"></div><article><p>A story of some "
                          "length that says what happened, where it happened and when it "
                          "happened, at length.</p><div class=\"post-date\">Aug 25, 2024</div>"
                          "</article></body></html>",
                          &article)
                  .ok());
  EXPECT_EQ(article.date, "2024-08-25");
}

TEST(DateTest, PublicationDateInScriptData) {
  Article article;
  ASSERT_TRUE(ExtractHtml("<html><head><script>window.__DATA__={\"slug\":\"x\",\"publishedAt\":"
                          "\"2025-10-20T13:08:55-07:00\"}</script></head><body><article><p>A "
                          "story of some length that says what happened, where it happened and "
                          "when it happened.</p></article></body></html>",
                          &article)
                  .ok());
  EXPECT_EQ(article.date.substr(0, 10), "2025-10-20");
}

TEST(DateTest, AllNumberDateReadInThePagesOrder) {
  auto date_of = [](const std::string& lang, const std::string& more) {
    Article article;
    EXPECT_TRUE(ExtractHtml("<html" + lang +
                                "><head><title>Grain deal signed</title></head>"
                                "<body><article><h1>Grain deal signed</h1><p>Published "
                                "03/10/2023</p><p>The story itself runs to a few sentences, so "
                                "that the page has a body. It says what happened, where and "
                                "when.</p></article><aside>" +
                                more + "</aside></body></html>",
                            &article)
                    .ok());
    return article.date;
  };
  EXPECT_EQ(date_of("", ""), "2023-03-10");  // slashes, month first: as the US writes them
  EXPECT_EQ(date_of(" lang=\"en-GB\"", ""), "2023-10-03");
  EXPECT_EQ(date_of("", "Earlier: Port reopens - 31 January 2023"), "2023-10-03");
  EXPECT_EQ(date_of(" lang=\"en-GB\"", "Earlier: Port reopens - 01/31/2023"), "2023-03-10");
}

TEST(DateTest, JsonLdInAMetaElement) {
  EXPECT_EQ(DateOf("<meta name=\"script:ld+json\" content=\"{&quot;@type&quot;:&quot;Article"
                   "&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}\">",
                   ""),
            "2025-11-17");
}

// Pages with no date in their metadata, and none within reach of the title, the headline or a
// "Published" label: the links keep what is above the headline out of the title tag's reach, and
// the story what is below it out of the headline's.
std::string UndatedPageDate(const std::string& above_headline, const std::string& below) {
  std::string links;
  for (int k = 0; k < 60; ++k) links += "<a>Section</a> ";
  Article article;
  EXPECT_TRUE(
      ExtractHtml("<html><head><title>Harbour Post</title></head><body><nav>" + links +
                      "</nav><article>" + above_headline +
                      "<h1>Grain deal signed at the port after long talks</h1>"
                      "<p>The story itself runs to a few sentences, so that the page has a body. "
                      "It says what happened and where, and it goes on for a while longer than "
                      "a teaser would, about the grain and the ships and the port and the people "
                      "who work there. The ships came in the morning and left at night, and the "
                      "grain went with them, as it has done for as long as anyone can remember "
                      "at this port.</p>" +
                      below + "</article></body></html>",
                  &article)
          .ok());
  return article.date.substr(0, 10);
}

TEST(DateTest, ElementClassedAsThePublicationTime) {
  EXPECT_EQ(UndatedPageDate("",
                            "<p><span class=\"Author_publicationTime__F2lab\">"
                            "2022-11-23T08:10+02:00</span></p>"),
            "2022-11-23");
}

TEST(DateTest, DateAfterTheAuthorsNameWhereNothingElseDatesThePage) {
  EXPECT_EQ(UndatedPageDate("",
                            "<div class=\"author-box\"><p class=\"author-name\">Rui Costa"
                            "</p><small>December 17, 2025</small></div>"),
            "2025-12-17");
  // Not the date of something else that follows the name.
  EXPECT_EQ(UndatedPageDate("",
                            "<div class=\"author-box\"><p class=\"author-name\">Rui Costa"
                            "</p><p>Rui has written about ports and shipping for twenty "
                            "years, since he first went to sea on 3 March 2001.</p></div>"),
            "");
}

TEST(DateTest, DateAfterTheAuthorsNameIsAfterTheWholeName) {
  // "Mark" the author is not the start of "Marketing".
  Article article;
  ASSERT_TRUE(ExtractHtml("<html><head><title>Harbour Post</title><meta name=\"author\" "
                          "content=\"Mark\"></head><body><article><h1>Grain deal signed at the "
                          "port after long talks</h1><p>The story itself runs to a few "
                          "sentences, so that the page has a body. It says what happened and "
                          "where, and it goes on for a while longer than a teaser would, about "
                          "the grain and the ships and the port and the people who work there. "
                          "The ships came in the morning and left at night, and the grain went "
                          "with them.</p></article><aside>Marketing newsletter / Issue of 3 "
                          "March 2021</aside></body></html>",
                          &article)
                  .ok());
  EXPECT_EQ(article.date, "");
}

TEST(DateTest, DateSetAboveTheHeadline) {
  // The kicker and the headline in a hero block above the story, which holds no date; the
  // links keep the block out of the title tag's reach (FindVisibleDates).
  std::string links;
  for (int k = 0; k < 60; ++k) links += "<a>Section</a> ";
  auto date_of = [&links](const std::string& above_headline) {
    Article article;
    EXPECT_TRUE(ExtractHtml("<html><head><title>Harbour Post</title></head><body><nav>" + links +
                                "</nav><div class=\"hero\">" + above_headline +
                                "<h1>Grain deal signed at the port after long talks</h1></div>"
                                "<article><p>The story itself runs to a few sentences, so that "
                                "the page has a body. It says what happened and where, and it "
                                "goes on for a while longer than a teaser would.</p></article>"
                                "</body></html>",
                            &article)
                    .ok());
    return article.date;
  };
  EXPECT_EQ(date_of("<h5 class=\"kicker\">January 23, 2025</h5>\n"), "2025-01-23");
  // A link to the story before, with its date, is no kicker; nor is a date with text after it.
  EXPECT_EQ(date_of("<a href=\"/prev\">Previous: Storm hits the port, May 1, 2019</a>"), "");
  EXPECT_EQ(date_of("<p>12/03/2024</p><p>Filler text of twenty-nine b</p>"), "");
}

// Script data that holds JSON-LD as a string escapes its quotes, once or twice; a key that
// only starts with "datePublished" is another key.
TEST(DateTest, PublicationDateInEscapedScriptData) {
  const std::string story =
      "</script></head><body><article><p>A story of some length that says what happened, where "
      "it happened and when it happened.</p></article></body></html>";
  const std::string escaped_once =
      R"(self.__next_f.push([1,"{\"datePublished\":\"2025-02-04T00:00:00.000Z\"}"]))";
  const std::string escaped_twice = R"(push([1,"{\\\"datePublishedLabel\\\":\\\"2024-01-01\\\",)"
                                    R"(\\\"datePublished\\\":\\\"2025-02-04T00:00:00.000Z\\\"}"]))";
  for (const std::string& data : {escaped_once, escaped_twice}) {
    Article article;
    ASSERT_TRUE(ExtractHtml("<html><head><script>" + data + story, &article).ok());
    EXPECT_EQ(article.date.substr(0, 10), "2025-02-04") << data;
  }
}

TEST(ExtractHtmlTest, CleanUtf8PageWithControlCharactersIsStillSanitised) {
  Article article;
  ASSERT_TRUE(ExtractHtml(std::string("<html><body><article><p>Before\x01" "after, a sentence "
                                      "long enough to be the body of this page.</p></article>"
                                      "</body></html>"),
                          &article)
                  .ok());
  EXPECT_EQ(article.text.find('\x01'), std::string::npos);
  EXPECT_NE(article.text.find("Beforeafter"), std::string::npos);
  ingest::Utf8Census census = ingest::CountUtf8(std::string("a\tb\nc\x01\x7f" "d") +
                                                std::string(20, 'x') + "\x02");
  EXPECT_EQ(census.control, 2u);
  EXPECT_EQ(census.invalid, 0u);
}

TEST(ExtractHtmlTest, SameResultPageAfterPage) {
  // Each thread reuses its parser and its tree copy; nothing of one page may leak into the next.
  Article first, second, again;
  std::string a = TitlePage("First story | Site", "", "First story");
  std::string b = TitlePage("Second story | Site", "", "Second story");
  ASSERT_TRUE(ExtractHtml(a, &first).ok());
  ASSERT_TRUE(ExtractHtml(b, &second).ok());
  ASSERT_TRUE(ExtractHtml(a, &again).ok());
  EXPECT_EQ(first.title, "First story");
  EXPECT_EQ(second.title, "Second story");
  EXPECT_EQ(again.title, first.title);
  EXPECT_EQ(again.text, first.text);
}

}  // namespace
}  // namespace dyad
