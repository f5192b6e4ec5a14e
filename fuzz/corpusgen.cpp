// mesi-fuzz-corpus: writes the seed corpus of every fuzz target into fuzz/corpus/<target>/.
// Each seed comes from the project's own writers (toJson, issuePass), so the seeds are
// valid inputs that reach deep into the readers before the fuzzer mutates them.

#include "apireaders.h"
#include "passfixture.h"

#include "contract/codec.h"
#include "contract/lifecyclecodec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace mesi;

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute), Qt::UTC);
}

Money money(const QString &amount, const QString &asset)
{
    return Money::parse(amount, asset).value();
}

MeetingTerms sampleTerms(bool online)
{
    MeetingTerms terms;
    terms.start = at(11, 19);
    terms.end = at(11, 20, 30);
    terms.timeZone = QStringLiteral("Europe/Madrid");
    if (online)
        terms.link = QUrl(QStringLiteral("https://meet.mesi.example/r/7f3a"));
    else
        terms.place = QStringLiteral("Café Central, Plaza Mayor 1");
    return terms;
}

Bid pendingBid()
{
    Bid bid;
    bid.id = QStringLiteral("bid_70f3aab928f7d0e4");
    bid.creatorHandle = QStringLiteral("demo");
    bid.fanId = QStringLiteral("fan_5a1c9e0b7d2f4a61");
    bid.fanName = QStringLiteral("Ana");
    bid.amount = money(QStringLiteral("120.50"), QStringLiteral("EUR"));
    bid.note = QStringLiteral("Coffee after your show?");
    bid.version = 1;
    bid.createdAt = at(4, 10);
    bid.updatedAt = at(4, 10);
    bid.expiresAt = at(11, 10);
    return bid;
}

Bid scheduledBid()
{
    Bid bid = pendingBid();
    bid.id = QStringLiteral("bid_1c0ffee");
    bid.fanName = QStringLiteral("\u0633\u0627\u0631\u0627 \u202Eevil\u202C");
    bid.status = BidStatus::Scheduled;
    bid.escrow = escrowStateFor(bid.status);
    bid.kyf.state = KyfState::Consented;
    bid.kyf.fields = {KyfField::LegalName, KyfField::Over18};
    bid.kyf.deadline = at(6, 10);
    bid.meeting.id = QStringLiteral("mtg_42");
    bid.meeting.proposalId = QStringLiteral("msg_9");
    bid.meeting.terms = sampleTerms(false);
    bid.version = 7;
    bid.updatedAt = at(5, 9, 30);
    return bid;
}

Bid aiBid()
{
    Bid bid = pendingBid();
    bid.id = QStringLiteral("bid_a1");
    bid.creatorHandle = QStringLiteral("nova-ai");
    bid.amount = money(QStringLiteral("25.000000"), QStringLiteral("USDC"));
    bid.status = BidStatus::Accepted;
    bid.escrow = escrowStateFor(bid.status);
    AiSession session;
    session.format = SessionFormat::VoiceCall;
    session.accountTier = AccountTier::Plus;
    session.durationMinutes = 20;
    session.tierPrice = money(QStringLiteral("25.000000"), QStringLiteral("USDC"));
    bid.session = session;
    return bid;
}

ChatMessage textMessage()
{
    ChatMessage message;
    message.id = QStringLiteral("msg_1");
    message.bidId = QStringLiteral("bid_1c0ffee");
    message.sender = ChatSender::Fan;
    message.senderName = QStringLiteral("Ana");
    message.text = QStringLiteral("Hi! Would Friday work? \U0001F600");
    message.clientId = QStringLiteral("c-81f2");
    message.sentAt = at(5, 8, 15);
    return message;
}

ChatMessage proposalMessage()
{
    ChatMessage message = textMessage();
    message.id = QStringLiteral("msg_9");
    message.sender = ChatSender::Creator;
    message.senderName = QStringLiteral("Demo Creator");
    message.text = QStringLiteral("How about this?");
    message.proposal = sampleTerms(true);
    return message;
}

CreatorSettings personSettings()
{
    CreatorSettings settings;
    settings.minimumBids = {money(QStringLiteral("50.00"), QStringLiteral("EUR"))};
    settings.kyfRequired = true;
    settings.kyfFields = {KyfField::LegalName, KyfField::Country};
    return settings;
}

CreatorSettings aiSettings()
{
    CreatorSettings settings;
    settings.kind = AccountKind::Ai;
    settings.personaName = QStringLiteral("Nova");
    AiTier tier;
    tier.format = SessionFormat::VideoAvatar;
    tier.accountTier = AccountTier::Premium;
    tier.durationMinutes = 15;
    tier.price = money(QStringLiteral("40.000000"), QStringLiteral("USDC"));
    settings.aiTiers = {tier};
    return settings;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

class CorpusWriter
{
public:
    explicit CorpusWriter(QString root) : m_root(std::move(root)) {}

    void write(const QString &target, const QString &name, const QByteArray &bytes)
    {
        const QString folder = m_root + QLatin1Char('/') + target;
        QDir().mkpath(folder);
        QFile file(folder + QLatin1Char('/') + name);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "failed to write %s: %s\n", qUtf8Printable(file.fileName()),
                         qUtf8Printable(file.errorString()));
            m_failed = true;
        }
    }

    void writeApi(fuzz::ApiReader reader, int index, const QByteArray &body)
    {
        const QString name = QStringLiteral("%1-%2.bin").arg(fuzz::readerName(reader)).arg(index);
        write(QStringLiteral("apijson"), name, char(static_cast<quint8>(reader)) + body);
    }

    bool failed() const { return m_failed; }

private:
    QString m_root;
    bool m_failed = false;
};

void writePassSeeds(CorpusWriter &out)
{
    QFile golden(QStringLiteral(MESI_SOURCE_DIR "/tests/data/pass-v1.txt"));
    if (golden.open(QIODevice::ReadOnly))
        out.write(QStringLiteral("pass"), QStringLiteral("golden.txt"), golden.readAll().trimmed());

    const pass::SigningKey key = fuzz::fixtureKey();
    pass::PassClaims still = fuzz::fixtureClaims();
    still.stepSeconds = 0;
    still.step = 0;
    out.write(QStringLiteral("pass"), QStringLiteral("still.txt"),
              pass::issuePass(still, key).value().toUtf8());

    pass::PassClaims otherFan = fuzz::fixtureClaims();
    otherFan.fanId = QStringLiteral("fan_\u00e9\u00e8");
    out.write(QStringLiteral("pass"), QStringLiteral("otherfan.txt"),
              pass::issuePass(otherFan, key).value().toUtf8());

    const pass::SigningKey revoked = pass::SigningKey::fromSeed(QByteArray(32, '\x33')).value();
    out.write(QStringLiteral("pass"), QStringLiteral("revoked.txt"),
              pass::issuePass(fuzz::fixtureClaims(), revoked).value().toUtf8());
}

void writeApiSeeds(CorpusWriter &out)
{
    using fuzz::ApiReader;
    const QList<Bid> bids{pendingBid(), scheduledBid(), aiBid()};
    QJsonArray bidItems;
    for (int i = 0; i < bids.size(); ++i) {
        out.writeApi(ApiReader::Bid, i, compact(contract::toJson(bids.at(i))));
        bidItems.append(contract::toJson(bids.at(i)));
    }
    out.writeApi(ApiReader::BidPage, 0,
                 compact(QJsonObject{{QStringLiteral("items"), bidItems},
                                     {QStringLiteral("nextCursor"), QStringLiteral("eyJvIjozfQ")},
                                     {QStringLiteral("eventSeq"), 41}}));

    const QList<ChatMessage> messages{textMessage(), proposalMessage()};
    QJsonArray messageItems;
    for (int i = 0; i < messages.size(); ++i) {
        out.writeApi(ApiReader::ChatMessage, i, compact(contract::toJson(messages.at(i))));
        messageItems.append(contract::toJson(messages.at(i)));
    }
    out.writeApi(ApiReader::MessagePage, 0,
                 compact(QJsonObject{{QStringLiteral("items"), messageItems}}));

    out.writeApi(ApiReader::MeetingTerms, 0, compact(contract::toJson(sampleTerms(false))));
    out.writeApi(ApiReader::MeetingTerms, 1, compact(contract::toJson(sampleTerms(true))));
    out.writeApi(ApiReader::Meeting, 0, compact(contract::toJson(scheduledBid().meeting)));
    out.writeApi(ApiReader::KyfRequest, 0, compact(contract::toJson(scheduledBid().kyf)));
    const KyfAnswers answers{{KyfField::LegalName, QStringLiteral("Ana María Pérez")},
                             {KyfField::Over18, QStringLiteral("true")},
                             {KyfField::Country, QStringLiteral("ES")}};
    out.writeApi(ApiReader::KyfAnswers, 0, compact(contract::toJson(answers)));
    out.writeApi(ApiReader::AiSession, 0, compact(contract::toJson(*aiBid().session)));
    out.writeApi(ApiReader::CreatorSettings, 0, compact(contract::toJson(personSettings())));
    out.writeApi(ApiReader::CreatorSettings, 1, compact(contract::toJson(aiSettings())));
    out.writeApi(ApiReader::ErrorBody, 0,
                 compact(contract::errorBody(QStringLiteral("invalid_field"),
                                             QStringLiteral("amount must be positive"),
                                             QStringLiteral("amount"))));
}

void writeEventSeeds(CorpusWriter &out)
{
    const auto event = [](contract::EventType type, qint64 seq, const QJsonObject &data) {
        contract::Event value;
        value.type = type;
        value.seq = seq;
        value.occurredAt = at(5, 9, 30);
        value.data = data;
        return compact(contract::toJson(value));
    };
    out.write(QStringLiteral("events"), QStringLiteral("ready.json"),
              compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("ready")},
                                  {QStringLiteral("seq"), 41}}));
    out.write(QStringLiteral("events"), QStringLiteral("resync.json"),
              compact(QJsonObject{{QStringLiteral("type"), QStringLiteral("resync")},
                                  {QStringLiteral("seq"), 90}}));
    out.write(QStringLiteral("events"), QStringLiteral("bid-created.json"),
              event(contract::EventType::BidCreated, 42, contract::toJson(pendingBid())));
    out.write(QStringLiteral("events"), QStringLiteral("bid-updated.json"),
              event(contract::EventType::BidUpdated, 43, contract::toJson(scheduledBid())));
    out.write(QStringLiteral("events"), QStringLiteral("message-created.json"),
              event(contract::EventType::MessageCreated, 44, contract::toJson(proposalMessage())));
    out.write(QStringLiteral("events"), QStringLiteral("settings-updated.json"),
              event(contract::EventType::SettingsUpdated, 45, contract::toJson(aiSettings())));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: mesi-fuzz-corpus CORPUS_DIR\n"
                             "Writes the seed corpus of every fuzz target into CORPUS_DIR/<target>/.\n");
        return 2;
    }

    CorpusWriter out(arguments.at(1));
    writePassSeeds(out);
    writeApiSeeds(out);
    writeEventSeeds(out);
    return out.failed() ? 1 : 0;
}
