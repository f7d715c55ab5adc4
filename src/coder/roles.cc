// Roles: the verb group before an anchor (negation, intent, future, refusal), and the subject
// and object of a clause when a pattern's slots do not name them (relative clauses,
// appositives, coordinated predicates, passives). Shared by event assembly and dating.
#include <algorithm>

#include "coder/sentence_state.h"

namespace dyad::coder {

// Whether the verb just before the object starting at `b` takes a purpose infinitive, not
// one its object carries out: "summoned the ambassador to lodge a protest".
// Its index, else 0.
uint32_t SentenceState::IsPurposeVerb(uint32_t b) const {
  static constexpr std::string_view kPurpose[] = {
      "summoned", "summons", "summon", "met", "meets", "meet", "visited", "visits",
      "visit", "hosted", "hosts", "host", "received", "receives", "telephoned", "phoned"};
  uint32_t q = b;
  while (q > 0 && HasClass(cls[q - 1], kDet)) --q;
  // (The first of a compound object: "with the United States and Britain to acquire".)
  while (q >= 2 && HasClass(cls[q - 1], kConj | kComma) && mention_ending[q - 2] >= 0) {
    q = mentions[mention_ending[q - 2]].b;
    while (q > 0 && HasClass(cls[q - 1], kDet)) --q;
  }
  const bool purpose = q > 0 && IsOneOf(norm[q - 1], kPurpose);
  if (purpose) return q - 1;
  // Whom one acts with: "signed a deal with the United States and Britain to acquire
  // nuclear-powered submarines" acquires by the signer, not by its partners.
  if (q > 0 && Is(norm[q - 1], "with")) return q - 1;
  // Where someone goes or sends someone: "sent a delegation to Cairo to continue
  // negotiations", "travelled to Beijing to meet Xi". The place is no doer.
  static constexpr std::string_view kMotion[] = {
      "send",     "sends",   "sent",    "sending",  "travel",     "travels", "travelled",
      "traveled", "fly",     "flies",   "flew",     "go",         "goes",    "went",
      "arrive",   "arrives", "arrived", "dispatch", "dispatched", "deploy",  "deployed",
      "head",     "heads",   "headed",  "return",   "returned",   "come",    "came"};
  // Where people gather: "Thousands of Iranians rallied in Tehran to denounce the sanctions"
  // denounce them, not Iran.
  static constexpr std::string_view kGathering[] = {
      "rally",   "rallies", "rallied",   "gather",       "gathered", "march",
      "marched", "protest", "protested", "demonstrated", "assembled"};
  // Money given to someone: "extended a $1 billion credit line to Sri Lanka to help it buy
  // food" helps by the giver. (Arms are used by whom they go to, below.)
  static constexpr std::string_view kGiving[] = {
      "extend", "extends", "extended", "lend",      "lends",      "lent",
      "grant",  "granted", "provide",  "provides",  "provided",   "give",
      "gave",   "given",   "pledged",  "deposited", "transferred"};
  if (q > 0 && (Is(norm[q - 1], "to") || Is(norm[q - 1], "in") || Is(norm[q - 1], "into"))) {
    for (uint32_t v = q - 1; v-- > 0 && v + 8 >= q;) {
      if (IsGapBarrier(v)) break;
      if (IsOneOf(norm[v], kMotion) || IsOneOf(norm[v], kGathering) || IsOneOf(norm[v], kGiving)) {
        // (Arms sent are used by whom they are sent to: "Iran sent drones to Russia to
        // attack Ukraine" is Russia's attack; people sent act for the sender.)
        static constexpr std::string_view kMateriel[] = {
            "weapons", "arms", "drones",   "missiles",  "ammunition", "shells",  "munitions",
            "tanks",   "jets", "aircraft", "batteries", "systems",    "rockets", "equipment"};
        for (uint32_t w = v + 1; w + 1 < q; ++w) {
          if (IsOneOf(norm[w], kMateriel)) return 0;
        }
        return v;
      }
    }
  }
  return 0;
}

// Whether the "-ing" word at `i`, after "by", is a gerund telling how ("retaliated by firing
// on Pakistani posts"), not a participle describing the agent that follows: "attacked by
// neighbouring Rwanda's forces", "rejected by the ruling party", "shelled by advancing
// Russian troops" name who.
bool SentenceState::IsGerundOfManner(uint32_t i) const {
  static constexpr std::string_view kAttributive[] = {
      "neighbouring", "neighboring", "ruling",    "governing", "leading",  "visiting",
      "warring",      "opposing",    "outgoing",  "incoming",  "reigning", "remaining",
      "invading",     "occupying",   "advancing", "retreating"};
  return !pos.empty() && pos[i] == text::Pos::kVBG && !IsOneOf(norm[i], kAttributive);
}

bool SentenceState::IsAskWord(std::string_view w) {
  static constexpr std::string_view kAsk[] = {"urge", "urged", "urges", "urging", "ask",
                                              "asked", "asks", "asking", "press", "pressed",
                                              "presses", "pressing", "call", "called", "calls",
                                              "calling", "appeal", "appealed", "appeals",
                                              "encourage", "encouraged", "encourages",
                                              "invite", "invited", "invites", "demand",
                                              "demanded", "demands", "demanding", "told",
                                              "tell", "tells", "insisted", "insists",
                                              "ordered", "order", "orders", "ordering",
                                              // "to pressure Israel to stop its attacks"
                                              "pressure", "pressured", "pressures",
                                              "pressuring", "persuade", "persuaded",
                                              "convince", "convinced", "push", "pushed",
                                              "pushing", "advise", "advised", "instructed",
                                              // "the deal requires Hezbollah to withdraw":
                                              // an obligation, not an act done
                                              "require", "requires", "required", "requiring",
                                              "oblige", "obliges", "obliged"};
  return IsOneOf(w, kAsk);
}

// Whether the infinitive whose "to" is at `to` completes a verb of asking ("urged both sides
// to", "called on Israel to", "asked Iran to").
bool SentenceState::IsDirectedInfinitive(uint32_t to) const {
  // "called on the junta to open an inquiry and to let peacekeepers in": an infinitive joined
  // to an asked one is asked too.
  if (to >= 2 && (Is(norm[to - 1], "and") || Is(norm[to - 1], "or"))) {
    for (uint32_t q = to - 1, steps = 0; q-- > 0 && steps < 12; ++steps) {
      if (IsGapBarrier(q)) break;
      if (HasClass(cls[q], kTo) && q + 1 < to && !pos.empty() && pos[q + 1] == text::Pos::kVB) {
        return IsDirectedInfinitive(q);
      }
    }
  }
  // (Across a long object: "urged the Sudanese army and the paramilitary Rapid Support
  // Forces to let aid convoys cross".)
  for (uint32_t q = to, steps = 0; q-- > 0 && steps < 14; ++steps) {
    if (IsGapBarrier(q)) return false;
    if (IsAskWord(norm[q])) return true;
    // "would open the way for his country to join NATO", "paved the way for Sweden to join":
    // what is made possible is not done.
    if (Is(norm[q], "for") && q > 0 && (Is(norm[q - 1], "way") || Is(norm[q - 1], "path"))) {
      return true;
    }
    // (A participle inside the object's phrase is none of its verbs: "appealed to the two
    // warring parties to lay down their arms", "called on everyone involved to protect".)
    static constexpr std::string_view kWhoever[] = {"everyone", "everybody", "all",  "those",
                                                    "anyone",   "parties",   "sides"};
    const bool object_participle =
        !pos.empty() && pos[q] == text::Pos::kVBN && q > 0 && IsOneOf(norm[q - 1], kWhoever);
    // "ordered officials to find alternatives to trade with Turkey", "urged Israel to let aid
    // workers enter": an infinitive inside an asked one is asked too.
    if (!pos.empty() && pos[q] == text::Pos::kVB && q > 0 && HasClass(cls[q - 1], kTo) &&
        mention_at[q] < 0) {
      return IsDirectedInfinitive(q - 1);
    }
    // ("demand that the government do more to rescue them": so is one inside a demanded
    // clause.)
    if (!pos.empty() && mention_at[q] < 0 &&
        (pos[q] == text::Pos::kVB || pos[q] == text::Pos::kVBP) && IsDemandedClause(q, q)) {
      return true;
    }
    if (!pos.empty() && text::IsVerb(pos[q]) && mention_at[q] < 0 && !object_participle) {
      // Across an "it" that stands for nothing: "told Netanyahu it was time to end the war"
      // asks him to end it as "told Netanyahu to end the war" does. (With the expletive "it"
      // no actor, the infinitive's subject would else be the one told.)
      uint32_t r = q;
      while (r > 0 && r + 4 > q && !Is(norm[r - 1], "it")) --r;
      if (r > 0 && Is(norm[r - 1], "it") && IsExpletiveIt(r - 1)) {
        q = r - 1;
        continue;
      }
      return false;
    }
  }
  return false;
}

// Participles of making, giving or agreeing whose passive agent does the act its subject
// names ("a loan was approved by", "sanctions were imposed by"), unlike reactions to it.
bool SentenceState::IsGivingParticiple(std::string_view w) {
  static constexpr std::string_view kGiving[] = {
      "approved", "granted",   "announced", "pledged",   "offered",   "provided",
      "extended", "signed",    "unveiled",  "disbursed", "delivered", "sent",
      "brokered", "mediated",  "hosted",    "organised", "organized", "imposed",
      "agreed",   "concluded", "launched",  "carried",   "conducted"};
  return IsOneOf(w, kGiving);
}

// Whether the noun phrase whose event noun is at `b` follows "over", "amid" or "behind" ("over the
// drone and missile attack", "amid the Israeli offensive"): the reason for an act or its
// background, not the act of the clause's subject.
bool SentenceState::IsReasonPhrase(uint32_t b) const {
  int r = static_cast<int>(b) - 1;
  // ("behind last month's attack": a time's possessive belongs to the phrase.)
  while (r >= 0 && r + 6 >= static_cast<int>(b) && !pos.empty() &&
         (HasClass(cls[r], kDet | kConj) ||
          (HasClass(cls[r], kPossessive) && mention_at[r] < 0 && r > 0 && in_timex[r - 1]) ||
          (cls[r] == 0 && mention_ending[r] < 0 &&
           (pos[r] == text::Pos::kJJ || pos[r] == text::Pos::kNN || pos[r] == text::Pos::kCD ||
            pos[r] == text::Pos::kVBN)))) {
    --r;
  }
  // ("the militants behind last month's attack": those it names as behind the act did it,
  // not the clause's subject.)
  return r >= 0 && (norm[r] == "over" || norm[r] == "amid" || norm[r] == "behind");
}

// Whether the event noun at `b` follows "for" after a verb group that is future or planned
// ("will travel to Tehran next week for talks", "is due in Beijing for a meeting").
bool SentenceState::IsForPlannedTrip(uint32_t b) const {
  int q = static_cast<int>(b) - 1;
  while (q >= 0 && (HasClass(cls[q], kDet) || (!pos.empty() && pos[q] == text::Pos::kJJ))) --q;
  if (q < 1 || !Is(norm[q], "for")) return false;
  for (int v = q - 1; v >= 0 && v + 10 >= q; --v) {
    if (IsGapBarrier(static_cast<uint32_t>(v)) || HasClass(cls[v], kComma)) return false;
    // ("is expected in Beijing for talks", "is due in Kyiv for a meeting")
    if (Is(norm[v], "expected") || Is(norm[v], "due") || Is(norm[v], "scheduled")) return true;
    if (pos.empty() || !text::IsVerb(pos[v]) || HasClass(cls[v], kAux)) continue;
    bool neg = false, intent = false, future = false, refused = false;
    VerbGroupStart(static_cast<uint32_t>(v), &neg, &intent, &future, &refused);
    return (intent || future) && !neg && !refused;
  }
  return false;
}

// Whether the participle at `at` is inside what "accused X of" alleges ("of sending a
// delegation and of not being serious about ending the war").
bool SentenceState::IsAlleged(uint32_t at) const {
  // "sentenced a Russian soldier to life in prison for killing a civilian", "arrested for
  // spying": what someone is tried, held or blamed for is the charge, not an act reported.
  static constexpr std::string_view kCharged[] = {
      "sentenced", "sentences", "convicted", "convicts", "jailed", "jails", "imprisoned",
      "arrested", "arrests", "detained", "detains", "fined", "indicted", "prosecuted", "punished",
      "tried", "condemned", "condemns", "blamed", "blames", "criticised", "criticized",
      // "traded blame for breaking the truce": the blame's noun, as its verb
      "blame"};
  // "sanctioned two shipping companies for helping North Korea evade sanctions"
  static constexpr std::string_view kSanctioned[] = {"sanctioned", "sanctions", "blacklisted",
                                                     "penalised", "penalized"};
  if (at > 0 && Is(norm[at - 1], "for")) {
    for (uint32_t q = at - 1, steps = 0; q-- > 0 && steps < 16; ++steps) {
      if (IsOneOf(norm[q], kCharged) || IsOneOf(norm[q], kSanctioned)) {
        return true;
      }
      if (IsGapBarrier(q)) break;
    }
  }
  for (uint32_t q = at, steps = 0; q-- > 0 && steps < 16; ++steps) {
    // (Or what a court or an investigation holds them to: "convicted of killing", "found
    // guilty of spying", "suspected of planning".)
    if (norm[q].substr(0, 5) == "accus" || norm[q] == "charged" ||
        norm[q].substr(0, 7) == "convict" || norm[q] == "guilty" ||
        norm[q].substr(0, 7) == "suspect") {
      return true;
    }
    if (IsGapBarrier(q) || IsFiniteVerb(q)) return false;
  }
  return false;
}

// "demanded that Armenia amend its constitution": a bare verb after "that" and its subject,
// governed by a demand, is what is asked for, not what happened.
// (The tagger reads the bare verb after a plural-looking subject as a present one: "demanded
// that the United States lift the embargo". After a demand's "that" a present verb is no
// act reported as done; after "told that", "insisted that" it may be.)
bool SentenceState::IsDemandedClause(uint32_t group_start, uint32_t anchor) const {
  if (pos.empty()) return false;
  // ("demanded that Rwanda stop backing the M23": the bare verb is the stop, the act its
  // gerund.)
  if (anchor >= 1 && group_start + 1 >= anchor && pos[anchor] == text::Pos::kVBG &&
      IsStopVerb(norm[anchor - 1])) {
    group_start = --anchor;
  }
  if (group_start != anchor) return false;
  const bool bare = pos[anchor] == text::Pos::kVB;
  if (!bare && pos[anchor] != text::Pos::kVBP) return false;
  int q = static_cast<int>(group_start) - 1;
  if (q >= 0 && mention_ending[q] >= 0) q = static_cast<int>(mentions[mention_ending[q]].b) - 1;
  if (q < 1 || norm[q] != "that") return false;
  // ("made demands, including that Kyiv withdraw its troops", "proposed that Israel halt":
  // a bare verb after "that" and its subject is a mandate, whatever word governs it.)
  if (!IsAskWord(norm[q - 1])) return bare;
  const std::string_view ask = norm[q - 1];
  return bare || !(StartsWith(ask, "tel") || ask == "told" || StartsWith(ask, "insist"));
}

// Whether the infinitive whose "to" is at `to` says what an effort, a proposal or an offer
// aims at ("in an effort to ease tensions", "a proposal to end the hostilities", "rejected
// any attempt to displace Palestinians"): not done, and the aim's own noun is coded by the
// verb that governs it. (Not "a decision to", "a deal to", "a move to": those say what was
// decided or agreed.)
bool SentenceState::IsAimedInfinitive(uint32_t to) const {
  static constexpr std::string_view kAim[] = {
      "effort", "efforts", "attempt", "attempts", "bid", "bids", "proposal", "proposals",
      "initiative", "initiatives", "push", "offer", "offers", "request", "requests", "appeal",
      "appeals", "call", "calls", "demand", "demands", "plea", "pleas", "idea", "scheme",
      // "made no commitment to free the prisoners", "a pledge to withdraw": a promise, not
      // the act promised.
      "commitment", "commitments", "pledge", "pledges", "promise", "promises"};
  if (to == 0 || !HasClass(cls[to], kTo)) return false;
  // (Over the ones it is made to: "a proposal to Lebanon and Israel to end the hostilities".)
  int q = static_cast<int>(to) - 1;
  if (mention_ending[q] >= 0) {
    while (q >= 0 && (mention_ending[q] >= 0 || HasClass(cls[q], kConj | kComma))) {
      q = mention_ending[q] >= 0 ? static_cast<int>(mentions[mention_ending[q]].b) - 1 : q - 1;
    }
    if (q < 1 || !(norm[q] == "to" || norm[q] == "for" || norm[q] == "with")) return false;
    --q;
  }
  return IsOneOf(norm[q], kAim);
}

// Whether the verb group from `group_start` to `anchor` is a future negated: "will not",
// "would not", "won't" (adverbs between: "will still not"). Not "could not", "did not": an
// inability or a past act is no refusal.
bool SentenceState::WillNot(uint32_t group_start, uint32_t anchor) const {
  for (uint32_t q = group_start; q + 1 < anchor; ++q) {
    const std::string_view w = norm[q];
    if (w != "will" && w != "would" && w != "'ll" && w != "wo") continue;
    uint32_t k = q + 1;
    while (k < anchor && HasClass(cls[k], kAdverb)) ++k;
    if (k < anchor && (norm[k] == "not" || norm[k] == "n't")) return true;
  }
  return false;
}

// Start of the verb group ending at the anchor: auxiliaries, adverbs, negation, "to", and
// control words ("plans to", "is expected to") before it.
uint32_t SentenceState::VerbGroupStart(uint32_t anchor, bool* negated, bool* intent, bool* future,
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
    // Any adverb of manner: "is widely considered", "was quietly moved".
    if (!pos.empty() && pos[q] == text::Pos::kRB && norm[q].size() > 4 &&
        norm[q].substr(norm[q].size() - 2) == "ly") {
      --q;
      continue;
    }
    if (norm[q] == "in" && q > 0 && HasClass(cls[q - 1], kIntent)) {
      --q;
      continue;
    }
    // "would resume lending", "will continue supplying": an aspect verb in its base form just
    // before a gerund anchor carries the modal to it, so the act is promised, not done.
    if (static_cast<uint32_t>(q) + 1 == anchor && !pos.empty() && pos[anchor] == text::Pos::kVBG &&
        (Is(norm[q], "resume") || Is(norm[q], "continue") || Is(norm[q], "start") ||
         Is(norm[q], "begin") || Is(norm[q], "keep"))) {
      --q;
      continue;
    }
    // "it's considered", "it's planting": after "it" the clitic is the verb's "is" or "has",
    // not a possessive, so the group (and its voice) starts before it.
    if (Is(norm[q], "'s") && q > 0 && Is(norm[q - 1], "it") && !pos.empty() &&
        pos[q] == text::Pos::kVBZ) {
      --q;
      continue;
    }
    // "remained open to easing sanctions", "is committed to lifting": a stance toward an
    // act, not the act.
    if ((norm[q] == "open" || norm[q] == "committed") && q + 1 < static_cast<int>(anchor) &&
        HasClass(cls[q + 1], kTo)) {
      *intent = true;
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
                  (norm[q - 1] == "in" && (norm[q] == "fact" || norm[q] == "effect")))) {
      q -= 2;
      continue;
    }
    break;
  }
  return static_cast<uint32_t>(q + 1);
}

// The subject of a verb of saying right before the reported clause that starts at `b`
// ("the government said ..."), when it is an authority: a government, police, army or court.
int SentenceState::ReportingAuthority(uint32_t b) const {
  uint32_t q = b;
  // Over a count and adjectives: "said about 2,800 soldiers had been detained", "said 26 armed
  // men", "said dozens of people".
  static constexpr std::string_view kCountNouns[] = {"dozens",   "hundreds", "thousands", "scores",
                                                     "millions", "tens",     "handful",   "number"};
  while (q > 0 && !pos.empty() &&
         (pos[q - 1] == text::Pos::kCD || pos[q - 1] == text::Pos::kJJ ||
          HasClass(cls[q - 1], kDet) || norm[q - 1] == "about" || norm[q - 1] == "\"" ||
          norm[q - 1] == "some" || norm[q - 1] == "nearly" || norm[q - 1] == "more" ||
          norm[q - 1] == "than" || norm[q - 1] == "least" || norm[q - 1] == "at" ||
          (norm[q - 1] == "of" && q >= 2 && IsOneOf(norm[q - 2], kCountNouns)) ||
          IsOneOf(norm[q - 1], kCountNouns))) {
    --q;
  }
  if (q > 0 && norm[q - 1] == "that") --q;
  if (q == 0 || !HasClass(cls[q - 1], kSay)) return -1;
  return StateSpeaker(SubjectBefore(q - 1, true));
}

// The mention `speaker` when it is a state's government, police, army or courts; else -1.
int SentenceState::StateSpeaker(int speaker) const {
  if (speaker < 0 || mentions[speaker].kind != Mention::Kind::kActor) return -1;
  const std::string code = CodeOf(mentions[speaker].ref, doc_date);
  if (code.size() < 6) return -1;
  const std::string_view role = std::string_view(code).substr(3, 3);
  return role == "GOV" || role == "COP" || role == "MIL" || role == "JUD" ? speaker : -1;
}

// The state's speaker a sentence ends on, ", the government said." (over a time after the
// verb, "said on Tuesday"); else -1.
int SentenceState::TrailingAuthority() const {
  int q = static_cast<int>(size()) - 1;
  while (q > 0 && (IsFullStop(q) || (!in_timex.empty() && in_timex[q]) || Is(norm[q], "on") ||
                   Is(norm[q], "late") || Is(norm[q], "early"))) {
    --q;
  }
  if (q < 2 || !HasClass(cls[q], kSay)) return -1;
  const int speaker = mention_ending[q - 1];
  if (speaker < 0) return -1;
  uint32_t before = mentions[speaker].b;
  if (before > 0 && HasClass(cls[before - 1], kDet)) --before;
  if (before == 0 || !HasClass(cls[before - 1], kComma)) return -1;
  return StateSpeaker(speaker);
}

// Whether `forces` are a state's own police, army or spies: the state `state` commands them.
bool SentenceState::OwnForces(const std::string& state, const std::string& forces) {
  if (state.size() < 3 || forces.size() != 6 || forces.compare(0, 3, state, 0, 3) != 0) {
    return false;
  }
  const std::string_view role = std::string_view(forces).substr(3);
  const std::string_view own = std::string_view(state).substr(3);
  return (own.empty() || own == "GOV") && (role == "MIL" || role == "COP" || role == "SPY");
}

// "ordered", "instructed", "directed", "commanded": a verb of an order to someone.
bool SentenceState::IsOrderVerb(std::string_view w) {
  static constexpr std::string_view kOrder[] = {"ordered",    "orders",   "order",
                                                "instructed", "directed", "commanded"};
  return IsOneOf(w, kOrder);
}

// For an infinitive at `to` that an order directs ("ordered the army to attack"), the one who
// ordered it when those ordered are that state's own forces; else -1.
int SentenceState::OrdererOfOwnForces(uint32_t to) const {
  if (to < 3 || mention_ending[to - 1] < 0) return -1;
  const int forces = mention_ending[to - 1];
  uint32_t verb = mentions[forces].b;
  if (verb > 0 && HasClass(cls[verb - 1], kDet)) --verb;
  if (verb == 0) return -1;
  --verb;
  if (!IsOrderVerb(norm[verb])) return -1;
  bool neg = false, intent = false, fut = false, refused = false;
  const uint32_t gs = VerbGroupStart(verb, &neg, &intent, &fut, &refused);
  const int orderer = SubjectBefore(gs, true);
  if (orderer < 0 || mentions[orderer].kind != Mention::Kind::kActor ||
      mentions[forces].kind != Mention::Kind::kActor) {
    return -1;
  }
  return OwnForces(CodeOf(mentions[orderer].ref, doc_date), CodeOf(mentions[forces].ref, doc_date))
             ? orderer
             : -1;
}

// A form of "be" (or "get") in the verb group and a past participle at its head.
bool SentenceState::IsPassive(uint32_t group_start, uint32_t anchor) const {
  bool be = false;
  for (uint32_t q = group_start; q < anchor; ++q) {
    std::string_view w = norm[q];
    be = be || w == "was" || w == "were" || w == "is" || w == "are" || w == "be" || w == "been" ||
         w == "being" || w == "got" || w == "get";
    // ("it's considered a best practice" is passive; "it's vetoed two others", with an
    // object right after the participle, is "has".)
    if (w == "'s" && !pos.empty() && anchor + 1 < size()) {
      const text::Pos next = pos[anchor + 1];
      be = be || !(next == text::Pos::kCD || next == text::Pos::kPRPS || next == text::Pos::kNNS ||
                   mention_at[anchor + 1] >= 0);
    }
  }
  if (!be) return false;
  if (!pos.empty()) return pos[anchor] == text::Pos::kVBN || pos[anchor] == text::Pos::kVBD;
  std::string_view w = norm[anchor];
  return w.size() > 3 && (w.substr(w.size() - 2) == "ed" || w.substr(w.size() - 2) == "en");
}

// The agent of the passive participle at `at`: the actor after "by", which may follow
// adverbials within the clause ("was shot down over Kashmir on Wednesday by Pakistani jets"),
// not a place further on ("killed by shelling in Kharkiv"); -1 when none is named before `end`.
int SentenceState::PassiveAgent(uint32_t at, uint32_t end) const {
  for (uint32_t q = at + 1; q < end && q < at + 9; ++q) {
    if (IsGapBarrier(q)) break;
    if (!Is(norm[q], "by")) continue;
    // ("retaliated by firing on Pakistani posts": "by" and a gerund tell how, not who.)
    if (q + 1 < end && IsGerundOfManner(q + 1)) return -1;
    for (uint32_t r = q + 1; r < end && r < q + 4; ++r) {
      if (mention_at[r] >= 0 && mentions[mention_at[r]].b == r &&
          !(r > q + 1 && IsLocative(mentions[mention_at[r]]))) {
        return mention_at[r];
      }
    }
    return -1;
  }
  return -1;
}

// The subject of the clause whose verb group starts at `start`; -1 when it is not an actor.
int SentenceState::SubjectBefore(uint32_t start, bool finite, int depth) const {
  int q = static_cast<int>(start) - 1;
  // Coordinated predicates share their subject: "Japan said ... and lodged a protest".
  if (depth < 2 && q > 0 && !pos.empty() && (norm[q] == "and" || norm[q] == "but")) {
    for (int v = q - 1; v >= 0; --v) {
      if (HasClass(cls[v], kClauseBreak)) break;
      if (IsFiniteVerb(v) && !HasClass(cls[v], kAux | kFuture)) {
        bool neg = false, intent = false, fut = false, refused = false;
        uint32_t gs = VerbGroupStart(static_cast<uint32_t>(v), &neg, &intent, &fut, &refused);
        const int subject = SubjectBefore(gs, true, depth + 1);
        // ("Pakistan said the strikes killed 31 civilians and vowed to retaliate": a verb of
        // a reported clause whose subject is no actor; the predicate is the speaker's.)
        if (subject < 0) {
          for (int w = static_cast<int>(gs) - 1; w >= 0; --w) {
            if (HasClass(cls[w], kClauseBreak | kComma)) break;
            if (IsFiniteVerb(w) && HasClass(cls[w], kSay)) {
              const uint32_t sgs =
                  VerbGroupStart(static_cast<uint32_t>(w), &neg, &intent, &fut, &refused);
              return SubjectBefore(sgs, true, depth + 1);
            }
          }
        }
        return subject;
      }
      // "Sweden and Finland will not support Kurdish militants and will consider": a modal
      // heads both predicates; the first's subject is before it. (Not a modal of another
      // clause: "asked if China would send weapons and warned Beijing".)
      if (!pos.empty() && pos[v] == text::Pos::kMD && pos[start] == text::Pos::kMD) {
        int gs = v;
        while (gs > 0 && HasClass(cls[gs - 1], kAdverb)) --gs;
        return SubjectBefore(static_cast<uint32_t>(gs), true, depth + 1);
      }
    }
  }
  if (q >= 0 && HasClass(cls[q], kRel)) {
    // "the United States, which has imposed": the antecedent. (Not a place where something
    // was: "the attack on a concert hall near Moscow, which killed 140 people".)
    int a = q - 1;
    if (a >= 0 && HasClass(cls[a], kComma)) --a;
    // (Nor the one whose supporters or allies the antecedent names: "supporters of Morales
    // who were marching". People after "at" are aimed at, not a place: "fired live ammunition
    // at protesters who stormed parliament" were stormed by the protesters.)
    if (a >= 0 && mention_ending[a] >= 0) {
      const Mention& ante = mentions[mention_ending[a]];
      const bool place = IsLocative(ante) && ante.ref.person < 0 && ante.ref.code.size() <= 3;
      if (!place && !ObjectNamesOthersOf(ante)) return mention_ending[a];
    }
    return -1;
  }
  // "Several countries, including Turkey and Malaysia, backed the case": the members named
  // (their group reaches the last) stand for a subject the dictionaries cannot name.
  if (q >= 3 && HasClass(cls[q], kComma)) {
    int c = q - 1;
    while (c > 0 && (mention_at[c] >= 0 || HasClass(cls[c], kConj | kComma))) --c;
    if (c > 0 && c < q - 1 && WordAt(c) == MentionWord::kIncluding &&
        HasClass(cls[c - 1], kComma) && mention_at[c + 1] >= 0 &&
        mentions[mention_at[c + 1]].b == static_cast<uint32_t>(c + 1) &&
        mentions[mention_at[c + 1]].kind == Mention::Kind::kActor && mention_ending[c - 2] < 0) {
      return mention_at[c + 1];
    }
  }
  if (q >= 2 && HasClass(cls[q], kComma)) {
    // "Britain, which expelled 23 Russian diplomats earlier this month, welcomed": the
    // subject stands before the relative clause, whatever the clause names (a list too:
    // "Haftar's forces, which are supported by Russia, Egypt and the UAE, launched").
    for (int c = q - 1; c >= 2 && c >= q - 25; --c) {
      if (IsFullStop(c) || HasClass(cls[c], kClauseBreak)) break;
      if (HasClass(cls[c], kRel) && HasClass(cls[c - 1], kComma)) {
        // (An antecedent that is no actor, "Rebel forces, which ...", leaves no source.)
        int a = mention_ending[c - 2];
        // ("The ruling Frelimo party, which has governed since 1975, denied": a party named
        // before its head noun is the antecedent.)
        if (a < 0 && c >= 3 && (Is(norm[c - 2], "party") || Is(norm[c - 2], "movement"))) {
          a = mention_ending[c - 3];
        }
        return a >= 0 && !mentions[a].prepositional ? a : -1;
      }
    }
  }
  // "ECOWAS suspended Mali from its bodies, closed its borders and halted": a list of
  // predicates in the past shares the first one's subject.
  if (depth < 2 && q >= 2 && HasClass(cls[q], kComma) && !pos.empty() && start < size() &&
      pos[start] == text::Pos::kVBD) {
    for (int v = q - 1; v >= 0 && v >= q - 14; --v) {
      if (HasClass(cls[v], kComma | kClauseBreak | kRel | kSubordinator)) break;
      if (pos[v] == text::Pos::kVBD && !HasClass(cls[v], kAux | kFuture | kSay)) {
        bool neg = false, intent = false, fut = false, refused = false;
        const uint32_t gs = VerbGroupStart(static_cast<uint32_t>(v), &neg, &intent, &fut, &refused);
        return SubjectBefore(gs, true, depth + 1);
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
      // ("Santos and the leader of the FARC rebel group, Rodrigo Londono, signed": a name set
      // off after "the leader of X" is the title's, whose group the subject is.)
      if (c > 1 && mention_ending[c - 1] >= 0 && mentions[mention_ending[c - 1]].prepositional) {
        int of = static_cast<int>(mentions[mention_ending[c - 1]].b) - 1;
        while (of > 0 && HasClass(cls[of], kDet)) --of;
        if (of > 0 && Is(norm[of], "of") && mention_ending[of - 1] >= 0 &&
            !mentions[mention_ending[of - 1]].prepositional) {
          return mention_ending[of - 1];
        }
      }
      // (An appositive after a prepositional phrase, "the ministers of the two countries,
      // X and Y,", names the subject even though the list rule marked it prepositional. Not a
      // list that goes on after the comma: "Sweden, backed by Germany, France and Britain,
      // applied" is Sweden.)
      const int before_comma = c > 0 ? mention_ending[c - 1] : -1;
      if (before_comma >= 0 && mentions[before_comma].kind == Mention::Kind::kActor &&
          mentions[before_comma].prepositional) {
        break;
      }
      for (int k2 = q - 1; k2 > c; --k2) {
        if (mention_ending[k2] >= 0) {
          int first = mention_ending[k2];
          while (first > 0 && mentions[first - 1].e + 1 == mentions[first].b &&
                 static_cast<int>(mentions[first - 1].b) > c) {
            --first;
          }
          if (!mentions[first].prepositional) return mention_ending[k2];
          if (norm[mentions[first].b - 1] == "," && !TownsPlace(mentions[first])) return first;
        }
      }
      break;
    }
  }
  bool first = true;
  while (q >= 0) {
    int mk = mention_ending[q];
    if (mk >= 0) {
      // "Israel's Gaza offensive has killed": a place that modifies the head noun, after a
      // possessor, is where; the possessor is who.
      // Only a place, and only before a noun of an act: "Iran's Houthi allies fired", "Iran's
      // Iraqi proxies attacked" are the allies' and proxies' acts.
      if (mk > 0 && !first && mentions[mk - 1].possessor &&
          mentions[mk - 1].e + 1 == mentions[mk].b && !pos.empty() && mentions[mk].e < size() &&
          (pos[mentions[mk].e] == text::Pos::kNN || pos[mentions[mk].e] == text::Pos::kNNS) &&
          mention_at[mentions[mk].e] < 0 && !mentions[mk - 1].prepositional &&
          mentions[mk].kind == Mention::Kind::kActor &&
          CodeOf(mentions[mk].ref, doc_date).size() == 3 && agent_at[mentions[mk].e].len == 0 &&
          !IsOthersOfNoun(norm[mentions[mk].e]) && !Is(norm[mentions[mk].e], "mercenaries") &&
          !Is(norm[mentions[mk].e], "loyalists") && !Is(norm[mentions[mk].e], "supporters")) {
        return mk - 1;
      }
      // "A boat carrying hundreds of migrants sank": the subject is the boat, no actor;
      // "Iran's allies attacked": the allies, whom the words do not name.
      if (ObjectOfNounsParticiple(mentions[mk].b) || PossessorOfOthers(mentions[mk])) return -1;
      if (!mentions[mk].prepositional && !AgentOfParticiple(mentions[mk].b)) return mk;
      q = static_cast<int>(mentions[mk].b) - 1;
      first = false;
      continue;
    }
    uint32_t k = cls[q];
    if (HasClass(k, kClauseBreak)) return -1;
    // "If new cabinets are necessary, consider ...": a clause that opens the sentence with a
    // subordinator has its own subject; a verb right after it with none is an imperative.
    if (HasClass(k, kComma) && ClosesOpeningClause(static_cast<uint32_t>(q))) return -1;
    // "If you own a car and use it for rides, you should consider": the verb's subject is the
    // reader or the writer, no actor; an actor further back is another clause's.
    if (first && (Is(norm[q], "you") || Is(norm[q], "we") || Is(norm[q], "i"))) return -1;
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
    // "Two Israeli soldiers were killed when militants fired": a subordinate clause has its
    // own subject, here no actor; the main clause's is not it.
    if (finite && !first && HasClass(k, kSubordinator) && !Is(norm[q], "as")) return -1;
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

// Verbs of using or firing a weapon, whose object a country adjective can make ("used
// Iranian drones"), and the weapons.
bool SentenceState::IsWeaponUseVerb(std::string_view w) {
  static constexpr std::string_view kUse[] = {
      "use",     "used",      "uses",     "using",    "fire",      "fired",  "fires",
      "firing",  "launch",    "launched", "launches", "launching", "deploy", "deployed",
      "deploys", "deploying", "employ",   "employed", "employs"};
  return IsOneOf(w, kUse);
}

bool SentenceState::IsWeaponNoun(std::string_view w) {
  static constexpr std::string_view kWeapons[] = {
      "drone",  "drones",  "missile",   "missiles",  "rocket",    "rockets",
      "weapon", "weapons", "munitions", "shells",    "jets",      "warplanes",
      "tanks",  "arms",    "bombs",     "artillery", "howitzers", "interceptors"};
  return IsOneOf(w, kWeapons);
}

// The weapon noun a one-word country adjective modifies ("Iranian drones", "British Storm
// Shadow missiles"), within three words; 0 when it modifies none.
uint32_t SentenceState::WeaponOfMaker(const Mention& m) const {
  if (m.e != m.b + 1 || pos.empty() ||
      (pos[m.b] != text::Pos::kJJ && pos[m.b] != text::Pos::kNNP)) {
    return 0;
  }
  for (uint32_t w = m.e; w < size() && w < m.b + 4; ++w) {
    if (IsWeaponNoun(norm[w])) return w;
    if (mention_at[w] >= 0 || cls[w] != 0) return 0;
  }
  return 0;
}

// People a country's name is the possessor of who are not that country: "Iran's allies",
// "Afghanistan's neighbours". (PossessorOfOthers adds a person's supporters.)
bool SentenceState::IsOthersOfNoun(std::string_view w) {
  static constexpr std::string_view kOthers[] = {"allies",   "ally",    "proxies",     "proxy",
                                                 "partners", "backers", "neighbours",  "neighbors",
                                                 "rivals",   "enemies", "adversaries", "foes"};
  return IsOneOf(w, kOthers);
}

// Those of an actor who are not the actor: its allies and neighbours, or a person's following.
bool SentenceState::IsOthersOrFollowersNoun(std::string_view w) {
  return IsOthersOfNoun(w) || w == "supporters" || w == "loyalists" || w == "followers";
}

bool SentenceState::PossessorOfOthers(const Mention& m) const {
  return m.possessor && m.e + 1 < size() && IsOthersOrFollowersNoun(norm[m.e + 1]);
}

// "fired tear gas at supporters of Morales", "warned allies of Iran": as an object, the
// people of the actor, not the actor. (As a subject, "Supporters of the junta rallied" are
// the junta's country's people: the mention rules make them so.)
bool SentenceState::ObjectNamesOthersOf(const Mention& m) const {
  return PossessorOfOthers(m) ||
         (m.b >= 2 && Is(norm[m.b - 1], "of") && IsOthersOrFollowersNoun(norm[m.b - 2]));
}

// Whether the mention is the subject of a clause of its own: after "and" or a subordinator,
// with a finite verb right after it ("and police detained", "hours before Obama landed").
bool SentenceState::SubjectOfOwnClause(const Mention& m) const {
  if (pos.empty() || m.b == 0 || m.e >= size()) return false;
  return (pos[m.b - 1] == text::Pos::kCC || HasClass(cls[m.b - 1], kSubordinator)) &&
         (pos[m.e] == text::Pos::kVBD || pos[m.e] == text::Pos::kVBZ ||
          pos[m.e] == text::Pos::kVBP || pos[m.e] == text::Pos::kMD);
}

// Whether the phrase starting at `b` is the agent of a participle that modifies the noun
// before it ("rebels led by the Islamist group Hayat Tahrir al-Sham"): not a subject.
bool SentenceState::AgentOfParticiple(uint32_t b) const {
  for (int p = static_cast<int>(b) - 1; p >= 1 && p + 5 >= static_cast<int>(b); --p) {
    if (norm[p] == "by") {
      if (pos.empty() || pos[p - 1] != text::Pos::kVBN) return false;
      // (Unless the noun it modifies names no one the coder knows: "Donors led by France
      // pledged", "a delegation headed by the foreign minister arrived" are the leader's doing.)
      return !LeaderActsForItsGroup(p);
    }
    if (HasClass(cls[p], kComma | kClauseBreak | kPrep) || IsFiniteVerb(p)) return false;
  }
  return false;
}

// Whether the "by" at `by` follows "led" or "headed" after a common noun no mention takes,
// which begins the sentence or follows a determiner: a group of no one the coder knows, led by
// the actor after "by".
bool SentenceState::LeaderActsForItsGroup(uint32_t by) const {
  if (by < 2 || pos.empty() || !(Is(norm[by - 1], "led") || Is(norm[by - 1], "headed"))) {
    return false;
  }
  const uint32_t noun = by - 2;
  if (mention_at[noun] >= 0 || !(pos[noun] == text::Pos::kNNS || pos[noun] == text::Pos::kNN)) {
    return false;
  }
  return noun == 0 || HasClass(cls[noun - 1], kDet);
}

// Whether the phrase starting at `b` is the object of a participle that modifies a common
// noun before it ("a boat carrying hundreds of migrants", "a convoy taking Ukrainian
// refugees"): the noun is what the clause is about, not the actor.
bool SentenceState::ObjectOfNounsParticiple(uint32_t b) const {
  if (pos.empty()) return false;
  for (int p = static_cast<int>(b) - 1; p >= 1 && p + 5 >= static_cast<int>(b); --p) {
    if (pos[p] == text::Pos::kVBG) {
      return (pos[p - 1] == text::Pos::kNN || pos[p - 1] == text::Pos::kNNS) &&
             mention_ending[p - 1] < 0;
    }
    if (!(HasClass(cls[p], kDet) || pos[p] == text::Pos::kCD || pos[p] == text::Pos::kJJ ||
          Is(norm[p], "of") || IsQuantityNoun(norm[p]))) {
      return false;
    }
  }
  return false;
}

// For a non-finite verb with no subject of its own ("Before departing for Moscow, the
// president said"), the main clause's subject: the first subject-position mention.
int SentenceState::MainSubject(int exclude) const {
  auto named = [&](size_t k) {
    return static_cast<int>(k) != exclude && !mentions[k].prepositional &&
           (mentions[k].kind == Mention::Kind::kActor ||
            mentions[k].kind == Mention::Kind::kPair) &&
           !ObjectOfNounsParticiple(mentions[k].b) && !PossessorOfOthers(mentions[k]);
  };
  for (size_t k = 0; k < mentions.size(); ++k) {
    if (named(k) && !mentions[k].possessor) return static_cast<int>(k);
  }
  for (size_t k = 0; k < mentions.size(); ++k) {
    if (named(k)) return static_cast<int>(k);
  }
  return -1;
}

int SentenceState::ObjectAfter(uint32_t from, int exclude) const {
  for (uint32_t q = from; q < size() && q < from + 14; ++q) {
    // "condemned what it called China's dangerous actions": the object is the owner named
    // right after the label's speaker. (Not one further on, often the victim: "condemned what
    // he called cruel violence against worshippers".)
    if (q == from && Is(norm[q], "what") && q + 2 < size() && mention_at[q + 1] >= 0) {
      static constexpr std::string_view kLabelled[] = {"called", "calls",  "described", "describes",
                                                       "termed", "dubbed", "labelled",  "labeled"};
      uint32_t v = mentions[mention_at[q + 1]].e;
      if (v + 1 < size() && IsOneOf(norm[v], kLabelled)) {
        if (Is(norm[v + 1], "as")) ++v;
        if (v + 1 < size() && mention_at[v + 1] >= 0 && mentions[mention_at[v + 1]].b == v + 1 &&
            mentions[mention_at[v + 1]].possessor && mention_at[v + 1] != exclude) {
          return mention_at[v + 1];
        }
        return -1;
      }
    }
    // "demanded that NATO halt": the complement clause's subject is the target.
    if (norm[q] == "that" && q + 1 < size() && mention_at[q + 1] >= 0 &&
        mentions[mention_at[q + 1]].b == q + 1) {
      return mention_at[q + 1] == exclude ? -1 : mention_at[q + 1];
    }
    // "rejected a deal under which Ethiopia would gain access": the relative clause's subject
    // is whose deal it is.
    if (q > from && norm[q] == "which" && HasClass(cls[q - 1], kPrep) && q + 1 < size() &&
        mention_at[q + 1] >= 0 && mentions[mention_at[q + 1]].b == q + 1 &&
        mentions[mention_at[q + 1]].kind == Mention::Kind::kActor) {
      return mention_at[q + 1] == exclude ? -1 : mention_at[q + 1];
    }
    if (HasClass(cls[q], kClauseBreak | kRel) || IsFullStop(q)) return -1;
    // "banned imports of meat, fish, dairy and fruit from the European Union": a comma in a
    // list of things (a common noun before it, a lowercase word after; the tagger reads some
    // such nouns, "fish", as adverbs) does not end the object.
    if (HasClass(cls[q], kComma) && q > from && q + 1 < size() && !pos.empty() &&
        (pos[q - 1] == text::Pos::kNN || pos[q - 1] == text::Pos::kNNS ||
         pos[q - 1] == text::Pos::kRB) &&
        mention_at[q - 1] < 0 && cls[q - 1] == 0 && cls[q + 1] == 0 && mention_at[q + 1] < 0 &&
        !(toks[q + 1]->flags & text::kCapitalized) &&
        (pos[q + 1] == text::Pos::kNN || pos[q + 1] == text::Pos::kNNS ||
         pos[q + 1] == text::Pos::kJJ || pos[q + 1] == text::Pos::kRB)) {
      continue;
    }
    if (HasClass(cls[q], kComma)) return AppositiveOfName(from, q, exclude);
    if (HasClass(cls[q], kSubordinator | kSay) && !HasClass(cls[q], kPrep)) return -1;
    // "pledged to improve relations during a visit by Erdogan to Athens": what a "during" or
    // "amid" phrase names is the act's time, not its object; so is an "after" or "following"
    // phrase ("resigned after weeks of protests against her government").
    if (q > from && (Is(norm[q], "during") || Is(norm[q], "amid") || Is(norm[q], "after") ||
                     Is(norm[q], "following"))) {
      return -1;
    }
    // (And what an act answers: "launched the exercises in response to a meeting between Tsai
    // and McCarthy", "in retaliation for".)
    if (q > from && q + 2 < size() && Is(norm[q], "in") &&
        (Is(norm[q + 1], "response") || Is(norm[q + 1], "retaliation") ||
         Is(norm[q + 1], "reprisal")) &&
        (Is(norm[q + 2], "to") || Is(norm[q + 2], "for"))) {
      return -1;
    }
    // A gerund starts a predicate of its own: "denied supporting the M23" denies, the M23
    // is what was supported. (Not an "-ing" adjective between a determiner and its noun:
    // "warned of a crushing response to any Israeli attack" still names the target.)
    if (!pos.empty() && pos[q] == text::Pos::kVBG &&
        !(q > from && q + 1 < size() &&
          (HasClass(cls[q - 1], kDet) || pos[q - 1] == text::Pos::kJJ) &&
          (pos[q + 1] == text::Pos::kNN || pos[q + 1] == text::Pos::kNNS ||
           pos[q + 1] == text::Pos::kJJ))) {
      return -1;
    }
    // (The tagger reads some gerunds right after a denial as nouns: "denied arming M23".)
    if (q == from && q > 0 && norm[q].size() > 5 &&
        norm[q].compare(norm[q].size() - 3, 3, "ing") == 0 &&
        (StartsWith(norm[q - 1], "deni") || Is(norm[q - 1], "deny"))) {
      return -1;
    }
    // A second finite verb starts another predicate ("denied X and vowed to ..."); so does
    // any verb after "and" ("declared a state of emergency and handed power to": "handed"
    // read as a participle).
    // (Not a base form: "fired water cannon and tear gas", "tear" read as a verb.)
    if (!pos.empty() && q > from && norm[q] == "and" && q + 1 < size() &&
        text::IsVerb(pos[q + 1]) && pos[q + 1] != text::Pos::kVB) {
      return -1;
    }
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
      // "agreed to end their dispute over Somaliland": what a dispute or talks are over is
      // their topic, not the object.
      static constexpr std::string_view kDisputes[] = {
          "dispute",      "disputes",     "row",      "rows", "tensions", "tension", "talks",
          "negotiations", "disagreement", "standoff", "feud", "rift",     "spat",    "quarrel"};
      if (q >= 2 && Is(norm[q - 1], "over") && IsOneOf(norm[q - 2], kDisputes)) return -1;
      // "resigned in a televised speech from Saudi Arabia": where a speech or statement was
      // given from is a place, not the object.
      static constexpr std::string_view kAddresses[] = {
          "speech", "address", "statement", "broadcast", "interview", "message", "video"};
      if (q >= 2 && Is(norm[q - 1], "from") && IsOneOf(norm[q - 2], kAddresses)) {
        q = mentions[mk].e - 1;
        continue;
      }
      // "called the seizure a violation of Ukraine's sovereignty": whose sovereignty or law
      // an act is judged to breach is its victim, not the judgement's target (the doer of the
      // act). (An act done "in violation of" it is aimed at it.)
      if (ViolatedParty(q)) {
        q = mentions[mk].e - 1;
        continue;
      }
      // "U.N.-mediated talks", "Saudi-led forces": a modifier of a noun, not the object.
      const uint32_t after = mentions[mk].e;
      if (after + 1 < size() && norm[after] == "-" && cls[after] == 0) {
        q = after;
        continue;
      }
      // "struck what New Delhi described as a camp": the speaker of a "what" clause, not the
      // target.
      if (q > 0 && norm[q - 1] == "what" && after < size() && !pos.empty() &&
          (pos[after] == text::Pos::kVBD || pos[after] == text::Pos::kVBZ ||
           pos[after] == text::Pos::kVBP)) {
        q = after - 1;
        continue;
      }
      // "ready to resume the peace process mediated by France": who did something to the
      // object (and any actor after it) is not the object.
      if (q >= 2 && Is(norm[q - 1], "by") && !pos.empty() && pos[q - 2] == text::Pos::kVBN &&
          q - 2 > from) {
        return -1;
      }
      // "used Iranian drones", "fired British Storm Shadow missiles at targets in Russia":
      // the maker of the weapon a side uses or fires, not whom it is aimed at. (A weapon
      // struck is its owner's: "destroyed Russian tanks".)
      if (from > 0 && IsWeaponUseVerb(norm[from - 1])) {
        const uint32_t weapon = WeaponOfMaker(mentions[mk]);
        if (weapon > 0) {
          q = weapon;
          continue;
        }
      }
      // "signed a declaration at the White House", "met in Doha": the place, not the target.
      if (IsLocative(mentions[mk])) {
        q = mentions[mk].e - 1;
        continue;
      }
      // "declared a state of emergency and police detained 40 suspects", "fired a missile
      // hours before Yoon flew to Tokyo": the next clause's subject.
      if (q > from && SubjectOfOwnClause(mentions[mk])) return -1;
      // "Trump withdrew the United States from the Iran nuclear deal", "led Britain out of
      // the EU": a leader's or government's own country, named as the object taken from or
      // out of something, is what it acts for; the act is aimed at what follows. (Not a
      // possessor: "guarantee the rights of Karabakh's Armenians".)
      if (exclude >= 0 && mentions[mk].kind == Mention::Kind::kActor &&
          mentions[exclude].kind == Mention::Kind::kActor) {
        const std::string own = CodeOf(mentions[exclude].ref, doc_date);
        const std::string object = CodeOf(mentions[mk].ref, doc_date);
        const uint32_t next = mentions[mk].e;
        if (object.size() == 3 && own.size() == 6 && own.compare(0, 3, object) == 0 &&
            (own.compare(3, 3, "GOV") == 0 || own.compare(3, 3, "MIL") == 0) &&
            !mentions[mk].possessor && next < size() &&
            (norm[next] == "from" || norm[next] == "out" || norm[next] == "into")) {
          q = mentions[mk].e - 1;
          continue;
        }
        // "Trump offered U.S. support for the kingdom's defence": the actor's own country
        // named as a modifier of the thing given is the giver, not whom it is for.
        if (object.size() == 3 && own.size() >= 3 && own.compare(0, 3, object) == 0 &&
            mentions[mk].ref.country && !mentions[mk].possessor && next < size() && !pos.empty() &&
            (pos[next] == text::Pos::kNN || pos[next] == text::Pos::kNNS) &&
            !(toks[next]->flags & text::kCapitalized) && mention_at[next] < 0) {
          q = mentions[mk].e - 1;
          continue;
        }
      }
      return mk;
    }
  }
  return -1;
}

bool SentenceState::ViolatedParty(uint32_t b) const {
  static constexpr std::string_view kBreaches[] = {"violation", "violations",   "breach",
                                                   "breaches",  "infringement", "infringements"};
  static constexpr std::string_view kHoldings[] = {"sovereignty", "territory", "airspace",
                                                   "waters",      "integrity", "borders"};
  if (pos.empty()) return false;
  uint32_t q = b;
  // ("of sovereign Ukrainian territory", "of the sovereignty of Iraq".)
  for (int of = 0; of < 2; ++of) {
    while (q > 0 && b - q < 6 && (pos[q - 1] == text::Pos::kJJ || Is(norm[q - 1], "the"))) --q;
    if (q < 2 || !Is(norm[q - 1], "of")) return false;
    if (!IsOneOf(norm[q - 2], kHoldings)) break;
    q -= 2;
  }
  if (q < 2 || !Is(norm[q - 1], "of") || !IsOneOf(norm[q - 2], kBreaches)) return false;
  uint32_t before = q - 2;
  while (before > 0 && !pos.empty() && pos[before - 1] == text::Pos::kJJ) --before;
  return !(before > 0 && Is(norm[before - 1], "in"));
}

// "released Vadim Krasikov, a Russian intelligence officer": a name the dictionaries do not
// know (the capitalised words from `from` to the comma at `comma`), then an appositive that
// says who it is: that actor.
int SentenceState::AppositiveOfName(uint32_t from, uint32_t comma, int exclude) const {
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

bool SentenceState::IsCompassWord(std::string_view w) {
  static constexpr std::string_view kCompass[] = {
      "northern",      "southern",      "eastern",      "western",      "central",
      "northeastern",  "northwestern",  "southeastern", "southwestern", "north-eastern",
      "north-western", "south-eastern", "south-western"};
  return IsOneOf(w, kCompass);
}

bool SentenceState::IsLocative(const Mention& m) const {
  if (m.possessor) return false;  // "disappointment at Seoul's decision"
  // (A part of the place by its compass point is the place still: "in northwestern Nigeria".)
  int p = static_cast<int>(m.b) - 1;
  while (p >= 0 && (HasClass(cls[p], kDet) || IsCompassWord(norm[p]))) --p;
  if (p < 0) return false;
  std::string_view w = norm[p];
  // ("fired tear gas on Tuesday at migrants", "throwing stones at them": people, by a common
  // noun or a pronoun, are aimed at, not a place.)
  if (w == "at" && m.e > 0 &&
      ((agent_at[m.e - 1].len > 0 && !(toks[m.e - 1]->flags & text::kCapitalized)) ||
       m.kind == Mention::Kind::kPronPlural)) {
    return false;
  }
  return w == "at" || w == "in" || w == "near" || w == "inside" || w == "outside" ||
         w == "across" || w == "during" || w == "throughout";
}

// Whether the mention names who reports the sentence, not who it is about: ", South Korea's
// military said", ", Iranian state media reported", "according to British maritime security
// agency UKMTO". A source of the news is no one's target.
bool SentenceState::IsAttribution(const Mention& m) const {
  static constexpr std::string_view kReport[] = {"reported", "reports",   "report",
                                                 "stated",   "announced", "confirmed"};
  uint32_t q = m.e;
  // (Over the rest of the speaker's name: "Iraqi Kurdish authorities said", "the British
  // military's maritime agency said".)
  if (q + 1 < size() && norm[q] == "'s" && mention_at[q] < 0) ++q;
  for (int words = 0; words < 3 && q < size() && !pos.empty() && mention_at[q] < 0 &&
                      (pos[q] == text::Pos::kNN || pos[q] == text::Pos::kNNS ||
                       pos[q] == text::Pos::kNNP || pos[q] == text::Pos::kJJ);
       ++words) {
    ++q;
  }
  if (q < size() && HasClass(cls[q], kAux)) ++q;
  if (q < size() && (HasClass(cls[q], kSay) || IsOneOf(norm[q], kReport))) {
    return true;
  }
  // (A title between: "according to the group's spokesman, Yahya Saree".)
  int p = static_cast<int>(m.b) - 1;
  while (p >= 0 && (HasClass(cls[p], kDet) || norm[p] == "'s")) --p;
  return p >= 1 && norm[p] == "to" && norm[p - 1] == "according";
}

}  // namespace dyad::coder
