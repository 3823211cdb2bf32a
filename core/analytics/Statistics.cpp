#include "analytics/Statistics.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace peerradar::stats {

double studentT975(int df)
{
    if (df < 1)
        return 0.0;
    // Two-sided 95% quantiles t(0.975, df) for df = 1…30 (standard tables, 9 decimals).
    static constexpr std::array<double, 30> table = { 12.706204736, 4.302652730, 3.182446305, 2.776445105,
        2.570581836, 2.446911851, 2.364624252, 2.306004135, 2.262157163, 2.228138852, 2.200985160,
        2.178812830, 2.160368656, 2.144786688, 2.131449546, 2.119905299, 2.109815578, 2.100922040,
        2.093024054, 2.085963447, 2.079613845, 2.073873068, 2.068657610, 2.063898562, 2.059538553,
        2.055529439, 2.051830516, 2.048407142, 2.045229642, 2.042272456 };
    if (df <= 30)
        return table[std::size_t(df - 1)];
    // Cornish–Fisher expansion of the t quantile around the normal quantile z = 1.959963985
    // (Abramowitz & Stegun 26.7.5); with four terms the error is below 1e-6 for df > 30.
    const double z = 1.959963984540054;
    const double v = df;
    const double z3 = z * z * z;
    const double z5 = z3 * z * z;
    const double z7 = z5 * z * z;
    const double z9 = z7 * z * z;
    const double g1 = (z3 + z) / 4.0;
    const double g2 = (5.0 * z5 + 16.0 * z3 + 3.0 * z) / 96.0;
    const double g3 = (3.0 * z7 + 19.0 * z5 + 17.0 * z3 - 15.0 * z) / 384.0;
    const double g4 = (79.0 * z9 + 776.0 * z7 + 1482.0 * z5 - 1920.0 * z3 - 945.0 * z) / 92160.0;
    return z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v);
}

double uniformNullVariance(const Scale& scale)
{
    const double a = scale.points();
    return (a * a - 1.0) / 12.0;
}

double priorVariance(const Scale& scale)
{
    return uniformNullVariance(scale) / 2.0;
}

Summary summarizeViews(int n, double sum, double sumOfSquares, const Scale& scale)
{
    Summary s;
    s.n = n;
    if (n < 1)
        return s;
    s.mean = sum / n;
    if (n < 2)
        return s; // one view is that person's view: no spread, no interval
    // Sample variance with n − 1: (Σv² − n·mean²)/(n − 1); clamp rounding below 0.
    const double variance = std::max(0.0, (sumOfSquares - n * s.mean * s.mean) / (n - 1));
    s.sd = std::sqrt(variance);
    // The spread of a few views says little about the spread of opinion (two equal views give 0):
    // combine it with the prior spread as a conjugate normal model would (scaled inverse-χ² prior
    // with ν₀ degrees of freedom), and use the t quantile with the combined degrees of freedom.
    const int df = priorDegreesOfFreedom + n - 1;
    const double shrunk = (priorDegreesOfFreedom * priorVariance(scale) + (n - 1) * variance) / df;
    s.shrunkSd = std::sqrt(shrunk);
    s.standardError = *s.shrunkSd / std::sqrt(double(n));
    s.halfWidth = studentT975(df) * *s.standardError;
    // A mean of views lies on the scale; so does every value it could have: bound the interval.
    s.ciLow = std::max(double(scale.minimum), s.mean - *s.halfWidth);
    s.ciHigh = std::min(double(scale.maximum), s.mean + *s.halfWidth);
    s.agreement = std::clamp(1.0 - variance / uniformNullVariance(scale), 0.0, 1.0);
    return s;
}

Summary summarizeViews(const QList<double>& views, const Scale& scale)
{
    double sum = 0.0;
    double sumOfSquares = 0.0;
    for (double v : views) {
        sum += v;
        sumOfSquares += v * v;
    }
    return summarizeViews(int(views.size()), sum, sumOfSquares, scale);
}

int observersForReliability(double singleRater, double target)
{
    if (singleRater >= target)
        return 1;
    // Spearman–Brown solved for the number of raters; the small epsilon keeps an exact whole
    // number (e.g. 3.0000000001 from rounding) from becoming the next one.
    const double needed = target * (1.0 - singleRater) / (singleRater * (1.0 - target));
    return int(std::ceil(needed - 1e-9));
}

std::optional<double> differenceUncertainty(std::optional<double> halfA, std::optional<double> halfB)
{
    if (!halfA && !halfB)
        return std::nullopt;
    const double a = halfA.value_or(0.0);
    const double b = halfB.value_or(0.0);
    return std::sqrt(a * a + b * b);
}

double per30Days(int n, int days)
{
    return n * 30.0 / std::max(1, days);
}

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    if (values.size() % 2 == 1)
        return values[mid];
    return (values[mid - 1] + values[mid]) / 2.0;
}

} // namespace peerradar::stats
