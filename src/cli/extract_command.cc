#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "dyad/extract.h"
#include "store/json.h"

namespace dyad::cli {
namespace {

void Field(std::string* out, const char* name, const std::string& value) {
  out->append(",\"");
  out->append(name);
  out->append("\":");
  if (value.empty()) out->append("null");
  else store::AppendJsonString(out, value);
}

void List(std::string* out, const char* name, const std::vector<std::string>& values) {
  out->append(",\"");
  out->append(name);
  out->append("\":[");
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out->push_back(',');
    store::AppendJsonString(out, values[i]);
  }
  out->push_back(']');
}

}  // namespace

int RunExtract(const ExtractArgs& args) {
  int failures = 0;
  InputStats in = ReadInputs(
      args.inputs,
      [&](Document&& d) {
        Article a;
        Status s = ExtractDocument(d, &a);
        if (!s.ok()) {
          ++failures;
          ReportError(d.id, s.message());
          return true;
        }
        if (!d.date.empty()) a.date = d.date;
        std::string out = "{\"id\":";
        store::AppendJsonString(&out, d.id);
        Field(&out, "url", a.url);
        Field(&out, "title", a.title);
        Field(&out, "description", a.description);
        List(&out, "authors", a.authors);
        Field(&out, "date", a.date);
        Field(&out, "site", a.site);
        Field(&out, "language", a.language);
        Field(&out, "dateline", a.dateline);
        List(&out, "captions", a.captions);
        Field(&out, "text", a.text);
        out.append("}\n");
        std::fwrite(out.data(), 1, out.size(), stdout);
        return true;
      },
      [&](const std::string& where, const std::string& reason) { ReportError(where, reason); });
  std::fflush(stdout);
  return (failures + in.failures) > 0 ? 1 : 0;
}

}  // namespace dyad::cli
