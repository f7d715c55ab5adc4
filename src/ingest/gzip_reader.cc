#include "ingest/gzip_reader.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include <unistd.h>

namespace dyad {
namespace ingest {

bool StringSource::Read(std::string* out) {
  if (pos_ >= data_.size()) return false;
  size_t n = std::min(kReadChunkSize, data_.size() - pos_);
  out->append(data_, pos_, n);
  pos_ += n;
  return true;
}

Status IstreamSource::Open(const std::string& path, std::unique_ptr<ByteSource>* out) {
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file) return Status::IOError(std::strerror(errno));
  auto source = std::make_unique<IstreamSource>(file.get(), path);
  source->owned_ = std::move(file);
  *out = std::move(source);
  return Status::OK();
}

bool FdSource::Read(std::string* out) {
  if (done_) return false;
  const size_t old_size = out->size();
  out->resize(old_size + kReadChunkSize);
  ssize_t got;
  do {
    got = ::read(fd_, out->data() + old_size, kReadChunkSize);
  } while (got < 0 && errno == EINTR);
  if (got < 0) status_ = Status::IOError(name_ + ": " + std::strerror(errno));
  out->resize(old_size + static_cast<size_t>(std::max<ssize_t>(got, 0)));
  done_ = got <= 0;
  return got > 0;
}

bool IstreamSource::Read(std::string* out) {
  if (!status_.ok() || !in_->good()) return false;
  // Read into a buffer of our own and appended: growing `out` by a chunk to read into would
  // zero the whole chunk first, 64 KB for each small file.
  if (!chunk_) chunk_ = std::make_unique_for_overwrite<char[]>(kReadChunkSize);
  in_->read(chunk_.get(), static_cast<std::streamsize>(kReadChunkSize));
  size_t got = static_cast<size_t>(in_->gcount());
  out->append(chunk_.get(), got);
  if (in_->bad()) {
    status_ = Status::IOError(name_ + ": read error");
    return got > 0;
  }
  return got > 0;
}

// ---------------------------------------------------------------------------------------------
// GunzipSource

struct GunzipSource::Inflater {
  z_stream stream{};
  bool initialised = false;
};

GunzipSource::GunzipSource(std::unique_ptr<ByteSource> compressed)
    : compressed_(std::move(compressed)), inflater_(std::make_unique<Inflater>()) {
  // 16 + MAX_WBITS: gzip framing only, so that a zlib or raw stream is reported, not guessed at.
  if (inflateInit2(&inflater_->stream, 16 + MAX_WBITS) != Z_OK) {
    status_ = Status::IOError("cannot initialise zlib");
    return;
  }
  inflater_->initialised = true;
}

GunzipSource::~GunzipSource() {
  if (inflater_->initialised) inflateEnd(&inflater_->stream);
}

uint64_t GunzipSource::compressed_offset() const {
  return input_base_ + (input_.size() - inflater_->stream.avail_in);
}

// Drops the consumed compressed bytes and appends the next chunk. False when there is none.
bool GunzipSource::FillInput() {
  if (input_done_) return false;
  z_stream& z = inflater_->stream;
  size_t consumed = input_.size() - z.avail_in;
  input_.erase(0, consumed);
  input_base_ += consumed;
  bool got = compressed_->Read(&input_);
  if (!got) input_done_ = true;
  z.next_in = reinterpret_cast<Bytef*>(input_.data());
  z.avail_in = static_cast<uInt>(input_.size());
  return got;
}

bool GunzipSource::StartMember() {
  z_stream& z = inflater_->stream;
  while (z.avail_in < 2 && FillInput()) {
  }
  if (!compressed_->status().ok()) {
    status_ = compressed_->status();
    return false;
  }
  if (z.avail_in == 0) {
    if (members_ == 0) status_ = Status::Corruption("not gzip data: the input is empty");
    return false;
  }
  std::string_view next(reinterpret_cast<const char*>(z.next_in), z.avail_in);
  if (!HasGzipMagic(next)) {
    status_ = Status::Corruption(members_ == 0
                                     ? std::string("not gzip data (the first bytes are not 1f 8b)")
                                     : "data at byte " + std::to_string(compressed_offset()) +
                                           " after the last gzip member is not gzip");
    return false;
  }
  inflateReset(&z);
  in_member_ = true;
  member_start_ = compressed_offset();
  return true;
}

bool GunzipSource::Read(std::string* out) {
  if (!status_.ok()) return false;
  z_stream& z = inflater_->stream;
  size_t produced_total = 0;
  while (produced_total == 0) {
    if (!in_member_ && !StartMember()) return false;
    // With its output buffer full, zlib may hold decoded bytes that need no more input.
    if (z.avail_in == 0 && !output_pending_ && !FillInput()) {
      status_ = compressed_->status().ok()
                    ? Status::Corruption("truncated gzip data: the input ends at byte " +
                                         std::to_string(compressed_offset()) +
                                         ", inside the member that starts at byte " +
                                         std::to_string(member_start_))
                    : compressed_->status();
      return false;
    }
    size_t old_size = out->size();
    out->resize(old_size + kReadChunkSize);
    z.next_out = reinterpret_cast<Bytef*>(out->data() + old_size);
    z.avail_out = static_cast<uInt>(kReadChunkSize);
    int rc = inflate(&z, Z_NO_FLUSH);
    size_t produced = kReadChunkSize - z.avail_out;
    out->resize(old_size + produced);
    produced_total += produced;
    output_pending_ = z.avail_out == 0;
    if (rc == Z_STREAM_END) {
      output_pending_ = false;
      in_member_ = false;
      ++members_;
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
      // Z_BUF_ERROR only means "no progress without more input", which the loop provides.
      status_ = Status::Corruption(
          "corrupt gzip data at byte " + std::to_string(compressed_offset()) + " (member at byte " +
          std::to_string(member_start_) + "): " + (z.msg != nullptr ? z.msg : "inflate failed"));
      return produced_total > 0;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// BufferedSource

bool BufferedSource::Fill() {
  if (source_done_) return false;
  // Compacting only once half the buffer is consumed keeps a long line from being copied again
  // on every chunk.
  if (pos_ > 0 && pos_ >= buffer_.size() / 2) {
    buffer_.erase(0, pos_);
    consumed_ += pos_;
    pos_ = 0;
  }
  if (!source_->Read(&buffer_)) {
    source_done_ = true;
    return false;
  }
  return true;
}

std::string_view BufferedSource::Peek(size_t n) {
  while (buffer_.size() - pos_ < n && Fill()) {
  }
  return std::string_view(buffer_).substr(pos_, n);
}

std::string_view BufferedSource::PeekFirstLine(size_t n) {
  size_t scanned = 0;  // buffered bytes after pos_ known to end no line with content
  bool content = false;
  for (;;) {
    const size_t available = buffer_.size() - pos_;
    for (; scanned < std::min(available, n); ++scanned) {
      const char ch = buffer_[pos_ + scanned];
      if (ch == '\n' && content) return std::string_view(buffer_).substr(pos_, scanned + 1);
      content = content || !(ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n');
    }
    if (available >= n || !Fill()) return std::string_view(buffer_).substr(pos_, n);
  }
}

bool BufferedSource::ReadLine(std::string* line, size_t max_length) {
  line->clear();
  size_t scanned = 0;  // bytes after pos_ known to hold no '\n'
  for (;;) {
    size_t available = buffer_.size() - pos_;
    size_t newline = buffer_.find('\n', pos_ + scanned);
    size_t take = 0;
    if (newline != std::string::npos && newline - pos_ < max_length) {
      take = newline - pos_ + 1;
    } else if (available >= max_length) {
      take = max_length;
    } else if (!Fill()) {
      take = available;
      if (take == 0) return false;
    } else {
      scanned = available;
      continue;
    }
    line->assign(buffer_, pos_, take);
    pos_ += take;
    return true;
  }
}

size_t BufferedSource::ReadBytes(size_t n, std::string* out) {
  size_t done = 0;
  while (done < n) {
    if (pos_ == buffer_.size() && !Fill()) break;
    size_t take = std::min(n - done, buffer_.size() - pos_);
    if (out != nullptr) out->append(buffer_, pos_, take);
    pos_ += take;
    done += take;
  }
  return done;
}

bool BufferedSource::Read(std::string* out) {
  if (pos_ < buffer_.size()) {
    out->append(buffer_, pos_, std::string::npos);
    consumed_ += buffer_.size();
    buffer_.clear();
    pos_ = 0;
    return true;
  }
  consumed_ += buffer_.size();
  buffer_.clear();
  pos_ = 0;
  if (source_done_) return false;
  size_t old_size = out->size();
  if (!source_->Read(out)) {
    source_done_ = true;
    return false;
  }
  consumed_ += out->size() - old_size;
  return true;
}

// ---------------------------------------------------------------------------------------------

bool HasGzipMagic(std::string_view prefix) {
  return prefix.size() >= 2 && prefix[0] == '\x1f' && prefix[1] == '\x8b';
}

std::unique_ptr<BufferedSource> OpenMaybeGzipped(std::unique_ptr<ByteSource> source) {
  auto raw = std::make_unique<BufferedSource>(std::move(source));
  if (!HasGzipMagic(raw->Peek(2))) return raw;
  return std::make_unique<BufferedSource>(std::make_unique<GunzipSource>(std::move(raw)));
}

Status GunzipString(std::string_view gz, std::string* out) {
  GunzipSource source(std::make_unique<StringSource>(std::string(gz)));
  while (source.Read(out)) {
  }
  return source.status();
}

namespace {

// One deflate stream (`window_bits` selects its framing) into *out. Sets *failed_at_start when
// the data was rejected before a byte was produced, i.e. it is probably in the other framing.
Status InflateOnce(std::string_view data, int window_bits, std::string* out,
                   bool* failed_at_start) {
  *failed_at_start = false;
  z_stream z{};
  if (inflateInit2(&z, window_bits) != Z_OK) return Status::IOError("cannot initialise zlib");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  size_t produced_total = 0;
  int rc = Z_OK;
  while (rc == Z_OK) {
    size_t old_size = out->size();
    out->resize(old_size + kReadChunkSize);
    z.next_out = reinterpret_cast<Bytef*>(out->data() + old_size);
    z.avail_out = static_cast<uInt>(kReadChunkSize);
    rc = inflate(&z, Z_NO_FLUSH);
    size_t produced = kReadChunkSize - z.avail_out;
    out->resize(old_size + produced);
    produced_total += produced;
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;
  }
  std::string message = z.msg != nullptr ? z.msg : "";
  uint64_t at = z.total_in;
  inflateEnd(&z);
  if (rc == Z_STREAM_END) return Status::OK();
  if (rc == Z_BUF_ERROR || rc == Z_OK) {
    return Status::Corruption("truncated deflate data: the input ends at byte " +
                              std::to_string(at));
  }
  *failed_at_start = produced_total == 0;
  return Status::Corruption("corrupt deflate data at byte " + std::to_string(at) + ": " + message);
}

}  // namespace

Status InflateString(std::string_view data, std::string* out) {
  size_t old_size = out->size();
  bool failed_at_start = false;
  Status s = InflateOnce(data, MAX_WBITS, out, &failed_at_start);
  if (!failed_at_start) return s;
  out->resize(old_size);
  return InflateOnce(data, -MAX_WBITS, out, &failed_at_start);
}

}  // namespace ingest
}  // namespace dyad
