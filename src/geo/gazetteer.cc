#include "geo/gazetteer.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "text/head_word.h"

namespace dyad::geo {

namespace {

// File layout: a header, then the sections in its order, each padded to 8 bytes. Fixed-size
// records so that loading is one read and a few copies (the file is ~20 MB; a parse would not
// meet the 200 ms budget as comfortably).
constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'G', 'E', 'O', '1'};
constexpr uint32_t kVersion = 1;

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t record_size;  // sizeof(PlaceRecord): a layout change is caught, not misread
  uint64_t pool_size;
  uint64_t place_count;
  uint64_t key_count;
  uint64_t posting_count;
  uint64_t demonym_count;
};

// Folding of U+0100..U+017F (Latin Extended-A) to one ASCII letter; '?' marks the two ligatures
// handled apart.
constexpr char kLatinExtA[] =
    "aaaaaa"
    "cccccccc"
    "dddd"
    "eeeeeeeeee"
    "gggggggg"
    "hhhh"
    "iiiiiiiiii"
    "??"
    "jj"
    "kkk"
    "llllllllll"
    "nnnnnnnnn"
    "oooooo"
    "??"
    "rrrrrr"
    "ssssssss"
    "tttttt"
    "uuuuuuuuuuuu"
    "ww"
    "yyy"
    "zzzzzz"
    "s";
static_assert(sizeof(kLatinExtA) == 0x80 + 1);

// U+00C0..U+00FF; '?' marks the signs and ligatures handled apart.
constexpr char kLatin1[] =
    "aaaaaa?ceeeeiiiidnooooo?ouuuuy??"
    "aaaaaa?ceeeeiiiidnooooo?ouuuuy?y";
static_assert(sizeof(kLatin1) == 0x40 + 1);

// Ranges of U+1E00..U+1EFF (Latin Extended Additional: Vietnamese, transliterations) and the
// letter each folds to.
struct FoldRange {
  uint32_t lo, hi;
  char c;
};
constexpr FoldRange kExtAdditional[] = {
    {0x1E00, 0x1E01, 'a'},
    {0x1E02, 0x1E07, 'b'},
    {0x1E08, 0x1E09, 'c'},
    {0x1E0A, 0x1E13, 'd'},
    {0x1E14, 0x1E1D, 'e'},
    {0x1E1E, 0x1E1F, 'f'},
    {0x1E20, 0x1E21, 'g'},
    {0x1E22, 0x1E2B, 'h'},
    {0x1E2C, 0x1E2F, 'i'},
    {0x1E30, 0x1E35, 'k'},
    {0x1E36, 0x1E3D, 'l'},
    {0x1E3E, 0x1E43, 'm'},
    {0x1E44, 0x1E4B, 'n'},
    {0x1E4C, 0x1E53, 'o'},
    {0x1E54, 0x1E57, 'p'},
    {0x1E58, 0x1E5F, 'r'},
    {0x1E60, 0x1E69, 's'},
    {0x1E6A, 0x1E71, 't'},
    {0x1E72, 0x1E7B, 'u'},
    {0x1E7C, 0x1E7F, 'v'},
    {0x1E80, 0x1E89, 'w'},
    {0x1E8A, 0x1E8D, 'x'},
    {0x1E8E, 0x1E8F, 'y'},
    {0x1E90, 0x1E95, 'z'},
    {0x1E96, 0x1E96, 'h'},
    {0x1E97, 0x1E97, 't'},
    {0x1E98, 0x1E98, 'w'},
    {0x1E99, 0x1E99, 'y'},
    {0x1E9A, 0x1E9A, 'a'},
    {0x1E9B, 0x1E9B, 's'},
    {0x1EA0, 0x1EB7, 'a'},
    {0x1EB8, 0x1EC7, 'e'},
    {0x1EC8, 0x1ECB, 'i'},
    {0x1ECC, 0x1EE3, 'o'},
    {0x1EE4, 0x1EF1, 'u'},
    {0x1EF2, 0x1EF9, 'y'},
    // Latin Extended-B letters met in place names (Romanian, Vietnamese, Pinyin tones).
    {0x0218, 0x0219, 's'},
    {0x021A, 0x021B, 't'},
    {0x01A0, 0x01A1, 'o'},
    {0x01AF, 0x01B0, 'u'},
    {0x01CD, 0x01CE, 'a'},
    {0x01CF, 0x01D0, 'i'},
    {0x01D1, 0x01D2, 'o'},
    {0x01D3, 0x01DC, 'u'},
    {0x0189, 0x0189, 'd'},
    {0x0192, 0x0192, 'f'},
    {0x01E6, 0x01E7, 'g'},
    {0x01E8, 0x01E9, 'k'},
};

// Decodes one UTF-8 code point at s[*i]; advances *i. Malformed bytes decode as U+FFFD.
uint32_t DecodeUtf8(std::string_view s, size_t* i) {
  auto c = static_cast<unsigned char>(s[*i]);
  int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
  if (extra < 0 || *i + extra >= s.size()) {
    ++*i;
    return 0xFFFD;
  }
  uint32_t cp = extra == 0 ? c : c & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    auto b = static_cast<unsigned char>(s[*i + k]);
    if ((b & 0xC0) != 0x80) {
      ++*i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  *i += extra + 1;
  return cp;
}

// What a code point contributes to a normalised name.
enum class Fold { kLetters, kSpace, kDrop, kForeign };

// Writes the (at most two) letters a code point folds to into `letters` and their count into
// *n. A fixed buffer rather than a std::string: NormalizeName runs on every candidate span of
// every sentence, and a string per call was a measurable share of coding time.
Fold FoldCodePoint(uint32_t cp, char letters[2], int* n) {
  *n = 0;
  auto one = [&](char c) {
    letters[0] = c;
    *n = 1;
    return Fold::kLetters;
  };
  auto two = [&](const char* s) {
    letters[0] = s[0];
    letters[1] = s[1];
    *n = 2;
    return Fold::kLetters;
  };
  if (cp < 0x80) {
    char c = static_cast<char>(cp);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return one(c);
    // "St. Petersburg" and "St Petersburg", "N'Djamena" and "Ndjamena" are one name.
    if (c == '.' || c == '\'') return Fold::kDrop;
    return Fold::kSpace;
  }
  if (cp >= 0xC0 && cp <= 0xFF) {
    char c = kLatin1[cp - 0xC0];
    if (c != '?') return one(c);
    switch (cp) {
      case 0xC6:
      case 0xE6:
        return two("ae");
      case 0xDE:
      case 0xFE:
        return two("th");
      case 0xDF:
        return two("ss");
      default:
        return Fold::kSpace;  // multiplication and division signs
    }
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    char c = kLatinExtA[cp - 0x100];
    if (c != '?') return one(c);
    return two(cp <= 0x133 ? "ij" : "oe");
  }
  for (const FoldRange& r : kExtAdditional) {
    if (cp >= r.lo && cp <= r.hi) return one(r.c);
  }
  // Combining accents, and the apostrophes and ayn/hamza signs of transliterations
  // ("Sana'a", "Ra's", "Hawai'i").
  if ((cp >= 0x300 && cp <= 0x36F) || cp == 0x2BB || cp == 0x2BC || cp == 0x2BE || cp == 0x2BF ||
      cp == 0x2018 || cp == 0x2019 || cp == 0xB4 || cp == 0x60) {
    return Fold::kDrop;
  }
  if (cp == 0xA0 || (cp >= 0x2010 && cp <= 0x2015) || cp == 0xB7) return Fold::kSpace;
  return Fold::kForeign;
}

template <typename T>
void AppendSection(std::string* out, const std::vector<T>& v) {
  out->append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  while (out->size() % 8 != 0) out->push_back('\0');
}

std::string_view KeyText(const std::string& pool, const NameKey& k) {
  return {pool.data() + k.offset, k.length};
}

// The first 8 bytes of `s` as a big-endian integer, zero-padded: the little-endian word of
// text::HeadWord, its bytes reversed (a loop over the eight bytes was a quarter of the loading's
// instructions, asked of every key).
uint64_t Head(std::string_view s) { return __builtin_bswap64(text::HeadWord(s)); }

}  // namespace

uint32_t Gazetteer::DemonymHash(std::string_view key) {
  uint32_t h = 2166136261u;  // FNV-1a
  for (unsigned char c : key) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

namespace {

size_t Hash4(uint32_t prefix) { return (uint64_t{prefix} * 0x9E3779B97F4A7C15ull) >> 40; }

std::string_view Code(const char* field, size_t n) {
  size_t len = 0;
  while (len < n && field[len] != '\0') ++len;
  return {field, len};
}

}  // namespace

const char* PlaceTypeName(PlaceType t) {
  switch (t) {
    case PlaceType::kCountry:
      return "country";
    case PlaceType::kAdm1:
      return "adm1";
    case PlaceType::kCity:
      return "city";
    case PlaceType::kRegion:
      return "region";
    case PlaceType::kNone:
      break;
  }
  return "none";
}

bool NormalizeName(std::string_view utf8, std::string* out) {
  // A name never normalises to more bytes than it has: an ASCII byte gives at most one letter,
  // a space is written only for a separator before it that gave nothing, and a code point of two
  // bytes or more gives at most two letters. So the key is written through a pointer into room
  // made once, rather than appended a letter at a time (an out-of-line call per letter, half the
  // cost: NormalizeName runs on every candidate span and demonym of every sentence with an event).
  out->resize(utf8.size());
  char* const begin = out->data();
  char* p = begin;
  bool pending_space = false;
  size_t i = 0;
  char letters[2];
  int n = 0;
  while (i < utf8.size()) {
    Fold fold;
    const auto b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {
      // ASCII, most bytes of most names: the same folding as FoldCodePoint, without decoding.
      ++i;
      char c = static_cast<char>(b);
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        letters[0] = c;
        n = 1;
        fold = Fold::kLetters;
      } else {
        fold = (c == '.' || c == '\'') ? Fold::kDrop : Fold::kSpace;
      }
    } else {
      fold = FoldCodePoint(DecodeUtf8(utf8, &i), letters, &n);
    }
    switch (fold) {
      case Fold::kLetters:
        if (pending_space && p != begin) *p++ = ' ';
        pending_space = false;
        *p++ = letters[0];
        if (n == 2) *p++ = letters[1];
        break;
      case Fold::kSpace:
        pending_space = true;
        break;
      case Fold::kDrop:
        break;
      case Fold::kForeign:
        out->clear();
        return false;
    }
  }
  out->resize(static_cast<size_t>(p - begin));
  return !out->empty();
}

Status Gazetteer::Load(const std::string& path) {
  serial_ = 0;  // no cached answers while (and unless) the tables are replaced
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return Status::IOError(path + ": cannot open the gazetteer (run `make` to build it)");
  // Each section is read straight into its container: one pass over the bytes.
  Header h;
  if (std::fread(&h, sizeof(h), 1, f.get()) != 1) {
    return Status::Corruption(path + ": not a dyad gazetteer");
  }
  if (std::memcmp(h.magic, kMagic, sizeof(kMagic)) != 0 || h.version != kVersion ||
      h.record_size != sizeof(PlaceRecord)) {
    return Status::Corruption(path + ": not a dyad gazetteer of this version (rebuild it)");
  }
  std::fseek(f.get(), 0, SEEK_END);
  uint64_t file_size = static_cast<uint64_t>(std::ftell(f.get()));
  std::fseek(f.get(), sizeof(Header), SEEK_SET);
  auto padded = [](uint64_t n) { return (n + 7) / 8 * 8; };
  uint64_t need =
      sizeof(Header) + padded(h.pool_size) + padded(h.place_count * sizeof(PlaceRecord)) +
      padded(h.key_count * sizeof(NameKey)) + padded(h.posting_count * sizeof(uint32_t)) +
      padded(h.demonym_count * sizeof(NameKey));
  if (h.pool_size > file_size || h.place_count > file_size || h.key_count > file_size ||
      h.posting_count > file_size || h.demonym_count > file_size || need != file_size) {
    return Status::Corruption(path + ": truncated or bad section sizes");
  }
  auto read = [&](void* dst, uint64_t bytes) {
    if (bytes > 0 && std::fread(dst, 1, bytes, f.get()) != bytes) return false;
    return std::fseek(f.get(), static_cast<long>(padded(bytes) - bytes), SEEK_CUR) == 0;
  };
  pool_.resize(h.pool_size);
  places_.resize(h.place_count);
  keys_.resize(h.key_count);
  postings_.resize(h.posting_count);
  demonyms_.resize(h.demonym_count);
  if (!read(pool_.data(), h.pool_size) ||
      !read(places_.data(), h.place_count * sizeof(PlaceRecord)) ||
      !read(keys_.data(), h.key_count * sizeof(NameKey)) ||
      !read(postings_.data(), h.posting_count * sizeof(uint32_t)) ||
      !read(demonyms_.data(), h.demonym_count * sizeof(NameKey))) {
    return Status::IOError(path + ": read error");
  }
  // Offsets are checked once here so that lookups need not.
  countries_.clear();
  for (uint32_t i = 0; i < places_.size(); ++i) {
    const PlaceRecord& p = places_[i];
    if (uint64_t{p.name_offset} + p.name_length > pool_.size() ||
        p.country >= static_cast<int32_t>(places_.size()) ||
        p.adm1 >= static_cast<int32_t>(places_.size()) ||
        p.capital >= static_cast<int32_t>(places_.size())) {
      return Status::Corruption(path + ": bad place record");
    }
    if (p.type == PlaceType::kCountry) countries_.push_back(i);
  }
  for (const auto* v : {&keys_, &demonyms_}) {
    for (const NameKey& k : *v) {
      if (uint64_t{k.offset} + k.length > pool_.size()) {
        return Status::Corruption(path + ": bad key");
      }
    }
  }
  for (const NameKey& k : keys_) {
    if (uint64_t{k.first} + k.count > postings_.size()) {
      return Status::Corruption(path + ": bad postings");
    }
  }
  for (uint32_t p : postings_) {
    if (p >= places_.size()) return Status::Corruption(path + ": bad posting");
  }
  for (const NameKey& k : demonyms_) {
    if (k.first >= places_.size()) return Status::Corruption(path + ": bad demonym");
  }
  // Ranges by first byte. Keys are sorted, so the start of byte b's range is the end of the
  // ranges before it. (Keys are never empty: NormalizeName rejects an empty name.)
  // Keys of one byte get pair b0 * 256 + 0, before every longer key starting with b0 (whose
  // second byte is not NUL): pairs then follow the order of the keys. (Both counted in one pass
  // over the keys.)
  first_.assign(257, 0);
  first2_.assign(65537, 0);
  bool pairs = true;  // no key has a NUL second byte, so far
  for (const NameKey& k : keys_) {
    if (k.length == 0) return Status::Corruption(path + ": empty key");
    const unsigned b0 = static_cast<unsigned char>(pool_[k.offset]);
    ++first_[b0 + 1];
    if (!pairs) continue;
    const unsigned b1 = k.length > 1 ? static_cast<unsigned char>(pool_[k.offset + 1]) : 0;
    if (k.length > 1 && b1 == 0) {
      pairs = false;
      continue;
    }
    ++first2_[b0 * 256 + b1 + 1];
  }
  for (size_t b = 1; b < first_.size(); ++b) first_[b] += first_[b - 1];
  if (!pairs) first2_.clear();
  for (size_t p = 1; p < first2_.size(); ++p) first2_[p] += first2_[p - 1];
  {
    size_t slots = 64;
    while (slots < demonyms_.size() * 2) slots *= 2;
    demonym_index_.assign(slots, DemonymSlot());
  }
  demonym_starts_.assign(65536 / 64, 0);
  demonym_heads_.clear();
  demonym_starts3_.assign(26 * 26 * 26 / 64 + 1, 0);
  auto letter_index = [](char c) -> int {
    return c >= 'a' && c <= 'z' ? c - 'a' : -1;
  };
  for (const NameKey& k : demonyms_) {
    if (k.length >= 2) {
      const unsigned pair = static_cast<unsigned char>(pool_[k.offset]) * 256u +
                            static_cast<unsigned char>(pool_[k.offset + 1]);
      demonym_starts_[pair / 64] |= uint64_t{1} << (pair % 64);
    }
    if (k.length >= 3) {
      const int a = letter_index(pool_[k.offset]), b = letter_index(pool_[k.offset + 1]),
                c = letter_index(pool_[k.offset + 2]);
      // A key with something else than letters there ("s korean") is never the key of a
      // word the bits are asked about (three letters first): it needs no bit.
      if (a >= 0 && b >= 0 && c >= 0) {
        const unsigned t = (a * 26u + b) * 26u + c;
        demonym_starts3_[t / 64] |= uint64_t{1} << (t % 64);
      }
    }
    if (k.length == 0) continue;
    const std::string_view text = KeyText(pool_, k);
    for (size_t space = text.find(' '); space != std::string_view::npos;
         space = text.find(' ', space + 1)) {
      demonym_heads_.emplace_back(text.substr(0, space));
    }
    const uint32_t h = DemonymHash(text);
    const size_t mask = demonym_index_.size() - 1;
    size_t i = h & mask;
    auto holds_text = [&](const DemonymSlot& slot) {
      return slot.hash == h && std::string_view(pool_.data() + slot.offset, slot.length) == text;
    };
    while (demonym_index_[i].length != 0 && !holds_text(demonym_index_[i])) i = (i + 1) & mask;
    // The first of equal keys wins, as in the binary search it replaces (the writer keeps
    // one per key anyway).
    if (demonym_index_[i].length == 0) {
      demonym_index_[i] = {h, k.length, Head(text), k.offset, static_cast<int32_t>(k.first)};
    }
  }
  std::sort(demonym_heads_.begin(), demonym_heads_.end());
  demonym_heads_.erase(std::unique(demonym_heads_.begin(), demonym_heads_.end()),
                       demonym_heads_.end());
  // The heads of the keys, and the ranges of keys by their first four bytes (keys are sorted:
  // each prefix's keys are consecutive), the runs of keys of equal prefixes. Only keys of four
  // bytes or more, without NUL in them, have a range. (The ranges are counted with the heads, in
  // one pass over the keys rather than two.)
  auto prefix4 = [](uint64_t head, uint32_t length) -> uint32_t {
    if (length < 4) return 0;
    const uint32_t p = static_cast<uint32_t>(head >> 32);
    const bool nul = ((p - 0x01010101u) & ~p & 0x80808080u) != 0;  // a byte of p is 0
    return nul ? 0 : p;
  };
  head_.resize(keys_.size());
  size_t ranges = 0;
  uint32_t before = 0;  // the previous key's prefix
  for (size_t k = 0; k < keys_.size(); ++k) {
    head_[k] = Head(KeyText(pool_, keys_[k]));
    const uint32_t p = prefix4(head_[k], keys_[k].length);
    if (p != 0 && p != before) ++ranges;
    before = p;
  }
  {
    size_t slots = 1024;
    while (slots < ranges * 2) slots *= 2;
    ranges4_.assign(slots, PrefixRange());
    uint32_t run = 0;  // the prefix of the run of keys from run_start
    size_t run_start = 0;
    for (size_t k = 0; k <= keys_.size(); ++k) {
      const uint32_t p = k < keys_.size() ? prefix4(head_[k], keys_[k].length) : 0;
      if (k > 0 && p == run) continue;
      if (run != 0) {
        size_t i = Hash4(run) & (slots - 1);
        while (ranges4_[i].prefix != 0) i = (i + 1) & (slots - 1);
        ranges4_[i] = {run, static_cast<uint32_t>(run_start), static_cast<uint32_t>(k)};
      }
      run = p;
      run_start = k;
    }
  }
  // Country codes, the first country record with a code winning as in the scan they replace.
  by_alpha2_.assign(26 * 26, -1);
  by_alpha3_.assign(26 * 26 * 26, -1);
  auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
  for (uint32_t i : countries_) {
    const PlaceRecord& p = places_[i];
    std::string_view codes[2] = {Code(p.iso2, 2), Code(p.iso3, 3)};
    for (std::string_view code : codes) {
      if (code.size() != 2 && code.size() != 3) continue;
      if (!std::all_of(code.begin(), code.end(), letter)) continue;
      int slot = 0;
      for (char c : code) slot = slot * 26 + ((c | 0x20) - 'a');
      int32_t& cell = code.size() == 2 ? by_alpha2_[slot] : by_alpha3_[slot];
      if (cell < 0) cell = static_cast<int32_t>(i);
    }
  }
  static std::atomic<uint64_t> next_serial{1};
  serial_ = next_serial.fetch_add(1);
  return Status::OK();
}

std::string Gazetteer::DefaultPath() {
  if (const char* env = std::getenv("DYAD_GAZETTEER"); env != nullptr && *env != '\0') {
    return env;
  }
#ifdef DYAD_GAZETTEER_PATH
  return DYAD_GAZETTEER_PATH;
#else
  return "gazetteer.bin";
#endif
}

std::span<const uint32_t> Gazetteer::LookupNormalized(std::string_view key) const {
  bool extendable;
  return LookupNormalized(key, &extendable);
}

std::span<const uint32_t> Gazetteer::LookupNormalized(std::string_view key,
                                                      bool* extendable) const {
  *extendable = false;
  if (key.empty() || first_.empty()) return {};
  const auto b = static_cast<unsigned char>(key[0]);
  // lower_bound over keys [first_[b], first_[b + 1]) (those starting with key's first byte),
  // comparing heads first.
  const uint64_t head = Head(key);
  uint32_t lo = first_[b], hi = first_[b + 1];
  const uint32_t prefix = static_cast<uint32_t>(head >> 32);
  if (key.size() >= 4 && (prefix & 0xFF000000u) != 0 && (prefix & 0xFF0000u) != 0 &&
      (prefix & 0xFF00u) != 0 && (prefix & 0xFFu) != 0) {
    // Keys outside the range of the key's first four bytes do not start with them: a search
    // ending past the range finds nothing, as in the wider range.
    const PrefixRange* r = FindRange4(prefix);
    if (r == nullptr) return {};
    lo = r->begin;
    hi = r->end;
  } else if (key.size() >= 2 && !first2_.empty()) {
    // Keys after this pair's range differ from `key` in their first two bytes: none of them
    // starts with it, so a search ending past the range finds nothing, as in the wider range.
    const unsigned pair = b * 256u + static_cast<unsigned char>(key[1]);
    lo = first2_[pair];
    hi = first2_[pair + 1];
  }
  uint32_t count = hi - lo;
  while (count > 0) {
    const uint32_t half = count / 2, mid = lo + half;
    bool less;  // keys_[mid] < key
    if (head_[mid] != head) {
      less = head_[mid] < head;
    } else {
      // Same first 8 bytes (if either is shorter than 8, both are, and they are equal): the
      // rest decides, an empty rest first.
      const NameKey& k = keys_[mid];
      const std::string_view rest =
          k.length > 8 ? std::string_view(pool_.data() + k.offset + 8, k.length - 8)
                       : std::string_view();
      less = rest < (key.size() > 8 ? key.substr(8) : std::string_view());
    }
    if (less) {
      lo = mid + 1;
      count -= half + 1;
    } else {
      count = half;
    }
  }
  if (lo == hi) return {};
  const NameKey* it = keys_.data() + lo;
  if (key.size() < 8) {
    // The head holds all of the key and a NUL after it: the heads tell whether the key found
    // starts with it (their first key.size() bytes) and whether it is the same (all eight),
    // without reading the pool.
    const int shift = static_cast<int>(8 * (8 - key.size()));
    *extendable = (head_[lo] >> shift) == (head >> shift);
    if (head_[lo] != head) return {};
    return {postings_.data() + it->first, it->count};
  }
  std::string_view found = KeyText(pool_, *it);
  // The first key >= `key` is the smallest one starting with it, if any does.
  *extendable = found.starts_with(key);
  if (found.size() != key.size() || !*extendable) return {};
  return {postings_.data() + it->first, it->count};
}

const Gazetteer::PrefixRange* Gazetteer::FindRange4(uint32_t prefix) const {
  if (ranges4_.empty()) return nullptr;
  const size_t mask = ranges4_.size() - 1;
  for (size_t i = Hash4(prefix) & mask;; i = (i + 1) & mask) {
    if (ranges4_[i].prefix == prefix) return &ranges4_[i];
    if (ranges4_[i].prefix == 0) return nullptr;
  }
}

std::span<const uint32_t> Gazetteer::Lookup(std::string_view name) const {
  thread_local std::string key;  // reused: no allocation per lookup
  if (!NormalizeName(name, &key)) return {};
  return LookupNormalized(key);
}

int32_t Gazetteer::CountryOfDemonym(std::string_view word) const {
  // Two ASCII letters first: they are the key's first two bytes, lower-cased (letters fold to
  // themselves, and nothing before them can add to the key), so the bit set can rule it out.
  if (!demonym_starts_.empty() && word.size() >= 2) {
    auto lower = [](char c) -> int {
      const char l = static_cast<char>(c | 0x20);
      return l >= 'a' && l <= 'z' ? l : -1;
    };
    const int a = lower(word[0]), b = lower(word[1]);
    if (a >= 0 && b >= 0) {
      const unsigned pair = static_cast<unsigned>(a) * 256u + static_cast<unsigned>(b);
      if (!((demonym_starts_[pair / 64] >> (pair % 64)) & 1)) return -1;
      // Three letters: the key's first three bytes.
      const int c = word.size() >= 3 ? lower(word[2]) : -1;
      if (c >= 0 && !demonym_starts3_.empty()) {
        const unsigned t = ((a - 'a') * 26u + (b - 'a')) * 26u + (c - 'a');
        if (!((demonym_starts3_[t / 64] >> (t % 64)) & 1)) return -1;
      }
    }
  }
  thread_local std::string key;  // reused: the resolver asks for most capitalised words
  if (!NormalizeName(word, &key)) return -1;
  return DemonymOfKey(key);
}

bool Gazetteer::MayStartDemonym(std::string_view key) const {
  // The key's first letters, as CountryOfDemonym tests the word's: no demonym key starts with
  // letters whose bits are clear.
  if (!demonym_starts_.empty() && key.size() >= 2) {
    auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
    if (letter(key[0]) && letter(key[1])) {
      const unsigned pair = static_cast<unsigned char>(key[0]) * 256u +
                            static_cast<unsigned char>(key[1]);
      if (!((demonym_starts_[pair / 64] >> (pair % 64)) & 1)) return false;
      if (key.size() >= 3 && letter(key[2]) && !demonym_starts3_.empty()) {
        const unsigned t = ((key[0] - 'a') * 26u + (key[1] - 'a')) * 26u + (key[2] - 'a');
        if (!((demonym_starts3_[t / 64] >> (t % 64)) & 1)) return false;
      }
    }
  }
  return true;
}

int32_t Gazetteer::CountryOfDemonymNormalized(std::string_view key) const {
  if (!MayStartDemonym(key)) return -1;
  return DemonymOfKey(key);
}

bool Gazetteer::IsDemonymHead(std::string_view key) const {
  // A head starts a demonym key: the letter tables rule out most keys before the search.
  if (!MayStartDemonym(key)) return false;
  return std::binary_search(demonym_heads_.begin(), demonym_heads_.end(), key,
                            [](std::string_view a, std::string_view b) { return a < b; });
}

int32_t Gazetteer::DemonymOfKey(std::string_view key) const {
  if (demonym_index_.empty()) return -1;
  const uint32_t h = DemonymHash(key);
  const uint64_t head = Head(key);
  const size_t mask = demonym_index_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const DemonymSlot& slot = demonym_index_[i];
    if (slot.length == 0) return -1;
    if (slot.hash == h && slot.length == key.size() && slot.head == head &&
        (key.size() <= 8 || std::string_view(pool_.data() + slot.offset, slot.length) == key)) {
      return slot.country;
    }
  }
}

int32_t Gazetteer::CountryByCode(std::string_view code) const {
  if (code.size() != 2 && code.size() != 3) return -1;
  code = IsoOfCameoCountry(code);
  if (!by_alpha2_.empty()) {
    // A code of letters can only equal (ignoring case) a stored code of letters, which the
    // tables hold; anything else is compared below as before. (Its two or three letters read
    // without a loop: the coder asks for the country of every actor of every event.)
    auto letter = [](char c) {  // 0-25 for a letter in either case, 26 and up for any other byte
      return static_cast<unsigned>((c | 0x20) - 'a');
    };
    const unsigned first = letter(code[0]), second = letter(code[1]);
    const unsigned third = code.size() == 3 ? letter(code[2]) : 0;
    if (first < 26 && second < 26 && third < 26) {
      return code.size() == 2 ? by_alpha2_[first * 26 + second]
                              : by_alpha3_[(first * 26 + second) * 26 + third];
    }
  }
  auto same = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return (x | 0x20) == (y | 0x20);
           });
  };
  for (uint32_t i : countries_) {
    const PlaceRecord& p = places_[i];
    if (same(code, code.size() == 2 ? Code(p.iso2, 2) : Code(p.iso3, 3))) {
      return static_cast<int32_t>(i);
    }
  }
  return -1;
}

int32_t Gazetteer::CapitalOf(int32_t country) const {
  if (country < 0 || places_[country].type != PlaceType::kCountry) return -1;
  return places_[country].capital;
}

std::string Gazetteer::FullName(uint32_t i) const {
  std::string out;
  AppendFullName(i, &out);
  return out;
}

void Gazetteer::AppendFullName(uint32_t i, std::string* out) const {
  const PlaceRecord& p = places_[i];
  const bool with_division = p.type == PlaceType::kCity && p.adm1 >= 0;
  const bool with_country =
      p.type != PlaceType::kCountry && p.country >= 0 && p.country != static_cast<int32_t>(i);
  // Room for the whole name first: appended to a string grown part by part, a city's name
  // took two or three allocations.
  size_t size = out->size() + p.name_length;
  if (with_division) size += 2 + places_[p.adm1].name_length;
  if (with_country) size += 2 + places_[p.country].name_length;
  out->reserve(size);
  out->append(Name(i));
  if (with_division) {
    out->append(", ");
    out->append(Name(p.adm1));
  }
  if (with_country) {
    out->append(", ");
    out->append(Name(p.country));
  }
}

uint32_t GazetteerWriter::AddPlace(const PlaceRecord& record, std::string_view name) {
  places_.push_back(record);
  names_.emplace_back(name);
  return static_cast<uint32_t>(places_.size() - 1);
}

void GazetteerWriter::AddName(uint32_t i, std::string_view name) {
  std::string key;
  if (NormalizeName(name, &key)) name_keys_.emplace_back(std::move(key), i);
}

void GazetteerWriter::AddDemonym(std::string_view word, uint32_t country) {
  std::string key;
  if (NormalizeName(word, &key)) demonym_keys_.emplace_back(std::move(key), country);
}

Status GazetteerWriter::Write(const std::string& path) const {
  std::string pool;
  std::vector<PlaceRecord> places = places_;
  for (size_t i = 0; i < places.size(); ++i) {
    places[i].name_offset = static_cast<uint32_t>(pool.size());
    places[i].name_length = static_cast<uint16_t>(std::min<size_t>(names_[i].size(), 0xFFFF));
    pool.append(names_[i], 0, places[i].name_length);
  }

  // Keys sorted, then each distinct key's places, sorted and without repeats.
  auto sorted = name_keys_;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  std::vector<NameKey> keys;
  std::vector<uint32_t> postings;
  for (size_t a = 0; a < sorted.size();) {
    size_t b = a;
    NameKey k{static_cast<uint32_t>(pool.size()), static_cast<uint32_t>(sorted[a].first.size()),
              static_cast<uint32_t>(postings.size()), 0};
    pool += sorted[a].first;
    while (b < sorted.size() && sorted[b].first == sorted[a].first) {
      postings.push_back(sorted[b].second);
      ++b;
    }
    k.count = static_cast<uint32_t>(b - a);
    keys.push_back(k);
    a = b;
  }
  auto dem = demonym_keys_;
  std::sort(dem.begin(), dem.end());
  std::vector<NameKey> demonyms;
  for (size_t a = 0; a < dem.size(); ++a) {
    if (a > 0 && dem[a].first == dem[a - 1].first) continue;  // first country wins
    demonyms.push_back({static_cast<uint32_t>(pool.size()),
                        static_cast<uint32_t>(dem[a].first.size()), dem[a].second, 1});
    pool += dem[a].first;
  }

  Header h{};
  std::memcpy(h.magic, kMagic, sizeof(kMagic));
  h.version = kVersion;
  h.record_size = sizeof(PlaceRecord);
  h.pool_size = pool.size();
  h.place_count = places.size();
  h.key_count = keys.size();
  h.posting_count = postings.size();
  h.demonym_count = demonyms.size();
  std::string out(reinterpret_cast<const char*>(&h), sizeof(h));
  out += pool;
  while (out.size() % 8 != 0) out.push_back('\0');
  AppendSection(&out, places);
  AppendSection(&out, keys);
  AppendSection(&out, postings);
  AppendSection(&out, demonyms);

  // Written beside and renamed, so that a reader never sees half a file.
  std::string tmp = path + ".tmp";
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr) return Status::IOError(tmp + ": cannot create");
  bool ok = std::fwrite(out.data(), 1, out.size(), f) == out.size();
  ok = (std::fclose(f) == 0) && ok;
  if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Status::IOError(path + ": write failed");
  }
  return Status::OK();
}

}  // namespace dyad::geo
