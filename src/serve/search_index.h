// The indexes `dyad serve` searches with, built by the writer of a store (`dyad code --out
// X.db`), because the server opens the database read-only:
//   - events_fts, an FTS5 index of the events' sentences (external content: the text stays in
//     `events`, the index keeps only terms, keyed by events.id), for the API's `q` search;
//   - events_target, events by target, so an actor filter on either side (`actor=`) is two
//     index range scans, not a scan of the table.
// Without them the server still works: `q` falls back to LIKE and `actor=` to a scan, both
// under the per-query time limit.
#ifndef DYAD_SERVE_SEARCH_INDEX_H_
#define DYAD_SERVE_SEARCH_INDEX_H_

#include <string>
#include <string_view>

#include "dyad/status.h"

struct sqlite3;

namespace dyad::serve {

inline constexpr const char* kSearchTable = "events_fts";

// Creates the indexes when missing and rebuilds the full-text index from `events`: a document
// whose content changed had its events replaced, so an incremental update would have to track
// deletions; a rebuild after each coding run is simpler and takes seconds on a million events.
// `db` must be writable. Idempotent.
Status BuildSearchIndex(sqlite3* db);

// True when `db` has the full-text index (and this SQLite has FTS5 to read it).
bool HasSearchIndex(sqlite3* db);

// A user's search words as an FTS5 query: each word quoted (so FTS5 operators and punctuation
// in the input are searched for, not parsed, and no input is a syntax error), all required; a
// word ending in '*' matches as a prefix. Empty when the input has no word.
std::string ToFtsQuery(std::string_view q);

}  // namespace dyad::serve

#endif  // DYAD_SERVE_SEARCH_INDEX_H_
