#include "text/vocabulary.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstdlib>
#include <iterator>
#include <cstring>

#include "text/head_word.h"

namespace dyad::text {

namespace {
std::atomic<uint64_t> next_serial{1};
}  // namespace

Vocabulary::Vocabulary()
    : slots_(1024), offsets_{0, 0}, serial_(next_serial.fetch_add(1)) {}  // id 0: the empty word

// Inline: every lookup hashes its word, and Find is asked of every token.
inline uint32_t Vocabulary::HashOf(std::string_view s, uint64_t head) {
  // From the word's head, which a lookup reads anyway, and for a longer word its further bytes
  // eight at a time, then mixed so that the low bits (the slot) and bits 7 and up (the thread's
  // cache) depend on every byte: a byte at a time (FNV-1a) was a multiplication per byte, one
  // after another. Folded so that 0 never marks a used slot's hash ambiguously.
  uint64_t h = (head ^ s.size()) * 0x9E3779B97F4A7C15ull;
  for (size_t k = sizeof head; k < s.size(); k += sizeof head) {
    uint64_t chunk = 0;
    std::memcpy(&chunk, s.data() + k, std::min(sizeof chunk, s.size() - k));
    h = (h ^ chunk) * 0x9E3779B97F4A7C15ull;
  }
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 32;
  return static_cast<uint32_t>(h) | 1u;
}

uint32_t Vocabulary::FindInTable(std::string_view word, uint32_t h, uint64_t head) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.id == kUnknown) return kUnknown;
    if (Holds(s, word, h, head)) return s.id;
  }
}

// Each thread keeps the words it found last, one per slot of a small direct-mapped table that
// stays in the core's cache: the words of a text are mostly a few thousand frequent ones, and
// the vocabulary's own table, megabytes large, costs a cache miss per lookup. Only words found
// are kept: a word's id never changes, but a word missing now may be interned later.
struct Vocabulary::ThreadCache {
  static constexpr int kSlotBits = 12;
  static constexpr size_t kSlots = size_t{1} << kSlotBits;
  uint64_t serial = 0;  // the vocabulary whose words the slots hold; 0: none
  Slot slots[kSlots];

  // Where a word is kept. A word of up to eight bytes is told by its head and length alone, so
  // its slot is found from them by one multiplication (its top bits), without the hash the
  // vocabulary's table needs; a longer word's from that hash, which its lookup works out anyway.
  static size_t SlotOf(size_t size, uint64_t head, uint32_t hash) {
    if (size <= sizeof head) return ((head ^ size) * 0x9E3779B97F4A7C15ull) >> (64 - kSlotBits);
    return (hash >> 7) & (kSlots - 1);
  }
};

uint32_t Vocabulary::Find(std::string_view word) const {
  thread_local ThreadCache cache;
  // A word of up to eight bytes (most tokens) is told by its head alone: found in the thread's
  // cache, it costs no call and no register saved for one. Longer words and misses are looked
  // up out of line.
  if (word.size() > sizeof(uint64_t)) return FindThrough(word, &cache);
  const uint64_t head = HeadWord(word);
  const Slot& c = cache.slots[ThreadCache::SlotOf(word.size(), head, 0)];
  if (cache.serial == serial_ && c.id != kUnknown && c.length == word.size() && c.head == head) {
    return c.id;
  }
  return FindThrough(word, &cache);
}

uint32_t Vocabulary::FindThrough(std::string_view word, ThreadCache* cache) const {
  const uint64_t head = HeadWord(word);
  const uint32_t h = HashOf(word, head);
  if (cache->serial != serial_) {
    std::fill(std::begin(cache->slots), std::end(cache->slots), Slot());
    cache->serial = serial_;
  }
  Slot& c = cache->slots[ThreadCache::SlotOf(word.size(), head, h)];
  if (c.id != kUnknown && Holds(c, word, h, head)) return c.id;
  const uint32_t id = FindInTable(word, h, head);
  if (id != kUnknown) c = {h, id, LengthOf(word), head};
  return id;
}

uint32_t Vocabulary::Intern(std::string_view word) {
  // One hash and one probe of the table, which ends at the word or at the empty slot that then
  // takes it. (Through Find, a new word, as most are while the dictionaries load, missed the
  // thread's cache, was hashed and probed for, then hashed and probed for again.) The table
  // grows first, so that the probe's empty slot is the word's.
  if ((size() + 1) * 2 > slots_.size()) Grow();
  const uint64_t head = HeadWord(word);
  const uint32_t h = HashOf(word, head);
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  for (; slots_[i].id != kUnknown; i = (i + 1) & mask) {
    if (Holds(slots_[i], word, h, head)) return slots_[i].id;
  }
  const uint32_t id = static_cast<uint32_t>(size());
  if (id >= (1u << 24)) std::abort();  // a slot holds 24 bits of id
  pool_.append(word);
  offsets_.push_back(static_cast<uint32_t>(pool_.size()));
  slots_[i] = {h, id, LengthOf(word), head};
  return id;
}

void Vocabulary::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot());
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.id == kUnknown) continue;
    size_t i = s.hash & mask;
    while (slots_[i].id != kUnknown) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

}  // namespace dyad::text
