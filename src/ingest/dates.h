// Publication dates as pages and scrapers write them, turned into ISO 8601.
#ifndef DYAD_INGEST_DATES_H_
#define DYAD_INGEST_DATES_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyad {
namespace ingest {

// How a page orders the day and the month of an all-number date that reads either way
// ("03/10/2023"): as written (month first with slashes, as in the US; day first with dots or
// dashes, as in most of the world), or day first or month first throughout, as the page's
// other dates show. A date that reads one way only ("24/03/2025", "03.24.2025") is read so
// whatever the order.
enum class DateOrder { kAsWritten, kDayFirst, kMonthFirst };

// The order the dates written in `text` follow: those that read one way only first; then
// those that name the month, if most put the day first ("24 March 2025"). kAsWritten when
// neither tells.
DateOrder DateOrderOf(std::string_view text);

// Whether `text` may hold an all-number date with the year last ("03/10/2023"), the one shape
// whose reading DateOrder changes: when it does not, the dates found in `text` are the same
// whatever the order, and a caller need not work out the order (DateOrderOf reads all of a
// text).
bool MayHoldDayMonthYear(std::string_view text);

// The order a page's language and region imply: day first for languages other than English
// and for English outside North America ("fr", "en-GB"); kAsWritten for English in the US or
// Canada, with no region, or no language.
DateOrder DateOrderOfLanguage(std::string_view language);

// A date value from metadata ("2024-03-05T10:20:00+01:00", "19 Jan 2022", "March 4, 2024",
// "Wed, 19 Jan 2022 10:00:00 GMT", "05.03.2024") as YYYY-MM-DD, or YYYY-MM-DDThh:mm:ss plus the
// offset when an ISO value carries a time. Empty when no complete date is there.
std::string NormalizeDate(std::string_view value, DateOrder order = DateOrder::kAsWritten);

// The first complete date written anywhere in `text`, as YYYY-MM-DD; empty if none. (`order`
// here and below: how all-number dates are read.)
std::string FindDateInText(std::string_view text, DateOrder order = DateOrder::kAsWritten);

// Every complete date written in `text` (its first 4 KB), in order, at most `max_dates`.
std::vector<std::string> FindDatesInText(std::string_view text, size_t max_dates,
                                         DateOrder order = DateOrder::kAsWritten);

// The month a word names, 1 to 12, in any case and with or without a full stop ("Jan.",
// "MARCH", "sept"); 0 for any other word.
int MonthOfWord(std::string_view word);

// "/2024/03/05/" or "/2024-03-05-" style dates in a URL path, as YYYY-MM-DD; empty if none.
std::string DateFromUrl(std::string_view url);

// True for a line that holds a date and nothing else worth reading: "19 Jan 2022",
// "Published On 19 Jan 2022", "Updated: March 4, 2024 10:32 AM EST".
bool IsDateLine(std::string_view line, DateOrder order = DateOrder::kAsWritten);
// NormalizeDate(line) when IsDateLine(line), else empty: the test and the date in one reading of
// the line.
std::string DateOfDateLine(std::string_view line, DateOrder order = DateOrder::kAsWritten);

}  // namespace ingest
}  // namespace dyad

#endif  // DYAD_INGEST_DATES_H_
