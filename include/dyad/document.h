// Document: one news item as it enters dyad, and Article: what ingest makes of it.
#ifndef DYAD_DOCUMENT_H_
#define DYAD_DOCUMENT_H_

#include <string>
#include <vector>

namespace dyad {

// A raw input record. Exactly one of `text` (plain or scraped text) and `html` is set.
// `date` is YYYY-MM-DD when the input carries one (the JSONL field or --date), else empty.
struct Document {
  std::string id;
  std::string url;
  std::string source;  // publisher or feed name given by the input, if any
  std::string title;   // given by the input, if any; extraction fills it otherwise
  std::string date;
  // When the page was fetched (a WARC record's date): the document date only when neither the
  // input nor the page itself gives one, since a crawl can be years after publication.
  std::string crawl_date;
  std::string text;
  std::string html;
  // Metadata the input gives beside the text (a JSONL record's "authors", "description",
  // "language"); extraction fills what is left empty.
  std::vector<std::string> authors;
  std::string description;
  std::string language;
};

// The clean article: body text without boilerplate, and its metadata. Body paragraphs are
// separated by '\n'; every offset in an Event refers to `text`.
struct Article {
  std::string title;
  std::string description;  // standfirst / summary
  std::vector<std::string> authors;
  std::string date;  // publication date, ISO 8601 (YYYY-MM-DD, or with time), or empty
  std::string site;
  std::string url;  // canonical URL when the page names one
  std::string language;
  std::string dateline;  // "Tehran, Iran", "MOSCOW (Reuters)"
  std::vector<std::string> captions;
  std::string text;
};

}  // namespace dyad

#endif  // DYAD_DOCUMENT_H_
