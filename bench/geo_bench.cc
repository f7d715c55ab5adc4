// Gazetteer load time (the budget is 200 ms) and the cost of resolving a sentence's places,
// against tokenizing the same sentence as the baseline.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "fixtures.h"
#include "geo/gazetteer.h"
#include "geo/resolver.h"
#include "text/tokenizer.h"

namespace {

constexpr std::string_view kSentence =
    "Russian missiles struck an apartment block in Dnipro on Saturday, Ukrainian officials in "
    "Kyiv said, as talks in Istanbul between the two sides stalled.";

void BM_GazetteerLoad(benchmark::State& state) {
  for (auto _ : state) {
    dyad::geo::Gazetteer g;
    dyad::Status s = g.Load(dyad::geo::Gazetteer::DefaultPath());
    if (!s.ok()) {
      state.SkipWithError(s.ToString().c_str());
      return;
    }
    benchmark::DoNotOptimize(g.size());
  }
}
BENCHMARK(BM_GazetteerLoad)->Unit(benchmark::kMillisecond);


void BM_GeoTokenizeBaseline(benchmark::State& state) {
  std::vector<dyad::text::Token> toks;
  for (auto _ : state) {
    toks.clear();
    dyad::text::Tokenize(kSentence, &toks);
    benchmark::DoNotOptimize(toks.data());
  }
}
BENCHMARK(BM_GeoTokenizeBaseline);

void BM_ResolveActionPlace(benchmark::State& state) {
  const dyad::geo::Gazetteer* g = dyad::bench::LoadedGazetteer();
  if (g == nullptr) {
    state.SkipWithError("no gazetteer");
    return;
  }
  dyad::geo::Resolver r(g);
  dyad::geo::ResolveContext ctx;
  ctx.countries = {"RUS", "UKR"};
  for (auto _ : state) {
    dyad::geo::Place p = r.ResolveActionPlace(kSentence, ctx);
    benchmark::DoNotOptimize(p.index);
  }
}
BENCHMARK(BM_ResolveActionPlace);

}  // namespace

namespace dyad::bench {

const geo::Gazetteer* LoadedGazetteer() {
  static const geo::Gazetteer* g = [] {
    auto* gaz = new geo::Gazetteer;
    if (!gaz->Load(geo::Gazetteer::DefaultPath()).ok()) {
      delete gaz;
      return static_cast<geo::Gazetteer*>(nullptr);
    }
    return gaz;
  }();
  return g;
}

}  // namespace dyad::bench
