// What the benchmark files share: the built gazetteer, loaded once for the whole binary.
#ifndef DYAD_BENCH_FIXTURES_H_
#define DYAD_BENCH_FIXTURES_H_

#include "geo/gazetteer.h"

namespace dyad::bench {

// The gazetteer at its default path, or null when it is not built (defined in geo_bench.cc).
const geo::Gazetteer* LoadedGazetteer();

}  // namespace dyad::bench

#endif  // DYAD_BENCH_FIXTURES_H_
