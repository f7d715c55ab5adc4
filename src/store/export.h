// Export: the events of a store in the formats other tools read.
//   gdelt   the GDELT 2.0 events file: 61 TAB-separated columns in GDELT's order, no header, one
//           row per deduplicated event (store/dedup.h); with ExportOptions::mentions_path, the
//           GDELT 2.0 mentions file beside it (16 columns, one row per event row of a group).
//   plover  PLOVER records as JSON, one per line, one per deduplicated event that has a PLOVER
//           type.
//   jsonl   the event rows as `dyad code` writes them (one JSON object per line).
//   csv     the event rows as CSV (RFC 4180 quoting) with a header.
// gdelt and plover bring the event groups up to date first (store/dedup.h), which writes to the
// database when they are stale.
//
// What dyad does not know is left empty: ethnic and religious codes, all geography columns,
// MentionDocLen, Confidence and the translation info. AvgTone and MentionDocTone come from a
// `tone` column of `documents` when the store has one (store/tone.h computes it), else 0.
#ifndef DYAD_STORE_EXPORT_H_
#define DYAD_STORE_EXPORT_H_

#include <cstdio>
#include <string>
#include <string_view>

#include "dyad/status.h"

struct sqlite3;

namespace dyad::store {

enum class ExportFormat { kGdelt, kPlover, kJsonl, kCsv };

// "gdelt", "plover", "jsonl" or "csv".
Status ParseExportFormat(std::string_view name, ExportFormat* out);

struct ExportOptions {
  ExportFormat format = ExportFormat::kJsonl;
  std::string mentions_path;  // gdelt only: where to write the mentions file; empty: none
  // Filters, each ignored when empty. Dates are YYYY-MM-DD, inclusive, compared with the
  // event's date (a group's earliest date for gdelt and plover).
  std::string from, to;
  std::string actor;  // prefix of the source or the target code: "IRN" matches IRNGOV
  std::string code;   // prefix of the CAMEO code: "04" matches 042, 0431
};

Status Export(sqlite3* db, const ExportOptions& options, FILE* out);

// GDELT's split of a CAMEO actor code into its fields. The country is the first three letters
// when they are a country code (ISO 3166-1 alpha-3, as CAMEO uses, plus KSV); the remaining
// three-letter segments are role/type codes (GOV, MIL, IGO, NGO, ...; up to three), region codes
// (skipped: they locate an organisation, they do not name it) or, the first other segment (and
// any tail that is not three letters, e.g. OECD), the known group.
struct GdeltActor {
  std::string country, known_group, type1, type2, type3;
};
GdeltActor SplitActorCode(std::string_view code);

// GDELT's FractionDate of a YYYY-MM-DD date: YYYY + ((MM - 1) * 30 + DD) / 365 with four
// decimals, as GDELT's files have it (e.g. 2022-01-19 -> "2022.0521").
std::string FractionDate(std::string_view date);

}  // namespace dyad::store

#endif  // DYAD_STORE_EXPORT_H_
