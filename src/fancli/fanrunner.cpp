#include "fanrunner.h"

#include "fanoutput.h"

#include "fankeyfile.h"

#include "contract/jsonreader.h"
#include "pass/fanconfirmation.h"
#include "pass/passimage.h"

#include <QSysInfo>

namespace mesi::fancli {

FanCommandRunner::FanCommandRunner(FanCommand command, QObject *parent)
    : QObject(parent),
      m_command(std::move(command)),
      m_idempotencyKey(m_command.idempotencyKey.isEmpty() ? api::newIdempotencyKey()
                                                          : m_command.idempotencyKey),
      m_client(m_command.apiUrl),
      m_api(m_client)
{
}

void FanCommandRunner::start()
{
    // A pass image that cannot be read fails before any request reaches the server.
    if (m_command.kind == FanCommand::Kind::ScanPass) {
        Result<QString> passText = pass::decodePassImageFile(m_command.passFile);
        if (!passText) {
            finishWith(passText.error());
            return;
        }
        m_command.passText = passText.value();
    }
    // Likewise a key file that cannot be read or created.
    if (m_command.kind == FanCommand::Kind::ConfirmCode) {
        const QString path = m_command.keyFile.isEmpty() ? defaultFanKeyPath(m_command.signIn.name)
                                                         : m_command.keyFile;
        Result<pass::SigningKey> key = loadOrCreateFanKey(path);
        if (!key) {
            finishWith(key.error());
            return;
        }
        m_fanKey.emplace(std::move(key).value());
    }

    if (m_command.signIn.name.isEmpty()) {
        QMetaObject::invokeMethod(this, &FanCommandRunner::runCommand, Qt::QueuedConnection);
        return;
    }
    m_api.signIn(m_command.signIn, this, [this](Result<QString> fanId) {
        if (!fanId) {
            finishWith(fanId.error());
            return;
        }
        m_fanId = fanId.value();
        runCommand();
    });
}

void FanCommandRunner::finishWith(const Result<QString> &output)
{
    // Queued, so a failure found inside start() reaches a receiver that runs an event loop.
    QMetaObject::invokeMethod(this, [this, output] { Q_EMIT finished(output); }, Qt::QueuedConnection);
}

void FanCommandRunner::finishWithBidChange(const Result<Bid> &bid)
{
    if (bid)
        finishWith(bidChangeSummary(bid.value()));
    else
        finishWith(bid.error());
}

void FanCommandRunner::runCommand()
{
    const QString &bidId = m_command.bidId;
    const QString &key = m_idempotencyKey;
    const auto bidChange = [this](Result<Bid> bid) { finishWithBidChange(bid); };

    using Kind = FanCommand::Kind;
    switch (m_command.kind) {
    case Kind::Bid:
        m_api.placeBid(m_command.bid, key, this, [this](Result<Bid> bid) {
            finishWith(bid ? Result<QString>(bid->id) : Result<QString>(bid.error()));
        });
        return;
    case Kind::Chat:
        // The key doubles as the client id, so a retry with the same key posts one message.
        m_api.sendMessage(bidId, m_command.text, key, key, this, [this](Result<ChatMessage> message) {
            finishWith(message ? Result<QString>(message->id) : Result<QString>(message.error()));
        });
        return;
    case Kind::ListBids:
        listBids();
        return;
    case Kind::Withdraw:
        m_api.withdrawBid(bidId, key, this, bidChange);
        return;
    case Kind::ConsentKyf:
        m_api.consentKyf(bidId, key, this, bidChange);
        return;
    case Kind::DeclineKyf:
        m_api.declineKyf(bidId, key, this, bidChange);
        return;
    case Kind::Cancel:
        m_api.cancelBid(bidId, m_command.text, key, this, bidChange);
        return;
    case Kind::Propose:
        m_api.proposeMeeting(bidId, m_command.terms, m_command.text, key, key, this,
                             [this](Result<ChatMessage> message) {
                                 finishWith(message ? Result<QString>(message->id)
                                                    : Result<QString>(message.error()));
                             });
        return;
    case Kind::AcceptProposal:
        acceptProposal();
        return;
    case Kind::Messages:
        printMessages();
        return;
    case Kind::JoinSession:
        m_api.joinSession(bidId, key, this, bidChange);
        return;
    case Kind::EndSession:
        m_api.endSession(bidId, key, this, bidChange);
        return;
    case Kind::ScanPass:
    case Kind::RedeemPass:
        redeemPass();
        return;
    case Kind::ConfirmCode:
        showConfirmationCode();
        return;
    case Kind::Availability:
        m_api.getCreatorAvailability(m_command.creatorHandle, this, [this](Result<Availability> availability) {
            finishWith(availability ? Result<QString>(availabilityText(availability.value()))
                                    : Result<QString>(availability.error()));
        });
        return;
    case Kind::AdvanceClock:
        advanceClock();
        return;
    }
}

void FanCommandRunner::listBids()
{
    m_api.listBids(this, [this](Result<QList<Bid>> bids) {
        if (!bids) {
            finishWith(bids.error());
            return;
        }
        QStringList lines;
        for (const Bid &bid : bids.value())
            lines.append(bidLine(bid));
        finishWith(lines.join(QLatin1Char('\n')));
    });
}

void FanCommandRunner::loadMessages(const QString &cursor, QList<ChatMessage> loaded,
                                    std::function<void(Result<QList<ChatMessage>>)> done)
{
    m_api.listMessages(m_command.bidId, cursor, this,
                       [this, loaded, done](Result<contract::MessagePage> page) mutable {
                           if (!page) {
                               done(page.error());
                               return;
                           }
                           if (!page->rejectedItems.isEmpty()) {
                               done(page->rejectedItems.constFirst());
                               return;
                           }
                           loaded.append(page->messages);
                           if (page->nextCursor.isEmpty())
                               done(loaded);
                           else
                               loadMessages(page->nextCursor, loaded, done);
                       });
}

void FanCommandRunner::printMessages()
{
    loadMessages({}, {}, [this](Result<QList<ChatMessage>> messages) {
        if (!messages) {
            finishWith(messages.error());
            return;
        }
        QStringList lines;
        for (const ChatMessage &message : messages.value())
            lines.append(messageLine(message));
        finishWith(lines.join(QLatin1Char('\n')));
    });
}

void FanCommandRunner::acceptProposal()
{
    const auto accept = [this](const QString &messageId) {
        m_api.acceptProposal(m_command.bidId, messageId, m_idempotencyKey, this,
                             [this](Result<Bid> bid) { finishWithBidChange(bid); });
    };
    if (!m_command.messageId.isEmpty()) {
        accept(m_command.messageId);
        return;
    }

    loadMessages({}, {}, [this, accept](Result<QList<ChatMessage>> messages) {
        if (!messages) {
            finishWith(messages.error());
            return;
        }
        const auto newest = std::find_if(messages->crbegin(), messages->crend(),
                                         [](const ChatMessage &message) { return message.proposal.has_value(); });
        if (newest == messages->crend()) {
            finishWith(makeError(ErrorCode::NotFound,
                                 QStringLiteral("the chat of bid '%1' has no meeting proposal; wait "
                                                "for the creator's, or send one with 'mesi-fan propose'")
                                     .arg(m_command.bidId)));
            return;
        }
        accept(newest->id);
    });
}

void FanCommandRunner::redeemPass()
{
    m_api.redeemPass(m_command.passText, m_idempotencyKey, this,
                     [this](Result<api::PassRedemption> redemption) {
                         if (!redemption) {
                             finishWith(redemption.error());
                             return;
                         }
                         if (!redemption->bid) {
                             finishWith(makeError(ErrorCode::InvalidArgument,
                                                  QStringLiteral("pass rejected (%1): %2")
                                                      .arg(redemption->rejectionReason,
                                                           redemption->message)));
                             return;
                         }
                         const Bid &bid = *redemption->bid;
                         finishWith(QStringLiteral("meeting %1 confirmed; escrow %2")
                                        .arg(bid.meeting.id, toWire(bid.escrow)));
                     });
}

void FanCommandRunner::showConfirmationCode()
{
    // Registering again is harmless: the server returns the record of a key it already has.
    const QString label = QStringLiteral("mesi-fan on %1").arg(QSysInfo::machineHostName());
    m_api.registerKey(m_fanKey->publicKey(), label, m_idempotencyKey, this, [this](Result<QString> keyRecord) {
        if (!keyRecord) {
            finishWith(keyRecord.error());
            return;
        }
        pass::FanConfirmationClaims claims;
        claims.meetingId = m_command.meetingId;
        claims.fanId = m_fanId;
        claims.step = pass::rotationStep(QDateTime::currentDateTimeUtc(), claims.stepSeconds);
        Result<QString> code = pass::issueFanConfirmation(claims, *m_fanKey);
        if (!code) {
            finishWith(code.error());
            return;
        }
        if (!m_command.outFile.isEmpty()) {
            if (Result<void> saved = pass::savePassPng(code.value(), m_command.outFile); !saved) {
                finishWith(saved.error());
                return;
            }
        }
        finishWith(code.value());
    });
}

void FanCommandRunner::advanceClock()
{
    m_api.advanceSandboxClock(m_command.advanceSeconds, this, [this](Result<api::SandboxClock> clock) {
        if (clock)
            finishWith(contract::formatTimestamp(clock->now));
        else
            finishWith(clock.error());
    });
}

} // namespace mesi::fancli
