// Deduplication: many articles report the same event, and one article may report it twice.
// Deduplicate groups the rows of `events` that describe one real-world event into
// `event_groups` (one row per event, GDELT's unit) and `event_group_members` (which event rows
// each group holds). The export (`store/export.h`) writes one GDELT or PLOVER record per group.
//
// The rule for "same event". Two event rows are merged when all of these hold:
//   1. the same source code and the same target code (both exact; direction matters, and an
//      event without a target only merges with others without one);
//   2. the same CAMEO code family: the first three digits of the code (GDELT's EventBaseCode),
//      so "0421" and "042" merge but "042" and "043" do not; a two-digit root-only code forms its
//      own family;
//   3. the same date precision, and dates close enough for that precision. Day-precision dates
//      may differ by at most one day from the earliest date of the group (reports written on
//      the next day, time zones); month precision needs the same month, year precision the same
//      year. Windows are anchored on the earliest date, so a run of daily events (19th, 20th,
//      21st) does not chain into one group;
//   4. the same action place when both are known. `events` has no place yet; when a column
//      `action_place` exists its non-empty values split a window by place, and rows without
//      a place join the window's most frequent place.
// Modality is not part of the rule: a planned meeting reported before and the meeting reported
// after are one event once dated.
//
// A group's id is the id of its representative: the member with the smallest event id, i.e.
// the first report stored (GDELT's SOURCEURL is likewise the first report seen). The group's
// date is its earliest member date. Counts follow GDELT: num_mentions = member rows (several
// mentions in one article all count), num_articles = distinct documents, num_sources = distinct
// sources (the URL's host without "www.", else the document's site name, else the document id).
#ifndef DYAD_STORE_DEDUP_H_
#define DYAD_STORE_DEDUP_H_

#include <string>
#include <string_view>

#include "dyad/status.h"

struct sqlite3;

namespace dyad::store {

// Brings `event_groups` and `event_group_members` up to date with `events`, creating them if
// needed. The tables are derived data: when the events or documents changed since the last run
// (a signature of both is kept in `meta`), they are rebuilt from scratch in one savepoint, so
// the result does not depend on the order documents arrived in; otherwise nothing is written.
// Works inside or outside an open transaction.
Status Deduplicate(sqlite3* db);

// The source a document counts for: the lower-cased host of `url` without a leading "www.",
// else `site` lower-cased, else `doc_id`.
std::string SourceName(std::string_view url, std::string_view site, std::string_view doc_id);

}  // namespace dyad::store

#endif  // DYAD_STORE_DEDUP_H_
