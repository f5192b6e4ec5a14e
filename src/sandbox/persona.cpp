#include "persona.h"

#include <QStringList>

namespace mesi::sandbox {

QString standInLabel()
{
    return QStringLiteral("(sandbox stand-in)");
}

QString standInReply(const QString &personaName, const QString &fanName, const QString &fanText,
                     int turn)
{
    const QString text = fanText.toLower();
    if (turn == 0 || text.contains(QLatin1String("hello")) || text.contains(QLatin1String("hi "))
        || text == QLatin1String("hi")) {
        return QStringLiteral("Hi %1, I'm %2. This is the sandbox stand-in, so my answers are "
                              "scripted. What would you like to talk about?")
            .arg(fanName, personaName);
    }
    if (text.contains(QLatin1String("bye")) || text.contains(QLatin1String("thank"))) {
        return QStringLiteral("Thank you for the session, %1. End it whenever you are ready.")
            .arg(fanName);
    }
    if (text.endsWith(QLatin1Char('?'))) {
        return QStringLiteral("Good question. The real %1 would answer it in depth; the stand-in "
                              "can only say that it heard you.")
            .arg(personaName);
    }
    static const QStringList lines = {
        QStringLiteral("Tell me more about that."),
        QStringLiteral("That sounds interesting. What happened next?"),
        QStringLiteral("I see. How did that make you feel?"),
    };
    return lines.at(turn % lines.size());
}

} // namespace mesi::sandbox
