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
    <name>mesi::api::ApiClient</name>
    <message>
        <source>The response to %1 has %2 bytes or more, over the limit of %3 bytes, so it was stopped. The server sent more than the API allows; try again later or report it to the server&apos;s operator.</source>
        <translation>Die Antwort auf %1 hat %2 Bytes oder mehr und überschreitet das Limit von %3 Bytes, daher wurde sie abgebrochen. Der Server hat mehr gesendet, als die API erlaubt; versuchen Sie es später erneut oder melden Sie es dem Betreiber des Servers.</translation>
    </message>
</context>
<context>
    <name>mesi::api::CertificateText</name>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Der Server hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from: %3
Valid until: %4
SHA-256 fingerprint: %5</source>
        <translation>Inhaber: %1
Aussteller: %2
Gültig ab: %3
Gültig bis: %4
SHA-256-Fingerabdruck: %5</translation>
    </message>
    <message>
        <source>unknown certificate error</source>
        <translation>unbekannter Zertifikatsfehler</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>The certificate of %1 failed verification (%2), so the connection was stopped. Check the address; if it is right, ask the server&apos;s operator to fix its certificate.</source>
        <translation>Das Zertifikat von %1 konnte nicht verifiziert werden (%2), daher wurde die Verbindung abgebrochen. Prüfen Sie die Adresse; wenn sie stimmt, bitten Sie den Betreiber des Servers, sein Zertifikat zu korrigieren.</translation>
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
    <name>mesi::sync::CreatorLifecycle</name>
    <message>
        <source>Creator Console on %1</source>
        <translation>Creator Console auf %1</translation>
    </message>
    <message>
        <source>bid %1 has no scheduled meeting, so it has no pass</source>
        <translation>Gebot %1 hat kein terminiertes Treffen und daher keinen Pass</translation>
    </message>
    <message>
        <source>this device&apos;s pass key is not registered with the server yet, so a fan&apos;s scan would be rejected; go online once to register it</source>
        <translation>der Pass-Schlüssel dieses Geräts ist noch nicht beim Server registriert, daher würde der Scan eines Fans abgelehnt; gehen Sie einmal online, um ihn zu registrieren</translation>
    </message>
    <message>
        <source>The note has %1 characters. Shorten it to at most %2.</source>
        <translation>Die Notiz hat %1 Zeichen. Kürzen Sie sie auf höchstens %2.</translation>
    </message>
    <message>
        <source>The reason has %1 characters. Give the fan a reason of 1 to %2 characters.</source>
        <translation>Der Grund hat %1 Zeichen. Geben Sie dem Fan einen Grund mit 1 bis %2 Zeichen.</translation>
    </message>
    <message>
        <source>this device&apos;s pass key is not loaded yet; unlock the secrets file or wait until the secret store answers</source>
        <translation>der Pass-Schlüssel dieses Geräts ist noch nicht geladen; entsperren Sie die Schlüsseldatei oder warten Sie, bis der Schlüsselspeicher antwortet</translation>
    </message>
    <message>
        <source>the pass key is being loaded, registered or reset already; try again in a moment</source>
        <translation>der Pass-Schlüssel wird bereits geladen, registriert oder zurückgesetzt; versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>resetting the signing key needs the server; sign in and try again</source>
        <translation>zum Zurücksetzen des Signaturschlüssels wird der Server benötigt; melden Sie sich an und versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>mesi::sync::CreatorSession</name>
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
    <message>
        <source>An earlier action on this bid still waits to be sent. Undo it, or wait until it is sent and try again.</source>
        <translation>Eine frühere Aktion zu diesem Gebot wartet noch auf das Senden. Machen Sie sie rückgängig oder warten Sie, bis sie gesendet ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not save changes for offline use: %1. The console keeps them and tries again every few seconds.</source>
        <translation>Änderungen konnten nicht für die Offline-Nutzung gespeichert werden: %1. Die Konsole behält sie und versucht es alle paar Sekunden erneut.</translation>
    </message>
    <message>
        <source>Could not keep the sign-in for the next start: %1</source>
        <translation>Die Anmeldung konnte nicht für den nächsten Start gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not delete the stored sign-in: %1</source>
        <translation>Die gespeicherte Anmeldung konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>No sign-in is kept on this computer; sign in with your password.</source>
        <translation>Auf diesem Computer ist keine Anmeldung gespeichert; melden Sie sich mit Ihrem Passwort an.</translation>
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
    <name>mesi::ui::AiTierTable</name>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Fan tier</source>
        <translation>Fan-Stufe</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Session prices</source>
        <translation>Sitzungspreise</translation>
    </message>
    <message>
        <source>One row per session format and fan account tier, with its length and price.</source>
        <translation>Eine Zeile pro Sitzungsformat und Kontostufe des Fans, mit Dauer und Preis.</translation>
    </message>
    <message>
        <source>Price table columns</source>
        <translation>Spalten der Preistabelle</translation>
    </message>
    <message>
        <source>Price table rows</source>
        <translation>Zeilen der Preistabelle</translation>
    </message>
    <message>
        <source>Select all price rows</source>
        <translation>Alle Preiszeilen auswählen</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add price row</source>
        <translation>Preiszeile hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove selected price row</source>
        <translation>Ausgewählte Preiszeile entfernen</translation>
    </message>
    <message>
        <source>Price row %1 repeats %2 for %3 fans, which price row %4 already prices. Change the format or fan tier, or remove one of the two rows.</source>
        <translation>Preiszeile %1 wiederholt %2 für Fans der Stufe %3, für die Preiszeile %4 bereits einen Preis festlegt. Ändern Sie das Format oder die Fan-Stufe, oder entfernen Sie eine der beiden Zeilen.</translation>
    </message>
    <message>
        <source>The price table is invalid: %1</source>
        <translation>Die Preistabelle ist ungültig: %1</translation>
    </message>
    <message>
        <source>Price row %1 has no price. Enter an amount above zero, such as %2.</source>
        <translation>Preiszeile %1 hat keinen Preis. Geben Sie einen Betrag über null ein, etwa %2.</translation>
    </message>
    <message>
        <source>Price row %1: %2</source>
        <translation>Preiszeile %1: %2</translation>
    </message>
    <message>
        <source>Price row %1: the price is zero. Enter an amount above zero.</source>
        <translation>Preiszeile %1: Der Preis ist null. Geben Sie einen Betrag über null ein.</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Format, row %1</source>
        <translation>Format, Zeile %1</translation>
    </message>
    <message>
        <source>Fan tier, row %1</source>
        <translation>Fan-Stufe, Zeile %1</translation>
    </message>
    <message>
        <source>Minutes, row %1</source>
        <translation>Minuten, Zeile %1</translation>
    </message>
    <message>
        <source>Price, row %1</source>
        <translation>Preis, Zeile %1</translation>
    </message>
    <message>
        <source>Asset, row %1</source>
        <translation>Währung, Zeile %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::AmountInput</name>
    <message>
        <source>&apos;%1&apos; contains &apos;.&apos;, which is not the decimal point here. Type &apos;%2&apos; before the decimals and no group separators, such as %3.</source>
        <translation>&apos;%1&apos; enthält &apos;.&apos;, was hier nicht das Dezimaltrennzeichen ist. Geben Sie &apos;%2&apos; vor den Nachkommastellen und keine Tausendertrennzeichen ein, etwa %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain amount. Type digits with &apos;%2&apos; before the decimals, such as %3, and no signs, spaces or group separators.</source>
        <translation>&apos;%1&apos; ist kein einfacher Betrag. Geben Sie Ziffern mit &apos;%2&apos; vor den Nachkommastellen ein, etwa %3, ohne Vorzeichen, Leerzeichen oder Tausendertrennzeichen.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; has more than %Ln decimals, which is the most %2 allows. Round it to %Ln decimals.</source>
        <translation>
            <numerusform>&apos;%1&apos; hat mehr als %Ln Nachkommastelle, das Maximum für %2. Runden Sie auf %Ln Nachkommastelle.</numerusform>
            <numerusform>&apos;%1&apos; hat mehr als %Ln Nachkommastellen, das Maximum für %2. Runden Sie auf %Ln Nachkommastellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 amount: %3</source>
        <translation>&apos;%1&apos; ist kein gültiger %2-Betrag: %3</translation>
    </message>
</context>
<context>
    <name>mesi::ui::AvailabilityEditor</name>
    <message>
        <source>Home time zone</source>
        <translation>Heimatzeitzone</translation>
    </message>
    <message>
        <source>IANA name such as Europe/Berlin. The weekly windows and blocked dates are read in this zone.</source>
        <translation>IANA-Name wie Europe/Berlin. Die wöchentlichen Zeitfenster und gesperrten Tage gelten in dieser Zone.</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Travel buffer in minutes</source>
        <translation>Reisepuffer in Minuten</translation>
    </message>
    <message>
        <source>Time kept free before and after each meeting, from 0 to %1 minutes.</source>
        <translation>Zeit, die vor und nach jedem Treffen frei bleibt, von 0 bis %1 Minuten.</translation>
    </message>
    <message>
        <source>Home time &amp;zone:</source>
        <translation>Heimatzeit&amp;zone:</translation>
    </message>
    <message>
        <source>&amp;Travel buffer:</source>
        <translation>Reise&amp;puffer:</translation>
    </message>
    <message>
        <source>Fans see your availability. The console warns you when a proposed meeting lies outside it, on a blocked date, or closer than the travel buffer to another meeting or busy time.</source>
        <translation>Fans sehen Ihre Verfügbarkeit. Die Konsole warnt Sie, wenn ein vorgeschlagenes Treffen außerhalb davon oder auf einem gesperrten Tag liegt oder einem anderen Treffen oder einer belegten Zeit näher kommt als der Reisepuffer.</translation>
    </message>
    <message>
        <source>Weekly meeting windows</source>
        <translation>Wöchentliche Zeitfenster für Treffen</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Meeting windows on %1</source>
        <translation>Zeitfenster für Treffen am %1</translation>
    </message>
    <message>
        <source>Time ranges such as 10:00-13:00, 15:00-19:00; empty for no meetings that day.</source>
        <translation>Zeitbereiche wie 10:00-13:00, 15:00-19:00; leer für keine Treffen an diesem Tag.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>weekday as a form label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Type each day&apos;s ranges as 10:00-13:00, 15:00-19:00. A range may end at 24:00. Leave every day empty to take meetings at any time of a date that is not blocked.</source>
        <translation>Geben Sie die Zeitbereiche jedes Tages als 10:00-13:00, 15:00-19:00 ein. Ein Bereich darf um 24:00 enden. Lassen Sie alle Tage leer, um Treffen zu jeder Uhrzeit an nicht gesperrten Tagen anzunehmen.</translation>
    </message>
    <message>
        <source>Blocked dates</source>
        <translation>Gesperrte Tage</translation>
    </message>
    <message>
        <source>Date to block</source>
        <translation>Zu sperrender Tag</translation>
    </message>
    <message>
        <source>&amp;Block Date</source>
        <translation>&amp;Tag sperren</translation>
    </message>
    <message>
        <source>Block the chosen date</source>
        <translation>Den gewählten Tag sperren</translation>
    </message>
    <message>
        <source>Press Delete to unblock the selected dates.</source>
        <translation>Drücken Sie Entf, um die ausgewählten Tage freizugeben.</translation>
    </message>
    <message>
        <source>&amp;Unblock Date</source>
        <translation>Tag &amp;freigeben</translation>
    </message>
    <message>
        <source>Unblock the selected dates</source>
        <translation>Die ausgewählten Tage freigeben</translation>
    </message>
    <message>
        <source>No meeting is expected on a blocked date, all day in your home time zone.</source>
        <translation>An einem gesperrten Tag wird ganztägig, bezogen auf Ihre Heimatzeitzone, kein Treffen erwartet.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time range. Write ranges such as 10:00-13:00, 15:00-19:00, with times from 00:00 to 24:00.</source>
        <translation>%1: „%2“ ist kein Zeitbereich. Schreiben Sie Bereiche wie 10:00-13:00, 15:00-19:00, mit Uhrzeiten von 00:00 bis 24:00.</translation>
    </message>
    <message>
        <source>%1: the window %2 ends before it starts. Give an end later than the start, at most 24:00.</source>
        <translation>%1: Das Zeitfenster %2 endet, bevor es beginnt. Geben Sie ein Ende nach dem Beginn an, höchstens 24:00.</translation>
    </message>
    <message>
        <source>%1: the windows %2 and %3 overlap. Merge them or move one.</source>
        <translation>%1: Die Zeitfenster %2 und %3 überschneiden sich. Führen Sie sie zusammen oder verschieben Sie eines.</translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is unknown. Pick a zone from the list, such as Europe/Berlin.</source>
        <translation>Die Zeitzone „%1“ ist unbekannt. Wählen Sie eine Zone aus der Liste, etwa Europe/Berlin.</translation>
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
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min, tier price %2</source>
        <translation>
            <numerusform>%1, %n Min., Preis der Stufe %2</numerusform>
            <numerusform>%1, %n Min., Preis der Stufe %2</numerusform>
        </translation>
    </message>
    <message>
        <source>proposal acceptance failed: %1</source>
        <translation>Annahme des Vorschlags fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>proposal acceptance waiting to send</source>
        <comment>outbox state of an answer</comment>
        <translation>Annahme des Vorschlags wartet auf das Senden</translation>
    </message>
    <message>
        <source>cancel failed: %1</source>
        <translation>Stornierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cancel waiting to send</source>
        <comment>outbox state of an answer</comment>
        <translation>Stornierung wartet auf das Senden</translation>
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
        <source>This bid is completed; the chat is read-only now.</source>
        <translation>Dieses Gebot ist abgeschlossen; der Chat ist jetzt schreibgeschützt.</translation>
    </message>
    <message>
        <source>This bid was cancelled; the chat is read-only now.</source>
        <translation>Dieses Gebot wurde storniert; der Chat ist jetzt schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::CalendarLegend</name>
    <message>
        <source>Busy (imported)</source>
        <translation>Belegt (importiert)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Month: days in bold have meetings, with their number in the corner, and a flag for deadlines. Today has a frame.</source>
        <translation>Monat: Fett gedruckte Tage haben Treffen, deren Anzahl in der Ecke steht, und eine Fahne für Fristen. Der heutige Tag ist umrahmt.</translation>
    </message>
    <message>
        <source>Colour legend</source>
        <translation>Farblegende</translation>
    </message>
    <message>
        <source>Scheduled meetings are blue with a solid border. Tentative ones are purple with a dashed border and a question mark. Completed ones are green with a check mark. Cancelled ones are red with a dotted border, a cross and struck-out names. Imported busy times are grey and hatched. KYF deadlines have a filled flag, bid expiries an outlined flag. A red line marks the current time. %1</source>
        <translation>Terminierte Treffen sind blau mit durchgezogenem Rand. Vorläufige sind lila mit gestricheltem Rand und einem Fragezeichen. Abgeschlossene sind grün mit einem Häkchen. Stornierte sind rot mit gepunktetem Rand, einem Kreuz und durchgestrichenen Namen. Importierte belegte Zeiten sind grau und schraffiert. KYF-Fristen haben eine gefüllte Fahne, Gebotsabläufe eine umrandete Fahne. Eine rote Linie markiert die aktuelle Uhrzeit. %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::CalendarMarkers</name>
    <message>
        <source>KYF deadline</source>
        <translation>KYF-Frist</translation>
    </message>
    <message>
        <source>Bid expiry</source>
        <translation>Gebotsablauf</translation>
    </message>
    <message>
        <source>KYF due %1 %2</source>
        <comment>time, then the fan&apos;s name</comment>
        <translation>KYF fällig %1 %2</translation>
    </message>
    <message>
        <source>Expires %1 %2</source>
        <comment>time, then the fan&apos;s name of a pending bid</comment>
        <translation>Läuft ab %1 %2</translation>
    </message>
    <message>
        <source>%1 must answer the KYF request by %2. Double-click to open the bid.</source>
        <translation>%1 muss die KYF-Anfrage bis %2 beantworten. Doppelklicken Sie, um das Gebot zu öffnen.</translation>
    </message>
    <message>
        <source>The pending bid of %1 expires at %2 unless you answer it. Double-click to open the bid.</source>
        <translation>Das ausstehende Gebot von %1 läuft um %2 ab, wenn Sie es nicht beantworten. Doppelklicken Sie, um das Gebot zu öffnen.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::CertificateBox</name>
    <message>
        <source>Connection Not Secure</source>
        <translation>Verbindung nicht sicher</translation>
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
    <message>
        <source>Proposed meeting: %1</source>
        <translation>Vorgeschlagenes Treffen: %1</translation>
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
    <name>mesi::ui::ConflictText</name>
    <message>
        <source>%1 %2</source>
        <comment>date and time range</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>start and end of an availability window</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Outside your availability: %1 has no meeting window (%2 lies outside).</source>
        <translation>Außerhalb Ihrer Verfügbarkeit: %1 hat kein Zeitfenster für Treffen (%2 liegt außerhalb).</translation>
    </message>
    <message>
        <source>Outside your availability: %1 windows are %2 in %3 (%4 lies outside).</source>
        <translation>Außerhalb Ihrer Verfügbarkeit: Die Zeitfenster am %1 sind %2 in %3 (%4 liegt außerhalb).</translation>
    </message>
    <message>
        <source>On %1, a date you blocked.</source>
        <translation>Am %1, einem von Ihnen gesperrten Tag.</translation>
    </message>
    <message>
        <source>Overlaps your meeting with %1 (%2).</source>
        <translation>Überschneidet sich mit Ihrem Treffen mit %1 (%2).</translation>
    </message>
    <message>
        <source>Overlaps the pending proposal in the chat with %1 (%2).</source>
        <translation>Überschneidet sich mit dem ausstehenden Vorschlag im Chat mit %1 (%2).</translation>
    </message>
    <message>
        <source>Overlaps your busy time &quot;%1&quot; (%2).</source>
        <translation>Überschneidet sich mit Ihrer belegten Zeit „%1“ (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Closer than your travel buffer of %n minute(s).</source>
        <translation>
            <numerusform>Näher als Ihr Reisepuffer von %n Minute.</numerusform>
            <numerusform>Näher als Ihr Reisepuffer von %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>This time conflicts with your calendar:</source>
        <translation>Diese Zeit steht im Konflikt mit Ihrem Kalender:</translation>
    </message>
    <message>
        <source>• %1</source>
        <comment>one reason in a list</comment>
        <translation>• %1</translation>
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
    <message>
        <source>Secret Store Unavailable</source>
        <translation>Schlüsselspeicher nicht verfügbar</translation>
    </message>
    <message>
        <source>The console cannot use the system&apos;s secret store: %1

You will sign in at every start until this is solved.</source>
        <translation>Die Konsole kann den Schlüsselspeicher des Systems nicht verwenden: %1

Sie müssen sich bei jedem Start anmelden, bis das Problem behoben ist.</translation>
    </message>
    <message>
        <source>No Secret Store</source>
        <translation>Kein Schlüsselspeicher</translation>
    </message>
    <message>
        <source>This system has no secret store (such as GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager) that the console can reach.

The console can keep your sign-in and the key that signs meeting passes in a file sealed with a passphrase instead. Without it you sign in at every start, and passes shown before a restart stop working.

This message is shown once.</source>
        <translation>Dieses System hat keinen Schlüsselspeicher (etwa GNOME Keyring, KWallet, den macOS-Schlüsselbund oder die Windows-Anmeldeinformationsverwaltung), den die Konsole erreichen kann.

Die Konsole kann Ihre Anmeldung und den Schlüssel, der Treffen-Pässe signiert, stattdessen in einer Datei aufbewahren, die mit einer Passphrase versiegelt ist. Ohne diese Datei melden Sie sich bei jedem Start an, und Pässe, die vor einem Neustart angezeigt wurden, funktionieren nicht mehr.

Diese Meldung wird nur einmal angezeigt.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::CreatorSettingsDialog</name>
    <message>
        <source>Bid Settings</source>
        <translation>Gebotseinstellungen</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Fehler in den Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save bid settings</source>
        <translation>Gebotseinstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Bidding</source>
        <translation>Gebote</translation>
    </message>
    <message>
        <source>When this is off, fans see that your bidding is paused and the server rejects new bids.</source>
        <translation>Wenn dies aus ist, sehen Fans, dass Ihre Gebote pausiert sind, und der Server lehnt neue Gebote ab.</translation>
    </message>
    <message>
        <source>Accept new &amp;bids</source>
        <translation>Neue &amp;Gebote annehmen</translation>
    </message>
    <message>
        <source>Accept new bids</source>
        <translation>Neue Gebote annehmen</translation>
    </message>
    <message>
        <source>Minimum bids</source>
        <translation>Mindestgebote</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Kein Minimum</translation>
    </message>
    <message>
        <source>Minimum bid in %1</source>
        <translation>Mindestgebot in %1</translation>
    </message>
    <message numerus="yes">
        <source>Empty for no minimum. At most %Ln decimals, such as %1.</source>
        <translation>
            <numerusform>Leer lassen für kein Minimum. Höchstens %Ln Nachkommastelle, etwa %1.</numerusform>
            <numerusform>Leer lassen für kein Minimum. Höchstens %Ln Nachkommastellen, etwa %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>asset code as a form label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The server rejects a bid below the minimum for its asset. Leave a field empty for no minimum.</source>
        <translation>Der Server lehnt ein Gebot unter dem Mindestgebot für seine Währung ab. Lassen Sie ein Feld leer, wenn es kein Minimum geben soll.</translation>
    </message>
    <message>
        <source>Know Your Fan</source>
        <translation>Know Your Fan</translation>
    </message>
    <message numerus="yes">
        <source>After you accept a bid, the fan is asked to share the ticked fields of their registration details. The fan has %Ln hours to consent, or the bid is cancelled and refunded.</source>
        <translation>
            <numerusform>Nachdem Sie ein Gebot angenommen haben, wird der Fan gebeten, die angehakten Felder seiner Registrierungsdaten freizugeben. Der Fan hat %Ln Stunde Zeit zuzustimmen, sonst wird das Gebot storniert und der Betrag erstattet.</numerusform>
            <numerusform>Nachdem Sie ein Gebot angenommen haben, wird der Fan gebeten, die angehakten Felder seiner Registrierungsdaten freizugeben. Der Fan hat %Ln Stunden Zeit zuzustimmen, sonst wird das Gebot storniert und der Betrag erstattet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Require &amp;KYF after accepting a bid</source>
        <translation>&amp;KYF nach dem Annehmen eines Gebots verlangen</translation>
    </message>
    <message>
        <source>Require KYF after accepting a bid</source>
        <translation>KYF nach dem Annehmen eines Gebots verlangen</translation>
    </message>
    <message>
        <source>Ask for %1</source>
        <translation>%1 anfordern</translation>
    </message>
    <message>
        <source>AI sessions</source>
        <translation>KI-Sitzungen</translation>
    </message>
    <message>
        <source>Fans bid for a session from this table: a format and length at the price for their account tier. Give each format and fan tier one row.</source>
        <translation>Fans bieten anhand dieser Tabelle auf eine Sitzung: ein Format und eine Dauer zum Preis ihrer Kontostufe. Legen Sie für jedes Format und jede Fan-Stufe eine Zeile an.</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>KYF is required but no field is ticked. Tick at least one field for the fan to share, or turn KYF off.</source>
        <translation>KYF ist erforderlich, aber kein Feld ist angehakt. Haken Sie mindestens ein Feld an, das der Fan freigeben soll, oder schalten Sie KYF aus.</translation>
    </message>
    <message>
        <source>The price table is empty. Add at least one row, so that fans can bid for a session.</source>
        <translation>Die Preistabelle ist leer. Fügen Sie mindestens eine Zeile hinzu, damit Fans auf eine Sitzung bieten können.</translation>
    </message>
    <message>
        <source>The settings are invalid: %1</source>
        <translation>Die Einstellungen sind ungültig: %1</translation>
    </message>
    <message>
        <source>Minimum for %1: %2</source>
        <translation>Minimum für %1: %2</translation>
    </message>
    <message>
        <source>Minimum for %1: &apos;%2&apos; is zero. Leave the field empty for no minimum.</source>
        <translation>Minimum für %1: &apos;%2&apos; ist null. Lassen Sie das Feld leer, wenn es kein Minimum geben soll.</translation>
    </message>
    <message>
        <source>The server did not save the settings: %1</source>
        <translation>Der Server hat die Einstellungen nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Bid &amp;Rules</source>
        <translation>Gebots&amp;regeln</translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation>&amp;Verfügbarkeit</translation>
    </message>
    <message>
        <source>Availability: %1</source>
        <translation>Verfügbarkeit: %1</translation>
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
    <message>
        <source>KYF deadline passed</source>
        <translation>KYF-Frist abgelaufen</translation>
    </message>
    <message>
        <source>The time for %1 to answer the KYF request ended at %2, before the console could remind you.</source>
        <translation>Die Zeit, in der %1 die KYF-Anfrage beantworten konnte, endete um %2, bevor die Konsole Sie erinnern konnte.</translation>
    </message>
    <message>
        <source>KYF deadline soon</source>
        <translation>KYF-Frist läuft bald ab</translation>
    </message>
    <message>
        <source>%1 has %2 left to answer the KYF request (until %3).</source>
        <translation>%1 bleibt noch %2, um die KYF-Anfrage zu beantworten (bis %3).</translation>
    </message>
    <message>
        <source>Meeting already started</source>
        <translation>Treffen hat bereits begonnen</translation>
    </message>
    <message>
        <source>Your meeting with %1 started at %2 · %3, before the console could remind you.</source>
        <translation>Ihr Treffen mit %1 begann um %2 · %3, bevor die Konsole Sie erinnern konnte.</translation>
    </message>
    <message numerus="yes">
        <source>Meeting in %n min</source>
        <comment>minutes until the meeting starts</comment>
        <translation>
            <numerusform>Treffen in %n Min.</numerusform>
            <numerusform>Treffen in %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting with %1 at %2 · %3</source>
        <translation>Treffen mit %1 um %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours of a duration, abbreviated</comment>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes of a duration, abbreviated</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a duration: hours, then minutes</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>mesi::ui::FanCodeDialog</name>
    <message>
        <source>Scan the Fan&apos;s Code</source>
        <translation>Code des Fans scannen</translation>
    </message>
    <message>
        <source>If the fan&apos;s phone cannot scan your pass, the fan opens their confirmation code and you scan it here. The server checks the fan&apos;s signature before it releases the escrow.</source>
        <translation>Wenn das Telefon des Fans Ihren Pass nicht scannen kann, öffnet der Fan seinen Bestätigungscode, und Sie scannen ihn hier. Der Server prüft die Signatur des Fans, bevor er die Treuhand freigibt.</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>&amp;Kamera:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Kameravorschau</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>Scanstatus</translation>
    </message>
    <message>
        <source>&amp;Open Image File…</source>
        <translation>&amp;Bilddatei öffnen…</translation>
    </message>
    <message>
        <source>Open image file</source>
        <translation>Bilddatei öffnen</translation>
    </message>
    <message>
        <source>Reads the fan&apos;s confirmation code from a photo or screenshot.</source>
        <translation>Liest den Bestätigungscode des Fans aus einem Foto oder Screenshot.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Choose Open Image File… and pick a screenshot or photo of the fan&apos;s confirmation code.</source>
        <translation>Auf diesem Computer wurde keine Kamera gefunden. Wählen Sie „Bilddatei öffnen…“ und dann einen Screenshot oder ein Foto des Bestätigungscodes des Fans.</translation>
    </message>
    <message>
        <source>The camera stopped: %1. Choose another camera, or use Open Image File… with a photo of the fan&apos;s code.</source>
        <translation>Die Kamera ist ausgefallen: %1. Wählen Sie eine andere Kamera oder verwenden Sie „Bilddatei öffnen…“ mit einem Foto des Codes des Fans.</translation>
    </message>
    <message>
        <source>Hold the fan&apos;s phone in front of %1 so that the whole code is visible.</source>
        <translation>Halten Sie das Telefon des Fans so vor %1, dass der ganze Code sichtbar ist.</translation>
    </message>
    <message>
        <source>Checking the fan&apos;s code with the server…</source>
        <translation>Der Code des Fans wird beim Server geprüft…</translation>
    </message>
    <message>
        <source>Meeting confirmed. The escrow of the meeting is released.</source>
        <translation>Treffen bestätigt. Die Treuhand des Treffens ist freigegeben.</translation>
    </message>
    <message>
        <source>The server rejected the fan&apos;s code (%1): %2</source>
        <translation>Der Server hat den Code des Fans abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>The fan&apos;s code could not be sent: %1</source>
        <translation>Der Code des Fans konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Open the Fan&apos;s Code</source>
        <translation>Code des Fans öffnen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>mesi::ui::FanCodeScanner</name>
    <message>
        <source>This is the meeting pass on your own screen. Point the camera at the code on the fan&apos;s phone.</source>
        <translation>Das ist der Treffen-Pass auf Ihrem eigenen Bildschirm. Richten Sie die Kamera auf den Code auf dem Telefon des Fans.</translation>
    </message>
    <message>
        <source>This QR code is not a Mesi fan confirmation code. Ask the fan to open the confirmation code of this meeting.</source>
        <translation>Dieser QR-Code ist kein Mesi-Bestätigungscode eines Fans. Bitten Sie den Fan, den Bestätigungscode dieses Treffens zu öffnen.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::IcsExportDialog</name>
    <message>
        <source>Export Calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>The selected &amp;meeting</source>
        <translation>Das ausgewählte &amp;Treffen</translation>
    </message>
    <message>
        <source>Export the selected meeting</source>
        <translation>Das ausgewählte Treffen exportieren</translation>
    </message>
    <message>
        <source>Meetings &amp;between these days:</source>
        <translation>Treffen &amp;zwischen diesen Tagen:</translation>
    </message>
    <message>
        <source>Export the meetings of a date range</source>
        <translation>Die Treffen eines Zeitraums exportieren</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Meetings in the file</source>
        <translation>Treffen in der Datei</translation>
    </message>
    <message>
        <source>Each meeting shows only the fan&apos;s display name, its time and its place or link.</source>
        <translation>Jedes Treffen enthält nur den Anzeigenamen des Fans, die Zeit und den Ort oder Link des Treffens.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>In eine Datei exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <comment>Title of an exported meeting; %1 is the fan&apos;s display name</comment>
        <translation>Treffen mit %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message numerus="yes">
        <source>Meetings in the file: %n</source>
        <translation>
            <numerusform>Treffen in der Datei: %n</numerusform>
            <numerusform>Treffen in der Datei: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>mesi::ui::IcsImport</name>
    <message>
        <source>Import Busy Times</source>
        <translation>Belegte Zeiten importieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar-Dateien (*.ics);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Busy blocks imported from %1: %n</source>
        <translation>
            <numerusform>Aus %1 importierte belegte Zeitblöcke: %n</numerusform>
            <numerusform>Aus %1 importierte belegte Zeitblöcke: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1, and busy times imported from it before are kept.</source>
        <translation>Aus %1 wurde nichts importiert; die früher daraus importierten belegten Zeiten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The file has %1 bytes, more than the %2 MB an import reads. Export a shorter range of the calendar.</source>
        <translation>Die Datei hat %1 Bytes, mehr als die %2 MB, die ein Import liest. Exportieren Sie einen kürzeren Zeitraum des Kalenders.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>No account is open, so there is no calendar to import into. Sign in and import again.</source>
        <translation>Es ist kein Konto geöffnet, daher gibt es keinen Kalender, in den importiert werden kann. Melden Sie sich an und importieren Sie erneut.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Busy Times Imported</source>
        <translation>Belegte Zeiten importiert</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Busy times imported</source>
        <translation>Belegte Zeiten importiert</translation>
    </message>
</context>
<context>
    <name>mesi::ui::KyfPanel</name>
    <message>
        <source>Legal name</source>
        <translation>Amtlicher Name</translation>
    </message>
    <message>
        <source>Over 18</source>
        <translation>Über 18</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Verified photo</source>
        <translation>Verifiziertes Foto</translation>
    </message>
    <message>
        <source>Deadline passed — waiting for the platform to cancel the bid</source>
        <translation>Frist abgelaufen — wartet darauf, dass die Plattform das Gebot storniert</translation>
    </message>
    <message>
        <source>Fan has less than a minute left</source>
        <translation>Verbleibende Zeit für den Fan: weniger als eine Minute</translation>
    </message>
    <message>
        <source>Fan has %1 left</source>
        <translation>Verbleibende Zeit für den Fan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%Ln Min.</numerusform>
            <numerusform>%Ln Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fan has %1 %2 left</source>
        <comment>%1 is hours, %2 minutes</comment>
        <translation>Verbleibende Zeit für den Fan: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%Ln Std.</numerusform>
            <numerusform>%Ln Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>Know Your Fan</source>
        <translation>Know Your Fan</translation>
    </message>
    <message>
        <source>Know Your Fan status</source>
        <translation>Know-Your-Fan-Status</translation>
    </message>
    <message>
        <source>Requested fields</source>
        <translation>Angefragte Felder</translation>
    </message>
    <message>
        <source>Deadline for the fan&apos;s answer</source>
        <translation>Frist für die Antwort des Fans</translation>
    </message>
    <message>
        <source>Time left for the fan</source>
        <translation>Verbleibende Zeit für den Fan</translation>
    </message>
    <message>
        <source>About the fan&apos;s answers</source>
        <translation>Zu den Antworten des Fans</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>Requested — waiting for the fan</source>
        <translation>Angefragt — wartet auf den Fan</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Zugestimmt</translation>
    </message>
    <message>
        <source>Declined by the fan — bid cancelled and refunded</source>
        <translation>Vom Fan abgelehnt — Gebot storniert und erstattet</translation>
    </message>
    <message>
        <source>Expired — no answer in 48 hours, bid cancelled and refunded</source>
        <translation>Abgelaufen — keine Antwort innerhalb von 48 Stunden, Gebot storniert und erstattet</translation>
    </message>
    <message>
        <source>Requested fields: %1</source>
        <translation>Angefragte Felder: %1</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>date, time and time zone</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Answer due by %1</source>
        <translation>Antwort fällig bis %1</translation>
    </message>
    <message>
        <source>Answer was due by %1</source>
        <translation>Antwort war fällig bis %1</translation>
    </message>
    <message>
        <source>The fan&apos;s answers are hidden because the bid is closed.</source>
        <translation>Die Antworten des Fans sind ausgeblendet, weil das Gebot abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Loading the fan&apos;s answers…</source>
        <translation>Antworten des Fans werden geladen…</translation>
    </message>
    <message>
        <source>Shared by the fan while the bid is open. Not saved on this computer.</source>
        <translation>Vom Fan freigegeben, solange das Gebot offen ist. Nicht auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Not provided</source>
        <comment>KYF answer missing</comment>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message numerus="yes">
        <source>Less than %n hours left before the bid is cancelled and refunded.</source>
        <translation>
            <numerusform>Weniger als %n Stunde bis zur Stornierung und Erstattung des Gebots.</numerusform>
            <numerusform>Weniger als %n Stunden bis zur Stornierung und Erstattung des Gebots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesi::ui::LifecyclePane</name>
    <message>
        <source>Could not load the fan&apos;s KYF details: %1</source>
        <translation>Die KYF-Angaben des Fans konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Propose &amp;Meeting…</source>
        <translation>Treffen &amp;vorschlagen…</translation>
    </message>
    <message>
        <source>Propose a meeting</source>
        <translation>Ein Treffen vorschlagen</translation>
    </message>
    <message>
        <source>Send the fan a time and a place or online link (Ctrl+M)</source>
        <translation>Dem Fan eine Zeit und einen Ort oder Online-Link senden (Strg+M)</translation>
    </message>
    <message>
        <source>Acc&amp;ept Proposal</source>
        <translation>Vorschlag ann&amp;ehmen</translation>
    </message>
    <message>
        <source>Accept the fan&apos;s proposal</source>
        <translation>Vorschlag des Fans annehmen</translation>
    </message>
    <message>
        <source>Schedules the meeting at the time and place the fan proposed.</source>
        <translation>Terminiert das Treffen zu der Zeit und an dem Ort, die der Fan vorgeschlagen hat.</translation>
    </message>
    <message>
        <source>Co&amp;unter…</source>
        <translation>Gegenv&amp;orschlag…</translation>
    </message>
    <message>
        <source>Counter the fan&apos;s proposal</source>
        <translation>Gegenvorschlag zum Vorschlag des Fans machen</translation>
    </message>
    <message>
        <source>Show &amp;Pass</source>
        <translation>Pass an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the meeting pass</source>
        <translation>Treffen-Pass anzeigen</translation>
    </message>
    <message>
        <source>Opens the signed QR code that the fan scans at the meeting to release the escrow.</source>
        <translation>Öffnet den signierten QR-Code, den der Fan beim Treffen scannt, um die Treuhand freizugeben.</translation>
    </message>
    <message>
        <source>Show the QR pass for the fan to scan (Ctrl+P)</source>
        <translation>Den QR-Pass anzeigen, den der Fan scannt (Strg+P)</translation>
    </message>
    <message>
        <source>Cancel the bid</source>
        <translation>Gebot stornieren</translation>
    </message>
    <message>
        <source>Asks for a reason, cancels the meeting or bid and refunds the fan.</source>
        <translation>Fragt nach einer Begründung, sagt das Treffen ab oder storniert das Gebot und erstattet dem Fan den Betrag.</translation>
    </message>
    <message>
        <source>&amp;End Session</source>
        <translation>Sitzung b&amp;eenden</translation>
    </message>
    <message>
        <source>End the virtual session</source>
        <translation>Virtuelle Sitzung beenden</translation>
    </message>
    <message>
        <source>Ends the live session, which completes the bid and releases the escrow.</source>
        <translation>Beendet die laufende Sitzung; damit wird das Gebot abgeschlossen und die Treuhand freigegeben.</translation>
    </message>
    <message>
        <source>Lifecycle error</source>
        <translation>Fehler im Gebotsablauf</translation>
    </message>
    <message>
        <source>Virtual Session</source>
        <translation>Virtuelle Sitzung</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>No meeting agreed yet. Agree on a time and place in the chat, then send or accept a proposal.</source>
        <translation>Noch kein Treffen vereinbart. Vereinbaren Sie im Chat eine Zeit und einen Ort, und senden Sie dann einen Vorschlag oder nehmen Sie einen an.</translation>
    </message>
    <message>
        <source>The fan proposes: %1</source>
        <translation>Der Fan schlägt vor: %1</translation>
    </message>
    <message>
        <source>Waiting for the fan to answer your proposal: %1</source>
        <translation>Warten auf die Antwort des Fans auf Ihren Vorschlag: %1</translation>
    </message>
    <message>
        <source>The fan has to consent to KYF first.</source>
        <translation>Der Fan muss zuerst KYF zustimmen.</translation>
    </message>
    <message>
        <source>&amp;Cancel Meeting…</source>
        <translation>T&amp;reffen absagen…</translation>
    </message>
    <message>
        <source>&amp;Cancel Bid…</source>
        <translation>Gebot sto&amp;rnieren…</translation>
    </message>
    <message>
        <source>Cannot show the pass: %1</source>
        <translation>Der Pass kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>Treffen mit %1</translation>
    </message>
    <message>
        <source>Why are you cancelling? The fan sees this reason and gets a full refund.</source>
        <translation>Warum sagen Sie ab? Der Fan sieht diese Begründung und erhält den vollen Betrag zurück.</translation>
    </message>
    <message>
        <source>Your last action on this bid still waits to be sent.</source>
        <translation>Ihre letzte Aktion zu diesem Gebot wartet noch auf das Senden.</translation>
    </message>
    <message>
        <source>Cancel Meeting</source>
        <translation>Treffen absagen</translation>
    </message>
    <message>
        <source>Cancel Bid</source>
        <translation>Gebot stornieren</translation>
    </message>
    <message>
        <source>Keep Meeting</source>
        <translation>Treffen behalten</translation>
    </message>
    <message>
        <source>Keep Bid</source>
        <translation>Gebot behalten</translation>
    </message>
    <message>
        <source>Give a reason of 1 to 500 characters so the fan knows why.</source>
        <translation>Geben Sie einen Grund mit 1 bis 500 Zeichen an, damit der Fan weiß, warum.</translation>
    </message>
    <message>
        <source>Calendar conflicts of the proposal</source>
        <translation>Kalenderkonflikte des Vorschlags</translation>
    </message>
    <message>
        <source>the account was signed out</source>
        <translation>das Konto wurde abgemeldet</translation>
    </message>
    <message>
        <source>the account was signed out; sign in again</source>
        <translation>das Konto wurde abgemeldet; melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>Calendar Conflict</source>
        <translation>Kalenderkonflikt</translation>
    </message>
    <message>
        <source>Accept the proposal anyway?</source>
        <translation>Den Vorschlag trotzdem annehmen?</translation>
    </message>
    <message>
        <source>Accept &amp;Anyway</source>
        <translation>&amp;Trotzdem annehmen</translation>
    </message>
</context>
<context>
    <name>mesi::ui::LifecycleText</name>
    <message>
        <source>%1, %2 · %3</source>
        <translation>%1, %2 · %3</translation>
    </message>
    <message>
        <source>Text chat</source>
        <translation>Text-Chat</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Sprachanruf</translation>
    </message>
    <message>
        <source>Video avatar</source>
        <translation>Video-Avatar</translation>
    </message>
    <message>
        <source>Basic</source>
        <comment>fan account tier</comment>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Plus</source>
        <comment>fan account tier</comment>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Premium</source>
        <comment>fan account tier</comment>
        <translation>Premium</translation>
    </message>
    <message>
        <source>waiting for the fan to join</source>
        <translation>wartet auf den Beitritt des Fans</translation>
    </message>
    <message>
        <source>live since %1</source>
        <translation>live seit %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n minute(s), %2 tier price %3; %4</source>
        <translation>
            <numerusform>%1, %n Minute, Preis der Stufe %2: %3; %4</numerusform>
            <numerusform>%1, %n Minuten, Preis der Stufe %2: %3; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled by the fan</source>
        <translation>Vom Fan storniert</translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation>Von Ihnen storniert</translation>
    </message>
    <message>
        <source>Cancelled by the platform</source>
        <translation>Von der Plattform storniert</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>virtual session state</comment>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>virtual session state</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>virtual session state</comment>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>%1: “%2”. The escrow was refunded to the fan.</source>
        <translation>%1: „%2“. Die Treuhand wurde an den Fan erstattet.</translation>
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
    <message>
        <source>Select an accepted bid without a meeting to propose one.</source>
        <translation>Wählen Sie ein angenommenes Gebot ohne Treffen aus, um ein Treffen vorzuschlagen.</translation>
    </message>
    <message>
        <source>Select a scheduled meeting to show its pass.</source>
        <translation>Wählen Sie ein terminiertes Treffen aus, um seinen Pass anzuzeigen.</translation>
    </message>
    <message>
        <source>Select an accepted or scheduled bid to cancel it.</source>
        <translation>Wählen Sie ein angenommenes oder terminiertes Gebot aus, um es zu stornieren.</translation>
    </message>
    <message>
        <source>B&amp;ids</source>
        <translation>Ge&amp;bote</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>Bids and calendar</source>
        <translation>Gebote und Kalender</translation>
    </message>
    <message>
        <source>Propose &amp;Meeting…</source>
        <translation>Treffen &amp;vorschlagen…</translation>
    </message>
    <message>
        <source>Show &amp;Pass</source>
        <translation>Pass an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Cancel Bid or Meeting…</source>
        <translation>Gebot oder Treffen sto&amp;rnieren…</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>&amp;Bid Settings…</source>
        <translation>&amp;Gebotseinstellungen…</translation>
    </message>
    <message>
        <source>Bidding state</source>
        <translation>Gebotsstatus</translation>
    </message>
    <message>
        <source>The meeting pass key is not ready: %1</source>
        <translation>Der Schlüssel für Treffen-Pässe ist nicht bereit: %1</translation>
    </message>
    <message>
        <source>Bidding state: not loaded yet</source>
        <translation>Gebotsstatus: noch nicht geladen</translation>
    </message>
    <message>
        <source>Accepting bids</source>
        <translation>Gebote werden angenommen</translation>
    </message>
    <message>
        <source>Bidding paused: fans cannot bid</source>
        <translation>Gebote pausiert: Fans können nicht bieten</translation>
    </message>
    <message>
        <source>minimum %1</source>
        <translation>Minimum %1</translation>
    </message>
    <message>
        <source>KYF required: %1</source>
        <translation>KYF erforderlich: %1</translation>
    </message>
    <message>
        <source>AI account, persona %1</source>
        <translation>KI-Konto, Persona %1</translation>
    </message>
    <message>
        <source>The bid settings have not been loaded yet; sign in to load them.</source>
        <translation>Die Gebotseinstellungen wurden noch nicht geladen; melden Sie sich an, um sie zu laden.</translation>
    </message>
    <message>
        <source>Signed out. The sign-in was deleted from this computer; your unsent actions wait until you sign in again.</source>
        <translation>Abgemeldet. Die Anmeldung wurde von diesem Computer gelöscht; Ihre nicht gesendeten Aktionen warten, bis Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>A new signing key is registered. Passes shown before the reset no longer work; show the pass again at each meeting.</source>
        <translation>Ein neuer Signaturschlüssel ist registriert. Vor dem Zurücksetzen angezeigte Pässe funktionieren nicht mehr; zeigen Sie den Pass bei jedem Treffen erneut an.</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>End the session and delete the stored sign-in from this computer</source>
        <translation>Die Sitzung beenden und die gespeicherte Anmeldung von diesem Computer löschen</translation>
    </message>
    <message>
        <source>&amp;Reset Signing Key…</source>
        <translation>Signaturschlüssel &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Replace the key that signs meeting passes, for example after this computer was lost</source>
        <translation>Den Schlüssel ersetzen, der Treffen-Pässe signiert, zum Beispiel nachdem dieser Computer verloren gegangen ist</translation>
    </message>
    <message>
        <source>Reset Signing Key</source>
        <translation>Signaturschlüssel zurücksetzen</translation>
    </message>
    <message>
        <source>The console will revoke the key that signs your meeting passes and register a new one.

Every pass already shown or saved stops working: fans scanning it are rejected, so show them the pass again at the meeting.

Reset the signing key?</source>
        <translation>Die Konsole widerruft den Schlüssel, der Ihre Treffen-Pässe signiert, und registriert einen neuen.

Jeder bereits angezeigte oder gespeicherte Pass funktioniert dann nicht mehr: Fans, die ihn scannen, werden abgelehnt. Zeigen Sie ihnen den Pass deshalb beim Treffen erneut.

Signaturschlüssel zurücksetzen?</translation>
    </message>
    <message>
        <source>Resetting the signing key…</source>
        <translation>Signaturschlüssel wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Sign in to import busy times into this account&apos;s calendar.</source>
        <translation>Melden Sie sich an, um belegte Zeiten in den Kalender dieses Kontos zu importieren.</translation>
    </message>
    <message>
        <source>&amp;Export Calendar…</source>
        <translation>Kalender e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Busy Times…</source>
        <translation>Belegte Zeiten &amp;importieren…</translation>
    </message>
    <message>
        <source>Sign in to export this account&apos;s meetings.</source>
        <translation>Melden Sie sich an, um die Treffen dieses Kontos zu exportieren.</translation>
    </message>
    <message>
        <source>Could not load the imported busy times: %1</source>
        <translation>Die importierten belegten Zeiten konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::MeetingCalendar</name>
    <message>
        <source>&amp;Month</source>
        <comment>calendar view</comment>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <comment>calendar view</comment>
        <translation>Term&amp;inliste</translation>
    </message>
    <message>
        <source>Calendar views</source>
        <translation>Kalenderansichten</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>He&amp;ute</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute wechseln</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
    <message>
        <source>Choose month</source>
        <translation>Monat wählen</translation>
    </message>
    <message>
        <source>Choose year</source>
        <translation>Jahr wählen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Meetings of the selected day</source>
        <translation>Treffen des ausgewählten Tages</translation>
    </message>
    <message>
        <source>Press Enter on a meeting to open its bid.</source>
        <translation>Drücken Sie auf einem Treffen die Eingabetaste, um sein Gebot zu öffnen.</translation>
    </message>
    <message>
        <source>Show &amp;past meetings</source>
        <translation>Vergangene Tre&amp;ffen anzeigen</translation>
    </message>
    <message>
        <source>Show past meetings</source>
        <translation>Vergangene Treffen anzeigen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Terminliste</translation>
    </message>
    <message>
        <source>Meetings sorted by start, each day after a header row. Press Enter on a meeting to open its bid.</source>
        <translation>Treffen nach Beginn sortiert, jeder Tag unter einer Kopfzeile. Drücken Sie auf einem Treffen die Eingabetaste, um sein Gebot zu öffnen.</translation>
    </message>
    <message>
        <source>%1: no meetings</source>
        <translation>%1: keine Treffen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s)</source>
        <translation>
            <numerusform>%1: %n Treffen</numerusform>
            <numerusform>%1: %n Treffen</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>Keine Treffen.</translation>
    </message>
    <message>
        <source>No meetings from today on.</source>
        <translation>Keine Treffen ab heute.</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <comment>calendar view</comment>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <comment>calendar view</comment>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>Select the current day in every view (Alt+Y, or Home in a view)</source>
        <translation>Den heutigen Tag in jeder Ansicht auswählen (Alt+U, oder Pos1 in einer Ansicht)</translation>
    </message>
    <message>
        <source>Days in bold have meetings, with their number in the corner, and flagged days have deadlines. Press Enter to list a day&apos;s meetings, PageUp or PageDown to change the month, Home for today.</source>
        <translation>Fett gedruckte Tage haben Treffen, deren Anzahl in der Ecke steht, und Tage mit Fahne haben Fristen. Drücken Sie die Eingabetaste, um die Treffen eines Tages aufzulisten, Bild auf oder Bild ab, um den Monat zu wechseln, und Pos1 für heute.</translation>
    </message>
    <message>
        <source>Meeting actions</source>
        <translation>Aktionen für das Treffen</translation>
    </message>
    <message>
        <source>Open &amp;Bid</source>
        <translation>&amp;Gebot öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Chat</source>
        <translation>&amp;Chat öffnen</translation>
    </message>
    <message>
        <source>Show &amp;Pass</source>
        <translation>Pass an&amp;zeigen</translation>
    </message>
    <message>
        <source>Only a scheduled meeting has a pass.</source>
        <translation>Nur ein terminiertes Treffen hat einen Pass.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::MeetingText</name>
    <message>
        <source>Time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>No time zone given, shown in UTC</source>
        <translation>Keine Zeitzone angegeben, in UTC angezeigt</translation>
    </message>
    <message>
        <source>Unknown time zone %1, shown in UTC</source>
        <translation>Unbekannte Zeitzone %1, in UTC angezeigt</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <comment>local meeting time, then the time and name of the meeting&apos;s zone</comment>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short weekday name, then a time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>start and end time of a meeting</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Escrow locked</source>
        <translation>Treuhand gesperrt</translation>
    </message>
    <message>
        <source>Escrow released</source>
        <translation>Treuhand freigegeben</translation>
    </message>
    <message>
        <source>Escrow refunded</source>
        <translation>Treuhand erstattet</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>Online: %1</translation>
    </message>
    <message>
        <source>No place given</source>
        <translation>Kein Ort angegeben</translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation>Unbekanntes Datum</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <comment>agenda header of the current day</comment>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Tentative</source>
        <comment>a meeting proposed in the chat but not agreed yet</comment>
        <translation>Vorläufig</translation>
    </message>
</context>
<context>
    <name>mesi::ui::PassCodeView</name>
    <message>
        <source>This pass cannot be shown as a QR code: %1</source>
        <translation>Dieser Pass kann nicht als QR-Code angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Meeting pass QR code</source>
        <translation>QR-Code des Treffen-Passes</translation>
    </message>
    <message>
        <source>The meeting pass QR code to show to the fan, whose phone scans it at the meeting.</source>
        <translation>Der QR-Code des Treffen-Passes, den Sie dem Fan zeigen und den sein Telefon beim Treffen scannt.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::PassWindow</name>
    <message>
        <source>%1 - Meeting Pass</source>
        <comment>window title; %1 names the meeting, such as Meeting with Alex</comment>
        <translation>%1 - Treffen-Pass</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Show the pass on the whole screen (F11). Esc leaves full screen.</source>
        <translation>Den Pass auf dem ganzen Bildschirm anzeigen (F11). Esc beendet den Vollbildmodus.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Als PNG speichern</translation>
    </message>
    <message>
        <source>Saves the QR code of the pass as a PNG image file.</source>
        <translation>Speichert den QR-Code des Passes als PNG-Bilddatei.</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Als &amp;SVG speichern…</translation>
    </message>
    <message>
        <source>Save as SVG</source>
        <translation>Als SVG speichern</translation>
    </message>
    <message>
        <source>Saves the QR code of the pass as an SVG vector image file.</source>
        <translation>Speichert den QR-Code des Passes als SVG-Vektorgrafikdatei.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save Pass as PNG</source>
        <translation>Pass als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save Pass as SVG</source>
        <translation>Pass als SVG speichern</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Pass Not Saved</source>
        <translation>Pass nicht gespeichert</translation>
    </message>
    <message>
        <source>The pass could not be saved to %1.</source>
        <translation>Der Pass konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The pass could not be renewed: %1. The code on screen stops working within a minute.</source>
        <translation>Der Pass konnte nicht erneuert werden: %1. Der Code auf dem Bildschirm funktioniert in spätestens einer Minute nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>New code in %n s</source>
        <comment>countdown under a rotating pass</comment>
        <translation>
            <numerusform>Neuer Code in %n s</numerusform>
            <numerusform>Neuer Code in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Fan Can&apos;t Scan? Scan &amp;Their Code…</source>
        <translation>Fan kann nicht scannen? Code des &amp;Fans scannen…</translation>
    </message>
    <message>
        <source>Scan the fan&apos;s code</source>
        <translation>Code des Fans scannen</translation>
    </message>
    <message>
        <source>Opens the camera to scan the confirmation code on the fan&apos;s phone, for a phone that cannot scan the pass.</source>
        <translation>Öffnet die Kamera, um den Bestätigungscode auf dem Telefon des Fans zu scannen, falls dessen Telefon den Pass nicht scannen kann.</translation>
    </message>
    <message>
        <source>Time until the code changes</source>
        <translation>Zeit bis zum Wechsel des Codes</translation>
    </message>
</context>
<context>
    <name>mesi::ui::PassphraseDialog</name>
    <message>
        <source>Protect Your Sign-In with a Passphrase</source>
        <translation>Anmeldung mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>Unlock Your Sign-In</source>
        <translation>Anmeldung entsperren</translation>
    </message>
    <message>
        <source>The console keeps your sign-in and the key that signs meeting passes in %1, sealed with a passphrase. Choose one of at least %2 characters; without it the file cannot be opened.</source>
        <translation>Die Konsole speichert Ihre Anmeldung und den Schlüssel, der Treffen-Pässe signiert, in %1, versiegelt mit einer Passphrase. Wählen Sie eine mit mindestens %2 Zeichen; ohne sie lässt sich die Datei nicht öffnen.</translation>
    </message>
    <message>
        <source>Type the passphrase of %1 to resume your sign-in and sign meeting passes. Opening the file takes a few seconds.</source>
        <translation>Geben Sie die Passphrase von %1 ein, um Ihre Anmeldung fortzusetzen und Treffen-Pässe zu signieren. Das Öffnen der Datei dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Passphrase error</source>
        <translation>Fehler bei der Passphrase</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Continue &amp;Without</source>
        <translation>Ohne Passphrase &amp;fortfahren</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Geben Sie die Passphrase ein.</translation>
    </message>
    <message>
        <source>The passphrase has %1 characters; use at least %2.</source>
        <translation>Die Passphrase hat %1 Zeichen; verwenden Sie mindestens %2.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein; geben Sie zweimal dieselbe ein.</translation>
    </message>
    <message>
        <source>Opening the secrets file…</source>
        <translation>Schlüsseldatei wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>mesi::ui::ProposalDialog</name>
    <message>
        <source>%1 %2</source>
        <comment>date and time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 on %2 does not exist in %3 because the clocks skip ahead for daylight-saving time. Pick another time.</source>
        <translation>%1 am %2 gibt es in %3 nicht, weil die Uhren für die Sommerzeit vorgestellt werden. Wählen Sie eine andere Uhrzeit.</translation>
    </message>
    <message>
        <source>Propose a Meeting</source>
        <translation>Treffen vorschlagen</translation>
    </message>
    <message>
        <source>Proposal error</source>
        <translation>Fehler im Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <source>Propose meeting</source>
        <translation>Treffen vorschlagen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Counter a Meeting Proposal</source>
        <translation>Gegenvorschlag zu einem Treffen</translation>
    </message>
    <message>
        <source>Counter to: %1</source>
        <translation>Gegenvorschlag zu: %1</translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is unknown. Pick a zone from the list, such as Europe/Berlin.</source>
        <translation>Die Zeitzone „%1“ ist unbekannt. Wählen Sie eine Zone aus der Liste, etwa Europe/Berlin.</translation>
    </message>
    <message>
        <source>The start %1 in %2 has already passed. Pick a later date or time.</source>
        <translation>Der Beginn %1 in %2 liegt bereits in der Vergangenheit. Wählen Sie ein späteres Datum oder eine spätere Uhrzeit.</translation>
    </message>
    <message>
        <source>Enter the place of the meeting, such as a venue or an address.</source>
        <translation>Geben Sie den Ort des Treffens ein, etwa einen Veranstaltungsort oder eine Adresse.</translation>
    </message>
    <message>
        <source>The meeting link &quot;%1&quot; is not an https address with a host. Paste the full link, such as https://meet.example/room.</source>
        <translation>Der Link zum Treffen „%1“ ist keine https-Adresse mit Host. Fügen Sie den vollständigen Link ein, etwa https://meet.example/room.</translation>
    </message>
    <message>
        <source>First %1, at %2 (%3)</source>
        <translation>%1 zum ersten Mal, %2 (%3)</translation>
    </message>
    <message>
        <source>Second %1, at %2 (%3)</source>
        <translation>%1 zum zweiten Mal, %2 (%3)</translation>
    </message>
    <message>
        <source>%1 occurs twice that day in %2 because the clocks go back.</source>
        <translation>%1 kommt an diesem Tag in %2 zweimal vor, weil die Uhren zurückgestellt werden.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list.</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste.</translation>
    </message>
    <message>
        <source>The start time does not exist in %1.</source>
        <translation>Die Startzeit gibt es in %1 nicht.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>start and end of the meeting</comment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Time zone of the meeting</source>
        <translation>Zeitzone des Treffens</translation>
    </message>
    <message>
        <source>IANA name such as Europe/Berlin. The date and start time are read in this zone.</source>
        <translation>IANA-Name wie Europe/Berlin. Datum und Startzeit gelten in dieser Zone.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zeit&amp;zone:</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Datum des Treffens</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Start time in the meeting&apos;s time zone</source>
        <translation>Startzeit in der Zeitzone des Treffens</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Startzeit:</translation>
    </message>
    <message>
        <source>Start time occurs twice</source>
        <translation>Startzeit kommt zweimal vor</translation>
    </message>
    <message>
        <source>Which of the two start times</source>
        <translation>Welche der beiden Startzeiten</translation>
    </message>
    <message>
        <source>&amp;Which one:</source>
        <translation>&amp;Welche:</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;auer:</translation>
    </message>
    <message>
        <source>Meeting end</source>
        <translation>Ende des Treffens</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Endet:</translation>
    </message>
    <message>
        <source>Meeting in your time zone</source>
        <translation>Treffen in Ihrer Zeitzone</translation>
    </message>
    <message>
        <source>Your time:</source>
        <translation>Ihre Zeit:</translation>
    </message>
    <message>
        <source>&amp;In person</source>
        <translation>&amp;Persönlich</translation>
    </message>
    <message>
        <source>In-person meeting</source>
        <translation>Persönliches Treffen</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>&amp;Online</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Online-Treffen</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Treffen:</translation>
    </message>
    <message>
        <source>Venue or address</source>
        <translation>Veranstaltungsort oder Adresse</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Ort des Treffens</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Link zum Treffen</translation>
    </message>
    <message>
        <source>An https link to the video call.</source>
        <translation>Ein https-Link zum Videoanruf.</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>Note to the fan</source>
        <translation>Notiz an den Fan</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Optional.</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Notiz (optional):</translation>
    </message>
    <message>
        <source>Calendar conflicts of this time</source>
        <translation>Kalenderkonflikte dieser Zeit</translation>
    </message>
    <message>
        <source>Propose &amp;Anyway</source>
        <translation>&amp;Trotzdem vorschlagen</translation>
    </message>
</context>
<context>
    <name>mesi::ui::RecordedFrameSource</name>
    <message>
        <source>Recorded frames</source>
        <translation>Aufgezeichnete Bilder</translation>
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
    <message>
        <source>Remind me of &amp;KYF deadlines (6 hours before)</source>
        <translation>An &amp;KYF-Fristen erinnern (6 Stunden vorher)</translation>
    </message>
    <message>
        <source>Shows a desktop notification when a fan has less than 6 hours left to answer a KYF request. A reminder missed while the computer slept is shown once on wake.</source>
        <translation>Zeigt eine Desktop-Benachrichtigung, wenn einem Fan weniger als 6 Stunden bleiben, um eine KYF-Anfrage zu beantworten. Eine Erinnerung, die verpasst wurde, während der Computer schlief, wird nach dem Aufwachen einmal angezeigt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reminder time. Write times from 1m to 7d, such as 1d, 1h or 30m.</source>
        <translation>„%1“ ist keine Erinnerungszeit. Schreiben Sie Zeiten von 1m bis 7d, etwa 1d, 1h oder 30m.</translation>
    </message>
    <message>
        <source>%1 reminder times are more than the %2 allowed. Remove some.</source>
        <translation>%1 Erinnerungszeiten sind mehr als die erlaubten %2. Entfernen Sie einige.</translation>
    </message>
    <message>
        <source>Remind me of m&amp;eetings</source>
        <translation>An T&amp;reffen erinnern</translation>
    </message>
    <message>
        <source>Shows a desktop notification at each time set below before a scheduled meeting. A reminder missed while the computer slept is shown once on wake.</source>
        <translation>Zeigt zu jeder unten eingestellten Zeit vor einem terminierten Treffen eine Desktop-Benachrichtigung. Eine Erinnerung, die verpasst wurde, während der Computer schlief, wird nach dem Aufwachen einmal angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Before the start:</source>
        <translation>&amp;Vor dem Beginn:</translation>
    </message>
    <message>
        <source>Meeting reminder times</source>
        <translation>Erinnerungszeiten für Treffen</translation>
    </message>
    <message>
        <source>Times before each meeting, separated by commas, with d for days, h for hours and m for minutes, such as 1d, 1h. At most %1 times of up to 7 days each.</source>
        <translation>Zeiten vor jedem Treffen, durch Kommas getrennt, mit d für Tage, h für Stunden und m für Minuten, etwa 1d, 1h. Höchstens %1 Zeiten von jeweils bis zu 7 Tagen.</translation>
    </message>
    <message>
        <source>such as 1d, 1h</source>
        <translation>etwa 1d, 1h</translation>
    </message>
    <message>
        <source>Meeting reminder times error</source>
        <translation>Fehler bei den Erinnerungszeiten für Treffen</translation>
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
<context>
    <name>mesi::ui::TimeGridHeader</name>
    <message>
        <source>No deadlines in this period.</source>
        <translation>Keine Fristen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Deadlines: %1</source>
        <translation>Fristen: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short weekday name, then the day of the month</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (heute)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesi::ui::TimeGridPage</name>
    <message>
        <source>Week %1: %2 – %3</source>
        <comment>ISO week number, first day, last day</comment>
        <translation>Woche %1: %2 – %3</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>Previous day (PageUp)</source>
        <translation>Vorheriger Tag (Bild auf)</translation>
    </message>
    <message>
        <source>Previous week (PageUp)</source>
        <translation>Vorherige Woche (Bild auf)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Next day (PageDown)</source>
        <translation>Nächster Tag (Bild ab)</translation>
    </message>
    <message>
        <source>Next week (PageDown)</source>
        <translation>Nächste Woche (Bild ab)</translation>
    </message>
    <message>
        <source>Shown day</source>
        <translation>Angezeigter Tag</translation>
    </message>
    <message>
        <source>Shown week</source>
        <translation>Angezeigte Woche</translation>
    </message>
    <message>
        <source>Day grid</source>
        <translation>Tagesraster</translation>
    </message>
    <message>
        <source>Week grid</source>
        <translation>Wochenraster</translation>
    </message>
    <message>
        <source>Meetings by hour. Left and Right move the day, PageUp and PageDown the period, Home goes to today, Up and Down select meetings, Enter opens one and the Menu key offers its chat and pass.</source>
        <translation>Treffen nach Stunden. Die Pfeiltasten Links und Rechts wechseln den Tag, Bild auf und Bild ab den Zeitraum, Pos1 springt zu heute, die Pfeiltasten Auf und Ab wählen Treffen aus, die Eingabetaste öffnet eines, und die Menütaste bietet dessen Chat und Pass an.</translation>
    </message>
    <message>
        <source>Day and deadlines</source>
        <translation>Tag und Fristen</translation>
    </message>
    <message>
        <source>Days and deadlines</source>
        <translation>Tage und Fristen</translation>
    </message>
</context>
<context>
    <name>mesi::ui::TimeGridView</name>
    <message>
        <source>Busy</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Busy: %1</source>
        <translation>Belegt: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>start and end of a busy time</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Busy (imported from %1, read-only): %2
%3</source>
        <translation>Belegt (importiert aus %1, schreibgeschützt): %2
%3</translation>
    </message>
    <message numerus="yes">
        <source>Clocks go forward %n minute(s) at %1, so the hatched times do not exist on this day.</source>
        <translation>
            <numerusform>Um %1 werden die Uhren %n Minute vorgestellt, daher gibt es die schraffierten Zeiten an diesem Tag nicht.</numerusform>
            <numerusform>Um %1 werden die Uhren %n Minuten vorgestellt, daher gibt es die schraffierten Zeiten an diesem Tag nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clocks go back %n minute(s) at %1, so the hatched times occur twice on this day.</source>
        <translation>
            <numerusform>Um %1 werden die Uhren %n Minute zurückgestellt, daher kommen die schraffierten Zeiten an diesem Tag zweimal vor.</numerusform>
            <numerusform>Um %1 werden die Uhren %n Minuten zurückgestellt, daher kommen die schraffierten Zeiten an diesem Tag zweimal vor.</numerusform>
        </translation>
    </message>
</context>
</TS>
