#include "cli/export_command.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "cli/commands.h"
#include "store/export.h"
#include "store/sqlite_store.h"

namespace dyad::cli {

int RunExport(const ExportArgs& args) {
  store::ExportOptions options;
  Status s = store::ParseExportFormat(args.format, &options.format);
  if (!s.ok()) {
    ReportError("--format", s.message());
    return 2;
  }
  options.mentions_path = args.mentions;
  options.from = args.from;
  options.to = args.to;
  options.actor = args.actor;
  options.code = args.code;
  // SqliteStore::Open creates a missing file; an export of a mistyped path must fail instead.
  std::error_code ec;
  if (!std::filesystem::is_regular_file(args.db, ec)) {
    ReportError(args.db, "no such database");
    return 2;
  }
  // Read-write: the gdelt and plover formats refresh the event groups first.
  std::unique_ptr<store::SqliteStore> db;
  if (!(s = store::SqliteStore::Open(args.db, &db)).ok()) {
    ReportError(args.db, s.message());
    return 2;
  }
  const bool to_stdout = args.out.empty() || args.out == "-";
  FILE* out = to_stdout ? stdout : std::fopen(args.out.c_str(), "wb");
  if (!out) {
    ReportError(args.out, std::strerror(errno));
    return 2;
  }
  s = store::Export(db->handle(), options, out);
  if (!to_stdout && std::fclose(out) != 0 && s.ok()) {
    s = Status::IOError(args.out + ": " + std::strerror(errno));
  }
  Status cs = db->Close();
  if (!s.ok()) {
    // A bad option is the command line's fault, not the database's.
    ReportError(s.code() == Status::Code::kInvalidArgument ? "export" : args.db, s.message());
    return 2;
  }
  if (!cs.ok()) {
    ReportError(args.db, cs.message());
    return 2;
  }
  return 0;
}

}  // namespace dyad::cli
