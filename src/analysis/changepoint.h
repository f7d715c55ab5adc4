// Turning points in a dyad's relations: change points in the mean of a series, found by PELT
// (Killick, Fearnhead & Eckley 2012, "Optimal detection of changepoints with a linear
// computational cost"), each with a permutation p-value and the events behind it.
//
// The model: x_t = mu_k + noise for t in segment k, noise independent with a common variance
// sigma^2. The cost of a segment is its sum of squared deviations from its mean over sigma^2
// (twice the negative Gaussian log-likelihood, up to a constant), and each change point costs a
// penalty beta. PELT finds the segmentation minimising total cost + beta * changes exactly, in
// linear expected time when changes are spread through the series. (Event series are bursty
// and autocorrelated, so on real data the penalty and the p-values are guides, not exact error
// rates.)
//
// `dyad ties` runs it on the per-period Goldstein *sum* of each direction, not the mean: the sum
// moves with both the tone and the volume of interaction (a war that adds a hundred hostile
// events a week is a turning point even if the mean was already negative), an empty period is
// naturally 0 (no interaction is neutral) where the mean is undefined, and a change in the sum
// is the sum of the events' scores, so the events that drive it are well defined.
#ifndef DYAD_ANALYSIS_CHANGEPOINT_H_
#define DYAD_ANALYSIS_CHANGEPOINT_H_

#include <cstdint>
#include <vector>

#include "analysis/series.h"

namespace dyad::analysis {

struct ChangePointOptions {
  // Penalty per change point, in units of the cost (i.e. of sigma^2, so penalty * sigma^2 in
  // the units of the series). 0: penalty_log_factor * ln(n).
  double penalty = 0;
  // 2 is the BIC (a change adds two parameters, its location and a mean). With it, 13% of
  // Gaussian noise series of 52 periods (a year by week) and 6% of 120 get a false turning point
  // even after the sigma refinement below; 3 (about the modified BIC of Zhang & Siegmund 2007,
  // the default of R's changepoint package) brings that to 2.5% and 0.3% and finds changes of
  // 2.5 sigma as often as 2 does (tests in changepoint_test.cc), so it is the default.
  double penalty_log_factor = 3;
  // Noise standard deviation. 0: estimated robustly from the first differences (see
  // EstimateNoiseSigma), which a change in mean barely disturbs, then refined once from the
  // clipped residuals of a first segmentation.
  double sigma = 0;
  // Shortest segment, in periods. 2 keeps a single-period spike (one violent day) from being
  // reported as two turning points; such a spike still counts toward its segment's level.
  int min_segment = 2;
  // Permutations for each change point's p-value; 0 skips the test (confidence stays 0).
  int permutations = 999;
  uint64_t seed = 20120101;
};

struct ChangePoint {
  int index = 0;      // first period of the new segment
  double before = 0;  // mean of the segment that ends at index - 1
  double after = 0;   // mean of the segment that starts at index
  // Likelihood-ratio statistic of this split against one segment, on the span from the previous
  // change point to the next: (SSE(joined) - SSE(left) - SSE(right)) / sigma^2.
  double statistic = 0;
  // Permutation p-value: the share of random reorderings of that span whose best split (over
  // every position, so the search that found this one is accounted for) reaches `statistic`,
  // (1 + hits) / (1 + permutations). It assumes only that the periods of the span are
  // exchangeable under "no change", not normality or a known sigma.
  double p_value = 1;
  double confidence = 0;  // 1 - p_value
};

struct ChangePointResult {
  double sigma = 0;                 // noise standard deviation used
  double penalty = 0;               // penalty used, in units of sigma^2
  std::vector<ChangePoint> points;  // by index
};

// sigma of the noise from the first differences d_t = x_t - x_{t-1}: MAD(d) * 1.4826 / sqrt(2).
// Differences cancel the level, so a few changes in mean leave the estimate nearly unbiased,
// and the median ignores the odd outlying period. When more than half the differences are
// equal (a sparse series of mostly empty periods), MAD is 0 and the mean absolute deviation
// from the median, scaled to a normal sigma, is used instead; 0 for a constant series.
double EstimateNoiseSigma(const std::vector<double>& x);

// Change points of the mean of `x` by PELT. A series shorter than 2 * min_segment, or with
// sigma 0, has none.
ChangePointResult DetectChangePoints(const std::vector<double>& x,
                                     const ChangePointOptions& options = {});

// The optimal segmentation by exhaustive dynamic programming (Jackson et al. 2005), O(n^2):
// the same minimum PELT finds, kept to check PELT's pruning. Returns the change indices.
std::vector<int> OptimalPartitioning(const std::vector<double>& x, double sigma, double penalty,
                                     int min_segment);

// The events that drive `cp`: of the events dated in the periods from `before` periods ahead of
// the change to `after` - 1 periods past it, those whose Goldstein score has the sign of the
// change (hostile events for a fall, cooperative ones for a rise), by decreasing |Goldstein|,
// then earliest first. At most `limit` ids.
std::vector<int64_t> DrivingEvents(const DirectedSeries& series, const ChangePoint& cp,
                                   int limit = 5, int before = 1, int after = 3);

// The per-period Goldstein sums of a direction: the series DetectChangePoints is run on.
std::vector<double> GoldsteinSums(const DirectedSeries& series);

}  // namespace dyad::analysis

#endif  // DYAD_ANALYSIS_CHANGEPOINT_H_
