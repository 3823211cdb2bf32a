#pragma once

#include <QList>

#include <optional>

// Descriptive statistics of a sample of impacts: mean, sample standard deviation, Student-t
// confidence interval. Pure functions, no database: the one place these formulas live.
namespace peerradar::stats {

// t(0.975, df): the two-sided 95% quantile of Student's t distribution. Exact table for df 1–30,
// the Cornish–Fisher expansion beyond (error < 1e-5 for df > 30). df < 1 gives 0.
double studentT975(int df);

struct Summary
{
    int n = 0;
    double mean = 0.0;
    std::optional<double> sd; // sample standard deviation (n − 1 in the denominator); none when n < 2
    std::optional<double> ciLow; // mean − t(0.975, n − 1)·sd/√n; none when n < 2
    std::optional<double> ciHigh;
    std::optional<double> standardError; // sd/√n; none when n < 2
};

// Summary of `values`; an empty list gives n = 0 and no figures.
Summary summarize(const QList<int>& values);
// The same from running sums (n, Σx, Σx²), so that callers can aggregate without keeping the values.
Summary summarize(int n, double sum, double sumOfSquares);

// Frequency: observations per 30 days over a period of `days` days (at least 1).
double per30Days(int n, int days);

// Median of `values` (mean of the two middle ones for an even count); none for an empty list.
std::optional<double> median(QList<double> values);

} // namespace peerradar::stats
