// Vocabulary: interns normalised word forms to dense ids. Filled while dictionaries load, then
// only read: lookups during coding are lock-free and allocation-free.
#ifndef DYAD_TEXT_VOCABULARY_H_
#define DYAD_TEXT_VOCABULARY_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::text {

class Vocabulary {
 public:
  static constexpr uint32_t kUnknown = 0;

  Vocabulary();
  // Not copyable: a thread's cache of lookups (see Find) is tied to one vocabulary.
  Vocabulary(const Vocabulary&) = delete;
  Vocabulary& operator=(const Vocabulary&) = delete;

  uint32_t Intern(std::string_view word);
  uint32_t Find(std::string_view word) const;
  // Valid until the next Intern.
  std::string_view Word(uint32_t id) const {
    return {pool_.data() + offsets_[id], offsets_[id + 1] - offsets_[id]};
  }
  size_t size() const { return offsets_.size() - 1; }

 private:
  // Open addressing with linear probing over a power-of-two table of ids (0: empty); each
  // slot keeps the word's hash so that most probes never compare strings. Every token of every
  // sentence is looked up here, which is why it is not a std::unordered_map.
  //
  // The slot also holds the word's length and first eight bytes: a word of up to eight bytes
  // (most tokens of a text) is confirmed in the slot itself, and a longer one is read in the
  // pool only when those match. The table is larger than the cache, so what a lookup costs is
  // how many places of memory it touches: one, not three (slot, offsets_, pool_).
  struct Slot {
    uint32_t hash = 0;
    uint32_t id : 24 = 0;      // ids stay below 2^24 (Intern checks)
    uint32_t length : 8 = 0;   // bytes of the word, at most kMaxLength (a longer word is
                               // confirmed in the pool anyway)
    uint64_t head = 0;         // the word's first (up to) eight bytes, zero-padded
  };
  static_assert(sizeof(Slot) == 16);  // four to a cache line
  static constexpr uint32_t kMaxLength = 255;
  static uint32_t LengthOf(std::string_view s) {
    return static_cast<uint32_t>(std::min<size_t>(s.size(), kMaxLength));
  }
  static uint32_t HashOf(std::string_view s, uint64_t head);  // head: HeadWord(s)
  // Whether `s` holds `word` (whose hash and head are given).
  bool Holds(const Slot& s, std::string_view word, uint32_t hash, uint64_t head) const {
    return s.hash == hash && s.length == LengthOf(word) && s.head == head &&
           (word.size() <= sizeof head || Word(s.id) == word);
  }
  uint32_t FindInTable(std::string_view word, uint32_t hash, uint64_t head) const;
  // A thread's cache of the words it found (see Find).
  struct ThreadCache;
  // Find through the thread's `cache`, for any word: what Find does out of line.
  uint32_t FindThrough(std::string_view word, ThreadCache* cache) const;
  void Grow();

  std::vector<Slot> slots_;
  // The words, one after another in one buffer: word `id` is pool_[offsets_[id],
  // offsets_[id + 1]). Denser than a std::string per word, so that the comparison that
  // confirms a hit touches less memory.
  std::string pool_;
  std::vector<uint32_t> offsets_;
  const uint64_t serial_;  // tells this vocabulary's entries apart in a thread's cache
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_VOCABULARY_H_
