// Micro-benchmarks of the hot parts. Tokenization is the speed-of-light baseline: every other
// figure is read as a ratio to it, in the same run.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>

#include "coder/sentence_coder.h"
#include "dyad/coder.h"
#include "lexicon/lexicon.h"
#include "text/sentences.h"
#include "text/tokenizer.h"

namespace {

const std::string& Corpus() {
  static const std::string text = [] {
    std::ifstream in(std::string(DYAD_DATA_DIR) + "/../examples/01_state_visit.txt");
    std::stringstream ss;
    ss << in.rdbuf();
    std::string one = ss.str();
    std::string all;
    for (int i = 0; i < 20; ++i) all += one + "\n";
    return all;
  }();
  return text;
}

size_t CountSentences(const std::string& s) {
  std::vector<dyad::text::Token> toks;
  dyad::text::Tokenize(s, &toks);
  return dyad::text::SplitSentences(s, toks).size();
}

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = Corpus();
  std::vector<dyad::text::Token> toks;
  for (auto _ : state) {
    toks.clear();
    dyad::text::Tokenize(text, &toks);
    benchmark::DoNotOptimize(toks.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(CountSentences(text)) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tokenize);

void BM_SplitSentences(benchmark::State& state) {
  const std::string& text = Corpus();
  std::vector<dyad::text::Token> toks;
  dyad::text::Tokenize(text, &toks);
  for (auto _ : state) {
    auto spans = dyad::text::SplitSentences(text, toks);
    benchmark::DoNotOptimize(spans.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_SplitSentences);

void BM_LoadDictionaries(benchmark::State& state) {
  for (auto _ : state) {
    std::unique_ptr<dyad::lexicon::Lexicon> lex;
    dyad::lexicon::LexiconOptions o;
    o.data_dir = DYAD_DATA_DIR;
    auto s = dyad::lexicon::Lexicon::Load(o, &lex);
    if (!s.ok()) state.SkipWithError(s.message().c_str());
    benchmark::DoNotOptimize(lex.get());
  }
}
BENCHMARK(BM_LoadDictionaries)->Unit(benchmark::kMillisecond);

void BM_CodeText(benchmark::State& state) {
  std::unique_ptr<dyad::lexicon::Lexicon> lex;
  dyad::lexicon::LexiconOptions o;
  o.data_dir = DYAD_DATA_DIR;
  if (!dyad::lexicon::Lexicon::Load(o, &lex).ok()) {
    state.SkipWithError("dictionaries");
    return;
  }
  dyad::coder::SentenceCoder coder(lex.get());
  const std::string& text = Corpus();
  dyad::text::Date date = dyad::text::ParseIsoDate("2023-12-04");
  size_t events = 0;
  for (auto _ : state) {
    std::vector<dyad::Event> out;
    coder.CodeText(text, 0, date, "bench", "TUR", &out);
    events += out.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(CountSentences(text)) * state.iterations(), benchmark::Counter::kIsRate);
  state.counters["events/iter"] =
      static_cast<double>(events) / static_cast<double>(state.iterations());
}
BENCHMARK(BM_CodeText)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
