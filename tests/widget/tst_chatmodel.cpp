#include "ui/chatmodel.h"

#include "sync/chatrepository.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace mesi;
using mesi::ui::ChatModel;

namespace {

const QDateTime BaseTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);

ChatMessage makeMessage(const QString &id, const QString &bidId, int minutesAfterBase,
                        ChatSender sender = ChatSender::Fan)
{
    ChatMessage message;
    message.id = id;
    message.bidId = bidId;
    message.sender = sender;
    message.senderName = sender == ChatSender::Fan ? QStringLiteral("Ava") : QStringLiteral("Demo");
    message.text = QStringLiteral("Text of ") + id;
    message.sentAt = BaseTime.addSecs(60 * minutesAfterBase);
    return message;
}

QStringList idsInOrder(const ChatModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row).data(ChatModel::MessageIdRole).toString());
    return ids;
}

} // namespace

class TestChatModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsOnlySelectedBid();
    void ordersByServerTime_data();
    void ordersByServerTime();
    void duplicateMessageIsStoredOnce();
    void rolesDescribeMessage();
    void untrustedTextMadeSafe();
    void clearedRepositoryEmptiesModel();
};

void TestChatModel::showsOnlySelectedBid()
{
    sync::ChatRepository repository;
    ChatModel model(&repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    repository.add(makeMessage(QStringLiteral("m1"), QStringLiteral("bid_a"), 1));
    repository.add(makeMessage(QStringLiteral("m2"), QStringLiteral("bid_b"), 2));
    QCOMPARE(model.rowCount(), 0);

    model.setBidId(QStringLiteral("bid_a"));
    QCOMPARE(idsInOrder(model), QStringList{QStringLiteral("m1")});

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    repository.add(makeMessage(QStringLiteral("m3"), QStringLiteral("bid_b"), 3));
    QCOMPARE(inserted.count(), 0);
    repository.add(makeMessage(QStringLiteral("m4"), QStringLiteral("bid_a"), 4));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(idsInOrder(model), (QStringList{QStringLiteral("m1"), QStringLiteral("m4")}));

    model.setBidId(QStringLiteral("bid_b"));
    QCOMPARE(idsInOrder(model), (QStringList{QStringLiteral("m2"), QStringLiteral("m3")}));

    model.setBidId(QString());
    QCOMPARE(model.rowCount(), 0);
}

void TestChatModel::ordersByServerTime_data()
{
    QTest::addColumn<QList<int>>("minutes");
    QTest::addColumn<QStringList>("expectedIds");

    // Ids name the minute, so the expected order is the order of the names.
    QTest::newRow("in order") << QList<int>{1, 2, 3}
                              << QStringList{QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3")};
    QTest::newRow("reversed") << QList<int>{3, 2, 1}
                              << QStringList{QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3")};
    QTest::newRow("late arrival in the middle")
        << QList<int>{1, 5, 3}
        << QStringList{QStringLiteral("t1"), QStringLiteral("t3"), QStringLiteral("t5")};
}

void TestChatModel::ordersByServerTime()
{
    QFETCH(QList<int>, minutes);
    QFETCH(QStringList, expectedIds);

    sync::ChatRepository repository;
    ChatModel model(&repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBidId(QStringLiteral("bid_a"));

    for (int minute : std::as_const(minutes))
        repository.add(makeMessage(QStringLiteral("t%1").arg(minute), QStringLiteral("bid_a"), minute));

    QCOMPARE(idsInOrder(model), expectedIds);
}

void TestChatModel::duplicateMessageIsStoredOnce()
{
    sync::ChatRepository repository;
    ChatModel model(&repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBidId(QStringLiteral("bid_a"));

    repository.add(makeMessage(QStringLiteral("m1"), QStringLiteral("bid_a"), 1));
    repository.add(makeMessage(QStringLiteral("m1"), QStringLiteral("bid_a"), 1));

    QCOMPARE(model.rowCount(), 1);
}

void TestChatModel::rolesDescribeMessage()
{
    sync::ChatRepository repository;
    ChatModel model(&repository);
    const ChatMessage message =
        makeMessage(QStringLiteral("m1"), QStringLiteral("bid_a"), 30, ChatSender::Creator);
    repository.add(message);
    model.setBidId(QStringLiteral("bid_a"));

    const QModelIndex index = model.index(0);
    const QString time = QLocale().toString(message.sentAt.toLocalTime(), QLocale::ShortFormat);
    QCOMPARE(index.data(ChatModel::SenderRole).value<ChatSender>(), ChatSender::Creator);
    QCOMPARE(index.data(ChatModel::SenderNameRole).toString(), QStringLiteral("Demo"));
    QCOMPARE(index.data(ChatModel::TextRole).toString(), QStringLiteral("Text of m1"));
    QCOMPARE(index.data(ChatModel::SentAtRole).toDateTime(), message.sentAt);
    QCOMPARE(index.data(ChatModel::SentAtTextRole).toString(), time);
    // The sender's name is isolated, so a right-to-left name cannot reorder the time after it.
    QCOMPARE(index.data().toString(), QStringLiteral("\u2068Demo\u2069, %1\nText of m1").arg(time));
}

void TestChatModel::untrustedTextMadeSafe()
{
    sync::ChatRepository repository;
    ChatModel model(&repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBidId(QStringLiteral("bid_a"));
    ChatMessage message = makeMessage(QStringLiteral("m1"), QStringLiteral("bid_a"), 1);
    message.senderName = QStringLiteral("\u0633\u0627\u0631\u0629\u202E");
    message.text = QStringLiteral("see you at \u202E00:81\u202C\nZ") + QString(20, QChar(0x0301));
    repository.add(message);

    const QModelIndex index = model.index(0);
    QCOMPARE(index.data(ChatModel::SenderNameRole).toString(), QStringLiteral("\u0633\u0627\u0631\u0629"));
    const QString safeText = QStringLiteral("see you at 00:81\nZ") + QString(4, QChar(0x0301));
    QCOMPARE(index.data(ChatModel::TextRole).toString(), safeText);
    // The name sits inside the row's text, so it is isolated there.
    QVERIFY2(index.data(Qt::DisplayRole).toString().startsWith(
                 QStringLiteral("\u2068\u0633\u0627\u0631\u0629\u2069, ")),
             qPrintable(index.data(Qt::DisplayRole).toString()));
    QVERIFY(index.data(Qt::DisplayRole).toString().endsWith(safeText));
}

void TestChatModel::clearedRepositoryEmptiesModel()
{
    sync::ChatRepository repository;
    ChatModel model(&repository);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBidId(QStringLiteral("bid_a"));
    repository.add(makeMessage(QStringLiteral("m1"), QStringLiteral("bid_a"), 1));
    QCOMPARE(model.rowCount(), 1);

    repository.clear();

    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.bidId(), QStringLiteral("bid_a"));
}

QTEST_GUILESS_MAIN(TestChatModel)
#include "tst_chatmodel.moc"
