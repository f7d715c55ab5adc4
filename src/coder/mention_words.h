#ifndef DYAD_CODER_MENTION_WORDS_H_
#define DYAD_CODER_MENTION_WORDS_H_

#include <cstdint>
#include <vector>

#include "text/vocabulary.h"

namespace dyad::coder {

// The words the rules for actor mentions test by their spelling ("the island", "its
// neighbour", "rival factions"), as codes by vocabulary id. Looked up once at load, they are
// integer comparisons in the hot loop instead of string comparisons at every token tried as
// the start of a mention.
enum class MentionWord : uint8_t {
  kNone = 0,
  kThe, kIts, kTheir, kEach, kOther, kOne, kAnother,
  kEmirate, kKingdom, kSultanate, kIsland, kNeighbour,
  kGroup, kMovement, kMilitants, kEthnic,
  kRival, kWarring, kMilitary, kPolitical, kArmed,
  kFactions, kParties, kSides, kGovernments, kAdministrations, kCamps,
  kHyphen, kBased, kOpenBracket, kCloseBracket, kIncluding, kNotably,
};

class MentionWords {
 public:
  MentionWords() = default;
  // Interns the words in `vocab` (as the coder does its word classes) so that each has an id.
  explicit MentionWords(text::Vocabulary* vocab);

  // The code of the token whose id is `id`: it equals the code of the token's normalised
  // form (see the constructor on acronyms).
  MentionWord Of(uint32_t id) const {
    return id < by_id_.size() ? by_id_[id] : MentionWord::kNone;
  }

 private:
  std::vector<MentionWord> by_id_;
};

}  // namespace dyad::coder

#endif  // DYAD_CODER_MENTION_WORDS_H_
