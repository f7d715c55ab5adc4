// Vocabulary: interns normalised word forms to dense ids. Filled while dictionaries load, then
// only read: lookups during coding are lock-free and allocation-free.
#ifndef DYAD_TEXT_VOCABULARY_H_
#define DYAD_TEXT_VOCABULARY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad::text {

class Vocabulary {
 public:
  static constexpr uint32_t kUnknown = 0;

  Vocabulary() { words_.emplace_back(); }

  uint32_t Intern(std::string_view word);
  uint32_t Find(std::string_view word) const;
  std::string_view Word(uint32_t id) const { return words_[id]; }
  size_t size() const { return words_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, uint32_t, Hash, std::equal_to<>> ids_;
  std::vector<std::string> words_;
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_VOCABULARY_H_
