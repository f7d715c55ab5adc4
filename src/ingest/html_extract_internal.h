// Internals of the HTML extractor that its tests and the evaluation tool also use.
#ifndef DYAD_INGEST_HTML_EXTRACT_INTERNAL_H_
#define DYAD_INGEST_HTML_EXTRACT_INTERNAL_H_

#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/text_util.h"

namespace dyad {
namespace ingest {

// A minimal JSON reader for JSON-LD blocks. Lenient where publishers are sloppy (raw control
// characters in strings, trailing commas), strict enough never to loop or overrun.

struct JsonMember;

struct JsonValue {
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };
  Type type = Type::kNull;
  std::string text;  // string value, or the number / literal as written
  std::vector<JsonValue> items;
  // (Not pairs: a std::pair of the type being defined is an incomplete type to some compilers.)
  std::vector<JsonMember> members;

  // The value of the first member called `key`, or null.
  const JsonValue* Get(std::string_view key) const;
};

struct JsonMember {
  std::string name;
  JsonValue value;
};

inline const JsonValue* JsonValue::Get(std::string_view key) const {
  for (const auto& [name, value] : members) {
    if (name == key) return &value;
  }
  return nullptr;
}

class JsonReader {
 public:
  explicit JsonReader(std::string_view input) : input_(input) {}

  bool Read(JsonValue* out) { return ReadValue(out, 0); }

 private:
  static constexpr int kMaxNesting = 64;

  // std::isspace in the "C" locale the program runs in, without a call for every byte.
  static bool IsSpace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
  }

  void SkipSpace() {
    while (pos_ < input_.size() && IsSpace(input_[pos_])) ++pos_;
  }

  bool ReadValue(JsonValue* out, int depth) {
    if (depth > kMaxNesting) return false;
    SkipSpace();
    if (pos_ >= input_.size()) return false;
    char c = input_[pos_];
    if (c == '{') return ReadObject(out, depth);
    if (c == '[') return ReadArray(out, depth);
    if (c == '"') {
      out->type = JsonValue::Type::kString;
      return ReadString(&out->text);
    }
    size_t start = pos_;
    while (pos_ < input_.size() && input_[pos_] != ',' && input_[pos_] != '}' &&
           input_[pos_] != ']' && !IsSpace(input_[pos_])) {
      ++pos_;
    }
    if (pos_ == start) return false;
    out->text = std::string(input_.substr(start, pos_ - start));
    if (out->text == "null") {
      out->type = JsonValue::Type::kNull;
    } else if (out->text == "true" || out->text == "false") {
      out->type = JsonValue::Type::kBool;
    } else {
      out->type = JsonValue::Type::kNumber;
    }
    return true;
  }

  bool ReadObject(JsonValue* out, int depth) {
    out->type = JsonValue::Type::kObject;
    ++pos_;
    while (true) {
      SkipSpace();
      if (pos_ >= input_.size()) return false;
      if (input_[pos_] == '}') {
        ++pos_;
        return true;
      }
      if (input_[pos_] == ',') {
        ++pos_;
        continue;
      }
      std::string key;
      if (input_[pos_] != '"' || !ReadString(&key)) return false;
      SkipSpace();
      if (pos_ >= input_.size() || input_[pos_] != ':') return false;
      ++pos_;
      JsonValue value;
      if (!ReadValue(&value, depth + 1)) return false;
      out->members.push_back({std::move(key), std::move(value)});
    }
  }

  bool ReadArray(JsonValue* out, int depth) {
    out->type = JsonValue::Type::kArray;
    ++pos_;
    while (true) {
      SkipSpace();
      if (pos_ >= input_.size()) return false;
      if (input_[pos_] == ']') {
        ++pos_;
        return true;
      }
      if (input_[pos_] == ',') {
        ++pos_;
        continue;
      }
      JsonValue value;
      if (!ReadValue(&value, depth + 1)) return false;
      out->items.push_back(std::move(value));
    }
  }

  bool ReadHex4(uint32_t* value) {
    if (pos_ + 4 > input_.size()) return false;
    *value = 0;
    for (int k = 0; k < 4; ++k) {
      char h = input_[pos_++];
      int digit;
      if (h >= '0' && h <= '9') {
        digit = h - '0';
      } else if (h >= 'a' && h <= 'f') {
        digit = h - 'a' + 10;
      } else if (h >= 'A' && h <= 'F') {
        digit = h - 'A' + 10;
      } else {
        return false;
      }
      *value = *value * 16 + digit;
    }
    return true;
  }

  bool ReadString(std::string* out) {
    ++pos_;  // opening quote
    while (pos_ < input_.size()) {
      // The run of plain characters up to the next quote or escape, appended at once.
      size_t run_end = pos_;
      while (run_end < input_.size() && input_[run_end] != '"' && input_[run_end] != '\\') {
        ++run_end;
      }
      out->append(input_.substr(pos_, run_end - pos_));
      pos_ = run_end;
      if (pos_ >= input_.size()) return false;
      char c = input_[pos_++];
      if (c == '"') return true;
      if (pos_ >= input_.size()) return false;
      char e = input_[pos_++];
      switch (e) {
        case 'n':
          out->push_back('\n');
          break;
        case 't':
          out->push_back('\t');
          break;
        case 'r':
        case 'b':
        case 'f':
          out->push_back(' ');
          break;
        case 'u': {
          uint32_t code_point;
          if (!ReadHex4(&code_point)) return false;
          if (code_point >= 0xD800 && code_point <= 0xDBFF && pos_ + 1 < input_.size() &&
              input_[pos_] == '\\' && input_[pos_ + 1] == 'u') {
            pos_ += 2;
            uint32_t low;
            if (!ReadHex4(&low)) return false;
            if (low >= 0xDC00 && low <= 0xDFFF) {
              code_point = 0x10000 + ((code_point - 0xD800) << 10) + (low - 0xDC00);
            }
          }
          AppendUtf8(code_point, out);
          break;
        }
        default:
          out->push_back(e);
      }
    }
    return false;
  }

  std::string_view input_;
  size_t pos_ = 0;
};

}  // namespace ingest
}  // namespace dyad

#endif  // DYAD_INGEST_HTML_EXTRACT_INTERNAL_H_
