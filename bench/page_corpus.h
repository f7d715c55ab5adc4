// A corpus of news pages that the benchmarks build from the project's own article texts
// (examples/ and tests/data/events/articles.jsonl), so that extraction and WARC reading can be
// measured on pages shaped like the web's without shipping anyone else's pages.
//
// The article texts are short wire stories, so a page's article joins a few of them under
// subheadings; everything around it (head metadata, inline CSS and scripts, navigation, consent
// banner, icons, share and follow buttons, related and most-read lists, newsletter box,
// comments, footer) is written here, in one of several site templates whose class names follow
// common conventions (utility classes, BEM, a CMS's menu classes, hashed CSS-module names).
//
// Calibrated to the WCXB development pages (711 news articles from many sites, 134 MB): by
// bytes over the whole corpus, <script> elements 24%, <style> 20%, inline <svg> 5%, other
// markup (tags, attributes, comments) 37%, text (whitespace included) 14%; per page a median of
// 121 KB (quartiles 70 and 225 KB) and of 805 elements, svg's own included (quartiles 535 and
// 1195); class attribute values 9% of the bytes (median 22 bytes), then href 5%, data-* 3%,
// srcset 2%; per page a median of 120 links, 160 divs and 16 images. Measured the same way, the
// 300 pages of ProjectPages() come to 46 MB: script 23.8%, style 20.0%, svg 5.7%, markup 36.1%,
// text 14.4%; a median page of 114 KB (quartiles 78 and 189 KB) and 767 elements (quartiles
// 538 and 1281); class values 10.8% (median 19 bytes), href 6%, data-* 2%, srcset 3%. On them
// ExtractHtml runs at the same fraction of myhtml's speed as on the WCXB pages (0.54 and 0.55
// in one run).
//
// dyad extract finds every page's title and all of its body paragraphs. It also keeps the
// most-read and related lists of most utility-class pages (template 0), which carry no class
// names to tell them by, and of a few others.
//
// Everything is drawn from one fixed seed, in an order the code fixes (see Join): the same
// sources give the same bytes on every run and whichever compiler built the benchmark.
#ifndef DYAD_BENCH_PAGE_CORPUS_H_
#define DYAD_BENCH_PAGE_CORPUS_H_

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/extract.h"

namespace dyad::bench {

// A story the pages are made of.
struct SourceStory {
  std::string title;
  std::string date;  // YYYY-MM-DD, or empty
  std::vector<std::string> paragraphs;
};

struct BuiltPage {
  std::string url;
  std::string title;                    // the headline, as the page's <h1> has it
  std::vector<std::string> paragraphs;  // the article body, in order; subheadings excluded
  std::string html;
};

namespace page_corpus_internal {

// Draws from a fixed-seed engine. Only the engine's raw output is used: the standard fixes the
// sequence of mt19937_64 but not what its distributions make of it, which differs between
// standard libraries.
class Dice {
 public:
  explicit Dice(uint64_t seed) : engine_(seed) {}

  // Uniform in [lo, hi].
  int Between(int lo, int hi) {
    return lo + static_cast<int>(engine_() % static_cast<uint64_t>(hi - lo + 1));
  }
  double Unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  bool Chance(double p) { return Unit() < p; }
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[engine_() % items.size()];
  }
  // For lists written at the call.
  std::string PickOf(std::initializer_list<std::string_view> items) {
    return std::string(items.begin()[engine_() % items.size()]);
  }
  std::string Hex(int digits) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < digits; ++i) out += kDigits[engine_() % 16];
    return out;
  }
  std::string Alnum(int length) {
    static constexpr char kChars[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::string out;
    for (int i = 0; i < length; ++i) out += kChars[engine_() % 62];
    return out;
  }

 private:
  std::mt19937_64 engine_;
};

// `pieces` joined. The page is written with it rather than with `+` wherever more than one
// piece draws from the dice: the operands of `+`, like a function's arguments, are evaluated in
// an order the compiler chooses (GCC and Clang differ, and so did their pages), the elements of
// a braced list in the order written. The pieces live until the end of the full expression.
inline std::string Join(std::initializer_list<std::string_view> pieces) {
  size_t size = 0;
  for (std::string_view piece : pieces) size += piece.size();
  std::string out;
  out.reserve(size);
  for (std::string_view piece : pieces) out += piece;
  return out;
}

// The standard normal quantile of `p`, by bisection on the distribution function.
inline double NormalQuantile(double p) {
  double low = -8, high = 8;
  for (int i = 0; i < 60; ++i) {
    double middle = (low + high) / 2;
    if (0.5 * std::erfc(-middle / std::sqrt(2.0)) < p) {
      low = middle;
    } else {
      high = middle;
    }
  }
  return (low + high) / 2;
}

// ---- Reading the project's stories.

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start) lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// Wire items come as one block of text: cut after every second or third sentence, so that the
// article has paragraphs of the length news sites use.
inline std::vector<std::string> IntoParagraphs(std::string_view text) {
  std::vector<std::string> paragraphs;
  std::string current;
  int sentences = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    current += text[i];
    bool sentence_end = (text[i] == '.' || text[i] == '?' || text[i] == '!') &&
                        i + 2 < text.size() && text[i + 1] == ' ' &&
                        std::isupper(static_cast<unsigned char>(text[i + 2]));
    if (!sentence_end) continue;
    if (++sentences < 2 + static_cast<int>(paragraphs.size() % 2)) continue;
    paragraphs.push_back(current);
    current.clear();
    sentences = 0;
    ++i;  // the space
  }
  if (!current.empty()) paragraphs.push_back(current);
  return paragraphs;
}

// A headline for a story that has none: its first sentence without the dateline, cut at a word.
inline std::string HeadlineOf(std::string_view text) {
  size_t dash = text.find(" - ");
  size_t em_dash = text.find(" \xE2\x80\x94 ");
  if (dash < 60)
    text.remove_prefix(dash + 3);
  else if (em_dash < 60)
    text.remove_prefix(em_dash + 5);
  size_t stop = text.find(". ");
  std::string_view headline = text.substr(0, std::min(stop, text.size()));
  if (headline.size() > 90) {
    size_t space = headline.rfind(' ', 90);
    headline = headline.substr(0, space == std::string_view::npos ? 90 : space);
  }
  return std::string(headline);
}

inline void AddJsonlStories(const std::filesystem::path& path, std::vector<SourceStory>* out) {
  simdjson::dom::parser parser;
  for (std::string& line : SplitLines(ReadFile(path))) {
    simdjson::dom::element record;
    if (parser.parse(line).get(record) != simdjson::SUCCESS) continue;
    std::string_view text, title, date;
    if (record["text"].get(text) != simdjson::SUCCESS || text.empty()) continue;
    SourceStory story;
    story.title =
        record["title"].get(title) == simdjson::SUCCESS ? std::string(title) : HeadlineOf(text);
    if (record["date"].get(date) == simdjson::SUCCESS) story.date = std::string(date);
    story.paragraphs = IntoParagraphs(text);
    out->push_back(std::move(story));
  }
}

inline void AddArticle(const Article& article, std::vector<SourceStory>* out) {
  if (article.title.empty() || article.text.empty()) return;
  SourceStory story;
  story.title = article.title;
  story.date = article.date.substr(0, 10);
  story.paragraphs = SplitLines(article.text);
  out->push_back(std::move(story));
}

// ---- The words of the page furniture.

inline const std::vector<std::string> kSections = {
    "World",          "Politics",   "Business",
    "Markets",        "Economy",    "Technology",
    "Science",        "Health",     "Climate",
    "Sport",          "Football",   "Culture",
    "Books",          "Film",       "Music",
    "Travel",         "Opinion",    "Analysis",
    "Investigations", "Video",      "Podcasts",
    "Photography",    "Europe",     "Africa",
    "Americas",       "Asia",       "Middle East",
    "Elections",      "Defence",    "Diplomacy",
    "Energy",         "Companies",  "Personal finance",
    "Property",       "Education",  "Media",
    "Obituaries",     "Weather",    "Puzzles",
    "Newsletters",    "Live",       "Fact check",
    "Explainers",     "Lifestyle",  "Food",
    "Travel",         "Motoring",   "Jobs",
    "Events",         "Interviews", "Letters",
    "Editorials",     "Columnists", "Data",
    "Graphics",       "Long reads", "In pictures",
    "Regions",        "Local",      "National"};
inline const std::vector<std::string> kFooterLinks = {"About us",
                                                      "Contact us",
                                                      "Careers",
                                                      "Advertise with us",
                                                      "Terms of use",
                                                      "Privacy policy",
                                                      "Cookie settings",
                                                      "Accessibility",
                                                      "Corrections",
                                                      "Editorial standards",
                                                      "Help centre",
                                                      "Subscribe",
                                                      "Manage your subscription",
                                                      "Newsletters",
                                                      "RSS feeds",
                                                      "Sitemap",
                                                      "Archive",
                                                      "Licensing and reprints",
                                                      "Send us a tip",
                                                      "Press office",
                                                      "Ethics policy",
                                                      "Syndication",
                                                      "Our journalists",
                                                      "Apps",
                                                      "E-paper",
                                                      "Gift subscriptions",
                                                      "Student offer",
                                                      "Events",
                                                      "Complaints",
                                                      "Do not sell my personal information",
                                                      "Community guidelines",
                                                      "Shop"};
inline const std::vector<std::string> kAuthors = {
    "Mara Ellison",      "Tomasz Wierzba",  "Aisha Karimova", "Daniel Okafor",
    "Lena Brandt",       "Rafael Quintero", "Hana Sato",      "Joseph Mbeki",
    "Ines Carvalho",     "Viktor Lazarev",  "Priya Raman",    "Elif Demir",
    "Samuel Achterberg", "Noor Haddad",     "Claire Dubois",  "Arman Petrosyan"};
inline const std::vector<std::string> kSubheadings = {
    "What happened",    "Background",        "Reactions",           "What comes next",
    "Context",          "The negotiations",  "Regional fallout",    "How we got here",
    "Pressure at home", "The wider picture", "Diplomatic reaction", "On the ground"};
inline const std::vector<std::string> kComments = {
    "This is the first clear account of what was actually agreed. Thanks for the reporting.",
    "I doubt anything will change until the next election, whatever they say today.",
    "Interesting that the statement came on the same day as the trade figures.",
    "Does anyone know whether the talks will be held in public this time?",
    "The article leaves out how long this dispute has been going on. Context matters.",
    "Both sides keep saying the same things, year after year.",
    "Good piece. The map in the print edition was helpful as well.",
    "Sanctions rarely work the way they are intended to, in my experience.",
    "I live near the border and nobody here has been told anything yet.",
    "Would be good to hear from the people actually affected, not just ministers.",
    "Another summit, another communique. Wake me up when something is signed.",
    "The comparison with last year is misleading, the numbers were counted differently.",
    "Well written and balanced, which is rare on this subject.",
    "Why is there no mention of the opposition's position?",
    "Let's hope the ceasefire holds this time.",
    "The headline is more dramatic than the story itself."};
inline const std::vector<std::string> kCommenters = {
    "northern_reader", "M. Halloran", "quietobserver", "Jeanne P.",      "ak_2019",    "Old Hand",
    "river_and_hill",  "T. Nakamura", "citizen_k",     "Bea from Leeds", "policywonk", "Ferhat"};

// ---- Templates: how each site writes its class attributes and lays out its page.

enum class ClassStyle { kUtility, kBem, kCmsMenu, kCssModules };

struct SiteTemplate {
  std::string site_name;
  std::string domain;
  ClassStyle class_style;
  int wrapper_depth;  // div layers between <main> and the article
  bool mega_menu;     // sections open into sub-menus
  bool comments;
  bool app_data_blob;  // a framework's page data, as one JSON script at the end
  bool indented;       // the markup laid out on lines, as templating engines leave it
  bool absolute_links;
};

inline const std::vector<SiteTemplate> kTemplates = {
    {"The Meridian Post", "meridianpost.example", ClassStyle::kUtility, 4, true, false, true, false,
     false},
    {"Harbour Chronicle", "harbourchronicle.example", ClassStyle::kBem, 2, false, true, false, true,
     false},
    {"Daily Ledger", "dailyledger.example", ClassStyle::kCmsMenu, 5, true, true, false, true, true},
    {"Northline News", "northline.example", ClassStyle::kCssModules, 3, false, false, true, false,
     false},
    {"Capital Dispatch", "capitaldispatch.example", ClassStyle::kBem, 3, true, false, false, true,
     false}};

inline const std::vector<std::string> kUtilityClasses = {"flex",
                                                         "inline-flex",
                                                         "items-center",
                                                         "justify-between",
                                                         "justify-center",
                                                         "px-2",
                                                         "px-4",
                                                         "py-1",
                                                         "py-2",
                                                         "py-3",
                                                         "text-xs",
                                                         "text-sm",
                                                         "text-base",
                                                         "font-medium",
                                                         "font-semibold",
                                                         "text-gray-600",
                                                         "text-gray-700",
                                                         "text-gray-900",
                                                         "hover:text-gray-900",
                                                         "hover:underline",
                                                         "md:px-6",
                                                         "lg:text-base",
                                                         "dark:text-gray-300",
                                                         "transition-colors",
                                                         "duration-150",
                                                         "rounded-md",
                                                         "focus:outline-none",
                                                         "focus-visible:ring-2",
                                                         "ring-offset-2",
                                                         "border-b",
                                                         "border-gray-200",
                                                         "space-x-4",
                                                         "gap-2",
                                                         "gap-4",
                                                         "leading-snug",
                                                         "leading-relaxed",
                                                         "tracking-tight",
                                                         "truncate",
                                                         "w-full",
                                                         "max-w-screen-xl",
                                                         "mx-auto",
                                                         "bg-white",
                                                         "shadow-sm",
                                                         "whitespace-nowrap",
                                                         "uppercase",
                                                         "sm:block",
                                                         "lg:flex",
                                                         "relative",
                                                         "z-10"};

// "menu-link" -> "MenuLink".
inline std::string CamelCase(std::string_view words) {
  std::string out;
  bool word_start = true;
  for (char c : words) {
    if (c == '-') {
      word_start = true;
      continue;
    }
    out += word_start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    word_start = false;
  }
  return out;
}

// The class attribute of an element playing `role`. Navigation menus carry the long ones (a
// dozen utility classes, BEM modifiers, a CMS's menu-item classes); elsewhere classes are
// short, as on real pages, where half the class attributes are under 25 bytes.
inline std::string ClassesFor(ClassStyle style, std::string_view role, bool menu, double verbosity,
                              Dice& dice) {
  std::string name(role);
  std::string out;
  switch (style) {
    case ClassStyle::kUtility: {
      int n = std::max(1, static_cast<int>(dice.Between(menu ? 3 : 1, menu ? 7 : 3) * verbosity));
      for (int i = 0; i < n; ++i) {
        if (i) out += ' ';
        out += dice.Pick(kUtilityClasses);
      }
      break;
    }
    case ClassStyle::kBem: {
      out = "c-" + name;
      if (menu || dice.Chance(0.3)) {
        out += " c-" + name + "--" + dice.PickOf({"primary", "compact", "level-1", "highlight"});
      }
      if (menu && (verbosity > 1 || dice.Chance(0.5))) out += " js-track-click";
      if (menu && verbosity > 1.2) out += " u-hide-print c-" + name + "--theme-" + dice.Hex(2);
      break;
    }
    case ClassStyle::kCmsMenu: {
      out = name;
      if (menu) {
        out += " " + name + "-type-taxonomy " + name + "-object-category " + name + "-" +
               std::to_string(dice.Between(1000, 99999));
        if (verbosity > 1.1) out += " " + name + "-has-children";
      } else if (dice.Chance(0.3)) {
        out += " " + name + "-" + std::to_string(dice.Between(1, 99));
      }
      break;
    }
    case ClassStyle::kCssModules: {
      // The component's own class, then those of the components it is composed with.
      out = CamelCase(name) + "_root__" + dice.Alnum(5);
      int composed = menu ? static_cast<int>(dice.Between(1, 2) * verbosity) : 0;
      for (int i = 0; i < composed; ++i) {
        out += Join({" ", dice.PickOf({"Link", "Typography", "Layout", "Grid"}), "_", name, "__",
                     dice.Alnum(5)});
      }
      break;
    }
  }
  return out;
}

// ---- Pieces of the page.

inline std::string Escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

inline std::string JsonString(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

inline std::string Slug(std::string_view title) {
  std::string slug;
  for (char c : title) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      slug += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
    if (slug.size() >= 70) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

// The words of `text` that fit in `limit` bytes, with an ellipsis when some are left out.
inline std::string CutAtWord(std::string_view text, size_t limit) {
  if (text.size() <= limit) return std::string(text);
  size_t space = text.rfind(' ', limit);
  return std::string(text.substr(0, space == std::string_view::npos ? limit : space)) + "...";
}

// An icon's path: a few dozen drawing commands, as icon sets have them.
inline std::string IconPath(Dice& dice, int commands) {
  std::string d =
      Join({"M", std::to_string(dice.Between(0, 24)), ".", std::to_string(dice.Between(0, 99)), " ",
            std::to_string(dice.Between(0, 24))});
  for (int i = 0; i < commands; ++i) {
    d += dice.PickOf({"c", "l", "C", "L", "s", "a", "h", "v"});
    int numbers = dice.Between(1, 3);
    for (int j = 0; j < numbers; ++j) {
      if (j) d += dice.Chance(0.5) ? " " : ",";
      if (dice.Chance(0.3)) d += '-';
      d += Join({std::to_string(dice.Between(0, 19)), ".", std::to_string(dice.Between(0, 999))});
    }
  }
  return d + "z";
}

inline std::string Icon(Dice& dice, std::string_view name, int size) {
  std::string svg = "<svg class=\"icon icon--" + std::string(name) +
                    "\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 24 24\" width=\"" +
                    std::to_string(size) + "\" height=\"" + std::to_string(size) +
                    "\" aria-hidden=\"true\" focusable=\"false\">";
  int paths = name == "logo" ? 4 : 1;
  for (int i = 0; i < paths; ++i) {
    svg += "<path fill=\"currentColor\" d=\"" + IconPath(dice, dice.Between(2, 8)) + "\"/>";
  }
  return svg + "</svg>";
}

// CSS rules until `budget` bytes: custom properties, component rules, media queries.
inline std::string StyleSheet(Dice& dice, const SiteTemplate& site, size_t budget) {
  static const std::vector<std::string> kProperties = {"display:flex",
                                                       "display:none",
                                                       "display:block",
                                                       "align-items:center",
                                                       "justify-content:space-between",
                                                       "margin:0 auto",
                                                       "padding:.5rem 1rem",
                                                       "padding:0",
                                                       "font-size:.875rem",
                                                       "font-size:1.125rem",
                                                       "line-height:1.5",
                                                       "font-weight:700",
                                                       "color:var(--color-text)",
                                                       "color:#1a1a1a",
                                                       "background:var(--color-surface)",
                                                       "border-bottom:1px solid #e5e5e5",
                                                       "border-radius:4px",
                                                       "position:relative",
                                                       "position:absolute",
                                                       "top:0",
                                                       "left:0",
                                                       "width:100%",
                                                       "max-width:1280px",
                                                       "transition:color .15s ease-in-out",
                                                       "text-decoration:none",
                                                       "overflow:hidden",
                                                       "white-space:nowrap",
                                                       "text-overflow:ellipsis",
                                                       "grid-template-columns:repeat(12,1fr)",
                                                       "gap:1.5rem",
                                                       "z-index:10",
                                                       "box-shadow:0 1px 2px rgba(0,0,0,.08)",
                                                       "opacity:.8",
                                                       "letter-spacing:-.01em",
                                                       "font-family:var(--font-serif)",
                                                       "cursor:pointer"};
  static const std::vector<std::string> kBlocks = {
      "header",     "nav",     "nav-item",    "nav-link",     "card",         "card-title",
      "card-media", "byline",  "share",       "share-button", "article-body", "figure",
      "caption",    "footer",  "footer-link", "newsletter",   "consent",      "comment",
      "most-read",  "related", "tag",         "button",       "ad-slot"};
  static const std::vector<std::string> kStates = {
      ":hover", ":focus-visible", "::before", "::after", ":first-child", ":not(:last-child)", ""};
  std::string css = ":root{";
  for (int i = 0; i < 40; ++i) {
    css += Join({"--color-", dice.Pick(kBlocks), "-", std::to_string(100 * dice.Between(1, 9)),
                 ":#", dice.Hex(6), ";"});
  }
  css +=
      "--font-serif:Georgia,'Times New Roman',serif;--font-sans:system-ui,-apple-system,"
      "'Segoe UI',Roboto,sans-serif}";
  while (css.size() < budget) {
    bool media = dice.Chance(0.15);
    if (media) css += "@media (min-width:" + std::to_string(dice.Between(36, 90) * 16) + "px){";
    int rules = media ? dice.Between(2, 6) : 1;
    for (int r = 0; r < rules; ++r) {
      std::string block = dice.Pick(kBlocks);
      std::string selector;
      switch (site.class_style) {
        case ClassStyle::kUtility:
          selector = "." + dice.Pick(kUtilityClasses);
          for (char& c : selector) {
            if (c == ':') c = '-';
          }
          break;
        case ClassStyle::kCmsMenu:
          selector = ".site-" + block + " ." + block + "-item>a";
          break;
        case ClassStyle::kCssModules:
          selector = "." + CamelCase(block) + "_root__" + dice.Alnum(5);
          break;
        default:
          selector = Join({".c-", block, "__", dice.Pick(kBlocks), "--", dice.Pick(kBlocks)});
      }
      css += selector + dice.Pick(kStates) + "{";
      int properties = dice.Between(2, 7);
      for (int p = 0; p < properties; ++p) {
        if (p) css += ';';
        css += dice.Pick(kProperties);
      }
      css += "}";
    }
    if (media) css += "}";
  }
  return css;
}

// Tracking and ad code of the kind every news page carries, until `budget` bytes.
inline std::string AnalyticsScript(Dice& dice, size_t budget) {
  static const std::vector<std::string> kNames = {
      "track",  "queue",  "consent", "slot",       "viewport", "session", "metrics", "config",
      "vendor", "bidder", "pixel",   "experiment", "scroll",   "paywall", "meter"};
  std::string js = "(function(w,d){'use strict';";
  while (js.size() < budget) {
    std::string name = Join({dice.Pick(kNames), dice.Alnum(2)});
    switch (dice.Between(0, 3)) {
      case 0:
        js += Join({"w.", name, "=w.", name, "||[];w.", name, ".push({event:'", dice.Pick(kNames),
                    "_", dice.Pick(kNames), "',ts:Date.now(),id:'", dice.Hex(16), "'});"});
        break;
      case 1:
        js +=
            Join({"function ", name, "(e,t){if(!e||!t)return null;var n=d.createElement('",
                  dice.PickOf({"script", "img", "iframe", "div"}),
                  "');n.async=!0;n.src='https://cdn.", dice.Alnum(8), ".example/", dice.Hex(12),
                  ".js?v='+t;var r=d.getElementsByTagName('script')[0];r.parentNode.insertBefore(n,"
                  "r);return n}"});
        break;
      case 2:
        js += Join({"var ", name, "={enabled:", (dice.Chance(0.5) ? "true" : "false"),
                    ",sampleRate:", std::to_string(dice.Between(1, 100)), ",endpoint:'/api/",
                    dice.Pick(kNames), "/", dice.Hex(8),
                    "',retries:", std::to_string(dice.Between(0, 5)), "};"});
        break;
      default:
        js += Join({"if(w.",
                    name,
                    "&&typeof w.",
                    name,
                    ".init==='function'){w.",
                    name,
                    ".init({site:'",
                    dice.Alnum(6),
                    "',section:d.body.dataset.section||'news',",
                    "timeout:",
                    std::to_string(dice.Between(100, 3000)),
                    "})}else{w.addEventListener('",
                    dice.PickOf({"load", "scroll", "visibilitychange"}),
                    "',function(){",
                    name,
                    "&&",
                    name,
                    ".flush&&",
                    name,
                    ".flush()})}"});
    }
  }
  return js + "})(window,document);";
}

// A framework's page data: the article, the navigation and the ad and feature configuration
// again, as JSON, until `budget` bytes.
inline std::string AppData(Dice& dice, const BuiltPage& page,
                           const std::vector<SourceStory>& teasers, size_t budget) {
  std::string json =
      "{\"props\":{\"pageProps\":{\"article\":{\"headline\":" + JsonString(page.title) +
      ",\"url\":" + JsonString(page.url) + ",\"body\":[";
  for (size_t i = 0; i < page.paragraphs.size(); ++i) {
    if (i) json += ',';
    json += "{\"type\":\"paragraph\",\"id\":\"" + dice.Hex(12) +
            "\",\"text\":" + JsonString(page.paragraphs[i]) + "}";
  }
  json += "]},\"modules\":[";
  bool first = true;
  while (json.size() < budget) {
    if (!first) json += ',';
    first = false;
    const SourceStory& story = dice.Pick(teasers);
    json += Join({"{\"id\":\"", dice.Hex(24), "\",\"kind\":\"",
                  dice.PickOf({"teaser", "adSlot", "promo", "navigation"}),
                  "\",\"title\":", JsonString(story.title), ",\"path\":\"/", Slug(story.title),
                  "\",\"image\":{\"src\":\"https://img.example/", dice.Hex(32),
                  ".jpg\",\"width\":1200,\"height\":675},\"flags\":{\"premium\":",
                  (dice.Chance(0.2) ? "true" : "false"), ",\"lazy\":true}}"});
  }
  return json + "]},\"buildId\":\"" + dice.Alnum(21) + "\"}}";
}

// `html` with a line break and `indent` before each block element.
inline std::string Indented(std::string_view html, std::string_view indent) {
  static const std::vector<std::string_view> kBlockTags = {
      "<li", "<div",    "<p>",   "<p ",  "<h2",  "<h3",   "<section",  "<ul",
      "<ol", "<figure", "<form", "</ul", "</ol", "</div", "</section", "</nav"};
  std::string out;
  out.reserve(html.size() * 11 / 10);
  for (size_t i = 0; i < html.size(); ++i) {
    if (html[i] == '<') {
      for (std::string_view tag : kBlockTags) {
        if (html.compare(i, tag.size(), tag) == 0) {
          out += '\n';
          out += indent;
          break;
        }
      }
    }
    out += html[i];
  }
  return out;
}

inline std::string LinkAround(std::string_view href, std::string_view classes,
                              std::string_view inner_html, std::string_view more_attributes = "") {
  return "<a href=\"" + std::string(href) + "\" class=\"" + std::string(classes) + "\"" +
         (more_attributes.empty() ? "" : " " + std::string(more_attributes)) + ">" +
         std::string(inner_html) + "</a>";
}

inline std::string Link(std::string_view href, std::string_view classes, std::string_view label) {
  return LinkAround(href, classes, Escape(label));
}

inline std::string Meta(std::string_view attribute, std::string_view name,
                        std::string_view content) {
  return "<meta " + std::string(attribute) + "=\"" + std::string(name) + "\" content=\"" +
         Escape(content) + "\">\n";
}

// The bytes of the <svg> elements in `html`.
inline size_t SvgBytes(std::string_view html) {
  size_t bytes = 0;
  for (size_t start = html.find("<svg"); start != std::string_view::npos;
       start = html.find("<svg", start)) {
    size_t end = html.find("</svg>", start);
    end = end == std::string_view::npos ? html.size() : end + 6;
    bytes += end - start;
    start = end;
  }
  return bytes;
}

inline const std::vector<std::string> kShareNetworks = {"facebook", "x",     "linkedin",
                                                        "whatsapp", "email", "copy"};
inline const std::vector<std::string> kFollowNetworks = {"facebook", "x",      "instagram",
                                                         "youtube",  "tiktok", "rss"};

// Writes one page. `scale` is its size relative to the median page: real pages twice as big
// have about 1.7 times the elements, each a little more verbose.
class PageWriter {
 public:
  PageWriter(Dice& dice, const SiteTemplate& site, const std::vector<SourceStory>& stories,
             size_t lead, double scale)
      : dice_(dice),
        site_(site),
        stories_(stories),
        lead_(lead),
        scale_(scale),
        count_scale_(std::pow(scale, 0.8)),
        verbosity_(std::clamp(std::pow(scale, 0.32), 0.6, 2.5)) {}

  BuiltPage Write() {
    const SourceStory& lead = stories_[lead_];
    page_.title = lead.title;
    section_ = dice_.Pick(kSections);
    date_ = lead.date.empty() ? "2024-05-14" : lead.date;
    base_ = "https://www." + site_.domain;
    link_base_ = site_.absolute_links ? base_ : "";
    page_.url = base_ + "/" + Slug(section_) + "/" + date_.substr(0, 4) + "/" + date_.substr(5, 2) +
                "/" + Slug(page_.title);
    author_ = dice_.Pick(kAuthors);
    image_ = "https://img.example/" + dice_.Hex(32);
    description_ = lead.paragraphs.empty() ? page_.title : CutAtWord(lead.paragraphs[0], 160);
    for (int i = 0; i < 40; ++i) teasers_.push_back(dice_.Pick(stories_));

    std::string header = Header();
    std::string consent = ConsentBanner();
    std::string main = Main();
    std::string footer = Footer();
    std::string head = HeadMetadata();
    if (site_.indented) {
      header = Indented(header, "        ");
      consent = Indented(consent, "    ");
      main = Indented(main, "                ");
      footer = Indented(footer, "            ");
    }

    // Scripts, styles and icons are sized against the rest of the page, so that every page
    // has the corpus's shares whatever its size.
    size_t svg_written = SvgBytes(header) + SvgBytes(main) + SvgBytes(footer);
    size_t markup_and_text =
        head.size() + header.size() + consent.size() + main.size() + footer.size() - svg_written;
    auto budget = [&](double share) {
      return static_cast<size_t>(static_cast<double>(markup_and_text) * share / 0.51);
    };
    size_t svg_budget = budget(0.05);
    std::string sprite = IconSprite(svg_budget - std::min(svg_budget, svg_written));
    size_t style_budget = budget(0.20);
    head += "<style>" + StyleSheet(dice_, site_, style_budget * 3 / 4) + "</style>\n";
    std::string late_style = "<style>" + StyleSheet(dice_, site_, style_budget / 4) + "</style>\n";
    std::string head_scripts = HeadScripts();
    head += head_scripts;
    size_t script_budget = budget(0.24);
    std::string scripts = BodyScripts(script_budget - std::min(script_budget, head_scripts.size()));

    // Consent banners come first or last in the markup depending on the vendor.
    std::string banner_first = dice_.Chance(0.5) ? consent : "";
    std::string banner_last = banner_first.empty() ? consent : "";
    page_.html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n" + head +
                 "</head>\n<body class=\"" + Classes("page") + "\" data-section=\"" +
                 Slug(section_) + "\">\n" + sprite +
                 "<a class=\"skip-link\" href=\"#main\">Skip to content</a>\n" + banner_first +
                 header + main + footer + banner_last + late_style + scripts + "</body>\n</html>\n";
    return std::move(page_);
  }

 private:
  std::string Classes(std::string_view role) {
    return ClassesFor(site_.class_style, role, false, verbosity_, dice_);
  }
  std::string MenuClasses(std::string_view role) {
    return ClassesFor(site_.class_style, role, true, verbosity_, dice_);
  }
  int Count(int lo, int hi) {
    return std::max(1, static_cast<int>(dice_.Between(lo, hi) * count_scale_));
  }
  std::string SectionPath(std::string_view section) { return link_base_ + "/" + Slug(section); }
  std::string StoryPath(const SourceStory& story) {
    return SectionPath(dice_.Pick(kSections)) + "/" + Slug(story.title);
  }

  // A lazily loaded picture in three widths, as responsive sites serve them.
  std::string Image(int width, int height) {
    std::string src = "https://img.example/" + dice_.Hex(32);
    return "<img src=\"" + src + "-" + std::to_string(width) + ".jpg\" srcset=\"" + src + "-" +
           std::to_string(width) + ".jpg 1x, " + src + "-" + std::to_string(2 * width) +
           ".jpg 2x, " + src + "-" + std::to_string(3 * width) + ".jpg 3x\" alt=\"\" width=\"" +
           std::to_string(width) + "\" height=\"" + std::to_string(height) +
           "\" loading=\"lazy\" decoding=\"async\" style=\"aspect-ratio:" + std::to_string(width) +
           "/" + std::to_string(height) + "\">";
  }

  std::string Figure(std::string_view role) {
    return Join({"<figure class=\"", Classes(role), "\"><div class=\"", Classes("figure-media"),
                 "\">", Image(720, 405), "</div><figcaption class=\"", Classes("caption"),
                 "\">A file photo. Photo: ", site_.site_name, "</figcaption></figure>\n"});
  }

  // An empty container the ad script fills: ids, data attributes and a reserved height.
  std::string AdSlot(std::string_view position) {
    std::string id = "ad-" + std::string(position) + "-" + dice_.Hex(4);
    return Join({"<div class=\"", Classes("ad-wrapper"), "\"><div id=\"", id, "\" class=\"",
                 Classes("ad-slot"), "\" data-ad-unit=\"/",
                 std::to_string(dice_.Between(1000, 9999)), "/", Slug(site_.site_name), "/",
                 Slug(section_), "/", std::string(position),
                 "\" data-sizes=\"[[300,250],[728,90],[970,250]]\" data-refresh=\"30\" "
                 "style=\"min-height:250px\"></div><span class=\"",
                 Classes("ad-label"), "\">Advertisement</span></div>\n"});
  }

  std::string Header() {
    std::string html = Join({"<header class=\"",
                             Classes("site-header"),
                             "\">\n<div class=\"",
                             Classes("container"),
                             "\"><div class=\"",
                             Classes("header-top"),
                             "\"><div class=\"",
                             Classes("header-brand"),
                             "\"><a href=\"",
                             base_,
                             "/\" class=\"",
                             Classes("logo"),
                             "\" aria-label=\"",
                             site_.site_name,
                             " home\">",
                             Icon(dice_, "logo", 160),
                             "</a></div>\n<div class=\"",
                             Classes("header-nav"),
                             "\"><nav class=\"",
                             MenuClasses("menu"),
                             "\" aria-label=\"Main\"><ul class=\"",
                             MenuClasses("menu-list"),
                             "\">\n"});
    int links = std::clamp(Count(40, 90), 30, 250);
    for (int i = 0; i < links; ++i) {
      std::string name = dice_.Pick(kSections);
      // Content management systems class every item; hand-written templates only the links.
      html += site_.class_style == ClassStyle::kCmsMenu
                  ? "<li class=\"" + MenuClasses("menu-item") + "\">"
                  : "<li>";
      // Component frameworks wrap the label in an element of its own.
      html +=
          site_.class_style == ClassStyle::kCmsMenu
              ? Link(SectionPath(name), MenuClasses("menu-link"), name)
              : LinkAround(SectionPath(name), MenuClasses("menu-link"),
                           "<span>" + Escape(name) + "</span>",
                           "data-track=\"nav:" + Slug(name) + ":" + std::to_string(i + 1) + "\"");
      if (site_.mega_menu && dice_.Chance(0.2)) {
        html += Join({"<div class=\"", Classes("sub-menu-panel"), "\"><div class=\"",
                      Classes("container"), "\"><ul class=\"", MenuClasses("sub-menu"), "\">"});
        int sub_links = dice_.Between(3, 8);
        for (int j = 0; j < sub_links; ++j, ++i) {
          std::string sub_name = dice_.Pick(kSections);
          html +=
              "<li>" +
              Link(SectionPath(name) + "/" + Slug(sub_name), MenuClasses("menu-link"), sub_name) +
              "</li>";
        }
        html += "</ul></div></div>";
      }
      html += "</li>\n";
    }
    html += Join({"</ul></nav></div>\n<div class=\"", Classes("header-actions"),
                  "\"><form class=\"", Classes("search"),
                  "\" action=\"/search\" role=\"search\"><label for=\"q\" class=\"sr-only\">Search"
                  "</label><input id=\"q\" name=\"q\" type=\"search\" placeholder=\"Search ",
                  site_.site_name, "\"><button type=\"submit\">", Icon(dice_, "search", 20),
                  "</button></form>\n<a href=\"/subscribe\" class=\"", Classes("button"),
                  "\">Subscribe</a> <a href=\"/login\" class=\"", Classes("button"),
                  "\">Sign in</a></div></div></div>\n</header>\n"});
    return html;
  }

  std::string ConsentBanner() {
    return Join(
        {"<div id=\"consent\" class=\"", Classes("consent"),
         "\" role=\"dialog\" aria-modal=\"true\" aria-labelledby=\"consent-title\"><h2 "
         "id=\"consent-title\">We value your privacy</h2><p>We and our partners use cookies "
         "and similar technologies to store and access information on your device, to show "
         "you personalised content and adverts and to measure how our site is used. You can "
         "accept, refuse or choose which purposes you allow.</p><div class=\"",
         Classes("consent-actions"), "\"><button class=\"", Classes("button"),
         "\" data-consent=\"accept\">Accept all</button><button class=\"", Classes("button"),
         "\" data-consent=\"reject\">Reject all</button><button class=\"", Classes("button"),
         "\" data-consent=\"manage\">Manage preferences</button></div></div>\n"});
  }

  // The second bar on a page uses the icons by reference, as sprites let pages do.
  std::string ShareBar(bool draw_icons) {
    std::string html = "<ul class=\"" + Classes("share") + "\" aria-label=\"Share this article\">";
    for (const std::string& network : kShareNetworks) {
      std::string icon = draw_icons ? Icon(dice_, network, 20)
                                    : "<svg class=\"icon\" width=\"20\" height=\"20\"><use "
                                      "href=\"#i-" +
                                          network + "\"/></svg>";
      html += "<li><a class=\"" + Classes("share-button") + "\" href=\"https://share.example/" +
              network + "?u=" + page_.url + "\" target=\"_blank\" rel=\"noopener\" " +
              "data-track=\"share-" + network + "\">" + icon + "<span class=\"sr-only\">Share on " +
              network + "</span></a></li>";
    }
    return html + "</ul>\n";
  }

  // The lead story, then a few more under subheadings: the project's stories are short wire
  // items, news articles are longer.
  std::string ArticleBody() {
    std::string html = "<div class=\"" + Classes("article-body") + "\">\n";
    int more_stories = std::max(2, static_cast<int>(dice_.Between(5, 13) * std::pow(scale_, 0.7)));
    for (int s = 0; s <= more_stories; ++s) {
      const SourceStory& story = stories_[(lead_ + 7 * s) % stories_.size()];
      if (s > 0 && dice_.Chance(0.6)) {
        html += Join(
            {"<h2 class=\"", Classes("subheading"), "\">", dice_.Pick(kSubheadings), "</h2>\n"});
      }
      for (const std::string& paragraph : story.paragraphs) {
        // Component frameworks render each paragraph as a component, in a wrapper of its own.
        bool wrapped = site_.class_style == ClassStyle::kCssModules ||
                       site_.class_style == ClassStyle::kUtility;
        html += wrapped ? "<div class=\"" + Classes("paragraph") + "\"><p>" + Escape(paragraph) +
                              "</p></div>\n"
                        : "<p>" + Escape(paragraph) + "</p>\n";
        page_.paragraphs.push_back(paragraph);
      }
      if (s == 1) html += AdSlot("mid-article");
      if (s == 3) html += Figure("inline-figure");
    }
    return html + "</div>\n";
  }

  std::string Article() {
    std::string html = Join({"<article class=\"",
                             Classes("article"),
                             "\" data-id=\"",
                             dice_.Hex(10),
                             "\">\n<div class=\"",
                             Classes("article-header"),
                             "\"><nav class=\"",
                             Classes("breadcrumb"),
                             "\" aria-label=\"Breadcrumb\"><a href=\"",
                             link_base_,
                             "/\">Home</a> / ",
                             Link(SectionPath(section_), Classes("breadcrumb-link"), section_),
                             "</nav>\n<h1 class=\"",
                             Classes("headline"),
                             "\">",
                             Escape(page_.title),
                             "</h1>\n<div class=\"",
                             Classes("byline"),
                             "\"><div class=\"",
                             Classes("byline-avatar"),
                             "\"><img src=\"https://img.example/authors/",
                             Slug(author_),
                             ".jpg\" alt=\"\" width=\"48\" height=\"48\"></div><div class=\"",
                             Classes("byline-text"),
                             "\">By <a rel=\"author\" href=\"",
                             link_base_,
                             "/authors/",
                             Slug(author_),
                             "\">",
                             author_,
                             "</a><div class=\"",
                             Classes("byline-date"),
                             "\"><time datetime=\"",
                             date_,
                             "T",
                             std::to_string(dice_.Between(10, 23)),
                             ":",
                             std::to_string(dice_.Between(10, 59)),
                             ":00Z\">",
                             date_,
                             "</time></div></div></div>\n</div>\n<div class=\"",
                             Classes("share-wrapper"),
                             "\">",
                             ShareBar(true),
                             "</div>\n"});
    html += Join(
        {"<figure class=\"", Classes("figure"), "\"><picture><source type=\"image/webp\" srcset=\"",
         image_, "-480.webp 480w, ", image_, "-960.webp 960w, ", image_,
         "-1440.webp 1440w\" sizes=\"(min-width: 1024px) 720px, 100vw\"><img src=\"", image_,
         "-960.jpg\" alt=\"\" width=\"960\" height=\"540\" loading=\"eager\" "
         "decoding=\"async\"></picture><figcaption class=\"",
         Classes("caption"), "\">A file photo. Photo: ", site_.site_name,
         "</figcaption></figure>\n"});
    html += ArticleBody();
    html += "<ul class=\"" + Classes("tags") + "\">";
    for (int i = 0; i < 5; ++i) {
      std::string tag = dice_.Pick(kSections);
      html += "<li>" + Link(link_base_ + "/topic/" + Slug(tag), Classes("tag"), tag) + "</li>";
    }
    return html + "</ul>\n" + ShareBar(false) + "</article>\n";
  }

  std::string MostRead() {
    std::string html = "<section class=\"" + Classes("most-read") + "\"><h2>Most read</h2><ol>";
    int items = dice_.Between(5, 10);
    for (int i = 0; i < items; ++i) {
      const SourceStory& story = teasers_[i];
      std::string path = StoryPath(story);
      html += Join({"<li class=\"", Classes("most-read-item"), "\"><div class=\"", Classes("item"),
                    "\"><span>", std::to_string(i + 1), "</span><div class=\"",
                    Classes("item-body"), "\">", Image(160, 90),
                    Link(path, Classes("most-read-link"), story.title), "</div></div></li>"});
    }
    return html + "</ol></section>\n";
  }

  std::string RelatedStories() {
    std::string html = "<section class=\"" + Classes("related") + "\"><h2>Related stories</h2>\n";
    int cards = Count(6, 16);
    for (int i = 0; i < cards; ++i) {
      const SourceStory& story = teasers_[(10 + i) % teasers_.size()];
      std::string teaser = story.paragraphs.empty() ? "" : CutAtWord(story.paragraphs[0], 200);
      // The picture and the headline link to the same story.
      std::string path = StoryPath(story);
      html += Join({"<div class=\"",
                    Classes("card"),
                    "\" data-id=\"",
                    dice_.Hex(8),
                    "\" data-position=\"",
                    std::to_string(i + 1),
                    "\"><div class=\"",
                    Classes("card-media"),
                    "\"><a href=\"",
                    path,
                    "\">",
                    Image(320, 180),
                    "</a></div><div class=\"",
                    Classes("card-body"),
                    "\"><span>",
                    dice_.Pick(kSections),
                    "</span><h3 class=\"",
                    Classes("card-title"),
                    "\">",
                    Link(path, Classes("card-link"), story.title),
                    "</h3><p class=\"",
                    Classes("card-teaser"),
                    "\">",
                    Escape(teaser),
                    "</p><div class=\"",
                    Classes("card-meta"),
                    "\"><time class=\"",
                    Classes("card-time"),
                    "\">",
                    story.date,
                    "</time></div></div></div>\n"});
    }
    return html + "</section>\n";
  }

  std::string Newsletter() {
    return Join(
        {"<aside class=\"", Classes("newsletter"),
         "\"><h2>The morning briefing</h2><p>The day's essential stories, in your inbox "
         "before breakfast. Free for every reader.</p><form action=\"/newsletters/subscribe\" "
         "method=\"post\"><input type=\"email\" name=\"email\" placeholder=\"Your email "
         "address\" required><button class=\"",
         Classes("button"), "\">Sign up</button></form><p class=\"", Classes("small-print"),
         "\">By signing up you agree to our terms and privacy policy. You can unsubscribe at "
         "any time.</p></aside>\n"});
  }

  std::string Comments() {
    int comments = Count(5, 40);
    std::string html = "<section id=\"comments\" class=\"" + Classes("comments") +
                       "\"><h2>Comments (" + std::to_string(comments) + ")</h2>\n";
    for (int i = 0; i < comments; ++i) {
      html +=
          Join({"<div class=\"",
                Classes("comment"),
                "\" data-comment-id=\"",
                dice_.Hex(8),
                "\"><div class=\"",
                Classes("comment-meta"),
                "\"><span class=\"",
                Classes("comment-author"),
                "\">",
                dice_.Pick(kCommenters),
                "</span> <time>",
                std::to_string(dice_.Between(1, 23)),
                " hours ago</time></div><p>",
                Escape(dice_.Pick(kComments)),
                " ",
                Escape(dice_.Pick(kComments)),
                "</p><div class=\"",
                Classes("comment-actions"),
                "\"><button>Reply</button><button><svg class=\"icon\" width=\"16\" height=\"16\">"
                "<use href=\"#i-like\"/></svg> ",
                std::to_string(dice_.Between(0, 99)),
                "</button><button>Report</button></div></div>\n"});
    }
    return html + "</section>\n";
  }

  std::string Main() {
    std::string html = "<main id=\"main\">";
    for (int i = 0; i < site_.wrapper_depth; ++i) {
      html += "<div class=\"" + Classes("layout") + "\">";
    }
    html += Join({"\n", AdSlot("top"), Article(), AdSlot("after-article"), MostRead(),
                  RelatedStories(), AdSlot("bottom"), Newsletter()});
    if (site_.comments) html += Comments();
    for (int i = 0; i < site_.wrapper_depth; ++i) html += "</div>";
    return html + "</main>\n";
  }

  std::string Footer() {
    std::string html =
        Join({"<footer class=\"", Classes("site-footer"), "\">\n<div class=\"",
              Classes("container"), "\"><div class=\"", Classes("footer-grid"), "\">\n"});
    int columns = dice_.Between(3, 6);
    for (int c = 0; c < columns; ++c) {
      html += Join({"<div class=\"", Classes("footer-column"), "\"><h3>", dice_.Pick(kSections),
                    "</h3><ul>"});
      int links = Count(5, 10);
      for (int i = 0; i < links; ++i) {
        std::string name = c % 2 ? dice_.Pick(kFooterLinks) : dice_.Pick(kSections);
        html += Join({"<li class=\"", Classes("footer-item"), "\">",
                      Link(SectionPath(name), Classes("footer-link"), name), "</li>"});
      }
      html += "</ul></div>\n";
    }
    html += "<div class=\"" + Classes("follow") + "\">Follow us";
    for (const std::string& network : kFollowNetworks) {
      html += Join({"<a href=\"https://", network, ".example/", Slug(site_.site_name),
                    "\" class=\"", Classes("follow-button"), "\" aria-label=\"", network, "\">",
                    Icon(dice_, network, 24), "</a>"});
    }
    return html + "</div>\n</div><p class=\"" + Classes("copyright") + "\">&copy; " +
           date_.substr(0, 4) + " " + site_.site_name +
           ". All rights reserved.</p></div>\n</footer>\n";
  }

  // The metadata of <head>, without its styles and scripts.
  std::string HeadMetadata() {
    std::string html =
        "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
        "content=\"width=device-width, initial-scale=1\">\n<title>" +
        Escape(page_.title) + " | " + site_.site_name + "</title>\n";
    html += Meta("name", "description", description_);
    html += Meta("property", "og:title", page_.title);
    html += Meta("property", "og:description", description_);
    html += Meta("property", "og:type", "article");
    html += Meta("property", "og:url", page_.url);
    html += Meta("property", "og:image", image_ + "-1200.jpg");
    html += Meta("property", "og:site_name", site_.site_name);
    html += Meta("name", "twitter:card", "summary_large_image");
    html += Meta("name", "twitter:title", page_.title);
    html += Meta("name", "twitter:description", description_);
    html += Meta("name", "author", author_);
    html += Meta("property", "article:published_time", date_ + "T08:00:00Z");
    html += Meta("property", "article:section", section_);
    html += "<link rel=\"canonical\" href=\"" + page_.url + "\">\n";
    for (const char* origin :
         {"https://img.example", "https://cdn.example", "https://fonts.example"}) {
      html += "<link rel=\"preconnect\" href=\"" + std::string(origin) + "\" crossorigin>\n";
    }
    for (const char* language : {"en-gb", "en-us", "fr", "de", "es"}) {
      html += "<link rel=\"alternate\" hreflang=\"" + std::string(language) + "\" href=\"" + base_ +
              "/" + language + "/" + Slug(page_.title) + "\">\n";
    }
    return html +
           "<link rel=\"icon\" href=\"/favicon.ico\" sizes=\"any\"><link "
           "rel=\"apple-touch-icon\" href=\"/apple-touch-icon.png\">\n<link "
           "rel=\"stylesheet\" href=\"/static/css/main." +
           dice_.Hex(8) + ".css\">\n";
  }

  // JSON-LD, the site's configuration and its script loader.
  std::string HeadScripts() {
    std::string html =
        "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
        "\"NewsArticle\",\"headline\":" +
        JsonString(page_.title) + ",\"description\":" + JsonString(description_) +
        ",\"datePublished\":\"" + date_ +
        "T08:00:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"" + author_ + "\",\"url\":\"" +
        base_ + "/authors/" + Slug(author_) +
        "\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"" + site_.site_name +
        "\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"" + base_ +
        "/logo.png\"}},\"image\":[\"" + image_ + "-1200.jpg\"],\"mainEntityOfPage\":\"" +
        page_.url + "\",\"isAccessibleForFree\":true}</script>\n";
    html += "<script>window.__CONFIG__={\"site\":\"" + site_.domain + "\",\"section\":\"" +
            section_ + "\",\"ads\":{\"network\":\"" + dice_.Hex(10) +
            "\",\"refresh\":30},\"features\":{";
    for (int i = 0; i < 30; ++i) {
      html += Join(
          {(i ? ",\"" : "\""), dice_.Alnum(10), "\":", (dice_.Chance(0.5) ? "true" : "false")});
    }
    return html + "}};</script>\n<script async src=\"https://cdn.example/" + dice_.Hex(12) +
           ".js\"></script>\n";
  }

  // The framework's page data, if the site has one, and tracking code, to `budget` bytes.
  std::string BodyScripts(size_t budget) {
    std::string html;
    if (site_.app_data_blob) {
      html += "<script id=\"__APP_DATA__\" type=\"application/json\">" +
              AppData(dice_, page_, teasers_, budget * 2 / 3) + "</script>\n";
    }
    while (html.size() + 100 < budget) {
      size_t piece = std::min<size_t>(budget - html.size(), dice_.Between(2000, 30000));
      html += "<script>" + AnalyticsScript(dice_, piece) + "</script>\n";
    }
    return html;
  }

  // The icons used by reference, then more, as sites define a whole set, to `budget` bytes.
  std::string IconSprite(size_t budget) {
    std::string html = "<svg xmlns=\"http://www.w3.org/2000/svg\" style=\"display:none\">";
    std::vector<std::string> names = kShareNetworks;
    names.push_back("like");
    for (size_t i = 0; i < names.size() || html.size() < budget; ++i) {
      std::string id = i < names.size() ? names[i] : dice_.Alnum(6);
      html += "<symbol id=\"i-" + id + "\" viewBox=\"0 0 24 24\"><path d=\"" +
              IconPath(dice_, dice_.Between(2, 12)) + "\"/></symbol>";
    }
    return html + "</svg>\n";
  }

  Dice& dice_;
  const SiteTemplate& site_;
  const std::vector<SourceStory>& stories_;
  const size_t lead_;
  const double scale_;
  const double count_scale_;
  const double verbosity_;
  BuiltPage page_;
  std::string section_, date_, base_, link_base_, author_, image_, description_;
  std::vector<SourceStory> teasers_;  // the stories the page's lists point to
};

}  // namespace page_corpus_internal

// The stories under the project root: examples/*.txt and *.html (as dyad extracts them), the
// text of examples/*.jsonl and of tests/data/events/articles.jsonl.
inline std::vector<SourceStory> ProjectStories(const std::filesystem::path& root) {
  namespace internal = page_corpus_internal;
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(root / "examples", ec)) {
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  files.push_back(root / "tests" / "data" / "events" / "articles.jsonl");
  std::vector<SourceStory> stories;
  for (const auto& path : files) {
    std::string ext = path.extension().string();
    if (ext == ".jsonl") {
      internal::AddJsonlStories(path, &stories);
    } else if (ext == ".html" || ext == ".txt") {
      std::string content = internal::ReadFile(path);
      Article article;
      Status status =
          ext == ".html" ? ExtractHtml(content, &article) : ExtractScrapedText(content, &article);
      if (status.ok()) internal::AddArticle(article, &stories);
    }
  }
  return stories;
}

// `count` pages made of `stories`, the same for the same arguments.
inline std::vector<BuiltPage> BuildPages(const std::vector<SourceStory>& stories, int count) {
  namespace internal = page_corpus_internal;
  std::vector<BuiltPage> pages;
  if (stories.empty()) return pages;
  internal::Dice dice(20240519);
  // Page sizes log-normal around the median page, with the spread of the real pages' quartiles.
  // They are taken at evenly spaced quantiles, in shuffled order, rather than drawn: a few
  // hundred draws would leave the quartiles a good way off the distribution's.
  std::vector<double> scales;
  for (int i = 0; i < count; ++i) {
    double quantile = internal::NormalQuantile((i + 0.5) / count);
    scales.push_back(std::clamp(std::exp(1.25 * quantile), 0.1, 8.0));
  }
  for (int i = count - 1; i > 0; --i) std::swap(scales[i], scales[dice.Between(0, i)]);
  for (int i = 0; i < count; ++i) {
    const internal::SiteTemplate& site = internal::kTemplates[i % internal::kTemplates.size()];
    pages.push_back(
        internal::PageWriter(dice, site, stories, i % stories.size(), scales[i]).Write());
  }
  return pages;
}

// The benchmarks' corpus: 300 pages from the project's stories, built once.
inline const std::vector<BuiltPage>& ProjectPages() {
  static const std::vector<BuiltPage> pages =
      BuildPages(ProjectStories(std::filesystem::path(DYAD_DATA_DIR) / ".."), 300);
  return pages;
}

}  // namespace dyad::bench

#endif  // DYAD_BENCH_PAGE_CORPUS_H_
