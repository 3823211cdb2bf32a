#pragma once

class QDate;
class QDateEdit;
class QString;

namespace peerradar {

// How the program shows a date to a person: the short format of the language in use, with the
// year in four digits ("12/3/2026", "03.12.2026"), in tables, lists and date fields alike. Files
// for machines (CSV, JSON, the command-line tool) keep ISO dates.
QString shortDateFormat();
QString shortDateText(const QDate& date);
// A date field that shows and takes dates in that format.
void useShortDateFormat(QDateEdit* edit);

} // namespace peerradar
