// Minimal JSON writing helpers: escaping strings for the JSONL outputs.
#ifndef DYAD_STORE_JSON_H_
#define DYAD_STORE_JSON_H_

#include <string>
#include <string_view>

namespace dyad::store {

// Appends `s` as a JSON string literal (with quotes). Invalid UTF-8 bytes become U+FFFD so the
// output is always valid JSON.
void AppendJsonString(std::string* out, std::string_view s);

}  // namespace dyad::store

#endif  // DYAD_STORE_JSON_H_
