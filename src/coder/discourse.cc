// Discourse: what the story has named so far (its persons, countries, groups and pairs of
// sides), the pronouns and descriptions resolved against it, and the compounds ("China and
// Iran") a mention heads. Kept apart from finding mentions: this is memory across sentences,
// that is reading one.
#include <algorithm>
#include <cctype>
#include <cstring>

#include "coder/sentence_state.h"

namespace dyad::coder {

namespace {

// How many sentences back a pronoun finds its antecedent, when its own sentence names none:
// news refers to a country or an organisation by "it" in the next sentence or the one after,
// and follows a person a little longer ("she said" three sentences on). Further back, the
// "it" of a page is a product, an app, a plan, most often no actor at all (on 711 pages of
// web copy, all 52 events this left out were wrong; no event of the 60 hand-coded wire
// stories needs more).
constexpr int kThingReach = 2;
constexpr int kPersonReach = 3;
// And "they" for the group or the two countries named last.
constexpr int kGroupReach = 3;

// A plural common noun, by its form (the sentence is not tagged when pronouns are resolved):
// "forces", "officials", "police".
bool IsPluralNoun(std::string_view w) {
  static constexpr std::string_view kNotPlural[] = {"this", "thus", "was",  "has",
                                                    "does", "less", "news", "its"};
  if (w == "police" || w == "people") return true;
  return w.size() >= 4 && w.back() == 's' && w[w.size() - 2] != 's' && !IsOneOf(w, kNotPlural);
}

}  // namespace

// An organisation of states that "the bloc" or "the alliance" may stand for. (Not the United
// Nations, nor an agency, a bank or a court: "NATO said the alliance stood with the
// Netherlands" after the chemical weapons watchdog is NATO.)
bool SentenceState::IsBlocCode(std::string_view code) {
  static constexpr std::string_view kNotBlocs[] = {
      "IGOUNO",    "IGOOPW",    "IGOWTO",    "IGOWBK",    "IGOIMF", "IGOICC",    "IGOPCA",
      "IGOIEA",    "IGOBIS",    "IGOFTF",    "IGOCTB",    "IGOITP", "IGOAFRAFB", "IGOASAADB",
      "IGOASAAIB", "IGOEURBRD", "IGOMEAIDB", "IGOLAMIAD", "IGOIPU"};
  return code.size() > 3 && code.compare(0, 3, "IGO") == 0 &&
         std::none_of(std::begin(kNotBlocs), std::end(kNotBlocs),
                      [&](std::string_view c) { return code.compare(0, c.size(), c) == 0; });
}

// Whether the person entry `person` is an organisation with dated roles (the Taliban, the
// RSF), a `group` block of the dictionaries, not a human being.
bool SentenceState::IsOrganisationEntry(int person) const {
  return person >= 0 && lex.actors()[person].group;
}

void SentenceState::Remember(const Ref& r, bool group, Antecedents* latest) {
  // A person's code on the story's date (a reference, valid while `r` is), looked up once for
  // the two uses below.
  const std::string& code = CodeOf(r, doc_date);
  // "the group" stands for an armed, separatist, opposition or radical group.
  if (group && (IsInsurgent(code) || Is(RoleOf(code), "RAD"))) latest->group_actor = &r;
  if (IsBlocCode(code)) latest->bloc = &r;
  if (r.personlike) latest->person = &r;
  if (r.person >= 0 && !IsOrganisationEntry(r.person)) latest->individual = &r;
  if (r.country || (!r.personlike && r.person < 0)) latest->thing = &r;
  // A bare agent given the topic country is no evidence of the topic.
  if (r.inferred_country) return;
  const std::string_view country = std::string_view(code).substr(0, 3);
  if (country.size() != 3 || lex.CountryEntry(country) < 0) return;
  // The country becomes the most recent (it is in the list at most once).
  // (Codes of three letters, compared as such: a comparison of a string with a view of any
  // length is a call of memcmp.)
  auto same_country = [&](const std::string& c) {
    return c.size() == 3 && std::memcmp(c.data(), country.data(), 3) == 0;
  };
  auto named = std::find_if(recent_countries.begin(), recent_countries.end(), same_country);
  if (named == recent_countries.end()) {
    // (Room for a story's countries, made once: grown a country at a time, the list moved
    // its strings at each doubling.)
    if (recent_countries.capacity() == 0) recent_countries.reserve(8);
    recent_countries.emplace_back(country);
  } else {
    std::rotate(named, named + 1, recent_countries.end());
  }
  auto it = std::find_if(named_countries.begin(), named_countries.end(),
                         [&](const NamedCountry& c) { return same_country(c.ref.code); });
  const bool role = r.region || IsDomesticRole(RoleOf(code));
  if (it != named_countries.end()) {
    ++it->count;
    it->roles += role;
    it->shared += r.shared_name;
    it->sentence = sentence_number;
    return;
  }
  // A country first named: its Ref, for the pronouns that stand for it.
  if (named_countries.capacity() == 0) named_countries.reserve(8);
  NamedCountry& named_first = named_countries.emplace_back();
  named_first.count = 1;
  named_first.roles = role;
  named_first.shared = r.shared_name;
  named_first.sentence = sentence_number;
  named_first.first_sentence = sentence_number;
  Ref& cr = named_first.ref;
  cr.code = country;
  cr.country = true;
  cr.begin = r.begin;
  cr.end = r.end;
}

// The Ref of a country the story has named (as named first), or nullptr. (A story names a
// few countries: a look through them costs less than hashing.)
const Ref* SentenceState::CountryRef(std::string_view code) const {
  for (const NamedCountry& c : named_countries) {
    if (c.ref.code == code) return &c.ref;
  }
  return nullptr;
}

// Verbs that report what their subject says it will do, beside "said" and "told": "Dublin
// announced it would recognise", "Moscow warned it would respond". (A past form, "it": a
// present one, "announces it", is no less the speaker's.)
bool SentenceState::IsReportingVerb(std::string_view w) {
  static constexpr std::string_view kReporting[] = {
      "announced", "announces",  "declared",   "declares",  "stated",    "insisted",
      "insists",   "confirmed",  "confirms",   "warned",    "warns",     "vowed",
      "vows",      "pledged",    "pledges",    "promised",  "promises",  "threatened",
      "threatens", "signalled",  "signaled",   "indicated", "indicates", "stressed",
      "stresses",  "reiterated", "reiterates", "argued",    "argues",    "acknowledged",
      "admitted",  "maintained", "maintains",  "replied",   "responded"};
  return IsOneOf(w, kReporting);
}

// The last word of the subject of a verb of saying right before the pronoun at `b` ("Ukraine
// said it", "Kurdish-led forces said that they"): -1 when the verb has no word before it,
// -2 when no such verb precedes the pronoun.
int SentenceState::SpeakerEndBefore(uint32_t b) const {
  int q = static_cast<int>(b) - 1;
  if (q < 1) return -2;
  if (norm[q] == "that") --q;
  // (Across when or how it was said: "said on Tuesday they", "said in a statement that it".)
  const int said_by = q;
  while (q >= 1 && said_by - q < 6 &&
         ((!in_timex.empty() && in_timex[q]) || Is(norm[q], "on") || Is(norm[q], "late") ||
          Is(norm[q], "early"))) {
    --q;
  }
  if (q >= 3 && Is(norm[q], "statement") && Is(norm[q - 1], "a") && Is(norm[q - 2], "in")) q -= 3;
  if (q != said_by && !(q >= 1 && (HasClass(cls[q], kSay) || IsReportingVerb(norm[q])))) {
    q = said_by;
  }
  if (q < 1 || !(HasClass(cls[q], kSay) || IsReportingVerb(norm[q]))) return -2;
  int s = q - 1;
  while (s >= 0 && HasClass(cls[s], kAdverb)) --s;
  return s;
}

// Whether the pronoun at `b` ("it", "him") is the object of a verb whose subject is
// `first_thing` (the sentence's first thing, or first person): a participle after a comma
// ("..., accusing it of") or a verb whose clause's subject it is.
bool SentenceState::ObjectOfFirstThing(uint32_t b, const Ref* first_thing) const {
  // (Only "it" and "him": "began its round of sanctions" is the subject's own; nor after a
  // verb of saying, nor before a verb, where it is a clause's subject: "saying it would
  // help".)
  // ("her" as an object, not a possessive: "congratulated her", not "her victory".)
  const bool him =
      norm[b] == "him" || (norm[b] == "her" && !pos.empty() && pos[b] == text::Pos::kPRP);
  if (b == 0 || pos.empty() || (norm[b] != "it" && !him) || !text::IsVerb(pos[b - 1]) ||
      HasClass(cls[b - 1], kSay) || IsReportingVerb(norm[b - 1])) {
    return false;
  }
  // (Only after verbs whose object is a party, not a thing: "was studying it" studies the
  // proposal, which is no actor.)
  static constexpr std::string_view kPartyVerbs[] = {
      "accus",    "urg",     "ask",     "press",     "warn",     "tell",        "told",
      "critici",  "condemn", "blam",    "threat",    "sanction", "invit",       "recogni",
      "attack",   "help",    "support", "thank",     "prais",    "summon",      "expel",
      "punish",   "call",    "join",    "reprimand", "rebuk",    "congratulat", "order",
      "instruct", "forc",    "persuad", "confront"};
  // (Meeting or receiving someone is no act on a thing: "met him", not "met it".)
  // (Nor charging, arresting or sentencing someone: "Prosecutors charged him with rebellion".)
  static constexpr std::string_view kPersonVerbs[] = {
      "met",    "meet",   "host", "receiv", "visit",    "charg",  "indict",   "convict", "sentenc",
      "arrest", "detain", "jail", "pardon", "extradit", "deport", "interrog", "dismiss", "sack"};
  const std::string_view verb = norm[b - 1];
  auto starts = [&](std::string_view p) { return verb.substr(0, p.size()) == p; };
  if (std::none_of(std::begin(kPartyVerbs), std::end(kPartyVerbs), starts) &&
      (!him || std::none_of(std::begin(kPersonVerbs), std::end(kPersonVerbs), starts))) {
    return false;
  }
  if (b + 1 < size() &&
      (text::IsVerb(pos[b + 1]) || pos[b + 1] == text::Pos::kMD || HasClass(cls[b + 1], kAux))) {
    return false;
  }
  const uint32_t v = b - 1;
  bool neg = false, intent = false, future = false, refused = false;
  const uint32_t gs = VerbGroupStart(v, &neg, &intent, &future, &refused);
  if (pos[v] == text::Pos::kVBG && gs == v) return v > 0 && HasClass(cls[v - 1], kComma);
  int subject = SubjectBefore(gs, true);
  // ("Albanese phoned Prabowo to congratulate him": the infinitive of a call or visit is its
  // caller's, not its object's.)
  if (gs >= 1 && gs < v && HasClass(cls[gs], kTo) && mention_ending[gs - 1] >= 0) {
    if (const uint32_t verb = IsPurposeVerb(mentions[mention_ending[gs - 1]].b); verb > 0) {
      bool n2 = false, i2 = false, f2 = false, r2 = false;
      subject = SubjectBefore(VerbGroupStart(verb, &n2, &i2, &f2, &r2), true);
    }
  }
  return subject >= 0 && mentions[subject].kind == Mention::Kind::kActor &&
         &mentions[subject].ref == first_thing;
}

// Whether the country `c3` is what `kind` calls it: the monarchies for "kingdom" (and the
// Gulf's emirates and sultanates for those words); any country for another word ("the
// island").
bool SentenceState::CountryIsA(std::string_view c3, std::string_view kind) {
  static constexpr std::string_view kKingdoms[] = {"SAU", "GBR", "JOR", "MAR", "BHR", "ESP",
                                                   "NLD", "BEL", "SWE", "NOR", "DNK", "THA",
                                                   "KHM", "BTN", "LSO", "SWZ", "TON"};
  static constexpr std::string_view kEmirates[] = {"ARE", "QAT", "KWT"};
  static constexpr std::string_view kSultanates[] = {"OMN", "BRN"};
  auto in = [&](const auto& list) {
    return std::find(std::begin(list), std::end(list), c3) != std::end(list);
  };
  if (kind == "kingdom") return in(kKingdoms);
  if (kind == "emirate") return in(kEmirates);
  if (kind == "sultanate") return in(kSultanates);
  return true;
}

// "Japan and Australia also criticised Beijing over the incident. ... The two sides have
// clashed repeatedly": the two countries a story names together last may be one side
// (allies who spoke together), not the two sides "the two sides", "both countries" mean.
// When they were never coded as a pair and the story has a pair it coded at least twice,
// that pair (the one coded most) stands instead; else null. The candidate is the one the
// pair rules below would take (the last country pair, or the last group when newer). With
// `countries` ("both countries", "the two nations", "both governments"), a candidate all of
// one country, or with a member of none, is no pair either.
const std::pair<std::string, int>* SentenceState::StorySidesInstead(bool countries) const {
  const std::vector<Ref>& candidate =
      last_country_pair.size() == 2 &&
              !(last_group.size() >= 2 && last_group_sentence > last_country_pair_sentence)
          ? last_country_pair
          : last_group;
  if (candidate.size() < 2 || story_pairs.empty()) return nullptr;
  const std::pair<std::string, int>* best = nullptr;
  for (const auto& sp : story_pairs) {
    if (!best || sp.second > best->second) best = &sp;
  }
  if (best->second < 2) return nullptr;
  // The candidate's countries: when any two of them were coded together, it stands.
  // (Members of one country, "Sudan's army and the RSF", are two sides of their own.)
  const std::string a = CodeOf(candidate[0], doc_date).substr(0, 3);
  bool apart = false;
  for (size_t i = 1; i < candidate.size(); ++i) {
    const std::string b = CodeOf(candidate[i], doc_date).substr(0, 3);
    // (A member of no country, "The United States and its allies", makes no pair of
    // countries: "both countries" and "both governments" mean another.)
    if (a.size() != 3 || b.size() != 3 || !OfACountry(a) || !OfACountry(b)) {
      return countries ? best : nullptr;
    }
    if (a == b) continue;
    apart = true;
    const std::string key = std::min(a, b) + std::max(a, b);
    if (std::any_of(story_pairs.begin(), story_pairs.end(),
                    [&](const auto& sp) { return sp.first == key; })) {
      return nullptr;
    }
  }
  // ("both countries" are two countries: members of one, such as "Iran's army chief,
  // Mohammad Bagheri" read as two, are not what it means.)
  if (!apart && !countries) return nullptr;
  // "Both countries", "the two nations" may well be allies: "The United States and Britain
  // struck Houthi targets ... Both countries warned Iran". Only "the two sides", "both
  // sides", "the two leaders" name opponents, whom two allies are not.
  if (apart && countries) return nullptr;
  // Allies are one side only when they acted on a side: "Japan and Australia also criticised
  // Beijing". Two countries that took no side ("The United States and Britain urged
  // restraint. Both countries said they were not involved") are what the words mean.
  if (apart) {
    const std::string_view pair = best->first;
    bool took_side = false;
    for (const PastAct& act : past_acts) {
      if (!act.has_target) continue;
      const std::string& s = CodeOf(act.source, doc_date);
      const std::string& t = CodeOf(act.target, doc_date);
      if (s.size() < 3 || t.size() < 3) continue;
      const std::string_view s3 = std::string_view(s).substr(0, 3);
      const std::string_view t3 = std::string_view(t).substr(0, 3);
      if (pair.substr(0, 3) == s3 || pair.substr(3, 3) == s3) continue;
      if (pair.substr(0, 3) != t3 && pair.substr(3, 3) != t3) continue;
      for (const Ref& r : candidate) {
        const std::string& c = CodeOf(r, doc_date);
        took_side = took_side || (c.size() >= 3 && std::string_view(c).substr(0, 3) == s3);
      }
    }
    if (!took_side) return nullptr;
  }
  return best;
}

// The act of the pair of actors (by full code, either way round) the story has coded acts
// between most, at least twice; null if none.
const SentenceState::PastAct* SentenceState::MainActPair() const {
  const PastAct* best = nullptr;
  int best_count = 1;
  for (size_t i = 0; i < past_acts.size(); ++i) {
    const PastAct& a = past_acts[i];
    if (!a.has_target) continue;
    const std::string& s = CodeOf(a.source, doc_date);
    const std::string& t = CodeOf(a.target, doc_date);
    if (s == t) continue;
    int count = 0;
    for (size_t j = 0; j < past_acts.size(); ++j) {
      const PastAct& b = past_acts[j];
      if (!b.has_target) continue;
      const std::string& bs = CodeOf(b.source, doc_date);
      const std::string& bt = CodeOf(b.target, doc_date);
      count += (bs == s && bt == t) || (bs == t && bt == s);
    }
    if (count > best_count) {
      best = &a;
      best_count = count;
    }
  }
  return best;
}

// The acts of the story's latest mediation (045, 039) that name its two sides, latest first:
// one mediator's acts toward two different actors. False when there is none.
bool SentenceState::LatestMediationSides(const PastAct* sides[2]) const {
  const PastAct* latest = nullptr;
  for (auto act = past_acts.rbegin(); act != past_acts.rend(); ++act) {
    if (!act->has_target || !(Is(act->code, "045") || Is(act->code, "039"))) continue;
    if (!latest) {
      latest = &*act;
      continue;
    }
    if (CodeOf(act->source, doc_date) != CodeOf(latest->source, doc_date)) return false;
    const std::string& a = CodeOf(latest->target, doc_date);
    const std::string& b = CodeOf(act->target, doc_date);
    if (a == b || a.size() < 3 || b.size() < 3) continue;
    sides[0] = latest;
    sides[1] = &*act;
    return true;
  }
  return false;
}

// Resolves pronouns and pairs of the sentence, in order, so that "his" can refer to the
// sentence's own subject.
void SentenceState::ResolveMentions() {
  // The sentence's first subjects, a person and a thing, before the mention resolved (its
  // actor mentions do not change here).
  const Ref* first_person = nullptr;
  const Ref* first_thing = nullptr;
  // "The agreement, announced by Lavrov after he hosted ...": a passive's agent is the
  // clause's doer, whom "he" takes up when no person is the subject.
  const Ref* agent_person = nullptr;
  for (size_t k = 0; k < mentions.size(); ++k) {
    Mention& m = mentions[k];
    if (m.kind == Mention::Kind::kActor) {
      if (!m.prepositional) {
        const Ref*& first = m.ref.personlike ? first_person : first_thing;
        if (!first) first = &m.ref;
      } else if (m.ref.person >= 0 && !agent_person && m.b >= 2 && Is(norm[m.b - 1], "by") &&
                 !pos.empty() && pos[m.b - 2] == text::Pos::kVBN) {
        agent_person = &m.ref;
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
    // The two countries of a story pair's key ("ARMAZE"), as the story named them when it did.
    auto push_pair_sides = [&](std::string_view pair) {
      for (int side = 0; side < 2; ++side) {
        const std::string_view c = pair.substr(3 * side, 3);
        if (const Ref* named = CountryRef(c)) {
          m.referents.push_back(with_text(*named));
        } else {
          Ref r;
          r.code = std::string(c);
          r.country = true;
          m.referents.push_back(with_text(r));
        }
      }
    };
    switch (m.kind) {
      case Mention::Kind::kPronPerson:
        // "Pelosi and her immediate family": the person just named.
        if (m.b >= 2 && ids[m.b - 1] == w.id_and && k > 0 && mentions[k - 1].e == m.b - 1 &&
            mentions[k - 1].kind == Mention::Kind::kActor && mentions[k - 1].ref.personlike) {
          m.referents.push_back(with_text(mentions[k - 1].ref));
          break;
        }
        // "Israeli Foreign Minister Israel Katz reprimanded him", "met Xi and praised him":
        // "him" after a verb whose subject is the sentence's first person is another person,
        // the latest other the sentence names (as "it" is another thing).
        if (first_person && ObjectOfFirstThing(m.b, first_person)) {
          const Mention* other = nullptr;
          for (size_t j = k; j-- > 0 && !other;) {
            const Mention& o = mentions[j];
            if (o.kind == Mention::Kind::kActor && o.ref.personlike && &o.ref != first_person) {
              other = &o;
            }
          }
          if (other) {
            m.referents.push_back(with_text(other->ref));
            break;
          }
          // ("Honduras extradited Hernandez to the United States. U.S. prosecutors accuse
          // him of taking bribes", "The mayor was detained ... Prosecutors accused him": with
          // no other person here, the one named before, not the subject itself.)
          // ("Police arrested President Castillo, hours after lawmakers voted to remove him.
          // Prosecutors charged him": when the subject is people no name gives, "him" is the
          // last person the story named, not the last people.)
          if (first_person->person < 0 && have_individual &&
              sentence_number - last_individual_sentence < kPersonReach) {
            m.referents.push_back(with_text(last_individual));
            break;
          }
          const bool same = last_person.person >= 0 ? last_person.person == first_person->person
                                                    : last_person.code == first_person->code;
          if (have_person && sentence_number - last_person_sentence < kPersonReach && !same) {
            m.referents.push_back(with_text(last_person));
            break;
          }
        }
        if (first_person) m.referents.push_back(with_text(*first_person));
        else if (agent_person)
          m.referents.push_back(with_text(*agent_person));
        else if (have_person && sentence_number - last_person_sentence < kPersonReach)
          m.referents.push_back(with_text(last_person));
        break;
      case Mention::Kind::kPronThing:
        if (m.group) {
          m.referents.push_back(with_text(last_group_actor));
          break;
        }
        if (m.bloc) {
          // (One the sentence has named first: "NATO Secretary-General Jens Stoltenberg said
          // the alliance stood with".)
          const Ref* here = nullptr;
          for (size_t j = k; j-- > 0 && !here;) {
            if (mentions[j].kind == Mention::Kind::kActor &&
                IsBlocCode(CodeOf(mentions[j].ref, doc_date))) {
              here = &mentions[j].ref;
            }
          }
          m.referents.push_back(with_text(here ? *here : last_bloc));
          break;
        }
        if (m.fund || m.agency) {
          m.referents.push_back(with_text(m.fund ? last_fund : last_agency));
          break;
        }
        // "condemned Russia for its attacks", "sanctions on Iran over its supply of drones":
        // the act a reason names is the one's just named before it, not the subject's.
        if (Is(norm[m.b], "its") && m.b >= 2 &&
            (Is(norm[m.b - 1], "for") || Is(norm[m.b - 1], "over")) &&
            mention_ending[m.b - 2] >= 0) {
          const Mention& owner = mentions[mention_ending[m.b - 2]];
          if (owner.kind == Mention::Kind::kActor && !owner.ref.personlike) {
            m.referents.push_back(with_text(owner.ref));
            break;
          }
        }
        if (m.other_country) {
          // The latest country named that is not this sentence's subject's, and of the kind
          // named: "the kingdom" is no republic ("The kingdom had cut ties with Iran" is Saudi
          // Arabia's, however late China was named).
          const std::string_view kind = norm[m.e - 1];
          auto fits = [&](std::string_view c3) { return CountryIsA(c3, kind); };
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
            if (c3 == subject || lex.CountryEntry(c3) < 0 || !fits(c3)) continue;
            m.referents.push_back(with_text(o.ref));
            here = true;
          }
          if (here) break;
          // ("Jordan and Saudi Arabia held talks. The kingdom hosted": two of the kind named
          // together last, and neither is more "the kingdom" than the other: none.)
          const NamedCountry* latest_fit = nullptr;
          for (auto it = recent_countries.rbegin(); it != recent_countries.rend(); ++it) {
            if (*it == subject || !fits(*it)) continue;
            const NamedCountry* named = nullptr;
            for (const NamedCountry& c : named_countries) {
              if (c.ref.code == *it) named = &c;
            }
            if (!named) continue;
            if (!latest_fit) {
              latest_fit = named;
              continue;
            }
            if (named->sentence == latest_fit->sentence) latest_fit = nullptr;
            break;
          }
          if (latest_fit) m.referents.push_back(with_text(latest_fit->ref));
          // "Saudi Arabia's foreign minister said the kingdom would not establish relations":
          // with no other country named before, the kingdom the speaker speaks of is his own.
          if (m.referents.empty() && !m.neighbour && m.b >= 1 && !subject.empty()) {
            uint32_t q = m.b - 1;
            if (q >= 1 && norm[q] == "that") --q;
            if ((HasClass(cls[q], kSay) || IsReportingVerb(norm[q])) && subject.size() == 3 &&
                lex.CountryEntry(subject) >= 0 && fits(subject)) {
              Ref own;
              own.code = subject;
              own.country = true;
              m.referents.push_back(with_text(own));
            }
          }
          break;
        }
        // "Ukraine said it would retaliate": the thing that says so, not the sentence's first
        // ("The Russian army shelled Kharkiv, and Ukraine said it would retaliate").
        if (const int s = SpeakerEndBefore(m.b); s >= -1) {
          if (s >= 0 && mention_ending[s] >= 0) {
            const Mention& speaker = mentions[mention_ending[s]];
            // (An organisation the dictionaries give dated roles, as a person's, is "it" too:
            // "The RSF said it had seized the palace".)
            if (speaker.kind == Mention::Kind::kActor &&
                (!speaker.ref.personlike || IsOrganisationEntry(speaker.ref.person)) &&
                !speaker.prepositional) {
              m.referents.push_back(with_text(speaker.ref));
              break;
            }
            // ("The group said it had fired rockets": a description the story resolved.)
            if (speaker.kind == Mention::Kind::kPronThing && speaker.referents.size() == 1 &&
                !speaker.prepositional) {
              m.referents.push_back(with_text(speaker.referents[0]));
              break;
            }
          }
          // "Shell said it would stop buying Russian crude", "TikTok said it would sue": a
          // name the dictionaries do not know, alone at the start of the sentence, is what
          // "it" means, and no actor. (Not a person's surname: the story names a person in
          // full first, "Dmitry Peskov ... Peskov said it", and a single name is a thing's.)
          if (s == 0 && mention_at[0] < 0 && cls[0] == 0 && !pos.empty() &&
              pos[0] == text::Pos::kNNP && (toks[0]->flags & text::kCapitalized)) {
            const std::string_view name =
                text.substr(toks[0]->begin, toks[0]->end - toks[0]->begin);
            const size_t first = text.find(name);
            size_t b = first;
            while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\n')) --b;
            size_t w = b;
            while (w > 0 && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
            const bool after_name = first != std::string_view::npos && w < b && b < first &&
                                    std::isupper(static_cast<unsigned char>(text[w]));
            if (!after_name) break;
          }
        }
        // "the United States and its allies": the thing just named.
        if (m.b >= 2 && (ids[m.b - 1] == w.id_and || ids[m.b - 1] == w.id_or) && k > 0 &&
            mentions[k - 1].e == m.b - 1 && mentions[k - 1].kind == Mention::Kind::kActor &&
            !mentions[k - 1].ref.personlike) {
          m.referents.push_back(with_text(mentions[k - 1].ref));
          break;
        }
        // "filed a case against Myanmar, accusing it of genocide", "Britain urged it to
        // stop": "it" after a verb whose subject is the sentence's first thing is another
        // thing ("itself" would be that one): the latest other the sentence names, else the
        // story's latest.
        if (first_thing && ObjectOfFirstThing(m.b, first_thing)) {
          const std::string first = CodeOf(*first_thing, doc_date);
          // (A country first: "filed a case against Myanmar at the International Court of
          // Justice, accusing it" accuses Myanmar, not the court where.)
          const Ref* other = nullptr;
          for (int pass = 0; pass < 2 && !other; ++pass) {
            for (size_t j = k; j-- > 0 && !other;) {
              const Mention& o = mentions[j];
              if (o.kind == Mention::Kind::kActor && !o.ref.personlike &&
                  (pass == 1 || o.ref.country) && CodeOf(o.ref, doc_date) != first) {
                other = &o.ref;
              }
            }
          }
          if (!other && have_thing && CodeOf(last_thing, doc_date) != first) other = &last_thing;
          if (other) {
            m.referents.push_back(with_text(*other));
            break;
          }
        }
        {
          // "Egypt condemned the strikes and Jordan recalled its ambassador": "its" right after
          // a verb is its own clause's subject's, not the sentence's first thing.
          // (Not after a reaction, which is mostly to another's act: "Israel struck Gaza and
          // Iran condemned its attack".)
          static constexpr std::string_view kReactions[] = {
              "condemn", "critici", "denounc", "prais", "welcom", "slam",  "blast", "reject",
              "deplor",  "hail",    "back",    "suppo", "oppos",  "quest", "accus", "protes"};
          auto reacts = [&](std::string_view verb) {
            return std::any_of(std::begin(kReactions), std::end(kReactions),
                               [&](std::string_view r) { return verb.substr(0, r.size()) == r; });
          };
          if (Is(norm[m.b], "its") && m.b > 0 && !pos.empty() && text::IsVerb(pos[m.b - 1]) &&
              first_thing && !reacts(norm[m.b - 1])) {
            bool neg = false, intent = false, future = false, refused = false;
            const uint32_t gs = VerbGroupStart(m.b - 1, &neg, &intent, &future, &refused);
            const int subject = SubjectBefore(gs, true);
            if (subject >= 0 && static_cast<size_t>(subject) < k &&
                mentions[subject].kind == Mention::Kind::kActor &&
                !mentions[subject].ref.personlike && !mentions[subject].ref.inferred_country) {
              m.referents.push_back(with_text(mentions[subject].ref));
              break;
            }
          }
        }
        if (first_thing) m.referents.push_back(with_text(*first_thing));
        else if (have_thing && sentence_number - last_thing_sentence < kThingReach)
          m.referents.push_back(with_text(last_thing));
        break;
      case Mention::Kind::kPronPlural:
      case Mention::Kind::kPair: {
        // ("they" reaches back a few sentences only: further, on a page of web copy, it is
        // readers, customers, products; a pair, "the two countries", names its sides.)
        auto near = [&](int sentence) {
          return m.kind != Mention::Kind::kPronPlural || sentence_number - sentence < kGroupReach;
        };
        // "Mali, Burkina Faso and Niger ... the three countries": the three the story named
        // together last, or none (never a pair of them).
        if (m.kind == Mention::Kind::kPair &&
            std::any_of(norm.begin() + m.b, norm.begin() + m.e,
                        [](std::string_view t) { return t == "three"; })) {
          if (last_group.size() == 3) {
            for (const Ref& r : last_group) m.referents.push_back(with_text(r));
          }
          break;
        }
        // "Lula called the rioters fascist fanatics and promised to punish them": "them" after
        // a plural actor named as an object in the sentence is those, not the story's last
        // group ("Congress, the Supreme Court and the presidential palace"). (Plural by its
        // last letter: the sentence is not tagged yet.)
        if (m.kind == Mention::Kind::kPronPlural && Is(norm[m.b], "them")) {
          // "vowed to hunt down the attackers and make them pay": "them" after a plural
          // object in its own clause that names no actor is those, whom the dictionaries do
          // not know; not the story's last group.
          bool unknown_object = false;
          for (uint32_t q = m.b; q-- > 1 && m.b - q < 8;) {
            if (mention_at[q] >= 0 ||
                HasClass(cls[q], kClauseBreak | kComma | kSubordinator | kRel | kSay)) {
              break;
            }
            if (HasClass(cls[q - 1], kDet) && IsPluralNoun(norm[q]) &&
                !(toks[q]->flags & text::kCapitalized)) {
              unknown_object = true;
              break;
            }
          }
          if (unknown_object) break;
          const Mention* object = nullptr;
          size_t subject = k;  // the sentence's first non-prepositional actor
          for (size_t j = 0; j < k && subject == k; ++j) {
            if (mentions[j].kind == Mention::Kind::kActor && !mentions[j].prepositional) {
              subject = j;
            }
          }
          // (A plural subject, "Mali and Burkina Faso, which are also ruled by soldiers,
          // warned ... against them", is "them" itself.)
          if (subject < k && GroupSize(static_cast<int>(subject), false) >= 2) subject = k;
          for (size_t j = k; j-- > subject + 1 && !object;) {
            const Mention& o = mentions[j];
            if (o.kind != Mention::Kind::kActor || o.ref.person >= 0 || o.e == 0 ||
                agent_at[o.e - 1].len == 0 || norm[o.e - 1].size() < 4 ||
                norm[o.e - 1].back() != 's') {
              // Another actor between, the subject of a clause of its own ("Militants
              // attacked Nigerien soldiers, and the junta vowed to crush them", "Houthi
              // fighters attacked American sailors, and Biden promised to punish them"): the
              // object is no longer what "them" is nearest to in sense; the story's rules
              // decide.
              if (o.kind == Mention::Kind::kActor && !o.prepositional) break;
              continue;
            }
            if (GroupSize(static_cast<int>(j), false) < 2) object = &o;
          }
          if (object) {
            m.referents.push_back(with_text(object->ref));
            break;
          }
          // "Thousands of Palestinians fled after the army ordered them to leave", "The rebels
          // said the army had attacked them": a plural subject of an earlier clause of the
          // sentence, with another actor between, the subject of the verb "them" follows.
          const Mention* earlier_subject = nullptr;
          bool actor_between = false;
          for (size_t j = k; j-- > 0 && !earlier_subject;) {
            const Mention& o = mentions[j];
            if (o.kind != Mention::Kind::kActor) continue;
            // (Or the sentence's opening subject before a participle: "Gang members armed
            // with guns stormed a studio ... before police arrested 13 of them".)
            if (o.ref.person < 0 && o.e < size() && actor_between &&
                (IsFiniteVerb(static_cast<int>(o.e)) ||
                 (o.b == 0 && !pos.empty() && pos[o.e] == text::Pos::kVBN)) &&
                IsPluralNoun(norm[o.e - 1])) {
              earlier_subject = &o;
            }
            actor_between = true;
          }
          if (earlier_subject) {
            m.referents.push_back(with_text(earlier_subject->ref));
            break;
          }
        }
        // "Kurdish-led forces said they had shared intelligence": "they" after a verb of
        // saying is its subject, whether the dictionaries know it or not; not the group the
        // story named before.
        if (m.kind == Mention::Kind::kPronPlural && Is(norm[m.b], "they")) {
          if (int s = SpeakerEndBefore(m.b); s >= 0) {
            // ("Army officers in Gabon said they had seized power": the speaker is the
            // officers, whose place follows them.)
            if (mention_ending[s] >= 0 && mentions[mention_ending[s]].prepositional) {
              const uint32_t place = mentions[mention_ending[s]].b;
              if (place >= 2 && Is(norm[place - 1], "in") && mention_ending[place - 2] >= 0) {
                s = static_cast<int>(place) - 2;
              }
            }
            if (mention_ending[s] >= 0) {
              const Mention& speaker = mentions[mention_ending[s]];
              // (A group the dictionaries give dated roles counts: "The RSF paramilitaries
              // said they".)
              if (speaker.kind == Mention::Kind::kActor && !speaker.prepositional &&
                  (speaker.ref.person < 0 || IsOrganisationEntry(speaker.ref.person)) &&
                  (IsPluralNoun(norm[s]) || GroupSize(mention_ending[s], true) >= 2)) {
                for (const Ref& r : Group(mention_ending[s], true)) {
                  m.referents.push_back(with_text(r));
                }
                break;
              }
            } else if (IsPluralNoun(norm[s]) && !(toks[s]->flags & text::kCapitalized)) {
              break;  // a speaker the dictionaries do not know
            }
          }
        }
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
        // "The Pope appealed to all warring parties": the sides at war are those of the
        // story's latest fighting, whichever countries it named since (hosts, envoys).
        if (m.kind == Mention::Kind::kPair &&
            std::any_of(norm.begin() + m.b, norm.begin() + m.e,
                        [](std::string_view t) { return t == "warring"; })) {
          const PastAct* fight = nullptr;
          for (auto act = past_acts.rbegin(); act != past_acts.rend() && !fight; ++act) {
            if (!act->has_target || !(act->root[0] == '1' || act->root[0] == '2')) continue;
            const std::string_view root(act->root, 2);
            if (root < "18" || root > "20") continue;
            if (CodeOf(act->source, doc_date) != CodeOf(act->target, doc_date)) fight = &*act;
          }
          if (fight) {
            m.referents.push_back(with_text(fight->source));
            m.referents.push_back(with_text(fight->target));
            break;
          }
        }
        // "Egypt and Qatar have been mediating between Israel and Hamas ... urged both sides":
        // after a mediation, the sides are the two mediated between, not the mediators named
        // together last.
        if (m.kind == Mention::Kind::kPair && last_group.size() >= 2 &&
            (Is(norm[m.e - 1], "sides") || Is(norm[m.e - 1], "parties"))) {
          const PastAct* sides[2] = {nullptr, nullptr};
          auto mediates = [&](const Ref& r) {
            return std::any_of(past_acts.begin(), past_acts.end(), [&](const PastAct& a) {
              return (Is(a.code, "045") || Is(a.code, "039")) &&
                     CodeOf(a.source, doc_date) == CodeOf(r, doc_date);
            });
          };
          if (std::all_of(last_group.begin(), last_group.end(), mediates) &&
              LatestMediationSides(sides)) {
            m.referents.push_back(with_text(sides[1]->target));
            m.referents.push_back(with_text(sides[0]->target));
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
        if (m.kind == Mention::Kind::kPronPlural && last_group.size() >= 2 &&
            near(last_group_sentence)) {
          for (const Ref& r : last_group) m.referents.push_back(with_text(r));
          break;
        }
        if (m.kind == Mention::Kind::kPair) {
          const std::string_view noun = norm[m.e - 1];
          if (const auto* sides = StorySidesInstead(noun == "countries" || noun == "nations" ||
                                                    noun == "governments");
              sides) {
            push_pair_sides(sides->first);
            break;
          }
        }
        if (last_country_pair.size() == 2 && near(last_country_pair_sentence) &&
            !(last_group.size() >= 2 && last_group_sentence > last_country_pair_sentence)) {
          for (const Ref& r : last_country_pair) m.referents.push_back(with_text(r));
          break;
        }
        if (last_group.size() >= 2 && last_country_pair.size() < 2 &&
            m.kind == Mention::Kind::kPair) {
          for (const Ref& r : last_group) m.referents.push_back(with_text(r));
          break;
        }
        if (last_group.size() >= 2 && last_group_sentence > last_country_pair_sentence &&
            near(last_group_sentence)) {
          for (const Ref& r : last_group) m.referents.push_back(with_text(r));
          break;
        }
        // "Witkoff met Araqchi in Muscat. Oman mediated the talks ... Both sides agreed to meet
        // again": the two the story's acts paired most (at least twice), rather than the two
        // countries it named most, one of them the host.
        if (m.kind == Mention::Kind::kPair && !story_pairs.empty()) {
          const std::pair<std::string, int>* best = nullptr;
          bool tie = false;
          for (const auto& sp : story_pairs) {
            if (!best || sp.second > best->second) {
              best = &sp;
              tie = false;
            } else if (sp.second == best->second) {
              tie = true;
            }
          }
          if (best->second >= 2 && !tie && best->first.size() == 6) {
            push_pair_sides(best->first);
            break;
          }
        }
        // The two countries the article has named most.
        std::vector<const NamedCountry*> top;
        top.reserve(named_countries.size());
        for (const NamedCountry& c : named_countries) top.push_back(&c);
        std::stable_sort(top.begin(), top.end(),
                         [](const NamedCountry* a, const NamedCountry* b) {
                           return a->count > b->count;
                         });
        if (top.size() >= 2 && near(std::min(top[0]->sentence, top[1]->sentence))) {
          m.referents.push_back(with_text(top[0]->ref));
          m.referents.push_back(with_text(top[1]->ref));
        } else if (const PastAct* fight = MainActPair(); fight && last_group.size() < 2) {
          // "Sudan's army launched air strikes on the RSF ... Guterres urged the two generals":
          // a story of one country's two sides names them in its acts, not as two countries.
          m.referents.push_back(with_text(fight->source));
          m.referents.push_back(with_text(fight->target));
        } else if (last_group.size() >= 2 && near(last_group_sentence)) {
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
    // "the two leaders", "both governments", "the two presidents": the countries'
    // governments, when the pair was named as countries.
    if (m.kind == Mention::Kind::kPair && m.e > m.b &&
        (norm[m.e - 1] == "leaders" || norm[m.e - 1] == "governments" ||
         norm[m.e - 1] == "presidents" || norm[m.e - 1] == "ministers")) {
      for (Ref& r : m.referents) {
        const std::string c = CodeOf(r, doc_date);
        if (c.size() != 3 || !OfACountry(c)) continue;
        r.code = c + "GOV";
        r.person = -1;
        r.country = false;
      }
    }
  }
  // "embraced Qatar's ruler ... in the emir's first visit to the kingdom": a bare monarch's
  // title is the ruler of the latest country the sentence named that has one, not the
  // dateline's. (Not one the story placed nowhere: "The King ordered it planted" in a history
  // of coffee.)
  for (Mention& m : mentions) {
    if (m.kind != Mention::Kind::kActor || !m.ref.inferred_country || m.ref.country_pending ||
        !Is(m.ref.agent, "GOV") || m.e == m.b) {
      continue;
    }
    const std::string_view head = norm[m.e - 1];
    const std::string_view kind = head == "emir"     ? "emirate"
                                  : head == "king"   ? "kingdom"
                                  : head == "sultan" ? "sultanate"
                                                     : "";
    if (kind.empty()) continue;
    std::string found;
    for (const Mention& o : mentions) {
      if (o.b >= m.b) break;
      if (o.kind != Mention::Kind::kActor || o.ref.inferred_country) continue;
      const std::string c = CodeOf(o.ref, doc_date);
      if (c.size() >= 3 && OfACountry(c) && CountryIsA(std::string_view(c).substr(0, 3), kind)) {
        found = c.substr(0, 3);
      }
    }
    if (found.empty() || m.ref.code.compare(0, 3, found) == 0) continue;
    m.ref.code = found + "GOV";
    m.ref.inferred_country = false;
    m.ref.country_pending = false;
  }
  // "killed three Serb gunmen after the gunmen shot dead a police officer": a definite bare
  // agent is the one of its kind the sentence named before; else the one the story named in
  // the last sentences ("Hong Kong police fired tear gas at thousands of protesters. The
  // protesters oppose a bill that would allow extraditions to mainland China": Hong Kong's).
  for (size_t k = 0; k < mentions.size(); ++k) {
    Mention& m = mentions[k];
    if (!m.ref.inferred_country ||
        !(norm[m.b] == "the" || (m.b > 0 && norm[m.b - 1] == "the"))) {
      continue;
    }
    // ("President Marcos ... ordered the coast guard to continue its patrols": forces a state
    // orders about are its own, whoever's the story named before.)
    if (m.b > 0 && m.e < size() && IsOrderVerb(norm[m.b - 1]) && Is(norm[m.e], "to")) {
      bool own = false;
      for (size_t j = 0; j < k && !own; ++j) {
        own = mentions[j].kind == Mention::Kind::kActor &&
              OwnForces(CodeOf(mentions[j].ref, doc_date), m.ref.code);
      }
      if (own) continue;
    }
    bool found = false;
    for (size_t j = k; j-- > 0;) {
      const Mention& o = mentions[j];
      if (o.kind != Mention::Kind::kActor || o.ref.inferred_country || o.ref.person >= 0 ||
          o.ref.code.size() != 3 + m.ref.agent.size() ||
          o.ref.code.compare(3, std::string::npos, m.ref.agent) != 0 ||
          norm[o.e - 1] != norm[m.e - 1]) {
        continue;
      }
      m.ref.code = o.ref.code;
      found = true;
      break;
    }
    if (found) continue;
    // (Not those the phrase places itself: "The protesters in Germany also marched" are
    // Germany's, whoever's the story's protesters were.)
    uint32_t after = m.e;
    if (after < size() && (norm[after] == "in" || norm[after] == "from")) {
      ++after;
      while (after < size() && HasClass(cls[after], kDet)) ++after;
      if (after < size() && mention_at[after] >= 0 &&
          mentions[mention_at[after]].kind == Mention::Kind::kActor &&
          mentions[mention_at[after]].ref.person < 0) {
        continue;
      }
    }
    for (auto a = named_agents.rbegin(); a != named_agents.rend(); ++a) {
      if (sentence_number - a->sentence >= kAgentReach) break;
      if (a->noun == norm[m.e - 1] && a->code.size() == 3 + m.ref.agent.size() &&
          a->code.compare(3, std::string::npos, m.ref.agent) == 0) {
        m.ref.code = a->code;
        m.ref.country_pending = false;
        break;
      }
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
        owner.referents.empty() || agent.b != owner.e || !agent.ref.inferred_country ||
        pos.empty() || pos[owner.b] != text::Pos::kPRPS) {
      continue;
    }
    // ("Argentina and Chile refused to recognise the result. Maduro expelled their
    // diplomats": each one's, together.)
    std::vector<std::string> countries;
    for (const Ref& r : owner.referents) {
      const std::string c = CodeOf(r, doc_date);
      if (!OfACountry(c)) {
        countries.clear();
        break;
      }
      if (std::find(countries.begin(), countries.end(), c.substr(0, 3)) == countries.end()) {
        countries.push_back(c.substr(0, 3));
      }
    }
    if (countries.empty()) continue;
    agent.ref.code = countries[0] + agent.ref.agent;
    agent.coordinated.clear();
    for (size_t c = 1; c < countries.size(); ++c) {
      Ref other = agent.ref;
      other.code = countries[c] + agent.ref.agent;
      agent.coordinated.push_back(other);
    }
  }
}

// Whether the subject of the sentence's first finite verb is a name that names no actor
// ("..., Minimalist is a collection"), with no actor before the verb.
bool SentenceState::SubjectIsUnknownName() const {
  if (pos.empty()) return false;
  for (uint32_t v = 0; v < size(); ++v) {
    if (mention_at[v] >= 0 && mentions[mention_at[v]].kind == Mention::Kind::kActor &&
        !mentions[mention_at[v]].prepositional) {
      return false;
    }
    if (!IsFiniteVerb(static_cast<int>(v))) continue;
    uint32_t head = v;
    while (head > 0 && (pos[head - 1] == text::Pos::kRB || HasClass(cls[head - 1], kAdverb))) {
      --head;
    }
    return head > 0 && mention_at[head - 1] < 0 && pos[head - 1] == text::Pos::kNNP &&
           (toks[head - 1]->flags & text::kCapitalized);
  }
  return false;
}

// Whether the token at `q` can be a word of a person's name the dictionaries do not know: a
// capitalised word that is nothing else (no actor, agent, title or function word).
bool SentenceState::IsUnknownNameWord(uint32_t q) const {
  return q < size() && (toks[q]->flags & text::kCapitalized) && (toks[q]->flags & text::kWord) &&
         cls[q] == 0 && actor_at[q].len == 0 && agent_at[q].len == 0 && norm[q].size() >= 2 &&
         !(!pos.empty() && pos[q] != text::Pos::kNNP) && !(!in_timex.empty() && in_timex[q]);
}

// People the dictionaries do not know, named with a title the sentence gives them ("Police
// chief Marek Dolny", "the rebel commander, Yusuf Abakar,", "Yusuf Abakar, the rebel
// commander,"): later sentences name them by surname alone ("Dolny said"), which stands for
// the title's actor.
void SentenceState::LearnUnknownPeople() {
  auto learn = [&](uint32_t last, const Ref& ref) {
    Ref named = ref;
    named.person = -1;
    named.personlike = true;
    auto known = std::find_if(named_people.begin(), named_people.end(),
                              [&](const auto& p) { return p.first == norm[last]; });
    if (known == named_people.end()) {
      named_people.emplace_back(std::string(norm[last]), std::move(named));
    } else {
      known->second = std::move(named);
    }
  };
  // (A title is one person's, "the rebel commander", not a body's, "the militia" or "the
  // party", whose name is no person's.)
  auto one_person = [&](const Mention& m) {
    const uint32_t head = m.e - 1;
    if (m.ref.personlike) return true;
    static constexpr std::string_view kBodies[] = {"group",   "militia", "party",  "movement",
                                                   "company", "firm",    "unit",   "alliance",
                                                   "union",   "faction", "network"};
    return !pos.empty() && pos[head] == text::Pos::kNN &&
           !(toks[head]->flags & text::kCapitalized) && !IsInstitutionNoun(norm[head]) &&
           !IsOrganisationHead(norm[head]) && !IsRulingNoun(norm[head]) &&
           !IsOneOf(norm[head], kBodies);
  };
  // (Of political roles only: a firm's or a school's people are rarely coded, and a name after
  // their titles is as often a product's or a paper's.)
  static constexpr std::string_view kPoliticalRoles[] = {"GOV", "MIL", "COP", "REB", "OPP", "JUD",
                                                         "LEG", "SPY", "INS", "SEP", "ELI"};
  for (const Mention& m : mentions) {
    if (m.kind != Mention::Kind::kActor || m.ref.person >= 0 || m.ref.code.size() < 6 ||
        !IsOneOf(std::string_view(m.ref.code).substr(m.ref.code.size() - 3), kPoliticalRoles) ||
        !one_person(m)) {
      continue;
    }
    // A title then the name, within the mention: "Police chief Marek Dolny".
    uint32_t first = m.e;
    while (first > m.b && IsUnknownNameWord(first - 1)) --first;
    if (first < m.e && first > m.b) {
      learn(m.e - 1, m.ref);
      continue;
    }
    // An appositive after the title: "The rebel commander, Yusuf Abakar, threatened".
    if (m.e + 3 < size() && HasClass(cls[m.e], kComma)) {
      uint32_t q = m.e + 1;
      while (q < m.e + 4 && IsUnknownNameWord(q)) ++q;
      if (q >= m.e + 3 && q < size() && HasClass(cls[q], kComma)) {
        learn(q - 1, m.ref);
        continue;
      }
    }
    // The name, then the title as its appositive: "Yusuf Abakar, the rebel commander, said".
    if (m.b >= 3 && HasClass(cls[m.b - 1], kComma) &&
        (HasClass(cls[m.b], kDet) || m.ref.code.size() >= 6) && IsUnknownNameWord(m.b - 2) &&
        IsUnknownNameWord(m.b - 3)) {
      uint32_t b = m.b - 3;
      if (b > 0 && IsUnknownNameWord(b - 1)) --b;
      if (b == 0 || HasClass(cls[b - 1], kComma | kPrep) || HasClass(cls[b - 1], kConj)) {
        learn(m.b - 2, m.ref);
      }
    }
  }
}

void SentenceState::UpdateDiscourse() {
  ++sentence_number;
  // The last day the sentence named, or counted from the one before ("The next day").
  // (Each phrase counted from a day has one of the told-time words, "later", "same", "next":
  // in most sentences there is none to look for, at any word.)
  const bool counted = std::any_of(w.told_time_words.begin(), w.told_time_words.end(),
                                   [&](uint32_t id) { return HasWord(id); });
  for (uint32_t q = 0, t = 0; q < size() && (counted || t < timexes_past.size()); ++q) {
    while (t < timexes_past.size() && timexes_past[t].token_end <= q) ++t;
    uint32_t len = 0;
    int days = 0;
    if (t < timexes_past.size() && timexes_past[t].token_begin == q) {
      if (timexes_past[t].date.precision == text::DatePrecision::kDay) {
        told_day = timexes_past[t].date;
      }
    } else if (counted && told_day.valid() && TimeFromToldAt(q, &len, &days)) {
      told_day = text::Date::FromDays(told_day.DaysSinceEpoch() + days);
      q += len - 1;
    }
  }
  for (const Mention& m : mentions) {
    if (m.kind != Mention::Kind::kActor || m.ref.person >= 0) continue;
    const std::string_view code = m.ref.code;
    if (!StartsWith(code, "IGO") && !StartsWith(code, "NGO")) continue;
    // The head noun of the name: the last organisation noun before a complement ("the
    // International Court of Justice", "the African Union Commission").
    auto is_complement = [](std::string_view w) { return w == "of" || w == "for" || w == "in"; };
    uint32_t head = text::Vocabulary::kUnknown;
    for (uint32_t q = m.b; q < m.e && !(q > m.b && is_complement(norm[q])); ++q) {
      if (IsOrganisationHead(norm[q])) head = ids[q];
    }
    if (head == text::Vocabulary::kUnknown) {
      // An acronym ("the ICC", "the IMF"): the head of the full name its line of the
      // dictionary starts with ("International Criminal Court").
      for (uint32_t q = m.b; q < m.e; ++q) {
        if (actor_at[q].len == 0) continue;
        const ActorEntry& a = lex.actors()[actor_at[q].value];
        if (a.kind == ActorEntry::Kind::kPerson) break;
        std::string_view name = a.canonical;
        std::string word;
        while (!name.empty()) {
          const size_t space = name.find(' ');
          word.assign(name.substr(0, space));
          name = space == std::string_view::npos ? std::string_view() : name.substr(space + 1);
          for (char& ch : word)
            ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
          if (is_complement(word)) break;
          if (IsOrganisationHead(word)) head = lex.vocab().Find(word);
        }
        break;
      }
    }
    if (head == text::Vocabulary::kUnknown) continue;
    auto same = std::find_if(named_organisations.begin(), named_organisations.end(),
                             [&](const NamedOrganisation& o) { return o.head == head; });
    if (same != named_organisations.end()) named_organisations.erase(same);
    NamedOrganisation& named = named_organisations.emplace_back();
    named.head = head;
    named.sentence = sentence_number;
    named.ref = m.ref;
    for (uint32_t q = m.b; q < m.e; ++q) {
      if (q == m.b && HasClass(cls[q], kDet)) continue;
      named.words.push_back(ids[q]);
    }
  }
  // Two people of one surname ("Boris Johnson ... House Speaker Mike Johnson ... Johnson
  // promised"): the surname alone is the one named in full last, as a reporter would mean.
  auto learn_surname = [&](uint32_t id, int person) {
    const auto known = std::find_if(surnames.begin(), surnames.end(),
                                    [&](const auto& s) { return s.first == id; });
    if (known == surnames.end()) {
      surnames.emplace_back(id, person);
    } else {
      known->second = person;
    }
  };
  // A person named in full ("Vice President Kamala Harris") may be named by the last word of
  // the name later in the story.
  for (const Mention& m : mentions) {
    if (m.kind != Mention::Kind::kActor || m.ref.person < 0 || m.e < m.b + 2) continue;
    const uint32_t last = m.e - 1;
    if (!(toks[last]->flags & text::kWord) || cls[last] != 0 || norm[last].size() < 3 ||
        agent_at[last].len > 0) {
      continue;
    }
    // "Prime Minister Mohammed Shia al-Sudani ... Sudani said": the surname without its article
    // (which is written in lower case).
    if (std::string_view bare = lexicon::SurnameWithoutArticle(norm[last]); !bare.empty()) {
      if (const uint32_t id = lex.vocab().Find(bare); id != text::Vocabulary::kUnknown) {
        learn_surname(id, m.ref.person);
      }
    }
    if (!(toks[last]->flags & text::kCapitalized)) continue;
    learn_surname(ids[last], m.ref.person);
    // East Asian names put the family name first: "President Tsai Ing-wen ... Tsai condemned
    // the drills", "Yoon Suk Yeol ... Yoon lifted martial law". The name's words are the
    // capitalised words before the last that are no title or agent word; its first is the
    // family name when the last is a hyphenated given name ("Ing-wen", "Jae-in") or the name
    // is three words whose first is short ("Kim Jong Un").
    uint32_t first = last;
    while (first > m.b && (toks[first - 1]->flags & text::kCapitalized) &&
           (toks[first - 1]->flags & text::kWord) && cls[first - 1] == 0 &&
           agent_at[first - 1].len == 0) {
      --first;
    }
    if (first == last) continue;
    const std::string_view given = norm[last];
    const size_t hyphen = given.find('-');
    const size_t after_hyphen = toks[last]->begin + hyphen + 1;
    const bool hyphenated = hyphen != std::string_view::npos && hyphen > 0 &&
                            hyphen + 1 < given.size() && after_hyphen < text.size() &&
                            std::islower(static_cast<unsigned char>(text[after_hyphen]));
    const std::string_view family = norm[first];
    const bool short_first = last == first + 2 && family.size() >= 2 && family.size() <= 4 &&
                             family != "abu" && family != "bin" && family != "ben" &&
                             family != "van" && family != "von" && family != "del";
    if (!hyphenated && !short_first) continue;
    if (family.size() < 2 || agent_at[first].len > 0) continue;
    learn_surname(ids[first], m.ref.person);
  }
  LearnUnknownPeople();
  constexpr size_t kActsKept = 24;
  if (sentence_actor_act >= 0) {
    last_actor = acts[sentence_actor_act].source;
    have_last_actor = true;
    sentence_actor_act = -1;
  }
  // The sentence's acts, in place after the story's, join them.
  past_act_count = acts.size();
  pairs_this_sentence.clear();
  // The story's first acts stay: they are its news, what later reactions are mostly about.
  constexpr size_t kLeadActs = 4;
  if (acts.size() > kActsKept) {
    acts.erase(acts.begin() + kLeadActs, acts.end() - (kActsKept - kLeadActs));
    past_act_count = acts.size();
  }
  for (size_t k = 0; k < mentions.size(); ++k) {
    if (mentions[k].kind != Mention::Kind::kActor) continue;
    // (The members found once, for the size and then the referents.)
    const GroupMembers members = MembersOf(static_cast<int>(k));
    const size_t referent_count = CountReferents(members);
    if (referent_count >= 2) {
      std::vector<Ref> group = ReferentsOf(members, referent_count);
      // (One actor named twice, "Thai soldiers, and Thai jets", is no group.)
      if (std::all_of(group.begin(), group.end(), [&](const Ref& r) {
            return CodeOf(r, doc_date) == CodeOf(group[0], doc_date);
          })) {
        continue;
      }
      last_group = std::move(group);
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
  // Agents of a known country, by their noun, for "the protesters" of later sentences.
  for (const Mention& m : mentions) {
    if (m.kind != Mention::Kind::kActor || m.ref.person >= 0 || m.ref.country_pending ||
        m.ref.topic_guess || m.e == 0) {
      continue;
    }
    const std::string& code = m.ref.code;
    if (code.size() != 6 || !OfACountry(code)) continue;
    const std::string_view noun = norm[m.e - 1];
    auto same = std::find_if(named_agents.begin(), named_agents.end(),
                             [&](const NamedAgent& a) { return a.noun == noun; });
    if (same != named_agents.end()) named_agents.erase(same);
    named_agents.push_back({std::string(noun), code, sentence_number});
  }
  // Subjects (non-prepositional actor mentions) become the antecedents of later pronouns;
  // every country counts toward "the two countries".
  Antecedents latest;
  // ("Minimalist is a collection made in New York. It seeks ...": when the sentence is about
  // something by a name that is no actor, a place named in it is no antecedent of the "it"
  // that follows; the named thing is. After a common noun, "A summit was held in Qatar. It
  // offered", the place is the one "it" can be.)
  const bool about_a_thing = SubjectIsUnknownName();
  for (const Mention& m : mentions) {
    if (m.kind != Mention::Kind::kActor) continue;
    // ("al-Qaeda's affiliate": a possessor is not the group the story follows.)
    if (!m.prepositional || m.ref.country) {
      const Ref* thing = latest.thing;
      Remember(m.ref, /*group=*/!m.possessor, &latest);
      if (about_a_thing && m.prepositional && IsLocative(m)) latest.thing = thing;
    } else if (m.ref.person < 0 && StartsWith(m.ref.code, "IGO") &&
               !StartsWith(m.ref.code, "IGOUNO")) {
      // ("announced their withdrawal from ECOWAS ... accused the bloc": an organisation of
      // states after a preposition is still what "the bloc" means next.)
      latest.bloc = &m.ref;
    } else if (!m.possessor && !latest.group_actor) {
      // ("as fighting with Hezbollah intensified. The group said": so is an armed group, unless
      // the sentence has one for its subject.)
      const std::string& code = CodeOf(m.ref, doc_date);
      if (IsInsurgent(code) || Is(RoleOf(code), "RAD")) latest.group_actor = &m.ref;
    }
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
  // The IMF and the U.N. agencies named anywhere in the sentence, after a preposition too
  // ("funding to UNRWA"), for a later "the fund" or "the agency".
  for (const Mention& m : mentions) {
    if (m.kind != Mention::Kind::kActor || m.ref.personlike) continue;
    const std::string& code = CodeOf(m.ref, doc_date);
    if (StartsWith(code, "IGOIMF")) {
      last_fund = m.ref;
      have_fund = true;
    } else if (StartsWith(code, "IGOUNO")) {
      const std::string_view words = text.substr(m.ref.begin, m.ref.end - m.ref.begin);
      static constexpr std::string_view kAgencies[] = {"UNRWA",  "IAEA", "UNHCR", "WFP",
                                                       "UNICEF", "WHO",  "FAO"};
      if (words.find("gency") != std::string_view::npos || IsOneOf(words, kAgencies)) {
        last_agency = m.ref;
        last_agency_sentence = sentence_number;
      }
    }
  }
  // Another alliance or bloc named ("Modi's National Democratic Alliance", "the opposition
  // alliance", "the centre-right bloc") is what a later "the alliance" may mean: the
  // organisation of states named before no longer stands for it. (Not the word after an
  // organisation of states, "the OPEC+ alliance", nor "the alliance" itself.)
  for (uint32_t i = 0; have_bloc && i < size(); ++i) {
    if (!Is(norm[i], "alliance") && !Is(norm[i], "bloc")) continue;
    // (A name, "Democratic Alliance", or a party's: "the transatlantic alliance", "the
    // military alliance" still mean the one before.)
    static constexpr std::string_view kParty[] = {
        "opposition",   "ruling",      "governing",    "electoral",   "left-wing", "right-wing",
        "centre-right", "centre-left", "center-right", "center-left", "far-right", "far-left"};
    if (i == 0 || !((toks[i]->flags & text::kCapitalized) || IsOneOf(norm[i - 1], kParty))) {
      continue;
    }
    const int at = mention_at[i] >= 0 ? mention_at[i] : mention_ending[i - 1];
    if (at >= 0 && mentions[at].kind == Mention::Kind::kActor &&
        StartsWith(CodeOf(mentions[at].ref, doc_date), "IGO")) {
      continue;
    }
    if (at >= 0 && mentions[at].bloc) continue;
    have_bloc = false;
  }
  if (latest.bloc) {
    last_bloc = *latest.bloc;
    have_bloc = true;
  }
  if (latest.person) {
    last_person = *latest.person;
    have_person = true;
    last_person_sentence = sentence_number;
  }
  if (latest.individual) {
    last_individual = *latest.individual;
    have_individual = true;
    last_individual_sentence = sentence_number;
  }
  if (latest.thing) {
    last_thing = *latest.thing;
    have_thing = true;
    last_thing_sentence = sentence_number;
  }
}

// The referents of mention k: itself, or what a pronoun or pair stands for.
size_t SentenceState::ReferentCount(int k) const {
  const Mention& m = mentions[k];
  return m.kind != Mention::Kind::kActor ? m.referents.size() : 1 + m.coordinated.size();
}

// The mention set off by commas beside mention k that names the same one: a person and their
// title of the same country ("Iran's foreign minister, Abbas Araqchi, condemned", "Abbas
// Araqchi, Iran's top diplomat, met"); -1 when there is none.
// Whether a person and a title set off by a comma start at token q ("Wang Yi, China's foreign
// minister,"): one of the two a person, the other not.
bool SentenceState::AppositivePairFollows(uint32_t q) const {
  if (q >= size() || mention_at[q] < 0) return false;
  const int x = mention_at[q];
  if (x + 1 >= static_cast<int>(mentions.size())) return false;
  const Mention& a = mentions[x];
  const Mention& b = mentions[x + 1];
  return a.b == q && a.kind == Mention::Kind::kActor && b.kind == Mention::Kind::kActor &&
         a.e < size() && HasClass(cls[a.e], kComma) && b.b == a.e + 1 &&
         ((a.ref.person >= 0) != (b.ref.person >= 0));
}

int SentenceState::AppositiveMate(int k) const {
  const int count = static_cast<int>(mentions.size());
  for (int o : {k - 1, k + 1}) {
    if (o < 0 || o >= count) continue;
    const Mention& a = mentions[std::min(k, o)];
    const Mention& b = mentions[std::max(k, o)];
    if (a.kind != Mention::Kind::kActor || b.kind != Mention::Kind::kActor || a.e >= size() ||
        !HasClass(cls[a.e], kComma) || b.b != a.e + 1 || b.e >= size() ||
        !HasClass(cls[b.e], kComma)) {
      continue;
    }
    // (A list goes on after the second comma, "X, Y, Z and W": no appositive. Only ", and"
    // and another pair after it may close both, "Blinken, the top U.S. diplomat, and Wang Yi,
    // China's foreign minister,"; else "X, Y, and Z" is a list.)
    const int after = std::max(k, o) + 1;
    if (after < count && mentions[after].b == b.e + 1) continue;
    if (b.e + 1 < size() && HasClass(cls[b.e + 1], kConj) && !AppositivePairFollows(b.e + 2)) {
      continue;
    }
    const Mention& person = mentions[k].ref.person >= 0 ? mentions[k] : mentions[o];
    const Mention& title = &person == &mentions[k] ? mentions[o] : mentions[k];
    if (person.ref.person < 0 || title.ref.person >= 0 || title.ref.code.size() != 6 ||
        title.ref.inferred_country || IsOrganisationEntry(person.ref.person)) {
      continue;
    }
    const std::string& code = CodeOf(person.ref, doc_date);
    if (code.size() >= 3 && code.compare(0, 3, title.ref.code, 0, 3) != 0) continue;
    return o;
  }
  return -1;
}

void SentenceState::AppendReferents(int k, std::vector<Ref>* out) const {
  const Mention& m = mentions[k];
  if (m.kind != Mention::Kind::kActor) {
    out->insert(out->end(), m.referents.begin(), m.referents.end());
    return;
  }
  // A person and their title set off beside them are one actor: the person, with the title's
  // code for a date the dictionary gives them no role on.
  if (const int mate = AppositiveMate(k); mate >= 0) {
    const bool person_here = m.ref.person >= 0;
    Ref merged = person_here ? m.ref : mentions[mate].ref;
    const Ref& title = person_here ? mentions[mate].ref : m.ref;
    merged.code = title.code;
    merged.titled = !Is(RoleOf(title.code), "ELI");
    out->push_back(std::move(merged));
    return;
  }
  out->push_back(m.ref);
  // (Most actors have no coordinated members: no call to insert none.)
  if (!m.coordinated.empty()) {
    out->insert(out->end(), m.coordinated.begin(), m.coordinated.end());
  }
}

// Mention k and the members of a compound it heads or closes ("China and Iran").
// Where mention b really starts after a conjunction at `after`: a determiner and modifiers
// the dictionaries do not know may stand before its words ("and the Saudi-backed
// government").
bool SentenceState::StartsRightAfter(uint32_t after, const Mention& b) const {
  uint32_t q = after + 1;
  const bool det = q < b.b && HasClass(cls[q], kDet);
  if (det) ++q;
  // (A participle right after "and" is a verb of its own: "stormed the parliament and freed
  // former President Atambayev"; after a determiner it describes: "and the jailed leader".)
  for (int mod = 0; mod < 2 && q < b.b && !pos.empty() &&
                    (pos[q] == text::Pos::kJJ || (pos[q] == text::Pos::kVBN && (det || mod > 0)) ||
                     norm[q].find('-') != std::string_view::npos);
       ++mod) {
    ++q;
  }
  return q == b.b;
}

// Whether b closes a list of countries or organisations after a by a comma and "and":
// "Russia, China, and Iran". (Only those: a comma and "and" between other phrases as often
// join clauses.)
bool SentenceState::SerialConjBefore(const Mention& a, const Mention& b) const {
  auto state = [](const Mention& m) {
    return m.kind == Mention::Kind::kActor && m.ref.person < 0 &&
           (m.ref.country || StartsWith(m.ref.code, "IGO"));
  };
  return a.e + 2 == b.b && HasClass(cls[a.e], kComma) && ids[a.e + 1] == w.id_and && state(a) &&
         state(b) && a.b > 0 && HasClass(cls[a.b - 1], kComma);
}

// Whether mentions k and k + 1 are joined by ", and" with a person and their title set off
// by commas on either side: "Blinken, the top U.S. diplomat, and Wang Yi, China's foreign
// minister".
bool SentenceState::AppositivesJoined(int k) const {
  if (k < 0 || k + 1 >= static_cast<int>(mentions.size())) return false;
  const Mention& a = mentions[k];
  const Mention& b = mentions[k + 1];
  if (a.e + 2 != b.b || !HasClass(cls[a.e], kComma) || !HasClass(cls[a.e + 1], kConj)) {
    return false;
  }
  // (With no mate, AppositiveMate is -1: the first mention's "k - 1".)
  return (k > 0 && AppositiveMate(k) == k - 1) || AppositiveMate(k + 1) == k + 2;
}

// Whether the mentions from k on, joined by commas, reach an "and" or "or" that closes them
// as a list: "China, Russia and Iran", "China, Russia, and Iran".
bool SentenceState::ListClosesWithConj(int k) const {
  for (; k < static_cast<int>(mentions.size()); ++k) {
    const uint32_t e = mentions[k].e;
    if (e >= size()) return false;
    if (HasClass(cls[e], kConj)) return true;
    if (!HasClass(cls[e], kComma)) return false;
    if (e + 1 < size() && HasClass(cls[e + 1], kConj)) return true;
    if (k + 1 >= static_cast<int>(mentions.size()) || mentions[k + 1].b != e + 1) return false;
  }
  return false;
}

// Mention k and the members of the compound it heads or closes, as Group gathers them:
// found without copying a Ref, so that asking only how large a group is stays cheap.
SentenceState::GroupMembers SentenceState::MembersOf(int k, bool backward) const {
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
    // ("Hayashi and his Bangladeshi counterpart": the member after its owner's pronoun.)
    if (OwnsNextMember(g.last + 1) && a.e < size() && HasClass(cls[a.e], kConj) &&
        mentions[g.last + 1].b == a.e + 1) {
      g.last += 2;
      continue;
    }
    const Mention& b = mentions[g.last + 1];
    if (SerialConjBefore(a, b) || AppositivesJoined(g.last)) {  // "Russia, China, and Iran"
      ++g.last;
      continue;
    }
    if (a.e >= size() || !HasClass(cls[a.e], kConj | kComma) ||
        !(b.b == a.e + 1 || (HasClass(cls[a.e], kConj) && StartsRightAfter(a.e, b)))) {
      break;
    }
    if (StartsNextClause(a, b)) break;
    if (HasClass(cls[a.e], kComma) && !(b.e < size() && HasClass(cls[b.e], kConj | kComma))) {
      break;  // "X, Y said": an appositive, not a list
    }
    // "Iran's foreign minister, Abbas Araqchi, condemned": names set off by commas are one
    // actor named twice unless an "and" or "or" closes them as a list ("X, Y and Z").
    if (HasClass(cls[a.e], kComma) && !ListClosesWithConj(g.last + 1)) break;
    ++g.last;
  }
  // Members before: ... k-1 "and" k
  bool listed = false;  // an "and" seen: earlier members may be joined by commas
  while (backward && g.first > 0) {
    if (g.first >= 2 && OwnsNextMember(g.first - 1)) {
      const Mention& a = mentions[g.first - 2];
      if (a.e < size() && HasClass(cls[a.e], kConj) && mentions[g.first - 1].b == a.e + 1) {
        listed = true;
        g.first -= 2;
        continue;
      }
      break;
    }
    const Mention& a = mentions[g.first - 1];
    const Mention& b = mentions[g.first];
    if (SerialConjBefore(a, b)) {
      listed = true;
      --g.first;
      continue;
    }
    // ("Blinken, the top U.S. diplomat, and Wang Yi, China's foreign minister, held talks".)
    if (AppositivesJoined(g.first - 1)) {
      listed = true;
      --g.first;
      if (g.first > 0 && AppositiveMate(g.first) == g.first - 1) --g.first;
      continue;
    }
    if (a.e >= size() ||
        !(b.b == a.e + 1 || (HasClass(cls[a.e], kConj) && StartsRightAfter(a.e, b))) ||
        StartsNextClause(a, b)) {
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

// Whether a finite verb follows mention b (over adverbs): "Tusk warned", "Tusk later said".
bool SentenceState::HasOwnVerb(const Mention& b) const {
  if (pos.empty() || b.e >= size()) return false;
  uint32_t after = b.e;
  while (after + 1 < size() && pos[after] == text::Pos::kRB) ++after;
  return IsFiniteVerb(static_cast<int>(after));
}

// Whether mention b, after mention a and an "and", is the subject of a clause of its own:
// "Estonia expelled a Russian envoy and Estonian President Alar Karis criticised the
// Kremlin" joins two clauses, not two people expelled. So it is when a verb's object comes
// before the "and" and a finite verb after b. (Not a reporting verb's clause: "officials said
// Russia and China vetoed the draft" names two subjects.)
bool SentenceState::StartsNextClause(const Mention& a, const Mention& b) const {
  if (pos.empty() || a.e >= size() || !HasClass(cls[a.e], kConj) || !HasOwnVerb(b)) return false;
  for (int q = static_cast<int>(a.b) - 1; q >= 0; --q) {
    const text::Pos p = pos[q];
    if (p == text::Pos::kDT || p == text::Pos::kJJ || p == text::Pos::kCD ||
        p == text::Pos::kPRPS) {
      continue;
    }
    if (!(p == text::Pos::kVBD || p == text::Pos::kVBZ || p == text::Pos::kVBP ||
          p == text::Pos::kVB || p == text::Pos::kVBG)) {
      return false;
    }
    return !HasClass(cls[q], kSay) && !IsReportingVerb(norm[q]);
  }
  return false;
}

// Whether mention q of the members stands for no one of its own: an appositive of the one
// before ("Iran's foreign minister, Abbas Araqchi,"), or a possessive that owns the next ("his"
// of "Hayashi and his Bangladeshi counterpart").
bool SentenceState::NoMemberOfItsOwn(const GroupMembers& g, int q) const {
  return (q > g.first && AppositiveMate(q) == q - 1) || (q < g.last && OwnsNextMember(q));
}

// Whether mention q is a possessive pronoun that owns the member right after it ("his" of
// "Hayashi and his Bangladeshi counterpart"): no member of its own.
bool SentenceState::OwnsNextMember(int q) const {
  if (q < 0 || q + 1 >= static_cast<int>(mentions.size()) || pos.empty()) return false;
  const Mention& m = mentions[q];
  if (mentions[q + 1].kind != Mention::Kind::kActor) return false;
  // ("Israel and Lebanon's Hezbollah agreed": a country's name that owns the actor after it.)
  if (m.kind == Mention::Kind::kActor && m.possessor && mentions[q + 1].b == m.e + 1) {
    return true;
  }
  return m.kind != Mention::Kind::kActor && pos[m.b] == text::Pos::kPRPS &&
         mentions[q + 1].b == m.e;
}

// How many referents the members stand for.
size_t SentenceState::CountReferents(const GroupMembers& g) const {
  size_t count = 0;
  for (int q = g.first; q <= g.last; ++q) {
    if (NoMemberOfItsOwn(g, q)) continue;
    count += ReferentCount(q);
  }
  return count;
}

// The members' referents, first to last; `count` is CountReferents(g), asked of the caller
// that has it already so that the vector is made at its size.
std::vector<Ref> SentenceState::ReferentsOf(const GroupMembers& g, size_t count) const {
  std::vector<Ref> out;
  out.reserve(count);
  for (int q = g.first; q <= g.last; ++q) {
    if (NoMemberOfItsOwn(g, q)) continue;
    AppendReferents(q, &out);
  }
  return out;
}

// How many referents Group(k, backward) would return.
size_t SentenceState::GroupSize(int k, bool backward) const {
  return CountReferents(MembersOf(k, backward));
}

std::vector<Ref> SentenceState::Group(int k, bool backward) const {
  const GroupMembers g = MembersOf(k, backward);
  return ReferentsOf(g, CountReferents(g));
}

void SentenceState::GroupInto(int k, bool backward, std::vector<Ref>* out) const {
  const GroupMembers g = MembersOf(k, backward);
  out->clear();
  out->reserve(CountReferents(g));
  for (int q = g.first; q <= g.last; ++q) {
    if (NoMemberOfItsOwn(g, q)) continue;
    AppendReferents(q, out);
  }
}

}  // namespace dyad::coder
