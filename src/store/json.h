// Minimal JSON writing helpers: escaping strings for the JSONL outputs.
#ifndef DYAD_STORE_JSON_H_
#define DYAD_STORE_JSON_H_

#include <string>
#include <string_view>

namespace dyad::store {

// Appends `s` as a JSON string literal (with quotes). Invalid UTF-8 bytes become U+FFFD so the
// output is always valid JSON.
void AppendJsonString(std::string* out, std::string_view s);

// The most bytes AppendJsonString writes for `s`: its quotes, and six for any byte ("\u001f").
inline size_t JsonStringBound(std::string_view s) { return 2 + 6 * s.size(); }

// AppendJsonString at `p`, which has room for JsonStringBound(s) bytes; returns the end of what
// was written. For writers that make room for a whole record at once.
char* WriteJsonString(char* p, std::string_view s);

}  // namespace dyad::store

#endif  // DYAD_STORE_JSON_H_
