// Reading bytes by chunks, from files, standard input or memory, and gunzipping them on the way.
// Crawls come as multi-gigabyte .gz files: nothing here holds more than a chunk or two of input
// (plus whatever the caller asks to keep) in memory.
#ifndef DYAD_INGEST_GZIP_READER_H_
#define DYAD_INGEST_GZIP_READER_H_

#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {
namespace ingest {

// Input is read, and decompressed, this many bytes at a time.
inline constexpr size_t kReadChunkSize = 64 * 1024;

// A sequence of bytes read front to back in chunks.
class ByteSource {
 public:
  virtual ~ByteSource() = default;

  // Appends the next bytes (at least one, at most about kReadChunkSize) to *out. Returns false
  // when there are none left: at the end of the data, or after an error, which status() holds.
  virtual bool Read(std::string* out) = 0;

  // OK unless reading failed; the bytes returned before the failure are good.
  virtual Status status() const = 0;
};

// The bytes of a string (tests, and data already in memory).
class StringSource : public ByteSource {
 public:
  explicit StringSource(std::string data) : data_(std::move(data)) {}
  bool Read(std::string* out) override;
  Status status() const override { return Status::OK(); }

 private:
  std::string data_;
  size_t pos_ = 0;
};

// The bytes of a file descriptor (standard input) as they arrive: a read returns what one
// read(2) gives, so that a pipe held open by its writer (Spark's RDD.pipe, GNU parallel) is
// coded document by document instead of chunk by chunk. The descriptor is not closed.
class FdSource : public ByteSource {
 public:
  FdSource(int fd, std::string name) : fd_(fd), name_(std::move(name)) {}
  bool Read(std::string* out) override;
  Status status() const override { return status_; }

 private:
  int fd_;
  std::string name_;
  Status status_;
  bool done_ = false;
};

// The bytes of a std::istream: a file that Open() owns, or a stream the caller keeps.
class IstreamSource : public ByteSource {
 public:
  // `in` is not owned and must outlive the source; `name` is used in error messages.
  IstreamSource(std::istream* in, std::string name) : in_(in), name_(std::move(name)) {}

  static Status Open(const std::string& path, std::unique_ptr<ByteSource>* out);

  bool Read(std::string* out) override;
  Status status() const override { return status_; }

 private:
  std::unique_ptr<std::istream> owned_;
  std::istream* in_;
  std::string name_;
  Status status_;
  std::unique_ptr<char[]> chunk_;  // what one read brings, before it is appended
};

// The decompressed bytes of gzip data read from another source. Reads through any number of
// concatenated gzip members (Common Crawl's .warc.gz holds one member per record). Stops at the
// first problem with an error naming its byte offset in the compressed data: data that is not
// gzip, a corrupt member, input that ends inside a member; everything decoded before the problem
// has been returned.
class GunzipSource : public ByteSource {
 public:
  explicit GunzipSource(std::unique_ptr<ByteSource> compressed);
  ~GunzipSource() override;
  GunzipSource(const GunzipSource&) = delete;
  GunzipSource& operator=(const GunzipSource&) = delete;

  bool Read(std::string* out) override;
  Status status() const override { return status_; }

  // Compressed bytes consumed so far, and complete members decoded.
  uint64_t compressed_offset() const;
  int64_t members() const { return members_; }

 private:
  struct Inflater;

  bool FillInput();
  bool StartMember();

  std::unique_ptr<ByteSource> compressed_;
  std::unique_ptr<Inflater> inflater_;
  std::string input_;            // compressed bytes; zlib reads from input_.data() + input_pos
  uint64_t input_base_ = 0;      // compressed offset of input_[0]
  uint64_t member_start_ = 0;    // compressed offset of the member being decoded
  bool in_member_ = false;       // a member has been started and not finished
  bool input_done_ = false;      // the compressed source has nothing more
  bool output_pending_ = false;  // the last inflate filled its output: it may have more
  int64_t members_ = 0;
  Status status_;
};

// A source with a look-ahead buffer: lines, exact byte counts, and peeking at what comes next
// (to recognise a format by its first bytes).
class BufferedSource : public ByteSource {
 public:
  explicit BufferedSource(std::unique_ptr<ByteSource> source) : source_(std::move(source)) {}

  // Up to `n` bytes from the current position, fewer only at the end of the data.
  std::string_view Peek(size_t n);

  // Like Peek, but stops early once a line with more than blanks has arrived: a stream's
  // first record can be looked at while its writer still holds the stream open.
  std::string_view PeekFirstLine(size_t n);

  // Replaces *line with the bytes through the next '\n' (included), or through the end of the
  // data, but at most `max_length` bytes. Returns false when no bytes are left.
  bool ReadLine(std::string* line, size_t max_length = SIZE_MAX);

  // Appends the next `n` bytes to *out, or discards them when `out` is null. Returns how many
  // there were: fewer than `n` only at the end of the data.
  size_t ReadBytes(size_t n, std::string* out);

  // Bytes consumed through this reader so far: the offset of the next byte.
  uint64_t offset() const { return consumed_ + pos_; }

  bool Read(std::string* out) override;
  Status status() const override { return source_->status(); }

 private:
  bool Fill();

  std::unique_ptr<ByteSource> source_;
  std::string buffer_;
  size_t pos_ = 0;         // next unread byte of buffer_
  uint64_t consumed_ = 0;  // bytes dropped from the front of buffer_
  bool source_done_ = false;
};

// True when `prefix` starts with the gzip magic bytes 1f 8b.
bool HasGzipMagic(std::string_view prefix);

// `source` decompressed when its first bytes are the gzip magic, as it is otherwise.
std::unique_ptr<BufferedSource> OpenMaybeGzipped(std::unique_ptr<ByteSource> source);

// Every member of the gzip data `gz`, decompressed into *out. On an error *out keeps what was
// decoded before it.
Status GunzipString(std::string_view gz, std::string* out);

// HTTP's "deflate" content coding: zlib-wrapped deflate as the standard says, or raw deflate as
// some servers send it. On an error *out keeps what was decoded before it.
Status InflateString(std::string_view data, std::string* out);

}  // namespace ingest
}  // namespace dyad

#endif  // DYAD_INGEST_GZIP_READER_H_
