#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "dyad/sink.h"
#include "serve/search_index.h"
#include "store/sqlite_store.h"

namespace dyad::cli {

void ReportError(const std::string& where, const std::string& reason) {
  std::fprintf(stderr, "dyad: %s: %s\n", where.c_str(), reason.c_str());
}

namespace {

// Codes a batch with `threads` workers; results keep the input order.
void CodeBatch(const Coder& coder, const std::vector<Document>& docs, int threads,
               std::vector<CodedDocument>* out, std::vector<Status>* statuses) {
  out->assign(docs.size(), CodedDocument());
  statuses->assign(docs.size(), Status::OK());
  auto work = [&](size_t first) {
    for (size_t i = first; i < docs.size(); i += static_cast<size_t>(threads)) {
      (*statuses)[i] = coder.Code(docs[i], &(*out)[i]);
    }
  };
  if (threads <= 1 || docs.size() <= 1) {
    work(0);
    return;
  }
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) pool.emplace_back(work, static_cast<size_t>(t));
  for (auto& th : pool) th.join();
}

}  // namespace

int RunCode(const CodeArgs& args) {
  std::unique_ptr<Coder> coder;
  Status s = Coder::Open(args.coder, &coder);
  if (!s.ok()) {
    ReportError("dictionaries", s.message());
    return 2;
  }
  std::unique_ptr<EventSink> sink;
  s = OpenSink(args.out, &sink);
  if (!s.ok()) {
    ReportError(args.out, s.message());
    return 2;
  }
  const auto started = std::chrono::steady_clock::now();
  const int threads = std::max(1, args.threads);
  const size_t batch_size = static_cast<size_t>(16 * threads);
  std::vector<Document> batch;
  std::vector<CodedDocument> coded;
  std::vector<Status> statuses;
  int failures = 0, documents = 0;
  long sentences = 0, events = 0;
  double bytes = 0;
  bool sink_failed = false;
  auto flush = [&]() {
    if (batch.empty() || sink_failed) return;
    CodeBatch(*coder, batch, threads, &coded, &statuses);
    for (size_t i = 0; i < batch.size(); ++i) {
      if (!statuses[i].ok()) {
        ++failures;
        ReportError(batch[i].id, statuses[i].message());
        continue;
      }
      Status ws = sink->Write(coded[i]);
      if (!ws.ok()) {
        ReportError(args.out.empty() ? "stdout" : args.out, ws.message());
        sink_failed = true;
        return;
      }
      ++documents;
      bytes += static_cast<double>(batch[i].text.size() + batch[i].html.size());
      sentences += coded[i].num_sentences;
      events += static_cast<long>(coded[i].events.size());
    }
    Status fs = sink->Flush();
    if (!fs.ok()) {
      ReportError(args.out.empty() ? "stdout" : args.out, fs.message());
      sink_failed = true;
    }
    batch.clear();
  };
  InputStats in = ReadInputs(
      args.inputs,
      [&](Document&& d) {
        if (d.date.empty()) d.date = "";  // the coder falls back to the article's own date
        batch.push_back(std::move(d));
        if (batch.size() >= batch_size) flush();
        return !sink_failed;
      },
      [&](const std::string& where, const std::string& reason) { ReportError(where, reason); });
  flush();
  Status cs = sink->Close();
  if (!cs.ok()) {
    ReportError(args.out, cs.message());
    sink_failed = true;
  }
  if (!sink_failed && documents > 0 && args.out.size() > 3 &&
      args.out.compare(args.out.size() - 3, 3, ".db") == 0) {
    // The full-text index `dyad serve` searches sentences with.
    std::unique_ptr<store::SqliteStore> db;
    Status is = store::SqliteStore::Open(args.out, &db);
    if (is.ok()) is = serve::BuildSearchIndex(db->handle());
    if (!is.ok()) ReportError(args.out, "search index: " + is.message());
  }
  if (!args.quiet) {
    std::fprintf(stderr, "dyad: coded %d documents, %ld sentences, %ld events", documents,
                 sentences, events);
    if (sink->skipped() > 0) std::fprintf(stderr, " (%d already stored)", sink->skipped());
    std::fprintf(stderr, "; %d failed\n", failures + in.failures);
    double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    std::fprintf(stderr,
                 "dyad: %.2f s, %.0f sentences/s, %.1f MB/s, peak memory %.0f MB (%d threads)\n",
                 secs, secs > 0 ? sentences / secs : 0.0, secs > 0 ? bytes / 1e6 / secs : 0.0,
                 ru.ru_maxrss / 1024.0, threads);
  }
  if (sink_failed) return 2;
  return (failures + in.failures) > 0 ? 1 : 0;
}

int RunShow(const ShowArgs& args) {
  std::unique_ptr<store::SqliteStore> db;
  Status s = store::SqliteStore::OpenReadOnly(args.db, &db);
  if (!s.ok()) {
    ReportError(args.db, s.message());
    return 2;
  }
  std::vector<Event> events;
  s = db->AllEvents(args.limit, &events);
  if (!s.ok()) {
    ReportError(args.db, s.message());
    return 2;
  }
  std::printf("%-10s %-10s %-12s %-5s %5s  %s\n", "date", "source", "target", "cameo", "gold",
              "sentence");
  for (const Event& e : events) {
    std::string sentence = e.sentence.size() > 70 ? e.sentence.substr(0, 67) + "..." : e.sentence;
    std::printf("%-10s %-10s %-12s %-5s %5.1f  %s\n", e.date.c_str(), e.source.code.c_str(),
                e.target.code.empty() ? "-" : e.target.code.c_str(), e.cameo.c_str(), e.goldstein,
                sentence.c_str());
  }
  std::vector<store::SqliteStore::DyadCount> dyads;
  s = db->TopDyads(args.top, &dyads);
  if (!s.ok()) {
    ReportError(args.db, s.message());
    return 2;
  }
  std::printf("\nMost active pairs of actors\n%-12s %-12s %7s %10s\n", "source", "target",
              "events", "goldstein");
  for (const auto& d : dyads) {
    std::printf("%-12s %-12s %7d %10.1f\n", d.source.c_str(), d.target.c_str(), d.events,
                d.goldstein_sum);
  }
  return 0;
}

}  // namespace dyad::cli
