// Event: one coded event, the unit of dyad's output. The field names are the output contract
// of `dyad code` (JSONL, TSV and the database use the same names).
#ifndef DYAD_EVENT_H_
#define DYAD_EVENT_H_

#include <cstdint>
#include <string>

namespace dyad {

struct EventActor {
  std::string code;   // CAMEO actor code, e.g. "IRNGOV"; empty for a missing target
  std::string text;   // the words of the document that name it
  uint32_t begin = 0; // byte offsets of `text` in Article::text
  uint32_t end = 0;
  bool empty() const { return code.empty(); }
};

// Where an event happened, from the offline GeoNames gazetteer (GDELT's ActionGeo fields).
struct EventPlace {
  std::string type;       // "country", "adm1", "city" or "region"; empty when not placed
  std::string name;       // full name: "Kharkiv, Kharkivska oblast, Ukraine"
  std::string country;    // ISO 3166-1 alpha-3
  std::string fips;       // FIPS 10-4 country code (GDELT's CountryCode)
  std::string adm1;       // GDELT's ADM1Code
  double lat = 0, lon = 0;
  uint32_t geonames_id = 0;
  bool empty() const { return type.empty(); }
};

struct Event {
  std::string doc_id;
  int sentence_index = 0;
  std::string date;            // the event's date, YYYY-MM-DD (first day of a month or year)
  std::string date_precision;  // "day", "month" or "year"
  std::string doc_date;
  EventActor source;
  EventActor target;           // empty when the event has no target
  std::string cameo;           // "042"
  std::string root;            // "04"
  int quad_class = 0;          // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material
  double goldstein = 0;
  std::string plover;          // PLOVER event type, empty when none
  std::string modality;        // "" (asserted), "intent" (plans, promises: coded 03x) or "future"
  std::string sentence;
  uint32_t sentence_begin = 0; // byte offset of the sentence in Article::text
  EventPlace action_geo;
  EventPlace source_geo;       // where the source is (GDELT's Actor1Geo): a place named with it,
  EventPlace target_geo;       // else its country; empty for an actor with neither
  std::string rule;            // the pattern that fired and where it is written: the evidence
  uint32_t verb_begin = 0;     // byte offsets of the verb or event noun in Article::text
  uint32_t verb_end = 0;
};

}  // namespace dyad

#endif  // DYAD_EVENT_H_
