// The dashboard's static files (HTML, CSS, JavaScript), compiled into the binary so that
// `dyad serve` needs no files beside it and no network: no CDN, no framework, charts are
// inline SVG drawn by the script.
#ifndef DYAD_SERVE_ASSETS_H_
#define DYAD_SERVE_ASSETS_H_

#include <string_view>

namespace dyad::serve {

struct Asset {
  std::string_view path;  // "/index.html"
  const char* content_type;
  std::string_view body;
};

// The asset served at `path`, or nullptr.
const Asset* FindAsset(std::string_view path);

}  // namespace dyad::serve

#endif  // DYAD_SERVE_ASSETS_H_
