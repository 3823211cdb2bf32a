#include "demo/DemoText.h"

#include <QHash>

namespace peerradar::demo {

namespace {

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

} // namespace

const QStringList& firstNames()
{
    static const QStringList names = words(
        "Ada Ben Chloé Dario Elif Farah Gustav Hana Ivan Jana Kofi Lena Mateo Nadia Oskar Priya Quentin Rosa Sven "
        "Tomás Uma Viktor Wen Ximena Yusuf Zoë Amara Björn Camille Dmitri Esther Felix Greta Hiro Ingrid Jonas Kaia "
        "Luca Maya Niels Olga Pedro Rania Samir Tilda Ulf Vera William Xavier Yara Zeynep Anouk Bruno Carmen Diego "
        "Emma Fatima Georg Helena Isaac Julia");
    return names;
}

const QStringList& lastNames()
{
    static const QStringList names = words(
        "Adeyemi Becker Costa Dubois Eriksen Fischer García Hoffmann Ivanova Jensen Kowalski Lindqvist Müller Nakamura "
        "Okafor Petrov Quinn Rossi Schmidt Tanaka Urban Varga Weber Xu Yilmaz Zimmermann Andersen Bianchi Chen Dahl "
        "Esposito Fernández Gruber Horvat Ibrahim Jovanović Keller Lambert Moreau Novak Olsen Popescu Richter Santos "
        "Takahashi Ueda Vogel Wagner Young Zhang");
    return names;
}

const QStringList& teamNames()
{
    static const QStringList names = words(
        "Platform Payments Mobile Search Data Design Support Sales Marketing Finance Legal Security Infrastructure "
        "Onboarding Billing Growth Research Analytics Partnerships Logistics Quality Documentation Identity Checkout "
        "Catalogue Messaging Reporting Integrations Compliance Procurement");
    return names;
}

const QList<NoteTemplate>& noteTemplates(const QString& behaviorKey)
{
    static const QHash<QString, QList<NoteTemplate>> templates = {
        { QStringLiteral("influence"),
            { { QStringLiteral("Sprint planning, the team was split on the release date."),
                  QStringLiteral("Laid out the risks calmly and asked each person what they needed."),
                  QStringLiteral("We agreed on a date everyone could stand behind.") },
                { QStringLiteral("Architecture review for the new service."),
                    QStringLiteral("Brought data from production instead of opinions."),
                    QStringLiteral("Two colleagues changed their minds and the design got simpler.") } } },
        { QStringLiteral("change"),
            { { QStringLiteral("Move to the new ticketing process."),
                  QStringLiteral("Showed a colleague how it saves a day a week, with their own tickets."),
                  QStringLiteral("They became one of its strongest supporters.") },
                { QStringLiteral("Reorganisation of the on-call rota."),
                    QStringLiteral("Explained why the change helps customers, not just us."),
                    QStringLiteral("Grumbling stopped; the rota started on time.") } } },
        { QStringLiteral("support"),
            { { QStringLiteral("An unpopular budget decision by our manager."),
                  QStringLiteral("Backed it in the team meeting and explained the reasons."),
                  QStringLiteral("The team moved on instead of relitigating it.") } } },
        { QStringLiteral("inspire"),
            { { QStringLiteral("Slow customer onboarding."),
                  QStringLiteral("Sketched a self-service idea on the whiteboard."),
                  QStringLiteral("I built a prototype the same week.") },
                { QStringLiteral("Lunch conversation about test flakiness."),
                    QStringLiteral("Suggested recording and replaying network traffic."),
                    QStringLiteral("Our flaky tests dropped by half.") } } },
        { QStringLiteral("encourage"),
            { { QStringLiteral("A junior colleague had an idea but was hesitant."),
                  QStringLiteral("Encouraged them to pitch it and helped with the slides."),
                  QStringLiteral("The idea is now on the roadmap.") } } },
        { QStringLiteral("welcome"),
            { { QStringLiteral("First week of a new hire."),
                  QStringLiteral("Took them to lunch and walked them through our codebase."),
                  QStringLiteral("They shipped their first change on day three.") },
                { QStringLiteral("A newcomer felt lost in a big meeting."),
                    QStringLiteral("Explained the acronyms afterwards, without making a fuss."),
                    QStringLiteral("They spoke up in the next meeting.") } } },
    };
    static const QList<NoteTemplate> none;
    const auto it = templates.constFind(behaviorKey);
    return it == templates.constEnd() ? none : *it;
}

} // namespace peerradar::demo
