#include "coder/mention_words.h"

#include <string>
#include <string_view>
#include <utility>

namespace dyad::coder {

std::vector<std::pair<uint32_t, MentionWord>> MentionWordIds(text::Vocabulary* vocab) {
  static constexpr std::pair<std::string_view, MentionWord> kWords[] = {
      {"the", MentionWord::kThe},
      {"its", MentionWord::kIts},
      {"their", MentionWord::kTheir},
      {"each", MentionWord::kEach},
      {"other", MentionWord::kOther},
      {"one", MentionWord::kOne},
      {"another", MentionWord::kAnother},
      {"emirate", MentionWord::kEmirate},
      {"kingdom", MentionWord::kKingdom},
      {"sultanate", MentionWord::kSultanate},
      {"island", MentionWord::kIsland},
      {"neighbour", MentionWord::kNeighbour},
      {"neighbor", MentionWord::kNeighbour},
      {"group", MentionWord::kGroup},
      {"movement", MentionWord::kMovement},
      {"militants", MentionWord::kMilitants},
      {"bloc", MentionWord::kBloc},
      {"alliance", MentionWord::kBloc},
      {"league", MentionWord::kBloc},  // "the league": the Arab League named before
      {"fund", MentionWord::kFund},
      {"lender", MentionWord::kFund},  // "the lender": the IMF named before, as "the fund"
      {"agency", MentionWord::kAgency},
      {"ethnic", MentionWord::kEthnic},
      {"rival", MentionWord::kRival},
      {"warring", MentionWord::kWarring},
      {"military", MentionWord::kMilitary},
      {"political", MentionWord::kPolitical},
      {"armed", MentionWord::kArmed},
      {"factions", MentionWord::kFactions},
      {"parties", MentionWord::kParties},
      {"sides", MentionWord::kSides},
      {"governments", MentionWord::kGovernments},
      {"administrations", MentionWord::kAdministrations},
      {"camps", MentionWord::kCamps},
      {"generals", MentionWord::kGenerals},
      {"-", MentionWord::kHyphen},
      {"based", MentionWord::kBased},
      {"(", MentionWord::kOpenBracket},
      {")", MentionWord::kCloseBracket},
      {"including", MentionWord::kIncluding},
      {"notably", MentionWord::kNotably},
  };
  std::vector<std::pair<uint32_t, MentionWord>> ids;
  for (const auto& [word, code] : kWords) {
    ids.emplace_back(vocab->Intern(word), code);
    // A token of two or three capitals is looked up as written first ("US"), so "ONE" has the
    // id of "ONE" when the vocabulary knows it, though its normalised form is "one": that id
    // gets the code too.
    if (word.size() == 2 || word.size() == 3) {
      std::string upper(word);
      bool letters = true;
      for (char& c : upper) {
        if (c < 'a' || c > 'z') letters = false;
        c = static_cast<char>(c & ~32);
      }
      if (letters) {
        if (uint32_t id = vocab->Find(upper); id != text::Vocabulary::kUnknown) {
          ids.emplace_back(id, code);
        }
      }
    }
  }
  return ids;
}

}  // namespace dyad::coder
