#ifndef DYAD_CODER_MENTION_WORDS_H_
#define DYAD_CODER_MENTION_WORDS_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "text/vocabulary.h"

namespace dyad::coder {

// The words the rules for actor mentions test by their spelling ("the island", "its
// neighbour", "rival factions"), as codes by vocabulary id. Looked up once at load, they are
// integer comparisons in the hot loop instead of string comparisons at every token tried as
// the start of a mention.
enum class MentionWord : uint8_t {
  kNone = 0,
  kThe,
  kIts,
  kTheir,
  kEach,
  kOther,
  kOne,
  kAnother,
  kEmirate,
  kKingdom,
  kSultanate,
  kIsland,
  kNeighbour,
  kGroup,
  kMovement,
  kMilitants,
  kEthnic,
  kRival,
  kWarring,
  kMilitary,
  kPolitical,
  kArmed,
  kFactions,
  kParties,
  kSides,
  kGovernments,
  kAdministrations,
  kCamps,
  kGenerals,
  kHyphen,
  kBased,
  kOpenBracket,
  kCloseBracket,
  kIncluding,
  kNotably,
  kBloc,
  kFund,
  kAgency,
};

// The ids of the words in `vocab`, each with its code; the words are interned (as the coder
// does its word classes) so that each has an id. The code of a token, found by its id, equals
// the code of its normalised form (see the definition on acronyms); any id not listed is
// MentionWord::kNone. The coder keeps the codes in its table of words by id, beside their
// classes (SentenceCoder::Words).
std::vector<std::pair<uint32_t, MentionWord>> MentionWordIds(text::Vocabulary* vocab);

}  // namespace dyad::coder

#endif  // DYAD_CODER_MENTION_WORDS_H_
