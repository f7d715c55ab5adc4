// libFuzzer target: any bytes as a file given to `dyad code` / `dyad extract` (`make fuzz`):
// the format told from the content (WARC, JSONL, HTML, text, gzipped or not, UTF-16), then each
// document extracted as the commands do. Every failure must be reported, none may crash.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "cli/inputs.h"
#include "dyad/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // A file without a name that says its format, as standard input is read.
  static const int fd = memfd_create("dyad-fuzz-input", 0);
  if (fd < 0) std::abort();
  if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != static_cast<ssize_t>(size)) {
    std::abort();
  }
  const std::string path = "/proc/self/fd/" + std::to_string(fd);
  dyad::cli::ReadInputs(
      {path},
      [](dyad::Document&& doc) {
        dyad::Article article;
        if (!doc.html.empty()) (void)dyad::ExtractHtml(doc.html, &article);
        if (!doc.text.empty()) (void)dyad::ExtractScrapedText(doc.text, &article);
        return true;
      },
      [](const std::string&, const std::string&) {});
  return 0;
}
