// SentenceCoder, the public entry (sentence_coder.h): the function word classes, the coder made
// from a lexicon, and CodeText, which loads each sentence's tokens and runs the steps written in
// the files beside this one (mentions, discourse, pattern_match, roles, event_dates,
// implied_targets, emit_events, event_filters), whose shared declarations are in sentence_state.h.
#include "coder/sentence_coder.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "coder/sentence_state.h"
#include "text/head_word.h"
#include "text/sentences.h"

namespace dyad::coder {

namespace {

constexpr std::initializer_list<std::pair<const char*, uint32_t>> kClassWords = {
    {"the", kDet},
    {"a", kDet},
    {"an", kDet},
    {"this", kDet},
    {"these", kDet},
    {"those", kDet},
    {"some", kDet},
    {"several", kDet},
    {"many", kDet},
    {"of", kPrep},
    {"to", kPrep | kTo},
    {"with", kPrep},
    {"against", kPrep},
    {"in", kPrep},
    {"on", kPrep},
    {"at", kPrep},
    {"from", kPrep},
    {"for", kPrep},
    {"by", kPrep},
    {"between", kPrep},
    {"among", kPrep},
    {"into", kPrep},
    {"toward", kPrep},
    {"towards", kPrep},
    {"over", kPrep},
    {"about", kPrep},
    {"amid", kPrep},
    {"despite", kPrep},
    {"including", kPrep},
    {"like", kPrep},
    {"than", kPrep},
    {"via", kPrep},
    {"under", kPrep},
    {"during", kPrep},
    {"through", kPrep},
    {"across", kPrep},
    {"within", kPrep},
    {"without", kPrep},
    {"upon", kPrep},
    {"onto", kPrep},
    {"near", kPrep},
    {"off", kPrep},
    {"around", kPrep},
    {"along", kPrep},
    {"behind", kPrep},
    {"beyond", kPrep},
    {"inside", kPrep},
    {"outside", kPrep},
    {"nor", kPrep},
    {"neither", kPrep},
    {"before", kPrep | kSubordinator},
    {"after", kPrep | kSubordinator},
    {"since", kPrep | kSubordinator},
    {"while", kSubordinator},
    {"as", kSubordinator},
    {"when", kSubordinator | kWhen},
    {"because", kSubordinator},
    {"although", kSubordinator},
    {"if", kSubordinator},
    {"unless", kSubordinator},
    {"whereas", kSubordinator},
    {"has", kAux},
    {"have", kAux},
    {"had", kAux},
    {"having", kAux},
    {"is", kAux},
    {"are", kAux},
    {"was", kAux},
    {"were", kAux},
    {"be", kAux},
    {"been", kAux},
    {"being", kAux},
    {"do", kAux},
    {"does", kAux},
    {"did", kAux},
    {"'s", kPossessive},
    {"'", kPossessive},
    {"'ve", kAux},
    {"'re", kAux},
    {"'ll", kAux | kFuture},
    {"'d", kAux | kFuture},
    {"get", kAux},
    {"got", kAux},
    {"wo", kAux | kFuture},  // (the tokenizer splits "won't" as "wo" "n't")
    {"will", kAux | kFuture},
    {"would", kAux | kFuture},
    {"could", kAux | kFuture},
    {"may", kAux | kFuture},
    {"might", kAux | kFuture},
    {"shall", kAux | kFuture},
    {"should", kAux | kFuture},
    {"must", kAux | kFuture},
    {"can", kAux | kFuture},
    {"also", kAdverb},
    {"repeatedly", kAdverb},
    {"initially", kAdverb},
    {"already", kAdverb},
    {"still", kAdverb},
    {"now", kAdverb},
    {"finally", kAdverb},
    {"recently", kAdverb},
    {"jointly", kAdverb},
    {"formally", kAdverb},
    {"officially", kAdverb},
    {"reportedly", kAdverb},
    {"allegedly", kAdverb},
    {"again", kAdverb},
    {"later", kAdverb},
    {"earlier", kAdverb},
    {"just", kAdverb},
    {"publicly", kAdverb},
    {"swiftly", kAdverb},
    {"quickly", kAdverb},
    {"once", kAdverb},
    {"even", kAdverb},
    {"then", kAdverb | kSkipTitle},
    {"strongly", kAdverb},
    {"firmly", kAdverb},
    {"sharply", kAdverb},
    {"immediately", kAdverb},
    {"reluctantly", kAdverb},
    {"openly", kAdverb},
    {"previously", kAdverb},
    {"subsequently", kAdverb},
    {"effectively", kAdverb},
    {"unilaterally", kAdverb},
    {"not", kNeg},
    {"n't", kNeg},
    {"never", kNeg},
    {"no", kNeg},
    {"neither", kNeg},
    {"unlikely", kNeg},
    {"unable", kNeg},
    {"plan", kIntent},
    {"plans", kIntent},
    {"planned", kIntent | kAhead},
    {"planning", kIntent},
    {"promise", kIntent},
    {"promises", kIntent},
    {"promised", kIntent},
    {"pledge", kIntent},
    {"pledged", kIntent},
    {"pledges", kIntent},
    {"vow", kIntent},
    {"vowed", kIntent},
    {"vows", kIntent},
    {"threaten", kIntent},
    {"threatened", kIntent},
    {"threatens", kIntent},
    {"threatening", kIntent},
    {"expected", kIntent},
    {"expect", kIntent},
    {"expects", kIntent},
    {"scheduled", kIntent},
    {"set", kIntent},
    {"due", kIntent},
    {"aims", kIntent},
    {"aim", kIntent},
    {"aimed", kIntent},
    {"aiming", kIntent},
    {"intends", kIntent},
    {"intend", kIntent},
    {"intended", kIntent},
    {"hopes", kIntent},
    {"hope", kIntent},
    {"hoped", kIntent},
    {"hoping", kIntent},
    {"seeks", kIntent},
    {"seek", kIntent},
    {"sought", kIntent},
    {"seeking", kIntent},
    {"wants", kIntent},
    {"want", kIntent},
    {"wanted", kIntent},
    {"working", kIntent},
    {"work", kIntent},
    {"worked", kIntent},
    {"offered", kIntent},
    {"offers", kIntent},
    {"offer", kIntent},
    {"agreed", kIntent},
    {"agree", kIntent},
    {"agrees", kIntent},
    {"prepared", kIntent},
    {"ready", kIntent},
    {"willing", kIntent},
    {"likely", kIntent},
    {"going", kIntent},
    {"poised", kIntent},
    {"trying", kIntent},
    {"tried", kIntent},
    {"try", kIntent},
    {"tries", kIntent},
    {"proposed", kIntent},
    {"proposes", kIntent},
    {"propose", kIntent},
    {"interested", kIntent},
    {"keen", kIntent},
    {"eager", kIntent},
    {"refused", kRefuse},
    {"refuses", kRefuse},
    {"refuse", kRefuse},
    {"declined", kRefuse},
    {"declines", kRefuse},
    {"decline", kRefuse},
    {"failed", kRefuse},
    {"fails", kRefuse},
    {"fail", kRefuse},
    {"failing", kRefuse},
    {"refusing", kRefuse},
    {"denied", kRefuse},
    {"denies", kRefuse},
    {"deny", kRefuse},
    {"rejected", kRefuse},
    {"which", kRel},
    {"who", kRel},
    {"whom", kRel},
    {"whose", kRel},
    {"that", kRel},
    {";", kClauseBreak},
    {":", kClauseBreak},
    {"(", kClauseBreak},
    {")", kClauseBreak},
    {"\"", kQuote},
    {"-", kClauseBreak},
    {",", kComma},
    {"and", kConj},
    {"or", kConj},
    {"he", kPronPerson},
    {"she", kPronPerson},
    {"his", kPronPerson},
    {"her", kPronPerson},
    {"him", kPronPerson},
    {"it", kPronThing},
    {"its", kPronThing},
    {"they", kPronPlural},
    {"their", kPronPlural},
    {"them", kPronPlural},
    {"countries", kPairNoun},
    {"sides", kPairNoun},
    {"nations", kPairNoun},
    {"governments", kPairNoun},
    {"states", kPairNoun},
    {"neighbours", kPairNoun},
    {"neighbors", kPairNoun},
    {"parties", kPairNoun},
    {"leaders", kPairNoun | kPersonNoun},
    {"presidents", kPairNoun | kPersonNoun},
    {"ministers", kPairNoun | kPersonNoun},
    {"two", kPairQuant},
    {"both", kPairQuant},
    {"three", kPairQuant},
    {"warring", kPairQuant},
    {"generals", kPairNoun | kPersonNoun},
    {"capital", kCapitalNoun},
    {"acting", kSkipTitle},
    {"top", kSkipTitle},
    {"senior", kSkipTitle},
    {"deputy", kSkipTitle},
    {"chief", kSkipTitle},
    {"new", kSkipTitle},
    {"outgoing", kSkipTitle},
    {"incoming", kSkipTitle},
    {"interim", kSkipTitle},
    {"caretaker", kSkipTitle},
    {"supreme", kSkipTitle},
    {"then-", kSkipTitle},
    {"longtime", kSkipTitle},
    {"veteran", kSkipTitle},
    {"vice", kSkipTitle},
    {"former", kFormer},
    {"ex", kFormer},
    {"said", kSay},
    {"says", kSay},
    {"told", kSay},
    {"added", kSay},
    {"saying", kSay},
    {"ahead", kAhead},
};

// "verbs/cameo.dict:2397" from a full path: short enough to print with every event.
std::string RuleOrigin(const std::string& origin) {
  size_t slash = origin.rfind('/');
  if (slash == std::string::npos) return origin;
  size_t parent = origin.rfind('/', slash - 1);
  return origin.substr(parent == std::string::npos ? 0 : parent + 1);
}

// The mask that keeps a little-endian word's first n bytes (n at most 8).
constexpr std::array<uint64_t, 9> kKeepBytes = {
    0,           0xFF,           0xFFFF,           0xFFFFFF,           0xFFFFFFFF,
    0xFFFFFFFFFF, 0xFFFFFFFFFFFF, 0xFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF};

}  // namespace

void SentenceState::Load(const std::vector<Token>& all, uint32_t b, uint32_t e) {
  // Clear the previous sentence's bits (of this article or an earlier one): cheaper than
  // clearing the whole set. A set of another size is another coder's: made anew.
  const size_t vocabulary_size = lex.vocab().size();
  const size_t present_words = vocabulary_size / 64 + 1;
  if (words_present.size() != present_words) {
    words_present.assign(present_words, 0);
  } else {
    for (uint32_t id : ids) words_present[id >> 6] = 0;
  }
  TokenMemo& memo = buf.token_memo;
  if (memo.coder != w.serial || memo.vocabulary_size != vocabulary_size) {
    memo.slots.assign(TokenMemo::kSlots, TokenMemo::Slot());
    memo.coder = w.serial;
    memo.vocabulary_size = vocabulary_size;
  }
  // Each token's fields are written in place, the vectors sized once (not grown a token at a
  // time), through pointers held for the sentence: the forms are bytes, which may be any
  // object's as far as the compiler knows, and each one written had it read every vector's
  // address again.
  const uint32_t n = e - b;
  const text::Tagger* const tagger = lex.tagger();
  ids.resize(n);
  cls.resize(n);
  mention_words.resize(n);
  word_facts.resize(n);
  toks.resize(n);
  norm.resize(n);
  flags.resize(n);  // (read by the tagger only)
  norm_arena.clear();
  // Normalised forms are written straight into the arena, one after another: a form is
  // never longer than its token, so the sentence's bytes (its tokens and the spaces between)
  // hold them all, and the arena, sized once, never moves while the views are taken. (A form
  // from the memo is copied as its slot's kMaxBytes: room for them past the last.)
  norm_arena.resize(n > 0 ? all[e - 1].end - all[b].begin + TokenMemo::kMaxBytes : 0);
  char* const arena = norm_arena.data();
  uint32_t* const id_out = ids.data();
  uint32_t* const cls_out = cls.data();
  MentionWord* const mention_out = mention_words.data();
  uint8_t* const facts_out = word_facts.data();
  const Token** const tok_out = toks.data();
  std::string_view* const norm_out = norm.data();
  uint16_t* const flags_out = flags.data();
  uint64_t* const present = words_present.data();
  TokenMemo::Slot* const memo_slots = memo.slots.data();
  const Token* const first = all.data() + b;
  size_t used = 0;
  for (uint32_t k = 0; k < n; ++k) {
    const Token& t = first[k];
    // (Tokens lie within the text: no bounds to check.)
    const std::string_view raw(text.data() + t.begin, t.end - t.begin);
    std::string_view form;
    uint32_t id;
    uint32_t word_cls;
    MentionWord word_mention;
    uint8_t word_facts_of;
    TokenMemo::Slot* slot = nullptr;
    uint64_t head = 0, tail = 0;
    if (!raw.empty() && raw.size() <= TokenMemo::kMaxBytes) {
      if (t.begin + TokenMemo::kMaxBytes <= text.size()) {
        // Most tokens have sixteen bytes of the text from their first: read as two words,
        // and the bytes past the token masked off, they are what HeadWord gives without
        // its tests of the length.
        std::memcpy(&head, raw.data(), 8);
        std::memcpy(&tail, raw.data() + 8, 8);
        head &= kKeepBytes[std::min<size_t>(raw.size(), 8)];
        tail &= kKeepBytes[raw.size() > 8 ? raw.size() - 8 : 0];
      } else {
        head = text::HeadWord(raw);
        tail = raw.size() > 8 ? text::HeadWord(raw.substr(8)) : 0;
      }
      const uint64_t mixed = (head ^ (tail * 0x9E3779B97F4A7C15ull) ^ raw.size()) *
                             0xBF58476D1CE4E5B9ull;
      slot = &memo_slots[mixed >> 52];  // 12 bits: kSlots
      static_assert(TokenMemo::kSlots == 1u << 12);
    }
    if (slot && slot->length == raw.size() && slot->head == head && slot->tail == tail) {
      std::memcpy(arena + used, slot->form, TokenMemo::kMaxBytes);
      form = std::string_view(arena + used, slot->form_length);
      id = slot->id;
      word_cls = slot->cls;
      word_mention = slot->mention;
      word_facts_of = slot->facts;
    } else {
      id = text::Vocabulary::kUnknown;
      // (IsShortAcronym is inline and tests the length first: most tokens are no acronym of
      // two or three letters, and cost a comparison or two here.)
      if (text::IsShortAcronym(raw)) {
        id = lex.vocab().Find(raw);
      }
      form = std::string_view(arena + used, text::NormalizeInto(raw, arena + used));
      if (id == text::Vocabulary::kUnknown) id = lex.vocab().Find(form);
      const SentenceCoder::Words::Entry word = w.Of(id);
      word_cls = word.cls;
      word_mention = word.mention;
      word_facts_of = word.facts;
      if (slot && form.size() <= TokenMemo::kMaxBytes) {
        slot->head = head;
        slot->tail = tail;
        slot->length = static_cast<uint8_t>(raw.size());
        slot->id = id;
        slot->cls = word_cls;
        slot->mention = word_mention;
        slot->facts = word_facts_of;
        slot->form_length = static_cast<uint8_t>(form.size());
        std::memcpy(slot->form, form.data(), form.size());
      }
    }
    used += form.size();
    norm_out[k] = form;
    id_out[k] = id;
    cls_out[k] = word_cls;
    mention_out[k] = word_mention;
    facts_out[k] = word_facts_of;
    tok_out[k] = &t;
    flags_out[k] = t.flags;
    present[id >> 6] |= uint64_t{1} << (id & 63);
    // A hyphen glued to the words on both sides joins them ("U.S.-led"); only a spaced
    // dash breaks a clause.
    // (The hyphen told by its word's code among the mention words, which only "-" has: most
    // tokens follow none, and need no offsets compared.)
    if (k >= 2 && mention_out[k - 1] == MentionWord::kHyphen &&
        first[k - 2].end == first[k - 1].begin && first[k - 1].end == t.begin) {
      cls_out[k - 1] = 0;
    }
  }
  pos.clear();
  if (tagger) {
    tagger->Tag(ids, norm, flags, &pos);
  }
}

SentenceCoder::SentenceCoder(lexicon::Lexicon* lexicon) : lex_(*lexicon), w_(new Words) {
  static std::atomic<uint64_t> next_serial{1};
  w_->serial = next_serial.fetch_add(1);
  text::Vocabulary& vocab = lexicon->vocab();
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (const auto& [word, klass] : kClassWords) pairs.emplace_back(vocab.Intern(word), klass);
  for (std::string_view word : {"later", "earlier", "same", "next", "following"}) {
    w_->told_time_words.push_back(vocab.Intern(word));
  }
  const std::vector<std::pair<uint32_t, MentionWord>> mention_words = MentionWordIds(&vocab);
  w_->by_id.assign(vocab.size(), {});
  for (auto [id, klass] : pairs) w_->by_id[id].cls |= klass;
  for (auto [id, word] : mention_words) w_->by_id[id].mention = word;
  for (uint32_t id = 0; id < w_->by_id.size(); ++id) {
    Words::Entry& entry = w_->by_id[id];
    if (HasClass(entry.cls, kMentionStartClasses) || entry.mention != MentionWord::kNone ||
        lexicon->actor_trie().MayStartWith(id) || lexicon->agent_trie().MayStartWith(id)) {
      entry.facts |= kMayStartMention;
    }
    if (lexicon->CandidatesAt(id) != nullptr) entry.facts |= kAnchorsPatterns;
    if (!lexicon->SynsetsStartingWith(id).empty()) entry.facts |= kStartsSynsetMember;
  }
  w_->id_the = vocab.Find("the");
  w_->id_and = vocab.Find("and");
  w_->id_or = vocab.Find("or");
  w_->id_to = vocab.Find("to");
  w_->id_of = vocab.Find("of");
  w_->id_former = vocab.Find("former");
  w_->id_during = vocab.Find("during");
  w_->id_on = vocab.Find("on");
  for (std::string word : {"took", "take", "takes", "taken", "taking", "followed", "did", "does"}) {
    w_->repeated_act_starts.push_back(vocab.Find(word));
    // (A token of two or three capitals has the id of its own spelling when the vocabulary
    // has one: see Load.)
    for (char& ch : word) ch = static_cast<char>(ch - 'a' + 'A');
    if (text::IsShortAcronym(word) && vocab.Find(word) != text::Vocabulary::kUnknown) {
      w_->repeated_act_starts.push_back(vocab.Find(word));
    }
  }
  // Each pattern's evidence string, printed with every event it codes.
  for (const VerbPattern& p : lexicon->patterns()) {
    rules_.push_back(p.text + " @ " + RuleOrigin(p.origin));
  }
}

SentenceCoder::~SentenceCoder() = default;

void SentenceCoder::AssignRuleOf(const VerbPattern& p, std::string* rule) const {
  // Precomputed for the patterns loaded before the coder was made (all of them, in dyad);
  // the others are worked out each time.
  const auto& patterns = lex_.patterns();
  if (!patterns.empty() && &p >= patterns.data() && &p < patterns.data() + patterns.size()) {
    const size_t i = static_cast<size_t>(&p - patterns.data());
    if (i < rules_.size()) {
      *rule = rules_[i];
      return;
    }
  }
  *rule = p.text + " @ " + RuleOrigin(p.origin);
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
    st.RetagNames();
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