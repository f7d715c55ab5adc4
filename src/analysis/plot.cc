#include "analysis/plot.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <vector>

namespace dyad::analysis {
namespace {

constexpr double kWidth = 960;
constexpr double kPanelHeight = 250;
constexpr double kTitleHeight = 44;
constexpr double kLeft = 64, kRight = 24, kTop = 34, kBottom = 34;  // inside each panel
constexpr const char* kCooperation = "#2b8a3e";
constexpr const char* kConflict = "#c92a2a";
constexpr const char* kLevel = "#1c2b4a";
constexpr const char* kTurn = "#e67700";

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string Escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

// A round step for axis ticks: 1, 2 or 5 times a power of ten, about max / 2.
double TickStep(double max) {
  if (max <= 0) return 1;
  double raw = max / 2, p = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (m * p >= raw) return m * p;
  }
  return 10 * p;
}

void Panel(const DirectedSeries& s, const ChangePointResult* cps, double y0, std::string* svg) {
  const int n = static_cast<int>(s.periods.size());
  const double plot_w = kWidth - kLeft - kRight, plot_h = kPanelHeight - kTop - kBottom;
  std::vector<double> x = GoldsteinSums(s);
  double hi = 0, lo = 0;
  for (double v : x) {
    hi = std::max(hi, v);
    lo = std::min(lo, v);
  }
  if (hi == lo) hi = 1;
  const double step = TickStep(std::max(hi, -lo));
  hi = std::ceil(hi / step) * step;
  lo = std::floor(lo / step) * step;
  auto ypos = [&](double v) { return y0 + kTop + (hi - v) / (hi - lo) * plot_h; };
  const double slot = n > 0 ? plot_w / n : plot_w;
  auto xpos = [&](double i) { return kLeft + i * slot; };

  *svg += "<g class=\"direction\">\n";
  *svg += "<text x=\"" + Num(kLeft) + "\" y=\"" + Num(y0 + 20) +
          "\" font-size=\"15\" font-weight=\"bold\">" + Escape(s.source) + " \u2192 " +
          Escape(s.target) + "</text>\n";
  *svg += "<text x=\"" + Num(kWidth - kRight) + "\" y=\"" + Num(y0 + 20) +
          "\" font-size=\"12\" text-anchor=\"end\" fill=\"#555\">" +
          std::to_string(s.total_events()) + " events; bars: Goldstein sum per period</text>\n";
  // Grid and y axis labels.
  for (double v = lo; v <= hi + step / 2; v += step) {
    const double y = ypos(v);
    *svg += "<line x1=\"" + Num(kLeft) + "\" x2=\"" + Num(kWidth - kRight) + "\" y1=\"" + Num(y) +
            "\" y2=\"" + Num(y) + "\" stroke=\"" + (std::fabs(v) < step / 2 ? "#888" : "#e5e5e5") +
            "\"/>\n";
    *svg += "<text x=\"" + Num(kLeft - 6) + "\" y=\"" + Num(y + 4) +
            "\" font-size=\"11\" text-anchor=\"end\">" + Num(v) + "</text>\n";
  }
  // Bars.
  const double bar_w = std::min(40.0, std::max(1.0, slot * 0.8));
  for (int i = 0; i < n; ++i) {
    if (x[i] == 0) continue;
    const double top = ypos(std::max(0.0, x[i])), bottom = ypos(std::min(0.0, x[i]));
    *svg += "<rect class=\"bar\" x=\"" + Num(xpos(i) + (slot - bar_w) / 2) + "\" y=\"" + Num(top) +
            "\" width=\"" + Num(bar_w) + "\" height=\"" + Num(std::max(0.5, bottom - top)) +
            "\" fill=\"" + (x[i] > 0 ? kCooperation : kConflict) + "\"><title>" +
            s.periods[i].start + ": " + std::to_string(s.periods[i].events) +
            " events, Goldstein sum " + Num(x[i]) + "</title></rect>\n";
  }
  // Segment levels between turning points.
  std::vector<int> cuts = {0};
  if (cps) {
    for (const ChangePoint& cp : cps->points) cuts.push_back(cp.index);
  }
  cuts.push_back(n);
  for (size_t k = 0; k + 1 < cuts.size(); ++k) {
    const int a = cuts[k], b = cuts[k + 1];
    if (b <= a) continue;
    double mean = 0;
    for (int i = a; i < b; ++i) mean += x[i];
    mean /= (b - a);
    *svg += "<line class=\"level\" x1=\"" + Num(xpos(a)) + "\" x2=\"" + Num(xpos(b)) +
            "\" y1=\"" + Num(ypos(mean)) + "\" y2=\"" + Num(ypos(mean)) + "\" stroke=\"" + kLevel +
            "\" stroke-width=\"2.5\"/>\n";
  }
  // Turning points.
  if (cps) {
    // Labels of nearby turning points would overprint: each takes the first text row that is
    // free at its x (about 6 px per character of an 11 px font).
    std::vector<double> row_end;  // right end of the last label of each row
    for (const ChangePoint& cp : cps->points) {
      const double xx = xpos(cp.index);
      *svg += "<line class=\"turning-point\" x1=\"" + Num(xx) + "\" x2=\"" + Num(xx) + "\" y1=\"" +
              Num(y0 + kTop - 4) + "\" y2=\"" + Num(y0 + kTop + plot_h) + "\" stroke=\"" + kTurn +
              "\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n";
      const bool right = xx < kLeft + plot_w * 0.7;
      const std::string label = s.periods[cp.index].start + ": " + Num(cp.before) + " \u2192 " +
                                Num(cp.after) + " (conf. " + Num(cp.confidence * 100) + "%)";
      const double width = 6.0 * static_cast<double>(label.size());
      const double left = right ? xx + 5 : xx - 5 - width;
      size_t row = 0;
      while (row < row_end.size() && row_end[row] > left) ++row;
      if (row == row_end.size()) row_end.push_back(0);
      row_end[row] = left + width;
      *svg += "<text x=\"" + Num(xx + (right ? 5 : -5)) + "\" y=\"" +
              Num(y0 + kTop + 8 + 13.0 * static_cast<double>(row)) + "\" font-size=\"11\" fill=\"" +
              kTurn + "\" text-anchor=\"" + (right ? "start" : "end") + "\">" + label +
              "</text>\n";
    }
  }
  // X axis labels: about eight evenly spaced period starts.
  const int every = std::max(1, n / 8);
  for (int i = 0; i < n; i += every) {
    *svg += "<text x=\"" + Num(xpos(i + 0.5)) + "\" y=\"" + Num(y0 + kPanelHeight - 12) +
            "\" font-size=\"11\" text-anchor=\"middle\">" + s.periods[i].start + "</text>\n";
  }
  *svg += "</g>\n";
}

}  // namespace

std::string PlotDyadSvg(const DyadSeries& dyad, const DirectionPlot& ab, const DirectionPlot& ba) {
  const double height = kTitleHeight + 2 * kPanelHeight + 24;
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + Num(kWidth) +
                    "\" height=\"" + Num(height) + "\" viewBox=\"0 0 " + Num(kWidth) + " " +
                    Num(height) + "\" font-family=\"sans-serif\">\n";
  svg += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
  const std::string a = ab.series ? ab.series->source : "", b = ab.series ? ab.series->target : "";
  svg += "<text x=\"" + Num(kWidth / 2) + "\" y=\"26\" font-size=\"18\" text-anchor=\"middle\">" +
         Escape(a) + " \u2194 " + Escape(b) + ": relations by " +
         std::string(PeriodName(dyad.by)) + ", " + dyad.from + " .. " + dyad.to + "</text>\n";
  svg += "<text x=\"" + Num(kWidth / 2) +
         "\" y=\"40\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555\">green: cooperation, "
         "red: conflict; dark line: level between turning points; dashed: turning point</text>\n";
  double y = kTitleHeight;
  for (const DirectionPlot* d : {&ab, &ba}) {
    if (d->series) Panel(*d->series, d->turning_points, y, &svg);
    y += kPanelHeight;
  }
  svg += "</svg>\n";
  return svg;
}

}  // namespace dyad::analysis
