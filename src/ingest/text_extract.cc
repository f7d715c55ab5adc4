// Scraped text to Article. A scraper's dump keeps the page furniture as lines of their own, so
// every line is judged by itself: navigation at the top, the headline, the standfirst, photo
// captions, the byline and date, then the story (from its dateline when it has one) up to the
// share prompts and copyright line that close the page.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/extract.h"
#include "ingest/dates.h"
#include "ingest/text_util.h"

namespace dyad {

namespace {

using ingest::AsciiLower;
// Every line test compares word counts with at most kCountLimit: counting stops after it.
constexpr size_t kCountLimit = 8;
size_t CountWords(std::string_view line) { return ingest::CountWordsUpTo(line, kCountLimit); }

// Lines near the top that are this short and read like menu entries are navigation.
constexpr size_t kMenuWords = 3;
// How far into the text the metadata block (title, standfirst, byline, date) may reach.
constexpr size_t kHeaderLines = 20;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool EndsLikeSentence(std::string_view line) {
  static constexpr std::string_view kEndings[] = {
      ".", "!", "?", ".\xE2\x80\x9D", ".\"", "?\"", ".'", ".\xE2\x80\x99", ":"};
  for (std::string_view ending : kEndings) {
    if (EndsWith(line, ending)) return true;
  }
  return false;
}

bool IsNavigationLine(std::string_view line) {
  // Every cue fits in the first ten bytes: only those are lower-cased, without a copy of the line.
  constexpr size_t kHead = 10;
  char buffer[kHead];
  size_t n = std::min(line.size(), kHead);
  for (size_t i = 0; i < n; ++i) {
    char c = line[i];
    buffer[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  std::string_view lower(buffer, n);
  if (lower.starts_with("skip to")) return true;
  if (line.size() > kHead) return false;
  return lower == "menu" || lower == "search" || lower == "home" || lower == "navigation";
}

// Whether ingest::ParseByline(line) can find names, for a line CollapseWhitespace has already
// cleaned (so that ParseByline's own clean-up leaves it as it is): at most 160 bytes and
// starting with the first letter of one of its prefixes ("by ", "written by ", "words by ",
// "author: ", "authors: ", "reporting by "). Saves a copy and a lower-cased copy of every
// paragraph.
bool MayBeByline(std::string_view line) {
  if (line.empty() || line.size() > 160) return false;
  char c = static_cast<char>(line[0] | 0x20);
  return c == 'b' || c == 'w' || c == 'a' || c == 'r';
}

std::vector<std::string> ParseBylineOfLine(std::string_view line) {
  if (!MayBeByline(line)) return {};
  return ingest::ParseByline(line);
}

// A photo caption ends with its credit: "... [File: Atta Kenare/AFP]", "... (Photo: Reuters)",
// "... Photograph: Jane Doe/Getty Images".
bool IsCaptionLine(std::string_view line) {
  if (EndsWith(line, "]")) {
    size_t open = line.rfind('[');
    if (open != std::string_view::npos) {
      std::string credit = AsciiLower(line.substr(open));
      static constexpr std::string_view kCues[] = {"/",     "file",   "photo",    "reuters",
                                                   "afp",   "getty",  "ap ",      "epa",
                                                   "image", "credit", "courtesy", "handout"};
      for (std::string_view cue : kCues) {
        if (credit.find(cue) != std::string::npos) return true;
      }
    }
  }
  if (EndsWith(line, ")")) {
    size_t open = line.rfind('(');
    if (open != std::string_view::npos) {
      std::string credit = AsciiLower(line.substr(open));
      for (std::string_view cue : {"(photo", "(image", "(credit", "(file", "(picture"}) {
        if (credit.rfind(cue, 0) == 0) return true;
      }
    }
  }
  // A credit cue counts when it starts within the last 79 bytes, so only that tail is read
  // (lower-casing the whole line and searching it backwards for every cue was the largest cost
  // of cleaning plain text). Every cue holds ": ".
  constexpr size_t kCreditTail = 79;
  std::string_view tail = line.substr(line.size() > kCreditTail ? line.size() - kCreditTail : 0);
  if (tail.find(':') == std::string_view::npos) return false;
  char buffer[kCreditTail];
  for (size_t i = 0; i < tail.size(); ++i) {
    char c = tail[i];
    buffer[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  std::string_view lower(buffer, tail.size());
  for (std::string_view cue : {"photograph: ", "photo: ", "image: ", "photo credit: "}) {
    if (lower.find(cue) != std::string_view::npos) return true;
  }
  return false;
}

// "© 2022 Al Jazeera Media Network" -> "Al Jazeera".
std::string SiteFromCopyright(std::string_view line) {
  std::string text = ingest::CollapseWhitespace(line);
  std::string lower = AsciiLower(text);
  size_t start = 0;
  // Skip the mark, the word and the years ("© 2010-2022").
  while (start < text.size()) {
    if (lower.compare(start, 2, "\xC2\xA9") == 0) {
      start += 2;
    } else if (lower.compare(start, 9, "copyright") == 0) {
      start += 9;
    } else if (lower.compare(start, 3, "(c)") == 0) {
      start += 3;
    } else if (std::isdigit(static_cast<unsigned char>(text[start])) || text[start] == ' ' ||
               text[start] == '-' || text[start] == ',') {
      ++start;
    } else {
      break;
    }
  }
  std::string site = text.substr(start);
  std::string site_lower = AsciiLower(site);
  static constexpr std::string_view kTails[] = {
      " media network", " media group", " all rights", ". all",        ",",      " ltd", " limited",
      " inc",           " llc",         " plc",        " corporation", " group", "."};
  for (std::string_view tail : kTails) {
    size_t pos = site_lower.find(tail);
    if (pos != std::string::npos && pos > 0) {
      site.resize(pos);
      site_lower.resize(pos);
    }
  }
  return ingest::CollapseWhitespace(site);
}

// "Follow Al Jazeera English:" -> "Al Jazeera English".
std::string SiteFromFollowPrompt(std::string_view line) {
  if (!EndsWith(line, ":")) return "";  // before the lower-cased copy of every line
  std::string lower = AsciiLower(line);
  if (lower.rfind("follow ", 0) != 0) return "";
  std::string site = ingest::CollapseWhitespace(line.substr(7, line.size() - 8));
  if (AsciiLower(site) == "us") return "";
  return site;
}

enum class LineKind { kSkip, kTitle, kStandfirst, kCaption, kByline, kDate, kBody };

}  // namespace

Status ExtractScrapedText(std::string_view text, Article* out) {
  *out = Article();
  if (ingest::HasUtf16Bom(text)) {
    const std::string utf8 = ingest::Utf16ToUtf8(text);
    return ExtractScrapedText(utf8, out);
  }
  // Binary data, not text: more than one byte in ten of its start is a control character
  // (those SanitizeUtf8 would drop).
  std::string_view head = text.substr(0, std::min<size_t>(text.size(), 2048));
  const ingest::Utf8Census head_census = ingest::CountUtf8(head);
  if (head_census.control * 10 > head.size() && !head.empty()) {
    return Status::InvalidArgument("ExtractScrapedText: input looks like binary data, not text");
  }
  // SanitizeUtf8 returns well-formed text without control bytes as it is: such text, most
  // text, is read where it is instead of copied. (The head, counted already, is all of a
  // story of less than 2 KB; a character the cut at 2048 splits counts as ill-formed, and the
  // text is then sanitised, as before.) Text with signs of mojibake is repaired in a copy.
  bool well_formed = head_census.invalid == 0 && head_census.control == 0;
  bool mojibake = head_census.mojibake > 0;
  if (well_formed && head.size() < text.size()) {
    const ingest::Utf8Census rest = ingest::CountUtf8(text.substr(head.size()));
    well_formed = rest.invalid == 0 && rest.control == 0;
    mojibake = mojibake || rest.mojibake > 0;
  }
  std::string sanitized;
  std::string_view clean = text;
  if (!well_formed) {
    sanitized = ingest::SanitizeUtf8(text);
    clean = sanitized;
    mojibake = mojibake || ingest::CountUtf8(sanitized).mojibake > 0;
  }
  if (mojibake) {
    sanitized = ingest::RepairMojibake(clean);
    clean = sanitized;
  }
  // How the text writes its dates, to read an all-number one ("03/10/2023") as it meant. That
  // takes a reading of the whole text, and changes nothing for a line without such a date, as
  // most lines asked about are: it is worked out for the first line that may hold one.
  std::optional<ingest::DateOrder> text_date_order;
  auto date_order = [&](std::string_view line) {
    if (!ingest::MayHoldDayMonthYear(line)) return ingest::DateOrder::kAsWritten;
    if (!text_date_order) text_date_order = ingest::DateOrderOf(clean);
    return *text_date_order;
  };
  // The text's lines, cleaned, in strings of the thread's that keep their room from text to
  // text (a string allocated for every line of every text, and the vector of them grown, were
  // a good part of this function's cost); but not the room of an unusually long line or of
  // more lines than most texts have, so that a thread keeps at most a few megabytes after a
  // text of any size.
  constexpr size_t kKeptLineBytes = 4096;
  constexpr size_t kKeptLines = 4096;
  thread_local std::vector<std::string> line_room;
  size_t num_lines = 0;
  size_t start = 0;
  while (start < clean.size()) {
    size_t end = clean.find('\n', start);
    if (end == std::string_view::npos) end = clean.size();
    if (num_lines == line_room.size()) line_room.emplace_back();
    ingest::CollapseWhitespaceInto(clean.substr(start, end - start), &line_room[num_lines]);
    if (!line_room[num_lines].empty()) ++num_lines;
    start = end + 1;
  }
  const std::span<const std::string> lines(line_room.data(), num_lines);

  // The judgements of the lines, in the thread's arrays: made anew for every text, but not
  // allocated anew.
  thread_local std::vector<LineKind> kinds;
  kinds.assign(lines.size(), LineKind::kSkip);
  // Whether each line is a copyright notice or other page furniture, judged once for each line
  // from one lower-cased copy (the two tests lower-cased it each, and the furniture test was
  // asked again of the lines near the top).
  thread_local std::vector<bool> copyright, boilerplate;
  copyright.assign(lines.size(), false);
  boilerplate.assign(lines.size(), false);
  {
    thread_local std::string lower;
    for (size_t i = 0; i < lines.size(); ++i) {
      // (A paragraph is told plain without its lower-cased copy.)
      if (ingest::IsPlainProse(lines[i])) continue;
      ingest::TrimmedLower(lines[i], &lower);
      copyright[i] = ingest::IsCopyrightLower(lower);
      boilerplate[i] = ingest::IsBoilerplateLower(lower, copyright[i]);
    }
    if (lower.capacity() > kKeptLineBytes) std::string().swap(lower);
  }

  // The headline: the first substantial line that is not navigation or furniture.
  size_t title_index = lines.size();
  for (size_t i = 0; i < lines.size() && i < kHeaderLines; ++i) {
    const std::string& line = lines[i];
    if (IsNavigationLine(line) || boilerplate[i]) continue;
    // (Counted only as far as the comparison needs: the words of a paragraph are many.)
    if (ingest::CountWordsUpTo(line, kMenuWords) <= kMenuWords) continue;
    if (line.size() >= 200 || EndsWith(line, ".") || IsCaptionLine(line)) break;
    if (!ParseBylineOfLine(line).empty() || ingest::IsDateLine(line, date_order(line))) break;
    title_index = i;
    break;
  }
  if (title_index < lines.size()) {
    kinds[title_index] = LineKind::kTitle;
    out->title = lines[title_index];
  }

  // Metadata lines after the headline, and where the story starts.
  size_t first = title_index < lines.size() ? title_index + 1 : 0;
  size_t body_start = lines.size();
  size_t last_metadata = title_index < lines.size() ? title_index : lines.size();
  // The dateline of the line the story starts at, when that is how it was found.
  std::string start_dateline;
  for (size_t i = first; i < lines.size() && i < first + kHeaderLines; ++i) {
    const std::string& line = lines[i];
    if (CountWords(line) >= 8) {
      std::string dateline = ingest::FindDateline(line);
      if (!dateline.empty() && !IsCaptionLine(line)) {
        body_start = i;
        start_dateline = std::move(dateline);
        break;
      }
    }
    if (IsCaptionLine(line)) {
      kinds[i] = LineKind::kCaption;
      last_metadata = i;
      continue;
    }
    std::vector<std::string> names = ParseBylineOfLine(line);
    if (!names.empty()) {
      kinds[i] = LineKind::kByline;
      if (out->authors.empty()) {
        out->authors = std::move(names);
        ingest::DropWiresBesideWriters(&out->authors);
      }
      last_metadata = i;
      continue;
    }
    if (std::string date = ingest::DateOfDateLine(line, date_order(line)); !date.empty()) {
      kinds[i] = LineKind::kDate;
      if (out->date.empty()) out->date = std::move(date);
      last_metadata = i;
      continue;
    }
  }
  if (body_start == lines.size()) {
    body_start = last_metadata < lines.size() ? last_metadata + 1 : first;
  }

  // The standfirst: a sentence between the headline and the story that is not a caption.
  for (size_t i = first; i < body_start && i < lines.size(); ++i) {
    if (kinds[i] != LineKind::kSkip) continue;
    const std::string& line = lines[i];
    if (boilerplate[i] || IsNavigationLine(line)) continue;
    if (CountWords(line) >= 6 && out->description.empty()) {
      kinds[i] = LineKind::kStandfirst;
      out->description = line;
    }
  }

  // The story, up to the copyright line that closes the page. (The site's name is looked for
  // in the same lines below.)
  size_t body_end = lines.size();
  for (size_t i = body_start; i < lines.size(); ++i) {
    if (copyright[i]) {
      body_end = i;
      break;
    }
  }
  for (size_t i = body_start; i < body_end; ++i) {
    const std::string& line = lines[i];
    if (boilerplate[i] || IsNavigationLine(line)) continue;
    if (IsCaptionLine(line)) {
      kinds[i] = LineKind::kCaption;
      continue;
    }
    if (!ParseBylineOfLine(line).empty() && CountWords(line) <= 8) continue;
    kinds[i] = LineKind::kBody;
  }
  // Menu entries after the story ("About", "Contact") look like short subheadings; a subheading
  // needs prose after it.
  for (size_t i = body_end; i-- > body_start;) {
    if (kinds[i] != LineKind::kBody) continue;
    if (EndsLikeSentence(lines[i]) || CountWords(lines[i]) > 8) break;
    kinds[i] = LineKind::kSkip;
  }

  // The story's room first: appended line by line, it grew several times.
  size_t text_size = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (kinds[i] == LineKind::kBody) text_size += lines[i].size() + 1;
  }
  out->text.reserve(text_size);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (kinds[i] == LineKind::kCaption) {
      out->captions.push_back(lines[i]);
    } else if (kinds[i] == LineKind::kBody) {
      if (!out->text.empty()) out->text.push_back('\n');
      out->text += lines[i];
    }
  }
  if (out->date.empty() && title_index < lines.size()) {
    // A date inside a byline or a "Published" line near the top still dates the piece.
    for (size_t i = title_index + 1; i < body_start && i < lines.size(); ++i) {
      std::string date = ingest::FindDateInText(lines[i], date_order(lines[i]));
      if (!date.empty() && lines[i].size() < 120) {
        out->date = date;
        break;
      }
    }
  }

  for (size_t i = 0; i < lines.size(); ++i) {
    if (copyright[i]) {
      out->site = SiteFromCopyright(lines[i]);
      if (!out->site.empty()) break;
    }
  }
  if (out->site.empty()) {
    for (const std::string& line : lines) {
      out->site = SiteFromFollowPrompt(line);
      if (!out->site.empty()) break;
    }
  }

  // The dateline, from the story's first line. That is often the line the story was found to
  // start at by its dateline (the lines of out->text are whole lines), already read.
  const auto first_kept = std::find(kinds.begin(), kinds.end(), LineKind::kBody);
  if (!start_dateline.empty() && first_kept - kinds.begin() == static_cast<std::ptrdiff_t>(body_start)) {
    out->dateline = std::move(start_dateline);
  } else {
    size_t first_body_line = out->text.find('\n');
    std::string_view opening(out->text.data(), first_body_line == std::string::npos
                                                   ? out->text.size()
                                                   : first_body_line);
    out->dateline = ingest::FindDateline(opening);
  }
  // The slots this text wrote into (its lines, and the one an empty last line left) give up
  // the room of a long line; the slots past kKeptLines go.
  for (size_t i = 0; i < std::min(num_lines + 1, line_room.size()); ++i) {
    if (line_room[i].capacity() > kKeptLineBytes) std::string().swap(line_room[i]);
  }
  if (line_room.size() > kKeptLines) {
    line_room.resize(kKeptLines);
    line_room.shrink_to_fit();
  }
  return Status::OK();
}

Status ExtractDocument(const Document& doc, Article* out) {
  Status s = doc.html.empty() ? ExtractScrapedText(doc.text, out) : ExtractHtml(doc.html, out);
  if (!s.ok()) return s;
  if (!doc.title.empty()) out->title = doc.title;
  if (!doc.url.empty() && out->url.empty()) out->url = doc.url;
  if (!doc.source.empty()) out->site = doc.source;
  if (!doc.description.empty()) out->description = doc.description;
  if (!doc.language.empty()) out->language = doc.language;
  // Names as the input writes them ("By Jane Doe", "Jane Doe and John Roe", " "), split and
  // cleaned as a page's are, once each; a wire beside a writer is none of them.
  std::vector<std::string> authors;
  for (const std::string& raw : doc.authors) {
    for (const std::string& part : ingest::SplitAuthorNames(raw)) {
      std::string name = ingest::CleanAuthorName(part);
      if (!name.empty() && std::find(authors.begin(), authors.end(), name) == authors.end()) {
        authors.push_back(std::move(name));
      }
    }
  }
  ingest::DropWiresBesideWriters(&authors);
  if (!authors.empty()) out->authors = std::move(authors);
  return Status::OK();
}

}  // namespace dyad
