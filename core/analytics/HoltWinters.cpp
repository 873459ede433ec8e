#include "analytics/HoltWinters.h"

#include <cmath>
#include <limits>
#include <numeric>

namespace rapport::analytics {
namespace {

double mean(const std::vector<double>& values, size_t first, size_t count) {
    double total = 0;
    for (size_t i = first; i < first + count; ++i)
        total += values[i];
    return count > 0 ? total / double(count) : 0.0;
}

} // namespace

HoltWintersModel HoltWinters::smooth(const std::vector<double>& y, int season, double alpha, double beta,
                                     double gamma) {
    HoltWintersModel model;
    model.season = season;
    model.alpha = alpha;
    model.beta = beta;
    model.gamma = gamma;
    const size_t m = size_t(std::max(season, 1));
    const size_t n = y.size();
    if (n >= 2 * m && m > 1) {
        model.seasonalModel = true;
        const double first = mean(y, 0, m);
        const double second = mean(y, m, m);
        model.trend = (second - first) / double(m);
        model.level = first + model.trend * double(m - 1) / 2.0;
        model.seasonal.assign(m, 0.0);
        for (size_t i = 0; i < m; ++i)
            model.seasonal[i] = y[i] - (first + model.trend * (double(i) - double(m - 1) / 2.0));
        // seasonal[(t) % m] is the season of point t; the loop below walks on from point m.
        double sse = 0;
        for (size_t t = m; t < n; ++t) {
            const double s = model.seasonal[t % m];
            const double predicted = model.level + model.trend + s;
            const double error = y[t] - predicted;
            sse += error * error;
            const double previousLevel = model.level;
            model.level = alpha * (y[t] - s) + (1 - alpha) * (model.level + model.trend);
            model.trend = beta * (model.level - previousLevel) + (1 - beta) * model.trend;
            model.seasonal[t % m] = gamma * (y[t] - model.level) + (1 - gamma) * s;
        }
        // Rotate so seasonal[0] belongs to the point after the history.
        std::vector<double> rotated(m);
        for (size_t i = 0; i < m; ++i)
            rotated[i] = model.seasonal[(n + i) % m];
        model.seasonal = rotated;
        model.sse = sse;
        // Three smoothing parameters were fitted on these errors: they count against the degrees of freedom.
        model.sigma = std::sqrt(sse / double(std::max<size_t>(1, n > m + 3 ? n - m - 3 : 1)));
        return model;
    }
    model.seasonal.assign(m, 0.0);
    if (n >= 3) {
        model.level = y[1];
        model.trend = y[1] - y[0];
        double sse = 0;
        for (size_t t = 2; t < n; ++t) {
            const double error = y[t] - (model.level + model.trend);
            sse += error * error;
            const double previousLevel = model.level;
            model.level = alpha * y[t] + (1 - alpha) * (model.level + model.trend);
            model.trend = beta * (model.level - previousLevel) + (1 - beta) * model.trend;
        }
        model.sse = sse;
        model.sigma = std::sqrt(sse / double(n > 4 ? n - 4 : 1));
        return model;
    }
    model.level = n > 0 ? mean(y, 0, n) : 0.0;
    double sse = 0;
    for (double v : y)
        sse += (v - model.level) * (v - model.level);
    model.sse = sse;
    model.sigma = n > 1 ? std::sqrt(sse / double(n - 1)) : 0.0;
    return model;
}

HoltWintersModel HoltWinters::fit(const std::vector<double>& history, int season) {
    HoltWintersModel best;
    best.sse = std::numeric_limits<double>::infinity();
    const bool seasonal = history.size() >= 2 * size_t(std::max(season, 1)) && season > 1;
    const bool trended = history.size() >= 3;
    for (int a = 1; a <= 19; ++a)
        for (int b = trended ? 1 : 19; b <= 19; ++b)
            for (int g = seasonal ? 1 : 19; g <= 19; ++g) {
                HoltWintersModel model = smooth(history, season, a * 0.05, b * 0.05, g * 0.05);
                if (model.sse < best.sse - 1e-9)
                    best = model;
                if (!trended && !seasonal)
                    return model;
            }
    return best;
}

std::vector<ForecastPoint> HoltWinters::forecast(const HoltWintersModel& model, int horizon) {
    std::vector<ForecastPoint> points;
    const size_t m = model.seasonal.size();
    double variance = 0;
    for (int h = 1; h <= horizon; ++h) {
        const double season = model.seasonalModel && m > 0 ? model.seasonal[size_t(h - 1) % m] : 0.0;
        const double value = model.level + double(h) * model.trend + season;
        // Variance of the h-step error of the additive model: sigma^2 (1 + sum over j < h of c_j^2), with
        // c_j = alpha (1 + j beta) + gamma when j is a whole number of seasons.
        if (h > 1) {
            const int j = h - 1;
            double c = model.alpha * (1 + j * model.beta);
            if (model.seasonalModel && m > 0 && j % int(m) == 0)
                c += model.gamma;
            variance += c * c;
        }
        const double spread = 1.96 * model.sigma * std::sqrt(1 + variance);
        points.push_back({value, value - spread, value + spread});
    }
    return points;
}

double meanAbsolutePercentageError(const std::vector<double>& actual, const std::vector<double>& forecast) {
    double total = 0;
    int counted = 0;
    for (size_t i = 0; i < actual.size() && i < forecast.size(); ++i) {
        if (actual[i] == 0)
            continue;
        total += std::abs((actual[i] - forecast[i]) / actual[i]);
        ++counted;
    }
    return counted > 0 ? total / counted : 0.0;
}

} // namespace rapport::analytics
