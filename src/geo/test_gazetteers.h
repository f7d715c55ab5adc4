// Gazetteers that tests write for themselves: small enough to reason about, real enough to load.
#ifndef DYAD_GEO_TEST_GAZETTEERS_H_
#define DYAD_GEO_TEST_GAZETTEERS_H_

#include <cstdint>
#include <string>

#include "geo/gazetteer.h"

namespace dyad::geo {

// Writes to `path` a gazetteer of the country "Xyzland" and `cities` towns of the same name in
// it, the k-th (from 0) of 50,000 (k + 1) people: the name has 1 + `cities` places.
inline bool WriteXyzlandGazetteer(const std::string& path, int cities) {
  GazetteerWriter w;
  PlaceRecord r{};
  r.type = PlaceType::kCountry;
  r.country = r.adm1 = r.capital = -1;
  const uint32_t country = w.AddPlace(r, "Xyzland");
  w.AddName(country, "Xyzland");
  for (int k = 0; k < cities; ++k) {
    PlaceRecord c{};
    c.type = PlaceType::kCity;
    c.country = static_cast<int32_t>(country);
    c.adm1 = c.capital = -1;
    c.population = 50000u * static_cast<uint32_t>(k + 1);
    w.AddName(w.AddPlace(c, "Xyzland"), "Xyzland");
  }
  return w.Write(path).ok();
}

}  // namespace dyad::geo

#endif  // DYAD_GEO_TEST_GAZETTEERS_H_
