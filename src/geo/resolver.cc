#include "geo/resolver.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <unordered_map>

#include "text/head_word.h"
#include "text/tokenizer.h"

namespace dyad::geo {

namespace {

using text::Token;

// Weights of the ranking (see resolver.h). A qualifier outweighs everything; a country named
// or implied in the sentence or the event outweighs the kind of place, which outweighs size.
constexpr double kQualifierBonus = 20;
constexpr double kSameDivisionBonus = 6;
constexpr double kEventCountryBonus = 6;
constexpr double kSentenceCountryBonus = 5;
constexpr double kDatelineCountryBonus = 4;
constexpr double kDemonymCountryBonus = 4;
constexpr double kDatelinePlaceBonus = 3;
constexpr double kCountryBase = 13;
constexpr double kRegionBase = 9;
constexpr double kDivisionBase = 8;
constexpr double kCapitalBonus = 3;
constexpr double kMillionBonus = 1.5;
constexpr double kSeatBonus = 0.5;

// A city this small is taken only after a word like "in": smaller towns share their names with
// too many ordinary words and surnames.
constexpr uint32_t kMinBarePopulation = 15000;
// Above this, a city name followed by another capitalised word is still a place ("Moscow Mayor").
constexpr uint32_t kMinPopulationBeforeName = 1000000;

// A town at least this large named like its division is what the name means.
constexpr uint32_t kMinTownNamingDivision = 20000;

constexpr int kMaxNameTokens = 6;

// Words after which a name is where something happens.
constexpr std::string_view kStrongCues[] = {
    "in",        "at",     "near", "outside", "inside", "across",  "around", "throughout",
    "outskirts", "within", "off",  "hit",     "struck", "shelled", "bombed", "visited"};
// Words after which a name is still a place, but not the event's.
constexpr std::string_view kWeakCues[] = {"from", "to", "into", "toward",  "towards", "via",
                                          "over", "on", "for",  "between", "and",     "of"};
// Nouns that make "of" a locative ("the city of Aleppo", "the outskirts of Kyiv").
constexpr std::string_view kPlaceNouns[] = {
    "city",     "town",     "village", "outskirts", "suburbs", "suburb", "province",
    "region",   "state",    "port",    "capital",   "centre",  "center", "district",
    "north",    "south",    "east",    "west",      "streets", "heart",  "area",
    "northern", "southern", "eastern", "western",   "island",  "county", "governorate"};
// Titles before a name that is then a person's ("President Jackson", "Mr Lincoln").
constexpr std::string_view kTitles[] = {
    "president", "mr",         "mrs",     "ms",         "dr",    "general", "gen",    "minister",
    "senator",   "sen",        "rep",     "governor",   "king",  "queen",   "prince", "princess",
    "pope",      "judge",      "justice", "lord",       "lady",  "sir",     "saint",  "st",
    "secretary", "chancellor", "mayor",   "ambassador", "envoy", "coach"};
// Capitalised words that are places somewhere but, without "in" before them, are words.
// clang-format off
constexpr std::string_view kStopWords[] = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their",
    "our", "this", "that", "these", "those", "but", "and", "or", "yet", "so", "if", "when",
    "while", "after", "before", "as", "at", "in", "on", "of", "for", "with", "by", "from", "to",
    "meanwhile", "however", "also", "mr", "mrs", "ms", "dr", "president", "prime", "minister",
    "foreign", "defence", "defense", "secretary", "general", "army", "police", "reuters", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "union", "state", "states", "city", "republic", "kingdom", "north", "south",
    "east", "west", "central", "new", "saint", "sea", "gulf", "reading", "mobile", "split", "nice",
    "independence", "liberty", "victory", "progress", "unity", "justice", "hope", "friendship",
    "freedom", "peace", "officials", "government", "parliament", "congress", "council", "court",
    "senate", "news", "agency", "media", "party", "national", "international", "more", "most",
    "some", "many", "all", "both", "one", "two", "three", "no", "not", "there", "here", "what",
    "who", "why", "how", "last", "next", "early", "late", "ministry", "forces", "troops", "leader",
    "leaders", "said", "says", "talks", "summit", "home", "office", "house", "embassy", "bank",
    "capital", "mission", "commission", "university", "college", "school", "hospital", "church",
    "airport", "station", "square", "street", "road", "bridge", "camp", "center", "centre",
    "valley", "river", "lake", "mount", "island", "islands", "coast", "border", "province",
    "region", "district", "county", "green", "white", "black", "red", "blue", "golden", "royal",
    "grand", "great", "little", "old", "upper", "lower", "best", "good", "young", "human",
    "rights", "chief", "head", "deputy", "vice", "former", "acting", "interim", "opposition",
    "rebel", "rebels", "military", "security", "health", "trade", "energy", "oil", "gas", "power",
    "water", "food", "aid", "war", "world", "global", "european", "african", "asian", "arab",
    "western", "eastern", "northern", "southern", "islamic", "muslim", "christian", "jewish",
    "catholic", "orthodox", "democratic", "republican", "labour", "conservative", "liberal",
    "socialist", "communist", "federal", "supreme", "high", "low", "day", "week", "year", "today",
    "tonight", "yesterday", "tomorrow", "lincoln", "jackson", "clinton", "kennedy", "franklin",
    "hamilton", "wilson", "madison", "jefferson", "austin", "tyler", "florence", "charlotte",
    "eugene", "marion", "warren", "chester", "sherman", "george", "regina", "lafayette", "orlando",
    "salem", "trump", "biden", "obama", "harris", "johnson", "lee", "kim", "ali", "mohammed",
    "ahmed", "israelis", "palestinians", "hamas", "hezbollah", "taliban", "nato", "kremlin"};
// clang-format on
// Names of institutions that are also towns somewhere ("White House", Tennessee).
constexpr std::string_view kNotPlaces[] = {"white house", "red cross", "red crescent"};
// Verbs after a name that make it a speaker ("Seoul said"), not where the event happened.
constexpr std::string_view kSpeakerVerbs[] = {
    "said",     "says",      "told",      "reported", "announced", "claimed",  "warned",
    "accused",  "denied",    "insisted",  "added",    "urged",     "demanded", "condemned",
    "rejected", "responded", "confirmed", "stated",   "vowed"};
// Words that make a name a division ("Kaduna state", "the Kursk region").
constexpr std::string_view kDivisionWords[] = {"state",       "province",   "region", "oblast",
                                               "governorate", "prefecture", "county", "district"};
// Words that may stand before a place name without being a given name ("Northern Gaza").
constexpr std::string_view kPlacePrefixes[] = {
    "north",        "south",        "east",         "west",     "northern",
    "southern",     "eastern",      "western",      "central",  "northeastern",
    "northwestern", "southeastern", "southwestern", "downtown", "greater"};

template <size_t N>
bool In(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

// ASCII case-insensitive equality with a word of lower-case ASCII letters, without building a
// lower-case copy. (A byte ORed with 0x20 is a lower-case letter only when it was that letter in
// either case, so the one OR stands for the lower-casing.)
bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t k = 0; k < s.size(); ++k) {
    if ((s[k] | 0x20) != lower[k]) return false;
  }
  return true;
}

// Whether every word of a list is of lower-case ASCII letters, as EqualsLower needs.
template <size_t N>
constexpr bool AllLowerLetters(const std::string_view (&list)[N]) {
  for (std::string_view w : list) {
    for (char c : w) {
      if (c < 'a' || c > 'z') return false;
    }
  }
  return true;
}
static_assert(AllLowerLetters(kStrongCues) && AllLowerLetters(kWeakCues) &&
              AllLowerLetters(kPlaceNouns) && AllLowerLetters(kTitles) &&
              AllLowerLetters(kStopWords) && AllLowerLetters(kSpeakerVerbs) &&
              AllLowerLetters(kDivisionWords) && AllLowerLetters(kPlacePrefixes));

// The lists above a word is in, as bits: the scan asks of the words around every name it finds
// whether they are cues, titles, stop words and so on, and one lookup of the word answers all
// (each list was searched in turn, with a lower-cased copy of the word for each question).
enum WordClass : uint16_t {
  kStrongCueWord = 1 << 0,
  kWeakCueWord = 1 << 1,
  kPlaceNounWord = 1 << 2,
  kTitleWord = 1 << 3,
  kStopWordWord = 1 << 4,
  kSpeakerVerbWord = 1 << 5,
  kDivisionWordWord = 1 << 6,
  kPlacePrefixWord = 1 << 7,
  kTheWord = 1 << 8,   // "the"
  kOfWord = 1 << 9,    // "of"
  kGulfWord = 1 << 10  // "gulf"
};

template <size_t N>
constexpr size_t LongestOf(const std::string_view (&list)[N]) {
  size_t longest = 0;
  for (std::string_view w : list) longest = std::max(longest, w.size());
  return longest;
}

// The classes of every word of the lists, in an open-addressing table keyed by the word's
// bytes, built once.
class WordClasses {
 public:
  static const WordClasses& Get() {
    static const WordClasses table;
    return table;
  }

  // The classes of `word` read in ASCII lower case (as the lists are written): 0 for a word in
  // none of them.
  [[gnu::noinline]] uint16_t Of(std::string_view word) const {
    if (word.empty() || word.size() > kMaxWord) return 0;
    const Folded key = Fold(word);
    for (size_t i = Hash(key, word.size()) & kMask;; i = (i + 1) & kMask) {
      const Slot& slot = slots_[i];
      if (slot.length == 0) return 0;
      if (slot.length == word.size() && slot.word.head == key.head &&
          slot.word.tail == key.tail) {
        return slot.classes;
      }
    }
  }

 private:
  static constexpr size_t kMaxWord =  // the longest word of the lists
      std::max({LongestOf(kStrongCues), LongestOf(kWeakCues), LongestOf(kPlaceNouns),
                LongestOf(kTitles), LongestOf(kStopWords), LongestOf(kSpeakerVerbs),
                LongestOf(kDivisionWords), LongestOf(kPlacePrefixes)});
  // Fold reads a word as its first and last eight bytes.
  static_assert(kMaxWord <= 16);
  static constexpr size_t kSlots = 1024;  // a power of two, over twice the words
  static constexpr size_t kMask = kSlots - 1;

  // A word of up to 16 bytes as two numbers, each byte ORed with 0x20 (a letter's lower case):
  // its first eight bytes, zero-padded, and, when longer than eight, its last eight. Two words
  // of one length fold alike when they are equal read so, as EqualsLower reads them (a word of
  // the lists, of lower-case letters, folds to itself), and are then compared without a loop
  // over their bytes: most words asked about are the cues and articles around a name.
  struct Folded {
    uint64_t head = 0, tail = 0;
  };
  static Folded Fold(std::string_view word) {
    constexpr uint64_t kLowerBits = 0x2020202020202020ull;
    const size_t n = word.size();
    Folded f;
    f.head = text::HeadWord(word) | (n >= 8 ? kLowerBits : kLowerBits >> (8 * (8 - n)));
    if (n > 8) {
      std::memcpy(&f.tail, word.data() + n - 8, 8);
      f.tail |= kLowerBits;
    }
    return f;
  }

  struct Slot {
    Folded word;
    uint8_t length = 0;  // 0: empty
    uint16_t classes = 0;
  };

  // Of the folded word and its length, its bits mixed by a multiplication.
  static size_t Hash(const Folded& key, size_t length) {
    const uint64_t h = (key.head ^ (key.tail * 31) ^ length) * 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>(h >> 54);  // the top ten bits: kSlots is 1024
  }

  WordClasses() : slots_(kSlots) {
    auto add_all = [this](const auto& list, uint16_t bit) {
      for (std::string_view w : list) Add(w, bit);
    };
    add_all(kStrongCues, kStrongCueWord);
    add_all(kWeakCues, kWeakCueWord);
    add_all(kPlaceNouns, kPlaceNounWord);
    add_all(kTitles, kTitleWord);
    add_all(kStopWords, kStopWordWord);
    add_all(kSpeakerVerbs, kSpeakerVerbWord);
    add_all(kDivisionWords, kDivisionWordWord);
    add_all(kPlacePrefixes, kPlacePrefixWord);
    Add("the", kTheWord);
    Add("of", kOfWord);
    Add("gulf", kGulfWord);
  }

  void Add(std::string_view word, uint16_t bit) {
    const Folded key = Fold(word);
    for (size_t i = Hash(key, word.size()) & kMask;; i = (i + 1) & kMask) {
      Slot& slot = slots_[i];
      if (slot.length == 0) {
        slot.word = key;
        slot.length = static_cast<uint8_t>(word.size());
      }
      if (slot.length == word.size() && slot.word.head == key.head &&
          slot.word.tail == key.tail) {
        slot.classes |= bit;
        return;
      }
    }
  }

  std::vector<Slot> slots_;
};

std::string_view FieldCode(const char* f, size_t n) {
  size_t len = 0;
  while (len < n && f[len] != '\0') ++len;
  return {f, len};
}

using RawMention = ScannedName;

// What the scan asks the gazetteer about a span of words of a sentence ("Kharkiv", "New York",
// "Russian"): a function of the span's bytes and the gazetteer alone.
struct SpanFacts {
  bool normalized = false;          // NormalizeName gave a key
  bool extendable = false;          // some gazetteer key starts with it
  bool not_place = false;           // the key is one of kNotPlaces
  int32_t demonym = -1;             // CountryOfDemonymNormalized(key)
  bool demonym_head = false;        // IsDemonymHead(key)
  std::span<const uint32_t> found;  // LookupNormalized(key)
};

SpanFacts FactsOf(const Gazetteer& gaz, std::string_view span) {
  thread_local std::string key;  // reused from span to span
  SpanFacts f;
  f.normalized = NormalizeName(span, &key);
  if (f.normalized) {
    f.found = gaz.LookupNormalized(key, &f.extendable);
    f.not_place = In(kNotPlaces, key);
    f.demonym = gaz.CountryOfDemonymNormalized(key);
    f.demonym_head = gaz.IsDemonymHead(key);
  }
  return f;
}

// FactsOf, remembered per thread for the spans asked lately, keyed by the gazetteer's serial
// number and the span's bytes: the one cache of the scan's questions (the gazetteer keeps none
// of its own). The scan asks about every capitalised word of every sentence with an event, and
// the same words come back within an article and across articles ("The", "He", "U.S.", the
// story's people and places): a hit costs a hash of the span's bytes, where the normalisation,
// the key search and the demonym search cost several times that.
// Four ways to a set, the least recently used one replaced: direct-mapped, the spans that shared
// a slot took turns to evict each other, and the common words ("U.S.", "President", "Iran")
// missed again and again.
// The facts are read in place: they stay valid until the thread's next question (a copy of
// them was a tenth of a hit's cost).
const SpanFacts& RememberedFactsOf(const Gazetteer& gaz, std::string_view span) {
  constexpr size_t kMaxSpan = 30;
  constexpr size_t kWays = 4;
  constexpr size_t kSets = 1024;
  // A span is told by its length and its first and last eight bytes (zero-padded when shorter):
  // all of it up to 16 bytes, most spans asked; the bytes between are compared only beyond.
  struct Way {
    uint64_t head = 0, tail = 0;
    uint64_t serial = 0;  // 0: empty
    uint32_t last_use = 0;
    uint8_t length = 0;
    char text[kMaxSpan];
    SpanFacts facts;
  };
  struct Cache {
    uint32_t clock = 0;  // counts the questions: a way's last_use orders the ways of its set
    std::array<std::array<Way, kWays>, kSets> sets;
  };
  if (gaz.serial() == 0 || span.size() > kMaxSpan) {
    thread_local SpanFacts uncached;
    uncached = FactsOf(gaz, span);
    return uncached;
  }
  const uint64_t head = text::HeadWord(span);
  uint64_t tail = 0;
  if (span.size() >= 8) std::memcpy(&tail, span.data() + span.size() - 8, 8);
  // The set: the top bits (which all the bits below feed) of the two words mixed by
  // multiplications.
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = (head ^ span.size()) * kMul;
  h = (h ^ (h >> 29) ^ tail) * kMul;
  h = (h ^ (h >> 32)) * kMul;
  thread_local Cache cache;
  const uint32_t now = ++cache.clock;
  std::array<Way, kWays>& set = cache.sets[h >> 54];  // the top 10 bits: 1024 sets
  for (Way& way : set) {
    if (way.head == head && way.tail == tail && way.length == span.size() &&
        way.serial == gaz.serial() &&
        (span.size() <= 16 ||
         std::memcmp(way.text + 8, span.data() + 8, span.size() - 16) == 0)) {
      way.last_use = now;
      return way.facts;
    }
  }
  // (The clock wraps after 2^32 questions: a set may then keep a stale way a little longer.)
  Way* victim = &set[0];
  for (Way& way : set) {
    if (way.last_use < victim->last_use) victim = &way;
  }
  victim->facts = FactsOf(gaz, span);
  victim->head = head;
  victim->tail = tail;
  victim->serial = gaz.serial();
  victim->last_use = now;
  victim->length = static_cast<uint8_t>(span.size());
  std::memcpy(victim->text, span.data(), span.size());
  return victim->facts;
}

// std::log10(population + 10.0), remembered per thread for the last populations asked in a
// direct-mapped table: the same cities are candidates sentence after sentence, and the
// logarithm of every candidate's population was a tenth of the cost of the scan.
double PopulationLog(uint32_t population) {
  struct Slot {
    uint64_t key = 0;  // population + 1; 0: empty
    double log = 0;
  };
  thread_local std::array<Slot, 1024> slots;
  Slot& slot = slots[population % slots.size()];
  if (slot.key != uint64_t{population} + 1) {
    slot.log = std::log10(population + 10.0);
    slot.key = uint64_t{population} + 1;
  }
  return slot.log;
}

// The prior of a candidate before context: a country, region or division by kind; a city by
// its population, capital status and, in a sentence, being a division's seat. A dateline names
// a city far more often than a state.
double TypePrior(const PlaceRecord& r, bool in_dateline) {
  switch (r.type) {
    case PlaceType::kCountry:
      return kCountryBase;
    case PlaceType::kRegion:
      return kRegionBase;
    case PlaceType::kAdm1:
      return in_dateline ? kDivisionBase - 2 : kDivisionBase;
    default:
      return PopulationLog(r.population) + ((r.flags & kCapital) ? kCapitalBonus : 0) +
             (!in_dateline && (r.flags & kAdminSeat) ? kSeatBonus : 0) +
             (r.population >= 1000000 ? kMillionBonus : 0);
  }
}

// TypePrior(record, /*in_dateline=*/false), remembered per thread for the last records asked in
// a direct-mapped table keyed by the gazetteer's serial number and the record: the same places
// are candidates sentence after sentence, and a hit costs less than the call.
double RememberedPrior(const Gazetteer& gaz, int32_t record) {
  struct Slot {
    uint64_t serial = 0;  // 0: empty
    int32_t record = -1;
    double prior = 0;
  };
  if (gaz.serial() == 0) return TypePrior(gaz.place(record), false);
  thread_local std::array<Slot, 4096> slots;
  Slot& slot = slots[static_cast<uint32_t>(record) % slots.size()];
  if (slot.serial != gaz.serial() || slot.record != record) {
    slot.prior = TypePrior(gaz.place(record), false);
    slot.serial = gaz.serial();
    slot.record = record;
  }
  return slot.prior;
}

}  // namespace

struct Resolver::Context {
  // Country index -> bonus. A few entries at most: a vector, not a hash map, since a context is
  // built for every event.
  std::vector<std::pair<int32_t, double>> country_bonus;
  int32_t dateline_place = -1;
  int32_t dateline_country = -1;
};

Resolver::Resolver(const Gazetteer* gazetteer) : gaz_(*gazetteer) {}

Place Resolver::MakePlace(int32_t index) const {
  Place p;
  if (index < 0 || static_cast<size_t>(index) >= gaz_.size()) return p;
  const PlaceRecord& r = gaz_.place(index);
  p.index = index;
  p.type = r.type;
  p.name = std::string(gaz_.Name(index));
  p.full_name = gaz_.FullName(index);
  p.iso2 = std::string(FieldCode(r.iso2, 2));
  p.iso3 = std::string(FieldCode(r.iso3, 3));
  p.fips = std::string(FieldCode(r.fips, 2));
  p.lat = r.lat;
  p.lon = r.lon;
  p.geonames_id = r.geonames_id;
  std::string_view admin1 = FieldCode(r.admin1, sizeof(r.admin1));
  if (r.type == PlaceType::kCity && r.adm1 >= 0) {
    p.iso_region = std::string(FieldCode(gaz_.place(r.adm1).iso_region, sizeof(r.iso_region)));
  } else if (r.type == PlaceType::kAdm1) {
    p.iso_region = std::string(FieldCode(r.iso_region, sizeof(r.iso_region)));
  }
  if (r.type == PlaceType::kCity || r.type == PlaceType::kAdm1) {
    p.adm1 = p.fips + std::string(admin1);
  } else {
    p.adm1 = p.fips;
  }
  return p;
}

Place Resolver::ResolveDateline(std::string_view dateline) const {
  // "KYIV, Ukraine (Reuters) -": the words before a parenthesis or dash, split at commas; the
  // first part is the place, a later one its country or state. ANI puts the country in square
  // brackets, "New Delhi [India], January 19 (ANI)", which split as commas do.
  size_t cut = dateline.find_first_of("(\xe2");
  // (A state in round brackets before the country in square ones, "Srinagar (Jammu and
  // Kashmir) [India]", is a part too: the head runs on past it.)
  while (cut != std::string_view::npos && dateline[cut] == '(') {
    const size_t close = dateline.find(')', cut);
    if (close == std::string_view::npos) break;
    const size_t next = dateline.find_first_not_of(' ', close + 1);
    if (next == std::string_view::npos || dateline[next] != '[') break;
    cut = dateline.find_first_of("(\xe2", next);
  }
  std::string_view head = dateline.substr(0, cut);
  if (size_t dash = head.find(" -"); dash != std::string_view::npos) head = head.substr(0, dash);
  std::vector<std::string_view> parts;
  for (size_t a = 0; a <= head.size();) {
    size_t b = head.find_first_of(",[]()", a);
    if (b == std::string_view::npos) b = head.size();
    std::string_view part = head.substr(a, b - a);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) parts.push_back(part);
    a = b + 1;
  }
  if (parts.empty()) return Place();
  auto cands = gaz_.Lookup(parts[0]);
  if (cands.empty()) return Place();
  std::vector<int32_t> quals;
  for (size_t k = 1; k < parts.size(); ++k) {
    for (uint32_t q : gaz_.Lookup(parts[k])) quals.push_back(static_cast<int32_t>(q));
  }
  int32_t best = -1;
  double best_score = -1e9;
  for (uint32_t c : cands) {
    const PlaceRecord& r = gaz_.place(c);
    double s = TypePrior(r, /*in_dateline=*/true);
    for (int32_t q : quals) {
      if (q == r.country || q == r.adm1) s += kQualifierBonus;
    }
    if (s > best_score) {
      best_score = s;
      best = static_cast<int32_t>(c);
    }
  }
  return MakePlace(best);
}

void Resolver::BuildContext(std::string_view, const ResolveContext& in, Context* out) const {
  auto add = [&](int32_t country, double bonus) {
    if (country < 0) return;
    for (auto& [c, b] : out->country_bonus) {
      if (c == country) {
        b = std::max(b, bonus);
        return;
      }
    }
    out->country_bonus.emplace_back(country, std::max(0.0, bonus));
  };
  for (const std::string& code : in.countries) {
    int32_t c = gaz_.CountryByCode(CountryPart(code));
    add(c, kEventCountryBonus);
  }
  if (!in.dateline.empty()) {
    // (Only the record is read: no Place and its eight strings made when the caller has one.)
    const int32_t d = in.dateline_place != nullptr ? in.dateline_place->index
                                                   : ResolveDateline(in.dateline).index;
    if (d >= 0) {
      out->dateline_place = d;
      out->dateline_country = gaz_.place(d).country;
      add(out->dateline_country, kDatelineCountryBonus);
    }
  }
}

std::vector<PlaceMention> Resolver::FindPlaces(std::string_view sentence,
                                               const ResolveContext& context) const {
  PlaceScan scan;
  ScanPlaces(sentence, &scan);
  return ResolvePlaces(sentence, scan, context);
}

void Resolver::ScanPlaces(std::string_view sentence, PlaceScan* out) const {
  // The tokens are the thread's, reused from sentence to sentence.
  thread_local std::vector<Token> toks;
  toks.clear();
  text::Tokenize(sentence, &toks);
  ScanTokens(sentence, toks, 0, out);
}

void Resolver::ScanPlaces(std::string_view sentence, std::span<const Token> tokens,
                          uint32_t offset, PlaceScan* out) const {
  // At the start of a text, Tokenize reads an apostrophe followed by "s", "re", "ve", "ll" or
  // "d" as a possessive ending even with no word before it; within the whole text it did so
  // only after a word. Anything else it decides from the bytes of the token and what follows
  // it inside the sentence, so the sentence alone has the text's tokens.
  const bool apostrophe = !sentence.empty() && (sentence[0] == '\'' ||
                                                sentence.substr(0, 3) == "\xE2\x80\x99");
  if (apostrophe || tokens.empty()) {
    ScanPlaces(sentence, out);
    return;
  }
  // The text's tokens are read in place, their offsets less `offset` (they were copied so).
  // Tokenize marks the first token of a text as starting a line, and the text's first token of
  // the sentence may not be so marked; the scan never asks it (only whether a later word of a
  // name starts a line).
  ScanTokens(sentence, tokens, offset, out);
}

void Resolver::ScanTokens(std::string_view sentence, std::span<const Token> toks,
                          uint32_t offset, PlaceScan* out) const {
  std::vector<RawMention>& raw = out->names;
  raw.clear();
  std::vector<int32_t>& candidates = out->candidates;
  candidates.clear();
  out->demonym_countries.clear();
  // The countries of the sentence's demonyms ("Russian", "North Korean").
  auto add_demonym = [&](int32_t country) {
    auto& d = out->demonym_countries;
    if (std::find(d.begin(), d.end(), country) == d.end()) d.push_back(country);
  };

  // A token's bytes in the sentence. (The accessors hold copies of the token array's address
  // and the offsets, not references: the stores of the scan into its vectors then do not make
  // the compiler read them again at every use.)
  const Token* const tok = toks.data();
  auto begin_of = [tok, offset](size_t k) -> uint32_t { return tok[k].begin - offset; };
  auto end_of = [tok, offset](size_t k) -> uint32_t { return tok[k].end - offset; };
  auto tok_text = [sentence, begin_of, end_of](size_t k) {
    return sentence.substr(begin_of(k), end_of(k) - begin_of(k));
  };
  auto is_word = [tok](size_t k) { return (tok[k].flags & text::kWord) != 0; };
  // A capitalised word: kWord and one of the case bits, told by one comparison of the three
  // bits (kWord is the highest of them). The scan asks it of most tokens.
  static_assert(text::kWord > (text::kCapitalized | text::kAllCaps));
  auto is_cap = [tok](size_t k) {
    return (tok[k].flags & (text::kWord | text::kCapitalized | text::kAllCaps)) > text::kWord;
  };
  // The classes of a token's word (see WordClass), and those of a word token or 0. Each token's
  // are looked up when first asked and kept for the sentence: the scan asks about the words
  // around every name, the word before a name up to three times.
  // A token's entry is this sentence's when it carries the sentence's number: the table is not
  // refilled for every sentence, since only the few tokens around names are ever asked about.
  const WordClasses& classes = WordClasses::Get();
  struct LookedUp {
    uint32_t sentence = 0;  // the scan that looked the token up; 0: none
    uint16_t classes = 0;
  };
  thread_local std::vector<LookedUp> token_classes;
  thread_local uint32_t sentence_number = 0;
  if (++sentence_number == 0) {  // wrapped: no entry may pass for this sentence's
    std::fill(token_classes.begin(), token_classes.end(), LookedUp());
    sentence_number = 1;
  }
  if (token_classes.size() < toks.size()) token_classes.resize(toks.size());
  const uint32_t this_sentence = sentence_number;
  // (Inlined, and the table read through a pointer held for the sentence: the scan asks it
  // about eleven times a sentence, and the call and the thread-local vector's address cost as
  // much as a question answered already. A word not yet asked about calls Of.)
  LookedUp* const looked_up = token_classes.data();
  auto classes_at = [&](size_t k) __attribute__((always_inline)) {
    LookedUp& c = looked_up[k];
    if (c.sentence != this_sentence) {
      c.classes = classes.Of(tok_text(k));
      c.sentence = this_sentence;
    }
    return c.classes;
  };
  auto word_classes_at = [&](size_t k) -> uint16_t { return is_word(k) ? classes_at(k) : 0; };
  // First word of the sentence (after opening quotes or brackets).
  size_t first_word = 0;
  while (first_word < toks.size() && !is_word(first_word)) ++first_word;

  for (size_t i = 0; i < toks.size();) {
    // Most tokens are lower-case words, numbers and punctuation, where no name starts: the scan
    // goes on to the token before the next capitalised word, which may be the "the" of "the
    // Russian capital" (and is stepped over below when it is not).
    if (!is_cap(i)) {
      size_t next_cap = i + 1;
      while (next_cap < toks.size() && !is_cap(next_cap)) ++next_cap;
      if (next_cap == toks.size()) break;
      i = next_cap - 1;
    }
    if (!is_word(i)) {
      ++i;
      continue;
    }
    // "the Russian capital", "the Syrian capital": the country's capital.
    bool took_capital = false;
    if (i + 2 < toks.size() && is_cap(i + 1) && EqualsLower(tok_text(i), "the")) {
      for (size_t len : {2, 1}) {
        size_t cap = i + 1 + len;
        if (cap >= toks.size() || !EqualsLower(tok_text(cap), "capital")) continue;
        std::string_view adj =
            sentence.substr(begin_of(i + 1), end_of(i + len) - begin_of(i + 1));
        int32_t country = gaz_.CountryOfDemonym(adj);
        int32_t capital = gaz_.CapitalOf(country);
        if (capital < 0) continue;
        RawMention m{begin_of(i), end_of(cap), i, cap};
        m.first_candidate = static_cast<uint32_t>(candidates.size());
        m.num_candidates = 1;
        candidates.push_back(capital);
        m.forced = capital;
        raw.push_back(m);
        add_demonym(country);
        i = cap + 1;
        took_capital = true;
        break;
      }
      if (took_capital) continue;
    }
    if (!is_cap(i)) {
      ++i;
      continue;
    }
    // Longest name starting here: words, with hyphens, dots and apostrophes inside, ending on
    // a capitalised word.
    size_t best_end = 0;
    std::span<const uint32_t> best;
    bool best_not_place = false;  // the key of the span i..best_end is one of kNotPlaces
    // What the demonym test below needs of the facts of the name's first word and of its first
    // two words, when the search reached them (own, pair: 1 normalised, 0 did not, -1 not
    // searched).
    int own = -1, pair = -1;
    int32_t own_demonym = -1, pair_demonym = -1;
    bool own_demonym_head = false;
    int words = 0;
    for (size_t j = i; j < toks.size() && words < kMaxNameTokens; ++j) {
      if (j > i && toks[j].flags & text::kNewline) break;
      if (!is_word(j)) {
        std::string_view p = tok_text(j);
        if (p != "-" && p != "." && p != "'") break;
        continue;
      }
      ++words;
      // (A one-word name is capitalised, as word i is; a longer one may end in a lower-case word:
      // "Deir ez-Zor", "Kaduna state".)
      std::string_view span = sentence.substr(begin_of(i), end_of(j) - begin_of(i));
      const SpanFacts& facts = RememberedFactsOf(gaz_, span);
      if (j == i) {
        own = facts.normalized;
        own_demonym = facts.demonym;
        own_demonym_head = facts.demonym_head;
      } else if (j == i + 1) {
        pair = facts.normalized;
        pair_demonym = facts.demonym;
      }
      if (!facts.normalized) continue;
      if (!facts.found.empty()) {
        best = facts.found;
        best_end = j;
        best_not_place = facts.not_place;
      }
      // The key of a longer span starts with this one (NormalizeName reads left to right),
      // so when no gazetteer key starts with it, no longer name can be found.
      if (!facts.extendable) break;
    }
    // Whether the words i and j = i + 1 are certainly no demonym, from the first word's facts
    // alone: a byte that NormalizeName reads as a space parts them and the second starts with an
    // ASCII letter or digit, so the pair's key is the first word's key, a space and more; no
    // demonym's key starts so unless the first word's key is a demonym head. (Most first words
    // are none, and the pair was normalised and searched for as a demonym.)
    auto two_words_no_demonym = [&](size_t first, size_t second) {
      if (second != first + 1 || own != 1 || own_demonym_head) return false;
      if (end_of(first) >= begin_of(second)) return false;
      auto alnum = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      };
      const char gap = sentence[end_of(first)];
      const char next = sentence[begin_of(second)];
      const bool gap_is_space =
          static_cast<unsigned char>(gap) < 0x80 && !alnum(gap) && gap != '.' && gap != '\'';
      return gap_is_space && alnum(next);
    };
    // A demonym ("Russian", "North Korean") is a country of the sentence, not a place: the
    // span of two words first.
    bool demonym = false;
    for (const size_t j : {i + 1, i}) {
      if (j >= toks.size() || !is_word(j)) continue;
      // CountryOfDemonym of the span, from its key when the search of names made it.
      const int known = j == i ? own : j == i + 1 ? pair : -1;
      int32_t c = known == 0   ? -1
                  : known == 1 ? (j == i ? own_demonym : pair_demonym)
                  : two_words_no_demonym(i, j)
                      ? -1
                      : gaz_.CountryOfDemonym(
                            sentence.substr(begin_of(i), end_of(j) - begin_of(i)));
      if (c >= 0 && (best.empty() || j >= best_end)) {
        add_demonym(c);
        demonym = true;
        i = j + 1;
        break;
      }
    }
    if (demonym) continue;
    if (best.empty()) {
      ++i;
      continue;
    }
    RawMention m{begin_of(i), end_of(best_end), i, best_end};
    // The name's candidates are appended to the scan's; taken back when it is dropped.
    m.first_candidate = static_cast<uint32_t>(candidates.size());
    bool acronym = best_end == i && tok_text(i).size() <= 3 && (toks[i].flags & text::kAllCaps);
    if (acronym) {
      for (uint32_t c : best) {
        // "EU", "UN", "US": an acronym names a country or nothing (not Eu, France).
        if (gaz_.place(c).type == PlaceType::kCity) continue;
        candidates.push_back(static_cast<int32_t>(c));
      }
    } else {
      // (All of them, in one append: a name has dozens of places in the gazetteer.)
      candidates.insert(candidates.end(), best.begin(), best.end());
    }
    m.num_candidates = static_cast<uint32_t>(candidates.size()) - m.first_candidate;
    if (m.num_candidates == 0) {
      i = best_end + 1;
      continue;
    }
    {
      if (best_not_place) {
        candidates.resize(m.first_candidate);
        i = best_end + 1;
        continue;
      }
      const uint16_t last = classes_at(best_end);
      const uint16_t next = best_end + 1 < toks.size() ? word_classes_at(best_end + 1) : 0;
      m.division_word = ((last | next) & kDivisionWordWord) != 0;
      m.speaker = (next & kSpeakerVerbWord) != 0;
    }
    // What comes before: a cue, a title, or another capitalised word.
    uint16_t prev = i > 0 ? word_classes_at(i - 1) : 0;
    uint16_t prev2 = i > 1 ? word_classes_at(i - 2) : 0;
    if ((prev & kTheWord) && i > 1) {
      // "in the West Bank": the cue is before the article.
      prev = prev2;
      prev2 = classes.Of("the");
    }
    m.locative = (prev & kStrongCueWord) || ((prev & kOfWord) && (prev2 & kPlaceNounWord));
    m.weak_cue = !m.locative && (prev & kWeakCueWord);
    bool single = m.first_token == m.last_token;
    const uint16_t first = classes_at(i);
    bool keep = true;
    // Short names are acronyms only in capitals ("US", never "us").
    if (single && tok_text(i).size() <= 3 && !(toks[i].flags & text::kAllCaps) &&
        tok_text(i).find('.') == std::string_view::npos) {
      keep = false;
    }
    if (i > 0 && (classes_at(i - 1 - (i > 1 && tok_text(i - 1) == "." ? 1 : 0)) & kTitleWord)) {
      keep = false;
    }
    // A capitalised word just before, not part of the name: a person's given name ("Lloyd
    // Austin"), unless it is the sentence's first word ("Officials in ..."). (Asked only of a
    // name still kept: the tests from here on only drop names.)
    if (keep && i > first_word && is_cap(i - 1) && !m.locative && !m.weak_cue) {
      const uint16_t before = classes_at(i - 1);
      if (!(before & (kStopWordWord | kPlacePrefixWord)) &&
          gaz_.CountryOfDemonym(tok_text(i - 1)) < 0) {
        keep = false;
      }
    }
    // "North", "Central": never a place on their own ("in North Waziristan").
    if (single && (first & kPlacePrefixWord)) keep = false;
    // The tests below only drop names, and read the candidates' kinds and sizes: they are read
    // only for a name still kept that no cue places, or a stop word.
    const bool cued = m.locative || m.weak_cue;
    if (keep && (!cued || (single && (first & kStopWordWord)))) {
      double best_pop = 0;
      bool has_area = false, has_capital = false;
      for (int32_t c : out->CandidatesOf(m)) {
        const PlaceRecord& r = gaz_.place(c);
        if (r.type != PlaceType::kCity) has_area = true;
        if (r.flags & kCapital) has_capital = true;
        best_pop = std::max<double>(best_pop, r.population);
      }
      if (!cued) {
        if (single && (first & kStopWordWord)) {
          // "the Gulf" is the one stop word that is a place after its article.
          keep = keep && (first & kGulfWord) && (prev2 & kTheWord);
        }
        if (!has_area && !has_capital && best_pop < kMinBarePopulation) keep = false;
        // A capitalised word after a city's name: a person or an organisation ("Jackson
        // Browne", "Reading Festival"), unless the city is large.
        if (best_end + 1 < toks.size() && is_cap(best_end + 1) && !has_area && !has_capital &&
            best_pop < kMinPopulationBeforeName) {
          keep = false;
        }
      } else if (!has_area && !has_capital && best_pop < kMinBarePopulation) {
        keep = false;
      }
    }
    if (keep) {
      raw.push_back(m);
    } else {
      candidates.resize(m.first_candidate);
    }
    i = best_end + 1;
  }

  // Qualifiers: "Paris, Texas", "London, Ontario", "Perth, Scotland", "Kyiv, Ukraine".
  for (size_t k = 0; k + 1 < raw.size(); ++k) {
    RawMention& a = raw[k];
    RawMention& b = raw[k + 1];
    if (b.first_token != a.last_token + 2 || tok_text(a.last_token + 1) != ",") continue;
    bool contains = false;
    for (int32_t x : out->CandidatesOf(a)) {
      const PlaceRecord& r = gaz_.place(x);
      for (int32_t y : out->CandidatesOf(b)) contains = contains || y == r.country || y == r.adm1;
    }
    if (contains) {
      b.qualifies = static_cast<int>(k);
      b.qualifier = true;
    }
  }
  // The priors, once per sentence rather than for every event and pass of the ranking: each
  // candidate's score before context, which depends on its name and the name's other candidates
  // only.
  // (Every candidate is a kept name's: each is given its prior in its name's pass.)
  out->priors.resize(candidates.size());
  for (const RawMention& m : raw) {
    const std::span<const int32_t> named = out->CandidatesOf(m);
    for (size_t ci = 0; ci < named.size(); ++ci) {
      const PlaceRecord& r = gaz_.place(named[ci]);
      double& s = out->priors[m.first_candidate + ci];
      s = RememberedPrior(gaz_, named[ci]);
      // A division's seat, or a sizeable town, named like it ("Cusco", "La Paz", "Rafah") is the
      // city, unless the words say division ("Kaduna state"); either way both share the rest of
      // the score. (The search of the name's candidates for the division was made for every
      // candidate of every event and pass of the ranking.)
      if (r.type == PlaceType::kCity &&
          ((r.flags & (kAdminSeat | kCapital)) || r.population >= kMinTownNamingDivision) &&
          r.adm1 >= 0 && std::find(named.begin(), named.end(), r.adm1) != named.end()) {
        s = m.division_word ? kDivisionBase - 1 : std::max(s, kDivisionBase + 0.1);
      }
      if (r.type == PlaceType::kAdm1 && m.division_word) s += 2;
    }
  }
}

std::vector<PlaceMention> Resolver::ResolvePlaces(std::string_view sentence,
                                                  const PlaceScan& scan,
                                                  const ResolveContext& context) const {
  std::vector<RankedName> ranked;
  RankPlaces(scan, context, &ranked);
  std::vector<PlaceMention> out;
  out.reserve(ranked.size());
  for (const RankedName& r : ranked) {
    PlaceMention pm;
    pm.begin = r.begin;
    pm.end = r.end;
    pm.text = std::string(sentence.substr(r.begin, r.end - r.begin));
    pm.place = MakePlace(r.index);
    pm.candidates = r.candidates;
    pm.locative = r.locative;
    pm.qualifier = r.qualifier;
    pm.speaker = r.speaker;
    out.push_back(std::move(pm));
  }
  return out;
}

void Resolver::RankPlaces(const PlaceScan& scan, const ResolveContext& context,
                          std::vector<RankedName>* out) const {
  out->clear();
  // A sentence without place names (most of them) has nothing to rank: the context is not
  // built.
  if (scan.names.empty()) return;
  // The ranking's choices, per event; the scan stays shared and unchanged.
  const std::vector<RawMention>& raw = scan.names;
  // A name without a choice of candidates (forced, or of one candidate) is chosen whatever the
  // scores: only the candidates of names with a choice are ever scored, and when no name has
  // one (most sentences with places: "Ukraine", "Moscow"), the context is not built.
  auto has_choice = [&](size_t k) { return raw[k].forced < 0 && raw[k].num_candidates > 1; };
  bool any_choice = false;
  for (size_t k = 0; k < raw.size(); ++k) any_choice = any_choice || has_choice(k);
  // The context and the ranking's vectors are the thread's, cleared for each event: the coder
  // ranks a sentence's names again for every event.
  thread_local Context ctx;
  if (any_choice) {
    ctx.country_bonus.clear();
    ctx.dateline_place = -1;
    ctx.dateline_country = -1;
    BuildContext({}, context, &ctx);
  }
  thread_local std::vector<int32_t> chosen;
  chosen.resize(raw.size());
  for (size_t k = 0; k < raw.size(); ++k) chosen[k] = raw[k].chosen;
  const std::vector<int32_t>& demonym_countries = scan.demonym_countries;
  // A plain loop: the vectors hold a few countries at most, often none, and std::find's
  // unrolled search cost more to set up than these take to read.
  auto has = [](const std::vector<int32_t>& v, int32_t x) {
    for (const int32_t y : v) {
      if (y == x) return true;
    }
    return false;
  };

  // What of a candidate's score does not change between the passes below, worked out once per
  // event for every candidate of a name with a choice (it was worked out again for every pass):
  struct Fixed {
    int32_t country;   // the record's country, or -1
    int32_t division;  // a city's division, or -1: kSameDivisionBonus when named
    double bonus;      // the largest of its countries' bonuses from the event and demonyms
    bool dateline;     // the dateline's place
    int qualified;     // how many candidates of the name's qualifier contain it
  };
  // (Only grown: the entries read, those of names with a choice, are all written below, and
  // resizing it down and up again for every event zero-filled the difference.)
  thread_local std::vector<Fixed> fixed;
  if (fixed.size() < scan.candidates.size()) fixed.resize(scan.candidates.size());
  // A country's bonus, worked out for the first of its candidates in a row and kept for the
  // others (a name's candidates come in record order, a country's towns together).
  int32_t bonus_country = -1;
  double country_bonus = 0;
  for (size_t k = 0; k < raw.size(); ++k) {
    if (!has_choice(k)) continue;
    for (size_t g = raw[k].first_candidate; g < raw[k].first_candidate + raw[k].num_candidates;
         ++g) {
      const int32_t c = scan.candidates[g];
      const PlaceRecord& r = gaz_.place(c);
      Fixed& f = fixed[g];
      f.country = r.country;
      f.division = r.type == PlaceType::kCity ? r.adm1 : -1;
      f.bonus = 0;
      if (r.country >= 0) {
        if (r.country != bonus_country) {
          country_bonus = 0;
          for (const auto& [country, b] : ctx.country_bonus) {
            if (country == r.country) country_bonus = std::max(country_bonus, b);
          }
          if (has(demonym_countries, r.country)) {
            country_bonus = std::max(country_bonus, kDemonymCountryBonus);
          }
          bonus_country = r.country;
        }
        f.bonus = country_bonus;
      }
      f.dateline = c == ctx.dateline_place;
      f.qualified = 0;
    }
  }
  // A qualifier following a name ("Texas" of "Paris, Texas") raises its candidates in it.
  for (const RawMention& q : raw) {
    if (q.qualifies < 0 || !has_choice(static_cast<size_t>(q.qualifies))) continue;
    const RawMention& m = raw[static_cast<size_t>(q.qualifies)];
    for (size_t ci = 0; ci < m.num_candidates; ++ci) {
      const PlaceRecord& r = gaz_.place(scan.candidates[m.first_candidate + ci]);
      for (int32_t y : scan.CandidatesOf(q)) {
        if (y == r.country || y == r.adm1) ++fixed[m.first_candidate + ci].qualified;
      }
    }
  }

  // The best candidate of name k in its context: `sent`, the countries the sentence's other
  // names lend (each worth kSentenceCountryBonus), and `divisions`, the divisions they name.
  auto pick = [&](size_t k, const std::vector<int32_t>& sent,
                  const std::vector<int32_t>& divisions) {
    const RawMention& m = raw[k];
    if (m.forced >= 0) {
      chosen[k] = m.forced;
      return;
    }
    // A name with one candidate means it, whatever the scores.
    if (m.num_candidates == 1) {
      chosen[k] = scan.candidates[m.first_candidate];
      return;
    }
    // The score before context of each candidate: TypePrior(r, /*in_dateline=*/false), raised
    // for a division's seat named like it or a division the words name (see ScanTokens).
    const double* const priors = scan.priors.data() + m.first_candidate;
    const Fixed* const fixeds = fixed.data() + m.first_candidate;
    const bool any_sent = !sent.empty(), any_divisions = !divisions.empty();
    double best = -1e9;
    int32_t best_ci = 0;
    for (size_t ci = 0; ci < m.num_candidates; ++ci) {
      const Fixed& f = fixeds[ci];
      // The terms are added in the order they always were, so that the sums are the same
      // doubles. (A bonus already as large needs no search of the sentence's countries.)
      double s = priors[ci];
      double bonus = f.bonus;
      if (any_sent && bonus < kSentenceCountryBonus && f.country >= 0 && has(sent, f.country)) {
        bonus = kSentenceCountryBonus;
      }
      s += bonus;
      if (any_divisions && f.division >= 0 && has(divisions, f.division)) {
        s += kSameDivisionBonus;
      }
      if (f.dateline) s += kDatelinePlaceBonus;
      for (int q = 0; q < f.qualified; ++q) s += kQualifierBonus;
      if (s > best) {
        best = s;
        best_ci = static_cast<int32_t>(ci);
      }
    }
    chosen[k] = scan.candidates[m.first_candidate + best_ci];
  };

  // Pass 1 resolves each name on its own; the countries and divisions so found are then the
  // sentence's context for pass 2 (each name's own country is not counted for itself, so that a
  // name cannot confirm its own first guess).
  thread_local std::vector<int32_t> sent, divisions;
  sent.clear();
  divisions.clear();
  for (size_t k = 0; k < raw.size(); ++k) pick(k, sent, divisions);
  // A name without a choice of candidates keeps the one pass 1 gave it; when no name has a
  // choice, the passes have nothing to do.
  for (int pass = 0; pass < 2 && any_choice; ++pass) {
    bool changed = false;
    for (size_t k = 0; k < raw.size(); ++k) {
      if (!has_choice(k)) continue;
      sent.clear();
      divisions.clear();
      for (size_t o = 0; o < raw.size(); ++o) {
        if (o == k || chosen[o] < 0) continue;
        const PlaceRecord& r = gaz_.place(chosen[o]);
        // Only names that are sure of themselves lend their country: a country, a capital, a
        // name with one meaning, or a qualifier.
        bool sure = r.type == PlaceType::kCountry || (r.flags & kCapital) ||
                    raw[o].num_candidates == 1 || raw[o].qualifier || raw[o].forced >= 0 ||
                    r.population >= 1000000;
        if (sure && r.country >= 0 && !has(sent, r.country)) sent.push_back(r.country);
        if (r.type == PlaceType::kAdm1) divisions.push_back(chosen[o]);
      }
      // The first of these passes gives a name that the others lend no country or division the
      // context of pass 1, which chose it: the choice stands.
      if (pass == 0 && sent.empty() && divisions.empty()) continue;
      const int32_t before = chosen[k];
      pick(k, sent, divisions);
      changed = changed || chosen[k] != before;
    }
    // A pass that changed no choice leaves every name the context it had: the next pass would
    // choose the same again.
    if (!changed) break;
  }

  // (Sized once and written in place: a push_back per name was a call per name.)
  out->resize(raw.size());
  for (size_t k = 0; k < raw.size(); ++k) {
    const RawMention& m = raw[k];
    RankedName& r = (*out)[k];
    r.begin = m.begin;
    r.end = m.end;
    r.index = chosen[k];
    r.candidates = static_cast<int>(m.num_candidates);
    r.locative = m.locative;
    r.qualifier = m.qualifier;
    r.speaker = m.speaker && !m.locative;
  }
}

Place Resolver::ResolveActionPlace(std::string_view sentence, const ResolveContext& context) const {
  return ChooseActionPlace(FindPlaces(sentence, context), context);
}

namespace {

// The ranked form of mentions that ResolvePlaces built (each place is its record's MakePlace).
std::vector<RankedName> Ranked(const std::vector<PlaceMention>& mentions) {
  std::vector<RankedName> out;
  out.reserve(mentions.size());
  for (const PlaceMention& m : mentions) {
    RankedName r;
    r.begin = m.begin;
    r.end = m.end;
    r.index = m.place.index;
    r.candidates = m.candidates;
    r.locative = m.locative;
    r.qualifier = m.qualifier;
    r.speaker = m.speaker;
    out.push_back(r);
  }
  return out;
}

}  // namespace

Place Resolver::ResolveActorPlace(const std::vector<PlaceMention>& mentions,
                                  std::string_view actor_code, uint32_t begin,
                                  uint32_t end) const {
  return MakePlace(ActorPlaceRecord(Ranked(mentions), actor_code, begin, end));
}

int32_t Resolver::ActorPlaceRecord(const std::vector<RankedName>& names,
                                   std::string_view actor_code, uint32_t begin,
                                   uint32_t end) const {
  // The actor's country ("home"), when it has one: a place elsewhere is not where it is.
  const int32_t home = gaz_.CountryByCode(CountryPart(actor_code));
  // Up to this many bytes between the actor and a place after it: " in ", " based in ".
  constexpr uint32_t kAfter = 12;
  const RankedName* best = nullptr;
  for (const RankedName& m : names) {
    if (m.index < 0 || m.qualifier) continue;
    const bool inside = m.begin >= begin && m.end <= end;
    const bool after = m.locative && m.begin >= end && m.begin - end <= kAfter;
    if (!inside && !after) continue;  // (before the record is read: most names are elsewhere)
    // (The home's code is read here, for a name beside the actor, not for every actor: most
    // have none.)
    if (home >= 0 &&
        FieldCode(gaz_.place(m.index).iso3, 3) != FieldCode(gaz_.place(home).iso3, 3)) {
      continue;
    }
    // The actor's own words first ("Kharkiv governor"), then the place after it.
    if (best == nullptr || (inside && !(best->begin >= begin && best->end <= end))) best = &m;
  }
  if (best != nullptr && gaz_.place(best->index).type != PlaceType::kCountry) return best->index;
  return home;
}

Place Resolver::ChooseActionPlace(const std::vector<PlaceMention>& mentions,
                                  const ResolveContext& context) const {
  // (A dateline's place is its record's MakePlace, as ResolveDateline made it.)
  return MakePlace(ChooseActionRecord(Ranked(mentions), context));
}

int32_t Resolver::ChooseActionRecord(const std::vector<RankedName>& names,
                                     const ResolveContext& context) const {
  // Rank: a locative name before others; a more specific place before a larger one; the name
  // nearest the verb (when known), else the first.
  auto specificity = [](PlaceType t) {
    switch (t) {
      case PlaceType::kCity:
        return 3;
      case PlaceType::kAdm1:
      case PlaceType::kRegion:
        return 2;
      case PlaceType::kCountry:
        return 1;
      default:
        return 0;
    }
  };
  const RankedName* best = nullptr;
  // Of names that are not introduced as a location, one in a country of the event comes before
  // a more specific one elsewhere: "visit to Russia ... address the Duma" happens in Russia,
  // not in Duma, Syria.
  auto in_context = [&](const RankedName& m) {
    const std::string_view iso3 = FieldCode(gaz_.place(m.index).iso3, 3);
    for (const std::string& code : context.countries) {
      if (IsoOfCameoCountry(CountryPart(code)) == iso3) return 1;
    }
    return 0;
  };
  // A name's rank, compared field by field. Whether it is in a country of the event, which reads
  // the event's countries, is worked out only when the fields before it tie with the best
  // name's: most names differ from it already in being locative or a speaker.
  struct Rank {
    int loc, not_speaker;
    int ctx;  // -1: not worked out yet
    int spec;
    long neg_dist;
  };
  auto rank = [&](const RankedName& m) {
    Rank r;
    r.loc = m.locative ? 1 : 0;
    r.not_speaker = m.speaker ? 0 : 1;
    r.ctx = m.locative ? 0 : -1;
    r.spec = specificity(gaz_.place(m.index).type);
    const long dist = context.verb_offset >= 0
                          ? std::labs(static_cast<long>(m.begin) - context.verb_offset)
                          : static_cast<long>(m.begin);
    r.neg_dist = -dist;
    return r;
  };
  auto ctx_of = [&](const RankedName& m, Rank* r) {
    if (r->ctx < 0) r->ctx = in_context(m);
    return r->ctx;
  };
  // (The best name's rank is kept, not worked out again for every comparison.)
  Rank best_rank{};
  for (const RankedName& m : names) {
    if (m.index < 0 || m.qualifier) continue;
    Rank m_rank = rank(m);
    bool better;
    if (best == nullptr) {
      better = true;
    } else if (m_rank.loc != best_rank.loc || m_rank.not_speaker != best_rank.not_speaker) {
      better = std::tie(m_rank.loc, m_rank.not_speaker) >
               std::tie(best_rank.loc, best_rank.not_speaker);
    } else {
      const int m_ctx = ctx_of(m, &m_rank);
      const int best_ctx = ctx_of(*best, &best_rank);
      better = std::tie(m_ctx, m_rank.spec, m_rank.neg_dist) >
               std::tie(best_ctx, best_rank.spec, best_rank.neg_dist);
    }
    if (better) {
      best = &m;
      best_rank = m_rank;
    }
  }
  if (best != nullptr) return best->index;
  if (!context.dateline.empty()) {
    if (context.dateline_place != nullptr) {
      if (context.dateline_place->found()) return context.dateline_place->index;
    } else {
      const Place d = ResolveDateline(context.dateline);
      if (d.found()) return d.index;
    }
  }
  for (const std::string& code : context.countries) {
    int32_t c = gaz_.CountryByCode(CountryPart(code));
    if (c >= 0) return c;
  }
  return -1;
}

}  // namespace dyad::geo
