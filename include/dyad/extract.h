// Ingest: turns a web page or scraped text into an Article (body text and metadata).
// Both functions are pure and thread-safe. They never fail on odd input: malformed markup,
// invalid UTF-8 or an empty page give an Article with what could be found; a non-OK Status is
// returned only when nothing usable is there (e.g. binary data), with the reason.
#ifndef DYAD_EXTRACT_H_
#define DYAD_EXTRACT_H_

#include <string_view>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

// An HTML page, in any declared or sniffed encoding; the Article is UTF-8.
Status ExtractHtml(std::string_view html, Article* out);

// Plain text as a scraper saved it: navigation lines, bylines, captions, share prompts, cookie
// banners and copyright lines are recognised line by line and kept out of the body.
Status ExtractScrapedText(std::string_view text, Article* out);

// A Document as it came in: its HTML or its text extracted, then what the input itself gives
// (title, URL, source, authors, description, language) put in place of what was found. The
// date is left as extracted: the caller decides between the input's and the page's.
Status ExtractDocument(const Document& doc, Article* out);

}  // namespace dyad

#endif  // DYAD_EXTRACT_H_
