#pragma once

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>
#include <QTest>
#include <QWidget>

#include <functional>

// What a keyboard or screen-reader user meets in a window, read from the live widgets: the names
// a screen reader announces, the Tab chain, and the Alt+letter mnemonics. Each function returns
// the problems it found as sentences, so that a test lists them all at once.
namespace peerradar::test {

inline QString describe(const QWidget* w)
{
    // From the page down: the window's frame around it says nothing.
    QString path;
    for (const QWidget* p = w; p && !p->isWindow() && p->objectName() != u"qt_tabwidget_stackedwidget"_qs;
         p = p->parentWidget())
        path.prepend(u'/' + QString::fromLatin1(p->metaObject()->className()).remove(u"peerradar::"_qs)
            + (p->objectName().isEmpty() ? QString() : u'#' + p->objectName()));
    return path;
}

inline QString accessibleName(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

// Visible widgets of `window` that a screen reader lets the user reach: those that take focus,
// and buttons (a line edit's clear button takes no focus but is pressed).
inline QList<QWidget*> reachableByScreenReader(QWidget* window)
{
    QList<QWidget*> result;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        if (w->focusPolicy() != Qt::NoFocus || qobject_cast<QAbstractButton*>(w))
            result << w;
    }
    return result;
}

// Every reachable control has a name; a closed combo box is named by its label, not its value.
inline QStringList unnamedControls(QWidget* window)
{
    QStringList problems;
    for (QWidget* w : reachableByScreenReader(window)) {
        const QString name = accessibleName(w).trimmed();
        if (name.isEmpty())
            problems << u"no accessible name: "_qs + describe(w);
        else if (auto* combo = qobject_cast<QComboBox*>(w);
                 combo && !combo->isEditable() && name == combo->currentText())
            problems << u"named by its value \""_qs + name + u"\": "_qs + describe(w);
    }
    return problems;
}

// The controls the Tab key must reach in `window`: visible, enabled, taking focus by Tab, not
// handing their focus to another widget.
inline QList<QWidget*> tabStops(QWidget* window)
{
    QList<QWidget*> result;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->isVisible() && w->isEnabled() && w->window() == window && (w->focusPolicy() & Qt::TabFocus)
            && !w->focusProxy())
            result << w;
    }
    return result;
}

// Reading order: `a` comes before `b` when it is above with the columns overlapping, or to the
// left with the rows overlapping. Two widgets in different columns and rows are not ordered (a
// left column is read before a right one whose first field is higher up).
inline bool readBefore(const QWidget* a, const QWidget* b)
{
    const QRect ra(a->mapTo(a->window(), QPoint(0, 0)), a->size());
    const QRect rb(b->mapTo(b->window(), QPoint(0, 0)), b->size());
    const bool columnsOverlap = ra.left() < rb.right() && rb.left() < ra.right();
    const bool rowsOverlap = ra.top() < rb.bottom() && rb.top() < ra.bottom();
    return (columnsOverlap && ra.bottom() <= rb.top()) || (rowsOverlap && ra.right() <= rb.left());
}

// Presses Tab from `start` until the focus comes back to it; the widgets it passed, in order.
// `problems` gets a sentence when Tab stays put or circles without coming back.
inline QList<QWidget*> tabChain(QWidget* start, QStringList& problems, int maxSteps = 200)
{
    QList<QWidget*> chain;
    start->setFocus(Qt::TabFocusReason);
    QWidget* current = QApplication::focusWidget();
    for (int step = 0; step < maxSteps && current; ++step) {
        if (chain.contains(current)) {
            if (current != start)
                problems << u"Tab circles back to "_qs + describe(current) + u" without leaving"_qs;
            return chain;
        }
        chain << current;
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget* next = QApplication::focusWidget();
        if (next == current) {
            problems << u"Tab stays in "_qs + describe(current);
            return chain;
        }
        current = next;
    }
    return chain;
}

// The Tab chain from `start` reaches every Tab stop of the window, in reading order.
inline QStringList tabOrderProblems(QWidget* start)
{
    QStringList problems;
    const QList<QWidget*> chain = tabChain(start, problems);
    for (QWidget* w : tabStops(start->window()))
        if (!chain.contains(w))
            problems << u"Tab never reaches "_qs + describe(w);
    for (qsizetype i = 0; i < chain.size(); ++i)
        for (qsizetype j = i + 1; j < chain.size(); ++j)
            if (readBefore(chain.at(j), chain.at(i)))
                problems << u"Tab reaches "_qs + describe(chain.at(i)) + u" before "_qs
                        + describe(chain.at(j));
    return problems;
}

// The Alt+letter a text with an & gives (an empty sequence without one).
inline QKeySequence mnemonicOf(const QString& text)
{
    return QKeySequence::mnemonic(text);
}

// Where each mnemonic of the window is used at this moment: the menu bar's titles, the visible
// tab bars' tabs, and the visible buttons, group boxes and labels that have a buddy.
inline QStringList mnemonicCollisions(QWidget* window)
{
    QHash<QKeySequence, QStringList> owners;
    auto add = [&](const QString& text, const QString& where) {
        if (const QKeySequence key = mnemonicOf(text); !key.isEmpty())
            owners[key] << u'"' + text + u"\" ("_qs + where + u')';
    };
    if (auto* bar = window->findChild<QMenuBar*>(); bar && bar->isVisible())
        for (QAction* action : bar->actions())
            if (action->isVisible())
                add(action->text(), u"menu bar"_qs);
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i), describe(w));
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            add(button->text(), describe(w));
        } else if (auto* box = qobject_cast<QGroupBox*>(w)) {
            add(box->title(), describe(w));
        } else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy()) {
            add(label->text(), describe(w));
        }
    }
    QStringList problems;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it->size() > 1)
            problems << it.key().toString() + u": "_qs + it->join(u", "_qs);
    return problems;
}

// Within each menu (and submenu) of the menu bar, no two items share a mnemonic.
inline QStringList menuMnemonicCollisions(QMenuBar* bar)
{
    QStringList problems;
    std::function<void(QMenu*)> check = [&](QMenu* menu) {
        QHash<QKeySequence, QStringList> owners;
        for (QAction* action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            if (const QKeySequence key = mnemonicOf(action->text()); !key.isEmpty())
                owners[key] << action->text();
            if (action->menu())
                check(action->menu());
        }
        for (auto it = owners.cbegin(); it != owners.cend(); ++it)
            if (it->size() > 1)
                problems << menu->title() + u" menu, "_qs + it.key().toString() + u": "_qs
                        + it->join(u", "_qs);
    };
    for (QAction* action : bar->actions())
        if (action->menu())
            check(action->menu());
    return problems;
}

} // namespace peerradar::test
