// dyad_gazetteer: converts the set-up data into dyad's gazetteer file (gazetteer.h).
//
//   dyad_gazetteer --cities cities500.txt --iso1 iso_3166-1.json --iso2 iso_3166-2.json
//                  --countries data/actors/countries.dict --fips data/geo/fips.tsv
//                  --regions data/geo/regions.tsv --out gazetteer.bin
//
// Countries come from ISO 3166-1 (plus the English names and demonyms of dyad's own
// countries.dict), first-level divisions from ISO 3166-2, cities from GeoNames cities500, FIPS
// codes from data/geo/fips.tsv. A country is placed at its capital; a division at the mean of
// its cities, which GeoNames ties to it by an admin1 code that ISO 3166-2 does not give, so the
// two are joined here (see MapDivisions).
#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "geo/gazetteer.h"
#include "lexicon/dict_file.h"

namespace dyad::geo {
namespace {

struct Args {
  std::string cities, iso1, iso2, countries, fips, regions, out;
};

void SetCode(char* field, size_t n, std::string_view v) {
  std::memset(field, 0, n);
  std::memcpy(field, v.data(), std::min(n, v.size()));
}

std::string_view CodeOf(const char* field, size_t n) {
  size_t len = 0;
  while (len < n && field[len] != '\0') ++len;
  return {field, len};
}

PlaceRecord NewRecord(PlaceType type) {
  PlaceRecord r;
  std::memset(&r, 0, sizeof(r));
  r.type = type;
  r.country = r.adm1 = r.capital = -1;
  return r;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> f;
  size_t a = 0;
  for (size_t b; (b = line.find('\t', a)) != std::string_view::npos; a = b + 1) {
    f.push_back(line.substr(a, b - a));
  }
  f.push_back(line.substr(a));
  return f;
}

std::vector<std::string_view> SplitChar(std::string_view s, char sep) {
  std::vector<std::string_view> f;
  size_t a = 0;
  for (size_t b; (b = s.find(sep, a)) != std::string_view::npos; a = b + 1) {
    f.push_back(s.substr(a, b - a));
  }
  f.push_back(s.substr(a));
  return f;
}

// The names an ISO list entry stands for: "Catalunya [Cataluña]" is two names, "Dagestan,
// Respublika" is also "Respublika Dagestan".
std::vector<std::string> IsoNames(std::string_view name) {
  std::vector<std::string> out;
  std::string main(name), alt;
  if (size_t b = main.find(" ["); b != std::string::npos) {
    size_t e = main.find(']', b);
    alt = main.substr(b + 2, e == std::string::npos ? std::string::npos : e - b - 2);
    main.resize(b);
    // "Wales [Cymru GB-CYM]": drop the code after the alternate name.
    if (size_t sp = alt.rfind(' ');
        sp != std::string::npos && alt.find('-', sp) != std::string::npos) {
      alt.resize(sp);
    }
  }
  for (const std::string& n : {main, alt}) {
    if (n.empty()) continue;
    out.push_back(n);
    if (size_t c = n.find(", "); c != std::string::npos) {
      out.push_back(n.substr(c + 2) + " " + n.substr(0, c));
    }
  }
  return out;
}

// Generic words of division names ("Kharkivska oblast", "Lagos State"), stripped before a
// division is matched with its seat.
constexpr std::string_view kDivisionWords[] = {
    "oblast",      "oblast'",    "province", "provincia", "state",       "region",
    "governorate", "prefecture", "county",   "district",  "department",  "departamento",
    "respublika",  "republic",   "sheng",    "zizhiqu",   "kray",        "krai",
    "muhafazat",   "wilayat",    "ostan",    "eyalet",    "voivodeship", "okrug",
    "autonomous",  "territory",  "vilayati", "viloyati",  "il",          "ili",
    "wilaya"};

std::string StripDivisionWords(const std::string& key) {
  std::string out;
  for (std::string_view w : SplitChar(key, ' ')) {
    bool generic = false;
    for (std::string_view g : kDivisionWords) generic = generic || w == g;
    if (generic || w.empty()) continue;
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

class Converter {
 public:
  explicit Converter(const Args& a) : args_(a) {}

  Status Run() {
    Status s;
    // Regions come before countries.dict, whose country names include some of them ("West
    // Bank", "Gaza Strip" under Palestine): the place of its own wins.
    if (!(s = ReadFips()).ok() || !(s = ReadCountries()).ok() || !(s = ReadDivisions()).ok() ||
        !(s = ReadCities()).ok() || !(s = ReadRegions()).ok() || !(s = ReadCountryDict()).ok()) {
      return s;
    }
    MapDivisions();
    PlaceCountries();
    std::fprintf(stderr, "dyad_gazetteer: %zu places (%zu countries, %zu divisions, %zu cities)\n",
                 w_.size(), n_countries_, n_divisions_, n_cities_);
    return w_.Write(args_.out);
  }

 private:
  Status ReadFips() {
    std::string text;
    if (Status s = lexicon::ReadFile(args_.fips, &text); !s.ok()) return s;
    for (std::string_view line : SplitChar(text, '\n')) {
      if (line.empty() || line[0] == '#') continue;
      auto f = SplitTabs(line);
      if (f.size() != 2 || f[0].size() != 2 || f[1].size() != 2) {
        return Status::Corruption(args_.fips + ": bad line: " + std::string(line));
      }
      fips_[std::string(f[0])] = std::string(f[1]);
    }
    return Status::OK();
  }

  Status ReadCountries() {
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (parser.load(args_.iso1).get(doc) != simdjson::SUCCESS) {
      return Status::Corruption(args_.iso1 + ": not JSON");
    }
    simdjson::dom::array list;
    if (doc["3166-1"].get_array().get(list) != simdjson::SUCCESS) {
      return Status::Corruption(args_.iso1 + ": no 3166-1 list");
    }
    for (simdjson::dom::element e : list) {
      std::string_view a2, a3, name;
      if (e["alpha_2"].get_string().get(a2) || e["alpha_3"].get_string().get(a3) ||
          e["name"].get_string().get(name)) {
        return Status::Corruption(args_.iso1 + ": entry without codes or name");
      }
      PlaceRecord r = NewRecord(PlaceType::kCountry);
      SetCode(r.iso2, 2, a2);
      SetCode(r.iso3, 3, a3);
      if (auto it = fips_.find(std::string(a2)); it != fips_.end()) SetCode(r.fips, 2, it->second);
      std::string_view common;
      bool has_common = e["common_name"].get_string().get(common) == simdjson::SUCCESS;
      uint32_t i = w_.AddPlace(r, has_common ? common : name);
      w_.mutable_place(i).country = static_cast<int32_t>(i);
      for (const std::string& n : IsoNames(name)) w_.AddName(i, n);
      for (const char* field : {"common_name", "official_name"}) {
        std::string_view v;
        if (e[field].get_string().get(v) == simdjson::SUCCESS) w_.AddName(i, v);
      }
      by_iso2_[std::string(a2)] = i;
      by_iso3_[std::string(a3)] = i;
      ++n_countries_;
    }
    // Kosovo is not in ISO 3166-1; GeoNames files its places under XK, and the user-assigned
    // XKX is what the code space of this file uses (CAMEO's KSV maps to it).
    if (!by_iso2_.count("XK")) {
      PlaceRecord r = NewRecord(PlaceType::kCountry);
      SetCode(r.iso2, 2, "XK");
      SetCode(r.iso3, 3, "XKX");
      if (auto it = fips_.find("XK"); it != fips_.end()) SetCode(r.fips, 2, it->second);
      uint32_t i = w_.AddPlace(r, "Kosovo");
      w_.mutable_place(i).country = static_cast<int32_t>(i);
      w_.AddName(i, "Republic of Kosovo");
      by_iso2_["XK"] = i;
      by_iso3_["XKX"] = i;
      ++n_countries_;
    }
    return Status::OK();
  }

  Status ReadDivisions() {
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (parser.load(args_.iso2).get(doc) != simdjson::SUCCESS) {
      return Status::Corruption(args_.iso2 + ": not JSON");
    }
    simdjson::dom::array list;
    if (doc["3166-2"].get_array().get(list) != simdjson::SUCCESS) {
      return Status::Corruption(args_.iso2 + ": no 3166-2 list");
    }
    for (simdjson::dom::element e : list) {
      std::string_view code, name, parent;
      if (e["code"].get_string().get(code) || e["name"].get_string().get(name)) {
        return Status::Corruption(args_.iso2 + ": entry without code or name");
      }
      // Only first-level divisions are places of their own; a lower one is kept aside in case
      // regions.tsv names it (Indonesia's provinces sit under island groups in ISO).
      bool first_level = e["parent"].get_string().get(parent) != simdjson::SUCCESS;
      auto country = by_iso2_.find(std::string(code.substr(0, 2)));
      if (country == by_iso2_.end()) continue;
      if (!first_level) {
        lower_divisions_[std::string(code)] = std::string(name);
        continue;
      }
      AddDivision(code, name, country->second);
    }
    return Status::OK();
  }

  uint32_t AddDivision(std::string_view code, std::string_view name, uint32_t country) {
    PlaceRecord r = NewRecord(PlaceType::kAdm1);
    const PlaceRecord& c = w_.mutable_place(country);
    std::memcpy(r.iso2, c.iso2, 2);
    std::memcpy(r.iso3, c.iso3, 3);
    std::memcpy(r.fips, c.fips, 2);
    SetCode(r.iso_region, sizeof(r.iso_region), code);
    r.country = static_cast<int32_t>(country);
    std::vector<std::string> names = IsoNames(name);
    uint32_t i = w_.AddPlace(r, names.empty() ? name : std::string_view(names[0]));
    for (const std::string& n : names) w_.AddName(i, n);
    divisions_[std::string(code)] = i;
    ++n_divisions_;
    return i;
  }

  Status ReadCountryDict() {
    std::vector<lexicon::DictBlock> blocks;
    if (Status s = lexicon::ReadDictFile(args_.countries, &blocks); !s.ok()) return s;
    for (const lexicon::DictBlock& b : blocks) {
      if (b.kind != "actor" || b.head.size() != 3) continue;  // role blocks (USAGOV) are not places
      auto it = by_iso3_.find(std::string(IsoOfCameoCountry(b.head)));
      if (it == by_iso3_.end()) continue;
      for (const lexicon::DictLine& l : b.lines) {
        for (const std::string& phrase : lexicon::SplitPhrases(l.value)) {
          std::string key;
          if (l.key == "name") {
            if (NormalizeName(phrase, &key) && region_names_.count(key)) continue;
            w_.AddName(it->second, phrase);
          } else if (l.key == "adj") {
            w_.AddDemonym(phrase, it->second);
          }
        }
      }
    }
    return Status::OK();
  }

  Status ReadCities() {
    std::string text;
    if (Status s = lexicon::ReadFile(args_.cities, &text); !s.ok()) return s;
    size_t line_no = 0;
    for (size_t a = 0; a < text.size();) {
      size_t b = text.find('\n', a);
      if (b == std::string::npos) b = text.size();
      std::string_view line(text.data() + a, b - a);
      a = b + 1;
      ++line_no;
      if (line.empty()) continue;
      auto f = SplitTabs(line);
      if (f.size() < 15) {
        return Status::Corruption(args_.cities + ":" + std::to_string(line_no) + ": short line");
      }
      std::string_view fcode = f[7];
      // Historical, abandoned and destroyed places, and places of religious orders, do not host
      // today's events.
      if (fcode == "PPLH" || fcode == "PPLQ" || fcode == "PPLW" || fcode == "PPLR") continue;
      auto country = by_iso2_.find(std::string(f[8]));
      PlaceRecord r = NewRecord(PlaceType::kCity);
      std::from_chars(f[0].data(), f[0].data() + f[0].size(), r.geonames_id);
      double lat = 0, lon = 0;
      std::from_chars(f[4].data(), f[4].data() + f[4].size(), lat);
      std::from_chars(f[5].data(), f[5].data() + f[5].size(), lon);
      r.lat = static_cast<float>(lat);
      r.lon = static_cast<float>(lon);
      uint64_t pop = 0;
      std::from_chars(f[14].data(), f[14].data() + f[14].size(), pop);
      r.population = static_cast<uint32_t>(std::min<uint64_t>(pop, UINT32_MAX));
      // PPLG, the seat of government, is the capital news means (La Paz, not Sucre).
      if (fcode == "PPLC" || fcode == "PPLG") r.flags |= kCapital;
      if (fcode == "PPLA") r.flags |= kAdminSeat;
      SetCode(r.admin1, sizeof(r.admin1) - 1, f[10]);
      if (country != by_iso2_.end()) {
        const PlaceRecord& c = w_.mutable_place(country->second);
        std::memcpy(r.iso2, c.iso2, 2);
        std::memcpy(r.iso3, c.iso3, 3);
        std::memcpy(r.fips, c.fips, 2);
        r.country = static_cast<int32_t>(country->second);
      } else {
        SetCode(r.iso2, 2, f[8]);  // Kosovo (XK): no ISO 3166-1 record
      }
      uint32_t i = w_.AddPlace(r, f[1]);
      city_by_id_[r.geonames_id] = i;
      w_.AddName(i, f[1]);
      w_.AddName(i, f[2]);
      for (std::string_view alt : SplitChar(f[3], ',')) {
        if (KeepAlternate(alt)) w_.AddName(i, alt);
      }
      ++n_cities_;
    }
    return Status::OK();
  }

  // Alternate names include airport and postal codes ("MOW", "LON") and abbreviations that
  // would match ordinary words; only names of three letters or more with a lower-case letter
  // are kept.
  static bool KeepAlternate(std::string_view alt) {
    if (alt.size() < 3) return false;
    bool lower = false;
    for (char c : alt) {
      if (c >= '0' && c <= '9') return false;
      lower = lower || (c >= 'a' && c <= 'z') || (static_cast<unsigned char>(c) >= 0x80);
    }
    return lower;
  }

  Status ReadRegions() {
    std::string text;
    if (Status s = lexicon::ReadFile(args_.regions, &text); !s.ok()) return s;
    int line_no = 0;
    for (std::string_view line : SplitChar(text, '\n')) {
      ++line_no;
      if (line.empty() || line[0] == '#') continue;
      auto f = SplitTabs(line);
      auto bad = [&] {
        return Status::Corruption(args_.regions + ":" + std::to_string(line_no) + ": bad line");
      };
      if (f[0] == "region" && f.size() == 5) {
        PlaceRecord r = NewRecord(PlaceType::kRegion);
        if (!f[2].empty()) {
          auto c = by_iso3_.find(std::string(f[2]));
          if (c == by_iso3_.end()) return bad();
          const PlaceRecord& cr = w_.mutable_place(c->second);
          std::memcpy(r.iso2, cr.iso2, 2);
          std::memcpy(r.iso3, cr.iso3, 3);
          std::memcpy(r.fips, cr.fips, 2);
          r.country = static_cast<int32_t>(c->second);
        }
        r.lat = std::strtof(std::string(f[3]).c_str(), nullptr);
        r.lon = std::strtof(std::string(f[4]).c_str(), nullptr);
        auto names = lexicon::SplitPhrases(f[1]);
        if (names.empty()) return bad();
        uint32_t i = w_.AddPlace(r, names[0]);
        for (const std::string& n : names) {
          w_.AddName(i, n);
          std::string key;
          if (NormalizeName(n, &key)) region_names_.insert(key);
        }
      } else if (f[0] == "alias" && f.size() == 3 && !f[2].empty() &&
                 std::isdigit(static_cast<unsigned char>(f[2][0]))) {
        auto c = city_by_id_.find(std::strtoul(std::string(f[2]).c_str(), nullptr, 10));
        if (c == city_by_id_.end()) return bad();
        for (const std::string& n : lexicon::SplitPhrases(f[1])) w_.AddName(c->second, n);
      } else if (f[0] == "admin1" && f.size() == 3) {
        if (!divisions_.count(std::string(f[1]))) return bad();
        known_admin1_[std::string(f[1])] = std::string(f[2]);
      } else if (f[0] == "alias" && f.size() == 3) {
        std::string code(f[2]);
        auto d = divisions_.find(code);
        if (d == divisions_.end()) {
          auto lower = lower_divisions_.find(code);
          auto c = by_iso2_.find(code.substr(0, 2));
          if (lower == lower_divisions_.end() || c == by_iso2_.end()) return bad();
          d = divisions_.emplace(code, AddDivision(code, lower->second, c->second)).first;
        }
        for (const std::string& n : lexicon::SplitPhrases(f[1])) w_.AddName(d->second, n);
      } else {
        return bad();
      }
    }
    return Status::OK();
  }

  // Joins ISO 3166-2 divisions with GeoNames admin1 codes. A division is matched with the seat
  // (PPLA) whose name its own name starts with ("Kharkivska oblast" / Kharkiv, "Sindh" / none),
  // else by its ISO suffix where GeoNames uses the same codes (US, GB, CH...). Divisions so
  // matched also get the names news gives them: "Kharkiv region", "Donetsk oblast".
  void MapDivisions() {
    // (iso2, normalised seat name) -> admin1 code; set of admin1 codes per country.
    std::map<std::pair<std::string, std::string>, std::pair<std::string, std::string>> seats;
    std::map<std::string, std::map<std::string, bool>> codes;
    for (uint32_t i = 0; i < w_.size(); ++i) {
      const PlaceRecord& p = w_.mutable_place(i);
      if (p.type != PlaceType::kCity) continue;
      std::string iso2(CodeOf(p.iso2, 2)), a1(CodeOf(p.admin1, sizeof(p.admin1)));
      if (a1.empty()) continue;
      codes[iso2][a1] = true;
      if (p.flags & kAdminSeat) {
        std::string key;
        if (NormalizeName(w_.Name(i), &key)) {
          seats.emplace(std::make_pair(iso2, key), std::make_pair(a1, std::string(w_.Name(i))));
        }
      }
    }
    std::map<std::pair<std::string, std::string>, uint32_t> division_of;  // (iso2, admin1)
    for (const auto& [code, index] : divisions_) {
      PlaceRecord& d = w_.mutable_place(index);
      std::string iso2(CodeOf(d.iso2, 2));
      std::string key;
      NormalizeName(w_.Name(index), &key);
      std::string stripped = StripDivisionWords(key);
      std::string admin1, seat_name;
      if (auto known = known_admin1_.find(code); known != known_admin1_.end()) {
        admin1 = known->second;
      }
      // Longest seat name that starts the division's name, leaving at most a short ending
      // ("Kurskaja" / Kursk, "Kharkivska" / Kharkiv).
      for (size_t len = stripped.size(); len >= 4 && admin1.empty(); --len) {
        if (stripped.size() - len > 5) break;
        auto it = seats.find({iso2, stripped.substr(0, len)});
        if (it != seats.end()) {
          admin1 = it->second.first;
          seat_name = it->second.second;
        }
      }
      std::string suffix = code.substr(3);
      bool alpha = !suffix.empty() && std::isalpha(static_cast<unsigned char>(suffix[0]));
      if (admin1.empty() && alpha && codes[iso2].count(suffix)) admin1 = suffix;
      if (admin1.empty() || division_of.count({iso2, admin1})) continue;
      division_of[{iso2, admin1}] = index;
      SetCode(d.admin1, sizeof(d.admin1) - 1, admin1);
      if (!seat_name.empty()) {
        for (const char* word : {" region", " oblast", " province", " governorate", " state"}) {
          w_.AddName(index, seat_name + word);
        }
      }
    }
    // Cities get their division; a division sits at the mean of its cities.
    std::unordered_map<uint32_t, std::pair<double, double>> sum;
    std::unordered_map<uint32_t, int> n;
    for (uint32_t i = 0; i < w_.size(); ++i) {
      PlaceRecord& p = w_.mutable_place(i);
      if (p.type != PlaceType::kCity) continue;
      auto it = division_of.find(
          {std::string(CodeOf(p.iso2, 2)), std::string(CodeOf(p.admin1, sizeof(p.admin1)))});
      if (it == division_of.end()) continue;
      p.adm1 = static_cast<int32_t>(it->second);
      PlaceRecord& d = w_.mutable_place(it->second);
      d.population = static_cast<uint32_t>(
          std::min<uint64_t>(uint64_t{d.population} + p.population, UINT32_MAX));
      sum[it->second].first += p.lat;
      sum[it->second].second += p.lon;
      ++n[it->second];
    }
    for (const auto& [index, s] : sum) {
      PlaceRecord& d = w_.mutable_place(index);
      d.lat = static_cast<float>(s.first / n[index]);
      d.lon = static_cast<float>(s.second / n[index]);
    }
  }

  // A country is placed at its capital (else the mean of its cities) and ranked by the people
  // of its cities.
  void PlaceCountries() {
    std::unordered_map<uint32_t, std::pair<double, double>> sum;
    std::unordered_map<uint32_t, int> n;
    for (uint32_t i = 0; i < w_.size(); ++i) {
      PlaceRecord& p = w_.mutable_place(i);
      if (p.type != PlaceType::kCity || p.country < 0) continue;
      PlaceRecord& c = w_.mutable_place(p.country);
      c.population = static_cast<uint32_t>(
          std::min<uint64_t>(uint64_t{c.population} + p.population, UINT32_MAX));
      if ((p.flags & kCapital) &&
          (c.capital < 0 || w_.mutable_place(c.capital).population < p.population)) {
        c.capital = static_cast<int32_t>(i);
      }
      sum[p.country].first += p.lat;
      sum[p.country].second += p.lon;
      ++n[p.country];
    }
    for (uint32_t i = 0; i < w_.size(); ++i) {
      PlaceRecord& c = w_.mutable_place(i);
      if (c.type != PlaceType::kCountry) continue;
      if (c.capital >= 0) {
        c.lat = w_.mutable_place(c.capital).lat;
        c.lon = w_.mutable_place(c.capital).lon;
      } else if (n[i] > 0) {
        c.lat = static_cast<float>(sum[i].first / n[i]);
        c.lon = static_cast<float>(sum[i].second / n[i]);
      }
    }
    // A division no city could be tied to has no point of its own: it gets its country's, which
    // is closer than (0, 0).
    size_t unplaced = 0;
    for (uint32_t i = 0; i < w_.size(); ++i) {
      PlaceRecord& d = w_.mutable_place(i);
      if (d.type != PlaceType::kAdm1 || d.admin1[0] != '\0' || d.country < 0) continue;
      d.lat = w_.mutable_place(d.country).lat;
      d.lon = w_.mutable_place(d.country).lon;
      ++unplaced;
    }
    std::fprintf(stderr, "dyad_gazetteer: %zu divisions not joined to GeoNames (country's point)\n",
                 unplaced);
  }

  const Args& args_;
  GazetteerWriter w_;
  std::unordered_map<std::string, std::string> fips_;
  std::unordered_map<std::string, uint32_t> by_iso2_, by_iso3_;
  std::map<std::string, uint32_t> divisions_;  // ISO 3166-2 code -> index
  std::unordered_map<std::string, std::string> lower_divisions_;
  std::unordered_map<uint32_t, uint32_t> city_by_id_;          // GeoNames id -> index
  std::unordered_map<std::string, std::string> known_admin1_;  // ISO 3166-2 -> admin1
  std::set<std::string> region_names_;                         // normalised
  size_t n_countries_ = 0, n_divisions_ = 0, n_cities_ = 0;
};

}  // namespace
}  // namespace dyad::geo

int main(int argc, char** argv) {
  dyad::geo::Args a;
  std::map<std::string, std::string*> flags = {
      {"--cities", &a.cities}, {"--iso1", &a.iso1},
      {"--iso2", &a.iso2},     {"--countries", &a.countries},
      {"--fips", &a.fips},     {"--regions", &a.regions},
      {"--out", &a.out}};
  for (int i = 1; i < argc; ++i) {
    auto it = flags.find(argv[i]);
    if (it == flags.end() || i + 1 >= argc) {
      std::fprintf(stderr,
                   "usage: dyad_gazetteer --cities F --iso1 F --iso2 F --countries F --fips F "
                   "--regions F --out F\n");
      return 2;
    }
    *it->second = argv[++i];
  }
  for (const auto& [name, value] : flags) {
    if (value->empty()) {
      std::fprintf(stderr, "dyad_gazetteer: %s is required\n", name.c_str());
      return 2;
    }
  }
  dyad::Status s = dyad::geo::Converter(a).Run();
  if (!s.ok()) {
    std::fprintf(stderr, "dyad_gazetteer: %s\n", s.ToString().c_str());
    return 1;
  }
  return 0;
}
