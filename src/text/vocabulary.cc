#include "text/vocabulary.h"

namespace dyad::text {

uint32_t Vocabulary::Intern(std::string_view word) {
  auto it = ids_.find(word);
  if (it != ids_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(words_.size());
  words_.emplace_back(word);
  ids_.emplace(std::string(word), id);
  return id;
}

uint32_t Vocabulary::Find(std::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? kUnknown : it->second;
}

}  // namespace dyad::text
