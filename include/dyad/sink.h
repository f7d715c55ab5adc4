// EventSink: where coded documents go. `dyad code --out FILE` picks one by the file's
// extension: .jsonl (one event per line; also standard output), .tsv (one event per line with
// a header), .db (the SQLite store: appended to, idempotent per document).
#ifndef DYAD_SINK_H_
#define DYAD_SINK_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "dyad/coder.h"
#include "dyad/status.h"

namespace dyad {

// A document's output, rendered before it is written (see EventSink::Render). Its room is raw
// memory that is kept when the object is reused: a std::string zero-fills what it grows by,
// which, on documents new to a worker, cost as much as rendering them.
class RenderedDocument {
 public:
  RenderedDocument() = default;
  // A moved-from document is empty, with no room: sinks swap rooms between documents.
  RenderedDocument(RenderedDocument&& other) noexcept
      : room_(std::move(other.room_)),
        size_(std::exchange(other.size_, 0)),
        capacity_(std::exchange(other.capacity_, 0)) {}
  RenderedDocument& operator=(RenderedDocument&& other) noexcept {
    room_ = std::move(other.room_);
    size_ = std::exchange(other.size_, 0);
    capacity_ = std::exchange(other.capacity_, 0);
    return *this;
  }

  std::string_view bytes() const { return {room_.get(), size_}; }
  size_t capacity() const { return capacity_; }
  char* data() { return room_.get(); }
  // Makes the room at least `capacity` bytes, keeping its first `keep`; returns its start.
  // A room that grows at least doubles, so that rendering event by event grows it rarely.
  char* Grow(size_t keep, size_t capacity) {
    return capacity <= capacity_ ? room_.get() : Reallocate(keep, capacity);
  }
  void set_size(size_t size) { size_ = size; }  // at most capacity()

 private:
  char* Reallocate(size_t keep, size_t capacity);

  std::unique_ptr<char[]> room_;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

class EventSink {
 public:
  virtual ~EventSink() = default;
  // Writes one document's events (and, for the store, the document itself). Documents are
  // written in the order given; a document whose Write returned OK is durable after Close.
  virtual Status Write(const CodedDocument& doc) = 0;
  // A sink whose output is bytes that depend on the document alone renders them here and
  // returns true; it may be called from several threads at once. The caller then hands the
  // bytes to WriteRendered, in document order, instead of calling Write. `dyad code` renders
  // on its coding workers: formatting every event on the single writer thread made that
  // thread the limit as workers were added. A sink that must see each document (the store)
  // returns false.
  virtual bool Render(const CodedDocument& /*doc*/, RenderedDocument* /*out*/) const {
    return false;
  }
  // Takes the bytes of `*doc`, which is left holding some other room to render into next (so
  // that the bytes are not copied again on their way out).
  virtual Status WriteRendered(RenderedDocument* /*doc*/) {
    return Status::Unsupported("this sink does not render ahead");
  }
  // Commits pending writes; called after each batch of documents.
  virtual Status Flush() = 0;
  virtual Status Close() = 0;
  // Documents skipped because the store already held them unchanged.
  virtual int skipped() const { return 0; }
  // Events left out because they carry no date: the store's timelines and duplicate groups
  // need one. JSONL and TSV write every event.
  virtual long undated() const { return 0; }
};

// `path` "-" or empty: JSONL on standard output.
Status OpenSink(const std::string& path, std::unique_ptr<EventSink>* out);

// One event as a JSON object (no newline): the JSONL output format.
std::string EventToJson(const Event& e);

// The TSV columns, in order, and one event's row (no newline).
std::string TsvHeader();
std::string EventToTsv(const Event& e);

}  // namespace dyad

#endif  // DYAD_SINK_H_
