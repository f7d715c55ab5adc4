// The SentenceCoder's private parts, shared by the files it is written in (src/coder/*.cc): the
// mention, reference and match records, the per-thread sentence buffers and SentenceState, the
// coder's reading of one article. Not part of the public interface (sentence_coder.h).
#ifndef DYAD_CODER_SENTENCE_STATE_H_
#define DYAD_CODER_SENTENCE_STATE_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "coder/mention_words.h"
#include "coder/sentence_coder.h"
#include "dyad/event.h"
#include "lexicon/lexicon.h"
#include "text/date.h"
#include "text/sentences.h"
#include "text/timex.h"
#include "text/tokenizer.h"

namespace dyad::coder {

using lexicon::ActorEntry;
using lexicon::PatternItem;
using lexicon::VerbPattern;
using text::Token;

// Whether `code` starts with, or is, the literal `lit`: a memcmp of constant length, which the
// compiler writes as a load or two. The CAMEO and actor codes events are built from, and the
// words they test, are a few bytes: std::string's compare and string_view's operator== were
// calls of their own, with a call of memcmp, about 70 instructions a test, where these are a
// few (and none past a length that differs).
// (Always inlined: in the largest functions the compiler otherwise called them.)
template <size_t N>
[[gnu::always_inline]] inline bool StartsWith(std::string_view code, const char (&lit)[N]) {
  return code.size() >= N - 1 && std::memcmp(code.data(), lit, N - 1) == 0;
}
template <size_t N>
[[gnu::always_inline]] inline bool Is(std::string_view code, const char (&lit)[N]) {
  return code.size() == N - 1 && StartsWith(code, lit);
}

// Word classes, as bits: what the coder needs to know of function words.
enum WordClass : uint32_t {
  kDet = 1u << 0,          // the a an this these
  kPrep = 1u << 1,         // of to with against in on ...
  kAux = 1u << 2,          // has is was will ... (part of a verb group)
  kAdverb = 1u << 3,       // also repeatedly initially ... (skipped inside a verb group)
  kNeg = 1u << 4,          // not n't never
  kIntent = 1u << 5,       // plans promised working expected scheduled ... (before "to")
  kFuture = 1u << 6,       // will would could may might shall
  kRel = 1u << 7,          // which who that whom
  kClauseBreak = 1u << 8,  // ; : ( ) "
  kComma = 1u << 9,
  kConj = 1u << 10,        // and or
  kPronPerson = 1u << 11,  // he she his her him
  kPronThing = 1u << 12,   // it its
  kPronPlural = 1u << 13,  // they their them
  kPossessive = 1u << 14,  // 's '
  kPairNoun = 1u << 15,    // countries sides nations governments
  kPairQuant = 1u << 16,   // two both
  kCapitalNoun = 1u << 17, // capital
  kSkipTitle = 1u << 18,   // then acting top senior deputy (inside an actor phrase)
  kTo = 1u << 19,
  kRefuse = 1u << 20,      // refused declined failed denied (before "to")
  kSubordinator = 1u << 21,// before after while when since as
  kSay = 1u << 22,         // said says told added
  kFormer = 1u << 23,
  kWhen = 1u << 24,
  kAhead = 1u << 25,       // "ahead of", "planned" before an event noun
  kPersonNoun = 1u << 26,  // leaders (for "the two leaders")
  kQuote = 1u << 27,
};

inline bool HasClass(uint32_t cls, uint32_t bits) { return (cls & bits) != 0; }

// Whether `w` is one of the words of `list` (the coder's short, fixed word lists).
// (Asked of most words of every sentence: the first letters are compared before the rest, so
// that a word of a listed word's length costs a byte compare, not a call of memcmp.)
template <size_t N>
bool IsOneOf(std::string_view w, const std::string_view (&list)[N]) {
  if (w.empty()) return std::find(std::begin(list), std::end(list), w) != std::end(list);
  const char first = w[0];
  for (const std::string_view& x : list) {
    if (x.size() == w.size() && x[0] == first && x == w) return true;
  }
  return false;
}

// The classes of the words a rule of TryMention starts with: pronouns, "two" or "both", title
// words.
// How many sentences back a definite agent ("the protesters") finds the agents named with a
// country (ResolveMentions), and a bare armed group the country of its kind (TryMention).
constexpr int kAgentReach = 3;

constexpr uint32_t kMentionStartClasses =
    kPronPerson | kPronThing | kPronPlural | kPairQuant | kSkipTitle | kFormer;

struct Ref {
  int person = -1;      // actor entry of a person, resolved to a code on the event date
  std::string code;     // the code otherwise
  uint32_t begin = 0;   // byte offsets of the words that name it
  uint32_t end = 0;
  bool personlike = false;
  bool country = false;
  bool inferred_country = false;  // a bare agent given the article's topic country
  // A bare agent before the story has named any country: coded only if its sentence names one.
  bool country_pending = false;
  bool capital = false;           // a capital standing for its country ("Damascus")
  bool region = false;            // a province or state of its country ("California")
  bool topic_guess = false;       // its country is the story's topic, for want of a dateline
  bool shared_name = false;       // named by a name another country has a place of ("Georgia")
  bool story_group = false;       // bare "gunmen" taken for the armed group the story named
  bool kind_named = false;        // a bare armed group given its kind's country the story named
  std::string agent;              // its role code, then
  // A person the sentence gives a title ("Foreign Minister X", "Iran's foreign minister, X,"):
  // `code` is the title's, which stands on a date no role of the person's dictionary entry
  // covers (the entry's undated default says less than the sentence does).
  bool titled = false;
};

struct Mention {
  uint32_t b = 0, e = 0;  // sentence token range
  enum class Kind { kActor, kPronPerson, kPronThing, kPronPlural, kPair } kind = Kind::kActor;
  Ref ref;                   // kActor
  std::vector<Ref> coordinated;  // "Russian and Ukrainian delegations": the other members
  std::vector<Ref> referents;  // pronouns and pairs after resolution
  bool prepositional = false;
  bool possessor = false;
  // "the emirate", "its northern neighbour": a country named before, not the subject's.
  bool other_country = false;
  bool neighbour = false;  // "its neighbour": the story's main other country, not the latest
  bool group = false;      // "the group": the armed or opposition group named last
  bool bloc = false;       // "the bloc", "the alliance": the organisation of states named last
  bool fund = false;       // "the fund": the IMF named before
  bool agency = false;     // "the agency": the U.N. agency named lately
  bool reciprocal = false;  // "each other": the plural subject's members, each to the others
  // The actor entry of a name another country shares ("Georgia"), or -1: see
  // ResolveSharedNames.
  int shared = -1;
};

struct Match {
  const VerbPattern* pattern = nullptr;
  uint32_t anchor = 0;
  uint32_t b = 0, e = 0;  // token span
  int source = -1, target = -1;  // mention indexes from slots
};

// What the steps ask of a token's word by its id, as bits (Words::Entry::facts), copied to the
// sentence's `word_facts` as it is loaded: a byte a token, read in place of each step's look-up
// of the word in a table of its own. (The lexicon is complete before the coder is made.)
enum WordFact : uint8_t {
  // A mention may start at the word by the word alone: one of kMentionStartClasses, a
  // MentionWord, or the first word of an actor or agent phrase.
  kMayStartMention = 1 << 0,
  kAnchorsPatterns = 1 << 1,     // Lexicon::CandidatesAt is not null
  kStartsSynsetMember = 1 << 2,  // Lexicon::SynsetsStartingWith is not empty
};

struct SentenceCoder::Words {
  // What the coder knows of a word of the vocabulary: its classes, its code among the words
  // the mention rules test, and its WordFacts. One table by id for all, read once a token as a
  // sentence is loaded.
  struct Entry {
    uint32_t cls = 0;
    MentionWord mention = MentionWord::kNone;
    uint8_t facts = 0;
  };
  std::vector<Entry> by_id;
  uint32_t id_the = 0, id_and = 0, id_or = 0, id_to = 0, id_of = 0, id_former = 0, id_during = 0,
           id_on = 0;
  // The ids a sentence's tokens get for the first words of the phrases of a repeated act
  // ("took similar steps", "followed suit", "did the same"): see AddRepeatedActs.
  std::vector<uint32_t> repeated_act_starts;
  // The words one of which a time told from the story's last one has ("later", "same", "next",
  // ...: see TimeFromToldAt).
  std::vector<uint32_t> told_time_words;
  // Tells this coder's words apart from another's in a thread's TokenMemo (unique a process).
  uint64_t serial = 0;
  Entry Of(uint32_t id) const { return id < by_id.size() ? by_id[id] : Entry(); }
};

// Load's memory of the tokens a thread has read, by their bytes: each one's normalised form,
// word id and classes in the coder's words table, all pure functions of the bytes. A text's
// tokens are mostly a few thousand frequent words, and normalising each again and looking it up
// in the vocabulary was most of Load's own work. One slot a hash of the bytes (direct-mapped),
// for tokens of up to kMaxBytes (most of them; longer ones are read as before).
struct TokenMemo {
  static constexpr size_t kSlots = 4096;
  static constexpr size_t kMaxBytes = 16;
  struct Slot {
    uint64_t head = 0, tail = 0;  // the token's bytes [0, 8) and [8, 16), zero-padded
    uint32_t id = 0;
    uint32_t cls = 0;  // the word's Words::Entry's
    MentionWord mention = MentionWord::kNone;
    uint8_t facts = 0;
    uint8_t length = 0;  // of the token; 0: an empty slot
    uint8_t form_length = 0;
    char form[kMaxBytes] = {};  // a form is never longer than its token
  };
  // The coder (Words::serial) and the size of the vocabulary the slots were filled for: for
  // another, or once the vocabulary has grown (a word missing then may be there now), they are
  // emptied.
  uint64_t coder = 0;
  size_t vocabulary_size = 0;
  std::vector<Slot> slots;
};

// An act the story has told of: who acted, and the first four letters of the words of the
// pattern that coded it, so that "condemned the test" finds who "tested".
struct PastAct {
  Ref source;
  // The stems, one after another, four bytes each: one string an act (most often within its
  // own bytes), where a vector of strings was an allocation an act.
  std::string stems;
  bool comment = false;  // a statement, praise or criticism: "the accusation" names it, but
                         // it is not the act a bare "the decision" means
  char root[2] = {0, 0};  // its CAMEO root
  text::Date date;
  Ref target;
  bool has_target = false;
  std::string code;  // its CAMEO code

  // Whether `stem` is one of the act's stems.
  bool HasStem(std::string_view stem) const {
    if (stem.size() != 4) return false;
    for (size_t at = 0; at + 4 <= stems.size(); at += 4) {
      if (std::memcmp(stems.data() + at, stem.data(), 4) == 0) return true;
    }
    return false;
  }
};

// A run of the article's acts, read where they are now: the vector that holds them grows as a
// sentence's acts are added. The story's acts before the sentence (`past`) are [0, split), the
// sentence's own [split, end).
class ActRun {
 public:
  ActRun(const std::vector<PastAct>& acts, const size_t& split, bool past)
      : acts_(acts), split_(split), past_(past) {}
  const PastAct* begin() const { return acts_.data() + (past_ ? 0 : split_); }
  const PastAct* end() const { return acts_.data() + (past_ ? split_ : acts_.size()); }
  std::reverse_iterator<const PastAct*> rbegin() const {
    return std::reverse_iterator<const PastAct*>(end());
  }
  std::reverse_iterator<const PastAct*> rend() const {
    return std::reverse_iterator<const PastAct*>(begin());
  }
  size_t size() const { return static_cast<size_t>(end() - begin()); }
  bool empty() const { return size() == 0; }
  const PastAct& operator[](size_t i) const { return begin()[i]; }
  const PastAct& front() const { return *begin(); }
  const PastAct& back() const { return end()[-1]; }

 private:
  const std::vector<PastAct>& acts_;
  const size_t& split_;
  const bool past_;
};

// The current sentence's buffers, kept by each thread from article to article. A SentenceState
// lives for one article, and most articles have a few sentences: allocating these vectors again
// for every article (and growing them to the sentence's size) was a large part of the coder's
// allocations. Each is cleared or refilled before it is read for a sentence.
struct SentenceBuffers {
  std::vector<uint32_t> ids;
  std::vector<uint32_t> cls;
  std::vector<MentionWord> mention_words;
  std::vector<uint8_t> word_facts;
  std::vector<const Token*> toks;
  std::vector<std::string_view> norm;
  std::string norm_arena;
  std::vector<uint16_t> flags;
  TokenMemo token_memo;
  // Holds the bits of `ids` (the last sentence loaded) and no others, whatever article that was.
  std::vector<uint64_t> words_present;
  std::vector<text::Pos> pos;
  std::vector<Mention> mentions;
  std::vector<int> mention_at;
  std::vector<int> mention_ending;
  std::vector<bool> in_timex;
  std::vector<uint32_t> passing;
  // FindMentions': room for the tokens whose words may start a mention (kMayStartMention),
  // in order.
  std::vector<uint32_t> mention_starts;
  // MatchPatterns': the synsets a word of the sentence starts a member of, as a bit set.
  std::vector<uint64_t> synsets_present;
  // The longest phrase of a dictionary starting at a token: its length (0: none) and entry.
  struct PhraseAt {
    uint32_t len = 0;
    uint32_t value = 0;
  };
  // FindMentions': the longest actor and agent phrase at each token. The mention rules ask at
  // the same tokens again and again (whether a mention may start, then while it grows), so the
  // tries are read once a token.
  std::vector<PhraseAt> actor_at, agent_at;
  // MatchPatterns': the best match at each anchor, those not covered, the events.
  std::vector<Match> found, kept, matches;
  // The article's acts (SentenceState::acts), emptied for each article: an act is some 250
  // bytes, and the room for an article's acts, allocated anew for each, was the coder's largest
  // allocation (and the one that made the allocator tidy up its free lists each article).
  std::vector<PastAct> acts;
};

// Everything the coder knows while it reads one article.
struct SentenceState {
  const SentenceCoder& c;
  const lexicon::Lexicon& lex;
  const SentenceCoder::Words& w;
  std::string_view text;
  const text::Date doc_date;
  const std::string& doc_id;
  const std::string doc_date_iso = doc_date.ToIso();  // every event carries it
  SentenceBuffers& buf;  // the thread's

  // Discourse memory, across sentences.
  Ref last_person;
  bool have_person = false;
  Ref last_thing;
  bool have_thing = false;
  // The sentence_number of the sentence that named last_person and last_thing: a pronoun
  // reaches back only a few sentences for its antecedent.
  int last_person_sentence = 0;
  int last_thing_sentence = 0;
  // The last person the dictionaries name ("President Pedro Castillo"), not a bare agent
  // ("police", "lawmakers"): whom a later "him" or "her" can mean.
  Ref last_individual;
  bool have_individual = false;
  int last_individual_sentence = 0;
  // Agents the story named with a country ("Hong Kong police", "protesters" of Hong Kong), by
  // the noun that named them, latest last: "the protesters" of a later sentence are they.
  struct NamedAgent {
    std::string noun;
    std::string code;
    int sentence = 0;
  };
  std::vector<NamedAgent> named_agents;
  // A country the story has named: its Ref as named first (for the pronouns that stand for
  // it; ref.code is the country's code) and how often it was named.
  struct NamedCountry {
    Ref ref;
    int count = 0;
    // Of those, how often by a domestic institution, people or region of its ("the US
    // Senate", "Texas police", "California"; not its government or forces, which act abroad),
    // and how often by a name another country shares ("Georgia").
    int roles = 0;
    int shared = 0;
    int sentence = 0;        // the sentence_number of the sentence that named it last
    int first_sentence = 0;  // and of the one that named it first
  };
  std::vector<NamedCountry> named_countries;  // in first-named order
  // Pairs of countries coded together so far ("IRNUSA", in order), with in how many sentences:
  // the story's sides. (By country, so it cannot hold one country's two sides, "the army and
  // the RSF": MainActPair finds those among past_acts by full code.)
  std::vector<std::pair<std::string, int>> story_pairs;
  std::vector<std::string> pairs_this_sentence;
  // The country the story's latest aid went to: "Germany will send tanks to Ukraine ... The
  // United States will also supply 31 Abrams tanks".
  std::string aid_recipient;
  std::vector<std::string> recent_countries;  // most recently named last
  Ref last_group_actor;  // the last armed, separatist or opposition group named
  bool have_group_actor = false;
  // The target of the latest reaction to an event noun ("condemned the attack") and the
  // sentence it was in, for "also condemned it" in the next.
  Ref noun_reaction_target;
  int noun_reaction_sentence = -1;
  Ref last_bloc;  // the last organisation of states named, for "the bloc"
  bool have_bloc = false;
  // International organisations the story named by a name ending in a common noun ("the
  // International Criminal Court", "the UN nuclear watchdog"), by that noun's word id, latest
  // last: "the court", "the watchdog" of a later sentence are they, not the home country's.
  struct NamedOrganisation {
    uint32_t head = 0;
    Ref ref;
    // The words of the name as the story wrote it (no article): "the Security Council" after
    // "the UN Security Council" is its tail.
    std::vector<uint32_t> words;
    int sentence = 0;  // the sentence_number of the sentence that named it last
  };
  std::vector<NamedOrganisation> named_organisations;
  Ref last_fund;  // the IMF, once named, for "the fund"
  bool have_fund = false;
  Ref last_agency;  // the last U.N. agency named, for "the agency", and its sentence
  int last_agency_sentence = -1;
  std::vector<Ref> last_group;
  Ref last_actor;  // the source of the last event of an earlier sentence
  // Recent acts, newest last (see PastAct), in the thread's buffers: the story's before this
  // sentence, then this sentence's, which join them once it is read (they are made in place
  // there: moving each act, six strings, from a vector of the sentence's was as dear as making
  // it).
  using PastAct = coder::PastAct;
  std::vector<PastAct>& acts = buf.acts;
  size_t past_act_count = 0;  // acts[0, past_act_count) are the story's before this sentence
  const ActRun past_acts{acts, past_act_count, /*past=*/true};
  const ActRun sentence_acts{acts, past_act_count, /*past=*/false};
  bool have_last_actor = false;
  // The source of this sentence's last event (of a code that is no reaction) is the source of
  // acts[sentence_actor_act], the act made with it; -1: none yet.
  int sentence_actor_act = -1;

  // The current sentence (in the thread's buffers).
  std::vector<uint32_t>& ids = buf.ids;
  std::vector<uint32_t>& cls = buf.cls;
  std::vector<MentionWord>& mention_words = buf.mention_words;  // of each token, by its id
  std::vector<uint8_t>& word_facts = buf.word_facts;  // of each token's word: WordFact bits
  std::vector<const Token*>& toks = buf.toks;
  std::vector<std::string_view>& norm = buf.norm;
  std::string& norm_arena = buf.norm_arena;
  std::vector<uint16_t>& flags = buf.flags;
  // The sentence's word ids as a bit set over the vocabulary (the vocabulary is fixed once
  // the dictionaries are loaded): an exact, allocation-free "is this word in the sentence".
  std::vector<uint64_t>& words_present = buf.words_present;
  std::vector<text::Pos>& pos = buf.pos;  // part-of-speech tags, when the tagger is installed
  std::vector<Mention>& mentions = buf.mentions;
  std::vector<int>& mention_at = buf.mention_at;          // token -> index of the mention
                                                          // covering it, or -1
  std::vector<int>& mention_ending = buf.mention_ending;  // token -> mention whose last token
                                                          // it is, or -1
  std::vector<bool>& in_timex = buf.in_timex;  // token is part of a temporal expression
  std::vector<text::Timex> timexes_past;
  std::string home_country;         // the dateline's country: the country of bare agents
  std::vector<Ref> last_country_pair;
  int last_country_pair_sentence = -1;
  int last_group_sentence = -1;
  int sentence_number = 0;
  // The last day the story told of (a day its sentences named, or counted from one: "the next
  // day"): what "hours later" and "the same day" of a later sentence count from.
  text::Date told_day;
  // The surnames of people the story has named in full (word id, person's actor entry):
  // "Vice President Kamala Harris ... Harris called for" (the dictionaries leave out surnames
  // that alone are too common to be sure of).
  std::vector<std::pair<uint32_t, int>> surnames;
  // The surnames of people the dictionaries do not know, named with a title ("Police chief
  // Marek Dolny ... Dolny said"): the surname, the title's actor.
  std::vector<std::pair<std::string, Ref>> named_people;
  // MatchPatterns' candidates of one anchor that pass the stream's word tests (pattern
  // indices), kept for their capacity.
  std::vector<uint32_t>& passing = buf.passing;
  std::vector<uint64_t>& synsets_present = buf.synsets_present;
  std::vector<SentenceBuffers::PhraseAt>& actor_at = buf.actor_at;  // token -> longest actor
  std::vector<SentenceBuffers::PhraseAt>& agent_at = buf.agent_at;  // token -> longest agent
  std::vector<uint32_t>& mention_starts = buf.mention_starts;

  SentenceState(const SentenceCoder& coder, const lexicon::Lexicon& l,
                const SentenceCoder::Words& words, std::string_view t, const text::Date& d,
                const std::string& id, SentenceBuffers* buffers)
      : c(coder), lex(l), w(words), text(t), doc_date(d), doc_id(id), buf(*buffers) {
    acts.clear();
  }
  // past_acts and sentence_acts view this state's own members: a copy would view the original's.
  SentenceState(const SentenceState&) = delete;
  SentenceState& operator=(const SentenceState&) = delete;

  // The code of `r` on `date`: a reference to its own code or its person's role's, valid as
  // long as `r` is (most callers read a part of it, and a copy was a string made each time).
  const std::string& CodeOf(const Ref& r, const text::Date& date) const {
    if (r.person >= 0) {
      bool dated = false;
      const std::string& code = lex.actors()[r.person].CodeOn(date, &dated);
      if (r.titled && !dated && !r.code.empty()) return r.code;
      return code.empty() ? r.code : code;
    }
    return r.code;
  }

  bool HasWord(uint32_t id) const { return (words_present[id >> 6] >> (id & 63)) & 1; }
  // Whether a word of the sentence starts a member of the synset (set by MatchPatterns).
  bool MayHaveSynset(uint32_t synset) const {
    return (synsets_present[synset >> 6] >> (synset & 63)) & 1;
  }

  uint32_t size() const { return static_cast<uint32_t>(ids.size()); }

  // The token's code among the words the mention rules test (kNone for any other word).
  MentionWord WordAt(uint32_t q) const { return mention_words[q]; }

  // Aid given or pledged: CAMEO 07, and the intents to give it, 033.
  static bool IsAid(const std::string& code) {
    return StartsWith(code, "07") || StartsWith(code, "033");
  }

  bool IsNominalWord(uint32_t q) const {
    return !pos.empty() && (pos[q] == text::Pos::kNN || pos[q] == text::Pos::kNNS ||
                            pos[q] == text::Pos::kNNP || pos[q] == text::Pos::kNNPS);
  }

  // The sentence's latest antecedents of each kind (in its mentions), copied to the discourse
  // memory once the sentence is read rather than at each mention.
  struct Antecedents {
    const Ref* person = nullptr;
    const Ref* thing = nullptr;
    const Ref* group_actor = nullptr;  // an armed, separatist or opposition group
    const Ref* bloc = nullptr;         // an organisation of states (IGO...)
    const Ref* individual = nullptr;   // a person the dictionaries name, no bare agent
  };

  // The mentions a group gathers, first to last: they are consecutive.
  struct GroupMembers {
    int first = 0, last = 0;
  };
  bool OwnsNextMember(int q) const;
  bool NoMemberOfItsOwn(const GroupMembers& g, int q) const;

  // Whether the token at `q` is a dot that ends a sentence or a clause: not the dot of an
  // abbreviation inside the sentence ("on Oct. 7, released", "Gen. Ahmed"), which the splitter
  // left there because it ends nothing.
  bool IsFullStop(uint32_t q) const {
    return norm[q] == "." && !(q > 0 && q + 1 < size() && toks[q - 1]->end == toks[q]->begin &&
                               text::IsAbbreviation(norm[q - 1]));
  }

  bool IsGapBarrier(uint32_t pos) const {
    return HasClass(cls[pos], kClauseBreak | kComma | kRel | kQuote) || IsFullStop(pos) ||
           norm[pos] == "but";
  }

  // Acts done together: a compound subject's members do them to each other.
  static bool IsMutual(std::string_view code) {
    return Is(code, "040") || Is(code, "041") || Is(code, "044") || Is(code, "046") ||
           Is(code, "057") || Is(code, "061") || Is(code, "062") || Is(code, "063") ||
           Is(code, "064");
  }

  // The role part of an actor code ("GOV" of "IRNGOV"), "" when it has none: a view of the
  // code, valid while it is. (Roles and codes are compared with literals by Is: a
  // std::string's operator== with a literal measures the literal and calls compare each time,
  // a few percent of the coding.)
  static std::string_view RoleOf(const std::string& code) {
    return code.size() >= 6 ? std::string_view(code).substr(3, 3) : std::string_view();
  }

  // The roles of people as people, not bodies: those one detains, not seizes.
  static bool IsPeopleRole(std::string_view role) {
    return Is(role, "OPP") || Is(role, "CVL") || Is(role, "MED") || Is(role, "EDU") ||
           Is(role, "LAB") || Is(role, "CRM") || Is(role, "REF") || Is(role, "HRI") ||
           Is(role, "ELI");
  }

  // Statements, praise, demands, criticism, rejections, threats: the reactions to events.
  static bool IsReaction(const std::string& code) {
    std::string_view root(code.data(), 2);
    return Is(root, "01") || Is(root, "05") || Is(root, "10") || Is(root, "11") || Is(root, "12") ||
           Is(root, "13");
  }

  bool IsFiniteVerb(int q) const {
    if (pos.empty()) return false;
    text::Pos p = pos[q];
    return p == text::Pos::kVBD || p == text::Pos::kVBZ || p == text::Pos::kVBP ||
           p == text::Pos::kMD;
  }

  // The current sentence's events: the tail of the document's events, from where the sentence
  // started. They are built, amended and filtered where they are kept: built in a vector of
  // their own, each event kept was then moved to the document's, and an Event (about thirty
  // strings) cost as much to move as most of what filtering it did.
  class SentenceEvents {
   public:
    explicit SentenceEvents(std::vector<Event>* document)
        : document_(*document), first_(document->size()) {}

    Event* begin() { return document_.data() + first_; }
    Event* end() { return document_.data() + document_.size(); }
    size_t size() const { return document_.size() - first_; }
    Event& operator[](size_t i) { return document_[first_ + i]; }
    Event& back() { return document_.back(); }
    Event& emplace_back() { return document_.emplace_back(); }
    void push_back(Event&& e) { document_.push_back(std::move(e)); }
    // Removes [from, end()), as after std::remove_if (their strings' room kept: see KeepRoom).
    void truncate(Event* from) {
      for (Event* e = from; e != end(); ++e) KeepRoom(e);
      document_.resize(static_cast<size_t>(from - document_.data()));
    }

    // The room of the strings of events that are done with (the document coded before on this
    // thread, events dropped), kept by the thread for the strings of the events it builds
    // next: an event's rule, its actors' words and its places' names are most often too long
    // to be held within a string, and were each allocated, then freed with the document.
    // KeepRoom takes the room of `e`'s (leaving them empty); GiveRoom gives `s` a room kept,
    // when it has less than `length` bytes of its own.
    static void KeepRoom(Event* e);
    static void GiveRoom(std::string* s, size_t length);

    // The document's events, the earlier sentences' first; this sentence's from first().
    std::vector<Event>& document() { return document_; }
    size_t first() const { return first_; }

   private:
    std::vector<Event>& document_;
    const size_t first_;
  };

  // Whether the first three letters of an actor code name a country ("IRNGOV", "RUS").
  bool OfACountry(const std::string& code) const {
    return code.size() >= 3 && lex.CountryEntry(std::string_view(code).substr(0, 3)) >= 0;
  }

  // Rebels, separatists, insurgents or the opposition: a side against its own state.
  static bool IsInsurgent(const std::string& code) {
    const std::string_view role = RoleOf(code);
    return Is(role, "REB") || Is(role, "OPP") || Is(role, "SEP") || Is(role, "INS");
  }

  // A role of a country's home affairs: its legislature, courts, police, parties and people
  // (not its government, forces or spies, which act abroad as well).
  static bool IsDomesticRole(std::string_view role) {
    return Is(role, "LEG") || Is(role, "JUD") || Is(role, "COP") || Is(role, "CVL") ||
           Is(role, "OPP") || Is(role, "BUS") || Is(role, "EDU") || Is(role, "MED") ||
           Is(role, "LAB") || Is(role, "CRM") || Is(role, "HLH") || Is(role, "AGR");
  }

  // A military or an armed group: of a code, or of its role.
  static bool IsArmedRole(std::string_view role) {
    return Is(role, "MIL") || Is(role, "REB") || Is(role, "SEP") || Is(role, "INS");
  }
  static bool IsArmed(const std::string& code) { return IsArmedRole(RoleOf(code)); }

  // Gives `e` the CAMEO code `cameo`, with its root, quad class, Goldstein score and PLOVER type.
  void Recode(Event* e, const std::string& cameo) const {
    e->cameo = cameo;
    e->root.assign(cameo, 0, 2);
    if (const lexicon::CameoCode* cc = lex.Cameo(cameo)) {
      e->quad_class = cc->quad_class;
      e->goldstein = cc->goldstein;
      e->plover = cc->plover;
    }
  }

  // sentence_coder.cc: the sentence's tokens, word ids and tags.
  void Load(const std::vector<Token>& all, uint32_t b, uint32_t e);

  // mentions.cc: actor mentions (actors, agents, pronouns, pairs).
  void FindMentions();
  void RetagNames();
  bool ClosesOpeningPhrase(uint32_t comma) const;
  bool ClosesOpeningClause(uint32_t comma) const;
  bool TownsPlace(const Mention& m) const;
  std::string TopicCountry() const;
  bool BeginsLongerName(uint32_t q) const;
  std::string PlaceCountryInClause(uint32_t from, bool near_too = false,
                                   bool route_too = false) const;
  std::string CountryPlaceAfter(uint32_t prep) const;
  static bool StillNamesTheAgent(std::string_view w);
  bool IsModifiedCommonNoun(uint32_t q) const;
  static bool IsInstitutionNoun(std::string_view w);
  static bool IsOrganisationHead(std::string_view w);
  const Ref* NamedOrganisationAt(uint32_t i) const;
  uint32_t NamedOrganisationTailAt(uint32_t i, const Ref** org) const;
  static bool CountryIsA(std::string_view c3, std::string_view kind);
  bool IsExpletiveIt(uint32_t i) const;
  static bool IsRulingNoun(std::string_view w);
  int SurnameAt(uint32_t i) const;
  const Ref* NamedPersonAt(uint32_t i) const;
  bool MayBeSurname(uint32_t i) const;
  bool IsUnknownNameWord(uint32_t q) const;
  void LearnUnknownPeople();
  bool IgoTitleAt(uint32_t i) const;
  bool IsRelativeByGivenName(uint32_t i, const ActorEntry& person) const;
  std::string OwnerPersonCountry(uint32_t start) const;
  static bool IsCountryNoun(MentionWord w);
  static bool IsQuantityNoun(std::string_view w);
  bool MayStartMention(uint32_t i) const;
  bool TryMention(uint32_t i, Mention* m);
  uint32_t RivalSidesEnd(uint32_t j) const;
  bool Span(uint32_t b, uint32_t e, Mention::Kind kind, Mention* m);
  bool Single(uint32_t i, Mention::Kind kind, Mention* m);
  std::string LeadingCountry(uint32_t b, uint32_t e) const;
  std::string CountryBeforeHyphen(std::string_view w) const;
  // Whether the word before the dash of "X-led", "X-backed" is an actor or an agent the
  // dictionaries know ("military-led", "NATO-led"), not an unknown leader ("Kurdish-led").
  bool LedByKnown(std::string_view w) const;

  // discourse.cc: pronouns resolved, the story's memory, groups.
  void Remember(const Ref& r, bool group, Antecedents* latest);
  const Ref* CountryRef(std::string_view code) const;
  const std::pair<std::string, int>* StorySidesInstead(bool countries) const;
  const PastAct* MainActPair() const;
  void ResolveMentions();
  static bool IsReportingVerb(std::string_view w);
  bool ObjectOfFirstThing(uint32_t b, const Ref* first_thing) const;
  bool SubjectIsUnknownName() const;
  void UpdateDiscourse();
  void ResolveSharedNames();
  size_t ReferentCount(int k) const;
  void AppendReferents(int k, std::vector<Ref>* out) const;
  bool StartsRightAfter(uint32_t after, const Mention& b) const;
  GroupMembers MembersOf(int k, bool backward = true) const;
  bool ListClosesWithConj(int k) const;
  bool AppositivesJoined(int k) const;
  bool LatestMediationSides(const PastAct* sides[2]) const;
  bool SerialConjBefore(const Mention& a, const Mention& b) const;
  int AppositiveMate(int k) const;
  bool AppositivePairFollows(uint32_t q) const;
  bool StartsNextClause(const Mention& a, const Mention& b) const;
  bool HasOwnVerb(const Mention& b) const;
  bool FoughtAlongside(const Match& m) const;
  size_t CountReferents(const GroupMembers& g) const;
  std::vector<Ref> ReferentsOf(const GroupMembers& g, size_t count) const;
  size_t GroupSize(int k, bool backward = true) const;
  std::vector<Ref> Group(int k, bool backward = true) const;
  // Group(k, backward), written over `out` (whose room is reused: a caller asking for a group
  // at each match keeps one vector for them).
  void GroupInto(int k, bool backward, std::vector<Ref>* out) const;

  // pattern_match.cc: verb patterns matched.
  bool MatchWordAt(const PatternItem& it, uint32_t pos) const;
  uint32_t MatchSynsetAt(const PatternItem& it, uint32_t pos) const;
  bool MayStartAt(const PatternItem& it, uint32_t pos) const;
  bool MatchForward(const VerbPattern& p, size_t k, uint32_t pos, Match* m) const;
  bool IsPastPassiveAt(uint32_t i) const;
  bool MatchBackward(const VerbPattern& p, int k, int pos, Match* m) const;
  static bool IsParticipleForm(std::string_view w);
  bool IsNominal(uint32_t i) const;
  void AddPassingOfGroup(const uint32_t* group, uint32_t anchor, int* nominal) const;
  const std::vector<Match>& MatchPatterns() const;
  bool IsActReactedTo(const Match& noun, const Match& verb) const;
  bool OwnsAThing(const Mention& mention) const;
  // Whether the mention starting at `b` is named as the party whose sovereignty, territory
  // or law a judged act breaches ("a violation of Ukraine's sovereignty").
  bool ViolatedParty(uint32_t b) const;
  bool IsClauseOpening(uint32_t q) const;
  int SharedWith(uint32_t q) const;
  uint32_t AppositiveEnd(uint32_t open) const;
  bool InShortQuotation(uint32_t mark) const;
  uint32_t TimeAdjunctEnd(uint32_t pos) const;
  bool RivalArmedGroups(const Ref& s, const Ref& t, const std::string& code,
                        const std::string& cameo) const;

  // roles.cc: verb groups, subjects and objects.
  uint32_t IsPurposeVerb(uint32_t b) const;
  static bool IsAskWord(std::string_view w);
  bool IsGerundOfManner(uint32_t i) const;
  bool IsCallNotNaming(const Match& m) const;
  bool IsDirectedInfinitive(uint32_t to) const;
  bool IsAlleged(uint32_t at) const;
  bool IsForPlannedTrip(uint32_t b) const;
  bool IsReasonPhrase(uint32_t b) const;
  static bool IsGivingParticiple(std::string_view w);
  bool IsDemandedClause(uint32_t group_start, uint32_t anchor) const;
  bool IsAimedInfinitive(uint32_t to) const;
  bool WillNot(uint32_t group_start, uint32_t anchor) const;
  uint32_t VerbGroupStart(uint32_t anchor, bool* negated, bool* intent, bool* future,
                          bool* refused) const;
  int ReportingAuthority(uint32_t b) const;
  int TrailingAuthority() const;
  int StateSpeaker(int speaker) const;
  static bool OwnForces(const std::string& state, const std::string& forces);
  int OrdererOfOwnForces(uint32_t to) const;
  static bool IsOrderVerb(std::string_view w);
  bool BreachSaidAfter(uint32_t after) const;
  bool IsPassive(uint32_t group_start, uint32_t anchor) const;
  int SubjectBefore(uint32_t start, bool finite, int depth = 0) const;
  bool AgentOfParticiple(uint32_t b) const;
  bool LeaderActsForItsGroup(uint32_t by) const;
  bool IsOrganisationEntry(int person) const;
  int SpeakerEndBefore(uint32_t b) const;
  bool SubjectOfOwnClause(const Mention& m) const;
  static bool IsBlocCode(std::string_view code);
  bool NamesOtherObject(const Match& m, bool bodies_only) const;
  static bool IsOthersOfNoun(std::string_view w);
  static bool IsOthersOrFollowersNoun(std::string_view w);
  // Verbs of using or firing a weapon ("used", "fired", "launched"), and the weapons they take.
  static bool IsWeaponUseVerb(std::string_view w);
  static bool IsWeaponNoun(std::string_view w);
  uint32_t WeaponOfMaker(const Mention& m) const;
  bool PossessorOfOthers(const Mention& m) const;
  bool ObjectNamesOthersOf(const Mention& m) const;
  bool ObjectOfNounsParticiple(uint32_t b) const;
  int MainSubject(int exclude) const;
  bool OneStatesForces(const std::vector<Ref>& sources) const;
  bool InConditionalClause(uint32_t at) const;
  bool IsOtherSense(const VerbPattern& p, uint32_t anchor) const;
  bool NamesAnObject(uint32_t q) const;
  static bool IsAtrocityWord(std::string_view w);
  bool RecognitionOfAtrocity(const Match& m) const;
  int ObjectAfter(uint32_t from, int exclude) const;
  int AppositiveOfName(uint32_t from, uint32_t comma, int exclude) const;
  bool IsLocative(const Mention& m) const;
  bool IsAttribution(const Mention& m) const;
  bool PartOfAPlace(const Mention& m) const;
  int PassiveAgent(uint32_t at, uint32_t end) const;
  // A compass adjective before a place ("northwestern" in "in northwestern Nigeria").
  static bool IsCompassWord(std::string_view w);

  // event_dates.cc: the date of an event.
  text::Date DayOffsetDate(const Match& m, const std::vector<text::Timex>& timexes) const;
  const text::Date* SubjectEventDate(uint32_t count_at) const;
  text::Date EventDate(const Match& m, const std::vector<text::Timex>& timexes) const;
  int YearAt(uint32_t q) const;
  bool TimeFromToldAt(uint32_t q, uint32_t* len, int* days) const;
  text::Date TimeFromTold(const Match& m, uint32_t sb, uint32_t se,
                          const std::vector<text::Timex>& timexes) const;

  // implied_targets.cc: targets the text implies.
  Ref ImpliedCountry(const std::string& code, uint32_t at) const;
  void TargetNamedInContext(const Match& m, int src, const std::vector<Ref>& sources,
                            std::vector<Ref>& targets) const;
  const PastAct* HostedMeeting(const Match& m) const;
  template <typename Fits>
  int NearestActor(const Match& m, int src, Fits fits) const;
  // `promised_force`: the act is promised or foretold, and so coded as a threat.
  void ImpliedTargets(const Match& m, int src, const std::vector<Ref>& sources,
                      std::vector<Ref>& targets, bool promised_force) const;

  // emit_events.cc: events built from matches.
  static bool IsAirForce(std::string_view words);
  static bool IsStopVerb(std::string_view w);
  int AgentAfterObjectOfNoun(const Mention& object) const;
  bool NounEventDone(const Match& m) const;
  bool OpensSentence(uint32_t b) const;
  bool IsDeniedOrPlotted(uint32_t group_start) const;
  void AddPastAgreement(const Match& m, SentenceEvents& out) const;
  static bool IsAgreementNoun(std::string_view w);
  void EmitEvents(const std::vector<Match>& matches, int sentence_index,
                  std::vector<Event>* events);
  Event& NewEvent(SentenceEvents& out, int sentence_index, const text::Date& date,
                  const Ref& s, std::string&& source_code, const Ref* t,
                  std::string&& target_code) const;
  void AddRepeatedActs(int sentence_index, SentenceEvents& out);
  void AddVisitorsVisits(int sentence_index, SentenceEvents& out);
  void AddHostsOfVisits(SentenceEvents& out);

  // event_filters.cc: what the sentence's events say together, and which stay.
  int ReportedTone(uint32_t after) const;
  bool IsSay(const Event& e) const;
  bool StandsAsStatement(const Event& e) const;
  void FinishSentence(SentenceEvents& out);
  void AddReportedJudgements(SentenceEvents& out) const;
  void YieldToDemands(SentenceEvents& out) const;
  void MergeProtestDemands(SentenceEvents& out) const;
  void MergeWarnedThreats(SentenceEvents& out) const;
  void AimAtHomeGovernment(Event* e) const;
  bool SupportersOfGovernment(const Event& e) const;
  void GradeBareStatements(SentenceEvents& out) const;
  void KeepFinestEvents(SentenceEvents& out) const;
};

}  // namespace dyad::coder

#endif  // DYAD_CODER_SENTENCE_STATE_H_
