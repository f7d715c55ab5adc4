// Verb pattern matching: the dictionaries' patterns whose words are in the sentence, matched
// forward and backward from their anchor, the best kept at each token and those inside a more
// specific match or on an event's object dropped. The coder's innermost loop: the hot helpers
// it calls live here or inline in sentence_state.h.
#include "coder/sentence_state.h"

#include <algorithm>

namespace dyad::coder {

inline bool SentenceState::MatchWordAt(const PatternItem& it, uint32_t pos) const {
  if (pos >= size() || std::find(it.ids.begin(), it.ids.end(), ids[pos]) == it.ids.end()) {
    return false;
  }
  // ("agreed on Friday to exchange prisoners": an "on" before a time is the time's, not the
  // "agree on" of a pattern.)
  return ids[pos] != w.id_on || pos + 1 >= in_timex.size() || !in_timex[pos + 1];
}

// Length of a synset member at pos, or 0.
inline uint32_t SentenceState::MatchSynsetAt(const PatternItem& it, uint32_t pos) const {
  // (Only the members that start with the word here, longest first: most places have none.)
  if (pos >= size()) return 0;
  const auto& members = lex.synsets()[it.synset];
  for (uint32_t index : lex.SynsetMembersStartingWith(it.synset, ids[pos])) {
    const std::vector<uint32_t>& member = members[index];
    if (pos + member.size() > size()) continue;
    bool ok = true;
    for (size_t k = 0; k < member.size() && ok; ++k) ok = ids[pos + k] == member[k];
    if (ok) return static_cast<uint32_t>(member.size());
  }
  return 0;
}

// False when `it` certainly does not match at pos (a word or synset that is not there).
inline bool SentenceState::MayStartAt(const PatternItem& it, uint32_t pos) const {
  switch (it.kind) {
    case PatternItem::Kind::kWord:
      return MatchWordAt(it, pos);
    case PatternItem::Kind::kSynset:
      return pos < size() && lex.SynsetMayStartWith(it.synset, ids[pos]);
    default:
      return true;
  }
}

// Forward matching of items [k, end) from token pos.
bool SentenceState::MatchForward(const VerbPattern& p, size_t k, uint32_t pos, Match* m) const {
  if (k == p.items.size()) {
    m->e = pos;
    return true;
  }
  const PatternItem& it = p.items[k];
  switch (it.kind) {
    case PatternItem::Kind::kWord:
      if (MatchWordAt(it, pos)) return MatchForward(p, k + 1, pos + 1, m);
      // "agreed on Friday to restore ties", "called late on Monday for talks": a time put
      // between a verb and its particle or preposition leaves them one phrase.
      if (k == p.anchor + 1 && p.verbal) {
        const uint32_t after = TimeAdjunctEnd(pos);
        // (Not a pattern's last "that": "warned on Sunday that" is told by the clause it
        // opens.)
        if (after > pos && after < size() &&
            !(k + 1 == p.items.size() && Is(norm[after], "that")) && MatchWordAt(it, after)) {
          return MatchForward(p, k + 1, after + 1, m);
        }
      }
      return false;
    case PatternItem::Kind::kSynset: {
      uint32_t len = MatchSynsetAt(it, pos);
      return len > 0 && MatchForward(p, k + 1, pos + len, m);
    }
    case PatternItem::Kind::kGap: {
      // (The sentence's length and the item after the gap are read once: through the vectors,
      // every step read them again, after each call it makes.)
      const uint32_t n = size();
      const PatternItem* const next = k + 1 < p.items.size() ? &p.items[k + 1] : nullptr;
      for (uint32_t g = 0, limit = 8; g <= limit && pos + g <= n; ++g) {
        // ("agreed to an immediate ceasefire after talks in Malaysia": a gap does not reach
        // past a subordinator into the clause or phrase it opens.)
        if (g > 0 && HasClass(cls[pos + g - 1], kSubordinator)) break;
        // ("has not yet opened talks with the Gulf Clan": nor past a negation, which the
        // words after it deny.)
        if (g > 0 && (Is(norm[pos + g - 1], "not") || Is(norm[pos + g - 1], "n't") ||
                      Is(norm[pos + g - 1], "never"))) {
          break;
        }
        if (g > 0 && IsGapBarrier(pos + g - 1) && !InShortQuotation(pos + g - 1)) {
          // "extradited drug lord Joaquin Guzman, known as El Chapo, to the United States":
          // a gap may step over an appositive between two commas.
          const uint32_t close = AppositiveEnd(pos + g - 1);
          if (close == 0) break;
          limit += close - (pos + g - 1);
          g = close - pos + 1;
          if (g > limit || pos + g > n) break;
        }
        // ("struck Hamas and Hezbollah fired rockets at Israel": nor past an "and" that opens
        // a clause, an actor with a verb of its own.)
        if (g > 0 && HasClass(cls[pos + g - 1], kConj) && pos + g < n && mention_at[pos + g] >= 0 &&
            mentions[mention_at[pos + g]].b == pos + g &&
            HasOwnVerb(mentions[mention_at[pos + g]])) {
          break;
        }
        // "vowed to hunt down the attackers and make them pay": nor past the object of a verb
        // of its own into a second verb joined to it, whose pattern is another act.
        if (g > 1 && HasClass(cls[pos + g - 1], kConj) && pos + g < n && !this->pos.empty() &&
            this->pos[pos + g] == text::Pos::kVB && this->pos[pos] == text::Pos::kVB) {
          break;
        }
        // "suspended French broadcaster RFI after it reported on jihadist attacks": a gap
        // does not run into a subordinate clause, whose subject a pronoun starts.
        if (g > 1 && IsClauseOpening(pos + g - 2)) break;
        // The item after the gap, when a word or a synset, is tested here first: most
        // places fail it, and a call to find that out cost more than the test.
        if (next && !MayStartAt(*next, pos + g)) continue;
        if (MatchForward(p, k + 1, pos + g, m)) return true;
      }
      return false;
    }
    case PatternItem::Kind::kTarget:
    case PatternItem::Kind::kSource: {
      // "fired on and seized three Ukrainian ships": two verbs that share the object after
      // the second; the first's object is that one.
      if (it.kind == PatternItem::Kind::kTarget && p.verbal && k + 1 == p.items.size() &&
          m->target < 0 && pos + 2 < size() && !this->pos.empty() &&
          (Is(norm[pos], "and") || Is(norm[pos], "or")) &&
          (this->pos[pos + 1] == text::Pos::kVBD || this->pos[pos + 1] == text::Pos::kVBN) &&
          mention_at[pos + 1] < 0) {
        return MatchForward(p, k, pos + 2, m);
      }
      // An actor phrase here, after at most two modifiers ("against the harsh ...").
      for (uint32_t skip = 0; skip <= 2 && pos + skip < size(); ++skip) {
        int mk = mention_at[pos + skip];
        if (mk >= 0 && mentions[mk].b == pos + skip) {
          // "as the war entered its second year": a possessive determiner owns the thing
          // named after it; that thing is no actor, unless it is shared with one ("near
          // its border with Ukraine").
          if (OwnsAThing(mentions[mk])) {
            // ("talks with his Australian counterpart": what it owns is the actor named
            // next.)
            const uint32_t owned = pos + skip + 1;
            const int next = mention_at[owned];
            if (next >= 0 && mentions[next].b == owned &&
                mentions[next].kind == Mention::Kind::kActor) {
              mk = next;
            } else if (owned < size() && StillNamesTheAgent(norm[owned])) {
              // ("fired at its headquarters", "shelled their positions": a place or a unit
              // of the owner's is the owner, as "an army base" is the army.)
            } else {
              mk = SharedWith(owned);
              if (mk < 0) return false;
            }
          }
          int& slot = it.kind == PatternItem::Kind::kTarget ? m->target : m->source;
          int saved = slot;
          slot = mk;
          if (MatchForward(p, k + 1, mentions[mk].e, m)) return true;
          slot = saved;
          break;
        }
        if (cls[pos + skip] != 0 && !HasClass(cls[pos + skip], kDet | kPairQuant)) break;
        // "used Iranian drones to attack Ukrainian cities": an infinitive's verb is no
        // modifier; the actor after it is its object, not the slot's.
        if (!this->pos.empty() && this->pos[pos + skip] == text::Pos::kVB && pos + skip > 0 &&
            Is(norm[pos + skip - 1], "to")) {
          break;
        }
        // (A count is a modifier too: "freed 39 Palestinians".)
        const bool count = !this->pos.empty() && this->pos[pos + skip] == text::Pos::kCD;
        if (!(toks[pos + skip]->flags & text::kWord) && !count) break;
        // "struck what New Delhi described as a camp": a "what" clause's subject is its
        // speaker, not the slot's actor.
        if (norm[pos + skip] == "what") break;
      }
      // "Ruto was received at the White House by Biden", "was summoned by the ministry": a
      // passive has its object before it, so the target right after the verb is left empty
      // and taken from the subject, with the agent after "by" as the source (event assembly).
      // (Coercion and force keep bare patterns for their passives, and what they do to their
      // object differs from what befalls a passive's subject: "who were ousted from power by
      // U.S.-led forces" is no ban of a party.)
      if (it.kind == PatternItem::Kind::kTarget && p.verbal && k == p.anchor + 1 && m->target < 0 &&
          m->source < 0 && p.code[0] != '2' && !(p.code[0] == '1' && p.code[1] >= '7') &&
          IsPastPassiveAt(pos - 1)) {
        return MatchForward(p, k + 1, pos, m);
      }
      return false;
    }
  }
  return false;
}

// Whether the verb at i is a passive participle of a past act: "was received", "were quickly
// summoned", "has been expelled". (A present one mostly tells a state: "forces, which are
// supported by Russia".)
bool SentenceState::IsPastPassiveAt(uint32_t i) const {
  if (pos.empty() || pos[i] != text::Pos::kVBN) return false;
  for (int q = static_cast<int>(i) - 1; q >= 0 && q + 3 >= static_cast<int>(i); --q) {
    const std::string_view w = norm[q];
    if (w == "was" || w == "were" || w == "been") return true;
    if (pos[q] != text::Pos::kRB) return false;
  }
  return false;
}

// Backward matching of items [0, k) ending just before token pos (exclusive).
bool SentenceState::MatchBackward(const VerbPattern& p, int k, int pos, Match* m) const {
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
        // Not across a verb: in "the World Bank suspended funding to Uganda" the bank is no
        // source of "funding to Uganda".
        const std::vector<text::Pos>& tags = this->pos;
        if (!tags.empty() && (tags[q] == text::Pos::kVBD || tags[q] == text::Pos::kVBZ ||
                              tags[q] == text::Pos::kVBP || tags[q] == text::Pos::kMD)) {
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
bool SentenceState::IsParticipleForm(std::string_view w) {
  return w.size() > 3 && (w.substr(w.size() - 2) == "ed" || w.substr(w.size() - 3) == "ing");
}

bool SentenceState::IsNominal(uint32_t i) const {
  // "killed a general in fighting on the border": a gerund after "in", "during" or "amid" is
  // the name of an activity, not a verb with a subject.
  if (i > 0 && !pos.empty() && pos[i] == text::Pos::kVBG &&
      (norm[i - 1] == "in" || norm[i - 1] == "during" || norm[i - 1] == "amid") &&
      !(i > 1 && HasClass(cls[i - 2], kIntent))) {  // but "interested in buying"
    return true;
  }
  if (!pos.empty()) {
    text::Pos p = pos[i];
    // "urged it to release thousands of detained opposition members", "the jailed
    // journalists": a participle between a preposition, determiner or number and its noun
    // describes the noun; it tells no act of the clause's subject.
    if (p == text::Pos::kVBN && i > 0 && i + 1 < size() &&
        (HasClass(cls[i - 1], kPrep | kDet) || pos[i - 1] == text::Pos::kCD) &&
        !HasClass(cls[i - 1], kSubordinator | kTo) && norm[i - 1] != "by" &&
        (pos[i + 1] == text::Pos::kNN || pos[i + 1] == text::Pos::kNNS) &&
        !(toks[i + 1]->flags & text::kCapitalized)) {
      return true;
    }
    if (text::IsVerb(p)) return false;
    if (text::IsNoun(p)) return true;
    // An adjective reading of a participle ("levelled", "planned") still names the action.
    if (p == text::Pos::kJJ && !IsParticipleForm(norm[i])) return true;
    // But a participle between a preposition and its noun only describes the noun: "seized
    // two boats in disputed waters", "over occupied territory".
    if (p == text::Pos::kJJ && i > 0 && i + 1 < size() && HasClass(cls[i - 1], kPrep) &&
        text::IsNoun(pos[i + 1])) {
      return true;
    }
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
// whose other required words are in the sentence too. `*nominal` is IsNominal(anchor), worked
// out at the first verbal candidate (-1: not yet): only those need it, and many anchors have
// none that pass their keys.
void SentenceState::AddPassingOfGroup(const uint32_t* group, uint32_t anchor,
                                      int* nominal) const {
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
    if (verbal && *nominal < 0) *nominal = IsNominal(anchor);
    bool possible = !(verbal && *nominal > 0);
    // Every synset of the pattern must have a member that starts with a word of the
    // sentence, and every literal word must be in the sentence, in one of its forms: the
    // first item missing rules the candidate out, and the rest are stepped over.
    while (possible && at < next && (at[0] & lexicon::kSynsetItem)) {
      possible = MayHaveSynset(at[0] & ~lexicon::kSynsetItem);
      ++at;
    }
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
const std::vector<Match>& SentenceState::MatchPatterns() const {
  // The best match of each anchor, in token order: known once the anchor's candidates are
  // tried (a table of the best at each token, filled for the whole sentence and then read
  // back, was written and read at every token).
  std::vector<Match>& out = buf.found;
  out.clear();
  const uint32_t n = size();
  // The synsets the sentence may have a member of, for the candidates' synset items.
  synsets_present.assign(lex.synsets().size() / 64 + 1, 0);
  // (Most words start no member and anchor no pattern: told by their facts, loaded with them.)
  const uint8_t* const facts = word_facts.data();
  for (uint32_t q = 0; q < n; ++q) {
    if (!(facts[q] & kStartsSynsetMember)) continue;
    for (uint32_t synset : lex.SynsetsStartingWith(ids[q])) {
      synsets_present[synset >> 6] |= uint64_t{1} << (synset & 63);
    }
  }
  for (uint32_t i = 0; i < n; ++i) {
    if (!(facts[i] & kAnchorsPatterns)) continue;
    const std::vector<uint32_t>* stream = lex.CandidatesAt(ids[i]);
    if (!stream) continue;
    // Inside an actor phrase a word is a name, not an event ("the Defense Ministry"): no
    // pattern anchored here can fire.
    if (mention_at[i] >= 0) continue;
    // "had suspended talks with": an auxiliary "have" before a participle is no verb of its
    // own ("<have> talks with").
    if (!pos.empty() && i + 1 < n &&
        (Is(norm[i], "had") || Is(norm[i], "has") || Is(norm[i], "have") ||
         Is(norm[i], "having"))) {
      uint32_t v = i + 1;
      while (v + 1 < n && pos[v] == text::Pos::kRB) ++v;
      if (pos[v] == text::Pos::kVBN) continue;
    }
    int nominal = -1;
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
        if (key_present) AddPassingOfGroup(at, i, &nominal);
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
      for (uint32_t offset : found) AddPassingOfGroup(groups + offset, i, &nominal);
    }
    // Back in index order, the order of the patterns in the dictionary: of two equally good
    // matches the first is kept.
    std::sort(passing.begin(), passing.end());
    // The candidates that passed (about 12 a sentence on the examples, of about 140 in the
    // streams). Each reads its VerbPattern, then its items: two dependent cache misses, so
    // the items of the next but one are requested before this one is matched, and its
    // record was requested during the scan.
    const std::vector<VerbPattern>& patterns = lex.patterns();
    Match best;
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
      // (Its anchor item has the word at i among its forms: the stream of the word's
      // candidates is made of the patterns whose anchor forms have it.)
      if (!MatchForward(p, p.anchor + 1, i + 1, &m)) continue;
      if (!MatchBackward(p, static_cast<int>(p.anchor) - 1, static_cast<int>(i) - 1, &m)) {
        continue;
      }
      // More literal words win, then a longer span, then the finer CAMEO code ("pledged
      // humanitarian aid" is 0333, not the 033 of any aid; 073 humanitarian aid, not the 070
      // "not specified").
      const Match& cur = best;
      // (A null pattern wins only by its words or its span.)
      auto fineness = [](const VerbPattern& q) {
        if (q.IsNull()) return -1;
        return static_cast<int>(q.code.size()) * 2 + (q.code.back() != '0' ? 1 : 0);
      };
      if (!cur.pattern || p.specificity > cur.pattern->specificity ||
          (p.specificity == cur.pattern->specificity &&
           ((m.e - m.b) > (cur.e - cur.b) ||
            ((m.e - m.b) == (cur.e - cur.b) && fineness(p) > fineness(*cur.pattern))))) {
        best = m;
      }
    }
    if (best.pattern) out.push_back(best);
  }
  // A match whose anchor lies inside a more specific match is part of that event.
  // (Not a second verb coordinated with the first, which shares its object: "fired on and
  // seized three ships" is two acts.)
  std::vector<Match>& kept = buf.kept;
  kept.clear();
  for (const Match& m : out) {
    bool covered = false;
    uint32_t conj = m.anchor > 1 && Is(norm[m.anchor - 1], "then") ? m.anchor - 2 : m.anchor - 1;
    const bool coordinated =
        m.pattern->verbal && m.anchor > 1 && !pos.empty() &&
        (pos[m.anchor] == text::Pos::kVBD || pos[m.anchor] == text::Pos::kVBN) &&
        (Is(norm[conj], "and") || Is(norm[conj], "or"));
    for (const Match& o : out) {
      if (&o == &m) continue;
      if (IsActReactedTo(m, o)) continue;
      if (coordinated && o.anchor < conj && o.pattern->verbal) continue;
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
        if (!o.pattern->verbal || o.anchor >= m.b || HasClass(cls[o.anchor], kSay) ||
            IsActReactedTo(m, o)) {
          continue;
        }
        // A noun inside the verb's own pattern ("pledged ... humanitarian aid" and "aid to
        // Turkey") is the same event.
        if (m.b > o.anchor && m.b < o.e) {
          object = true;
          break;
        }
        const uint32_t from = std::max(o.e, o.anchor + 1);
        if (from > m.b || m.b - from > 4) continue;
        bool barrier = false, dated = false;
        // ("resigned after weeks of protests against her government", "fired on protesters
        // during protests against the government": a noun after a word of when names another
        // act, not the verb's object.)
        static constexpr std::string_view kWhen[] = {"after",     "during",  "amid",
                                                     "following", "despite", "since"};
        for (uint32_t q = from; q < m.b; ++q) {
          barrier = barrier || IsGapBarrier(q) || IsOneOf(norm[q], kWhen);
        }
        for (uint32_t q = from; q < m.e; ++q) dated = dated || in_timex[q];
        if (!barrier && !dated) object = true;
      }
    }
    // (A null match has done its work: the matches it covers are gone.)
    if (!object && !m.pattern->IsNull()) events.push_back(m);
  }
  return events;
}

// Whether the event noun of `noun` names an act of someone's own that the verb of `verb`
// comments on, praises or condemns: "condemned Hamas for its Oct. 7 attack on Israel",
// "condemned the arrest of its diplomat by Chinese police". The reaction is one event and the
// act another, though the reaction's pattern spans the noun. (A bare "condemned the attack"
// names no one's act, and "condemned the Israeli strikes" after the story told of them names
// one already coded: the reaction's pattern codes it alone. A threat or demand holds the act
// only as what it threatens or asks: "vowed that Israel would resume its offensive".)
bool SentenceState::IsActReactedTo(const Match& noun, const Match& verb) const {
  const std::string& reaction = verb.pattern->code;
  if (noun.pattern->verbal || !verb.pattern->verbal || noun.b <= verb.anchor ||
      !(StartsWith(reaction, "01") || StartsWith(reaction, "05") || StartsWith(reaction, "11")) ||
      noun.pattern->code.compare(0, 2, reaction, 0, 2) == 0) {
    return false;
  }
  for (const PastAct& act : past_acts) {
    if (act.root[0] == noun.pattern->code[0] && act.root[1] == noun.pattern->code[1]) return false;
  }
  if (noun.source >= 0) return true;
  // Its agent after "by", past the rest of its object ("the arrest of its diplomat by").
  for (uint32_t q = noun.e; q < size() && q < noun.e + 3; ++q) {
    if (Is(norm[q], "by")) {
      return q + 1 < size() && mention_at[q + 1] >= 0 &&
             mentions[mention_at[q + 1]].kind == Mention::Kind::kActor;
    }
    if (IsGapBarrier(q) || cls[q] != 0 || pos.empty() || !text::IsNoun(pos[q])) break;
  }
  // Its owner before it, past the words that qualify the noun ("its Oct. 7 attack", "Russia's
  // latest missile strikes").
  for (int q = static_cast<int>(noun.b) - 1; q > static_cast<int>(verb.anchor); --q) {
    if (mention_ending[q] >= 0) {
      const Mention& owner = mentions[mention_ending[q]];
      return owner.possessor || (!pos.empty() && pos[owner.b] == text::Pos::kPRPS);
    }
    if (HasClass(cls[q], kPossessive)) return q > 0 && mention_ending[q - 1] >= 0;
    if (in_timex[q] || (!pos.empty() && (pos[q] == text::Pos::kJJ || pos[q] == text::Pos::kCD)) ||
        (norm[q] == "." && !IsFullStop(q))) {
      continue;
    }
    break;
  }
  return false;
}

// Whether a subordinating conjunction at `q` opens a clause with a pronoun subject ("after it
// reported", "because they refused").
bool SentenceState::IsClauseOpening(uint32_t q) const {
  static constexpr std::string_view kConjunction[] = {"after",    "before", "when",    "while",
                                                      "because",  "since",  "until",   "unless",
                                                      "although", "though", "whereas", "once"};
  static constexpr std::string_view kSubject[] = {"it", "they", "he", "she", "we", "i"};
  // (The pronoun first, its length before its letters: many words are too long for any of the
  // six, and only a pronoun has the word before it compared with the twelve conjunctions.)
  static constexpr size_t kLongestSubject =
      std::ranges::max(kSubject, {}, &std::string_view::size).size();
  return q + 1 < size() && norm[q + 1].size() <= kLongestSubject &&
         IsOneOf(norm[q + 1], kSubject) && IsOneOf(norm[q], kConjunction);
}

// A possessive pronoun ("its", "their") followed by a word outside the mention: it owns
// what follows ("its sixth nuclear test") rather than being an actor in its own right.
bool SentenceState::OwnsAThing(const Mention& mention) const {
  const uint32_t q = mention.b;
  return mention.kind != Mention::Kind::kActor && !pos.empty() &&
         pos[q] == text::Pos::kPRPS && q + 1 < size() && !IsGapBarrier(q + 1) &&
         (mention_at[q + 1] < 0 || mention_at[q + 1] != mention_at[q]);
}

// "its border with Ukraine": the actor after "with" that closely follows the noun at `q`.
int SentenceState::SharedWith(uint32_t q) const {
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

// The closing comma of an appositive opened by the comma at `open` ("Guzman, known as El
// Chapo, to"): within six words, with no verb of its own but a participle; else 0.
// Whether the quotation mark at `mark` opens or closes a quotation of one to six words
// ('lodged "stern representations" with', 'called it "a stab in the back"'): scare quotes or a
// quoted phrase, which a gap steps over as it would over the words alone.
bool SentenceState::InShortQuotation(uint32_t mark) const {
  if (!HasClass(cls[mark], kQuote)) return false;
  auto words_to_partner = [&](int step) {
    int words = 0;
    for (int q = static_cast<int>(mark) + step; q >= 0 && q < static_cast<int>(size()); q += step) {
      if (HasClass(cls[q], kQuote)) return words;
      if (HasClass(cls[q], kClauseBreak | kComma) || IsFullStop(q) || ++words > 6) return 0;
    }
    return 0;
  };
  return words_to_partner(1) > 0 || words_to_partner(-1) > 0;
}

uint32_t SentenceState::AppositiveEnd(uint32_t open) const {
  if (!HasClass(cls[open], kComma) || pos.empty()) return 0;
  for (uint32_t q = open + 1; q < size() && q <= open + 6; ++q) {
    if (HasClass(cls[q], kComma)) return q > open + 1 ? q : 0;
    if (HasClass(cls[q], kClauseBreak | kRel | kQuote) || IsFullStop(q) || IsFiniteVerb(q)) {
      return 0;
    }
  }
  return 0;
}

// The end of the time adjuncts that start at `pos` ("on Friday", "late on Thursday", "on
// Sunday night", "this week", "in principle"), or `pos` when none does.
uint32_t SentenceState::TimeAdjunctEnd(uint32_t pos) const {
  uint32_t q = pos;
  for (int round = 0; round < 2 && q < size(); ++round) {
    const uint32_t start = q;
    if (q + 1 < size() && Is(norm[q], "in") && Is(norm[q + 1], "principle")) {
      q += 2;
      continue;
    }
    if (in_timex.empty()) break;
    if ((Is(norm[q], "late") || Is(norm[q], "early")) && q + 1 < size() && in_timex[q + 1]) ++q;
    if (!in_timex[q]) return start;
    while (q < size() && in_timex[q]) ++q;
    if (q < size() && (Is(norm[q], "night") || Is(norm[q], "evening") || Is(norm[q], "morning") ||
                       Is(norm[q], "afternoon"))) {
      ++q;
    }
  }
  return q;
}

}  // namespace dyad::coder
