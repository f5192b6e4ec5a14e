#pragma once

#include "fancommand.h"

#include "api/apiclient.h"
#include "api/fanapi.h"
#include "pass/signingkey.h"

#include <QObject>

#include <optional>

namespace mesi::fancli {

/**
 * Runs one parsed mesi-fan command against the API: signs the fan in, then makes the calls
 * the command needs. A scan reads the pass image before any request.
 */
class FanCommandRunner : public QObject
{
    Q_OBJECT

public:
    explicit FanCommandRunner(FanCommand command, QObject *parent = nullptr);

    /// Starts the command. finished is emitted from the event loop, never from inside start().
    void start();

Q_SIGNALS:
    /**
     * Emitted once with the text to print: one line for most commands, one line per bid or
     * message for listings (empty when there are none), or the error to report.
     */
    void finished(const mesi::Result<QString> &output);

private:
    void runCommand();
    void finishWith(const Result<QString> &output);
    void finishWithBidChange(const Result<Bid> &bid);
    void listBids();
    void printMessages();
    void acceptProposal();
    void redeemPass();
    /// Registers the fan's key, then signs and prints a confirmation code for the meeting.
    void showConfirmationCode();
    void advanceClock();
    /// Reads the whole chat page by page and calls done with every message, oldest first.
    void loadMessages(const QString &cursor, QList<ChatMessage> loaded,
                      std::function<void(Result<QList<ChatMessage>>)> done);

    FanCommand m_command;
    QString m_idempotencyKey;
    api::ApiClient m_client;
    api::FanApi m_api;
    QString m_fanId; ///< Set by the sign-in.
    std::optional<pass::SigningKey> m_fanKey; ///< Loaded before sign-in for confirm-code.
};

} // namespace mesi::fancli
