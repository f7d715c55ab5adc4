// JsonWriter: builds one JSON document into a string, putting the commas itself so the API's
// handlers read as the shape of their output. Strings are escaped by store::AppendJsonString,
// which also repairs invalid UTF-8, so any text from the database is safe to write.
#ifndef DYAD_SERVE_JSON_WRITER_H_
#define DYAD_SERVE_JSON_WRITER_H_

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "store/json.h"

namespace dyad::serve {

class JsonWriter {
 public:
  JsonWriter& BeginObject() { return Open('{'); }
  JsonWriter& EndObject() { return Close('}'); }
  JsonWriter& BeginArray() { return Open('['); }
  JsonWriter& EndArray() { return Close(']'); }

  // The key of the next value in the current object.
  JsonWriter& Key(std::string_view k) {
    Separate();
    store::AppendJsonString(&out_, k);
    out_.push_back(':');
    after_key_ = true;
    return *this;
  }

  JsonWriter& String(std::string_view s) {
    Separate();
    store::AppendJsonString(&out_, s);
    return *this;
  }
  // An empty string is written as null: the store keeps absent text as NULL, and the API
  // reports absence the same way whichever way a row got it.
  JsonWriter& StringOrNull(std::string_view s) { return s.empty() ? Null() : String(s); }
  JsonWriter& Int(int64_t v) { return Raw(std::to_string(v)); }
  JsonWriter& Double(double v) {
    if (!std::isfinite(v)) return Null();  // JSON has no NaN or infinity
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return Raw(buf);
  }
  JsonWriter& Bool(bool v) { return Raw(v ? "true" : "false"); }
  JsonWriter& Null() { return Raw("null"); }

  // Already-serialised JSON (a cached fragment).
  JsonWriter& Raw(std::string_view json) {
    Separate();
    out_.append(json);
    return *this;
  }

  const std::string& str() const { return out_; }
  std::string Take() { return std::move(out_); }

 private:
  JsonWriter& Open(char c) {
    Separate();
    out_.push_back(c);
    first_.push_back(true);
    return *this;
  }
  JsonWriter& Close(char c) {
    out_.push_back(c);
    first_.pop_back();
    return *this;
  }
  void Separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_.empty()) {
      if (!first_.back()) out_.push_back(',');
      first_.back() = false;
    }
  }

  std::string out_;
  std::vector<bool> first_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace dyad::serve

#endif  // DYAD_SERVE_JSON_WRITER_H_
