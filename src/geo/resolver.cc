#include "geo/resolver.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

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

// kStopWords as a hash set: the list is long (296 words) and asked about for most names found.
bool IsStopWord(std::string_view w) {
  static const std::unordered_set<std::string_view> set(std::begin(kStopWords),
                                                        std::end(kStopWords));
  return set.count(w) > 0;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view FieldCode(const char* f, size_t n) {
  size_t len = 0;
  while (len < n && f[len] != '\0') ++len;
  return {f, len};
}


using RawMention = ScannedName;

// ASCII case-insensitive equality with a lower-case word, without building a lower-case copy.
bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t k = 0; k < s.size(); ++k) {
    char c = s[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[k]) return false;
  }
  return true;
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
      return std::log10(r.population + 10.0) + ((r.flags & kCapital) ? kCapitalBonus : 0) +
             (!in_dateline && (r.flags & kAdminSeat) ? kSeatBonus : 0) +
             (r.population >= 1000000 ? kMillionBonus : 0);
  }
}

}  // namespace

struct Resolver::Context {
  // Country index -> bonus. A few entries at most: a vector, not a hash map, since a context is
  // built for every event.
  std::vector<std::pair<int32_t, double>> country_bonus;
  int32_t dateline_place = -1;
  int32_t dateline_country = -1;
  std::vector<int32_t> event_countries;
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
  // first part is the place, a later one its country or state.
  size_t cut = dateline.find_first_of("(\xe2");
  std::string_view head = dateline.substr(0, cut);
  if (size_t dash = head.find(" -"); dash != std::string_view::npos) head = head.substr(0, dash);
  std::vector<std::string_view> parts;
  for (size_t a = 0; a <= head.size();) {
    size_t b = head.find(',', a);
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
    if (c >= 0) out->event_countries.push_back(c);
  }
  if (!in.dateline.empty()) {
    Place resolved;
    if (in.dateline_place == nullptr) resolved = ResolveDateline(in.dateline);
    const Place& d = in.dateline_place != nullptr ? *in.dateline_place : resolved;
    if (d.found()) {
      out->dateline_place = d.index;
      out->dateline_country = gaz_.place(d.index).country;
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
  ScanTokens(sentence, toks, out);
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
  thread_local std::vector<Token> toks;
  toks.resize(tokens.size());
  for (size_t k = 0; k < tokens.size(); ++k) {
    Token t;
    t.begin = tokens[k].begin - offset;
    t.end = tokens[k].end - offset;
    t.flags = tokens[k].flags;
    toks[k] = t;
  }
  // Tokenize marks the first token of a text as starting a line.
  toks[0].flags |= text::kNewline;
  ScanTokens(sentence, toks, out);
}

void Resolver::ScanTokens(std::string_view sentence, const std::vector<Token>& toks,
                          PlaceScan* out) const {
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

  auto tok_text = [&](size_t k) {
    return sentence.substr(toks[k].begin, toks[k].end - toks[k].begin);
  };
  auto is_word = [&](size_t k) { return (toks[k].flags & text::kWord) != 0; };
  auto is_cap = [&](size_t k) {
    return is_word(k) && (toks[k].flags & (text::kCapitalized | text::kAllCaps)) != 0;
  };
  auto lower_at = [&](size_t k) { return Lower(tok_text(k)); };
  // First word of the sentence (after opening quotes or brackets).
  size_t first_word = 0;
  while (first_word < toks.size() && !is_word(first_word)) ++first_word;

  // The key buffer is the thread's, reused from sentence to sentence: this runs for every
  // sentence with an event.
  thread_local std::string key;

  for (size_t i = 0; i < toks.size();) {
    if (!is_word(i)) {
      ++i;
      continue;
    }
    // "the Russian capital", "the Syrian capital": the country's capital.
    bool took_capital = false;
    if (i + 2 < toks.size() && is_cap(i + 1) && EqualsLower(tok_text(i), "the")) {
      for (size_t len : {2, 1}) {
        size_t cap = i + 1 + len;
        if (cap >= toks.size() || lower_at(cap) != "capital") continue;
        std::string_view adj =
            sentence.substr(toks[i + 1].begin, toks[i + len].end - toks[i + 1].begin);
        int32_t country = gaz_.CountryOfDemonym(adj);
        int32_t capital = gaz_.CapitalOf(country);
        if (capital < 0) continue;
        RawMention m{toks[i].begin, toks[cap].end, i, cap};
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
    thread_local std::string best_key;  // the key of the span i..best_end
    // The keys of the name's first word and of its first two words (when the search reached
    // them: 1 normalised, 0 did not, -1 not searched), for the demonym test below.
    thread_local std::string own_key, pair_key;
    int own = -1, pair = -1;
    int words = 0;
    for (size_t j = i; j < toks.size() && words < kMaxNameTokens; ++j) {
      if (j > i && toks[j].flags & text::kNewline) break;
      if (!is_word(j)) {
        std::string_view p = tok_text(j);
        if (p != "-" && p != "." && p != "'") break;
        continue;
      }
      ++words;
      // A one-word name is capitalised; a longer one may end in a lower-case word ("Deir
      // ez-Zor", "Kaduna state").
      if (!is_cap(j) && j == i) continue;
      std::string_view span = sentence.substr(toks[i].begin, toks[j].end - toks[i].begin);
      const bool normalized = NormalizeName(span, &key);
      if (j == i) {
        own = normalized;
        own_key = key;
      } else if (j == i + 1) {
        pair = normalized;
        pair_key = key;
      }
      if (!normalized) continue;
      bool extendable = false;
      auto found = gaz_.LookupNormalized(key, &extendable);
      if (!found.empty()) {
        best = found;
        best_end = j;
        best_key = key;
      }
      // The key of a longer span starts with this one (NormalizeName reads left to right),
      // so when no gazetteer key starts with it, no longer name can be found.
      if (!extendable) break;
    }
    // A demonym ("Russian", "North Korean") is a country of the sentence, not a place.
    bool demonym = false;
    for (size_t j = std::min(i + 1, toks.size() - 1); j + 1 > i; --j) {
      if (!is_word(j)) continue;
      // CountryOfDemonym of the span, from its key when the search of names made it.
      const int known = j == i ? own : j == i + 1 ? pair : -1;
      int32_t c = known == 0   ? -1
                  : known == 1 ? gaz_.CountryOfDemonymNormalized(j == i ? own_key : pair_key)
                               : gaz_.CountryOfDemonym(
                                     sentence.substr(toks[i].begin, toks[j].end - toks[i].begin));
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
    RawMention m{toks[i].begin, toks[best_end].end, i, best_end};
    // The name's candidates are appended to the scan's; taken back when it is dropped.
    m.first_candidate = static_cast<uint32_t>(candidates.size());
    bool acronym = best_end == i && tok_text(i).size() <= 3 && (toks[i].flags & text::kAllCaps);
    for (uint32_t c : best) {
      // "EU", "UN", "US": an acronym names a country or nothing (not Eu, France).
      if (acronym && gaz_.place(c).type == PlaceType::kCity) continue;
      candidates.push_back(static_cast<int32_t>(c));
    }
    m.num_candidates = static_cast<uint32_t>(candidates.size()) - m.first_candidate;
    if (m.num_candidates == 0) {
      i = best_end + 1;
      continue;
    }
    {
      const std::string& span_key = best_key;  // NormalizeName of the name's span
      if (In(kNotPlaces, span_key)) {
        candidates.resize(m.first_candidate);
        i = best_end + 1;
        continue;
      }
      std::string last = lower_at(best_end);
      std::string next =
          best_end + 1 < toks.size() && is_word(best_end + 1) ? lower_at(best_end + 1) : "";
      m.division_word = In(kDivisionWords, last) || In(kDivisionWords, next);
      m.speaker = In(kSpeakerVerbs, next);
    }
    // What comes before: a cue, a title, or another capitalised word.
    std::string prev = i > 0 && is_word(i - 1) ? lower_at(i - 1) : "";
    std::string prev2 = i > 1 && is_word(i - 2) ? lower_at(i - 2) : "";
    if (prev == "the" && i > 1) {
      // "in the West Bank": the cue is before the article.
      std::swap(prev, prev2);
      prev2 = "the";
    }
    m.locative = In(kStrongCues, prev) || (prev == "of" && In(kPlaceNouns, prev2));
    m.weak_cue = !m.locative && In(kWeakCues, prev);
    bool single = m.first_token == m.last_token;
    std::string first_lower = lower_at(i);
    bool keep = true;
    // Short names are acronyms only in capitals ("US", never "us").
    if (single && tok_text(i).size() <= 3 && !(toks[i].flags & text::kAllCaps) &&
        tok_text(i).find('.') == std::string_view::npos) {
      keep = false;
    }
    if (i > 0 && In(kTitles, lower_at(i - 1 - (i > 1 && tok_text(i - 1) == "." ? 1 : 0)))) {
      keep = false;
    }
    // A capitalised word just before, not part of the name: a person's given name ("Lloyd
    // Austin"), unless it is the sentence's first word ("Officials in ...").
    if (i > first_word && is_cap(i - 1) && !m.locative && !m.weak_cue) {
      std::string before = lower_at(i - 1);
      if (!IsStopWord(before) && !In(kPlacePrefixes, before) &&
          gaz_.CountryOfDemonym(tok_text(i - 1)) < 0) {
        keep = false;
      }
    }
    double best_pop = 0;
    bool has_area = false, has_capital = false;
    for (int32_t c : out->CandidatesOf(m)) {
      const PlaceRecord& r = gaz_.place(c);
      if (r.type != PlaceType::kCity) has_area = true;
      if (r.flags & kCapital) has_capital = true;
      best_pop = std::max<double>(best_pop, r.population);
    }
    // "North", "Central": never a place on their own ("in North Waziristan").
    if (single && In(kPlacePrefixes, first_lower)) keep = false;
    if (!m.locative && !m.weak_cue) {
      if (single && IsStopWord(first_lower)) {
        // "the Gulf" is the one stop word that is a place after its article.
        keep = keep && first_lower == "gulf" && prev2 == "the";
      }
      if (!has_area && !has_capital && best_pop < kMinBarePopulation) keep = false;
      // A capitalised word after a city's name: a person or an organisation ("Jackson Browne",
      // "Reading Festival"), unless the city is large.
      if (best_end + 1 < toks.size() && is_cap(best_end + 1) && !has_area && !has_capital &&
          best_pop < kMinPopulationBeforeName) {
        keep = false;
      }
    } else if (single && IsStopWord(first_lower) && !has_area && !has_capital &&
               best_pop < kMinBarePopulation) {
      keep = false;
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
  out->priors.resize(candidates.size());
  for (size_t k = 0; k < candidates.size(); ++k) {
    out->priors[k] = TypePrior(gaz_.place(candidates[k]), false);
  }
  for (const RawMention& m : raw) {
    const std::span<const int32_t> named = out->CandidatesOf(m);
    for (size_t ci = 0; ci < named.size(); ++ci) {
      const PlaceRecord& r = gaz_.place(named[ci]);
      double& s = out->priors[m.first_candidate + ci];
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
  // The context and the ranking's vectors are the thread's, cleared for each event: the coder
  // ranks a sentence's names again for every event.
  thread_local Context ctx;
  ctx.country_bonus.clear();
  ctx.event_countries.clear();
  ctx.dateline_place = -1;
  ctx.dateline_country = -1;
  BuildContext({}, context, &ctx);
  // The ranking's choices, per event; the scan stays shared and unchanged.
  const std::vector<RawMention>& raw = scan.names;
  thread_local std::vector<int32_t> chosen;
  chosen.resize(raw.size());
  for (size_t k = 0; k < raw.size(); ++k) chosen[k] = raw[k].chosen;
  const std::vector<int32_t>& demonym_countries = scan.demonym_countries;
  auto has = [](const auto& v, int32_t x) { return std::find(v.begin(), v.end(), x) != v.end(); };

  // `sent`: the countries the sentence's other names lend (each worth kSentenceCountryBonus).
  auto score = [&](size_t k, size_t ci, const std::vector<int32_t>& sent,
                   const std::vector<int32_t>& divisions) {
    const RawMention& m = raw[k];
    const std::span<const int32_t> candidates = scan.CandidatesOf(m);
    const int32_t c = candidates[ci];
    const PlaceRecord& r = gaz_.place(c);
    // The score before context: TypePrior(r, /*in_dateline=*/false), raised for a division's
    // seat named like it or a division the words name (see ScanTokens).
    double s = scan.PriorsOf(m)[ci];
    double bonus = 0;
    if (r.country >= 0) {
      for (const auto& [country, b] : ctx.country_bonus) {
        if (country == r.country) bonus = std::max(bonus, b);
      }
      if (has(sent, r.country)) bonus = std::max(bonus, kSentenceCountryBonus);
      if (has(demonym_countries, r.country)) bonus = std::max(bonus, kDemonymCountryBonus);
    }
    s += bonus;
    if (r.type == PlaceType::kCity && r.adm1 >= 0 && has(divisions, r.adm1)) {
      s += kSameDivisionBonus;
    }
    if (c == ctx.dateline_place) s += kDatelinePlaceBonus;
    // A qualifier following this mention.
    for (const RawMention& q : raw) {
      if (q.qualifies < 0 || static_cast<size_t>(q.qualifies) != k) continue;
      for (int32_t y : scan.CandidatesOf(q)) {
        if (y == r.country || y == r.adm1) s += kQualifierBonus;
      }
    }
    return s;
  };
  auto pick = [&](size_t k, const std::vector<int32_t>& sent,
                  const std::vector<int32_t>& divisions) {
    const RawMention& m = raw[k];
    if (m.forced >= 0) {
      chosen[k] = m.forced;
      return;
    }
    double best = -1e9;
    for (size_t ci = 0; ci < m.num_candidates; ++ci) {
      double s = score(k, ci, sent, divisions);
      if (s > best) {
        best = s;
        chosen[k] = scan.candidates[m.first_candidate + ci];
      }
    }
  };

  // Pass 1 resolves each name on its own; the countries and divisions so found are then the
  // sentence's context for pass 2 (each name's own country is not counted for itself, so that a
  // name cannot confirm its own first guess).
  thread_local std::vector<int32_t> sent, divisions;
  sent.clear();
  divisions.clear();
  for (size_t k = 0; k < raw.size(); ++k) pick(k, sent, divisions);
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t k = 0; k < raw.size(); ++k) {
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
      pick(k, sent, divisions);
    }
  }

  out->clear();
  for (size_t k = 0; k < raw.size(); ++k) {
    const RawMention& m = raw[k];
    RankedName r;
    r.begin = m.begin;
    r.end = m.end;
    r.index = chosen[k];
    r.candidates = static_cast<int>(m.num_candidates);
    r.locative = m.locative;
    r.qualifier = m.qualifier;
    r.speaker = m.speaker && !m.locative;
    out->push_back(r);
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
  const std::string_view home_iso3 =
      home >= 0 ? FieldCode(gaz_.place(home).iso3, 3) : std::string_view();
  // Up to this many bytes between the actor and a place after it: " in ", " based in ".
  constexpr uint32_t kAfter = 12;
  const RankedName* best = nullptr;
  for (const RankedName& m : names) {
    if (m.index < 0 || m.qualifier) continue;
    if (home >= 0 && FieldCode(gaz_.place(m.index).iso3, 3) != home_iso3) continue;
    const bool inside = m.begin >= begin && m.end <= end;
    const bool after = m.locative && m.begin >= end && m.begin - end <= kAfter;
    if (!inside && !after) continue;
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
  auto rank = [&](const RankedName& m) {
    int loc = m.locative ? 1 : 0;
    int not_speaker = m.speaker ? 0 : 1;
    int ctx = m.locative ? 0 : in_context(m);
    int spec = specificity(gaz_.place(m.index).type);
    long dist = context.verb_offset >= 0
                    ? std::labs(static_cast<long>(m.begin) - context.verb_offset)
                    : static_cast<long>(m.begin);
    return std::make_tuple(loc, not_speaker, ctx, spec, -dist);
  };
  for (const RankedName& m : names) {
    if (m.index < 0 || m.qualifier) continue;
    if (best == nullptr || rank(m) > rank(*best)) best = &m;
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
