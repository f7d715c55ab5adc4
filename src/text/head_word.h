// A string's first eight bytes as one number, for hashing and comparing short strings (the
// vocabulary's words, the place scan's spans) without a loop over their bytes.
#ifndef DYAD_TEXT_HEAD_WORD_H_
#define DYAD_TEXT_HEAD_WORD_H_

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace dyad::text {

static_assert(std::endian::native == std::endian::little);  // HeadWord: the first byte lowest

// The first min(8, size) bytes of `s` as a little-endian word, zero-padded, reading no byte past
// them. Without a loop or a copy of a length known only now: a string of four to seven bytes is
// read as its first four and its last four, one of one to three bytes as its first, middle and
// last byte; the bytes read twice land on themselves.
inline uint64_t HeadWord(std::string_view s) {
  const size_t n = s.size();
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  uint64_t head;
  if (n >= sizeof head) {
    std::memcpy(&head, p, sizeof head);
  } else if (n >= 4) {
    uint32_t first, last;
    std::memcpy(&first, p, 4);
    std::memcpy(&last, p + n - 4, 4);
    head = first | uint64_t{last} << (8 * (n - 4));
  } else if (n > 0) {
    head = uint64_t{p[0]} | uint64_t{p[n / 2]} << (8 * (n / 2)) |
           uint64_t{p[n - 1]} << (8 * (n - 1));
  } else {
    head = 0;
  }
  return head;
}

}  // namespace dyad::text

#endif  // DYAD_TEXT_HEAD_WORD_H_
