#include "demosandbox.h"

#include "ui/biddetailpane.h"
#include "ui/bidfiltermodel.h"
#include "ui/bidinboxmodel.h"
#include "ui/mainwindow.h"
#include "ui/moneyformat.h"
#include "ui/settingsdialog.h"
#include "ui/translations.h"

#include "desktop/consolesettings.h"
#include "sandbox/sandboxserver.h"
#include "sync/creatorsession.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mesi;
using mesi::ui::BidInboxModel;

namespace {

constexpr int SeededBidCount = 12;
constexpr int NetworkTimeoutMs = 10000;

} // namespace

/// Switching the interface language while the main window is open, against a real sandbox.
class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void shipsEmbeddedTranslations();
    void settingsDialogSwitchesToGerman();
    void switchesBackToEnglish();
    void missingTranslationFallsBack();
    void brokenTranslationFallsBack();

private:
    QStringList menuTitles() const;
    QString headerText(int column) const;
    QModelIndex pendingRow() const;

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<sync::CreatorSession> m_session;
    std::unique_ptr<desktop::ConsoleSettings> m_settings;
    std::unique_ptr<ui::Translations> m_translations;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_pendingBidId;
};

void TestLanguageSwitch::initTestCase()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());

    Result<std::unique_ptr<sandbox::SandboxServer>> server = testing::startDemoSandbox(m_dataDir->path());
    QVERIFY2(server.ok(), qPrintable(server.ok() ? QString() : server.error().message));
    m_server = std::move(server).value();

    m_session = std::make_unique<sync::CreatorSession>(m_server->url());
    const Result<void> signedIn = testing::signInAsDemo(*m_session, NetworkTimeoutMs);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.ok() ? QString() : signedIn.error().message));

    m_settings = std::make_unique<desktop::ConsoleSettings>(m_dataDir->filePath(QStringLiteral("console.ini")));
    m_translations = std::make_unique<ui::Translations>();
    m_translations->follow(m_settings.get());
    QCOMPARE(m_translations->currentLanguage(), QStringLiteral("en"));

    m_window = std::make_unique<ui::MainWindow>(m_session.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->inboxView()->model()->rowCount(), SeededBidCount,
                              NetworkTimeoutMs);

    const QModelIndex pending = pendingRow();
    QVERIFY(pending.isValid());
    m_pendingBidId = pending.data(BidInboxModel::BidIdRole).toString();
    QVERIFY(m_window->selectBid(m_pendingBidId));
}

void TestLanguageSwitch::cleanupTestCase()
{
    m_window.reset();
    m_translations.reset();
    m_settings.reset();
    m_session.reset();
    m_server.reset();
    m_dataDir.reset();
}

QStringList TestLanguageSwitch::menuTitles() const
{
    QStringList titles;
    const QList<QAction *> actions = m_window->menuBar()->actions();
    for (const QAction *action : actions)
        titles.append(action->text());
    return titles;
}

QString TestLanguageSwitch::headerText(int column) const
{
    return m_window->inboxView()->model()->headerData(column, Qt::Horizontal).toString();
}

QModelIndex TestLanguageSwitch::pendingRow() const
{
    const QAbstractItemModel *model = m_window->inboxView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, BidInboxModel::StatusColumn);
        if (index.data(BidInboxModel::StatusRole).value<BidStatus>() == BidStatus::Pending)
            return index;
    }
    return {};
}

void TestLanguageSwitch::shipsEmbeddedTranslations()
{
    QCOMPARE(m_translations->availableLanguages(),
             (QStringList{QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"),
                          QStringLiteral("pt_BR")}));
}

void TestLanguageSwitch::settingsDialogSwitchesToGerman()
{
    QCOMPARE(menuTitles(), (QStringList{QStringLiteral("&File"), QStringLiteral("&View"),
                                        QStringLiteral("&Bid"), QStringLiteral("&Help")}));

    // The creator picks Deutsch in the open settings dialog, and no event loop runs before the checks.
    ui::SettingsDialog dialog(m_settings.get(), QStringLiteral("/tmp/mesi-console.log"), m_window.get());
    dialog.show();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Settings"));
    const int german = dialog.language()->findData(QStringLiteral("de"));
    QVERIFY(german > 0);
    dialog.language()->setCurrentIndex(german);

    QCOMPARE(m_settings->language(), QStringLiteral("de"));
    QCOMPARE(m_translations->currentLanguage(), QStringLiteral("de"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));

    QCOMPARE(menuTitles(), (QStringList{QStringLiteral("&Datei"), QStringLiteral("A&nsicht"),
                                        QStringLiteral("&Gebot"), QStringLiteral("&Hilfe")}));
    QCOMPARE(headerText(BidInboxModel::AmountColumn), QStringLiteral("Betrag"));
    QCOMPARE(headerText(BidInboxModel::ReceivedColumn), QStringLiteral("Eingegangen"));
    QCOMPARE(m_window->detailPane()->acceptButton()->text(), QStringLiteral("&Annehmen"));
    QCOMPARE(m_window->acceptAction()->text(), QStringLiteral("&Annehmen"));

    const QModelIndex status = m_window->filterModel()->indexOfBid(m_pendingBidId)
                                   .siblingAtColumn(BidInboxModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Ausstehend"));
    const auto *detailStatus = m_window->detailPane()->findChild<QLabel *>(QStringLiteral("detailStatus"));
    QVERIFY(detailStatus);
    QCOMPARE(detailStatus->text(), QStringLiteral("Ausstehend"));

    // Amounts follow the German locale, with a decimal comma.
    const QModelIndex amount = status.siblingAtColumn(BidInboxModel::AmountColumn);
    const auto money = amount.data(BidInboxModel::AmountRole).value<Money>();
    QCOMPARE(amount.data().toString(), ui::formatMoney(money, QLocale(QStringLiteral("de"))));
    QVERIFY2(amount.data().toString().contains(QLatin1Char(',')), qPrintable(amount.data().toString()));
    QCOMPARE(m_window->statusFilter()->itemText(0), QStringLiteral("Alle Status"));
}

void TestLanguageSwitch::switchesBackToEnglish()
{
    m_settings->setLanguage(QStringLiteral("en"));

    QCOMPARE(m_translations->currentLanguage(), QStringLiteral("en"));
    QCOMPARE(menuTitles(), (QStringList{QStringLiteral("&File"), QStringLiteral("&View"),
                                        QStringLiteral("&Bid"), QStringLiteral("&Help")}));
    QCOMPARE(headerText(BidInboxModel::AmountColumn), QStringLiteral("Amount"));
    QCOMPARE(m_window->detailPane()->acceptButton()->text(), QStringLiteral("&Accept"));
    const QModelIndex status = m_window->filterModel()->indexOfBid(m_pendingBidId)
                                   .siblingAtColumn(BidInboxModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Pending"));
}

void TestLanguageSwitch::missingTranslationFallsBack()
{
    // Japanese is a valid language without a shipped translation.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no readable translation for \"ja\"")));
    m_settings->setLanguage(QStringLiteral("ja"));

    QCOMPARE(m_translations->currentLanguage(), QStringLiteral("en"));
    QCOMPARE(menuTitles().constFirst(), QStringLiteral("&File"));
    QCOMPARE(headerText(BidInboxModel::AmountColumn), QStringLiteral("Amount"));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("unknown language \"xx-nonsense\"")));
    QCOMPARE(m_translations->setLanguage(QStringLiteral("xx-nonsense")), QStringLiteral("en"));
    m_settings->setLanguage(QString());
}

void TestLanguageSwitch::brokenTranslationFallsBack()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QFile broken(directory.filePath(QStringLiteral("mesi_de.qm")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    QVERIFY(broken.write("this is not a Qt translation file") > 0);
    broken.close();

    ui::Translations translations(directory.path());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no readable translation for \"de\"")));
    QCOMPARE(translations.setLanguage(QStringLiteral("de")), QStringLiteral("en"));
    QCOMPARE(menuTitles().constFirst(), QStringLiteral("&File"));
    QCOMPARE(m_window->detailPane()->acceptButton()->text(), QStringLiteral("&Accept"));
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
