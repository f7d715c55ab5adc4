// Implied targets: whom an act is aimed at when the text names no object in its place, from the
// story's context (the doer of the act a reaction names, the sides of a mediation, the other
// country of force, the recipient of aid, the other side of the story).
#include "coder/sentence_state.h"

#include <algorithm>

namespace dyad::coder {

namespace {

// The acts a definite noun can name in a reaction ("condemned the attack"): their CAMEO roots,
// as a run of two-digit roots (empty for a noun of any act, "the decision"), and whether the
// noun means the latest such act (a reply to "the accusation" answers the last one made)
// rather than the story's first (its news: "the attack" a later sentence condemns).
struct ActKinds {
  std::string_view roots;
  bool latest = false;
  // "condemned the attack" on an embassy that protesters stormed: a violent protest (145) is
  // an attack too (a peaceful one, 141, is not).
  bool violent_protest = false;
};

ActKinds ActKindsOfNoun(std::string_view noun) {
  // (A court's finding, 116, is "the verdict": "the United States condemned the verdict" is
  // aimed at the court that gave it, not at whoever acted first.)
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
      {"accord", "0506"},       {"accords", "0506"},       {"agreements", "0506"},
      {"ceasefire", "0508"},    {"truce", "0508"},         {"visit", "04"},
      {"trip", "04"},           {"talks", "04"},           {"release", "08"},
      {"test", "15"},           {"tests", "15"},           {"launch", "15"},
      {"drills", "1506"},       {"exercises", "1506"},     {"deployment", "1506"},
      {"mobilisation", "15"},   {"mobilization", "15"},    {"aid", "07"},
      {"protests", "14"},       {"protest", "14"},         {"demonstrations", "14"},
      {"verdict", "11"},        {"verdicts", "11"},        {"conviction", "11"},
      {"convictions", "11"},    {"sentencing", "11"},      {"sentence", "11"},
      {"sentences", "11"},      {"ruling", "11"},          {"rulings", "11"},
      {"judgment", "11"},       {"judgement", "11"},
  };
  // Nouns of unrest, of which a violent protest can be the act (ActKinds::violent_protest).
  static constexpr std::pair<std::string_view, std::string_view> kUnrest[] = {
      {"violence", "18192017"},
      {"storming", "1819"},
      {"riots", "1418"},
      {"riot", "1418"},
  };
  static constexpr std::pair<std::string_view, std::string_view> kReplies[] = {
      {"accusation", "1101"},  {"accusations", "1101"}, {"allegation", "1101"},
      {"allegations", "1101"}, {"charges", "1101"},     {"criticism", "1101"},
      {"threat", "13"},        {"threats", "13"},       {"ultimatum", "13"},
      {"veto", "12"},          {"rejection", "12"},     {"refusal", "12"},
      {"charge", "1101"},
  };
  for (const auto& [word, roots] : kEvents) {
    if (word == noun) {
      const bool violent = word == "attack" || word == "attacks" || word == "assault";
      return {roots, false, violent};
    }
  }
  for (const auto& [word, roots] : kUnrest) {
    if (word == noun) return {roots, false, word != "riot" && word != "riots"};
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

}  // namespace

// A country the text implies but does not name at this point ("The deal was brokered by
// Qatar": the two sides): its words are the verb's at token `at`.
Ref SentenceState::ImpliedCountry(const std::string& code, uint32_t at) const {
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
void SentenceState::TargetNamedInContext(const Match& m, int src, const std::vector<Ref>& sources,
                          std::vector<Ref>& targets) const {
  const VerbPattern& p = *m.pattern;
  const bool verbal = p.verbal;
  // "Kenya accused Somalia of meddling, an accusation Mogadishu denied": a denial or a
  // rejection of the charge the clause before makes answers its accuser.
  if (verbal && targets.empty() && src >= 0 &&
      (StartsWith(p.code, "016") || StartsWith(p.code, "12")) && mentions[src].b >= 3) {
    uint32_t noun = mentions[src].b - 1;
    if (ActKindsOfNoun(norm[noun]).latest && HasClass(cls[noun - 1], kDet) &&
        HasClass(cls[noun - 2], kComma)) {
      for (const PastAct* it = sentence_acts.end(); it != sentence_acts.begin();) {
        --it;
        if (it->root[0] != '1' || it->root[1] != '1') continue;
        if (CodeOf(it->source, doc_date) == CodeOf(sources[0], doc_date)) break;
        Ref r = it->source;
        r.begin = toks[noun]->begin;
        r.end = toks[noun]->end;
        targets.push_back(r);
        return;
      }
    }
  }
  // "Soldiers surrounded the palace in what Arce called an attempted coup": what the speaker of
  // an "in what" clause calls the act is said of its doer, the sentence's act before it (else
  // the sentence's subject).
  if (targets.empty() && m.target < 0 && verbal && StartsWith(p.code, "11") && src >= 0 &&
      mentions[src].b >= 3 && Is(norm[mentions[src].b - 1], "what") &&
      Is(norm[mentions[src].b - 2], "in")) {
    const std::string speaker = CodeOf(sources[0], doc_date);
    for (auto it = sentence_acts.rbegin(); it != sentence_acts.rend(); ++it) {
      if (CodeOf(it->source, doc_date) == speaker) continue;
      targets.push_back(it->source);
      return;
    }
    const int subject = MainSubject(src);
    if (subject >= 0 && mentions[subject].e + 2 < mentions[src].b &&
        mentions[subject].kind == Mention::Kind::kActor &&
        CodeOf(mentions[subject].ref, doc_date) != speaker) {
      targets.push_back(mentions[subject].ref);
      return;
    }
  }
  // "ECOWAS condemned what it called a military coup": what a reaction's object clause calls
  // an act the story told of ("detained the president") is said of that act's doer.
  if (targets.empty() && m.target < 0 && verbal && StartsWith(p.code, "11") && src >= 0 &&
      mentions[src].b >= 2 && Is(norm[mentions[src].b - 1], "what") && !pos.empty() &&
      text::IsVerb(pos[mentions[src].b - 2]) && m.e > m.anchor) {
    const ActKinds kinds = ActKindsOfNoun(norm[m.e - 1]);
    const std::string speaker = CodeOf(sources[0], doc_date);
    for (auto it = past_acts.rbegin(); !kinds.roots.empty() && it != past_acts.rend(); ++it) {
      if (!RootIn(std::string_view(it->root, 2), kinds.roots)) continue;
      if (CodeOf(it->source, doc_date).compare(0, 3, speaker, 0, 3) == 0) continue;
      Ref r = it->source;
      r.begin = toks[m.e - 1]->begin;
      r.end = toks[m.e - 1]->end;
      targets.push_back(r);
      return;
    }
  }
  // "The soldiers closed the country's borders", "the junta closed its borders": a closure of
  // one's own borders (or airspace, ports) is a restriction on one's own country.
  if (targets.empty() && m.target < 0 && verbal && StartsWith(p.code, "191")) {
    for (uint32_t q = m.anchor + 2; q < m.e && q < size(); ++q) {
      const std::string_view what = norm[q];
      if (!(what == "border" || what == "borders" || what == "airspace" || what == "ports")) {
        continue;
      }
      const std::string_view owner = norm[q - 1];
      const bool own =
          owner == "its" || owner == "their" ||
          (owner == "'s" && q >= 2 && (Is(norm[q - 2], "country") || Is(norm[q - 2], "nation")));
      const std::string home = CodeOf(sources[0], doc_date).substr(0, 3);
      if (own && home.size() == 3 && lex.CountryEntry(home) >= 0) {
        Ref r;
        r.code = home;
        r.country = true;
        uint32_t first = owner == "'s" ? q - 2 : q - 1;
        if (owner == "'s" && first > 0 && HasClass(cls[first - 1], kDet)) --first;
        r.begin = toks[first]->begin;
        r.end = toks[q]->end;
        targets.push_back(r);
      }
      break;
    }
  }
  // "condemned what they called a coup against Morales": whom a coup is against is its victim;
  // its makers, whom the words do not name, are of the victim's country.
  if (verbal && StartsWith(p.code, "11") && targets.size() == 1 && m.target < 0) {
    for (uint32_t q = m.anchor + 3; q < size() && q < m.anchor + 9; ++q) {
      if (toks[q]->begin != targets[0].begin) continue;
      if (Is(norm[q - 1], "against") &&
          (Is(norm[q - 2], "coup") || Is(norm[q - 2], "putsch") || Is(norm[q - 2], "attempt"))) {
        const std::string victim = CodeOf(targets[0], doc_date);
        if (victim.size() > 3) {
          targets[0].person = -1;
          targets[0].code = victim.substr(0, 3);
          targets[0].agent.clear();
          targets[0].personlike = false;
          targets[0].titled = false;
          targets[0].country = true;
        }
      }
      break;
    }
  }
  // "France condemned the attack on Ukraine": the country after "on" is the one attacked, and a
  // reaction to the attack is aimed at its doer, the story's latest act of force on that
  // country. (With none coded, the words stand.)
  if (verbal && IsReaction(p.code) && targets.size() == 1 && m.anchor + 4 < size() &&
      Is(norm[m.anchor + 1], "the")) {
    uint32_t noun = m.anchor + 2;
    if (!pos.empty() && pos[noun] == text::Pos::kJJ && noun + 3 < size()) ++noun;
    const ActKinds kinds = ActKindsOfNoun(norm[noun]);
    uint32_t victim = noun + 2;
    if (victim < size() && Is(norm[victim], "the")) ++victim;
    if (RootIn("18", kinds.roots) && (Is(norm[noun + 1], "on") || Is(norm[noun + 1], "against")) &&
        victim < size() && mention_at[victim] >= 0 &&
        targets[0].begin == toks[mentions[mention_at[victim]].b]->begin) {
      const std::string attacked = CodeOf(targets[0], doc_date).substr(0, 3);
      const std::string source_country = CodeOf(sources[0], doc_date).substr(0, 3);
      for (auto it = past_acts.rbegin(); it != past_acts.rend(); ++it) {
        if (!it->has_target || !(it->root[0] == '1' && it->root[1] >= '8') ||
            CodeOf(it->target, doc_date).compare(0, 3, attacked) != 0) {
          continue;
        }
        const std::string doer = CodeOf(it->source, doc_date);
        if (doer.size() < 3 || doer.compare(0, 3, attacked) == 0 ||
            doer.compare(0, 3, source_country) == 0) {
          break;
        }
        Ref r = it->source;
        r.begin = targets[0].begin;
        r.end = targets[0].end;
        targets[0] = r;
        return;
      }
    }
  }
  // "Russia condemned the strike", "Blinken welcomed the agreement": a reaction to an event
  // named by a definite noun is aimed at who did that event, the last actor that acted.
  // ("said the talks were frank" reports a clause, not a reaction to the talks.)
  // (A verb of saying in a longer pattern is a judgement: "called the veto disastrous".)
  // ("was outraged by the strikes", "angered at the killing": the event after the pattern's
  // words.)
  uint32_t det = m.anchor + 1;
  if (det < size() && !Is(norm[det], "the") && m.e > m.anchor + 1 && m.e + 1 < size() &&
      (Is(norm[m.e], "by") || Is(norm[m.e], "at") || Is(norm[m.e], "over")) &&
      Is(norm[m.e + 1], "the")) {
    det = m.e + 1;
  }
  // ("The agreement was welcomed by the United States": a passive reaction's subject names the
  // act.)
  if (det < size() && !Is(norm[det], "the") && verbal && m.anchor >= 3) {
    uint32_t q = m.anchor - 1;
    while (q > 0 && HasClass(cls[q], kAdverb)) --q;
    if ((Is(norm[q], "was") || Is(norm[q], "were")) && q >= 2 && mention_at[q - 1] < 0) {
      uint32_t d = q - 1;
      while (d > 0 && d + 3 > q && !Is(norm[d], "the")) --d;
      if (Is(norm[d], "the")) det = d;
    }
  }
  // ("voted against the resolution": the noun right after a pattern that ends in a
  // preposition. Not a claim's: "claimed responsibility for the attack" is aimed at no one.)
  if (det < size() && !Is(norm[det], "the") && m.e > m.anchor + 1 && m.e < size() &&
      !StartsWith(p.code, "01") && !StartsWith(p.code, "02") && HasClass(cls[m.e - 1], kPrep) &&
      Is(norm[m.e], "the")) {
    det = m.e;
  }
  // (So is force that answers an attack: "repelled the assault", "beat back the offensive".)
  static constexpr std::string_view kAttacks[] = {"attack", "attacks",   "assault", "offensive",
                                                  "raid",   "incursion", "advance", "ambush"};
  const bool answers = StartsWith(p.code, "19") && p.items.size() > 1 && det + 1 < size() &&
                       IsOneOf(norm[det + 1], kAttacks);
  if (targets.empty() && verbal && m.target < 0 && (IsReaction(p.code) || answers) &&
      !Is(p.code, "057") && !(sources.size() >= 2 && IsMutual(p.code)) &&
      (!HasClass(cls[m.anchor], kSay) || p.items.size() > 1) && det < size() &&
      Is(norm[det], "the") &&
      (have_last_actor || !past_acts.empty() || sentence_acts.begin() != sentence_acts.end() ||
       !named_organisations.empty())) {
    const std::string src_code = CodeOf(sources[0], doc_date);
    const std::string src_country = src_code.substr(0, 3);
    // Whom a reaction can be aimed at: another country's actor; or, for criticism by the
    // legislature or the opposition ("McConnell criticised the climate deal"), its own
    // government.
    // (Or, for a state actor's reaction, insurgents or protesters of its own country: "Carrie
    // Lam condemned the protests" is aimed at Hong Kong's protesters, now that a later
    // sentence's "the protesters" are the story's own; with them not aimable the reaction
    // fell through to the other side of the story, mainland China.)
    const std::string_view src_role = RoleOf(src_code);
    const bool state_src =
        Is(src_role, "GOV") || Is(src_role, "MIL") || Is(src_role, "COP") || Is(src_role, "JUD");
    auto aimable = [&](const Ref& actor) {
      const std::string c = CodeOf(actor, doc_date);
      if (c.compare(0, 3, src_country) != 0) return true;
      // (Protesters are their country's people, CVL: a state reacting to what its own
      // people did is reacting to them.)
      if (state_src && (IsInsurgent(c) || Is(RoleOf(c), "CVL"))) return true;
      // (Or praise or rejection of it: "Le Pen welcomed the decision" of her president.)
      return (StartsWith(p.code, "11") || StartsWith(p.code, "05") || StartsWith(p.code, "12")) &&
             c.size() == 6 && c.compare(3, 3, "GOV") == 0 && src_code.size() == 6 &&
             (src_code.compare(3, 3, "LEG") == 0 || src_code.compare(3, 3, "OPP") == 0);
    };
    // An act the noun names ("the attack", "the storming") may be one of the source's own
    // country's people, rioters or rebels: "Iraq's government condemned the attack" on the
    // Swedish embassy by Iraqi protesters, "Bolsonaro condemned the violence" of his
    // supporters. Only criticism of a private or armed doer other than the source.
    auto aimable_named = [&](const Ref& actor) {
      if (aimable(actor)) return true;
      const std::string c = CodeOf(actor, doc_date);
      // (A court's ruling is the court's, whoever at home welcomes or decries it: "the
      // opposition leader welcomed the ruling".)
      if (Is(RoleOf(c), "JUD") && !Is(src_role, "JUD")) return true;
      if (!StartsWith(p.code, "11")) return false;
      if (c.size() != 6 || c == src_code) return false;
      const std::string_view role = std::string_view(c).substr(3, 3);
      return role == "CVL" || role == "REB" || role == "CRM" || role == "OPP";
    };
    // The event the noun names: the latest act coded with a word of the same stem ("the
    // test" / "tested", "the deployment" / "deployed"); else the last act of all.
    const Ref* who = &last_actor;
    const PastAct* who_act = nullptr;  // the act the noun names, when found
    uint32_t noun = det + 1;
    // The head noun of "the (adjective) noun": stop before a complement ("the veto
    // disastrous") or a preposition.
    while (noun + 1 < size() && noun < det + 3 && !IsGapBarrier(noun + 1) &&
           !HasClass(cls[noun + 1], kPrep) && mention_at[noun + 1] < 0 &&
           !(IsNominalWord(noun) && !IsNominalWord(noun + 1))) {
      ++noun;
    }
    bool named = false;
    // "A court jailed two activists, and Amnesty condemned the verdict": an act of the noun's
    // kind (a court's, for a verdict) earlier in the sentence is the one meant.
    if (noun < size()) {
      const ActKinds same = ActKindsOfNoun(norm[noun]);
      const std::string_view stem =
          norm[noun].size() >= 4 ? norm[noun].substr(0, 4) : std::string_view();
      for (const PastAct* it = sentence_acts.end(); !named && it != sentence_acts.begin();) {
        --it;
        const bool kind =
            RootIn(std::string_view(it->root, 2), same.roots) ||
            (RootIn("11", same.roots) && Is(RoleOf(CodeOf(it->source, doc_date)), "JUD"));
        if ((kind || it->HasStem(stem)) && aimable_named(it->source)) {
          who = &it->source;
          who_act = it;
          named = true;
        }
      }
    }
    if (!named && noun < size() && norm[noun].size() >= 4) {
      const std::string_view stem = norm[noun].substr(0, 4);
      // (A comment that names the act is not it: "blamed Russia for the attack" is no attack
      // of Britain's, but tells who did it, the accused. Unless the noun names a comment: "the
      // accusations".)
      const ActKinds noun_kinds = ActKindsOfNoun(norm[noun]);
      for (auto it = past_acts.rbegin(); it != past_acts.rend(); ++it) {
        if (it->comment && !noun_kinds.roots.empty() &&
            !RootIn(std::string_view(it->root, 2), noun_kinds.roots)) {
          if (it->HasStem(stem) && it->root[0] == '1' && it->root[1] == '1' && it->has_target &&
              aimable_named(it->target)) {
            who = &it->target;
            who_act = &*it;
            named = true;
            break;
          }
          continue;
        }
        if (it->HasStem(stem) && aimable_named(it->source)) {
          who = &it->source;
          who_act = &*it;
          named = true;
          break;
        }
      }
    }
    // "The ICJ said Israel's occupation was unlawful ... The Palestinian Authority welcomed the
    // ruling": what an organisation issues (a resolution, a report, a ruling, a warrant) is
    // the latest organisation's the story named, whether or not its act was coded.
    static constexpr std::string_view kIssued[] = {
        "resolution", "resolutions", "report",  "ruling",  "rulings",  "verdict",
        "judgment",   "judgement",   "opinion", "warrant", "warrants", "findings"};
    if (!named && noun < size() && !named_organisations.empty() && IsOneOf(norm[noun], kIssued) &&
        aimable(named_organisations.back().ref)) {
      who = &named_organisations.back().ref;
      named = true;
    }
    // Else the first act of a kind the noun names ("the attack": force; "the accusation":
    // a complaint), else the first act of all ("the decision"): a reaction in a news story
    // is mostly to its news, the act its lead reports.
    const ActKinds kinds = noun < size() ? ActKindsOfNoun(norm[noun]) : ActKinds{};
    const bool issued = noun < size() && IsOneOf(norm[noun], kIssued);
    // ("said the price rise was unacceptable": a statement judges only an act its noun names,
    // not the story's first act.)
    if (!named && kinds.roots.empty() && HasClass(cls[m.anchor], kSay)) return;
    for (int pass = kinds.roots.empty() ? 1 : 0; !named && pass < 2; ++pass) {
      const bool latest = pass == 0 && kinds.latest;
      for (size_t i = 0; i < past_acts.size(); ++i) {
        const PastAct& act = past_acts[latest ? past_acts.size() - 1 - i : i];
        // ("Al Shabaab claimed responsibility for the attack": who claims an attack the
        // story has not coded with its doer is who did it.)
        // (Praise is no deal: "The United Nations welcomed the deal. Bennett criticised the
        // agreement" criticises its parties, not the United Nations.)
        const bool praise = StartsWith(act.code, "051");
        const bool kind_named =
            pass == 0 && !praise &&
            (RootIn(std::string_view(act.root, 2), kinds.roots) ||
             (kinds.violent_protest && StartsWith(act.code, "145")) ||
             (StartsWith(act.code, "015") && !act.has_target && RootIn("18", kinds.roots)));
        // (A ruling, verdict or judgment is a court's, whatever its act was coded as: "the
        // court ordered the president to appear ... the opposition welcomed the ruling".)
        const bool courts =
            issued && Is(RoleOf(CodeOf(act.source, doc_date)), "JUD") && aimable_named(act.source);
        if ((kind_named ? aimable_named(act.source)
                        : pass == 1 && ((!act.comment && aimable(act.source)) || courts))) {
          who = &act.source;
          who_act = &act;
          named = true;
          break;
        }
      }
    }
    // (With no act named and no earlier actor there is no one: `last_actor` is unset.)
    const std::string who_code = named || have_last_actor ? CodeOf(*who, doc_date) : "";
    if (!who_code.empty() && (named ? aimable_named(*who) : aimable(*who))) {
      Ref r = *who;
      r.begin = toks[det]->begin;
      r.end = toks[std::min<uint32_t>(noun, size() - 1)]->end;
      targets.push_back(r);
      // "The United States, Britain and France launched missile strikes on Syria ... Russia
      // condemned the strikes": an act a compound did is each doer's, and a reaction to it
      // is aimed at them all, not at the last one named. (Its acts stand side by side in the
      // story: one code, one target, one date. Only acts of force or coercion: a reply to an
      // accusation answers its accuser.)
      if (who_act && !IsMutual(who_act->code) && who_act->root[0] >= '1' &&
          (who_act->root[0] > '1' || who_act->root[1] >= '5')) {
        const PastAct* first = past_acts.begin();
        const PastAct* last = past_acts.end();
        auto co_doer = [&](const PastAct* a) {
          return a->code == who_act->code && a->has_target == who_act->has_target &&
                 a->date.Compare(who_act->date) == 0 &&
                 (!a->has_target ||
                  CodeOf(a->target, doc_date) == CodeOf(who_act->target, doc_date));
        };
        const PastAct* lo = who_act;
        while (lo > first && co_doer(lo - 1)) --lo;
        const PastAct* hi = who_act + 1;
        while (hi < last && co_doer(hi)) ++hi;
        for (const PastAct* a = lo; a < hi; ++a) {
          if (a == who_act) continue;
          const std::string c = CodeOf(a->source, doc_date);
          // (Members of other countries: "Putin ordered the mobilisation to reinforce
          // Russian troops" is Russia's one act, not a compound's.)
          if (c.compare(0, 3, who_code, 0, 3) == 0 || !aimable_named(a->source) ||
              std::any_of(targets.begin(), targets.end(),
                          [&](const Ref& t) { return CodeOf(t, doc_date) == c; })) {
            continue;
          }
          Ref co = a->source;
          co.begin = r.begin;
          co.end = r.end;
          targets.push_back(co);
        }
      }
      // "Guterres welcomed the agreement": an act two sides did together (an agreement,
      // talks, a truce) is both sides', welcomed. (Criticised, it is aimed at whom the
      // critic blames: "McConnell criticised the climate deal" of his own president.)
      // (Or one the story coded both ways: "Saudi Arabia and Iran agreed to restore
      // relations", each agreeing with the other.)
      auto both_ways = [&](const PastAct& a) {
        if (IsMutual(a.code)) return true;
        const std::string& s = CodeOf(a.source, doc_date);
        const std::string& t = CodeOf(a.target, doc_date);
        return std::any_of(past_acts.begin(), past_acts.end(), [&](const PastAct& o) {
          return o.has_target && o.code == a.code && CodeOf(o.source, doc_date) == t &&
                 CodeOf(o.target, doc_date) == s;
        });
      };
      if (who_act && StartsWith(p.code, "05") && who_act->has_target && both_ways(*who_act) &&
          aimable(who_act->target) &&
          CodeOf(who_act->target, doc_date) != CodeOf(who_act->source, doc_date)) {
        Ref other = who_act->target;
        other.begin = r.begin;
        other.end = r.end;
        targets.push_back(other);
      }
    }
  }
  // "demanded his removal", "called for their release": a possessive pronoun inside the
  // act's own words is whom it is aimed at. (Not in force: "since Turkey launched its
  // offensive" is the one who launched it.)
  const bool force = p.code.compare(0, 2, "15") >= 0;
  for (uint32_t q = m.anchor + 1; !force && targets.empty() && q < m.e && !pos.empty(); ++q) {
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
  // "The African Union condemned the coup in Niger", "criticised the crackdown in Georgia":
  // a seizure of power or a crackdown is done at home, by the country's soldiers or its
  // government, whether or not the story has told of it before.
  if (targets.empty() && verbal && m.target < 0 && IsReaction(p.code) && m.anchor + 4 < size() &&
      Is(norm[m.anchor + 1], "the")) {
    uint32_t noun = m.anchor + 2;
    if (Is(norm[noun], "military") || Is(norm[noun], "violent") || Is(norm[noun], "brutal")) {
      ++noun;
    }
    static constexpr std::string_view kByTheArmy[] = {"coup", "putsch", "takeover", "junta"};
    static constexpr std::string_view kByTheState[] = {"crackdown", "repression"};
    const bool army = IsOneOf(norm[noun], kByTheArmy);
    if ((army || IsOneOf(norm[noun], kByTheState)) && noun + 2 < size() &&
        Is(norm[noun + 1], "in") && mention_at[noun + 2] >= 0) {
      const Mention& place = mentions[mention_at[noun + 2]];
      const std::string& c = CodeOf(place.ref, doc_date);
      if (place.b == noun + 2 && place.kind == Mention::Kind::kActor && place.ref.person < 0 &&
          (place.ref.country || place.ref.capital) && c.size() == 3 &&
          CodeOf(sources[0], doc_date).compare(0, 3, c) != 0) {
        Ref r = place.ref;
        r.code = c + (army ? "MIL" : "GOV");
        r.country = false;
        r.capital = false;
        r.begin = toks[m.anchor + 1]->begin;
        r.end = toks[noun + 2]->end;
        targets.push_back(std::move(r));
      }
    }
  }
  // "Thousands rallied outside the French embassy in Niamey": a protest at another state's
  // embassy or consulate is aimed at that state, not at the protesters' own government.
  if (targets.empty() && verbal && m.target < 0 && StartsWith(p.code, "14")) {
    for (uint32_t q = m.anchor + 1; q < size() && q < m.e + 4; ++q) {
      if (IsGapBarrier(q)) break;
      const int mk = mention_at[q];
      if (mk < 0) continue;
      const Mention& building = mentions[mk];
      if (building.kind == Mention::Kind::kActor && building.e > building.b &&
          (Is(norm[building.e - 1], "embassy") || Is(norm[building.e - 1], "consulate"))) {
        const std::string c = CodeOf(building.ref, doc_date);
        if (c.size() >= 3 && c.compare(0, 3, CodeOf(sources[0], doc_date), 0, 3) != 0) {
          targets.push_back(building.ref);
        }
      }
      break;
    }
  }
}

// "Vietnam, which hosted the summit", "the ceremony, which was hosted by Cuba's president":
// hosting a meeting the story has told of, with no guest named, hosts the two who met (the
// latest meeting or signing of two actors). Null when the host names no meeting.
const SentenceState::PastAct* SentenceState::HostedMeeting(const Match& m) const {
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

// The actor mention nearest the verb of `m`, other than the source `src`, for which
// `fits(mention, its code)`; -1 when none does.
template <typename Fits>
int SentenceState::NearestActor(const Match& m, int src, Fits fits) const {
  int best = -1;
  uint32_t best_dist = 0;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& o = mentions[k];
    if (o.kind != Mention::Kind::kActor || static_cast<int>(k) == src) continue;
    // ("ECOWAS, the West African bloc, threatened": the source's appositive is the source.)
    if (src >= 0 && o.b == mentions[src].e + 1 && HasClass(cls[mentions[src].e], kComma) &&
        o.e < size() && (HasClass(cls[o.e], kComma) || mention_at[o.e] < 0) && o.b < m.anchor) {
      uint32_t close = o.e;
      while (close < size() && close < o.e + 3 && !HasClass(cls[close], kComma)) ++close;
      if (close < size() && HasClass(cls[close], kComma) && close < m.anchor) continue;
    }
    // ("fired tear gas at supporters of Morales": not at Morales.)
    if (ObjectNamesOthersOf(o) || !fits(o, CodeOf(o.ref, doc_date))) continue;
    const uint32_t dist = o.b > m.anchor ? o.b - m.anchor : m.anchor - o.e + 1;
    if (best < 0 || dist < best_dist) {
      best = static_cast<int>(k);
      best_dist = dist;
    }
  }
  return best;
}

// Whether a verb's pattern is followed by an object that names someone the dictionaries do
// not know ("are fighting terrorists", "killed four suspected assassins"): the force is
// aimed at them, not at the story's other side. (Things are whose the story says: "accused
// the boats of entering" accuses their country.)
bool SentenceState::NamesOtherObject(const Match& m, bool bodies_only) const {
  if (!m.pattern->verbal || pos.empty() || m.e != m.anchor + 1) return false;
  uint32_t q = m.e;
  // (Past the nouns of a compound: "accused aid agencies of exaggerating".)
  while (q < size() && (HasClass(cls[q], kDet) || pos[q] == text::Pos::kCD ||
                        pos[q] == text::Pos::kJJ || pos[q] == text::Pos::kVBN ||
                        ((pos[q] == text::Pos::kNN || pos[q] == text::Pos::kNNS) &&
                         q + 1 < size() && mention_at[q] < 0 && pos[q + 1] == text::Pos::kNNS))) {
    ++q;
  }
  if (!(q < size() && mention_at[q] < 0 && pos[q] == text::Pos::kNNS &&
        !(toks[q]->flags & text::kCapitalized))) {
    return false;
  }
  // (An accusation or criticism of bodies and people who answer for themselves, not for a
  // country: "accused aid agencies of exaggerating", "criticised rights groups". Things
  // are still their country's: "accused the boats of entering".)
  static constexpr std::string_view kBodies[] = {
      "agencies",  "groups",  "organisations", "organizations", "charities",
      "companies", "firms",   "outlets",       "journalists",   "activists",
      "critics",   "lawyers", "ngos",          "workers",       "traders"};
  return !bodies_only || IsOneOf(norm[q], kBodies);
}

// The target of an act the text leaves implied: the sides of a mediation, the other country
// of force, the home of a curfew, the other side of the story, the recipient of aid.
void SentenceState::ImpliedTargets(const Match& m, int src, const std::vector<Ref>& sources,
                                   std::vector<Ref>& targets, bool promised_force) const {
  const VerbPattern& p = *m.pattern;
  // "offered to mediate between the Gulf neighbours", "the deal was brokered by Qatar":
  // mediation is between the two sides the story is about, its last pair of actors.
  if (targets.empty() && (Is(p.code, "045") || Is(p.code, "039")) && m.target < 0) {
    // ("Libya's rival factions signed a ceasefire after U.N.-mediated talks": the two the
    // sentence names together come first.)
    std::vector<Ref> here;
    bool named_between = false;  // the two named right after "between": the sides, whatever
                                 // the story coded before
    // ("Egypt and Saudi Arabia offered to mediate between the warring parties": the pair
    // named after "between", not the compound that offers.)
    for (size_t k = 0; k < mentions.size() && here.empty(); ++k) {
      const Mention& o = mentions[k];
      if (o.kind == Mention::Kind::kPair && o.b > 0 && Is(norm[o.b - 1], "between") &&
          o.referents.size() >= 2) {
        here = o.referents;
      }
    }
    // ("Egypt and Qatar resumed mediation between Israel and Hamas": not the mediators' own
    // compound.)
    auto of_sources = [&](const Ref& r) {
      const std::string c = CodeOf(r, doc_date);
      return std::any_of(sources.begin(), sources.end(), [&](const Ref& s) {
        return CodeOf(s, doc_date).compare(0, 3, c, 0, 3) == 0;
      });
    };
    for (size_t k = 0; k < mentions.size() && here.empty(); ++k) {
      if (static_cast<int>(k) == src || mentions[k].kind != Mention::Kind::kActor) continue;
      std::vector<Ref> group = Group(static_cast<int>(k), false);
      if (group.size() >= 2 && std::none_of(group.begin(), group.end(), of_sources)) {
        here = std::move(group);
        named_between = mentions[k].b > 0 && Is(norm[mentions[k].b - 1], "between");
      }
    }
    const std::vector<Ref>& pair =
        !here.empty() ? here
        : last_group.size() >= 2 && last_group_sentence > last_country_pair_sentence
            ? last_group
            : last_country_pair;
    const std::string src_code = CodeOf(sources[0], doc_date);
    // A mediator is no side: with a compound subject ("Egypt and Qatar are trying to broker
    // a ceasefire") none of the mediators is, not only the first.
    auto mediator = [&](std::string_view country) {
      return std::any_of(sources.begin(), sources.end(), [&](const Ref& s) {
        return CodeOf(s, doc_date).compare(0, 3, country) == 0;
      });
    };
    for (const Ref& r : pair) {
      if (!mediator(CodeOf(r, doc_date).substr(0, 3))) targets.push_back(r);
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
        targets.size() >= 2 &&
        (named_between || std::any_of(targets.begin() + 1, targets.end(), opposed));
    if (!two_sides) {
      targets.clear();
      // Else the sides of the story's latest mediation ("Egypt and Qatar have been mediating
      // between Israel and Hamas. The United States, which also mediates, ..."): the mediation
      // is the same one, whatever pairs the story coded before it.
      const PastAct* sides[2] = {nullptr, nullptr};
      if (LatestMediationSides(sides) &&
          !mediator(std::string_view(CodeOf(sides[0]->target, doc_date)).substr(0, 3)) &&
          !mediator(std::string_view(CodeOf(sides[1]->target, doc_date)).substr(0, 3))) {
        targets.push_back(sides[1]->target);
        targets.push_back(sides[0]->target);
      }
    }
    if (!two_sides && targets.empty()) {
      // Else the two countries the story has coded together most ("Hamas freed three
      // hostages ... The deal was brokered by Qatar").
      const std::pair<std::string, int>* best = nullptr;
      for (const auto& sp : story_pairs) {
        if (!mediator(std::string_view(sp.first).substr(0, 3)) &&
            !mediator(std::string_view(sp.first).substr(3, 3)) &&
            (!best || sp.second > best->second)) {
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
  // (Not a seizure of power or a curfew, 172: those are imposed at home, below.)
  // (A threat of force too: "threatened to launch a ground operation in northern Syria".)
  if (targets.empty() && (p.code.compare(0, 2, "15") >= 0 || StartsWith(p.code, "138")) &&
      !StartsWith(p.code, "172")) {
    const std::string src_country = CodeOf(sources[0], doc_date).substr(0, 3);
    // "Somali forces backed by U.S. air strikes": the force backs those it is said to back.
    static constexpr std::string_view kBacking[] = {"backed",   "supported", "aided",
                                                    "assisted", "helped",    "covered"};
    const Mention* backed = nullptr;
    if (!p.verbal && m.b >= 3) {
      int q = static_cast<int>(m.b) - 1;
      if (mention_ending[q] >= 0) q = static_cast<int>(mentions[mention_ending[q]].b) - 1;
      if (q >= 2 && Is(norm[q], "by") && IsOneOf(norm[q - 1], kBacking) &&
          mention_ending[q - 2] >= 0) {
        backed = &mentions[mention_ending[q - 2]];
      }
    }
    // (Nor at those who back its doer: "Somali forces backed by U.S. air strikes repelled".)
    const Mention* backer = nullptr;
    if (src >= 0) {
      const uint32_t e = mentions[src].e;
      if (e + 2 < size() && IsOneOf(norm[e], kBacking) && Is(norm[e + 1], "by") &&
          mention_at[e + 2] >= 0) {
        backer = &mentions[mention_at[e + 2]];
      }
    }
    const int best = NearestActor(m, src, [&](const Mention& o, const std::string& full) {
      if (&o == backed || &o == backer) return false;
      // ("Rohingya refugees fled to Bangladesh after Myanmar's military launched a
      // crackdown": repression is of one's own people, never of another country named.)
      if (StartsWith(p.code, "175")) return false;
      // The speaker of a report ("Pompeo said Iran had launched an attack") is no target.
      if (IsAttribution(o)) return false;
      // ("fired British Storm Shadow missiles at targets inside Russia": the maker of the
      // weapons fired is not whom they were fired at.)
      if (WeaponOfMaker(o) > 0) return false;
      if (full.size() == 6 && full.compare(3, 3, "ELI") == 0) return false;  // a former tie
      // Whom an arrest names in what the arrested did is not who was arrested: "detained a
      // man suspected of spying for Russia", "people who protested in support of Gaza".
      int at = static_cast<int>(o.b) - 1;
      while (at >= 0 && HasClass(cls[at], kDet)) --at;
      // Nor, for any act, whom a reduced relative after its object names: "executed four
      // men convicted of spying for Israel" executes no Israeli.
      if (!pos.empty() && o.b > m.e) {
        for (uint32_t q = m.e; q + 1 < o.b; ++q) {
          if (pos[q] == text::Pos::kVBN && q > 0 &&
              (pos[q - 1] == text::Pos::kNNS || pos[q - 1] == text::Pos::kNN) &&
              Is(norm[q + 1], "of")) {
            return false;
          }
        }
      }
      if (StartsWith(p.code, "173") && at >= 0) {
        const std::string_view before = norm[at];
        if (before == "for" || before == "of" || before == "to" || before == "with" ||
            before == "against" || before == "from") {
          return false;
        }
      }
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
        if (o.kind != Mention::Kind::kActor || static_cast<int>(k) == src || o.b <= m.anchor ||
            IsAttribution(o)) {
          continue;
        }
        const std::string c = CodeOf(o.ref, doc_date);
        // ("fired tear gas at supporters of Morales": at the country's people who back him,
        // not at him; nor at a country's allies.)
        if (ObjectNamesOthersOf(o)) {
          if (c.size() >= 3 && !IsOthersOfNoun(norm[o.possessor ? o.e + 1 : o.b - 2]) &&
              c.compare(0, 3, src_code, 0, 3) == 0) {
            Ref r = o.ref;
            r.code = c.substr(0, 3) + "CVL";
            r.person = -1;
            if (!o.possessor) r.begin = toks[o.b - 2]->begin;
            targets.push_back(r);
            break;
          }
          continue;
        }
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
        // (And its repression at its own people, protesters and crowds: "Thousands of
        // protesters took to the streets ..., and police used tear gas to disperse them".)
        const std::string_view src_role = RoleOf(src_code);
        const bool own_people = StartsWith(p.code, "17") && Is(RoleOf(c), "CVL") &&
                                (Is(src_role, "COP") || Is(src_role, "MIL") ||
                                 Is(src_role, "GOV") || Is(src_role, "SPY"));
        if (c.size() == 6 && c.compare(0, 3, src_code, 0, 3) == 0 &&
            (IsInsurgent(c) || own_people)) {
          targets.push_back(o.ref);
        }
      }
      // "Haitian gangs attacked the main prison in Port-au-Prince": violence by insurgents or
      // criminals at a place of their own country is aimed at that country.
      if (targets.empty() && (StartsWith(p.code, "18") || StartsWith(p.code, "19")) &&
          (IsInsurgent(src_code) || Is(RoleOf(src_code), "CRM"))) {
        for (size_t k = 0; k < mentions.size(); ++k) {
          const Mention& o = mentions[k];
          if (o.kind != Mention::Kind::kActor || o.b <= m.anchor || !IsLocative(o) ||
              IsAttribution(o)) {
            continue;
          }
          const std::string c = CodeOf(o.ref, doc_date);
          if (c.size() == 3 && c.compare(0, 3, src_code, 0, 3) == 0) {
            targets.push_back(o.ref);
            break;
          }
        }
      }
      // "Lebanon's army said Israeli forces had fired white phosphorus shells at villages in
      // the south": an army or an armed group that reports force by another side, aimed at no
      // one the sentence names, reports force against its own country. (Not a government:
      // "Pompeo said Iran had launched an attack" is no attack on the United States.)
      // The speaker may come after the report, as wire copy mostly has it ("Pakistan violated
      // the ceasefire, the Indian army said"): the loop above no longer takes such a speaker
      // as the target, so without this the force went untargeted and was lost.
      // (Only force used, 18-20: "North Korea fired a ballistic missile into the sea, South
      // Korea's military said" is a show of force the army watched, not one aimed at it.)
      const bool used_force =
          StartsWith(p.code, "18") || StartsWith(p.code, "19") || StartsWith(p.code, "20");
      for (size_t k = 0; used_force && targets.empty() && k < mentions.size(); ++k) {
        const Mention& o = mentions[k];
        if (o.kind != Mention::Kind::kActor || static_cast<int>(k) == src || !IsAttribution(o)) {
          continue;
        }
        // (Not a body of its that watches others' waters: "the British military's maritime
        // agency said" reports attacks on any ship.)
        if (o.e < size() && Is(norm[o.e], "'s")) continue;
        const std::string c = CodeOf(o.ref, doc_date);
        // (A ceasefire broken is reported by the other party, whoever speaks for it: "India
        // said Pakistani troops had violated the ceasefire".)
        const bool party =
            Is(p.code, "196") && (c.size() == 3 || Is(std::string_view(c).substr(3), "GOV"));
        if ((c.size() == 3 || c.size() == 6) && (party || (c.size() == 6 && IsArmed(c))) &&
            c.compare(0, 3, src_code, 0, 3) != 0 && lex.CountryEntry(c.substr(0, 3)) >= 0) {
          Ref r = o.ref;
          r.code = c.substr(0, 3);
          r.person = -1;
          // A government may only report the breach: "Russia and Ukraine agreed to an Easter
          // truce ... The United States said Russian forces had violated the ceasefire". The
          // violator's latest opponent in the story's acts is the party then, when it is not
          // the speaker.
          if (party && !(c.size() == 6 && IsArmed(c))) {
            for (auto it = past_acts.rbegin(); it != past_acts.rend(); ++it) {
              if (!it->has_target) continue;
              const std::string& as = CodeOf(it->source, doc_date);
              const std::string& at = CodeOf(it->target, doc_date);
              if (as.size() < 3 || at.size() < 3) continue;
              const bool from = as.compare(0, 3, src_code, 0, 3) == 0;
              const bool to = at.compare(0, 3, src_code, 0, 3) == 0;
              if (from == to) continue;
              const std::string_view other = std::string_view(from ? at : as).substr(0, 3);
              if (other == r.code) break;  // the speaker is the violator's opponent
              if (lex.CountryEntry(other) < 0) continue;
              // (Where the story named it, else a bare code.)
              if (const Ref* named = CountryRef(other)) {
                r = *named;
              } else {
                r = Ref();
                r.code = std::string(other);
                r.country = true;
              }
              break;
            }
          }
          targets.push_back(r);
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
  // "Russia withdrew its troops from the region": the forces a side pulls back are its own,
  // not whom it retreats from.
  // (Not a force disbanded, 0873: "Buhari disbanded the police unit" is a concession at
  // home.)
  if (Is(p.code, "0874") && m.target < 0 && !targets.empty() &&
      std::all_of(targets.begin(), targets.end(), [&](const Ref& t) {
        return CodeOf(t, doc_date).compare(0, 3, CodeOf(sources[0], doc_date), 0, 3) == 0;
      })) {
    targets.clear();
  }
  // "Separatists surrendered, a day after Azerbaijani forces launched an offensive": a
  // retreat or surrender is to the other side the sentence names (for insurgents, their
  // state's forces), nearest the verb. (Only an armed side surrenders: people fleeing
  // war, or a ruler fleeing his country, yield to no one named; a country that pulls its
  // troops back is an armed side.)
  if (targets.empty() && StartsWith(p.code, "087") &&
      (IsArmed(CodeOf(sources[0], doc_date)) ||
       (Is(p.code, "0874") && CodeOf(sources[0], doc_date).size() == 3 && sources[0].country))) {
    const std::string src_code = CodeOf(sources[0], doc_date);
    const bool insurgent = IsInsurgent(src_code);
    // (Not where they are: "separatists in Nagorno-Karabakh surrendered" surrender to no
    // place.)
    const int best = NearestActor(m, src, [&](const Mention& o, const std::string& c) {
      if (IsLocative(o)) return false;
      const bool same_country = c.compare(0, 3, src_code, 0, 3) == 0;
      return c.size() >= 3 && OfACountry(c) &&
             (insurgent ? same_country && !IsInsurgent(c) : !same_country);
    });
    if (best >= 0) targets.push_back(mentions[best].ref);
  }
  // "Tigrayan forces recaptured Mekelle ... The federal government declared a unilateral
  // ceasefire", "Rebels captured Aleppo ... Government forces withdrew from the city": a
  // de-escalation in a civil war, no one named, is toward the other side of the story's
  // latest fighting at home (the state's toward the insurgents, theirs toward the state).
  if (targets.empty() && StartsWith(p.code, "087") && m.target < 0) {
    const std::string src_code = CodeOf(sources[0], doc_date);
    const std::string_view src_role = RoleOf(src_code);
    const bool insurgent = IsInsurgent(src_code);
    const bool state = Is(src_role, "GOV") || Is(src_role, "MIL");
    for (auto it = past_acts.rbegin(); (insurgent || state) && it != past_acts.rend(); ++it) {
      if (!RootIn(std::string_view(it->root, 2), "181920") || !it->has_target) continue;
      const std::string a = CodeOf(it->source, doc_date);
      const std::string b = CodeOf(it->target, doc_date);
      // (Both sides of the country: not a war between two.)
      if (a.compare(0, 3, src_code, 0, 3) != 0 || b.compare(0, 3, src_code, 0, 3) != 0) {
        continue;
      }
      const Ref* other = nullptr;
      if (IsInsurgent(a) != insurgent && IsInsurgent(b) == insurgent) other = &it->source;
      if (IsInsurgent(b) != insurgent && IsInsurgent(a) == insurgent) other = &it->target;
      if (!other) continue;
      Ref r = *other;
      // (The state's side is its forces or government, not its people: "the RSF attacked
      // Sudan" leaves the army to be named.)
      if (insurgent && !IsArmed(CodeOf(r, doc_date)) && !Is(RoleOf(CodeOf(r, doc_date)), "GOV")) {
        continue;
      }
      r.begin = toks[m.anchor]->begin;
      r.end = toks[m.anchor]->end;
      targets.push_back(r);
      break;
    }
  }
  // "declared a state of emergency", "imposed a nationwide curfew": restrictions with no
  // one named are imposed on the actor's own country. A curfew keeps its people indoors (it
  // is aimed at them); so are an emergency and an internet cut a country is said to impose on
  // itself ("Turkey declared a state of emergency"), its state's act on its people, not
  // nothing. (Not any ban: "China banned crypto transactions" is policy, not repression.)
  // Easing them ("lifted martial law", "eased the curfew", 081x) is the same act undone, on
  // the same people.
  const bool easing = StartsWith(p.code, "081");
  if (targets.empty() && (StartsWith(p.code, "172") || easing)) {
    const std::string src_code = CodeOf(sources[0], doc_date);
    const std::string home = src_code.substr(0, 3);
    // (The restriction an easing undoes: 0813 a curfew, as 1723.)
    const char kind = p.code.size() == 4 ? p.code[3] : '0';
    if (home.size() == 3 && lex.CountryEntry(home) >= 0) {
      Ref r;
      r.code = home;
      r.country = true;
      if (kind == '3' || (src_code.size() == 3 && (kind == '1' || kind == '4'))) {
        r.code.append("CVL");
        r.country = false;
      }
      r.begin = toks[m.anchor]->begin;
      r.end = toks[m.e > m.anchor ? m.e - 1 : m.anchor]->end;
      targets.push_back(r);
    }
  }
  // "Lawmakers voted to impose martial law, at the request of President Poroshenko": who
  // asked the clause's subject.
  if (targets.empty() && m.target < 0 && !p.verbal && m.b >= 3 && Is(norm[m.b], "at") &&
      Is(norm[m.anchor], "request")) {
    // (The subject of the clause it hangs on: "days after Canada arrested a Huawei executive
    // at Washington's request" asked Canada.)
    int subject = -1;
    for (uint32_t v = m.b; v-- > 0 && subject < 0;) {
      if (!IsFiniteVerb(v)) continue;
      bool neg = false, in = false, fut = false, ref = false;
      subject = SubjectBefore(VerbGroupStart(v, &neg, &in, &fut, &ref), true);
      if (subject < 0) break;
    }
    if (subject >= 0 && subject != src) GroupInto(subject, /*backward=*/true, &targets);
  }
  // "The opposition leader called for early elections", "students demanded reforms": an
  // appeal or demand for political change with no one named, by the country's own people or
  // opposition, is made to their government, which alone can grant it.
  if (targets.empty() && m.target < 0 && (StartsWith(p.code, "024") || StartsWith(p.code, "104"))) {
    const std::string src_code = CodeOf(sources[0], doc_date);
    const std::string_view role = RoleOf(src_code);
    if (src_code.size() == 6 && lex.CountryEntry(src_code.substr(0, 3)) >= 0 &&
        (Is(role, "OPP") || Is(role, "CVL") || Is(role, "LAB") || Is(role, "EDU"))) {
      Ref r;
      r.code = src_code.substr(0, 3) + "GOV";
      r.begin = toks[m.anchor]->begin;
      r.end = toks[m.e > m.anchor ? m.e - 1 : m.anchor]->end;
      targets.push_back(std::move(r));
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
  // "Biden vowed to hunt down the attackers", "Kenya would hunt down every person involved in
  // the attack": a threat that names the story's attack is aimed at who did it, the latest
  // force or claim of it by another side. (Before the story's other side, which may be a
  // country named for something else.)
  // (A promise to do it is a threat too: "vowed to hunt down the attackers" is coded 137.)
  if (targets.empty() && m.target < 0 && sources.size() == 1 &&
      (Is(root2, "13") || promised_force)) {
    static constexpr std::string_view kAttackWords[] = {"attack",  "attacks", "attackers",
                                                        "bombing", "bombers", "perpetrators"};
    bool names_attack = false;
    for (uint32_t q = m.anchor + 1; q < size() && !names_attack; ++q) {
      names_attack = IsOneOf(norm[q], kAttackWords);
    }
    if (names_attack) {
      const std::string src_country = src_full.substr(0, 3);
      for (auto it = past_acts.rbegin(); it != past_acts.rend(); ++it) {
        const std::string_view r(it->root, 2);
        const bool force = Is(r, "18") || Is(r, "19") || Is(r, "20") ||
                           (StartsWith(it->code, "015") && !it->has_target);
        if (!force) continue;
        const std::string doer = CodeOf(it->source, doc_date);
        if (doer.compare(0, 3, src_country) == 0 && !IsInsurgent(doer)) continue;
        Ref r2 = it->source;
        r2.begin = toks[m.anchor]->begin;
        r2.end = toks[m.anchor]->end;
        targets.push_back(r2);
        break;
      }
    }
  }
  const std::string_view src_role =
      src_full.size() >= 6 ? std::string_view(src_full).substr(3, 3) : std::string_view();
  const bool state_act = src_role.empty() || Is(src_role, "GOV") || Is(src_role, "MIL") ||
                         Is(src_role, "JUD") || Is(src_role, "COP") || Is(src_role, "SPY") ||
                         Is(src_role, "REB") || Is(src_role, "LEG");
  // (Not force by the police: they fight at home, "Police killed four suspected assassins"
  // kills no foreigner the story named.)
  if (targets.empty() && m.target < 0 && sources.size() == 1 && state_act &&
      !(Is(src_role, "COP") && RootIn(root2, "1819")) &&
      !(RootIn(root2, "181920") && NamesOtherObject(m, false)) &&
      !(RootIn(root2, "11") && NamesOtherObject(m, true)) &&
      // ("said the price rise was unacceptable": a judgement of something no side did.)
      !(RootIn(root2, "11") && HasClass(cls[m.anchor], kSay)) &&
      RootIn(root2, "03081112131516171819") && !StartsWith(p.code, "172") &&
      !StartsWith(p.code, "173")) {
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
      // (But a sanction in a story of sanctions joins them: "G7 leaders agreed to tighten
      // sanctions on Russia ... The United States sanctioned about 300 more targets", "agreed
      // to cut off Russian banks from SWIFT ... Japan said it would join the sanctions" are
      // aimed at Russia, the target of the story's first sanction or threat of one, not at
      // the G7 or the United States.)
      const PastAct& lead = past_acts.front();
      const PastAct* sanction = nullptr;
      if (Is(root2, "16")) {
        for (const PastAct& a : past_acts) {
          if (a.has_target && (StartsWith(a.code, "16") || StartsWith(a.code, "131")) &&
              CodeOf(a.target, doc_date).compare(0, 3, sc) != 0) {
            sanction = &a;
            break;
          }
        }
      }
      Ref r = sanction ? sanction->target : lead.source;
      r.begin = toks[m.anchor]->begin;
      r.end = toks[m.anchor]->end;
      targets.push_back(r);
    }
  }
  // "The United States imposed sanctions on Iran ... Canada and Britain followed with sanctions
  // of their own": partners who sanction side by side with no one named join the story's
  // first sanction, each of them, when it is on none of theirs.
  if (targets.empty() && m.target < 0 && sources.size() >= 2 && state_act && Is(root2, "16")) {
    for (const PastAct& a : past_acts) {
      if (!a.has_target || !(StartsWith(a.code, "16") || StartsWith(a.code, "131"))) continue;
      const std::string tc = CodeOf(a.target, doc_date).substr(0, 3);
      const bool own = std::any_of(sources.begin(), sources.end(), [&](const Ref& r) {
        return CodeOf(r, doc_date).compare(0, 3, tc) == 0;
      });
      if (!own) {
        Ref r = a.target;
        r.begin = toks[m.anchor]->begin;
        r.end = toks[m.anchor]->end;
        targets.push_back(r);
      }
      break;
    }
  }
  // "Japan delivered blankets to flood victims in Pakistan": aid sent to people the coder does
  // not know goes to the country they are in (not to a venue: "pledged aid at a conference in
  // Geneva").
  if (targets.empty() && m.target < 0 && IsAid(p.code)) {
    for (uint32_t q = m.anchor + 1; q < size() && q < m.anchor + 8; ++q) {
      if (HasClass(cls[q], kComma | kClauseBreak | kSubordinator) || IsFullStop(q)) break;
      if (!Is(norm[q], "to")) continue;
      const std::string place = PlaceCountryInClause(q + 1);
      if (!place.empty() && CodeOf(sources[0], doc_date).compare(0, 3, place) != 0) {
        targets.push_back(ImpliedCountry(place, m.anchor));
      }
      break;
    }
  }
  if (targets.empty() && m.target < 0 && IsAid(p.code) && !aid_recipient.empty() &&
      CodeOf(sources[0], doc_date).compare(0, 3, aid_recipient) != 0) {
    targets.push_back(ImpliedCountry(aid_recipient, m.anchor));
  }
}

}  // namespace dyad::coder
