#pragma once

#include <QWidget>

class QComboBox;

namespace peerradar {

// HR's choice, in the profile and team views, of whose figures the view shows: HR's live ones, or
// those its readers get (a released cycle's anonymous groups as released, none over any other
// period: domain/Rules.h anonymousGroupsFor). The view's PDF and print follow it, so that HR sees
// what is handed out before handing it out. Its label ("Show figures:") and combo box; the views
// make one for HR only, and it starts on the live figures.
class ReaderChoice final : public QWidget
{
    Q_OBJECT

public:
    // `readers`: the entry for the readers' figures ("As the person and their manager read them").
    explicit ReaderChoice(const QString& readers, QWidget* parent = nullptr);

    bool readerIsHr() const; // ProfileOptions::readerIsHr
    void setReaderIsHr(bool hr);
    QComboBox* comboBox() const { return m_combo; }

Q_SIGNALS:
    void changed();

private:
    QComboBox* m_combo = nullptr;
};

} // namespace peerradar
