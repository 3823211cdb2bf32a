#include "io/FrameworkCsv.h"

#include "domain/Rules.h"
#include "io/Csv.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSet>

namespace peerradar {

namespace {

struct FrameworkCsv
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::FrameworkCsv)
};

const QStringList header = { QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("description") };

} // namespace

Result<QList<Behavior>> readFrameworkCsv(QIODevice* device)
{
    CsvReader reader(device);
    QStringList fields;
    if (!reader.readRecord(fields)) {
        if (reader.error())
            return makeError(ErrorCode::BadCsv, *reader.error());
        return makeError(ErrorCode::BadCsv, FrameworkCsv::tr("The file is empty: a framework file starts with the header "
                                               "key,name,description."));
    }
    if (fields != header)
        return makeError(ErrorCode::BadCsv,
            FrameworkCsv::tr("Line 1: the header must be exactly key,name,description (found: %1).").arg(fields.join(u',')));
    QList<Behavior> behaviors;
    QSet<QString> keys;
    while (reader.readRecord(fields)) {
        if (fields.size() == 1 && fields.front().isEmpty())
            continue; // blank line
        if (fields.size() != header.size())
            return makeError(ErrorCode::BadCsv,
                FrameworkCsv::tr("Line %1: expected 3 columns (key,name,description), found %2.")
                    .arg(reader.recordLine())
                    .arg(fields.size()));
        Behavior behavior;
        behavior.key = fields.at(0).trimmed();
        behavior.name = unescapeSpreadsheetFormula(fields.at(1).trimmed());
        behavior.description = unescapeSpreadsheetFormula(fields.at(2).trimmed());
        behavior.position = int(behaviors.size());
        if (auto status = validateBehavior(behavior); !status)
            return makeError(ErrorCode::BadCsv,
                FrameworkCsv::tr("Line %1: %2").arg(reader.recordLine()).arg(status.error().message));
        if (keys.contains(behavior.key))
            return makeError(ErrorCode::BadCsv,
                FrameworkCsv::tr("Line %1: the key \"%2\" appears twice; each behavior needs its own key.")
                    .arg(reader.recordLine())
                    .arg(behavior.key));
        keys.insert(behavior.key);
        behaviors.append(behavior);
    }
    if (reader.error())
        return makeError(ErrorCode::BadCsv, *reader.error());
    if (behaviors.size() < 3)
        return makeError(ErrorCode::BadCsv, FrameworkCsv::tr("A framework needs at least 3 behaviors to draw a radar; the file "
                                               "has %1.")
                                                .arg(behaviors.size()));
    return behaviors;
}

Status writeFrameworkCsv(QIODevice* device, const QList<Behavior>& behaviors)
{
    CsvWriter writer(device, ByteOrderMark::Written); // a spreadsheet opens it too
    writer.writeRecord(header);
    for (const Behavior& b : behaviors)
        writer.writeRecord({ b.key, escapeSpreadsheetFormula(b.name), escapeSpreadsheetFormula(b.description) });
    if (!writer.ok())
        return makeError(ErrorCode::Io, FrameworkCsv::tr("The framework file could not be written: %1").arg(device->errorString()));
    return {};
}

} // namespace peerradar
