#include "io/Csv.h"

#include <QBuffer>
#include <QTest>

using namespace peerradar;
using namespace Qt::StringLiterals;

using Records = QList<QStringList>;

// The CSV reader and writer: RFC 4180 details, bad bytes, limits, and the spreadsheet escape.
class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_validInput_givesRecords_data();
    void read_validInput_givesRecords();
    void read_badInput_failsNamingTheLine_data();
    void read_badInput_failsNamingTheLine();
    void read_recordLine_countsLinesInsideQuotes();
    void read_tenMegabyteField_isAccepted();
    void read_seventeenMegabyteField_isRefused();
    void read_bomSplitAcrossReads_isSkipped();
    void write_quotesOnlyWhatNeedsIt();
    void write_thenRead_givesSameFields();
    void write_failingDevice_isReported();
    void write_largeOutput_isFlushedCompletely();
    void formulaEscape_roundTrips_data();
    void formulaEscape_roundTrips();
};

namespace {

Records readAll(const QByteArray& bytes, std::optional<QString>* error = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    Records records;
    QStringList fields;
    while (reader.readRecord(fields))
        records.append(fields);
    if (error)
        *error = reader.error();
    return records;
}

} // namespace

void TestCsv::read_validInput_givesRecords_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");

    QTest::newRow("quoted comma") << "a,\"b,c\",d\n"_ba << Records { { u"a"_s, u"b,c"_s, u"d"_s } };
    QTest::newRow("doubled quotes") << "\"he said \"\"hi\"\"\",x\n"_ba
                                    << Records { { u"he said \"hi\""_s, u"x"_s } };
    QTest::newRow("newline inside quotes")
        << "\"line1\nline2\",x\ny,z\n"_ba << Records { { u"line1\nline2"_s, u"x"_s }, { u"y"_s, u"z"_s } };
    QTest::newRow("CRLF inside quotes kept") << "\"a\r\nb\"\r\n"_ba << Records { { u"a\r\nb"_s } };
    QTest::newRow("BOM") << "\xEF\xBB\xBFname,email\n"_ba << Records { { u"name"_s, u"email"_s } };
    QTest::newRow("CRLF") << "a,b\r\nc,d\r\n"_ba << Records { { u"a"_s, u"b"_s }, { u"c"_s, u"d"_s } };
    QTest::newRow("LF") << "a,b\nc,d\n"_ba << Records { { u"a"_s, u"b"_s }, { u"c"_s, u"d"_s } };
    QTest::newRow("CRLF after quoted field")
        << "\"a\",\"b\"\r\nc,d\r\n"_ba << Records { { u"a"_s, u"b"_s }, { u"c"_s, u"d"_s } };
    QTest::newRow("empty fields") << ",,\n\"\",x,\n"_ba
                                  << Records { { QString(), QString(), QString() },
                                         { QString(), u"x"_s, QString() } };
    QTest::newRow("last line without newline")
        << "a,b\nc,d"_ba << Records { { u"a"_s, u"b"_s }, { u"c"_s, u"d"_s } };
    QTest::newRow("last line without newline, CR")
        << "a,b\r\nc,d\r"_ba << Records { { u"a"_s, u"b"_s }, { u"c"_s, u"d"_s } };
    QTest::newRow("blank line is one empty field")
        << "a\n\nb\n"_ba << Records { { u"a"_s }, { QString() }, { u"b"_s } };
    QTest::newRow("non-ASCII") << "ü,日本,\"Zoë, 💡\"\n"_ba << Records { { u"ü"_s, u"日本"_s, u"Zoë, 💡"_s } };
    QTest::newRow("spaces kept") << " a , b \n"_ba << Records { { u" a "_s, u" b "_s } };
    QTest::newRow("empty input") << QByteArray() << Records {};
    QTest::newRow("only a BOM") << "\xEF\xBB\xBF"_ba << Records {};
    // Found by fuzz_csv_reader: a U+FEFF after the first bytes is text, not a byte-order mark.
    QTest::newRow("U+FEFF inside the file is text")
        << "a\n\xEF\xBB\xBF\xEF\xBB\xBF,\xEF\xBB\xBFx\n"_ba
        << Records { { u"a"_s }, { u"\uFEFF\uFEFF"_s, u"\uFEFFx"_s } };
    QTest::newRow("BOM then U+FEFF as text") << "\xEF\xBB\xBF\xEF\xBB\xBF" "a\n"_ba << Records { { u"\uFEFFa"_s } };
}

void TestCsv::read_validInput_givesRecords()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    std::optional<QString> error;
    const Records records = readAll(input, &error);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QCOMPARE(records.size(), expected.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        QCOMPARE(records.at(i).size(), expected.at(i).size());
        for (qsizetype j = 0; j < records.at(i).size(); ++j)
            QCOMPARE(records.at(i).at(j), expected.at(i).at(j)); // null and empty compare equal
    }
}

void TestCsv::read_badInput_failsNamingTheLine_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("linePrefix");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("goodRecords");

    QTest::newRow("invalid UTF-8") << "a,b\nc,\xff\xfe\n"_ba << u"Line 2:"_s << u"UTF-8"_s << 1;
    QTest::newRow("truncated UTF-8 sequence") << "a\nb\nc\xC3\n"_ba << u"Line 3:"_s << u"UTF-8"_s << 2;
    QTest::newRow("NUL byte") << QByteArray("a,b\nc,d\0e\n", 10) << u"Line 2:"_s << u"NUL"_s << 1;
    QTest::newRow("quote left open") << "a\n\"never closed,\nb\n"_ba << u"Line 2:"_s << u"never closed"_s
                                     << 1;
    QTest::newRow("text after closing quote") << "\"a\"b,c\n"_ba << u"Line 1:"_s << u"closing quote"_s << 0;
    QTest::newRow("quote inside unquoted field") << "x\nab\"c\n"_ba << u"Line 2:"_s << u"quote"_s << 1;
}

void TestCsv::read_badInput_failsNamingTheLine()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, linePrefix);
    QFETCH(QString, reason);
    QFETCH(int, goodRecords);
    std::optional<QString> error;
    const Records records = readAll(input, &error);
    QVERIFY(error.has_value());
    QVERIFY2(error->startsWith(linePrefix), qPrintable(*error));
    QVERIFY2(error->contains(reason), qPrintable(*error));
    QCOMPARE(records.size(), goodRecords);
}

void TestCsv::read_recordLine_countsLinesInsideQuotes()
{
    QBuffer buffer;
    buffer.setData("h1,h2\n\"two\nlines\",x\nthird,y\n"_ba);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList fields;
    QList<qint64> lines;
    while (reader.readRecord(fields))
        lines << reader.recordLine();
    QCOMPARE(lines, (QList<qint64> { 1, 2, 4 }));
    QCOMPARE(reader.bytesConsumed(), buffer.size());
}

void TestCsv::read_tenMegabyteField_isAccepted()
{
    const QByteArray big(10 * 1024 * 1024, 'x');
    std::optional<QString> error;
    const Records records = readAll("a,\"" + big + "\"\nb,c\n", &error);
    QVERIFY(!error);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).at(1).size(), big.size());
    QCOMPARE(records.at(1), (QStringList { u"b"_s, u"c"_s }));
}

void TestCsv::read_seventeenMegabyteField_isRefused()
{
    const QByteArray big(17 * 1024 * 1024, 'x');
    std::optional<QString> error;
    const Records records = readAll("a\n" + big + "\n", &error);
    QVERIFY(error.has_value());
    QVERIFY2(error->startsWith(u"Line 2:"_s), qPrintable(*error));
    QVERIFY(error->contains(u"16 MB"_s));
    QCOMPARE(records.size(), 1);
}

// A device that hands out its bytes one at a time, like a slow pipe.
class TrickleDevice : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_pos >= m_data.size() || maxSize <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        data[0] = m_data.at(m_pos++);
        return 1;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
};

void TestCsv::read_bomSplitAcrossReads_isSkipped()
{
    TrickleDevice device("\xEF\xBB\xBFname,ü\n"_ba);
    CsvReader reader(&device);
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, (QStringList { u"name"_s, u"ü"_s }));
    QVERIFY(!reader.readRecord(fields));
    QVERIFY(!reader.error());
}

void TestCsv::write_quotesOnlyWhatNeedsIt()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        writer.writeRecord(
            { u"plain"_s, u"a,b"_s, u"say \"hi\""_s, u"two\nlines"_s, u"cr\rhere"_s, QString(), u"ü日本"_s });
        writer.writeRecord({ u"x"_s });
        QVERIFY(writer.ok());
    }
    QCOMPARE(
        buffer.data(), "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",,ü日本\r\nx\r\n"_ba);
}

void TestCsv::write_thenRead_givesSameFields()
{
    const QStringList tricky { u"=HYPERLINK(\"http://x\")"_s, u"\"\""_s, u",,,"_s, u"\r\n"_s, u"end\""_s,
        u"💡 ü 日本"_s, u" lead and trail "_s, u"'"_s, QString() };
    // A field that starts with U+FEFF, first in the file, must not come back as a byte-order mark.
    const QStringList startsWithFeff { u"\uFEFFfirst"_s, u"\uFEFF"_s };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        writer.writeRecord(startsWithFeff);
        writer.writeRecord(tricky);
        writer.writeRecord(tricky);
    }
    const Records records = readAll(buffer.data());
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(0), startsWithFeff);
    QCOMPARE(records.at(1), tricky);
    QCOMPARE(records.at(2), tricky);
}

void TestCsv::write_failingDevice_isReported()
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadOnly); // writes fail
    CsvWriter writer(&buffer);
    writer.writeRecord({ u"a"_s, u"b"_s });
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!writer.ok());
}

void TestCsv::write_largeOutput_isFlushedCompletely()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const int rows = 50'000; // about 1.2 MB: several buffer flushes
    {
        CsvWriter writer(&buffer);
        for (int i = 0; i < rows; ++i)
            writer.writeRecord({ QString::number(i), u"some text, quoted"_s });
        QVERIFY(writer.ok());
    }
    qsizetype expectedSize = 0;
    for (int i = 0; i < rows; ++i)
        expectedSize += QString::number(i).size() + qsizetype(sizeof(",\"some text, quoted\"\r\n") - 1);
    QCOMPARE(buffer.data().size(), expectedSize);
    const Records records = readAll(buffer.data());
    QCOMPARE(records.size(), rows);
    QCOMPARE(records.last(), (QStringList { u"49999"_s, u"some text, quoted"_s }));
}

void TestCsv::formulaEscape_roundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("=") << u"=HYPERLINK(\"http://x\")"_s << u"'=HYPERLINK(\"http://x\")"_s;
    QTest::newRow("+") << u"+1"_s << u"'+1"_s;
    QTest::newRow("-") << u"-x"_s << u"'-x"_s;
    QTest::newRow("@") << u"@a"_s << u"'@a"_s;
    QTest::newRow("tab") << u"\tcmd"_s << u"'\tcmd"_s;
    QTest::newRow("CR") << u"\rcmd"_s << u"'\rcmd"_s;
    QTest::newRow("apostrophe") << u"'quoted"_s << u"''quoted"_s;
    QTest::newRow("two apostrophes") << u"''"_s << u"'''"_s;
    QTest::newRow("plain") << u"plain text"_s << u"plain text"_s;
    QTest::newRow("risky later") << u"a=b+c"_s << u"a=b+c"_s;
    QTest::newRow("space first") << u" =x"_s << u" =x"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestCsv::formulaEscape_roundTrips()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(escapeSpreadsheetFormula(text), escaped);
    QCOMPARE(unescapeSpreadsheetFormula(escapeSpreadsheetFormula(text)), text);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
