// Lexicon: the dictionaries compiled for matching. Actor names, agent nouns and synonym sets go
// into token tries; verb patterns are indexed by their anchor word so that the coder looks at
// only the patterns a sentence's words can start. Built once, then shared read-only by threads.
#ifndef DYAD_LEXICON_LEXICON_H_
#define DYAD_LEXICON_LEXICON_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"
#include "text/vocabulary.h"
#include "text/date.h"
#include "text/tagger.h"

namespace dyad::lexicon {

// The surname in a word with an Arabic article ("al-sudani", "el-sisi"), as the wires write it
// alone after naming the person in full ("Sudani said"); empty when the word has no article.
std::string_view SurnameWithoutArticle(std::string_view word);

// A code valid within a date range (open ends are invalid Dates).
struct Role {
  std::string code;
  text::Date from, to;
  std::string office;  // "finance minister", ...: optional, for lookup and coverage checks
};

struct ActorEntry {
  enum class Kind : uint8_t { kName, kAdjective, kCapital, kPerson };
  Kind kind = Kind::kName;
  std::string code;          // the code of names, adjectives and capitals
  std::vector<Role> roles;   // persons: tried in order; a role without dates is the default
  std::string canonical;     // the entry's first name, for output and diagnostics
  std::string origin;        // FILE:LINE of the line that named it, for `dyad dict lookup`
  // A name another country has a place of too ("Georgia", the US state): that country's code,
  // which a story about it gives the name instead (the coder decides); empty for most.
  std::string shared_with;
  // A person block written as `group`: an organisation whose code changes with the date (the
  // Taliban, the RSF), matched and coded as a person is, but a "they" or an "it", not a "he".
  bool group = false;

  // The code on `date`; empty when a person holds no role then. (A reference to the entry's
  // code, a role's or an empty string that lives as long as the program.)
  const std::string& CodeOn(const text::Date& date) const;
  // The same, and whether a role's date range holds the date (not the undated default).
  const std::string& CodeOn(const text::Date& date, bool* dated) const;
  bool IsCountry() const { return kind != Kind::kPerson && code.size() == 3 && !IsNull(); }
  // A phrase that names no actor though it holds one's name ("Gulf of Oman", "South China
  // Sea"): coded "---", as TABARI writes it. Its longest match keeps the name inside unread.
  bool IsNull() const { return code == kNullActorCode; }
  static constexpr std::string_view kNullActorCode = "---";
};

struct AgentEntry {
  std::string code;  // role code: GOV, MIL, ...
  std::string noun;
  std::string origin;  // FILE:LINE
};

// A trie over token ids. Values are indexes into an entry table.
class PhraseTrie {
 public:
  PhraseTrie() : nodes_(1) {}
  // Returns false when the phrase was already there (the first entry keeps it).
  bool Add(const std::vector<uint32_t>& ids, uint32_t value);
  // Longest phrase starting at ids[0]; returns its length (0: none) and sets *value.
  uint32_t LongestMatch(const uint32_t* ids, uint32_t n, uint32_t* value) const {
    // Most tokens start no phrase: answered here, inline, from a small bit set, without a
    // call or a probe of the edge table.
    if (n == 0 || !MayStartWith(ids[0])) return 0;
    // The first step from the root's table (a first word has an edge there), also inline: most
    // phrases starting here end with this word, or none goes on with the next word, which
    // the bit set of later words tells; only a longer phrase is looked for out of line.
    const RootEdge& root = root_edges_[ids[0]];
    uint32_t best = 0;
    if (root.value != UINT32_MAX) {
      best = 1;
      *value = root.value;
    }
    if (n > 1 && IsLaterWord(ids[1])) return LongerMatch(root.child, ids, n, best, value);
    return best;
  }
  // Whether some phrase starts with the word `id` (LongestMatch is 0 at any other word).
  bool MayStartWith(uint32_t id) const {
    return id / 64 < first_words_.size() && ((first_words_[id / 64] >> (id % 64)) & 1);
  }
  size_t phrase_count() const { return phrases_; }

 private:
  struct Node {
    uint32_t value = UINT32_MAX;
  };
  // Edges (node, word) -> child in an open-addressing table: the trie is probed at every token.
  // An edge also carries its child's value, so that a lookup reads the edge table alone (one
  // cache miss per word rather than two).
  struct Edge {
    uint64_t key = 0;  // 0: empty (node 0 has no word 0 edge: word 0 is "unknown")
    uint32_t child = 0;
    uint32_t value = UINT32_MAX;  // nodes_[child].value
  };
  // The slot of edge (node, id), or of the empty slot where it would go.
  size_t EdgeSlot(uint32_t node, uint32_t id) const;
  static uint64_t Key(uint32_t node, uint32_t id) { return (uint64_t(node) << 32) | id; }
  static size_t Slot(uint64_t key, size_t mask) {
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
  }
  uint32_t Child(uint32_t node, uint32_t id) const;  // 0: none
  // Whether `id` is a word of some phrase other than its first (never kUnknown).
  bool IsLaterWord(uint32_t id) const {
    return id / 64 < later_words_.size() && ((later_words_[id / 64] >> (id % 64)) & 1);
  }
  // LongestMatch past its first word: from `node` (the first word's child), with the match of
  // the first word alone `best` (0 or 1).
  uint32_t LongerMatch(uint32_t node, const uint32_t* ids, uint32_t n, uint32_t best,
                       uint32_t* value) const;
  void GrowEdges();
  std::vector<Node> nodes_;
  // The root's edges by their word's id (child 0: none; the table ends at the last first
  // word): every lookup's first step, read without hashing and probing the edge table.
  struct RootEdge {
    uint32_t child = 0;
    uint32_t value = UINT32_MAX;  // nodes_[child].value
  };
  std::vector<RootEdge> root_edges_;
  // Bit set over word ids: the first words of the phrases (the root's edges), so that a
  // lookup at a word that starts no phrase costs one bit test instead of a table probe.
  std::vector<uint64_t> first_words_;
  // The same for the other words of the phrases: a phrase cannot go on with a word that is
  // in none of them, which ends most lookups after the first word without another probe.
  std::vector<uint64_t> later_words_;
  std::vector<Edge> edges_ = std::vector<Edge>(1024);
  size_t edge_count_ = 0;
  size_t phrases_ = 0;
};

// The word ids of a pattern word's forms ("visit", "visits", "visited", "visiting"), up to
// kInline of them held in place. The matcher tests a token against the forms of every candidate
// pattern's words: in a vector of their own, each test read a second, scattered cache line.
class WordForms {
 public:
  static constexpr uint32_t kInline = 6;

  void push_back(uint32_t id) {
    if (size_ < kInline) {
      inline_[size_] = id;
    } else {
      if (size_ == kInline) more_.assign(inline_, inline_ + kInline);
      more_.push_back(id);
    }
    ++size_;
  }
  const uint32_t* begin() const { return size_ <= kInline ? inline_ : more_.data(); }
  const uint32_t* end() const { return begin() + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  uint32_t size_ = 0;
  uint32_t inline_[kInline] = {};
  std::vector<uint32_t> more_;  // all the forms, when there are more than kInline
};

struct PatternItem {
  enum class Kind : uint8_t { kWord, kSource, kTarget, kGap, kSynset };
  Kind kind = Kind::kWord;
  uint32_t synset = 0;  // kSynset: index into Lexicon::synsets()
  WordForms ids;        // kWord: any of these forms
};

// A 256-bit Bloom signature of a set of word ids: a pattern whose words are not all in a
// sentence's signature cannot match it, which rules out most patterns without matching them.
using WordSignature = std::array<uint64_t, 4>;
inline void AddToSignature(uint32_t id, WordSignature* sig) {
  uint32_t h = (id * 2654435761u) >> 24;  // 0..255
  (*sig)[h >> 6] |= uint64_t{1} << (h & 63);
}
inline bool Intersects(const WordSignature& a, const WordSignature& b) {
  return (a[0] & b[0]) | (a[1] & b[1]) | (a[2] & b[2]) | (a[3] & b[3]);
}

struct VerbPattern {
  std::string code;
  std::vector<PatternItem> items;
  // One signature per literal item other than the anchor: the sentence must have one of its
  // forms.
  std::vector<WordSignature> required;
  uint32_t anchor = 0;     // index of the item the pattern is indexed by (a kWord)
  int specificity = 0;     // literal words; more wins
  bool verbal = false;     // the anchor is a verb lemma (<visit>), not a noun
  std::string text;        // as written, for diagnostics
  std::string origin;      // FILE:LINE

  // A null pattern (`code ---`, TABARI's [---]) codes no event: when it is the best match it
  // stops the shorter patterns it spans ("<seek> to" over the appeal of "<seek>").
  bool IsNull() const { return code == kNullCode; }
  static constexpr std::string_view kNullCode = "---";
};

// Marks a synset item of a candidate in the stream below (the rest of the word is the synset's
// index): a count of forms never has this bit.
constexpr uint32_t kSynsetItem = 1u << 31;

// The pattern index as the coder scans it, one stream of words per anchor word. A pattern's
// required items are its literal words other than the anchor (any of an item's forms will do):
// all must be in the sentence. One of them, its key (the item whose words are rarest in the
// dictionary), groups the candidates: the stream is a sequence of groups,
//   [k, key id_1 .. id_k, g, then g words of candidates]
// where each candidate, in index order within its group, is
//   [pattern index, verbal | (w << 1), then its synsets, each as kSynsetItem | synset, then
//    the other required items, each as [k, id_1 .. id_k]]
// and w is the number of words those items take (so that a candidate ruled out by its first
// item is stepped over without reading the others). A synset item needs a word of the sentence
// that starts one of the set's members, which one bit of the sentence's synsets answers: of the
// candidates whose words were all in the sentence, two in three named a set none of whose
// members was ("<impose> * @sanction on +" in a sentence naming no sanction) and were ruled out
// only by matching them, on wire stories. Candidates without a required item form
// a group of their own with k = 0. A group whose key is missing from the sentence is stepped
// over whole: about 140 candidates were tested a sentence, most of them for a common first
// word ("to", "the") that was there, then ruled out by a rarer one further on; tested for
// their rarest word first, about 9 in 10 fall, and candidates sharing it fall together. The
// coder rules most candidates out with these alone (a verb pattern on a noun, a required word
// missing from the sentence) without touching the VerbPattern. A common anchor has hundreds of
// candidates ("demand": 631): reading each one's 160-byte record was most of the matching
// time; one sequential stream per anchor is read at memory speed. The candidates that pass
// come out grouped by key; sorted, they are in index order again.
//
// The stream's first word tells whether the anchor has a GroupsByKeyWord (its index + 1; 0:
// none); its groups follow.
//
// An anchor with many groups ("accused" has about 1,500) has its groups indexed by the words
// of their keys as well: the coder then looks up each word of the sentence (a dozen on
// average) instead of testing every key.
class GroupsByKeyWord {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;
  // Room for `entries` (word, group) pairs.
  explicit GroupsByKeyWord(size_t entries);
  // Word ids are never kUnknown (0), which marks an empty slot.
  void Add(uint32_t id, uint32_t group);
  // Appends the groups (offsets in the anchor's stream) whose key has the word `id`.
  void Find(uint32_t id, std::vector<uint32_t>* groups) const {
    for (size_t s = Slot(id); slots_[s] != 0; s = (s + 1) & mask_) {
      if (static_cast<uint32_t>(slots_[s] >> 32) == id) {
        groups->push_back(static_cast<uint32_t>(slots_[s]));
      }
    }
  }
  uint32_t unkeyed = kNone;  // the group of the candidates without a required item

 private:
  size_t Slot(uint32_t id) const { return static_cast<size_t>((id * 2654435761u) >> 8) & mask_; }
  std::vector<uint64_t> slots_;  // word << 32 | group; 0: empty
  size_t mask_;
};

struct CameoCode {
  std::string code;
  double goldstein = 0;
  std::string plover;  // "" when none
  std::string name;
  int quad_class = 0;
};

struct LexiconOptions {
  std::string data_dir;                  // holds actors/, agents.dict, verbs/, cameo/
  std::vector<std::string> actor_files;  // replace the built-in actors when non-empty
  std::string agent_file;                // replaces the built-in agents when set
  std::string verb_file;                 // replaces the built-in verbs when set
  std::string poslex_dir;                // festlex-poslex data; empty: Tagger::DefaultDir()
};

class Lexicon {
 public:
  static Status Load(const LexiconOptions& options, std::unique_ptr<Lexicon>* out);

  // Built-in default data directory (compiled in; overridable with $DYAD_DATA).
  static std::string DefaultDataDir();
  ~Lexicon();

  text::Vocabulary& vocab() { return vocab_; }
  const text::Vocabulary& vocab() const { return vocab_; }

  // The part-of-speech tagger, or nullptr when its data is not installed (the coder then
  // falls back to word-shape rules).
  const text::Tagger* tagger() const { return tagger_.get(); }

  const PhraseTrie& actor_trie() const { return actor_trie_; }
  const std::vector<ActorEntry>& actors() const { return actors_; }
  // Whether any actor name is shared with a place of another country (ActorEntry::shared_with).
  bool has_shared_names() const { return has_shared_names_; }
  const PhraseTrie& agent_trie() const { return agent_trie_; }
  const std::vector<AgentEntry>& agents() const { return agents_; }
  const std::vector<VerbPattern>& patterns() const { return patterns_; }
  // Patterns whose anchor can be the word `id`; nullptr when none.
  const std::vector<uint32_t>* PatternsAt(uint32_t id) const {
    if (id >= pattern_index_.size() || pattern_index_[id].empty()) return nullptr;
    return &pattern_index_[id];
  }
  // The same index as a candidate stream (see above; the same patterns, grouped by key);
  // nullptr when none.
  const std::vector<uint32_t>* CandidatesAt(uint32_t id) const {
    // Most words anchor no pattern: answered from a bit set that stays in cache, without
    // reading the (scattered) stream of each word of the sentence.
    if (id / 64 >= anchors_.size() || !((anchors_[id / 64] >> (id % 64)) & 1)) return nullptr;
    return &candidate_index_[id];
  }
  // The table of a stream whose first word is `header` (not 0).
  const GroupsByKeyWord& GroupsOf(uint32_t header) const { return groups_by_key_word_[header - 1]; }
  const std::vector<std::vector<std::vector<uint32_t>>>& synsets() const { return synsets_; }
  // Whether some member of synset `synset` starts with the word `id`: the matcher's quick
  // test before it tries the members one by one.
  bool SynsetMayStartWith(uint32_t synset, uint32_t id) const {
    return SynsetFirstWordIndex(synset, id) >= 0;
  }
  // The members of synset `synset` that start with the word `id` (indexes into
  // synsets()[synset]), longest first as there; none when no member does. The matcher tries
  // these alone: a set has dozens of members, of which a word starts one or two.
  std::span<const uint32_t> SynsetMembersStartingWith(uint32_t synset, uint32_t id) const {
    const int at = SynsetFirstWordIndex(synset, id);
    if (at < 0) return {};
    return synset_members_by_first_[synset][static_cast<size_t>(at)];
  }
  // The synsets some member of which starts with the word `id` (none for most words).
  std::span<const uint32_t> SynsetsStartingWith(uint32_t id) const {
    if (id / 64 >= synset_first_words_.size() ||
        !((synset_first_words_[id / 64] >> (id % 64)) & 1)) {
      return {};
    }
    return {synsets_of_word_.data() + synsets_of_word_at_[id],
            synsets_of_word_at_[id + 1] - synsets_of_word_at_[id]};
  }
  // nullptr for a code not in the table.
  const CameoCode* Cameo(const std::string& code) const;
  // Actor index of a country code's entry (name kind), or -1.
  int CountryEntry(std::string_view code) const {
    // (Asked several times an event, nearly always of three capitals: answered inline from
    // their table, the call and its saved registers dearer than the look-up.)
    if (const int letters = ThreeLetterIndex(code); letters >= 0) {
      return country_by_letters_.empty() ? -1 : country_by_letters_[letters];
    }
    return CountryEntryByName(code);
  }

  // Warnings found while loading (duplicate phrases, unknown codes); `dyad dict check` prints
  // them.
  const std::vector<std::string>& warnings() const { return warnings_; }

  // Loaders, public so importers and tests can add entries of their own.
  Status AddActorFile(const std::string& path);
  Status AddAgentFile(const std::string& path);
  Status AddVerbFile(const std::string& path);
  Status AddActorBlocks(const std::vector<struct DictBlock>& blocks, const std::string& path);
  Status AddAgentBlocks(const std::vector<struct DictBlock>& blocks, const std::string& path);
  Status AddVerbBlocks(const std::vector<struct DictBlock>& blocks, const std::string& path);
  Status LoadCameoTable(const std::string& path);

  std::vector<uint32_t> InternPhrase(const std::string& phrase);

 private:
  // The index of a code of three capital letters among all such codes ("AAA" 0, "ZZZ" 17,575),
  // -1 for any other string.
  static int ThreeLetterIndex(std::string_view code) {
    if (code.size() != 3) return -1;
    // (Each letter's place in the alphabet, unsigned: any other byte is past 25.)
    const unsigned first = static_cast<unsigned char>(code[0]) - 'A';
    const unsigned second = static_cast<unsigned char>(code[1]) - 'A';
    const unsigned third = static_cast<unsigned char>(code[2]) - 'A';
    if (first > 25 || second > 25 || third > 25) return -1;
    return static_cast<int>((first * 26 + second) * 26 + third);
  }
  // CountryEntry of a code that is not three capitals.
  int CountryEntryByName(std::string_view code) const;
  Lexicon();
  void AddActorPhrase(const std::string& phrase, uint32_t entry, bool plural);
  Status CompilePattern(const std::string& code, const std::string& text,
                        const std::string& origin);
  // Remakes candidate_index_ and anchors_ from the patterns (once Load has read all the verb
  // files; after each verb file added later): a pattern's key is its rarest item over the whole
  // dictionary, known only once all are loaded.
  void IndexCandidates();
  // While Load reads the verb files: the index is made once, after the last (each file's index
  // was thrown away by the next).
  bool verb_files_loading_ = false;

  text::Vocabulary vocab_;
  std::unique_ptr<text::Tagger> tagger_;
  std::unique_ptr<class Inflector> inflector_;
  PhraseTrie actor_trie_;
  std::vector<ActorEntry> actors_;
  bool has_shared_names_ = false;
  PhraseTrie agent_trie_;
  std::vector<AgentEntry> agents_;
  std::vector<VerbPattern> patterns_;
  std::vector<std::vector<uint32_t>> pattern_index_;  // by the anchor's word id
  std::vector<std::vector<uint32_t>> candidate_index_;  // the same, as candidate streams
  std::vector<uint64_t> anchors_;  // bit set over word ids: candidate_index_[id] is not empty
  std::vector<GroupsByKeyWord> groups_by_key_word_;  // of the anchors with many groups
  std::vector<std::vector<std::vector<uint32_t>>> synsets_;
  std::vector<std::vector<uint32_t>> synset_first_;  // per synset: its members' first words, sorted
  // Per synset and first word (in synset_first_'s order): the members starting with it, longest
  // first.
  std::vector<std::vector<std::vector<uint32_t>>> synset_members_by_first_;
  // Where the word `id` is among the first words of synset `synset`'s members, or -1. Asked at
  // every place a gap lets a synset start, and nearly always -1: a bit that stays in cache
  // answers most of them without the search.
  int SynsetFirstWordIndex(uint32_t synset, uint32_t id) const {
    const uint32_t bit = SynsetStartBit(synset, id);
    if (!((synset_starts_[bit / 64] >> (bit % 64)) & 1)) return -1;
    const std::vector<uint32_t>& first = synset_first_[synset];
    const auto at = std::lower_bound(first.begin(), first.end(), id);
    if (at == first.end() || *at != id) return -1;
    return static_cast<int>(at - first.begin());
  }
  // A Bloom filter of the pairs (synset, first word of a member), one bit each.
  static constexpr uint32_t kSynsetStartBits = 1 << 16;
  static uint32_t SynsetStartBit(uint32_t synset, uint32_t id) {
    return ((synset * 0x9E3779B1u) ^ id) * 2654435761u >> 16;
  }
  std::vector<uint64_t> synset_starts_ = std::vector<uint64_t>(kSynsetStartBits / 64);
  // SynsetsStartingWith's: a bit set over word ids (the first words of the synsets' members),
  // then each such word's synsets, synsets_of_word_[synsets_of_word_at_[id], [id + 1]). Made
  // with the candidate index.
  std::vector<uint64_t> synset_first_words_;
  std::vector<uint32_t> synsets_of_word_at_;
  std::vector<uint32_t> synsets_of_word_;
  std::unordered_map<std::string, uint32_t> synset_names_;
  std::unordered_map<std::string, CameoCode> cameo_;
  // The entries of cameo_ whose codes are digits (all of CAMEO's), by DigitCodeIndex: the coder
  // asks for an event's code with every event, and hashing the string was most of that.
  std::vector<const CameoCode*> cameo_by_digits_;
  std::unordered_map<std::string, int> country_entry_;
  // The same for the codes of three capital letters (all of the dictionary's), indexed by the
  // letters: the coder asks several times an event, and hashing a string was most of that.
  std::vector<int32_t> country_by_letters_;
  std::vector<std::string> warnings_;
};

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_LEXICON_H_
