#include "ingest/gzip_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>
#include <vector>

#include <unistd.h>

namespace dyad {
namespace ingest {
namespace {

// `data` compressed with zlib; window_bits picks the framing (16 + 15 gzip, 15 zlib, -15 raw).
std::string Deflate(std::string_view data, int window_bits = 16 + MAX_WBITS) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, data.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// Text that does not compress to nothing, spanning several read chunks once decompressed.
std::string SampleText(size_t bytes) {
  std::string text;
  uint32_t x = 12345;
  while (text.size() < bytes) {
    x = x * 1103515245 + 12345;
    text += "line " + std::to_string(x % 100000) + " of the sample\n";
  }
  text.resize(bytes);
  return text;
}

// Hands out its data one byte per Read, so that every boundary falls between chunks.
class OneByteSource : public ByteSource {
 public:
  explicit OneByteSource(std::string data) : data_(std::move(data)) {}
  bool Read(std::string* out) override {
    if (pos_ >= data_.size()) return false;
    out->push_back(data_[pos_++]);
    return true;
  }
  Status status() const override { return Status::OK(); }

 private:
  std::string data_;
  size_t pos_ = 0;
};

std::string ReadAll(ByteSource* source) {
  std::string out;
  while (source->Read(&out)) {
  }
  return out;
}

TEST(GunzipTest, OneMemberSpanningManyChunks) {
  std::string text = SampleText(5 * kReadChunkSize + 17);
  std::string out;
  ASSERT_TRUE(GunzipString(Deflate(text), &out).ok());
  EXPECT_EQ(out, text);
}

TEST(GunzipTest, ConcatenatedMembersAreOneStream) {
  std::string a = SampleText(1000), b = "second member\n", c = SampleText(3 * kReadChunkSize);
  GunzipSource source(std::make_unique<StringSource>(Deflate(a) + Deflate(b) + Deflate(c)));
  EXPECT_EQ(ReadAll(&source), a + b + c);
  EXPECT_TRUE(source.status().ok()) << source.status().ToString();
  EXPECT_EQ(source.members(), 3);
}

TEST(GunzipTest, MemberBoundariesBetweenReads) {
  std::string a = "first\n", b = SampleText(70000);
  std::string gz = Deflate(a) + Deflate(b);
  GunzipSource source(std::make_unique<OneByteSource>(gz));
  EXPECT_EQ(ReadAll(&source), a + b);
  EXPECT_TRUE(source.status().ok()) << source.status().ToString();
  EXPECT_EQ(source.compressed_offset(), gz.size());
}

TEST(GunzipTest, TruncatedInputKeepsWhatWasDecodedAndNamesTheOffset) {
  std::string first = SampleText(2000), second = SampleText(300000);
  std::string whole = Deflate(first) + Deflate(second);
  size_t cut = Deflate(first).size() + Deflate(second).size() / 2;
  std::string out;
  Status s = GunzipString(std::string_view(whole).substr(0, cut), &out);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find("truncated gzip data: the input ends at byte " + std::to_string(cut)),
            std::string::npos)
      << s.message();
  EXPECT_NE(s.message().find("member that starts at byte " + std::to_string(Deflate(first).size())),
            std::string::npos)
      << s.message();
  ASSERT_GT(out.size(), first.size());
  EXPECT_EQ(out, (first + second).substr(0, out.size()));
}

TEST(GunzipTest, NonGzipDataIsReported) {
  std::string out;
  Status s = GunzipString("plain text, not compressed\n", &out);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
  EXPECT_NE(s.message().find("not gzip data"), std::string::npos) << s.message();
  EXPECT_TRUE(out.empty());
}

TEST(GunzipTest, TrailingGarbageAfterTheLastMember) {
  std::string gz = Deflate("kept\n");
  std::string out;
  Status s = GunzipString(gz + "junk", &out);
  EXPECT_EQ(out, "kept\n");
  EXPECT_NE(s.message().find("data at byte " + std::to_string(gz.size()) +
                             " after the last gzip member is not gzip"),
            std::string::npos)
      << s.message();
}

TEST(GunzipTest, CorruptDataIsReported) {
  std::string gz = Deflate(SampleText(10000));
  for (size_t i = 20; i < 60; ++i) gz[i] = static_cast<char>(gz[i] ^ 0x5A);
  std::string out;
  Status s = GunzipString(gz, &out);
  EXPECT_EQ(s.code(), Status::Code::kCorruption);
}

TEST(InflateTest, ZlibAndRawDeflate) {
  std::string text = SampleText(100000);
  std::string zlib_out, raw_out;
  EXPECT_TRUE(InflateString(Deflate(text, MAX_WBITS), &zlib_out).ok());
  EXPECT_TRUE(InflateString(Deflate(text, -MAX_WBITS), &raw_out).ok());
  EXPECT_EQ(zlib_out, text);
  EXPECT_EQ(raw_out, text);
  std::string garbage_out;
  EXPECT_FALSE(InflateString("not deflate", &garbage_out).ok());
}

TEST(OpenMaybeGzippedTest, DetectsByMagicBytes) {
  std::string text = SampleText(200000);
  auto plain = OpenMaybeGzipped(std::make_unique<StringSource>(text));
  EXPECT_EQ(ReadAll(plain.get()), text);
  auto gzipped = OpenMaybeGzipped(std::make_unique<StringSource>(Deflate(text)));
  EXPECT_EQ(ReadAll(gzipped.get()), text);
  auto empty = OpenMaybeGzipped(std::make_unique<StringSource>(""));
  EXPECT_EQ(ReadAll(empty.get()), "");
  EXPECT_TRUE(empty->status().ok());
}

TEST(BufferedSourceTest, LinesBytesAndOffsetsAcrossChunks) {
  std::string long_line(3 * kReadChunkSize, 'x');
  std::string data = "first\r\n" + long_line + "\nWARC/1.1\n1234567890tail";
  BufferedSource in(std::make_unique<OneByteSource>(data));
  EXPECT_EQ(in.Peek(5), "first");
  std::string line;
  ASSERT_TRUE(in.ReadLine(&line));
  EXPECT_EQ(line, "first\r\n");
  EXPECT_EQ(in.offset(), 7u);
  ASSERT_TRUE(in.ReadLine(&line, 1000));  // capped
  EXPECT_EQ(line, std::string(1000, 'x'));
  ASSERT_TRUE(in.ReadLine(&line));
  EXPECT_EQ(line, std::string(long_line.size() - 1000, 'x') + "\n");
  ASSERT_TRUE(in.ReadLine(&line));
  EXPECT_EQ(line, "WARC/1.1\n");
  std::string bytes;
  EXPECT_EQ(in.ReadBytes(4, &bytes), 4u);
  EXPECT_EQ(in.ReadBytes(6, nullptr), 6u);
  EXPECT_EQ(bytes, "1234");
  EXPECT_EQ(in.offset(), data.size() - 4);
  ASSERT_TRUE(in.ReadLine(&line));
  EXPECT_EQ(line, "tail");
  EXPECT_FALSE(in.ReadLine(&line));
  EXPECT_EQ(in.ReadBytes(10, &bytes), 0u);
}

// A source that gives its chunks one per read, and counts the reads.
class ChunkSource : public ByteSource {
 public:
  explicit ChunkSource(std::vector<std::string> chunks) : chunks_(std::move(chunks)) {}
  bool Read(std::string* out) override {
    if (reads_ >= chunks_.size()) return false;
    out->append(chunks_[reads_++]);
    return true;
  }
  Status status() const override { return Status::OK(); }
  size_t reads() const { return reads_; }

 private:
  std::vector<std::string> chunks_;
  size_t reads_ = 0;
};

TEST(BufferedSourceTest, PeekFirstLineStopsAtTheFirstLineWithContent) {
  auto chunks = std::make_unique<ChunkSource>(
      std::vector<std::string>{"\n  \n{\"id\":", "\"a\"}\n{\"id\"", ":\"b\"}\n"});
  ChunkSource* raw = chunks.get();
  BufferedSource in(std::move(chunks));
  EXPECT_EQ(in.PeekFirstLine(4096), "\n  \n{\"id\":\"a\"}\n");
  EXPECT_EQ(raw->reads(), 2u);  // the third chunk was not waited for
  std::string line;
  ASSERT_TRUE(in.ReadLine(&line));
  EXPECT_EQ(line, "\n");
  // At most n bytes, and what there is at the end of the data.
  BufferedSource short_in(std::make_unique<StringSource>("abcdef"));
  EXPECT_EQ(short_in.PeekFirstLine(4), "abcd");
  EXPECT_EQ(short_in.PeekFirstLine(100), "abcdef");
}

TEST(FdSourceTest, ReadsWhatHasArrivedWithoutWaitingForAFullChunk) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  ASSERT_EQ(write(fds[1], "{\"id\":1}\n", 9), 9);
  FdSource source(fds[0], "pipe");
  std::string out;
  ASSERT_TRUE(source.Read(&out));  // the writer still holds the pipe open
  EXPECT_EQ(out, "{\"id\":1}\n");
  close(fds[1]);
  EXPECT_FALSE(source.Read(&out));
  EXPECT_TRUE(source.status().ok());
  close(fds[0]);
}

}  // namespace
}  // namespace ingest
}  // namespace dyad
