#pragma once

#include <QCoreApplication>

class QWidget;

namespace peerradar {

// What Qt leaves unnamed for screen readers, named once for a whole window.
class Accessibility final
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::Accessibility)

public:
    // A closed combo box is announced by its label (its accessible name or buddy) with its choice as
    // the value; Qt on Linux announces the choice as the name, so that "Influences peers" is all a
    // listener hears of the behavior field. Every window then gets nameInnerFields when shown.
    // Call once, before the first window.
    static void install();

    // The fields inside fields, under `root`: the text field of an editable combo box, spin box or
    // date field gets the outer field's name; a line edit's clear button is "Clear". Call after the
    // labels' buddies are set.
    static void nameInnerFields(QWidget* root);
};

} // namespace peerradar
