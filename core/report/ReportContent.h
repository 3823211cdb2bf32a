#pragma once

#include "analytics/Profile.h"
#include "analytics/TeamProfile.h"

#include <QCoreApplication>

// The *content* of the PDF summaries, as plain data: which sections, which sentences, which
// figures. The renderer in render/report only lays it out. All text is plain text, never markup.
namespace peerradar {

struct ReportTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> stretch; // relative column widths; empty: equal
};

struct ReportNoteGroup
{
    QString behavior;
    QStringList notes; // one paragraph each, newest first: "March 2026 · Peers — Situation: … Action: … Result: …"
    QString more; // "… and 4 more notes, not printed here.", or empty when every note is printed
};

// What a PDF's document information says (pdfinfo's Subject and Keywords) and its running footer.
struct ReportDocumentInfo
{
    QString subject; // "Peer-influence feedback summary for Ann Lee, Cycle 2026 H1"
    QStringList keywords;
    QString footer; // "Confidential · Ann Lee · Cycle 2026 H1"; the page numbers are added per page
};

struct PersonReport
{
    ReportDocumentInfo document;
    QString personName;
    QString teamName;
    QString periodLine; // "Cycle 2026 H1 (2026-01-01 to 2026-06-30)" or "2025-03-02 to 2026-11-20"
    QString confidentiality;
    QString howToRead; // one paragraph: how to read the radar, and the anonymity rule
    QString releaseLine; // where the anonymous groups' figures come from (ReportContent::releaseLine)
    QString tableLegend; // how to read a figure of the group table
    ReportTable groupTable; // behaviors × rater groups
    QStringList strengths; // sentences
    QStringList growthAreas;
    QStringList blindSpots;
    QStringList hiddenStrengths;
    QStringList selfOther; // the overall verdict first, then one sentence per behavior
    QStringList disagreements; // groups whose observers disagree, in words
    QString trendTitle; // empty when there is no previous cycle
    ReportTable trendTable;
    QList<ReportNoteGroup> notes;
    QString notesIntro;
};

struct TeamReport
{
    ReportDocumentInfo document;
    QString teamName;
    QString managerLine;
    QString periodLine;
    QString releaseLine; // where the anonymous groups' figures come from (ReportContent::releaseLine)
    QString confidentiality;
    ReportTable radarTable; // behavior, mean, median, contributing members
    ReportTable heatmap; // members × behaviors ("4.1", "hidden", "–")
    QList<QList<std::optional<double>>> heatValues; // parallel to heatmap rows/behavior columns, for colour
    QStringList informalLeaders; // sentences
    QStringList coverage; // sentences: never observed, and rater fatigue
    ReportTable memberTable; // name, received, observers, given
    QStringList networkNames; // node labels, parallel to TeamProfile::members
};

class ReportContent final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::ReportContent)

public:
    // At most this many notes are quoted per behavior, the newest first; the others are counted.
    // It keeps a person's summary within three pages, even with hundreds of observations each (the
    // demo's notes run to three lines; three of them for each of six behaviors made a fourth page).
    static constexpr int notesPerBehavior = 2;

    static PersonReport person(const PersonProfile& profile, const QList<ProfileNote>& notes, const QDate& printedOn);
    static TeamReport team(const TeamProfile& profile, const QDate& printedOn);

    // "3.80 (3.2–4.4) · 5 observers, 23 observations · indicative", "hidden", "–": how one
    // figure is printed in every table; "3.80 (3.2–4.4) · corrected for leniency 3.62 · …" with the
    // leniency correction on.
    static QString figure(const GroupStats& stats);
    // "5 observers, 23 observations".
    static QString counts(const GroupStats& stats);
    // How to read "corrected for leniency" (the correction on; k: the anonymity threshold).
    static QString leniencyLegend(int k);
    // What a reader is told of where the anonymous groups' figures come from (released cycles); for
    // HR's live figures, whatever the period, a line that starts "HR's copy: live figures, not for
    // handing out." and says what readers see instead.
    static QString releaseLine(AnonymousGroups groups, const std::optional<Cycle>& cycle,
        const std::optional<CycleRelease>& release, const std::optional<ReleaseChanges>& changes);
    // The same for a team's view and summary, read by the team's manager.
    static QString teamReleaseLine(
        AnonymousGroups groups, const std::optional<Cycle>& cycle, const std::optional<CycleRelease>& release);
    // "over-estimator", "in agreement (high)", …
    static QString selfOtherLabel(SelfOtherAgreement agreement);
};

} // namespace peerradar
