#include "lexicon/dict_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace dyad::lexicon {

std::string_view Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  return s.substr(b, e - b);
}

std::vector<std::string> SplitPhrases(std::string_view value) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= value.size()) {
    size_t bar = value.find('|', start);
    if (bar == std::string_view::npos) bar = value.size();
    std::string_view p = Trim(value.substr(start, bar - start));
    if (!p.empty()) out.emplace_back(p);
    start = bar + 1;
  }
  return out;
}

namespace {
std::string_view NextWord(std::string_view* rest) {
  *rest = Trim(*rest);
  size_t end = 0;
  while (end < rest->size() && (*rest)[end] != ' ' && (*rest)[end] != '\t') ++end;
  std::string_view word = rest->substr(0, end);
  rest->remove_prefix(end);
  return word;
}
}  // namespace

void SplitRoleLine(std::string_view value, std::string* code, std::string* range,
                   std::string* office) {
  std::string_view rest = value;
  *code = std::string(NextWord(&rest));
  std::string_view before = rest;
  std::string_view second = NextWord(&rest);
  // A word with ".." or a leading digit is meant as a range (and rejected if malformed).
  if (second.find("..") != std::string_view::npos ||
      (!second.empty() && second[0] >= '0' && second[0] <= '9')) {
    *range = std::string(second);
  } else {
    range->clear();
    rest = before;
  }
  *office = std::string(Trim(rest));
}

Status ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return Status::OK();
}

Status ParseDict(std::string_view content, const std::string& path, std::vector<DictBlock>* out) {
  int lineno = 0;
  size_t pos = 0;
  DictBlock* current = nullptr;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view raw = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++lineno;
    size_t hash = raw.find('#');
    std::string_view line = raw.substr(0, hash);
    if (Trim(line).empty()) continue;
    bool indented = line[0] == ' ' || line[0] == '\t';
    line = Trim(line);
    if (!indented) {
      size_t sp = line.find_first_of(" \t");
      DictBlock block;
      block.kind = std::string(line.substr(0, sp));
      block.head = sp == std::string_view::npos ? "" : std::string(Trim(line.substr(sp)));
      block.line = lineno;
      if (block.kind != "actor" && block.kind != "person" && block.kind != "group" &&
          block.kind != "agent" && block.kind != "code" && block.kind != "synset") {
        return Status::Corruption(path + ":" + std::to_string(lineno) +
                                  ": unknown block kind '" + block.kind + "'");
      }
      if (block.head.empty()) {
        return Status::Corruption(path + ":" + std::to_string(lineno) + ": '" + block.kind +
                                  "' needs a code or name");
      }
      out->push_back(std::move(block));
      current = &out->back();
      continue;
    }
    if (!current) {
      return Status::Corruption(path + ":" + std::to_string(lineno) +
                                ": indented line outside any block");
    }
    DictLine dl;
    dl.line = lineno;
    if (current->kind == "code") {
      dl.value = std::string(line);
    } else {
      size_t sp = line.find_first_of(" \t");
      if (sp == std::string_view::npos) {
        return Status::Corruption(path + ":" + std::to_string(lineno) + ": '" +
                                  std::string(line) + "' has no value");
      }
      dl.key = std::string(line.substr(0, sp));
      dl.value = std::string(Trim(line.substr(sp)));
    }
    current->lines.push_back(std::move(dl));
  }
  return Status::OK();
}

Status ReadDictFile(const std::string& path, std::vector<DictBlock>* out) {
  std::string content;
  Status s = ReadFile(path, &content);
  if (!s.ok()) return s;
  return ParseDict(content, path, out);
}

}  // namespace dyad::lexicon
