#include "demo/DemoOrganisation.h"

#include "demo/DemoText.h"
#include "domain/Rules.h"
#include "storage/CycleRepository.h"
#include "storage/Database.h"
#include "storage/FrameworkRepository.h"
#include "storage/ObservationBulkWriter.h"
#include "storage/PeopleRepository.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace peerradar {

namespace {

struct Demo
{
    Q_DECLARE_TR_FUNCTIONS(peerradar::Demo)
};

// Everything random in the demo comes from one seeded generator, so the same seed gives the same file.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed) : m_rng(seed) { }

    int below(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    double uniform() { return m_rng.generateDouble(); }
    double normal()
    {
        // Box–Muller; 1 - u keeps the logarithm finite.
        const double u = 1.0 - uniform();
        const double v = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * v);
    }
    QString uuid()
    {
        quint8 b[16];
        for (auto& byte : b)
            byte = quint8(m_rng.bounded(256u));
        b[6] = quint8((b[6] & 0x0f) | 0x40); // version 4
        b[8] = quint8((b[8] & 0x3f) | 0x80); // RFC 4122 variant
        const uint l = (uint(b[0]) << 24) | (uint(b[1]) << 16) | (uint(b[2]) << 8) | b[3];
        return QUuid(l, ushort((b[4] << 8) | b[5]), ushort((b[6] << 8) | b[7]), b[8], b[9], b[10], b[11], b[12], b[13],
            b[14], b[15])
            .toString(QUuid::WithoutBraces);
    }

private:
    QRandomGenerator m_rng;
};

QString asciiLower(const QString& text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() < 128 && c.isLetter())
            out.append(c.toLower());
    }
    return out;
}

struct DemoPerson
{
    Person person;
    QList<double> talent; // typical impact per behavior
    double selfBias = 0; // how much higher (or lower) they see themselves
    double visibility = 1; // how often others notice them
    QList<int> reports; // indexes of direct reports
    QList<int> teammates; // indexes of the others in their team
};

class DemoBuilder
{
public:
    DemoBuilder(Database& db, const DemoOptions& options) : m_db(db), m_options(options), m_random(options.seed) { }

    Status run()
    {
        if (auto s = buildOrganisation(); !s)
            return s;
        if (auto s = addCycles(); !s)
            return s;
        if (auto s = addObservations(); !s)
            return s;
        return m_options.releasePastCycles ? releasePastCycles() : Status {};
    }

private:
    Status addPerson(const QString& teamName, Role role, int managerIndex)
    {
        Id teamId = m_teams.value(teamName);
        if (teamId == 0) {
            Team team;
            team.uuid = m_random.uuid();
            team.name = teamName;
            auto id = PeopleRepository(m_db).addTeam(team);
            if (!id)
                return id.error();
            teamId = *id;
            m_teams.insert(teamName, teamId);
        }
        DemoPerson p;
        const QString first = demo::firstNames().at(m_random.below(int(demo::firstNames().size())));
        const QString last = demo::lastNames().at(m_random.below(int(demo::lastNames().size())));
        p.person.uuid = m_random.uuid();
        p.person.name = first + u' ' + last;
        QString email = asciiLower(first) + u'.' + asciiLower(last);
        for (int n = 2; m_emails.contains(email); ++n)
            email = asciiLower(first) + u'.' + asciiLower(last) + QString::number(n);
        m_emails.insert(email);
        p.person.email = email + QStringLiteral("@example.com");
        p.person.teamId = teamId;
        p.person.role = role;
        p.person.managerId = managerIndex >= 0 ? m_people[managerIndex].person.id : 0;
        auto id = PeopleRepository(m_db).add(p.person);
        if (!id)
            return id.error();
        for (int b = 0; b < m_behaviors.size(); ++b)
            p.talent.append(3.1 + 0.6 * m_random.normal());
        p.selfBias = 0.5 * m_random.normal();
        if (managerIndex >= 0)
            m_people[managerIndex].reports.append(int(m_people.size()));
        m_indexById.insert(p.person.id, int(m_people.size()));
        m_people.append(p);
        if (role == Role::Manager || role == Role::Hr)
            m_teamManager.insert(teamId, p.person.id);
        return {};
    }

    Status buildOrganisation()
    {
        auto framework = FrameworkRepository(m_db).active();
        if (!framework)
            return framework.error();
        for (const Behavior& b : framework->behaviors) {
            if (!b.retired)
                m_behaviors.append(b);
        }
        const int total = m_options.people;
        // The head of the organisation, then HR, then teams of six to nine with a manager each.
        if (auto s = addPerson(QStringLiteral("Leadership"), Role::Manager, -1); !s)
            return s;
        const int hrCount = std::clamp(total / 60, 1, 6);
        for (int i = 0; i < hrCount && int(m_people.size()) < total; ++i) {
            if (auto s = addPerson(QStringLiteral("People & Culture"), Role::Hr, i == 0 ? 0 : 1); !s)
                return s;
        }
        int teamNumber = 0;
        while (int(m_people.size()) < total) {
            const QStringList& names = demo::teamNames();
            QString name = names.at(teamNumber % names.size());
            if (teamNumber >= names.size())
                name += u' ' + QString::number(teamNumber / names.size() + 1);
            ++teamNumber;
            int size = 6 + m_random.below(4);
            const int left = total - int(m_people.size());
            if (left - size < 3)
                size = left; // no tiny team at the end
            const int managerIndex = int(m_people.size());
            if (auto s = addPerson(name, Role::Manager, 0); !s)
                return s;
            for (int i = 1; i < size; ++i) {
                if (auto s = addPerson(name, Role::Member, managerIndex); !s)
                    return s;
            }
        }
        for (auto it = m_teamManager.cbegin(); it != m_teamManager.cend(); ++it) {
            if (auto s = m_db.execStatement(QStringLiteral("UPDATE teams SET manager_id = ? WHERE id = ?"),
                    { it.value(), it.key() });
                !s)
                return s;
        }
        // Teammates, and a few informal leaders: people without reports whom others notice more.
        QHash<Id, QList<int>> byTeam;
        for (int i = 0; i < m_people.size(); ++i)
            byTeam[m_people[i].person.teamId].append(i);
        for (int i = 0; i < m_people.size(); ++i) {
            DemoPerson& p = m_people[i];
            for (int other : byTeam.value(p.person.teamId)) {
                if (other != i)
                    p.teammates.append(other);
            }
            if (p.reports.isEmpty() && m_random.uniform() < 0.08) {
                p.visibility = 3.0;
                for (double& t : p.talent)
                    t += 0.6;
            }
        }
        double sum = 0;
        for (const DemoPerson& p : std::as_const(m_people)) {
            sum += p.visibility;
            m_cumulativeVisibility.append(sum);
        }
        return {};
    }

    QDate lastDay() const { return m_options.lastDay.isValid() ? m_options.lastDay : QDate::currentDate(); }

    int spanDays() const
    {
        // About two observations per person a week.
        const double days = double(m_options.observations) * 7.0 / (2.0 * std::max(1, m_options.people));
        return std::max(30, int(std::ceil(days)));
    }

    Status addCycles()
    {
        const QDate first = lastDay().addDays(-(spanDays() - 1));
        for (int year = first.year(); year <= lastDay().year(); ++year) {
            for (int half = 0; half < 2; ++half) {
                Cycle cycle;
                cycle.uuid = m_random.uuid();
                cycle.name = QStringLiteral("%1 H%2").arg(year).arg(half + 1);
                cycle.start = QDate(year, half == 0 ? 1 : 7, 1);
                cycle.end = half == 0 ? QDate(year, 6, 30) : QDate(year, 12, 31);
                if (cycle.end < first || cycle.start > lastDay())
                    continue;
                if (auto id = CycleRepository(m_db).add(cycle); !id)
                    return id.error();
            }
        }
        return {};
    }

    // HR has released every cycle that ended before the last day (two weeks after its end), so the
    // demo's profiles show every group of those to everyone; the current cycle is not released yet.
    Status releasePastCycles()
    {
        CycleRepository cycles(m_db);
        auto all = cycles.all();
        if (!all)
            return all.error();
        for (const Cycle& cycle : *all) {
            if (cycle.end >= lastDay())
                continue;
            const QDateTime at(cycle.end.addDays(14), QTime(9, 0), Qt::UTC);
            if (auto r = cycles.release(cycle.id, 0, false, at, m_random.uuid()); !r)
                return r.error();
        }
        return {};
    }

    int pickSubject()
    {
        const double x = m_random.uniform() * m_cumulativeVisibility.constLast();
        const auto it = std::upper_bound(m_cumulativeVisibility.cbegin(), m_cumulativeVisibility.cend(), x);
        return std::min(int(it - m_cumulativeVisibility.cbegin()), int(m_people.size()) - 1);
    }

    int pickObserver(int subject)
    {
        const DemoPerson& s = m_people[subject];
        const double r = m_random.uniform();
        if (r < 0.08)
            return subject;
        if (r < 0.18 && s.person.managerId != 0)
            return indexOf(s.person.managerId);
        if (r < 0.25 && !s.reports.isEmpty())
            return s.reports.at(m_random.below(int(s.reports.size())));
        if (r < 0.82 && !s.teammates.isEmpty())
            return s.teammates.at(m_random.below(int(s.teammates.size())));
        if (m_people.size() == 1)
            return subject;
        int other = m_random.below(int(m_people.size()) - 1);
        return other >= subject ? other + 1 : other;
    }

    int indexOf(Id personId) const { return m_indexById.value(personId); }

    Status addObservations()
    {
        ObservationBulkWriter writer(m_db);
        const QDate end = lastDay();
        const int span = spanDays();
        const qint64 total = m_options.observations;
        for (qint64 i = 0; i < total; ++i) {
            const int subject = pickSubject();
            const int observer = pickObserver(subject);
            const int behavior = m_random.below(int(m_behaviors.size()));
            Observation o;
            o.uuid = m_random.uuid();
            o.observerId = m_people[observer].person.id;
            o.subjectId = m_people[subject].person.id;
            o.behaviorId = m_behaviors[behavior].id;
            o.raterGroup = deriveRaterGroup(m_people[observer].person, m_people[subject].person);
            o.date = end.addDays(-m_random.below(span));
            o.createdAt = o.date.startOfDay(Qt::UTC).addSecs(12 * 3600);
            double impact = m_people[subject].talent[behavior] + 0.8 * m_random.normal();
            if (observer == subject)
                impact += m_people[subject].selfBias;
            o.impact = std::clamp(int(std::lround(impact)), minImpact, maxImpact);
            const auto& notes = demo::noteTemplates(m_behaviors[behavior].key);
            if (!notes.isEmpty() && m_random.uniform() < 0.33) {
                const auto& n = notes.at(m_random.below(int(notes.size())));
                o.note = { n.situation, n.action, n.result };
            }
            if (auto s = writer.insert(o); !s)
                return s;
            if (m_options.progress && (i % 10000 == 0) && !m_options.progress(i, total))
                return makeError(ErrorCode::Cancelled, Demo::tr("Creating the demo organisation was cancelled."));
        }
        if (m_options.progress)
            m_options.progress(total, total);
        return {};
    }

    Database& m_db;
    const DemoOptions& m_options;
    DemoRandom m_random;
    QList<Behavior> m_behaviors;
    QList<DemoPerson> m_people;
    QList<double> m_cumulativeVisibility;
    QHash<QString, Id> m_teams;
    QHash<Id, Id> m_teamManager;
    QHash<Id, int> m_indexById;
    QSet<QString> m_emails;
};

} // namespace

Status generateDemoOrganisation(Database& db, const DemoOptions& options)
{
    if (options.people < 3)
        return makeError(ErrorCode::Invalid, Demo::tr("A demo organisation needs at least 3 people."));
    if (options.people > 100000)
        return makeError(ErrorCode::Invalid, Demo::tr("A demo organisation can have at most 100,000 people."));
    if (options.observations < 0)
        return makeError(ErrorCode::Invalid, Demo::tr("The number of observations cannot be negative."));
    {
        auto q = db.exec(QStringLiteral("SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM observations)"));
        if (!q)
            return q.error();
        if (q->next() && q->value(0).toLongLong() > 0)
            return makeError(ErrorCode::Invalid,
                Demo::tr("The demo organisation can only be created in a new, empty file; this one already has people."));
    }
    return db.transaction([&] { return DemoBuilder(db, options).run(); });
}

} // namespace peerradar
