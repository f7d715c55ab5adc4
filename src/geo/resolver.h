// Resolver: finds the place names of a sentence ("in Tajikistan", "in Moscow", "the Russian
// capital", "the Gulf", "Kharkiv", "the West Bank") and decides which place each one means,
// using what the coder knows of the event: its countries and the article's dateline.
//
// A name's candidates are ranked by, in order of weight: a qualifier written beside it ("Paris,
// Texas", "London, Ontario"); the countries of the event, of the article's dateline and of the
// other places and demonyms of the sentence ("Georgia" is the country when Tbilisi or Russia is
// near, the US state when Atlanta is); the kind of place (a country before a division before a
// city: "Georgia" alone is the country); a capital; population ("Moscow" is Russia's, not
// Idaho's).
#ifndef DYAD_GEO_RESOLVER_H_
#define DYAD_GEO_RESOLVER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "geo/gazetteer.h"
#include "text/tokenizer.h"

namespace dyad::geo {

// A resolved place, in the terms of GDELT's ActionGeo fields.
struct Place {
  int32_t index = -1;  // gazetteer record; -1 when no place was found
  PlaceType type = PlaceType::kNone;
  std::string name;          // "Kharkiv"
  std::string full_name;     // "Kharkiv, Kharkivska oblast, Ukraine"
  std::string iso2, iso3;    // ISO 3166-1 country codes ("UA", "UKR"); empty for a sea
  std::string fips;          // FIPS 10-4 country code ("UP"): GDELT's CountryCode
  std::string adm1;          // GDELT's ADM1Code: FIPS + GeoNames admin1 ("UP07"), or the
                             // FIPS code alone when the division is unknown (a country)
  std::string iso_region;    // ISO 3166-2 code of the place's division ("UA-63"), if known
  double lat = 0, lon = 0;   // a city's own point; a division or country's centre/capital
  uint32_t geonames_id = 0;  // GeoNames id of a city; 0 for countries, divisions, regions

  bool found() const { return index >= 0; }
};

// The country part of a CAMEO or ISO code: "IRNGOV" -> "IRN", "ua" -> "ua".
inline std::string_view CountryPart(std::string_view code) {
  return code.size() > 3 ? code.substr(0, 3) : code;
}

struct ResolveContext {
  // Countries of the event and the article, strongest first: CAMEO actor codes ("IRNGOV") or
  // ISO3/ISO2 codes. Only their country part is used; RankPlaces reads only which countries
  // they are (ChooseActionPlace reads them in order).
  std::vector<std::string> countries;
  // The article's dateline ("MOSCOW", "Tehran, Iran"), or empty.
  std::string dateline;
  // Byte offset of the event's verb in the sentence, or -1: the place nearest it is taken.
  int verb_offset = -1;
  // ResolveDateline(dateline), when the caller has already resolved it (once per article
  // rather than once per event); nullptr: resolved here when needed.
  const Place* dateline_place = nullptr;
};

// A place name of a sentence before the event's context is known: what ScanPlaces finds.
struct ScannedName {
  uint32_t begin, end;              // byte offsets in the sentence
  size_t first_token, last_token;   // token range, inclusive
  // The gazetteer records the name may denote, and each one's prior before context (its kind,
  // size): PlaceScan::candidates and PlaceScan::priors from `first_candidate` on.
  uint32_t first_candidate = 0, num_candidates = 0;
  bool locative = false;
  bool weak_cue = false;
  int32_t forced = -1;  // "the Russian capital": the place is known
  int32_t chosen = -1;
  int qualifies = -1;  // index of the name this one qualifies ("Texas" of "Paris, Texas")
  bool qualifier = false;
  bool speaker = false;        // "Seoul said"
  bool division_word = false;  // "Kaduna state"
};

// The context-free part of FindPlaces: the names of one sentence with their candidates, and
// the countries its demonyms name. It depends on the sentence alone, so the events of one
// sentence share it; only the ranking of candidates depends on each event.
struct PlaceScan {
  std::vector<ScannedName> names;
  // The candidates of all the names, each name's in one run, and their priors (each one's
  // score before context: its kind and size, and whether its name's words and other candidates
  // make it a division's seat or the division). (A vector per
  // name was allocated for every name looked up, most of which are then dropped; a caller
  // that keeps its PlaceScan from sentence to sentence allocates nothing here.)
  std::vector<int32_t> candidates;
  std::vector<double> priors;
  std::span<const int32_t> CandidatesOf(const ScannedName& n) const {
    return {candidates.data() + n.first_candidate, n.num_candidates};
  }
  std::span<const double> PriorsOf(const ScannedName& n) const {
    return {priors.data() + n.first_candidate, n.num_candidates};
  }
  std::vector<int32_t> demonym_countries;  // country records, in the order first named
};

struct PlaceMention {
  uint32_t begin = 0, end = 0;  // byte offsets of the name in the sentence
  std::string text;             // the words of the sentence
  Place place;                  // the best candidate
  int candidates = 0;           // how many places the name could mean
  bool locative = false;        // introduced by "in", "at", "near", "outside", ...
  bool qualifier = false;       // qualifies the name before it ("Texas" in "Paris, Texas")
  bool speaker = false;         // the subject of "said", "warned"... ("Seoul said"): a voice,
                                // not where the event happened
};

// A place name of a sentence ranked in an event's context: the gazetteer record chosen for it,
// without the strings of its Place. ResolvePlaces builds a Place for every name; the coder,
// which ranks the names again for every event, needs the Place of the one to three records it
// writes, so it ranks with RankPlaces and builds only those (MakePlace).
struct RankedName {
  uint32_t begin = 0, end = 0;  // byte offsets of the name in the sentence
  int32_t index = -1;           // the best candidate's record (PlaceMention::place.index)
  int candidates = 0;
  bool locative = false;
  bool qualifier = false;
  bool speaker = false;
};

class Resolver {
 public:
  // `gazetteer` must outlive the resolver.
  explicit Resolver(const Gazetteer* gazetteer);

  // The place names of `sentence`, in order, each resolved.
  std::vector<PlaceMention> FindPlaces(std::string_view sentence,
                                       const ResolveContext& context) const;
  // FindPlaces in two steps: ScanPlaces once per sentence, then ResolvePlaces per event.
  // FindPlaces(s, c) is ResolvePlaces(s, scan of s, c).
  void ScanPlaces(std::string_view sentence, PlaceScan* out) const;
  // ScanPlaces of a sentence of a text already tokenized: `tokens` are the text's tokens of the
  // sentence (text::Tokenize of the whole text), and the sentence starts at byte `offset` of
  // the text. Tokenize gives a sentence alone the same tokens (less `offset`), so the scan does
  // not tokenize it again; the one exception, a sentence that starts with an apostrophe (read
  // as a possessive at the start of a text), is tokenized again.
  void ScanPlaces(std::string_view sentence, std::span<const text::Token> tokens,
                  uint32_t offset, PlaceScan* out) const;
  std::vector<PlaceMention> ResolvePlaces(std::string_view sentence, const PlaceScan& scan,
                                          const ResolveContext& context) const;
  // ResolvePlaces without the Places: `out` gets, for each name, what its PlaceMention would
  // hold but the place's record instead of the place.
  void RankPlaces(const PlaceScan& scan, const ResolveContext& context,
                  std::vector<RankedName>* out) const;

  // The place where the sentence's event happened: the locative place nearest the verb (the
  // most specific one: a city before its country), else any place named, else the dateline's
  // place, else the first country of the context. Not found() when none of these is known.
  Place ResolveActionPlace(std::string_view sentence, const ResolveContext& context) const;
  // The same choice among mentions already found by FindPlaces (one search serves the event's
  // place and its actors').
  Place ChooseActionPlace(const std::vector<PlaceMention>& mentions,
                          const ResolveContext& context) const;
  // ChooseActionPlace among ranked names: the chosen place's record, or -1.
  int32_t ChooseActionRecord(const std::vector<RankedName>& names,
                             const ResolveContext& context) const;

  // Where an actor is (GDELT's Actor1Geo / Actor2Geo): a place named by the actor's own words
  // ("Moscow said", "the Kharkiv governor") or just after them ("protesters in Tehran",
  // "officials in Kharkiv"), of the actor's country when it has one; else the actor's country
  // itself. `actor_code` is a CAMEO code ("IRNGOV"); [begin, end) are the actor's byte offsets
  // in the sentence the mentions come from. Not found() for an actor with no country and no
  // place.
  Place ResolveActorPlace(const std::vector<PlaceMention>& mentions, std::string_view actor_code,
                          uint32_t begin, uint32_t end) const;
  // ResolveActorPlace among ranked names: the place's record, or -1.
  int32_t ActorPlaceRecord(const std::vector<RankedName>& names, std::string_view actor_code,
                           uint32_t begin, uint32_t end) const;

  // The place a dateline names ("MOSCOW", "Tehran, Iran", "KYIV, Ukraine (Reuters)").
  Place ResolveDateline(std::string_view dateline) const;

  // The Place of a gazetteer record.
  Place MakePlace(int32_t index) const;

 private:
  struct Context;
  // ScanPlaces of the sentence whose tokens are `toks`, their offsets `offset` bytes past the
  // sentence's (the text's tokens of a sentence that starts at byte `offset` of the text).
  void ScanTokens(std::string_view sentence, std::span<const text::Token> toks, uint32_t offset,
                  PlaceScan* out) const;
  void BuildContext(std::string_view sentence, const ResolveContext& in, Context* out) const;
  const Gazetteer& gaz_;
};

}  // namespace dyad::geo

#endif  // DYAD_GEO_RESOLVER_H_
