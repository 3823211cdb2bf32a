#pragma once

class QComboBox;
class QString;

namespace peerradar {

// Turns a drop-down of many items (an organisation's ~300 teams) into one that is searched by
// typing: any part of a name offers the matches in a list (Down, Enter), and a typed name is
// chosen on Enter or Tab. Text that matches nothing is put back to the current item, so the
// combo box never holds a choice that is not in it. `textName` names its text field for screen
// readers.
void makeSearchable(QComboBox* comboBox, const QString& textName);

} // namespace peerradar
