#include "cli/inputs.h"

#include <simdjson.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "text/date.h"

namespace dyad::cli {
namespace fs = std::filesystem;
namespace {

enum class Format { kText, kHtml, kJsonl, kUnknown };

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

Format FormatOfPath(const fs::path& p) {
  std::string ext = Lower(p.extension().string());
  if (ext == ".txt" || ext == ".text") return Format::kText;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return Format::kHtml;
  if (ext == ".jsonl" || ext == ".ndjson") return Format::kJsonl;
  return Format::kUnknown;
}

Format SniffFormat(std::string_view content) {
  size_t i = 0;
  if (content.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < content.size() && std::isspace(static_cast<unsigned char>(content[i]))) ++i;
  if (i < content.size() && content[i] == '{') return Format::kJsonl;
  if (i < content.size() && content[i] == '<') return Format::kHtml;
  return Format::kText;
}

bool LooksBinary(std::string_view content) {
  size_t n = std::min<size_t>(content.size(), 8192);
  return std::memchr(content.data(), '\0', n) != nullptr;
}

class Reader {
 public:
  Reader(const std::function<bool(Document&&)>& on_doc,
         const std::function<void(const std::string&, const std::string&)>& on_error)
      : on_doc_(on_doc), on_error_(on_error) {}

  bool Input(const std::string& arg) {
    if (arg == "-") {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      std::string content = ss.str();
      Format f = SniffFormat(content);
      if (f == Format::kJsonl) return JsonlStream(content, "stdin");
      return Whole("stdin", "stdin", std::move(content), f);
    }
    std::error_code ec;
    fs::file_status st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) {
      Fail(arg, "no such file or directory");
      return true;
    }
    if (fs::is_directory(st)) {
      std::vector<fs::path> files;
      for (auto it = fs::recursive_directory_iterator(arg, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file() && FormatOfPath(it->path()) != Format::kUnknown) {
          files.push_back(it->path());
        }
      }
      if (ec) Fail(arg, ec.message());
      std::sort(files.begin(), files.end());
      for (const fs::path& p : files) {
        if (!File(p.string())) return false;
      }
      return true;
    }
    return File(arg);
  }

  InputStats stats;

 private:
  void Fail(const std::string& where, const std::string& reason) {
    ++stats.failures;
    on_error_(where, reason);
  }

  bool Emit(Document&& d) {
    ++stats.documents;
    return on_doc_(std::move(d));
  }

  bool File(const std::string& path) {
    Format f = FormatOfPath(path);
    if (f == Format::kJsonl) return JsonlFile(path);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      Fail(path, std::strerror(errno));
      return true;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    std::string content = ss.str();
    if (f == Format::kUnknown) f = SniffFormat(content);
    if (f == Format::kJsonl) return JsonlStream(content, path);
    return Whole(path, path, std::move(content), f);
  }

  bool Whole(const std::string& where, const std::string& id, std::string content, Format f) {
    if (content.find_first_not_of(" \t\r\n") == std::string::npos) {
      Fail(where, "empty input");
      return true;
    }
    if (LooksBinary(content)) {
      Fail(where, "binary data, not text or HTML");
      return true;
    }
    Document d;
    d.id = id;
    if (f == Format::kHtml) d.html = std::move(content);
    else d.text = std::move(content);
    return Emit(std::move(d));
  }

  bool JsonlFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      Fail(path, std::strerror(errno));
      return true;
    }
    std::string line;
    int lineno = 0;
    bool any = false;
    while (std::getline(in, line)) {
      ++lineno;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      any = true;
      if (!JsonLine(line, path, lineno)) return false;
    }
    if (!any) Fail(path, "empty input");
    return true;
  }

  bool JsonlStream(const std::string& content, const std::string& where) {
    std::istringstream in(content);
    std::string line;
    int lineno = 0;
    while (std::getline(in, line)) {
      ++lineno;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      if (!JsonLine(line, where, lineno)) return false;
    }
    return true;
  }

  bool JsonLine(const std::string& line, const std::string& path, int lineno) {
    const std::string where = path + ":" + std::to_string(lineno);
    simdjson::padded_string padded(line);
    simdjson::dom::element obj;
    auto err = parser_.parse(padded).get(obj);
    if (err) {
      Fail(where, std::string("invalid JSON: ") + simdjson::error_message(err));
      return true;
    }
    if (!obj.is_object()) {
      Fail(where, "not a JSON object");
      return true;
    }
    Document d;
    auto str = [&](const char* key, std::string* out) {
      simdjson::dom::element v;
      if (obj[key].get(v)) return;
      if (v.is_string()) *out = std::string(std::string_view(v));
      else if (v.is_int64()) *out = std::to_string(int64_t(v));
      else if (v.is_uint64()) *out = std::to_string(uint64_t(v));
    };
    str("id", &d.id);
    str("date", &d.date);
    str("text", &d.text);
    str("html", &d.html);
    str("url", &d.url);
    str("title", &d.title);
    str("source", &d.source);
    if (d.id.empty()) d.id = where;
    if (d.text.empty() && d.html.empty()) {
      Fail(where, "no \"text\" or \"html\" field");
      return true;
    }
    if (!d.date.empty()) {
      if (!text::ParseIsoDate(d.date).valid()) {
        Fail(where, "bad \"date\" '" + d.date + "' (want YYYY-MM-DD)");
        return true;
      }
      d.date = d.date.substr(0, 10);
    }
    return Emit(std::move(d));
  }

  const std::function<bool(Document&&)>& on_doc_;
  const std::function<void(const std::string&, const std::string&)>& on_error_;
  simdjson::dom::parser parser_;
};

}  // namespace

InputStats ReadInputs(const std::vector<std::string>& inputs,
                      const std::function<bool(Document&&)>& on_doc,
                      const std::function<void(const std::string&, const std::string&)>& on_error) {
  Reader r(on_doc, on_error);
  for (const std::string& in : inputs) {
    if (!r.Input(in)) break;
  }
  return r.stats;
}

}  // namespace dyad::cli
