<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>mesi-console: profile &apos;%1&apos; does not exist yet; creating it with its settings in %2 and its data in %3
</source>
        <translation>mesi-console: Profil &apos;%1&apos; existiert noch nicht; es wird mit den Einstellungen in %2 und den Daten in %3 angelegt
</translation>
    </message>
    <message>
        <source>mesi-console: a console for profile &apos;%1&apos; is already running; its window was brought forward
</source>
        <translation>mesi-console: für das Profil &apos;%1&apos; läuft bereits eine Konsole; ihr Fenster wurde in den Vordergrund geholt
</translation>
    </message>
</context>
<context>
    <name>mesi::desktop::CommandLine</name>
    <message>
        <source>Review, accept and reject Bid-to-Meet bids, and chat with fans.</source>
        <translation>Bid-to-Meet-Gebote prüfen, annehmen und ablehnen und mit Fans chatten.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Diese Hilfe ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Start a local demo sandbox on a free loopback port and sign in to it as the demo creator.</source>
        <translation>Eine lokale Demo-Sandbox auf einem freien Loopback-Port starten und sich dort als Demo-Creator anmelden.</translation>
    </message>
    <message>
        <source>Mesi API address to prefill in the sign-in dialog.</source>
        <translation>Adresse der Mesi-API, die im Anmeldedialog vorausgefüllt wird.</translation>
    </message>
    <message>
        <source>Creator handle to prefill in the sign-in dialog.</source>
        <translation>Creator-Handle, das im Anmeldedialog vorausgefüllt wird.</translation>
    </message>
    <message>
        <source>Profile to use, with its own settings, data and window; one console runs per profile. Use letters, digits, &apos;-&apos; and &apos;_&apos;. A name not used before creates a new profile. Default: &apos;%1&apos;.</source>
        <translation>Zu verwendendes Profil mit eigenen Einstellungen, Daten und eigenem Fenster; pro Profil läuft eine Konsole. Erlaubt sind Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;. Ein neuer Name legt ein neues Profil an. Standard: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>With --sandbox: seconds between simulated fan bids; 0 turns them off (default 8).</source>
        <translation>Mit --sandbox: Sekunden zwischen simulierten Fan-Geboten; 0 schaltet sie ab (Standard 8).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; mesi-console takes options only</source>
        <translation>unerwartetes Argument &apos;%1&apos;; mesi-console nimmt nur Optionen an</translation>
    </message>
    <message>
        <source>invalid --demo-fan-interval &apos;%1&apos;; use a whole number of seconds, 0 or more</source>
        <translation>ungültiges --demo-fan-interval &apos;%1&apos;; geben Sie eine ganze Zahl von Sekunden an, 0 oder mehr</translation>
    </message>
    <message>
        <source>use either --sandbox or --api-url, not both</source>
        <translation>verwenden Sie entweder --sandbox oder --api-url, nicht beides</translation>
    </message>
</context>
<context>
    <name>mesi::desktop::LogFile</name>
    <message>
        <source>could not create the log folder %1</source>
        <translation>der Protokollordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>could not open the log file %1: %2</source>
        <translation>die Protokolldatei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>mesi::desktop::Profile</name>
    <message>
        <source>invalid profile name &apos;%1&apos;: %2</source>
        <translation>ungültiger Profilname &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>use at most %1 characters</source>
        <translation>verwenden Sie höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>use only letters A-Z and a-z, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>verwenden Sie nur die Buchstaben A-Z und a-z, Ziffern, &apos;-&apos; und &apos;_&apos;</translation>
    </message>
    <message>
        <source>could not create the profile folder %1</source>
        <translation>der Profilordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>could not create the settings folder %1</source>
        <translation>der Einstellungsordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>could not write the settings file %1</source>
        <translation>die Einstellungsdatei %1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>mesi::desktop::SingleInstance</name>
    <message>
        <source>could not create the lock file %1</source>
        <translation>die Sperrdatei %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>could not listen on the local socket %1: %2</source>
        <translation>am lokalen Socket %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>the console running for profile &apos;%1&apos; did not answer on %2: %3</source>
        <translation>die laufende Konsole des Profils &apos;%1&apos; hat auf %2 nicht geantwortet: %3</translation>
    </message>
    <message>
        <source>the console running for profile &apos;%1&apos; did not confirm the request to come forward</source>
        <translation>die laufende Konsole des Profils &apos;%1&apos; hat die Bitte, in den Vordergrund zu kommen, nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>mesi::sync::CreatorSession</name>
    <message>
        <source>Could not save changes for offline use: %1</source>
        <translation>Änderungen konnten nicht für die Offline-Nutzung gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not load unsent actions: %1</source>
        <translation>Nicht gesendete Aktionen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load bids: %1</source>
        <translation>Gebote konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Skipped a bid from the server: %1</source>
        <translation>Ein Gebot vom Server wurde übersprungen: %1</translation>
    </message>
    <message>
        <source>Could not save bids for offline use: %1</source>
        <translation>Gebote konnten nicht für die Offline-Nutzung gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Skipped an update from the server: %1</source>
        <translation>Eine Aktualisierung vom Server wurde übersprungen: %1</translation>
    </message>
    <message>
        <source>Skipped a chat message from the server: %1</source>
        <translation>Eine Chatnachricht vom Server wurde übersprungen: %1</translation>
    </message>
    <message>
        <source>A message was not sent: %1</source>
        <translation>Eine Nachricht wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Unsent actions wait until you sign in again: %1</source>
        <translation>Nicht gesendete Aktionen warten, bis Sie sich erneut anmelden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Unsent actions wait for the server; next try in %n second(s): %1</source>
        <translation>
            <numerusform>Nicht gesendete Aktionen warten auf den Server; nächster Versuch in %n Sekunde: %1</numerusform>
            <numerusform>Nicht gesendete Aktionen warten auf den Server; nächster Versuch in %n Sekunden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>The reason has %1 characters; shorten it to at most %2.</source>
        <translation>Die Begründung hat %1 Zeichen; kürzen Sie sie auf höchstens %2.</translation>
    </message>
    <message>
        <source>The message has %1 characters; shorten it to at most %2.</source>
        <translation>Die Nachricht hat %1 Zeichen; kürzen Sie sie auf höchstens %2.</translation>
    </message>
</context>
<context>
    <name>mesi::sync::Outbox</name>
    <message>
        <source>Outbox entry %1 is not in the outbox any more; it was sent or removed already.</source>
        <translation>Der Eintrag %1 ist nicht mehr im Postausgang; er wurde bereits gesendet oder entfernt.</translation>
    </message>
    <message>
        <source>It is already on its way to the server and can no longer be cancelled.</source>
        <translation>Sie ist bereits auf dem Weg zum Server und kann nicht mehr abgebrochen werden.</translation>
    </message>
</context>
<context>
    <name>mesi::sync::SandboxProcess</name>
    <message>
        <source>The demo sandbox did not report its address within %1 seconds.</source>
        <translation>Die Demo-Sandbox hat ihre Adresse nicht innerhalb von %1 Sekunden gemeldet.</translation>
    </message>
    <message>
        <source>Could not start the demo sandbox &apos;%1&apos;: %2. Reinstall Mesi Creator Console or start it with --api-url.</source>
        <translation>Die Demo-Sandbox &apos;%1&apos; konnte nicht gestartet werden: %2. Installieren Sie Mesi Creator Console neu oder starten Sie es mit --api-url.</translation>
    </message>
    <message>
        <source>The demo sandbox stopped with exit code %1 before it was ready: %2</source>
        <translation>Die Demo-Sandbox wurde mit dem Exit-Code %1 beendet, bevor sie bereit war: %2</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>The demo sandbox printed &apos;%1&apos; instead of its address.</source>
        <translation>Die Demo-Sandbox hat &apos;%1&apos; statt ihrer Adresse ausgegeben.</translation>
    </message>
    <message>
        <source>see %1</source>
        <translation>siehe %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::BidDetailPane</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Bid Details</source>
        <translation>Gebotsdetails</translation>
    </message>
    <message>
        <source>Fan:</source>
        <translation>Fan:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Escrow:</source>
        <translation>Treuhand:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Eingegangen:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>Angegebene Begründung:</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Accept bid</source>
        <translation>Gebot annehmen</translation>
    </message>
    <message>
        <source>Accepts the selected bid and opens a chat with the fan.</source>
        <translation>Nimmt das ausgewählte Gebot an und öffnet einen Chat mit dem Fan.</translation>
    </message>
    <message>
        <source>Accept this bid and open a chat with the fan (Alt+A)</source>
        <translation>Dieses Gebot annehmen und einen Chat mit dem Fan öffnen (Alt+A)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>Ab&amp;lehnen…</translation>
    </message>
    <message>
        <source>Reject bid</source>
        <translation>Gebot ablehnen</translation>
    </message>
    <message>
        <source>Asks for an optional reason, rejects the selected bid and refunds the escrow.</source>
        <translation>Fragt nach einer optionalen Begründung, lehnt das ausgewählte Gebot ab und erstattet die Treuhand zurück.</translation>
    </message>
    <message>
        <source>Reject this bid and refund the fan (Alt+R)</source>
        <translation>Dieses Gebot ablehnen und dem Fan erstatten (Alt+L)</translation>
    </message>
    <message>
        <source>Undo or dismiss your answer</source>
        <translation>Ihre Antwort rückgängig machen oder verwerfen</translation>
    </message>
    <message>
        <source>Cancels an answer that has not been sent yet, or dismisses one the server rejected.</source>
        <translation>Bricht eine noch nicht gesendete Antwort ab oder verwirft eine, die der Server abgelehnt hat.</translation>
    </message>
    <message>
        <source>Action error</source>
        <translation>Aktionsfehler</translation>
    </message>
    <message>
        <source>Only pending bids can be accepted or rejected.</source>
        <translation>Nur ausstehende Gebote können angenommen oder abgelehnt werden.</translation>
    </message>
    <message>
        <source>Select a bid in the inbox to see its details.</source>
        <translation>Wählen Sie im Posteingang ein Gebot aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>This bid is no longer in the inbox.</source>
        <translation>Dieses Gebot ist nicht mehr im Posteingang.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>%1 (your answer was not accepted: %2)</source>
        <translation>%1 (Ihre Antwort wurde nicht angenommen: %2)</translation>
    </message>
    <message>
        <source>%1 (your answer waits to be sent)</source>
        <translation>%1 (Ihre Antwort wartet auf das Senden)</translation>
    </message>
    <message>
        <source>%1 (sending your answer…)</source>
        <translation>%1 (Ihre Antwort wird gesendet…)</translation>
    </message>
    <message>
        <source>Your answer was not sent: %1</source>
        <translation>Ihre Antwort wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>mesi::ui::BidInboxModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (updating…)</source>
        <translation>%1 (wird aktualisiert…)</translation>
    </message>
    <message>
        <source>Fan</source>
        <translation>Fan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Escrow</source>
        <translation>Treuhand</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>accept failed: %1</source>
        <translation>Annehmen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>reject failed: %1</source>
        <translation>Ablehnen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>accept waiting to send</source>
        <comment>outbox state of an answer</comment>
        <translation>Annahme wartet auf das Senden</translation>
    </message>
    <message>
        <source>reject waiting to send</source>
        <comment>outbox state of an answer</comment>
        <translation>Ablehnung wartet auf das Senden</translation>
    </message>
</context>
<context>
    <name>mesi::ui::BidText</name>
    <message>
        <source>Pending</source>
        <comment>bid status</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>bid status</comment>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>bid status</comment>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>bid status</comment>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>bid status</comment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>bid status</comment>
        <translation>Terminiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>bid status</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>bid status</comment>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>escrow state</comment>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Released to you</source>
        <translation>An Sie freigegeben</translation>
    </message>
    <message>
        <source>Refunded to fan</source>
        <translation>An den Fan erstattet</translation>
    </message>
    <message>
        <source>The chat with the fan opens when you accept this bid.</source>
        <translation>Der Chat mit dem Fan öffnet sich, wenn Sie dieses Gebot annehmen.</translation>
    </message>
    <message>
        <source>You rejected this bid, so it has no chat.</source>
        <translation>Sie haben dieses Gebot abgelehnt, daher hat es keinen Chat.</translation>
    </message>
    <message>
        <source>The fan withdrew this bid before you answered, so it has no chat.</source>
        <translation>Der Fan hat dieses Gebot vor Ihrer Antwort zurückgezogen, daher hat es keinen Chat.</translation>
    </message>
    <message>
        <source>This bid expired before you answered, so it has no chat.</source>
        <translation>Dieses Gebot ist vor Ihrer Antwort abgelaufen, daher hat es keinen Chat.</translation>
    </message>
    <message>
        <source>The meeting took place; the chat is read-only now.</source>
        <translation>Das Treffen hat stattgefunden; der Chat ist jetzt schreibgeschützt.</translation>
    </message>
    <message>
        <source>The meeting was cancelled; the chat is read-only now.</source>
        <translation>Das Treffen wurde abgesagt; der Chat ist jetzt schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::ChatMessageDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · not sent: %2</source>
        <translation>%1 · nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1 · 🕒 waiting to send</source>
        <comment>outbox state of a chat message</comment>
        <translation>%1 · 🕒 wartet auf das Senden</translation>
    </message>
</context>
<context>
    <name>mesi::ui::ChatModel</name>
    <message>
        <source>%1, %2
%3</source>
        <translation>%1, %2
%3</translation>
    </message>
</context>
<context>
    <name>mesi::ui::ChatPane</name>
    <message>
        <source>The chat could not be loaded: %1</source>
        <translation>Der Chat konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>Chatnachrichten</translation>
    </message>
    <message>
        <source>Messages with the fan, oldest first.</source>
        <translation>Nachrichten mit dem Fan, älteste zuerst.</translation>
    </message>
    <message>
        <source>Write to the fan and press Enter</source>
        <translation>Schreiben Sie dem Fan und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <source>Message to the fan</source>
        <translation>Nachricht an den Fan</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Send the message (Enter or Alt+S)</source>
        <translation>Nachricht senden (Enter oder Alt+S)</translation>
    </message>
    <message>
        <source>Chat error</source>
        <translation>Chatfehler</translation>
    </message>
    <message>
        <source>Select a bid to see its chat.</source>
        <translation>Wählen Sie ein Gebot aus, um seinen Chat zu sehen.</translation>
    </message>
    <message>
        <source>Your message was not sent: %1</source>
        <translation>Ihre Nachricht wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>The message could not be cancelled: %1</source>
        <translation>Die Nachricht konnte nicht abgebrochen werden: %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::ConnectionIndicator</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Mesi API at %1</source>
        <translation>Mesi-API unter %1</translation>
    </message>
    <message>
        <source>Offline, next attempt in %1 s</source>
        <translation>Offline, nächster Versuch in %1 s</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Offline, trying again now</source>
        <translation>Offline, neuer Versuch läuft</translation>
    </message>
</context>
<context>
    <name>mesi::ui::ConsoleStartup</name>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not sign in to the demo sandbox: %1</source>
        <translation>Anmeldung an der Demo-Sandbox fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Demo sandbox failed</source>
        <translation>Demo-Sandbox fehlgeschlagen</translation>
    </message>
    <message>
        <source>You are offline: the window shows the bids and chats saved on this computer, and your actions wait in the outbox. Sign in to send them and receive new bids.</source>
        <translation>Sie sind offline: Das Fenster zeigt die auf diesem Computer gespeicherten Gebote und Chats, und Ihre Aktionen warten im Postausgang. Melden Sie sich an, um sie zu senden und neue Gebote zu erhalten.</translation>
    </message>
    <message>
        <source>Demo sandbox running at %1
Play a fan in another terminal, for example:
  %2 --api %1 --fan Lena bid --creator demo --amount 120.00 --asset USD
</source>
        <translation>Demo-Sandbox läuft unter %1
Spielen Sie in einem anderen Terminal einen Fan, zum Beispiel:
  %2 --api %1 --fan Lena bid --creator demo --amount 120.00 --asset USD
</translation>
    </message>
</context>
<context>
    <name>mesi::ui::DesktopNotifier</name>
    <message>
        <source>&amp;Show Mesi Creator Console</source>
        <translation>Mesi Creator Console &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n unread</source>
        <translation>
            <numerusform>%1 — %n ungelesen</numerusform>
            <numerusform>%1 — %n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>New bid from %1</source>
        <translation>Neues Gebot von %1</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Nachricht von %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::MainWindow</name>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>Sta&amp;tus:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Shows only the bids in the chosen status.</source>
        <translation>Zeigt nur die Gebote im gewählten Status.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Bid inbox</source>
        <translation>Gebots-Posteingang</translation>
    </message>
    <message>
        <source>Bids from fans, newest first. Select a bid to see its details and chat.</source>
        <translation>Gebote von Fans, neueste zuerst. Wählen Sie ein Gebot aus, um Details und Chat zu sehen.</translation>
    </message>
    <message>
        <source>Inbox columns</source>
        <translation>Posteingangsspalten</translation>
    </message>
    <message>
        <source>Click a column to sort by it, drag it to move or resize it, and right-click it to choose the columns shown.</source>
        <translation>Klicken Sie auf eine Spalte, um danach zu sortieren, ziehen Sie sie, um sie zu verschieben oder ihre Breite zu ändern, und klicken Sie mit der rechten Maustaste, um die angezeigten Spalten zu wählen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>A&amp;nmelden…</translation>
    </message>
    <message>
        <source>Sign in again to send queued actions and receive new bids</source>
        <translation>Erneut anmelden, um wartende Aktionen zu senden und neue Gebote zu erhalten</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Bid</source>
        <translation>&amp;Gebot</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>Ab&amp;lehnen…</translation>
    </message>
    <message>
        <source>&amp;Send Message</source>
        <translation>Nachricht &amp;senden</translation>
    </message>
    <message>
        <source>Open &amp;Chat</source>
        <translation>&amp;Chat öffnen</translation>
    </message>
    <message>
        <source>Go to &amp;Inbox</source>
        <translation>Zum &amp;Posteingang</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Mesi Creator Console</source>
        <translation>Ü&amp;ber Mesi Creator Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) in the inbox</source>
        <translation>
            <numerusform>%n Gebot im Posteingang</numerusform>
            <numerusform>%n Gebote im Posteingang</numerusform>
        </translation>
    </message>
    <message>
        <source>New bid of %1 from %2.</source>
        <translation>Neues Gebot über %1 von %2.</translation>
    </message>
    <message>
        <source>Your answer to %1 was not sent: %2</source>
        <translation>Ihre Antwort auf %1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <source>Your message about %1 was not sent: %2</source>
        <translation>Ihre Nachricht zu %1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <source>The chat about %1 could not be loaded: %2</source>
        <translation>Der Chat zu %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Mesi Creator Console</source>
        <translation>Mesi Creator Console</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mesi Creator Console %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Review the bids of your fans, accept or reject them, and chat with the fans whose bids you accepted. Every amount is held in escrow until the meeting, and refunded when you reject a bid.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mesi Creator Console %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Prüfen Sie die Gebote Ihrer Fans, nehmen Sie sie an oder lehnen Sie sie ab, und chatten Sie mit den Fans, deren Gebote Sie angenommen haben. Jeder Betrag liegt bis zum Treffen in Treuhand und wird erstattet, wenn Sie ein Gebot ablehnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Log file: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Protokolldatei: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The log file is off. Turn on “Write a log file” in the settings to write it to %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Protokolldatei ist aus. Schalten Sie in den Einstellungen „Logdatei schreiben“ ein, um sie nach %1 zu schreiben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Settings file: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Einstellungsdatei: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Mesi Creator Console</source>
        <translation>Über Mesi Creator Console</translation>
    </message>
    <message>
        <source>bid %1</source>
        <translation>Gebot %1</translation>
    </message>
    <message>
        <source>the bid of %1 from %2</source>
        <translation>das Gebot über %1 von %2</translation>
    </message>
    <message>
        <source>Clear text</source>
        <translation>Text löschen</translation>
    </message>
    <message>
        <source>Select an accepted bid to open its chat.</source>
        <translation>Wählen Sie ein angenommenes Gebot aus, um seinen Chat zu öffnen.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::RejectDialog</name>
    <message>
        <source>Reject Bid</source>
        <translation>Gebot ablehnen</translation>
    </message>
    <message>
        <source>Reject the bid of %1? The escrow is refunded to the fan.</source>
        <translation>Das Gebot über %1 ablehnen? Die Treuhand wird dem Fan erstattet.</translation>
    </message>
    <message>
        <source>Reason for the fan (&amp;optional):</source>
        <translation>Begründung für den Fan (&amp;optional):</translation>
    </message>
    <message>
        <source>For example: I am travelling that month.</source>
        <translation>Zum Beispiel: Ich bin in dem Monat auf Reisen.</translation>
    </message>
    <message>
        <source>Reason for the fan</source>
        <translation>Begründung für den Fan</translation>
    </message>
    <message>
        <source>Optional. Shown to the fan with the rejection. At most %1 characters.</source>
        <translation>Optional. Wird dem Fan mit der Ablehnung angezeigt. Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Verwendete Zeichen</translation>
    </message>
    <message>
        <source>&amp;Reject Bid</source>
        <translation>Gebot &amp;ablehnen</translation>
    </message>
    <message>
        <source>Reject bid</source>
        <translation>Gebot ablehnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>mesi::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the console&apos;s texts, dates and amounts. It changes at once.</source>
        <translation>Die Sprache der Texte, Datumsangaben und Beträge der Konsole. Sie wechselt sofort.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notify me of new &amp;bids</source>
        <translation>Über neue &amp;Gebote benachrichtigen</translation>
    </message>
    <message>
        <source>Shows a desktop notification for each new bid.</source>
        <translation>Zeigt für jedes neue Gebot eine Desktop-Benachrichtigung.</translation>
    </message>
    <message>
        <source>Notify me of new chat &amp;messages</source>
        <translation>Über neue &amp;Chatnachrichten benachrichtigen</translation>
    </message>
    <message>
        <source>Shows a desktop notification for each message a fan writes.</source>
        <translation>Zeigt für jede Nachricht eines Fans eine Desktop-Benachrichtigung.</translation>
    </message>
    <message>
        <source>Play a &amp;sound for new bids</source>
        <translation>&amp;Ton bei neuen Geboten abspielen</translation>
    </message>
    <message>
        <source>Turn this off to mute the new-bid sound.</source>
        <translation>Schalten Sie dies aus, um den Ton für neue Gebote stummzuschalten.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so notifications are not shown; the sound still plays.</source>
        <translation>Dieser Desktop hat keinen Infobereich, daher werden keine Benachrichtigungen angezeigt; der Ton wird weiterhin abgespielt.</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Fehlerbehebung</translation>
    </message>
    <message>
        <source>Write a &amp;log file</source>
        <translation>&amp;Logdatei schreiben</translation>
    </message>
    <message>
        <source>Also writes informational messages, for reporting a problem.</source>
        <translation>Schreibt auch Informationsmeldungen, um ein Problem zu melden.</translation>
    </message>
    <message>
        <source>Log file path</source>
        <translation>Pfad der Protokolldatei</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Einstellungen schließen</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>mesi::ui::SignInDialog</name>
    <message>
        <source>Address of the Mesi API, such as https://api.mesi.example, or http://127.0.0.1 with a port for a local sandbox.</source>
        <translation>Adresse der Mesi-API, etwa https://api.mesi.example, oder http://127.0.0.1 mit einem Port für eine lokale Sandbox.</translation>
    </message>
    <message>
        <source>Sign In to Mesi</source>
        <translation>Bei Mesi anmelden</translation>
    </message>
    <message>
        <source>Sign in with your creator account to review the bids of your fans.</source>
        <translation>Melden Sie sich mit Ihrem Creator-Konto an, um die Gebote Ihrer Fans zu prüfen.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>API address error</source>
        <translation>Fehler bei der API-Adresse</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Handle error</source>
        <translation>Fehler beim Handle</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password error</source>
        <translation>Fehler beim Passwort</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Handle:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>An&amp;melden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Enter your creator handle, such as demo.</source>
        <translation>Geben Sie Ihr Creator-Handle ein, etwa demo.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
</TS>
