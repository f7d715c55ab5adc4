// HTML to Article. The page is decoded to UTF-8, parsed with myhtml, copied into a small tree
// of our own (depth-capped so that the recursive passes below are safe on hostile markup), and
// then read twice: once for metadata, once for the body text of the main content block.
#include <myencoding/encoding.h>
#include <myhtml/api.h>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/extract.h"
#include "ingest/dates.h"
#include "ingest/html_extract_internal.h"
#include "ingest/text_util.h"

namespace dyad {

namespace {

using ingest::AsciiLower;
using ingest::CollapseWhitespace;
using ingest::JsonReader;
using ingest::JsonValue;

// <cctype> goes through the locale on every call; HTML's white space and names are ASCII.
inline bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}
inline bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
inline char AsciiToLower(unsigned char c) {
  return static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

// Elements deeper than this are left out (their text is kept, attached to the deepest allowed
// ancestor), so that the recursive passes below cannot exhaust the stack. LimitNesting keeps
// ordinary soup well below it; this bounds what slips past it (UTF-16 pages, odd nesting).
constexpr int kMaxDepth = 1500;

// ---------------------------------------------------------------------------------------------
// Encoding

// The charset named by a <meta charset> or http-equiv content-type near the top of the page.
std::string DeclaredCharset(std::string_view html) {
  std::string head = AsciiLower(html.substr(0, std::min<size_t>(html.size(), 16384)));
  size_t pos = 0;
  while ((pos = head.find("charset", pos)) != std::string::npos) {
    size_t tag_start = head.rfind('<', pos);
    pos += 7;
    if (tag_start == std::string::npos || head.compare(tag_start, 5, "<meta") != 0) continue;
    if (head.find('>', tag_start) < pos) continue;
    size_t i = pos;
    while (i < head.size() &&
           (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\'')) {
      ++i;
    }
    size_t start = i;
    while (i < head.size() &&
           (std::isalnum(static_cast<unsigned char>(head[i])) || head[i] == '-' || head[i] == '_' ||
            head[i] == ':' || head[i] == '.')) {
      ++i;
    }
    if (i > start) return head.substr(start, i - start);
  }
  return "";
}

bool IsLatin1Label(std::string_view charset) {
  static constexpr std::string_view kLabels[] = {
      "windows-1252", "cp1252",  "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1",
      "latin1",       "latin-1", "l1",       "us-ascii",   "ascii",     "iso-8859-15"};
  for (std::string_view label : kLabels) {
    if (charset == label) return true;
  }
  return false;
}

// Bytes ready for myhtml, and the encoding myhtml should decode them from. We convert UTF-8
// and windows-1252 ourselves (repairing bad bytes); rarer charsets are left to myencoding.
struct DecodedPage {
  std::string bytes;
  myencoding_t encoding = MyENCODING_UTF_8;
};

DecodedPage DecodePage(std::string_view html) {
  DecodedPage page;
  if (html.size() >= 3 && html.substr(0, 3) == "\xEF\xBB\xBF") {
    page.bytes = ingest::SanitizeUtf8(html.substr(3));
    return page;
  }
  if (html.size() >= 2 && (html.substr(0, 2) == "\xFF\xFE" || html.substr(0, 2) == "\xFE\xFF")) {
    page.encoding = html[0] == '\xFF' ? MyENCODING_UTF_16LE : MyENCODING_UTF_16BE;
    page.bytes = std::string(html.substr(2));
    return page;
  }
  std::string charset = DeclaredCharset(html);
  ingest::Utf8Census census = ingest::CountUtf8(html);
  bool clean_utf8 = census.invalid == 0;
  if (IsLatin1Label(charset)) {
    // Pages often keep a stale latin-1 declaration after moving to UTF-8: well-formed
    // multi-byte sequences would be a remarkable accident in real windows-1252 text.
    if (clean_utf8 && census.multibyte > 0) {
      page.bytes = std::string(html);
    } else {
      page.bytes = ingest::SanitizeUtf8(ingest::Windows1252ToUtf8(html));
    }
    return page;
  }
  if (!charset.empty() && charset != "utf-8" && charset != "utf8") {
    myencoding_t encoding;
    if (myencoding_by_name(charset.data(), charset.size(), &encoding) &&
        encoding != MyENCODING_UTF_8 && encoding != MyENCODING_UTF_16LE &&
        encoding != MyENCODING_UTF_16BE && !(clean_utf8 && census.multibyte > 0)) {
      page.encoding = encoding;
      page.bytes = std::string(html);
      return page;
    }
  }
  if (charset.empty() && census.invalid > census.multibyte) {
    page.bytes = ingest::SanitizeUtf8(ingest::Windows1252ToUtf8(html));
    return page;
  }
  page.bytes = ingest::SanitizeUtf8(html);
  return page;
}

// myhtml's tree construction slows down quadratically with nesting depth (hundreds of
// thousands of unclosed <div>s take minutes). Start tags that would open elements beyond
// kMaxOpenElements are removed before parsing; their text stays. Elements that the parser
// closes implicitly (p, li, td ...) and void elements are not counted.
constexpr int kMaxOpenElements = 1000;

bool ClosesImplicitlyOrIsVoid(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "p",     "li",       "dt",    "dd",  "option",   "tr",     "td",     "th",
      "tbody", "thead",    "tfoot", "br",  "img",      "input",  "meta",   "link",
      "hr",    "area",     "base",  "col", "embed",    "param",  "source", "track",
      "wbr",   "optgroup", "rt",    "rp",  "colgroup", "caption"};
  for (std::string_view n : kNames) {
    if (name == n) return true;
  }
  return false;
}

std::string LimitNesting(std::string html) {
  int open = 0;
  bool trimmed = false;
  std::string out;
  size_t copied = 0;
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string::npos) {
    size_t name_start = i + 1;
    bool closing = name_start < html.size() && html[name_start] == '/';
    if (closing) ++name_start;
    size_t name_end = name_start;
    while (name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end]))) {
      ++name_end;
    }
    if (name_end == name_start) {
      ++i;
      continue;
    }
    size_t tag_end = html.find('>', name_end);
    if (tag_end == std::string::npos) break;
    std::string name = AsciiLower(std::string_view(html).substr(name_start, name_end - name_start));
    // Raw-text elements: skip to their end tag so that "<" inside scripts is not read as tags.
    if (!closing && (name == "script" || name == "style" || name == "textarea")) {
      std::string end_tag = "</" + name;
      size_t close = tag_end;
      while ((close = html.find("</", close)) != std::string::npos &&
             AsciiLower(std::string_view(html).substr(close, end_tag.size())) != end_tag) {
        close += 2;
      }
      i = close == std::string::npos ? html.size() : close;
      continue;
    }
    bool self_closing = html[tag_end - 1] == '/';
    if (!ClosesImplicitlyOrIsVoid(name) && !self_closing) {
      if (closing) {
        open = std::max(0, open - 1);
      } else if (++open > kMaxOpenElements) {
        out.append(html, copied, i - copied);
        copied = tag_end + 1;
        trimmed = true;
        --open;
      }
    }
    i = tag_end + 1;
  }
  if (!trimmed) return html;
  out.append(html, copied, std::string::npos);
  return out;
}

bool LooksBinary(std::string_view data) {
  std::string_view head = data.substr(0, std::min<size_t>(data.size(), 2048));
  if (head.size() >= 2 && (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF")) {
    return false;
  }
  size_t control = 0;
  for (char ch : head) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  }
  return control * 10 > head.size();
}

// ---------------------------------------------------------------------------------------------
// Our copy of the document tree.

bool IsBlockTag(std::string_view tag) {
  static constexpr std::string_view kTags[] = {
      "p",       "div",     "section", "article", "main",  "h1",    "h2",   "h3",      "h4",
      "h5",      "h6",      "li",      "ul",      "ol",    "dl",    "dt",   "dd",      "blockquote",
      "pre",     "table",   "tr",      "td",      "th",    "br",    "hr",   "address", "center",
      "details", "summary", "body",    "caption", "tbody", "thead", "tfoot"};
  for (std::string_view t : kTags) {
    if (tag == t) return true;
  }
  return false;
}

bool IsFurnitureTag(std::string_view tag) {
  static constexpr std::string_view kTags[] = {
      "head",   "script",     "style",  "noscript", "nav",    "footer",   "aside",  "form",
      "button", "iframe",     "svg",    "template", "select", "textarea", "input",  "header",
      "figure", "figcaption", "dialog", "menu",     "object", "embed",    "canvas", "video",
      "audio",  "map",        "link",   "meta",     "title",  "label",    "option", "math"};
  for (std::string_view t : kTags) {
    if (tag == t) return true;
  }
  return false;
}

struct Node {
  std::string tag;   // lowercase element name; empty for a text node
  std::string text;  // text nodes only
  std::vector<std::pair<std::string, std::string>> attributes;
  std::vector<int> children;
  int parent = -1;
  bool dropped = false;            // furniture: never part of the body
  size_t text_length = 0;          // bytes of text below, not counting dropped parts
  size_t link_length = 0;          // of which inside <a>
  size_t own_length = kUncounted;  // text nodes: non-space bytes, counted on first need
  bool block = false;              // IsBlockTag(tag), decided once
  size_t commas = 0;               // commas in the text below, not counting dropped parts
  size_t own_commas = 0;           // text nodes
  // What the class / id / role / itemprop attributes say, decided once per page (the body
  // passes below run several times): -1 not yet known, else 0 / 1.
  int8_t names_furniture = -1;
  int8_t marks_body = -1;
  bool display_none = false;  // decided with names_furniture
  bool aria_hidden = false;
  bool furniture_tag = false;  // IsFurnitureTag(tag)
  static constexpr size_t kUncounted = static_cast<size_t>(-1);
};

class Dom {
 public:
  std::vector<Node> nodes;  // nodes[0] is the document; children follow their parents

  bool IsElement(int id) const { return !nodes[id].tag.empty(); }

  const std::string& Attribute(int id, std::string_view key) const {
    static const std::string kEmpty;
    for (const auto& [name, value] : nodes[id].attributes) {
      if (name == key) return value;
    }
    return kEmpty;
  }

  bool HasAttribute(int id, std::string_view key) const {
    for (const auto& attribute : nodes[id].attributes) {
      if (attribute.first == key) return true;
    }
    return false;
  }

  // Text below `id`, whitespace collapsed; with `skip_dropped`, the furniture is left out.
  std::string Text(int id, bool skip_dropped) const {
    std::string raw;
    AppendText(id, skip_dropped, &raw);
    return CollapseWhitespace(raw);
  }

  void AppendText(int id, bool skip_dropped, std::string* out) const {
    const Node& node = nodes[id];
    if (skip_dropped && node.dropped) return;
    if (node.tag.empty()) {
      out->append(node.text);
      return;
    }
    if (node.tag == "script" || node.tag == "style" || node.tag == "noscript" ||
        node.tag == "template") {
      return;
    }
    bool block = node.tag == "p" || node.tag == "div" || node.tag == "li" || node.tag == "br" ||
                 node.tag == "td" || node.tag == "h2" || node.tag == "h3";
    if (block) out->push_back(' ');
    for (int child : node.children) AppendText(child, skip_dropped, out);
    if (block) out->push_back(' ');
  }

  bool IsAncestorOrSelf(int ancestor, int id) const {
    for (int k = id; k >= 0; k = nodes[k].parent) {
      if (k == ancestor) return true;
    }
    return false;
  }

  // Recomputes text_length / link_length bottom-up. Children have larger indices than their
  // parents, so one reverse sweep suffices.
  void ComputeLengths() {
    for (Node& node : nodes) node.text_length = node.link_length = node.commas = 0;
    for (int id = static_cast<int>(nodes.size()) - 1; id >= 0; --id) {
      Node& node = nodes[id];
      if (node.dropped) {
        node.text_length = node.link_length = node.commas = 0;
        continue;
      }
      if (node.tag.empty()) {
        // The passes below recompute lengths several times; the text does not change.
        if (node.own_length == Node::kUncounted) {
          node.own_length = CountNonSpace(node.text);
          node.own_commas =
              static_cast<size_t>(std::count(node.text.begin(), node.text.end(), ','));
        }
        node.text_length = node.own_length;
        node.commas = node.own_commas;
      } else if (node.tag == "a") {
        node.link_length = node.text_length;
      }
      if (node.parent >= 0) {
        nodes[node.parent].text_length += node.text_length;
        nodes[node.parent].link_length += node.link_length;
        nodes[node.parent].commas += node.commas;
      }
    }
  }

 private:
  static size_t CountNonSpace(std::string_view s) {
    size_t count = 0;
    for (char c : s) count += !IsAsciiSpace(static_cast<unsigned char>(c));
    return count;
  }
};

struct MyhtmlDeleter {
  void operator()(myhtml_t* p) const { myhtml_destroy(p); }
  void operator()(myhtml_tree_t* p) const { myhtml_tree_destroy(p); }
};

// Setting up a parser and a tree costs about as much as parsing a 20 KB page, so each thread
// keeps one of each. (The tree's memory stays with the thread; after a very large page it is
// released rather than kept.)
struct ThreadParser {
  std::unique_ptr<myhtml_t, MyhtmlDeleter> parser;
  std::unique_ptr<myhtml_tree_t, MyhtmlDeleter> tree;

  myhtml_tree_t* Get() {
    if (!parser) {
      parser.reset(myhtml_create());
      if (!parser ||
          myhtml_init(parser.get(), MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0) != MyHTML_STATUS_OK) {
        parser.reset();
        return nullptr;
      }
    }
    if (!tree) {
      tree.reset(myhtml_tree_create());
      if (!tree || myhtml_tree_init(tree.get(), parser.get()) != MyHTML_STATUS_OK) {
        tree.reset();
        return nullptr;
      }
    } else {
      myhtml_tree_clean(tree.get());
    }
    return tree.get();
  }
};

constexpr size_t kKeepTreeBelow = 8 << 20;

bool CopyTree(myhtml_tree_t* tree, Dom* dom);

bool ParseIntoDom(const DecodedPage& page, Dom* dom) {
  thread_local ThreadParser cached;
  myhtml_tree_t* tree = cached.Get();
  if (!tree) return false;
  bool ok =
      myhtml_parse(tree, page.encoding, page.bytes.data(), page.bytes.size()) == MyHTML_STATUS_OK &&
      CopyTree(tree, dom);
  if (!ok || page.bytes.size() >= kKeepTreeBelow) cached.tree.reset();
  return ok;
}

// Copies myhtml's tree into ours.
bool CopyTree(myhtml_tree_t* tree, Dom* dom) {
  dom->nodes.clear();
  dom->nodes.emplace_back();
  dom->nodes[0].tag = "#document";

  struct Pending {
    myhtml_tree_node_t* node;
    int parent;
    int depth;
  };
  std::vector<Pending> stack;
  std::vector<myhtml_tree_node_t*> children;
  auto push_children = [&](myhtml_tree_node_t* node, int parent, int depth) {
    children.clear();
    for (myhtml_tree_node_t* c = myhtml_node_child(node); c; c = myhtml_node_next(c)) {
      children.push_back(c);
    }
    for (auto it = children.rbegin(); it != children.rend(); ++it) {
      stack.push_back({*it, parent, depth});
    }
  };
  myhtml_tree_node_t* document = myhtml_tree_get_document(tree);
  if (!document) return false;
  push_children(document, 0, 1);

  while (!stack.empty()) {
    Pending item = stack.back();
    stack.pop_back();
    myhtml_tag_id_t tag_id = myhtml_node_tag_id(item.node);
    if (tag_id == MyHTML_TAG__TEXT) {
      size_t length = 0;
      const char* text = myhtml_node_text(item.node, &length);
      if (!text || length == 0) continue;
      int id = static_cast<int>(dom->nodes.size());
      dom->nodes.emplace_back();
      dom->nodes[id].text.assign(text, length);
      dom->nodes[id].parent = item.parent;
      dom->nodes[item.parent].children.push_back(id);
      continue;
    }
    if (tag_id == MyHTML_TAG__COMMENT || tag_id == MyHTML_TAG__DOCTYPE ||
        tag_id == MyHTML_TAG__UNDEF) {
      continue;
    }
    if (item.depth >= kMaxDepth) {
      push_children(item.node, item.parent, item.depth);
      continue;
    }
    size_t name_length = 0;
    const char* name = myhtml_tag_name_by_id(tree, tag_id, &name_length);
    int id = static_cast<int>(dom->nodes.size());
    dom->nodes.emplace_back();
    Node& node = dom->nodes[id];
    node.tag = name ? AsciiLower(std::string_view(name, name_length)) : "unknown";
    node.block = IsBlockTag(node.tag);
    node.furniture_tag = IsFurnitureTag(node.tag);
    node.parent = item.parent;
    for (myhtml_tree_attr_t* attr = myhtml_node_attribute_first(item.node); attr;
         attr = myhtml_attribute_next(attr)) {
      size_t key_length = 0;
      size_t value_length = 0;
      const char* key = myhtml_attribute_key(attr, &key_length);
      const char* value = myhtml_attribute_value(attr, &value_length);
      if (!key) continue;
      node.attributes.emplace_back(AsciiLower(std::string_view(key, key_length)),
                                   value ? std::string(value, value_length) : std::string());
    }
    dom->nodes[item.parent].children.push_back(id);
    push_children(item.node, id, item.depth + 1);
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Boilerplate recognition.

std::vector<std::string> AttributeWords(std::string_view value) {
  std::vector<std::string> words;
  std::string current;
  for (char ch : value) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (IsAsciiAlnum(c)) {
      current.push_back(AsciiToLower(c));
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

// class / id / role / aria-label values that name page furniture.
bool NamesFurniture(std::string_view value) {
  static constexpr std::string_view kWords[] = {"nav",           "navbar",       "navigation",
                                                "menu",          "footer",       "header",
                                                "masthead",      "sidebar",      "related",
                                                "share",         "sharing",      "social",
                                                "comment",       "comments",     "newsletter",
                                                "subscribe",     "subscription", "cookie",
                                                "cookies",       "consent",      "gdpr",
                                                "banner",        "promo",        "advert",
                                                "advertisement", "ad",           "ads",
                                                "adsense",       "sponsor",      "sponsored",
                                                "breadcrumb",    "breadcrumbs",  "tags",
                                                "popup",         "modal",        "widget",
                                                "toolbar",       "pagination",   "pager",
                                                "signup",        "recirc",       "recommended",
                                                "outbrain",      "taboola",      "byline",
                                                "meta",          "caption",      "disqus",
                                                "hidden",        "skiplink",     "bio",
                                                "author",        "dateline",     "print",
                                                "rating",        "tooltip",      "overlay",
                                                "complementary", "contentinfo",  "alert",
                                                "dialog",        "login",        "paywall",
                                                "trending",      "toc",          "wp-caption-text"};
  // Glued-together names ("sharebar", "relatedposts") are caught by these substrings.
  static constexpr std::string_view kFragments[] = {
      "sidebar", "newsletter",  "breadcrumb", "cookie", "navbar",
      "advert",  "socialshare", "sharebar",   "share-", "related",
      "comment", "subscribe",   "footer",     "promo",  "social"};
  if (value.empty()) return false;
  std::string lower = AsciiLower(value);
  for (std::string_view fragment : kFragments) {
    if (lower.find(fragment) != std::string::npos) return true;
  }
  // The words are views into `lower`: this runs for every element with a class or id.
  std::string_view text = lower;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsAsciiAlnum(static_cast<unsigned char>(text[i]))) ++i;
    size_t start = i;
    while (i < text.size() && IsAsciiAlnum(static_cast<unsigned char>(text[i]))) ++i;
    std::string_view word = text.substr(start, i - start);
    if (word.empty() || word.size() > 16) continue;
    for (std::string_view w : kWords) {
      if (word == w) return true;
    }
  }
  return false;
}

// Class names a CMS derives from the post's own taxonomy ("category-social-security",
// "tag-share-prices") say what the article is about, not what the element is.
bool IsTaxonomyClass(std::string_view name) {
  static constexpr std::string_view kPrefixes[] = {"category-", "tag-",   "tags-",    "post-",
                                                   "postid-",   "type-",  "format-",  "status-",
                                                   "has-",      "topic-", "section-", "page-id-"};
  for (std::string_view prefix : kPrefixes) {
    if (name.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

// The class attribute without its taxonomy classes.
std::string StructuralClasses(std::string_view value) {
  std::string kept;
  size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && IsAsciiSpace(static_cast<unsigned char>(value[i]))) ++i;
    size_t start = i;
    while (i < value.size() && !IsAsciiSpace(static_cast<unsigned char>(value[i]))) ++i;
    std::string_view name = value.substr(start, i - start);
    if (name.empty() || IsTaxonomyClass(AsciiLower(name))) continue;
    kept.append(name);
    kept.push_back(' ');
  }
  return kept;
}

bool IsFurnitureByAttributes(Dom& dom, int id) {
  Node& node = dom.nodes[id];
  if (node.names_furniture < 0) {
    // The verdicts on the attributes do not change between passes; the lengths do.
    bool names = false;
    if (node.tag != "body" && node.tag != "html" && node.tag != "main" && node.tag != "p") {
      names = NamesFurniture(StructuralClasses(dom.Attribute(id, "class")));
      for (std::string_view key : {"id", "role"}) {
        const std::string& value = dom.Attribute(id, key);
        names = names || (!value.empty() && NamesFurniture(value));
      }
      const std::string& style = dom.Attribute(id, "style");
      if (!style.empty()) {
        std::string s = AsciiLower(style);
        s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
        node.display_none = s.find("display:none") != std::string::npos;
      }
      node.aria_hidden = dom.Attribute(id, "aria-hidden") == "true";
    }
    node.names_furniture = names;
  }
  if (node.tag == "body" || node.tag == "html" || node.tag == "main" || node.tag == "p") {
    return false;
  }
  if (node.display_none && node.text_length < 300) return true;
  if (node.aria_hidden && node.text_length < 200) return true;
  return node.names_furniture > 0;
}

bool IsContentBodyClass(std::string_view value) {
  static constexpr std::string_view kNames[] = {
      "article-body",  "articlebody",      "article__body", "article-content", "articlecontent",
      "story-body",    "storybody",        "story-content", "post-content",    "postcontent",
      "entry-content", "post-body",        "entry-body",    "article-text",    "story-text",
      "body-text",     "article__content", "post__content", "c-entry-content", "news-content"};
  std::string lower = AsciiLower(value);
  for (std::string_view name : kNames) {
    if (lower.find(name) != std::string::npos) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Metadata.

struct Heading {
  std::string text;
  bool branding = false;  // a logo or site name set as <h1>, not the headline
};

// An <h1> inside a link, the navigation, a footer or sidebar, or a block named logo / brand, is
// the site's name rather than the story's headline. (A <header> is no sign: templates put the
// headline in one as often as the logo.)
bool IsBrandingHeading(const Dom& dom, int id) {
  for (int k = id; k > 0; k = dom.nodes[k].parent) {
    const std::string& tag = dom.nodes[k].tag;
    // <body> classes describe the whole page ("wp-custom-logo"), not this element.
    if (tag == "article" || tag == "main" || tag == "body" || tag == "html") return false;
    if (tag == "a" || tag == "nav" || tag == "footer" || tag == "aside") return true;
    for (std::string_view key : {"class", "id"}) {
      const std::string& value = dom.Attribute(k, key);
      if (value.empty()) continue;
      std::string lower = AsciiLower(value);
      for (std::string_view mark : {"site-title", "site-name", "site-logo", "sitetitle"}) {
        if (lower.find(mark) != std::string::npos) return true;
      }
      // Whole words only: colour classes such as "has-brand-color" style headlines too.
      for (const std::string& word : AttributeWords(value)) {
        if (word == "logo" || word == "brand" || word == "branding" || word == "sitename") {
          return !lower.empty() && lower.find("color") == std::string::npos;
        }
      }
    }
  }
  return false;
}

struct Metadata {
  std::vector<std::pair<std::string, std::string>> meta;  // lowercased key -> content
  std::string title_tag;
  std::vector<Heading> h1s;
  std::string html_lang;
  std::string canonical;
  std::string first_time_datetime;
  std::vector<std::string> json_ld;
  std::vector<std::string> dom_authors;

  const std::string& Meta(std::string_view key) const {
    static const std::string kEmpty;
    for (const auto& [name, value] : meta) {
      if (name == key && !value.empty()) return value;
    }
    return kEmpty;
  }
};

// An author name from an element that marks a byline: "By Jane Doe", or the bare name.
std::vector<std::string> AuthorsFromBylineText(const std::string& text) {
  if (text.empty() || text.size() > 150) return {};
  std::vector<std::string> names = ingest::ParseByline(text);
  if (!names.empty()) return names;
  std::string prefixed = "By " + text;
  return ingest::ParseByline(prefixed);
}

void CollectMetadata(const Dom& dom, Metadata* md) {
  for (int id = 0; id < static_cast<int>(dom.nodes.size()); ++id) {
    const Node& node = dom.nodes[id];
    if (node.tag.empty()) continue;
    const std::string& tag = node.tag;
    if (tag == "html") {
      md->html_lang = dom.Attribute(id, "lang");
    } else if (tag == "meta") {
      const std::string& content = dom.Attribute(id, "content");
      for (std::string_view key : {"property", "name", "itemprop", "http-equiv"}) {
        const std::string& name = dom.Attribute(id, key);
        if (!name.empty()) md->meta.emplace_back(AsciiLower(name), content);
      }
    } else if (tag == "title" && md->title_tag.empty()) {
      md->title_tag = dom.Text(id, false);
    } else if (tag == "h1" && md->h1s.size() < 10) {
      std::string heading = dom.Text(id, false);
      if (!heading.empty()) md->h1s.push_back({std::move(heading), IsBrandingHeading(dom, id)});
    } else if (tag == "link") {
      std::string rel = AsciiLower(dom.Attribute(id, "rel"));
      if (rel == "canonical" && md->canonical.empty()) md->canonical = dom.Attribute(id, "href");
    } else if (tag == "time" && md->first_time_datetime.empty()) {
      md->first_time_datetime = dom.Attribute(id, "datetime");
    } else if (tag == "script") {
      std::string type = AsciiLower(dom.Attribute(id, "type"));
      if (type.find("ld+json") != std::string::npos) {
        std::string text;
        for (int child : node.children) text += dom.nodes[child].text;
        md->json_ld.push_back(std::move(text));
      }
    }
    if (md->dom_authors.empty() && tag != "meta" && tag != "link" && tag != "script") {
      std::string rel = AsciiLower(dom.Attribute(id, "rel"));
      std::string itemprop = AsciiLower(dom.Attribute(id, "itemprop"));
      bool marked = rel == "author" || itemprop == "author";
      const std::string& class_value = dom.Attribute(id, "class");
      // Splitting every class attribute into words is costly; most hold neither word.
      std::string class_lower = AsciiLower(class_value);
      if (!marked && (class_lower.find("byline") != std::string::npos ||
                      class_lower.find("author") != std::string::npos)) {
        for (const std::string& word : AttributeWords(class_value)) {
          marked = marked || word == "byline" || word == "author";
        }
      }
      if (marked) md->dom_authors = AuthorsFromBylineText(dom.Text(id, false));
    }
  }
}

struct JsonLdFacts {
  std::string headline;
  std::string description;
  std::string date_published;
  std::string publisher;
  std::vector<std::string> authors;
};

std::string JsonString(const JsonValue* value) {
  if (!value) return "";
  if (value->type == JsonValue::Type::kString) {
    return CollapseWhitespace(ingest::DecodeHtmlEntities(value->text));
  }
  if (value->type == JsonValue::Type::kArray && !value->items.empty()) {
    return JsonString(&value->items[0]);
  }
  return "";
}

void CollectJsonAuthors(const JsonValue* value, std::vector<std::string>* out) {
  if (!value) return;
  if (value->type == JsonValue::Type::kArray) {
    for (const JsonValue& item : value->items) CollectJsonAuthors(&item, out);
    return;
  }
  std::string name =
      value->type == JsonValue::Type::kObject ? JsonString(value->Get("name")) : JsonString(value);
  if (name.empty() || name.find("://") != std::string::npos) return;
  if (std::find(out->begin(), out->end(), name) == out->end()) out->push_back(name);
}

bool TypeIsArticle(const JsonValue& object) {
  const JsonValue* type = object.Get("@type");
  if (!type) return false;
  std::vector<const JsonValue*> types;
  if (type->type == JsonValue::Type::kArray) {
    for (const JsonValue& item : type->items) types.push_back(&item);
  } else {
    types.push_back(type);
  }
  for (const JsonValue* t : types) {
    if (t->type != JsonValue::Type::kString) continue;
    const std::string& s = t->text;
    if (s.find("Article") != std::string::npos || s == "BlogPosting" || s == "Report" ||
        s == "LiveBlogPosting" || s == "Posting") {
      return true;
    }
  }
  return false;
}

void FindArticleObjects(const JsonValue& value, int depth, std::vector<const JsonValue*>* out,
                        std::vector<const JsonValue*>* others) {
  if (depth > 8) return;
  if (value.type == JsonValue::Type::kArray) {
    for (const JsonValue& item : value.items) FindArticleObjects(item, depth + 1, out, others);
    return;
  }
  if (value.type != JsonValue::Type::kObject) return;
  if (TypeIsArticle(value)) {
    out->push_back(&value);
  } else if (value.Get("headline") || value.Get("datePublished")) {
    others->push_back(&value);
  }
  if (const JsonValue* graph = value.Get("@graph")) {
    FindArticleObjects(*graph, depth + 1, out, others);
  }
  if (const JsonValue* main = value.Get("mainEntity")) {
    FindArticleObjects(*main, depth + 1, out, others);
  }
}

JsonLdFacts ReadJsonLd(const std::vector<std::string>& blocks) {
  JsonLdFacts facts;
  for (const std::string& block : blocks) {
    JsonValue root;
    JsonReader reader(block);
    if (!reader.Read(&root)) continue;
    std::vector<const JsonValue*> articles;
    std::vector<const JsonValue*> others;
    FindArticleObjects(root, 0, &articles, &others);
    articles.insert(articles.end(), others.begin(), others.end());
    for (const JsonValue* article : articles) {
      if (facts.headline.empty()) facts.headline = JsonString(article->Get("headline"));
      if (facts.description.empty()) facts.description = JsonString(article->Get("description"));
      if (facts.date_published.empty()) {
        facts.date_published = JsonString(article->Get("datePublished"));
      }
      if (facts.authors.empty()) CollectJsonAuthors(article->Get("author"), &facts.authors);
      if (facts.publisher.empty()) {
        if (const JsonValue* publisher = article->Get("publisher")) {
          facts.publisher = publisher->type == JsonValue::Type::kObject
                                ? JsonString(publisher->Get("name"))
                                : JsonString(publisher);
        }
      }
    }
  }
  return facts;
}

// ---------------------------------------------------------------------------------------------
// Main content.

bool IsParagraphLike(const Dom& dom, int id) {
  const std::string& tag = dom.nodes[id].tag;
  if (tag == "p" || tag == "pre" || tag == "blockquote" || tag == "li" || tag == "td") return true;
  if (tag != "div" && tag != "section") return false;
  // A div that holds its text directly (no block children) reads as a paragraph.
  size_t direct = 0;
  for (int child : dom.nodes[id].children) {
    const Node& c = dom.nodes[child];
    if (c.tag.empty()) {
      direct += c.text.size();
    } else if (c.block && c.tag != "br") {
      return false;
    }
  }
  return direct > 0;
}

double LinkDensity(const Node& node) {
  return node.text_length == 0 ? 0.0 : static_cast<double>(node.link_length) / node.text_length;
}

// Readability-style scoring: paragraphs vote for their parent and grandparent; the container
// with most well-written, link-poor text wins.
std::vector<int> ChooseByDensity(const Dom& dom) {
  std::vector<double> score(dom.nodes.size(), 0.0);
  for (int id = 0; id < static_cast<int>(dom.nodes.size()); ++id) {
    const Node& node = dom.nodes[id];
    if (node.tag.empty() || node.dropped || node.text_length < 25) continue;
    if (!IsParagraphLike(dom, id)) continue;
    if (LinkDensity(node) > 0.5) continue;
    double commas = static_cast<double>(node.commas);
    double value = 1.0 + std::min(commas, 6.0) + std::min(3.0, node.text_length / 100.0);
    int parent = node.parent;
    double share = 1.0;
    for (int level = 0; level < 3 && parent > 0; ++level) {
      score[parent] += value * share;
      share = level == 0 ? 0.5 : 0.33;
      parent = dom.nodes[parent].parent;
    }
  }
  int best = -1;
  double best_score = 0.0;
  for (int id = 0; id < static_cast<int>(dom.nodes.size()); ++id) {
    if (score[id] <= 0.0) continue;
    double final_score = score[id] * (1.0 - LinkDensity(dom.nodes[id]));
    score[id] = final_score;
    if (final_score > best_score) {
      best_score = final_score;
      best = id;
    }
  }
  if (best < 0) return {};
  std::vector<int> roots;
  int parent = dom.nodes[best].parent;
  if (parent < 0) return {best};
  double threshold = std::max(10.0, best_score * 0.2);
  for (int sibling : dom.nodes[parent].children) {
    const Node& s = dom.nodes[sibling];
    if (sibling == best) {
      roots.push_back(sibling);
    } else if (!s.tag.empty() && !s.dropped &&
               (score[sibling] >= threshold ||
                (s.tag == "p" && s.text_length > 80 && LinkDensity(s) < 0.25))) {
      roots.push_back(sibling);
    }
  }
  return roots;
}

// A block that holds only part of the article (one section of a listicle, the text beside a
// pull-quote) is widened to the ancestor that holds clearly more prose without more links.
int WidenRoot(const Dom& dom, int root) {
  auto prose = [&](int id) {
    const Node& n = dom.nodes[id];
    return n.text_length - std::min(n.text_length, n.link_length);
  };
  auto stops = [&](int id) {
    return id <= 0 || dom.nodes[id].tag == "body" || dom.nodes[id].tag == "html";
  };
  int current = root;
  while (true) {
    // Wrappers that add nothing (CSS-module divs nest a dozen deep) are looked through.
    int next = -1;
    int candidate = dom.nodes[current].parent;
    for (int level = 0; level < 12 && !stops(candidate); ++level) {
      if (LinkDensity(dom.nodes[candidate]) > 0.3) break;
      if (prose(candidate) * 4 >= prose(current) * 5) {
        next = candidate;
        break;
      }
      candidate = dom.nodes[candidate].parent;
    }
    if (next < 0) break;
    current = next;
  }
  return current;
}

// Semantic markers of the article body, in order of trust.
std::vector<int> ChooseBySemantics(Dom& dom) {
  const size_t kMinText = 200;
  for (int pass = 0; pass < 3; ++pass) {
    int best = -1;
    std::vector<int> matches;  // outermost matches only
    for (int id = 0; id < static_cast<int>(dom.nodes.size()); ++id) {
      Node& node = dom.nodes[id];
      if (node.tag.empty() || node.dropped || node.text_length < kMinText / 2) continue;
      if (node.marks_body < 0) {
        node.marks_body = (AsciiLower(dom.Attribute(id, "itemprop")) == "articlebody" ? 1 : 0) |
                          (IsContentBodyClass(dom.Attribute(id, "class")) ||
                                   IsContentBodyClass(dom.Attribute(id, "id"))
                               ? 2
                               : 0);
      }
      bool match = false;
      if (pass == 0) {
        match = node.marks_body & 1;
      } else if (pass == 1) {
        match = node.marks_body & 2;
      } else {
        match = node.tag == "article";
      }
      if (!match) continue;
      if (!matches.empty() && dom.IsAncestorOrSelf(matches.back(), id)) continue;
      matches.push_back(id);
      if (best < 0 || node.text_length > dom.nodes[best].text_length) best = id;
    }
    if (best < 0 || dom.nodes[best].text_length < kMinText) continue;
    // Listicles and long reads split the body over several marked blocks; keep every block of
    // comparable weight, in document order.
    std::vector<int> roots;
    for (int id : matches) {
      if (dom.nodes[id].text_length * 4 >= dom.nodes[best].text_length) roots.push_back(id);
    }
    return roots;
  }
  return {};
}

struct BodyLine {
  std::string text;
  bool heading = false;
};

class BodyWriter {
 public:
  explicit BodyWriter(const Dom& dom) : dom_(dom) {}

  void Write(int id) {
    const Node& node = dom_.nodes[id];
    if (node.dropped) return;
    if (node.tag.empty()) {
      current_ += node.text;
      if (in_link_ > 0) current_link_ += node.text.size();
      return;
    }
    if (node.tag == "h1") return;  // the title, reported separately
    bool block = node.block;
    bool heading =
        node.tag.size() == 2 && node.tag[0] == 'h' && node.tag[1] >= '2' && node.tag[1] <= '6';
    if (block) Flush(false);
    if (node.tag == "a") ++in_link_;
    for (int child : node.children) Write(child);
    if (node.tag == "a") --in_link_;
    if (block) Flush(heading);
  }

  void Finish() { Flush(false); }

  std::vector<BodyLine>& lines() { return lines_; }

 private:
  void Flush(bool heading) {
    std::string text = CollapseWhitespace(current_);
    double link_share =
        current_.empty() ? 0.0 : static_cast<double>(current_link_) / current_.size();
    current_.clear();
    current_link_ = 0;
    if (text.empty()) return;
    // Lists of links are navigation or "related" teasers, not prose.
    if (link_share > 0.6 && ingest::CountWords(text) < 25) return;
    lines_.push_back({std::move(text), heading});
  }

  const Dom& dom_;
  std::string current_;
  size_t current_link_ = 0;
  int in_link_ = 0;
  std::vector<BodyLine> lines_;
};

// Drops the furniture named by class / id / role (when asked), chooses the main block and
// writes its text. Tag-level drops are already marked; the attribute drops are undone on return
// so that the caller may try again without them.
std::vector<BodyLine> MainContentLines(Dom* dom_ptr, bool drop_by_attributes) {
  Dom& dom = *dom_ptr;
  dom.ComputeLengths();
  const size_t page_text = dom.nodes[0].text_length;
  std::vector<int> attribute_drops;
  if (drop_by_attributes) {
    for (int id = 1; id < static_cast<int>(dom.nodes.size()); ++id) {
      Node& node = dom.nodes[id];
      if (node.tag.empty() || node.dropped) continue;
      // A wrapper named after furniture ("page-with-sidebar") that holds most of the page is
      // layout, not furniture.
      if (node.text_length * 2 > page_text && page_text > 0) continue;
      if (IsFurnitureByAttributes(dom, id)) attribute_drops.push_back(id);
    }
  }
  std::vector<int> semantic = ChooseBySemantics(dom);
  std::vector<int> applied;
  for (int id : attribute_drops) {
    bool holds_main = false;
    for (int root : semantic) holds_main = holds_main || dom.IsAncestorOrSelf(id, root);
    if (!holds_main) {
      dom.nodes[id].dropped = true;
      applied.push_back(id);
    }
  }
  dom.ComputeLengths();
  std::vector<int> roots = ChooseBySemantics(dom);
  std::vector<int> dense = ChooseByDensity(dom);
  if (roots.empty()) {
    roots = dense;
  } else if (!dense.empty()) {
    size_t semantic_text = 0;
    size_t dense_text = 0;
    for (int id : roots) semantic_text += dom.nodes[id].text_length;
    for (int id : dense) dense_text += dom.nodes[id].text_length;
    // A marked body far smaller than the densest block is usually a teaser or a fragment.
    if (semantic_text * 3 < dense_text) roots = dense;
  }
  if (roots.size() == 1) roots = {WidenRoot(dom, roots[0])};
  BodyWriter writer(dom);
  for (int root : roots) writer.Write(root);
  writer.Finish();
  for (int id : applied) dom.nodes[id].dropped = false;
  return std::move(writer.lines());
}

// ---------------------------------------------------------------------------------------------

std::string FirstNonEmpty(std::initializer_list<std::string_view> values) {
  for (std::string_view v : values) {
    // Metadata is often escaped twice ("&amp;#x26;"); after the parser's pass, one more.
    std::string clean = CollapseWhitespace(ingest::DecodeHtmlEntities(v));
    if (!clean.empty()) return clean;
  }
  return "";
}

std::vector<std::string> LowerWords(std::string_view text) {
  std::vector<std::string> words = AttributeWords(text);
  std::sort(words.begin(), words.end());
  return words;
}

bool AgreesWith(std::string_view heading_text, std::string_view meta) {
  std::vector<std::string> heading = LowerWords(heading_text);
  std::vector<std::string> words = LowerWords(meta);
  if (heading.empty() || words.empty()) return false;
  std::vector<std::string> common;
  std::set_intersection(heading.begin(), heading.end(), words.begin(), words.end(),
                        std::back_inserter(common));
  return common.size() * 2 >= heading.size() && common.size() * 3 >= words.size();
}

// True when every ASCII letter of `s` is upper case, or every one is lower case.
bool IsSingleCase(std::string_view s) {
  bool upper = false;
  bool lower = false;
  for (char c : s) {
    upper = upper || std::isupper(static_cast<unsigned char>(c));
    lower = lower || std::islower(static_cast<unsigned char>(c));
  }
  return !(upper && lower);
}

bool EqualsIgnoringCase(std::string_view a, std::string_view b) {
  return AsciiLower(a) == AsciiLower(b);
}

// The headline a reader sees is the <h1>; metadata titles are often rewritten for search
// engines. `meta_titles` are already cut to their headline segment; `full_titles` are the
// metadata titles as written, whose trailing segments name the site, as a logo <h1> does.
std::string ChooseTitle(const std::vector<Heading>& h1s,
                        const std::vector<std::string>& meta_titles,
                        const std::vector<std::string>& full_titles, std::string_view site) {
  std::string meta;
  for (const std::string& m : meta_titles) {
    if (!m.empty()) {
      meta = m;
      break;
    }
  }
  std::vector<std::string> headlines;
  for (const Heading& h1 : h1s) {
    if (h1.branding || h1.text.size() > 300) continue;
    bool names_site = !site.empty() && EqualsIgnoringCase(h1.text, CollapseWhitespace(site));
    for (const std::string& full : full_titles) {
      std::vector<std::string> segments = ingest::SplitTitleSegments(full);
      for (size_t k = 1; k < segments.size(); ++k) {
        names_site = names_site || EqualsIgnoringCase(h1.text, segments[k]);
      }
    }
    if (!names_site) headlines.push_back(h1.text);
  }
  std::string chosen;
  for (const std::string& h1 : headlines) {
    for (const std::string& m : meta_titles) {
      if (AgreesWith(h1, m)) chosen = h1;
    }
    for (const std::string& m : full_titles) {
      if (AgreesWith(h1, m)) chosen = h1;
    }
    if (!chosen.empty()) break;
  }
  if (chosen.empty()) {
    if (!meta.empty()) return meta;
    return h1s.empty() ? "" : h1s[0].text;
  }
  // A " | " in an <h1> joins a tagline or section, as in titles; a trailing segment naming the
  // site goes too.
  std::vector<std::string> parts = ingest::SplitTitleSegments(chosen);
  if (chosen.find(" | ") != std::string::npos) chosen = chosen.substr(0, chosen.find(" | "));
  if (parts.size() > 1 && !site.empty() &&
      EqualsIgnoringCase(parts.back(), CollapseWhitespace(site))) {
    chosen = ingest::StripTitleSuffix(chosen, site);
  }
  // A heading in capitals (or all in lower case) is styling; when the metadata has the same
  // words, its casing is the one the writer chose. Mixed-case headings are left as they are.
  if (IsSingleCase(chosen)) {
    for (const std::string& m : meta_titles) {
      if (!m.empty() && EqualsIgnoringCase(m, chosen)) return m;
    }
  }
  return chosen;
}

// A date the reader sees next to "Published" / "Updated" / "Posted", or else just below the
// headline.
std::string VisibleDate(const Dom& dom, const std::string& title, const std::vector<Heading>& h1s) {
  std::string text = dom.Text(0, false);
  std::string lower = AsciiLower(text);
  for (std::string_view cue : {"published", "updated", "posted", "date:"}) {
    size_t pos = 0;
    while ((pos = lower.find(cue, pos)) != std::string::npos) {
      pos += cue.size();
      std::string date = ingest::FindDateInText(std::string_view(text).substr(pos, 60));
      if (!date.empty()) return date;
    }
  }
  // Bylines sit just below the headline. The reported title may come from metadata and not
  // be on the page as such; the <h1>s are.
  std::vector<std::string_view> anchors = {title};
  for (const Heading& h1 : h1s) anchors.push_back(h1.text);
  // The headline also appears in <title> and in teasers, so every place it appears (a few)
  // is tried.
  for (std::string_view anchor : anchors) {
    if (anchor.empty()) continue;
    size_t pos = 0;
    for (int seen = 0; seen < 4 && (pos = text.find(anchor, pos)) != std::string::npos; ++seen) {
      pos += anchor.size();
      std::string date = ingest::FindDateInText(std::string_view(text).substr(pos, 300));
      if (!date.empty()) return date;
    }
  }
  return "";
}

// "By Jane Doe" written somewhere near the headline, for pages that mark up no author at all.
std::vector<std::string> VisibleByline(const Dom& dom, const std::string& title) {
  std::string text = dom.Text(0, false);
  size_t from = title.empty() ? std::string::npos : text.find(title);
  from = from == std::string::npos ? 0 : from + title.size();
  std::string_view window = std::string_view(text).substr(from, 3000);
  for (std::string_view cue : {"By ", "By: ", "Written by ", "Author: "}) {
    size_t pos = 0;
    while ((pos = window.find(cue, pos)) != std::string_view::npos) {
      bool word_start = pos == 0 || window[pos - 1] == ' ';
      std::string_view rest = window.substr(pos + cue.size(), 80);
      pos += cue.size();
      if (!word_start) continue;
      // Keep the capitalised words (and joiners) that follow; the byline ends at the first
      // word that cannot be part of a name.
      std::string names;
      size_t i = 0;
      while (i < rest.size()) {
        size_t end = rest.find(' ', i);
        if (end == std::string_view::npos) end = rest.size();
        std::string_view word = rest.substr(i, end - i);
        bool joiner = word == "and" || word == "&";
        bool name_like = !word.empty() && (std::isupper(static_cast<unsigned char>(word[0])) ||
                                           static_cast<unsigned char>(word[0]) >= 0x80);
        if (!joiner && !name_like) break;
        if (word == "Published" || word == "Updated" || word == "Last" || word == "Posted") break;
        names.append(word);
        names.push_back(' ');
        i = end + 1;
      }
      std::vector<std::string> found = ingest::ParseByline("By " + names);
      if (!found.empty() && found[0].find(' ') != std::string::npos) return found;
    }
  }
  return {};
}

}  // namespace

Status ExtractHtml(std::string_view html, Article* out) {
  *out = Article();
  if (html.empty()) return Status::OK();
  if (LooksBinary(html)) {
    return Status::InvalidArgument("ExtractHtml: input looks like binary data, not HTML");
  }

  DecodedPage page = DecodePage(html);
  if (page.encoding != MyENCODING_UTF_16LE && page.encoding != MyENCODING_UTF_16BE) {
    page.bytes = LimitNesting(std::move(page.bytes));
  }
  Dom dom;
  if (!ParseIntoDom(page, &dom)) {
    return Status::Corruption("ExtractHtml: the HTML parser could not read the page");
  }
  if (page.encoding != MyENCODING_UTF_8) {
    // myencoding did the decoding; make sure what it handed back is clean UTF-8.
    for (Node& node : dom.nodes) {
      if (node.tag.empty()) node.text = ingest::SanitizeUtf8(node.text);
      for (auto& attribute : node.attributes) {
        attribute.second = ingest::SanitizeUtf8(attribute.second);
      }
    }
  }

  Metadata md;
  CollectMetadata(dom, &md);
  JsonLdFacts ld = ReadJsonLd(md.json_ld);

  out->site = FirstNonEmpty({md.Meta("og:site_name"), ld.publisher, md.Meta("application-name")});
  out->url = FirstNonEmpty({md.canonical, md.Meta("og:url")});
  out->language = FirstNonEmpty(
      {md.html_lang, md.Meta("content-language"), md.Meta("og:locale"), md.Meta("language")});
  out->description = FirstNonEmpty({md.Meta("og:description"), md.Meta("description"),
                                    ld.description, md.Meta("twitter:description")});
  std::string og_title = FirstNonEmpty({md.Meta("og:title")});
  std::string title_tag = FirstNonEmpty({md.title_tag});
  out->title = ChooseTitle(md.h1s,
                           {ingest::MainTitleSegment(og_title, out->site),
                            ingest::MainTitleSegment(ld.headline, out->site),
                            ingest::MainTitleSegment(title_tag, out->site)},
                           {og_title, title_tag}, out->site);

  // Authors.
  out->authors = ld.authors;
  if (out->authors.empty()) {
    const std::string& meta_author = md.Meta("author");
    if (!meta_author.empty() && meta_author.find("://") == std::string::npos) {
      out->authors = ingest::SplitAuthorNames(meta_author);
    }
  }
  if (out->authors.empty()) {
    for (const auto& [key, value] : md.meta) {
      if (key == "article:author" && !value.empty() && value.find("://") == std::string::npos) {
        out->authors = ingest::SplitAuthorNames(value);
        break;
      }
    }
  }
  if (out->authors.empty()) out->authors = md.dom_authors;

  // Date.
  static constexpr std::string_view kDateKeys[] = {"article:published_time",
                                                   "og:published_time",
                                                   "datepublished",
                                                   "date",
                                                   "pubdate",
                                                   "publishdate",
                                                   "publish-date",
                                                   "publish_date",
                                                   "dc.date",
                                                   "dc.date.issued",
                                                   "dcterms.created",
                                                   "dcterms.date",
                                                   "sailthru.date",
                                                   "parsely-pub-date",
                                                   "article.published",
                                                   "citation_publication_date",
                                                   "original-publish-date",
                                                   "article:modified_time"};
  std::string date = ingest::NormalizeDate(ld.date_published);
  for (std::string_view key : kDateKeys) {
    if (!date.empty()) break;
    date = ingest::NormalizeDate(md.Meta(key));
  }
  if (date.empty()) date = ingest::NormalizeDate(md.first_time_datetime);
  if (date.empty()) date = ingest::DateFromUrl(out->url);

  // Body: drop the furniture, find the main block, write its text.
  for (int id = 0; id < static_cast<int>(dom.nodes.size()); ++id) {
    Node& node = dom.nodes[id];
    if (node.tag.empty()) continue;
    if (node.tag == "figcaption") {
      std::string caption = dom.Text(id, false);
      if (!caption.empty() && out->captions.size() < 100 &&
          std::find(out->captions.begin(), out->captions.end(), caption) == out->captions.end()) {
        out->captions.push_back(std::move(caption));
      }
    }
    if (node.furniture_tag) node.dropped = true;
  }
  std::vector<BodyLine> lines = MainContentLines(&dom, /*drop_by_attributes=*/true);
  size_t kept = 0;
  for (const BodyLine& line : lines) kept += line.text.size();
  if (kept < 1000) {
    // Attribute names can mislead ("skip-item" sections that hold the whole article); when
    // little is left, see whether the page reads better without trusting them.
    std::vector<BodyLine> plain = MainContentLines(&dom, /*drop_by_attributes=*/false);
    size_t plain_kept = 0;
    for (const BodyLine& line : plain) plain_kept += line.text.size();
    if (kept * 3 < plain_kept) lines = std::move(plain);
  }

  std::string body;
  std::vector<std::string> byline_authors;
  for (BodyLine& line : lines) {
    if (ingest::IsBoilerplateLine(line.text)) continue;
    if (body.empty() && ingest::IsDateLine(line.text)) {
      if (date.empty()) date = ingest::NormalizeDate(line.text);
      continue;
    }
    std::vector<std::string> names = ingest::ParseByline(line.text);
    if (!names.empty()) {
      if (byline_authors.empty()) byline_authors = std::move(names);
      continue;
    }
    if (out->title == line.text) continue;
    if (!body.empty()) body.push_back('\n');
    body += line.text;
  }
  if (out->authors.empty()) out->authors = std::move(byline_authors);
  if (out->authors.empty()) out->authors = VisibleByline(dom, out->title);
  std::vector<std::string> authors;
  for (const std::string& raw : out->authors) {
    std::string name = ingest::CleanAuthorName(raw);
    if (!name.empty() && std::find(authors.begin(), authors.end(), name) == authors.end()) {
      authors.push_back(std::move(name));
    }
  }
  out->authors = std::move(authors);
  if (date.empty()) date = VisibleDate(dom, out->title, md.h1s);
  if (date.empty())
    date = ingest::FindDateInText(body.substr(0, std::min<size_t>(400, body.size())));
  out->date = std::move(date);

  size_t line_start = 0;
  while (line_start < body.size()) {
    size_t line_end = body.find('\n', line_start);
    if (line_end == std::string::npos) line_end = body.size();
    std::string_view line(body.data() + line_start, line_end - line_start);
    if (ingest::CountWords(line) >= 8) {
      out->dateline = ingest::FindDateline(line);
      break;
    }
    line_start = line_end + 1;
  }
  out->text = std::move(body);
  return Status::OK();
}

}  // namespace dyad
