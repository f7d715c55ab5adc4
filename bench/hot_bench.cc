// Micro-benchmarks of the parts the profile of `dyad code` names (doc/performance.md): the
// gazetteer's name search, the ranking of places per event, part-of-speech tagging and the
// JSONL output. Each reports sentences (or events) per second, to be read against
// BM_Tokenize (coder_bench.cc) as the speed-of-light baseline of the same run.
#include <benchmark/benchmark.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/sink.h"
#include "fixtures.h"
#include "geo/gazetteer.h"
#include "geo/resolver.h"
#include "lexicon/lexicon.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace {

// The sentences of the bundled plain-text examples.
const std::vector<std::string>& Sentences() {
  static const std::vector<std::string> sentences = [] {
    std::vector<std::string> out;
    for (const char* name : {"01_state_visit.txt", "02_sanctions.txt", "03_protest.txt",
                             "04_attack.txt", "05_agreement.txt", "06_aid_pledge.txt"}) {
      std::ifstream in(std::string(DYAD_DATA_DIR) + "/../examples/" + name);
      std::stringstream ss;
      ss << in.rdbuf();
      const std::string text = ss.str();
      std::vector<dyad::text::Token> toks;
      dyad::text::Tokenize(text, &toks);
      for (const auto& s : dyad::text::SplitSentences(text, toks)) {
        if (s.token_end <= s.token_begin) continue;
        const uint32_t b = toks[s.token_begin].begin, e = toks[s.token_end - 1].end;
        out.emplace_back(text.substr(b, e - b));
      }
    }
    return out;
  }();
  return sentences;
}


const dyad::lexicon::Lexicon* Lexicon() {
  static const dyad::lexicon::Lexicon* lex = [] {
    std::unique_ptr<dyad::lexicon::Lexicon> l;
    dyad::lexicon::LexiconOptions o;
    o.data_dir = DYAD_DATA_DIR;
    if (!dyad::lexicon::Lexicon::Load(o, &l).ok()) return static_cast<dyad::lexicon::Lexicon*>(nullptr);
    return l.release();
  }();
  return lex;
}

void SentenceRate(benchmark::State& state, size_t per_iteration) {
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(per_iteration) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}

// The context-free search of a sentence's place names: tokens, gazetteer keys, demonyms.
void BM_ScanPlaces(benchmark::State& state) {
  const dyad::geo::Gazetteer* g = dyad::bench::LoadedGazetteer();
  if (g == nullptr) return state.SkipWithError("no gazetteer");
  dyad::geo::Resolver r(g);
  dyad::geo::PlaceScan scan;
  for (auto _ : state) {
    for (const std::string& s : Sentences()) {
      r.ScanPlaces(s, &scan);
      benchmark::DoNotOptimize(scan.names.data());
    }
  }
  SentenceRate(state, Sentences().size());
}
BENCHMARK(BM_ScanPlaces)->Unit(benchmark::kMillisecond);

// The per-event part: ranking the scanned names' candidates in an event's context.
void BM_ResolveScannedPlaces(benchmark::State& state) {
  const dyad::geo::Gazetteer* g = dyad::bench::LoadedGazetteer();
  if (g == nullptr) return state.SkipWithError("no gazetteer");
  dyad::geo::Resolver r(g);
  std::vector<dyad::geo::PlaceScan> scans(Sentences().size());
  for (size_t k = 0; k < scans.size(); ++k) r.ScanPlaces(Sentences()[k], &scans[k]);
  dyad::geo::ResolveContext ctx;
  ctx.countries = {"RUS", "UKR"};
  for (auto _ : state) {
    for (size_t k = 0; k < scans.size(); ++k) {
      auto m = r.ResolvePlaces(Sentences()[k], scans[k], ctx);
      benchmark::DoNotOptimize(m.data());
    }
  }
  SentenceRate(state, Sentences().size());
}
BENCHMARK(BM_ResolveScannedPlaces)->Unit(benchmark::kMillisecond);

// Exact and prefix lookups of every capitalised word of the examples.
void BM_GazetteerLookup(benchmark::State& state) {
  const dyad::geo::Gazetteer* g = dyad::bench::LoadedGazetteer();
  if (g == nullptr) return state.SkipWithError("no gazetteer");
  std::vector<std::string> keys;
  for (const std::string& s : Sentences()) {
    std::vector<dyad::text::Token> toks;
    dyad::text::Tokenize(s, &toks);
    for (const auto& t : toks) {
      if (!(t.flags & dyad::text::kCapitalized)) continue;
      std::string key;
      if (dyad::geo::NormalizeName(std::string_view(s).substr(t.begin, t.end - t.begin), &key)) {
        keys.push_back(key);
      }
    }
  }
  for (auto _ : state) {
    for (const std::string& k : keys) {
      bool extendable;
      benchmark::DoNotOptimize(g->LookupNormalized(k, &extendable).data());
    }
  }
  state.counters["lookups/s"] = benchmark::Counter(
      static_cast<double>(keys.size()) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
}
BENCHMARK(BM_GazetteerLookup);

// Viterbi tagging of each sentence (the vocabulary lookups of the words are done once, outside).
void BM_TagSentences(benchmark::State& state) {
  const dyad::lexicon::Lexicon* lex = Lexicon();
  if (lex == nullptr || lex->tagger() == nullptr) return state.SkipWithError("no tagger");
  struct Prepared {
    std::vector<uint32_t> ids;
    std::vector<std::string> words;
    std::vector<std::string_view> views;
    std::vector<uint16_t> flags;
  };
  std::vector<Prepared> prepared;
  for (const std::string& s : Sentences()) {
    Prepared p;
    std::vector<dyad::text::Token> toks;
    dyad::text::Tokenize(s, &toks);
    std::string buf;
    for (const auto& t : toks) {
      std::string_view n = dyad::text::Normalize(std::string_view(s).substr(t.begin, t.end - t.begin), &buf);
      p.words.emplace_back(n);
      p.ids.push_back(lex->vocab().Find(n));
      p.flags.push_back(t.flags);
    }
    for (const std::string& w : p.words) p.views.emplace_back(w);
    prepared.push_back(std::move(p));
  }
  std::vector<dyad::text::Pos> tags;
  for (auto _ : state) {
    for (const Prepared& p : prepared) {
      lex->tagger()->Tag(p.ids, p.views, p.flags, &tags);
      benchmark::DoNotOptimize(tags.data());
    }
  }
  SentenceRate(state, prepared.size());
}
BENCHMARK(BM_TagSentences)->Unit(benchmark::kMillisecond);

// The JSONL line of an event with all three places filled.
void BM_EventToJson(benchmark::State& state) {
  dyad::Event e;
  e.doc_id = "bench-1";
  e.date = e.doc_date = "2024-01-01";
  e.date_precision = "day";
  e.source = {"RUSGOV", "Russian officials", 0, 17};
  e.target = {"UKR", "Ukraine", 30, 37};
  e.cameo = "190";
  e.root = "19";
  e.quad_class = 4;
  e.goldstein = -10;
  e.plover = "ASSAULT";
  e.sentence = "Russian officials said forces shelled Kharkiv, \"a city\" in Ukraine, on Monday.";
  dyad::EventPlace p{"city", "Kharkiv, Kharkivska oblast, Ukraine", "UKR", "UP", "UP07",
                     49.98081, 36.25272, 706483};
  e.action_geo = e.target_geo = p;
  e.source_geo = {"country", "Russia", "RUS", "RS", "RS", 60.0, 100.0, 0};
  e.rule = "shell + @ verbs/cameo.dict:2397";
  for (auto _ : state) {
    std::string json = dyad::EventToJson(e);
    benchmark::DoNotOptimize(json.data());
  }
  state.counters["events/s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_EventToJson);

}  // namespace
