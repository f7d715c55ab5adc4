// dyad_eval_extract: measures ExtractHtml against a folder of gzipped pages with ground truth
// (the WCXB layout: html/NNNN.html.gz and ground-truth/NNNN.json).
//
//   dyad_eval_extract [FOLDER] [--worst N] [--show ID] [--failures] [--title-sources]
//
// --show evaluates and prints one page; --failures lists every title, date and author mismatch
// (TITLE-STYLE: titles that differ from the truth in quote style or the like only).
// --title-sources adds a table of where the truth's titles come from, on the pages whose first
// <h1> differs from their <title>: the <h1> itself, or the <title>'s first segment (the part
// before " | ", " - " and the like), with how many of each dyad gets right.
// Body quality is bag-of-words precision / recall / F1 per page (lowercased tokens, punctuation
// stripped), averaged over pages; title, date and author are reported as match rates.
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "dyad/extract.h"
#include "ingest/html_extract_internal.h"
#include "ingest/text_util.h"

namespace {

namespace fs = std::filesystem;

bool ReadGzip(const fs::path& path, std::string* out) {
  gzFile file = gzopen(path.c_str(), "rb");
  if (!file) return false;
  char buffer[1 << 16];
  int n;
  while ((n = gzread(file, buffer, sizeof(buffer))) > 0) out->append(buffer, n);
  bool ok = n == 0;
  gzclose(file);
  return ok;
}

bool ReadFile(const fs::path& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *out = buffer.str();
  return true;
}

std::vector<std::string> Tokens(const std::string& text) {
  std::vector<std::string> tokens;
  std::string current;
  for (char ch : text) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c >= 0x80) {
      current.push_back(static_cast<char>(std::tolower(c)));
    } else if (!current.empty()) {
      tokens.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) tokens.push_back(std::move(current));
  return tokens;
}

struct Score {
  double precision = 0, recall = 0, f1 = 0;
};

Score BagOfWords(const std::string& predicted, const std::string& truth) {
  std::unordered_map<std::string, int> truth_counts;
  std::vector<std::string> truth_tokens = Tokens(truth);
  for (const std::string& t : truth_tokens) ++truth_counts[t];
  std::vector<std::string> predicted_tokens = Tokens(predicted);
  size_t overlap = 0;
  for (const std::string& t : predicted_tokens) {
    auto it = truth_counts.find(t);
    if (it != truth_counts.end() && it->second > 0) {
      --it->second;
      ++overlap;
    }
  }
  Score s;
  if (predicted_tokens.empty() || truth_tokens.empty()) return s;
  s.precision = static_cast<double>(overlap) / predicted_tokens.size();
  s.recall = static_cast<double>(overlap) / truth_tokens.size();
  if (overlap > 0) s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall);
  return s;
}

std::string Field(const dyad::ingest::JsonValue& truth, const char* key) {
  const dyad::ingest::JsonValue* v = truth.Get(key);
  if (!v || v->type != dyad::ingest::JsonValue::Type::kString) return "";
  return v->text;
}

std::string Normal(const std::string& s) {
  return dyad::ingest::AsciiLower(dyad::ingest::CollapseWhitespace(s));
}

// Typographic variants of the same title compare equal: the ground truth often straightens
// quotes and writes "..." where the page has an ellipsis, and full-width punctuation (CJK
// keyboards) for ASCII. Folded: U+2018/2019 -> ', U+201C/201D -> ", U+2026 -> ..., U+FF01-FF5E
// -> ASCII. White space is collapsed (CollapseWhitespace) on both sides before this.
constexpr char kTitleNormalisation[] =
    "white space collapsed; curly quotes = straight; U+2026 = \"...\"; full-width ASCII = ASCII";

std::string FoldTypography(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    size_t start = pos;
    uint32_t c;
    if (!dyad::ingest::DecodeUtf8(s, &pos, &c)) {
      out.push_back(s[start]);
      continue;
    }
    if (c == 0x2018 || c == 0x2019) {
      out.push_back('\'');
    } else if (c == 0x201C || c == 0x201D) {
      out.push_back('"');
    } else if (c == 0x2026) {
      out += "...";
    } else if (c >= 0xFF01 && c <= 0xFF5E) {
      out.push_back(static_cast<char>(c - 0xFF01 + 0x21));
    } else {
      out.append(s, start, pos - start);
    }
  }
  return out;
}

std::string NormalTitle(const std::string& s) {
  return FoldTypography(dyad::ingest::CollapseWhitespace(s));
}

// The text of the first element `tag` of `html` with text in it (tags dropped, entities
// decoded, white space collapsed); a crude scan, for the title-sources table only.
std::string FirstElementText(const std::string& html, const std::string& tag) {
  std::string lower = dyad::ingest::AsciiLower(html);
  size_t pos = 0;
  while ((pos = lower.find("<" + tag, pos)) != std::string::npos) {
    const char after = pos + 1 + tag.size() < lower.size() ? lower[pos + 1 + tag.size()] : '>';
    size_t open_end = lower.find('>', pos);
    size_t close = lower.find("</" + tag, pos);
    if (open_end == std::string::npos || close == std::string::npos) return "";
    pos = close;
    if (after != '>' && after != ' ' && after != '\n' && after != '\t') continue;
    std::string text;
    bool in_tag = false;
    for (size_t i = open_end + 1; i < close; ++i) {
      if (html[i] == '<') {
        in_tag = true;
        text.push_back(' ');
      } else if (html[i] == '>') {
        in_tag = false;
      } else if (!in_tag) {
        text.push_back(html[i]);
      }
    }
    text = dyad::ingest::CollapseWhitespace(dyad::ingest::DecodeHtmlEntities(text));
    if (!text.empty()) return text;
  }
  return "";
}

// Where a page's true title comes from, among pages whose <h1> and <title> differ.
struct TitleSources {
  // [0] the truth is the <h1>; [1] the <title>'s first segment; [2] the whole <title>;
  // [3] none of them. `pages` counts each, `right` those dyad gets exactly.
  size_t pages[4] = {0, 0, 0, 0};
  size_t right[4] = {0, 0, 0, 0};

  void Add(const std::string& html, const std::string& truth, bool dyad_right) {
    const std::string h1 = FirstElementText(html, "h1");
    const std::string title = FirstElementText(html, "title");
    if (h1.empty() || title.empty()) return;
    const std::vector<std::string> segments = dyad::ingest::SplitTitleSegments(title);
    const std::string first = segments.empty() ? title : segments[0];
    if (h1 == title || h1 == first) return;
    const int kind = truth == h1 ? 0 : truth == first ? 1 : truth == title ? 2 : 3;
    ++pages[kind];
    if (dyad_right) ++right[kind];
  }

  void Print() const {
    static const char* const kNames[] = {"the <h1>", "the <title>'s first segment",
                                         "the whole <title>", "none of these"};
    size_t all = 0;
    for (size_t n : pages) all += n;
    std::printf(
        "title sources, on the %zu pages whose first <h1> differs from the <title> and "
        "from its first segment:\n",
        all);
    for (int k = 0; k < 4; ++k) {
      std::printf("  truth is %-30s %4zu pages, dyad exact on %4zu\n", kNames[k], pages[k],
                  right[k]);
    }
  }
};

struct PageResult {
  std::string id;
  Score score;
};

}  // namespace

int main(int argc, char** argv) {
  std::string folder = "/work/shared/data/wcxb-dev-articles";
  size_t worst = 15;
  std::string show;
  bool failures = false;
  bool title_sources = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--worst" && i + 1 < argc) {
      worst = std::strtoul(argv[++i], nullptr, 10);
    } else if (arg == "--show" && i + 1 < argc) {
      show = argv[++i];
    } else if (arg == "--failures") {
      failures = true;
    } else if (arg == "--title-sources") {
      title_sources = true;
    } else {
      folder = arg;
    }
  }
  fs::path html_dir = fs::path(folder) / "html";
  fs::path truth_dir = fs::path(folder) / "ground-truth";
  if (!fs::is_directory(html_dir) || !fs::is_directory(truth_dir)) {
    std::fprintf(stderr,
                 "dyad_eval_extract: dataset folder %s is absent or incomplete (expected html/ "
                 "and ground-truth/ inside); nothing evaluated\n",
                 folder.c_str());
    return 2;
  }
  std::vector<fs::path> pages;
  for (const auto& entry : fs::directory_iterator(html_dir)) {
    std::string name = entry.path().filename().string();
    if (name.size() > 8 && name.substr(name.size() - 8) == ".html.gz")
      pages.push_back(entry.path());
  }
  std::sort(pages.begin(), pages.end());

  std::vector<PageResult> results;
  TitleSources sources;
  size_t title_normal_ok = 0;
  size_t title_total = 0, title_ok = 0, date_total = 0, date_ok = 0, author_total = 0,
         author_ok = 0, errors = 0;
  double sum_p = 0, sum_r = 0, sum_f = 0;
  double seconds = 0;
  for (const fs::path& page : pages) {
    std::string id = page.filename().string();
    id = id.substr(0, id.size() - 8);
    if (!show.empty() && id != show) continue;
    std::string html, json;
    if (!ReadGzip(page, &html) || !ReadFile(truth_dir / (id + ".json"), &json)) {
      std::fprintf(stderr, "%s: unreadable page or ground truth\n", id.c_str());
      ++errors;
      continue;
    }
    dyad::ingest::JsonValue root;
    dyad::ingest::JsonReader reader(json);
    if (!reader.Read(&root) || !root.Get("ground_truth")) {
      std::fprintf(stderr, "%s: bad ground truth JSON\n", id.c_str());
      ++errors;
      continue;
    }
    const dyad::ingest::JsonValue& truth = *root.Get("ground_truth");

    dyad::Article article;
    auto start = std::chrono::steady_clock::now();
    dyad::Status status = dyad::ExtractHtml(html, &article);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!status.ok()) {
      std::fprintf(stderr, "%s: %s\n", id.c_str(), status.ToString().c_str());
      ++errors;
    }

    std::string main_content = Field(truth, "main_content");
    if (!main_content.empty()) {
      Score s = BagOfWords(article.text, main_content);
      sum_p += s.precision;
      sum_r += s.recall;
      sum_f += s.f1;
      results.push_back({id, s});
    }
    std::string title = Field(truth, "title");
    if (!title.empty()) {
      ++title_total;
      const bool exact = dyad::ingest::CollapseWhitespace(title) == article.title;
      if (exact) ++title_ok;
      if (title_sources) sources.Add(html, dyad::ingest::CollapseWhitespace(title), exact);
      if (NormalTitle(title) == NormalTitle(article.title)) {
        ++title_normal_ok;
        // The misses of the exact match that only the normalised one forgives (quote style).
        if (failures && !exact) {
          std::printf("TITLE-STYLE %s got [%s] truth [%s]\n", id.c_str(), article.title.c_str(),
                      title.c_str());
        }
      } else if (failures) {
        std::printf("TITLE %s got [%s] truth [%s]\n", id.c_str(), article.title.c_str(),
                    title.c_str());
      }
    }
    std::string date = Field(truth, "publish_date");
    if (!date.empty()) {
      ++date_total;
      if (article.date.substr(0, 10) == date.substr(0, 10)) {
        ++date_ok;
      } else if (failures) {
        std::printf("DATE %s got [%s] truth [%s]\n", id.c_str(), article.date.c_str(),
                    date.c_str());
      }
    }
    std::string author = Field(truth, "author");
    if (!author.empty()) {
      ++author_total;
      std::string joined;
      bool any = false;
      for (const std::string& a : article.authors) {
        if (!joined.empty()) joined += ", ";
        joined += a;
        any = any || Normal(a) == Normal(author);
      }
      // "A, B, and C" in the truth is the same list as our {A, B, C}.
      bool same_list =
          dyad::ingest::SplitAuthorNames(author) == dyad::ingest::SplitAuthorNames(joined);
      if (any || same_list || Normal(joined) == Normal(author)) {
        ++author_ok;
      } else if (failures) {
        std::printf("AUTHOR %s got [%s] truth [%s]\n", id.c_str(), joined.c_str(), author.c_str());
      }
    }
    if (id == show) {
      std::printf("== %s\ntitle: %s\n  truth: %s\ndate: %s (truth %s)\nauthors:", id.c_str(),
                  article.title.c_str(), title.c_str(), article.date.c_str(), date.c_str());
      for (const std::string& a : article.authors) std::printf(" [%s]", a.c_str());
      std::printf(" (truth %s)\nsite: %s\ndateline: %s\n--- body\n%s\n--- truth\n%s\n",
                  author.c_str(), article.site.c_str(), article.dateline.c_str(),
                  article.text.c_str(), main_content.c_str());
    }
  }
  if (results.empty()) {
    std::fprintf(stderr, "dyad_eval_extract: no pages with ground truth in %s\n", folder.c_str());
    return 2;
  }
  std::sort(results.begin(), results.end(),
            [](const PageResult& a, const PageResult& b) { return a.score.f1 < b.score.f1; });
  std::printf("worst pages (F1 precision recall):\n");
  for (size_t i = 0; i < std::min(worst, results.size()); ++i) {
    std::printf("  %s  %.3f  %.3f  %.3f\n", results[i].id.c_str(), results[i].score.f1,
                results[i].score.precision, results[i].score.recall);
  }
  double n = static_cast<double>(results.size());
  std::printf("pages: %zu (errors %zu), %.1f ms/page\n", pages.size(), errors,
              1000.0 * seconds / std::max<size_t>(pages.size(), 1));
  std::printf("body words: precision %.4f  recall %.4f  F1 %.4f (mean over %zu pages)\n", sum_p / n,
              sum_r / n, sum_f / n, results.size());
  std::printf("title exact match (white space collapsed in the truth only): %.4f (%zu/%zu)\n",
              title_total ? static_cast<double>(title_ok) / title_total : 0.0, title_ok,
              title_total);
  std::printf("title match, normalised (%s): %.4f (%zu/%zu)\n", kTitleNormalisation,
              title_total ? static_cast<double>(title_normal_ok) / title_total : 0.0,
              title_normal_ok, title_total);
  std::printf(
      "date match (first 10 characters, YYYY-MM-DD; pages whose truth has a date): %.4f "
      "(%zu/%zu)\n",
      date_total ? static_cast<double>(date_ok) / date_total : 0.0, date_ok, date_total);
  std::printf("author match: %.4f (%zu/%zu)\n",
              author_total ? static_cast<double>(author_ok) / author_total : 0.0, author_ok,
              author_total);
  if (title_sources) sources.Print();
  return 0;
}
