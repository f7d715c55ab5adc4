// Event filtering: once a sentence's events are coded, what they say together (a concession to
// a demand, a statement that accuses, a protest for a demand, a judging statement's tone), then
// which are kept (targets, finer codes, duplicates).
#include "coder/sentence_state.h"

#include <algorithm>
#include <array>

namespace dyad::coder {

// The tone of what a sentence reports after the byte offset `after` (the verb of saying): +1
// when its judging words are hopeful, -1 when grim, 0 when neither or mixed.
int SentenceState::ReportedTone(uint32_t after) const {
  static constexpr std::string_view kGood[] = {
      "safer",    "breakthrough", "historic",   "constructive", "productive", "positive",
      "progress", "milestone",    "hopeful",    "optimistic",   "encouraging", "success",
      "successful", "important", "significant", "turning",     "welcome",    "good",
      "better",   "peace",        "stability",  "cooperation",  "frank",      "fruitful"};
  static constexpr std::string_view kBad[] = {
      "dangerous",   "failure",    "failed",       "disaster",      "disastrous",   "catastrophic",
      "crisis",      "worse",      "threat",       "regrettable",   "unacceptable", "pessimistic",
      "deadlock",    "stalled",    "collapse",     "escalation",    "grave",        "concern",
      "concerned",   "worried",    "war",          "hostile",       "provocation",  "illegal",
      "unjustified", "erroneous",  "illegitimate", "baseless",      "groundless",   "provocative",
      "reckless",    "outrageous", "deplorable",   "irresponsible", "unfriendly",   "illegally",
      "unlawful",    "unlawfully", "setback",      "alarming",      "worrying",     "troubling",
      "appalling",   "shocking"};
  // (The lengths are compared first, inline: string_view's operator== is a call of its own,
  // and a word is tested against all 68.)
  auto listed = [](std::string_view w, const auto& list) {
    return std::any_of(std::begin(list), std::end(list),
                       [w](std::string_view x) { return x.size() == w.size() && x == w; });
  };
  // The first letters of the listed words, by length: most words of a sentence have a length
  // and first letter no listed word has, and one look at this table passes them by instead of
  // 68 comparisons.
  static const std::array<uint32_t, 16> kFirstLetters = [] {
    std::array<uint32_t, 16> letters{};
    for (std::string_view x : kGood) letters[x.size()] |= 1u << (x[0] - 'a');
    for (std::string_view x : kBad) letters[x.size()] |= 1u << (x[0] - 'a');
    return letters;
  }();
  int good = 0, bad = 0;
  for (uint32_t q = 0; q < size(); ++q) {
    if (toks[q]->begin < after) continue;
    const std::string_view word = norm[q];
    if (!word.empty() && word.size() < kFirstLetters.size() && word[0] >= 'a' &&
        word[0] <= 'z' && ((kFirstLetters[word.size()] >> (word[0] - 'a')) & 1)) {
      if (listed(word, kGood)) ++good;
      if (listed(word, kBad)) ++bad;
    }
    if (HasClass(cls[q], kNeg)) return 0;  // "would not make it safer": leave it a statement
  }
  if (good > 0 && bad == 0) return 1;
  if (bad > 0 && good == 0) return -1;
  return 0;
}

// A statement by a verb of saying ("X said"): kept only when the sentence has no other event.
bool SentenceState::IsSay(const Event& e) const {
  // (The root first: most events are no statement, and the verb's token is then not sought.)
  if (!Is(e.root, "01")) return false;
  for (uint32_t i = 0; i < size(); ++i) {
    if (toks[i]->begin == e.verb_begin) return HasClass(cls[i], kSay);
  }
  return false;
}

// "Kyrgyzstan said more than 136,000 people had been evacuated", "'We are at war,' Pinera
// said": a public actor's statement with no addressee is an event (010) when it is the
// sentence's own news. Not when the words only source a report ("Hungary did not block the
// package, diplomats said": the sentence is about what was or was not done), when the saying
// is an aside in a relative clause ("Amnesty, which says 56 people have died, called for"),
// nor when the speaker says what it will do itself ("Kenyatta said Kenya would hunt down",
// "said it would respond strongly"): that is an intent or a threat, coded as such or not at
// all, never as a bare statement.
bool SentenceState::StandsAsStatement(const Event& e) const {
  if (!Is(e.cameo, "010") || !e.target.empty() || e.source.code.size() < 3) return false;
  // (Of governments, their organs and the organisations of states: a party's, a rebel
  // group's or an official's bare words were left out of the examples' and the gold sets'
  // more often than kept.)
  const bool igo = e.source.code.compare(0, 3, "IGO") == 0;
  if (!igo && e.source.code.size() != 3 && e.source.code.compare(3, 3, "GOV") != 0) return false;
  if (!IsSay(e)) return false;
  uint32_t verb = 0;
  while (verb < size() && toks[verb]->begin != e.verb_begin) ++verb;
  if (verb == size()) return false;
  // "Taiwan's government says only the island's people can decide": the present tense
  // states a standing position, background to the news rather than an act of the day.
  if (norm[verb] == "says" || norm[verb] == "say") return false;
  uint32_t speaker = 0;
  while (speaker < size() && toks[speaker]->begin < e.source.begin) ++speaker;
  if (speaker >= verb) return false;
  // "Lithuania will not send its ambassador back, the foreign minister said": a speaker known
  // by its office alone may stand for an actor named earlier ("its ambassador"), so the
  // phrase right before the verb is read too; after a comma it trails a report.
  if (!pos.empty()) {
    uint32_t q = verb;
    while (q > 0 && verb - q < 8) {
      const text::Pos t = pos[q - 1];
      if (mention_at[q - 1] < 0 && !text::IsNoun(t) && t != text::Pos::kDT && t != text::Pos::kJJ &&
          t != text::Pos::kPOS) {
        break;
      }
      --q;
    }
    if (q < verb && q > 0 && HasClass(cls[q - 1], kComma)) return false;
  }
  // "they said", "he said": a speaker named only by a pronoun is mostly a quoted person of
  // a feature, not a government speaking.
  if (HasClass(cls[speaker], kPronPerson | kPronThing | kPronPlural)) return false;
  // A trailing "..., officials said" sources the report before it; only a quotation before
  // its speaker is the speaker's own statement.
  // ("Erdogan did not meet business leaders as planned, a Turkish official said.")
  // (A speaker inside the quotation is a name quoted, not the one who spoke.)
  for (uint32_t q = speaker; q < verb; ++q) {
    if (HasClass(cls[q], kQuote)) return false;
  }
  if (HasClass(cls[0], kQuote)) {
    bool closed = false;
    for (uint32_t q = 1; q < speaker; ++q) closed = closed || HasClass(cls[q], kQuote);
    if (!closed) return false;
  } else {
    for (uint32_t q = 0; q < speaker; ++q) {
      if (HasClass(cls[q], kComma)) return false;
    }
  }
  // "which says", "who has said": the saying is the relative clause's, an aside.
  for (uint32_t q = verb, back = 0; q-- > 0 && back < 3; ++back) {
    if (HasClass(cls[q], kRel)) return false;
    if (toks[q]->begin < e.source.end) break;
  }
  // "said the sale seriously violated the one-China principle": words of a breach accuse
  // someone (112), whom the coder did not find; a bare statement would miscode them.
  if (BreachSaidAfter(toks[verb]->end)) return false;
  // "said it would", "said on Thursday that Turkey would": the speaker's own future act.
  const std::string_view home = std::string_view(e.source.code).substr(0, 3);
  bool self = false;
  uint32_t first = verb + 1;
  if (first < size() && norm[first] == "that") ++first;
  for (uint32_t q = verb + 1; q < size() && q < verb + 10; ++q) {
    if (HasClass(cls[q], kComma | kClauseBreak) || IsFullStop(q)) break;
    // "said the staff must leave Poland": a demand, not a bare statement.
    if (norm[q] == "must" || norm[q] == "should") return false;
    if (HasClass(cls[q], kPronPerson | kPronThing | kPronPlural) || norm[q] == "we" ||
        norm[q] == "i") {
      self = true;
    }
    for (const Mention& m : mentions) {
      if (m.b == q && m.kind == Mention::Kind::kActor) {
        const std::string code = CodeOf(m.ref, doc_date);
        const bool own = code.size() >= 3 && code.compare(0, 3, home) == 0;
        self = self || own;
        // "The court said China had violated", "Trump said Assad had crossed many lines": a
        // statement of what another side did judges it (111, 112) or it is nothing; a bare
        // statement would miscode it.
        // ("said Ukraine's future was in NATO": an owner is no actor of the clause.)
        if (q == first && !own && code.size() >= 3 && !m.possessor) return false;
      }
    }
    if (self && (norm[q] == "would" || norm[q] == "will" || norm[q] == "'ll")) return false;
  }
  return true;
}

// What the sentence's events say together, once all are coded, then the events kept.
void SentenceState::FinishSentence(SentenceEvents& out) {
  if (out.size() == 0) return;  // (most sentences: each step would find nothing to do)
  // "Why are these men killing each other?", "Will Russia attack?": a question asks whether or
  // why, and reports nothing done. (Not one quoted at the end of a report: "rejected calls for
  // talks, saying, \"What negotiations can there be with killers?\"".)
  if (size() > 0 && Is(norm[size() - 1], "?")) {
    out.truncate(out.begin());
    return;
  }
  YieldToDemands(out);
  AddReportedJudgements(out);
  // A deed a statement says someone "may have been involved in" made its accusation; it is
  // not reported as done.
  out.truncate(std::remove_if(out.begin(), out.end(),
                              [](const Event& e) { return e.modality == "suspected"; }));
  MergeProtestDemands(out);
  MergeWarnedThreats(out);
  // "Militants attacked a police academy", "rebels stormed the town hall": what is a riot by a
  // crowd (145) is an armed attack by armed men (or by gangs: "cartel gunmen set vehicles on
  // fire"); and by a state ("A Ukrainian drone attack set fire to a refinery"), its force.
  for (Event& e : out) {
    if (StartsWith(e.cameo, "145") &&
        (IsArmed(e.source.code) || Is(RoleOf(e.source.code), "CRM") ||
         (e.source.code.size() == 3 && lex.CountryEntry(e.source.code) >= 0))) {
      Recode(&e, "190");
    }
  }
  GradeBareStatements(out);
  KeepFinestEvents(out);
}

// Whether words of a breach follow the verb of saying ending at byte `after`: "said the sale
// seriously violated the one-China principle", "breached", "undermined", "interfered".
bool SentenceState::BreachSaidAfter(uint32_t after) const {
  for (uint32_t q = 0; q < size(); ++q) {
    if (toks[q]->begin < after) continue;
    const std::string_view w = norm[q];
    if (StartsWith(w, "violat") || StartsWith(w, "breach") || StartsWith(w, "undermin") ||
        StartsWith(w, "interfer")) {
      return true;
    }
  }
  return false;
}

// "Pompeo said Iran had launched an attack", "Tillerson said Moscow had failed": a statement
// about another side's acts accuses (112) or criticises (111) it.
void SentenceState::AddReportedJudgements(SentenceEvents& out) const {
  // A government saying another actor used force ("Pompeo said Iran had launched an attack",
  // "Blinken said RSF fighters had murdered men") accuses it (112).
  std::vector<Event> accusations;
  for (const Event& say : out) {
    // ("China said the U.S. arms sale to Taiwan seriously violated the one-China principle":
    // so does a state saying another's act breached something, whatever the act.)
    const bool breach = IsSay(say) && BreachSaidAfter(say.verb_end);
    if (!IsSay(say) || say.source.code.size() < 3 ||
        (say.source.code.size() >= 6 && say.source.code.compare(3, 3, "GOV") != 0) ||
        (say.source.code.size() == 3 && !breach)) {
      continue;
    }
    for (const Event& act : out) {
      if (act.verb_begin <= say.verb_end || (!breach && (act.root < "18" || act.root > "20")) ||
          act.source.code.compare(0, 3, say.source.code, 0, 3) == 0) {
        continue;
      }
      // ("condemned North Korea and said Pyongyang was holding citizens hostage": a statement
      // that took the first predicate's object is aimed at the doer all the same.)
      if (!say.target.empty() && say.target.code.compare(0, 3, act.source.code, 0, 3) != 0) {
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
  // ("Lithuania said Russian aircraft had violated its airspace": words of a breach with no
  // act coded accuse the one named first after the verb, 112.)
  for (const Event& say : out) {
    if (!accusations.empty() || !IsSay(say) || !say.target.empty() || say.source.code.size() < 3) {
      continue;
    }
    const bool grim = ReportedTone(say.verb_end) < 0;
    const bool breach = !grim && BreachSaidAfter(say.verb_end);
    if (!grim && !breach) continue;
    for (const Mention& o : mentions) {
      if (toks[o.b]->begin < say.verb_end || o.kind == Mention::Kind::kPair) continue;
      const std::vector<Ref> who = o.kind == Mention::Kind::kActor
                                       ? std::vector<Ref>{o.ref}
                                       : o.referents;
      if (who.size() != 1) break;
      const std::string code = CodeOf(who[0], doc_date);
      if (code.size() < 3 || code.compare(0, 3, say.source.code, 0, 3) == 0) break;
      Event a = say;
      Recode(&a, breach ? "112" : "111");
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
void SentenceState::YieldToDemands(SentenceEvents& out) const {
  for (Event& e : out) {
    if (!Is(e.root, "08") || !e.target.empty()) continue;
    for (const Event& d : out) {
      // (Or protested against it: "Hasina resigned after weeks of protests against her
      // government" yields to the protesters.)
      // (One with no one named yet is at home, against the government: its people's.)
      const std::string& at = d.target.empty() ? d.source.code : d.target.code;
      const bool protest_at_it = Is(d.root, "14") && at.compare(0, 3, e.source.code, 0, 3) == 0;
      if ((Is(d.root, "10") || protest_at_it) && d.source.code != e.source.code) {
        e.target = d.source;
        break;
      }
    }
  }
}

// "Migrants protested at the crossing, demanding that Hungary reopen the border": the demand
// is what the protest is for, one protest aimed at whom the demand is. A protest at home with
// no one named ("students protested outside Kabul University") is against the government.
// "Biden warned Putin that the West would impose sanctions", "he warned the West that Russia
// would use nuclear weapons": what a warning says will be done is the warning's threat, by the
// one who warns to the one warned, of the kind said (1312, 138); not a second threat by the
// clause's subject, which is the warner's own side or the one it speaks for.
void SentenceState::MergeWarnedThreats(SentenceEvents& out) const {
  bool merged = false;
  for (Event& w : out) {
    if (!Is(w.cameo, "130") || w.target.empty()) continue;
    for (Event& c : out) {
      if (&c == &w || c.cameo.empty() || !Is(c.root, "13") || c.modality.empty() ||
          c.verb_begin < w.verb_end) {
        continue;
      }
      if (!Is(c.cameo, "130")) Recode(&w, c.cameo);
      c.cameo.clear();
      merged = true;
    }
  }
  if (merged) {
    out.truncate(
        std::remove_if(out.begin(), out.end(), [](const Event& e) { return e.cameo.empty(); }));
  }
}

void SentenceState::MergeProtestDemands(SentenceEvents& out) const {
  // ("marched through Bamako", "took to the streets of Bamako": the city a crowd walks is
  // where it protests, no one it protests at; what it demands, and of whom, says that.)
  const auto walked_place = [&](const Event& e) {
    if (e.target.empty() || e.target.begin < 4) return false;
    const std::string_view before = text.substr(0, e.target.begin);
    return before.ends_with(" through ") || before.ends_with(" streets of ") ||
           before.ends_with(" across ");
  };
  for (Event& e : out) {
    if (!Is(e.root, "14")) continue;
    for (Event& d : out) {
      // (And what it denounces: "Thousands of Iranians rallied in Tehran to denounce the
      // sanctions" is a rally against the United States.)
      // (A protest aimed at someone already keeps its accusation as an act of its own:
      // "attacked the French embassy, accusing Paris of supporting Rwanda".)
      if (!(Is(d.root, "10") || (Is(d.root, "11") && !d.target.empty() && e.target.empty())) ||
          d.source.code != e.source.code || d.verb_begin < e.verb_end) {
        continue;
      }
      if (e.target.empty() || (!d.target.empty() && walked_place(e))) e.target = d.target;
      d.cameo.clear();  // absorbed
    }
    const std::string& sc = e.source.code;
    // (By the same words, "stormed and set fire to the residence of an army commander", or at
    // another country; people named apart who throw stones at their own police, "Greeks
    // protested ..., where police fired at demonstrators who threw stones", still protest.)
    const bool aimed_elsewhere = std::any_of(out.begin(), out.end(), [&](const Event& o) {
      return Is(o.root, "14") && o.source.code == sc && !o.target.empty() &&
             (o.source.begin == e.source.begin || o.target.code.compare(0, 3, sc, 0, 3) != 0);
    });
    if (e.target.empty() && !aimed_elsewhere && sc.size() == 6 && OfACountry(sc) &&
        sc.compare(3, 3, "GOV") != 0 && sc.compare(3, 3, "MIL") != 0 &&
        sc.compare(3, 3, "COP") != 0 && !SupportersOfGovernment(e)) {
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

// "Putin's supporters rallied in Moscow", "supporters of President Maduro marched": a crowd
// of those who govern, whose gathering is for the government, not against it.
bool SentenceState::SupportersOfGovernment(const Event& e) const {
  // ("Supporters of Maduro", "Putin's supporters", "supporters of President Saied": the
  // crowd's words, any case, with the person inside them or right beside them.)
  const std::string_view words(e.source.text);
  bool crowd = false;
  for (size_t at = 0; !crowd && at + 10 <= words.size(); ++at) {
    crowd = (words[at] == 's' || words[at] == 'S') && words.substr(at + 1, 9) == "upporters";
  }
  if (!crowd) return false;
  const std::string gov = e.source.code.substr(0, 3) + "GOV";
  for (const Mention& o : mentions) {
    if (o.kind != Mention::Kind::kActor || o.ref.person < 0) continue;
    const uint32_t ob = toks[o.b]->begin, oe = toks[o.e - 1]->end;
    // (Right before the crowd, by a possessive, inside its words, or right after it, by
    // "of".)
    const bool owner = oe <= e.source.begin && e.source.begin - oe <= 5;
    const bool inside = ob >= e.source.begin && oe <= e.source.end;
    const bool of = ob >= e.source.end && ob - e.source.end <= 16 &&
                    text.substr(e.source.end, std::min<size_t>(4, ob - e.source.end)) == " of ";
    if ((owner || inside || of) && CodeOf(o.ref, doc_date) == gov) return true;
  }
  return false;
}

// Implied, not named: the target's words are the act's own.
void SentenceState::AimAtHomeGovernment(Event* e) const {
  e->target.code = e->source.code.substr(0, 3) + "GOV";
  e->target.begin = e->verb_begin;
  e->target.end = e->verb_end;
  e->target.text = std::string(text.substr(e->verb_begin, e->verb_end - e->verb_begin));
}

// A statement that only judges ("said the deal would make the world safer", "said the talks
// had failed") is an optimistic or a pessimistic comment (013, 012).
void SentenceState::GradeBareStatements(SentenceEvents& out) const {
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
void SentenceState::KeepFinestEvents(SentenceEvents& out) const {
  if (!c.keep_untargeted_) {
    out.truncate(std::remove_if(out.begin(), out.end(), [&](const Event& e) {
      // A visit or force aimed at a place named in the sentence gets its target when the
      // coder places the event.
      return e.target.empty() && !StandsWithoutTarget(e.cameo, e.source.code) &&
             !AimedAtPlaces(e.cameo) && !StandsAsStatement(e);
    }));
  }
  bool other = std::any_of(out.begin(), out.end(), [&](const Event& e) { return !IsSay(e); });
  // Of two events between the same actors in the same root family, the more specific code
  // stays ("planned drills" 0312 over the generic 030); two specific ones are two acts
  // ("condemned the decision and summoned the envoy": 111 and 114).
  // (A code ending in 0 is its family's "not specified": "refused to attend talks" 125
  // over "refused" 120.)
  // (Finer only within its own family: "detained Suu Kyi and declared a state of
  // emergency" are an arrest, 173, and an emergency, 1724, not one act coded twice.)
  auto finer = [](const std::string& a, const std::string& b) {
    if (a.size() > b.size()) {
      std::string_view family(b);
      if (family.size() == 3 && family.back() == '0') family.remove_suffix(1);
      return std::string_view(a).substr(0, family.size()) == family;
    }
    return a.size() == b.size() && a.back() != '0' && b.back() == '0';
  };
  auto shadowed = [&](const Event& e) {
    // "China retaliated against U.S. tariffs by imposing duties on American imports": the
    // retaliation is the sanction it is done by (163 here), not also an unspecified
    // coercion. (A retaliation by force keeps its 170 beside the fighting: "retaliated by
    // firing on Pakistani military posts".)
    if (Is(e.cameo, "170") && e.verb_end > e.verb_begin &&
        text.substr(e.verb_begin, std::min<size_t>(8, e.verb_end - e.verb_begin)) == "retaliat") {
      for (const Event& o : out) {
        if (&o != &e && o.source.code == e.source.code && !o.target.empty() && !e.target.empty() &&
            o.target.code.compare(0, 3, e.target.code, 0, 3) == 0 && Is(o.root, "16")) {
          return true;
        }
      }
    }
    // "The Western allies pledged to freeze the assets of Russia's central bank", "agreed to
    // tighten sanctions on Russia": the promise is the act promised, coded as its intent
    // (1312 here), not also as a bare intent to cooperate (030) with whomever the words
    // name, nor as the partners' agreement with each other ("The Netherlands and Japan
    // agreed to restrict exports to China").
    if (Is(e.cameo, "030") && e.modality.empty()) {
      for (const Event& o : out) {
        // (Of cooperation, of sanctions, 131x, or a refusal, 12x: "pledged to keep sanctions
        // on Russia"; "ready to send more troops" to Kosovo is no threat of force, 138,
        // however the verb reads.)
        if (&o != &e && o.source.code == e.source.code && !o.modality.empty() &&
            !Is(o.cameo, "030") &&
            (StartsWith(o.cameo, "03") || StartsWith(o.cameo, "131") ||
             StartsWith(o.cameo, "12"))) {
          return true;
        }
      }
    }
    // "announced that they were leaving ECOWAS": an announcement of the speaker's own act is
    // that act, as a verb of saying's report is (an announcement is no verb of saying: "announced
    // sanctions" is the sanctions).
    if (Is(e.cameo, "010") && e.verb_end > e.verb_begin + 7 &&
        text.substr(e.verb_begin, 7) == "announc") {
      for (const Event& o : out) {
        if (&o != &e && o.source.code == e.source.code && !Is(o.root, "01")) return true;
      }
    }
    for (const Event& o : out) {
      // ("stormed the U.S. embassy ... to protest against U.S. air strikes": one protest, at
      // the embassy's state, coded by its finer code.)
      // (Only at another state: at home, a protest against the government and stones thrown
      // at the police are two acts.)
      const bool same_target =
          o.target.code == e.target.code ||
          (Is(e.root, "14") && o.target.code.size() >= 3 && e.target.code.size() >= 3 &&
           o.target.code.compare(0, 3, e.target.code, 0, 3) == 0 && e.source.code.size() >= 3 &&
           e.target.code.compare(0, 3, e.source.code, 0, 3) != 0);
      if (&o == &e || o.source.code != e.source.code || !same_target || o.root != e.root ||
          o.cameo == e.cameo) {
        continue;
      }
      if (finer(o.cameo, e.cameo)) return true;
    }
    return false;
  };
  // "The Israeli strike on a camp killed 45 Palestinians", "Russian forces shelled Kharkiv,
  // killing civilians": the deaths are what the strike did, one act, coded as the strike.
  // So are those of a crackdown: "police fired live ammunition at protesters, killing at
  // least 13 people" is the violent repression (175).
  // (Hostages taken are no toll: "took 250 people hostage during the attack on Israel" is
  // an abduction beside the attack.)
  auto toll_of_strike = [&](const Event& e) {
    if ((!Is(e.root, "18") && !Is(e.root, "20")) || e.target.empty()) return false;
    if (StartsWith(e.cameo, "181") || StartsWith(e.cameo, "184")) return false;
    return std::any_of(out.begin(), out.end(), [&](const Event& o) {
      // (A strike aimed at a place gets its target only when the event is placed.)
      return (Is(o.root, "19") || Is(o.cameo, "175")) &&
             o.source.code.compare(0, 3, e.source.code, 0, 3) == 0 &&
             (o.target.empty() || o.target.code.compare(0, 3, e.target.code, 0, 3) == 0);
    });
  };
  // Decided for all before any is moved. (In a vector the thread keeps: allocating one for
  // each sentence with events cost more than the decisions. A byte each: a vector<bool>'s bit
  // masks cost more than the rest of the loop.)
  thread_local std::vector<uint8_t> drop;
  drop.resize(out.size());
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
  for (size_t i = kept; i < document.size(); ++i) SentenceEvents::KeepRoom(&document[i]);
  document.resize(kept);
}

bool StandsWithoutTarget(std::string_view cameo, std::string_view source) {
  std::string_view root = cameo.substr(0, 2);
  if (Is(root, "20")) return true;
  if (source.size() >= 6) {
    const std::string_view role = source.substr(3, 3);
    if (Is(role, "CVL") || Is(role, "BUS") || Is(role, "EDU") || Is(role, "MED") ||
        Is(role, "HLH") || Is(role, "LAB") || Is(role, "AGR")) {
      return false;
    }
  }
  // A bare "X said" (010) without an addressee says only that X spoke; comments, denials and
  // admissions (012-019) say something.
  if (Is(cameo, "010")) return false;
  return Is(root, "01") || Is(root, "02") || Is(root, "09") || Is(root, "20");
}

bool AimedAtPlaces(std::string_view cameo) {
  return Is(cameo, "042") || cameo.substr(0, 2) >= "15";
}

}  // namespace dyad::coder
