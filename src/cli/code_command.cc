#include <sys/resource.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "cli/inputs.h"
#include "dyad/sink.h"
#include "serve/search_index.h"
#include "store/sqlite_store.h"

namespace dyad::cli {

std::string ClipLine(const std::string& s, size_t limit) {
  std::string out;
  size_t chars = 0, i = 0;
  for (; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80 && chars++ == limit) break;  // the start of character limit + 1
    out.push_back(c == '\n' || c == '\r' || c == '\t' ? ' ' : s[i]);
  }
  if (i < s.size()) out += "...";
  return out;
}

void ReportError(const std::string& where, const std::string& reason) {
  std::fprintf(stderr, "dyad: %s: %s\n", where.c_str(), reason.c_str());
}

namespace {

// How many documents may be between the reader and the writer (queued, being coded, or coded
// and waiting for an earlier one) per worker, and how many input bytes in all: together they
// bound memory whatever the size of the input, while giving each worker enough queued work
// that it never waits for the reader. The reader and the writer sleep and wake once per half
// window (see Push and Work), a context switch each time: with small documents a window of
// 64 made some 9,400 switches per 20 MB of input, a third of the writer's time; 256 makes a
// third as many.
constexpr size_t kInFlightPerThread = 256;
constexpr size_t kMaxInFlightBytes = 32u << 20;

// The writer commits (flushes) the sink after this many documents per worker, and also as soon
// as nothing is left in flight, so that a slow stream (`dyad code -` under Spark or GNU parallel)
// sees each document's events without waiting for a full batch behind it.
constexpr size_t kFlushPerThread = 16;

// Written documents are given back to the workers to code into (see Write), as many as can be
// in flight, so that none is freed by the writer; but not one whose text, events or rendered
// events took more room than these (most articles are 2-20 KB of text and a few events), so
// that the room the pool keeps stays small: a document keeps the room of the largest it held.
constexpr size_t kMaxRecycledTextBytes = 64u << 10;
constexpr size_t kMaxRecycledEvents = 256;
constexpr size_t kMaxRecycledRenderedBytes = 256u << 10;

// While documents are in flight, the writer sleeps at most this long between looks at the
// results, so that workers need not wake it for every document (see Work). Short enough that a
// stream's events still come out promptly; 2 ms woke it every thirty small documents.
constexpr auto kWriterPoll = std::chrono::milliseconds(10);

// Reads -> codes -> writes, overlapped. The calling thread pushes documents; `threads`
// long-lived workers code them (and, for JSONL and TSV, format their events) in any order;
// one writer thread writes them to the sink in input order, through a ring of result slots
// indexed by sequence number (the reorder buffer). The output is therefore the same for every
// thread count.
class CodingPipeline {
 public:
  CodingPipeline(const Coder& coder, EventSink* sink, std::string sink_name, int threads)
      : coder_(coder),
        sink_(sink),
        sink_name_(std::move(sink_name)),
        window_(kInFlightPerThread * static_cast<size_t>(threads)),
        flush_every_(kFlushPerThread * static_cast<size_t>(threads)),
        // Half the window: the writer looks every kWriterPoll anyway, and the reader, when it
        // waits, is woken as soon as writing makes room (see Work). A run of an eighth woke
        // the writer every few documents, a system call each time on the worker (2% of it).
        wake_run_(window_ / 2),
        recycled_max_(window_),
        slots_(window_) {
    recycled_.reserve(recycled_max_);
    for (int t = 0; t < threads; ++t) workers_.emplace_back([this] { Work(); });
    writer_ = std::thread([this] { Write(); });
  }

  CodingPipeline(const CodingPipeline&) = delete;
  CodingPipeline& operator=(const CodingPipeline&) = delete;

  ~CodingPipeline() { Finish(); }

  // Queues a document, waiting while the pipeline is full. False once the sink has failed:
  // reading further would be wasted.
  bool Push(Document&& doc) {
    const size_t bytes = doc.text.size() + doc.html.size();
    std::unique_lock<std::mutex> l(mu_);
    // A document larger than the byte bound still goes through, alone.
    if (!HasRoom(bytes)) {
      // Once full, wait until half the window is free rather than for one slot, so that the
      // reader and the writer do not wake each other once per document.
      reader_waiting_ = true;
      space_cv_.wait(l, [&] { return HasRoom(bytes) && next_seq_ - next_write_ <= window_ / 2; });
      reader_waiting_ = false;
    }
    if (sink_failed_) return false;
    in_flight_bytes_ += bytes;
    // The first document after the pipeline drained (a slow stream): the writer, asleep
    // without a deadline, starts looking for results again.
    const bool wake_writer = next_seq_ == next_write_ && writer_waiting_;
    queue_.push_back(Job{next_seq_++, bytes, std::move(doc)});
    // Waking a thread costs a system call: only when one sleeps. And after unlocking: a
    // thread woken while the lock is held wakes only to block on the lock, and must be woken
    // a second time by the unlock.
    const bool wake = idle_workers_ > 0;
    l.unlock();
    if (wake) work_cv_.notify_one();
    if (wake_writer) done_cv_.notify_one();
    return true;
  }

  // Waits until every pushed document is written. Idempotent.
  void Finish() {
    {
      std::lock_guard<std::mutex> l(mu_);
      if (closed_) return;
      closed_ = true;
    }
    work_cv_.notify_all();
    done_cv_.notify_all();
    for (auto& w : workers_) w.join();
    writer_.join();
  }

  // Valid after Finish().
  bool sink_failed() const { return sink_failed_; }
  int documents() const { return documents_; }
  int failures() const { return failures_; }
  long sentences() const { return sentences_; }
  long events() const { return events_; }
  double bytes() const { return bytes_; }

 private:
  struct Job {
    uint64_t seq;
    size_t bytes;
    Document doc;
  };
  // What a worker fills for a document; kept for reuse once written (see Write).
  struct Output {
    CodedDocument coded;
    RenderedDocument rendered;  // when the sink renders ahead (`is_rendered`)
    bool is_rendered = false;
  };
  struct Slot {
    bool ready = false;
    std::string id;
    size_t bytes = 0;         // the input's
    size_t output_bytes = 0;  // the events' (rendered, or as Events), counted in flight too
    Status status;
    Output out;
  };

  bool HasRoom(size_t bytes) const {
    const size_t in_flight = next_seq_ - next_write_;
    return in_flight < window_ &&
           (in_flight == 0 || in_flight_bytes_ + bytes <= kMaxInFlightBytes);
  }

  void Work() {
    for (;;) {
      Job job;
      Slot result;
      {
        std::unique_lock<std::mutex> l(mu_);
        ++idle_workers_;
        work_cv_.wait(l, [&] { return !queue_.empty() || closed_; });
        --idle_workers_;
        if (queue_.empty()) return;
        job = std::move(queue_.front());
        queue_.pop_front();
        // A document the writer is done with: coding into it frees its events here, on the
        // thread that made them, and reuses its vectors' room (see Write).
        if (!recycled_.empty()) {
          result.out = std::move(recycled_.back());
          recycled_.pop_back();
        }
      }
      result.id = job.doc.id;
      result.bytes = job.bytes;
      // After a sink failure nothing more is written, so nothing more is worth coding.
      if (!sink_failed_.load(std::memory_order_relaxed)) {
        result.status = coder_.Code(job.doc, &result.out.coded);
        // The events are formatted here, on the worker, when the sink allows it: the writer
        // is one thread for all the workers.
        result.out.is_rendered =
            result.status.ok() && sink_->Render(result.out.coded, &result.out.rendered);
      }
      job.doc = Document();  // the input text is not needed any more: free it outside the lock
      result.ready = true;
      result.output_bytes = result.out.is_rendered
                                ? result.out.rendered.bytes().size()
                                : result.out.coded.events.size() * sizeof(Event);
      std::unique_lock<std::mutex> l(mu_);
      // A dense document's events can be hundreds of times its input: what waits to be written
      // counts towards the bytes in flight, which hold the reader back.
      in_flight_bytes_ += result.output_bytes;
      // The slot is free: in-flight documents never exceed the ring's size.
      slots_[job.seq % window_] = std::move(result);
      // Wake the sleeping writer when the next document in order is ready and a run of
      // documents is ready behind it, or writing up to this one would let the waiting reader go
      // on, or the input is closed: not once per document, since a wake-up is a system call on
      // the worker's time (on this virtual machine, tens of microseconds) and, with small
      // documents, was the largest cost of a worker after coding. (The reader is faster than a
      // worker and waits for room most of the time: waking the writer whenever it waited made
      // it once per document again.) Every document still reaches the writer promptly: while
      // anything is in flight the writer looks again every kWriterPoll.
      const uint64_t run = job.seq + 1 - next_write_;
      const bool frees_reader = reader_waiting_ && next_seq_ - next_write_ - run <= window_ / 2;
      const bool wake = writer_waiting_ && slots_[next_write_ % window_].ready &&
                        (closed_ || frees_reader || run >= wake_run_);
      l.unlock();  // before notifying: see Push
      if (wake) done_cv_.notify_one();
    }
  }

  void Write() {
    size_t unflushed = 0;
    std::unique_lock<std::mutex> l(mu_);
    for (;;) {
      Slot& slot = slots_[next_write_ % window_];
      if (!slot.ready) {
        const bool drained = next_write_ == next_seq_;
        if (unflushed > 0 && drained) {
          l.unlock();
          Flush();
          unflushed = 0;
          l.lock();
          continue;
        }
        if (drained && closed_) return;
        writer_waiting_ = true;
        if (drained) {
          done_cv_.wait(l);  // Push wakes it with the next document
        } else {
          done_cv_.wait_for(l, kWriterPoll);
        }
        writer_waiting_ = false;
        continue;
      }
      // The document is taken out of its slot, which is left moved-from (empty) and not
      // ready: a worker's result is moved over it later. (Assigning an empty Slot to the slot,
      // and to the taken document to free it, moved some thirty members twice per document.)
      Slot done = std::move(slot);
      slot.ready = false;
      l.unlock();
      // (Judged before writing: the sink swaps the rendered room for one of its own.)
      const bool small = done.out.coded.article.text.capacity() <= kMaxRecycledTextBytes &&
                         done.out.coded.events.capacity() <= kMaxRecycledEvents &&
                         done.out.rendered.capacity() <= kMaxRecycledRenderedBytes;
      WriteResult(&done, &unflushed);
      const size_t written_bytes = done.bytes + done.output_bytes;
      l.lock();
      // The coded document goes back to the workers rather than being freed here: its events
      // (some thirty strings each) were allocated by a worker, and freeing them on this thread
      // cost a third of the writer's instructions (memory of another thread's arena, under
      // its lock), while the worker's next mallocs missed its thread cache.
      // The writer gives back documents in runs (it wakes once per run, see Work), and a
      // worker takes one per document started: a pool of a few per worker sent most of each
      // run to be freed here after all.
      const bool kept = small && recycled_.size() < recycled_max_;
      if (kept) recycled_.push_back(std::move(done.out));
      ++next_write_;
      in_flight_bytes_ -= written_bytes;
      const bool wake_reader = reader_waiting_ && next_seq_ - next_write_ <= window_ / 2;
      if (wake_reader || !kept) {
        // Unlocked while notifying (see Push), and while freeing a document the pool has no
        // room for, so that the workers do not wait for it; the loop starts by looking at the
        // next slot under the lock again.
        l.unlock();
        if (wake_reader) space_cv_.notify_one();
        done = Slot();
        l.lock();
      }
    }
  }

  // Writes a coded document to the sink (which takes a rendered document's bytes and leaves it
  // other room to render into), or reports why it could not be coded. Flushes the sink every
  // flush_every_ documents (`unflushed` counts them).
  void WriteResult(Slot* done, size_t* unflushed) {
    if (sink_failed_) return;
    if (!done->status.ok()) {
      ++failures_;
      ReportError(done->id, done->status.message());
    } else if (Status ws = done->out.is_rendered ? sink_->WriteRendered(&done->out.rendered)
                                                 : sink_->Write(done->out.coded);
               !ws.ok()) {
      ReportError(sink_name_, ws.message());
      sink_failed_ = true;
    } else {
      ++documents_;
      bytes_ += static_cast<double>(done->bytes);
      sentences_ += done->out.coded.num_sentences;
      events_ += static_cast<long>(done->out.coded.events.size());
      if (++*unflushed >= flush_every_) {
        Flush();
        *unflushed = 0;
      }
    }
  }

  void Flush() {
    if (sink_failed_) return;
    Status fs = sink_->Flush();
    if (!fs.ok()) {
      ReportError(sink_name_, fs.message());
      sink_failed_ = true;
    }
  }

  const Coder& coder_;
  EventSink* const sink_;
  const std::string sink_name_;
  const size_t window_;
  const size_t flush_every_;
  const size_t wake_run_;  // ready documents in a run that wake the writer (see Work)
  const size_t recycled_max_;  // written documents kept for the workers to code into

  std::mutex mu_;
  std::condition_variable work_cv_;   // a job is queued, or the input is closed
  std::condition_variable space_cv_;  // a document was written: room in the pipeline
  std::condition_variable done_cv_;   // the next result in order is ready, or closed
  std::deque<Job> queue_;             // guarded by mu_
  std::vector<Slot> slots_;           // guarded by mu_; the reorder buffer
  std::vector<Output> recycled_;      // guarded by mu_; written documents, for the workers
  uint64_t next_seq_ = 0;             // guarded by mu_
  uint64_t next_write_ = 0;           // guarded by mu_
  size_t in_flight_bytes_ = 0;        // guarded by mu_
  bool closed_ = false;               // guarded by mu_
  int idle_workers_ = 0;              // guarded by mu_
  bool writer_waiting_ = false;       // guarded by mu_
  bool reader_waiting_ = false;       // guarded by mu_
  // Set by the writer only; read by workers and the reader to stop early.
  std::atomic<bool> sink_failed_{false};

  // Touched by the writer thread only, read after it is joined.
  int documents_ = 0;
  int failures_ = 0;
  long sentences_ = 0;
  long events_ = 0;
  double bytes_ = 0;

  std::vector<std::thread> workers_;
  std::thread writer_;
};

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
  CodingPipeline pipeline(*coder, sink.get(), args.out.empty() ? "stdout" : args.out, threads);
  InputStats in = ReadInputs(
      args.inputs, [&](Document&& d) { return pipeline.Push(std::move(d)); },
      [&](const std::string& where, const std::string& reason) { ReportError(where, reason); });
  pipeline.Finish();
  bool sink_failed = pipeline.sink_failed();
  const int documents = pipeline.documents();
  const int failures = pipeline.failures();
  const long sentences = pipeline.sentences();
  const long events = pipeline.events();
  const double bytes = pipeline.bytes();
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
  if (sink->undated() > 0) {
    ReportError(args.out, std::to_string(sink->undated()) +
                              " events not stored: their documents carry no date (give --date)");
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
