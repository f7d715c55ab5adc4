// Mention finding: the actor phrases of a sentence (countries, people with dated roles,
// organisations, agents, "Tigrayan forces"), pronouns, "the two countries" and the other
// descriptions that stand for an actor named before. The largest of the coder's rule sets, and
// the first step of each sentence: every later step reads its mentions.
#include <algorithm>
#include <cctype>
#include <string>

#include "coder/sentence_state.h"

namespace dyad::coder {
namespace {

// Words that give a name: "known as", "referred to as".
constexpr std::string_view kNamingWords[] = {"known",  "dubbed", "nicknamed",
                                             "styled", "to",     "called"};

// Who belongs to political parties: "lawmakers from both parties".
constexpr std::string_view kPartyMembers[] = {"lawmakers", "legislators", "senators",
                                              "members",   "leaders",     "politicians",
                                              "mps",       "deputies",    "representatives"};

// "Saudi-led", "Iranian-backed": a word that names who leads or backs a group.
// (Told by the word's last letters, which hold no other hyphen, with a word before the hyphen:
// no search for the last hyphen of every word asked about.)
bool IsLedOrBacked(std::string_view w) {
  return (w.size() > 4 && w.ends_with("-led")) || (w.size() > 7 && w.ends_with("-backed")) ||
         (w.size() > 10 && w.ends_with("-supported"));
}

// "British-flagged", "Panama-registered": a word that names the state a ship belongs to. (Not
// "Chinese-owned", whose owners may be a company or the state.)
// (By the last letters, as IsLedOrBacked: it is asked of every long word of every sentence.)
bool IsFlaggedOrRegistered(std::string_view w) {
  return (w.size() > 8 && w.ends_with("-flagged")) || (w.size() > 11 && w.ends_with("-registered"));
}

// The kind of place a place name can follow: "the capital Bamako", "the port city of Basra".
bool IsPlaceKindWord(std::string_view w) {
  return w == "capital" || w == "city" || w == "town" || w == "port";
}

// How far a country named once reaches as the story's topic: from the lead (its first
// sentences), or over the sentences after the one that named it.
constexpr int kTopicLeadSentences = 3;
constexpr int kTopicReach = 3;

}  // namespace

void SentenceState::FindMentions() {
  mentions.clear();
  const uint32_t n = size();
  timexes_past = text::FindTimexes(norm, doc_date, false);
  in_timex.assign(n, false);
  for (const auto& t : timexes_past) {
    for (uint32_t q = t.token_begin; q < t.token_end && q < n; ++q) in_timex[q] = true;
  }
  if (!doc_date.valid()) {
    // Without the article's date, "on Friday" and "Jan 19" date nothing, but they are times
    // still, and no name: "India on Friday condemned Iran" has its subject before them. Their
    // words are found as they would be on any date.
    constexpr text::Date kAnyDate{2000, 1, 1, text::DatePrecision::kDay};
    for (const auto& t : text::FindTimexes(norm, kAnyDate, false)) {
      for (uint32_t q = t.token_begin; q < t.token_end && q < n; ++q) in_timex[q] = true;
    }
  }
  // The tokens whose words may start a mention, found by their ids: most words are none of
  // those, and need neither the tries nor the rules.
  // The tries are asked only there: elsewhere no phrase of theirs starts.
  // (Each token is written at the end of the list, which grows past the tokens listed only:
  // no branch a token.)
  if (mention_starts.size() < n) mention_starts.resize(n);
  uint32_t* const starts = mention_starts.data();
  uint32_t start_count = 0;
  actor_at.resize(n);
  agent_at.resize(n);
  SentenceBuffers::PhraseAt* const actor_out = actor_at.data();
  SentenceBuffers::PhraseAt* const agent_out = agent_at.data();
  // (A surname the story has given a person is a start too. Only a capitalised word of no
  // class can be one, MayBeSurname's first test: the others are told without the look-ups.)
  const bool story_names = !surnames.empty() || !named_people.empty();
  for (uint32_t q = 0; q < n; ++q) {
    actor_out[q] = {};
    agent_out[q] = {};
    starts[start_count] = q;
    start_count += (word_facts[q] & kMayStartMention) ||
                   (story_names && cls[q] == 0 && (toks[q]->flags & text::kCapitalized) &&
                    (SurnameAt(q) >= 0 || NamedPersonAt(q) != nullptr));
  }
  for (uint32_t c = 0; c < start_count; ++c) {
    const uint32_t q = starts[c];
    actor_at[q].len = lex.actor_trie().LongestMatch(&ids[q], n - q, &actor_at[q].value);
    agent_at[q].len = lex.agent_trie().LongestMatch(&ids[q], n - q, &agent_at[q].value);
    // "Officials suspect Iran of", "troops police the border": an agent noun read as the
    // sentence's verb is that verb.
    if (agent_at[q].len == 1 && !pos.empty() &&
        (pos[q] == text::Pos::kVBP || pos[q] == text::Pos::kVB)) {
      agent_at[q].len = 0;
    }
  }
  uint32_t i = 0;  // the first token no mention has taken or been tried at
  // Tries a mention at `start` (not before i, where MayStartMention holds).
  auto try_at = [&](uint32_t start) {
    i = start;
    // Made in place, where it is kept if found. (TryMention reads the mentions found before
    // it; this one, still empty, matches none of its tests.)
    Mention& m = mentions.emplace_back();
    if (TryMention(i, &m)) {
      // "U.S.-based cleric Fethullah Gulen": where someone is based is not who they are;
      // the phrase is the actor that follows, modifiers included.
      if (m.e + 1 < n && WordAt(m.e) == MentionWord::kHyphen &&
          WordAt(m.e + 1) == MentionWord::kBased) {
        const uint32_t based_end = m.e;
        mentions.pop_back();
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
        return;
      }
      i = m.e;
    } else {
      mentions.pop_back();
      ++i;
    }
  };
  // A mention can start only at a token listed or at the word before an agent phrase
  // ("Tigrayan forces"), and MayStartMention tells at which of them it may.
  for (uint32_t c = 0; c < start_count; ++c) {
    const uint32_t q = starts[c];
    // "the Gulf of Oman", "the South China Sea": a phrase that names no actor is passed over
    // whole, the country in it too.
    if (q >= i && actor_at[q].len > 0 && lex.actors()[actor_at[q].value].IsNull()) {
      i = q + actor_at[q].len;
      continue;
    }
    if (q > i && agent_at[q].len > 0 && MayStartMention(q - 1)) try_at(q - 1);
    if (q >= i && MayStartMention(q)) try_at(q);
  }
  if (lex.has_shared_names()) ResolveSharedNames();
  // "Officials in Tehran condemned", "police in Georgia arrested": a bare agent of a country's
  // own institutions or people, as the subject of a verb, is the country's it is said to be in.
  // (Not troops, spies or refugees, which are as often foreign where they are: "troops in
  // Syria"; nor an object, where the place is the event's: "murdered a dissident in Berlin".)
  for (size_t k = 0; k + 1 < mentions.size(); ++k) {
    Mention& m = mentions[k];
    // (Told first: most mentions are no such agent, and need no look at the words after them.)
    if (!m.ref.inferred_country) continue;
    const Mention& place = mentions[k + 1];
    // (Across a compass adjective, "police in southern Israel", and what kind of place it is:
    // "crowds in the capital Bamako", "protesters in the port city of Basra".)
    uint32_t named = m.e + 1;
    while (named < place.b && named < m.e + 6 &&
           (IsCompassWord(norm[named]) || IsPlaceKindWord(norm[named]) || Is(norm[named], "the") ||
            Is(norm[named], "of"))) {
      ++named;
    }
    // (An object too, when it is the government there: "urged the junta in Niger to
    // release", "the authorities in Tehran".)
    // (The military council that rules after a coup is no force stationed abroad: "the
    // military council in Niger".)
    const bool council = Is(m.ref.agent, "MIL") && m.e > m.b && Is(norm[m.e - 1], "council");
    const bool ruling =
        council || (Is(m.ref.agent, "GOV") && m.e > m.b && IsRulingNoun(norm[m.e - 1]));
    if (place.b != named || norm[m.e] != "in" || pos.empty() ||
        !(ruling ||
          (place.e < n && (text::IsVerb(pos[place.e]) || pos[place.e] == text::Pos::kMD))) ||
        place.kind != Mention::Kind::kActor || !(place.ref.country || place.ref.capital) ||
        (Is(m.ref.agent, "MIL") && !council) || Is(m.ref.agent, "SPY") || Is(m.ref.agent, "REF") ||
        Is(m.ref.agent, "REB") || Is(m.ref.agent, "INS")) {
      continue;
    }
    // (Nor an agent noun that ends a phrase naming its country already, "Russian opposition
    // activists in Vilnius", "Chinese security officials in Hong Kong", nor one said to be
    // foreign there: "Western diplomats in Kyiv", "exiled dissidents in London".)
    if (m.b > 0) {
      const std::string_view w = norm[m.b - 1];
      if (w == "foreign" || w == "western" || w == "exiled" || w == "visiting" ||
          w == "international") {
        continue;
      }
    }
    if (k > 0 && mentions[k - 1].kind == Mention::Kind::kActor &&
        !mentions[k - 1].ref.inferred_country) {
      const uint32_t gap = mentions[k - 1].e;
      if (gap == m.b || (gap + 1 == m.b && cls[gap] == 0 && !pos.empty() &&
                         (pos[gap] == text::Pos::kNN || pos[gap] == text::Pos::kJJ))) {
        continue;
      }
    }
    const std::string_view country = std::string_view(place.ref.code).substr(0, 3);
    if (country.size() != 3 || lex.CountryEntry(country) < 0) continue;
    m.ref.code.assign(country).append(m.ref.agent);
    m.ref.inferred_country = false;
    m.ref.country_pending = false;
  }
  // A bare "Congress" in a story about a country whose legislature is called so ("Supporters
  // of former Brazilian president Jair Bolsonaro stormed Congress") is that country's: the
  // country the sentence names, else the story's topic, when it is one of them and the
  // sentence does not name the United States. (Before the bare agents below take their
  // country from it: "Protesters marched on Congress" in a story from Lima are Peru's.)
  static constexpr std::string_view kCongressCountries[] = {
      "ARG", "BOL", "BRA", "CHL", "COL", "CRI", "DOM", "GTM", "HND", "MEX",
      "NIC", "PAN", "PER", "PHL", "PRY", "SLV", "URY", "VEN", "ECU"};
  for (Mention& m : mentions) {
    if (m.kind != Mention::Kind::kActor || m.e != m.b + 1 || norm[m.b] != "congress" ||
        m.ref.person >= 0 || m.ref.code != "USALEG") {
      continue;
    }
    std::string named;
    bool us_named = false, several = false;
    for (const Mention& o : mentions) {
      if (&o == &m || o.kind != Mention::Kind::kActor || o.ref.inferred_country) continue;
      // (A person by their role on the story's date: "supporters of Bolsonaro".)
      const std::string code = o.ref.person >= 0 ? CodeOf(o.ref, doc_date) : o.ref.code;
      if (code.size() < 3 || !OfACountry(code)) continue;
      const std::string_view c(code.data(), 3);
      if (Is(c, "USA"))
        us_named = true;
      else if (named.empty())
        named.assign(c);
      else if (named != c)
        several = true;
    }
    if (us_named || several) continue;
    if (named.empty()) named = TopicCountry();
    if (named.size() == 3 && IsOneOf(named, kCongressCountries)) {
      m.ref.code = named + "LEG";
      m.ref.country = false;
    }
  }
  // "Troops from Chad attacked", "observers from the OSCE said": those a country or an
  // organisation sent, as the subject of a verb, are its own. (Only a subject: "withdrew troops
  // from Syria" names where they left.) "Diplomats from Germany and France met": each country's.
  auto sender = [&](const Mention& m) {
    return m.kind == Mention::Kind::kActor && m.ref.person < 0 && !m.ref.inferred_country &&
           (m.ref.country || StartsWith(m.ref.code, "IGO"));
  };
  for (size_t k = 0; k < mentions.size(); ++k) {
    Mention& from = mentions[k];
    // ("The governments of Mali and Niger condemned", "the army of Mali attacked": after "of"
    // only an agent noun right before makes them its own, below.)
    const bool of = from.b >= 2 && Is(norm[from.b - 1], "of");
    if (!sender(from) || from.b < 2 || !(of || Is(norm[from.b - 1], "from")) || pos.empty()) {
      continue;
    }
    // The list's last member, joined by commas and "and".
    size_t last = k;
    while (last + 1 < mentions.size() && sender(mentions[last + 1])) {
      uint32_t gap = mentions[last].e;
      if (gap < n && HasClass(cls[gap], kComma)) ++gap;
      if (gap < n && ids[gap] == w.id_and) ++gap;
      if (gap == mentions[last].e || gap != mentions[last + 1].b) break;
      ++last;
    }
    const uint32_t after = mentions[last].e;
    if (after >= n || !(text::IsVerb(pos[after]) || pos[after] == text::Pos::kMD ||
                        (word_facts[after] & kAnchorsPatterns))) {
      continue;
    }
    const std::string& code = from.ref.code;
    const bool org = StartsWith(code, "IGO");
    const uint32_t f = from.b - 1;
    if (k > 0 && mentions[k - 1].kind == Mention::Kind::kActor && mentions[k - 1].e == f &&
        mentions[k - 1].ref.inferred_country) {
      Ref& sent = mentions[k - 1].ref;
      const std::string agent = sent.agent;
      auto sent_by = [&](const std::string& c) {
        return StartsWith(c, "IGO") ? c : c.substr(0, 3) + agent;
      };
      sent.code = sent_by(code);
      sent.inferred_country = false;
      sent.country_pending = false;
      for (size_t o = k + 1; o <= last; ++o) {
        Ref other = sent;
        other.code = sent_by(mentions[o].ref.code);
        mentions[k - 1].coordinated.push_back(std::move(other));
      }
      k = last;
      continue;
    }
    // "The governments of Mali and Niger condemned": an agent noun that starts no mention of its
    // own (a word the pair rules read, "governments", "nations") makes the list's members its
    // own, and they are the subject.
    // (So does a title that is no agent noun: "The head of the IAEA visited Iran", as the
    // head of government of a country.)
    const SentenceBuffers::PhraseAt agent_before = agent_at[f - 1];
    const bool title = agent_before.len == 0 && of && last == k &&
                       (Is(norm[f - 1], "head") || Is(norm[f - 1], "chief"));
    if (agent_before.len == 1 || title) {
      // (A bare agent that modifies it, "the military governments of", is part of the phrase.)
      const bool modifier = k > 0 && mentions[k - 1].e == f - 1 &&
                            mentions[k - 1].kind == Mention::Kind::kActor &&
                            mentions[k - 1].ref.inferred_country;
      if (modifier || k == 0 || mentions[k - 1].e < f - 1) {
        const std::string_view agent =
            title ? std::string_view("GOV")
                  : std::string_view(lex.agents()[agent_before.value].code);
        for (size_t o = k; o <= last; ++o) {
          Ref& member = mentions[o].ref;
          if (!StartsWith(member.code, "IGO")) {
            member.code.resize(3);
            member.code.append(agent);
          }
          member.country = false;
        }
        mentions[k].b = f - 1;
        mentions[k].ref.begin = toks[f - 1]->begin;
        if (modifier) {
          mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(k - 1));
          --last;
        }
        k = last;
        continue;
      }
    }
    if (last != k || of) {
      k = last;
      continue;
    }
    // (Members of a mission, which no agent names: the organisation itself.)
    static constexpr std::string_view kMembers[] = {"observers", "monitors",     "inspectors",
                                                    "experts",   "peacekeepers", "investigators"};
    if (org && IsOneOf(norm[f - 1], kMembers) && (k == 0 || mentions[k - 1].e < f)) {
      uint32_t b = f - 1;
      if (b > 0 && HasClass(cls[b - 1], kDet)) --b;
      from.b = b;
      from.ref.begin = toks[b]->begin;
    }
  }
  // "the leader of the FARC rebel group", "the head of the IAEA", "the spokesman of the
  // Taliban": a title "of" an actor is that actor's, not the story's country's. (A country
  // keeps the title's role: "the leader of Iran" is IRNGOV.)
  static constexpr std::string_view kTitles[] = {
      "leader",       "head",      "chief",    "commander",         "spokesman", "spokeswoman",
      "spokesperson", "president", "chairman", "secretary-general", "envoy",     "representative"};
  for (size_t k = 0; k + 1 < mentions.size(); ++k) {
    Mention& title = mentions[k];
    const Mention& of = mentions[k + 1];
    if (title.kind != Mention::Kind::kActor || !title.ref.inferred_country ||
        title.ref.person >= 0 || title.e + 1 >= n || !Is(norm[title.e], "of") ||
        !IsOneOf(norm[title.e - 1], kTitles) || of.kind != Mention::Kind::kActor ||
        of.ref.inferred_country ||
        !(of.b == title.e + 1 || (of.b == title.e + 2 && HasClass(cls[title.e + 1], kDet)))) {
      continue;
    }
    if (of.ref.country && of.ref.person < 0) {
      title.ref.code.assign(of.ref.code, 0, 3).append(title.ref.agent);
      title.ref.inferred_country = false;
      title.ref.country_pending = false;
    } else {
      // (The organisation's or person's whole reference: a group's code, as a person's, may
      // depend on the date, "the spokesman of the Taliban" in 2016 is a rebel's.)
      const uint32_t begin = title.ref.begin, end = title.ref.end;
      title.ref = of.ref;
      title.ref.begin = begin;
      title.ref.end = end;
    }
  }
  // "The head of the Bolivian armed forces urged the president to resign": the head or chief
  // of a body the dictionaries know (no title word they know) speaks for it, as its subject.
  // (A country's head is its government: the rule for senders above.)
  for (size_t k = 0; k < mentions.size(); ++k) {
    Mention& body = mentions[k];
    if (body.kind != Mention::Kind::kActor || body.ref.country || body.ref.person >= 0 ||
        body.ref.code.size() < 6) {
      continue;
    }
    uint32_t of = body.b;
    if (of >= 1 && HasClass(cls[of - 1], kDet)) --of;
    if (of < 2 || !Is(norm[of - 1], "of")) continue;
    const uint32_t head = of - 2;
    if (!(Is(norm[head], "head") || Is(norm[head], "chief")) || agent_at[head].len > 0 ||
        (k > 0 && mentions[k - 1].e > head)) {
      continue;
    }
    body.b = head > 0 && HasClass(cls[head - 1], kDet) ? head - 1 : head;
    body.ref.begin = toks[body.b]->begin;
  }
  // "Thousands of protesters rallied in Yerevan": a bare agent belongs to the one country
  // its sentence names, before the article's topic country.
  std::string only_country;
  int countries_named = 0;
  // (A person or group named in it counts by its code on the story's date: "the RSF and
  // allied militias killed thousands of civilians" is about Sudan's civilians.)
  std::string person_code;
  // Whether the sentence names the country as the home of someone in it (a role, a person, a
  // possessor, a place things happen in: "Georgian police", "Georgia's parliament", "in
  // Tbilisi"), not only as a party: "Opposition leader Yair Golan criticised Iran" names Iran as
  // the one criticised, no home of the opposition leader.
  bool named_as_home = false;
  // Whether every actor that names the country is an armed group (its base, not its target's
  // home: "Jaish-e-Mohammed, a Pakistan-based militant group, killed 40 paramilitary police in
  // Kashmir" in a story from New Delhi).
  bool only_armed_groups = true;
  // Whether the country is named only as where someone goes ("The foreign minister travelled
  // to Mexico", "fled to the Dutch embassy"): no home of those the sentence leaves bare.
  bool only_destination = true;
  for (const Mention& m : mentions) {
    // (Nor gunmen taken for the story's armed group: the sentence names no country by them.)
    if (m.kind != Mention::Kind::kActor || m.ref.inferred_country || m.ref.story_group) continue;
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
    only_armed_groups = only_armed_groups && (Is(RoleOf(code), "REB") || Is(RoleOf(code), "SEP") ||
                                              Is(RoleOf(code), "INS"));
    uint32_t before = m.b;
    while (before > 0 && HasClass(cls[before - 1], kDet)) --before;
    only_destination = only_destination && before > 0 &&
                       (Is(norm[before - 1], "to") || Is(norm[before - 1], "into"));
    // (A nationality of private people is a party too: "Police arrested two Iranian
    // nationals", "Prosecutors charged a Chinese businessman".)
    const std::string_view role = RoleOf(code);
    // (Not a crowd in the street, which protests where it is: "Indonesian protesters set fire
    // to regional parliament buildings" are in Indonesia, at its parliaments.)
    static constexpr std::string_view kCrowd[] = {"protesters", "protestors", "demonstrators",
                                                  "rioters",    "marchers",   "supporters"};
    const bool crowd = Is(role, "CVL") && m.e > m.b && IsOneOf(norm[m.e - 1], kCrowd);
    const bool nationals = (Is(role, "CVL") && !crowd) || Is(role, "REF") || Is(role, "MED") ||
                           Is(role, "BUS") || Is(role, "EDU") || Is(role, "HLH") ||
                           Is(role, "CRM") || Is(role, "LAB");
    named_as_home = named_as_home || (code.size() > 3 && !nationals) || IsLocative(m) ||
                    (m.e < n && HasClass(cls[m.e], kPossessive)) || PartOfAPlace(m);
  }
  // "Cuban dissidents said police detained dozens": in a story with no dateline, bare police
  // are the one country's the sentence named before them (its speaker's), not the story's
  // topic (the U.S. president's visit), unless their clause says where they act.
  if (home_country.empty()) {
    for (size_t k = 1; k < mentions.size(); ++k) {
      Mention& m = mentions[k];
      if (!m.ref.inferred_country || !Is(m.ref.agent, "COP") ||
          !PlaceCountryInClause(m.e).empty()) {
        continue;
      }
      std::string here;
      bool one = true;
      for (size_t o = 0; o < k; ++o) {
        if (mentions[o].kind != Mention::Kind::kActor) continue;
        const std::string c = CodeOf(mentions[o].ref, doc_date);
        if (c.size() < 3 || !OfACountry(c)) continue;
        if (here.empty())
          here = c.substr(0, 3);
        else if (c.compare(0, 3, here) != 0)
          one = false;
      }
      if (one && !here.empty()) {
        m.ref.code = here + m.ref.agent;
        m.ref.country_pending = false;
      }
    }
  }
  if (countries_named == 1 && !only_destination) {
    for (Mention& m : mentions) {
      // (Not a government title given the dateline's country: "Vice Foreign Minister Ma
      // summoned the U.S. ambassador" in a story from Beijing.)
      // (A bare agent of the story's first sentence only when the country is named as a home.)
      // (Nor the police or army of the dateline's country when only an armed group based
      // elsewhere names the other: they are what it attacks, at home.)
      const bool home_forces =
          only_armed_groups && !m.ref.country_pending && home_country.size() == 3 &&
          home_country != only_country &&
          (Is(m.ref.agent, "COP") || Is(m.ref.agent, "MIL") || Is(m.ref.agent, "GOV")) &&
          m.ref.code.compare(0, 3, home_country) == 0;
      // (Nor a court, the police, a legislature or an opposition the story has placed, when
      // the sentence names the country only as the nationality of people or as a party:
      // "a court jailed two Ukrainian citizens", "police arrested two Iranian nationals",
      // "opposition leader Yair Golan criticised Iran" in stories from Moscow, London and
      // Jerusalem.)
      const bool placed_institution = !named_as_home && !m.ref.country_pending &&
                                      (Is(m.ref.agent, "JUD") || Is(m.ref.agent, "COP") ||
                                       Is(m.ref.agent, "LEG") || Is(m.ref.agent, "OPP"));
      if (m.ref.inferred_country && (named_as_home || !m.ref.country_pending) && !home_forces &&
          !placed_institution && !m.ref.kind_named &&
          !(Is(m.ref.agent, "GOV") && m.ref.code.compare(0, 3, home_country) == 0)) {
        m.ref.code = only_country + m.ref.agent;
        m.ref.country_pending = false;
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
      if (c.size() == 3 && lex.CountryEntry(c) >= 0) {
        m.ref.code = c + m.ref.agent;
        m.ref.country_pending = false;
      }
    }
  }
  // "accusing Iran and its Lebanese ally Hezbollah": a country's adjective before a noun of
  // kinship and a name describes the one named, who is the actor.
  static constexpr std::string_view kKin[] = {"ally",   "allies", "partner",   "proxy",   "proxies",
                                              "client", "rival",  "neighbour", "neighbor"};
  for (size_t k = 0; k + 1 < mentions.size(); ++k) {
    Mention& adj = mentions[k];
    Mention& name = mentions[k + 1];
    if (adj.kind != Mention::Kind::kActor || !adj.ref.country || adj.e != adj.b + 1 ||
        pos.empty() || !(pos[adj.b] == text::Pos::kJJ || pos[adj.b] == text::Pos::kNNP) ||
        adj.e + 1 >= n || !IsOneOf(norm[adj.e], kKin) || name.b != adj.e + 1 ||
        name.kind != Mention::Kind::kActor || name.ref.inferred_country) {
      continue;
    }
    name.b = adj.b;
    name.ref.begin = adj.ref.begin;
    mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(k));
  }
  // "residents of northern Gaza", "the people of Sudan", "civilians of Kharkiv": people of a
  // place are its country's, in one mention ("ordered residents of Gaza to leave").
  for (size_t k = 0; k + 1 < mentions.size(); ++k) {
    Mention& m = mentions[k];
    const Mention& place = mentions[k + 1];
    if (m.kind != Mention::Kind::kActor || !m.ref.inferred_country || m.ref.person >= 0 ||
        !(Is(m.ref.agent, "CVL") || Is(m.ref.agent, "REF")) || m.e >= n || !Is(norm[m.e], "of") ||
        place.kind != Mention::Kind::kActor || place.ref.person >= 0 ||
        place.ref.inferred_country) {
      continue;
    }
    uint32_t named = m.e + 1;
    while (named < place.b && named < m.e + 4 &&
           (IsCompassWord(norm[named]) || Is(norm[named], "the"))) {
      ++named;
    }
    const std::string code = CodeOf(place.ref, doc_date);
    if (place.b != named || code.size() != 3 || lex.CountryEntry(code) < 0) continue;
    m.ref.code = code + m.ref.agent;
    m.ref.inferred_country = false;
    m.ref.country_pending = false;
    m.e = place.e;
    m.ref.end = place.ref.end;
    mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(k + 1));
  }
  // "blamed the militia, Kataib Hezbollah, for": a bare agent set off by the name of an actor
  // of its kind is that actor.
  for (size_t k = 0; k + 1 < mentions.size(); ++k) {
    Mention& m = mentions[k];
    const Mention& name = mentions[k + 1];
    // ("the militants", "the group": the armed group named last, unless named here.)
    const bool bare = m.kind == Mention::Kind::kActor
                          ? (m.ref.inferred_country || m.ref.story_group) && m.ref.person < 0
                          : m.group;
    if (!bare || m.e >= n || !HasClass(cls[m.e], kComma) ||
        !(name.b == m.e + 1 ||
          (name.b == m.e + 2 && (Is(norm[m.e + 1], "al") || Is(norm[m.e + 1], "the")))) ||
        name.kind != Mention::Kind::kActor || name.ref.inferred_country || name.ref.person >= 0 ||
        !(name.e >= n || HasClass(cls[name.e], kComma) || IsFullStop(name.e))) {
      continue;
    }
    const std::string code = CodeOf(name.ref, doc_date);
    const std::string own = m.ref.agent.empty() ? std::string(RoleOf(m.ref.code)) : m.ref.agent;
    if (code.size() == 6 && (m.group ? IsArmed(code) : RoleOf(code) == own)) {
      m.kind = Mention::Kind::kActor;
      m.group = false;
      m.ref = name.ref;
      m.ref.begin = toks[m.b]->begin;
      m.ref.end = toks[m.e - 1]->end;
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
    // (A name the dictionaries know, then its acronym: "the National Liberation Army (ELN)" is
    // one actor.)
    if (k > 0 && mentions[k - 1].e + 1 == m.b && mentions[k - 1].kind == Mention::Kind::kActor &&
        !mentions[k - 1].ref.inferred_country && mentions[k - 1].ref.person < 0 &&
        m.ref.person < 0 && mentions[k - 1].ref.code == m.ref.code) {
      Mention& name = mentions[k - 1];
      name.e = m.e + 1;
      name.ref.end = toks[name.e - 1]->end;
      mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(k));
      --k;
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
  // "Peru's Congress", "the Peruvian Congress": a congress another country names as its own
  // is that country's legislature, not the U.S. Congress the dictionary means by the word.
  for (size_t k = 1; k < mentions.size(); ++k) {
    Mention& m = mentions[k];
    const Mention& owner = mentions[k - 1];
    if (m.e != m.b + 1 || norm[m.b] != "congress" || m.ref.person >= 0 ||
        owner.kind != Mention::Kind::kActor || owner.ref.person >= 0 ||
        owner.ref.code.size() != 3 || !OfACountry(owner.ref.code) ||
        !(owner.e == m.b || (owner.e + 1 == m.b && HasClass(cls[owner.e], kPossessive)))) {
      continue;
    }
    m.ref.code = owner.ref.code + "LEG";
    m.ref.country = false;
    m.ref.begin = owner.ref.begin;
    m.b = owner.b;
    mentions.erase(mentions.begin() + static_cast<std::ptrdiff_t>(k - 1));
    --k;
  }
  // "Iran seized a British-flagged tanker", "a Liberian-registered ship was hit": a ship is its
  // flag's country, to whom what is done to it is done.
  for (uint32_t q = 0; q < n; ++q) {
    if (norm[q].size() < 9 || !IsFlaggedOrRegistered(norm[q])) continue;
    const auto after =
        std::find_if(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.e > q; });
    if (after != mentions.end() && after->b <= q) continue;  // inside a mention
    std::string country = CountryBeforeHyphen(norm[q]);
    if (country.empty()) continue;
    Mention owner;
    owner.b = q;
    owner.e = q + 1;
    owner.ref.code = std::move(country);
    owner.ref.country = true;
    owner.ref.begin = toks[q]->begin;
    owner.ref.end = toks[q]->end;
    mentions.insert(after, std::move(owner));
  }
  // A bare agent no country was found for names no one the coder can place.
  std::erase_if(mentions, [](const Mention& m) { return m.ref.country_pending; });
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
    // (And a compass adjective: "Militants in northwestern Pakistan attacked".)
    // (And up to two adjectives that name no actor: "An explosion at al-Ahli hospital in Gaza
    // killed hundreds": the hospital is where, not who.)
    int adjectives = 0;
    // (And the kind of place a place is: "Protesters in the capital Bamako cheered".)
    const bool place = m.ref.capital || m.ref.country || m.ref.region;
    for (; p >= 0; --p) {
      if (HasClass(cls[p], kDet | kPairQuant) || IsCompassWord(norm[p])) continue;
      if (place && IsPlaceKindWord(norm[p])) continue;
      if (adjectives < 2 && !pos.empty() && pos[p] == text::Pos::kJJ && cls[p] == 0 &&
          mention_at[p] < 0) {
        ++adjectives;
        continue;
      }
      break;
    }
    // (Not a member of a group: "an alliance of ethnic armed groups launched".)
    if (p >= 0 && HasClass(cls[p], kPrep) && !HasClass(cls[p], kSubordinator | kPossessive) &&
        !(adjectives > 0 && Is(norm[p], "of"))) {
      m.prepositional = true;
      // "thousands of Iraqis", "a group of protesters": the quantity is not the head.
      // (But a person's supporters are a crowd of their country, not the person: "Supporters
      // of Imran Khan attacked the army headquarters", as the gold codes Bolsonaro's.)
      const bool followers = p > 0 && m.ref.person >= 0 && Is(norm[p - 1], "supporters");
      if (norm[p] == "of" && p > 0 && IsQuantityNoun(norm[p - 1]) && !followers) {
        m.prepositional = false;
      }
      // "Donors led by France pledged", "a delegation headed by the foreign minister met": a
      // sentence's first phrase, a group of no one the coder knows, led by an actor, is that
      // actor's doing.
      if (norm[p] == "by" && LeaderActsForItsGroup(p)) m.prepositional = false;
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
    if (TownsPlace(m)) m.prepositional = true;
    // "A roadside bomb in Pakistan's North Waziristan killed four soldiers": a place owned by
    // a place that follows a preposition is where, as its owner is, not who killed.
    // (Across the words of the place's name the dictionary does not hold: "North", "Upper".)
    if (place && k > 0 && mentions[k - 1].prepositional) {
      uint32_t q = m.b;
      while (q > mentions[k - 1].e + 1 && m.b - q < 2 && mention_at[q - 1] < 0 &&
             (toks[q - 1]->flags & text::kCapitalized)) {
        --q;
      }
      if (q == mentions[k - 1].e + 1 && HasClass(cls[q - 1], kPossessive)) m.prepositional = true;
    }
  }
}

// "Roper Corporation in La Fayette, Georgia, claims": whether the mention is a country or
// region named after a town the dictionaries do not know, the town after a preposition: where
// the town is, not an appositive naming anyone.
bool SentenceState::TownsPlace(const Mention& m) const {
  if (m.b < 3 || !HasClass(cls[m.b - 1], kComma) || m.kind != Mention::Kind::kActor ||
      m.ref.person >= 0 || !m.ref.agent.empty() || m.e != m.b + 1 || ClosesOpeningPhrase(m.b - 1)) {
    return false;
  }
  const int comma = static_cast<int>(m.b) - 1;
  int town = comma - 1;
  while (town >= 0 && (toks[town]->flags & text::kCapitalized) && cls[town] == 0 &&
         (toks[town]->flags & text::kWord) && mention_at[town] < 0) {
    --town;
  }
  return town >= 0 && town < comma - 1 && HasClass(cls[town], kPrep) &&
         !HasClass(cls[town], kSubordinator);
}

// Whether the comma at `comma` ends a phrase that opens the sentence with a preposition or
// a participle and has no finite verb ("In Ankara,", "Speaking in Ankara,").
bool SentenceState::ClosesOpeningPhrase(uint32_t comma) const {
  if (pos.empty() || comma == 0) return false;
  if (!HasClass(cls[0], kPrep) && pos[0] != text::Pos::kVBG && pos[0] != text::Pos::kVBN) {
    return false;
  }
  for (uint32_t q = 1; q < comma; ++q) {
    if (HasClass(cls[q], kComma) || IsFiniteVerb(q)) return false;
  }
  return true;
}

// Whether the comma at `comma` ends a clause that opens the sentence with a subordinator and
// has a finite verb ("If new cabinets are necessary,", "When Russia invaded,"); not a comma
// inside such a clause ("When Russia, as expected,").
bool SentenceState::ClosesOpeningClause(uint32_t comma) const {
  if (pos.empty() || comma < 3 || !HasClass(cls[0], kSubordinator)) return false;
  bool finite = false;
  for (uint32_t q = 1; q < comma; ++q) {
    if (HasClass(cls[q], kComma | kClauseBreak)) return false;
    finite = finite || IsFiniteVerb(static_cast<int>(q));
  }
  return finite;
}

// Whether the word at `q` carries on a proper name: a capitalised noun that is no actor,
// agent or time. (Not in a headline's title case, where every word is capitalised.)
bool SentenceState::BeginsLongerName(uint32_t q) const {
  const uint32_t n = size();
  // (A capitalised word inside a sentence is a name's whatever the tagger made of it: it tags
  // "Business" of "American Business Insurance" NN.)
  if (q >= n || pos.empty() ||
      (pos[q] != text::Pos::kNNP && pos[q] != text::Pos::kNN && pos[q] != text::Pos::kNNS) ||
      cls[q] != 0 || !(toks[q]->flags & text::kCapitalized) || !(toks[q]->flags & text::kWord) ||
      actor_at[q].len > 0 || agent_at[q].len > 0 || in_timex[q]) {
    return false;
  }
  // Titles before a person's name are no name of a thing: "Israeli Colonel Peter Lerner",
  // "U.S. Rep. Ilhan Omar" (an abbreviation, its period a token of its own).
  static constexpr std::string_view kTitles[] = {
      "general",    "gen",     "colonel",      "col",      "lieutenant", "lt",
      "major",      "maj",     "captain",      "capt",     "admiral",    "adm",
      "sergeant",   "sgt",     "brigadier",    "marshal",  "commodore",  "representative",
      "rep",        "speaker", "prince",       "princess", "crown",      "secretary",
      "director",   "justice", "commissioner", "rabbi",    "cardinal",   "bishop",
      "archbishop", "imam",    "ayatollah",    "cleric",   "patriarch",  "mullah",
      "sen",        "gov",     "dr",           "mr",       "mrs",        "ms",
      "sir",        "lord",    "lady",         "dame",     "pastor",     "father"};
  if (IsOneOf(norm[q], kTitles) || (q + 1 < n && norm[q + 1] == ".")) return false;
  uint32_t words = 0, capitalised = 0;
  for (uint32_t k = 0; k < n; ++k) {
    if (!(toks[k]->flags & text::kWord)) continue;
    ++words;
    if (toks[k]->flags & text::kCapitalized) ++capitalised;
  }
  return capitalised * 2 < words;
}

// The country of the place a clause names "in" after `from` ("stormed its embassy in
// Tehran"), by a capital, a region or the country's name; empty when the clause names none.
// `route_too` takes the ways a crowd goes for where it is too ("marched through Bamako", "took
// to the streets of Tbilisi", "rallied across France").
std::string SentenceState::PlaceCountryInClause(uint32_t from, bool near_too,
                                                bool route_too) const {
  const uint32_t n = size();
  for (uint32_t q = from; q + 1 < n && q < from + 16; ++q) {
    if (HasClass(cls[q], kComma | kClauseBreak | kSubordinator | kRel) || IsFullStop(q)) break;
    if (!Is(norm[q], "in") &&
        !(near_too && (Is(norm[q], "near") || Is(norm[q], "around") || Is(norm[q], "outside"))) &&
        !(route_too &&
          (Is(norm[q], "through") || Is(norm[q], "across") || Is(norm[q], "throughout") ||
           (Is(norm[q], "of") && q > 0 && Is(norm[q - 1], "streets"))))) {
      continue;
    }
    if (std::string c = CountryPlaceAfter(q); !c.empty()) return c;
  }
  return "";
}

// The country of the place named right after the preposition at `prep` ("in Tehran", "from
// the Gaza Strip", "in northern Syria"): a capital, a region or the country's name; empty when
// none is named there.
std::string SentenceState::CountryPlaceAfter(uint32_t prep) const {
  const uint32_t n = size();
  if (prep + 1 >= n) return "";
  uint32_t at = Is(norm[prep + 1], "the") && prep + 2 < n ? prep + 2 : prep + 1;
  // ("in central Mali", "in northern Syria".)
  while (at + 1 < n && IsCompassWord(norm[at])) ++at;
  if (actor_at[at].len == 0) return "";
  const lexicon::ActorEntry& a = lex.actors()[actor_at[at].value];
  if (a.kind == lexicon::ActorEntry::Kind::kPerson || a.code.size() != 3 ||
      lex.CountryEntry(a.code) < 0 || a.kind == lexicon::ActorEntry::Kind::kAdjective) {
    return "";
  }
  return a.code;
}

// The country a bare "police" or "the government" belongs to: the country the article has
// named most so far (its topic); else the one other country it has named, since a story
// filed from Washington about Sudan's paramilitaries is about Sudan; else the country of
// its dateline (where it was filed).
std::string SentenceState::TopicCountry() const {
  const NamedCountry* best = nullptr;
  for (const NamedCountry& c : named_countries) {
    if (!best || c.count > best->count ||
        (c.count == best->count && c.ref.code == home_country)) {
      best = &c;
    }
  }
  if (best && best->count >= 2) return best->ref.code;
  // A country named once is the topic only from the story's lead or the sentences just
  // before: one named in passing deep in a page ("hire cheap SEO companies and move to
  // Fiji") is no topic of the paragraphs after it.
  auto may_be_topic = [&](const NamedCountry& c) {
    return c.count >= 2 || c.first_sentence <= kTopicLeadSentences ||
           sentence_number - c.sentence < kTopicReach;
  };
  std::string other;
  int other_count = 0, home_count = 0;
  bool home_named = false;
  for (const NamedCountry& c : named_countries) {
    if (c.ref.code == home_country) {
      home_named = true;
      home_count = c.count;
      continue;
    }
    if (!may_be_topic(c)) continue;
    if (!other.empty()) {
      // Several other countries: the dateline's, if the story names it at all ("GENEVA"
      // stories are seldom about Switzerland); else the one named most, first named first.
      return home_named ? home_country : other;
    }
    other = c.ref.code;
    other_count = c.count;
  }
  // ("COLOMBO - Sri Lanka's president resigned after fleeing to Singapore. Protesters
  // occupied his office": one other country named no more often than the dateline's is no
  // more the topic than it.)
  if (home_named && home_count >= other_count) return home_country;
  return other.empty() ? home_country : other;
}

// Whether the mention is the place whose part follows "the streets of", "the outskirts of",
// "the centre of": where things happen, as "in Tbilisi" is.
bool SentenceState::PartOfAPlace(const Mention& m) const {
  static constexpr std::string_view kPart[] = {"streets", "outskirts", "centre",  "center",
                                               "suburbs", "heart",     "downtown"};
  return m.b >= 2 && Is(norm[m.b - 1], "of") && IsOneOf(norm[m.b - 2], kPart);
}

bool SentenceState::StillNamesTheAgent(std::string_view w) {
  static constexpr std::string_view kFacility[] = {
      "response", "operation", "operations", "crackdown", "action", "actions",
      "base",     "bases",    "station",  "stations",     "academy",  "headquarters",
      "post",     "posts",    "barracks", "camp",         "camps",    "convoy",
      "convoys",  "checkpoint", "checkpoints", "patrol",  "patrols",  "vehicle",
      "vehicles", "compound", "building", "buildings",    "outpost",  "outposts",
      "positions", "installation", "installations", "facility", "facilities", "office",
      "offices",  "unit",     "units",    "officers",     "personnel", "chief",
      "chiefs",   "commander", "commanders", "spokesman", "spokeswoman", "spokesperson"};
  return IsOneOf(w, kFacility);
}

// The nouns for a country's rulers as a whole, which are that country's wherever they are
// said to be: "the junta in Niger", "the authorities in Beijing" (not "the embassy in Kyiv",
// "the envoy in Moscow", foreign where they are).
bool SentenceState::IsRulingNoun(std::string_view w) {
  return w == "government" || w == "junta" || w == "authorities" || w == "regime" ||
         w == "administration" || w == "leadership" || w == "rulers";
}

// Whether the word at `q`, after a bare agent word, is a common noun that word modifies ("police
// reform", "media law"): a lower-case noun that names no agent, actor or the agent itself.
bool SentenceState::IsModifiedCommonNoun(uint32_t q) const {
  return q < size() && !pos.empty() && (pos[q] == text::Pos::kNN || pos[q] == text::Pos::kNNS) &&
         !(toks[q]->flags & text::kCapitalized) && !StillNamesTheAgent(norm[q]) &&
         agent_at[q].len == 0 && actor_at[q].len == 0;
}

bool SentenceState::IsInstitutionNoun(std::string_view w) {
  static constexpr std::string_view kInstitutions[] = {
      "army",    "military", "government",     "ministry",  "parliament", "court",
      "navy",    "cabinet",  "administration", "junta",     "regime",     "legislature",
      "senate",  "congress", "assembly",       "judiciary", "council",    "department",
      "force",   "guard",    "command",        "coalition", "opposition", "treasury",
      "embassy", "agency",   "commission",     "bureau"};
  return IsOneOf(w, kInstitutions);
}

// The nouns an international organisation's name ends in that the story may call it by
// afterwards: "the court" of "the International Criminal Court", "the agency" of "the
// International Atomic Energy Agency", "the peacekeepers" of "UN peacekeepers".
bool SentenceState::IsOrganisationHead(std::string_view w) {
  static constexpr std::string_view kHeads[] = {
      "court",      "tribunal",    "agency",       "fund",         "council",  "commission",
      "programme",  "program",     "organization", "organisation", "assembly", "office",
      "mission",    "force",       "bank",         "union",        "watchdog", "body",
      "parliament", "secretariat", "peacekeepers", "observers",    "monitors", "inspectors"};
  return IsOneOf(w, kHeads);
}

// The organisation the story named whose name ends in the noun at `i` (the latest, if
// several), or null.
const Ref* SentenceState::NamedOrganisationAt(uint32_t i) const {
  for (auto o = named_organisations.rbegin(); o != named_organisations.rend(); ++o) {
    if (o->head != ids[i]) continue;
    // (Not when a country's body of that name was named since: "The ICC issued a warrant ... A
    // Russian court sentenced him ... the court said" is the Russian court.)
    for (const NamedAgent& a : named_agents) {
      if (a.sentence >= o->sentence && a.noun == norm[i]) return nullptr;
    }
    return &o->ref;
  }
  return nullptr;
}

// The length of the tail of an organisation's name the story wrote (two words or more, not
// the whole) starting at `i` ("Security Council" of "UN Security Council"), capitalised as a
// name; 0 when none. Sets `org` to the organisation (the latest named).
uint32_t SentenceState::NamedOrganisationTailAt(uint32_t i, const Ref** org) const {
  for (auto o = named_organisations.rbegin(); o != named_organisations.rend(); ++o) {
    const std::vector<uint32_t>& words = o->words;
    for (size_t len = words.size() > 2 ? words.size() - 1 : 0; len >= 2; --len) {
      if (i + len > size()) continue;
      bool same = true;
      for (size_t k = 0; k < len && same; ++k) {
        same = ids[i + k] == words[words.size() - len + k] &&
               (toks[i + k]->flags & text::kCapitalized);
      }
      if (same) {
        *org = &o->ref;
        return static_cast<uint32_t>(len);
      }
    }
  }
  return 0;
}

// Whether the "it" at `i` stands for no thing: "it is important to consider", "it's time to
// review", "it makes sense to", "it is believed that". (A country's "it" keeps its own
// predicates: "Iran said it is ready to talk", "it is expected to sign".)
bool SentenceState::IsExpletiveIt(uint32_t i) const {
  if (norm[i] != "it" || i + 1 >= size()) return false;
  std::string_view next = norm[i + 1];
  if (next == "seems" || next == "seemed" || next == "appears" || next == "appeared" ||
      next == "makes" || next == "made" || next == "pays" || next == "remains" || next == "turns" ||
      next == "turned") {
    if (next == "makes" || next == "made") return i + 2 < size() && norm[i + 2] == "sense";
    if (next == "remains") return i + 2 < size() && norm[i + 2] == "to";
    if (next == "turns" || next == "turned") return i + 2 < size() && norm[i + 2] == "out";
    return true;
  }
  // A form of "be", after a modal or "has"/"had": "it would be wise to", "it has been
  // difficult to".
  uint32_t q = i + 1;
  bool be = false;
  for (; q < size() && q <= i + 4; ++q) {
    std::string_view w = norm[q];
    if (w == "is" || w == "'s" || w == "was" || w == "be" || w == "been") {
      be = true;
      continue;
    }
    if (HasClass(cls[q], kFuture | kNeg | kAdverb) || w == "has" || w == "had") continue;
    break;
  }
  if (!be) return false;
  // Degree words and an article before the judgement: "it's also a very good idea to".
  static constexpr std::string_view kBefore[] = {
      "a",          "an",           "very",     "really",       "so",
      "quite",      "particularly", "always",   "often",        "usually",
      "generally",  "typically",    "probably", "certainly",    "definitely",
      "absolutely", "more",         "most",     "increasingly", "equally",
      "therefore",  "extremely",    "highly",   "good",         "great",
      "smart",      "wise",         "far",      "much",         "too",
      "even",       "especially"};
  static constexpr std::string_view kJudgement[] = {
      "important",  "crucial",    "essential",   "necessary", "vital",    "critical", "key",
      "imperative", "wise",       "smart",       "advisable", "best",     "better",   "easy",
      "easier",     "hard",       "harder",      "difficult", "tough",    "possible", "impossible",
      "worth",      "worthwhile", "time",        "idea",      "safe",     "helpful",  "useful",
      "fair",       "reasonable", "clear",       "unclear",   "obvious",  "evident",  "true",
      "unlikely",   "doubtful",   "soon",        "late",      "early",    "up",       "common",
      "normal",     "natural",    "tempting",    "unusual",   "rare",     "believed", "thought",
      "estimated",  "understood", "feared",      "reported",  "said",     "known",    "considered",
      "alleged",    "claimed",    "recommended", "advised",   "suggested"};
  for (uint32_t k = q; k < size() && k <= q + 3; ++k) {
    std::string_view w = norm[k];
    if (IsOneOf(w, kJudgement)) {
      // A passive of saying or thinking needs its clause: "it is believed that", not "it
      // was reported to the police"; "unlikely" too ("it is unlikely to attend" is a
      // country's).
      const bool passive = w.size() > 2 && (w.substr(w.size() - 2) == "ed" || w == "said" ||
                                            w == "thought" || w == "known" || w == "understood");
      if (passive || w == "unlikely") {
        if (k + 1 < size() && norm[k + 1] == "that") return true;
        if (w == "advised" || w == "recommended" || w == "suggested") {
          return k + 1 < size() && norm[k + 1] == "to";  // "it is advised to check"
        }
        return w == "considered" && k + 2 < size() && norm[k + 2] == "to";  // "unclean to"
      }
      // Words that a thing's own predicate shares need the infinitive: "it's best to" but
      // "it is best placed", "it's time to", "it's up to you", "it's too early to".
      if (w == "best" || w == "better" || w == "soon" || w == "late" || w == "early" || w == "up" ||
          w == "time") {
        return k + 1 < size() && norm[k + 1] == "to";
      }
      return true;
    }
    if (std::find(std::begin(kBefore), std::end(kBefore), w) == std::end(kBefore)) break;
  }
  return false;
}

bool SentenceState::IsCountryNoun(MentionWord w) {
  // ("the island", "the republic" are as often the subject's own country.)
  return w == MentionWord::kEmirate || w == MentionWord::kKingdom ||
         w == MentionWord::kSultanate;
}

bool SentenceState::IsQuantityNoun(std::string_view w) {
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
// and telling so is much cheaper than trying the rules. (The word's kMayStartMention is
// made from the same classes, kMentionStartClasses, and words.)
inline bool SentenceState::MayStartMention(uint32_t i) const {
  if (HasClass(cls[i], kMentionStartClasses) || WordAt(i) != MentionWord::kNone ||
      actor_at[i].len > 0 || agent_at[i].len > 0) {
    return true;
  }
  // (The rest are all of a capitalised word of no class, a surname's too: told once, first.)
  if (cls[i] != 0 || !(toks[i]->flags & text::kCapitalized)) return false;
  return (i > 0 && i + 1 < size() && (toks[i]->flags & text::kWord) && agent_at[i + 1].len > 0) ||
         SurnameAt(i) >= 0 || NamedPersonAt(i) != nullptr;
}

// "Human Rights Watch condemned the verdict and urged": the capitalised words of a name of
// several words are a proper noun, whatever the tagger made of "Rights" and "Watch"; and a
// participle it then read right after the name is the name's past tense.
void SentenceState::RetagNames() {
  if (pos.empty()) return;
  for (const Mention& m : mentions) {
    if (m.kind != Mention::Kind::kActor || m.e < m.b + 2) continue;
    bool verb_inside = false;
    for (uint32_t t = m.b; t < m.e; ++t) {
      if (!(toks[t]->flags & text::kCapitalized) || !(toks[t]->flags & text::kWord)) continue;
      if (text::IsVerb(pos[t])) {
        verb_inside = true;
        pos[t] = text::Pos::kNNP;
      }
    }
    if (verb_inside && m.e < size() && pos[m.e] == text::Pos::kVBN) pos[m.e] = text::Pos::kVBD;
  }
}

// The country of the person whose possessive stands right before token `start` ("Maduro's"),
// or "".
std::string SentenceState::OwnerPersonCountry(uint32_t start) const {
  if (start < 2 || !HasClass(cls[start - 1], kPossessive)) return {};
  for (uint32_t q = start - 1; q-- > 0 && q + 5 >= start;) {
    if (actor_at[q].len == 0 || q + actor_at[q].len != start - 1) continue;
    const ActorEntry& owner = lex.actors()[actor_at[q].value];
    if (owner.kind != ActorEntry::Kind::kPerson || owner.group) return {};
    if (!(toks[q]->flags & text::kCapitalized)) return {};
    const std::string& code = owner.CodeOn(doc_date);
    if (code.size() >= 3 && OfACountry(code)) return code.substr(0, 3);
    return {};
  }
  return {};
}

// Whether the person's surname at `i`, matched alone, follows a given name that is not the
// person's: "Hunter Biden", "Keiko Fujimori", "Sara Duterte" are relatives, not the leader the
// dictionary names. (A given name spelled otherwise keeps its initial: "Mohammed" for
// "Mohamed"; an initial, "Joseph R. Biden", is no given name.)
bool SentenceState::IsRelativeByGivenName(uint32_t i, const ActorEntry& person) const {
  if (i == 0 || person.canonical.empty()) return false;
  const uint32_t g = i - 1;
  if (cls[g] != 0 || !(toks[g]->flags & text::kCapitalized) || !(toks[g]->flags & text::kWord) ||
      actor_at[g].len > 0 || agent_at[g].len > 0 || norm[g].size() < 3 ||
      (!pos.empty() && pos[g] != text::Pos::kNNP) || lex.PatternsAt(ids[g])) {
    return false;
  }
  const std::string_view given = norm[g];
  if (std::tolower(static_cast<unsigned char>(person.canonical[0])) == given[0]) return false;
  // (Nor a name the person has: "Luiz Inacio Lula", "Recep Tayyip Erdogan".)
  std::string lower(person.canonical);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  size_t at = lower.find(given);
  while (at != std::string::npos) {
    const size_t end = at + given.size();
    if ((at == 0 || lower[at - 1] == ' ') && (end == lower.size() || lower[end] == ' ')) {
      return false;
    }
    at = lower.find(given, at + 1);
  }
  return true;
}

// Whether an organisation's name at `i` is followed by a diplomat's title: "U.N.
// ambassador", "EU envoy" after a country name a country's post at the organisation.
bool SentenceState::IgoTitleAt(uint32_t i) const {
  const uint32_t len = actor_at[i].len;
  if (len == 0 || i + len >= size() || agent_at[i + len].len == 0) return false;
  const ActorEntry& a = lex.actors()[actor_at[i].value];
  if (a.kind == ActorEntry::Kind::kPerson || !StartsWith(a.code, "IGO")) return false;
  const std::string_view title = norm[i + len + agent_at[i + len].len - 1];
  return title == "ambassador" || title == "envoy" || title == "representative" ||
         title == "delegate" || title == "delegation" || title == "mission";
}

// The person whose surname the token at `i` is, of those the story has named in full; else -1.
int SentenceState::SurnameAt(uint32_t i) const {
  if (surnames.empty() || !MayBeSurname(i)) return -1;
  for (const auto& [id, person] : surnames) {
    if (id == ids[i]) return person;
  }
  return -1;
}

// The actor of the person the story has named with a title, by surname, at `i`; else null.
const Ref* SentenceState::NamedPersonAt(uint32_t i) const {
  if (named_people.empty() || !MayBeSurname(i)) return nullptr;
  // (By spelling: a name the dictionaries do not know has no word id of its own.)
  for (const auto& [name, ref] : named_people) {
    if (name == norm[i]) return &ref;
  }
  return nullptr;
}

// Whether the token at `i` may be a surname standing for its person.
bool SentenceState::MayBeSurname(uint32_t i) const {
  // (Not the possessor of what is done to him: "called for Conde's release" is about the one
  // held, whose captors the rules for a release's target find. The owner of words or acts is
  // the one named: "rejected Sharif's remarks", "praised Kim's commitment".)
  if (cls[i] != 0 || !(toks[i]->flags & text::kCapitalized) || (!in_timex.empty() && in_timex[i])) {
    return false;
  }
  if (i + 1 < size() && HasClass(cls[i + 1], kPossessive)) {
    static constexpr std::string_view kDoneTo[] = {
        "release",     "freedom",      "detention", "arrest", "custody",
        "extradition", "imprisonment", "jailing",   "trial",  "conviction",
        "sentence",    "death",        "killing",   "murder", "assassination"};
    // ("Conde's immediate release": over a word or two before the noun.)
    for (uint32_t k = i + 2; k < size() && k < i + 5; ++k) {
      if (IsOneOf(norm[k], kDoneTo)) return false;
      if (pos.empty() || !(pos[k] == text::Pos::kJJ || pos[k] == text::Pos::kRB)) break;
    }
  }
  return true;
}

// An actor phrase at `i`: [the] [country|org ['s]] [title words] [agent] [person], or a
// pronoun, or "the two countries".
bool SentenceState::TryMention(uint32_t i, Mention* m) {
  const uint32_t n = size();
  // "The militants, known locally as al-Shabab": a name given to what the sentence already
  // named, not another actor (Somalia's al Shabaab is not Mozambique's).
  if (i >= 2 && Is(norm[i - 1], "as") &&
      (IsOneOf(norm[i - 2], kNamingWords) ||
       (i >= 3 && Is(norm[i - 3], "known") && Is(norm[i - 2], "locally")))) {
    return false;
  }
  uint32_t j = i;
  if (HasClass(cls[j], kDet) && WordAt(j) == MentionWord::kThe) ++j;
  if (j >= n) return false;
  // "The International Criminal Court issued a warrant ... Ukraine praised the court": the
  // organisation, not a court of the story's country. (Not a noun's modifier: "the court
  // ruling".)
  if (j == i + 1 && !named_organisations.empty()) {
    // ("the Security Council" after "the UN Security Council".)
    const Ref* org = nullptr;
    if (const uint32_t len = NamedOrganisationTailAt(j, &org); len > 0) {
      m->ref = *org;
      m->ref.begin = toks[i]->begin;
      m->ref.end = toks[j + len - 1]->end;
      return Span(i, j + len, Mention::Kind::kActor, m);
    }
  }
  if (j == i + 1 && !named_organisations.empty() &&
      !(j + 1 < n && IsNominalWord(j + 1) && !(toks[j + 1]->flags & text::kCapitalized))) {
    if (const Ref* org = NamedOrganisationAt(j)) {
      m->ref = *org;
      m->ref.begin = toks[i]->begin;
      m->ref.end = toks[j]->end;
      return Span(i, j + 1, Mention::Kind::kActor, m);
    }
  }
  // "Putin warned the West": the Western powers as a bloc (CAMEO's WST, as "Western powers"
  // in the dictionary). Only a capitalised "West" that begins no name ("the West Bank", "the
  // West African bloc", "the West Darfur city"): names match case-insensitively, and "in the
  // west of the country" is a place.
  if (j == i + 1 && Is(norm[j], "west") && (toks[j]->flags & text::kCapitalized) &&
      actor_at[j].len == 0 &&
      !(j + 1 < n && (((toks[j + 1]->flags & text::kCapitalized) &&
                       (toks[j + 1]->flags & text::kWord)) ||
                      WordAt(j + 1) == MentionWord::kHyphen))) {
    m->ref.code.assign("WST");
    m->ref.begin = toks[i]->begin;
    m->ref.end = toks[j]->end;
    return Span(i, j + 1, Mention::Kind::kActor, m);
  }
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
  // "The Economic Community of West African States condemned the coup ... the bloc
  // threatened to use force": the organisation of states the story named last.
  if (j == i + 1 && word == MentionWord::kBloc &&
      (have_bloc || std::any_of(mentions.begin(), mentions.end(),
                                [&](const Mention& o) {
                                  return o.kind == Mention::Kind::kActor && IsBlocCode(o.ref.code);
                                })) &&
      !(j + 1 < n && IsNominalWord(j + 1))) {
    m->bloc = true;
    return Span(i, j + 1, Mention::Kind::kPronThing, m);
  }
  // "The IMF approved a $15.6 billion loan for Ukraine ... Shmyhal thanked the fund", "funding
  // to UNRWA ... Belgium pledged 19 million euros to the agency": the fund or the U.N. agency
  // the story named (an agency only lately: further on, "the agency" is as often another).
  if (j == i + 1 && !(j + 1 < n && IsNominalWord(j + 1)) &&
      ((word == MentionWord::kFund && have_fund) ||
       (word == MentionWord::kAgency && last_agency_sentence >= 0 &&
        sentence_number - last_agency_sentence <= 3))) {
    if (word == MentionWord::kFund)
      m->fund = true;
    else
      m->agency = true;
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
  // "each side accused the other", "with each country blaming the other": the story's two
  // sides, each to the other, as "both sides accused each other" are.
  static constexpr std::string_view kSideNouns[] = {"side", "country", "government", "nation"};
  if (j == i && word == MentionWord::kEach && i + 3 < n && IsOneOf(norm[i + 1], kSideNouns)) {
    for (uint32_t q = i + 2; q + 1 < n && !HasClass(cls[q], kClauseBreak); ++q) {
      if (WordAt(q) == MentionWord::kThe && WordAt(q + 1) == MentionWord::kOther) {
        return Span(i, i + 2, Mention::Kind::kPair, m);
      }
    }
  }
  if (j == i + 1 && word == MentionWord::kOther && i >= 3) {
    bool each_side = false;
    for (uint32_t q = i - 2; q-- > 0 && !each_side && !HasClass(cls[q + 1], kClauseBreak);) {
      each_side = WordAt(q) == MentionWord::kEach && IsOneOf(norm[q + 1], kSideNouns);
    }
    if (each_side) {
      m->reciprocal = true;
      const uint32_t e = j + 1 < n && IsOneOf(norm[j + 1], kSideNouns) ? j + 2 : j + 1;
      return Span(i, e, Mention::Kind::kPronPlural, m);
    }
  }
  // Pronouns and pairs.
  if (j == i) {
    uint32_t c0 = cls[i];
    if (HasClass(c0, kPronPerson)) return Single(i, Mention::Kind::kPronPerson, m);
    if (HasClass(c0, kPronThing)) {
      if (IsExpletiveIt(i)) return false;
      return Single(i, Mention::Kind::kPronThing, m);
    }
    if (HasClass(c0, kPronPlural)) return Single(i, Mention::Kind::kPronPlural, m);
  }
  // "Putin and Zelenskiy met in Paris. The leaders agreed to exchange prisoners": the leaders
  // or presidents of the story, with no one's name or "of", are the two who met, as "the two
  // leaders" are. (As the sentence's subject: "demanded that the leaders resign" are the
  // story's country's.)
  if (i == 0 && j == 1 && WordAt(i) == MentionWord::kThe && HasClass(cls[j], kPersonNoun) &&
      !Is(norm[j], "generals") &&
      (j + 1 >= n || !(Is(norm[j + 1], "of") || Is(norm[j + 1], "from")))) {
    return Span(i, j + 1, Mention::Kind::kPair, m);
  }
  if (HasClass(cls[j], kPairQuant)) {
    uint32_t k = j + 1;
    if (k < n && HasClass(cls[k], kPairQuant)) ++k;  // "the two"
    if (k < n && HasClass(cls[k], kPairNoun)) {
      // "lawmakers from both parties": a legislature's parties, not the story's two sides.
      if (Is(norm[k], "parties") && i >= 2 && (Is(norm[i - 1], "from") || Is(norm[i - 1], "of")) &&
          IsOneOf(norm[i - 2], kPartyMembers)) {
        return false;
      }
      return Span(i, k + 1, Mention::Kind::kPair, m);
    }
    // "The two men shook hands": the two people the story named, as "the two leaders" are.
    // (Only with "the" and a person named: "two men were arrested" are two men.)
    if (k < n && j == i + 1 && WordAt(i) == MentionWord::kThe && Is(norm[j], "two") &&
        (Is(norm[k], "men") || Is(norm[k], "women")) && have_person &&
        !(k + 1 < n && (Is(norm[k + 1], "of") || Is(norm[k + 1], "from")))) {
      return Span(i, k + 1, Mention::Kind::kPair, m);
    }
  }
  // Views of the lexicon's codes, of literals or of `topic` below: copied once, into the Ref.
  std::string_view country, agent;
  std::vector<std::string> coordinated;
  int person = -1;
  bool any = false, former = false, personlike = false, capital = false, region = false;
  bool rival_sides = false, adjective = false;
  bool armed_group = false;  // a country's armed group by a name of its own, "Syrian Kurdish"
  uint32_t start = i, end = j;
  uint32_t agent_head = n;  // the last word of the agent phrase, when there is one
  // "Tigrayan forces", "Kurdish fighters": a proper adjective the dictionaries do not know,
  // then an armed agent, names a non-state armed group of the article's country.
  bool unknown_group = false;
  if (j + 1 < n && j > 0 && (toks[j]->flags & text::kCapitalized) && cls[j] == 0 &&
      (toks[j]->flags & text::kWord)) {
    // ("Tuareg separatists", "Baloch insurgents": separatists and insurgents, as named.)
    const std::string_view armed =
        agent_at[j + 1].len > 0 ? lex.agents()[agent_at[j + 1].value].code : std::string_view();
    if (actor_at[j].len == 0 &&
        (Is(armed, "MIL") || Is(armed, "REB") || Is(armed, "SEP") || Is(armed, "INS"))) {
      unknown_group = true;
      ++j;
    }
  }
  while (j < n) {
    // (Not the first word of a name: "New Zealand", "New Delhi", "New South Wales".)
    if (HasClass(cls[j], kSkipTitle | kFormer) && j + 1 < n && actor_at[j].len == 0) {
      if (HasClass(cls[j], kFormer)) former = true;
      ++j;
      continue;
    }
    const uint32_t value = actor_at[j].value;
    const uint32_t len = person < 0 ? actor_at[j].len : 0;
    const uint32_t agent_value = agent_at[j].value;
    const uint32_t agent_len = agent_at[j].len;
    // "Pakistan's Foreign Office": after a country's possessive, a name that is also an agent
    // noun is that country's institution, not the one the name stands for alone (GBRGOV).
    const bool possessed_agent = len > 0 && len == agent_len && !country.empty() && j >= 1 &&
                                 HasClass(cls[j - 1], kPossessive);
    if (len > 0 && len >= agent_len && !possessed_agent) {
      const ActorEntry& a = lex.actors()[value];
      if (a.IsNull()) break;
      if (a.kind == ActorEntry::Kind::kPerson) {
        // Only a capitalised name is a person ("Putin", not a common word).
        if (!(toks[j]->flags & text::kCapitalized)) break;
        if (len == 1 && IsRelativeByGivenName(j, a)) break;
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
      if (!country.empty() && IgoTitleAt(j)) {
        j += len;  // "Algeria's U.N. ambassador": the organisation names the post
        continue;
      }
      // "Russian Wagner fighters", "Iranian Quds Force commanders": a country's adjective
      // before a body of that country's is that body.
      if (adjective && agent.empty() && a.code.size() == 6 && a.code.compare(0, 3, country) == 0 &&
          a.kind != ActorEntry::Kind::kAdjective) {
        country = a.code;
        adjective = false;
        j += len;
        end = j;
        continue;
      }
      if (!country.empty()) break;  // a second country starts a new mention
      if (!agent.empty()) break;    // "officials Iran": not one phrase
      country = a.code;
      adjective = a.kind == ActorEntry::Kind::kAdjective;
      if (!a.shared_with.empty()) m->shared = static_cast<int>(value);
      capital = a.kind == ActorEntry::Kind::kCapital;
      // (A name of the country's other than its own line's: a region of it, "California".)
      region = a.kind == ActorEntry::Kind::kName && a.code.size() == 3 &&
               lex.CountryEntry(a.code) != static_cast<int>(value) && a.shared_with.empty();
      j += len;
      end = j;
      any = true;
      // Coordinated modifiers sharing one noun: "Russian and Ukrainian delegations", "U.S.
      // and British warplanes" (a country's name as the first).
      while ((a.kind == ActorEntry::Kind::kAdjective ||
              (a.kind == ActorEntry::Kind::kName && a.IsCountry())) &&
             j + 1 < n && (ids[j] == w.id_and || HasClass(cls[j], kComma))) {
        const SentenceBuffers::PhraseAt next = actor_at[j + 1];
        if (next.len == 0 || lex.actors()[next.value].kind != ActorEntry::Kind::kAdjective) {
          break;
        }
        uint32_t after = j + 1 + next.len;
        bool agent_follows = after < n && (agent_at[after].len > 0 || ids[after] == w.id_and ||
                                           HasClass(cls[after], kComma));
        // (A comma joins modifiers only in a list an "and" closes, "Russian, Chinese and
        // Iranian warships": "between Russia and Ukraine, Turkish officials said" ends one
        // phrase and starts another.)
        if (HasClass(cls[j], kComma) && after < n && agent_at[after].len > 0) break;
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
        // (Not a bare agent word that modifies a common noun after it, "Hungary's new media
        // law", "Israel's military campaign": it names no actor, as without the possessive.)
        const uint32_t after = k < n ? k + agent_at[k].len : n;
        const bool modifier =
            k < n && agent_at[k].len > 0 && after < n &&
            norm[after - 1].back() != 's' &&  // ("called Ukraine's leaders fascists")
            IsModifiedCommonNoun(after) && !Is(norm[after], "force") &&
            !Is(norm[after], "forces") && !Is(norm[after], "service") &&
            !Is(norm[after], "services");
        if (k < n && !modifier &&
            (agent_at[k].len > 0 || IgoTitleAt(k) ||
             (actor_at[k].len > 0 &&
              lex.actors()[actor_at[k].value].kind == ActorEntry::Kind::kPerson))) {
          j = k;
          continue;
        }
        break;
      }
      // "Russian Su-34 bombers", "Syrian Kurdish fighters": the country's word, a name the
      // dictionaries do not know, then an armed agent. A name with a number is a model of
      // aircraft or tank, and the agent the country's own; a word, a people or a movement of
      // the country, an armed group of it.
      if (j + 1 < n && (toks[j]->flags & text::kCapitalized) && (toks[j]->flags & text::kWord) &&
          cls[j] == 0 && actor_at[j].len == 0 && agent_at[j].len == 0 && agent_at[j + 1].len > 0 &&
          (Is(lex.agents()[agent_at[j + 1].value].code, "MIL") ||
           Is(lex.agents()[agent_at[j + 1].value].code, "REB"))) {
        armed_group = std::none_of(norm[j].begin(), norm[j].end(),
                                   [](char c) { return c >= '0' && c <= '9'; });
        ++j;
      }
      continue;
    }
    if (agent_len > 0) {
      // "the foreign ministry spokesman", "government minister": a second title of the same
      // role is the same phrase, so that a name after it still belongs to it ("Iran's foreign
      // ministry spokesman Nasser Kanaani condemned").
      if (!agent.empty() && agent == lex.agents()[agent_value].code && person < 0) {
        personlike = personlike || !IsInstitutionNoun(norm[j + agent_len - 1]);
        j += agent_len;
        end = j;
        continue;
      }
      if (!agent.empty()) break;
      agent = lex.agents()[agent_value].code;
      agent_head = j + agent_len - 1;
      // (An institution is no person: "the army said it had killed", "the ministry said it
      // would".)
      personlike = personlike || ((Is(agent, "GOV") || Is(agent, "MIL") || Is(agent, "LEG") ||
                                   Is(agent, "JUD") || Is(agent, "OPP")) &&
                                  !IsInstitutionNoun(norm[j + agent_len - 1]));
      j += agent_len;
      end = j;
      any = true;
      // "lower house of parliament", "minister of foreign affairs": an "of"-complement that
      // is itself an agent belongs to the phrase. (Not a person's supporters: "supporters of
      // former President Jair Bolsonaro" are a crowd of the person's country, as "supporters
      // of Bolsonaro" are, not the person.)
      if (j + 1 < n && ids[j] == w.id_of && !Is(norm[j - 1], "supporters")) {
        const uint32_t l2 = agent_at[j + 1].len;
        if (l2 > 0) {
          j += 1 + l2;
          end = j;
        }
      }
      continue;
    }
    if (person < 0 && len == 0 && agent_len == 0) {
      if (const int named = SurnameAt(j); named >= 0) {
        person = named;
        personlike = true;
        ++j;
        end = j;
        any = true;
        break;
      }
      // "Police chief Marek Dolny ... Dolny said": the title's actor.
      if (j == i && !any) {
        if (const Ref* named = NamedPersonAt(j)) {
          m->ref = *named;
          m->ref.begin = toks[j]->begin;
          m->ref.end = toks[j]->end;
          return Single(j, Mention::Kind::kActor, m);
        }
      }
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
  // "American Business Insurance", "the French Open", "a New York LLC": a country's name or
  // adjective that begins a longer proper name, of no agent or person, is part of that name.
  if (person < 0 && agent.empty() && country.size() == 3 && coordinated.empty() &&
      lex.CountryEntry(country) >= 0 &&
      (BeginsLongerName(end) ||
       // "Billionaire Mark Cuban", "Native American": after a name word, the country's
       // adjective ends that name. (Not its name: "North Waziristan" is the country's.)
       (adjective && start > 0 && !pos.empty() && pos[start - 1] == text::Pos::kNNP &&
        BeginsLongerName(start - 1)))) {
    return false;
  }
  m->b = start;
  m->e = end;
  m->kind = Mention::Kind::kActor;
  Ref& r = m->ref;
  r.person = person;
  r.personlike = personlike;
  if (former && person < 0 && !country.empty()) agent = "ELI";
  if (armed_group && !agent.empty()) agent = "REB";
  if (rival_sides && country.size() == 3) {
    // ("Sudan's warring generals": the army's and the rebels' commanders.)
    agent = WordAt(end - 1) == MentionWord::kGenerals ? "MIL" : "GOV";
    coordinated.push_back(std::string(country) + "REB");
  }
  // "Ethnic Armenian separatists" in a story from Baku: the adjective names a people, and
  // separatists or rebels belong to the state they fight, the story's home.
  std::string topic;  // the story's topic country, when a rule asks for it
  if (start > 0 && WordAt(start - 1) == MentionWord::kEthnic && country.size() == 3 &&
      person < 0 &&
      (Is(agent, "SEP") || Is(agent, "REB") || Is(agent, "INS"))) {
    if (home_country.empty()) topic = TopicCountry();
    const std::string& home = home_country.empty() ? topic : home_country;
    if (!home.empty()) country = home;
    r.topic_guess = home_country.empty();
  }
  if (!country.empty()) {
    // A country adjective or name with a role: IRN + GOV. Codes that already carry a role
    // (RUSGOV for the Kremlin) or an organisation code keep theirs.
    r.code.assign(country);
    if (country.size() == 3 && !agent.empty()) r.code.append(agent);
    r.country = country.size() == 3 && agent.empty();
    r.capital = capital && agent.empty();
    r.region = region && agent.empty();
  } else if (person < 0) {
    // An agent without a country ("police", "protesters"): the article's home country for
    // domestic roles; a bare "officials" or "troops" is too vague to code.
    // (Compared by Is, inline: a std::string's operator== with a literal measures the literal
    // and calls compare, 19 times here.)
    const bool domestic =
        Is(agent, "COP") || Is(agent, "OPP") || Is(agent, "JUD") || Is(agent, "LEG") ||
        Is(agent, "CVL") || Is(agent, "LAB") || Is(agent, "EDU") || Is(agent, "CRM") ||
        Is(agent, "BUS") || Is(agent, "MED") || Is(agent, "HLH") || Is(agent, "AGR") ||
        Is(agent, "REF") || Is(agent, "REB") || Is(agent, "GOV") || Is(agent, "MIL") ||
        Is(agent, "SPY") || Is(agent, "SEP") || Is(agent, "INS");
    if (unknown_group && !Is(agent, "SEP") && !Is(agent, "INS")) agent = "REB";
    // "threatened to attack foreign forces", "urged governments to act": agents said to be
    // foreign, or governments in the plural, are not the story's country's, and name none.
    if ((start > 0 && Is(norm[start - 1], "foreign")) || Is(norm[end - 1], "governments")) {
      return false;
    }
    // A bare agent word that modifies a common noun after it ("military activities",
    // "police reform") names no actor; its places, units and own acts do ("an army base",
    // "a police academy": attacked, they are the army and the police; "defended the police
    // response" defends the police).
    // (An agent word the tagger reads as an adjective, "their military and economic
    // cooperation", modifies too.)
    // (Not an armed group's word before a noun of its places or units, "bombed rebel
    // positions", "shelled militant camps": a noun the tagger read as an adjective. A word
    // that is an adjective too, "military facilities", "a military response", names none.)
    const bool armed_group_word = Is(agent, "REB") || Is(agent, "INS") || Is(agent, "SEP");
    // (Nor one that modifies nothing, before "to", a verb or a stop: "urged the police and
    // military to exercise restraint".)
    const bool modifies_nothing = end < size() && !pos.empty() &&
                                  (pos[end] == text::Pos::kTO || pos[end] == text::Pos::kMD ||
                                   pos[end] == text::Pos::kVBD || pos[end] == text::Pos::kVBZ ||
                                   pos[end] == text::Pos::kVBP || pos[end] == text::Pos::kPunct);
    if (!pos.empty() && end == start + 1 && pos[start] == text::Pos::kJJ && !modifies_nothing &&
        !(armed_group_word && end < size() && StillNamesTheAgent(norm[end]))) {
      return false;
    }
    if (IsModifiedCommonNoun(end)) return false;
    const std::string leader = LeadingCountry(start, end);
    // "Kurdish-led forces", "Wagner-backed fighters": led by someone the dictionaries do not
    // know, they are not the story's own, whatever country the story is about. (Backed by a
    // country they know, "the Saudi-backed government" is still the story's.)
    // (Led by a part of a state or an organisation the dictionaries know, it is still the
    // story's: "the military-led government", "the opposition-led parliament", "NATO-led
    // peacekeepers".)
    if (leader.empty() && start > 0 && IsLedOrBacked(norm[start - 1]) &&
        !LedByKnown(norm[start - 1])) {
      return false;
    }
    // "Al Shabaab claimed responsibility ... gunmen fired on diners": bare gunmen or militants
    // in a story that has named an armed group are that group.
    static constexpr std::string_view kAttackers[] = {"gunmen", "gunman", "militants", "militant"};
    if (Is(agent, "REB") && leader.empty() && !unknown_group && have_group_actor &&
        !last_group_actor.inferred_country && IsOneOf(norm[end - 1], kAttackers) &&
        Is(RoleOf(CodeOf(last_group_actor, doc_date)), "REB")) {
      r = last_group_actor;
      r.story_group = true;
    } else if (Is(agent, "REF")) {
      // Refugees and migrants are most often foreigners where they are: no country given.
      r.code = agent;
    } else if (!leader.empty()) {
      // "Saudi-led forces", "Iranian-backed militias": the country that leads them. (Taken
      // for an unknown group's name, the agent became REB: forces led by a state are its
      // military.)
      r.code.assign(leader).append(unknown_group && Is(agent, "REB") ? "MIL" : agent);
    } else if (const std::string owner = OwnerPersonCountry(start); !owner.empty()) {
      // "President Nicolas Maduro's government", "Ruto's administration": a person's own
      // are of his country, wherever the story was filed.
      if (!domestic) return false;
      r.code.assign(owner).append(agent);
      r.agent = agent;
    } else {
      std::string home = TopicCountry();
      // A government title with no country ("Vice Foreign Minister Ma Zhaoxu", "the
      // ministry") in a story filed from a capital the story names is that country's: the
      // correspondent reports its officials.
      // (Not when the story names its topic more often: "HAVANA - Colombia's government and
      // the ELN signed ... hosted by Cuban President Miguel Diaz-Canel ... The government has
      // not opened talks" is Colombia's.)
      int home_count = 0, topic_count = 0;
      for (const NamedCountry& c : named_countries) {
        if (c.ref.code == home_country) home_count = c.count;
        if (c.ref.code == home) topic_count = c.count;
      }
      // (A foreign ministry, which speaks for its state to the world, is the capital's even
      // then: "BEIJING - China suspended talks with the United States and sanctioned
      // Pelosi ... The foreign ministry said".)
      bool foreign_office = false;
      for (uint32_t q = start; q < end; ++q)
        foreign_office = foreign_office || Is(norm[q], "foreign");
      if (Is(agent, "GOV") && !home_country.empty() && home != home_country && home_count > 0 &&
          (home_count >= topic_count || foreign_office)) {
        home = home_country;
      }
      // "after protesters stormed its embassy in Tehran": people, police or workers whose
      // clause says where they act are that place's.
      if (Is(agent, "CVL") || Is(agent, "OPP") || Is(agent, "COP") || Is(agent, "LAB") ||
          Is(agent, "EDU")) {
        if (std::string place = PlaceCountryInClause(end, false, /*route_too=*/true);
            !place.empty()) {
          home = place;
        }
      }
      // "bombed rebels near Idlib", "militant camps in Mali": an armed group no country is
      // given is most often the one at home where it is said to be. (Said right after it: a
      // place further on is more often its act's, "rebels resumed talks in Caracas".)
      if (Is(agent, "REB") || Is(agent, "INS") || Is(agent, "SEP")) {
        // (Else the country of the group of its kind named lately: "Tuareg separatists ...
        // The separatist alliance said", whoever else the story names more.)
        for (auto a = named_agents.rbegin(); a != named_agents.rend(); ++a) {
          if (sentence_number - a->sentence >= kAgentReach) break;
          if (a->code.size() == 3 + agent.size() &&
              a->code.compare(3, std::string::npos, agent) == 0) {
            home.assign(a->code, 0, 3);
            r.kind_named = true;
            break;
          }
        }
        const uint32_t at = end < size() && StillNamesTheAgent(norm[end]) ? end + 1 : end;
        if (at < size() && (Is(norm[at], "in") || Is(norm[at], "near") || Is(norm[at], "around") ||
                            Is(norm[at], "outside"))) {
          if (std::string place = PlaceCountryInClause(at, /*near_too=*/true); !place.empty()) {
            home = place;
          }
        }
        // "Iranian-backed militias fired rockets at a U.S. base in Iraq": a proxy, in a story
        // that has no country of its own yet, fights at home, where its clause acts.
        if (home.empty() && start > 0 && IsLedOrBacked(norm[start - 1])) {
          home = PlaceCountryInClause(end, /*near_too=*/true);
        }
        // "Gunmen abducted a French aid worker in Niger": a group no story names a country for
        // yet strikes where it is (its talks may be abroad, "rebels resumed talks in Caracas";
        // its raids and kidnappings are at home).
        // (Only a group that is its clause's subject: "supporters of an Iranian-backed militia
        // stormed the US embassy in Baghdad" are the supporters.)
        bool of_others = false;
        for (uint32_t q = start; q-- > 0 && start - q <= 3 && !of_others;) {
          of_others = Is(norm[q], "of");
        }
        if (home.empty() && end < size() && !of_others) {
          static constexpr std::string_view kRaids[] = {
              "abduct", "kidnap", "attack", "ambush", "storm", "raid", "kill", "massacr", "behead"};
          const std::string_view verb = norm[end];
          if (std::any_of(std::begin(kRaids), std::end(kRaids),
                          [&](std::string_view r) { return verb.substr(0, r.size()) == r; })) {
            home = PlaceCountryInClause(end + 1, /*near_too=*/true);
          }
        }
        // "militants fired two rockets from Gaza into Israel": where they fire from is theirs.
        for (uint32_t q = end; q + 2 < size() && q < end + 8; ++q) {
          if (HasClass(cls[q], kComma | kClauseBreak | kSubordinator | kRel) || IsFullStop(q)) {
            break;
          }
          if (!(StartsWith(norm[q], "fire") || StartsWith(norm[q], "launch") ||
                StartsWith(norm[q], "shell"))) {
            continue;
          }
          for (uint32_t f = q + 1; f + 1 < size() && f < q + 6; ++f) {
            if (!Is(norm[f], "from")) continue;
            if (std::string place = CountryPlaceAfter(f); !place.empty()) home = place;
            break;
          }
          break;
        }
      }
      if (!domestic) return false;
      // The story's first sentence with no dateline: "Georgian police arrested dozens of
      // protesters" still gives them the one country it names (FindMentions).
      r.country_pending = home.empty();
      r.code.assign(home).append(agent);
      r.inferred_country = true;
      r.agent = agent;
    }
  }
  // "Foreign Minister Abbas Araqchi": the title is the person's, in the person's country,
  // and stands where the dictionary knows no role of theirs on the date.
  // (Not a bare "leader", a party's as often as a state's: "National Rally leader Jordan
  // Bardella" is the opposition the dictionary makes him.)
  const bool bare_leader = agent_head < n && Is(norm[agent_head], "leader") &&
                           (agent_head == start || agent_at[agent_head - 1].len == 0);
  if (person >= 0 && !agent.empty() && !former && !Is(agent, "ELI") && !bare_leader) {
    if (r.code.empty()) {
      for (const lexicon::Role& role : lex.actors()[person].roles) {
        if (role.code.size() >= 3 &&
            lex.CountryEntry(std::string_view(role.code).substr(0, 3)) >= 0) {
          r.code.assign(role.code, 0, 3).append(agent);
          break;
        }
      }
    }
    r.titled = r.code.size() == 6;
  }
  r.begin = toks[start]->begin;
  r.end = toks[end - 1]->end;
  if (person < 0 && r.code.empty()) return false;
  for (const std::string& c : coordinated) {
    Ref other = r;
    other.person = -1;
    other.code = c;
    if (c.size() == 3 && !agent.empty()) other.code.append(agent);
    other.country = agent.empty();
    m->coordinated.push_back(other);
  }
  // A lone agent noun that is not capitalised and has no country ("officials") is too vague
  // to be an actor unless it names a well-defined body (police, army, rebels): keep it.
  return true;
}

// The end of "'s rival military factions" / "warring parties" after a country at `j`, or
// `j` when none follows.
uint32_t SentenceState::RivalSidesEnd(uint32_t j) const {
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
        sides == MentionWord::kAdministrations || sides == MentionWord::kCamps ||
        sides == MentionWord::kGenerals) {
      return k + 1;
    }
  }
  return j;
}

// "Officials in Georgia said they would recount the presidential ballots": a name a country
// shares with a place of another is that other's when the story is about it: filed from there,
// or naming its home institutions, people or regions ("the US Senate", "Texas"), and naming
// neither that country as a country beside the name (as a story about Georgia does: "the
// United States criticised Georgia's law", filed from Washington or not), nor any other
// country, nor the first by a name of its own ("Georgian", "Tbilisi").
void SentenceState::ResolveSharedNames() {
  for (size_t k = 0; k < mentions.size(); ++k) {
    Mention& m = mentions[k];
    if (m.shared < 0 || m.kind != Mention::Kind::kActor) continue;
    m.ref.shared_name = true;
    const lexicon::ActorEntry& a = lex.actors()[m.shared];
    const std::string_view other = a.shared_with, own = a.code;
    // The other country named as a country beside it ("the United States criticised
    // Georgia's law", "Washington said"): a foreign-policy story, even one filed from there.
    int other_roles = 0, other_bare = 0, own_plain = 0;
    bool third = !home_country.empty() && home_country != other;
    for (const NamedCountry& c : named_countries) {
      const std::string_view code = c.ref.code;
      if (code == other) {
        other_roles += c.roles;
      } else if (code == own) {
        own_plain += c.count - c.shared;
      } else {
        third = true;
      }
    }
    for (size_t j = 0; j < mentions.size(); ++j) {
      const Mention& o = mentions[j];
      if (j == k || o.kind != Mention::Kind::kActor || o.ref.inferred_country || o.shared >= 0) {
        continue;
      }
      const std::string& code = CodeOf(o.ref, doc_date);
      if (code.size() < 3 || !OfACountry(code)) continue;
      const std::string_view c3 = std::string_view(code).substr(0, 3);
      if (c3 == other) {
        const bool bare = (o.ref.country || o.ref.capital) && !o.ref.region;
        other_roles += o.ref.region || IsDomesticRole(RoleOf(code));
        other_bare += bare;
      } else if (c3 == own) {
        ++own_plain;
      } else {
        third = true;
      }
    }
    const bool theirs =
        (home_country == other || other_roles > 0) && other_bare == 0 && own_plain == 0 && !third;
    if (theirs) m.ref.code.replace(0, 3, other);
  }
}

bool SentenceState::Span(uint32_t b, uint32_t e, Mention::Kind kind, Mention* m) {
  m->b = b;
  m->e = e;
  m->kind = kind;
  return true;
}

bool SentenceState::Single(uint32_t i, Mention::Kind kind, Mention* m) {
  return Span(i, i + 1, kind, m);
}

// The country in a "Saudi-led", "Iranian-backed" word among tokens [b, e); else "".
bool SentenceState::LedByKnown(std::string_view w) const {
  const std::string_view head = w.substr(0, w.rfind('-'));
  uint32_t id = lex.vocab().Find(head);
  if (id == text::Vocabulary::kUnknown) return false;
  uint32_t v = 0;
  return lex.actor_trie().LongestMatch(&id, 1, &v) == 1 ||
         lex.agent_trie().LongestMatch(&id, 1, &v) == 1;
}

std::string SentenceState::LeadingCountry(uint32_t b, uint32_t e) const {
  for (uint32_t q = b; q < e; ++q) {
    // Only a leader makes a group its own: "Iranian-backed militias" are Iran's proxies, not
    // its forces, and are of where they fight.
    if (!IsLedOrBacked(norm[q]) || !norm[q].ends_with("-led")) continue;
    if (std::string c = CountryBeforeHyphen(norm[q]); !c.empty()) return c;
  }
  return {};
}

// The country a hyphenated word starts with ("Saudi" in "Saudi-led", "British" in
// "British-flagged"); else "".
std::string SentenceState::CountryBeforeHyphen(std::string_view w) const {
  const size_t dash = w.rfind('-');
  if (dash == std::string_view::npos) return {};
  uint32_t id = lex.vocab().Find(w.substr(0, dash));
  uint32_t v = 0;
  if (id == text::Vocabulary::kUnknown || lex.actor_trie().LongestMatch(&id, 1, &v) != 1) {
    return {};
  }
  const std::string& c = lex.actors()[v].code;
  if (c.size() == 3 && lex.CountryEntry(c) >= 0) return c;
  return {};
}

}  // namespace dyad::coder
