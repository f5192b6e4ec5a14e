#include "lifecycletext.h"

#include "calendar/meetingtext.h"
#include "moneyformat.h"

#include <QLocale>

namespace mesi::ui {

QString LifecycleText::meetingSummary(const MeetingTerms &terms)
{
    const QLocale locale;
    QString warning;
    const QString times = MeetingText::timeText(terms, locale, &warning);
    const QString date = locale.toString(terms.start.toLocalTime().date(), QLocale::LongFormat);
    QString text = tr("%1, %2 · %3").arg(date, times, MeetingText::place(terms));
    if (!warning.isEmpty())
        text += QLatin1Char('\n') + warning;
    return text;
}

QString LifecycleText::format(SessionFormat format)
{
    switch (format) {
    case SessionFormat::TextChat:
        return tr("Text chat");
    case SessionFormat::VoiceCall:
        return tr("Voice call");
    case SessionFormat::VideoAvatar:
        return tr("Video avatar");
    }
    return {};
}

QString LifecycleText::sessionState(SessionState state)
{
    switch (state) {
    case SessionState::Waiting:
        return tr("Waiting", "virtual session state");
    case SessionState::Live:
        return tr("Live", "virtual session state");
    case SessionState::Ended:
        return tr("Ended", "virtual session state");
    }
    return {};
}

QString LifecycleText::accountTier(AccountTier tier)
{
    switch (tier) {
    case AccountTier::Basic:
        return tr("Basic", "fan account tier");
    case AccountTier::Plus:
        return tr("Plus", "fan account tier");
    case AccountTier::Premium:
        return tr("Premium", "fan account tier");
    }
    return {};
}

QString LifecycleText::session(const AiSession &session)
{
    QString state;
    switch (session.state) {
    case SessionState::Waiting:
        state = tr("waiting for the fan to join");
        break;
    case SessionState::Live:
        state = tr("live since %1").arg(QLocale().toString(session.startedAt.toLocalTime().time(),
                                                           QLocale::ShortFormat));
        break;
    case SessionState::Ended:
        state = tr("ended");
        break;
    }
    return tr("%1, %n minute(s), %2 tier price %3; %4", nullptr, session.durationMinutes)
        .arg(format(session.format), accountTier(session.accountTier), formatMoney(session.tierPrice),
             state);
}

QString LifecycleText::cancellation(const Bid &bid)
{
    if (bid.status != BidStatus::Cancelled)
        return {};
    QString who;
    if (bid.cancelledBy == QLatin1String("fan"))
        who = tr("Cancelled by the fan");
    else if (bid.cancelledBy == QLatin1String("creator"))
        who = tr("Cancelled by you");
    else
        who = tr("Cancelled by the platform");
    return bid.cancelReason.isEmpty() ? who + QLatin1Char('.')
                                      : tr("%1: “%2”. The escrow was refunded to the fan.")
                                            .arg(who, bid.cancelReason);
}

} // namespace mesi::ui
