#pragma once

#include <QWidget>

class QCheckBox;
class QSpinBox;

namespace peerradar {

class Database;
class MessageBar;
class Session;

// HR sets the file's anonymity thresholds, k (figures) and k_notes (notes), and whether profiles also
// show figures corrected for rater leniency.
class DatabaseSettingsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit DatabaseSettingsEditor(Session& session, QWidget* parent = nullptr);

private:
    void load();
    void save();

    Session& m_session;
    Database& m_db;
    MessageBar* m_messageBar = nullptr;
    QSpinBox* m_k = nullptr;
    QSpinBox* m_kNotes = nullptr;
    QCheckBox* m_leniency = nullptr;
};

} // namespace peerradar
