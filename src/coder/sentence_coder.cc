#include "coder/sentence_coder.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <unordered_map>

#include "coder/mention_words.h"
#include "text/sentences.h"
#include "text/timex.h"

namespace dyad::coder {

using lexicon::ActorEntry;
using lexicon::PatternItem;
using lexicon::VerbPattern;
using text::Token;

namespace {

// The acts a definite noun can name in a reaction ("condemned the attack"): their CAMEO roots,
// as a run of two-digit roots (empty for a noun of any act, "the decision"), and whether the
// noun means the latest such act (a reply to "the accusation" answers the last one made)
// rather than the story's first (its news: "the attack" a later sentence condemns).
struct ActKinds {
  std::string_view roots;
  bool latest = false;
};

ActKinds ActKindsOfNoun(std::string_view noun) {
  static constexpr std::pair<std::string_view, std::string_view> kEvents[] = {
      {"attack", "1819201715"}, {"attacks", "1819201715"}, {"strike", "18192015"},
      {"strikes", "18192015"},  {"assault", "181920"},     {"raid", "181917"},
      {"raids", "181917"},      {"bombing", "18192015"},   {"bombings", "18192015"},
      {"shelling", "1819"},     {"offensive", "1918"},     {"invasion", "1918"},
      {"incursion", "1918"},    {"killing", "181920"},     {"killings", "181920"},
      {"massacre", "2018"},     {"coup", "1718"},          {"takeover", "171819"},
      {"seizure", "1719"},      {"arrest", "17"},          {"arrests", "17"},
      {"detention", "17"},      {"crackdown", "17"},       {"sanctions", "16"},
      {"embargo", "16"},        {"tariffs", "16"},         {"expulsion", "16"},
      {"expulsions", "16"},     {"deal", "0506"},          {"agreement", "0506"},
      {"accord", "0506"},       {"ceasefire", "0508"},     {"truce", "0508"},
      {"visit", "04"},          {"trip", "04"},            {"talks", "04"},
      {"release", "08"},        {"test", "15"},            {"tests", "15"},
      {"launch", "15"},         {"drills", "1506"},        {"exercises", "1506"},
      {"deployment", "1506"},   {"mobilisation", "15"},    {"mobilization", "15"},
      {"aid", "07"},            {"protests", "14"},        {"protest", "14"},
      {"demonstrations", "14"},
  };
  static constexpr std::pair<std::string_view, std::string_view> kReplies[] = {
      {"accusation", "1101"}, {"accusations", "1101"}, {"allegation", "1101"},
      {"allegations", "1101"}, {"charges", "1101"},    {"criticism", "1101"},
      {"threat", "13"},        {"threats", "13"},       {"ultimatum", "13"},
      {"veto", "12"},          {"rejection", "12"},     {"refusal", "12"},
  };
  for (const auto& [word, roots] : kEvents) {
    if (word == noun) return {roots, false};
  }
  for (const auto& [word, roots] : kReplies) {
    if (word == noun) return {roots, true};
  }
  return {};
}

bool RootIn(std::string_view root, std::string_view roots) {
  if (root.size() != 2) return false;
  for (size_t i = 0; i + 1 < roots.size(); i += 2) {
    if (roots[i] == root[0] && roots[i + 1] == root[1]) return true;
  }
  return false;
}

// Whether `code` starts with, or is, the literal `lit`: a memcmp of constant length, which the
// compiler writes as a load or two. The CAMEO and actor codes events are built from, and the
// words they test, are a few bytes: std::string's compare and string_view's operator== were
// calls of their own, with a call of memcmp, about 70 instructions a test, where these are a
// few (and none past a length that differs).
template <size_t N>
bool StartsWith(std::string_view code, const char (&lit)[N]) {
  return code.size() >= N - 1 && std::memcmp(code.data(), lit, N - 1) == 0;
}
template <size_t N>
bool Is(std::string_view code, const char (&lit)[N]) {
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

struct Ref {
  int person = -1;      // actor entry of a person, resolved to a code on the event date
  std::string code;     // the code otherwise
  uint32_t begin = 0;   // byte offsets of the words that name it
  uint32_t end = 0;
  bool personlike = false;
  bool country = false;
  bool inferred_country = false;  // a bare agent given the article's topic country
  bool capital = false;           // a capital standing for its country ("Damascus")
  std::string agent;              // its role code, then
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
  bool reciprocal = false;  // "each other": the plural subject's members, each to the others
};

struct Match {
  const VerbPattern* pattern = nullptr;
  uint32_t anchor = 0;
  uint32_t b = 0, e = 0;  // token span
  int source = -1, target = -1;  // mention indexes from slots
};

}  // namespace

struct SentenceCoder::Words {
  std::vector<uint32_t> cls;  // by vocabulary id
  uint32_t id_the = 0, id_and = 0, id_or = 0, id_to = 0, id_of = 0, id_former = 0;
  uint32_t Class(uint32_t id) const { return id < cls.size() ? cls[id] : 0; }
  MentionWords mention_words;
};

namespace {

constexpr std::initializer_list<std::pair<const char*, uint32_t>> kClassWords = {
    {"the", kDet}, {"a", kDet}, {"an", kDet}, {"this", kDet}, {"these", kDet},
    {"those", kDet}, {"some", kDet}, {"several", kDet}, {"many", kDet},
    {"of", kPrep}, {"to", kPrep | kTo}, {"with", kPrep}, {"against", kPrep}, {"in", kPrep},
    {"on", kPrep}, {"at", kPrep}, {"from", kPrep}, {"for", kPrep}, {"by", kPrep},
    {"between", kPrep}, {"among", kPrep}, {"into", kPrep}, {"toward", kPrep},
    {"towards", kPrep}, {"over", kPrep}, {"about", kPrep}, {"amid", kPrep},
    {"despite", kPrep}, {"including", kPrep}, {"like", kPrep}, {"than", kPrep},
    {"via", kPrep}, {"under", kPrep}, {"during", kPrep}, {"through", kPrep},
    {"across", kPrep}, {"within", kPrep}, {"without", kPrep}, {"upon", kPrep},
    {"onto", kPrep}, {"near", kPrep}, {"off", kPrep}, {"around", kPrep}, {"along", kPrep},
    {"behind", kPrep}, {"beyond", kPrep}, {"inside", kPrep}, {"outside", kPrep},
    {"nor", kPrep}, {"neither", kPrep},
    {"before", kPrep | kSubordinator}, {"after", kPrep | kSubordinator},
    {"since", kPrep | kSubordinator}, {"while", kSubordinator}, {"as", kSubordinator},
    {"when", kSubordinator | kWhen}, {"because", kSubordinator}, {"although", kSubordinator},
    {"if", kSubordinator}, {"unless", kSubordinator}, {"whereas", kSubordinator},
    {"has", kAux}, {"have", kAux}, {"had", kAux}, {"having", kAux}, {"is", kAux},
    {"are", kAux}, {"was", kAux}, {"were", kAux}, {"be", kAux}, {"been", kAux},
    {"being", kAux}, {"do", kAux}, {"does", kAux}, {"did", kAux}, {"'s", kPossessive},
    {"'", kPossessive}, {"'ve", kAux}, {"'re", kAux}, {"'ll", kAux | kFuture},
    {"'d", kAux | kFuture}, {"get", kAux}, {"got", kAux},
    {"will", kAux | kFuture}, {"would", kAux | kFuture}, {"could", kAux | kFuture},
    {"may", kAux | kFuture}, {"might", kAux | kFuture}, {"shall", kAux | kFuture},
    {"should", kAux | kFuture}, {"must", kAux | kFuture}, {"can", kAux | kFuture},
    {"also", kAdverb}, {"repeatedly", kAdverb}, {"initially", kAdverb},
    {"already", kAdverb}, {"still", kAdverb}, {"now", kAdverb}, {"finally", kAdverb},
    {"recently", kAdverb}, {"jointly", kAdverb}, {"formally", kAdverb},
    {"officially", kAdverb}, {"reportedly", kAdverb}, {"allegedly", kAdverb},
    {"again", kAdverb}, {"later", kAdverb}, {"earlier", kAdverb}, {"just", kAdverb},
    {"publicly", kAdverb}, {"swiftly", kAdverb}, {"quickly", kAdverb}, {"once", kAdverb},
    {"even", kAdverb}, {"then", kAdverb | kSkipTitle}, {"strongly", kAdverb},
    {"firmly", kAdverb}, {"sharply", kAdverb}, {"immediately", kAdverb},
    {"reluctantly", kAdverb}, {"openly", kAdverb}, {"previously", kAdverb},
    {"subsequently", kAdverb}, {"effectively", kAdverb}, {"unilaterally", kAdverb},
    {"not", kNeg}, {"n't", kNeg}, {"never", kNeg}, {"no", kNeg}, {"neither", kNeg},
    {"plan", kIntent}, {"plans", kIntent}, {"planned", kIntent | kAhead},
    {"planning", kIntent}, {"promise", kIntent}, {"promises", kIntent},
    {"promised", kIntent}, {"pledge", kIntent}, {"pledged", kIntent},
    {"pledges", kIntent}, {"vow", kIntent}, {"vowed", kIntent}, {"vows", kIntent},
    {"expected", kIntent}, {"expect", kIntent}, {"expects", kIntent},
    {"scheduled", kIntent}, {"set", kIntent}, {"due", kIntent}, {"aims", kIntent},
    {"aim", kIntent}, {"aimed", kIntent}, {"aiming", kIntent}, {"intends", kIntent},
    {"intend", kIntent}, {"intended", kIntent}, {"hopes", kIntent}, {"hope", kIntent},
    {"hoped", kIntent}, {"hoping", kIntent}, {"seeks", kIntent}, {"seek", kIntent},
    {"sought", kIntent}, {"seeking", kIntent}, {"wants", kIntent}, {"want", kIntent},
    {"wanted", kIntent}, {"working", kIntent}, {"work", kIntent}, {"worked", kIntent},
    {"offered", kIntent}, {"offers", kIntent}, {"offer", kIntent}, {"agreed", kIntent},
    {"agree", kIntent}, {"agrees", kIntent}, {"prepared", kIntent}, {"ready", kIntent},
    {"willing", kIntent}, {"likely", kIntent}, {"going", kIntent}, {"poised", kIntent},
    {"trying", kIntent}, {"tried", kIntent}, {"try", kIntent}, {"tries", kIntent},
    {"proposed", kIntent}, {"proposes", kIntent}, {"propose", kIntent},
    {"interested", kIntent}, {"keen", kIntent}, {"eager", kIntent},
    {"refused", kRefuse}, {"refuses", kRefuse}, {"refuse", kRefuse},
    {"declined", kRefuse}, {"declines", kRefuse}, {"decline", kRefuse},
    {"failed", kRefuse}, {"fails", kRefuse}, {"fail", kRefuse}, {"denied", kRefuse},
    {"denies", kRefuse}, {"deny", kRefuse}, {"rejected", kRefuse},
    {"which", kRel}, {"who", kRel}, {"whom", kRel}, {"that", kRel},
    {";", kClauseBreak}, {":", kClauseBreak}, {"(", kClauseBreak}, {")", kClauseBreak},
    {"\"", kQuote}, {"-", kClauseBreak}, {",", kComma},
    {"and", kConj}, {"or", kConj},
    {"he", kPronPerson}, {"she", kPronPerson}, {"his", kPronPerson}, {"her", kPronPerson},
    {"him", kPronPerson}, {"it", kPronThing}, {"its", kPronThing},
    {"they", kPronPlural}, {"their", kPronPlural}, {"them", kPronPlural},
    {"countries", kPairNoun}, {"sides", kPairNoun}, {"nations", kPairNoun},
    {"governments", kPairNoun}, {"states", kPairNoun}, {"neighbours", kPairNoun},
    {"neighbors", kPairNoun}, {"parties", kPairNoun}, {"leaders", kPairNoun | kPersonNoun},
    {"presidents", kPairNoun | kPersonNoun}, {"two", kPairQuant}, {"both", kPairQuant},
    {"capital", kCapitalNoun}, {"acting", kSkipTitle}, {"top", kSkipTitle},
    {"senior", kSkipTitle}, {"deputy", kSkipTitle}, {"chief", kSkipTitle},
    {"new", kSkipTitle}, {"outgoing", kSkipTitle}, {"incoming", kSkipTitle},
    {"interim", kSkipTitle}, {"caretaker", kSkipTitle}, {"supreme", kSkipTitle},
    {"then-", kSkipTitle}, {"longtime", kSkipTitle}, {"veteran", kSkipTitle},
    {"vice", kSkipTitle},
    {"former", kFormer}, {"ex", kFormer},
    {"said", kSay}, {"says", kSay}, {"told", kSay}, {"added", kSay}, {"saying", kSay},
    {"ahead", kAhead},
};

bool HasClass(uint32_t cls, uint32_t bits) { return (cls & bits) != 0; }

// "verbs/cameo.dict:2397" from a full path: short enough to print with every event.
std::string RuleOrigin(const std::string& origin) {
  size_t slash = origin.rfind('/');
  if (slash == std::string::npos) return origin;
  size_t parent = origin.rfind('/', slash - 1);
  return origin.substr(parent == std::string::npos ? 0 : parent + 1);
}

// The intent code for a planned, promised or expected event: CAMEO's 03 family mirrors the
// cooperative families; a planned conflict event is a threat (13).
std::string IntentCode(const std::string& code) {
  const std::string root = code.substr(0, 2);
  static const std::unordered_map<std::string, std::string> kExact = {
      {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"071", "0331"},
      {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"081", "0351"}, {"082", "0352"},
      {"084", "0353"}, {"085", "0354"}, {"086", "0355"}, {"087", "0356"}, {"163", "1312"},
      {"161", "1313"}, {"162", "1311"}, {"164", "134"}, {"165", "135"}, {"166", "136"},
  };
  if (auto it = kExact.find(code.substr(0, 3)); it != kExact.end()) return it->second;
  if (root == "04") return "036";
  if (root == "05") return "030";
  if (root == "06") return "031";
  if (root == "07") return "033";
  if (root == "08") return "035";
  if (root == "16") return "131";
  if (root == "17") return "137";
  if (root == "15" || root == "18" || root == "19" || root == "20") return "138";
  return code;  // 01, 02, 03, 09-14 keep their code: a planned statement is a statement
}

// "refused to meet", "declined to release": a refusal is a rejection event of its own (12x),
// of the kind the refused act calls for. Refusing a hostile act is not an event; "" then.
std::string RefusalCode(const std::string& code) {
  static const std::unordered_map<std::string, std::string> kExact = {
      {"081", "1241"}, {"082", "1242"}, {"084", "1243"}, {"085", "1244"}, {"086", "1245"},
      {"087", "1246"}, {"039", "126"}, {"045", "126"}, {"057", "127"}, {"038", "126"},
  };
  if (auto it = kExact.find(code.substr(0, 3)); it != kExact.end()) return it->second;
  const std::string root = code.substr(0, 2);
  if (root == "04" || root == "03") return "125";
  if (root == "05") return "120";
  if (root == "06") return "121";
  if (root == "07") return "122";
  if (root == "08") return "124";
  if (root == "01" || root == "02" || root == "09") return "120";
  return "";
}

}  // namespace

// The current sentence's buffers, kept by each thread from article to article. A SentenceState
// lives for one article, and most articles have a few sentences: allocating these vectors again
// for every article (and growing them to the sentence's size) was a large part of the coder's
// allocations. Each is cleared or refilled before it is read for a sentence.
struct SentenceBuffers {
  std::vector<uint32_t> ids;
  std::vector<uint32_t> cls;
  std::vector<const Token*> toks;
  std::vector<std::string_view> norm;
  std::string norm_arena;
  std::vector<uint16_t> flags;
  // Holds the bits of `ids` (the last sentence loaded) and no others, whatever article that was.
  std::vector<uint64_t> words_present;
  std::vector<text::Pos> pos;
  std::vector<Mention> mentions;
  std::vector<int> mention_at;
  std::vector<int> mention_ending;
  std::vector<bool> in_timex;
  std::vector<uint32_t> passing;
  // The longest phrase of a dictionary starting at a token: its length (0: none) and entry.
  struct PhraseAt {
    uint32_t len = 0;
    uint32_t value = 0;
  };
  // FindMentions': the longest actor and agent phrase at each token. The mention rules ask at
  // the same tokens again and again (whether a mention may start, then while it grows), so the
  // tries are read once a token.
  std::vector<PhraseAt> actor_at, agent_at;
  // MatchPatterns': the best match at each token, the matches, those not covered, the events.
  std::vector<Match> best_at, found, kept, matches;
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
  // A country the story has named: its Ref as named first (for the pronouns that stand for
  // it; ref.code is the country's code) and how often it was named.
  struct NamedCountry {
    Ref ref;
    int count = 0;
  };
  std::vector<NamedCountry> named_countries;  // in first-named order
  // Pairs of countries coded together so far ("IRNUSA", in order), with how often: the
  // story's sides.
  std::vector<std::pair<std::string, int>> story_pairs;
  std::vector<std::string> pairs_this_sentence;
  // The country the story's latest aid went to: "Germany will send tanks to Ukraine ... The
  // United States will also supply 31 Abrams tanks".
  std::string aid_recipient;
  std::vector<std::string> recent_countries;  // most recently named last
  Ref last_group_actor;  // the last armed, separatist or opposition group named
  bool have_group_actor = false;
  std::vector<Ref> last_group;
  Ref last_actor;  // the source of the last event of an earlier sentence
  // Recent acts (not reactions), newest last: who acted, and the first four letters of the
  // words of the pattern that coded it, so that "condemned the test" finds who "tested".
  struct PastAct {
    Ref source;
    std::vector<std::string> stems;
    bool comment = false;  // a statement, praise or criticism: "the accusation" names it, but
                           // it is not the act a bare "the decision" means
    char root[2] = {0, 0};  // its CAMEO root
    text::Date date;
    Ref target;
    bool has_target = false;
    std::string code;  // its CAMEO code
  };
  std::vector<PastAct> past_acts;
  std::vector<PastAct> sentence_acts;  // this sentence's, added to past_acts after it
  bool have_last_actor = false;
  Ref sentence_actor;  // the source of this sentence's last event
  bool have_sentence_actor = false;

  // The current sentence (in the thread's buffers).
  std::vector<uint32_t>& ids = buf.ids;
  std::vector<uint32_t>& cls = buf.cls;
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
  // MatchPatterns' candidates of one anchor that pass the stream's word tests (pattern
  // indices), kept for their capacity.
  std::vector<uint32_t>& passing = buf.passing;
  std::vector<SentenceBuffers::PhraseAt>& actor_at = buf.actor_at;  // token -> longest actor
  std::vector<SentenceBuffers::PhraseAt>& agent_at = buf.agent_at;  // token -> longest agent

  SentenceState(const SentenceCoder& coder, const lexicon::Lexicon& l,
                const SentenceCoder::Words& words, std::string_view t, const text::Date& d,
                const std::string& id, SentenceBuffers* buffers)
      : c(coder), lex(l), w(words), text(t), doc_date(d), doc_id(id), buf(*buffers) {}

  std::string CodeOf(const Ref& r, const text::Date& date) const {
    if (r.person >= 0) {
      std::string code = lex.actors()[r.person].CodeOn(date);
      return code.empty() ? r.code : code;
    }
    return r.code;
  }

  bool HasWord(uint32_t id) const { return (words_present[id >> 6] >> (id & 63)) & 1; }

  void Load(const std::vector<Token>& all, uint32_t b, uint32_t e) {
    // Clear the previous sentence's bits (of this article or an earlier one): cheaper than
    // clearing the whole set. A set of another size is another coder's: made anew.
    const size_t present_words = lex.vocab().size() / 64 + 1;
    if (words_present.size() != present_words) {
      words_present.assign(present_words, 0);
    } else {
      for (uint32_t id : ids) words_present[id >> 6] = 0;
    }
    ids.clear();
    cls.clear();
    toks.clear();
    norm.clear();
    norm_arena.clear();
    size_t total = 0;
    for (uint32_t i = b; i < e; ++i) total += all[i].end - all[i].begin;
    // Normalised forms are written straight into the arena, one after another: a form is
    // never longer than its token, so `total` bytes hold them all, and the arena, sized once,
    // never moves while the views are taken.
    norm_arena.resize(total);
    char* const arena = norm_arena.data();
    size_t used = 0;
    for (uint32_t i = b; i < e; ++i) {
      const Token& t = all[i];
      std::string_view raw = text.substr(t.begin, t.end - t.begin);
      uint32_t id = text::Vocabulary::kUnknown;
      if (text::IsShortAcronym(raw)) id = lex.vocab().Find(raw);
      std::string_view n(arena + used, text::NormalizeInto(raw, arena + used));
      used += n.size();
      if (id == text::Vocabulary::kUnknown) id = lex.vocab().Find(n);
      norm.push_back(n);
      ids.push_back(id);
      cls.push_back(w.Class(id));
      toks.push_back(&t);
      // A hyphen glued to the words on both sides joins them ("U.S.-led"); only a spaced
      // dash breaks a clause.
      // (The offsets first: they rule out nearly every token without a string comparison.)
      if (toks.size() >= 3 && toks[toks.size() - 3]->end == toks[toks.size() - 2]->begin &&
          toks[toks.size() - 2]->end == t.begin && norm[norm.size() - 2] == "-") {
        cls[cls.size() - 2] = 0;
      }
    }
    for (uint32_t id : ids) words_present[id >> 6] |= uint64_t{1} << (id & 63);
    pos.clear();
    if (const text::Tagger* tagger = lex.tagger()) {
      flags.clear();
      for (const Token* t : toks) flags.push_back(t->flags);
      tagger->Tag(ids, norm, flags, &pos);
    }
  }

  uint32_t size() const { return static_cast<uint32_t>(ids.size()); }

  // ---------------------------------------------------------------- mentions
  // The token's code among the words the mention rules test (kNone for any other word).
  MentionWord WordAt(uint32_t q) const { return w.mention_words.Of(ids[q]); }

  void FindMentions() {
    mentions.clear();
    const uint32_t n = size();
    timexes_past = text::FindTimexes(norm, doc_date, false);
    in_timex.assign(n, false);
    for (const auto& t : timexes_past) {
      for (uint32_t q = t.token_begin; q < t.token_end && q < n; ++q) in_timex[q] = true;
    }
    actor_at.resize(n);
    agent_at.resize(n);
    for (uint32_t q = 0; q < n; ++q) {
      SentenceBuffers::PhraseAt actor, agent;
      actor.len = lex.actor_trie().LongestMatch(&ids[q], n - q, &actor.value);
      agent.len = lex.agent_trie().LongestMatch(&ids[q], n - q, &agent.value);
      actor_at[q] = actor;
      agent_at[q] = agent;
    }
    uint32_t i = 0;
    while (i < n) {
      if (!MayStartMention(i)) {
        ++i;
        continue;
      }
      // Made in place, where it is kept if found (TryMention does not read `mentions`).
      Mention& m = mentions.emplace_back();
      if (TryMention(i, &m)) {
        // "U.S.-based cleric Fethullah Gulen": where someone is based is not who they are;
        // the phrase is the actor that follows, modifiers included.
        if (m.e + 1 < n && WordAt(m.e) == MentionWord::kHyphen &&
            WordAt(m.e + 1) == MentionWord::kBased) {
          const uint32_t based_end = m.e;
          mentions.pop_back();
          const uint32_t start = i;
          uint32_t k = based_end + 2;
          while (k < n && k < based_end + 5) {
            Mention head;
            if (TryMention(k, &head)) {
              head.b = start;
              head.ref.begin = toks[start]->begin;
              mentions.push_back(std::move(head));
              break;
            }
            ++k;
          }
          i = mentions.empty() || mentions.back().b != start ? based_end + 2 : mentions.back().e;
          continue;
        }
        i = m.e;
      } else {
        mentions.pop_back();
        ++i;
      }
    }
    // "Thousands of protesters rallied in Yerevan": a bare agent belongs to the one country
    // its sentence names, before the article's topic country.
    std::string only_country;
    int countries_named = 0;
    // (A person or group named in it counts by its code on the story's date: "the RSF and
    // allied militias killed thousands of civilians" is about Sudan's civilians.)
    std::string person_code;
    for (const Mention& m : mentions) {
      if (m.kind != Mention::Kind::kActor || m.ref.inferred_country) continue;
      if (m.ref.person >= 0) person_code = CodeOf(m.ref, doc_date);
      const std::string& code = m.ref.person >= 0 ? person_code : m.ref.code;
      if (!OfACountry(code)) continue;
      // (Nor a former tie: "Doumbouya, a former French legionnaire, said the army ...".)
      if (code.size() == 6 && code.compare(3, 3, "ELI") == 0) continue;
      const std::string_view country = std::string_view(code).substr(0, 3);
      if (country != only_country) {
        ++countries_named;
        only_country = country;
      }
    }
    if (countries_named == 1) {
      for (Mention& m : mentions) {
        // (Not a government title given the dateline's country: "Vice Foreign Minister Ma
        // summoned the U.S. ambassador" in a story from Beijing.)
        if (m.ref.inferred_country &&
            !(m.ref.agent == "GOV" && m.ref.code.compare(0, 3, home_country) == 0)) {
          m.ref.code = only_country + m.ref.agent;
        }
      }
    }
    // "the army and the RSF": a bare agent coordinated with an actor shares its country.
    for (size_t k = 0; k < mentions.size(); ++k) {
      Mention& m = mentions[k];
      if (!m.ref.inferred_country) continue;
      for (int d : {-1, 1}) {
        int o = static_cast<int>(k) + d;
        if (o < 0 || o >= static_cast<int>(mentions.size())) continue;
        const Mention& other = mentions[o];
        uint32_t gap_at = d > 0 ? m.e : other.e;
        uint32_t next = d > 0 ? other.b : m.b;
        if (next != gap_at + 1 || !HasClass(cls[gap_at], kConj)) continue;
        if (other.kind != Mention::Kind::kActor || other.ref.inferred_country) continue;
        std::string c = CodeOf(other.ref, doc_date).substr(0, 3);
        if (c.size() == 3 && lex.CountryEntry(c) >= 0) m.ref.code = c + m.ref.agent;
      }
    }
    // "the National Liberation Army (ELN)": an acronym the dictionaries know, in brackets
    // after the full name they do not, names the whole phrase.
    // (A bare agent word inside the name, "Liberation Army", is part of it.)
    for (size_t k = 0; k < mentions.size(); ++k) {
      Mention& m = mentions[k];
      if (m.b < 2 || m.e >= n || WordAt(m.b - 1) != MentionWord::kOpenBracket ||
          WordAt(m.e) != MentionWord::kCloseBracket) {
        continue;
      }
      size_t absorbed = k;  // mentions [absorbed, k) lie inside the name
      while (absorbed > 0 && mentions[absorbed - 1].ref.inferred_country &&
             mentions[absorbed - 1].e + 4 > m.b) {
        --absorbed;
      }
      const uint32_t floor = absorbed > 0 ? mentions[absorbed - 1].e : 0;
      uint32_t b = m.b - 1;
      while (b > floor && (toks[b - 1]->flags & text::kCapitalized) && cls[b - 1] == 0) --b;
      if (b > floor && HasClass(cls[b - 1], kDet)) --b;
      if (b + 1 >= m.b) continue;  // no name before the bracket
      m.b = b;
      m.e += 1;
      m.ref.begin = toks[b]->begin;
      m.ref.end = toks[m.e - 1]->end;
      size_t first = absorbed;
      while (first < k && mentions[first].b < b) ++first;
      mentions.erase(mentions.begin() + first, mentions.begin() + k);
      k = first;
    }
    mention_at.assign(n, -1);
    mention_ending.assign(n, -1);
    for (size_t k = 0; k < mentions.size(); ++k) {
      Mention& m = mentions[k];
      for (uint32_t t = m.b; t < m.e; ++t) mention_at[t] = static_cast<int>(k);
      mention_ending[m.e - 1] = static_cast<int>(k);
      m.possessor = m.e < n && HasClass(cls[m.e], kPossessive);
      // Prepositional: a preposition right before, possibly across a determiner or a
      // compound's first member ("with China and Iran": Iran is prepositional too).
      int p = static_cast<int>(m.b) - 1;
      while (p >= 0 && HasClass(cls[p], kDet | kPairQuant)) --p;
      if (p >= 0 && HasClass(cls[p], kPrep) && !HasClass(cls[p], kSubordinator | kPossessive)) {
        m.prepositional = true;
        // "thousands of Iraqis", "a group of protesters": the quantity is not the head.
        if (norm[p] == "of" && p > 0 && IsQuantityNoun(norm[p - 1])) m.prepositional = false;
      }
      if (p >= 0 && HasClass(cls[p], kSubordinator) && HasClass(cls[p], kPrep) &&
          p + 1 == static_cast<int>(m.b)) {
        // "after Iran" as a preposition, unless a verb follows: "since Russia invaded".
        const bool clause = !pos.empty() && m.e < n && (text::IsVerb(pos[m.e]) ||
                                                          pos[m.e] == text::Pos::kMD);
        if (!clause) m.prepositional = true;
      }
      // (Not after the comma that closes an opening phrase: "In Ankara, Zelensky accused",
      // "Speaking in Ankara, he accused".)
      if (k > 0 && p >= 0 && HasClass(cls[p], kConj | kComma) &&
          mentions[k - 1].e == static_cast<uint32_t>(p) && mentions[k - 1].prepositional &&
          !(HasClass(cls[p], kComma) && ClosesOpeningPhrase(static_cast<uint32_t>(p)))) {
        m.prepositional = true;
      }
    }
  }

  // Whether the comma at `comma` ends a phrase that opens the sentence with a preposition or
  // a participle and has no finite verb ("In Ankara,", "Speaking in Ankara,").
  bool ClosesOpeningPhrase(uint32_t comma) const {
    if (pos.empty() || comma == 0) return false;
    if (!HasClass(cls[0], kPrep) && pos[0] != text::Pos::kVBG && pos[0] != text::Pos::kVBN) {
      return false;
    }
    for (uint32_t q = 1; q < comma; ++q) {
      if (HasClass(cls[q], kComma) || IsFiniteVerb(q)) return false;
    }
    return true;
  }

  // The country a bare "police" or "the government" belongs to: the country the article has
  // named most so far (its topic); else the one other country it has named, since a story
  // filed from Washington about Sudan's paramilitaries is about Sudan; else the country of
  // its dateline (where it was filed).
  std::string TopicCountry() const {
    const NamedCountry* best = nullptr;
    for (const NamedCountry& c : named_countries) {
      if (!best || c.count > best->count ||
          (c.count == best->count && c.ref.code == home_country)) {
        best = &c;
      }
    }
    if (best && best->count >= 2) return best->ref.code;
    std::string other;
    bool home_named = false;
    for (const NamedCountry& c : named_countries) {
      if (c.ref.code == home_country) {
        home_named = true;
        continue;
      }
      if (!other.empty()) {
        // Several other countries: the dateline's, if the story names it at all ("GENEVA"
        // stories are seldom about Switzerland); else the one named most, first named first.
        return home_named || !best ? home_country : best->ref.code;
      }
      other = c.ref.code;
    }
    return other.empty() ? home_country : other;
  }

  // The tone of what a sentence reports after the byte offset `after` (the verb of saying): +1
  // when its judging words are hopeful, -1 when grim, 0 when neither or mixed.
  int ReportedTone(uint32_t after) const {
    static constexpr std::string_view kGood[] = {
        "safer",    "breakthrough", "historic",   "constructive", "productive", "positive",
        "progress", "milestone",    "hopeful",    "optimistic",   "encouraging", "success",
        "successful", "important", "significant", "turning",     "welcome",    "good",
        "better",   "peace",        "stability",  "cooperation",  "frank",      "fruitful"};
    static constexpr std::string_view kBad[] = {
        "dangerous", "failure",   "failed",   "disaster", "disastrous", "catastrophic",
        "crisis",    "worse",     "threat",   "regrettable", "unacceptable", "pessimistic",
        "deadlock",  "stalled",   "collapse", "escalation",  "grave",        "concern",
        "concerned", "worried",   "war",      "hostile",     "provocation",  "illegal"};
    // (The lengths are compared first, inline: string_view's operator== is a call of its own,
    // and a word is tested against all 48.)
    auto listed = [](std::string_view w, const auto& list) {
      return std::any_of(std::begin(list), std::end(list),
                         [w](std::string_view x) { return x.size() == w.size() && x == w; });
    };
    int good = 0, bad = 0;
    for (uint32_t q = 0; q < size(); ++q) {
      if (toks[q]->begin < after) continue;
      if (listed(norm[q], kGood)) ++good;
      if (listed(norm[q], kBad)) ++bad;
      if (HasClass(cls[q], kNeg)) return 0;  // "would not make it safer": leave it a statement
    }
    if (good > 0 && bad == 0) return 1;
    if (bad > 0 && good == 0) return -1;
    return 0;
  }

  // Whether the verb just before the object starting at `b` takes a purpose infinitive, not
  // one its object carries out: "summoned the ambassador to lodge a protest".
  // Its index, else 0.
  uint32_t IsPurposeVerb(uint32_t b) const {
    static constexpr std::string_view kPurpose[] = {
        "summoned", "summons", "summon", "met", "meets", "meet", "visited", "visits",
        "visit", "hosted", "hosts", "host", "received", "receives", "telephoned", "phoned"};
    uint32_t q = b;
    while (q > 0 && HasClass(cls[q - 1], kDet)) --q;
    const bool purpose = q > 0 && std::find(std::begin(kPurpose), std::end(kPurpose),
                                            norm[q - 1]) != std::end(kPurpose);
    return purpose ? q - 1 : 0;
  }

  // Aid given or pledged: CAMEO 07, and the intents to give it, 033.
  static bool IsAid(const std::string& code) {
    return StartsWith(code, "07") || StartsWith(code, "033");
  }

  static bool StillNamesTheAgent(std::string_view w) {
    static constexpr std::string_view kFacility[] = {
        "response", "operation", "operations", "crackdown", "action", "actions",
        "base",     "bases",    "station",  "stations",     "academy",  "headquarters",
        "post",     "posts",    "barracks", "camp",         "camps",    "convoy",
        "convoys",  "checkpoint", "checkpoints", "patrol",  "patrols",  "vehicle",
        "vehicles", "compound", "building", "buildings",    "outpost",  "outposts",
        "positions", "installation", "installations", "facility", "facilities", "office",
        "offices",  "unit",     "units",    "officers",     "personnel", "chief",
        "chiefs",   "commander", "commanders", "spokesman", "spokeswoman", "spokesperson"};
    return std::find(std::begin(kFacility), std::end(kFacility), w) != std::end(kFacility);
  }

  static bool IsAskWord(std::string_view w) {
    static constexpr std::string_view kAsk[] = {"urge", "urged", "urges", "urging", "ask",
                                                "asked", "asks", "asking", "press", "pressed",
                                                "presses", "pressing", "call", "called", "calls",
                                                "calling", "appeal", "appealed", "appeals",
                                                "encourage", "encouraged", "encourages",
                                                "invite", "invited", "invites", "demand",
                                                "demanded", "demands", "demanding", "told",
                                                "tell", "tells", "insisted", "insists",
                                                "ordered", "order", "orders", "ordering"};
    return std::find(std::begin(kAsk), std::end(kAsk), w) != std::end(kAsk);
  }

  // Whether the infinitive whose "to" is at `to` completes a verb of asking ("urged both sides
  // to", "called on Israel to", "asked Iran to").
  bool IsDirectedInfinitive(uint32_t to) const {
    // (Across a long object: "urged the Sudanese army and the paramilitary Rapid Support
    // Forces to let aid convoys cross".)
    for (uint32_t q = to, steps = 0; q-- > 0 && steps < 14; ++steps) {
      if (IsGapBarrier(q)) return false;
      if (IsAskWord(norm[q])) return true;
      if (!pos.empty() && text::IsVerb(pos[q])) return false;
    }
    return false;
  }

  // Whether the participle at `at` is inside what "accused X of" alleges ("of sending a
  // delegation and of not being serious about ending the war").
  bool IsAlleged(uint32_t at) const {
    for (uint32_t q = at, steps = 0; q-- > 0 && steps < 16; ++steps) {
      if (norm[q].substr(0, 5) == "accus" || norm[q] == "charged") return true;
      if (IsGapBarrier(q) || IsFiniteVerb(q)) return false;
    }
    return false;
  }

  // "demanded that Armenia amend its constitution": a bare verb after "that" and its subject,
  // governed by a demand, is what is asked for, not what happened.
  bool IsDemandedClause(uint32_t group_start, uint32_t anchor) const {
    if (pos.empty() || group_start != anchor || pos[anchor] != text::Pos::kVB) return false;
    int q = static_cast<int>(group_start) - 1;
    if (q >= 0 && mention_ending[q] >= 0) q = static_cast<int>(mentions[mention_ending[q]].b) - 1;
    return q >= 1 && norm[q] == "that" && IsAskWord(norm[q - 1]);
  }

  static bool IsAirForce(std::string_view words) {
    std::string lower(words);
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (std::string_view w : {"warplane", "jets", "jet", "drone", "aircraft", "air force",
                               "bomber", "helicopter"}) {
      size_t at = lower.find(w);
      if (at != std::string::npos &&
          (at + w.size() == lower.size() || !std::isalpha(static_cast<unsigned char>(lower[at + w.size()])) ||
           lower[at + w.size()] == 's')) {
        return true;
      }
    }
    return false;
  }

  static bool IsCountryNoun(MentionWord w) {
    // ("the island", "the republic" are as often the subject's own country.)
    return w == MentionWord::kEmirate || w == MentionWord::kKingdom ||
           w == MentionWord::kSultanate;
  }

  bool IsNominalWord(uint32_t q) const {
    return !pos.empty() && (pos[q] == text::Pos::kNN || pos[q] == text::Pos::kNNS ||
                            pos[q] == text::Pos::kNNP || pos[q] == text::Pos::kNNPS);
  }

  static bool IsStopVerb(std::string_view w) {
    static constexpr std::string_view kStop[] = {
        "halt",   "halts",   "halted",  "halting", "stop",     "stops",     "stopped",
        "end",    "ends",    "ended",   "ending",  "cease",    "ceases",    "ceased",
        "suspend", "suspends", "suspended", "avoid", "prevent", "prevents", "prevented"};
    return std::find(std::begin(kStop), std::end(kStop), w) != std::end(kStop);
  }

  static bool IsQuantityNoun(std::string_view w) {
    return w == "thousands" || w == "hundreds" || w == "dozens" || w == "millions" ||
           w == "tens" || w == "number" || w == "group" || w == "groups" || w == "crowd" ||
           w == "crowds" || w == "scores" || w == "some" || w == "many" || w == "most" ||
           w == "all" || w == "several" || w == "members" || w == "delegation" ||
           w == "team" || w == "unit" || w == "units" || w == "representatives" ||
           w == "leaders" || w == "envoys" || w == "officials" || w == "supporters" ||
           w == "thousand" || w == "hundred";
  }

  // Whether TryMention(i) can find a mention: each of its rules starts with a pronoun, "two"
  // or "both", a title word, one of the words the mention rules test (any MentionWord, a few
  // more than the rules start with: "the", "its", "each" ...), an actor or agent phrase, or an
  // unknown capitalised word before an agent ("Tigrayan forces"). Most words are none of these,
  // and telling so is much cheaper than trying the rules.
  bool MayStartMention(uint32_t i) const {
    if (HasClass(cls[i], kPronPerson | kPronThing | kPronPlural | kPairQuant | kSkipTitle |
                             kFormer) ||
        WordAt(i) != MentionWord::kNone || actor_at[i].len > 0 || agent_at[i].len > 0) {
      return true;
    }
    return i > 0 && i + 1 < size() && cls[i] == 0 && (toks[i]->flags & text::kCapitalized) &&
           (toks[i]->flags & text::kWord) && agent_at[i + 1].len > 0;
  }

  // An actor phrase at `i`: [the] [country|org ['s]] [title words] [agent] [person], or a
  // pronoun, or "the two countries".
  bool TryMention(uint32_t i, Mention* m) {
    const uint32_t n = size();
    uint32_t j = i;
    if (HasClass(cls[j], kDet) && WordAt(j) == MentionWord::kThe) ++j;
    if (j >= n) return false;
    const MentionWord word = WordAt(j);
    // A country by a description of its kind ("the emirate", "the kingdom") or as a
    // neighbour ("its northern neighbour"): another country the story has named.
    // ("the island" only as an object: "the island's people" is as often the subject's own.)
    if (j == i + 1 && (IsCountryNoun(word) ||
                       (word == MentionWord::kIsland &&
                        !(j + 1 < n && HasClass(cls[j + 1], kPossessive)))) &&
        !(j + 1 < n && IsNominalWord(j + 1))) {
      m->other_country = true;
      return Span(i, j + 1, Mention::Kind::kPronThing, m);
    }
    if (j == i + 1 &&
        (word == MentionWord::kGroup || word == MentionWord::kMovement ||
         word == MentionWord::kMilitants) &&
        have_group_actor &&
        !(j + 1 < n && IsNominalWord(j + 1))) {
      m->group = true;
      return Span(i, j + 1, Mention::Kind::kPronThing, m);
    }
    if (j == i && (word == MentionWord::kIts || word == MentionWord::kTheir)) {
      uint32_t k = i + 1;
      if (k < n && !pos.empty() && pos[k] == text::Pos::kJJ) ++k;
      if (k < n && WordAt(k) == MentionWord::kNeighbour) {
        m->other_country = true;
        m->neighbour = true;
        return Span(i, k + 1, Mention::Kind::kPronThing, m);
      }
    }
    // "each other", "one another": the plural subject, which the pronoun rules find.
    if (j == i && i + 1 < n &&
        ((word == MentionWord::kEach && WordAt(i + 1) == MentionWord::kOther) ||
         (word == MentionWord::kOne && WordAt(i + 1) == MentionWord::kAnother))) {
      m->reciprocal = true;
      return Span(i, i + 2, Mention::Kind::kPronPlural, m);
    }
    // Pronouns and pairs.
    if (j == i) {
      uint32_t c0 = cls[i];
      if (HasClass(c0, kPronPerson)) return Single(i, Mention::Kind::kPronPerson, m);
      if (HasClass(c0, kPronThing)) return Single(i, Mention::Kind::kPronThing, m);
      if (HasClass(c0, kPronPlural)) return Single(i, Mention::Kind::kPronPlural, m);
    }
    if (HasClass(cls[j], kPairQuant)) {
      uint32_t k = j + 1;
      if (k < n && HasClass(cls[k], kPairQuant)) ++k;  // "the two"
      if (k < n && HasClass(cls[k], kPairNoun)) return Span(i, k + 1, Mention::Kind::kPair, m);
    }
    std::string country, agent;
    std::vector<std::string> coordinated;
    int person = -1;
    bool any = false, former = false, personlike = false, capital = false;
    bool rival_sides = false;
    uint32_t start = i, end = j;
    // "Tigrayan forces", "Kurdish fighters": a proper adjective the dictionaries do not know,
    // then an armed agent, names a non-state armed group of the article's country.
    bool unknown_group = false;
    if (j + 1 < n && j > 0 && (toks[j]->flags & text::kCapitalized) && cls[j] == 0 &&
        (toks[j]->flags & text::kWord)) {
      if (actor_at[j].len == 0 && agent_at[j + 1].len > 0 &&
          (lex.agents()[agent_at[j + 1].value].code == "MIL" ||
           lex.agents()[agent_at[j + 1].value].code == "REB")) {
        unknown_group = true;
        ++j;
      }
    }
    while (j < n) {
      if (HasClass(cls[j], kSkipTitle | kFormer) && j + 1 < n) {
        if (HasClass(cls[j], kFormer)) former = true;
        ++j;
        continue;
      }
      const uint32_t value = actor_at[j].value;
      const uint32_t len = person < 0 ? actor_at[j].len : 0;
      const uint32_t agent_value = agent_at[j].value;
      const uint32_t agent_len = agent_at[j].len;
      if (len > 0 && len >= agent_len) {
        const ActorEntry& a = lex.actors()[value];
        if (a.kind == ActorEntry::Kind::kPerson) {
          // Only a capitalised name is a person ("Putin", not a common word).
          if (!(toks[j]->flags & text::kCapitalized)) break;
          person = static_cast<int>(value);
          personlike = true;
          j += len;
          // The rest of a full name the dictionary abbreviates ("Sheikh Tamim bin Hamad Al
          // Thani"): following capitalised words that are nothing else.
          for (int extra = 0; extra < 3 && j < n && (toks[j]->flags & text::kCapitalized) &&
                              cls[j] == 0 && (toks[j]->flags & text::kWord);
               ++extra) {
            if (actor_at[j].len > 0) break;
            if (lex.PatternsAt(ids[j])) break;
            ++j;
          }
          // "RSF fighters", "Taliban commanders": a group named like a person, then its
          // members; the group's code stands.
          if (j < n && agent_at[j].len > 0 && !(toks[j]->flags & text::kCapitalized)) {
            j += agent_at[j].len;
          }
          end = j;
          any = true;
          break;
        }
        if (!country.empty()) break;  // a second country starts a new mention
        if (!agent.empty()) break;    // "officials Iran": not one phrase
        country = a.code;
        capital = a.kind == ActorEntry::Kind::kCapital;
        j += len;
        end = j;
        any = true;
        // Coordinated modifiers sharing one noun: "Russian and Ukrainian delegations".
        while (a.kind == ActorEntry::Kind::kAdjective && j + 1 < n &&
               (ids[j] == w.id_and || HasClass(cls[j], kComma))) {
          const SentenceBuffers::PhraseAt next = actor_at[j + 1];
          if (next.len == 0 || lex.actors()[next.value].kind != ActorEntry::Kind::kAdjective) {
            break;
          }
          uint32_t after = j + 1 + next.len;
          bool agent_follows = after < n && (agent_at[after].len > 0 || ids[after] == w.id_and ||
                                             HasClass(cls[after], kComma));
          if (!agent_follows) break;
          coordinated.push_back(lex.actors()[next.value].code);
          j = after;
          end = j;
        }
        if (const uint32_t sides_end = RivalSidesEnd(j); sides_end > j) {
          // "Libya's rival military factions", "Sudanese warring parties": the state and
          // the armed side it fights.
          rival_sides = true;
          j = sides_end;
          end = j;
          break;
        }
        if (j < n && HasClass(cls[j], kPossessive)) {
          // "Iran's president": the possessive joins only when an agent or person follows.
          uint32_t k = j + 1;
          while (k < n && HasClass(cls[k], kSkipTitle)) ++k;
          if (k < n && (agent_at[k].len > 0 ||
                        (actor_at[k].len > 0 &&
                         lex.actors()[actor_at[k].value].kind == ActorEntry::Kind::kPerson))) {
            j = k;
            continue;
          }
          break;
        }
        continue;
      }
      if (agent_len > 0) {
        if (!agent.empty()) break;
        agent = lex.agents()[agent_value].code;
        personlike = personlike || agent == "GOV" || agent == "MIL" || agent == "LEG" ||
                     agent == "JUD" || agent == "OPP";
        j += agent_len;
        end = j;
        any = true;
        // "lower house of parliament", "minister of foreign affairs": an "of"-complement that
        // is itself an agent belongs to the phrase.
        if (j + 1 < n && ids[j] == w.id_of) {
          const uint32_t l2 = agent_at[j + 1].len;
          if (l2 > 0) {
            j += 1 + l2;
            end = j;
          }
        }
        continue;
      }
      if (HasClass(cls[j], kCapitalNoun) && !country.empty()) {
        ++j;  // "the Russian capital": the country itself
        end = j;
        continue;
      }
      break;
    }
    if (!any) return false;
    // "U.N. envoy Stephanie Williams", "Foreign Minister Abdoulaye Diop": a title the
    // dictionaries know, then a name they do not; the name belongs to the phrase, which keeps
    // the title's code.
    if (person < 0 && !agent.empty() && !pos.empty()) {
      uint32_t k = end;
      while (k < n && k < end + 3 && (pos[k] == text::Pos::kNNP) && cls[k] == 0 &&
             (toks[k]->flags & text::kCapitalized)) {
        if (actor_at[k].len > 0) break;
        ++k;
      }
      if (k >= end + 2 || (k == end + 1 && k < n && !(toks[k]->flags & text::kCapitalized))) {
        end = k;
        personlike = true;
      }
    }
    m->b = start;
    m->e = end;
    m->kind = Mention::Kind::kActor;
    Ref& r = m->ref;
    r.person = person;
    r.personlike = personlike;
    if (former && person < 0 && !country.empty()) agent = "ELI";
    if (rival_sides && country.size() == 3) {
      agent = "GOV";
      coordinated.push_back(country + "REB");
    }
    // "Ethnic Armenian separatists" in a story from Baku: the adjective names a people, and
    // separatists or rebels belong to the state they fight, the story's home.
    if (start > 0 && WordAt(start - 1) == MentionWord::kEthnic && country.size() == 3 &&
        person < 0 &&
        (agent == "SEP" || agent == "REB" || agent == "INS")) {
      const std::string home = home_country.empty() ? TopicCountry() : home_country;
      if (!home.empty()) country = home;
    }
    if (!country.empty()) {
      // A country adjective or name with a role: IRN + GOV. Codes that already carry a role
      // (RUSGOV for the Kremlin) or an organisation code keep theirs.
      r.code = country.size() == 3 && !agent.empty() ? country + agent : country;
      r.country = country.size() == 3 && agent.empty();
      r.capital = capital && agent.empty();
    } else if (person < 0) {
      // An agent without a country ("police", "protesters"): the article's home country for
      // domestic roles; a bare "officials" or "troops" is too vague to code.
      static const char* kDomestic[] = {"COP", "OPP", "JUD", "LEG", "CVL", "LAB", "EDU", "CRM",
                                        "BUS", "MED", "HLH", "AGR", "REF", "REB", "GOV",
                                        "MIL", "SPY", "SEP", "INS"};
      bool domestic = false;
      for (const char* d : kDomestic) domestic = domestic || agent == d;
      if (unknown_group) agent = "REB";
      // A bare agent word that modifies a common noun after it ("military activities",
      // "police reform") names no actor; its places, units and own acts do ("an army base",
      // "a police academy": attacked, they are the army and the police; "defended the police
      // response" defends the police).
      // (An agent word the tagger reads as an adjective, "their military and economic
      // cooperation", modifies too.)
      if (!pos.empty() && end == start + 1 && pos[start] == text::Pos::kJJ) return false;
      if (end < size() && !pos.empty() && (pos[end] == text::Pos::kNN || pos[end] == text::Pos::kNNS) &&
          !(toks[end]->flags & text::kCapitalized) && !StillNamesTheAgent(norm[end])) {
        if (agent_at[end].len == 0 && actor_at[end].len == 0) {
          return false;
        }
      }
      const std::string leader = LeadingCountry(start, end);
      if (agent == "REF") {
        // Refugees and migrants are most often foreigners where they are: no country given.
        r.code = agent;
      } else if (!leader.empty()) {
        // "Saudi-led forces", "Iranian-backed militias": the country that leads them. (Taken
        // for an unknown group's name, the agent became REB: forces led by a state are its
        // military.)
        r.code = leader + (unknown_group && agent == "REB" ? std::string("MIL") : agent);
      } else {
        std::string home = TopicCountry();
        // A government title with no country ("Vice Foreign Minister Ma Zhaoxu", "the
        // ministry") in a story filed from a capital the story names is that country's: the
        // correspondent reports its officials.
        if (agent == "GOV" && !home_country.empty() && home != home_country &&
            std::any_of(named_countries.begin(), named_countries.end(),
                        [&](const NamedCountry& c) { return c.ref.code == home_country; })) {
          home = home_country;
        }
        if (!domestic || home.empty()) return false;
        r.code = home + agent;
        r.inferred_country = true;
        r.agent = agent;
      }
    }
    r.begin = toks[start]->begin;
    r.end = toks[end - 1]->end;
    if (person < 0 && r.code.empty()) return false;
    for (const std::string& c : coordinated) {
      Ref other = r;
      other.person = -1;
      other.code = c.size() == 3 && !agent.empty() ? c + agent : c;
      other.country = agent.empty();
      m->coordinated.push_back(other);
    }
    // A lone agent noun that is not capitalised and has no country ("officials") is too vague
    // to be an actor unless it names a well-defined body (police, army, rebels): keep it.
    return true;
  }

  // The end of "'s rival military factions" / "warring parties" after a country at `j`, or
  // `j` when none follows.
  uint32_t RivalSidesEnd(uint32_t j) const {
    const uint32_t n = size();
    uint32_t k = j;
    if (k < n && HasClass(cls[k], kPossessive)) ++k;
    if (k >= n || (WordAt(k) != MentionWord::kRival && WordAt(k) != MentionWord::kWarring)) {
      return j;
    }
    ++k;
    if (k < n) {
      const MentionWord kind = WordAt(k);
      if (kind == MentionWord::kMilitary || kind == MentionWord::kPolitical ||
          kind == MentionWord::kArmed) {
        ++k;
      }
    }
    if (k < n) {
      const MentionWord sides = WordAt(k);
      if (sides == MentionWord::kFactions || sides == MentionWord::kParties ||
          sides == MentionWord::kSides || sides == MentionWord::kGovernments ||
          sides == MentionWord::kAdministrations || sides == MentionWord::kCamps) {
        return k + 1;
      }
    }
    return j;
  }

  bool Span(uint32_t b, uint32_t e, Mention::Kind kind, Mention* m) {
    m->b = b;
    m->e = e;
    m->kind = kind;
    return true;
  }
  bool Single(uint32_t i, Mention::Kind kind, Mention* m) { return Span(i, i + 1, kind, m); }

  // ---------------------------------------------------------------- discourse
  // The sentence's latest antecedents of each kind (in its mentions), copied to the discourse
  // memory once the sentence is read rather than at each mention.
  struct Antecedents {
    const Ref* person = nullptr;
    const Ref* thing = nullptr;
    const Ref* group_actor = nullptr;  // an armed, separatist or opposition group
  };

  void Remember(const Ref& r, bool group, Antecedents* latest) {
    // A person's code on the story's date, looked up once for the two uses below.
    std::string person_code;
    if (r.person >= 0) person_code = CodeOf(r, doc_date);
    const std::string& code = r.person >= 0 ? person_code : r.code;
    // "the group" stands for an armed, separatist, opposition or radical group.
    if (group && (IsInsurgent(code) || Is(RoleOf(code), "RAD"))) latest->group_actor = &r;
    if (r.personlike) latest->person = &r;
    if (r.country || (!r.personlike && r.person < 0)) latest->thing = &r;
    // A bare agent given the topic country is no evidence of the topic.
    if (r.inferred_country) return;
    const std::string_view country = std::string_view(code).substr(0, 3);
    if (country.size() != 3 || lex.CountryEntry(country) < 0) return;
    // The country becomes the most recent (it is in the list at most once).
    auto named = std::find(recent_countries.begin(), recent_countries.end(), country);
    if (named == recent_countries.end()) {
      // (Room for a story's countries, made once: grown a country at a time, the list moved
      // its strings at each doubling.)
      if (recent_countries.capacity() == 0) recent_countries.reserve(8);
      recent_countries.emplace_back(country);
    } else {
      std::rotate(named, named + 1, recent_countries.end());
    }
    auto it = std::find_if(named_countries.begin(), named_countries.end(),
                           [&](const NamedCountry& c) { return c.ref.code == country; });
    if (it != named_countries.end()) {
      ++it->count;
      return;
    }
    // A country first named: its Ref, for the pronouns that stand for it.
    if (named_countries.capacity() == 0) named_countries.reserve(8);
    NamedCountry& named_first = named_countries.emplace_back();
    named_first.count = 1;
    Ref& cr = named_first.ref;
    cr.code = country;
    cr.country = true;
    cr.begin = r.begin;
    cr.end = r.end;
  }

  // The Ref of a country the story has named (as named first), or nullptr. (A story names a
  // few countries: a look through them costs less than hashing.)
  const Ref* CountryRef(std::string_view code) const {
    for (const NamedCountry& c : named_countries) {
      if (c.ref.code == code) return &c.ref;
    }
    return nullptr;
  }

  // Resolves pronouns and pairs of the sentence, in order, so that "his" can refer to the
  // sentence's own subject.
  void ResolveMentions() {
    // The sentence's first subjects, a person and a thing, before the mention resolved (its
    // actor mentions do not change here).
    const Ref* first_person = nullptr;
    const Ref* first_thing = nullptr;
    for (size_t k = 0; k < mentions.size(); ++k) {
      Mention& m = mentions[k];
      if (m.kind == Mention::Kind::kActor) {
        if (!m.prepositional) {
          const Ref*& first = m.ref.personlike ? first_person : first_thing;
          if (!first) first = &m.ref;
        }
        continue;
      }
      m.referents.clear();
      Ref self;
      self.begin = toks[m.b]->begin;
      self.end = toks[m.e - 1]->end;
      auto with_text = [&](Ref r) {
        r.begin = self.begin;
        r.end = self.end;
        return r;
      };
      switch (m.kind) {
        case Mention::Kind::kPronPerson:
          // "Pelosi and her immediate family": the person just named.
          if (m.b >= 2 && ids[m.b - 1] == w.id_and && k > 0 && mentions[k - 1].e == m.b - 1 &&
              mentions[k - 1].kind == Mention::Kind::kActor && mentions[k - 1].ref.personlike) {
            m.referents.push_back(with_text(mentions[k - 1].ref));
            break;
          }
          if (first_person) m.referents.push_back(with_text(*first_person));
          else if (have_person) m.referents.push_back(with_text(last_person));
          break;
        case Mention::Kind::kPronThing:
          if (m.group) {
            m.referents.push_back(with_text(last_group_actor));
            break;
          }
          if (m.other_country) {
            // The latest country named that is not this sentence's subject's.
            std::string subject;
            if (first_thing) subject = CodeOf(*first_thing, doc_date);
            else if (first_person) subject = CodeOf(*first_person, doc_date);
            subject = subject.substr(0, 3);
            if (m.neighbour) {
              const NamedCountry* best = nullptr;
              for (const NamedCountry& c : named_countries) {
                if (c.ref.code != subject && (!best || c.count > best->count)) best = &c;
              }
              if (best) m.referents.push_back(with_text(best->ref));
              break;
            }
            // A country named earlier in this sentence first ("drills around Taiwan after
            // Pelosi visited the island"), then the latest of the story.
            bool here = false;
            for (size_t j = k; j-- > 0 && !here;) {
              const Mention& o = mentions[j];
              if (o.kind != Mention::Kind::kActor || !o.ref.country) continue;
              const std::string c3 = CodeOf(o.ref, doc_date).substr(0, 3);
              if (c3 == subject || lex.CountryEntry(c3) < 0) continue;
              m.referents.push_back(with_text(o.ref));
              here = true;
            }
            if (here) break;
            for (auto it = recent_countries.rbegin(); it != recent_countries.rend(); ++it) {
              if (*it == subject) continue;
              if (const Ref* named = CountryRef(*it)) m.referents.push_back(with_text(*named));
              break;
            }
            break;
          }
          if (first_thing) m.referents.push_back(with_text(*first_thing));
          else if (have_thing) m.referents.push_back(with_text(last_thing));
          break;
        case Mention::Kind::kPronPlural:
        case Mention::Kind::kPair: {
          // "Britain, France and Germany said that they regretted": a list earlier in the
          // sentence, as its subject, comes first.
          if (m.kind == Mention::Kind::kPronPlural) {
            std::vector<Ref> here;
            for (size_t j = 0; j < k && here.size() < 2; ++j) {
              if (mentions[j].kind == Mention::Kind::kActor && !mentions[j].prepositional) {
                here = Group(static_cast<int>(j), false);
              }
            }
            if (here.size() >= 2) {
              for (const Ref& r : here) m.referents.push_back(with_text(r));
              break;
            }
          }
          if (m.kind == Mention::Kind::kPair && m.b > 0 && norm[m.b - 1] == "between") {
            // "Beijing suspended cooperation with Washington and cancelled talks between the
            // two countries' commanders": the two countries the sentence has just named, apart
            // ("The United States and China urged both countries" names others). Only after
            // "between": what one does to "both countries" ("the United States, which imposed
            // sanctions against both countries") is done to two others.
            std::vector<Ref> here;
            bool more = false;
            for (size_t j = 0; j < k; ++j) {
              const Mention& o = mentions[j];
              // (Every actor's country counts: "Raisi said ... to the United States, which has
              // imposed sanctions against both countries" names three.)
              if (o.kind != Mention::Kind::kActor || !OfACountry(CodeOf(o.ref, doc_date))) {
                continue;
              }
              if (GroupSize(static_cast<int>(j), false) >= 2) {
                more = true;
                break;
              }
              const std::string c = CodeOf(o.ref, doc_date).substr(0, 3);
              if (std::any_of(here.begin(), here.end(), [&](const Ref& r) {
                    return CodeOf(r, doc_date).compare(0, 3, c) == 0;
                  })) {
                continue;
              }
              if (here.size() == 2) more = true;
              else here.push_back(o.ref);
            }
            if (here.size() == 2 && !more) {
              for (const Ref& r : here) m.referents.push_back(with_text(r));
              break;
            }
          }
          if (m.kind == Mention::Kind::kPronPlural && last_group.size() >= 2) {
            for (const Ref& r : last_group) m.referents.push_back(with_text(r));
            break;
          }
          if (last_country_pair.size() == 2 &&
              !(last_group.size() >= 2 && last_group_sentence > last_country_pair_sentence)) {
            for (const Ref& r : last_country_pair) m.referents.push_back(with_text(r));
            break;
          }
          if (last_group.size() >= 2 && last_country_pair.size() < 2 &&
              m.kind == Mention::Kind::kPair) {
            for (const Ref& r : last_group) m.referents.push_back(with_text(r));
            break;
          }
          if (last_group.size() >= 2 && last_group_sentence > last_country_pair_sentence) {
            for (const Ref& r : last_group) m.referents.push_back(with_text(r));
            break;
          }
          // The two countries the article has named most.
          std::vector<const NamedCountry*> top;
          top.reserve(named_countries.size());
          for (const NamedCountry& c : named_countries) top.push_back(&c);
          std::stable_sort(top.begin(), top.end(),
                           [](const NamedCountry* a, const NamedCountry* b) {
                             return a->count > b->count;
                           });
          if (top.size() >= 2) {
            m.referents.push_back(with_text(top[0]->ref));
            m.referents.push_back(with_text(top[1]->ref));
          } else if (last_group.size() >= 2) {
            for (const Ref& r : last_group) m.referents.push_back(with_text(r));
          }
          break;
        }
        case Mention::Kind::kActor:
          break;
      }
      // "the two countries", "both nations": the countries themselves, whoever named them.
      if (m.kind == Mention::Kind::kPair && m.e > m.b &&
          (norm[m.e - 1] == "countries" || norm[m.e - 1] == "nations")) {
        for (Ref& r : m.referents) {
          const std::string c = CodeOf(r, doc_date);
          if (!OfACountry(c)) continue;
          r.code = c.substr(0, 3);
          r.person = -1;
          r.country = true;
        }
      }
      // "the two leaders", "both governments": the countries' governments, when the pair was
      // named as countries.
      if (m.kind == Mention::Kind::kPair && m.e > m.b &&
          (norm[m.e - 1] == "leaders" || norm[m.e - 1] == "governments")) {
        for (Ref& r : m.referents) {
          const std::string c = CodeOf(r, doc_date);
          if (c.size() != 3 || !OfACountry(c)) continue;
          r.code = c + "GOV";
          r.person = -1;
          r.country = false;
        }
      }
    }
    // "killed three Serb gunmen after the gunmen shot dead a police officer": a definite bare
    // agent is the one of its kind the sentence named before.
    for (size_t k = 1; k < mentions.size(); ++k) {
      Mention& m = mentions[k];
      if (!m.ref.inferred_country ||
          !(norm[m.b] == "the" || (m.b > 0 && norm[m.b - 1] == "the"))) {
        continue;
      }
      for (size_t j = k; j-- > 0;) {
        const Mention& o = mentions[j];
        if (o.kind != Mention::Kind::kActor || o.ref.inferred_country || o.ref.person >= 0 ||
            o.ref.code.size() != 3 + m.ref.agent.size() ||
            o.ref.code.compare(3, std::string::npos, m.ref.agent) != 0 ||
            norm[o.e - 1] != norm[m.e - 1]) {
          continue;
        }
        m.ref.code = o.ref.code;
        break;
      }
    }
    // "military commanders from both sides": the agent of each side, together.
    for (size_t k = 0; k + 1 < mentions.size(); ++k) {
      Mention& m = mentions[k];
      const Mention& pair = mentions[k + 1];
      if (!m.ref.inferred_country || pair.kind != Mention::Kind::kPair ||
          pair.referents.size() != 2 || pair.b != m.e + 1 ||
          !(norm[m.e] == "from" || norm[m.e] == "of")) {
        continue;
      }
      const std::string a = CodeOf(pair.referents[0], doc_date);
      const std::string b = CodeOf(pair.referents[1], doc_date);
      if (a.size() < 3 || b.size() < 3 || a.compare(0, 3, b, 0, 3) == 0) continue;
      m.ref.code = a.substr(0, 3) + m.ref.agent;
      Ref other = m.ref;
      other.code = b.substr(0, 3) + m.ref.agent;
      m.coordinated = {other};
    }
    // "its forces", "their police": a bare agent owned by a pronoun belongs to the pronoun's
    // country, not to the story's.
    for (size_t k = 0; k + 1 < mentions.size(); ++k) {
      const Mention& owner = mentions[k];
      Mention& agent = mentions[k + 1];
      if (owner.kind == Mention::Kind::kActor || owner.kind == Mention::Kind::kPair ||
          owner.referents.size() != 1 || agent.b != owner.e || !agent.ref.inferred_country ||
          pos.empty() || pos[owner.b] != text::Pos::kPRPS) {
        continue;
      }
      const std::string c = CodeOf(owner.referents[0], doc_date);
      if (OfACountry(c)) {
        agent.ref.code = c.substr(0, 3) + agent.ref.agent;
      }
    }
  }

  void UpdateDiscourse() {
    ++sentence_number;
    constexpr size_t kActsKept = 24;
    // Room for the acts kept and a sentence's more, made once an article: grown from empty an
    // act at a time, the vector moved its acts again at each doubling.
    if (past_acts.capacity() == 0 && !sentence_acts.empty()) past_acts.reserve(kActsKept + 8);
    for (PastAct& a : sentence_acts) past_acts.push_back(std::move(a));
    sentence_acts.clear();
    pairs_this_sentence.clear();
    // The story's first acts stay: they are its news, what later reactions are mostly about.
    constexpr size_t kLeadActs = 4;
    if (past_acts.size() > kActsKept) {
      past_acts.erase(past_acts.begin() + kLeadActs,
                      past_acts.end() - (kActsKept - kLeadActs));
    }
    if (have_sentence_actor) {
      last_actor = sentence_actor;
      have_last_actor = true;
      have_sentence_actor = false;
    }
    for (size_t k = 0; k < mentions.size(); ++k) {
      if (mentions[k].kind != Mention::Kind::kActor) continue;
      // (The members found once, for the size and then the referents.)
      const GroupMembers members = MembersOf(static_cast<int>(k));
      const size_t referent_count = CountReferents(members);
      if (referent_count >= 2) {
        last_group = ReferentsOf(members, referent_count);
        last_group_sentence = sentence_number;
        std::vector<Ref> countries;
        for (const Ref& r : last_group) {
          if (r.country) countries.push_back(r);
        }
        if (countries.size() == 2 && countries[0].code != countries[1].code) {
          last_country_pair = countries;
          last_country_pair_sentence = sentence_number;
        }
        break;
      }
    }
    // Subjects (non-prepositional actor mentions) become the antecedents of later pronouns;
    // every country counts toward "the two countries".
    Antecedents latest;
    for (const Mention& m : mentions) {
      if (m.kind != Mention::Kind::kActor) continue;
      // ("al-Qaeda's affiliate": a possessor is not the group the story follows.)
      if (!m.prepositional || m.ref.country) Remember(m.ref, /*group=*/!m.possessor, &latest);
    }
    // Restore the subject as the most salient: the first non-prepositional mention.
    for (const Mention& m : mentions) {
      if (m.kind == Mention::Kind::kActor && !m.prepositional) {
        if (m.ref.personlike) {
          latest.person = &m.ref;
        } else if (m.ref.country || m.ref.person < 0) {
          latest.thing = &m.ref;
        }
        break;
      }
    }
    if (latest.group_actor) {
      last_group_actor = *latest.group_actor;
      have_group_actor = true;
    }
    if (latest.person) {
      last_person = *latest.person;
      have_person = true;
    }
    if (latest.thing) {
      last_thing = *latest.thing;
      have_thing = true;
    }
  }

  // The referents of mention k: itself, or what a pronoun or pair stands for.
  size_t ReferentCount(int k) const {
    const Mention& m = mentions[k];
    return m.kind != Mention::Kind::kActor ? m.referents.size() : 1 + m.coordinated.size();
  }
  void AppendReferents(int k, std::vector<Ref>* out) const {
    const Mention& m = mentions[k];
    if (m.kind != Mention::Kind::kActor) {
      out->insert(out->end(), m.referents.begin(), m.referents.end());
      return;
    }
    out->push_back(m.ref);
    out->insert(out->end(), m.coordinated.begin(), m.coordinated.end());
  }

  // Mention k and the members of a compound it heads or closes ("China and Iran").
  // Where mention b really starts after a conjunction at `after`: a determiner and modifiers
  // the dictionaries do not know may stand before its words ("and the Saudi-backed
  // government").
  bool StartsRightAfter(uint32_t after, const Mention& b) const {
    uint32_t q = after + 1;
    if (q < b.b && HasClass(cls[q], kDet)) ++q;
    for (int mod = 0; mod < 2 && q < b.b && !pos.empty() &&
                      (pos[q] == text::Pos::kJJ || pos[q] == text::Pos::kVBN ||
                       norm[q].find('-') != std::string_view::npos);
         ++mod) {
      ++q;
    }
    return q == b.b;
  }

  // The mentions a group gathers, first to last: they are consecutive.
  struct GroupMembers {
    int first = 0, last = 0;
  };

  // Mention k and the members of the compound it heads or closes, as Group gathers them:
  // found without copying a Ref, so that asking only how large a group is stays cheap.
  GroupMembers MembersOf(int k, bool backward = true) const {
    // "seven Latin American countries, including Argentina and Peru": the members named.
    for (;;) {
      uint32_t comma = mentions[k].e;
      if (comma < size() && HasClass(cls[comma], kPairNoun)) ++comma;  // "... countries,"
      if (comma + 2 < size() && HasClass(cls[comma], kComma) &&
          (WordAt(comma + 1) == MentionWord::kIncluding ||
           WordAt(comma + 1) == MentionWord::kNotably) &&
          k + 1 < static_cast<int>(mentions.size()) && mentions[k + 1].b == comma + 2) {
        ++k;
        backward = false;
        continue;
      }
      break;
    }
    GroupMembers g{k, k};
    // Members after: k, [","] "and" k+1 ...
    while (g.last + 1 < static_cast<int>(mentions.size())) {
      const Mention& a = mentions[g.last];
      const Mention& b = mentions[g.last + 1];
      if (a.e >= size() || !HasClass(cls[a.e], kConj | kComma) ||
          !(b.b == a.e + 1 || (HasClass(cls[a.e], kConj) && StartsRightAfter(a.e, b)))) {
        break;
      }
      if (HasClass(cls[a.e], kComma) && !(b.e < size() && HasClass(cls[b.e], kConj | kComma))) {
        break;  // "X, Y said": an appositive, not a list
      }
      ++g.last;
    }
    // Members before: ... k-1 "and" k
    bool listed = false;  // an "and" seen: earlier members may be joined by commas
    while (backward && g.first > 0) {
      const Mention& a = mentions[g.first - 1];
      const Mention& b = mentions[g.first];
      if (a.e >= size() ||
          !(b.b == a.e + 1 || (HasClass(cls[a.e], kConj) && StartsRightAfter(a.e, b)))) {
        break;
      }
      if (HasClass(cls[a.e], kConj)) {
        listed = true;
      } else if (!(listed && HasClass(cls[a.e], kComma))) {
        break;
      }
      --g.first;
    }
    return g;
  }

  // How many referents the members stand for.
  size_t CountReferents(const GroupMembers& g) const {
    size_t count = 0;
    for (int q = g.first; q <= g.last; ++q) count += ReferentCount(q);
    return count;
  }

  // The members' referents, first to last; `count` is CountReferents(g), asked of the caller
  // that has it already so that the vector is made at its size.
  std::vector<Ref> ReferentsOf(const GroupMembers& g, size_t count) const {
    std::vector<Ref> out;
    out.reserve(count);
    for (int q = g.first; q <= g.last; ++q) AppendReferents(q, &out);
    return out;
  }

  // How many referents Group(k, backward) would return.
  size_t GroupSize(int k, bool backward = true) const {
    return CountReferents(MembersOf(k, backward));
  }

  std::vector<Ref> Group(int k, bool backward = true) const {
    const GroupMembers g = MembersOf(k, backward);
    return ReferentsOf(g, CountReferents(g));
  }

  // ---------------------------------------------------------------- patterns
  bool MatchWordAt(const PatternItem& it, uint32_t pos) const {
    return pos < size() && std::find(it.ids.begin(), it.ids.end(), ids[pos]) != it.ids.end();
  }

  // Length of a synset member at pos, or 0.
  uint32_t MatchSynsetAt(const PatternItem& it, uint32_t pos) const {
    // No member can start here: the common case, without walking the members.
    if (pos >= size() || !lex.SynsetMayStartWith(it.synset, ids[pos])) return 0;
    for (const auto& member : lex.synsets()[it.synset]) {
      if (pos + member.size() > size()) continue;
      bool ok = true;
      for (size_t k = 0; k < member.size() && ok; ++k) ok = ids[pos + k] == member[k];
      if (ok) return static_cast<uint32_t>(member.size());
    }
    return 0;
  }

  // False when `it` certainly does not match at pos (a word or synset that is not there).
  bool MayStartAt(const PatternItem& it, uint32_t pos) const {
    switch (it.kind) {
      case PatternItem::Kind::kWord:
        return MatchWordAt(it, pos);
      case PatternItem::Kind::kSynset:
        return pos < size() && lex.SynsetMayStartWith(it.synset, ids[pos]);
      default:
        return true;
    }
  }

  bool IsGapBarrier(uint32_t pos) const {
    return HasClass(cls[pos], kClauseBreak | kComma | kRel | kQuote) || norm[pos] == "." ||
           norm[pos] == "but";
  }

  // Forward matching of items [k, end) from token pos.
  bool MatchForward(const VerbPattern& p, size_t k, uint32_t pos, Match* m) const {
    if (k == p.items.size()) {
      m->e = pos;
      return true;
    }
    const PatternItem& it = p.items[k];
    switch (it.kind) {
      case PatternItem::Kind::kWord:
        return MatchWordAt(it, pos) && MatchForward(p, k + 1, pos + 1, m);
      case PatternItem::Kind::kSynset: {
        uint32_t len = MatchSynsetAt(it, pos);
        return len > 0 && MatchForward(p, k + 1, pos + len, m);
      }
      case PatternItem::Kind::kGap:
        for (uint32_t g = 0, limit = 8; g <= limit && pos + g <= size(); ++g) {
          if (g > 0 && IsGapBarrier(pos + g - 1)) {
            // "extradited drug lord Joaquin Guzman, known as El Chapo, to the United States":
            // a gap may step over an appositive between two commas.
            const uint32_t close = AppositiveEnd(pos + g - 1);
            if (close == 0) break;
            limit += close - (pos + g - 1);
            g = close - pos + 1;
            if (g > limit || pos + g > size()) break;
          }
          // The item after the gap, when a word or a synset, is tested here first: most
          // places fail it, and a call to find that out cost more than the test.
          if (k + 1 < p.items.size() && !MayStartAt(p.items[k + 1], pos + g)) continue;
          if (MatchForward(p, k + 1, pos + g, m)) return true;
        }
        return false;
      case PatternItem::Kind::kTarget:
      case PatternItem::Kind::kSource: {
        // An actor phrase here, after at most two modifiers ("against the harsh ...").
        for (uint32_t skip = 0; skip <= 2 && pos + skip < size(); ++skip) {
          int mk = mention_at[pos + skip];
          if (mk >= 0 && mentions[mk].b == pos + skip) {
            // "as the war entered its second year": a possessive determiner owns the thing
            // named after it; that thing is no actor, unless it is shared with one ("near
            // its border with Ukraine").
            if (OwnsAThing(mentions[mk])) {
              mk = SharedWith(pos + skip + 1);
              if (mk < 0) return false;
            }
            int& slot = it.kind == PatternItem::Kind::kTarget ? m->target : m->source;
            int saved = slot;
            slot = mk;
            if (MatchForward(p, k + 1, mentions[mk].e, m)) return true;
            slot = saved;
            break;
          }
          if (cls[pos + skip] != 0 && !HasClass(cls[pos + skip], kDet | kPairQuant)) break;
          if (!(toks[pos + skip]->flags & text::kWord)) break;
        }
        return false;
      }
    }
    return false;
  }

  // Backward matching of items [0, k) ending just before token pos (exclusive).
  bool MatchBackward(const VerbPattern& p, int k, int pos, Match* m) const {
    if (k < 0) {
      m->b = static_cast<uint32_t>(pos + 1);
      return true;
    }
    const PatternItem& it = p.items[k];
    switch (it.kind) {
      case PatternItem::Kind::kWord:
        return pos >= 0 && MatchWordAt(it, pos) && MatchBackward(p, k - 1, pos - 1, m);
      case PatternItem::Kind::kSynset:
        for (uint32_t len = 1; len <= 4 && pos + 1 >= static_cast<int>(len); ++len) {
          if (MatchSynsetAt(it, pos + 1 - len) == len &&
              MatchBackward(p, k - 1, pos - static_cast<int>(len), m)) {
            return true;
          }
        }
        return false;
      case PatternItem::Kind::kGap:
        for (int g = 0; g <= 8 && pos - g >= -1; ++g) {
          if (g > 0 && IsGapBarrier(pos - g + 1)) break;
          if (MatchBackward(p, k - 1, pos - g, m)) return true;
        }
        return false;
      case PatternItem::Kind::kTarget:
      case PatternItem::Kind::kSource: {
        // The actor phrase, possessive, or its modifier ends here ("Iran's", "US sanctions",
        // "the Houthi strike"), across at most two adjectives.
        int q = pos;
        for (int skip = 0; skip <= 2 && q >= 0; ++skip) {
          if (HasClass(cls[q], kPossessive)) --q;
          if (q < 0) break;
          int mk = mention_ending[q];
          if (mk >= 0) {
            int& slot = it.kind == PatternItem::Kind::kTarget ? m->target : m->source;
            int saved = slot;
            slot = mk;
            if (MatchBackward(p, k - 1, static_cast<int>(mentions[mk].b) - 1, m)) return true;
            slot = saved;
            return false;
          }
          if (cls[q] != 0 || !(toks[q]->flags & text::kWord) ||
              (toks[q]->flags & text::kCapitalized)) {
            break;
          }
          --q;
        }
        return false;
      }
    }
    return false;
  }

  // Whether the word at i is used as a noun: after a determiner or possessive ("a meeting",
  // "his visit", "Iran's purchase"), or, in its base form, after a lower-case word that is not
  // a function word ("natural gas").
  // "-ed" and "-ing" forms: participles, whatever their tag.
  static bool IsParticipleForm(std::string_view w) {
    return w.size() > 3 && (w.substr(w.size() - 2) == "ed" || w.substr(w.size() - 3) == "ing");
  }

  bool IsNominal(uint32_t i) const {
    // "killed a general in fighting on the border": a gerund after "in", "during" or "amid" is
    // the name of an activity, not a verb with a subject.
    if (i > 0 && !pos.empty() && pos[i] == text::Pos::kVBG &&
        (norm[i - 1] == "in" || norm[i - 1] == "during" || norm[i - 1] == "amid") &&
        !(i > 1 && HasClass(cls[i - 2], kIntent))) {  // but "interested in buying"
      return true;
    }
    if (!pos.empty()) {
      text::Pos p = pos[i];
      if (text::IsVerb(p)) return false;
      if (text::IsNoun(p)) return true;
      // An adjective reading of a participle ("levelled", "planned") still names the action.
      if (p == text::Pos::kJJ && !IsParticipleForm(norm[i])) return true;
    }
    if (i == 0) return false;
    uint32_t prev = cls[i - 1];
    if (HasClass(prev, kDet | kPossessive | kAhead)) return true;
    std::string_view pw = norm[i - 1];
    if (pw == "his" || pw == "its" || pw == "their" || pw == "her" || pw == "our") return true;
    std::string_view w = norm[i];
    bool inflected = IsParticipleForm(w) || (w.size() > 3 && w.back() == 's');
    if (!inflected && prev == 0 && mention_at[i - 1] < 0 && (toks[i - 1]->flags & text::kWord) &&
        !(toks[i - 1]->flags & text::kCapitalized)) {
      return true;
    }
    return false;
  }

  // Adds to `passing` the candidates of the group at `group` (its key is in the sentence)
  // whose other required words are in the sentence too.
  void AddPassingOfGroup(const uint32_t* group, bool nominal) const {
    const uint32_t keys = group[0];
    const uint32_t* at = group + keys + 2;
    const uint32_t* const group_end = at + group[keys + 1];
    while (at < group_end) {
      // One candidate: [pattern, verbal | (words << 1), items...] (see lexicon.h).
      const uint32_t pattern = at[0];
      const bool verbal = at[1] & 1;
      const uint32_t* const next = at + 2 + (at[1] >> 1);
      at += 2;
      // "a meeting", "natural gas": a verb pattern does not fire on a noun; the dictionary's
      // noun patterns ("meeting with +") code the event nouns. Such a candidate's words are
      // not read.
      bool possible = !(verbal && nominal);
      // Every literal word of the pattern must be in the sentence, in one of its forms: the
      // first item missing rules the candidate out, and the rest are stepped over.
      while (possible && at < next) {
        const uint32_t forms = at[0];
        bool any = false;
        for (uint32_t f = 1; f <= forms && !any; ++f) any = HasWord(at[f]);
        possible = any;
        at += forms + 1;
      }
      at = next;
      if (!possible) continue;
      // Its record is read below, after the stream: a cache miss, started now.
      const VerbPattern& p = lex.patterns()[pattern];
      __builtin_prefetch(&p);
      __builtin_prefetch(reinterpret_cast<const char*>(&p) + 64);
      passing.push_back(pattern);
    }
  }

  // The sentence's events' matches, in the thread's buffer (valid until the next sentence).
  const std::vector<Match>& MatchPatterns() const {
    std::vector<Match>& best_at = buf.best_at;
    best_at.assign(size(), Match());
    const uint32_t n = size();
    for (uint32_t i = 0; i < n; ++i) {
      const std::vector<uint32_t>* stream = lex.CandidatesAt(ids[i]);
      if (!stream) continue;
      // Inside an actor phrase a word is a name, not an event ("the Defense Ministry"): no
      // pattern anchored here can fire.
      if (mention_at[i] >= 0) continue;
      const bool nominal = IsNominal(i);
      const uint32_t* const groups = stream->data();
      passing.clear();
      if (groups[0] == 0) {
        // A few groups: their keys are tested one by one.
        const uint32_t* at = groups + 1;
        const uint32_t* const stream_end = groups + stream->size();
        while (at < stream_end) {
          // One group: [k, key forms, words, candidates...] (see lexicon.h). Without its key
          // in the sentence none of its candidates can match: all are stepped over.
          const uint32_t keys = at[0];
          bool key_present = keys == 0;
          for (uint32_t f = 1; f <= keys && !key_present; ++f) key_present = HasWord(at[f]);
          if (key_present) AddPassingOfGroup(at, nominal);
          at += keys + 2 + at[keys + 1];
        }
      } else {
        // Many: the groups whose keys have a word of the sentence, each once, in stream order.
        const lexicon::GroupsByKeyWord& by_word = lex.GroupsOf(groups[0]);
        thread_local std::vector<uint32_t> found;  // kept for its capacity
        found.clear();
        if (by_word.unkeyed != lexicon::GroupsByKeyWord::kNone) found.push_back(by_word.unkeyed);
        for (uint32_t id : ids) by_word.Find(id, &found);
        std::sort(found.begin(), found.end());
        found.erase(std::unique(found.begin(), found.end()), found.end());
        for (uint32_t offset : found) AddPassingOfGroup(groups + offset, nominal);
      }
      // Back in index order, the order of the patterns in the dictionary: of two equally good
      // matches the first is kept.
      std::sort(passing.begin(), passing.end());
      // The candidates that passed (about 12 a sentence on the examples, of about 140 in the
      // streams). Each reads its VerbPattern, then its items: two dependent cache misses, so
      // the items of the next but one are requested before this one is matched, and its
      // record was requested during the scan.
      const std::vector<VerbPattern>& patterns = lex.patterns();
      for (size_t k = 0; k < passing.size(); ++k) {
        if (k + 2 < passing.size()) {
          const VerbPattern& ahead = patterns[passing[k + 2]];
          const PatternItem* items = ahead.items.data() + ahead.anchor;
          __builtin_prefetch(items);
          if (ahead.anchor + 1 < ahead.items.size()) __builtin_prefetch(items + 1);
          if (ahead.anchor > 0) __builtin_prefetch(items - 1);
        }
        const VerbPattern& p = patterns[passing[k]];
        Match m;
        m.pattern = &p;
        m.anchor = i;
        if (!MatchWordAt(p.items[p.anchor], i)) continue;
        if (!MatchForward(p, p.anchor + 1, i + 1, &m)) continue;
        if (!MatchBackward(p, static_cast<int>(p.anchor) - 1, static_cast<int>(i) - 1, &m)) {
          continue;
        }
        // More literal words win, then a longer span, then the finer CAMEO code ("pledged
        // humanitarian aid" is 0333, not the 033 of any aid; 073 humanitarian aid, not the 070
        // "not specified").
        const Match& cur = best_at[i];
        auto fineness = [](const std::string& code) {
          return static_cast<int>(code.size()) * 2 + (code.back() != '0' ? 1 : 0);
        };
        if (!cur.pattern || p.specificity > cur.pattern->specificity ||
            (p.specificity == cur.pattern->specificity &&
             ((m.e - m.b) > (cur.e - cur.b) ||
              ((m.e - m.b) == (cur.e - cur.b) &&
               fineness(p.code) > fineness(cur.pattern->code))))) {
          best_at[i] = m;
        }
      }
    }
    std::vector<Match>& out = buf.found;
    out.clear();
    for (uint32_t i = 0; i < n; ++i) {
      if (best_at[i].pattern) out.push_back(best_at[i]);
    }
    // A match whose anchor lies inside a more specific match is part of that event.
    std::vector<Match>& kept = buf.kept;
    kept.clear();
    for (const Match& m : out) {
      bool covered = false;
      for (const Match& o : out) {
        if (&o == &m) continue;
        if (m.anchor >= o.b && m.anchor < o.e && o.anchor != m.anchor &&
            (o.pattern->specificity > m.pattern->specificity ||
             (o.pattern->specificity == m.pattern->specificity && o.e - o.b > m.e - m.b))) {
          covered = true;
        }
      }
      if (!covered) kept.push_back(m);
    }
    // "suspended an agreement with Washington", "revoked its cooperation agreements with
    // France": an event noun that is the object of another event's verb is what that event is
    // about, not an event of its own (the suspension is coded, not a new agreement). A noun
    // with a source of its own ("Raisi's visit to Moscow"; a possessive pronoun is the verb's
    // subject again) or a date of its own ("the 2015 nuclear deal": an earlier event named)
    // still stands.
    std::vector<Match>& events = buf.matches;
    events.clear();
    for (const Match& m : kept) {
      bool object = false;
      const bool own_source =
          m.source >= 0 && mentions[m.source].kind == Mention::Kind::kActor;
      if (!m.pattern->verbal && !own_source) {
        for (const Match& o : kept) {
          // A verb of saying reports its clause ("said his talks had been productive").
          if (!o.pattern->verbal || o.anchor >= m.b || HasClass(cls[o.anchor], kSay)) continue;
          // A noun inside the verb's own pattern ("pledged ... humanitarian aid" and "aid to
          // Turkey") is the same event.
          if (m.b > o.anchor && m.b < o.e) {
            object = true;
            break;
          }
          const uint32_t from = std::max(o.e, o.anchor + 1);
          if (from > m.b || m.b - from > 4) continue;
          bool barrier = false, dated = false;
          for (uint32_t q = from; q < m.b; ++q) barrier = barrier || IsGapBarrier(q);
          for (uint32_t q = from; q < m.e; ++q) dated = dated || in_timex[q];
          if (!barrier && !dated) object = true;
        }
      }
      if (!object) events.push_back(m);
    }
    return events;
  }

  // ---------------------------------------------------------------- roles
  // Start of the verb group ending at the anchor: auxiliaries, adverbs, negation, "to", and
  // control words ("plans to", "is expected to") before it.
  uint32_t VerbGroupStart(uint32_t anchor, bool* negated, bool* intent, bool* future,
                          bool* refused) const {
    int q = static_cast<int>(anchor) - 1;
    while (q >= 0) {
      uint32_t k = cls[q];
      if (HasClass(k, kNeg)) *negated = true;
      else if (HasClass(k, kRefuse)) *refused = true;
      else if (HasClass(k, kIntent)) *intent = true;
      else if (HasClass(k, kFuture)) *future = true;
      if (HasClass(k, kAux | kAdverb | kNeg | kIntent | kFuture | kTo | kRefuse)) {
        // "in": "interested in purchasing"
        --q;
        continue;
      }
      if (norm[q] == "in" && q > 0 && HasClass(cls[q - 1], kIntent)) {
        --q;
        continue;
      }
      // Aspect verbs carry the act on: "would keep working with", "will continue to press".
      if (norm[q] == "keep" || norm[q] == "keeps" || norm[q] == "kept" ||
          norm[q] == "continue" || norm[q] == "continues" || norm[q] == "continued") {
        --q;
        continue;
      }
      // A date inside the verb group: "refused on Saturday to attend", "said last week it".
      if (!in_timex.empty() && in_timex[q]) {
        --q;
        continue;
      }
      // Two-word adverbials inside a verb group: "will in turn lift", "has at least agreed".
      if (q > 0 && ((norm[q - 1] == "in" && norm[q] == "turn") ||
                    (norm[q - 1] == "at" && norm[q] == "least") ||
                    (norm[q - 1] == "in" && norm[q] == "fact"))) {
        q -= 2;
        continue;
      }
      break;
    }
    return static_cast<uint32_t>(q + 1);
  }

  // The subject of a verb of saying right before the reported clause that starts at `b`
  // ("the government said ..."), when it is an authority: a government, police, army or court.
  int ReportingAuthority(uint32_t b) const {
    uint32_t q = b;
    // Over a count: "said about 2,800 soldiers had been detained".
    while (q > 0 && !pos.empty() &&
           (pos[q - 1] == text::Pos::kCD || HasClass(cls[q - 1], kDet) || norm[q - 1] == "about" ||
            norm[q - 1] == "some" || norm[q - 1] == "nearly" || norm[q - 1] == "more" ||
            norm[q - 1] == "than" || norm[q - 1] == "least" || norm[q - 1] == "at")) {
      --q;
    }
    if (q > 0 && norm[q - 1] == "that") --q;
    if (q == 0 || !HasClass(cls[q - 1], kSay)) return -1;
    const int speaker = SubjectBefore(q - 1, true);
    if (speaker < 0 || mentions[speaker].kind != Mention::Kind::kActor) return -1;
    const std::string code = CodeOf(mentions[speaker].ref, doc_date);
    if (code.size() < 6) return -1;
    const std::string_view role = std::string_view(code).substr(3, 3);
    return role == "GOV" || role == "COP" || role == "MIL" || role == "JUD" ? speaker : -1;
  }

  // The country in a "Saudi-led", "Iranian-backed" word among tokens [b, e); else "".
  std::string LeadingCountry(uint32_t b, uint32_t e) const {
    for (uint32_t q = b; q < e; ++q) {
      const std::string_view w = norm[q];
      const size_t dash = w.rfind('-');
      if (dash == std::string_view::npos || dash == 0) continue;
      const std::string_view tail = w.substr(dash + 1);
      if (tail != "led" && tail != "backed" && tail != "supported") continue;
      uint32_t id = lex.vocab().Find(w.substr(0, dash));
      uint32_t v = 0;
      if (id == text::Vocabulary::kUnknown || lex.actor_trie().LongestMatch(&id, 1, &v) != 1) {
        continue;
      }
      const std::string& c = lex.actors()[v].code;
      if (c.size() == 3 && lex.CountryEntry(c) >= 0) return c;
    }
    return {};
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

  // Statements, praise, demands, criticism, rejections, threats: the reactions to events.
  static bool IsReaction(const std::string& code) {
    std::string_view root(code.data(), 2);
    return Is(root, "01") || Is(root, "05") || Is(root, "10") || Is(root, "11") || Is(root, "12") ||
           Is(root, "13");
  }

  // A form of "be" (or "get") in the verb group and a past participle at its head.
  bool IsPassive(uint32_t group_start, uint32_t anchor) const {
    bool be = false;
    for (uint32_t q = group_start; q < anchor; ++q) {
      std::string_view w = norm[q];
      be = be || w == "was" || w == "were" || w == "is" || w == "are" || w == "be" ||
           w == "been" || w == "being" || w == "got" || w == "get" || w == "'s";
    }
    if (!be) return false;
    if (!pos.empty()) return pos[anchor] == text::Pos::kVBN || pos[anchor] == text::Pos::kVBD;
    std::string_view w = norm[anchor];
    return w.size() > 3 && (w.substr(w.size() - 2) == "ed" || w.substr(w.size() - 2) == "en");
  }

  bool IsFiniteVerb(int q) const {
    if (pos.empty()) return false;
    text::Pos p = pos[q];
    return p == text::Pos::kVBD || p == text::Pos::kVBZ || p == text::Pos::kVBP ||
           p == text::Pos::kMD;
  }

  // The subject of the clause whose verb group starts at `start`; -1 when it is not an actor.
  int SubjectBefore(uint32_t start, bool finite, int depth = 0) const {
    int q = static_cast<int>(start) - 1;
    // Coordinated predicates share their subject: "Japan said ... and lodged a protest".
    if (depth < 2 && q > 0 && !pos.empty() && (norm[q] == "and" || norm[q] == "but")) {
      for (int v = q - 1; v >= 0; --v) {
        if (HasClass(cls[v], kClauseBreak)) break;
        if (IsFiniteVerb(v) && !HasClass(cls[v], kAux | kFuture)) {
          bool neg = false, intent = false, fut = false, refused = false;
          uint32_t gs = VerbGroupStart(static_cast<uint32_t>(v), &neg, &intent, &fut, &refused);
          return SubjectBefore(gs, true, depth + 1);
        }
      }
    }
    if (q >= 0 && HasClass(cls[q], kRel)) {
      // "the United States, which has imposed": the antecedent.
      int a = q - 1;
      if (a >= 0 && HasClass(cls[a], kComma)) --a;
      if (a >= 0 && mention_ending[a] >= 0) return mention_ending[a];
      return -1;
    }
    if (q >= 2 && HasClass(cls[q], kComma)) {
      // "Britain, which expelled 23 Russian diplomats earlier this month, welcomed": the
      // subject stands before the relative clause, whatever the clause names (a list too:
      // "Haftar's forces, which are supported by Russia, Egypt and the UAE, launched").
      for (int c = q - 1; c >= 2 && c >= q - 25; --c) {
        if (norm[c] == "." || HasClass(cls[c], kClauseBreak)) break;
        if (HasClass(cls[c], kRel) && HasClass(cls[c - 1], kComma)) {
          // (An antecedent that is no actor, "Rebel forces, which ...", leaves no source.)
          const int a = mention_ending[c - 2];
          return a >= 0 && !mentions[a].prepositional ? a : -1;
        }
      }
    }
    if (q >= 1 && HasClass(cls[q], kComma)) {
      // "Russia, Assad's main ally, condemned": the subject stands before the appositive;
      // "Iraq's prime minister, Adel Abdul Mahdi, condemned": either names it.
      for (int c = q - 1; c >= 0 && c >= q - 12; --c) {
        if (HasClass(cls[c], kClauseBreak | kRel) || IsFiniteVerb(c)) break;
        if (!HasClass(cls[c], kComma)) continue;
        if (c > 0 && mention_ending[c - 1] >= 0 && !mentions[mention_ending[c - 1]].prepositional) {
          return mention_ending[c - 1];
        }
        // "Fighters from Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's affiliate,
        // attacked": the name before an acronym in brackets.
        if (c > 1 && norm[c - 1] == ")") {
          int open = c - 2;
          while (open >= 0 && norm[open] != "(") --open;
          if (open > 0 && mention_ending[open - 1] >= 0) return mention_ending[open - 1];
          if (open >= 0 && mention_ending[c - 2] >= 0) return mention_ending[c - 2];
        }
        // (An appositive after a prepositional phrase, "the ministers of the two countries,
        // X and Y,", names the subject even though the list rule marked it prepositional.)
        for (int k2 = q - 1; k2 > c; --k2) {
          if (mention_ending[k2] >= 0) {
            int first = mention_ending[k2];
            while (first > 0 && mentions[first - 1].e + 1 == mentions[first].b &&
                   static_cast<int>(mentions[first - 1].b) > c) {
              --first;
            }
            if (!mentions[first].prepositional) return mention_ending[k2];
            if (norm[mentions[first].b - 1] == ",") return first;
          }
        }
        break;
      }
    }
    bool first = true;
    while (q >= 0) {
      int mk = mention_ending[q];
      if (mk >= 0) {
        if (!mentions[mk].prepositional && !AgentOfParticiple(mentions[mk].b)) return mk;
        q = static_cast<int>(mentions[mk].b) - 1;
        first = false;
        continue;
      }
      uint32_t k = cls[q];
      if (HasClass(k, kClauseBreak)) return -1;
      if (finite && first && (toks[q]->flags & text::kCapitalized) && k == 0 && q > 0 &&
          !in_timex[q]) {
        // An unknown name is the subject ("Ramani said"), unless it is a place an actor is
        // in: "separatists in Nagorno-Karabakh surrendered".
        int name = q;
        while (name > 0 && (toks[name - 1]->flags & text::kCapitalized) && cls[name - 1] == 0) {
          --name;
        }
        if (name >= 2 && (norm[name - 1] == "in" || norm[name - 1] == "from") &&
            mention_ending[name - 2] >= 0) {
          q = name - 2;
          continue;
        }
        return -1;
      }
      if (finite && HasClass(k, kSay) && !first) return -1;  // "X said Y will ..."
      if (HasClass(k, kRel) && !first) {
        // "Vietnam, which hosted the summit, praised": step over the relative clause.
        if (q > 0 && HasClass(cls[q - 1], kComma)) {
          q -= 2;
          continue;
        }
        if (finite) return -1;
      }
      first = false;
      --q;
    }
    return -1;
  }

  // Whether the phrase starting at `b` is the agent of a participle that modifies the noun
  // before it ("rebels led by the Islamist group Hayat Tahrir al-Sham"): not a subject.
  bool AgentOfParticiple(uint32_t b) const {
    for (int p = static_cast<int>(b) - 1; p >= 1 && p + 5 >= static_cast<int>(b); --p) {
      if (norm[p] == "by") return !pos.empty() && pos[p - 1] == text::Pos::kVBN;
      if (HasClass(cls[p], kComma | kClauseBreak | kPrep) || IsFiniteVerb(p)) return false;
    }
    return false;
  }

  // For a non-finite verb with no subject of its own ("Before departing for Moscow, the
  // president said"), the main clause's subject: the first subject-position mention.
  int MainSubject(int exclude) const {
    auto named = [&](size_t k) {
      return static_cast<int>(k) != exclude && !mentions[k].prepositional &&
             (mentions[k].kind == Mention::Kind::kActor || mentions[k].kind == Mention::Kind::kPair);
    };
    for (size_t k = 0; k < mentions.size(); ++k) {
      if (named(k) && !mentions[k].possessor) return static_cast<int>(k);
    }
    for (size_t k = 0; k < mentions.size(); ++k) {
      if (named(k)) return static_cast<int>(k);
    }
    return -1;
  }

  int ObjectAfter(uint32_t from, int exclude) const {
    for (uint32_t q = from; q < size() && q < from + 14; ++q) {
      // "demanded that NATO halt": the complement clause's subject is the target.
      if (norm[q] == "that" && q + 1 < size() && mention_at[q + 1] >= 0 &&
          mentions[mention_at[q + 1]].b == q + 1) {
        return mention_at[q + 1] == exclude ? -1 : mention_at[q + 1];
      }
      if (HasClass(cls[q], kClauseBreak | kRel) || norm[q] == ".") return -1;
      if (HasClass(cls[q], kComma)) return AppositiveOfName(from, q, exclude);
      if (HasClass(cls[q], kSubordinator | kSay) && !HasClass(cls[q], kPrep)) return -1;
      // A gerund starts a predicate of its own: "denied supporting the M23" denies, the M23
      // is what was supported.
      if (!pos.empty() && pos[q] == text::Pos::kVBG) return -1;
      // A second finite verb starts another predicate ("denied X and vowed to ...").
      if (!pos.empty() && q > from &&
          (pos[q] == text::Pos::kVBD || pos[q] == text::Pos::kVBZ || pos[q] == text::Pos::kVBP ||
           pos[q] == text::Pos::kMD)) {
        return -1;
      }
      int mk = mention_at[q];
      // "conducted its sixth nuclear test": a possessive determiner owns the object, it is
      // not the object.
      if (mk >= 0 && mentions[mk].b == q && OwnsAThing(mentions[mk])) continue;
      if (mk >= 0 && mk != exclude && mentions[mk].b == q) {
        // "U.N.-mediated talks", "Saudi-led forces": a modifier of a noun, not the object.
        const uint32_t after = mentions[mk].e;
        if (after + 1 < size() && norm[after] == "-" && cls[after] == 0) {
          q = after;
          continue;
        }
        // "signed a declaration at the White House", "met in Doha": the place, not the target.
        if (IsLocative(mentions[mk])) {
          q = mentions[mk].e - 1;
          continue;
        }
        return mk;
      }
    }
    return -1;
  }

  // A possessive pronoun ("its", "their") followed by a word outside the mention: it owns
  // what follows ("its sixth nuclear test") rather than being an actor in its own right.
  bool OwnsAThing(const Mention& mention) const {
    const uint32_t q = mention.b;
    return mention.kind != Mention::Kind::kActor && !pos.empty() &&
           pos[q] == text::Pos::kPRPS && q + 1 < size() && !IsGapBarrier(q + 1) &&
           (mention_at[q + 1] < 0 || mention_at[q + 1] != mention_at[q]);
  }

  // "its border with Ukraine": the actor after "with" that closely follows the noun at `q`.
  int SharedWith(uint32_t q) const {
    for (uint32_t w = q + 1; w < size() && w < q + 3; ++w) {
      if (norm[w] != "with") continue;
      for (uint32_t r = w + 1; r < size() && r < w + 3; ++r) {
        const int mk = mention_at[r];
        if (mk >= 0) return mentions[mk].b == r ? mk : -1;
        if (!HasClass(cls[r], kDet)) break;
      }
      break;
    }
    return -1;
  }

  // "released Vadim Krasikov, a Russian intelligence officer": a name the dictionaries do not
  // know (the capitalised words from `from` to the comma at `comma`), then an appositive that
  // says who it is: that actor.
  int AppositiveOfName(uint32_t from, uint32_t comma, int exclude) const {
    if (comma == from || comma + 2 >= size() || !HasClass(cls[comma + 1], kDet)) return -1;
    for (uint32_t q = from; q < comma; ++q) {
      if (mention_at[q] >= 0 || !(toks[q]->flags & text::kCapitalized)) return -1;
    }
    for (uint32_t r = comma + 2; r < size() && r < comma + 5; ++r) {
      const int mk = mention_at[r];
      if (mk >= 0) {
        return mentions[mk].b == r && mk != exclude &&
                       mentions[mk].kind == Mention::Kind::kActor
                   ? mk
                   : -1;
      }
    }
    return -1;
  }

  bool IsLocative(const Mention& m) const {
    if (m.possessor) return false;  // "disappointment at Seoul's decision"
    int p = static_cast<int>(m.b) - 1;
    while (p >= 0 && HasClass(cls[p], kDet)) --p;
    if (p < 0) return false;
    std::string_view w = norm[p];
    return w == "at" || w == "in" || w == "near" || w == "inside" || w == "outside" ||
           w == "across" || w == "during" || w == "throughout";
  }

  // "surrendered on Wednesday, a day after Azerbaijani forces launched an offensive": the
  // clause after "N days (weeks, months, years) after" ("before") is dated that long before
  // (after) the date the sentence gave the clause it hangs on, to the unit's precision. None
  // when that clause has no date of its own.
  text::Date DayOffsetDate(const Match& m, const std::vector<text::Timex>& timexes) const {
    for (uint32_t q = 2; q + 1 < m.anchor; ++q) {
      const bool after = Is(norm[q], "after");
      if (!after && !Is(norm[q], "before")) continue;
      const std::string_view unit = norm[q - 1];
      const int days = Is(unit, "day") || Is(unit, "days")    ? 1
                       : Is(unit, "week") || Is(unit, "weeks") ? 7
                                                           : 0;
      const bool months = Is(unit, "month") || Is(unit, "months");
      const bool years = Is(unit, "year") || Is(unit, "years");
      if (days == 0 && !months && !years) continue;
      static constexpr std::string_view kCounts[] = {"a", "one", "two", "three", "four",
                                                     "five", "six", "seven"};
      int count = 0;
      for (int c = 0; c < 8; ++c) {
        if (norm[q - 2] == kCounts[c]) count = c == 0 ? 1 : c;
      }
      if (count == 0) continue;
      // The event's verb is in the clause the phrase introduces.
      bool same_clause = true;
      for (uint32_t k = q + 1; k < m.anchor && same_clause; ++k) {
        same_clause = !HasClass(cls[k], kComma | kClauseBreak);
      }
      if (!same_clause) return {};
      uint32_t clause_end = m.anchor;
      while (clause_end < size() && !HasClass(cls[clause_end], kComma | kClauseBreak)) {
        ++clause_end;
      }
      const text::Timex* base = nullptr;
      for (const auto& t : timexes) {
        if (t.token_end <= q - 2) base = &t;
        if (t.token_begin > q && t.token_begin < clause_end) return {};  // dated in its words
      }
      if (!base) return {};
      const int sign = after ? -1 : 1;
      // ("a month after" a date in March 2022 is in February; a day needs a day.)
      if (years) {
        text::Date d;
        d.year = base->date.year + sign * count;
        d.precision = text::DatePrecision::kYear;
        return d;
      }
      if (months) {
        if (base->date.precision == text::DatePrecision::kYear) return {};
        const int index = base->date.year * 12 + (base->date.month - 1) + sign * count;
        text::Date d;
        d.year = index / 12;
        d.month = index % 12 + 1;
        d.precision = text::DatePrecision::kMonth;
        return d;
      }
      if (base->date.precision != text::DatePrecision::kDay) return {};
      return text::Date::FromDays(base->date.DaysSinceEpoch() + sign * count * days);
    }
    return {};
  }

  text::Date EventDate(const Match& m, const std::vector<text::Timex>& timexes) const {
    // The nearest expression after the verb in its clause, else before it in its clause, else
    // one that a "when"-clause hangs on ("in 2018, when Trump withdrew").
    auto segment_of = [&](uint32_t pos) {
      uint32_t b = pos, e = pos;
      while (b > 0 && !HasClass(cls[b - 1], kComma | kClauseBreak)) --b;
      while (e < size() && !HasClass(cls[e], kComma | kClauseBreak)) ++e;
      return std::make_pair(b, e);
    };
    auto [sb, se] = segment_of(m.anchor);
    se = std::max(se, m.e);
    sb = std::min(sb, m.b);
    // "the 2019 murder of a dissident", "the 2018 summit": an event noun's year before it.
    if (!m.pattern->verbal && m.b >= 1 && YearAt(m.b - 1) > 0) {
      text::Date d;
      d.year = YearAt(m.b - 1);
      d.precision = text::DatePrecision::kYear;
      return d;
    }
    // An event noun dated by the clause that describes it: "the war between the army and the
    // RSF, which began in April 2023", "U.S. sanctions against Venezuela, tightened in
    // January".
    if (!m.pattern->verbal && m.e < size()) {
      uint32_t q = m.e;
      if (HasClass(cls[q], kComma)) ++q;
      if (q < size() && (HasClass(cls[q], kRel) ||
                         (!pos.empty() && (pos[q] == text::Pos::kVBN || pos[q] == text::Pos::kVBD)))) {
        uint32_t end = q + 1;
        while (end < size() && !HasClass(cls[end], kComma | kClauseBreak) && norm[end] != ".") {
          ++end;
        }
        for (const auto& t : timexes) {
          if (t.token_begin > q && t.token_end <= end) return t.date;
        }
      }
    }
    // "During the call, Biden warned": the event a definite noun names dates what happens in
    // it.
    uint32_t during = size();
    for (uint32_t q = 0; q + 2 < size() && q < se; ++q) {
      if (Is(norm[q], "during") && Is(norm[q + 1], "the") && norm[q + 2].size() >= 4) during = q;
    }
    if (during < size()) {
      const std::string_view stem = norm[during + 2].substr(0, 4);
      for (auto it = past_acts.rbegin(); it != past_acts.rend(); ++it) {
        if (it->date.valid() &&
            std::find(it->stems.begin(), it->stems.end(), stem) != it->stems.end()) {
          return it->date;
        }
      }
    }
    if (const text::Date d = DayOffsetDate(m, timexes); d.valid()) return d;
    const text::Timex* best = nullptr;
    // "accusing Moscow of ordering an attack last year", "denied that it had ... in 2015": an
    // expression inside what is alleged or denied dates that act, not the accusation.
    const bool allegation = StartsWith(m.pattern->code, "112") ||
                            StartsWith(m.pattern->code, "016");
    uint32_t complement = size();
    if (allegation) {
      for (uint32_t q = m.anchor + 1; q < se; ++q) {
        if (Is(norm[q], "of") || Is(norm[q], "that") || Is(norm[q], "for")) {
          complement = q;
          break;
        }
      }
    }
    for (const auto& t : timexes) {
      if (t.token_begin >= m.anchor && t.token_end <= se && t.token_begin < complement) {
        if (!best || t.token_begin < best->token_begin) best = &t;
      }
    }
    // An expression inside an infinitive complement dates that action, not this one: "called
    // on Venezuelans to rally on Saturday".
    if (best) {
      for (uint32_t q = m.e; q + 1 < best->token_begin; ++q) {
        if (HasClass(cls[q], kTo) && !pos.empty() && pos[q + 1] == text::Pos::kVB) {
          best = nullptr;
          break;
        }
      }
    }
    if (!best && !pos.empty()) {
      // Past an appositive ("with Britain's foreign secretary, Dominic Raab, on Friday"): the
      // next expression, while no other finite verb or clause break intervenes.
      // (Nor does the verb of a "what" clause: "struck what New Delhi described as a camp in
      // Balakot, Pakistan, on Tuesday".)
      bool what = false;
      for (uint32_t q = m.e; q < size() && q < m.e + 18 && !best; ++q) {
        if (Is(norm[q], "what")) {
          what = true;
          continue;
        }
        if (what && IsFiniteVerb(q) && q + 1 < size() && Is(norm[q + 1], "as")) {
          ++q;  // "described as"
          continue;
        }
        if (HasClass(cls[q], kClauseBreak | kRel | kSubordinator) || IsFiniteVerb(q)) break;
        if (HasClass(cls[q], kTo) && q + 1 < size() && pos[q + 1] == text::Pos::kVB) break;
        for (const auto& t : timexes) {
          if (t.token_begin == q) best = &t;
        }
      }
    }
    if (!best) {
      for (const auto& t : timexes) {
        if (t.token_end <= m.anchor && t.token_begin >= sb) best = &t;
      }
    }
    if (!best && sb >= 2 && HasClass(cls[sb], kWhen)) {
      for (const auto& t : timexes) {
        if (t.token_end == sb - 1) best = &t;
      }
    }
    if (!best) {
      // A participle clause takes the main clause's date: "severed ties on Monday, accusing
      // Doha"; so does a reported plan: "said on Monday that he would host". No other lexical
      // verb may stand between.
      for (const auto& t : timexes) {
        if (t.token_end > m.anchor) continue;
        // Not from inside a relative clause: "Russia, which lent Caracas billions last year,
        // accused Washington" is not last year's accusation.
        bool relative = false;
        for (int q = static_cast<int>(t.token_begin) - 1; q >= 0; --q) {
          if (HasClass(cls[q], kComma | kClauseBreak)) break;
          if (HasClass(cls[q], kRel)) relative = true;
        }
        if (relative) continue;
        bool blocked = false;
        for (uint32_t q = t.token_end; q < m.b && !blocked; ++q) {
          blocked = HasClass(cls[q], kClauseBreak) ||
                    (IsFiniteVerb(q) && !HasClass(cls[q], kAux | kFuture | kSay));
        }
        if (!blocked) best = &t;
      }
    }
    if (!best) {
      // A sentence-initial adverbial dates the whole sentence: "In 2018, Trump withdrew".
      for (const auto& t : timexes) {
        if (t.token_begin <= 1 && t.token_end < size() && HasClass(cls[t.token_end], kComma) &&
            t.token_end < m.anchor) {
          best = &t;
        }
      }
    }
    if (best) return best->date;
    // A meeting hosted is dated with the meeting.
    if (const PastAct* meeting = HostedMeeting(m); meeting && meeting->date.valid()) {
      return meeting->date;
    }
    // "Zelenskiy visited Ankara on Thursday. Speaking in Ankara, he accused Moscow": what is
    // said on the occasion the story has just told of is dated with it.
    if (Is(norm[0], "speaking") && timexes.empty() && !past_acts.empty() &&
        past_acts.back().date.valid()) {
      return past_acts.back().date;
    }
    // "The ceasefire was brokered by Russian peacekeepers": an act done to an event the story
    // has told of ("the ceasefire" agreed the day before) is dated with it.
    if (m.anchor >= 3 && Is(norm[0], "the") && norm[1].size() >= 4 &&
        IsPassive(1, m.anchor)) {
      const std::string_view stem = norm[1].substr(0, 4);
      for (auto it = past_acts.rbegin(); it != past_acts.rend(); ++it) {
        if (it->date.valid() &&
            std::find(it->stems.begin(), it->stems.end(), stem) != it->stems.end()) {
          return it->date;
        }
      }
    }
    return doc_date;
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
    // Removes [from, end()), as after std::remove_if.
    void truncate(Event* from) {
      document_.resize(static_cast<size_t>(from - document_.data()));
    }

    // The document's events, the earlier sentences' first; this sentence's from first().
    std::vector<Event>& document() { return document_; }
    size_t first() const { return first_; }

   private:
    std::vector<Event>& document_;
    const size_t first_;
  };

  // "withdrew the United States from the 2015 nuclear deal with Iran": a deal named with its
  // year is an agreement the two countries made that year (057 both ways), when the act on it
  // is one only a party does (leaving, suspending, reviving or honouring it: roots 16, 03, 08;
  // "Israel criticised the 2015 deal with Iran" is no party's) and the other is the one it
  // was "with".
  void AddPastAgreement(const Match& m, SentenceEvents& out) const {
    // Tested through a reference: almost no event qualifies, and the copy the new events are
    // made from (taken below, as pushing them may move `out`) costs as much as the rest.
    const Event& last = out.back();
    if ((!Is(last.root, "16") && !Is(last.root, "03") && !Is(last.root, "08")) ||
        last.target.empty() || !OfACountry(last.source.code) || !OfACountry(last.target.code) ||
        last.source.code.compare(0, 3, last.target.code, 0, 3) == 0) {
      return;
    }
    for (uint32_t q = m.b; q + 2 < m.e; ++q) {
      const int year = Is(norm[q], "the") ? YearAt(q + 1) : 0;
      if (year == 0 || year == doc_date.year) continue;
      uint32_t noun = q + 2;
      while (noun < m.e && noun < q + 5 && !IsAgreementNoun(norm[noun])) ++noun;
      if (noun + 1 >= size() || !IsAgreementNoun(norm[noun]) || !Is(norm[noun + 1], "with")) {
        continue;
      }
      const Event act = out.back();
      for (int way = 0; way < 2; ++way) {
        Event e = act;
        if (way == 1) std::swap(e.source, e.target);
        e.source.code.resize(3);
        e.target.code.resize(3);
        Recode(&e, "057");
        text::Date d;
        d.year = year;
        d.precision = text::DatePrecision::kYear;
        e.date = d.ToIso();
        e.date_precision = std::string(d.PrecisionName());
        e.modality.clear();
        e.verb_begin = toks[noun]->begin;
        e.verb_end = toks[noun]->end;
        e.rule = "the YEAR " + std::string(norm[noun]) + " with + (a past agreement)";
        out.push_back(std::move(e));
      }
      return;
    }
  }

  // The year token `q` names ("the 2015 deal"), from 1900 to the story's year; else 0.
  int YearAt(uint32_t q) const {
    const std::string_view w = norm[q];
    if (w.size() != 4 || !std::all_of(w.begin(), w.end(), [](char ch) {
          return ch >= '0' && ch <= '9';
        })) {
      return 0;
    }
    const int year = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
    return year >= 1900 && year <= doc_date.year ? year : 0;
  }
  static bool IsAgreementNoun(std::string_view w) {
    return Is(w, "deal") || Is(w, "agreement") || Is(w, "accord") || Is(w, "treaty") ||
           Is(w, "pact");
  }

  void EmitEvents(const std::vector<Match>& matches, int sentence_index,
                  std::vector<Event>* events) {
    std::vector<text::Timex> timexes_future;
    bool have_future = false;
    SentenceEvents out(events);
    static const bool debug = std::getenv("DYAD_DEBUG") != nullptr;
    if (debug) {
      std::string line;
      for (uint32_t i = 0; i < size(); ++i) {
        line += std::string(norm[i]);
        if (!pos.empty()) line += "/" + std::string(text::PosName(pos[i]));
        if (mention_at[i] >= 0) line += "@" + std::to_string(mention_at[i]);
        line += ' ';
      }
      std::fprintf(stderr, "sentence: %s\n", line.c_str());
    }
    // The previous event of this sentence with a target: a verb coordinated with it and
    // sharing its subject shares its target ("summoned the ambassador and vowed to retaliate").
    int prev_src = -1;
    int main_src = -1;  // the subject of the sentence's first finite verb
    uint32_t prev_end = 0;
    std::vector<Ref> prev_targets;
    for (const Match& m : matches) {
      const VerbPattern& p = *m.pattern;
      if (debug) {
        std::fprintf(stderr, "match %s [%s] at '%.*s' (%s)\n", p.code.c_str(), p.text.c_str(),
                     static_cast<int>(norm[m.anchor].size()), norm[m.anchor].data(),
                     p.origin.c_str());
      }
      bool negated = false, intent = false, future = false, refused = false;
      uint32_t group_start = m.anchor;
      const bool verbal = p.verbal;
      if (verbal) {
        group_start = VerbGroupStart(m.anchor, &negated, &intent, &future, &refused);
      } else {
        // An event noun: "ahead of a meeting", "planned drills", "no visit".
        int q = static_cast<int>(m.b) - 1;
        for (int back = 0; back < 3 && q >= 0; ++back, --q) {
          if (HasClass(cls[q], kAhead)) intent = true;
          if (HasClass(cls[q], kNeg) && Is(norm[q], "no")) negated = true;
          // "will halt attacks on", "to end the shelling of": the act named is what stops.
          if (IsStopVerb(norm[q])) negated = true;
          if (!HasClass(cls[q], kDet | kAhead | kPrep | kNeg) && cls[q] != 0) break;
        }
      }
      if (negated) continue;
      std::string refusal;
      if (refused) {
        refusal = RefusalCode(p.code);
        if (refusal.empty()) continue;
      }
      // Source.
      int src = m.source;
      int purpose_object = -1;  // "summoned the ambassador to lodge a protest": the ambassador
      if (src < 0) {
        bool finite = verbal && !(group_start > 0 && (HasClass(cls[group_start - 1], kPrep) &&
                                                       !HasClass(cls[group_start - 1], kTo)));
        bool infinitive = group_start < m.anchor && HasClass(cls[m.anchor - 1], kTo) &&
                          group_start == m.anchor - 1;
        // "urged both sides to agree on a ceasefire": what someone is urged, asked or called
        // on to do has not happened; the appeal is the event.
        if (infinitive && IsDirectedInfinitive(group_start)) continue;
        if (verbal && IsDemandedClause(group_start, m.anchor)) continue;
        // "accused Moscow of sending a low-level delegation": the act alleged is the
        // accusation's content, coded by the accusation.
        if (verbal && !pos.empty() && pos[m.anchor] == text::Pos::kVBG && IsAlleged(m.anchor)) {
          continue;
        }
        // "organised the meeting without consulting its government": not done.
        if (verbal && group_start == m.anchor && m.anchor > 0 &&
            Is(norm[m.anchor - 1], "without")) {
          continue;
        }
        // "urged the Taliban to reduce", "appealed to Turks to take": the object of the
        // governing verb does the infinitive's action.
        // ("summoned the ambassador to lodge a protest": after other verbs the infinitive
        // says what for, and its subject is the clause's.)
        if (infinitive && group_start >= 2 && mention_ending[group_start - 1] >= 0 &&
            mentions[mention_ending[group_start - 1]].kind == Mention::Kind::kActor) {
          const int object = mention_ending[group_start - 1];
          const uint32_t verb = IsPurposeVerb(mentions[object].b);
          if (verb == 0) {
            src = object;
          } else {
            bool neg = false, in = false, fut = false, ref = false;
            src = SubjectBefore(VerbGroupStart(verb, &neg, &in, &fut, &ref), true);
            purpose_object = object;
          }
        }
        // "attacked a base in Bamako, killing dozens": a participle clause after a comma has
        // the main clause's subject.
        if (src < 0 && verbal && main_src >= 0 && !pos.empty() && pos[m.anchor] == text::Pos::kVBG &&
            group_start == m.anchor && m.anchor > 0 && HasClass(cls[m.anchor - 1], kComma)) {
          // ("signed a free trade agreement, cutting tariffs", "signed a declaration,
          // committing to end the conflict": after an agreement it says what was agreed.)
          const bool agreed = std::any_of(out.begin(), out.end(), [&](const Event& e) {
            return Is(e.cameo, "057") && e.verb_end <= toks[m.anchor]->begin;
          });
          if (agreed) continue;
          src = main_src;
        }
        // "signed a declaration committing the two Koreas to denuclearisation": a participle
        // on the document signed says what it holds.
        if (src < 0 && verbal && !pos.empty() && pos[m.anchor] == text::Pos::kVBG &&
            group_start == m.anchor && m.anchor > 0 &&
            (IsAgreementNoun(norm[m.anchor - 1]) || Is(norm[m.anchor - 1], "declaration") ||
             Is(norm[m.anchor - 1], "statement") || Is(norm[m.anchor - 1], "resolution")) &&
            std::any_of(out.begin(), out.end(), [&](const Event& e) {
              return Is(e.cameo, "057") && e.verb_end <= toks[m.anchor]->begin;
            })) {
          continue;
        }
        // "with Turkey acting as mediator": a gerund after "with" and a noun phrase has that
        // phrase as its subject.
        if (src < 0 && verbal && !pos.empty() && pos[m.anchor] == text::Pos::kVBG &&
            group_start == m.anchor && m.anchor >= 2 && mention_ending[m.anchor - 1] >= 0) {
          const int with = mention_ending[m.anchor - 1];
          if (mentions[with].b > 0 && norm[mentions[with].b - 1] == "with") src = with;
        }
        // "a sarin attack by Syrian government aircraft": an event noun's agent follows "by".
        if (src < 0 && !verbal && m.e + 1 < size() && Is(norm[m.e], "by")) {
          for (uint32_t r = m.e + 1; r < size() && r < m.e + 4; ++r) {
            if (mention_at[r] >= 0 && mentions[mention_at[r]].b == r) {
              src = mention_at[r];
              break;
            }
          }
        }
        if (src < 0) src = SubjectBefore(verbal ? group_start : m.b, finite && !infinitive);
        if (src < 0 && (!finite || infinitive || !verbal)) src = MainSubject(m.target);
      }
      int tgt = m.target;
      // Passive voice ("was killed by a U.S. drone strike"): the agent after "by" is the
      // source and the grammatical subject the target; with no agent named there is no source.
      // ("has to be signed and ratified": a participle coordinated with a passive one is
      // passive too.)
      bool passive = verbal && IsPassive(group_start, m.anchor);
      if (verbal && !passive && !pos.empty() && pos[m.anchor] == text::Pos::kVBN &&
          group_start == m.anchor && m.anchor >= 2 && HasClass(cls[m.anchor - 1], kConj) &&
          pos[m.anchor - 2] == text::Pos::kVBN) {
        bool neg = false, in = false, fut = false, ref = false;
        passive = IsPassive(VerbGroupStart(m.anchor - 2, &neg, &in, &fut, &ref), m.anchor - 2);
      }
      if (verbal && m.source < 0 && m.target < 0 && passive) {
        int agent = -1;
        // "was shot down over Kashmir on Wednesday by Pakistani jets": the agent may follow
        // adverbials, within the clause.
        for (uint32_t q = m.anchor + 1; q + 1 < size() && q < m.anchor + 9; ++q) {
          if (IsGapBarrier(q)) break;
          if (!Is(norm[q], "by")) continue;
          for (uint32_t r = q + 1; r < size() && r < q + 4; ++r) {
            if (mention_at[r] >= 0 && mentions[mention_at[r]].b == r) {
              agent = mention_at[r];
              break;
            }
          }
          break;
        }
        // "the government said about 2,800 soldiers had been detained": an arrest reported by
        // the authorities, with no one else named, is theirs.
        if (agent < 0 && StartsWith(p.code, "17") && src >= 0) {
          const int speaker = ReportingAuthority(mentions[src].b);
          if (speaker >= 0 && speaker != src) agent = speaker;
        }
        if (agent < 0) continue;
        tgt = src;
        src = agent;
      }
      // "detained 1,300 people at protests against the mobilisation": a protest named by a
      // noun after a preposition is the people's, not the clause subject's; their country is
      // the one the sentence's first actor belongs to, else the story's.
      Ref people;
      const bool people_protest = !verbal && m.source < 0 && StartsWith(p.code, "14") &&
                                  m.b > 0 && HasClass(cls[m.b - 1], kPrep);
      if (people_protest) {
        std::string country;
        for (const Mention& o : mentions) {
          if (o.kind != Mention::Kind::kActor) continue;
          const std::string c = CodeOf(o.ref, doc_date);
          if (OfACountry(c)) country = c.substr(0, 3);
          break;
        }
        if (country.empty()) country = TopicCountry();
        if (country.empty()) continue;
        people.code = country + "CVL";
        people.begin = toks[m.b]->begin;
        people.end = toks[m.e - 1]->end;
        src = -1;
      }
      if (src < 0 && !people_protest) continue;
      if (main_src < 0 && verbal && m.source < 0 && IsFiniteVerb(m.anchor)) main_src = src;
      // "Pompeo said Iran had launched an attack": what follows a verb of saying is the
      // reported clause, whose subject is no addressee; only a pattern's own slot ("told +",
      // "said to +") gives a statement a target.
      const bool saying = verbal && HasClass(cls[m.anchor], kSay) &&
                          StartsWith(p.code, "01");
      // "the Houthi movement, which Saudi-led forces have bombed": in an object relative
      // clause the antecedent is the target.
      if (tgt < 0 && verbal && src >= 0 && mentions[src].b >= 3 &&
          HasClass(cls[mentions[src].b - 1], kRel) && norm[mentions[src].b - 1] != "that" &&
          HasClass(cls[mentions[src].b - 2], kComma) &&
          mention_ending[mentions[src].b - 3] >= 0 && mentions[src].e <= group_start) {
        tgt = mention_ending[mentions[src].b - 3];
      }
      if (tgt < 0 && verbal && !saying) tgt = ObjectAfter(m.anchor + 1, src);
      if (tgt < 0) tgt = purpose_object;
      // A slot's actor modifies the event noun ("the Houthi strike"): no compound before it.
      std::vector<Ref> sources =
          people_protest ? std::vector<Ref>{people} : Group(src, /*backward=*/m.source < 0);
      std::vector<Ref> targets;
      if (tgt >= 0) targets = Group(tgt);
      if (debug) {
        std::string line = "  roles: source";
        for (const Ref& r : sources) line += " " + CodeOf(r, doc_date);
        line += " target";
        for (const Ref& r : targets) line += " " + CodeOf(r, doc_date);
        std::fprintf(stderr, "%s (mentions %d, %d)\n", line.c_str(), src, tgt);
      }
      if (sources.empty()) continue;
      // "The two countries shared intelligence on a North Korean launch": a mutual act of a
      // compound subject is between its members; a later actor is only the topic.
      if (sources.size() >= 2 && m.target < 0 && IsMutual(p.code)) targets.clear();
      TargetNamedInContext(m, src, sources, targets);
      if (targets.empty() && verbal && m.target < 0 && m.source < 0 && src == prev_src &&
          !prev_targets.empty() && prev_end <= group_start) {
        bool conj = false, other = false;
        for (uint32_t q = prev_end; q < group_start; ++q) {
          if (HasClass(cls[q], kConj)) conj = true;
          if (HasClass(cls[q], kClauseBreak | kRel | kSubordinator) || IsFiniteVerb(q)) other = true;
        }
        if (conj && !other) targets = prev_targets;
      }
      // An infinitive's event ("a decision to sell drones to Taiwan") is not the clause's.
      if (!targets.empty() && !(verbal && HasClass(cls[group_start], kTo))) {
        prev_src = src;
        prev_end = std::max(m.e, m.anchor + 1);
        prev_targets = targets;
      }
      ImpliedTargets(m, src, sources, targets);
      // Date: future-oriented statements resolve bare weekdays forward ("plans to meet
      // lawmakers on Friday": a pattern of intent, 03x, in the present is one too; "pledged
      // aid on Monday" is not).
      const bool present_intent = StartsWith(p.code, "03") && !pos.empty() &&
                                  (pos[m.anchor] == text::Pos::kVBZ ||
                                   pos[m.anchor] == text::Pos::kVBP);
      const std::vector<text::Timex>* tx = &timexes_past;
      if (future || intent || present_intent) {
        if (!have_future) {
          timexes_future = text::FindTimexes(norm, doc_date, true);
          have_future = true;
        }
        tx = &timexes_future;
      }
      // A plan, promise or future action is coded as what the actor does now: expressing the
      // intent (CAMEO 03x, or a threat, 13x, for conflict), dated when it is expressed, unless
      // the text dates the statement itself.
      text::Date date = EventDate(m, *tx);
      std::string code = p.code;
      std::string modality;
      if (!refusal.empty()) {
        code = refusal;
      } else if (intent || future) {
        code = IntentCode(code);
        modality = intent ? "intent" : "future";
      }
      // Intents (CAMEO 03x, and threats, 13x, as the dictionary writes them: "plans to visit
      // Turkey next year") are statements made now about later acts.
      const bool stated = intent || future || StartsWith(code, "03") ||
                          StartsWith(code, "13");
      if (!refusal.empty()) {
        // A refusal happens when it is made ("refused on Saturday to attend talks scheduled
        // for Sunday"): the last date before the refused verb, else the document's.
        date = doc_date;
        for (const text::Timex& t : timexes_past) {
          if (t.token_end <= m.anchor && t.date.Compare(doc_date) <= 0) date = t.date;
        }
      } else if (stated) {
        if (date.Compare(doc_date) > 0) {
          // The intent is dated when it was stated: "said on Monday that he would host them
          // next week" is Monday's statement. The last expression before the verb group, read
          // as the past, dates it; else the document's date.
          date = doc_date;
          for (const text::Timex& t : timexes_past) {
            if (t.token_end <= group_start && t.date.Compare(doc_date) <= 0) date = t.date;
          }
        }
      }
      // Roles are resolved on the last day a coarse date stands for: "in April 2023" is after
      // the RSF turned on the army in mid-April, "in 2021" after Biden took office.
      text::Date role_date = date;
      if (date.precision == text::DatePrecision::kMonth) {
        role_date.day = text::DaysInMonth(date.year, date.month);
      } else if (date.precision == text::DatePrecision::kYear) {
        role_date.month = 12;
        role_date.day = 31;
      }
      if (role_date.Compare(doc_date) > 0) role_date = doc_date;
      // (A victim named by title and name, "Iran's top military commander, Qassem Soleimani",
      // is one person: all of the phrase's events are the assassination.)
      const bool named_victim = std::any_of(targets.begin(), targets.end(),
                                            [](const Ref& r) { return r.person >= 0; });
      auto emit = [&](const Ref& s, const Ref* t) {
        // The actors' codes decide whether there is an event at all: they are worked out
        // first, and the event's strings built only for an event that is kept.
        std::string source_code = CodeOf(s, role_date);
        if (source_code.empty()) return;
        // The act is remembered even when no event comes of it here (no target, or itself).
        // Comments on acts are not acts ("condemned", "praised"); rejections, vetoes and
        // threats are.
        {
          const std::string_view r2(code.data(), 2);
          if (sentence_acts.capacity() == 0) sentence_acts.reserve(8);  // (as past_acts)
          PastAct& act = sentence_acts.emplace_back();  // in place: five strings and a vector
          act.comment =
              Is(r2, "01") || Is(r2, "02") || Is(r2, "05") || Is(r2, "10") || Is(r2, "11");
          act.root[0] = r2[0];
          act.root[1] = r2[1];
          act.source = s;
          act.date = date;
          act.code = code;
          if (t) {
            act.target = *t;
            act.has_target = true;
          }
          act.stems.reserve(m.e - m.b);  // at most a stem a word: the vector grows once
          for (uint32_t q = m.b; q < m.e; ++q) {
            if (norm[q].size() >= 4 && mention_at[q] < 0) {
              act.stems.emplace_back(norm[q].substr(0, 4));
            }
          }
        }
        std::string target_code;
        if (t) {
          target_code = CodeOf(*t, role_date);
          if (target_code.empty()) return;
          // An actor toward itself, or a comment on its own country ("the Iranian president
          // described Iran as strong"). Acts on one's own country stay: rebels seizing the
          // capital, a president declaring an emergency.
          if (target_code == source_code) return;
          const bool force = code.compare(0, 2, "15") >= 0;
          const bool comment = !force && !IsInsurgent(source_code);
          if (comment && ((target_code.size() == 3 &&
                           source_code.compare(0, 3, target_code) == 0) ||
                          (source_code.size() == 3 &&
                           target_code.compare(0, 3, source_code) == 0))) {
            // A denial or an admission still says something ("Saudi Arabia acknowledged that
            // the journalist was killed"): kept, with no target.
            if (!StandsWithoutTarget(code)) return;
            t = nullptr;
            target_code.clear();
          }
        }
        if (t && target_code.size() >= 3 && IsAid(code) &&
            OfACountry(target_code)) {
          aid_recipient = target_code.substr(0, 3);
        }
        if (t && target_code.size() >= 3 && source_code.size() >= 3 &&
            target_code.compare(0, 3, source_code, 0, 3) != 0 &&
            OfACountry(source_code) &&
            OfACountry(target_code)) {
          // (Once per sentence: a phone call coded both ways is one exchange.)
          const std::string_view source_country = std::string_view(source_code).substr(0, 3);
          const std::string_view target_country = std::string_view(target_code).substr(0, 3);
          std::string key(std::min(source_country, target_country));
          key += std::max(source_country, target_country);
          auto it = std::find_if(story_pairs.begin(), story_pairs.end(),
                                 [&](const auto& sp) { return sp.first == key; });
          if (it == story_pairs.end()) {
            story_pairs.emplace_back(key, 1);
            pairs_this_sentence.push_back(std::move(key));
          } else if (std::find(pairs_this_sentence.begin(), pairs_this_sentence.end(), key) ==
                     pairs_this_sentence.end()) {
            ++it->second;
            pairs_this_sentence.push_back(std::move(key));
          }
        }
        // Built in place: an Event is about 800 bytes of strings, and moving it in was as dear
        // as filling most of them.
        Event& e = NewEvent(out, sentence_index, date, s, std::move(source_code), t,
                            std::move(target_code));
        e.cameo = code;
        // Codes of protest and force (roots 14, 17, 18, 19) are refined by who acts and how
        // ("protesters attacked", "warplanes struck"); no other, and most events are of none of
        // these roots.
        const bool protest_or_force =
            code[0] == '1' && (code[1] == '4' || (code[1] >= '7' && code[1] <= '9'));
        if (protest_or_force) {
          // Protesters or a crowd attacking is a riot (145, protest violently), not an armed
          // assault: "protesters attacked the French embassy".
          const std::string_view role = RoleOf(e.source.code);
          const std::string_view act = code;  // compared as a view (see RoleOf)
          if (StartsWith(code, "18") && s.person < 0 && (Is(role, "OPP") || Is(role, "CVL"))) {
            e.cameo = "145";
          }
          // Fighting done by aircraft ("Indian warplanes struck", "Israeli jets bombed") is
          // the use of aerial weapons (195).
          // (The noun may follow the actor's words: "Indian warplanes".)
          if ((Is(act, "190") || Is(act, "193") || Is(act, "180") || Is(act, "183")) &&
              IsAirForce(text.substr(s.begin, std::min<size_t>(s.end - s.begin + 12,
                                                               text.size() - s.begin)))) {
            e.cameo = "195";
          }
          // A state's forces bombing ("Saudi-led forces have bombed") bomb from the air: CAMEO's
          // 183 is the bombing of non-state actors.
          if (Is(act, "183") && (Is(role, "MIL") || Is(role, "GOV"))) e.cameo = "195";
          // Seizing a capital ("rebels seized Damascus") takes territory (192), not people.
          if (t && t->capital && StartsWith(code, "17") &&
              norm[m.anchor].substr(0, 4) == "seiz") {
            e.cameo = "192";
          }
          // So does a state's "strike" ("the Israeli strike on a camp"): an air or missile
          // strike, not a labour strike (143), which is a people's.
          if ((Is(act, "180") || Is(act, "190") || Is(act, "143")) &&
              (role.empty() || Is(role, "MIL") || Is(role, "GOV")) &&
              (Is(norm[m.anchor], "strike") || Is(norm[m.anchor], "strikes") ||
               Is(norm[m.anchor], "airstrike") || Is(norm[m.anchor], "airstrikes"))) {
            e.cameo = "195";
          }
          // Killing a named person ("Soleimani was killed by a U.S. drone strike") is an
          // assassination (186), whatever the weapon.
          if (t && named_victim && norm[m.anchor].substr(0, 4) == "kill" &&
              (StartsWith(code, "18") || StartsWith(code, "19"))) {
            e.cameo = "186";
          }
        }
        Recode(&e, e.cameo);
        e.modality = modality;
        if (!IsReaction(code)) {
          sentence_actor = s;
          have_sentence_actor = true;
        }
        e.rule = c.RuleOf(p);
        e.verb_begin = toks[m.anchor]->begin;
        e.verb_end = toks[m.anchor]->end;
        if (t) AddPastAgreement(m, out);
      };
      // "Mali and Burkina Faso warned that an intervention would be a declaration of war
      // against them": an act of a group on itself ("them" being the group) has no target.
      const bool reflexive =
          tgt >= 0 && mentions[tgt].kind == Mention::Kind::kPronPlural &&
          !mentions[tgt].reciprocal && !targets.empty() &&
          std::all_of(targets.begin(), targets.end(), [&](const Ref& t) {
            const std::string tc = CodeOf(t, role_date);
            return std::any_of(sources.begin(), sources.end(),
                               [&](const Ref& s) { return CodeOf(s, role_date) == tc; });
          });
      if (reflexive) {
        for (const Ref& s : sources) emit(s, nullptr);
      } else if (!targets.empty()) {
        // Consulting, negotiating, signing and cooperating are mutual: each side toward the
        // other.
        // "the war between the army and the RSF": "between" makes any event mutual.
        // Economic, military and judicial cooperation are mutual when done "with" someone, not
        // when one side supplies, sells arms or extradites to the other.
        const bool one_way = (Is(code, "061") || Is(code, "062") || Is(code, "063")) &&
                             p.text.find(" with ") == std::string::npos;
        const bool mutual = (IsMutual(code) && !one_way) ||
                            p.text.find("between $ and +") != std::string::npos;
        for (const Ref& s : sources) {
          for (const Ref& t : targets) {
            emit(s, &t);
            if (mutual) emit(t, &s);
          }
        }
      } else if (sources.size() >= 2 && !StartsWith(code, "01") &&
                 !StartsWith(code, "02") &&
                 mentions[src].kind != Mention::Kind::kPronPlural) {
        // "The two countries agreed", "Raisi and Putin met": each toward the other.
        for (size_t a = 0; a < sources.size(); ++a) {
          for (size_t b = 0; b < sources.size(); ++b) {
            if (a != b) emit(sources[a], &sources[b]);
          }
        }
      } else {
        emit(sources[0], nullptr);
      }
    }
    AddRepeatedActs(sentence_index, out);
    FinishSentence(out);
  }

  // A new event of this sentence at the end of `out`: its date, and its actors' codes and
  // words (`t` null: no target). (The codes are taken by rvalue reference: moved once, into
  // the event, not also into parameters.)
  Event& NewEvent(SentenceEvents& out, int sentence_index, const text::Date& date,
                  const Ref& s, std::string&& source_code, const Ref* t,
                  std::string&& target_code) const {
    Event& e = out.emplace_back();
    e.doc_id = doc_id;
    e.sentence_index = sentence_index;
    e.date = date.ToIso();
    e.date_precision = date.PrecisionName();
    e.doc_date = doc_date_iso;
    e.source.code = std::move(source_code);
    e.source.begin = s.begin;
    e.source.end = s.end;
    e.source.text = text.substr(s.begin, s.end - s.begin);
    if (t) {
      e.target.code = std::move(target_code);
      e.target.begin = t->begin;
      e.target.end = t->end;
      e.target.text = text.substr(t->begin, t->end - t->begin);
    }
    return e;
  }

  // "Fourteen EU countries, including France and Germany, took similar steps", "Canada
  // followed suit": the subject did the story's last act (its code, its target, its date).
  void AddRepeatedActs(int sentence_index, SentenceEvents& out) {
    uint32_t verb = size();
    for (uint32_t q = 1; q + 2 < size() && verb == size(); ++q) {
      const std::string_view a = norm[q];
      // (Most words are shorter than "did" or start with none of the phrases' first letters:
      // one test passes them by, before the next two words are read.)
      if (a.size() < 3 || (a[0] != 't' && a[0] != 'f' && a[0] != 'd')) continue;
      const std::string_view b = norm[q + 1], c3 = norm[q + 2];
      const bool took =
          Is(a, "took") || Is(a, "take") || Is(a, "takes") || Is(a, "taken") || Is(a, "taking");
      if ((took && (Is(b, "similar") || Is(b, "the")) &&
           (Is(c3, "steps") || Is(c3, "measures") || Is(c3, "action") || Is(c3, "same"))) ||
          (Is(a, "followed") && Is(b, "suit")) ||
          ((Is(a, "did") || Is(a, "does")) &&
           (Is(b, "likewise") || (Is(b, "the") && Is(c3, "same"))))) {
        verb = q;
      }
    }
    if (verb == size() || past_acts.empty()) return;
    const PastAct* act = nullptr;
    for (auto it = past_acts.rbegin(); it != past_acts.rend() && !act; ++it) {
      if (it->has_target && !it->comment && !it->code.empty()) act = &*it;
    }
    const int subject = SubjectBefore(verb, true);
    if (!act || subject < 0 || mentions[subject].kind != Mention::Kind::kActor) return;
    const std::string target_code = CodeOf(act->target, doc_date);
    for (const Ref& r : Group(subject)) {
      std::string source_code = CodeOf(r, doc_date);
      if (source_code.size() < 3 || target_code.size() < 3 ||
          source_code.compare(0, 3, target_code, 0, 3) == 0) {
        continue;
      }
      Event& e = NewEvent(out, sentence_index, act->date, r, std::move(source_code), &act->target,
                          std::string(target_code));
      Recode(&e, act->code);
      e.rule = "the same act as the story's last (\"" + std::string(norm[verb]) + " " +
               std::string(norm[verb + 1]) + "\")";
      e.verb_begin = toks[verb]->begin;
      e.verb_end = toks[verb]->end;
    }
  }

  // Whether the first three letters of an actor code name a country ("IRNGOV", "RUS").
  bool OfACountry(const std::string& code) const {
    return code.size() >= 3 && lex.CountryEntry(std::string_view(code).substr(0, 3)) >= 0;
  }

  // The closing comma of an appositive opened by the comma at `open` ("Guzman, known as El
  // Chapo, to"): within six words, with no verb of its own but a participle; else 0.
  uint32_t AppositiveEnd(uint32_t open) const {
    if (!HasClass(cls[open], kComma) || pos.empty()) return 0;
    for (uint32_t q = open + 1; q < size() && q <= open + 6; ++q) {
      if (HasClass(cls[q], kComma)) return q > open + 1 ? q : 0;
      if (HasClass(cls[q], kClauseBreak | kRel | kQuote) || norm[q] == "." || IsFiniteVerb(q)) {
        return 0;
      }
    }
    return 0;
  }

  // A country the text implies but does not name at this point ("The deal was brokered by
  // Qatar": the two sides): its words are the verb's at token `at`.
  Ref ImpliedCountry(const std::string& code, uint32_t at) const {
    Ref r;
    r.code = code;
    r.country = true;
    r.begin = toks[at]->begin;
    r.end = toks[at]->end;
    return r;
  }

  // The target of an act with no object the text names in its place: the doer of the event a
  // reaction names ("condemned the strike"), a possessive in the act's words ("demanded his
  // removal").
  void TargetNamedInContext(const Match& m, int src, const std::vector<Ref>& sources,
                            std::vector<Ref>& targets) const {
    const VerbPattern& p = *m.pattern;
    const bool verbal = p.verbal;
    // "Russia condemned the strike", "Blinken welcomed the agreement": a reaction to an event
    // named by a definite noun is aimed at who did that event, the last actor that acted.
    // ("said the talks were frank" reports a clause, not a reaction to the talks.)
    // (A verb of saying in a longer pattern is a judgement: "called the veto disastrous".)
    if (targets.empty() && verbal && m.target < 0 && IsReaction(p.code) &&
        !Is(p.code, "057") && !(sources.size() >= 2 && IsMutual(p.code)) &&
        (!HasClass(cls[m.anchor], kSay) || p.items.size() > 1) && m.anchor + 1 < size() &&
        Is(norm[m.anchor + 1], "the") && (have_last_actor || !past_acts.empty())) {
      const std::string src_code = CodeOf(sources[0], doc_date);
      const std::string src_country = src_code.substr(0, 3);
      // Whom a reaction can be aimed at: another country's actor; or, for criticism by the
      // legislature or the opposition ("McConnell criticised the climate deal"), its own
      // government.
      auto aimable = [&](const Ref& actor) {
        const std::string c = CodeOf(actor, doc_date);
        if (c.compare(0, 3, src_country) != 0) return true;
        return StartsWith(p.code, "11") && c.size() == 6 && c.compare(3, 3, "GOV") == 0 &&
               src_code.size() == 6 &&
               (src_code.compare(3, 3, "LEG") == 0 || src_code.compare(3, 3, "OPP") == 0);
      };
      // The event the noun names: the latest act coded with a word of the same stem ("the
      // test" / "tested", "the deployment" / "deployed"); else the last act of all.
      const Ref* who = &last_actor;
      uint32_t noun = m.anchor + 2;
      // The head noun of "the (adjective) noun": stop before a complement ("the veto
      // disastrous") or a preposition.
      while (noun + 1 < size() && noun < m.anchor + 4 && !IsGapBarrier(noun + 1) &&
             !HasClass(cls[noun + 1], kPrep) && mention_at[noun + 1] < 0 &&
             !(IsNominalWord(noun) && !IsNominalWord(noun + 1))) {
        ++noun;
      }
      bool named = false;
      if (noun < size() && norm[noun].size() >= 4) {
        const std::string_view stem = norm[noun].substr(0, 4);
        for (auto it = past_acts.rbegin(); it != past_acts.rend(); ++it) {
          if (std::find(it->stems.begin(), it->stems.end(), stem) != it->stems.end() &&
              aimable(it->source)) {
            who = &it->source;
            named = true;
            break;
          }
        }
      }
      // Else the first act of a kind the noun names ("the attack": force; "the accusation":
      // a complaint), else the first act of all ("the decision"): a reaction in a news story
      // is mostly to its news, the act its lead reports.
      const ActKinds kinds = noun < size() ? ActKindsOfNoun(norm[noun]) : ActKinds{};
      for (int pass = kinds.roots.empty() ? 1 : 0; !named && pass < 2; ++pass) {
        const bool latest = pass == 0 && kinds.latest;
        for (size_t i = 0; i < past_acts.size(); ++i) {
          const PastAct& act = past_acts[latest ? past_acts.size() - 1 - i : i];
          const bool kind_named =
              pass == 0 && RootIn(std::string_view(act.root, 2), kinds.roots);
          if ((kind_named || (pass == 1 && !act.comment)) && aimable(act.source)) {
            who = &act.source;
            named = true;
            break;
          }
        }
      }
      // (With no act named and no earlier actor there is no one: `last_actor` is unset.)
      const std::string who_code = named || have_last_actor ? CodeOf(*who, doc_date) : "";
      if (!who_code.empty() && aimable(*who)) {
        Ref r = *who;
        r.begin = toks[m.anchor + 1]->begin;
        r.end = toks[std::min<uint32_t>(noun, size() - 1)]->end;
        targets.push_back(r);
      }
    }
    // "demanded his removal", "called for their release": a possessive pronoun inside the
    // act's own words is whom it is aimed at.
    for (uint32_t q = m.anchor + 1; targets.empty() && q < m.e && !pos.empty(); ++q) {
      const int mk = mention_at[q];
      if (mk < 0 || mk == src || pos[q] != text::Pos::kPRPS ||
          mentions[mk].kind == Mention::Kind::kActor || mentions[mk].referents.size() != 1) {
        continue;
      }
      Ref r = mentions[mk].referents[0];
      r.begin = toks[q]->begin;
      r.end = toks[q]->end;
      if (CodeOf(r, doc_date) != CodeOf(sources[0], doc_date)) targets.push_back(r);
    }
  }

  // "Vietnam, which hosted the summit", "the ceremony, which was hosted by Cuba's president":
  // hosting a meeting the story has told of, with no guest named, hosts the two who met (the
  // latest meeting or signing of two actors). Null when the host names no meeting.
  const PastAct* HostedMeeting(const Match& m) const {
    if (!Is(m.pattern->code, "043") || m.target >= 0) return nullptr;
    bool meeting = false;
    const uint32_t from = m.anchor >= 5 ? m.anchor - 5 : 0;
    for (uint32_t q = from; q < size() && q <= m.anchor + 3 && !meeting; ++q) {
      meeting = Is(norm[q], "summit") || Is(norm[q], "talks") || Is(norm[q], "meeting") ||
                Is(norm[q], "ceremony") || Is(norm[q], "negotiations") || Is(norm[q], "conference");
    }
    if (!meeting) return nullptr;
    auto met = [](const PastAct& a) {
      return a.has_target && a.root[0] == '0' && (a.root[1] == '4' || a.root[1] == '5');
    };
    for (auto it = sentence_acts.rbegin(); it != sentence_acts.rend(); ++it) {
      if (met(*it)) return &*it;
    }
    for (auto it = past_acts.rbegin(); it != past_acts.rend(); ++it) {
      if (met(*it)) return &*it;
    }
    return nullptr;
  }

  // Rebels, separatists, insurgents or the opposition: a side against its own state.
  static bool IsInsurgent(const std::string& code) {
    const std::string_view role = RoleOf(code);
    return Is(role, "REB") || Is(role, "OPP") || Is(role, "SEP") || Is(role, "INS");
  }

  // The actor mention nearest the verb of `m`, other than the source `src`, for which
  // `fits(mention, its code)`; -1 when none does.
  template <typename Fits>
  int NearestActor(const Match& m, int src, Fits fits) const {
    int best = -1;
    uint32_t best_dist = 0;
    for (size_t k = 0; k < mentions.size(); ++k) {
      const Mention& o = mentions[k];
      if (o.kind != Mention::Kind::kActor || static_cast<int>(k) == src) continue;
      if (!fits(o, CodeOf(o.ref, doc_date))) continue;
      const uint32_t dist = o.b > m.anchor ? o.b - m.anchor : m.anchor - o.e + 1;
      if (best < 0 || dist < best_dist) {
        best = static_cast<int>(k);
        best_dist = dist;
      }
    }
    return best;
  }

  // A military or an armed group.
  static bool IsArmed(const std::string& code) {
    const std::string_view role = RoleOf(code);
    return Is(role, "MIL") || Is(role, "REB") || Is(role, "SEP") || Is(role, "INS");
  }

  // The target of an act the text leaves implied: the sides of a mediation, the other country
  // of force, the home of a curfew, the other side of the story, the recipient of aid.
  void ImpliedTargets(const Match& m, int src, const std::vector<Ref>& sources,
                      std::vector<Ref>& targets) const {
    const VerbPattern& p = *m.pattern;
    // "offered to mediate between the Gulf neighbours", "the deal was brokered by Qatar":
    // mediation is between the two sides the story is about, its last pair of actors.
    if (targets.empty() && (Is(p.code, "045") || Is(p.code, "039")) && m.target < 0) {
      // ("Libya's rival factions signed a ceasefire after U.N.-mediated talks": the two the
      // sentence names together come first.)
      std::vector<Ref> here;
      for (size_t k = 0; k < mentions.size() && here.empty(); ++k) {
        if (static_cast<int>(k) == src || mentions[k].kind != Mention::Kind::kActor) continue;
        std::vector<Ref> group = Group(static_cast<int>(k), false);
        if (group.size() >= 2) here = std::move(group);
      }
      const std::vector<Ref>& pair =
          !here.empty() ? here
          : last_group.size() >= 2 && last_group_sentence > last_country_pair_sentence
              ? last_group
              : last_country_pair;
      const std::string src_code = CodeOf(sources[0], doc_date);
      for (const Ref& r : pair) {
        if (CodeOf(r, doc_date).substr(0, 3) != src_code.substr(0, 3)) targets.push_back(r);
      }
      // (Two sides: two countries, or a state and its insurgents; two Americans named last are
      // one side of a prisoner exchange.)
      auto side = [&](const Ref& r) {
        const std::string c = CodeOf(r, doc_date);
        return c.substr(0, 3) + (IsInsurgent(c) ? "+" : "");
      };
      // Two countries named together are two sides only if the story has coded them as a pair:
      // "Saudi Arabia and Egypt severed ties with Qatar" names one side.
      auto coded_together = [&](const std::string& a, const std::string& b) {
        const std::string key = std::min(a, b) + std::max(a, b);
        return std::any_of(story_pairs.begin(), story_pairs.end(),
                           [&](const auto& sp) { return sp.first == key; });
      };
      auto opposed = [&](const Ref& r) {
        const std::string a = side(targets[0]), b = side(r);
        if (a == b) return false;
        if (a.compare(0, 3, b, 0, 3) == 0) return true;  // a state and its insurgents
        return coded_together(a.substr(0, 3), b.substr(0, 3));
      };
      const bool two_sides =
          targets.size() >= 2 && std::any_of(targets.begin() + 1, targets.end(), opposed);
      if (!two_sides) {
        // Else the two countries the story has coded together most ("Hamas freed three
        // hostages ... The deal was brokered by Qatar").
        targets.clear();
        const std::pair<std::string, int>* best = nullptr;
        for (const auto& sp : story_pairs) {
          if (sp.first.compare(0, 3, src_code, 0, 3) != 0 &&
              sp.first.compare(3, 3, src_code, 0, 3) != 0 && (!best || sp.second > best->second)) {
            best = &sp;
          }
        }
        for (int k = 0; best && k < 2; ++k) {
          targets.push_back(ImpliedCountry(best->first.substr(3 * k, 3), m.anchor));
        }
      }
    }
    // "since Russia invaded", "the strikes killed 20": force needs no object in the text to
    // have one; it is aimed at the other country the sentence names, nearest the verb.
    if (targets.empty() && p.code.compare(0, 2, "15") >= 0) {
      const std::string src_country = CodeOf(sources[0], doc_date).substr(0, 3);
      const int best = NearestActor(m, src, [&](const Mention& o, const std::string& full) {
        // The speaker of a report ("Pompeo said Iran had launched an attack") is no target.
        if (o.e < size() && HasClass(cls[o.e], kSay)) return false;
        if (o.e + 1 < size() && HasClass(cls[o.e], kAux) && HasClass(cls[o.e + 1], kSay)) {
          return false;
        }
        if (full.size() == 6 && full.compare(3, 3, "ELI") == 0) return false;  // a former tie
        const std::string c = full.substr(0, 3);
        return c.size() == 3 && c != src_country && lex.CountryEntry(c) >= 0;
      });
      if (best >= 0) {
        Ref r = mentions[best].ref;
        r.code = CodeOf(r, doc_date).substr(0, 3);
        r.person = -1;
        targets.push_back(r);
      } else if (sources.size() == 1) {
        // "a sarin attack by Syrian government aircraft ... that killed more than 80
        // civilians": else the first other actor of the country after the verb (not the
        // country itself: "fighting in Khartoum" names a place).
        const std::string src_code = CodeOf(sources[0], doc_date);
        for (size_t k = 0; k < mentions.size(); ++k) {
          const Mention& o = mentions[k];
          if (o.kind != Mention::Kind::kActor || static_cast<int>(k) == src ||
              o.b <= m.anchor) {
            continue;
          }
          const std::string c = CodeOf(o.ref, doc_date);
          if (c.size() > 3 && c != src_code) {
            targets.push_back(o.ref);
            break;
          }
        }
        // "Separatists surrendered, a day after Azerbaijani forces launched an offensive": a
        // state's force is aimed at its own insurgents the sentence names before it.
        for (size_t k = 0; targets.empty() && k < mentions.size(); ++k) {
          const Mention& o = mentions[k];
          if (o.kind != Mention::Kind::kActor || static_cast<int>(k) == src || o.b >= m.anchor) {
            continue;
          }
          const std::string c = CodeOf(o.ref, doc_date);
          if (c.size() == 6 && c.compare(0, 3, src_code, 0, 3) == 0 && IsInsurgent(c)) {
            targets.push_back(o.ref);
          }
        }
      }
    }
    if (targets.empty()) {
      if (const PastAct* meeting = HostedMeeting(m)) {
        const std::string host = CodeOf(sources[0], doc_date).substr(0, 3);
        for (const Ref* r : {&meeting->source, &meeting->target}) {
          if (CodeOf(*r, doc_date).compare(0, 3, host) != 0) targets.push_back(*r);
        }
      }
    }
    // "Separatists surrendered, a day after Azerbaijani forces launched an offensive": a
    // retreat or surrender is to the other side the sentence names (for insurgents, their
    // state's forces), nearest the verb. (Only an armed side surrenders: people fleeing
    // war, or a ruler fleeing his country, yield to no one named.)
    if (targets.empty() && StartsWith(p.code, "087") &&
        IsArmed(CodeOf(sources[0], doc_date))) {
      const std::string src_code = CodeOf(sources[0], doc_date);
      const bool insurgent = IsInsurgent(src_code);
      const int best = NearestActor(m, src, [&](const Mention&, const std::string& c) {
        const bool same_country = c.compare(0, 3, src_code, 0, 3) == 0;
        return c.size() >= 3 && OfACountry(c) &&
               (insurgent ? same_country && !IsInsurgent(c) : !same_country);
      });
      if (best >= 0) targets.push_back(mentions[best].ref);
    }
    // "declared a state of emergency", "imposed a nationwide curfew": restrictions with no
    // one named are imposed on the actor's own country.
    if (targets.empty() && StartsWith(p.code, "172")) {
      const std::string home = CodeOf(sources[0], doc_date).substr(0, 3);
      if (home.size() == 3 && lex.CountryEntry(home) >= 0) {
        Ref r;
        r.code = home;
        r.country = true;
        r.begin = toks[m.anchor]->begin;
        r.end = toks[m.e > m.anchor ? m.e - 1 : m.anchor]->end;
        targets.push_back(r);
      }
    }
    // "Philippine officials refused to remove the ship", "Hamas released 24 hostages",
    // "Biden promised to revive the deal", "the pilot was shot down by Pakistani jets": an
    // intent, concession, rejection, threat, show of force, sanction, coercion or attack with
    // no one named, by one side of the story (the pair of countries coded together in the most
    // sentences), is aimed at the other side.
    // (An act of the state, not of its people: "millions have fled their homes".)
    // A show of force aimed at the actor's own forces ("ordered the mobilisation of 300,000
    // reservists") is aimed at the other side too.
    // (Not arrests: "police arrested several suspects over the fire" arrests people no one
    // has said are the other side's; nor curfews, which are imposed at home.)
    const std::string_view root2(p.code.data(), 2);
    const std::string src_full = CodeOf(sources[0], doc_date);
    if (Is(root2, "15") && !targets.empty() && m.target < 0 &&
        std::all_of(targets.begin(), targets.end(), [&](const Ref& t) {
          return CodeOf(t, doc_date).compare(0, 3, src_full, 0, 3) == 0;
        })) {
      targets.clear();
    }
    const std::string_view src_role =
        src_full.size() >= 6 ? std::string_view(src_full).substr(3, 3) : std::string_view();
    const bool state_act = src_role.empty() || Is(src_role, "GOV") || Is(src_role, "MIL") ||
                           Is(src_role, "JUD") || Is(src_role, "COP") || Is(src_role, "SPY") ||
                           Is(src_role, "REB") || Is(src_role, "LEG");
    if (targets.empty() && m.target < 0 && sources.size() == 1 && state_act &&
        RootIn(root2, "03081112131516171819") &&
        !StartsWith(p.code, "172") && !StartsWith(p.code, "173")) {
      const std::string sc = CodeOf(sources[0], doc_date).substr(0, 3);
      const std::pair<std::string, int>* best = nullptr;
      for (const auto& pair : story_pairs) {
        if ((pair.first.compare(0, 3, sc) == 0 || pair.first.compare(3, 3, sc) == 0) &&
            (!best || pair.second > best->second)) {
          best = &pair;
        }
      }
      if (best) {
        targets.push_back(ImpliedCountry(best->first.compare(0, 3, sc) == 0
                                             ? best->first.substr(3, 3)
                                             : best->first.substr(0, 3),
                                         m.anchor));
      } else if (!past_acts.empty() &&
                 CodeOf(past_acts.front().source, doc_date).compare(0, 3, sc) != 0 &&
                 RootIn(root2, "1316")) {
        // "Guinean special forces detained the president ... Ghana's president threatened
        // sanctions": a threat or a sanction by an outsider to the story is aimed at the actor
        // of its lead. (Not a refusal: "China declined to condemn the coup" is aimed at no
        // one the lead names.)
        Ref r = past_acts.front().source;
        r.begin = toks[m.anchor]->begin;
        r.end = toks[m.anchor]->end;
        targets.push_back(r);
      }
    }
    if (targets.empty() && m.target < 0 && IsAid(p.code) && !aid_recipient.empty() &&
        CodeOf(sources[0], doc_date).compare(0, 3, aid_recipient) != 0) {
      targets.push_back(ImpliedCountry(aid_recipient, m.anchor));
    }
  }

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

  // A statement by a verb of saying ("X said"): kept only when the sentence has no other event.
  bool IsSay(const Event& e) const {
    // (The root first: most events are no statement, and the verb's token is then not sought.)
    if (!Is(e.root, "01")) return false;
    for (uint32_t i = 0; i < size(); ++i) {
      if (toks[i]->begin == e.verb_begin) return HasClass(cls[i], kSay);
    }
    return false;
  }

  // What the sentence's events say together, once all are coded, then the events kept.
  void FinishSentence(SentenceEvents& out) {
    if (out.size() == 0) return;  // (most sentences: each step would find nothing to do)
    YieldToDemands(out);
    AddReportedJudgements(out);
    MergeProtestDemands(out);
    GradeBareStatements(out);
    KeepFinestEvents(out);
  }

  // "Pompeo said Iran had launched an attack", "Tillerson said Moscow had failed": a statement
  // about another side's acts accuses (112) or criticises (111) it.
  void AddReportedJudgements(SentenceEvents& out) const {
    // A government saying another actor used force ("Pompeo said Iran had launched an attack",
    // "Blinken said RSF fighters had murdered men") accuses it (112).
    std::vector<Event> accusations;
    for (const Event& say : out) {
      if (!IsSay(say) || !say.target.empty() || say.source.code.size() < 6 ||
          say.source.code.compare(3, 3, "GOV") != 0) {
        continue;
      }
      for (const Event& act : out) {
        if (act.verb_begin <= say.verb_end || act.root < "18" || act.root > "20" ||
            act.source.code.compare(0, 3, say.source.code, 0, 3) == 0) {
          continue;
        }
        Event a = say;
        Recode(&a, "112");
        a.target = act.source;
        bool have = false;
        for (const Event& o : accusations) have = have || o.target.code == a.target.code;
        if (!have) accusations.push_back(std::move(a));
      }
    }
    // A statement that another country's side has done wrong ("Trump said Assad had
    // crossed many lines", "Tillerson said Moscow had failed to ensure ...") criticises
    // it (111).
    for (const Event& say : out) {
      if (!accusations.empty() || !IsSay(say) || !say.target.empty() ||
          say.source.code.size() < 3 || ReportedTone(say.verb_end) >= 0) {
        continue;
      }
      for (const Mention& o : mentions) {
        if (toks[o.b]->begin < say.verb_end || o.kind == Mention::Kind::kPair) continue;
        const std::vector<Ref> who = o.kind == Mention::Kind::kActor
                                         ? std::vector<Ref>{o.ref}
                                         : o.referents;
        if (who.size() != 1) break;
        const std::string code = CodeOf(who[0], doc_date);
        if (code.size() < 3 || code.compare(0, 3, say.source.code, 0, 3) == 0) break;
        Event a = say;
        Recode(&a, "111");
        a.target.code = code;
        a.target.begin = toks[o.b]->begin;
        a.target.end = toks[o.e - 1]->end;
        a.target.text = std::string(text.substr(a.target.begin, a.target.end - a.target.begin));
        accusations.push_back(std::move(a));
        break;
      }
    }
    for (Event& a : accusations) out.push_back(std::move(a));
  }

  // "Mugabe resigned, hours after lawmakers demanded his removal": a concession with no one
  // named yields to whoever the sentence says demanded it.
  void YieldToDemands(SentenceEvents& out) const {
    for (Event& e : out) {
      if (!Is(e.root, "08") || !e.target.empty()) continue;
      for (const Event& d : out) {
        if (Is(d.root, "10") && d.source.code != e.source.code) {
          e.target = d.source;
          break;
        }
      }
    }
  }

  // "Migrants protested at the crossing, demanding that Hungary reopen the border": the demand
  // is what the protest is for, one protest aimed at whom the demand is. A protest at home with
  // no one named ("students protested outside Kabul University") is against the government.
  void MergeProtestDemands(SentenceEvents& out) const {
    for (Event& e : out) {
      if (!Is(e.root, "14")) continue;
      for (Event& d : out) {
        if (!Is(d.root, "10") || d.source.code != e.source.code || d.verb_begin < e.verb_end) {
          continue;
        }
        if (e.target.empty()) e.target = d.target;
        d.cameo.clear();  // absorbed
      }
      const std::string& sc = e.source.code;
      const bool aimed_elsewhere = std::any_of(out.begin(), out.end(), [&](const Event& o) {
        return Is(o.root, "14") && o.source.code == sc && !o.target.empty();
      });
      if (e.target.empty() && !aimed_elsewhere && sc.size() == 6 && OfACountry(sc) &&
          sc.compare(3, 3, "GOV") != 0 && sc.compare(3, 3, "MIL") != 0 &&
          sc.compare(3, 3, "COP") != 0) {
        AimAtHomeGovernment(&e);
      }
    }
    out.truncate(std::remove_if(out.begin(), out.end(), [](const Event& e) { return e.cameo.empty(); }));
    // So is the opposition's dissent with no one named: "Odinga challenged the result in
    // court" sues the government.
    for (Event& e : out) {
      const std::string& sc = e.source.code;
      if (e.target.empty() && (Is(e.root, "10") || Is(e.root, "11") || Is(e.root, "12") ||
                               Is(e.root, "13")) &&
          sc.size() == 6 && OfACountry(sc) && sc.compare(3, 3, "OPP") == 0) {
        AimAtHomeGovernment(&e);
      }
    }
  }

  // Implied, not named: the target's words are the act's own.
  void AimAtHomeGovernment(Event* e) const {
    e->target.code = e->source.code.substr(0, 3) + "GOV";
    e->target.begin = e->verb_begin;
    e->target.end = e->verb_end;
    e->target.text = std::string(text.substr(e->verb_begin, e->verb_end - e->verb_begin));
  }

  // A statement that only judges ("said the deal would make the world safer", "said the talks
  // had failed") is an optimistic or a pessimistic comment (013, 012).
  void GradeBareStatements(SentenceEvents& out) const {
    if (std::none_of(out.begin(), out.end(), [&](const Event& e) { return !IsSay(e); })) {
      for (Event& e : out) {
        if (!Is(e.cameo, "010") || !e.target.empty()) continue;
        const int tone = ReportedTone(e.verb_end);
        if (tone == 0) continue;
        Recode(&e, tone > 0 ? "013" : "012");
      }
    }
  }

  // Leaves out untargeted events (unless kept), bare statements beside other events, codes
  // a finer one shadows and events the document has already.
  void KeepFinestEvents(SentenceEvents& out) const {
    if (!c.keep_untargeted_) {
      out.truncate(std::remove_if(out.begin(), out.end(), [](const Event& e) {
        // A visit or force aimed at a place named in the sentence gets its target when the
        // coder places the event.
        return e.target.empty() && !StandsWithoutTarget(e.cameo) && !AimedAtPlaces(e.cameo);
      }));
    }
    bool other = std::any_of(out.begin(), out.end(), [&](const Event& e) { return !IsSay(e); });
    // Of two events between the same actors in the same root family, the more specific code
    // stays ("planned drills" 0312 over the generic 030); two specific ones are two acts
    // ("condemned the decision and summoned the envoy": 111 and 114).
    // (A code ending in 0 is its family's "not specified": "refused to attend talks" 125
    // over "refused" 120.)
    auto finer = [](const std::string& a, const std::string& b) {
      if (a.size() != b.size()) return a.size() > b.size();
      return a.back() != '0' && b.back() == '0';
    };
    auto shadowed = [&](const Event& e) {
      for (const Event& o : out) {
        if (&o == &e || o.source.code != e.source.code || o.target.code != e.target.code ||
            o.root != e.root || o.cameo == e.cameo) {
          continue;
        }
        if (finer(o.cameo, e.cameo)) return true;
      }
      return false;
    };
    // "The Israeli strike on a camp killed 45 Palestinians", "Russian forces shelled Kharkiv,
    // killing civilians": the deaths are what the strike did, one act, coded as the strike.
    auto toll_of_strike = [&](const Event& e) {
      if ((!Is(e.root, "18") && !Is(e.root, "20")) || e.target.empty()) return false;
      return std::any_of(out.begin(), out.end(), [&](const Event& o) {
        // (A strike aimed at a place gets its target only when the event is placed.)
        return Is(o.root, "19") && o.source.code.compare(0, 3, e.source.code, 0, 3) == 0 &&
               (o.target.empty() || o.target.code.compare(0, 3, e.target.code, 0, 3) == 0);
      });
    };
    // Decided for all before any is moved. (In a vector the thread keeps: allocating one for
    // each sentence with events cost more than the decisions.)
    thread_local std::vector<bool> drop;
    drop.assign(out.size(), false);
    for (size_t i = 0; i < out.size(); ++i) {
      drop[i] = (other && IsSay(out[i])) || shadowed(out[i]) || toll_of_strike(out[i]);
    }
    // The events kept close up in place, in order. Each is compared with the document's last
    // 64 events before it: earlier sentences', and this one's kept so far.
    // (Only an event of the same sentence is a duplicate. Earlier sentences' events have
    // other indexes when the sentences are numbered in order, as CodeText does: the window
    // is searched from the first event in it with this sentence's index, found once, at the
    // first event kept; mostly that is this sentence's own first.)
    std::vector<Event>& document = out.document();
    size_t kept = out.first();
    size_t same_sentence_from = SIZE_MAX;
    for (size_t i = 0; i < drop.size(); ++i) {
      if (drop[i]) continue;
      Event& e = out[i];
      if (same_sentence_from == SIZE_MAX) {
        same_sentence_from = kept;
        for (size_t j = kept - std::min<size_t>(kept, 64); j < kept; ++j) {
          if (document[j].sentence_index == e.sentence_index) {
            same_sentence_from = j;
            break;
          }
        }
      }
      const size_t from = std::max(kept - std::min<size_t>(kept, 64), same_sentence_from);
      bool dup = std::any_of(document.begin() + from, document.begin() + kept,
                             [&](const Event& o) {
                               return o.sentence_index == e.sentence_index &&
                                      o.source.code == e.source.code &&
                                      o.target.code == e.target.code && o.cameo == e.cameo;
                             });
      if (dup) continue;
      if (&document[kept] != &e) document[kept] = std::move(e);
      ++kept;
    }
    document.resize(kept);
  }
};

bool StandsWithoutTarget(std::string_view cameo) {
  std::string_view root = cameo.substr(0, 2);
  // A bare "X said" (010) without an addressee says only that X spoke; comments, denials and
  // admissions (012-019) say something.
  if (Is(cameo, "010")) return false;
  return Is(root, "01") || Is(root, "02") || Is(root, "09") || Is(root, "20");
}

bool AimedAtPlaces(std::string_view cameo) {
  return Is(cameo, "042") || cameo.substr(0, 2) >= "15";
}

SentenceCoder::SentenceCoder(lexicon::Lexicon* lexicon) : lex_(*lexicon), w_(new Words) {
  text::Vocabulary& vocab = lexicon->vocab();
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (const auto& [word, klass] : kClassWords) pairs.emplace_back(vocab.Intern(word), klass);
  w_->cls.assign(vocab.size(), 0);
  for (auto [id, klass] : pairs) w_->cls[id] |= klass;
  w_->id_the = vocab.Find("the");
  w_->id_and = vocab.Find("and");
  w_->id_or = vocab.Find("or");
  w_->id_to = vocab.Find("to");
  w_->id_of = vocab.Find("of");
  w_->id_former = vocab.Find("former");
  w_->mention_words = MentionWords(&vocab);
  // Each pattern's evidence string, printed with every event it codes.
  for (const VerbPattern& p : lexicon->patterns()) {
    rules_.push_back(p.text + " @ " + RuleOrigin(p.origin));
  }
}

SentenceCoder::~SentenceCoder() = default;

std::string SentenceCoder::RuleOf(const VerbPattern& p) const {
  // Precomputed for the patterns loaded before the coder was made (all of them, in dyad);
  // the others are worked out each time.
  const auto& patterns = lex_.patterns();
  if (!patterns.empty() && &p >= patterns.data() && &p < patterns.data() + patterns.size()) {
    const size_t i = static_cast<size_t>(&p - patterns.data());
    if (i < rules_.size()) return rules_[i];
  }
  return p.text + " @ " + RuleOrigin(p.origin);
}

std::string SentenceCoder::CountryOf(std::string_view place) const {
  std::vector<Token> toks;
  text::Tokenize(place, &toks);
  std::vector<uint32_t> ids;
  std::string buf;
  for (const Token& t : toks) {
    std::string_view raw = place.substr(t.begin, t.end - t.begin);
    uint32_t id = text::IsShortAcronym(raw) ? lex_.vocab().Find(raw) : 0;
    if (id == 0) id = lex_.vocab().Find(text::Normalize(raw, &buf));
    ids.push_back(id);
  }
  // The last place named wins: "Nairobi, Kenya" -> the country after the city.
  std::string found;
  for (uint32_t i = 0; i < ids.size(); ++i) {
    uint32_t value = 0;
    uint32_t len = lex_.actor_trie().LongestMatch(&ids[i], static_cast<uint32_t>(ids.size() - i),
                                                  &value);
    if (len == 0) continue;
    const lexicon::ActorEntry& a = lex_.actors()[value];
    if (a.kind != lexicon::ActorEntry::Kind::kPerson && a.code.size() == 3 &&
        lex_.CountryEntry(a.code) >= 0) {
      found = a.code;
    }
    i += len - 1;
  }
  return found;
}

int SentenceCoder::CodeText(std::string_view text, size_t skip_prefix, const text::Date& doc_date,
                            const std::string& doc_id, const std::string& home_country,
                            std::vector<Event>* events,
                            std::vector<std::pair<uint32_t, uint32_t>>* spans,
                            std::vector<Token>* tokens_out) const {
  // The thread's buffers, from article to article (see SentenceBuffers), or the caller's.
  thread_local std::vector<Token> thread_tokens;
  std::vector<Token>& tokens = tokens_out != nullptr ? *tokens_out : thread_tokens;
  thread_local SentenceBuffers buffers;
  tokens.clear();
  text::Tokenize(text, &tokens);
  std::vector<text::SentenceSpan> sentences = text::SplitSentences(text, tokens);
  if (spans) {
    spans->clear();
    spans->reserve(sentences.size());
    for (const text::SentenceSpan& s : sentences) {
      if (s.token_end > s.token_begin) {
        spans->emplace_back(tokens[s.token_begin].begin, tokens[s.token_end - 1].end);
      } else {
        spans->emplace_back(0, 0);
      }
    }
  }
  SentenceState st(*this, lex_, *w_, text, doc_date, doc_id, &buffers);
  st.home_country = home_country;
  int index = 0;
  for (const text::SentenceSpan& s : sentences) {
    uint32_t b = s.token_begin;
    while (b < s.token_end && tokens[b].begin < skip_prefix) ++b;
    if (b >= s.token_end) {
      ++index;
      continue;
    }
    st.Load(tokens, b, s.token_end);
    st.FindMentions();
    st.ResolveMentions();
    const std::vector<Match>& matches = st.MatchPatterns();
    size_t before = events->size();
    st.EmitEvents(matches, index, events);
    for (size_t k = before; k < events->size(); ++k) {
      Event& e = (*events)[k];
      uint32_t sb = tokens[s.token_begin].begin, se = tokens[s.token_end - 1].end;
      e.sentence = std::string(text.substr(sb, se - sb));
      e.sentence_begin = sb;
    }
    st.UpdateDiscourse();
    ++index;
  }
  return index;
}

}  // namespace dyad::coder
