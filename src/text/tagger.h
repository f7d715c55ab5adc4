// Part-of-speech tagger: a trigram hidden Markov model decoded with Viterbi, restricted to the
// tags each word can take. Word-given-tag probabilities and tag trigram counts come from the
// WSJ-trained lexicon and n-gram model of Debian's festlex-poslex package; words it does not
// know are guessed from their shape (capitals, suffixes, digits). Penn Treebank tags.
#ifndef DYAD_TEXT_TAGGER_H_
#define DYAD_TEXT_TAGGER_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "text/tokenizer.h"
#include "text/vocabulary.h"

namespace dyad::text {

enum class Pos : uint8_t {
  kNN, kNNS, kNNP, kNNPS, kVB, kVBD, kVBG, kVBN, kVBP, kVBZ, kMD, kJJ, kJJR, kJJS, kRB, kRBR,
  kRBS, kRP, kIN, kTO, kDT, kPDT, kPRP, kPRPS, kWDT, kWP, kWPS, kWRB, kCC, kCD, kEX, kPOS, kUH,
  kFW, kSYM, kLS, kPunct, kCount
};

std::string_view PosName(Pos p);  // "NN", "PRP$", ...; punctuation as "."

inline bool IsVerb(Pos p) { return p >= Pos::kVB && p <= Pos::kVBZ; }
inline bool IsNoun(Pos p) { return p <= Pos::kNNPS; }

class Tagger {
 public:
  // Reads the festival lexicon (wsj.wp39.poslexR) and trigram model (wsj.wp39.tri.ngrambin)
  // from `dir`, interning the lexicon's words into `vocab` so that tagging looks words up by
  // the ids the tokens already carry.
  static Status Load(const std::string& dir, Vocabulary* vocab, std::unique_ptr<Tagger>* out);
  static std::string DefaultDir();  // $DYAD_POSLEX or /usr/share/festival/dicts

  // Tags one sentence. `ids` are vocabulary ids (0: unknown), `words` the normalised forms,
  // `flags` the tokenizer's flags.
  void Tag(const std::vector<uint32_t>& ids, const std::vector<std::string_view>& words,
           const std::vector<uint16_t>& flags, std::vector<Pos>* tags) const;

  size_t lexicon_size() const { return entries_; }

 private:
  // Decoding runs in the model's own tag set (festival's WSJ tags, where "of" is apart from
  // the other prepositions); tags become Penn tags only on output.
  static constexpr int kTags = 36;
  struct Candidate {
    constexpr Candidate(uint8_t model_tag, float log_p)
        : tag(model_tag), row(static_cast<uint16_t>(model_tag * kTags)), logp(log_p) {}
    uint8_t tag;   // model tag
    // tag * kTags, worked out once: the Viterbi step finds the scores of a pair of tags ending
    // in this one at trigram_ + TransIndex(0, b, 0) + row, for each state of each word.
    uint16_t row;
    float logp;    // log P(word | tag)
  };
  static_assert(sizeof(Candidate) == 8);
  Tagger() = default;
  // A word's candidates: a view of the lexicon's list for the word, or of a constant list of
  // guesses, valid as long as the tagger.
  struct Candidates {
    const Candidate* data;
    uint32_t count;
  };
  struct Entry;
  // `entries` and `num_entries`: entries_by_id_'s, which Tag reads once for the sentence.
  Candidates CandidatesOf(uint32_t id, std::string_view word, uint16_t flags, bool sentence_start,
                          const Entry* entries, size_t num_entries) const;
  // Past participles the model chose where the sentence's verb is in the past tense.
  static void RetagPastTenses(const std::vector<std::string_view>& words, std::vector<Pos>* tags);
  // Verbs the model chose right after a possessive or an article.
  static void RetagNounsAfterDeterminers(const std::vector<std::string_view>& words,
                                         std::vector<Pos>* tags);
  // Past forms spelt like their base ("set", "cut") the model chose as nouns after "and"
  // where the conjunct before it has a past-tense verb.
  static void RetagCoordinatedPasts(const std::vector<std::string_view>& words,
                                    std::vector<Pos>* tags);
  // A verb in "-s" the model chose for a sentence's first word, before a preposition.
  static void RetagOpeningPlurals(const std::vector<std::string_view>& words,
                                  std::vector<Pos>* tags);
  // A past form like its base ("cut", "hit") the model chose as a noun where its clause has no
  // verb.
  static void RetagVerblessClauses(const std::vector<std::string_view>& words,
                                   std::vector<Pos>* tags);
  // CandidatesOf for a word the lexicon does not know: guesses from its shape.
  static Candidates GuessCandidates(std::string_view word, uint16_t flags, bool sentence_start);
  // The candidates of a word of the lexicon, from its `listed` readings: what CandidatesOf gives
  // it, worked out at load.
  static void LexiconCandidates(const std::vector<Candidate>& listed, std::string_view word,
                                bool capitalized, bool sentence_start,
                                std::vector<Candidate>* out);
  float Trans(int a, int b, int c) const { return trigram_[TransIndex(a, b, c)]; }
  // Stored with the oldest tag innermost: the Viterbi search reads P(c | a, b) for fixed b and c
  // over the candidates a of the word two back, which then sit within a cache line or two
  // instead of one line each.
  static int TransIndex(int a, int b, int c) { return (b * kTags + c) * kTags + a; }

  // Per vocabulary id, the candidates of a word of the lexicon as it can be written: lower
  // case, capitalised at a sentence start, capitalised elsewhere (a capital inside a sentence
  // adds a proper-noun reading; lower case takes it away). They depend on the word alone (its
  // id), so they are worked out once at load instead of for every token; kept in one array,
  // the three after one another, as variant v of `first`'s word starts at first + the counts
  // before v.
  enum Variant { kLowerCase, kCapitalizedAtStart, kCapitalizedInside, kVariants };
  struct Entry {
    uint32_t first = 0;
    uint16_t count[kVariants] = {};  // all 0: the word is not in the lexicon
  };
  std::vector<Entry> entries_by_id_;
  std::vector<Candidate> candidates_;
  std::vector<float> trigram_;  // log P(c | a, b); a, b may be kPunct for the sentence start
  size_t entries_ = 0;
};

}  // namespace dyad::text

#endif  // DYAD_TEXT_TAGGER_H_
