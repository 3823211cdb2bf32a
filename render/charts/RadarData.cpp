#include "charts/RadarData.h"

#include "analytics/Profile.h"
#include "analytics/TeamProfile.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace peerradar {

namespace {

struct RadarChartText
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::RadarChart)
};

const QColor othersColor(31, 119, 180);
const QColor selfColor(230, 85, 13);
const QColor teamColor(120, 120, 120);

std::optional<double> shownValue(const GroupStats& stats, RadarMeasure measure)
{
    if (!stats.isShown())
        return std::nullopt;
    return measure == RadarMeasure::MeanImpact ? stats.mean : stats.per30Days;
}

std::optional<std::pair<double, double>> shownInterval(const GroupStats& stats, RadarMeasure measure)
{
    if (measure != RadarMeasure::MeanImpact || !stats.isShown() || !stats.ciLow || !stats.ciHigh)
        return std::nullopt;
    // The interval of a mean impact cannot leave the scale.
    return std::pair { std::max(1.0, *stats.ciLow), std::min(5.0, *stats.ciHigh) };
}

double niceMaximum(double value)
{
    if (value <= 1.0)
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

RadarData personRadarData(const PersonProfile& profile, const TeamProfile* team, RadarMeasure measure)
{
    RadarData data;
    RadarSeries others { RadarChartText::tr("Others"), {}, {}, othersColor, false };
    RadarSeries self { RadarChartText::tr("Self"), {}, {}, selfColor, false };
    RadarSeries teamAverage { RadarChartText::tr("Team average"), {}, {}, teamColor, true };
    double largest = 0.0;
    for (const BehaviorProfile& b : profile.behaviors) {
        // Qt Charts draws axis labels as HTML: the name is escaped, and the second line is short
        // because a polar chart gives up as much radius as its widest label (the text beside the
        // chart explains the rule).
        QString label = b.behavior.name.toHtmlEscaped();
        if (b.others.isSuppressed())
            label += QStringLiteral("<br>") + RadarChartText::tr("(hidden)");
        else if (b.others.isEmpty())
            label += QStringLiteral("<br>") + RadarChartText::tr("(not observed)");
        data.axes << label;
        others.values << shownValue(b.others, measure);
        others.intervals << shownInterval(b.others, measure);
        const GroupStats& s = b.group(RaterGroup::Self);
        self.values << shownValue(s, measure);
        self.intervals << std::nullopt;
        std::optional<double> teamValue;
        if (team && measure == RadarMeasure::MeanImpact) {
            for (const TeamRadarAxis& axis : team->radar) {
                if (axis.key == b.behavior.key)
                    teamValue = axis.mean;
            }
        }
        teamAverage.values << teamValue;
        teamAverage.intervals << std::nullopt;
        for (const auto& v : { others.values.constLast(), self.values.constLast() }) {
            if (v)
                largest = std::max(largest, *v);
        }
    }
    if (measure == RadarMeasure::MeanImpact) {
        // The impact scale starts at 1: its centre is 1, not a 0 that no rating can be.
        data.minimum = minImpact;
        data.maximum = maxImpact;
        data.valueTitle = RadarChartText::tr("Mean impact (1 = small, 5 = large)");
    } else {
        data.maximum = niceMaximum(largest);
        data.valueTitle = RadarChartText::tr("Observations per 30 days");
    }
    data.series << others << self;
    if (team && measure == RadarMeasure::MeanImpact)
        data.series << teamAverage;
    return data;
}

RadarData teamRadarData(const TeamProfile& team)
{
    RadarData data;
    data.minimum = minImpact;
    data.maximum = maxImpact;
    data.valueTitle = RadarChartText::tr("Mean of the members' means (1–5)");
    RadarSeries mean { RadarChartText::tr("Team mean"), {}, {}, othersColor, false };
    RadarSeries median { RadarChartText::tr("Team median"), {}, {}, teamColor, true };
    for (const TeamRadarAxis& axis : team.radar) {
        data.axes << axis.name.toHtmlEscaped(); // Qt Charts draws axis labels as HTML
        mean.values << axis.mean;
        mean.intervals << std::nullopt;
        median.values << axis.median;
        median.intervals << std::nullopt;
    }
    data.series << mean << median;
    return data;
}

RadarScale radarScale(const RadarData& data)
{
    RadarScale scale;
    // A ring for every whole value of a short whole-number scale (1–5: five rings, 1 at the
    // centre), four rings otherwise.
    const double span = data.maximum - data.minimum;
    const int steps = span == std::floor(span) && span >= 1 && span <= 5 ? int(span) : 4;
    for (int i = 0; i <= steps; ++i)
        scale.ticks << data.minimum + (data.maximum - data.minimum) * i / steps;
    scale.decimals = data.maximum <= 5.0 ? 0 : 1;
    return scale;
}

QList<QList<QPointF>> radarRuns(const RadarSeries& series, int axisCount)
{
    QList<QList<QPointF>> runs;
    bool open = false;
    for (int i = 0; i <= axisCount && axisCount > 0; ++i) {
        const std::optional<double> value = series.values.value(i % axisCount);
        if (!value) {
            open = false;
            continue;
        }
        if (!open)
            runs.append(QList<QPointF>());
        open = true;
        runs.last().append(QPointF(i, *value));
    }
    return runs;
}

double radarAngle(double axisPosition, int axisCount)
{
    return 2.0 * std::numbers::pi * axisPosition / std::max(1, axisCount);
}

QString radarLabelText(const QString& htmlLabel)
{
    QString text = htmlLabel;
    text.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
    // The escapes of QString::toHtmlEscaped, "&amp;" last so that "&amp;lt;" stays "&lt;".
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

} // namespace peerradar
