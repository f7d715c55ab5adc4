// Throughput of ExtractHtml, in MB of HTML per second, next to plain myhtml parsing of the same
// bytes in the same run: machines differ, so the ratio to the parser is the figure to compare.
// Three corpora: pages built from the project's own stories to look like real news pages
// (page_corpus.h), the WCXB development pages when the folder is there (DYAD_EXTRACT_BENCH_DIR
// overrides where to look), and the two tiny example pages replicated to a few MB, which show
// the cost per page rather than per byte.
#include <benchmark/benchmark.h>
#include <myhtml/api.h>
#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/extract.h"
#include "page_corpus.h"

namespace {

namespace fs = std::filesystem;

using Corpus = std::vector<std::string>;

size_t TotalBytes(const Corpus& pages) {
  size_t total = 0;
  for (const std::string& page : pages) total += page.size();
  return total;
}

const Corpus& BuiltPages() {
  static const Corpus pages = [] {
    Corpus all;
    for (const dyad::bench::BuiltPage& page : dyad::bench::ProjectPages()) {
      all.push_back(page.html);
    }
    return all;
  }();
  return pages;
}

const Corpus& TinyExamplePages() {
  static const Corpus pages = [] {
    Corpus one;
    fs::path examples = fs::path(DYAD_DATA_DIR) / ".." / "examples";
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(examples, ec)) {
      if (entry.path().extension() != ".html") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      one.push_back(ss.str());
    }
    // Replicated so that one iteration is long enough to time and the caches see a corpus, not
    // one hot page.
    Corpus all;
    if (one.empty()) return all;
    while (TotalBytes(all) < (4u << 20)) all.insert(all.end(), one.begin(), one.end());
    return all;
  }();
  return pages;
}

bool ReadGzip(const fs::path& path, std::string* out) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (!file) return false;
  char buffer[1 << 16];
  int n;
  while ((n = gzread(file, buffer, sizeof(buffer))) > 0) out->append(buffer, n);
  gzclose(file);
  return n == 0;
}

const Corpus& DevSetPages() {
  static const Corpus pages = [] {
    const char* env = std::getenv("DYAD_EXTRACT_BENCH_DIR");
    fs::path dir = fs::path(env ? env : "/work/shared/data/wcxb-dev-articles") / "html";
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    Corpus all;
    for (const fs::path& file : files) {
      std::string html;
      if (ReadGzip(file, &html)) all.push_back(std::move(html));
    }
    return all;
  }();
  return pages;
}

void RunExtract(benchmark::State& state, const Corpus& pages) {
  if (pages.empty()) {
    state.SkipWithError("corpus absent");
    return;
  }
  dyad::Article article;
  for (auto _ : state) {
    for (const std::string& page : pages) {
      dyad::Status status = dyad::ExtractHtml(page, &article);
      benchmark::DoNotOptimize(status);
      benchmark::DoNotOptimize(article.text.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(pages)));
  state.counters["pages/s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * pages.size()), benchmark::Counter::kIsRate);
}

// The baseline: myhtml alone, set up as ExtractHtml sets it up (single-threaded mode, one parser
// and one tree reused from page to page). Reading the tree is not included.
void RunParseOnly(benchmark::State& state, const Corpus& pages) {
  if (pages.empty()) {
    state.SkipWithError("corpus absent");
    return;
  }
  myhtml_t* parser = myhtml_create();
  myhtml_init(parser, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0);
  myhtml_tree_t* tree = myhtml_tree_create();
  myhtml_tree_init(tree, parser);
  for (auto _ : state) {
    for (const std::string& page : pages) {
      myhtml_tree_clean(tree);
      myhtml_parse(tree, MyENCODING_UTF_8, page.data(), page.size());
      benchmark::DoNotOptimize(myhtml_tree_get_document(tree));
    }
  }
  myhtml_tree_destroy(tree);
  myhtml_destroy(parser);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TotalBytes(pages)));
}

void BM_MyhtmlParse_Pages(benchmark::State& state) { RunParseOnly(state, BuiltPages()); }
void BM_ExtractHtml_Pages(benchmark::State& state) { RunExtract(state, BuiltPages()); }
void BM_MyhtmlParse_TinyExamples(benchmark::State& state) {
  RunParseOnly(state, TinyExamplePages());
}
void BM_ExtractHtml_TinyExamples(benchmark::State& state) { RunExtract(state, TinyExamplePages()); }
void BM_MyhtmlParse_DevSet(benchmark::State& state) { RunParseOnly(state, DevSetPages()); }
void BM_ExtractHtml_DevSet(benchmark::State& state) { RunExtract(state, DevSetPages()); }

BENCHMARK(BM_MyhtmlParse_Pages)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractHtml_Pages)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MyhtmlParse_TinyExamples)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractHtml_TinyExamples)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MyhtmlParse_DevSet)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractHtml_DevSet)->Unit(benchmark::kMillisecond);

}  // namespace
