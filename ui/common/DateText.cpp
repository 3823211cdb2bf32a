#include "common/DateText.h"

#include <QDate>
#include <QDateEdit>
#include <QLocale>

namespace peerradar {

QString shortDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // "yy" alone leaves a reader to guess the century, and "12/3/26" the order too.
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

QString shortDateText(const QDate& date)
{
    return QLocale().toString(date, shortDateFormat());
}

void useShortDateFormat(QDateEdit* edit)
{
    edit->setDisplayFormat(shortDateFormat());
}

} // namespace peerradar
