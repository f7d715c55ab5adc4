// Text helpers shared by the HTML and scraped-text extractors: UTF-8 repair, whitespace,
// entities, and the line-level judgements (boilerplate, datelines, bylines) that both need.
#ifndef DYAD_INGEST_TEXT_UTIL_H_
#define DYAD_INGEST_TEXT_UTIL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {
namespace ingest {

void AppendUtf8(uint32_t code_point, std::string* out);

// Decodes one code point at `*pos` and advances past it. Returns false (advancing by one byte)
// when the bytes there are not well-formed UTF-8.
bool DecodeUtf8(std::string_view s, size_t* pos, uint32_t* code_point);

// Number of ill-formed sequences, of multi-byte characters, and of the ASCII control
// characters that SanitizeUtf8 removes, in `s`. SanitizeUtf8 returns `s` unchanged when the
// first and the last are zero. `mojibake` counts the signs that RepairMojibake looks for (a C1
// control; a letter from U+00C2 to U+00F4 directly before a character that stands for a byte
// from 0x80 to 0xBF): RepairMojibake returns `s` unchanged when it is zero.
struct Utf8Census {
  size_t invalid = 0;
  size_t multibyte = 0;
  size_t control = 0;
  size_t mojibake = 0;
};
Utf8Census CountUtf8(std::string_view s);

// Well-formed UTF-8 with every ill-formed byte replaced by U+FFFD and control characters other
// than tab and newline removed (a NUL in the middle of a page breaks C-string based consumers).
std::string SanitizeUtf8(std::string_view s);

// Windows-1252 is what browsers decode for both "iso-8859-1" and "windows-1252" labels.
std::string Windows1252ToUtf8(std::string_view s);

// True when `s` starts with a UTF-16 byte order mark: FF FE (little-endian) or FE FF (big).
bool HasUtf16Bom(std::string_view s);

// UTF-16 text that starts with a byte order mark, as UTF-8 without the mark: surrogate pairs
// joined, a surrogate without its partner U+FFFD, an odd byte at the end dropped. (Windows
// tools save "Unicode" text and pages so.)
std::string Utf16ToUtf8(std::string_view s);

// Collapses runs of white space (ASCII and Unicode spaces, NBSP) to one space, drops zero-width
// characters and trims both ends.
std::string CollapseWhitespace(std::string_view s);
// The same into `out` (cleared first): a caller that keeps `out` keeps its room.
void CollapseWhitespaceInto(std::string_view s, std::string* out);

// Well-formed UTF-8 `s` with its mojibake repaired: runs of characters that were a UTF-8
// sequence read as windows-1252 (or latin-1) and written as UTF-8 again ("â€™" for "’", "Ã©"
// for "é", "Â " for a no-break space), wherever they occur, and C1 controls (U+0080-U+009F,
// which no text holds) read as the windows-1252 bytes they were. A run is repaired only where
// it could not be text: one that holds a C1 control or a windows-1252 punctuation mark, or one
// of two characters that starts with "Â" or "Ã" inside a word or number; "à « " (French, with
// no-break spaces) and a quoted "Ã¤" stay. Runs read twice over ("Ã¢Â€Â™") are repaired twice.
std::string RepairMojibake(std::string_view s);

// Decodes named (the common ones) and numeric character references.
std::string DecodeHtmlEntities(std::string_view s);

std::string AsciiLower(std::string_view s);
// AsciiLower(s) appended to `*out`: a caller that keeps `out` keeps its room.
void AppendAsciiLower(std::string_view s, std::string* out);
// Whether `text` is `lower` (ASCII lower case) but for ASCII case: AsciiLower(text) == lower,
// without the copy. Inline: pages ask it at every position of some of their text.
inline bool EqualsLowerAscii(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t k = 0; k < text.size(); ++k) {
    char c = text[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[k]) return false;
  }
  return true;
}
// Whether `text` starts with `lower` (ASCII lower case) but for ASCII case.
inline bool StartsWithLowerAscii(std::string_view text, std::string_view lower) {
  return EqualsLowerAscii(text.substr(0, lower.size()), lower);
}
std::string_view TrimAscii(std::string_view s);
bool ContainsWord(std::string_view haystack_lower, std::string_view word);

// Words in the sense of runs of letters or digits.
size_t CountWords(std::string_view s);
// CountWords(s), or `limit` + 1 when there are more: enough to compare with `limit` or less,
// without reading the rest of a long paragraph.
size_t CountWordsUpTo(std::string_view s, size_t limit);

// Lines that belong to the page furniture rather than the article: copyright notices, share and
// follow prompts, newsletter and cookie texts, "Advertisement", "Read more".
bool IsCopyrightLine(std::string_view line);
bool IsBoilerplateLine(std::string_view line);
// The same of a line already in the form both read, TrimmedLower's: a caller that asks both
// of every line of a page lower-cases each line once instead of once for each question.
// IsCopyrightLine(line) == IsCopyrightLower(l) and IsBoilerplateLine(line) ==
// IsBoilerplateLower(l) when TrimmedLower(line, &l).
void TrimmedLower(std::string_view line, std::string* out);  // TrimAscii, ASCII lower case
bool IsCopyrightLower(std::string_view lower);
bool IsBoilerplateLower(std::string_view lower);
// IsBoilerplateLower(lower), given copyright == IsCopyrightLower(lower): for a caller that
// asks both of every line, the copyright test is made once.
bool IsBoilerplateLower(std::string_view lower, bool copyright);
// Whether `line` is certainly neither (IsCopyrightLower and IsBoilerplateLower both false of
// its TrimmedLower form), told without lower-casing it: a line of more than 20 words that does
// not start like a copyright notice and holds none of "cookie", "privacy" and "all rights
// reserved" in any case. False says nothing: the line is then judged by the tests above. Most
// paragraphs of a story are such lines, and copying and lower-casing every one of them for the
// tests cost more than these searches.
bool IsPlainProse(std::string_view line);

// The place (and agency) that opens a news story: "Tehran, Iran – ..." gives "Tehran, Iran",
// "MOSCOW (Reuters) - ..." gives "MOSCOW (Reuters)". Empty when the line has none.
std::string FindDateline(std::string_view first_line);

// "By Jane Doe and John Roe" -> {"Jane Doe", "John Roe"}. Also splits "A, B & C".
// Returns nothing when `line` is not a byline.
std::vector<std::string> ParseByline(std::string_view line);
// Names split at commas, "and", "&" and ";"; a degree stays with its name ("Jane Doe, MD") and
// a role after a name is dropped ("Jane Doe, Senior Editor"). At most the first 100 names.
std::vector<std::string> SplitAuthorNames(std::string_view written);

// True for what reads as a place's name, as a byline gives where its writer is ("Tehran",
// "Rio de Janeiro", "New York"): one to five capitalised words (connectors such as "de" between
// them), no digits, and none of the words of roles, dates, labels and newspaper sections
// ("Senior Reporter", "Updated Today", "Business News"). A shape, not a gazetteer: it also
// turns away "Newport News", and takes any name ("Jane Doe").
bool LooksLikePlaceName(std::string_view text);
// "de", "del", "of", "upon" and the like, which join the words of a place's name.
bool IsPlaceNameConnector(std::string_view word);

// True for an international news agency as a byline credits it ("Reuters", "AFP", "The
// Associated Press"): beside a writer's name, the wire the story came from, not an author.
bool IsNewsAgency(std::string_view name);
// Drops the news agencies from `names` when a writer is among them ("Jane Doe", "Reuters"):
// beside a writer, the wire the story came from. Agencies alone ("Reuters") stay.
void DropWiresBesideWriters(std::vector<std::string>* names);

// An author name as a page labels it ("By: Jane Doe", "Jane Doe - Staff Writer", "Jane Doe Jul")
// reduced to the name; empty when what is left is a label rather than a name.
std::string CleanAuthorName(std::string_view raw);

// True when a word of `text` names a body rather than a person ("Department of Biology",
// "World Health Organization", "Harvard University"): an affiliation, not an author.
bool NamesABody(std::string_view text);

// A name written surname first, as catalogues and scholarly metadata write it ("Roy, Aniruddha",
// "van der Merwe, Marna", "Kaufman, Jeff T."), turned round ("Aniruddha Roy"). Any other text
// (no comma, two, a credential after it: "Jane Doe, MD") is returned as it is.
std::string GivenNameFirst(std::string_view name);

// True for a byline's label alone: "By", "Author:", "Written by".
bool IsBylineLabel(std::string_view text);

// Removes a trailing " - Site", " | Site" or " :: Site" from a page title.
std::string StripTitleSuffix(std::string_view title, std::string_view site);

// A title split at the separators that join its parts (" | ", " - ", en and em dashes, " :: ",
// " · ", " • ", " / "); colons are not separators, they belong to headlines.
std::vector<std::string> SplitTitleSegments(std::string_view title);

// The headline part of a <title> or og:title: its first segment, or the second when the first
// is the site's name. "Headline | Section | Site" -> "Headline", "Site | Headline" -> "Headline".
std::string MainTitleSegment(std::string_view title, std::string_view site);

}  // namespace ingest
}  // namespace dyad

#endif  // DYAD_INGEST_TEXT_UTIL_H_
