// Event dating: which temporal expression of the sentence dates an event (its clause's, a
// "when"-clause's, "a day after", a definite noun's earlier act), else the document's date.
#include "coder/sentence_state.h"

#include <algorithm>

namespace dyad::coder {

// "The incident came a day after Indian warplanes struck", "The seizure came two weeks
// after": the date of the act a sentence-initial definite noun names, when the phrase follows
// "The <noun> came" (or "followed", "happened", ...): the latest act coded with a word of the
// noun's stem, else the story's latest dated act (wire copy puts such a sentence right after
// the one that told of it). `count_at` is the token of the phrase's count ("a", "two").
// Null when the sentence is not of that form.
const text::Date* SentenceState::SubjectEventDate(uint32_t count_at) const {
  if (count_at < 3 || count_at > 4 || !Is(norm[0], "the") || past_acts.empty()) return nullptr;
  const std::string_view verb = norm[2];
  if (!(Is(verb, "came") || Is(verb, "followed") || Is(verb, "happened") || Is(verb, "occurred") ||
        Is(verb, "was") || Is(verb, "were"))) {
    return nullptr;
  }
  // (At most an adverb between the verb and the count: "came just two days after".)
  if (count_at == 4 && (cls[3] != 0 || mention_at[3] >= 0)) return nullptr;
  if (norm[1].size() >= 4) {
    const std::string_view stem = norm[1].substr(0, 4);
    for (auto it = past_acts.rbegin(); it != past_acts.rend(); ++it) {
      if (it->date.valid() && it->HasStem(stem)) return &it->date;
    }
  }
  for (auto it = past_acts.rbegin(); it != past_acts.rend(); ++it) {
    if (it->date.valid()) return &it->date;
  }
  return nullptr;
}

// "surrendered on Wednesday, a day after Azerbaijani forces launched an offensive": the
// clause after "N days (weeks, months, years) after" ("before") is dated that long before
// (after) the date the sentence gave the clause it hangs on, to the unit's precision. None
// when that clause has no date of its own.
text::Date SentenceState::DayOffsetDate(const Match& m,
                                        const std::vector<text::Timex>& timexes) const {
  // (The phrase may stand right before the verb: "a week after seizing power".)
  for (uint32_t q = 2; q < m.anchor; ++q) {
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
    const text::Timex* timex = nullptr;
    for (const auto& t : timexes) {
      if (t.token_end <= q - 2) timex = &t;
      if (t.token_begin > q && t.token_begin < clause_end) return {};  // dated in its words
    }
    // "The strikes came two days after militants killed seven soldiers": with no date of its
    // own before the phrase, the sentence's subject names an act the story has dated.
    const text::Date* base = timex ? &timex->date : SubjectEventDate(q - 2);
    if (!base) return {};
    const int sign = after ? -1 : 1;
    // ("a month after" a date in March 2022 is in February; a day needs a day.)
    if (years) {
      text::Date d;
      d.year = base->year + sign * count;
      d.precision = text::DatePrecision::kYear;
      return d;
    }
    if (months) {
      if (base->precision == text::DatePrecision::kYear) return {};
      const int index = base->year * 12 + (base->month - 1) + sign * count;
      text::Date d;
      d.year = index / 12;
      d.month = index % 12 + 1;
      d.precision = text::DatePrecision::kMonth;
      return d;
    }
    if (base->precision != text::DatePrecision::kDay) return {};
    return text::Date::FromDays(base->DaysSinceEpoch() + sign * count * days);
  }
  return {};
}

// A time told from the story's last one, at token `q`: "hours later", "later that day", "the
// same day" (`days` 0), "the next day", "the following morning" (1), "two days later", "a week
// earlier" (a count of days or weeks, signed). `len` is its length in tokens.
bool SentenceState::TimeFromToldAt(uint32_t q, uint32_t* len, int* days) const {
  const uint32_t n = size();
  auto at = [&](uint32_t k) { return k < n ? norm[k] : std::string_view(); };
  static constexpr std::string_view kShort[] = {"hour",    "hours",  "minute",
                                                "minutes", "moment", "moments"};
  static constexpr std::string_view kPartOfDay[] = {"day", "night", "evening", "morning",
                                                    "afternoon"};
  static constexpr std::string_view kCounts[] = {"a",    "one",  "two", "three",
                                                 "four", "five", "six", "seven"};
  // (Every form has one of these words second: a quick test first, as it is asked of every
  // word of every sentence.)
  const std::string_view second = at(q + 1);
  if (second.size() < 3) return false;
  switch (second[0]) {
    case 'l':
    case 't':
    case 's':
    case 'n':
    case 'f':
    case 'd':
    case 'w':
      break;
    default:
      return false;
  }
  const std::string_view w = norm[q];
  if (IsOneOf(w, kShort) && Is(at(q + 1), "later")) {
    *len = 2;
    *days = 0;
    return true;
  }
  if (Is(w, "later") && Is(at(q + 1), "that") && IsOneOf(at(q + 2), kPartOfDay)) {
    *len = 3;
    *days = 0;
    return true;
  }
  if ((Is(w, "the") || Is(w, "that")) && Is(at(q + 1), "same") && IsOneOf(at(q + 2), kPartOfDay)) {
    *len = 3;
    *days = 0;
    return true;
  }
  if (Is(w, "the") && (Is(at(q + 1), "next") || Is(at(q + 1), "following")) &&
      IsOneOf(at(q + 2), kPartOfDay)) {
    *len = 3;
    *days = 1;
    return true;
  }
  const std::string_view unit = at(q + 1);
  const int per = Is(unit, "day") || Is(unit, "days")     ? 1
                  : Is(unit, "week") || Is(unit, "weeks") ? 7
                                                          : 0;
  const bool later = Is(at(q + 2), "later");
  if (per == 0 || !(later || Is(at(q + 2), "earlier"))) return false;
  for (int c = 0; c < 8; ++c) {
    if (w == kCounts[c]) {
      *len = 3;
      *days = (c == 0 ? 1 : c) * per * (later ? 1 : -1);
      return true;
    }
  }
  return false;
}

// "Hours later, Noboa declared", "jets bombed the targets the same day", "The next day,
// troops shelled": the event's clause tells its time from the last day the sentence (else the
// story) named. Invalid when the clause has no such phrase, or nothing to count from.
text::Date SentenceState::TimeFromTold(const Match& m, uint32_t sb, uint32_t se,
                                       const std::vector<text::Timex>& timexes) const {
  // (Not sought in a sentence without one of the phrases' last words.)
  if (std::none_of(w.told_time_words.begin(), w.told_time_words.end(),
                   [&](uint32_t id) { return HasWord(id); })) {
    return {};
  }
  for (uint32_t q = 0; q < size(); ++q) {
    uint32_t len = 0;
    int days = 0;
    if (!TimeFromToldAt(q, &len, &days)) continue;
    // Sentence-initial, it dates the sentence; elsewhere only its own clause, with no other
    // finite verb between it and the event's.
    bool own =
        q == 0 || (q == 1 && (Is(norm[0], "and") || Is(norm[0], "but") || Is(norm[0], "then")));
    if (!own && q >= sb && q < se) {
      const uint32_t from = q > m.anchor ? m.e : q + len;
      const uint32_t to = q > m.anchor ? q : m.b;
      own = true;
      for (uint32_t k = from; k < to && own; ++k) {
        own = !IsFiniteVerb(static_cast<int>(k)) && !HasClass(cls[k], kClauseBreak);
      }
    }
    if (!own) continue;
    const text::Date* base = told_day.valid() ? &told_day : nullptr;
    for (const auto& t : timexes) {
      if (t.token_end <= q && t.date.precision == text::DatePrecision::kDay) base = &t.date;
    }
    if (!base) return {};
    return text::Date::FromDays(base->DaysSinceEpoch() + days);
  }
  return {};
}

// Words that open an adverbial clause with a verb and a time of its own.
constexpr std::string_view kClauseOpeners[] = {"when", "whenever", "while",  "until",
                                               "once", "if",       "unless", "because"};

text::Date SentenceState::EventDate(const Match& m,
                                    const std::vector<text::Timex>& all_timexes) const {
  // "rejected the result of Sunday's election", "condemned last week's attack": a time that
  // owns a noun dates what the noun names, not the verb (unless the noun is this event's:
  // "Tuesday's attack on the parliament" coded as the attack; nor the subject's, whose verb
  // tells what it did: "Tuesday's attack killed 12"; nor one the act happened in: "detained
  // dozens during Friday's protests").
  auto owns_another = [&](const text::Timex& t) {
    const uint32_t q = t.token_end;
    static constexpr std::string_view kIn[] = {"during", "at", "amid", "in", "on"};
    return t.token_begin > m.anchor && q + 1 < size() && HasClass(cls[q], kPossessive) &&
           !(m.anchor > q && m.anchor <= q + 3) && !IsOneOf(norm[t.token_begin - 1], kIn);
  };
  thread_local std::vector<text::Timex> own_timexes;
  const std::vector<text::Timex>* use = &all_timexes;
  if (std::any_of(all_timexes.begin(), all_timexes.end(), owns_another)) {
    own_timexes.clear();
    for (const text::Timex& t : all_timexes) {
      if (!owns_another(t)) own_timexes.push_back(t);
    }
    use = &own_timexes;
  }
  const std::vector<text::Timex>& timexes = *use;
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
      while (end < size() && !HasClass(cls[end], kComma | kClauseBreak) && !IsFullStop(end)) {
        ++end;
      }
      for (const auto& t : timexes) {
        if (t.token_begin > q && t.token_end <= end) return t.date;
      }
    }
  }
  // "During the call, Biden warned": the event a definite noun names dates what happens in
  // it.
  // (Sought only in a sentence that has the word, which most have not: the search read every
  // word up to the end of the verb's clause.)
  uint32_t during = size();
  if (HasWord(w.id_during)) {
    for (uint32_t q = 0; q + 2 < size() && q < se; ++q) {
      if (Is(norm[q], "during") && Is(norm[q + 1], "the") && norm[q + 2].size() >= 4) during = q;
    }
  }
  if (during < size()) {
    const std::string_view stem = norm[during + 2].substr(0, 4);
    for (auto it = past_acts.rbegin(); it != past_acts.rend(); ++it) {
      if (it->date.valid() && it->HasStem(stem)) {
        return it->date;
      }
    }
  }
  if (const text::Date d = DayOffsetDate(m, timexes); d.valid()) return d;
  if (const text::Date d = TimeFromTold(m, sb, se, timexes); d.valid()) return d;
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
  // ("urged lawmakers to reject it when parliament sits on Saturday": a time inside a
  // clause of its own after the verb dates that clause.)
  // (Not a past clause of the same moment: "arrested three policemen when they crossed the
  // border on Sunday" arrested them on Sunday.)
  uint32_t subordinate = se;
  for (uint32_t q = m.e; q < se; ++q) {
    if (IsOneOf(norm[q], kClauseOpeners)) {
      if (!pos.empty() && (Is(norm[q], "when") || Is(norm[q], "while"))) {
        uint32_t v = q + 1;
        while (v < se && !(pos[v] >= text::Pos::kVB && pos[v] <= text::Pos::kVBZ) &&
               pos[v] != text::Pos::kMD) {
          ++v;
        }
        if (v < se && pos[v] == text::Pos::kVBD) continue;
      }
      subordinate = q;
      break;
    }
    // ("agreed to a truce that begins on Saturday": so does a relative clause of the object
    // in the present or future, which tells of a time to come. A past one is mostly of the
    // same moment: "fired at protesters who stormed parliament on Tuesday".)
    if (!pos.empty() && q > m.anchor && q + 1 < se &&
        (pos[q] == text::Pos::kWDT || pos[q] == text::Pos::kWP) &&
        (pos[q - 1] == text::Pos::kNN || pos[q - 1] == text::Pos::kNNS) &&
        (pos[q + 1] == text::Pos::kVBZ || pos[q + 1] == text::Pos::kVBP ||
         pos[q + 1] == text::Pos::kMD)) {
      subordinate = q;
      break;
    }
  }
  // ("cancelled a visit to Turkey that had been planned for Wednesday": a relative clause on
  // the object that tells of another time, one before or a plan, dates its own verb. One of
  // the same moment dates the event: "fired at protesters who stormed parliament on Tuesday".)
  for (uint32_t q = std::max(m.e, 1u); q + 2 < subordinate; ++q) {
    if (!HasClass(cls[q], kRel) || pos.empty() ||
        !(pos[q - 1] == text::Pos::kNN || pos[q - 1] == text::Pos::kNNS ||
          pos[q - 1] == text::Pos::kNNP || pos[q - 1] == text::Pos::kNNPS)) {
      continue;
    }
    bool other_time = Is(norm[q + 1], "had");
    for (uint32_t k = q + 1; k < q + 4 && k < subordinate && !other_time; ++k) {
      other_time = HasClass(cls[k], kIntent);
    }
    // ("arrested five editors under a law that parliament passed last year": a relative clause
    // with a subject of its own tells what another did to the noun, at a time of its own.)
    if (!other_time && (Is(norm[q], "that") || Is(norm[q], "which") || Is(norm[q], "whom")) &&
        (mention_at[q + 1] >= 0 || pos[q + 1] == text::Pos::kDT || pos[q + 1] == text::Pos::kPRP ||
         text::IsNoun(pos[q + 1]))) {
      for (uint32_t k = q + 2; k < q + 7 && k < subordinate && !other_time; ++k) {
        other_time = IsFiniteVerb(k);
      }
    }
    if (other_time) {
      subordinate = q;
      break;
    }
  }
  for (const auto& t : timexes) {
    if (t.token_begin >= m.anchor && t.token_end <= se && t.token_begin < complement &&
        t.token_begin < subordinate) {
      if (!best || t.token_begin < best->token_begin) best = &t;
    }
  }
  // An expression inside an infinitive complement dates that action, not this one: "called
  // on Venezuelans to rally on Saturday", also when an appeal's pattern spans the infinitive
  // ("invited Erdogan to visit Cairo next year", "urged Biden to visit China next month").
  // (Not when the code is the act itself: "ordered French troops to leave in 2022" is 166
  // of 2022, "allowed aid trucks to enter Gaza on Friday" Friday's.)
  bool spans_infinitive = false;
  const bool appeal = StartsWith(m.pattern->code, "02");
  for (uint32_t q = m.anchor + 1;
       appeal && m.pattern->verbal && !pos.empty() && q < m.e && q + 1 < size(); ++q) {
    // (Of the one asked, named before it: "applied to join NATO on Monday" is dated Monday.)
    spans_infinitive = spans_infinitive || (HasClass(cls[q], kTo) && pos[q + 1] == text::Pos::kVB &&
                                            m.target >= 0 && mentions[m.target].e <= q);
  }
  if (best && spans_infinitive && best->token_begin >= m.e) best = nullptr;
  if (best) {
    for (uint32_t q = m.e; q + 1 < best->token_begin; ++q) {
      if (HasClass(cls[q], kTo) && !pos.empty() && pos[q + 1] == text::Pos::kVB) {
        best = nullptr;
        break;
      }
    }
  }
  if (!best && !pos.empty() && !timexes.empty() && !spans_infinitive) {
    // Past an appositive ("with Britain's foreign secretary, Dominic Raab, on Friday"): the
    // next expression, while no other finite verb or clause break intervenes. (Not sought in
    // a sentence without one.)
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
      // ("blamed the militia, Kataib Hezbollah, for a rocket attack last week": nor past the
      // act alleged.)
      if (allegation && (Is(norm[q], "of") || Is(norm[q], "for") || Is(norm[q], "that"))) break;
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
    // (Not a clause in the present or present perfect with a subject of its own after the
    // conjunction: "fired rockets on Thursday, and Thailand has accused them" accuses now.)
    uint32_t own_clause = 0;  // the conjunction such a clause starts at, else 0
    if (m.pattern->verbal && !pos.empty()) {
      uint32_t gs = m.anchor;
      while (gs > 0 && (HasClass(cls[gs - 1], kAux) || pos[gs - 1] == text::Pos::kRB)) --gs;
      const bool present = Is(norm[gs], "has") || Is(norm[gs], "have") ||
                           pos[m.anchor] == text::Pos::kVBZ || pos[m.anchor] == text::Pos::kVBP;
      if (present && gs > 0 && mention_ending[gs - 1] >= 0) {
        const uint32_t b = mentions[mention_ending[gs - 1]].b;
        if (b > 0 && (Is(norm[b - 1], "and") || Is(norm[b - 1], "but"))) own_clause = b - 1;
      }
    }
    for (const auto& t : timexes) {
      if (t.token_end > m.anchor) continue;
      if (own_clause > 0 && t.token_end <= own_clause) continue;
      // ("refused to recognise the results of Saturday's election, accusing": a time that
      // owns a noun of the main clause dates that noun, not the main clause.)
      if (t.token_begin > 0 && t.token_end < size() && HasClass(cls[t.token_end], kPossessive) &&
          !Is(norm[t.token_begin - 1], "during") && !Is(norm[t.token_begin - 1], "amid")) {
        continue;
      }
      // Not from inside a relative clause: "Russia, which lent Caracas billions last year,
      // accused Washington" is not last year's accusation.
      bool relative = false;
      for (int q = static_cast<int>(t.token_begin) - 1; q >= 0; --q) {
        if (HasClass(cls[q], kComma | kClauseBreak)) break;
        if (HasClass(cls[q], kRel)) relative = true;
      }
      if (relative) continue;
      // ("India on Monday scrapped the provision, imposed a blackout and detained leaders":
      // predicates coordinated with the first share its time, while no new subject comes.)
      const bool coordinated = m.pattern->verbal && m.b > 0 &&
                               (Is(norm[m.b - 1], "and") || HasClass(cls[m.b - 1], kComma));
      bool blocked = false;
      for (uint32_t q = t.token_end; q < m.b && !blocked; ++q) {
        if (HasClass(cls[q], kClauseBreak)) {
          blocked = true;
        } else if (IsFiniteVerb(q) && !HasClass(cls[q], kAux | kFuture | kSay)) {
          blocked = !(coordinated && q > 0 && mention_ending[q - 1] < 0 &&
                      (q == t.token_end || HasClass(cls[q - 1], kComma) || Is(norm[q - 1], "and")));
        }
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
  // "invited Kagame to a summit in Luanda next month": a verb in the past tense told of a
  // time to come dates what was planned for it, not the act.
  if (best && m.pattern->verbal && !pos.empty() && pos[m.anchor] == text::Pos::kVBD &&
      doc_date.valid() && best->date.Compare(doc_date) > 0) {
    best = nullptr;
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
  // "Police fired tear gas at the marchers on Monday ... Police also fired at protesters in
  // other neighbourhoods": one more act of a kind the story has dated, told with no time of
  // its own, is of the same occasion.
  // (And its coordinated predicates: "Police also fired at protesters and detained dozens".)
  bool also = false;
  if (timexes.empty() && m.pattern->verbal) {
    for (uint32_t q = m.anchor, steps = 0; q-- > 0 && steps < 12 && !also; ++steps) {
      if (IsGapBarrier(q) || HasClass(cls[q], kSubordinator)) break;
      also = Is(norm[q], "also");
    }
  }
  if (also && m.pattern->code.size() >= 2) {
    for (auto it = past_acts.rbegin(); it != past_acts.rend(); ++it) {
      if (it->date.valid() && it->root[0] == m.pattern->code[0] &&
          it->root[1] == m.pattern->code[1]) {
        return it->date;
      }
    }
  }
  // "Maduro and Ali met in St. Vincent on Thursday ... The two leaders agreed that", "The two
  // men shook hands": what the pair the story told of does, in a sentence with no time of its
  // own, is dated with the first act the story told of them (its news, not a visit the day
  // before that a later sentence adds).
  if (timexes.empty() && !mentions.empty() && mentions[0].kind == Mention::Kind::kPair &&
      mentions[0].b <= 1 && mentions[0].e <= m.anchor) {
    const std::vector<Ref>& pair = mentions[0].referents;
    auto in_pair = [&](const Ref& actor, const text::Date& date) {
      const std::string& code = CodeOf(actor, date);
      return code.size() >= 3 && std::any_of(pair.begin(), pair.end(), [&](const Ref& r) {
               return CodeOf(r, date).compare(0, 3, code, 0, 3) == 0;
             });
    };
    for (const PastAct& act : past_acts) {
      if (act.date.valid() && act.has_target && in_pair(act.source, act.date) &&
          in_pair(act.target, act.date)) {
        return act.date;
      }
    }
  }
  // "The ceasefire was brokered by Russian peacekeepers": an act done to an event the story
  // has told of ("the ceasefire" agreed the day before) is dated with it.
  if (m.anchor >= 3 && Is(norm[0], "the") && norm[1].size() >= 4 &&
      IsPassive(1, m.anchor)) {
    const std::string_view stem = norm[1].substr(0, 4);
    for (auto it = past_acts.rbegin(); it != past_acts.rend(); ++it) {
      if (it->date.valid() && it->HasStem(stem)) {
        return it->date;
      }
    }
    // "Maduro and Ali met on Thursday ... The meeting was mediated by Brazil's president":
    // a meeting's noun shares no stem with "met"; it names the latest meeting (04).
    const std::string_view noun = norm[1];
    if (noun == "meeting" || noun == "talks" || noun == "summit") {
      for (auto it = past_acts.rbegin(); it != past_acts.rend(); ++it) {
        if (it->date.valid() && it->root[0] == '0' && it->root[1] == '4') return it->date;
      }
    }
  }
  return doc_date;
}

// The year token `q` names ("the 2015 deal"), from 1900 to the story's year; else 0.
int SentenceState::YearAt(uint32_t q) const {
  const std::string_view w = norm[q];
  if (w.size() != 4 || !std::all_of(w.begin(), w.end(), [](char ch) {
        return ch >= '0' && ch <= '9';
      })) {
    return 0;
  }
  const int year = (w[0] - '0') * 1000 + (w[1] - '0') * 100 + (w[2] - '0') * 10 + (w[3] - '0');
  return year >= 1900 && year <= doc_date.year ? year : 0;
}

}  // namespace dyad::coder
