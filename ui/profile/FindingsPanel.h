#pragma once

#include <QWidget>

class QLabel;

namespace peerradar {

struct PersonReport;

// Strengths, growth areas, blind spots and hidden strengths as plain sentences, worded as in the
// PDF summary (core/report/ReportContent).
class FindingsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    void setReport(const PersonReport& report);
    QString text() const; // everything shown, for tests and screen readers

private:
    QList<QLabel*>
        m_bodies; // strengths, growth areas, blind spots, hidden strengths, self–other, disagreements
};

} // namespace peerradar
