#include "analysis/changepoint.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace dyad::analysis {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Prefix sums of a centred copy of the series: segment costs in O(1). Centring keeps
// sum-of-squares minus square-of-sum from cancelling away the precision on series far from 0.
class SegmentCost {
 public:
  explicit SegmentCost(const std::vector<double>& x) : sum_(x.size() + 1), sq_(x.size() + 1) {
    double mean = 0;
    for (double v : x) mean += v;
    if (!x.empty()) mean /= static_cast<double>(x.size());
    for (size_t i = 0; i < x.size(); ++i) {
      double y = x[i] - mean;
      sum_[i + 1] = sum_[i] + y;
      sq_[i + 1] = sq_[i] + y * y;
    }
    offset_ = mean;
  }
  // Sum of squared deviations from the mean of x[s, t).
  double Sse(int s, int t) const {
    double n = t - s, sum = sum_[t] - sum_[s];
    return std::max(0.0, sq_[t] - sq_[s] - sum * sum / n);
  }
  double Mean(int s, int t) const { return (sum_[t] - sum_[s]) / (t - s) + offset_; }

 private:
  std::vector<double> sum_, sq_;
  double offset_ = 0;
};

double Median(std::vector<double> v) {
  size_t mid = v.size() / 2;
  std::nth_element(v.begin(), v.begin() + mid, v.end());
  double m = v[mid];
  if (v.size() % 2 == 0) m = (m + *std::max_element(v.begin(), v.begin() + mid)) / 2;
  return m;
}

// SplitMix64: a small, fast generator whose output is the same on every platform, so p-values
// are reproducible (std::shuffle's use of the engine is left to the library).
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n); the modulo bias is below 2^-40 for the sizes used here.
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }

 private:
  uint64_t state_;
};

// The largest split statistic over every admissible split of `y`, times sigma^2:
// max_j [S_j^2 / j + (T - S_j)^2 / (L - j)] - T^2 / L, which is SSE(all) - SSE(left) - SSE(right).
double BestSplit(const std::vector<double>& y, int min_segment) {
  const int len = static_cast<int>(y.size());
  double total = 0;
  for (double v : y) total += v;
  double best = -kInf, left = 0;
  for (int j = 1; j <= len - min_segment; ++j) {
    left += y[j - 1];
    if (j < min_segment) continue;
    double right = total - left;
    best = std::max(best, left * left / j + right * right / (len - j));
  }
  return best - total * total / len;
}

double PermutationPValue(const std::vector<double>& span, double observed, int min_segment,
                         int permutations, uint64_t seed) {
  // Centring does not change any split statistic and keeps the sums small.
  std::vector<double> y = span;
  double mean = 0;
  for (double v : y) mean += v;
  mean /= static_cast<double>(y.size());
  for (double& v : y) v -= mean;
  Rng rng(seed);
  // Ties with the observed value count as hits; the tolerance absorbs rounding in the two ways
  // of computing the same statistic.
  const double threshold = observed - 1e-9 * std::max(1.0, std::fabs(observed));
  int hits = 0;
  for (int r = 0; r < permutations; ++r) {
    for (size_t i = y.size() - 1; i > 0; --i) std::swap(y[i], y[rng.Below(i + 1)]);
    if (BestSplit(y, min_segment) >= threshold) ++hits;
  }
  return (1.0 + hits) / (1.0 + permutations);
}

// PELT proper: the change indices of the segmentation of x[0, n) minimising
// sum of SSE / sigma^2 + beta per change, with segments at least m long.
std::vector<int> Pelt(const SegmentCost& cost, int n, double sigma, double beta, int m) {
  const double inv_var = 1 / (sigma * sigma);
  // F[t]: the least penalised cost of x[0, t); last[t]: the start of its last segment.
  std::vector<double> f(n + 1, kInf);
  std::vector<int> last(n + 1, 0);
  f[0] = -beta;
  // Candidates for the last change point. A candidate pruned at time t (Killick et al.,
  // Theorem 3.1: F(tau) + C(tau, t) >= F(t) means tau is never again the best last change) is
  // only dropped from time t + m on: the proof splits at t, and with a minimum segment length
  // that split is admissible only for ends at least m periods past t.
  struct Candidate {
    int tau;
    int drop_at;
  };
  constexpr int kNever = std::numeric_limits<int>::max();
  std::vector<Candidate> candidates = {{0, kNever}};
  for (int t = m; t <= n; ++t) {
    if (t - m >= m) candidates.push_back({t - m, kNever});
    std::erase_if(candidates, [t](const Candidate& c) { return c.drop_at <= t; });
    for (const Candidate& c : candidates) {
      double v = f[c.tau] + cost.Sse(c.tau, t) * inv_var + beta;
      if (v < f[t]) {
        f[t] = v;
        last[t] = c.tau;
      }
    }
    for (Candidate& c : candidates) {
      if (c.drop_at == kNever && f[c.tau] + cost.Sse(c.tau, t) * inv_var > f[t]) {
        c.drop_at = t + m;
      }
    }
  }
  std::vector<int> cps;
  for (int t = last[n]; t > 0; t = last[t]) cps.push_back(t);
  std::reverse(cps.begin(), cps.end());
  return cps;
}

}  // namespace

double EstimateNoiseSigma(const std::vector<double>& x) {
  if (x.size() < 3) return 0;
  std::vector<double> d(x.size() - 1);
  for (size_t i = 1; i < x.size(); ++i) d[i - 1] = x[i] - x[i - 1];
  double med = Median(d);
  std::vector<double> dev(d.size());
  double dev_sum = 0;
  for (size_t i = 0; i < d.size(); ++i) {
    dev[i] = std::fabs(d[i] - med);
    dev_sum += dev[i];
  }
  // d_t has variance 2 sigma^2 under the model, hence the sqrt(2).
  double mad = Median(dev);
  if (mad > 0) return 1.4826 * mad / std::sqrt(2.0);
  // E|d - median| = sigma_d * sqrt(2 / pi) for a normal d.
  double mean_dev = dev_sum / static_cast<double>(dev.size());
  return mean_dev * std::sqrt(std::numbers::pi / 2) / std::sqrt(2.0);
}

ChangePointResult DetectChangePoints(const std::vector<double>& x,
                                     const ChangePointOptions& options) {
  ChangePointResult result;
  const int n = static_cast<int>(x.size());
  const int m = std::max(1, options.min_segment);
  result.penalty =
      options.penalty > 0 ? options.penalty : options.penalty_log_factor * std::log(std::max(n, 2));
  result.sigma = options.sigma > 0 ? options.sigma : EstimateNoiseSigma(x);
  if (n < 2 * m || !(result.sigma > 0)) return result;
  const SegmentCost cost(x);
  std::vector<int> cps = Pelt(cost, n, result.sigma, result.penalty, m);
  if (options.sigma <= 0) {
    // The MAD of differences is robust but noisy (about a third of the efficiency of the
    // standard deviation), and an underestimated sigma inflates every statistic: on short noise
    // series it doubles the false alarms. So refine it once from the residuals of the first
    // segmentation, which hold no change in mean, clipped at 3 sigma so outlying periods stay
    // out of it, and segment again with the refined value.
    const double clip = 3 * result.sigma;
    double sse = 0;
    int lo = 0;
    for (size_t k = 0; k <= cps.size(); ++k) {
      int hi = k < cps.size() ? cps[k] : n;
      double mean = cost.Mean(lo, hi);
      for (int t = lo; t < hi; ++t) {
        double r = std::min(std::fabs(x[t] - mean), clip);
        sse += r * r;
      }
      lo = hi;
    }
    const int dof = n - static_cast<int>(cps.size()) - 1;
    if (dof > 0 && sse > 0) {
      result.sigma = std::sqrt(sse / dof);
      cps = Pelt(cost, n, result.sigma, result.penalty, m);
    }
  }
  const double inv_var = 1 / (result.sigma * result.sigma);

  for (size_t k = 0; k < cps.size(); ++k) {
    const int lo = k == 0 ? 0 : cps[k - 1];
    const int hi = k + 1 < cps.size() ? cps[k + 1] : n;
    const int at = cps[k];
    ChangePoint cp;
    cp.index = at;
    cp.before = cost.Mean(lo, at);
    cp.after = cost.Mean(at, hi);
    cp.statistic = (cost.Sse(lo, hi) - cost.Sse(lo, at) - cost.Sse(at, hi)) * inv_var;
    if (options.permutations > 0) {
      std::vector<double> span(x.begin() + lo, x.begin() + hi);
      cp.p_value =
          PermutationPValue(span, cp.statistic * result.sigma * result.sigma, m,
                            options.permutations, options.seed ^ (static_cast<uint64_t>(at) << 32));
      cp.confidence = 1 - cp.p_value;
    }
    result.points.push_back(cp);
  }
  return result;
}

std::vector<int> OptimalPartitioning(const std::vector<double>& x, double sigma, double penalty,
                                     int min_segment) {
  const int n = static_cast<int>(x.size());
  const int m = std::max(1, min_segment);
  if (n < 2 * m || !(sigma > 0)) return {};
  const SegmentCost cost(x);
  const double inv_var = 1 / (sigma * sigma);
  std::vector<double> f(n + 1, kInf);
  std::vector<int> last(n + 1, 0);
  f[0] = -penalty;
  for (int t = m; t <= n; ++t) {
    for (int tau = 0; tau <= t - m; ++tau) {
      if (tau != 0 && tau < m) continue;
      double v = f[tau] + cost.Sse(tau, t) * inv_var + penalty;
      if (v < f[t]) {
        f[t] = v;
        last[t] = tau;
      }
    }
  }
  std::vector<int> cps;
  for (int t = last[n]; t > 0; t = last[t]) cps.push_back(t);
  std::reverse(cps.begin(), cps.end());
  return cps;
}

std::vector<int64_t> DrivingEvents(const DirectedSeries& series, const ChangePoint& cp, int limit,
                                   int before, int after) {
  const double direction = cp.after - cp.before;
  if (direction == 0 || limit <= 0) return {};
  const int lo = cp.index - before, hi = cp.index + after;  // periods [lo, hi)
  std::vector<const SeriesEvent*> picked;
  for (const SeriesEvent& e : series.events) {
    if (e.period >= lo && e.period < hi && e.goldstein * direction > 0) picked.push_back(&e);
  }
  std::stable_sort(picked.begin(), picked.end(), [](const SeriesEvent* x, const SeriesEvent* y) {
    double ax = std::fabs(x->goldstein), ay = std::fabs(y->goldstein);
    if (ax != ay) return ax > ay;
    if (x->date != y->date) return x->date < y->date;
    return x->id < y->id;
  });
  std::vector<int64_t> ids;
  for (size_t i = 0; i < picked.size() && static_cast<int>(i) < limit; ++i) {
    ids.push_back(picked[i]->id);
  }
  return ids;
}

std::vector<double> GoldsteinSums(const DirectedSeries& series) {
  std::vector<double> x;
  x.reserve(series.periods.size());
  for (const PeriodStats& p : series.periods) x.push_back(p.goldstein_sum);
  return x;
}

}  // namespace dyad::analysis
