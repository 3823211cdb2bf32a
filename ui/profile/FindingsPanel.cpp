#include "profile/FindingsPanel.h"

#include "report/ReportContent.h"

#include <QLabel>
#include <QVBoxLayout>

namespace peerradar {

FindingsPanel::FindingsPanel(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    const QString titles[] = { tr("Strengths"), tr("Growth areas"), tr("Blind spots"), tr("Hidden strengths"),
        tr("Self–other agreement"), tr("Where observers disagree") };
    const char* names[] = { "strengthsLabel", "growthAreasLabel", "blindSpotsLabel", "hiddenStrengthsLabel",
        "selfOtherLabel", "disagreementsLabel" };
    for (int i = 0; i < 6; ++i) {
        auto* title = new QLabel(titles[i], this);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto* body = new QLabel(this);
        body->setObjectName(QString::fromLatin1(names[i]));
        body->setTextFormat(Qt::PlainText);
        body->setWordWrap(true);
        body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        body->setFocusPolicy(Qt::StrongFocus);
        body->setAccessibleName(titles[i]);
        layout->addWidget(title);
        layout->addWidget(body);
        m_bodies << body;
    }
    layout->addStretch(1);
}

void FindingsPanel::setReport(const PersonReport& report)
{
    auto bullets = [](const QStringList& items, const QString& none) {
        if (items.isEmpty())
            return none;
        QStringList lines;
        for (const QString& item : items)
            lines << QStringLiteral("• ") + item;
        return lines.join(u'\n');
    };
    m_bodies[0]->setText(bullets(
        report.strengths, tr("None yet: no behavior stands out beyond the uncertainty of its figure.")));
    m_bodies[1]->setText(bullets(
        report.growthAreas, tr("None yet: no behavior stands out beyond the uncertainty of its figure.")));
    m_bodies[2]->setText(bullets(report.blindSpots,
        tr("None: no behavior where the self-rating is higher than others' by more than the uncertainty.")));
    m_bodies[3]->setText(bullets(report.hiddenStrengths,
        tr("None: no behavior where others' rating is higher than the self-rating by more than the uncertainty.")));
    m_bodies[4]->setText(bullets(report.selfOther,
        tr("Not decided: there is no self-rating, or no figure of others with an interval to compare it "
           "with.")));
    m_bodies[5]->setText(
        bullets(report.disagreements, tr("None: where several people observed, their views agree enough.")));
}

QString FindingsPanel::text() const
{
    QStringList parts;
    for (const QLabel* body : m_bodies)
        parts << body->text();
    return parts.join(u'\n');
}

} // namespace peerradar
