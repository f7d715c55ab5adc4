#include "store/tone.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>

namespace dyad::store {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

}  // namespace

void ToneLexicon::Add(std::string_view word, double score) {
  if (word.empty() || score == 0) return;
  polarity_[Lower(word)] = score > 0 ? 1 : -1;
}

int ToneLexicon::Polarity(std::string_view word) const {
  // Heterogeneous lookup needs C++20 transparent hashing on unordered_map; a temporary string
  // keeps this simple and the cost is small beside reading the document.
  auto it = polarity_.find(std::string(word));
  return it == polarity_.end() ? 0 : it->second;
}

Status LoadToneLexicon(const std::string& path, ToneLexicon* out) {
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": " + std::strerror(errno));
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0) {
      return Status::Corruption(path + ":" + std::to_string(line_no) + ": expected WORD<TAB>SCORE");
    }
    std::string score_text = line.substr(tab + 1, line.find('\t', tab + 1) - tab - 1);
    char* end = nullptr;
    double score = std::strtod(score_text.c_str(), &end);
    if (score_text.empty() || end == score_text.c_str() || *end != '\0') {
      return Status::Corruption(path + ":" + std::to_string(line_no) + ": bad score '" +
                                score_text + "'");
    }
    out->Add(std::string_view(line).substr(0, tab), score);
  }
  return Status::OK();
}

double DocumentTone(std::string_view text, const ToneLexicon& lexicon) {
  int words = 0, positive = 0, negative = 0;
  std::string word;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsWordByte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    word.clear();
    while (i < text.size()) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      if (IsWordByte(c)) {
        word.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : text[i]);
        ++i;
      } else if ((c == '\'' || c == '-') && i + 1 < text.size() &&
                 IsWordByte(static_cast<unsigned char>(text[i + 1]))) {
        word.push_back(text[i]);  // inside a word: "don't", "well-known"
        ++i;
      } else {
        break;
      }
    }
    ++words;
    int p = lexicon.Polarity(word);
    if (p > 0) ++positive;
    if (p < 0) ++negative;
  }
  if (words == 0) return 0;
  return 100.0 * (positive - negative) / words;
}

}  // namespace dyad::store
