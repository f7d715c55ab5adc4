// Temporal expressions: finds "in 2018", "last year", "on Wednesday", "in October 2020",
// "earlier this month", "March 4, 2024" in a sentence and resolves them against the document
// date. The coder attaches the nearest expression in an event's clause to the event.
#ifndef DYAD_TEXT_TIMEX_H_
#define DYAD_TEXT_TIMEX_H_

#include <string_view>
#include <vector>

#include "text/date.h"

namespace dyad::text {

struct Timex {
  uint32_t token_begin = 0;  // index into the word list given to FindTimexes
  uint32_t token_end = 0;
  Date date;
};

// `words` are the sentence's normalised tokens. `future` resolves bare weekdays and months
// forward ("will meet on Thursday") instead of backward ("met on Thursday").
std::vector<Timex> FindTimexes(const std::vector<std::string_view>& words, const Date& doc_date,
                               bool future = false);

}  // namespace dyad::text

#endif  // DYAD_TEXT_TIMEX_H_
