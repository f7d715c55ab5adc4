// A chart of a dyad's relations that a person reads at a glance: one panel per direction, the
// Goldstein sum of each period as a bar (cooperation up, conflict down), the level of each
// segment between turning points as a line, and each turning point marked and labelled.
#ifndef DYAD_ANALYSIS_PLOT_H_
#define DYAD_ANALYSIS_PLOT_H_

#include <string>

#include "analysis/changepoint.h"
#include "analysis/series.h"

namespace dyad::analysis {

struct DirectionPlot {
  const DirectedSeries* series = nullptr;
  const ChangePointResult* turning_points = nullptr;  // may be null: no marks
};

// A self-contained SVG document (no scripts, no external fonts or styles).
std::string PlotDyadSvg(const DyadSeries& dyad, const DirectionPlot& ab, const DirectionPlot& ba);

}  // namespace dyad::analysis

#endif  // DYAD_ANALYSIS_PLOT_H_
