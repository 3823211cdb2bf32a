#pragma once

#include "domain/Types.h"

#include <QList>

#include <optional>

// The statistics of a profile (docs/statistics.md): the figures of a group of observers from their
// views (each observer's observations averaged first: one observer, one voice), a 95% interval
// that stays inside the scale and is wide for few observers, agreement among observers, and the
// number of observers a reliable figure needs. Pure functions, no database: the one place these
// formulas live.
namespace peerradar::stats {

// t(0.975, df): the two-sided 95% quantile of Student's t distribution. Exact table for df 1–30,
// the Cornish–Fisher expansion beyond (error < 1e-5 for df > 30). df < 1 gives 0.
double studentT975(int df);

// The rating scale: impacts are whole numbers from minimum to maximum.
struct Scale
{
    int minimum = minImpact;
    int maximum = maxImpact;

    int points() const { return maximum - minimum + 1; }
    double midpoint() const { return (minimum + maximum) / 2.0; }
};

// Variance of ratings spread evenly over the scale's A points, (A² − 1)/12: the "no agreement"
// null of r_wg (James, Demaree & Wolf 1984). 2.0 on a 1–5 scale.
double uniformNullVariance(const Scale& scale);
// The spread that observers' views are shrunk toward when there are few of them: half the
// uniform null variance (1.0 on a 1–5 scale, i.e. r_wg = 0.5, moderate agreement), weighted as
// priorDegreesOfFreedom observations of spread. See docs/statistics.md for why.
double priorVariance(const Scale& scale);
constexpr int priorDegreesOfFreedom = 2;
// r_wg at or below this is "lack of agreement" (LeBreton & Senter 2008): said in words.
constexpr double disagreementCutOff = 0.30;
// The reliability a figure should reach to be more than indicative.
constexpr double targetReliability = 0.70;

struct Summary
{
    int n = 0; // observers (views)
    double mean = 0.0; // mean of the views
    std::optional<double> sd; // sample standard deviation of the views (n − 1); none when n < 2
    std::optional<double> shrunkSd; // √((ν₀σ₀² + (n − 1)sd²)/(ν₀ + n − 1)); none when n < 2
    std::optional<double> standardError; // shrunkSd/√n; none when n < 2
    std::optional<double> halfWidth; // t(0.975, ν₀ + n − 1)·standardError, before the scale's bounds
    std::optional<double> ciLow; // max(scale minimum, mean − halfWidth); none when n < 2
    std::optional<double> ciHigh; // min(scale maximum, mean + halfWidth)
    std::optional<double> agreement; // r_wg = 1 − sd²/uniformNullVariance, within [0, 1]; none when n < 2
};

// Summary of observers' views from running sums (n views, Σv, Σv²), so that callers (and the
// server) aggregate without keeping the values; an n of 0 gives no figures.
Summary summarizeViews(int n, double sum, double sumOfSquares, const Scale& scale = {});
Summary summarizeViews(const QList<double>& views, const Scale& scale = {});

// Spearman–Brown: the fewest observers whose mean reaches `target` reliability when one observer's
// rating has reliability `singleRater`: ⌈target(1 − r)/(r(1 − target))⌉.
int observersForReliability(double singleRater, double target = targetReliability);

// Uncertainty of a difference of two figures from their half-widths: √(h_a² + h_b²), a figure
// without an interval (one observer: that person's view) adding none. None when neither has one.
std::optional<double> differenceUncertainty(std::optional<double> halfA, std::optional<double> halfB);

// Frequency: observations per 30 days over a period of `days` days (at least 1).
double per30Days(int n, int days);

// Median of `values` (mean of the two middle ones for an even count); none for an empty list.
std::optional<double> median(QList<double> values);

} // namespace peerradar::stats
