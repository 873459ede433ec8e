#pragma once

#include <vector>

namespace rapport::analytics {

// Additive Holt-Winters (level, trend, season) for a monthly series. fit() chooses the smoothing parameters
// alpha, beta, gamma on a fixed grid (0.05 to 0.95 in steps of 0.05) by the smallest sum of squared
// one-step errors, so the same history always gives the same model. The start values come from the first
// two seasons: trend = (mean of season 2 - mean of season 1) / m, level = mean of season 1 carried to its
// last point, season = each point's distance from that line. A series of exactly "line + repeating pattern"
// is therefore forecast without error. Shorter histories fall back to Holt's linear trend (from 3 points)
// or to the mean.
struct HoltWintersModel {
    int season = 12;
    double alpha = 0, beta = 0, gamma = 0;
    double level = 0, trend = 0;
    std::vector<double> seasonal; // by position in the season, aligned so seasonal[0] is the next point's
    double sigma = 0;             // standard deviation of the one-step errors
    bool seasonalModel = false;
    double sse = 0;
};

struct ForecastPoint {
    double value = 0;
    double lower = 0; // 95 % prediction interval
    double upper = 0;
};

class HoltWinters final {
public:
    static HoltWintersModel fit(const std::vector<double>& history, int season = 12);
    // Smooths the history with given parameters (used by fit() and by tests with hand-computed values).
    static HoltWintersModel smooth(const std::vector<double>& history, int season, double alpha, double beta,
                                   double gamma);
    static std::vector<ForecastPoint> forecast(const HoltWintersModel& model, int horizon);
};

// Mean absolute percentage error of a forecast against what happened (points where actual is 0 are skipped).
double meanAbsolutePercentageError(const std::vector<double>& actual, const std::vector<double>& forecast);

} // namespace rapport::analytics
