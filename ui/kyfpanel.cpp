#include "kyfpanel.h"

#include "zonedtime.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace mesi::ui {

namespace {

QLabel *makeInfoLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // Plain text, so markup typed by a fan is shown as typed and never loads anything.
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

KyfPanel::KyfPanel(QWidget *parent)
    : QWidget(parent), m_nowUtc([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &KyfPanel::refreshCountdown);

    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_state = makeInfoLabel(QStringLiteral("kyfState"), this);
    m_fields = makeInfoLabel(QStringLiteral("kyfFields"), this);
    m_deadline = makeInfoLabel(QStringLiteral("kyfDeadline"), this);

    // The warning style changes the icon, the weight and the palette pair of this row, so
    // it does not depend on colour alone and stays readable in dark palettes.
    m_countdownRow = new QWidget(this);
    m_countdownRow->setObjectName(QStringLiteral("kyfCountdownRow"));
    m_countdownIcon = new QLabel(m_countdownRow);
    m_countdownIcon->hide();
    m_countdown = makeInfoLabel(QStringLiteral("kyfCountdown"), m_countdownRow);
    auto *countdownLayout = new QHBoxLayout(m_countdownRow);
    countdownLayout->setContentsMargins(4, 2, 4, 2);
    countdownLayout->addWidget(m_countdownIcon);
    countdownLayout->addWidget(m_countdown, 1);

    m_answersNote = makeInfoLabel(QStringLiteral("kyfAnswersNote"), this);
    m_answersNote->setForegroundRole(QPalette::PlaceholderText);

    m_answersBox = new QWidget(this);
    m_answersBox->setObjectName(QStringLiteral("kyfAnswers"));
    m_answersForm = new QFormLayout(m_answersBox);
    m_answersForm->setContentsMargins(0, 0, 0, 0);
    for (KyfField field : allKyfFields()) {
        auto *name = new QLabel(m_answersBox);
        auto *value = makeInfoLabel(QStringLiteral("kyfAnswer_") + toWire(field), m_answersBox);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_answersForm->addRow(name, value);
        m_answerNames.insert(field, name);
        m_answerValues.insert(field, value);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_state);
    layout->addWidget(m_fields);
    layout->addWidget(m_deadline);
    layout->addWidget(m_countdownRow);
    layout->addWidget(m_answersNote);
    layout->addWidget(m_answersBox);
    layout->addStretch(1);

    retranslateUi();
}

void KyfPanel::setClock(std::function<QDateTime()> nowUtc)
{
    m_nowUtc = std::move(nowUtc);
    refreshCountdown();
}

void KyfPanel::setRequest(const KyfRequest &request, bool bidOpen)
{
    m_request = request;
    m_bidOpen = bidOpen;
    clearAnswers();
    updateDisplay();

    if (answersAllowed())
        Q_EMIT answersWanted();
}

void KyfPanel::setAnswers(const KyfAnswers &answers)
{
    if (!answersAllowed()) {
        clearAnswers();
        return;
    }

    // Keep only what the fan consented to share, whatever else the answer carries.
    m_answers.clear();
    for (KyfField field : std::as_const(m_request.fields)) {
        if (answers.contains(field))
            m_answers.insert(field, answers.value(field));
    }
    m_answersLoaded = true;
    updateAnswerRows();
}

void KyfPanel::clearAnswers()
{
    m_answers.clear();
    m_answersLoaded = false;
    for (QLabel *value : std::as_const(m_answerValues))
        value->clear();
    updateAnswerRows();
}

QString KyfPanel::stateText() const
{
    return m_state->text();
}

QString KyfPanel::countdownText() const
{
    return m_countdown->text();
}

bool KyfPanel::isCountdownRunning() const
{
    return m_timer->isActive();
}

QString KyfPanel::fieldName(KyfField field)
{
    switch (field) {
    case KyfField::LegalName:
        return tr("Legal name");
    case KyfField::Over18:
        return tr("Over 18");
    case KyfField::Country:
        return tr("Country");
    case KyfField::VerifiedPhoto:
        return tr("Verified photo");
    }
    return {};
}

void KyfPanel::refreshCountdown()
{
    const bool counting = m_request.state == KyfState::Requested && m_request.deadline.isValid();
    m_countdownRow->setVisible(counting);
    if (!counting) {
        m_countdown->clear();
        setDeadlineNear(false);
        updateTimer();
        return;
    }

    const qint64 secondsLeft = m_nowUtc().secsTo(m_request.deadline);
    const qint64 minutesLeft = secondsLeft / 60;
    const int hours = static_cast<int>(minutesLeft / 60);
    const int minutes = static_cast<int>(minutesLeft % 60);
    QString text;
    if (secondsLeft <= 0) {
        text = tr("Deadline passed — waiting for the platform to cancel the bid");
    } else if (minutesLeft == 0) {
        text = tr("Fan has less than a minute left");
    } else if (hours == 0) {
        text = tr("Fan has %1 left").arg(tr("%Ln min", "minutes", minutes));
    } else {
        text = tr("Fan has %1 %2 left", "%1 is hours, %2 minutes")
                   .arg(tr("%Ln h", "hours", hours), tr("%Ln min", "minutes", minutes));
    }
    m_countdown->setText(text);

    // A passed deadline keeps the warning until the platform cancels the bid.
    setDeadlineNear(secondsLeft < WarningSeconds);
    updateTimer();
}

void KyfPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::StyleChange && m_deadlineNear)
        m_countdownIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16));
    QWidget::changeEvent(event);
}

void KyfPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshCountdown();
}

void KyfPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateTimer();
}

bool KyfPanel::answersAllowed() const
{
    return m_request.state == KyfState::Consented && m_bidOpen;
}

void KyfPanel::retranslateUi()
{
    m_heading->setText(tr("Know Your Fan"));
    m_state->setAccessibleName(tr("Know Your Fan status"));
    m_fields->setAccessibleName(tr("Requested fields"));
    m_deadline->setAccessibleName(tr("Deadline for the fan's answer"));
    m_countdown->setAccessibleName(tr("Time left for the fan"));
    m_answersNote->setAccessibleName(tr("About the fan's answers"));
    for (KyfField field : allKyfFields()) {
        m_answerNames.value(field)->setText(tr("%1:").arg(fieldName(field)));
        m_answerValues.value(field)->setAccessibleName(fieldName(field));
    }
    updateDisplay();
}

void KyfPanel::updateDisplay()
{
    switch (m_request.state) {
    case KyfState::NotRequired:
        m_state->setText(tr("Not required"));
        break;
    case KyfState::Requested:
        m_state->setText(tr("Requested — waiting for the fan"));
        break;
    case KyfState::Consented:
        m_state->setText(tr("Consented"));
        break;
    case KyfState::Declined:
        m_state->setText(tr("Declined by the fan — bid cancelled and refunded"));
        break;
    case KyfState::Expired:
        m_state->setText(tr("Expired — no answer in 48 hours, bid cancelled and refunded"));
        break;
    }

    const bool required = m_request.state != KyfState::NotRequired;
    QStringList names;
    for (KyfField field : std::as_const(m_request.fields))
        names.append(fieldName(field));
    m_fields->setText(tr("Requested fields: %1").arg(locale().createSeparatedList(names)));
    m_fields->setVisible(required && !names.isEmpty());

    const bool showDeadline = m_request.deadline.isValid()
        && (m_request.state == KyfState::Requested || m_request.state == KyfState::Expired);
    if (showDeadline) {
        const QDateTime local = m_request.deadline.toLocalTime();
        const QString when = tr("%1, %2 %3", "date, time and time zone")
                                 .arg(locale().toString(local.date(), QLocale::LongFormat),
                                      locale().toString(local.time(), shortTimeFormat(locale())),
                                      local.timeZoneAbbreviation());
        if (m_request.state == KyfState::Requested)
            m_deadline->setText(tr("Answer due by %1").arg(when));
        else
            m_deadline->setText(tr("Answer was due by %1").arg(when));
    }
    m_deadline->setVisible(showDeadline);

    refreshCountdown();
    updateAnswerRows();
}

void KyfPanel::updateAnswerRows()
{
    const bool showValues = answersAllowed() && m_answersLoaded;
    for (KyfField field : allKyfFields()) {
        QLabel *value = m_answerValues.value(field);
        const bool visible = showValues && m_request.fields.contains(field);
        value->setText(visible ? answerText(field) : QString());
        m_answersForm->setRowVisible(value, visible);
    }
    m_answersBox->setVisible(showValues);

    if (m_request.state != KyfState::Consented)
        m_answersNote->clear();
    else if (!m_bidOpen)
        m_answersNote->setText(tr("The fan's answers are hidden because the bid is closed."));
    else if (!m_answersLoaded)
        m_answersNote->setText(tr("Loading the fan's answers…"));
    else
        m_answersNote->setText(
            tr("Shared by the fan while the bid is open. Not saved on this computer."));
    m_answersNote->setVisible(m_request.state == KyfState::Consented);
}

QString KyfPanel::answerText(KyfField field) const
{
    if (!m_answers.contains(field))
        return tr("Not provided", "KYF answer missing");

    const QString value = m_answers.value(field);
    // The server sends yes/no answers as the strings "true" and "false".
    if (field == KyfField::Over18 || field == KyfField::VerifiedPhoto) {
        if (value == QLatin1String("true"))
            return tr("Yes");
        if (value == QLatin1String("false"))
            return tr("No");
    }
    return value;
}

void KyfPanel::updateTimer()
{
    const bool needed = isVisible() && m_request.state == KyfState::Requested
        && m_request.deadline.isValid() && m_nowUtc() < m_request.deadline;
    if (needed && !m_timer->isActive())
        m_timer->start();
    else if (!needed)
        m_timer->stop();
}

void KyfPanel::setDeadlineNear(bool near)
{
    if (near == m_deadlineNear)
        return;
    m_deadlineNear = near;

    QFont font = m_countdown->font();
    font.setBold(near);
    m_countdown->setFont(font);
    m_countdownRow->setAutoFillBackground(near);
    m_countdownRow->setBackgroundRole(near ? QPalette::ToolTipBase : QPalette::Window);
    m_countdown->setForegroundRole(near ? QPalette::ToolTipText : QPalette::WindowText);
    m_countdownIcon->setPixmap(near ? style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16)
                                    : QPixmap());
    m_countdownIcon->setVisible(near);
    m_countdown->setAccessibleDescription(
        near ? tr("Less than %n hours left before the bid is cancelled and refunded.", "",
                  static_cast<int>(WarningSeconds / 3600))
             : QString());

    Q_EMIT deadlineNearChanged(near);
}

} // namespace mesi::ui
