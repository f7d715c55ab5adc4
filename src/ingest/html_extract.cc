// HTML to Article. The page is decoded to UTF-8, parsed with myhtml, copied into a small tree
// of our own (depth-capped so that the recursive passes below are safe on hostile markup), and
// then read twice: once for metadata, once for the body text of the main content block.
#include <myencoding/encoding.h>
#include <myhtml/api.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <bit>
#include <cctype>
#include <deque>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "dyad/extract.h"
#include "ingest/dates.h"
#include "ingest/html_extract_internal.h"
#include "ingest/text_util.h"

namespace dyad {

namespace {

using ingest::AppendAsciiLower;
using ingest::AsciiLower;
using ingest::CollapseWhitespace;
using ingest::EqualsLowerAscii;
using ingest::JsonReader;
using ingest::JsonValue;
using ingest::StartsWithLowerAscii;

// <cctype> goes through the locale on every call; HTML's white space and names are ASCII.
inline bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}
constexpr bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}
inline char AsciiToLower(unsigned char c) {
  return static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

// Elements deeper than this are left out (their text is kept, attached to the deepest allowed
// ancestor), so that the recursive passes below cannot exhaust the stack. LimitNesting keeps
// ordinary soup well below it; this bounds what slips past it (odd nesting, pages in charsets
// that myencoding decodes).
constexpr int kMaxDepth = 1500;

// ---------------------------------------------------------------------------------------------
// Encoding

// The charset named by a <meta charset> or http-equiv content-type near the top of the page:
// the first "charset" in any case inside a <meta> tag. The tags are read one by one, as a page
// declares its charset near the top: lower-casing the first 16 KB to search them cost more.
std::string DeclaredCharset(std::string_view html) {
  std::string_view head = html.substr(0, std::min<size_t>(html.size(), 16384));
  size_t tag_start = 0;
  while ((tag_start = head.find('<', tag_start)) != std::string_view::npos) {
    // A "charset" belongs to this tag when no '<' or '>' comes between them.
    size_t tag_end = head.find_first_of("<>", tag_start + 1);
    if (tag_end == std::string_view::npos) tag_end = head.size();
    if (EqualsLowerAscii(head.substr(tag_start, 5), "<meta")) {
      for (size_t pos = tag_start + 1; pos + 7 <= tag_end; ++pos) {
        if (!EqualsLowerAscii(head.substr(pos, 7), "charset")) continue;
        size_t i = pos + 7;
        while (i < head.size() &&
               (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\'')) {
          ++i;
        }
        size_t start = i;
        while (i < head.size() &&
               (IsAsciiAlnum(static_cast<unsigned char>(head[i])) || head[i] == '-' ||
                head[i] == '_' || head[i] == ':' || head[i] == '.')) {
          ++i;
        }
        if (i > start) return AsciiLower(head.substr(start, i - start));
      }
    }
    tag_start = tag_end;
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

// Bytes ready for myhtml, and the encoding myhtml should decode them from. We convert UTF-8,
// UTF-16 and windows-1252 ourselves (repairing bad bytes); rarer charsets are left to
// myencoding.
// Clean UTF-8, the common case, is not copied: `bytes` then views the caller's page.
struct DecodedPage {
  std::string storage;
  std::string_view bytes;
  myencoding_t encoding = MyENCODING_UTF_8;

  void Set(std::string converted) {
    storage = std::move(converted);
    bytes = storage;
  }
};

// UTF-8 `html`, made well-formed, and its mojibake repaired where `census` saw signs of it
// (here, before parsing, as text cleaning drops the soft hyphen that "â\u00AD\u0090", a
// mojibake star, needs; ExtractHtml repairs what character references wrote after it).
void SetUtf8Page(std::string_view html, const ingest::Utf8Census& census, DecodedPage* page) {
  if (census.invalid == 0 && census.control == 0) {
    page->bytes = html;  // SanitizeUtf8 would change nothing
  } else {
    page->Set(ingest::SanitizeUtf8(html));
  }
  if (census.mojibake > 0) page->Set(ingest::RepairMojibake(page->bytes));
}

void DecodePage(std::string_view html, DecodedPage* page) {
  if (html.size() >= 3 && html.substr(0, 3) == "\xEF\xBB\xBF") {
    html.remove_prefix(3);
    SetUtf8Page(html, ingest::CountUtf8(html), page);
    return;
  }
  // UTF-16 is decoded here, not by myencoding: after a UTF-16 page that is only its byte order
  // mark, myhtml's next parse on the same tree crashed (found by fuzz/extract_fuzz.cc).
  if (ingest::HasUtf16Bom(html)) {
    page->Set(ingest::SanitizeUtf8(ingest::Utf16ToUtf8(html)));
    return;
  }
  std::string charset = DeclaredCharset(html);
  ingest::Utf8Census census = ingest::CountUtf8(html);
  bool clean_utf8 = census.invalid == 0;
  if (IsLatin1Label(charset)) {
    // Pages often keep a stale latin-1 declaration after moving to UTF-8: well-formed
    // multi-byte sequences would be a remarkable accident in real windows-1252 text.
    if (clean_utf8 && census.multibyte > 0) {
      SetUtf8Page(html, census, page);
    } else {
      page->Set(ingest::SanitizeUtf8(ingest::Windows1252ToUtf8(html)));
    }
    return;
  }
  if (!charset.empty() && charset != "utf-8" && charset != "utf8") {
    myencoding_t encoding;
    if (myencoding_by_name(charset.data(), charset.size(), &encoding) &&
        encoding != MyENCODING_UTF_8 && encoding != MyENCODING_UTF_16LE &&
        encoding != MyENCODING_UTF_16BE && !(clean_utf8 && census.multibyte > 0)) {
      page->encoding = encoding;
      page->bytes = html;
      return;
    }
  }
  if (charset.empty() && census.invalid > census.multibyte) {
    page->Set(ingest::SanitizeUtf8(ingest::Windows1252ToUtf8(html)));
    return;
  }
  SetUtf8Page(html, census, page);
}

// myhtml's tree construction slows down quadratically with nesting depth (hundreds of
// thousands of unclosed <div>s take minutes). Start tags that would open elements beyond
// kMaxOpenElements are removed before parsing; their text stays. Elements that the parser
// closes implicitly (p, li, td ...) and void elements are not counted.
constexpr int kMaxOpenElements = 1000;
constexpr size_t kCountTagsFirstBelow = 32 << 10;

bool ClosesImplicitlyOrIsVoid(std::string_view name) {
  // By first letter: this is asked of every tag of every page, and most are none of these.
  if (name.empty()) return false;
  switch (name[0]) {
    case 'a':
      return name == "area";
    case 'b':
      return name == "br" || name == "base";
    case 'c':
      return name == "col" || name == "colgroup" || name == "caption";
    case 'd':
      return name == "dt" || name == "dd";
    case 'e':
      return name == "embed";
    case 'h':
      return name == "hr";
    case 'i':
      return name == "img" || name == "input";
    case 'l':
      return name == "li" || name == "link";
    case 'm':
      return name == "meta";
    case 'o':
      return name == "option" || name == "optgroup";
    case 'p':
      return name == "p" || name == "param";
    case 'r':
      return name == "rt" || name == "rp";
    case 's':
      return name == "source";
    case 't':
      return name == "tr" || name == "td" || name == "th" || name == "tbody" || name == "thead" ||
             name == "tfoot" || name == "track";
    case 'w':
      return name == "wbr";
    default:
      return false;
  }
}

// Whether a tag or attribute name is `name`, the lengths compared first: names are compared at
// every element of every page, mostly with names of other lengths, and comparing the bytes
// costs a call where the compiler does not inline std::string_view's ==.
inline bool IsName(std::string_view text, std::string_view name) {
  return text.size() == name.size() && text == name;
}

// Elements whose content is text, in which "<" opens no tag.
bool IsRawTextElement(std::string_view name) {
  return IsName(name, "script") || IsName(name, "style") || IsName(name, "textarea");
}

// `html` with the start tags beyond kMaxOpenElements removed: `html` itself when none are (the
// common case, no copy), else the trimmed page written to `*storage`.
std::string_view LimitNesting(std::string_view html, std::string* storage) {
  // A page with no more '<' than kMaxOpenElements cannot open more elements than that: small
  // pages are told so by counting them, without reading their tags. (Larger pages nearly always
  // hold more, and counting them first would only add to the reading.)
  if (html.size() <= kCountTagsFirstBelow) {
    int opening_brackets = 0;
    for (size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
      if (++opening_brackets > kMaxOpenElements) break;
    }
    if (opening_brackets <= kMaxOpenElements) return html;
  }
  int open = 0;
  bool trimmed = false;
  std::string out;
  size_t copied = 0;
  size_t i = 0;
  char name_buffer[16];
  while ((i = html.find('<', i)) != std::string_view::npos) {
    size_t name_start = i + 1;
    bool closing = name_start < html.size() && html[name_start] == '/';
    if (closing) ++name_start;
    size_t name_end = name_start;
    while (name_end < html.size() && IsAsciiAlnum(static_cast<unsigned char>(html[name_end]))) {
      ++name_end;
    }
    if (name_end == name_start) {
      ++i;
      continue;
    }
    size_t tag_end = html.find('>', name_end);
    if (tag_end == std::string_view::npos) break;
    // Names longer than any listed below need no lower-casing: they are ordinary elements.
    std::string_view name = html.substr(name_start, name_end - name_start);
    if (name.size() <= sizeof(name_buffer)) {
      for (size_t k = 0; k < name.size(); ++k) {
        name_buffer[k] = AsciiToLower(static_cast<unsigned char>(name[k]));
      }
      name = std::string_view(name_buffer, name.size());
    }
    // Raw-text elements: skip to their end tag so that "<" inside scripts is not read as tags.
    if (!closing && IsRawTextElement(name)) {
      size_t close = tag_end;
      while ((close = html.find("</", close)) != std::string_view::npos &&
             !EqualsLowerAscii(html.substr(close + 2, name.size()), name)) {
        close += 2;
      }
      i = close == std::string_view::npos ? html.size() : close;
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
  out.append(html, copied, std::string_view::npos);
  *storage = std::move(out);
  return *storage;
}

bool LooksBinary(std::string_view data) {
  std::string_view head = data.substr(0, std::min<size_t>(data.size(), 2048));
  if (ingest::HasUtf16Bom(head)) return false;
  // More than one byte in ten a control character, as for scraped text (ExtractScrapedText).
  return ingest::CountUtf8(head).control * 10 > head.size();
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

// Whether the class attribute `value` holds one of `names` as a whole class, as written
// ("d-block", "sr-only"; not a part of "not-sr-only", as AttributeWords' words would be).
bool HasClassName(std::string_view value, std::initializer_list<std::string_view> names) {
  size_t pos = 0;
  while (pos < value.size()) {
    size_t end = value.find_first_of(" \t\n\r\f", pos);
    if (end == std::string_view::npos) end = value.size();
    std::string_view name = value.substr(pos, end - pos);
    for (std::string_view wanted : names) {
      if (name == wanted) return true;
    }
    pos = end + 1;
  }
  return false;
}

// A class naming an element hidden from sight but read by screen readers (not "not-sr-only",
// Tailwind's shown state).
bool IsScreenReaderOnlyClass(std::string_view value) {
  if (value.find('-') == std::string_view::npos &&
      value.find("visuallyhidden") == std::string_view::npos) {
    return false;
  }
  return HasClassName(value,
                      {"screen-reader-text", "sr-only", "visually-hidden", "visuallyhidden"});
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

// Whether `text` opens with punctuation that closes what comes before it: a comma, a
// semicolon or a closing bracket, or a full stop, colon, "!" or "?" ending there.
bool EndsAWordOrClause(std::string_view text) {
  if (text.empty()) return false;
  if (text[0] == ',' || text[0] == ';' || text[0] == ')') return true;
  if (std::string_view(".:!?").find(text[0]) == std::string_view::npos) return false;
  return text.size() == 1 || IsAsciiSpace(static_cast<unsigned char>(text[1])) || text[1] == '"';
}

// Appends a text node's text to the text before it. Where text in one element ends in a
// lower-case letter and text in the next starts with a capital, the page sets them apart with
// style ("<span>Moscow</span><span>CNN</span>", a dateline and its
// network; "Notion Alternatives<span>Top Note-taking Tools</span>"), and they are read apart.
// (`other_element`: whether the text before stands in another element. Text nodes of one
// element are split by a comment, "Mc<!-- -->Allen" as React writes, or a <wbr>, which says
// the word goes on.)
void AppendTextNode(std::string_view text, bool other_element, std::string* out) {
  if (other_element && !out->empty() && !text.empty() && out->back() >= 'a' && out->back() <= 'z' &&
      text.front() >= 'A' && text.front() <= 'Z') {
    out->push_back(' ');
  }
  // The space a screen reader's copy ends with does not stand before the punctuation after it
  // ("Reuters<span class="sr-only"> (opens in new tab)</span></a>, British").
  // (A full stop or colon that starts a word, ".NET", ".git", "!=", keeps the space.)
  if (other_element && !out->empty() && out->back() == ' ' && EndsAWordOrClause(text)) {
    while (!out->empty() && out->back() == ' ') out->pop_back();
  }
  out->append(text);
}

struct Node {
  // Views into myhtml's tree (alive until ExtractHtml returns) or into Dom::owned.
  std::string_view tag;           // lowercase element name; empty for a text node
  std::string_view text;          // text nodes only
  uint32_t attributes_begin = 0;  // this element's attributes in Dom::attributes
  uint32_t attributes_end = 0;
  int parent = -1;
  // Nodes are stored in document order and a subtree is contiguous: the children of `id` are
  // id + 1, then each child's `end`, up to the node's own `end` (one past its last descendant).
  int end = 0;
  myhtml_tag_id_t tag_id = MyHTML_TAG__UNDEF;
  bool dropped = false;        // furniture: never part of the body
  bool block = false;          // IsBlockTag(tag), decided once
  bool furniture_tag = false;  // IsFurnitureTag(tag)
  bool display_none = false;   // decided with names_furniture
  bool aria_hidden = false;
  // Read apart from the text beside it: a block, or the copy shown to the eye of what a screen
  // reader is given next to it ("<span class="screen-reader-text">Published On 19 Jan
  // 2022</span><span aria-hidden="true">19 Jan 2022</span>"). (Not the screen reader's text:
  // "Jan<span class="sr-only">uary</span>" completes a word.)
  bool apart = false;
  // Read apart from the text after it: the screen reader's copy ("screen-reader-text",
  // "sr-only", "visually-hidden"), where the copy shown after it is not marked.
  bool space_after = false;
  // What the class / id / role / itemprop attributes say, decided once per page (the body
  // passes below run several times): -1 not yet known, else 0 / 1.
  int8_t names_furniture = -1;
  int8_t marks_body = -1;
  uint32_t text_length = 0;          // bytes of text below, not counting dropped parts
  uint32_t link_length = 0;          // of which inside <a>
  uint32_t own_length = kUncounted;  // text nodes: non-space bytes, counted on first need
  uint32_t commas = 0;               // commas in the text below, not counting dropped parts
  uint32_t own_commas = 0;           // text nodes
  static constexpr uint32_t kUncounted = static_cast<uint32_t>(-1);
};

constexpr size_t kKeepRawTextBelow = 4 << 20;

// The elements that style letters rather than set words apart: a brand or a name may be written
// across them ("i<b>Phone</b>").
bool IsWordStyleTag(myhtml_tag_id_t tag) {
  switch (tag) {
    case MyHTML_TAG_B:
    case MyHTML_TAG_STRONG:
    case MyHTML_TAG_I:
    case MyHTML_TAG_EM:
    case MyHTML_TAG_U:
    case MyHTML_TAG_MARK:
    case MyHTML_TAG_SMALL:
    case MyHTML_TAG_FONT:
      return true;
    default:
      return false;
  }
}

class Dom {
 public:
  std::vector<Node> nodes;  // nodes[0] is the document; document order
  std::vector<std::pair<std::string_view, std::string_view>> attributes;  // key lowercase
  std::deque<std::string> owned;  // text that myhtml's tree does not hold as we need it
  std::unordered_map<std::string_view, bool> class_verdicts;  // class value -> names furniture

  void Clear() {
    nodes.clear();
    attributes.clear();
    owned.clear();
    class_verdicts.clear();
  }

  std::string_view Own(std::string s) {
    owned.push_back(std::move(s));
    return owned.back();
  }

  bool IsElement(int id) const { return !nodes[id].tag.empty(); }

  // The children of `id`, in order: for (int c = FirstChild(id); c != End(id); c = Next(c)).
  static int FirstChild(int id) { return id + 1; }
  int End(int id) const { return nodes[id].end; }
  int Next(int child) const { return nodes[child].end; }

  std::string_view Attribute(int id, std::string_view key) const {
    const Node& node = nodes[id];
    for (uint32_t k = node.attributes_begin; k < node.attributes_end; ++k) {
      if (attributes[k].first == key) return attributes[k].second;
    }
    return {};
  }

  bool HasAttribute(int id, std::string_view key) const {
    const Node& node = nodes[id];
    for (uint32_t k = node.attributes_begin; k < node.attributes_end; ++k) {
      if (attributes[k].first == key) return true;
    }
    return false;
  }

  // Text below `id`, whitespace collapsed; with `skip_dropped`, the furniture is left out.
  std::string Text(int id, bool skip_dropped) const {
    thread_local std::string raw;  // keeps its room: the page's text is gathered in it too
    raw.clear();
    AppendText(id, skip_dropped, &raw);
    std::string text = CollapseWhitespace(raw);
    // As with the parser's tree, the room a very large page needed is not kept.
    if (raw.capacity() > kKeepRawTextBelow) std::string().swap(raw);
    return text;
  }

  // The text of `id` with kBlockMark between its blocks (a byline's name and the heading under
  // it read as one line otherwise: "Written by Edzel Tabing Table of contents").
  static constexpr char kBlockMark = '\x1F';
  std::string TextWithBlockMarks(int id) const {
    std::string raw;
    AppendText(id, false, &raw, /*mark_blocks=*/true);
    return CollapseWhitespace(raw);
  }

  void AppendText(int id, bool skip_dropped, std::string* out, bool mark_blocks = false) const {
    const Node& node = nodes[id];
    if (skip_dropped && node.dropped) return;
    if (node.tag.empty()) {
      AppendTextNode(node.text, TextBeforeInOtherElement(id), out);
      return;
    }
    switch (node.tag_id) {
      case MyHTML_TAG_SCRIPT:
      case MyHTML_TAG_STYLE:
      case MyHTML_TAG_NOSCRIPT:
      case MyHTML_TAG_TEMPLATE:
        return;
      default:
        break;
    }
    if (node.apart) out->push_back(' ');
    if (mark_blocks && node.block) out->append({' ', kBlockMark, ' '});
    for (int child = FirstChild(id); child < node.end; child = Next(child)) {
      AppendText(child, skip_dropped, out, mark_blocks);
    }
    if (mark_blocks && node.block) out->append({' ', kBlockMark, ' '});
    if (node.apart || node.space_after) out->push_back(' ');
  }

  // Whether the text node before text node `id` (a few nodes back at most) stands in another
  // element than it does: not when only a comment or a <wbr> comes between them, nor when the
  // "i", "e" or "x" of a brand is styled apart from the rest of it ("i<b>Phone</b>",
  // "<em>e</em>Bay", "x<b>AI</b>").
  // (Two styled elements side by side are two: "<i>2:19 pm</i><i>Guest post</i>"; and so are a
  // word and a styled one after it, "security<strong>Cons:</strong>", "a<b>Reuters</b>".)
  bool TextBeforeInOtherElement(int id) const {
    auto one_letter_at_end = [](std::string_view text) {
      if (text.empty() || (text.back() != 'i' && text.back() != 'e' && text.back() != 'x')) {
        return false;
      }
      const std::string_view before = text.substr(0, text.size() - 1);
      if (before.empty()) return true;
      const unsigned char c = static_cast<unsigned char>(before.back());
      if (c < 0x80) return !std::isalnum(c) && c != '\'';
      // (After a no-break space or an opening quote: "new&nbsp;i<b>Phone</b>".)
      for (std::string_view mark : {"\xC2\xA0", "\xE2\x80\x9C", "\xE2\x80\x98"}) {
        if (before.ends_with(mark)) return true;
      }
      return false;
    };
    int parent = nodes[id].parent;
    bool entered_style = false;
    for (int k = id - 1; k >= 0 && k >= id - 4; --k) {
      const Node& before = nodes[k];
      if (before.tag.empty()) {
        if (before.parent == parent) return entered_style && !one_letter_at_end(before.text);
        const int styled = before.parent;
        const bool left_style = !entered_style && styled >= 0 &&
                                IsWordStyleTag(nodes[styled].tag_id) &&
                                nodes[styled].parent == parent && nodes[styled].end == k + 1;
        return !left_style || !one_letter_at_end(before.text);
      }
      if (k == parent && !entered_style && IsWordStyleTag(before.tag_id)) {
        parent = before.parent;
        entered_style = true;
        continue;
      }
      if (before.tag_id != MyHTML_TAG_WBR) return true;
    }
    return true;
  }

  bool IsAncestorOrSelf(int ancestor, int id) const {
    return ancestor <= id && id < nodes[ancestor].end;
  }

  // Recomputes text_length / link_length bottom-up. Children have larger indices than their
  // parents, so one reverse sweep suffices.
  void ComputeLengths() {
    // Children have larger indices than their parents: in a reverse sweep each node's children
    // are done when it is reached.
    for (int id = static_cast<int>(nodes.size()) - 1; id >= 0; --id) {
      Node& node = nodes[id];
      if (node.dropped) {
        node.text_length = node.link_length = node.commas = 0;
        continue;
      }
      if (node.tag.empty()) {
        // A dropped parent does not read its children's lengths, and no pass reads a text
        // node's own: the text of scripts and styles, most of a page's bytes, is not counted
        // unless a later pass (with fewer drops) needs it.
        if (node.parent >= 0 && nodes[node.parent].dropped) continue;
        // The passes below recompute lengths several times; the text does not change.
        if (node.own_length == Node::kUncounted) {
          CountText(node.text, &node.own_length, &node.own_commas);
        }
        node.text_length = node.own_length;
        node.commas = node.own_commas;
        node.link_length = 0;
        continue;
      }
      uint32_t text_length = 0, link_length = 0, commas = 0;
      for (int child = id + 1; child < node.end; child = nodes[child].end) {
        const Node& c = nodes[child];
        text_length += c.text_length;
        link_length += c.link_length;
        commas += c.commas;
      }
      node.text_length = text_length;
      node.link_length = node.tag_id == MyHTML_TAG_A ? text_length : link_length;
      node.commas = commas;
    }
  }

 private:
  // Non-space bytes and commas, in one pass: the text of every page passes here.
  static void CountText(std::string_view s, uint32_t* non_space, uint32_t* commas) {
    uint32_t spaces = 0;
    uint32_t comma_count = 0;
    size_t i = 0;
#if defined(__SSE2__)
    // Sixteen bytes at a time where the processor has SSE2 (every x86-64). A comparison gives
    // 0xFF for each byte that matches; those masked to 1 and summed (by _mm_sad_epu8, in two
    // 64-bit halves) are the count. Signed comparisons suffice for '\t' to '\r': no byte
    // from 0x80 up, negative as a signed byte, is in the range.
    const __m128i zero = _mm_setzero_si128();
    const __m128i one = _mm_set1_epi8(1);
    __m128i space_sums = zero;
    __m128i comma_sums = zero;
    for (; i + 16 <= s.size(); i += 16) {
      const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      const __m128i space =
          _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8(' ')),
                       _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8('\t' - 1)),
                                     _mm_cmplt_epi8(bytes, _mm_set1_epi8('\r' + 1))));
      const __m128i comma = _mm_cmpeq_epi8(bytes, _mm_set1_epi8(','));
      space_sums = _mm_add_epi64(space_sums, _mm_sad_epu8(_mm_and_si128(space, one), zero));
      comma_sums = _mm_add_epi64(comma_sums, _mm_sad_epu8(_mm_and_si128(comma, one), zero));
    }
    // (Each half's sum is below 2^32, as the text's length is: its low 32 bits are all of it,
    // read as SSE2 reads them on 32-bit processors too, which lack _mm_cvtsi128_si64.)
    auto total = [](__m128i sums) {
      return static_cast<uint32_t>(_mm_cvtsi128_si32(sums)) +
             static_cast<uint32_t>(_mm_cvtsi128_si32(_mm_unpackhi_epi64(sums, sums)));
    };
    spaces = total(space_sums);
    comma_count = total(comma_sums);
#endif
    for (; i < s.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      spaces += (c == ' ') | ((c >= '\t') & (c <= '\r'));
      comma_count += c == ',';
    }
    *non_space = static_cast<uint32_t>(s.size()) - spaces;
    *commas = comma_count;
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

ThreadParser& CachedParser() {
  thread_local ThreadParser cached;
  return cached;
}

// The Dom's text is myhtml's: the tree must outlive it. After a very large page the tree's
// memory is released rather than kept for the next page.
class TreeRelease {
 public:
  explicit TreeRelease(size_t page_size) : release_(page_size >= kKeepTreeBelow) {}
  ~TreeRelease() {
    if (dom_) dom_->Clear();  // its views of the tree are about to dangle
    if (release_) {
      CachedParser().tree.reset();
      if (dom_) *dom_ = Dom();
    }
  }
  void ReleaseOnExit() { release_ = true; }
  void AlsoRelease(Dom* dom) { dom_ = dom; }

 private:
  bool release_;
  Dom* dom_ = nullptr;
};

bool CopyTree(myhtml_tree_t* tree, Dom* dom);

bool ParseIntoDom(std::string_view bytes, myencoding_t encoding, Dom* dom, TreeRelease* release) {
  myhtml_tree_t* tree = CachedParser().Get();
  if (!tree) return false;
  bool ok = myhtml_parse(tree, encoding, bytes.data(), bytes.size()) == MyHTML_STATUS_OK &&
            CopyTree(tree, dom);
  if (!ok) release->ReleaseOnExit();
  return ok;
}

bool IsAsciiLowerName(std::string_view s) {
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') return false;
  }
  return true;
}

// Block / furniture verdicts per myhtml tag id, decided once per process for the ids that
// myhtml knows by name; custom elements are looked up by name.
// (Their names too, lower-cased: asking myhtml for the name of every element of every page, and
// checking its case, cost more than copying the tree.)
struct TagKinds {
  std::vector<std::string> name;  // lower case; "unknown" for an id without a name
  std::vector<uint8_t> block;
  std::vector<uint8_t> furniture;
};

const TagKinds& KnownTagKinds(myhtml_tree_t* tree) {
  static const TagKinds kinds = [tree] {
    TagKinds k;
    k.name.assign(MyHTML_TAG_LAST_ENTRY, "unknown");
    k.block.assign(MyHTML_TAG_LAST_ENTRY, 0);
    k.furniture.assign(MyHTML_TAG_LAST_ENTRY, 0);
    for (size_t id = 0; id < MyHTML_TAG_LAST_ENTRY; ++id) {
      size_t length = 0;
      const char* name = myhtml_tag_name_by_id(tree, static_cast<myhtml_tag_id_t>(id), &length);
      if (!name) continue;
      std::string lower = AsciiLower(std::string_view(name, length));
      k.block[id] = IsBlockTag(lower);
      k.furniture[id] = IsFurnitureTag(lower);
      if (!lower.empty()) k.name[id] = std::move(lower);
    }
    return k;
  }();
  return kinds;
}

// Copies myhtml's tree into ours.
bool CopyTree(myhtml_tree_t* tree, Dom* dom) {
  dom->nodes.clear();
  dom->attributes.clear();
  dom->nodes.emplace_back();
  dom->nodes[0].tag = "#document";
  const TagKinds& kinds = KnownTagKinds(tree);

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
      Node& node = dom->nodes.emplace_back();
      node.text = std::string_view(text, length);
      node.parent = item.parent;
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
    int id = static_cast<int>(dom->nodes.size());
    Node& node = dom->nodes.emplace_back();
    node.tag_id = tag_id;
    if (tag_id < MyHTML_TAG_LAST_ENTRY) {
      node.tag = kinds.name[tag_id];
      node.block = kinds.block[tag_id];
      node.furniture_tag = kinds.furniture[tag_id];
    } else {
      size_t name_length = 0;
      const char* name = myhtml_tag_name_by_id(tree, tag_id, &name_length);
      std::string_view tag = name ? std::string_view(name, name_length) : "unknown";
      if (tag.empty()) tag = "unknown";
      node.tag = IsAsciiLowerName(tag) ? tag : dom->Own(AsciiLower(tag));
      node.block = IsBlockTag(node.tag);
      node.furniture_tag = IsFurnitureTag(node.tag);
    }
    node.parent = item.parent;
    node.attributes_begin = static_cast<uint32_t>(dom->attributes.size());
    for (myhtml_tree_attr_t* attr = myhtml_node_attribute_first(item.node); attr;
         attr = myhtml_attribute_next(attr)) {
      size_t key_length = 0;
      size_t value_length = 0;
      const char* key = myhtml_attribute_key(attr, &key_length);
      const char* value = myhtml_attribute_value(attr, &value_length);
      if (!key) continue;
      std::string_view k(key, key_length);
      if (!IsAsciiLowerName(k)) k = dom->Own(AsciiLower(k));
      std::string_view v = value ? std::string_view(value, value_length) : std::string_view();
      // (A block is read apart anyway.)
      if (!dom->nodes[id].block) {
        if (k == "aria-hidden" && v == "true") dom->nodes[id].apart = true;
        if (k == "class" && IsScreenReaderOnlyClass(v)) dom->nodes[id].space_after = true;
      }
      dom->attributes.emplace_back(k, v);
    }
    Node& added = dom->nodes[id];
    added.apart = added.apart || added.block || added.tag_id == MyHTML_TAG_HEADER ||
                  added.tag_id == MyHTML_TAG_FOOTER || added.tag_id == MyHTML_TAG_NAV ||
                  added.tag_id == MyHTML_TAG_ASIDE || added.tag_id == MyHTML_TAG_FIGURE ||
                  added.tag_id == MyHTML_TAG_FIGCAPTION || added.tag_id == MyHTML_TAG_FORM;
    added.attributes_end = static_cast<uint32_t>(dom->attributes.size());
    push_children(item.node, id, item.depth + 1);
  }
  // Subtree ends, bottom-up.
  std::vector<Node>& nodes = dom->nodes;
  for (int id = static_cast<int>(nodes.size()) - 1; id >= 0; --id) {
    if (nodes[id].end < id + 1) nodes[id].end = id + 1;
    int parent = nodes[id].parent;
    if (parent >= 0 && nodes[parent].end < nodes[id].end) nodes[parent].end = nodes[id].end;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Boilerplate recognition.

// A word that names a part of an author box other than the name ("author-bio", "author-avatar").
bool IsAuthorBoxPart(const std::string& word) {
  static constexpr std::string_view kParts[] = {
      "description", "desc",  "bio", "biography", "role",    "job",    "jobtitle", "position",
      "avatar",      "image", "img", "photo",     "picture", "social", "follow",   "email"};
  return std::ranges::find(kParts, word) != std::end(kParts);
}

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

// Glued-together names ("sharebar", "relatedposts") are caught by the fragments below. They
// are looked for in one reading of `lower`, by the letter each starts with (the switch is their
// list): searching it once for each fragment cost four times as much, and this runs for every
// class and id of every page.
bool HoldsFurnitureFragment(std::string_view lower) {
  for (size_t i = 0; i < lower.size(); ++i) {
    const std::string_view rest = lower.substr(i);
    auto starts = [rest](std::string_view fragment) { return rest.starts_with(fragment); };
    bool found = false;
    switch (lower[i]) {
      case 'a':
        found = starts("advert");
        break;
      case 'b':
        found = starts("breadcrumb");
        break;
      case 'c':
        found = starts("cookie") || starts("comment");
        break;
      case 'f':
        found = starts("footer");
        break;
      case 'n':
        found = starts("newsletter") || starts("navbar");
        break;
      case 'p':
        found = starts("promo");
        break;
      case 'r':
        found = starts("related");
        break;
      case 's':  // "socialshare" starts with "social"
        found = starts("sidebar") || starts("social") || starts("share-") || starts("sharebar") ||
                starts("subscribe");
        break;
      default:
        break;
    }
    if (found) return true;
  }
  return false;
}

// class / id / role / aria-label values that name page furniture; `lower` is lower-cased.
bool NamesFurnitureLower(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "ad",       "ads",       "adsense",   "advert",        "advertisement", "alert",
      "author",   "banner",    "bio",       "breadcrumb",    "breadcrumbs",   "byline",
      "caption",  "comment",   "comments",  "complementary", "consent",       "contentinfo",
      "cookie",   "cookies",   "dateline",  "dialog",        "disqus",        "footer",
      "gdpr",     "header",    "hidden",    "login",         "masthead",      "menu",
      "meta",     "modal",     "nav",       "navbar",        "navigation",    "newsletter",
      "outbrain", "overlay",   "pager",     "pagination",    "paywall",       "popup",
      "print",    "promo",     "rating",    "recirc",        "recommended",   "related",
      "share",    "sharing",   "sidebar",   "signup",        "skiplink",      "social",
      "sponsor",  "sponsored", "subscribe", "subscription",  "taboola",       "tags",
      "toc",      "toolbar",   "tooltip",   "trending",      "widget"};
  // Every word of every class and id is looked up: a hash set costs a fraction of comparing
  // the word with each of these, or of a binary search (a memcmp call at every step).
  static const std::unordered_set<std::string_view> kWordSet(std::begin(kWords), std::end(kWords));
  // Words of other lengths are not looked up ("ad" is the shortest listed).
  static constexpr size_t kMinWord = 2;
  static constexpr size_t kMaxWord = 16;
  // (The words looked up are runs of letters and digits: a name listed with other bytes would
  // never be found.)
  static_assert(std::ranges::all_of(kWords, [](std::string_view word) {
    return word.size() >= kMinWord && word.size() <= kMaxWord &&
           std::ranges::all_of(word, [](char c) { return IsAsciiAlnum(c); });
  }));
  if (lower.empty()) return false;
  if (HoldsFurnitureFragment(lower)) return true;
  // The words are views into `lower`: this runs for every element with a class or id.
  std::string_view text = lower;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !IsAsciiAlnum(static_cast<unsigned char>(text[i]))) ++i;
    size_t start = i;
    while (i < text.size() && IsAsciiAlnum(static_cast<unsigned char>(text[i]))) ++i;
    std::string_view word = text.substr(start, i - start);
    if (word.size() < kMinWord || word.size() > kMaxWord) continue;
    if (kWordSet.count(word) > 0) return true;
  }
  return false;
}

// Class names a CMS derives from the post's own taxonomy ("category-social-security",
// "tag-share-prices") say what the article is about, not what the element is.
bool IsTaxonomyClass(std::string_view name) {
  static constexpr std::string_view kPrefixes[] = {"category-", "tag-",   "tags-",    "post-",
                                                   "postid-",   "type-",  "format-",  "status-",
                                                   "has-",      "topic-", "section-", "page-id-"};
  // Each starts with one of these letters: most names are told apart without the comparisons.
  static constexpr std::string_view kInitials = "cfhpst";
  static_assert(std::ranges::all_of(kPrefixes, [](std::string_view prefix) {
    return kInitials.find(prefix[0]) != std::string_view::npos;
  }));
  if (name.empty() || kInitials.find(name[0]) == std::string_view::npos) {
    return false;
  }
  for (std::string_view prefix : kPrefixes) {
    if (name.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

// The class attribute without its taxonomy classes, lower-cased, appended to `*out`.
void AppendStructuralClasses(std::string_view value, std::string* out) {
  size_t i = 0;
  while (i < value.size()) {
    while (i < value.size() && IsAsciiSpace(static_cast<unsigned char>(value[i]))) ++i;
    size_t start = i;
    while (i < value.size() && !IsAsciiSpace(static_cast<unsigned char>(value[i]))) ++i;
    if (i == start) continue;
    size_t name_start = out->size();
    AppendAsciiLower(value.substr(start, i - start), out);
    if (IsTaxonomyClass(std::string_view(*out).substr(name_start))) {
      out->resize(name_start);
    } else {
      out->push_back(' ');
    }
  }
}

bool IsFurnitureByAttributes(Dom& dom, int id) {
  Node& node = dom.nodes[id];
  if (node.names_furniture < 0) {
    // The verdicts on the attributes do not change between passes; the lengths do.
    bool names = false;
    if (node.tag_id != MyHTML_TAG_BODY && node.tag_id != MyHTML_TAG_HTML &&
        node.tag_id != MyHTML_TAG_MAIN && node.tag_id != MyHTML_TAG_P &&
        node.attributes_begin != node.attributes_end) {
      // One pass over the attributes for the five that matter.
      // (The first of repeated attributes counts, as in Dom::Attribute.)
      std::string_view class_value, id_value, role, style, aria_hidden;
      unsigned seen = 0;
      auto take = [&seen](unsigned bit, std::string_view value, std::string_view* out) {
        if (!(seen & bit)) *out = value;
        seen |= bit;
      };
      for (uint32_t k = node.attributes_begin; k < node.attributes_end; ++k) {
        const auto& [key, value] = dom.attributes[k];
        if (IsName(key, "class")) {
          take(1, value, &class_value);
        } else if (IsName(key, "id")) {
          take(2, value, &id_value);
        } else if (IsName(key, "role")) {
          take(4, value, &role);
        } else if (IsName(key, "style")) {
          take(8, value, &style);
        } else if (IsName(key, "aria-hidden")) {
          take(16, value, &aria_hidden);
        }
      }
      thread_local std::string lower;
      // Pages repeat the same class attribute on many elements: one verdict per value.
      if (!class_value.empty()) {
        auto [it, inserted] = dom.class_verdicts.try_emplace(class_value, false);
        if (inserted) {
          lower.clear();
          AppendStructuralClasses(class_value, &lower);
          it->second = NamesFurnitureLower(lower);
        }
        names = it->second;
      }
      for (std::string_view value : {id_value, role}) {
        if (names) break;
        if (value.empty()) continue;
        lower.clear();
        AppendAsciiLower(value, &lower);
        names = NamesFurnitureLower(lower);
      }
      if (!style.empty()) {
        lower.clear();
        AppendAsciiLower(style, &lower);
        std::erase(lower, ' ');
        node.display_none = lower.find("display:none") != std::string::npos;
      }
      node.aria_hidden = aria_hidden == "true";
    }
    node.names_furniture = names;
  }
  if (node.tag_id == MyHTML_TAG_BODY || node.tag_id == MyHTML_TAG_HTML ||
      node.tag_id == MyHTML_TAG_MAIN || node.tag_id == MyHTML_TAG_P) {
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
  if (value.empty()) return false;
  thread_local std::string lower;
  lower.clear();
  AppendAsciiLower(value, &lower);
  // Every name holds one of these: most values are told apart by three searches, not twenty.
  auto holds_a_part = [](std::string_view text) {
    return text.find("body") != std::string_view::npos ||
           text.find("content") != std::string_view::npos ||
           text.find("text") != std::string_view::npos;
  };
  static_assert(std::ranges::all_of(kNames, holds_a_part));
  if (!holds_a_part(lower)) return false;
  for (std::string_view name : kNames) {
    if (lower.find(name) != std::string::npos) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Metadata.

struct Heading {
  std::string text;
  // Set when the <h1> shows two lines, a headline and a subtitle below it (cut from `text`, or
  // after a <br> and kept): both lines as one text, and the first line. Empty for a one-line
  // heading.
  std::string both_lines;
  std::string first_line;
  bool branding = false;  // a logo or site name set as <h1>, not the headline
  bool section = false;   // links to itself: a section of the text, not the headline
};

// A heading holding a link to its own id ("#id", the permalink that Markdown renderers add) is
// one of the text's section headings, though written as <h1>: a page links its sections, not
// its headline.
bool LinksToItself(const Dom& dom, int id) {
  std::string_view own_id = dom.Attribute(id, "id");
  if (own_id.empty()) return false;
  for (int k = id + 1; k < dom.End(id); ++k) {
    if (dom.nodes[k].tag_id != MyHTML_TAG_A) continue;
    std::string_view href = dom.Attribute(k, "href");
    if (href.size() == own_id.size() + 1 && href[0] == '#' && href.substr(1) == own_id) {
      return true;
    }
  }
  return false;
}

// A part of a heading set on a line of its own below the headline: an element named a subtitle
// ("entry-subtitle", "subheading", "subhead"), or one styled as a block line ("block",
// "d-block": utility CSS) that follows the headline with nothing between them, as in
// "Headline<span class="block">Subtitle</span>". (Utility CSS also splits one headline over two
// lines, "<span class="block">Data to enrich your</span> <span class="block">online
// business</span>"; there a space joins the two.)
bool IsHeadingSubtitle(const Dom& dom, int id, bool joined_to_text) {
  std::string_view value = dom.Attribute(id, "class");
  if (value.empty()) return false;
  for (const std::string& word : AttributeWords(value)) {
    if (word == "subtitle" || word == "subheading" || word == "subhead") return true;
  }
  return joined_to_text && HasClassName(value, {"block", "d-block"});
}

// The headline an <h1> shows: its text without a subtitle set below it (that is a standfirst,
// and run into the headline it reads "AlternativesTop Note-taking Tools"), and without a label
// set before it ("<span class="descriptor">Title:</span>", as arXiv writes its titles).
// `*both_lines` and `*first_line` are set when the heading shows a second line: a subtitle, or
// text after a <br> (kept in the headline: a <br> also wraps one long headline).
std::string HeadlineText(const Dom& dom, int id, std::string* both_lines, std::string* first_line) {
  std::string text;
  both_lines->clear();
  first_line->clear();
  size_t first_line_end = std::string::npos;
  bool text_before = false;  // whether `text` holds more than white space
  bool line_break = false;   // a <br> after text
  bool second_line = false;  // text after the subtitle's start or after a <br>
  size_t subtitle_at = std::string::npos;
  for (int child = dom.FirstChild(id); child < dom.End(id); child = dom.Next(child)) {
    const Node& node = dom.nodes[child];
    if (!node.tag.empty()) {
      bool joined = text_before && !IsAsciiSpace(static_cast<unsigned char>(text.back()));
      if (text_before && subtitle_at == std::string::npos &&
          IsHeadingSubtitle(dom, child, joined)) {
        subtitle_at = text.size();
        text.push_back(' ');
      }
      if (!text_before && EqualsLowerAscii(dom.Text(child, false), "title:")) continue;
      if (text_before && !line_break && node.tag_id == MyHTML_TAG_BR) {
        line_break = true;
        first_line_end = text.size();
      }
    }
    const size_t appended_from = text.size();
    dom.AppendText(child, false, &text);
    // (Punctuation after a <br> or a block takes back the spaces before it, "over<br>?": the text
    // may then be shorter than before, with the punctuation at its end.)
    bool has_text = text.size() < appended_from ||
                    !ingest::TrimAscii(std::string_view(text).substr(appended_from)).empty();
    second_line = second_line || (has_text && (line_break || subtitle_at != std::string::npos));
    text_before = text_before || has_text;
  }
  std::string whole = CollapseWhitespace(text);
  std::string headline = subtitle_at == std::string::npos
                             ? whole
                             : CollapseWhitespace(std::string_view(text).substr(0, subtitle_at));
  // (A heading of paragraph length is no headline over a subtitle: an <h1> left open.)
  if (second_line && whole.size() <= 300) {
    *both_lines = whole;
    *first_line =
        CollapseWhitespace(std::string_view(text).substr(0, std::min(first_line_end, subtitle_at)));
  }
  return headline;
}

// An <h1> inside a link, the navigation, a footer or sidebar, or a block named logo / brand, is
// the site's name rather than the story's headline. (A <header> is no sign: templates put the
// headline in one as often as the logo.)
bool IsBrandingHeading(const Dom& dom, int id) {
  for (int k = id; k > 0; k = dom.nodes[k].parent) {
    std::string_view tag = dom.nodes[k].tag;
    // <body> classes describe the whole page ("wp-custom-logo"), not this element.
    if (tag == "article" || tag == "main" || tag == "body" || tag == "html") return false;
    if (tag == "a" || tag == "nav" || tag == "footer" || tag == "aside") return true;
    for (std::string_view key : {"class", "id"}) {
      std::string_view value = dom.Attribute(k, key);
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

// Nodes after the first <h1> (not a logo's) within which a standfirst is looked for (share
// buttons' icons count: an <svg>'s paths are nodes).
constexpr int kStandfirstWithin = 200;

bool IsHeadingTag(myhtml_tag_id_t tag) {
  return tag == MyHTML_TAG_H1 || tag == MyHTML_TAG_H2 || tag == MyHTML_TAG_H3 ||
         tag == MyHTML_TAG_H4 || tag == MyHTML_TAG_H5 || tag == MyHTML_TAG_H6;
}

// Within a link or a list item, a few levels up: a teaser of another story ("<li><a>...<p
// class="dek">"). Not past the <article> that holds the headline `headline`: an
// infinite-scroll page lists whole stories (a teaser card is an <article> in an <li> too).
bool InsideLinkOrListItem(const Dom& dom, int id, int headline) {
  int k = dom.nodes[id].parent;
  for (int level = 0; level < 6 && k > 0; ++level, k = dom.nodes[k].parent) {
    myhtml_tag_id_t tag = dom.nodes[k].tag_id;
    if (tag == MyHTML_TAG_ARTICLE && dom.IsAncestorOrSelf(k, headline)) return false;
    if (tag == MyHTML_TAG_A || tag == MyHTML_TAG_LI) return true;
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
  // A date in an element marked as one: itemprop="datePublished" on a visible element, or a
  // class / id naming a date ("post-date", "entry-date") around text that is only a date.
  std::string marked_date;
  std::vector<std::string> json_ld;
  std::vector<std::string> dom_authors;
  // How the page writes all-number dates; set by the caller before CollectMetadata.
  ingest::DateOrder date_order = ingest::DateOrder::kAsWritten;
  // The text of the first link to an author's page ("/author/jane-doe/"), which bylines are
  // made of where nothing marks them.
  std::string author_link;
  int author_links_seen = 0;
  int marked_authors_seen = 0;
  int rel_author_parent = -1;  // the parent of the <a rel="author"> that named the first author
  std::vector<std::string_view> rel_author_hrefs;  // where the rel="author" links taken go
  // The parent's text, when it is small, other links in it shown as " · " ("Jane Doe in
  // <a rel="category">Politics</a>" is no place).
  std::string rel_author_box;
  std::string byline_box;  // the text of the marked byline that named the first author
  // A date set as a kicker above the headline: the element just before an <h1> is a date line.
  std::string date_above_headline;
  std::string standfirst;  // the page's standfirst under the headline, by its class
  int first_h1 = -1;       // the node of the first <h1> that is not the site's logo

  const std::string& Meta(std::string_view key) const {
    static const std::string kEmpty;
    for (const auto& [name, value] : meta) {
      if (name == key && !value.empty()) return value;
    }
    return kEmpty;
  }
};

// The text of `id` with each link in it other than a rel="author" one shown as " · ".
std::string TextWithOtherLinksMasked(const Dom& dom, int id) {
  std::string text;
  for (int k = id + 1; k < dom.End(id);) {
    const Node& node = dom.nodes[k];
    if (node.tag.empty()) {
      text += node.text;
      ++k;
    } else if (node.tag_id == MyHTML_TAG_A &&
               !EqualsLowerAscii(dom.Attribute(k, "rel"), "author")) {
      text += " \xC2\xB7 ";
      k = dom.End(k);
    } else {
      if (node.apart) text.push_back(' ');
      ++k;
    }
  }
  return CollapseWhitespace(text);
}

// An author name from an element that marks a byline: "By Jane Doe", or the bare name.
std::vector<std::string> AuthorsFromBylineText(const std::string& text) {
  if (text.empty() || text.size() > 150) return {};
  std::vector<std::string> names = ingest::ParseByline(text);
  if (!names.empty()) return names;
  std::string prefixed = "By " + text;
  return ingest::ParseByline(prefixed);
}

// "Updated May 2, 2024", "Published ...": a byline's line that dates the story, which the
// search for a name passes. (Not any IsDateLine: after a bare date, a byline box's other parts
// are categories and tags, no names, and the search stops.)
bool IsLabelledDateLine(std::string_view text) {
  for (std::string_view label : {"updated", "published", "last updated", "posted on", "modified"}) {
    if (StartsWithLowerAscii(text, label)) return true;
  }
  return false;
}

// "Updated by ...", "Reviewed by ...": a credit in a byline for other work than the writing.
constexpr std::string_view kCreditsOtherThanWriting[] = {
    "updated by",      "reviewed by",    "medically reviewed by", "edited by", "fact checked by",
    "fact-checked by", "illustrated by", "illustration by",       "photos by", "photo by"};

bool CreditsOtherThanWriting(std::string_view text) {
  text = ingest::TrimAscii(text);
  for (std::string_view credit : kCreditsOtherThanWriting) {
    if (text.size() > credit.size() && StartsWithLowerAscii(text, credit)) return true;
  }
  return false;
}

// Whether, in the byline `id`, the text before its node `k` last names a credit other than
// writing ("By Jane Doe. Reviewed by <strong><a>Ana Lima</a></strong> and <a>Bob Li</a>"): the
// names after it, up to another "by", did not write the story.
bool FollowsCreditOtherThanWriting(const Dom& dom, int id, int k) {
  std::string before;
  for (int j = id + 1; j < k; ++j) {
    if (!dom.nodes[j].tag.empty()) continue;
    before.push_back(' ');
    AppendAsciiLower(dom.nodes[j].text, &before);
  }
  size_t credit_end = std::string::npos;
  for (std::string_view credit : kCreditsOtherThanWriting) {
    size_t pos = before.rfind(credit);
    if (pos != std::string::npos &&
        (credit_end == std::string::npos || pos + credit.size() > credit_end)) {
      credit_end = pos + credit.size();
    }
  }
  if (credit_end == std::string::npos) return false;
  std::string_view rest = std::string_view(before).substr(credit_end);
  return rest.find(" by ") == std::string_view::npos && rest.find(" by:") == std::string_view::npos;
}

// Whether a class word, or the class as a whole, says its element holds an author's name:
// "author-name", "byline__name", "authorname", or just "name" (an author box's parts). Not
// "publication-name" or Drupal's "field--name-field-image".
bool ClassNamesAuthor(std::string_view class_value) {
  bool name = false, author = false;
  for (const std::string& word : AttributeWords(class_value)) {
    name = name || word == "name" || word == "authorname";
    author = author || word == "author" || word == "byline" || word == "authorname";
  }
  return name && (author || EqualsLowerAscii(ingest::TrimAscii(class_value), "name"));
}

// A link's words that ask the reader to follow it ("Learn more", "Articles by Jane", "View
// profile"): where they link to the author's page, they are not the author's name.
bool InvitesToRead(std::string_view text) {
  static constexpr std::string_view kOpenings[] = {
      "learn more", "read more", "more ",       "view ",    "see ",       "all ",   "visit ",
      "follow ",    "contact ",  "articles by", "posts by", "stories by", "about ", "meet ",
      "profile",    "full bio",  "latest by",   "email ",   "e-mail ",    "send ",  "write to "};
  text = ingest::TrimAscii(text);
  for (std::string_view opening : kOpenings) {
    if (StartsWithLowerAscii(text, opening)) return true;
  }
  return false;
}

// A link to an author's page: a path whose last segment follows one named "author" or
// "authors" ("/author/jane-doe/", "/blog/authors/jane-doe"); not the index of all authors, not
// a page below the author's ("/author/jane-doe/feed/", a catalogue's "/author/show/1234"), not
// a query that mentions the path.
bool LinksToAuthorPage(std::string_view href) {
  href = ingest::TrimAscii(href.substr(0, href.find_first_of("?#")));
  for (std::string_view segment : {"/author/", "/authors/"}) {
    size_t pos = href.find(segment);
    if (pos == std::string_view::npos) continue;
    std::string_view rest = href.substr(pos + segment.size());
    if (!rest.empty() && rest.back() == '/') rest.remove_suffix(1);
    return !rest.empty() && rest.find('/') == std::string_view::npos;
  }
  return false;
}

// True for a credit that names no person: "Staff Reports", "Tribune News Service", "CNN
// Staff", "Wire Services". (What cleaning a name drops or keeps is decided later; these read as
// names, capitalised words, and are not.)
bool NamesNoPerson(std::string_view name) {
  if (ingest::IsNewsAgency(name)) return true;
  size_t space = name.rfind(' ');
  std::string last = AsciiLower(space == std::string_view::npos ? name : name.substr(space + 1));
  for (std::string_view word :
       {"staff", "service", "services", "report", "reports", "desk", "team", "wire", "wires",
        "bureau", "agency", "agencies", "editors", "writers", "newsroom"}) {
    if (last == word) return true;
  }
  return false;
}

// The names that "and" or "&" joins to a link ending before `from`, in the text from there to
// the next link or `end`: "and John Roe, Reuters" gives "John Roe". Empty when that text is no
// such name (a role: ", Security Expert"; one word: "and Jane"; a credit: "and Staff Reports").
std::vector<std::string> CoAuthorsAfterLink(const Dom& dom, int from, int end) {
  // The text runs on through inline elements ("and <span>John Roe</span>"), each read apart;
  // another element (a <time>, a <div>) starts something else.
  std::string tail;
  for (int j = from; j < end && tail.size() <= 200; ++j) {
    const Node& node = dom.nodes[j];
    if (node.tag.empty()) {
      tail += node.text;
      continue;
    }
    if (node.tag_id != MyHTML_TAG_SPAN && node.tag_id != MyHTML_TAG_STRONG &&
        node.tag_id != MyHTML_TAG_B && node.tag_id != MyHTML_TAG_EM &&
        node.tag_id != MyHTML_TAG_I) {
      break;
    }
    tail.push_back(' ');
  }
  std::string text = CollapseWhitespace(tail);
  std::string_view rest;
  for (std::string_view joiner : {"and ", "AND ", "& "}) {
    if (std::string_view(text).starts_with(joiner)) {
      rest = std::string_view(text).substr(joiner.size());
    }
  }
  std::vector<std::string> names;
  if (rest.empty()) return names;
  for (std::string& name : ingest::ParseByline("By " + std::string(rest))) {
    if (name.find(' ') == std::string::npos || NamesNoPerson(name)) break;
    names.push_back(std::move(name));
  }
  return names;
}

// The text of a byline or author box for its authors: the elements inside that hold a name
// alone ("author-name", itemprop="name"), joined, when there are any; the box also holds roles,
// bios and dates ("Jane Doe Senior Writer"). Otherwise, or when the element is too large to be
// a byline (a <body class="single-author">), its whole text.
std::string BylineText(const Dom& dom, int id) {
  constexpr int kMaxBylineNodes = 100;
  if (dom.End(id) - id > kMaxBylineNodes) return dom.Text(id, false);
  std::string names;
  for (int k = id + 1; k < dom.End(id);) {
    if (!dom.IsElement(k) || !(EqualsLowerAscii(dom.Attribute(k, "itemprop"), "name") ||
                               ClassNamesAuthor(dom.Attribute(k, "class")))) {
      ++k;
      continue;
    }
    // The innermost: a "name-wrapper" holds a role too. Those who edited, reviewed or
    // illustrated the story are not its authors.
    std::string name = CreditsOtherThanWriting(dom.Text(k, false)) ? "" : BylineText(dom, k);
    if (!name.empty()) {
      if (!names.empty()) names += ", ";
      names += name;
    }
    k = dom.End(k);  // each name once, not again from the elements inside it
  }
  if (!names.empty()) return names;
  // No name elements: the links to the authors' pages are the names, where the text around
  // them is a role ("<a href="/author/jane-doe/">Jane Doe</a>, Security Expert").
  for (int k = id + 1; k < dom.End(id); ++k) {
    if (dom.nodes[k].tag_id != MyHTML_TAG_A || !LinksToAuthorPage(dom.Attribute(k, "href"))) {
      continue;
    }
    if (FollowsCreditOtherThanWriting(dom, id, k)) continue;
    std::string name = dom.Text(k, false);
    if (!name.empty() && !InvitesToRead(name)) {
      if (!names.empty()) names += ", ";
      names += name;
      // A co-author with no page of their own, joined to the link by "and" or "&": "By <a
      // href="/author/jane-doe/">Jane Doe</a> and John Roe".
      for (const std::string& co_author : CoAuthorsAfterLink(dom, dom.End(k), dom.End(id))) {
        names += ", " + co_author;
      }
    }
  }
  return names.empty() ? dom.Text(id, false) : names;
}

// ASCII case-insensitive search for a lower-case `needle`.
bool ContainsLowerAscii(std::string_view text, std::string_view needle) {
  if (needle.empty()) return true;
  if (text.size() < needle.size()) return false;
  for (size_t i = 0; i + needle.size() <= text.size(); ++i) {
    if (AsciiToLower(static_cast<unsigned char>(text[i])) != needle[0]) continue;
    if (EqualsLowerAscii(text.substr(i, needle.size()), needle)) return true;
  }
  return false;
}

// The lang attribute of the <html> element, which the parser puts first.
std::string_view HtmlLanguage(const Dom& dom) {
  for (int id = 0; id < static_cast<int>(dom.nodes.size()) && id < 4; ++id) {
    if (dom.nodes[id].tag_id == MyHTML_TAG_HTML) return dom.Attribute(id, "lang");
  }
  return "";
}

// The date of the element just before `id` among its siblings, when that element is only a
// date ("January 23, 2025"); empty otherwise, or when text comes between them.
std::string DateOfElementBefore(const Dom& dom, int id, ingest::DateOrder order) {
  const int parent = dom.nodes[id].parent;
  if (parent < 0) return "";
  int before = -1;
  for (int child = Dom::FirstChild(parent); child < id; child = dom.Next(child)) {
    const Node& node = dom.nodes[child];
    if (node.tag.empty() && ingest::TrimAscii(node.text).empty()) continue;  // white space
    before = child;
  }
  if (before < 0 || !dom.IsElement(before) || dom.End(before) - before > 20) return "";
  return ingest::DateOfDateLine(dom.Text(before, false), order);
}

// In the comments: the element, or one around it, has a class or id word "comment",
// "comments" or "discussion". (Not <body>: its classes describe the page, "has-comments".)
bool InComments(const Dom& dom, int id) {
  for (int k = id; k >= 0; k = dom.nodes[k].parent) {
    if (dom.nodes[k].tag_id == MyHTML_TAG_BODY || dom.nodes[k].tag_id == MyHTML_TAG_HTML) break;
    for (std::string_view key : {"class", "id"}) {
      std::string_view value = dom.Attribute(k, key);
      if (value.empty() ||
          (!ContainsLowerAscii(value, "comment") && !ContainsLowerAscii(value, "discussion"))) {
        continue;
      }
      for (const std::string& word : AttributeWords(value)) {
        if (word == "comment" || word == "comments" || word == "discussion") return true;
      }
    }
  }
  return false;
}

// Inside a <nav>: a menu, whose links to staff pages name no story's author.
bool InsideNavigation(const Dom& dom, int id) {
  for (int k = dom.nodes[id].parent; k >= 0; k = dom.nodes[k].parent) {
    if (dom.nodes[k].tag_id == MyHTML_TAG_NAV) return true;
  }
  return false;
}

void CollectMetadata(const Dom& dom, Metadata* md) {
  for (int id = 0; id < static_cast<int>(dom.nodes.size()); ++id) {
    const Node& node = dom.nodes[id];
    if (node.tag.empty()) continue;
    switch (node.tag_id) {
      case MyHTML_TAG_HTML:
        md->html_lang = std::string(dom.Attribute(id, "lang"));
        break;
      case MyHTML_TAG_META: {
        std::string_view content = dom.Attribute(id, "content");
        for (std::string_view key : {"property", "name", "itemprop", "http-equiv"}) {
          std::string_view name = dom.Attribute(id, key);
          if (!name.empty()) md->meta.emplace_back(AsciiLower(name), std::string(content));
        }
        // JSON-LD some frameworks put in a <meta> rather than a <script> (name="script:ld+json").
        if (ContainsLowerAscii(dom.Attribute(id, "name"), "ld+json") && !content.empty()) {
          md->json_ld.emplace_back(content);
        }
        break;
      }
      case MyHTML_TAG_TITLE:
        if (md->title_tag.empty()) md->title_tag = dom.Text(id, false);
        break;
      case MyHTML_TAG_H1:
        if (md->first_h1 < 0 && !IsBrandingHeading(dom, id)) md->first_h1 = id;
        if (md->h1s.size() < 10) {
          std::string both_lines, first_line;
          std::string heading = HeadlineText(dom, id, &both_lines, &first_line);
          if (!heading.empty()) {
            md->h1s.push_back({std::move(heading), std::move(both_lines), std::move(first_line),
                               IsBrandingHeading(dom, id), LinksToItself(dom, id)});
            if (md->date_above_headline.empty() && !md->h1s.back().branding &&
                !md->h1s.back().section) {
              md->date_above_headline = DateOfElementBefore(dom, id, md->date_order);
            }
          }
        }
        break;
      case MyHTML_TAG_LINK:
        if (md->canonical.empty() && EqualsLowerAscii(dom.Attribute(id, "rel"), "canonical")) {
          md->canonical = std::string(dom.Attribute(id, "href"));
        }
        break;
      case MyHTML_TAG_TIME:
        if (md->first_time_datetime.empty()) {
          md->first_time_datetime = std::string(dom.Attribute(id, "datetime"));
        }
        break;
      case MyHTML_TAG_SCRIPT:
        if (ContainsLowerAscii(dom.Attribute(id, "type"), "ld+json")) {
          std::string text;
          for (int child = Dom::FirstChild(id); child < node.end; child = dom.Next(child)) {
            text += dom.nodes[child].text;
          }
          md->json_ld.push_back(std::move(text));
        }
        break;
      default:
        break;
    }
    // (At most 100 links are looked at, each up to the root: a page holds its author's link
    // among its first hundred.)
    if (node.tag_id == MyHTML_TAG_A && md->author_link.empty() && md->author_links_seen < 100 &&
        LinksToAuthorPage(dom.Attribute(id, "href"))) {
      ++md->author_links_seen;
      std::string text = dom.Text(id, false);
      if (text.size() <= 80 && !InvitesToRead(text) && !InsideNavigation(dom, id)) {
        md->author_link = ingest::CleanAuthorName(text);
      }
    }
    if (node.tag_id == MyHTML_TAG_META || node.attributes_begin == node.attributes_end ||
        (!md->marked_date.empty() && !md->dom_authors.empty())) {
      continue;
    }
    // One pass over the attributes for the three read below. (The first of repeated attributes
    // counts, as in Dom::Attribute.)
    std::string_view itemprop, class_value, rel;
    bool have_itemprop = false, have_class = false, have_rel = false;
    for (uint32_t k = node.attributes_begin; k < node.attributes_end; ++k) {
      // (Named, not a structured binding: Clang 14 cannot capture those.)
      const std::string_view key = dom.attributes[k].first;
      const std::string_view value = dom.attributes[k].second;
      auto take = [key, value](std::string_view name, bool* have, std::string_view* out) {
        if (*have || !IsName(key, name)) return;
        *have = true;
        *out = value;
      };
      take("itemprop", &have_itemprop, &itemprop);
      take("class", &have_class, &class_value);
      take("rel", &have_rel, &rel);
    }
    // Lower-cased once for the four words looked for in it: most elements have a class.
    thread_local std::string class_lower;
    class_lower.clear();
    AppendAsciiLower(class_value, &class_lower);
    auto class_holds = [](std::string_view word) {
      return class_lower.find(word) != std::string::npos;
    };
    // The standfirst set under the headline ("article__subhead", "dek", "standfirst"): the
    // description when the metadata has none. (Close after the first <h1> only: before it, or
    // further down, such classes belong to teasers of other stories.)
    if (md->standfirst.empty() && md->first_h1 >= 0 && id - md->first_h1 <= kStandfirstWithin &&
        (class_holds("standfirst") || class_holds("dek") || class_holds("subhead") ||
         class_holds("strapline")) &&
        !InsideLinkOrListItem(dom, id, md->first_h1)) {
      // (A heading named a subhead is a crosshead in the text; one named a dek is the dek.)
      const bool heading = IsHeadingTag(node.tag_id);
      for (const std::string& word : AttributeWords(class_value)) {
        if (word == "standfirst" || word == "dek" || word == "deck" ||
            (!heading && (word == "subhead" || word == "subheadline" || word == "strapline"))) {
          std::string text = node.end - id <= 50 ? dom.Text(id, false) : "";
          size_t words = ingest::CountWords(text);
          if (words >= 5 && words <= 80) md->standfirst = std::move(text);
          break;
        }
      }
    }
    if (md->marked_date.empty()) {
      if (EqualsLowerAscii(itemprop, "datepublished") ||
          EqualsLowerAscii(itemprop, "published-date") ||
          EqualsLowerAscii(itemprop, "datecreated")) {
        for (std::string_view key : {"content", "datetime"}) {
          if (md->marked_date.empty()) {
            md->marked_date = ingest::NormalizeDate(dom.Attribute(id, key), md->date_order);
          }
        }
        if (md->marked_date.empty()) {
          md->marked_date = ingest::DateOfDateLine(dom.Text(id, false), md->date_order);
        }
      } else if (node.tag_id != MyHTML_TAG_SCRIPT && node.tag_id != MyHTML_TAG_BODY &&
                 node.tag_id != MyHTML_TAG_HTML &&
                 (class_holds("date") || class_holds("publish") || class_holds("publication"))) {
        // Short elements only: a wrapper that holds the date and more says nothing.
        if (node.end - id <= 8) {
          std::string date = ingest::DateOfDateLine(dom.Text(id, false), md->date_order);
          if (!date.empty()) md->marked_date = std::move(date);
        }
      }
    }
    // The co-authors' links beside the first: "<a rel="author">Jane Doe</a> in Tehran and <a
    // rel="author">John Roe</a> in Moscow".
    // (A co-author has a page of their own: a link to the first author's page again, "View
    // all posts", names no one new; a one-word link text, "Twitter", is none.)
    if (md->rel_author_parent >= 0 && node.parent == md->rel_author_parent &&
        node.tag_id == MyHTML_TAG_A && EqualsLowerAscii(rel, "author") &&
        md->dom_authors.size() < 10) {
      std::string_view href = ingest::TrimAscii(dom.Attribute(id, "href"));
      std::string text = dom.Text(id, false);
      // (Only a link to a page tells the person: "#" or "javascript:" may be any writer's. A
      // mail link is a way to write to one: "Email Jane Doe".)
      bool to_page = !href.empty() && href != "#" && !StartsWithLowerAscii(href, "javascript:");
      if (!StartsWithLowerAscii(href, "mailto:") &&
          !(to_page &&
            std::ranges::find(md->rel_author_hrefs, href) != md->rel_author_hrefs.end()) &&
          !InvitesToRead(text)) {
        if (to_page) md->rel_author_hrefs.emplace_back(href);
        for (std::string& name : AuthorsFromBylineText(text)) {
          if (name.find(' ') != std::string::npos &&
              std::ranges::find(md->dom_authors, name) == md->dom_authors.end()) {
            md->dom_authors.push_back(std::move(name));
          }
        }
      }
    }
    if (md->dom_authors.empty() && node.tag_id != MyHTML_TAG_LINK &&
        node.tag_id != MyHTML_TAG_SCRIPT) {
      bool marked = EqualsLowerAscii(rel, "author") || EqualsLowerAscii(itemprop, "author");
      // Splitting every class attribute into words is costly; most hold neither word.
      if (!marked && (class_holds("byline") || class_holds("author"))) {
        // (Not the parts of an author box that say other things of the writer, a class such as
        // "author-description", "author-bio", "author_avatar", unless another class marks it
        // plainly, "byline author-photo-left", or it is the name within them,
        // "author-bio__author-name"; a modifier is no part, "byline--has-avatar".)
        for (size_t from = 0; from < class_value.size() && !marked;) {
          size_t space = class_value.find_first_of(" \t\n\r\f", from);
          if (space == std::string_view::npos) space = class_value.size();
          const std::vector<std::string> words =
              AttributeWords(class_value.substr(from, space - from));
          from = space + 1;
          for (size_t k = 0; k < words.size(); ++k) {
            if (words[k] != "byline" && words[k] != "author") continue;
            // (Up to a modifier's word: "author-with-photo" holds the name.)
            bool other_part = false;
            for (size_t m = k + 1; m < words.size() && !other_part; ++m) {
              if (words[m] == "with" || words[m] == "has" || words[m] == "no") break;
              other_part = IsAuthorBoxPart(words[m]);
            }
            other_part = other_part && std::ranges::find(words, "name") == words.end();
            marked = marked || !other_part;
            break;
          }
        }
      }
      // (A comment's author, in WordPress's "comment-author" or any element within comments,
      // wrote the comment, not the story; the first 200 marked elements are looked at.)
      if (marked && md->marked_authors_seen++ < 200 && !InComments(dom, id)) {
        // A byline's date line ("Updated May 2, 2024") or its label alone ("By") says nothing
        // of who wrote: the next marked element may.
        std::string text = BylineText(dom, id);
        if (!IsLabelledDateLine(text) && !ingest::IsBylineLabel(text)) {
          md->dom_authors = AuthorsFromBylineText(text);
          if (!md->dom_authors.empty()) md->byline_box = text;
          if (!md->dom_authors.empty() && node.tag_id == MyHTML_TAG_A &&
              EqualsLowerAscii(rel, "author")) {
            md->rel_author_parent = node.parent;
            md->rel_author_hrefs.emplace_back(ingest::TrimAscii(dom.Attribute(id, "href")));
            if (node.parent >= 0 && dom.End(node.parent) - node.parent <= 40) {
              md->rel_author_box = TextWithOtherLinksMasked(dom, node.parent);
            }
          }
        }
      }
    }
  }
}

struct JsonLdFacts {
  std::string headline;
  std::string description;
  std::string date_published;
  std::string date_modified;
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

// The most authors a page is read for: a list of thousands is no byline, and each name is
// compared with those kept.
constexpr size_t kMaxAuthors = 100;

void CollectJsonAuthors(const JsonValue* value, std::vector<std::string>* out) {
  if (!value || out->size() >= kMaxAuthors) return;
  if (value->type == JsonValue::Type::kArray) {
    for (const JsonValue& item : value->items) CollectJsonAuthors(&item, out);
    return;
  }
  std::string name =
      value->type == JsonValue::Type::kObject ? JsonString(value->Get("name")) : JsonString(value);
  // ", USA TODAY": a template's "Name, Publication" with the name left empty; what is left
  // names the publication, and a later block may name the writer.
  if (name.empty() || name.find("://") != std::string::npos || name[0] == ',') return;
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
      if (facts.date_modified.empty()) {
        facts.date_modified = JsonString(article->Get("dateModified"));
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
  switch (dom.nodes[id].tag_id) {
    case MyHTML_TAG_P:
    case MyHTML_TAG_PRE:
    case MyHTML_TAG_BLOCKQUOTE:
    case MyHTML_TAG_LI:
    case MyHTML_TAG_TD:
      return true;
    case MyHTML_TAG_DIV:
    case MyHTML_TAG_SECTION:
      break;
    default:
      return false;
  }
  // A div that holds its text directly (no block children) reads as a paragraph.
  size_t direct = 0;
  for (int child = Dom::FirstChild(id); child < dom.End(id); child = dom.Next(child)) {
    const Node& c = dom.nodes[child];
    if (c.tag.empty()) {
      direct += c.text.size();
    } else if (c.block && c.tag_id != MyHTML_TAG_BR) {
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
  for (int sibling = Dom::FirstChild(parent); sibling < dom.End(parent);
       sibling = dom.Next(sibling)) {
    const Node& s = dom.nodes[sibling];
    if (sibling == best) {
      roots.push_back(sibling);
    } else if (!s.tag.empty() && !s.dropped &&
               (score[sibling] >= threshold ||
                (s.tag_id == MyHTML_TAG_P && s.text_length > 80 && LinkDensity(s) < 0.25))) {
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
  // The three markers in order of trust: itemprop="articleBody", a body class or id, <article>.
  // One reading of the nodes gathers the matches of all three (this runs twice or four times a
  // page); the first marker whose best match holds enough text wins.
  constexpr int kMarkers = 3;
  std::vector<int> matches[kMarkers];  // outermost matches only
  int best[kMarkers] = {-1, -1, -1};
  for (int id = 0; id < static_cast<int>(dom.nodes.size()); ++id) {
    Node& node = dom.nodes[id];
    if (node.tag.empty() || node.dropped || node.text_length < kMinText / 2) continue;
    if (node.marks_body < 0) {
      node.marks_body = (EqualsLowerAscii(dom.Attribute(id, "itemprop"), "articlebody") ? 1 : 0) |
                        (IsContentBodyClass(dom.Attribute(id, "class")) ||
                                 IsContentBodyClass(dom.Attribute(id, "id"))
                             ? 2
                             : 0);
    }
    const bool marked[kMarkers] = {(node.marks_body & 1) != 0, (node.marks_body & 2) != 0,
                                   node.tag == "article"};
    for (int marker = 0; marker < kMarkers; ++marker) {
      if (!marked[marker]) continue;
      std::vector<int>& found = matches[marker];
      if (!found.empty() && dom.IsAncestorOrSelf(found.back(), id)) continue;
      found.push_back(id);
      if (best[marker] < 0 || node.text_length > dom.nodes[best[marker]].text_length) {
        best[marker] = id;
      }
    }
  }
  for (int marker = 0; marker < kMarkers; ++marker) {
    if (best[marker] < 0 || dom.nodes[best[marker]].text_length < kMinText) continue;
    // Listicles and long reads split the body over several marked blocks; keep every block of
    // comparable weight, in document order.
    std::vector<int> roots;
    for (int id : matches[marker]) {
      if (dom.nodes[id].text_length * 4 >= dom.nodes[best[marker]].text_length) {
        roots.push_back(id);
      }
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
      AppendTextNode(node.text, dom_.TextBeforeInOtherElement(id), &current_);
      if (in_link_ > 0) current_link_ += node.text.size();
      return;
    }
    if (node.tag_id == MyHTML_TAG_H1) return;  // the title, reported separately
    bool block = node.block;
    bool heading = IsHeadingTag(node.tag_id);  // (an <h1> was returned from above)
    if (block) Flush(false);
    bool link = node.tag_id == MyHTML_TAG_A;
    if (link) ++in_link_;
    for (int child = Dom::FirstChild(id); child < node.end; child = dom_.Next(child)) {
      Write(child);
    }
    if (link) --in_link_;
    if (node.space_after) current_.push_back(' ');
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

// The words of `text` as AttributeWords finds them (runs of ASCII letters and digits, lower
// case), sorted: views of `*lower`, which is `text` lower-cased. No string of its own for each
// word: ChooseTitle compares every heading with every title.
void SortedLowerWords(std::string_view text, std::string* lower,
                      std::vector<std::string_view>* words) {
  lower->clear();
  AppendAsciiLower(text, lower);
  words->clear();
  const std::string_view view = *lower;
  size_t i = 0;
  while (i < view.size()) {
    while (i < view.size() && !IsAsciiAlnum(static_cast<unsigned char>(view[i]))) ++i;
    size_t start = i;
    while (i < view.size() && IsAsciiAlnum(static_cast<unsigned char>(view[i]))) ++i;
    if (i > start) words->push_back(view.substr(start, i - start));
  }
  std::sort(words->begin(), words->end());
}

// How much two sorted word lists share: 0 when they do not agree (fewer than half the heading's
// words, or a third of the title's, in common), else the share of words in common.
double WordAgreement(const std::vector<std::string_view>& heading,
                     const std::vector<std::string_view>& words) {
  if (heading.empty() || words.empty()) return 0.0;
  // The size of the multiset intersection, as std::set_intersection would write it.
  size_t common = 0;
  for (size_t h = 0, w = 0; h < heading.size() && w < words.size();) {
    if (heading[h] < words[w]) {
      ++h;
    } else if (words[w] < heading[h]) {
      ++w;
    } else {
      ++common;
      ++h;
      ++w;
    }
  }
  if (common * 2 < heading.size() || common * 3 < words.size()) return 0.0;
  return static_cast<double>(common * 2) / (heading.size() + words.size());
}

// WordAgreement of the words of an <h1> and of a metadata title.
double Agreement(std::string_view heading_text, std::string_view meta) {
  thread_local std::string heading_lower, meta_lower;
  thread_local std::vector<std::string_view> heading, words;
  // ChooseTitle compares each heading with every title in turn: the heading's words are kept
  // from the call before when it is the same heading. (`heading` always holds the words of
  // `last_heading`, both empty at first.)
  thread_local std::string last_heading;
  if (heading_text != last_heading) {
    last_heading.assign(heading_text);
    SortedLowerWords(heading_text, &heading_lower, &heading);
  }
  SortedLowerWords(meta, &meta_lower, &words);
  const double agreement = WordAgreement(heading, words);
  // As in Dom::Text, the room a very long heading or title needed is not kept by the thread (an
  // <h1> left open holds the rest of the page).
  if (heading_lower.capacity() > kKeepRawTextBelow || meta_lower.capacity() > kKeepRawTextBelow) {
    std::string().swap(last_heading);
    std::string().swap(heading_lower);
    std::string().swap(meta_lower);
    std::vector<std::string_view>().swap(heading);
    std::vector<std::string_view>().swap(words);
  }
  return agreement;
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

// Words of `s` for comparing titles: lower-cased ASCII letters and digits, any other byte kept.
std::vector<std::string> TitleWords(std::string_view s) {
  std::vector<std::string> words;
  std::string current;
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (IsAsciiAlnum(c) || c >= 0x80) {
      current.push_back(AsciiToLower(c));
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

// `s` with typography folded for comparing two spellings of one title: ASCII lower case, curly
// quotes straight, dashes and ellipses plain, white space collapsed. "--", the typewriter's
// em dash, is a dash too.
std::string FoldTitle(std::string_view s) {
  std::string out;
  size_t pos = 0;
  std::string collapsed = CollapseWhitespace(s);
  while (pos < collapsed.size()) {
    size_t start = pos;
    uint32_t c;
    if (!ingest::DecodeUtf8(collapsed, &pos, &c)) continue;
    if (c == '-' && pos < collapsed.size() && collapsed[pos] == '-') {
      while (pos < collapsed.size() && collapsed[pos] == '-') ++pos;
      out.push_back('-');
    } else if (c == 0x2018 || c == 0x2019 || c == 0x2032) {
      out.push_back('\'');
    } else if (c == 0x201C || c == 0x201D || c == 0x2033) {
      out.push_back('"');
    } else if (c == 0x2013 || c == 0x2014) {
      out.push_back('-');
    } else if (c == 0x2026) {
      out += "...";
    } else if (c < 0x80) {
      out.push_back(AsciiToLower(static_cast<unsigned char>(c)));
    } else {
      out.append(collapsed, start, pos - start);
    }
  }
  return out;
}

size_t CountNonAscii(std::string_view s) {
  size_t count = 0;
  for (char c : s) count += static_cast<unsigned char>(c) >= 0x80;
  return count;
}

// Small words that title case leaves in lower case.
bool IsMinorTitleWord(std::string_view lower) {
  static constexpr std::string_view kWords[] = {"a",   "an", "and", "as",   "at", "but", "by",
                                                "for", "in", "nor", "of",   "on", "or",  "the",
                                                "to",  "vs", "via", "with", "per"};
  for (std::string_view w : kWords) {
    if (lower == w) return true;
  }
  return false;
}

// How well `s` follows title case: capitalised words count for it, capitalised small words
// (past the first word) against it. Sentence case and over-capitalised titles score lower.
int TitleCaseScore(std::string_view s) {
  int score = 0;
  size_t i = 0;
  bool first = true;
  while (i < s.size()) {
    while (i < s.size() && !IsAsciiAlnum(static_cast<unsigned char>(s[i]))) ++i;
    size_t start = i;
    while (i < s.size() && (IsAsciiAlnum(static_cast<unsigned char>(s[i])) || s[i] == '\'')) ++i;
    if (i == start) break;
    std::string_view word = s.substr(start, i - start);
    bool upper = word[0] >= 'A' && word[0] <= 'Z';
    if (!first && IsMinorTitleWord(AsciiLower(word))) {
      score += upper ? -1 : 1;
    } else if (upper) {
      ++score;
    }
    first = false;
  }
  return score;
}

bool IsYearOrNumberWord(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// What `longer` adds to `shorter` when it contains it: the text before and after.
bool SplitAround(std::string_view longer, std::string_view shorter, std::string_view* before,
                 std::string_view* after) {
  size_t pos = longer.find(shorter);
  if (pos == std::string_view::npos || shorter.empty()) return false;
  *before = longer.substr(0, pos);
  *after = longer.substr(pos + shorter.size());
  return true;
}

// Page furniture glued to a headline: a label before it ("Blog:", "Title:"), a date before it,
// or a source and a count after it ("(latimes.com) 87"). Not words that extend the headline.
bool IsHeadlineClutter(std::string_view before, std::string_view after) {
  std::string_view b = ingest::TrimAscii(before);
  std::string_view a = ingest::TrimAscii(after);
  if (b.empty() && a.empty()) return false;
  if (!b.empty()) {
    bool label = b.back() == ':' && TitleWords(b).size() == 1;
    bool date = !ingest::FindDateInText(b).empty() && ingest::IsDateLine(b);
    if (!label && !date) return false;
  }
  if (!a.empty()) {
    // "(domain) 87", "87"; punctuation alone ("?", ".") belongs to the headline.
    std::vector<std::string> words = TitleWords(a);
    if (words.empty()) return false;
    for (const std::string& w : words) {
      bool number = IsYearOrNumberWord(w);
      bool domain_part = a.find('.') != std::string_view::npos && a.front() == '(';
      if (!number && !domain_part) return false;
    }
  }
  return true;
}

// A metadata title that is the headline plus a number the headline leaves out: the year or the
// count of a list ("15 Best Platforms 2025", "8 Recent Trends").
bool AddsOnlyNumbers(std::string_view meta, std::string_view headline) {
  std::string_view before, after;
  if (!SplitAround(meta, headline, &before, &after)) return false;
  std::vector<std::string> extra = TitleWords(before);
  for (std::string& w : TitleWords(after)) extra.push_back(std::move(w));
  if (extra.empty()) return false;
  bool number = false;
  for (const std::string& w : extra) {
    if (IsYearOrNumberWord(w)) {
      number = true;
    } else if (w != "in" && w != "of" && w != "for") {
      return false;
    }
  }
  return number;
}

// True when `heading` is `meta` with characters lost to a character-set slip: each "?" or U+FFFD
// in the heading stands where the metadata has one to three other characters (no white space
// among them: one glyph, maybe with its neighbour), and all else matches but ASCII case.
// "Planning? Beginner? Guide" is "Planning: Beginner's Guide"; "Will it end?" is not "Will it
// end", as the mark there stands for nothing.
bool LostCharactersOf(std::string_view heading, std::string_view meta) {
  if (heading.find('?') == std::string_view::npos &&
      heading.find("\xEF\xBF\xBD") == std::string_view::npos) {
    return false;
  }
  auto code_points = [](std::string_view s) {
    std::vector<uint32_t> out;
    size_t pos = 0;
    uint32_t c;
    while (pos < s.size()) {
      if (ingest::DecodeUtf8(s, &pos, &c)) out.push_back(c < 0x80 ? AsciiToLower(c) : c);
    }
    return out;
  };
  auto is_mark = [](uint32_t c) { return c == '?' || c == 0xFFFD; };
  std::vector<uint32_t> h = code_points(heading);
  std::vector<uint32_t> m = code_points(meta);
  if (std::count_if(h.begin(), h.end(), is_mark) > 4) return false;
  // Matches h[i..] against m[j..]; `lost` once a mark has stood for other characters.
  auto match = [&](auto&& self, size_t i, size_t j, bool lost) -> bool {
    while (i < h.size() && !is_mark(h[i])) {
      if (j >= m.size() || h[i] != m[j]) return false;
      ++i;
      ++j;
    }
    if (i == h.size()) return lost && j == m.size();
    if (j < m.size() && m[j] == h[i] && self(self, i + 1, j + 1, lost)) return true;
    for (size_t k = 1; k <= 3 && j + k <= m.size(); ++k) {
      uint32_t c = m[j + k - 1];
      if (c == ' ' || is_mark(c)) break;
      if (self(self, i + 1, j + k, true)) return true;
    }
    return false;
  };
  return match(match, 0, 0, false);
}

// True when `segment` ends another of `titles` than `self` ("Headline | Site").
bool IsLastSegmentOfAnother(std::string_view segment, const std::string& self,
                            const std::vector<std::string>& titles) {
  for (const std::string& other : titles) {
    if (other.empty() || other == self) continue;
    std::vector<std::string> parts = ingest::SplitTitleSegments(other);
    if (parts.size() > 1 && EqualsIgnoringCase(parts.back(), segment)) return true;
  }
  return false;
}

// A host name set as the <h1> ("example.com", "www.example.co.uk"): a blog's name, not a
// headline. Letters, digits and hyphens in dot-separated labels, the last one all letters.
bool IsHostName(std::string_view text) {
  text = ingest::TrimAscii(text);
  size_t last_dot = text.rfind('.');
  if (last_dot == std::string_view::npos || last_dot == 0) return false;
  std::string_view top = text.substr(last_dot + 1);
  if (top.size() < 2 || top.size() > 6) return false;
  for (char c : top) {
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  }
  bool label_empty = true;
  for (char c : text) {
    if (c == '.') {
      if (label_empty) return false;
      label_empty = true;
    } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '-') {
      label_empty = false;
    } else {
      return false;
    }
  }
  return true;
}

// An <h1> that ends in a colon introduces what follows it ("Listen to this episode now:", "A
// message from our founder:"); a headline does not end so.
bool IntroducesWhatFollows(std::string_view text) {
  text = ingest::TrimAscii(text);
  return !text.empty() && text.back() == ':';
}

// A title cut short by its publisher: "Grain deal signed at the port after long...".
bool EndsInEllipsis(std::string_view title) {
  std::string_view trimmed = ingest::TrimAscii(title);
  return trimmed.ends_with("...") || trimmed.ends_with("\xE2\x80\xA6");
}

// Whether a metadata title says more than a heading's words: a word of its own other than the
// small words of title case ("Rankings" in "Top MBA Programs of 2025: Rankings").
bool AddsWordsTo(std::string_view title, std::string_view heading) {
  std::vector<std::string> words = TitleWords(heading);
  for (const std::string& w : TitleWords(title)) {
    if (!IsMinorTitleWord(w) && std::find(words.begin(), words.end(), w) == words.end()) {
      return true;
    }
  }
  return false;
}

// Words a heading's first line needs for its agreement with a title to count: a shorter one
// ("Opinion", "Ferry strike") is a kicker, a section or the site's name over the headline.
constexpr size_t kMinFirstLineWords = 4;

// The metadata title that writes on one line what an <h1> sets on two, a headline over a
// subtitle: "Best ferries of 2025: Nine routes we took" for "Best ferries of 2025" over "Nine
// routes we took". A title counts as its first segment, or the segments of the headline joined by
// dashes ("Site - Headline - Subtitle - Section" gives "Headline - Subtitle": the site, and
// segments that share no word with the heading, are not; a " | " starts a section). The one
// agreeing best with both lines is taken; or, when none does, the one agreeing best with a
// first line of a sentence's length that it adds words to. Not a title cut short, nor one in
// capitals for a heading that is not. Empty when no title agrees.
std::string OneLineTitleOf(const Heading& heading, const std::vector<std::string>& meta_titles,
                           const std::vector<std::string>& full_titles, std::string_view site) {
  std::string_view both_lines = heading.both_lines;
  std::vector<std::string> candidates = meta_titles;
  std::vector<std::string> heading_words = TitleWords(both_lines);
  // A segment that is the site, or shares no word with the heading (a site's name not known
  // as such, a section), is no part of the headline.
  auto apart_from_headline = [&](const std::string& segment) {
    if (EqualsIgnoringCase(segment, site)) return true;
    for (const std::string& w : TitleWords(segment)) {
      if (!IsMinorTitleWord(w) && std::ranges::find(heading_words, w) != heading_words.end()) {
        return false;
      }
    }
    return true;
  };
  constexpr size_t kMaxSegments = 8;
  for (const std::string& full : full_titles) {
    std::string text = CollapseWhitespace(full);
    std::vector<std::string> segments = ingest::SplitTitleSegments(text);
    if (segments.size() < 2) continue;
    // The segments from the first of the headline's, each added on while a dash joins them.
    size_t pos = 0;
    size_t from = std::string::npos;
    for (size_t k = 0; k < segments.size() && k < kMaxSegments; ++k) {
      size_t at = text.find(segments[k], pos);
      if (at == std::string::npos) break;
      bool joined_by_bar = text.substr(pos, at - pos).find('|') != std::string::npos;
      pos = at + segments[k].size();
      if (from == std::string::npos) {
        if (!apart_from_headline(segments[k])) {
          from = at;
          candidates.push_back(segments[k]);
        }
        continue;
      }
      if (joined_by_bar || apart_from_headline(segments[k])) break;
      candidates.push_back(text.substr(from, pos - from));
    }
  }
  const bool first_line_counts = TitleWords(heading.first_line).size() >= kMinFirstLineWords;
  const bool heading_single_case = IsSingleCase(both_lines);
  std::string best_title;
  std::pair<double, double> best = {0.0, 0.0};
  for (const std::string& c : candidates) {
    if (c.empty() || EndsInEllipsis(c) || (IsSingleCase(c) && !heading_single_case)) continue;
    std::pair<double, double> agreement = {Agreement(both_lines, c), 0.0};
    if (first_line_counts && AddsWordsTo(c, both_lines)) {
      agreement.second = Agreement(heading.first_line, c);
    }
    if (agreement > best) {
      best = agreement;
      best_title = c;
    }
  }
  return best_title;
}

// Word counts of an <h1> that disagrees with the metadata but is the headline still.
constexpr size_t kMinLoneHeadlineWords = 8;
constexpr size_t kMaxHeadlineWords = 25;

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
  std::vector<const Heading*> headlines;
  const Heading* chosen_heading = nullptr;
  std::string host_heading;  // an <h1> naming the site by its host name
  for (const Heading& h1 : h1s) {
    if (h1.branding || h1.section || h1.text.size() > 300 || IntroducesWhatFollows(h1.text)) {
      continue;
    }
    if (IsHostName(h1.text)) {
      if (host_heading.empty()) host_heading = std::string(ingest::TrimAscii(h1.text));
      continue;
    }
    bool names_site = !site.empty() && EqualsIgnoringCase(h1.text, CollapseWhitespace(site));
    for (const std::string& full : full_titles) {
      std::vector<std::string> segments = ingest::SplitTitleSegments(full);
      // A later segment names the site ("Headline | Site"), unless the first one does: in
      // "Site | Headline" the headline comes second. The site is known by name, or as the
      // segment another title puts last.
      bool site_first =
          segments.size() > 1 &&
          ((!site.empty() && EqualsIgnoringCase(segments[0], CollapseWhitespace(site))) ||
           IsLastSegmentOfAnother(segments[0], full, full_titles));
      for (size_t k = 1; k < segments.size() && !site_first; ++k) {
        names_site = names_site || EqualsIgnoringCase(h1.text, segments[k]);
      }
      // "Site: Headline" titles: an <h1> that is the part before the colon is the site.
      size_t colon = full.find(": ");
      names_site = names_site || (colon != std::string::npos && segments.size() == 1 &&
                                  EqualsIgnoringCase(h1.text, full.substr(0, colon)) &&
                                  full.size() > colon + 2 + h1.text.size());
    }
    if (!names_site) {
      headlines.push_back(&h1);
    }
  }
  // The <h1> that agrees best with the metadata.
  std::string chosen;
  double best = 0.0;
  for (size_t i = 0; i < headlines.size(); ++i) {
    double agreement = 0.0;
    const std::string& first_line = headlines[i]->first_line;
    for (const auto* titles : {&meta_titles, &full_titles}) {
      for (const std::string& m : *titles) {
        agreement = std::max(agreement, Agreement(headlines[i]->text, m));
        // A <br> heading's first line may be all the metadata shows.
        if (TitleWords(first_line).size() >= kMinFirstLineWords) {
          agreement = std::max(agreement, Agreement(first_line, m));
        }
      }
    }
    if (agreement > best) {
      best = agreement;
      chosen = headlines[i]->text;
      chosen_heading = headlines[i];
    }
  }
  if (chosen_heading != nullptr && !chosen_heading->both_lines.empty()) {
    std::string one_line = OneLineTitleOf(*chosen_heading, meta_titles, full_titles, site);
    if (!one_line.empty()) return one_line;
  }
  if (chosen.empty()) {
    // No <h1> agrees with the metadata. A lone <h1> of sentence length is still the headline
    // the reader sees: the metadata is the one rewritten (for search engines, or when the
    // headline was). A short one is as often a section or a blog's name, and a paragraph-long
    // one is not a headline at all.
    size_t words = headlines.size() == 1 ? TitleWords(headlines[0]->text).size() : 0;
    if (words >= kMinLoneHeadlineWords && words <= kMaxHeadlineWords) {
      chosen = headlines[0]->text;
    } else {
      // A title that starts with the host name the <h1> shows, without a separator
      // ("example.com Headline"), is the headline after it.
      if (!host_heading.empty() && meta.size() > host_heading.size() + 1 &&
          meta[host_heading.size()] == ' ' &&
          EqualsIgnoringCase(std::string_view(meta).substr(0, host_heading.size()),
                             host_heading)) {
        return CollapseWhitespace(std::string_view(meta).substr(host_heading.size() + 1));
      }
      if (!meta.empty()) return meta;
      // No metadata title: the first <h1> that could be a headline, whatever its length.
      if (headlines.empty()) return h1s.empty() ? "" : h1s[0].text;
      chosen = headlines[0]->text;
    }
  }
  // A " | " in an <h1> joins a short section or tagline, as in titles; a trailing segment
  // naming the site goes too.
  // (Headings escaped twice, "&amp;#x26;", are decoded once more, as metadata is.)
  chosen = CollapseWhitespace(ingest::DecodeHtmlEntities(chosen));
  std::vector<std::string> parts = ingest::SplitTitleSegments(chosen);
  size_t bar = chosen.find(" | ");
  if (bar != std::string::npos) {
    std::string_view tail = std::string_view(chosen).substr(bar + 3);
    // A long tail that is one more phrase of the headline stays.
    if (TitleWords(tail).size() <= 3 || ingest::SplitTitleSegments(tail).size() > 1) {
      chosen = chosen.substr(0, bar);
    }
  }
  if (parts.size() > 1 && !site.empty() &&
      EqualsIgnoringCase(parts.back(), CollapseWhitespace(site))) {
    chosen = ingest::StripTitleSuffix(chosen, site);
  }
  if (!meta.empty() && TitleWords(meta).size() >= 3) {
    // The <h1> is the metadata's headline with page clutter around it.
    std::string_view before, after;
    if (SplitAround(chosen, meta, &before, &after) && IsHeadlineClutter(before, after)) {
      return meta;
    }
  }
  if (!meta.empty() && AddsOnlyNumbers(meta, chosen)) return meta;
  // The heading lost characters the metadata still has.
  for (const std::string& m : meta_titles) {
    if (!m.empty() && LostCharactersOf(chosen, m)) return m;
  }
  // Two spellings of one title: the one in proper title case wins; a heading in capitals is
  // styling, the metadata has the casing the writer chose.
  for (const std::string& m : meta_titles) {
    if (m.empty() || m == chosen || FoldTitle(m) != FoldTitle(chosen)) continue;
    if (IsSingleCase(chosen)) return m;
    int meta_score = TitleCaseScore(m);
    int heading_score = TitleCaseScore(chosen);
    if (meta_score > heading_score) return m;
    // Same letters and case, quotes or dashes written two ways: the plain ASCII spelling,
    // unless another metadata title spells it as the heading does: two sources that agree on
    // the typography are the writer's choice, the plain one a template's.
    bool heading_spelling_confirmed =
        std::find(meta_titles.begin(), meta_titles.end(), chosen) != meta_titles.end();
    if (meta_score == heading_score && CountNonAscii(m) < CountNonAscii(chosen) &&
        !heading_spelling_confirmed) {
      return m;
    }
    break;
  }
  // The same for a heading in capitals and a metadata title that words it a little
  // differently but agrees with it; unless the metadata is in capitals too.
  if (IsSingleCase(chosen) && TitleWords(chosen).size() >= 3) {
    bool single_case_meta = false;
    for (const std::string& m : meta_titles) {
      single_case_meta = single_case_meta || (IsSingleCase(m) && Agreement(chosen, m) > 0);
    }
    for (const std::string& m : meta_titles) {
      if (!single_case_meta && Agreement(chosen, m) > 0) return m;
    }
  }
  return chosen;
}

// Full-width forms of ASCII (U+FF01-U+FF5E, "？", "！", "（") are how CJK keyboards type
// punctuation. In a title with no CJK text they are plain ASCII that a reader would never tell
// apart, and are written so; next to CJK text they are the script's own and stay.
std::string AsciiFullWidthInLatinTitle(const std::string& title) {
  bool full_width = false;
  size_t pos = 0;
  uint32_t c;
  while (pos < title.size()) {
    if (!ingest::DecodeUtf8(title, &pos, &c)) continue;
    bool cjk = (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0x9FFF) ||
               (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
               (c >= 0xFF61 && c <= 0xFFDC);
    if (cjk) return title;
    full_width = full_width || (c >= 0xFF01 && c <= 0xFF5E);
  }
  if (!full_width) return title;
  std::string out;
  pos = 0;
  while (pos < title.size()) {
    size_t start = pos;
    if (!ingest::DecodeUtf8(title, &pos, &c)) {
      out.append(title, start, pos - start);
    } else if (c >= 0xFF01 && c <= 0xFF5E) {
      out.push_back(static_cast<char>(c - 0xFF01 + 0x21));
    } else {
      out.append(title, start, pos - start);
    }
  }
  return out;
}

// A publication date in the page's own script data (framework state, analytics objects):
// "datePublished", "publishDate", "publishedAt", "published_at" keys, quoted as JSON, or as
// JSON inside a JSON string, its quotes escaped (\"datePublished\", at any depth). Used when
// nothing else dates the page.
std::string DateInScripts(const Dom& dom, ingest::DateOrder order) {
  static constexpr std::string_view kKeys[] = {"datePublished", "publishDate",   "publishedAt",
                                               "published_at",  "publishedDate", "publish_date"};
  for (int id = 0; id < static_cast<int>(dom.nodes.size()); ++id) {
    const Node& node = dom.nodes[id];
    if (node.tag_id != MyHTML_TAG_SCRIPT) continue;
    for (int child = Dom::FirstChild(id); child < node.end; child = dom.Next(child)) {
      std::string_view text = dom.nodes[child].text;
      for (std::string_view key : kKeys) {
        for (size_t pos = text.find(key); pos != std::string_view::npos;
             pos = text.find(key, pos + key.size())) {
          size_t end = pos + key.size();
          // A whole quoted key: "key" or \"key\", not "datePublishedLabel".
          if (pos == 0 || text[pos - 1] != '"' || end >= text.size() ||
              (text[end] != '"' && text[end] != '\\')) {
            continue;
          }
          // Past the colon, quotes and escapes to the value; a key with no date (null, or a
          // key of another object) gives way to the next.
          while (end < text.size() &&
                 (text[end] == ':' || text[end] == '"' || text[end] == '\\' || text[end] == ' ')) {
            ++end;
          }
          std::string date = ingest::NormalizeDate(text.substr(end, 25), order);
          if (!date.empty()) return date;
        }
      }
    }
  }
  return "";
}

// Dates the reader sees: next to "Published" / "Updated" / "Posted" (`cued`), and just below
// the headline (`near_headline`), each in page order.
struct VisibleDates {
  std::vector<std::string> cued;
  std::vector<std::string> near_headline;
  bool first_cue_is_update = false;  // the first cued date is labelled "Updated"

  bool Shows(std::string_view date) const {
    if (date.size() < 10) return false;
    for (const auto* list : {&cued, &near_headline}) {
      for (const std::string& d : *list) {
        if (d.compare(0, 10, date.substr(0, 10)) == 0) return true;
      }
    }
    return false;
  }
  // What the page shows first: a cued date, else one below the headline.
  std::string First() const {
    if (!cued.empty()) return cued[0];
    if (!near_headline.empty()) return near_headline[0];
    return "";
  }
  // First(), unless that is the date of the last update.
  std::string FirstPublication() const {
    if (!cued.empty()) return first_cue_is_update ? "" : cued[0];
    if (!near_headline.empty()) return near_headline[0];
    return "";
  }
};

// The words after which FindVisibleDates looks for a date.
constexpr std::string_view kDateCues[] = {"published", "updated", "posted", "date:"};

// Whether a cue may start with these two bytes, ASCII case aside: the test FindVisibleDates
// makes at every position of the page's text before comparing the cues (CueStarts makes the
// same at sixteen positions at once).
constexpr bool MayStartCue(char c, char next) {
  c = static_cast<char>(c | 0x20);
  next = static_cast<char>(next | 0x20);
  return (c == 'p' && (next == 'u' || next == 'o')) || (c == 'u' && next == 'p') ||
         (c == 'd' && next == 'a');
}
static_assert(std::ranges::all_of(kDateCues, [](std::string_view cue) {
  return MayStartCue(cue[0], cue[1]);
}));

#if defined(__SSE2__)
// Bit k set when MayStartCue(p[k], p[k + 1]): its test, made at sixteen positions at once.
// Reads p[0] to p[16].
int CueStarts(const char* p) {
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i c = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), case_bit);
  const __m128i next =
      _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1)), case_bit);
  auto is = [](__m128i bytes, char letter) { return _mm_cmpeq_epi8(bytes, _mm_set1_epi8(letter)); };
  const __m128i p_start = _mm_and_si128(is(c, 'p'), _mm_or_si128(is(next, 'u'), is(next, 'o')));
  const __m128i u_start = _mm_and_si128(is(c, 'u'), is(next, 'p'));
  const __m128i d_start = _mm_and_si128(is(c, 'd'), is(next, 'a'));
  return _mm_movemask_epi8(_mm_or_si128(p_start, _mm_or_si128(u_start, d_start)));
}
#endif

VisibleDates FindVisibleDates(std::string_view text, const std::string& title,
                              std::string_view meta_title, const std::vector<Heading>& h1s,
                              ingest::DateOrder order) {
  VisibleDates found;
  // One pass over the text for all cues, told apart by their first two letters.
  for (size_t pos = 0; pos + 1 < text.size() && found.cued.size() < 8; ++pos) {
#if defined(__SSE2__)
    // The whole page's text passes here: sixteen positions at a time up to the next that may
    // start a cue.
    if (pos + 17 <= text.size()) {
      const int starts = CueStarts(text.data() + pos);
      if (starts == 0) {
        pos += 15;
        continue;
      }
      pos += std::countr_zero(static_cast<unsigned>(starts));
    }
#endif
    if (!MayStartCue(text[pos], text[pos + 1])) continue;
    for (std::string_view cue : kDateCues) {
      if (!StartsWithLowerAscii(text.substr(pos), cue)) continue;
      std::string date = ingest::FindDateInText(text.substr(pos + cue.size(), 60), order);
      if (!date.empty()) {
        if (found.cued.empty()) found.first_cue_is_update = cue == "updated";
        found.cued.push_back(std::move(date));
      }
      break;
    }
  }
  // Bylines sit just below the headline. The reported title may come from metadata and not
  // be on the page as such; the <h1>s are. When an <h1> is reported, the metadata's headline
  // may be the one set above the byline (in an <h2>, say). The headline also appears in
  // <title> and in teasers, so every place it appears (a few) is tried.
  std::vector<std::string_view> anchors = {title};
  if (meta_title != title) anchors.push_back(meta_title);
  for (const Heading& h1 : h1s) anchors.push_back(h1.text);
  for (size_t k = 0; k < anchors.size(); ++k) {
    std::string_view anchor = anchors[k];
    // An anchor met before (the title is usually the <h1>) would find the same dates again,
    // which add nothing: the list is read for its first date and for which dates it holds.
    if (anchor.empty() ||
        std::find(anchors.begin(), anchors.begin() + k, anchor) != anchors.begin() + k) {
      continue;
    }
    size_t pos = 0;
    for (int seen = 0; seen < 4 && (pos = text.find(anchor, pos)) != std::string_view::npos;
         ++seen) {
      pos += anchor.size();
      for (std::string& date : ingest::FindDatesInText(text.substr(pos, 300), 3, order)) {
        found.near_headline.push_back(std::move(date));
      }
    }
  }
  return found;
}

// The date right after the first of the author's names shown with one ("Jane Doe | March 3,
// 2024"): where a page has no other date, its byline may stand apart from the headline, below
// the standfirst or at the end. The name shown again with dates is as often a list of the
// author's other stories, so this is the last resort before the body's text.
std::string DateAfterAuthor(std::string_view text, const std::vector<std::string>& authors,
                            ingest::DateOrder order) {
  for (const std::string& author : authors) {
    if (author.size() < 4) continue;
    size_t pos = 0;
    for (int seen = 0; seen < 4 && (pos = text.find(author, pos)) != std::string_view::npos;
         ++seen) {
      const bool starts_word = pos == 0 || !IsAsciiAlnum(static_cast<unsigned char>(text[pos - 1]));
      pos += author.size();
      // The name as a word, not the start of one ("Mark" in "Marketing").
      if (!starts_word ||
          (pos < text.size() && IsAsciiAlnum(static_cast<unsigned char>(text[pos])))) {
        continue;
      }
      std::string date = ingest::FindDateInText(text.substr(pos, 40), order);
      if (!date.empty()) return date;
    }
  }
  return "";
}

// `name` without the publication's name run into its end: a byline box's text reads "Jane Doe
// USA TODAY" where the page sets the publication's credit beside the name. Only where that is
// plain: what is left is a full name (two words or more, not ending in an initial), and the
// publication's name is more than a word or stands out in capitals; "Steve Forbes" on Forbes
// and "Emily Post" on a site called Post are names. `publication` has its white space collapsed.
std::string WithoutPublication(const std::string& name, std::string_view publication) {
  if (publication.empty() || name.size() <= publication.size() + 1) return name;
  const size_t start = name.size() - publication.size();
  const std::string_view tail = std::string_view(name).substr(start);
  if (name[start - 1] != ' ' || !EqualsIgnoringCase(tail, publication)) return name;
  std::string_view rest = ingest::TrimAscii(std::string_view(name).substr(0, start - 1));
  // ("Jane Doe For Daily Mail", "Jane Doe at Harbour Post": the word that joined them goes too.)
  for (std::string_view joiner : {" for", " at", " from", " of"}) {
    if (rest.size() > joiner.size() &&
        EqualsIgnoringCase(rest.substr(rest.size() - joiner.size()), joiner)) {
      rest = ingest::TrimAscii(rest.substr(0, rest.size() - joiner.size()));
      break;
    }
  }
  // "Content: Harbour Post" is a credit to the publication, with no writer's name in it.
  if (!rest.empty() && rest.back() == ':' && rest.find(' ') == std::string_view::npos) return "";
  const size_t last_space = rest.rfind(' ');
  const bool full_name = last_space != std::string_view::npos && rest.size() - last_space - 1 > 2;
  auto capitals = [](std::string_view text) {
    return std::ranges::any_of(text, [](char c) { return c >= 'A' && c <= 'Z'; }) &&
           std::ranges::none_of(text, [](char c) { return c >= 'a' && c <= 'z'; });
  };
  const bool stands_out = publication.find(' ') != std::string_view::npos ||
                          (capitals(tail) && tail.size() >= 2 && !capitals(rest));
  if (!full_name || !stands_out) return name;
  return ingest::CleanAuthorName(rest);
}

// A byline's credit: the site's own name, or a news agency's.
bool IsCredit(std::string_view text, std::string_view site) {
  return (!site.empty() && EqualsIgnoringCase(text, site)) || ingest::IsNewsAgency(text);
}

// "Tehran" from a line "BBC News, Tehran" (when `site` is "BBC News") or "Reuters, Kyiv": a
// credit, a comma and what reads as a place (ingest::LooksLikePlaceName). Empty for any other
// line.
std::string_view PlaceAfterCreditLine(std::string_view line, std::string_view site) {
  line = ingest::TrimAscii(line);
  size_t comma = line.find(", ");
  if (comma == std::string_view::npos || !IsCredit(line.substr(0, comma), site)) return {};
  std::string_view place = ingest::TrimAscii(line.substr(comma + 2));
  return ingest::LooksLikePlaceName(place) ? place : std::string_view();
}

// Whether `byline` writes `name` as the place after a credit, the site or a news agency:
// "Harbour News, Tehran", "Reuters, Kyiv"; and `name` reads as a place.
bool PlaceAfterCredit(std::string_view byline, const std::string& name, std::string_view site) {
  if (!ingest::LooksLikePlaceName(name)) return false;
  std::string needle = ", " + name;
  for (size_t pos = byline.find(needle); pos != std::string_view::npos;
       pos = byline.find(needle, pos + 1)) {
    // The place ends there ("Kyiv", not "Kyivstar") and the list does not go on ("Zeke Miller,
    // Associated Press, Colleen Long, Associated Press" names two writers and their wire).
    size_t end = pos + needle.size();
    if (end < byline.size() && std::isalnum(static_cast<unsigned char>(byline[end]))) continue;
    std::string_view after = ingest::TrimAscii(byline.substr(end));
    if (!after.empty() && after.front() == ',') continue;
    // The one to three words before the comma.
    size_t start = pos;
    for (int words = 0; words < 3 && start > 0; ++words) {
      size_t space = byline.rfind(' ', start - 1);
      start = space == std::string_view::npos ? 0 : space + 1;
      if (IsCredit(byline.substr(start, pos - start), site)) return true;
      if (start == 0) break;
      start = space;
    }
  }
  return false;
}

// `name` without a news agency run into its end ("Jane Doe Reuters"), when a full name is left.
std::string WithoutTrailingAgency(const std::string& name) {
  size_t cut = name.size();
  for (int words = 0; words < 3; ++words) {
    size_t space = name.rfind(' ', cut - 1);
    if (space == std::string::npos || space == 0) break;
    std::string_view tail = std::string_view(name).substr(space + 1);
    std::string_view head = std::string_view(name).substr(0, space);
    // ("Bloomberg" is a surname as well: "Michael R. Bloomberg".)
    if (ingest::IsNewsAgency(tail) && !EqualsIgnoringCase(tail, "Bloomberg") &&
        head.find(' ') != std::string_view::npos) {
      return std::string(ingest::TrimAscii(head));
    }
    cut = space;
  }
  return name;
}

// True when `line` starts with the first of `authors` and holds, besides their names, only
// "and", "in", commas and a few capitalised words, the places they write from: "Jane Doe in
// Tehran and John Roe in Moscow". `*place` is set to the first place ("Tehran"), if any.
bool NamesOnlyAuthorsAndPlaces(std::string_view line, const std::vector<std::string>& authors,
                               std::string* place) {
  place->clear();
  line = ingest::TrimAscii(line);
  if (authors.empty() || authors[0].empty() || !line.starts_with(authors[0]) || line.size() > 200) {
    return false;
  }
  std::string rest(line);
  for (const std::string& name : authors) {
    if (name.empty()) continue;
    for (size_t pos = rest.find(name); pos != std::string::npos; pos = rest.find(name, pos)) {
      rest.replace(pos, name.size(), " , ");
    }
  }
  int place_words = 0;
  bool after_in = false;
  bool first_place_done = false;
  size_t i = 0;
  while (i < rest.size()) {
    while (i < rest.size() && (rest[i] == ' ' || rest[i] == ',')) {
      if (rest[i] == ',') after_in = false;
      ++i;
    }
    size_t start = i;
    while (i < rest.size() && rest[i] != ' ' && rest[i] != ',') ++i;
    if (i == start) break;
    std::string_view word = std::string_view(rest).substr(start, i - start);
    if (word == "and" || word == "&") {
      after_in = false;
      if (!place->empty()) first_place_done = true;
      continue;
    }
    if (word == "in") {
      after_in = true;
      continue;
    }
    bool connector = after_in && !place->empty() && ingest::IsPlaceNameConnector(word);
    if ((!connector && !std::isupper(static_cast<unsigned char>(word[0]))) || ++place_words > 6) {
      return false;
    }
    if (after_in && !first_place_done) {
      if (!place->empty()) place->push_back(' ');
      place->append(word);
    }
  }
  if (!place->empty() && !ingest::LooksLikePlaceName(*place)) place->clear();
  return true;
}

// The names a tag that other services read gives: "Jane Doe", "Jane Doe, John Roe", "Jane
// Doe|John Roe", a JSON list ["Jane Doe","John Roe"]. Not a link, nor a login or a slug ("jdoe",
// "jane-doe": no capital letter), which a byline the page writes names better. At most
// kMaxAuthors.
std::vector<std::string> NamesInServiceTag(std::string_view value) {
  std::vector<std::string> parts;
  value = ingest::TrimAscii(value);
  if (value.starts_with('[')) {
    ingest::JsonValue list;
    ingest::JsonReader reader(value);
    if (!reader.Read(&list) || list.type != ingest::JsonValue::Type::kArray) return {};
    for (const ingest::JsonValue& item : list.items) {
      if (item.type == ingest::JsonValue::Type::kString) parts.push_back(item.text);
    }
  } else {
    for (size_t from = 0; from <= value.size();) {
      const size_t bar = std::min(value.find('|', from), value.size());
      parts.emplace_back(value.substr(from, bar - from));
      from = bar + 1;
    }
  }
  std::vector<std::string> names;
  for (const std::string& part : parts) {
    if (names.size() >= kMaxAuthors) break;
    if (part.find("://") != std::string::npos) continue;
    for (std::string& name : ingest::SplitAuthorNames(part)) {
      if (std::ranges::any_of(name, [](char c) {
            return (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
          })) {
        names.push_back(std::move(name));
      }
    }
  }
  return names;
}

// The names in one scholarly author tag: "Roy, Aniruddha" turned round (GivenNameFirst); a list
// of names with given names first or initials after ("Jane Doe, John Roe", "Doe J, Roe J, Smith
// K"); pairs of surname and given names ("Smith, J., Doe, J."); names joined by "and" ("Doe, Jane
// and Roe, John"). Anything else as written ("Smith, John, Jr.").
std::vector<std::string> ScholarlyNames(std::string_view tag) {
  tag = ingest::TrimAscii(tag);
  if (tag.empty()) return {};
  if (tag.find(" and ") != std::string_view::npos) {
    std::vector<std::string> names;
    for (size_t from = 0; from <= tag.size() && names.size() < kMaxAuthors;) {
      const size_t and_at = std::min(tag.find(" and ", from), tag.size());
      for (std::string& name : ScholarlyNames(tag.substr(from, and_at - from))) {
        if (names.size() < kMaxAuthors) names.push_back(std::move(name));
      }
      from = and_at + 5;
    }
    return names;
  }
  // (Empty pieces dropped: "Jane Doe, John Roe," and the comma before an "and".)
  std::vector<std::string_view> pieces;
  for (size_t from = 0; from <= tag.size() && pieces.size() < 2 * kMaxAuthors;) {
    const size_t comma = std::min(tag.find(',', from), tag.size());
    std::string_view piece = ingest::TrimAscii(tag.substr(from, comma - from));
    if (!piece.empty()) pieces.push_back(piece);
    from = comma + 1;
  }
  if (pieces.empty()) return {};
  std::vector<std::string> names;
  if (pieces.size() == 1) {
    names.emplace_back(pieces[0]);
  } else if (std::ranges::all_of(pieces,
                                 [](std::string_view piece) {
                                   return piece.find(' ') != std::string_view::npos &&
                                          !ingest::NamesABody(piece);
                                 }) &&
             ingest::GivenNameFirst(tag) == tag) {
    // Names written whole ("Jane Doe, John Roe", "Doe J, Roe J"), not "Doe Smith, Jane".
    for (std::string_view piece : pieces) names.emplace_back(piece);
  } else if (pieces.size() % 2 == 0) {
    for (size_t k = 0; k + 1 < pieces.size(); k += 2) {
      std::string pair(pieces[k]);
      pair += ", ";
      pair += pieces[k + 1];
      names.push_back(ingest::GivenNameFirst(pair));
    }
  } else {
    names.emplace_back(tag);
  }
  if (names.size() > kMaxAuthors) names.resize(kMaxAuthors);
  return names;
}

// "By Jane Doe" written somewhere near the headline, for pages that mark up no author at all.
std::vector<std::string> VisibleByline(std::string_view text, const std::string& title) {
  size_t from = title.empty() ? std::string::npos : text.find(title);
  from = from == std::string::npos ? 0 : from + title.size();
  // The 3000 bytes of text after the title, not counting the marks between blocks.
  size_t end = from;
  for (size_t text_bytes = 0; end < text.size() && text_bytes < 3000; ++end) {
    if (text[end] != Dom::kBlockMark) ++text_bytes;
  }
  std::string_view window = text.substr(from, end - from);
  for (std::string_view cue : {"By ", "By: ", "Written by ", "Author: "}) {
    size_t pos = 0;
    while ((pos = window.find(cue, pos)) != std::string_view::npos) {
      // (A "By" in title case after a participle or a verb of a site's menu is no byline:
      // "Recommended By Influencers", "Powered By WordPress", "Bought By Bread Dad", "Sort By
      // Date". After anything else it may be: "Jan 5, 2024 By Jane Doe", "POLITICS By Jane Doe",
      // "Posted By".)
      auto after_phrase_word = [&window, pos]() {
        const std::string_view before = window.substr(0, pos - 1);
        size_t start = before.size();
        while (start > 0 && std::isalpha(static_cast<unsigned char>(before[start - 1]))) --start;
        // (A word ending in a letter outside ASCII is a name's, "Paris Café By Night Tour";
        // a mark is no word, "3 min read · By Jane Doe", "“Quote” By Jane Doe".)
        if (start == before.size() && !before.empty() &&
            static_cast<unsigned char>(before.back()) >= 0x80) {
          for (std::string_view mark : {"\xC2\xB7", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94",
                                        "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB", "\xC2\xA0"}) {
            if (before.ends_with(mark)) return false;
          }
          return true;
        }
        const std::string word = AsciiLower(before.substr(start));
        static constexpr std::string_view kBylineParticiples[] = {
            "posted", "published", "reported", "updated", "created", "authored"};
        static constexpr std::string_view kPhraseWords[] = {
            "sort",   "filter",       "search",  "shop",   "browse", "stand",  "made", "brought",
            "built",  "paid",         "driven",  "bought", "sold",   "chosen", "seen", "held",
            "led",    "found",        "known",   "shown",  "taken",  "given",  "told", "won",
            "shot",   "hit",          "bitten",  "struck", "caught", "beaten", "hurt", "image",
            "images", "illustration", "content", "you",    "death"};
        if (word.size() > 3 && word.ends_with("ed")) {
          return std::ranges::find(kBylineParticiples, word) == std::end(kBylineParticiples);
        }
        return std::ranges::find(kPhraseWords, word) != std::end(kPhraseWords);
      };
      const bool word_start =
          pos == 0 || (window[pos - 1] == ' ' && (cue[0] != 'B' || !after_phrase_word()));
      std::string_view rest = window.substr(pos + cue.size(), 80);
      pos += cue.size();
      if (!word_start) continue;
      // The names end with their block ("Written by" may stand in one and the name in the next).
      while (!rest.empty() && (rest.front() == ' ' || rest.front() == Dom::kBlockMark)) {
        rest.remove_prefix(1);
      }
      rest = rest.substr(0, rest.find(Dom::kBlockMark));
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

// Mojibake in what is reported, whether the page's bytes wrote it or its character references
// ("&acirc;&euro;&#153;" for "’"): the parse and the judgements above do not depend on it.
void RepairMojibakeIn(Article* article) {
  auto repair = [](std::string* s) {
    if (ingest::CountUtf8(*s).mojibake > 0) *s = ingest::RepairMojibake(*s);
  };
  for (std::string* field : {&article->title, &article->description, &article->site,
                             &article->dateline, &article->text}) {
    repair(field);
  }
  for (std::string& author : article->authors) repair(&author);
  for (std::string& caption : article->captions) repair(&caption);
}

}  // namespace

Status ExtractHtml(std::string_view html, Article* out) {
  *out = Article();
  if (html.empty()) return Status::OK();
  if (LooksBinary(html)) {
    return Status::InvalidArgument("ExtractHtml: input looks like binary data, not HTML");
  }

  DecodedPage page;
  DecodePage(html, &page);
  std::string_view bytes = page.bytes;
  std::string trimmed;
  bytes = LimitNesting(bytes, &trimmed);
  // The Dom holds views of myhtml's tree; `release` is declared first so that it runs last.
  TreeRelease release(bytes.size());
  // Each thread reuses one Dom: its vectors keep their capacity from page to page.
  thread_local Dom cached_dom;
  Dom& dom = cached_dom;
  dom.Clear();
  release.AlsoRelease(&dom);
  if (!ParseIntoDom(bytes, page.encoding, &dom, &release)) {
    return Status::Corruption("ExtractHtml: the HTML parser could not read the page");
  }
  if (page.encoding != MyENCODING_UTF_8) {
    // myencoding did the decoding; make sure what it handed back is clean UTF-8.
    for (Node& node : dom.nodes) {
      if (node.tag.empty()) node.text = dom.Own(ingest::SanitizeUtf8(node.text));
    }
    for (auto& attribute : dom.attributes) {
      attribute.second = dom.Own(ingest::SanitizeUtf8(attribute.second));
    }
  }

  // The whole page's text: dates and bylines are looked for in it, and how it writes its dates
  // says how to read an all-number one ("03/10/2023"); failing that, its language does.
  const std::string page_text = dom.Text(0, false);
  Metadata md;
  md.date_order = ingest::DateOrderOf(page_text);
  if (md.date_order == ingest::DateOrder::kAsWritten) {
    md.date_order = ingest::DateOrderOfLanguage(HtmlLanguage(dom));
  }
  CollectMetadata(dom, &md);
  JsonLdFacts ld = ReadJsonLd(md.json_ld);

  out->site = FirstNonEmpty({md.Meta("og:site_name"), ld.publisher, md.Meta("application-name")});
  out->url = FirstNonEmpty({md.canonical, md.Meta("og:url")});
  out->language = FirstNonEmpty(
      {md.html_lang, md.Meta("content-language"), md.Meta("og:locale"), md.Meta("language")});
  out->description = FirstNonEmpty({md.Meta("og:description"), md.Meta("description"),
                                    ld.description, md.Meta("twitter:description"), md.standfirst});
  std::string og_title = FirstNonEmpty({md.Meta("og:title")});
  std::string title_tag = FirstNonEmpty({md.title_tag});
  for (Heading& h1 : md.h1s) {
    h1.text = ingest::RepairMojibake(h1.text);
    h1.both_lines = ingest::RepairMojibake(h1.both_lines);
    h1.first_line = ingest::RepairMojibake(h1.first_line);
  }
  og_title = ingest::RepairMojibake(og_title);
  title_tag = ingest::RepairMojibake(title_tag);
  ld.headline = ingest::RepairMojibake(ld.headline);
  std::vector<std::string> meta_titles = {ingest::MainTitleSegment(og_title, out->site),
                                          ingest::MainTitleSegment(ld.headline, out->site),
                                          ingest::MainTitleSegment(title_tag, out->site)};
  out->title = ChooseTitle(md.h1s, meta_titles, {og_title, title_tag}, out->site);
  // The metadata's headline, which the page may show as well when the title reported is not it.
  std::string meta_title;
  for (const std::string& m : meta_titles) {
    if (meta_title.empty()) meta_title = m;
  }

  // Authors: the first source, in order of trust, that names someone once its names are
  // cleaned (a byline box of only a label or a role names no one, and the next source may).
  const std::string site = CollapseWhitespace(out->site);
  // (The publisher JSON-LD names may differ from the site's name: "The Commercial Appeal" on
  // "Memphis Commercial Appeal", whose bylines end ", The Commercial Appeal".)
  const std::string_view publisher = ld.publisher;
  auto clean_names = [&site, publisher](const std::vector<std::string>& names) {
    std::vector<std::string> clean;
    // (Each name is compared with those kept: at most the first kMaxAuthors of a list.)
    for (size_t k = 0; k < names.size() && k < kMaxAuthors; ++k) {
      const std::string& raw = names[k];
      std::string name = WithoutPublication(ingest::CleanAuthorName(raw), site);
      if (!EqualsIgnoringCase(publisher, site)) name = WithoutPublication(name, publisher);
      if (!name.empty() && std::ranges::none_of(clean, [&name](const std::string& seen) {
            return EqualsIgnoringCase(seen, name);
          })) {
        clean.push_back(std::move(name));
      }
    }
    return clean;
  };
  // An author that is the site itself ("Rapid7" on Rapid7's blog) is what a template writes
  // when it is given no writer: a writer the page names elsewhere is the author, and the site
  // only when none is. (On a personal site the site is its writer, and stays so.)
  std::vector<std::string> publication_as_author;
  auto defer_if_site = [&](std::vector<std::string>* names) {
    if (site.empty() || names->empty() ||
        !std::ranges::all_of(
            *names, [&site](const std::string& name) { return EqualsIgnoringCase(name, site); })) {
      return;
    }
    if (publication_as_author.empty()) publication_as_author = std::move(*names);
    names->clear();
  };
  out->authors = clean_names(ld.authors);
  defer_if_site(&out->authors);
  if (out->authors.empty()) {
    const std::string& meta_author = md.Meta("author");
    if (!meta_author.empty() && meta_author.find("://") == std::string::npos) {
      out->authors = clean_names(ingest::SplitAuthorNames(meta_author));
      defer_if_site(&out->authors);
    }
  }
  if (out->authors.empty()) {
    for (const auto& [key, value] : md.meta) {
      if (key == "article:author" && !value.empty() && value.find("://") == std::string::npos) {
        out->authors = clean_names(ingest::SplitAuthorNames(value));
        defer_if_site(&out->authors);
        break;
      }
    }
  }
  // A name that credits a desk, a team or the publication rather than a writer: the site, the
  // publisher, a wire, "Web Desk", "Editorial Team", "Harbour Post Editors" (the site's name
  // first: "Steve Forbes" writes for Forbes), "TOI.in".
  auto credit = [&](const std::string& name) {
    static constexpr std::string_view kCreditWords[] = {"staff",   "newsroom", "desk",   "team",
                                                        "editors", "board",    "online", "agencies",
                                                        "content", "release",  "reports"};
    if (name.empty()) return false;
    auto credit_word = [](std::string_view word) {
      return std::ranges::find(kCreditWords, AsciiLower(word)) != std::end(kCreditWords);
    };
    const size_t first_space = name.find(' ');
    const std::string_view first = std::string_view(name).substr(0, first_space);
    const std::string_view last = std::string_view(name).substr(name.rfind(' ') + 1);
    // ("The Harbour Post" on "Harbour Post"; "Express News Service", though not "Robert
    // Service".)
    std::string_view bare = name;
    if (bare.size() > 4 && EqualsIgnoringCase(bare.substr(0, 4), "The ")) bare.remove_prefix(4);
    const bool news_service =
        EqualsIgnoringCase(last, "Service") && name.size() >= 12 &&
        EqualsIgnoringCase(std::string_view(name).substr(name.size() - 12), "News Service");
    return IsCredit(name, site) || EqualsIgnoringCase(bare, site) ||
           EqualsIgnoringCase(name, publisher) || credit_word(last) || credit_word(first) ||
           news_service ||
           (first_space == std::string::npos && name.find('.') != std::string::npos) ||
           (name.size() > site.size() + 1 && name[site.size()] == ' ' &&
            EqualsIgnoringCase(std::string_view(name).substr(0, site.size()), site)) ||
           EqualsIgnoringCase(name, "Guest Author");
  };
  // The tags analytics services read, which news sites fill from their bylines (Parse.ly,
  // Sailthru, Cxense; one tag per author or a list in one). Weaker than the page's own metadata:
  // the credits among them go ("Jane Doe" and "Harbour Post"), and when all they name is a
  // credit, a byline the page writes may name the writer, and they wait for it.
  std::vector<std::string> credited_by_services;
  if (out->authors.empty()) {
    std::vector<std::string> names;
    for (const auto& [key, value] : md.meta) {
      if (names.size() >= kMaxAuthors) break;
      if (key == "parsely-author" || key == "sailthru.author" || key == "cxenseparse:author") {
        for (std::string& name : NamesInServiceTag(value)) names.push_back(std::move(name));
      }
    }
    names = clean_names(names);
    for (std::string& name : names) {
      (credit(name) ? credited_by_services : out->authors).push_back(std::move(name));
    }
  }
  // A paper's authors, one tag each, as scholarly sites write them for Google Scholar, often
  // surname first ("Roy, Aniruddha").
  if (out->authors.empty()) {
    std::vector<std::string> scholars;
    for (const auto& [key, value] : md.meta) {
      if ((key != "citation_author" && key != "citation_authors") ||
          value.find("://") != std::string::npos) {
        continue;
      }
      // ("Doe, Jane; Roe, John": some sites write them all in one tag.)
      std::string_view rest = value;
      while (!rest.empty() && scholars.size() < kMaxAuthors) {
        const size_t semicolon = std::min(rest.find(';'), rest.size());
        for (std::string& name : ScholarlyNames(rest.substr(0, semicolon))) {
          scholars.push_back(std::move(name));
        }
        rest.remove_prefix(std::min(semicolon + 1, rest.size()));
      }
    }
    out->authors = clean_names(scholars);
    defer_if_site(&out->authors);
  }
  const bool authors_from_metadata = !out->authors.empty();
  if (out->authors.empty()) out->authors = clean_names(md.dom_authors);

  // Date: what the metadata says was published and modified; the choice between them is made
  // below, against what the reader sees.
  static constexpr std::string_view kPublishedKeys[] = {"article:published_time",
                                                        "og:published_time",
                                                        "datepublished",
                                                        "date",
                                                        "pubdate",
                                                        "publishdate",
                                                        "publish-date",
                                                        "publish_date",
                                                        "published",
                                                        "published_time",
                                                        "published-date",
                                                        "article_date_original",
                                                        "dc.date",
                                                        "dc.date.issued",
                                                        "dcterms.created",
                                                        "dcterms.date",
                                                        "dcterms.issued",
                                                        "sailthru.date",
                                                        "parsely-pub-date",
                                                        "article.published",
                                                        "citation_publication_date",
                                                        "citation_date",
                                                        "original-publish-date"};
  static constexpr std::string_view kModifiedKeys[] = {"article:modified_time", "og:updated_time",
                                                       "datemodified",          "dcterms.modified",
                                                       "last-modified",         "lastmod"};
  std::string published = ingest::NormalizeDate(ld.date_published, md.date_order);
  for (std::string_view key : kPublishedKeys) {
    if (!published.empty()) break;
    published = ingest::NormalizeDate(md.Meta(key), md.date_order);
  }
  std::string modified = ingest::NormalizeDate(ld.date_modified, md.date_order);
  for (std::string_view key : kModifiedKeys) {
    if (!modified.empty()) break;
    modified = ingest::NormalizeDate(md.Meta(key), md.date_order);
  }
  std::string date = published;
  if (date.empty()) date = modified;
  if (date.empty()) date = ingest::NormalizeDate(md.first_time_datetime, md.date_order);
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
  // A byline stands above the story, or after its first lines (a standfirst, a caption); "By
  // Functionality" further down is one of the text's headings.
  constexpr int kBylineWithinLines = 3;
  int body_lines = 0;
  bool after_byline = false;
  std::string byline_place;  // "Tehran" from a byline's "BBC News, Tehran"
  // A date set as a heading heads a part of a timeline when another such heading follows; alone
  // over the story, it is the page's date ("<h4 class="date">January 19, 2013</h4>").
  // (A date with a label, "Updated on January 20, 2013", is the page's, not a timeline's.)
  int date_headings = 0;
  for (const BodyLine& line : lines) {
    if (date_headings < 2 && line.heading && ingest::IsDateLine(line.text, md.date_order)) {
      const std::string lower = AsciiLower(line.text);
      if (std::ranges::none_of(kDateCues, [&lower](std::string_view cue) {
            return lower.find(cue) != std::string::npos;
          })) {
        ++date_headings;
      }
    }
  }
  const bool timeline = date_headings >= 2;
  for (BodyLine& line : lines) {
    if (ingest::IsBoilerplateLine(line.text)) continue;
    if (body.empty() && (!line.heading || !timeline) &&
        ingest::IsDateLine(line.text, md.date_order)) {
      if (date.empty()) date = ingest::NormalizeDate(line.text, md.date_order);
      continue;
    }
    if (body_lines < kBylineWithinLines) {
      std::vector<std::string> names = ingest::ParseByline(line.text);
      if (!names.empty()) {
        if (byline_authors.empty()) byline_authors = std::move(names);
        after_byline = true;
        continue;
      }
      // The authors found by their markup, written out without a "By": "Jane Doe in Tehran and
      // John Roe in Moscow". (Its place is not taken from here: the text no longer shows
      // whether "in Politics" was a link to a category. See the byline box below.)
      std::string place;
      if (NamesOnlyAuthorsAndPlaces(line.text, out->authors, &place)) {
        after_byline = true;
        continue;
      }
      // The date set under the byline ("Wed 19 Jan 2022 17.40 GMT", "Updated on July 9, 2025")
      // is no part of the story; a date set as a heading heads a part of it (a timeline's
      // "<h2>March 11, 2020</h2>").
      if ((after_byline || !line.heading) && ingest::IsDateLine(line.text, md.date_order)) {
        if (date.empty()) date = ingest::FindDateInText(line.text, md.date_order);
        continue;
      }
    }
    // The line under a byline that names the site and where the writer is ("By Jane Doe" over
    // "BBC News, Tehran"): part of the byline, and the place the story is told from.
    if (after_byline && byline_place.empty()) {
      std::string_view place = PlaceAfterCreditLine(line.text, site);
      if (!place.empty()) {
        byline_place = std::string(place);
        continue;
      }
    }
    after_byline = false;
    if (out->title == line.text) continue;
    if (!body.empty()) body.push_back('\n');
    body += line.text;
    ++body_lines;
  }
  if (out->authors.empty()) out->authors = clean_names(byline_authors);
  // A byline that shows only part of the site's name ("Jane" on Jane Doe's blog) is its writer
  // by a shorter name.
  if (!publication_as_author.empty() && !out->authors.empty() &&
      std::ranges::all_of(out->authors, [&publication_as_author](const std::string& name) {
        const std::string& site = publication_as_author[0];
        return site.size() > name.size() && site[name.size()] == ' ' &&
               EqualsIgnoringCase(std::string_view(site).substr(0, name.size()), name);
      })) {
    out->authors.clear();
  }
  if (out->authors.empty()) out->authors = publication_as_author;
  if (out->authors.empty()) {
    out->authors = clean_names(VisibleByline(dom.TextWithBlockMarks(0), out->title));
  }

  // Yoast's card for sharing ("twitter:label1" "Written by", "twitter:data1" "Jane Doe"): the
  // name its plugin had, which may be a login, a posting account or the site rather than the
  // byline shown, so last. (The first few labels only: a card has two or three.)
  std::vector<std::string> yoast_names;
  int labels = 0;
  for (const auto& [key, value] : md.meta) {
    if (!yoast_names.empty() || labels > 4) break;
    if (!key.starts_with("twitter:label")) continue;
    ++labels;
    if (!EqualsIgnoringCase(value, "Written by")) continue;
    yoast_names = clean_names(NamesInServiceTag(md.Meta("twitter:data" + key.substr(13))));
  }
  // Then a link to an author's page: it may be anywhere, even in the story's text, where it
  // names someone else; a byline the page writes says more. (Before Yoast's card, which may
  // name a posting account: "Web Editor", "Newsdesk".)
  if (out->authors.empty() && !md.author_link.empty()) {
    out->authors = clean_names(ingest::SplitAuthorNames(md.author_link));
  }
  // Last the card's writer, then the credits the analytics tags or the card gave.
  const bool yoast_credits_only = std::ranges::all_of(yoast_names, credit);
  if (out->authors.empty() && !yoast_credits_only) out->authors = yoast_names;
  if (out->authors.empty()) out->authors = std::move(credited_by_services);
  if (out->authors.empty()) out->authors = std::move(yoast_names);
  // The publication named beside its writers ("By Jane Doe, Harbour Post") is none of them.
  // (Not from metadata, whose lists are of people: "Paul Graham" writes on paulgraham.com.)
  if (!authors_from_metadata && out->authors.size() > 1 && !site.empty()) {
    std::erase_if(out->authors,
                  [&site](const std::string& name) { return EqualsIgnoringCase(name, site); });
  }
  // A byline box that reads "By Jane Doe" over "Harbour News, Tehran" (or "Reuters, Kyiv")
  // gave the place as a second name: the place the story is told from.
  if (!authors_from_metadata && out->authors.size() > 1 && !md.byline_box.empty()) {
    std::erase_if(out->authors, [&](const std::string& name) {
      if (!PlaceAfterCredit(md.byline_box, name, site)) return false;
      if (byline_place.empty()) byline_place = name;
      return true;
    });
  }
  // So is the wire a story came from ("By Jane Doe and John Roe, Reuters"), from any source,
  // and run into a name ("Jane Doe Reuters", a byline box's two lines read as one).
  ingest::DropWiresBesideWriters(&out->authors);
  if (!authors_from_metadata) {
    for (std::string& name : out->authors) name = WithoutTrailingAgency(name);
  }
  // The date the page shows the reader overrides the metadata's, unless the page also shows
  // the metadata's published date, or the date shown is labelled as an update (readers see
  // "Updated ..." on old stories; the publication date is still the one to report).
  VisibleDates visible = FindVisibleDates(page_text, out->title, meta_title, md.h1s, md.date_order);
  if (!published.empty() && visible.Shows(published)) {
    date = published;
  } else if (!visible.FirstPublication().empty()) {
    date = visible.FirstPublication();
  } else if (date.empty()) {
    date = visible.First();
  }
  if (date.empty()) date = md.marked_date;
  if (date.empty()) date = DateInScripts(dom, md.date_order);
  if (date.empty()) date = DateAfterAuthor(page_text, out->authors, md.date_order);
  if (date.empty()) date = md.date_above_headline;
  if (date.empty())
    date =
        ingest::FindDateInText(body.substr(0, std::min<size_t>(400, body.size())), md.date_order);
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
  if (out->dateline.empty()) out->dateline = std::move(byline_place);
  // The same written in the box of the writers' links, which the body left out.
  std::string place;
  if (out->dateline.empty() && NamesOnlyAuthorsAndPlaces(md.rel_author_box, out->authors, &place)) {
    out->dateline = std::move(place);
  }
  out->text = std::move(body);
  // Last: the title as found is what the body and the byline were matched against above.
  out->title = AsciiFullWidthInLatinTitle(out->title);
  RepairMojibakeIn(out);
  return Status::OK();
}

}  // namespace dyad
