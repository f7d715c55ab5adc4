// JSON for a dyad's time series, shared by the API (/api/dyads) and `dyad ties --format json`
// so that both write the same fields.
#ifndef DYAD_SERVE_SERIES_JSON_H_
#define DYAD_SERVE_SERIES_JSON_H_

#include "analysis/series.h"
#include "serve/json_writer.h"

namespace dyad::serve {

// Writes `"periods": [{"start", "events", "quad_counts", "goldstein_sum", "goldstein_mean"}...]`
// for one direction of a dyad, as a key of the object being written.
void WritePeriods(JsonWriter& w, const analysis::DirectedSeries& series);

}  // namespace dyad::serve

#endif  // DYAD_SERVE_SERIES_JSON_H_
