// Event assembly: each match made into events, with its source and target (slots, subject,
// object, passive agent, implied ones), its code (intent, refusal, refinements by actor), its
// date and modality; events a verb or noun pattern leaves implied ("followed suit", "the 2015
// deal with Iran") are added here too.
#include "coder/sentence_state.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

namespace dyad::coder {

namespace {

// The intent code for a planned, promised or expected event: CAMEO's 03 family mirrors the
// cooperative families; a planned conflict event is a threat (13).
std::string IntentCode(const std::string& code) {
  const std::string root = code.substr(0, 2);
  static const std::unordered_map<std::string, std::string> kExact = {
      {"061", "0311"}, {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"071", "0331"},
      {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"081", "0351"}, {"082", "0352"},
      {"084", "0353"}, {"085", "0354"}, {"086", "0355"}, {"087", "0356"}, {"163", "1312"},
      {"161", "1313"}, {"162", "1311"}, {"164", "134"},  {"165", "135"},  {"166", "136"},
      {"045", "039"},  // "is trying to broker", "will mediate": CAMEO's intent to mediate
      {"054", "032"},  // "would recognise a Palestinian state": diplomatic cooperation intended
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

// Whether the sentence's events `out` have one of code `cameo` from `source` to `target`.
template <typename Events>
bool HasEvent(Events& out, std::string_view cameo, const std::string& source,
              const std::string& target) {
  return std::any_of(out.begin(), out.end(), [&](const Event& e) {
    return e.cameo == cameo && e.source.code == source && e.target.code == target;
  });
}

// A role that fights or governs: its people can retreat or flee as a force.
bool IsArmedOrOfficialRole(const std::string& code) {
  static constexpr std::string_view kOfficial[] = {"GOV", "ELI", "OPP", "CRM",
                                                   "COP", "SPY", "JUD", "LEG"};
  const std::string_view role = SentenceState::RoleOf(code);
  return SentenceState::IsArmedRole(role) || IsOneOf(role, kOfficial);
}

bool IsRefrainWord(std::string_view w) {
  static constexpr std::string_view kRefrain[] = {
      "refrain",   "refrains",  "refrained", "refraining", "abstain",   "abstains",
      "abstained", "desist",    "desists",   "desisted",   "desisting", "barred",
      "banned",    "prevented", "stopped",   "prohibited"};
  return IsOneOf(w, kRefrain);
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

// Mediation (045) or an intent to mediate (039): two mediators named together ("Egypt and
// Qatar are trying to broker a ceasefire") mediate between others, never between themselves.
bool IsMediation(std::string_view code) { return code == "045" || code == "039"; }

// "The United States, the EU and Latin American countries refused to recognise the result",
// "Britain and France condemned the move": demanding, disapproving, rejecting and threatening
// with no one named is a stance the members take together, not toward each other. (A pattern
// of an exchange, "<trade> * @prisoner", or of "each other" still pairs them.)
// So is an act the members do side by side to a third party the pattern names in its own
// words or leaves unnamed: "China and Russia voted for the resolution" (050), "The United
// States, Germany and Britain suspended funding" (16x), "Japan and South Korea pledged aid"
// (07x), "France and Britain opened an inquiry" (09x), "students and workers protested" (14x).
bool JointStance(std::string_view code, std::string_view pattern) {
  // ("China and Russia voted for the resolution", "co-sponsored the resolution": a vote is
  // cast with others, not for them.)
  if (pattern.find("<vote>") != std::string_view::npos ||
      pattern.find("resolution") != std::string_view::npos) {
    return true;
  }
  // (Not a partnership or an alliance the partners announce together, 050 by another
  // pattern: that is their cooperation with each other.)
  const bool joint_act = (StartsWith(code, "05") && !Is(code, "057") &&
                          (!Is(code, "050") || pattern.find("<vote>") != std::string_view::npos)) ||
                         StartsWith(code, "07") || StartsWith(code, "09") ||
                         StartsWith(code, "14") || StartsWith(code, "16");
  if (!(StartsWith(code, "10") || StartsWith(code, "11") || StartsWith(code, "12") ||
        StartsWith(code, "13") || joint_act)) {
    return false;
  }
  return pattern.find("<trade>") == std::string_view::npos &&
         pattern.find("<exchange>") == std::string_view::npos &&
         pattern.find("each other") == std::string_view::npos &&
         pattern.find("one another") == std::string_view::npos;
}

// The strings' rooms kept by the thread (see SentenceEvents::KeepRoom), at most
// kMaxKeptRooms of at most kMaxKeptRoomBytes each: a bound on what a thread holds, well above
// what a document's events use (a few rooms each).
constexpr size_t kMaxKeptRooms = 2048;
constexpr size_t kMaxKeptRoomBytes = 256;
thread_local std::vector<std::string> kept_rooms;

// A string's own room, within the string object, holds this many bytes: a longer one has a
// room allocated. (Not constexpr: Clang 14 cannot evaluate libstdc++ 12's constructor at
// compile time.)
const size_t kInlineBytes = std::string().capacity();

}  // namespace

void SentenceState::SentenceEvents::KeepRoom(Event* e) {
  std::vector<std::string>& rooms = kept_rooms;
  // (The sentence is not kept: it is assigned a string made anew, which would free the room.)
  for (std::string* s : {&e->rule, &e->source.text, &e->target.text, &e->action_geo.name,
                         &e->source_geo.name, &e->target_geo.name}) {
    if (s->capacity() > kInlineBytes && s->capacity() <= kMaxKeptRoomBytes &&
        rooms.size() < kMaxKeptRooms) {
      rooms.push_back(std::move(*s));
    }
  }
}

void SentenceState::SentenceEvents::GiveRoom(std::string* s, size_t length) {
  if (length > s->capacity() && !kept_rooms.empty()) {
    *s = std::move(kept_rooms.back());
    kept_rooms.pop_back();
  }
}

bool SentenceState::IsAirForce(std::string_view words) {
  // (Lowered in a room of the thread's, without a call a byte: a string made and freed and
  // std::tolower at each byte were most of the test. dyad runs in the C locale, where
  // std::tolower changes A-Z alone.)
  thread_local std::string lower;
  lower.assign(words);
  for (char& ch : lower) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  for (std::string_view w : {"warplane", "jets", "jet", "drone", "aircraft", "air force",
                             "bomber", "helicopter"}) {
    size_t at = lower.find(w);
    // (A suicide or car bomber flies nothing.)
    if (w == "bomber" && at != std::string::npos &&
        ((at >= 8 && lower.compare(at - 8, 8, "suicide ") == 0) ||
         (at >= 4 && lower.compare(at - 4, 4, "car ") == 0))) {
      continue;
    }
    if (at != std::string::npos &&
        (at + w.size() == lower.size() || !std::isalpha(static_cast<unsigned char>(lower[at + w.size()])) ||
         lower[at + w.size()] == 's')) {
      return true;
    }
  }
  return false;
}

// Whether the verb group starting at `group_start` is what a denial denies ("denied that its
// forces had attacked", "denies its troops shelled") or what a plot plans ("a plot by Hamas to
// assassinate").
bool SentenceState::IsDeniedOrPlotted(uint32_t group_start) const {
  static constexpr std::string_view kDeny[] = {"denied", "denies", "deny", "denying"};
  static constexpr std::string_view kPlot[] = {"plot",    "plots",    "conspiracy", "scheme",
                                               "schemes", "plotting", "plotted"};
  int q = static_cast<int>(group_start) - 1;
  const bool infinitive = q + 1 < static_cast<int>(size()) && HasClass(cls[q + 1], kTo);
  if (q >= 0 && mention_ending[q] >= 0) q = static_cast<int>(mentions[mention_ending[q]].b) - 1;
  if (infinitive) {
    if (q >= 0 && Is(norm[q], "by")) --q;
    return q >= 0 && IsOneOf(norm[q], kPlot);
  }
  // (Over the rest of the subject: "its forces", "the Russian army".)
  for (int steps = 0;
       q >= 0 && steps < 4 && !pos.empty() && !IsGapBarrier(q) &&
       (pos[q] == text::Pos::kNN || pos[q] == text::Pos::kNNS || pos[q] == text::Pos::kNNP ||
        pos[q] == text::Pos::kJJ || pos[q] == text::Pos::kPRPS || pos[q] == text::Pos::kDT ||
        HasClass(cls[q], kDet));
       ++steps) {
    --q;
  }
  if (q < 0 || !Is(norm[q], "that")) return q >= 0 && IsOneOf(norm[q], kDeny);
  // (Over a time or an adverb between the denial and its clause: "denied on Tuesday that",
  // "flatly denied that".)
  --q;
  for (int steps = 0; q >= 0 && steps < 4 && !IsOneOf(norm[q], kDeny); ++steps, --q) {
    if (IsGapBarrier(q) || pos.empty() ||
        !(Is(norm[q], "on") || pos[q] == text::Pos::kNNP || pos[q] == text::Pos::kCD ||
          pos[q] == text::Pos::kRB || Is(norm[q], "last") || Is(norm[q], "week"))) {
      return false;
    }
  }
  return q >= 0 && IsOneOf(norm[q], kDeny);
}

// Whether only the words of a noun phrase come before `b` in the sentence (after a dateline's
// dash).
bool SentenceState::OpensSentence(uint32_t b) const {
  for (uint32_t q = b; q-- > 0;) {
    if (norm[q] == "-" || norm[q] == "--") return true;
    // ("Following a meeting with the crown prince, Blinken said": "following" is a
    // preposition there.)
    if (IsGapBarrier(q) || IsFiniteVerb(q) || HasClass(cls[q], kPrep) || norm[q] == "following") {
      return false;
    }
  }
  return true;
}

// Whether an event noun names an act its clause says was done. Not a case that may never
// come ("would respond to any attack on Crimea"), nor a noun that only names a kind of thing
// ("setting off air raid sirens"); and, with no source of its own (its source would be the
// clause's subject), not an act the subject answers ("in retaliation for the killing of
// Nasrallah": someone else killed) or says it took no part in ("did not take part in the
// strikes on Yemen").
bool SentenceState::NounEventDone(const Match& m) const {
  static constexpr std::string_view kAnswer[] = {
      "retaliation", "retaliate", "retaliated", "retaliating", "revenge",    "reprisal",
      "reprisals",   "response",  "respond",    "responded",   "responding", "avenge",
      "avenged",     "avenging",  "answer",     "retribution"};
  static constexpr std::string_view kKind[] = {"siren",   "sirens",   "shelter", "shelters",
                                               "warning", "warnings", "alert",   "alerts"};
  for (uint32_t after : {m.anchor + 1, m.e}) {
    if (after < size() && IsOneOf(norm[after], kKind)) {
      return false;
    }
  }
  // "said the accusation of genocide was outrageous", "said the treatment may amount to crimes
  // against humanity", "could constitute war crimes": an act alleged, or what an act is judged
  // to be, is what the statement says, not an act reported.
  {
    int a = static_cast<int>(m.b) - 1;
    while (a >= 0 && a + 3 >= static_cast<int>(m.b) &&
           (HasClass(cls[a], kDet) || (!pos.empty() && pos[a] == text::Pos::kJJ))) {
      --a;
    }
    if (a >= 1 && Is(norm[a], "of")) {
      const std::string_view w = norm[a - 1];
      if (StartsWith(w, "accus") || StartsWith(w, "alleg") || Is(w, "charge") || Is(w, "charges") ||
          Is(w, "claims") || StartsWith(w, "suspicion")) {
        return false;
      }
    }
    if (a >= 1 && Is(norm[a], "to") &&
        (StartsWith(norm[a - 1], "amount") || Is(norm[a - 1], "tantamount"))) {
      return false;
    }
    if (a >= 0 && StartsWith(norm[a], "constitut")) return false;
  }
  int q = static_cast<int>(m.b) - 1;
  while (q >= 0 && HasClass(cls[q], kDet) && !Is(norm[q], "any")) --q;
  if (q >= 0 && Is(norm[q], "any")) return false;
  // (An agent after it is its source: "a response to a sarin attack by Syrian aircraft".)
  if (m.source >= 0 || (m.e < size() && Is(norm[m.e], "by"))) return true;
  if (q >= 0 && (Is(norm[q], "for") || Is(norm[q], "to"))) --q;
  if (q >= 0 && IsOneOf(norm[q], kAnswer)) {
    return false;
  }
  // "summoned the ambassador, saying the sanctions on British lawmakers were unjustified":
  // "the" act a reported clause opens with, aimed at the speaker's own country, is one the
  // story told, someone else's. (Aimed elsewhere it may well be the speaker's: "Israel said
  // the strikes on Gaza would continue", "Putin said the missile strikes were retaliation".)
  if (m.b > 1 && Is(norm[m.b - 1], "the") && m.target >= 0 &&
      mentions[m.target].kind == Mention::Kind::kActor) {
    int r = static_cast<int>(m.b) - 2;
    if (r >= 0 && Is(norm[r], "that")) --r;
    if (r >= 0 && HasClass(cls[r], kSay)) {
      const std::string& target = CodeOf(mentions[m.target].ref, doc_date);
      // (Its own rebels, militants or opposition it does act on: "Nigeria's army said the air
      // strikes on Boko Haram camps killed 50 militants".)
      const bool own_foes =
          IsInsurgent(target) || Is(RoleOf(target), "RAD") || Is(RoleOf(target), "CRM");
      for (const Mention& o : mentions) {
        if (own_foes || o.e > static_cast<uint32_t>(r)) break;
        if (o.kind != Mention::Kind::kActor || o.prepositional) continue;
        const std::string& speaker = CodeOf(o.ref, doc_date);
        if (speaker.size() >= 3 && target.size() >= 3 && speaker.compare(0, 3, target, 0, 3) == 0) {
          return false;
        }
      }
      // Nor is an act of a kind the story told of before ("Israel struck Gaza on Monday. Egypt
      // said the strikes on Gaza were illegal"; "Iran launched drones at Israel. Iran said the
      // drone attack was self-defence" is that act again): an act of the noun's stem or CAMEO
      // root ("struck" for "the strikes"). Only a story silent on it leaves it the speaker's.
      if (norm[m.anchor].size() >= 4) {
        const std::string_view stem = norm[m.anchor].substr(0, 4);
        for (const PastAct& act : past_acts) {
          if (act.HasStem(stem) ||
              (act.root[0] == m.pattern->code[0] && act.root[1] == m.pattern->code[1])) {
            return false;
          }
        }
      }
      // Nor one the clause says is another's doing: "Ukraine said the drone attack on the
      // Kremlin was a Russian provocation" (or "staged", "carried out by Moscow").
      uint32_t q = m.e;
      while (q < size() && q < m.e + 3 && !HasClass(cls[q], kAux) && !IsGapBarrier(q)) ++q;
      if (q < size() &&
          (Is(norm[q], "was") || Is(norm[q], "were") || Is(norm[q], "is") || Is(norm[q], "are"))) {
        // (Up to a preposition, but "by": "retaliation for the Crimea bridge blast" names
        // what it answers, not who did it.)
        for (uint32_t p = q + 1; p < size() && p < q + 8 && !IsGapBarrier(p) &&
                                 !HasClass(cls[p], kSubordinator | kRel) &&
                                 !(HasClass(cls[p], kPrep) && !Is(norm[p], "by"));
             ++p) {
          if (Is(norm[p], "provocation") || Is(norm[p], "staged") || Is(norm[p], "false-flag") ||
              Is(norm[p], "fabricated") || Is(norm[p], "hoax")) {
            return false;
          }
          if (mention_at[p] >= 0 && mentions[mention_at[p]].kind == Mention::Kind::kActor) {
            const std::string& doer = CodeOf(mentions[mention_at[p]].ref, doc_date);
            bool speakers = false;
            for (const Mention& o : mentions) {
              if (o.e > static_cast<uint32_t>(r)) break;
              if (o.kind != Mention::Kind::kActor || o.prepositional) continue;
              const std::string& sc = CodeOf(o.ref, doc_date);
              speakers = speakers ||
                         (sc.size() >= 3 && doer.size() >= 3 && sc.compare(0, 3, doer, 0, 3) == 0);
            }
            if (!speakers) return false;
          }
        }
      }
    }
  }
  for (int k = static_cast<int>(m.b) - 1, steps = 0; k >= 0 && steps < 8; --k, ++steps) {
    if (IsGapBarrier(static_cast<uint32_t>(k))) break;
    // ("did not condemn Hamas for its attack": the negation is of the verb whose object comes
    // between, not of the act.)
    if (mention_ending[k] >= 0 && mentions[mention_ending[k]].kind == Mention::Kind::kActor &&
        !mentions[mention_ending[k]].possessor) {
      break;
    }
    if (HasClass(cls[k], kNeg) && !Is(norm[k], "no")) return false;
  }
  return true;
}

// The actor after "by" that does the act of the event noun whose object `object` is ("the
// arrest of two Canadians by Chinese police", "the seizure of a British tanker by Iranian
// forces"); -1 when none is named.
int SentenceState::AgentAfterObjectOfNoun(const Mention& object) const {
  int of = static_cast<int>(object.b) - 1;
  while (of >= 0 && !pos.empty() && (HasClass(cls[of], kDet) || pos[of] == text::Pos::kCD)) --of;
  if (of < 1 || !Is(norm[of], "of") || pos.empty() || !text::IsNoun(pos[of - 1])) return -1;
  for (uint32_t q = object.e; q + 1 < size() && q < object.e + 3; ++q) {
    if (Is(norm[q], "by")) {
      const int agent = mention_at[q + 1];
      return agent >= 0 && mentions[agent].kind == Mention::Kind::kActor ? agent : -1;
    }
    if (IsGapBarrier(q) || cls[q] != 0 || mention_at[q] >= 0 || !text::IsNoun(pos[q])) break;
  }
  return -1;
}

// The verbs of stopping: "will halt attacks on", "to end the shelling of" (before an event
// noun), "called on Rwanda to stop backing", "quit supplying" (before a gerund): the act they
// name is stopped, or to be stopped, not done.
bool SentenceState::IsStopVerb(std::string_view w) {
  static constexpr std::string_view kStop[] = {
      "halt",    "halts",    "halted",    "halting",    "stop",  "stops",  "stopped", "stopping",
      "end",     "ends",     "ended",     "ending",     "cease", "ceases", "ceased",  "ceasing",
      "suspend", "suspends", "suspended", "suspending", "avoid", "avoids", "avoided", "avoiding",
      "prevent", "prevents", "prevented", "preventing", "quit",  "quits"};
  return IsOneOf(w, kStop);
}

// "Turkish-backed Syrian rebels attacked Kurdish fighters": two armed groups of one country,
// named apart, that fight each other share a code but are not one actor toward itself.
bool SentenceState::RivalArmedGroups(const Ref& s, const Ref& t, const std::string& code,
                                     const std::string& cameo) const {
  if (cameo.size() < 2 || cameo[0] != '1' || cameo[1] < '8' || code.size() != 6 ||
      !Is(RoleOf(code), "REB")) {
    return false;
  }
  // (Named in that order, the doer then the one it struck: a target named before is mostly
  // the doer again, "talks with the ELN after the group bombed ..., killing".)
  if (t.begin < s.end) return false;
  const std::string_view a = text.substr(s.begin, s.end - s.begin);
  const std::string_view b = text.substr(t.begin, t.end - t.begin);
  if (a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) ==
               std::tolower(static_cast<unsigned char>(y));
      })) {
    return false;
  }
  // (A pronoun names again what the story named: "the rebels said they".)
  for (std::string_view w : {a, b}) {
    if (w == "they" || w == "them" || w == "it" || w == "their" || w == "its") return false;
  }
  return true;
}

// "withdrew the United States from the 2015 nuclear deal with Iran": a deal named with its
// year is an agreement the two countries made that year (057 both ways), when the act on it
// is one only a party does (leaving, suspending, reviving or honouring it: roots 16, 03, 08;
// "Israel criticised the 2015 deal with Iran" is no party's) and the other is the one it
// was "with".
void SentenceState::AddPastAgreement(const Match& m, SentenceEvents& out) const {
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

bool SentenceState::IsAgreementNoun(std::string_view w) {
  return Is(w, "deal") || Is(w, "agreement") || Is(w, "accord") || Is(w, "treaty") ||
         Is(w, "pact");
}

// Whether the clause of the word at `at` is a condition, which tells of no act: "If Iran
// attacks Israel, the United States will respond", "unless Russia withdraws". The clause runs
// back to a comma or a clause break; "if" or "unless" in it, before the word, makes it one.
bool SentenceState::InConditionalClause(uint32_t at) const {
  for (int q = static_cast<int>(at) - 1; q >= 0 && q + 12 >= static_cast<int>(at); --q) {
    if (HasClass(cls[q], kComma | kClauseBreak) || IsFullStop(q)) return false;
    // (A question asked, "whether Israel would invade Rafah", asserts no act either.)
    // Nor one judged unlikely: "It is unlikely that China will invade Taiwan".
    if (norm[q] == "that" && q > 0 &&
        (norm[q - 1] == "unlikely" || norm[q - 1] == "doubtful" || norm[q - 1] == "improbable" ||
         norm[q - 1] == "unclear")) {
      return true;
    }
    // "vowed to press on until Armenian forces withdraw": what must happen first, in the
    // present, has not happened. ("fought until the rebels withdrew" has.)
    if (norm[q] == "until" || norm[q] == "till") {
      return !pos.empty() && (pos[at] == text::Pos::kVBP || pos[at] == text::Pos::kVBZ ||
                              pos[at] == text::Pos::kVB);
    }
    if (norm[q] == "if" || norm[q] == "unless" || norm[q] == "whether") {
      // The first finite verb of the condition, before the word.
      int verb = -1;
      for (int v = q + 1; v < static_cast<int>(at); ++v) {
        if (IsFiniteVerb(v)) {
          verb = v;
          break;
        }
      }
      // "would take countermeasures if necessary and summoned the ambassador": a predicate
      // after "and" whose condition names no one and has no verb ("if necessary", "if
      // attacked"), or has a verb of another tense, is the main clause's.
      // (A past form after "and" is often tagged a participle: "and summoned".)
      const bool past = !pos.empty() && (pos[at] == text::Pos::kVBD || pos[at] == text::Pos::kVBN);
      if (at > 0 && (norm[at - 1] == "and" || norm[at - 1] == "but") &&
          (IsFiniteVerb(at) || past) &&
          (verb < 0 ? std::none_of(mention_at.begin() + q + 1, mention_at.begin() + at - 1,
                                   [](int k) { return k >= 0; })
                    : (pos[verb] == text::Pos::kVBD) != past)) {
        return false;
      }
      // "If Israel attacks Rafah the United States will suspend": a subject after a
      // condition with a verb of its own, and after no function word, starts the main clause.
      if (verb >= 0 && at > 0 && mention_ending[at - 1] >= 0) {
        int before = static_cast<int>(mentions[mention_ending[at - 1]].b) - 1;
        while (before > verb && HasClass(cls[before], kDet)) --before;
        if (before > verb && cls[before] == 0) return false;
      }
      return true;
    }
  }
  return false;
}

// Whether the verb at `anchor` is read in a sense that is no event: "researchers demonstrated
// its role" or "demonstrated that" (showed, where a bare <demonstrate> is a rally), "wound up
// doing a postdoc" (not wounded), "they're killing it".
// Whether a "called X a dictator" criticism (11x) matched a call of another kind: a phone
// call or an appeal with its purpose or occasion between ("Putin called Lukashenko to discuss
// the terrorist attack", "Biden called Netanyahu after the terrorist attack"), or the word
// describing a thing the object's phrase names ("called the families of the victims of the
// heinous attack"). Naming someone something is the word right after them: "called Maduro
// a dictator", "called the storming treasonous", "called Hamas a terrorist organisation".
bool SentenceState::IsCallNotNaming(const Match& m) const {
  if (m.e == 0 || !StartsWith(m.pattern->code, "11") || norm[m.anchor].substr(0, 4) != "call") {
    return false;
  }
  static constexpr std::string_view kOccasion[] = {"to",   "after", "before", "about",
                                                   "over", "amid",  "during", "following"};
  const uint32_t last = m.e - 1;
  for (uint32_t q = m.anchor + 1; q < last; ++q) {
    if (IsOneOf(norm[q], kOccasion)) return true;
  }
  return last > 0 && Is(norm[last - 1], "the") && m.e < size() && !pos.empty() &&
         (text::IsNoun(pos[m.e]) || pos[m.e] == text::Pos::kJJ);
}

// Whether the word names a mass atrocity of the past that states recognise, commemorate or
// acknowledge ("the Armenian genocide", "the Holodomor", "the Srebrenica massacre").
bool SentenceState::IsAtrocityWord(std::string_view w) {
  static constexpr std::string_view kAtrocities[] = {
      "genocide",     "genocides",     "holocaust", "holodomor", "massacre", "massacres",
      "killings",     "atrocities",    "atrocity",  "famine",    "nakba",    "deportation",
      "deportations", "extermination", "slaughter", "pogrom",    "pogroms",  "cleansing"};
  return IsOneOf(w, kAtrocities);
}

// Whether the match is the recognition of an atrocity ("voted to recognise the Armenian
// genocide", "the Dutch recognition of the Holodomor") or an atrocity's noun inside what is
// recognised ("recognised the killings of Armenians as genocide"). Neither is a state's
// recognition of another (054), and the recogniser did not kill anyone: the atrocity is a
// past one, whose doers the clause does not make its subject.
bool SentenceState::RecognitionOfAtrocity(const Match& m) const {
  auto recognises = [](std::string_view w) {
    return w.substr(0, 7) == "recogni" || w.substr(0, 10) == "acknowledg" ||
           w.substr(0, 10) == "commemorat";
  };
  const VerbPattern& p = *m.pattern;
  if (Is(p.code, "054")) {
    if (!recognises(norm[m.anchor])) return false;
    for (uint32_t q = m.anchor + 1; q < size() && q <= m.anchor + 8; ++q) {
      if (HasClass(cls[q], kComma | kClauseBreak | kRel | kSubordinator) || IsFullStop(q)) break;
      if (IsAtrocityWord(norm[q])) return true;
    }
    return false;
  }
  if (p.verbal ||
      !(StartsWith(p.code, "18") || StartsWith(p.code, "19") || StartsWith(p.code, "20"))) {
    return false;
  }
  for (uint32_t q = m.b; q > 0 && q + 10 > m.b;) {
    --q;
    // (Past the "as" of what it is recognised as: "recognised the Holodomor as a genocide".)
    if (HasClass(cls[q], kComma | kClauseBreak | kRel) || IsFullStop(q) ||
        (HasClass(cls[q], kSubordinator) && !Is(norm[q], "as"))) {
      break;
    }
    if (recognises(norm[q])) return true;
  }
  return false;
}

bool SentenceState::IsOtherSense(const VerbPattern& p, uint32_t anchor) const {
  const std::string_view verb = norm[anchor];
  const uint32_t next = anchor + 1;
  const std::string_view after = next < size() ? norm[next] : std::string_view();
  if (verb.substr(0, 10) == "demonstrat" && p.items.size() == 1) {
    // (But a crowd's stance shown in the street is the rally wire copy means: "Thousands of
    // Israelis demonstrated their opposition to the judicial overhaul", "demonstrated their
    // support for the Palestinians".)
    static constexpr std::string_view kStance[] = {
        "support",     "opposition", "solidarity",      "anger",       "outrage",  "fury",
        "frustration", "discontent", "dissatisfaction", "displeasure", "rejection"};
    if (next + 1 < size() && norm[next] == "their" && IsOneOf(norm[next + 1], kStance)) {
      return false;
    }
    // A direct object: a determiner, a possessive, a noun or a number (not a date:
    // "demonstrated Monday").
    if (next < size() && !pos.empty() && (in_timex.empty() || !in_timex[next]) &&
        (pos[next] == text::Pos::kDT || pos[next] == text::Pos::kPRPS ||
         pos[next] == text::Pos::kCD || pos[next] == text::Pos::kJJ || text::IsNoun(pos[next]))) {
      return true;
    }
    // Or what was shown, soon after: "demonstrated for the first time that".
    for (uint32_t q = next; q < size() && q <= anchor + 6; ++q) {
      if (HasClass(cls[q], kComma | kClauseBreak) || IsFullStop(q)) break;
      if (norm[q] == "that" || norm[q] == "how" || norm[q] == "why" || norm[q] == "what") {
        return true;
      }
    }
    return false;
  }
  // "were leaving the Economic Community of West African States", "left the WHO": to leave an
  // organisation of states is to cut ties with it; to leave a country or a city is a journey.
  if (Is(p.text, "<leave> +")) {
    uint32_t q = next;
    while (q < size() && HasClass(cls[q], kDet) && mention_at[q] < 0) ++q;
    const int left = q < size() ? mention_at[q] : -1;
    return left < 0 || mentions[left].kind != Mention::Kind::kActor ||
           !StartsWith(mentions[left].ref.code, "IGO");
  }
  // "the extent considered necessary", "considered most desirable by employers", "is
  // considered to be": to hold something to be so, not a policy weighed. (An adjective of
  // the object's is the object: "considering new sanctions".)
  if (verb.substr(0, 8) == "consider" && !pos.empty() && next < size()) {
    if (after == "to" && next + 1 < size() && norm[next + 1] == "be") return true;
    uint32_t q = next;
    if (q + 1 < size() && (pos[q] == text::Pos::kRB || pos[q] == text::Pos::kRBS ||
                           pos[q] == text::Pos::kJJS || after == "most" || after == "more")) {
      ++q;
    }
    if (q < size() && (pos[q] == text::Pos::kJJ || pos[q] == text::Pos::kJJS) &&
        mention_at[q] < 0 &&
        !(q + 1 < size() && (text::IsNoun(pos[q + 1]) || pos[q + 1] == text::Pos::kJJ ||
                             pos[q + 1] == text::Pos::kCD || mention_at[q + 1] >= 0))) {
      return true;
    }
  }
  // "very appealing to employers", "so threatening": a present participle after a word of
  // degree is an adjective, no act.
  if (anchor > 0 && verb.size() > 4 && verb.substr(verb.size() - 3) == "ing") {
    static constexpr std::string_view kDegree[] = {"very", "so",    "too",  "quite",  "extremely",
                                                   "most", "least", "less", "rather", "fairly"};
    if (IsOneOf(norm[anchor - 1], kDegree)) return true;
  }
  // "considering the price", "considering that": a preposition, not a policy weighed.
  if (verb == "considering" && anchor > 0 && !HasClass(cls[anchor - 1], kAux | kAdverb) &&
      !(anchor >= 2 && HasClass(cls[anchor - 2], kAux))) {
    return true;
  }
  // A participle between a determiner or number and its noun describes the noun ("two
  // designated newspapers", "the targeted areas"): no act is told.
  if (anchor > 0 && next < size() && !pos.empty() &&
      (pos[anchor] == text::Pos::kVBN || pos[anchor] == text::Pos::kJJ) &&
      (pos[anchor - 1] == text::Pos::kDT || pos[anchor - 1] == text::Pos::kCD ||
       pos[anchor - 1] == text::Pos::kPRPS) &&
      (in_timex.empty() || !in_timex[anchor - 1]) &&  // "on Jan. 5 accused"
      (pos[next] == text::Pos::kNN || pos[next] == text::Pos::kNNS ||
       pos[next] == text::Pos::kNNPS)) {  // (a people: "freed 39 detained Palestinians")
    return true;
  }
  // A present participle read as an adjective before its noun ("backing opposing sides",
  // "the ruling party"): no act.
  if (!pos.empty() && pos[anchor] == text::Pos::kJJ && verb.size() > 4 &&
      verb.substr(verb.size() - 3) == "ing" && next < size() &&
      (pos[next] == text::Pos::kNN || pos[next] == text::Pos::kNNS)) {
    return true;
  }
  // ("opposing sides" whatever the tagger reads: "were backing opposing sides".)
  if (verb == "opposing" &&
      (after == "sides" || after == "side" || after == "camps" || after == "factions" ||
       after == "forces" || after == "parties" || after == "views" || after == "armies")) {
    return true;
  }
  if (verb == "wound" && after == "up") return true;
  // "Hamas released a video of two hostages", "plans to release treated water": what is
  // published or let out is no one set free.
  if (verb.substr(0, 6) == "releas" && !pos.empty()) {
    static constexpr std::string_view kPublished[] = {
        "video",    "videos",    "footage",    "statement",  "statements", "report",
        "reports",  "image",     "images",     "photo",      "photos",     "photographs",
        "pictures", "recording", "recordings", "audio",      "tape",       "data",
        "figures",  "details",   "transcript", "document",   "documents",  "findings",
        "results",  "letter",    "water",      "wastewater", "list",       "map",
        "maps",     "memo",      "book",       "album",      "film",       "song"};
    uint32_t q = next;
    while (q < size() && q < next + 4 &&
           (pos[q] == text::Pos::kDT || pos[q] == text::Pos::kJJ || pos[q] == text::Pos::kCD ||
            pos[q] == text::Pos::kPRPS || pos[q] == text::Pos::kVBN) &&
           mention_at[q] < 0) {
      ++q;
    }
    if (q < size() && IsOneOf(norm[q], kPublished)) return true;
  }
  if (verb.substr(0, 4) == "kill" && after == "it") {
    return next + 1 >= size() || !(toks[next + 1]->flags & text::kWord);
  }
  return false;
}

// Whether a noun phrase starts at `q`, right after a verb: its direct object (not a time,
// "bombed Friday", nor a preposition's phrase).
bool SentenceState::NamesAnObject(uint32_t q) const {
  if (q >= size() || pos.empty() || in_timex[q]) return false;
  const text::Pos t = pos[q];
  return text::IsNoun(t) || t == text::Pos::kDT || t == text::Pos::kJJ || t == text::Pos::kCD ||
         t == text::Pos::kPRPS;
}

// Whether `sources` are all of one country and none its insurgents ("Indian police and
// soldiers"): forces acting together, not against each other.
bool SentenceState::OneStatesForces(const std::vector<Ref>& sources) const {
  const std::string first = CodeOf(sources[0], doc_date);
  if (first.size() < 3) return false;
  return std::all_of(sources.begin(), sources.end(), [&](const Ref& r) {
    const std::string c = CodeOf(r, doc_date);
    return c.size() >= 3 && c.compare(0, 3, first, 0, 3) == 0 && !IsInsurgent(c);
  });
}

// "The army and Wagner fighters clashed with insurgents": subjects that fight "with" or
// "against" someone the text does not name as an actor fought on one side, not each other.
bool SentenceState::FoughtAlongside(const Match& m) const {
  const std::string& t = m.pattern->text;
  const uint32_t after = m.anchor + 1;
  return m.pattern->verbal && after < size() &&
         (Is(norm[after], "with") || Is(norm[after], "against")) &&
         (t.find("<clash>") != std::string::npos || t.find("<fight>") != std::string::npos);
}

void SentenceState::EmitEvents(const std::vector<Match>& matches, int sentence_index,
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
  uint32_t main_src_verb = 0;  // and that verb
  uint32_t prev_end = 0;
  // (These three are the thread's, emptied for each sentence: their room, and their Refs'
  // strings', made for most sentences with an event, was allocated and freed each time.)
  thread_local std::vector<Ref> prev_targets;
  prev_targets.clear();
  // Each match's sources and targets (made anew for each match, in the same two vectors).
  thread_local std::vector<Ref> sources, targets;
  // A verb's event whose pattern spans an event noun ("was killed in a U.S. drone strike in
  // Kabul") is the noun's act too: the noun's own pattern of the same code codes no second
  // event ("hosted talks between" is not the talks). The previous
  // match when it was a verb's, and how many events there were before it.
  const Match* last_verb = nullptr;
  size_t events_before_verb = 0;
  uint32_t covered_b = 0, covered_e = 0;      // the span of the latest verb that made an event
  const std::string* covered_code = nullptr;  // and its code (a noun of another act is coded)
  for (const Match& m : matches) {
    bool suspected = false;  // a deed someone "may have been involved in"
    const VerbPattern& p = *m.pattern;
    // ("ordered police to arrest the protest leaders": "<order> * arrest", the order of an
    // arrest, read across an infinitive is the infinitive's act, coded as such. Not a pattern
    // written with its infinitive: "<order> * residents to leave" is an expulsion.)
    if (p.verbal && m.e >= 2 && Is(norm[m.e - 2], "to") && StartsWith(p.text, "<order> *") &&
        p.text.find(" to ") == std::string::npos) {
      continue;
    }
    if (last_verb && out.size() > events_before_verb) {
      covered_b = last_verb->anchor;
      covered_e = last_verb->e;
      covered_code = &last_verb->pattern->code;
    }
    last_verb = nullptr;
    // "threatened to seize the assets of": the threat's pattern, spanning the verb, coded the
    // act as threatened; the verb's own pattern codes it no second time.
    if (p.verbal && covered_code && StartsWith(*covered_code, "13") && m.anchor > covered_b &&
        m.anchor < covered_e) {
      continue;
    }
    if (p.verbal) {
      last_verb = &m;
      events_before_verb = out.size();
    } else if (m.b > covered_b && m.b < covered_e && covered_code && *covered_code == p.code) {
      continue;
    }
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
      // "warned that an Israeli offensive on Rafah would lead to a catastrophe": an event
      // noun with an indefinite article, as the subject of "would", "could" or "might", is a
      // hypothesis, not an act. ("his visit to Moscow could mark a turning point" was made.)
      if (m.e < size() && m.b > 0 &&
          (Is(norm[m.b - 1], "a") || Is(norm[m.b - 1], "an") || Is(norm[m.b - 1], "any")) &&
          (Is(norm[m.e], "would") || Is(norm[m.e], "could") || Is(norm[m.e], "might"))) {
        negated = true;
      }
      // "trying to broker a ceasefire between Israel and Hamas", "in a bid to secure a deal
      // with": the object of an infinitive that is only sought has not happened (the verb's
      // own pattern codes the attempt).
      for (int v = static_cast<int>(m.b) - 1; v >= 2 && v + 4 >= static_cast<int>(m.b); --v) {
        if (HasClass(cls[v], kDet) ||
            (!pos.empty() && (pos[v] == text::Pos::kJJ || pos[v] == text::Pos::kCD))) {
          continue;
        }
        if (!pos.empty() && pos[v] == text::Pos::kVB && HasClass(cls[v - 1], kTo) &&
            (HasClass(cls[v - 2], kIntent) || IsAimedInfinitive(static_cast<uint32_t>(v - 1)))) {
          negated = true;
        }
        break;
      }
      if (!NounEventDone(m)) continue;
      // "will travel to Tehran next week for talks with Iranian officials": the talks a
      // future or planned trip is for are planned too.
      if (!intent && IsForPlannedTrip(m.b)) intent = true;
    }
    // "said it would not negotiate with Russia", "will not attend the summit": a cooperative
    // act its actor says it will not do is a refusal, as "refused to" is (CAMEO codes the
    // rejection, 12x); a hostile or verbal one ("will not attack", "would not comment") is
    // no event.
    if (negated && verbal && !refused && WillNot(group_start, m.anchor)) {
      const std::string_view root = std::string_view(p.code).substr(0, 2);
      if (root >= "03" && root <= "08") {
        negated = false;
        refused = true;
      }
    }
    if (negated || InConditionalClause(verbal ? group_start : m.b)) continue;
    // "Morocco still controls most of the territory", "rebels hold much of the north": to
    // hold land in the simple present is how things stand, not an act of seizing it.
    if (verbal && StartsWith(p.code, "192") && !pos.empty() &&
        (pos[m.anchor] == text::Pos::kVBZ || pos[m.anchor] == text::Pos::kVBP) &&
        (StartsWith(norm[m.anchor], "control") || StartsWith(norm[m.anchor], "hold") ||
         StartsWith(norm[m.anchor], "occup")) &&
        std::all_of(pos.begin() + group_start, pos.begin() + m.anchor,
                    [](text::Pos t) { return t == text::Pos::kRB; })) {
      continue;
    }
    // "warned Iran's allies against attacking Israel", "cautioned against escalating": what
    // is warned or voted against is not done; nor what one refrains from ("would refrain
    // from criticising Tokyo").
    if (verbal && group_start == m.anchor && m.anchor > 0 && !pos.empty() &&
        pos[m.anchor] == text::Pos::kVBG &&
        (Is(norm[m.anchor - 1], "against") ||
         (m.anchor > 1 && Is(norm[m.anchor - 1], "from") && IsRefrainWord(norm[m.anchor - 2])))) {
      continue;
    }
    // "signed an agreement aimed at ending the fighting", "talks aimed at easing tensions":
    // what a deal or a step aims at is its purpose, not yet done.
    if (verbal && group_start == m.anchor && m.anchor > 1 && !pos.empty() &&
        pos[m.anchor] == text::Pos::kVBG && Is(norm[m.anchor - 1], "at") &&
        (Is(norm[m.anchor - 2], "aimed") || Is(norm[m.anchor - 2], "aiming") ||
         Is(norm[m.anchor - 2], "aims") || Is(norm[m.anchor - 2], "aim"))) {
      continue;
    }
    // "ban them from travelling to the bloc", "barred opposition leaders from leaving the
    // country": what someone is kept from doing is not done.
    if (verbal && group_start == m.anchor && m.anchor > 2 && !pos.empty() &&
        pos[m.anchor] == text::Pos::kVBG && Is(norm[m.anchor - 1], "from")) {
      static constexpr std::string_view kPrevent[] = {
          "ban",     "bans",      "banned",   "banning",    "bar",        "bars",
          "barred",  "barring",   "prevent",  "prevents",   "prevented",  "preventing",
          "stop",    "stops",     "stopped",  "stopping",   "block",      "blocks",
          "blocked", "blocking",  "prohibit", "prohibits",  "prohibited", "forbid",
          "forbids", "forbidden", "restrict", "restricted", "deter",      "deterred",
          "keep",    "keeps",     "kept",     "discourage", "discouraged"};
      bool kept_from = false;
      for (uint32_t q = m.anchor - 2, steps = 0; steps < 8; --q, ++steps) {
        if (IsGapBarrier(q)) break;
        if (IsOneOf(norm[q], kPrevent)) {
          kept_from = true;
          break;
        }
        if (q == 0) break;
      }
      if (kept_from) continue;
    }
    if (verbal && IsOtherSense(p, m.anchor)) continue;
    if (verbal && IsCallNotNaming(m)) continue;
    if (RecognitionOfAtrocity(m)) continue;
    // "vowed to fight until the RSF is defeated": a promise of coercion or force is a threat,
    // which the act promised codes (13x), not also an intent to cooperate (030). (A promise
    // to send troops, force posture, is an intent to help: 0334.)
    if (verbal && Is(p.code, "030") && p.text.size() > 3 &&
        p.text.compare(p.text.size() - 3, 3, " to") == 0 &&
        std::any_of(matches.begin(), matches.end(), [&](const Match& o) {
          return &o != &m && o.pattern->verbal && o.anchor == m.e &&
                 o.pattern->code.compare(0, 2, "17") >= 0;
        })) {
      continue;
    }
    // "denied that any Russian missiles had struck targets": what is denied is not done, even
    // when the denied clause names its doer.
    if (verbal && !(group_start < size() && HasClass(cls[group_start], kTo)) &&
        IsDeniedOrPlotted(group_start)) {
      continue;
    }
    // "said the measures would stay in place until Israel allowed aid into Gaza": what a
    // future state lasts until is a condition, not an act reported.
    if (verbal && group_start >= 2) {
      int until = -1;
      for (uint32_t q = group_start, steps = 0; q-- > 0 && steps < 6; ++steps) {
        if (IsGapBarrier(q)) break;
        if (Is(norm[q], "until") || Is(norm[q], "unless")) {
          until = static_cast<int>(q);
          break;
        }
      }
      bool conditional = false;
      for (int q = until - 1, steps = 0; until > 0 && q >= 0 && steps < 10; --q, ++steps) {
        if (IsGapBarrier(static_cast<uint32_t>(q))) break;
        if (Is(norm[q], "would") || Is(norm[q], "will") || Is(norm[q], "'ll")) {
          conditional = true;
          break;
        }
      }
      if (conditional) continue;
    }
    std::string refusal;
    if (refused) {
      // ("Rwanda denied supporting the M23": denying a deed is denying it was done, which the
      // denial's own 016 codes; "denied them entry" refuses.)
      bool denied_deed = false;
      if (!pos.empty() && pos[m.anchor] == text::Pos::kVBG) {
        for (uint32_t q = group_start; q < m.anchor; ++q) {
          denied_deed = denied_deed || StartsWith(norm[q], "deni") || Is(norm[q], "deny");
        }
      }
      if (denied_deed) continue;
      refusal = RefusalCode(p.code);
      if (refusal.empty()) continue;
    }
    // Source.
    int src = m.source;
    // Whether the source is the actor a participle right after it modifies ("migrants throwing
    // stones").
    bool reduced_relative = false;
    int purpose_object = -1;  // "summoned the ambassador to lodge a protest": the ambassador
    // An event noun's source named after "by": the noun's own agent ("a sarin attack by"), or
    // the agent of the passive the noun is under.
    bool by_passive = false;
    // "backed by U.S. air strikes": an actor right before an event noun is whose it is, as a
    // pattern's $ would say, wherever the noun stands in its clause.
    if (src < 0 && !verbal && m.b > 0 && mention_ending[m.b - 1] >= 0 &&
        mentions[mention_ending[m.b - 1]].kind == Mention::Kind::kActor &&
        mentions[mention_ending[m.b - 1]].e == m.b &&
        !mentions[mention_ending[m.b - 1]].possessor) {
      src = mention_ending[m.b - 1];
    }
    // "Fighting erupted between Armenian and Azerbaijani forces": a pattern that ends at
    // "between" has its two sides in the one phrase after it, two adjectives of one noun.
    // (Not a mediator's act: "hosted talks between U.S. and Russian officials" has its
    // host for a subject, the two for its sides.)
    if (src < 0 && m.target < 0 && !IsMediation(p.code) && m.e > 0 && m.e < size() &&
        Is(norm[m.e - 1], "between") && mention_at[m.e] >= 0 &&
        mentions[mention_at[m.e]].kind == Mention::Kind::kActor &&
        mentions[mention_at[m.e]].coordinated.size() == 1) {
      src = mention_at[m.e];
    }
    // ("met his Ghanaian counterpart in Abuja on Tuesday to discuss the withdrawal of Mali":
    // so too when the infinitive's verb group reaches back over a time.)
    if (verbal && StartsWith(p.code, "04") && m.target < 0 && m.anchor > 0 &&
        group_start < m.anchor - 1 && HasClass(cls[m.anchor - 1], kTo) && !pos.empty() &&
        pos[m.anchor] == text::Pos::kVB && std::any_of(out.begin(), out.end(), [&](const Event& e) {
          return StartsWith(e.cameo, "04") && e.verb_end <= toks[m.anchor]->begin &&
                 e.sentence_index == sentence_index;
        })) {
      continue;
    }
    if (src < 0) {
      bool finite = verbal && !(group_start > 0 && (HasClass(cls[group_start - 1], kPrep) &&
                                                     !HasClass(cls[group_start - 1], kTo)));
      bool ordered_forces = false;  // the infinitive is what a state ordered its forces to do
      bool infinitive = group_start < m.anchor && HasClass(cls[m.anchor - 1], kTo) &&
                        group_start == m.anchor - 1;
      // "urged both sides to agree on a ceasefire": what someone is urged, asked or called
      // on to do has not happened; the appeal is the event.
      // "nonprofits seeking streamlined operations", "a deal calling for talks": a
      // participle right after a common noun modifies it (a reduced relative); the thing
      // named does the act, not the clause's subject. (An instrument that acts for its
      // maker, "signed a bill imposing sanctions on Russia", is the subject's act, unless
      // the subject does not make it: "would not renew a license easing oil sanctions".)
      if (verbal && !pos.empty() && pos[m.anchor] == text::Pos::kVBG && group_start == m.anchor &&
          m.anchor > 0 && mention_at[m.anchor - 1] < 0 &&
          (pos[m.anchor - 1] == text::Pos::kNN || pos[m.anchor - 1] == text::Pos::kNNS)) {
        static constexpr std::string_view kInstrument[] = {
            "bill",   "bills",   "law",        "laws",     "legislation", "decree",   "decrees",
            "order",  "orders",  "resolution", "license",  "licence",     "licenses", "licences",
            "waiver", "waivers", "measure",    "measures", "package",     "directive"};
        // (A country's craft doing force is the country's: "shot down a Russian jet attacking
        // Kharkiv", "a Chinese ship ramming the vessel".)
        const int owner = m.anchor >= 2 ? mention_ending[m.anchor - 2] : -1;
        if (src < 0 && owner >= 0 && mentions[owner].kind == Mention::Kind::kActor &&
            !mentions[owner].possessor && pos[m.anchor - 2] == text::Pos::kJJ &&
            (StartsWith(p.code, "18") || StartsWith(p.code, "19"))) {
          src = owner;
        } else if (!IsOneOf(norm[m.anchor - 1], kInstrument)) {
          continue;
        }
        bool made_not = false;
        for (uint32_t q = m.anchor - 1, steps = 0; q-- > 0 && steps < 12; ++steps) {
          if (HasClass(cls[q], kNeg)) made_not = true;
          if (IsGapBarrier(q)) break;
        }
        if (made_not) continue;
      }
      if (infinitive && IsDirectedInfinitive(group_start)) {
        // ("President Noboa ordered the armed forces to neutralise the gangs": what a state
        // orders its own forces to do is its act.)
        const int orderer = OrdererOfOwnForces(group_start);
        if (orderer < 0) continue;
        src = orderer;
        ordered_forces = true;
      }
      if (infinitive && IsAimedInfinitive(group_start)) continue;
      // "Trump's decision to recognise Jerusalem", "Iran's plan to enrich uranium": the
      // infinitive of a noun with a possessor is the possessor's act.
      if (infinitive && group_start >= 3 && !pos.empty() &&
          (pos[group_start - 1] == text::Pos::kNN || pos[group_start - 1] == text::Pos::kNNS) &&
          Is(norm[group_start - 2], "'s") && mention_ending[group_start - 3] >= 0 &&
          mentions[mention_ending[group_start - 3]].kind == Mention::Kind::kActor) {
        src = mention_ending[group_start - 3];
      }
      if (verbal && IsDemandedClause(group_start, m.anchor)) continue;
      // "Russia denied that its forces had attacked", "foiled a plot by Hamas to
      // assassinate": what is denied or plotted has not been said to be done.
      // (Only an infinitive's group is asked here: any other was asked before, with the
      // denials whose clause names its doer.)
      if (verbal && HasClass(cls[group_start], kTo) && IsDeniedOrPlotted(group_start)) continue;
      // "said New Delhi may have been involved in the killing": a deed someone may have had a
      // hand in is a suspicion, which the statement's accusation codes.
      // "concerned by reports of mass killings in El Fasher", "footage of the shelling": a deed
      // told of through its reports is no act of the subject's, and its doer is unnamed.
      if (!verbal && m.b >= 2) {
        uint32_t of = m.b - 1;
        if (of > 1 && HasClass(cls[of], kDet)) --of;
        while (of > 1 && !pos.empty() && pos[of] == text::Pos::kJJ) --of;
        static constexpr std::string_view kReports[] = {
            "reports", "report", "news",   "allegations", "accounts", "evidence",
            "footage", "images", "videos", "video",       "claims",   "rumours"};
        if (Is(norm[of], "of") && IsOneOf(norm[of - 1], kReports) && src < 0) continue;
      }
      // (Kept until the sentence's judgements are made from it, then dropped: FinishSentence.)
      if (!verbal && m.b >= 3) {
        for (uint32_t q = m.b - 1; q + 4 > m.b && q > 0 && !suspected; --q) {
          if (!Is(norm[q], "involved") && !Is(norm[q], "behind")) continue;
          for (uint32_t r = q; r-- > 0 && r + 5 > q;) {
            if (Is(norm[r], "may") || Is(norm[r], "might") || Is(norm[r], "could")) {
              suspected = true;
            }
          }
        }
      }
      // "accused Moscow of sending a low-level delegation": the act alleged is the
      // accusation's content, coded by the accusation.
      // (So is an attempt alleged: "accused the government of trying to arrest him", and
      // the purpose of the deed alleged: "of sending troops across the border to support the
      // rebels".)
      if (verbal && !pos.empty() &&
          (pos[m.anchor] == text::Pos::kVBG ||
           (pos[m.anchor] == text::Pos::kVB && m.anchor > 0 && Is(norm[m.anchor - 1], "to"))) &&
          IsAlleged(m.anchor)) {
        continue;
      }
      if (verbal && !pos.empty() && group_start < m.anchor && pos[group_start] == text::Pos::kVBG &&
          IsAlleged(group_start)) {
        continue;
      }
      // "called on Rwanda to stop backing the M23", "ceased shelling the town": an act stopped,
      // or to be stopped, is not one done.
      if (verbal && !pos.empty() && pos[m.anchor] == text::Pos::kVBG && group_start == m.anchor &&
          m.anchor > 0) {
        // ("refrained from attacking" is left out earlier, with "warned against attacking".)
        if (IsStopVerb(norm[m.anchor - 1])) continue;
      }
      // "concerned by the escalation of fighting in eastern Congo", "reports of shelling": a
      // gerund after a common noun's "of" names an act, not one the clause's subject does.
      // (With its own target, or after a stretch of time, it may be the subject's: "seized
      // Goma after days of fighting (with Congolese troops)".)
      static constexpr std::string_view kSpans[] = {"hours", "days",   "weeks",  "months",
                                                    "years", "nights", "decades"};
      if (verbal && m.target < 0 && !pos.empty() && pos[m.anchor] == text::Pos::kVBG &&
          group_start == m.anchor && m.anchor >= 2 && Is(norm[m.anchor - 1], "of") &&
          mention_at[m.anchor - 2] < 0 &&
          (pos[m.anchor - 2] == text::Pos::kNN || pos[m.anchor - 2] == text::Pos::kNNS) &&
          !IsOneOf(norm[m.anchor - 2], kSpans)) {
        continue;
      }
      // ("sanctioned companies for helping Moscow evade sanctions": the bare verb after an
      // alleged "helping X", "letting X", is part of the charge too.)
      if (verbal && !pos.empty() && pos[m.anchor] == text::Pos::kVB && group_start == m.anchor &&
          m.anchor >= 2 && mention_ending[m.anchor - 1] >= 0) {
        const uint32_t before = mentions[mention_ending[m.anchor - 1]].b;
        if (before > 0 && pos[before - 1] == text::Pos::kVBG && IsAlleged(before - 1)) continue;
      }
      // "had fled fighting in eastern Congo", "escaping the shelling": what people flee is
      // no act of theirs.
      if (m.anchor > 0) {
        uint32_t before = m.anchor - 1;
        if (before > 0 && Is(norm[before], "the")) --before;
        static constexpr std::string_view kFlee[] = {"fled",    "flee",   "flees",   "fleeing",
                                                     "escaped", "escape", "escapes", "escaping"};
        if (IsOneOf(norm[before], kFlee)) continue;
      }
      // "promised justice for those killed", "freed those detained": a participle after
      // "those" names the people it was done to, by no one the clause says.
      if (verbal && group_start == m.anchor && m.anchor > 0 && Is(norm[m.anchor - 1], "those") &&
          !pos.empty() && (pos[m.anchor] == text::Pos::kVBN || pos[m.anchor] == text::Pos::kVBD)) {
        continue;
      }
      // "The European Parliament adopted a resolution that rejected the result and called for
      // a new vote": what a text says that an actor adopted, passed or issued is that actor's
      // act. (A relative clause's verb group, or one coordinated with it.)
      if (verbal && src < 0 && group_start >= 3) {
        uint32_t rel = group_start - 1;
        // ("... that rejected the result and called for": past the first conjunct.)
        for (uint32_t q = group_start - 1; q > 2 && q + 12 > group_start; --q) {
          if (HasClass(cls[q], kRel)) {
            rel = q;
            break;
          }
          if (IsGapBarrier(q)) break;
        }
        static constexpr std::string_view kTexts[] = {
            "resolution", "resolutions", "statement", "declaration", "motion",
            "communique", "communiqué",  "bill",      "law",         "decree"};
        static constexpr std::string_view kAdopted[] = {"adopted",  "passed", "approved", "issued",
                                                        "released", "signed", "endorsed"};
        if (HasClass(cls[rel], kRel) && (Is(norm[rel], "that") || Is(norm[rel], "which")) &&
            IsOneOf(norm[rel - 1], kTexts)) {
          uint32_t verb = rel - 1;
          while (verb > 0 && verb + 4 > rel && !IsOneOf(norm[verb], kAdopted)) --verb;
          if (IsOneOf(norm[verb], kAdopted)) {
            const int adopter = SubjectBefore(verb, true);
            if (adopter >= 0 && mentions[adopter].kind == Mention::Kind::kActor) src = adopter;
          }
        }
      }
      // "organised the meeting without consulting its government": not done.
      if (verbal && group_start == m.anchor && m.anchor > 0 &&
          Is(norm[m.anchor - 1], "without")) {
        continue;
      }
      // "met in Berlin to discuss support for Ukraine": talks with no one named that are what
      // a meeting or visit of the sentence is for are that meeting, coded once. ("flew to
      // Doha to hold talks with Qatari officials" names whom.)
      if (infinitive && StartsWith(p.code, "04") && m.target < 0 &&
          std::any_of(out.begin(), out.end(), [&](const Event& e) {
            return StartsWith(e.cameo, "04") && e.verb_end <= toks[m.anchor]->begin &&
                   e.sentence_index == sentence_index;
          })) {
        continue;
      }
      // "urged the Taliban to reduce", "appealed to Turks to take": the object of the
      // governing verb does the infinitive's action.
      // ("summoned the ambassador to lodge a protest": after other verbs the infinitive
      // says what for, and its subject is the clause's.)
      if (infinitive && !ordered_forces && group_start >= 2 &&
          mention_ending[group_start - 1] >= 0 &&
          mentions[mention_ending[group_start - 1]].kind == Mention::Kind::kActor) {
        const int object = mention_ending[group_start - 1];
        const uint32_t verb = IsPurposeVerb(mentions[object].b);
        if (verb == 0) {
          src = object;
        } else {
          bool neg = false, in = false, fut = false, ref = false;
          src = SubjectBefore(VerbGroupStart(verb, &neg, &in, &fut, &ref), true);
          // (Not a place gone to: "sent a delegation to Cairo to continue negotiations" are
          // no negotiations with Egypt.)
          if (!mentions[object].prepositional) purpose_object = object;
        }
      }
      // ("extended the emergency as riots entered a third day, leaving seven people dead":
      // after a subordinate clause, a participle after a comma is that clause's; its subject,
      // here no actor, is the act's.)
      if (verbal && main_src >= 0 && !pos.empty() && pos[m.anchor] == text::Pos::kVBG &&
          group_start == m.anchor && m.anchor > main_src_verb + 2 &&
          HasClass(cls[m.anchor - 1], kComma)) {
        int clause_subject = -2;  // -2: no subordinate clause between the verb and the comma
        for (uint32_t q = main_src_verb + 1; q + 1 < m.anchor && clause_subject == -2; ++q) {
          if (!HasClass(cls[q], kSubordinator)) continue;
          for (uint32_t v = q + 1; v + 1 < m.anchor; ++v) {
            if (!IsFiniteVerb(static_cast<int>(v))) continue;
            bool neg = false, in = false, fut = false, ref = false;
            const int subject = SubjectBefore(VerbGroupStart(v, &neg, &in, &fut, &ref), true);
            clause_subject = subject >= 0 && mentions[subject].b > q ? subject : -1;
            break;
          }
        }
        if (clause_subject == -1) continue;
        if (clause_subject >= 0) src = clause_subject;
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
        // (Not the speaker of a report, unless the participle says or asks something too,
        // "said Russia was losing ground, adding that": "Hamas said Israeli forces stormed
        // al-Shifa hospital, killing dozens" kills by the clause's own subject, below.)
        if (!HasClass(cls[main_src_verb], kSay) || IsReaction(p.code) || StartsWith(p.code, "02")) {
          src = main_src;
        }
      }
      // "Russia vetoed a resolution condemning its invasion of Ukraine": what a resolution
      // vetoed, blocked or rejected would have said was not said.
      if (verbal && !pos.empty() && pos[m.anchor] == text::Pos::kVBG && group_start == m.anchor &&
          m.anchor >= 2 &&
          (Is(norm[m.anchor - 1], "resolution") || Is(norm[m.anchor - 1], "draft") ||
           Is(norm[m.anchor - 1], "motion") || Is(norm[m.anchor - 1], "proposal"))) {
        bool failed = false;
        for (uint32_t q = m.anchor - 1; q-- > 0 && q + 8 >= m.anchor && !failed;) {
          const std::string_view v = norm[q];
          failed = StartsWith(v, "veto") || StartsWith(v, "block") || StartsWith(v, "reject") ||
                   Is(v, "failed") || Is(v, "defeated");
          if (IsGapBarrier(q)) break;
        }
        if (failed) continue;
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
            by_passive = true;
            break;
          }
        }
      }
      // "A $2.5 billion loan to Egypt was approved by the IMF": an event noun that is the
      // subject of a passive of making or giving has its agent as the source. (Not of a
      // reaction: "the attack was condemned by the EU" is no attack by the EU.)
      if (src < 0 && !verbal && !pos.empty()) {
        uint32_t v = m.e;
        while (v < size() && v < m.e + 4 && HasClass(cls[v], kAux | kAdverb)) ++v;
        if (v > m.e && v < size() && pos[v] == text::Pos::kVBN && IsGivingParticiple(norm[v]) &&
            IsPassive(m.e, v)) {
          src = PassiveAgent(v, size());
          by_passive = src >= 0;
        }
      }
      // "captured Goma after fighting Congolese troops", "responded by expelling diplomats":
      // a gerund after a subordinating preposition has the main clause's subject, not the
      // object before it.
      if (src < 0 && verbal && !pos.empty() && pos[m.anchor] == text::Pos::kVBG &&
          group_start == m.anchor && m.anchor > 0) {
        const std::string_view before = norm[m.anchor - 1];
        // (And a participle after a comma: "attacked a base in southern Somalia, killing 10
        // soldiers" kills by the attackers, not by the place before the comma.)
        if (before == "after" || before == "before" || before == "while" || before == "by" ||
            before == "without" || before == "despite" || before == "upon" || before == "since" ||
            HasClass(cls[m.anchor - 1], kComma)) {
          // The subject of the clause the phrase hangs on, its nearest finite verb's ("Russia
          // said Britain had responded by expelling": Britain), else the sentence's first
          // actor before the verb. When that subject is no actor ("The explosion hit a
          // market in Kabul, killing 12 people"), the act has none either.
          bool clause_verb = false;
          for (int v = static_cast<int>(m.anchor) - 2; v >= 0; --v) {
            if (HasClass(cls[v], kClauseBreak)) break;
            // (A word of an actor's name is no verb: "Its forces retaliated by firing on",
            // "forces" tagged as a verb.)
            if (!IsFiniteVerb(v) || mention_at[v] >= 0) continue;
            // (Nor a report between commas: "hit a school in Gaza, health officials said,
            // killing 20 people".)
            if (v + 2 == static_cast<int>(m.anchor) && HasClass(cls[v], kSay)) {
              int c = v - 1;
              while (c > 0 && c + 8 > v && !HasClass(cls[c], kComma | kClauseBreak) &&
                     !IsFiniteVerb(c)) {
                --c;
              }
              if (c > 0 && c + 8 > v && HasClass(cls[c], kComma)) {
                v = c;
                continue;
              }
            }
            bool neg = false, in = false, fut = false, ref = false;
            const uint32_t gs = VerbGroupStart(static_cast<uint32_t>(v), &neg, &in, &fut, &ref);
            // (Not a relative clause's verb: "hit a building where Hamas fighters were hiding,
            // killing 12 people", "struck a convoy that carried aid, killing".)
            // (A subject relative, "Russian forces, which have been advancing, captured",
            // gives its antecedent, the subject.)
            int rel = static_cast<int>(gs) - 1;
            if (rel >= 0 && mention_ending[rel] >= 0) {
              rel = static_cast<int>(mentions[mention_ending[rel]].b) - 1;
              while (rel >= 0 && HasClass(cls[rel], kDet)) --rel;
            } else {
              rel = -1;
            }
            if (rel > 0 && (norm[rel] == "where" || norm[rel] == "which" || norm[rel] == "whom" ||
                            norm[rel] == "who" ||
                            (norm[rel] == "that" && !pos.empty() &&
                             (pos[rel - 1] == text::Pos::kNN || pos[rel - 1] == text::Pos::kNNS ||
                              pos[rel - 1] == text::Pos::kNNP)))) {
              v = rel;
              clause_verb = true;  // (its clause's own verb, if any, is further back)
              continue;
            }
            src = SubjectBefore(gs, true);
            clause_verb = true;
            // "was attacked by Boko Haram fighters in Borno, killing three officers": a
            // passive clause's doer is its agent, else no one named.
            uint32_t part = static_cast<uint32_t>(v);
            if (!IsPassive(gs, part)) {
              ++part;
              while (part < m.anchor && HasClass(cls[part], kAdverb | kAux)) ++part;
            }
            if (part < m.anchor && IsPassive(gs, part)) src = PassiveAgent(part, m.anchor);
            break;
          }
          if (src < 0 && !clause_verb) {
            // (Its subject follows a phrase that opens the sentence: "After meeting Putin,
            // Orban criticised the EU".)
            const int main = MainSubject(m.target);
            if (main >= 0 && (mentions[main].b < m.anchor || m.anchor == 1)) src = main;
          }
          if (src < 0) continue;
        }
      }
      // "imposed sanctions on Iran over the drone and missile attack on Israel": an event
      // noun that gives the reason is no act of the clause's subject.
      // "migrants throwing stones at them": a participle right after an actor is that
      // actor's act (a reduced relative), not the clause subject's.
      if (src < 0 && verbal && !pos.empty() && pos[m.anchor] == text::Pos::kVBG &&
          group_start == m.anchor && m.anchor > 0 && mention_ending[m.anchor - 1] >= 0 &&
          mentions[mention_ending[m.anchor - 1]].kind == Mention::Kind::kActor &&
          !mentions[mention_ending[m.anchor - 1]].possessor) {
        // ("Kenya, which has thousands of troops in Somalia fighting al Shabaab": a country
        // the participle follows as the place of a noun before it is not who acts.)
        const Mention& place = mentions[mention_ending[m.anchor - 1]];
        if (place.b > 0 && Is(norm[place.b - 1], "in") && IsLocative(place) &&
            place.ref.person < 0 && place.ref.code.size() <= 3) {
          continue;
        }
        src = mention_ending[m.anchor - 1];
        reduced_relative = true;
        // ("filed a case at the International Court of Justice accusing Israel of genocide",
        // "sent a letter to the U.N. accusing": a writ or letter addressed to an actor says
        // what its sender says; the addressee does not act in the participle after it. Not
        // "fired tear gas at migrants throwing stones".)
        static constexpr std::string_view kWrits[] = {
            "case",      "complaint", "lawsuit", "suit",   "letter",      "petition",
            "statement", "note",      "motion",  "appeal", "application", "request"};
        const Mention& before = mentions[src];
        uint32_t q = before.b;
        while (q > 0 && HasClass(cls[q - 1], kDet)) --q;
        if (q >= 2 && HasClass(cls[q - 1], kPrep | kTo) && !Is(norm[q - 1], "of") &&
            IsOneOf(norm[q - 2], kWrits)) {
          // The sender: the subject of the verb the writ is the object of.
          int sender = -1;
          for (int v = static_cast<int>(q) - 3; v >= 0 && v + 6 >= static_cast<int>(q); --v) {
            if (HasClass(cls[v], kClauseBreak | kComma)) break;
            if (!IsFiniteVerb(v) || mention_at[v] >= 0) continue;
            bool neg = false, in = false, fut = false, ref = false;
            sender = SubjectBefore(VerbGroupStart(static_cast<uint32_t>(v), &neg, &in, &fut, &ref),
                                   true);
            break;
          }
          if (sender >= 0 && sender != src) {
            src = sender;
            reduced_relative = false;
          }
        }
      }
      if (src < 0 && !verbal && IsReasonPhrase(m.b)) continue;
      // "..., officials said", "analysts say": a verb of saying right after a plural noun the
      // dictionaries give no country has that noun for its speaker, unknown; not an actor named
      // earlier in the sentence. (Unless an actor's name modifies the noun: "OSCE observers
      // said", "EU election observers said".)
      if (src < 0 && verbal && HasClass(cls[m.anchor], kSay) && group_start == m.anchor &&
          m.anchor > 0 && mention_ending[m.anchor - 1] < 0 && !pos.empty() &&
          pos[m.anchor - 1] == text::Pos::kNNS) {
        uint32_t q = m.anchor - 1;
        while (q > 0 && mention_ending[q - 1] < 0 &&
               (pos[q - 1] == text::Pos::kNN || pos[q - 1] == text::Pos::kJJ)) {
          --q;
        }
        if (q == 0 || mention_ending[q - 1] < 0) continue;
      }
      // "Pakistan deported 500,000 Afghans in a crackdown on migrants": an act's noun that
      // says how the clause's verb was done is its subject's, not the object's before it.
      if (src < 0 && !verbal && main_src >= 0 && m.b >= 2 && m.b > main_src_verb &&
          (Is(norm[m.b - 1], "a") || Is(norm[m.b - 1], "an")) && Is(norm[m.b - 2], "in")) {
        src = main_src;
      }
      if (src < 0) {
        src = SubjectBefore(verbal ? group_start : m.b, finite && !infinitive);
        // "sanctioned three Russian firms it said had helped the army": a verb right after a
        // speaker's "said" has no subject of its own there; the noun before the speaker is it.
        if (src >= 0 && verbal && mentions[src].e + 1 == group_start &&
            HasClass(cls[mentions[src].e], kSay) && mentions[src].b > 0 &&
            mention_ending[mentions[src].b - 1] >= 0 &&
            mentions[mention_ending[mentions[src].b - 1]].kind == Mention::Kind::kActor) {
          src = mention_ending[mentions[src].b - 1];
        }
      }
      if (src < 0 && (!finite || infinitive || !verbal)) src = MainSubject(m.target);
      // "A suicide bomber blew himself up ..., killing 59 people": an event noun that is the
      // sentence's subject has no actor before it to be its source; the people after are
      // its victims.
      if (src >= 0 && !verbal && !by_passive && mentions[src].b > m.b && OpensSentence(m.b)) {
        src = -1;
      }
      // "A ceasefire between Israel and Hezbollah took effect": the pattern's own noun names
      // the two sides whose act it is.
      if (src < 0 && m.b + 1 < m.anchor) {
        for (uint32_t q = m.b; q + 1 < m.anchor; ++q) {
          // (The group's last member: the sources are grouped back from it.)
          const int first = mention_at[q + 1];
          if (Is(norm[q], "between") && first >= 0 && mentions[first].b == q + 1 &&
              first + 1 < static_cast<int>(mentions.size()) && mentions[first + 1].e <= m.anchor &&
              GroupSize(first + 1, true) == 2) {
            src = first + 1;
            break;
          }
        }
      }
    }
    int tgt = m.target;
    // Passive voice ("was killed by a U.S. drone strike"): the agent after "by" is the
    // source and the grammatical subject the target; with no agent named there is no source.
    // ("has to be signed and ratified": a participle coordinated with a passive one is
    // passive too.)
    bool passive = verbal && IsPassive(group_start, m.anchor);
    // "rescued 15 schoolchildren abducted by bandits": a participle after its noun, with its
    // agent after "by", is passive too (a reduced relative).
    if (verbal && !passive && !pos.empty() && pos[m.anchor] == text::Pos::kVBN &&
        group_start == m.anchor && m.anchor > 0 && mention_ending[m.anchor - 1] >= 0 &&
        m.anchor + 1 < size() && Is(norm[m.anchor + 1], "by") &&
        !(m.anchor + 2 < size() && IsGerundOfManner(m.anchor + 2))) {
      passive = true;
      src = mention_ending[m.anchor - 1];
    }
    // "expelled three French diplomats accused of spying", "executed four men convicted of
    // spying for Israel": a participle right after its noun with "of" is a reduced relative
    // too, passive with its agent unnamed, not an act of that noun. (Only "of": the tagger
    // also takes an intransitive past after a plural for a participle, "troops pushed across
    // the border", "protesters clashed with police".)
    if (verbal && !passive && m.source < 0 && !pos.empty() && pos[m.anchor] == text::Pos::kVBN &&
        group_start == m.anchor && m.anchor > 0 && m.anchor + 1 < size() &&
        Is(norm[m.anchor + 1], "of") &&
        (mention_ending[m.anchor - 1] >= 0 || pos[m.anchor - 1] == text::Pos::kNNS ||
         pos[m.anchor - 1] == text::Pos::kNN)) {
      passive = true;
      src = mention_ending[m.anchor - 1];
    }
    // "poisoned with VX, a nerve agent banned as a chemical weapon", "arrested leaders of a
    // group banned in 2019": a participle right after a noun that is a preposition's object or
    // an appositive describes the noun, which cannot be a subject there; passive, its agent
    // unnamed.
    if (verbal && !passive && m.source < 0 && !pos.empty() && pos[m.anchor] == text::Pos::kVBN &&
        group_start == m.anchor && m.anchor > 1 &&
        (pos[m.anchor - 1] == text::Pos::kNN || pos[m.anchor - 1] == text::Pos::kNNS)) {
      uint32_t q = m.anchor - 1;
      while (q > 0 && m.anchor - q < 6 &&
             (text::IsNoun(pos[q - 1]) || pos[q - 1] == text::Pos::kJJ ||
              pos[q - 1] == text::Pos::kCD || Is(norm[q - 1], "a") || Is(norm[q - 1], "an") ||
              Is(norm[q - 1], "the"))) {
        --q;
      }
      // (Only where a verb of the clause has come before, whose object or adjunct the noun
      // is: "Hundreds of Russian troops pushed across" is a subject and its verb. Not a verb of
      // saying, whose clause may follow with no "that".)
      bool after_verb = false;
      if (q > 0 && ((pos[q - 1] == text::Pos::kIN && !HasClass(cls[q - 1], kSubordinator) &&
                     !Is(norm[q - 1], "by") && !Is(norm[q - 1], "than")) ||
                    (HasClass(cls[q - 1], kComma) && (Is(norm[q], "a") || Is(norm[q], "an"))))) {
        for (uint32_t v = q - 1; v-- > 0 && q - v < 16;) {
          if (HasClass(cls[v], kClauseBreak | kRel | kSubordinator | kConj | kSay | kComma)) break;
          if (text::IsVerb(pos[v])) {
            after_verb = true;
            break;
          }
        }
      }
      if (after_verb) {
        passive = true;
        src = mention_ending[m.anchor - 1];
      }
    }
    // "The deal, signed by Armenia and Azerbaijan in Washington, ends": a participle set off
    // after a thing's noun, with its agent after "by", is passive too; the agent did it.
    if (verbal && !passive && src < 0 && !pos.empty() && pos[m.anchor] == text::Pos::kVBN &&
        group_start == m.anchor && m.anchor >= 2 && HasClass(cls[m.anchor - 1], kComma) &&
        mention_ending[m.anchor - 2] < 0 &&
        (pos[m.anchor - 2] == text::Pos::kNN || pos[m.anchor - 2] == text::Pos::kNNS) &&
        m.anchor + 1 < size() && Is(norm[m.anchor + 1], "by")) {
      passive = true;
    }
    if (verbal && !passive && !pos.empty() && pos[m.anchor] == text::Pos::kVBN &&
        group_start == m.anchor && m.anchor >= 2 && HasClass(cls[m.anchor - 1], kConj) &&
        pos[m.anchor - 2] == text::Pos::kVBN) {
      bool neg = false, in = false, fut = false, ref = false;
      passive = IsPassive(VerbGroupStart(m.anchor - 2, &neg, &in, &fut, &ref), m.anchor - 2);
    }
    // "26 gunmen had been killed and more than 3,000 people detained": a participle after its
    // own subject, in a conjunct that leaves out the auxiliary of a passive before it, is
    // passive too.
    int gapped_group = -1;  // the verb group of the passive that conjunct leaves out
    if (verbal && !passive && !pos.empty() && pos[m.anchor] == text::Pos::kVBN &&
        group_start == m.anchor && m.anchor >= 3 && mention_ending[m.anchor - 1] >= 0) {
      int q = static_cast<int>(mentions[mention_ending[m.anchor - 1]].b) - 1;
      while (q >= 1 && (pos[q] == text::Pos::kCD || pos[q] == text::Pos::kJJ ||
                        pos[q] == text::Pos::kJJR || pos[q] == text::Pos::kRBR ||
                        Is(norm[q], "than") || Is(norm[q], "about") || Is(norm[q], "some"))) {
        --q;
      }
      if (q >= 1 && HasClass(cls[q], kConj) && pos[q - 1] == text::Pos::kVBN) {
        bool neg = false, in = false, fut = false, ref = false;
        const uint32_t gs = VerbGroupStart(q - 1, &neg, &in, &fut, &ref);
        passive = IsPassive(gs, q - 1);
        if (passive) gapped_group = static_cast<int>(gs);
      }
    }
    // "Duterte was flown to The Hague": one taken somewhere is not visiting it, and with no
    // one named who took them there is no act.
    if (verbal && passive && m.source < 0 && StartsWith(p.code, "04") &&
        PassiveAgent(m.anchor, size()) < 0 && src >= 0 && mentions[src].b < m.anchor) {
      continue;
    }
    // "Norway and Australia were also hit by the ban", "Canada and Mexico were exempted from
    // the tariffs": a passive whose subject is the pattern's target, with no agent named, is
    // done by whoever imposed the story's latest sanction (on another country than them).
    Ref story_doer;
    bool by_story_doer = false;
    if (verbal && passive && m.source < 0 && m.target >= 0 && mentions[m.target].b < m.anchor &&
        (StartsWith(p.code, "16") || StartsWith(p.code, "08")) &&
        PassiveAgent(m.anchor, size()) < 0) {
      const std::string tc = CodeOf(mentions[m.target].ref, doc_date).substr(0, 3);
      for (auto it = past_acts.rbegin(); it != past_acts.rend(); ++it) {
        if (it->root[0] != '1' || it->root[1] != '6') continue;
        if (CodeOf(it->source, doc_date).compare(0, 3, tc) == 0) continue;
        story_doer = it->source;
        story_doer.begin = toks[m.anchor]->begin;
        story_doer.end = toks[m.anchor]->end;
        by_story_doer = true;
        break;
      }
      if (!by_story_doer) continue;
    }
    if (verbal && m.source < 0 && m.target < 0 && passive) {
      int agent = PassiveAgent(m.anchor, size());
      // "the government said about 2,800 soldiers had been detained": an arrest reported by
      // the authorities, with no one else named, is theirs.
      if (agent < 0 && StartsWith(p.code, "17") && src >= 0) {
        int speaker = ReportingAuthority(mentions[src].b);
        // ("said 26 gunmen had been killed and 3,000 people detained": the report's first
        // conjunct follows the verb of saying.)
        if (speaker < 0 && gapped_group >= 0) {
          const int first = SubjectBefore(static_cast<uint32_t>(gapped_group), true);
          if (first >= 0) speaker = ReportingAuthority(mentions[first].b);
        }
        // ("Duterte was arrested in Manila on a warrant from the ICC, the government said.")
        if (speaker < 0) speaker = TrailingAuthority();
        if (speaker >= 0 && speaker != src) agent = speaker;
      }
      // "was killed in a U.S. drone strike", "were wounded in an Israeli air raid": the
      // pattern's own words after the verb name the act, and the actor among them did it.
      if (agent < 0 && m.e > m.anchor + 2 && Is(norm[m.anchor + 1], "in")) {
        for (uint32_t q = m.anchor + 2; q < m.e && agent < 0; ++q) {
          const int mk = mention_at[q];
          if (mk >= 0 && mk != src && mentions[mk].kind == Mention::Kind::kActor &&
              mentions[mk].e < m.e) {
            agent = mk;
          }
        }
      }
      // "The journalist was convicted of espionage in Yekaterinburg", "was sentenced to six
      // years": a finding of guilt with no court named is the judiciary's of where it was
      // made, else of the story's country; never the defendant's act.
      if (agent < 0 && Is(p.code, "116") && src >= 0) {
        std::string where = PlaceCountryInClause(m.anchor);
        if (where.empty()) where = home_country.empty() ? TopicCountry() : home_country;
        if (where.size() == 3) {
          story_doer = Ref();
          story_doer.code = where + "JUD";
          story_doer.begin = toks[m.anchor]->begin;
          story_doer.end = toks[m.anchor]->end;
          by_story_doer = true;
          tgt = src;
          // (The sources are the judiciary alone: see by_story_doer below.)
        }
      }
      if (agent < 0 && !by_story_doer) continue;
      if (agent >= 0) {
        tgt = src;
        src = agent;
      }
    }
    // "detained 1,300 people at protests against the mobilisation": a protest named by a
    // noun after a preposition is the people's, not the clause subject's; their country is
    // the one the sentence's first actor belongs to, else the story's.
    // (And a protest noun that opens its sentence, "Protests erupted in several Iranian
    // cities": the people of the place named after it, "in", "across" or "throughout" it.)
    Ref people;
    // (Past its adjectives and noun modifiers: "after weeks of deadly protests against her
    // government", "after 11 days of street protests".)
    uint32_t before_protest = m.b;
    while (before_protest > 1 && !pos.empty() &&
           (pos[before_protest - 1] == text::Pos::kJJ ||
            (pos[before_protest - 1] == text::Pos::kNN &&
             !(toks[before_protest - 1]->flags & text::kCapitalized))) &&
           mention_at[before_protest - 1] < 0) {
      --before_protest;
    }
    // So is one that is the subject of its own verb at the head of a later clause ("Pinera
    // said he would drop the rise, but protests continued on Sunday", "since the protests
    // began on Oct. 8"): the clause's subject is the noun, not whoever the sentence named.
    const auto heads_clause = [&] {
      // (The tagger takes "continued" after a plural noun for a participle as often as not.)
      if (pos.empty() || m.e < m.b + 2 ||
          !(IsFiniteVerb(static_cast<int>(m.b) + 1) || pos[m.b + 1] == text::Pos::kVBN)) {
        return false;
      }
      uint32_t q = before_protest;
      if (q > 0 && HasClass(cls[q - 1], kDet)) --q;
      return q > 0 && mention_at[q - 1] < 0 &&
             (HasClass(cls[q - 1], kConj | kSubordinator | kComma | kClauseBreak) ||
              pos[q - 1] == text::Pos::kCC);
    };
    const bool opening_protest =
        !verbal && m.source < 0 && StartsWith(p.code, "14") &&
        ((src < 0 && std::none_of(mentions.begin(), mentions.end(),
                                  [&](const Mention& o) { return o.b < m.b; })) ||
         heads_clause());
    // ("Thousands marched in Bishkek", "Tens of thousands rallied": a crowd told by its size
    // alone, with no one else named before its verb, is the people of where it marches.)
    bool crowd_protest = false;
    if (verbal && src < 0 && m.source < 0 && StartsWith(p.code, "14") && group_start > 0 &&
        group_start <= 4) {
      crowd_protest = true;
      for (uint32_t q = 0; q < group_start && crowd_protest; ++q) {
        const std::string_view w = norm[q];
        crowd_protest = w == "thousands" || w == "hundreds" || w == "dozens" || w == "tens" ||
                        w == "of" || w == "more" || w == "than";
      }
    }
    const bool people_protest = opening_protest || crowd_protest ||
                                (!verbal && m.source < 0 && StartsWith(p.code, "14") &&
                                 before_protest > 0 && HasClass(cls[before_protest - 1], kPrep));
    if (people_protest) {
      std::string country;
      for (const Mention& o : mentions) {
        if (!(opening_protest || crowd_protest) || o.kind != Mention::Kind::kActor || o.b < m.e ||
            o.b == 0) {
          continue;
        }
        const std::string_view before = norm[o.b - 1];
        const std::string c = CodeOf(o.ref, doc_date);
        if ((before == "in" || before == "across" || before == "throughout") && OfACountry(c)) {
          country = c.substr(0, 3);
          break;
        }
      }
      for (const Mention& o : mentions) {
        if (!country.empty() || o.kind != Mention::Kind::kActor) continue;
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
    if (main_src < 0 && verbal && m.source < 0 && IsFiniteVerb(m.anchor)) {
      main_src = src;
      main_src_verb = m.anchor;
    }
    // "Pompeo said Iran had launched an attack": what follows a verb of saying is the
    // reported clause, whose subject is no addressee; only a pattern's own slot ("told +",
    // "said to +") gives a statement a target.
    const bool saying = verbal && HasClass(cls[m.anchor], kSay) &&
                        StartsWith(p.code, "01");
    // "the Houthi movement, which Saudi-led forces have bombed": in an object relative
    // clause the antecedent is the target.
    if (tgt < 0 && verbal && src >= 0 && mentions[src].b >= 3 &&
        HasClass(cls[mentions[src].b - 1], kRel) && norm[mentions[src].b - 1] != "that" &&
        // ("Erdogan, whose government helped broker the deal": the antecedent owns the
        // subject; it is no object.)
        norm[mentions[src].b - 1] != "whose" && HasClass(cls[mentions[src].b - 2], kComma) &&
        mention_ending[mentions[src].b - 3] >= 0 && mentions[src].e <= group_start) {
      tgt = mention_ending[mentions[src].b - 3];
    }
    // "met Putin, drawing criticism from EU leaders": a pattern whose source stands after the
    // verb ("<draw> * criticism from $") is aimed at the clause's subject.
    if (tgt < 0 && verbal && m.source >= 0 && m.target < 0 && mentions[m.source].b > m.anchor) {
      // (", drawing criticism": a participle after a comma has the main clause's subject.)
      const bool participle = !pos.empty() && pos[m.anchor] == text::Pos::kVBG &&
                              group_start == m.anchor && m.anchor > 0 &&
                              HasClass(cls[m.anchor - 1], kComma);
      const int subject =
          participle ? MainSubject(src) : SubjectBefore(group_start, IsFiniteVerb(m.anchor));
      tgt = subject >= 0 && subject != src ? subject : MainSubject(src);
      // ("The strike, which drew condemnation from the UN, killed 20 Palestinians": no
      // subject named before the verb, none is aimed at.)
      if (tgt < 0 || mentions[tgt].b >= m.anchor) continue;
    }
    // (A passive's agent named after "by" is no object: "was welcomed by the United States
    // and the United Nations" leaves the target to the act's context.)
    const bool agent_after = passive && src >= 0 && mentions[src].b > m.anchor;
    if (tgt < 0 && verbal && !saying && !agent_after) {
      tgt = ObjectAfter(m.anchor + 1, src);
      // "condemned the arrest of two Canadians by Chinese police": a reaction to an act is
      // aimed at who did it, named after "by", not at whom it was done to.
      if (tgt >= 0 && IsReaction(p.code)) {
        const int doer = AgentAfterObjectOfNoun(mentions[tgt]);
        if (doer >= 0 && doer != src) tgt = doer;
      }
      // "Kenyatta said Kenya would hunt down every person involved": in a threat reported by
      // a verb of saying, the speaker's own country after the verb is who will act, not whom
      // the threat is aimed at; that is the story's other side. ("said Iran would pay a
      // price": another country is.)
      if (tgt >= 0 && StartsWith(p.code, "13") && HasClass(cls[m.anchor], kSay) &&
          mentions[tgt].kind == Mention::Kind::kActor) {
        const std::string sc = CodeOf(mentions[src].ref, doc_date).substr(0, 3);
        if (sc.size() == 3 && CodeOf(mentions[tgt].ref, doc_date).compare(0, 3, sc) == 0) tgt = -1;
      }
      // "NATO foreign ministers met in Brussels to discuss the withdrawal from Afghanistan":
      // what a meeting is held to discuss is its topic, not whom it is with.
      if (tgt >= 0 && StartsWith(p.code, "04")) {
        for (uint32_t q = m.anchor + 1; q + 1 < mentions[tgt].b; ++q) {
          if (HasClass(cls[q], kTo) && !pos.empty() && pos[q + 1] == text::Pos::kVB &&
              (Is(norm[q + 1], "discuss") || Is(norm[q + 1], "review") ||
               Is(norm[q + 1], "address") || Is(norm[q + 1], "consider") ||
               Is(norm[q + 1], "debate") || Is(norm[q + 1], "examine"))) {
            tgt = -1;
            break;
          }
        }
      }
      // "fired rockets from Gaza toward Israel": force goes where it is aimed, not where it
      // comes from. (Only when the clause says where: "retook the village from Russian
      // troops" takes it from them.)
      int from = tgt >= 0 ? static_cast<int>(mentions[tgt].b) - 1 : -1;
      while (from >= 0 && HasClass(cls[from], kDet)) --from;
      if (from >= 0 && (StartsWith(p.code, "18") || StartsWith(p.code, "19")) &&
          Is(norm[from], "from")) {
        for (uint32_t q = mentions[tgt].e; q + 1 < size() && q < mentions[tgt].e + 4; ++q) {
          if (IsGapBarrier(q)) break;
          const std::string_view w = norm[q];
          if (!(w == "toward" || w == "towards" || w == "at" || w == "into" || w == "on" ||
                w == "against")) {
            continue;
          }
          uint32_t r = q + 1;
          while (r < size() && (HasClass(cls[r], kDet) || IsCompassWord(norm[r]))) ++r;
          if (r < size() && mention_at[r] >= 0 && mentions[mention_at[r]].b == r &&
              mention_at[r] != src) {
            tgt = mention_at[r];
          }
          break;
        }
      }
    }
    if (tgt < 0) tgt = purpose_object;
    // "sanctioned five officials it accused of undermining democracy", "the officials whom it
    // accused": a verb with no object after it, in an object relative clause, is aimed at the
    // noun the clause hangs on.
    if (tgt < 0 && verbal && !saying && !passive && src >= 0 && mentions[src].e == group_start) {
      const uint32_t sb = mentions[src].b;
      int head = -1;
      if (sb >= 2 && (Is(norm[sb - 1], "whom") || Is(norm[sb - 1], "that"))) {
        head = mention_ending[sb - 2];
      } else if (sb >= 1 && mentions[src].kind != Mention::Kind::kActor) {
        head = mention_ending[sb - 1];
      }
      if (head >= 0 && head != src && mentions[head].kind == Mention::Kind::kActor) tgt = head;
    }
    // "Israeli troops fired at Palestinians throwing stones": the people a clause's force is
    // aimed at, doing force or a riot of their own with no one named, do it to the clause's
    // subject, not to their own government. (Not a peaceful protest: "fired on villagers
    // protesting against the mine" protest against whoever the mine is.)
    // (Only the object of a verb or a preposition: "Israel said Palestinians throwing stones
    // had hurt two soldiers" names no one the stones were thrown at.)
    // (So do those a relative clause tells of: "fired tear gas at demonstrators who threw
    // stones".)
    const bool relative_people =
        src >= 0 && mentions[src].e + 1 == group_start && Is(norm[mentions[src].e], "who");
    int before_people =
        reduced_relative || relative_people ? static_cast<int>(mentions[src].b) - 1 : -1;
    while (before_people >= 0 && !pos.empty() &&
           (HasClass(cls[before_people], kDet) || pos[before_people] == text::Pos::kCD)) {
      --before_people;
    }
    if (tgt < 0 && before_people >= 0 && !pos.empty() &&
        (StartsWith(p.code, "145") || StartsWith(p.code, "18") || StartsWith(p.code, "19")) &&
        (HasClass(cls[before_people], kPrep) ||
         (!HasClass(cls[before_people], kSay) &&
          (pos[before_people] == text::Pos::kVBD || pos[before_people] == text::Pos::kVBZ ||
           pos[before_people] == text::Pos::kVBP)))) {
      const int subject = SubjectBefore(mentions[src].b, true);
      if (subject >= 0 && subject != src && mentions[subject].kind == Mention::Kind::kActor) {
        tgt = subject;
      }
    }
    // A slot's actor modifies the event noun ("the Houthi strike"): no compound before it.
    if (people_protest) {
      sources.assign(1, people);
    } else {
      GroupInto(src, /*backward=*/m.source < 0, &sources);
      if (by_story_doer) sources.assign(1, story_doer);
    }
    // "appealed to Afghanistan's neighbours", "warned Iran's allies": a country's neighbours
    // or allies are others, whom the words do not name.
    // (A leader's allies at home are the leader's camp, though: "protesters accused allies of
    // President Jeenbekov of buying votes" accuse his side.)
    if (tgt >= 0 && ObjectNamesOthersOf(mentions[tgt])) {
      const Mention& o = mentions[tgt];
      const bool camp =
          o.kind == Mention::Kind::kActor && o.ref.person >= 0 && !o.possessor && o.b >= 2 &&
          IsOthersOfNoun(norm[o.b - 2]) && !sources.empty() &&
          CodeOf(o.ref, doc_date).compare(0, 3, CodeOf(sources[0], doc_date), 0, 3) == 0;
      if (!camp) tgt = -1;
    }
    targets.clear();
    if (tgt >= 0) GroupInto(tgt, /*backward=*/true, &targets);
    // "told Reuters", "said in an interview with the BBC": the press a statement is made to
    // carries it; it is not the statement's target.
    if (StartsWith(p.code, "01")) {
      std::erase_if(targets, [&](const Ref& t) { return Is(RoleOf(CodeOf(t, doc_date)), "MED"); });
    }
    // "The Houthis warned they would attack any U.S. warships": a pronoun that names the
    // source again is the subject of what it says it will do, whose object is the target.
    if (tgt >= 0 && tgt != m.target && verbal && !sources.empty() && !targets.empty() &&
        mentions[tgt].kind != Mention::Kind::kActor && mentions[tgt].b > m.anchor &&
        CodeOf(targets[0], doc_date) == CodeOf(sources[0], doc_date) && !pos.empty()) {
      uint32_t q = mentions[tgt].e;
      while (q < size() && (HasClass(cls[q], kAux | kNeg) || pos[q] == text::Pos::kMD)) ++q;
      if (q < size() && q > mentions[tgt].e && text::IsVerb(pos[q])) {
        targets.clear();
        const int object = ObjectAfter(q + 1, src);
        if (object >= 0) GroupInto(object, /*backward=*/true, &targets);
      }
    }
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
    // ("Israel and Hamas agreed to a ceasefire ... after mediation by Egypt": a truce the
    // two sides make together is between them, not with the mediators.)
    // (But "Mali, Burkina Faso and Niger announced their withdrawal from ECOWAS": what one
    // withdraws from is the target.)
    const bool withdrawn_from =
        tgt >= 0 && mentions[tgt].b > 0 && Is(norm[mentions[tgt].b - 1], "from");
    // ("The UAE and Bahrain signed agreements to normalise relations with Israel": whom
    // "with" names is the other party. Not at a meeting: "Aliyev and Pashinyan met with
    // Macron" met each other too, the news.)
    const bool partner_named = tgt >= 0 && mentions[tgt].b > 0 &&
                               Is(norm[mentions[tgt].b - 1], "with") && !StartsWith(p.code, "04");
    if (sources.size() >= 2 && m.target < 0 && !partner_named &&
        (IsMutual(p.code) || ((Is(p.code, "0356") || Is(p.code, "0871")) && !withdrawn_from))) {
      targets.clear();
    }
    // "Biden condemned the attack ... The leaders of the Group of Seven also condemned it":
    // "it" right after a reaction, the sentence after a reaction to an event noun, is that
    // event, aimed at its doer as the first reaction was, not the thing the story named last.
    if (tgt >= 0 && verbal && IsReaction(p.code) && noun_reaction_sentence >= 0 &&
        noun_reaction_sentence + 1 == sentence_number &&
        mentions[tgt].kind == Mention::Kind::kPronThing && mentions[tgt].b == m.anchor + 1 &&
        Is(norm[mentions[tgt].b], "it")) {
      Ref r = noun_reaction_target;
      r.begin = toks[mentions[tgt].b]->begin;
      r.end = toks[mentions[tgt].b]->end;
      targets.assign(1, r);
    }
    const bool had_targets = !targets.empty();
    TargetNamedInContext(m, src, sources, targets);
    if (!had_targets && !targets.empty() && m.anchor + 1 < size() &&
        targets[0].begin == toks[m.anchor + 1]->begin) {
      noun_reaction_target = targets[0];
      noun_reaction_sentence = sentence_number;
    }
    // (Not a restriction imposed on a country, an emergency, a curfew or an internet cut,
    // nor its easing: "detained Suu Kyi and declared a state of emergency" is not an
    // emergency on Suu Kyi, "blamed Islamic State and declared a state of emergency" none on
    // the group.)
    const bool on_a_country = Is(p.code, "1721") || Is(p.code, "1723") || Is(p.code, "1724") ||
                              Is(p.code, "0814");
    if (targets.empty() && verbal && m.target < 0 && m.source < 0 && src == prev_src &&
        !prev_targets.empty() && prev_end <= group_start && !on_a_country) {
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
    ImpliedTargets(m, src, sources, targets,
                   (intent || future) && !refused && StartsWith(IntentCode(p.code), "13"));
    // "The two countries fought a war over Nagorno-Karabakh": a compound subject's act on a
    // place of one of its own members (a country, a region, a capital: no role), named by no
    // slot of the pattern, is between them.
    // (Not a show of force, 15: allies' drills or patrols there aim at neither.)
    if (sources.size() >= 2 && m.target < 0 && !targets.empty() && !StartsWith(p.code, "15") &&
        std::all_of(targets.begin(), targets.end(), [&](const Ref& t) {
          const std::string tc = CodeOf(t, doc_date);
          return tc.size() == 3 && std::any_of(sources.begin(), sources.end(), [&](const Ref& s) {
                   return CodeOf(s, doc_date).compare(0, 3, tc) == 0;
                 });
        })) {
      targets.clear();
    }
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
    // "Modi visits Washington next week", "Saudi Arabia, which hosts the league's summit on
    // May 19": a present tense dated after the story tells of an act scheduled, not done; it
    // is coded as "will" is.
    if (verbal && !intent && !future && refusal.empty() && !pos.empty() &&
        (pos[m.anchor] == text::Pos::kVBZ || pos[m.anchor] == text::Pos::kVBP) &&
        doc_date.valid() && date.valid() && date.Compare(doc_date) > 0) {
      future = true;
    }
    std::string code = p.code;
    std::string modality;
    if (!refusal.empty()) {
      code = refusal;
    } else if (intent || future) {
      code = IntentCode(code);
      modality = intent ? "intent" : "future";
    }
    if (suspected) modality = "suspected";
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
        // ("agreed on Monday to widen sanctions": a time between the control verb and its
        // "to" dates the agreeing.)
        uint32_t stated_end = group_start;
        for (uint32_t q = group_start; q < m.anchor; ++q) {
          if (HasClass(cls[q], kTo)) stated_end = q;
        }
        date = doc_date;
        for (const text::Timex& t : timexes_past) {
          if (t.token_end <= stated_end && t.date.Compare(doc_date) <= 0) date = t.date;
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
    // Force and coercion that end a tenure (a coup, an ouster, the arrest of a president)
    // are done by and to people as they were before it: "soldiers detained President Bazoum"
    // and "Traore ousted Damiba" on the day of the coup are the army against the head of
    // state, though the dictionaries give that day to the new order.
    if (date.precision == text::DatePrecision::kDay && code.size() >= 2 && code[0] == '1' &&
        code[1] >= '7' && code[1] <= '9') {
      const text::Date before = text::Date::FromDays(role_date.DaysSinceEpoch() - 1);
      // (Not where the day before makes the two sides one: the RSF broke with Sudan's army by
      // the fighting of 15 April 2023, and on the 14th it was the army's own force, so "the
      // army fought the RSF on Saturday" would be the army against itself.)
      // (Two sides that fight each other are each other's targets: "fighting between the army
      // and the RSF", "the army and the RSF fought".)
      const std::vector<Ref>& others = targets.empty() ? sources : targets;
      auto one_side = [&](const text::Date& d) {
        for (const Ref& s : sources) {
          const std::string sc = CodeOf(s, d);
          for (const Ref& t : others) {
            if (t.begin != s.begin && CodeOf(t, d) == sc) return true;
          }
        }
        return false;
      };
      if (!one_side(before) || one_side(role_date)) role_date = before;
    }
    // "Kenyatta called for calm" in a story of one country: an appeal to its own people to
    // ease their dissent (0252), not for a military de-escalation between sides (0256).
    if (Is(code, "0256") && targets.empty() && sources.size() == 1 && !named_countries.empty()) {
      const std::string src_code = CodeOf(sources[0], role_date);
      const bool one_country =
          src_code.size() >= 3 && OfACountry(src_code) &&
          std::all_of(named_countries.begin(), named_countries.end(), [&](const NamedCountry& c) {
            return c.ref.code.compare(0, 3, src_code, 0, 3) == 0;
          });
      if (one_country) {
        code = "0252";
        Ref people;
        people.code = src_code.substr(0, 3) + "CVL";
        people.begin = toks[m.anchor]->begin;
        people.end = toks[m.e > m.anchor ? m.e - 1 : m.anchor]->end;
        targets.push_back(std::move(people));
      }
    }
    // (A victim named by title and name, "Iran's top military commander, Qassem Soleimani",
    // is one person: all of the phrase's events are the assassination.)
    const bool named_victim = std::any_of(targets.begin(), targets.end(),
                                          [](const Ref& r) { return r.person >= 0; });
    const bool fleeing = p.verbal && p.text.compare(0, 6, "<flee>") == 0;
    // "Erdogan met Putin in Moscow", "held talks with the crown prince in Riyadh": a meeting
    // in the country of one side, and not the other's, is the other's visit (042) and the
    // host's (043).
    std::string meeting_place;
    if (Is(code, "040") && verbal) {
      meeting_place = PlaceCountryInClause(m.anchor);
    }
    // 0 when `a` hosts `b` there, 1 when `b` hosts `a`, else -1.
    auto VisitHost = [&](const Ref& a, const Ref& b) {
      const std::string ac = CodeOf(a, role_date), bc = CodeOf(b, role_date);
      if (ac.size() < 3 || bc.size() < 3 || ac.compare(0, 3, bc, 0, 3) == 0) return -1;
      if (ac.compare(0, 3, meeting_place) == 0 && OfACountry(ac)) return 0;
      if (bc.compare(0, 3, meeting_place) == 0 && OfACountry(bc)) return 1;
      return -1;
    };
    auto emit = [&](const Ref& s, const Ref* t) {
      // The actors' codes decide whether there is an event at all: they are worked out
      // first, and the event's strings built only for an event that is kept.
      std::string source_code = CodeOf(s, role_date);
      if (source_code.empty()) return;
      // "313,000 Rohingya have fled to Bangladesh": people who flee are refugees, no
      // military retreat (0874) of a country; armed men and officials who flee retreat.
      if (fleeing && !IsArmedOrOfficialRole(source_code)) return;
      // A retreat or surrender (0874) is an armed side's: a president or an opposition
      // leader who "fled to India" or "surrendered to police" goes into exile or custody.
      if (Is(code, "0874") && s.person >= 0 && !IsArmed(source_code)) return;
      // An order to one's own forces ("ordered the army to drive them out") is no demand: the
      // act ordered is coded as the orderer's.
      // (A demand that they withdraw, 106, is one: "ordered the army commander to withdraw his
      // soldiers" from the palace they stormed.)
      if (t && Is(code, "100") && StartsWith(p.text, "<order> + to") &&
          OwnForces(source_code, CodeOf(*t, role_date))) {
        return;
      }
      // Holding someone ("Russia holds two Americans") detains a person; "holds the rotating
      // EU presidency", "held the city" hold no one.
      if (t && Is(code, "173") && p.text == "<hold> +" && t->person < 0) {
        const std::string target_code = CodeOf(*t, role_date);
        std::string_view words = text.substr(t->begin, t->end - t->begin);
        const std::string_view head = words.substr(words.rfind(' ') + 1);
        static constexpr std::string_view kOffices[] = {
            "presidency", "chairmanship", "chair", "seat", "seats", "post", "office", "majority"};
        if (target_code.size() <= 3 || StartsWith(target_code, "IGO") || IsOneOf(head, kOffices)) {
          return;
        }
      }
      // A trip by an unnamed private person ("a woman on the cusp of a trip to Japan") is no
      // visit between states.
      if ((Is(code, "042") || Is(code, "043")) && s.inferred_country &&
          Is(RoleOf(source_code), "CVL")) {
        return;
      }
      // The act is remembered even when no event comes of it here (no target, or itself).
      // Comments on acts are not acts ("condemned", "praised"); rejections, vetoes and
      // threats are.
      {
        const std::string_view r2(code.data(), 2);
        // (Room for the acts kept and a sentence's more, made once: the vector is the thread's.)
        if (acts.capacity() == 0) acts.reserve(32);
        PastAct& act = acts.emplace_back();  // in place: six strings
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
        // (Counted first, so that the string is sized once, and stays within its own bytes
        // for up to three stems.)
        auto stemmed = [&](uint32_t q) { return norm[q].size() >= 4 && mention_at[q] < 0; };
        size_t stems = 0;
        for (uint32_t q = m.b; q < m.e; ++q) stems += stemmed(q);
        act.stems.reserve(4 * stems);
        for (uint32_t q = m.b; q < m.e; ++q) {
          if (stemmed(q)) act.stems.append(norm[q].data(), 4);
        }
      }
      std::string target_code;
      if (t) {
        target_code = CodeOf(*t, role_date);
        if (target_code.empty()) return;
        // An actor toward itself, or a comment on its own country ("the Iranian president
        // described Iran as strong"). Acts on one's own country stay: rebels seizing the
        // capital, a president declaring an emergency.
        // People do not protest against their own kind or their own country: "women formed
        // human chains in solidarity with the detained protesters" stand with them, and
        // "farmers blocked highways into New Delhi" block their capital's roads, against the
        // state.
        const bool protest_at_home =
            code[0] == '1' && code[1] == '4' && source_code.size() == 6 &&
            OfACountry(source_code) && !Is(RoleOf(source_code), "GOV") &&
            (target_code == source_code ||
             (target_code.size() == 3 && source_code.compare(0, 3, target_code) == 0));
        // ("Russia denied that its forces had targeted civilians": a denial or an admission
        // of one's own acts is still one, with no target.)
        bool own_statement = false;
        if (protest_at_home) {
          target_code.resize(3);
          target_code.append("GOV");
        } else if (target_code == source_code && !RivalArmedGroups(s, *t, source_code, code)) {
          if (!StandsWithoutTarget(code, source_code)) return;
          own_statement = true;
        }
        // "Jordan recalled its ambassador", "Moldova withdrew its diplomats": a state cuts no
        // ties with its own government or envoys; whom it protests is not named here.
        if (code[0] == '1' && code[1] == '6' && source_code.size() >= 3 &&
            target_code.size() == 6 && Is(RoleOf(target_code), "GOV") &&
            target_code.compare(0, 3, source_code, 0, 3) == 0 &&
            (source_code.size() == 3 || Is(RoleOf(source_code), "GOV"))) {
          return;
        }
        // "called for Navalny's release", "protests demanding the release of Navalny": a
        // release is asked of those who hold him, his country's state, not of him.
        if ((Is(code, "0253") || Is(code, "1053") || Is(code, "1413")) && target_code.size() == 6 &&
            OfACountry(target_code)) {
          const std::string_view r = RoleOf(target_code);
          // ("A Russian court sentenced U.S. journalist Evan Gershkovich ... Washington
          // demanded his release": whoever the story told held him, if a foreign state.)
          std::string holder;
          for (auto it = past_acts.rbegin(); it != past_acts.rend() && holder.empty(); ++it) {
            if (it->has_target &&
                (StartsWith(it->code, "173") || StartsWith(it->code, "116") ||
                 StartsWith(it->code, "181")) &&
                CodeOf(it->target, role_date) == target_code) {
              holder = CodeOf(it->source, role_date);
            }
          }
          if (holder.size() >= 3 && OfACountry(holder) &&
              holder.compare(0, 3, target_code, 0, 3) != 0 &&
              holder.compare(0, 3, source_code, 0, 3) != 0) {
            target_code = holder;
          } else if (!Is(r, "GOV") && !Is(r, "MIL") && !Is(r, "COP") && !Is(r, "JUD") &&
                     !Is(r, "LEG") && !Is(r, "SPY")) {
            target_code.resize(3);
            if (target_code == source_code.substr(0, 3) && Is(code, "1413")) {
              target_code.append("GOV");
            }
          }
        }
        // "Our teachers work with children", "the company checks its workers": kinds of
        // people, both given the page's country for want of one named, doing what they do in
        // the simple present, are a description of how things go, not a news event.
        if (s.inferred_country && t->inferred_country && verbal && group_start == m.anchor &&
            !pos.empty() &&
            (pos[m.anchor] == text::Pos::kVBZ || pos[m.anchor] == text::Pos::kVBP)) {
          return;
        }
        // "Qatar secured the release of four Americans held in Iran": securing the release of
        // another country's people is mediation, not freeing them; a government securing its
        // own people's release freed them from their captors.
        if (code == "0841" && StartsWith(p.text, "<secure>") &&
            target_code.compare(0, 3, source_code, 0, 3) != 0) {
          return;
        }
        // "lawmakers ... drafted sanctions against Ankara": people whose country was only
        // guessed from the story do not sanction or cut ties with that country; they are
        // someone else's.
        if (s.inferred_country && code.compare(0, 2, "16") == 0 &&
            target_code.compare(0, 3, source_code, 0, 3) == 0) {
          return;
        }
        const bool force = code.compare(0, 2, "15") >= 0;
        // (Refugees and dissidents who accuse their country accuse its state: "Rohingya
        // refugees accused Myanmar of genocide".)
        const bool against_home =
            source_code.size() == 6 &&
            (source_code.compare(3, 3, "REF") == 0 || source_code.compare(3, 3, "OPP") == 0);
        // (Nor a state easing its own restrictions at home, "Yoon lifted martial law": 081.)
        const bool comment =
            !force && !IsInsurgent(source_code) && !against_home && !StartsWith(code, "081");
        // (A state's word on its own rebels or opposition is a word against a side: "Turkey
        // blamed the PKK for the attack", "Russia accused the opposition of plotting a coup".)
        if (own_statement ||
            (comment && ((target_code.size() == 3 && source_code.compare(0, 3, target_code) == 0) ||
                         (source_code.size() == 3 && target_code.compare(0, 3, source_code) == 0 &&
                          !IsInsurgent(target_code))))) {
          // A denial or an admission still says something ("Saudi Arabia acknowledged that
          // the journalist was killed"): kept, with no target.
          if (!StandsWithoutTarget(code, source_code)) return;
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
        // (Room for a story's pairs, made once: grown a pair at a time, the lists moved their
        // strings at each doubling.)
        if (story_pairs.capacity() == 0) story_pairs.reserve(8);
        if (pairs_this_sentence.capacity() == 0) pairs_this_sentence.reserve(8);
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
      // Only a state (or who holds ground) can send foreign troops away: people, students,
      // workers or the opposition "demanding the departure of French troops" demand their
      // withdrawal (106), an expulsion (166) only when the junta demands it.
      if (code[0] == '1' && code[1] == '6' && code[2] == '6' &&
          IsPeopleRole(RoleOf(e.source.code))) {
        e.cameo = "106";
      }
      // People freed or returned ("kidnappers freed 12 schoolchildren", "returned 20
      // Ukrainian children") are persons released (0841), whatever word names them.
      if (Is(code, "084") && IsPeopleRole(RoleOf(e.target.code))) e.cameo = "0841";
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
        // (So is a crowd's attack on someone, of no weapon named, 190: "supporters of Imran
        // Khan attacked the army headquarters".)
        if ((StartsWith(code, "18") || (Is(act, "190") && t)) && s.person < 0 &&
            (Is(role, "OPP") || Is(role, "CVL"))) {
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
        // A suicide bomber's killing or attack is a suicide bombing (1831).
        if ((Is(act, "180") || Is(act, "190") || Is(act, "183")) &&
            text.substr(s.begin, s.end - s.begin).find("uicide bomber") != std::string_view::npos) {
          e.cameo = "1831";
        }
        // A state's forces bombing ("Saudi-led forces have bombed") bomb from the air: CAMEO's
        // 183 is the bombing of non-state actors.
        // (So is a state named by its country: "Turkey bombed the PKK".)
        if (Is(act, "183") &&
            (Is(role, "MIL") || Is(role, "GOV") ||
             (e.source.code.size() == 3 && lex.CountryEntry(e.source.code) >= 0))) {
          e.cameo = "195";
        }
        // Police firing on, shooting at or clashing with their own country's people
        // ("Nicaraguan police fired on students", "police clashed with supporters of Imran
        // Khan") repress them (175); the armed fight of 190 and 193 is between armed sides.
        if ((Is(act, "190") || Is(act, "193")) && Is(role, "COP") && e.target.code.size() == 6 &&
            e.target.code.compare(0, 3, e.source.code, 0, 3) == 0) {
          const std::string_view trole = RoleOf(e.target.code);
          if (Is(trole, "CVL") || Is(trole, "OPP") || Is(trole, "EDU") || Is(trole, "LAB") ||
              Is(trole, "AGR")) {
            e.cameo = "175";
          }
        }
        // Repression is of people: water cannon or rubber bullets fired at another country's
        // ships, forces or state ("China's coast guard fired water cannon at a Philippine
        // vessel") are force between states (190), not a crackdown.
        if (Is(act, "175") && e.target.code.size() >= 3 && e.source.code.size() >= 3 &&
            OfACountry(e.target.code) && OfACountry(e.source.code) &&
            e.target.code.compare(0, 3, e.source.code, 0, 3) != 0) {
          const std::string_view trole = RoleOf(e.target.code);
          if (trole.empty() || Is(trole, "MIL") || Is(trole, "GOV") || Is(trole, "COP")) {
            e.cameo = "190";
          }
        }
        // Seizing people ("police seized three journalists", "seized opposition leader Kizza
        // Besigye") detains them (173); a thing, a ship or a building is property (171).
        if (t && Is(act, "171") && norm[m.anchor].substr(0, 4) == "seiz" &&
            (t->person >= 0 || IsPeopleRole(RoleOf(e.target.code)))) {
          e.cameo = "173";
        }
        // Seizing a capital ("rebels seized Damascus") or another city or region of a country
        // ("M23 rebels seized Goma") takes territory (192), not people.
        if (t && (t->capital || t->region) && StartsWith(code, "17") &&
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
      if (!modality.empty()) e.modality = modality;  // (a new event's is empty)
      // (The act made above holds the source: its place, not a copy of the Ref an event.)
      if (!IsReaction(code)) sentence_actor_act = static_cast<int>(acts.size()) - 1;
      // (A rule, "<words> @ file:line", is longer than a string holds within itself.)
      SentenceEvents::GiveRoom(&e.rule, kInlineBytes + 1);
      c.AssignRuleOf(p, &e.rule);
      e.verb_begin = toks[m.anchor]->begin;
      e.verb_end = toks[m.anchor]->end;
      if (t) AddPastAgreement(m, out);
    };
    auto EmitMeetingAsVisit = [&](const Ref& a, const Ref& b) {
      if (meeting_place.empty()) return false;
      const int host = VisitHost(a, b);
      if (host < 0) return false;
      const Ref& h = host == 0 ? a : b;
      const Ref& v = host == 0 ? b : a;
      code = "042";
      emit(v, &h);
      code = "043";
      emit(h, &v);
      code = "040";
      return true;
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
    // "The two presidents agreed to return their ambassadors": an act of a pair on one of
    // its own members is between the two, each toward the other, as with no target named.
    // (Not force: "Russia and Ukraine account for ..., and the blockade of Ukraine's ports"
    // is one side's, the pair only the clause's subject.)
    const bool each_other =
        !reflexive && sources.size() >= 2 && !targets.empty() && code.compare(0, 2, "15") < 0 &&
        !StartsWith(code, "01") && !StartsWith(code, "02") && !IsMediation(code) &&
        !JointStance(code, p.text) && (IsMutual(code) || !OneStatesForces(sources)) &&
        std::all_of(targets.begin(), targets.end(), [&](const Ref& t) {
          const std::string tc = CodeOf(t, role_date);
          return std::any_of(sources.begin(), sources.end(),
                             [&](const Ref& s) { return CodeOf(s, role_date) == tc; });
        });
    if (reflexive) {
      for (const Ref& s : sources) emit(s, nullptr);
    } else if (each_other) {
      for (size_t a = 0; a < sources.size(); ++a) {
        for (size_t b = 0; b < sources.size(); ++b) {
          if (a != b) emit(sources[a], &sources[b]);
        }
      }
    } else if (!targets.empty()) {
      // Consulting, negotiating, signing and cooperating are mutual: each side toward the
      // other.
      // "the war between the army and the RSF": "between" makes any event mutual.
      // Economic, military and judicial cooperation are mutual when done "with" someone, not
      // when one side supplies, sells arms or extradites to the other.
      const bool one_way = (Is(code, "061") || Is(code, "062") || Is(code, "063")) &&
                           p.text.find(" with ") == std::string::npos;
      // (And what is traded or exchanged: "exchanged fire with", "traded accusations with".)
      const bool mutual = (IsMutual(code) && !one_way) ||
                          p.text.find("between $ and +") != std::string::npos ||
                          StartsWith(p.text, "<exchange>") || StartsWith(p.text, "<trade>");
      for (const Ref& s : sources) {
        for (const Ref& t : targets) {
          if (EmitMeetingAsVisit(s, t)) continue;
          emit(s, &t);
          if (mutual) emit(t, &s);
        }
      }
    } else if (sources.size() >= 2 && !StartsWith(code, "01") && !StartsWith(code, "02") &&
               !IsMediation(code) && mentions[src].kind != Mention::Kind::kPronPlural &&
               !JointStance(code, p.text) && !FoughtAlongside(m) &&
               (IsMutual(code) ||
                (!OneStatesForces(sources) &&
                 // ("Russian and Syrian jets bombed rebel positions", "Malian troops and
                 // Russian mercenaries killed dozens of civilians": subjects acting on an
                 // object the pattern names are allies acting together, not two sides
                 // fighting each other; "Armenian and Azerbaijani forces clashed" do fight
                 // each other, and two sides that "violated the truce" broke it on each
                 // other.)
                 // (So is a bare verb's object no actor: "bombed rebels near Idlib",
                 // "killed dozens of villagers".)
                 !(src >= 0 && (p.items.size() > 1 || (verbal && NamesAnObject(m.e))) &&
                   (StartsWith(code, "15") || StartsWith(code, "18") || StartsWith(code, "19") ||
                    StartsWith(code, "20")) &&
                   !StartsWith(code, "196") && p.text.find("<exchange>") == std::string::npos &&
                   p.text.find("<trade>") == std::string::npos &&
                   p.text.find("<clash>") == std::string::npos &&
                   p.text.find("<fight>") == std::string::npos &&
                   p.text.find("between") == std::string::npos)))) {
      // "The two countries agreed", "Raisi and Putin met": each toward the other.
      for (size_t a = 0; a < sources.size(); ++a) {
        for (size_t b = 0; b < sources.size(); ++b) {
          if (a < b && EmitMeetingAsVisit(sources[a], sources[b])) continue;
          if (a > b && !meeting_place.empty() && VisitHost(sources[a], sources[b]) >= 0) continue;
          if (a != b) emit(sources[a], &sources[b]);
        }
      }
    } else if ((StartsWith(code, "01") || StartsWith(code, "02")) && src >= 0 &&
               mentions[src].kind == Mention::Kind::kActor) {
      // "Brazil and Colombia called for restraint": each named said it, to no one named.
      // (Not "they" or "the two countries", whose members are the coder's guess.)
      for (const Ref& s : sources) emit(s, nullptr);
    } else {
      emit(sources[0], nullptr);
    }
  }
  AddRepeatedActs(sentence_index, out);
  AddVisitorsVisits(sentence_index, out);
  AddHostsOfVisits(out);
  FinishSentence(out);
}

// A new event of this sentence at the end of `out`: its date, and its actors' codes and
// words (`t` null: no target). (The codes are taken by rvalue reference: moved once, into
// the event, not also into parameters.)
Event& SentenceState::NewEvent(SentenceEvents& out, int sentence_index, const text::Date& date,
                const Ref& s, std::string&& source_code, const Ref* t,
                std::string&& target_code) const {
  Event& e = out.emplace_back();
  e.doc_id = doc_id;
  e.sentence_index = sentence_index;
  // (Most events are dated with their document: its date's text is made once an article.)
  if (date.year == doc_date.year && date.month == doc_date.month && date.day == doc_date.day) {
    e.date = doc_date_iso;
  } else {
    e.date = date.ToIso();
  }
  e.date_precision = date.PrecisionName();
  e.doc_date = doc_date_iso;
  e.source.code = std::move(source_code);
  e.source.begin = s.begin;
  e.source.end = s.end;
  SentenceEvents::GiveRoom(&e.source.text, s.end - s.begin);
  e.source.text = text.substr(s.begin, s.end - s.begin);
  if (t) {
    e.target.code = std::move(target_code);
    e.target.begin = t->begin;
    e.target.end = t->end;
    SentenceEvents::GiveRoom(&e.target.text, t->end - t->begin);
    e.target.text = text.substr(t->begin, t->end - t->begin);
  }
  return e;
}

// "Fourteen EU countries, including France and Germany, took similar steps", "Canada
// followed suit": the subject did the story's last act (its code, its target, its date).
void SentenceState::AddRepeatedActs(int sentence_index, SentenceEvents& out) {
  // (Most sentences have none of the phrases' first words: they are not read.)
  if (std::none_of(w.repeated_act_starts.begin(), w.repeated_act_starts.end(),
                   [&](uint32_t id) { return HasWord(id); })) {
    return;
  }
  uint32_t verb = size();
  for (uint32_t q = 1; q + 2 < size() && verb == size(); ++q) {
    const std::string_view a = norm[q];
    // (Most words are shorter than "did" or start with none of the phrases' first letters:
    // one test passes them by, before the next two words are read.)
    if (a.size() < 3 || (a[0] != 't' && a[0] != 'f' && a[0] != 'd')) continue;
    const std::string_view b = norm[q + 1], c3 = norm[q + 2];
    const bool took =
        Is(a, "took") || Is(a, "take") || Is(a, "takes") || Is(a, "taken") || Is(a, "taking");
    // ("and the White House followed hours later": "followed" with no object but a time.)
    const bool followed_later =
        Is(a, "followed") &&
        (IsFullStop(q + 1) || (!in_timex.empty() && in_timex[q + 1]) ||
         (Is(b, "on") && !in_timex.empty() && in_timex[q + 2]) ||
         (Is(c3, "later") && (Is(b, "hours") || Is(b, "days") || Is(b, "minutes"))) ||
         Is(b, "later") || Is(b, "shortly") || Is(b, "soon"));
    if ((took && (Is(b, "similar") || Is(b, "the")) &&
         (Is(c3, "steps") || Is(c3, "measures") || Is(c3, "action") || Is(c3, "same"))) ||
        (Is(a, "followed") && Is(b, "suit")) || followed_later ||
        ((Is(a, "did") || Is(a, "does")) &&
         (Is(b, "likewise") || (Is(b, "the") && Is(c3, "same"))))) {
      verb = q;
    }
  }
  if (verb == size()) return;
  const PastAct* act = nullptr;
  // (The sentence's own act before, of any kind: "Britain blamed the Russian military for the
  // attack, and the White House followed hours later".)
  for (auto it = sentence_acts.rbegin(); it != sentence_acts.rend() && !act; ++it) {
    if (it->has_target && !it->code.empty() && it->source.begin < toks[verb]->begin) act = &*it;
  }
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
    // ("Spain followed on Tuesday": a day of its own dates it.)
    const text::Date* date = &act->date;
    for (const text::Timex& t : timexes_past) {
      if (t.token_begin > verb && t.token_begin <= verb + 2) date = &t.date;
    }
    Event& e = NewEvent(out, sentence_index, *date, r, std::move(source_code), &act->target,
                        std::string(target_code));
    Recode(&e, act->code);
    e.rule = "the same act as the story's last (\"" + std::string(norm[verb]) + " " +
             std::string(norm[verb + 1]) + "\")";
    e.verb_begin = toks[verb]->begin;
    e.verb_end = toks[verb]->end;
  }
}

// "Sisi told visiting German Chancellor Olaf Scholz", "The visiting Indian prime minister held
// talks with Sisi": one called visiting is on a visit (042) to the host the sentence names, who
// hosts him (043), whatever else the sentence codes.
void SentenceState::AddVisitorsVisits(int sentence_index, SentenceEvents& out) {
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& v = mentions[k];
    if (v.kind != Mention::Kind::kActor || v.b == 0 || !Is(norm[v.b - 1], "visiting")) continue;
    const std::string visitor = CodeOf(v.ref, doc_date);
    if (visitor.size() < 3 || !OfACountry(visitor) ||
        (visitor.size() > 3 && visitor.compare(3, 3, "GOV") != 0)) {
      continue;
    }
    // The host: a government or country of another country in the sentence, its subject first.
    int host = -1;
    for (size_t j = 0; j < mentions.size() && host < 0; ++j) {
      const Mention& h = mentions[j];
      if (j == k || h.kind != Mention::Kind::kActor) continue;
      const std::string code = CodeOf(h.ref, doc_date);
      if (code.size() < 3 || !OfACountry(code) || code.compare(0, 3, visitor, 0, 3) == 0 ||
          (code.size() > 3 && code.compare(3, 3, "GOV") != 0)) {
        continue;
      }
      host = static_cast<int>(j);
    }
    if (host < 0) continue;
    const Ref& h = mentions[host].ref;
    const std::string host_code = CodeOf(h, doc_date);
    // Dated as the sentence's event between the two, if any.
    // (Copied: a new event may move the sentence's events.)
    std::string sibling_date, sibling_precision;
    for (const Event& e : out) {
      if ((e.source.code == visitor && e.target.code == host_code) ||
          (e.source.code == host_code && e.target.code == visitor)) {
        sibling_date = e.date;
        sibling_precision = e.date_precision;
        break;
      }
    }
    for (const bool hosting : {false, true}) {
      const Ref& from = hosting ? h : v.ref;
      const Ref& to = hosting ? v.ref : h;
      std::string from_code = hosting ? host_code : visitor;
      std::string to_code = hosting ? visitor : host_code;
      const char* cameo = hosting ? "043" : "042";
      if (HasEvent(out, cameo, from_code, to_code)) continue;
      Event& e = NewEvent(out, sentence_index, doc_date, from, std::move(from_code), &to,
                          std::move(to_code));
      Recode(&e, cameo);
      if (!sibling_date.empty()) {
        e.date = sibling_date;
        e.date_precision = sibling_precision;
      }
      e.rule = "a visitor (\"visiting\")";
      e.verb_begin = toks[v.b - 1]->begin;
      e.verb_end = toks[v.b - 1]->end;
    }
  }
}

// "Lula visited China and signed 15 agreements with President Xi": a visit to a country whose
// government the visitor signs with or cooperates with in the same sentence is hosted by that
// government (043), named after the visit as it is.
void SentenceState::AddHostsOfVisits(SentenceEvents& out) {
  const size_t n = out.size();
  for (size_t i = 0; i < n; ++i) {
    if (out[i].cameo != "042" || out[i].target.code.size() != 3) continue;
    for (size_t j = 0; j < n; ++j) {
      const Event& o = out[j];
      // (Only an act done together there, an agreement signed or cooperation: praise or an
      // appeal can be made from afar, and a meeting, 04x, says who hosts already.)
      if (j == i || !(o.cameo == "057" || o.cameo.compare(0, 2, "06") == 0) ||
          o.source.code != out[i].source.code || o.target.code.size() != 6 ||
          o.target.code.compare(0, 3, out[i].target.code) != 0 ||
          o.target.code.compare(3, 3, "GOV") != 0) {
        continue;
      }
      const std::string& host = o.target.code;
      const std::string& visitor = out[i].source.code;
      if (HasEvent(out, "043", host, visitor)) break;
      Event h = o;
      std::swap(h.source, h.target);
      h.date = out[i].date;
      h.date_precision = out[i].date_precision;
      h.modality.clear();
      Recode(&h, "043");
      h.rule = "the host of a visit (\"visited\" and a dealing with its government)";
      out.push_back(std::move(h));
      break;
    }
  }
}

}  // namespace dyad::coder
