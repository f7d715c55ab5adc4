// Gazetteer: dyad's offline table of places (countries, first-level regions, cities of 500+
// people, and a few named regions such as "the West Bank"), read from one binary file that
// `dyad_gazetteer` builds at set-up from GeoNames cities500 (CC-BY-4.0) and Debian's iso-codes.
// Names and alternate names are looked up ASCII-folded and case-insensitively: "Córdoba",
// "CORDOBA" and "cordoba" are one key.
#ifndef DYAD_GEO_GAZETTEER_H_
#define DYAD_GEO_GAZETTEER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"

namespace dyad::geo {

enum class PlaceType : uint8_t { kNone = 0, kCountry = 1, kAdm1 = 2, kCity = 3, kRegion = 4 };

// Returns "country", "adm1", "city", "region" or "none".
const char* PlaceTypeName(PlaceType t);

// Record flags.
enum PlaceFlag : uint8_t {
  kCapital = 1,    // GeoNames PPLC or PPLG: the seat of a country's government
  kAdminSeat = 2,  // PPLA: the seat of a first-level division
};

// One place as stored in the file (fixed size, so the file loads with a copy). Codes are
// NUL-padded ASCII.
struct PlaceRecord {
  uint32_t geonames_id;  // 0 for places not taken from GeoNames (countries, ADM1, regions)
  uint32_t name_offset;  // UTF-8 display name in the string pool
  uint32_t population;   // cities: GeoNames; countries and ADM1: sum of their cities (a rank)
  int32_t country;       // index of the country record, -1 when none
  int32_t adm1;          // index of the ADM1 record, -1 when unknown
  int32_t capital;       // countries: index of the capital city (PPLC/PPLG), else -1
  float lat;
  float lon;
  uint16_t name_length;
  PlaceType type;
  uint8_t flags;
  char iso2[2];
  char iso3[3];
  char fips[2];
  char admin1[9];      // GeoNames admin1 code ("TX", "48", "ENG"): GDELT's ADM1 is fips + this
  char iso_region[8];  // ISO 3166-2 code of an ADM1 record ("US-TX"), else empty
};

// A key of the name index: a normalised name and its range in the postings.
struct NameKey {
  uint32_t offset;  // in the string pool
  uint32_t length;
  uint32_t first;  // first posting
  uint32_t count;
};

// The normalised form of a name: ASCII-folded (Latin diacritics dropped: "Córdoba" ->
// "cordoba", "Şanlıurfa" -> "sanliurfa"), lower case, apostrophes and dots dropped, hyphens and
// other punctuation read as spaces, spaces collapsed. Returns false (and leaves `out` empty)
// when the name has a letter outside the Latin scripts: such alternate names are not indexed.
bool NormalizeName(std::string_view utf8, std::string* out);

// CAMEO writes Kosovo KSV; ISO's user-assigned code, GeoNames and this gazetteer write XKX.
// Every other country code is the same in both.
inline std::string_view IsoOfCameoCountry(std::string_view code) {
  return code == "KSV" ? std::string_view("XKX") : code;
}
inline std::string_view CameoOfIsoCountry(std::string_view code) {
  return code == "XKX" ? std::string_view("KSV") : code;
}

class Gazetteer {
 public:
  Gazetteer() = default;
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Reads a file written by GazetteerWriter. Corruption when the file is not one.
  Status Load(const std::string& path);

  // Default location of the built file: $DYAD_GAZETTEER if set, else the path compiled in
  // (the build directory's gazetteer.bin).
  static std::string DefaultPath();

  size_t size() const { return places_.size(); }
  const PlaceRecord& place(uint32_t i) const { return places_[i]; }
  std::string_view Name(uint32_t i) const {
    return {pool_.data() + places_[i].name_offset, places_[i].name_length};
  }

  // A number no other gazetteer of the process has, set by each Load (0 before): what a cache
  // of answers keys them by, so that they are never taken for another gazetteer's.
  uint64_t serial() const { return serial_; }

  // The places a name denotes (indices), any case and accents; empty when none.
  std::span<const uint32_t> Lookup(std::string_view name) const;
  // Same, for a key already normalised with NormalizeName.
  std::span<const uint32_t> LookupNormalized(std::string_view key) const;
  // Same, and sets *extendable to whether some key starts with `key` (itself included): when
  // none does, no longer name beginning with these words can be found, and the resolver stops
  // extending a span there instead of looking up every longer one.
  std::span<const uint32_t> LookupNormalized(std::string_view key, bool* extendable) const;

  // The country a demonym or adjective names ("Russian" -> RUS), as an index of its country
  // record; -1 when none.
  int32_t CountryOfDemonym(std::string_view word) const;
  // Same, for a key already normalised with NormalizeName: CountryOfDemonym(w) is
  // CountryOfDemonymNormalized(k) when NormalizeName(w, &k), else -1. (The resolver has the
  // keys of a name's first words from its search of the names.)
  int32_t CountryOfDemonymNormalized(std::string_view key) const;
  // Whether some demonym's key is `key` (normalised) followed by a space and more words:
  // "north" of "north korean", "sri" of "sri lankan". A name whose first word's key is not
  // such a head is no demonym of two words or more.
  bool IsDemonymHead(std::string_view key) const;

  // The country record of an ISO 3166-1 alpha-3 or alpha-2 code (or CAMEO's KSV for Kosovo),
  // -1 when none.
  int32_t CountryByCode(std::string_view code) const;
  // The capital city of a country record (its PPLC), -1 when unknown.
  int32_t CapitalOf(int32_t country) const;

  // "Kharkiv, Kharkivska oblast, Ukraine": the place, its ADM1 and its country, as GDELT's
  // full names read.
  std::string FullName(uint32_t i) const;
  // FullName(i) appended to *out.
  void AppendFullName(uint32_t i, std::string* out) const;

 private:
  // A number no other gazetteer of the process has, set by Load (0 before): see serial().
  uint64_t serial_ = 0;
  std::string pool_;
  std::vector<PlaceRecord> places_;
  std::vector<NameKey> keys_;  // sorted by key text
  // keys_[first_[b]] .. keys_[first_[b + 1]] are the keys whose first byte is b: the binary
  // search of a lookup starts in that range (built at load, one pass over the keys).
  std::vector<uint32_t> first_;
  // The same by the first two bytes (b0 * 256 + b1, keys of one byte apart): a key of two
  // bytes or more starts its search in a range ~30 times smaller, about five fewer steps of
  // the binary search, each a likely cache miss. Empty when some key's second byte is NUL.
  std::vector<uint32_t> first2_;
  // And by the first four bytes, for keys of four bytes or more: a hash table from the four
  // bytes (the top half of the key's head) to the range of keys starting with them, a few keys
  // long, so that a lookup costs one probe and a search within a cache line or two instead of
  // a dozen scattered steps. Built at load from head_.
  struct PrefixRange {
    uint32_t prefix = 0;  // 0: empty slot (a key's first byte is never NUL)
    uint32_t begin = 0;
    uint32_t end = 0;
  };
  const PrefixRange* FindRange4(uint32_t prefix) const;  // nullptr: no key starts so
  std::vector<PrefixRange> ranges4_;
  // The first 8 bytes of each key of keys_ as a big-endian integer, zero-padded (keys hold no
  // NUL): comparing these orders keys as their text does, so the binary search compares
  // integers in one array and reads the string pool only for keys longer than 8 bytes that
  // share the query's first 8.
  std::vector<uint64_t> head_;
  std::vector<uint32_t> postings_;
  std::vector<NameKey> demonyms_;    // sorted; `first` is the country's index
  // demonyms_ by key text (views into pool_), built at load: CountryOfDemonym is asked for
  // most capitalised words of every sentence with an event.
  // An open-addressing table rather than a std::unordered_map: a slot holds the key's hash,
  // length and first eight bytes, so that a lookup reads one slot (and the pool only for a
  // longer key), not a bucket, a node and the pool.
  struct DemonymSlot {
    uint32_t hash = 0;
    uint32_t length = 0;  // 0: empty (keys are never empty)
    uint64_t head = 0;
    uint32_t offset = 0;  // in pool_
    int32_t country = -1;
  };
  static uint32_t DemonymHash(std::string_view key);
  // Whether some demonym key may start with the normalised `key` (itself included), by the
  // bit sets of first letters below: false rules it out.
  bool MayStartDemonym(std::string_view key) const;
  // The probe of demonym_index_ for a normalised key: the country, or -1.
  int32_t DemonymOfKey(std::string_view key) const;
  std::vector<DemonymSlot> demonym_index_;
  // Bit set over the first two bytes of the demonym keys (b0 * 256 + b1): a word starting with
  // two ASCII letters that start no demonym is answered without normalising it.
  std::vector<uint64_t> demonym_starts_;
  // The same by the first three letters, for words starting with three ASCII letters: the bit
  // set of pairs lets through most capitalised words ("Ch..." for "Chinese", "Am..." for
  // "American"), and each then cost a normalised copy and a hash lookup.
  std::vector<uint64_t> demonym_starts3_;
  // The keys that IsDemonymHead is true of (the words before each space of every demonym key
  // of several words), sorted: a few dozen, built at load.
  std::vector<std::string> demonym_heads_;
  std::vector<uint32_t> countries_;  // indices of the country records
  // CountryByCode's answers for codes of ASCII letters, by the letters' places in the
  // alphabet (alpha-2: 26 * a + b; alpha-3: 26 * (26 * a + b) + c): -1 when none. Built at
  // load; the resolver asks for every actor of every event.
  std::vector<int32_t> by_alpha2_, by_alpha3_;
};

// Builds a gazetteer file. The converter adds places, then names, then writes.
class GazetteerWriter {
 public:
  // Adds a place; returns its index. `name` is its display name.
  uint32_t AddPlace(const PlaceRecord& record, std::string_view name);
  PlaceRecord& mutable_place(uint32_t i) { return places_[i]; }
  size_t size() const { return places_.size(); }
  std::string_view Name(uint32_t i) const { return names_[i]; }

  // Indexes `name` (normalised here) for place `i`; a name that does not normalise is skipped.
  void AddName(uint32_t i, std::string_view name);
  void AddDemonym(std::string_view word, uint32_t country);

  Status Write(const std::string& path) const;

 private:
  std::vector<PlaceRecord> places_;
  std::vector<std::string> names_;
  std::vector<std::pair<std::string, uint32_t>> name_keys_;
  std::vector<std::pair<std::string, uint32_t>> demonym_keys_;
};

}  // namespace dyad::geo

#endif  // DYAD_GEO_GAZETTEER_H_
