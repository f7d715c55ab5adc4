// SentenceCoder: the event coder proper. Given the tokens of one article, it finds actor
// mentions (countries, people with dated roles, organisations, agents, pronouns and "the two
// countries"), matches verb patterns, assigns source and target from the pattern slots or the
// clause's subject and object, drops negated events, turns plans and promises into intent codes,
// and dates each event from the temporal expressions of its clause.
#ifndef DYAD_CODER_SENTENCE_CODER_H_
#define DYAD_CODER_SENTENCE_CODER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/event.h"
#include "lexicon/lexicon.h"
#include "text/date.h"
#include "text/tokenizer.h"

namespace dyad::coder {

// Codes that make an event without a target: a statement, a comment, a denial ("X said",
// "Hamas denied involvement"), an appeal to no one in particular, an investigation, mass
// violence. Any other act needs someone it is aimed at; without one found, the event says
// nothing about relations between actors, and is most often a target the coder missed.
// Only a public actor's, though: private people, firms, schools, the press and the like
// (CVL, BUS, EDU, MED, HLH, LAB, AGR) who say, ask or study something with no one named are no
// political event ("Many students consider a master's degree", "researchers are studying").
bool StandsWithoutTarget(std::string_view cameo, std::string_view source);

// A visit or an act of force (042, roots 15-20): aimed at the place it names when no actor is
// named ("shelled Kharkiv"), so its target may come from the gazetteer.
bool AimedAtPlaces(std::string_view cameo);

class SentenceCoder {
 public:
  // `lexicon` must outlive the coder; the constructor interns the coder's function words.
  explicit SentenceCoder(lexicon::Lexicon* lexicon);
  ~SentenceCoder();

  // Codes every sentence of `text` (the article body). `skip_prefix` bytes at the start (a
  // dateline) are not coded. Appends to `events`; returns the number of sentences and, when
  // `spans` is given, fills it with each sentence's byte offsets in `text`.
  // `home_country` (a CAMEO country code, or empty) is given to agents named without a
  // country ("police fired tear gas"): the country the story was filed from. When `tokens` is
  // given, the text's tokens (text::Tokenize) are left in it for the caller.
  int CodeText(std::string_view text, size_t skip_prefix, const text::Date& doc_date,
               const std::string& doc_id, const std::string& home_country,
               std::vector<Event>* events,
               std::vector<std::pair<uint32_t, uint32_t>>* spans = nullptr,
               std::vector<text::Token>* tokens = nullptr) const;

  // The country a place phrase names ("Tehran, Iran", "MOSCOW"): a country, capital or
  // demonym; empty when none.
  std::string CountryOf(std::string_view place) const;

  // See CoderOptions::keep_untargeted.
  void set_keep_untargeted(bool keep) { keep_untargeted_ = keep; }

 private:
  friend struct SentenceState;
  // Sets `rule` to "pattern @ verbs/file.dict:LINE": the rule an event records. (Written into
  // the event's string, not returned: a copy of the rule, then moved, was one string more an
  // event.)
  void AssignRuleOf(const lexicon::VerbPattern& p, std::string* rule) const;
  const lexicon::Lexicon& lex_;
  std::vector<std::string> rules_;  // the rule of each pattern of the lexicon, by index
  struct Words;  // ids of function words
  std::unique_ptr<Words> w_;
  bool keep_untargeted_ = false;
};

}  // namespace dyad::coder

#endif  // DYAD_CODER_SENTENCE_CODER_H_
