<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>mesi-console: profile &apos;%1&apos; does not exist yet; creating it with its settings in %2 and its data in %3
</source>
        <translation>mesi-console : le profil &apos;%1&apos; n&apos;existe pas encore ; il est créé avec ses paramètres dans %2 et ses données dans %3
</translation>
    </message>
    <message>
        <source>mesi-console: a console for profile &apos;%1&apos; is already running; its window was brought forward
</source>
        <translation>mesi-console : une console est déjà ouverte pour le profil &apos;%1&apos; ; sa fenêtre a été mise au premier plan
</translation>
    </message>
</context>
<context>
    <name>mesi::api::ApiClient</name>
    <message>
        <source>The response to %1 has %2 bytes or more, over the limit of %3 bytes, so it was stopped. The server sent more than the API allows; try again later or report it to the server&apos;s operator.</source>
        <translation>La réponse à %1 fait %2 octets ou plus, au-delà de la limite de %3 octets ; sa réception a donc été interrompue. Le serveur a envoyé plus que ce que l&apos;API autorise ; réessayez plus tard ou signalez-le à l&apos;administrateur du serveur.</translation>
    </message>
</context>
<context>
    <name>mesi::api::CertificateText</name>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Le serveur n&apos;a envoyé aucun certificat.</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from: %3
Valid until: %4
SHA-256 fingerprint: %5</source>
        <translation>Sujet : %1
Émetteur : %2
Début de validité : %3
Fin de validité : %4
Empreinte SHA-256 : %5</translation>
    </message>
    <message>
        <source>unknown certificate error</source>
        <translation>erreur de certificat inconnue</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>The certificate of %1 failed verification (%2), so the connection was stopped. Check the address; if it is right, ask the server&apos;s operator to fix its certificate.</source>
        <translation>La vérification du certificat de %1 a échoué (%2) ; la connexion a donc été interrompue. Vérifiez l&apos;adresse ; si elle est correcte, demandez à l&apos;administrateur du serveur de corriger son certificat.</translation>
    </message>
</context>
<context>
    <name>mesi::desktop::CommandLine</name>
    <message>
        <source>Review, accept and reject Bid-to-Meet bids, and chat with fans.</source>
        <translation>Examinez, acceptez et refusez les offres Bid-to-Meet, et discutez avec les fans.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Affiche cette aide et quitte.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Affiche la version et quitte.</translation>
    </message>
    <message>
        <source>Start a local demo sandbox on a free loopback port and sign in to it as the demo creator.</source>
        <translation>Démarre une Sandbox de démonstration locale sur un port loopback libre et s&apos;y connecte en tant que créateur de démonstration.</translation>
    </message>
    <message>
        <source>Mesi API address to prefill in the sign-in dialog.</source>
        <translation>Adresse de l&apos;API Mesi préremplie dans la fenêtre de connexion.</translation>
    </message>
    <message>
        <source>Creator handle to prefill in the sign-in dialog.</source>
        <translation>Identifiant du créateur prérempli dans la fenêtre de connexion.</translation>
    </message>
    <message>
        <source>Profile to use, with its own settings, data and window; one console runs per profile. Use letters, digits, &apos;-&apos; and &apos;_&apos;. A name not used before creates a new profile. Default: &apos;%1&apos;.</source>
        <translation>Profil à utiliser, avec ses propres paramètres, données et fenêtre ; une console s&apos;exécute par profil. Utilisez des lettres, des chiffres, &apos;-&apos; et &apos;_&apos;. Un nom encore jamais utilisé crée un nouveau profil. Par défaut : &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>With --sandbox: seconds between simulated fan bids; 0 turns them off (default 8).</source>
        <translation>Avec --sandbox : secondes entre les offres simulées des fans ; 0 les désactive (8 par défaut).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; mesi-console takes options only</source>
        <translation>argument inattendu &apos;%1&apos; ; mesi-console n&apos;accepte que des options</translation>
    </message>
    <message>
        <source>invalid --demo-fan-interval &apos;%1&apos;; use a whole number of seconds, 0 or more</source>
        <translation>--demo-fan-interval &apos;%1&apos; non valide ; indiquez un nombre entier de secondes, 0 ou plus</translation>
    </message>
    <message>
        <source>use either --sandbox or --api-url, not both</source>
        <translation>utilisez --sandbox ou --api-url, pas les deux</translation>
    </message>
</context>
<context>
    <name>mesi::desktop::LogFile</name>
    <message>
        <source>could not create the log folder %1</source>
        <translation>impossible de créer le dossier du journal %1</translation>
    </message>
    <message>
        <source>could not open the log file %1: %2</source>
        <translation>impossible d&apos;ouvrir le fichier journal %1 : %2</translation>
    </message>
</context>
<context>
    <name>mesi::desktop::Profile</name>
    <message>
        <source>invalid profile name &apos;%1&apos;: %2</source>
        <translation>nom de profil non valide &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>le nom est vide</translation>
    </message>
    <message>
        <source>use at most %1 characters</source>
        <translation>utilisez au plus %1 caractères</translation>
    </message>
    <message>
        <source>use only letters A-Z and a-z, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>utilisez uniquement les lettres A-Z et a-z, des chiffres, &apos;-&apos; et &apos;_&apos;</translation>
    </message>
    <message>
        <source>could not create the profile folder %1</source>
        <translation>impossible de créer le dossier du profil %1</translation>
    </message>
    <message>
        <source>could not create the settings folder %1</source>
        <translation>impossible de créer le dossier des paramètres %1</translation>
    </message>
    <message>
        <source>could not write the settings file %1</source>
        <translation>impossible d&apos;écrire le fichier de paramètres %1</translation>
    </message>
</context>
<context>
    <name>mesi::desktop::SingleInstance</name>
    <message>
        <source>could not create the lock file %1</source>
        <translation>impossible de créer le fichier de verrou %1</translation>
    </message>
    <message>
        <source>could not listen on the local socket %1: %2</source>
        <translation>impossible d&apos;écouter sur le socket local %1 : %2</translation>
    </message>
    <message>
        <source>the console running for profile &apos;%1&apos; did not answer on %2: %3</source>
        <translation>la console ouverte du profil &apos;%1&apos; n&apos;a pas répondu sur %2 : %3</translation>
    </message>
    <message>
        <source>the console running for profile &apos;%1&apos; did not confirm the request to come forward</source>
        <translation>la console ouverte du profil &apos;%1&apos; n&apos;a pas confirmé la demande de passer au premier plan</translation>
    </message>
</context>
<context>
    <name>mesi::sync::CreatorLifecycle</name>
    <message>
        <source>Creator Console on %1</source>
        <translation>Creator Console sur %1</translation>
    </message>
    <message>
        <source>bid %1 has no scheduled meeting, so it has no pass</source>
        <translation>l&apos;offre %1 n&apos;a pas de rencontre planifiée, elle n&apos;a donc pas de pass</translation>
    </message>
    <message>
        <source>this device&apos;s pass key is not registered with the server yet, so a fan&apos;s scan would be rejected; go online once to register it</source>
        <translation>la clé de pass de cet appareil n&apos;est pas encore enregistrée auprès du serveur, le scan d&apos;un fan serait donc refusé ; connectez-vous une fois pour l&apos;enregistrer</translation>
    </message>
    <message>
        <source>The note has %1 characters. Shorten it to at most %2.</source>
        <translation>La note compte %1 caractères. Raccourcissez-la à %2 au maximum.</translation>
    </message>
    <message>
        <source>The reason has %1 characters. Give the fan a reason of 1 to %2 characters.</source>
        <translation>Le motif compte %1 caractères. Donnez au fan un motif de 1 à %2 caractères.</translation>
    </message>
    <message>
        <source>this device&apos;s pass key is not loaded yet; unlock the secrets file or wait until the secret store answers</source>
        <translation>la clé de pass de cet appareil n&apos;est pas encore chargée ; déverrouillez le fichier de secrets ou attendez la réponse du trousseau de secrets</translation>
    </message>
    <message>
        <source>the pass key is being loaded, registered or reset already; try again in a moment</source>
        <translation>la clé de pass est déjà en cours de chargement, d&apos;enregistrement ou de réinitialisation ; réessayez dans un instant</translation>
    </message>
    <message>
        <source>resetting the signing key needs the server; sign in and try again</source>
        <translation>la réinitialisation de la clé de signature nécessite le serveur ; connectez-vous et réessayez</translation>
    </message>
</context>
<context>
    <name>mesi::sync::CreatorSession</name>
    <message>
        <source>Could not load unsent actions: %1</source>
        <translation>Impossible de charger les actions non envoyées : %1</translation>
    </message>
    <message>
        <source>Could not load bids: %1</source>
        <translation>Impossible de charger les offres : %1</translation>
    </message>
    <message>
        <source>Skipped a bid from the server: %1</source>
        <translation>Une offre du serveur a été ignorée : %1</translation>
    </message>
    <message>
        <source>Could not save bids for offline use: %1</source>
        <translation>Impossible d&apos;enregistrer les offres pour une utilisation hors ligne : %1</translation>
    </message>
    <message>
        <source>Skipped an update from the server: %1</source>
        <translation>Une mise à jour du serveur a été ignorée : %1</translation>
    </message>
    <message>
        <source>Skipped a chat message from the server: %1</source>
        <translation>Un message de chat du serveur a été ignoré : %1</translation>
    </message>
    <message>
        <source>A message was not sent: %1</source>
        <translation>Un message n&apos;a pas été envoyé : %1</translation>
    </message>
    <message>
        <source>Unsent actions wait until you sign in again: %1</source>
        <translation>Les actions non envoyées attendent que vous vous reconnectiez : %1</translation>
    </message>
    <message numerus="yes">
        <source>Unsent actions wait for the server; next try in %n second(s): %1</source>
        <translation>
            <numerusform>Les actions non envoyées attendent le serveur ; prochain essai dans %n seconde : %1</numerusform>
            <numerusform>Les actions non envoyées attendent le serveur ; prochain essai dans %n secondes : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>The reason has %1 characters; shorten it to at most %2.</source>
        <translation>Le motif compte %1 caractères ; raccourcissez-le à %2 au plus.</translation>
    </message>
    <message>
        <source>The message has %1 characters; shorten it to at most %2.</source>
        <translation>Le message compte %1 caractères ; raccourcissez-le à %2 au plus.</translation>
    </message>
    <message>
        <source>An earlier action on this bid still waits to be sent. Undo it, or wait until it is sent and try again.</source>
        <translation>Une action précédente sur cette offre attend encore d&apos;être envoyée. Annulez-la, ou attendez son envoi et réessayez.</translation>
    </message>
    <message>
        <source>Could not save changes for offline use: %1. The console keeps them and tries again every few seconds.</source>
        <translation>Impossible d&apos;enregistrer les modifications pour une utilisation hors ligne : %1. La console les conserve et réessaie à quelques secondes d&apos;intervalle.</translation>
    </message>
    <message>
        <source>Could not keep the sign-in for the next start: %1</source>
        <translation>Impossible de conserver la connexion pour le prochain démarrage : %1</translation>
    </message>
    <message>
        <source>Could not delete the stored sign-in: %1</source>
        <translation>Impossible de supprimer la connexion enregistrée : %1</translation>
    </message>
    <message>
        <source>No sign-in is kept on this computer; sign in with your password.</source>
        <translation>Aucune connexion n&apos;est conservée sur cet ordinateur ; connectez-vous avec votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>mesi::sync::Outbox</name>
    <message>
        <source>Outbox entry %1 is not in the outbox any more; it was sent or removed already.</source>
        <translation>L&apos;entrée %1 n&apos;est plus dans la boîte d&apos;envoi ; elle a déjà été envoyée ou supprimée.</translation>
    </message>
    <message>
        <source>It is already on its way to the server and can no longer be cancelled.</source>
        <translation>Elle est déjà en route vers le serveur et ne peut plus être annulée.</translation>
    </message>
</context>
<context>
    <name>mesi::sync::SandboxProcess</name>
    <message>
        <source>The demo sandbox did not report its address within %1 seconds.</source>
        <translation>La Sandbox de démonstration n&apos;a pas indiqué son adresse en %1 secondes.</translation>
    </message>
    <message>
        <source>Could not start the demo sandbox &apos;%1&apos;: %2. Reinstall Mesi Creator Console or start it with --api-url.</source>
        <translation>Impossible de démarrer la Sandbox de démonstration &apos;%1&apos; : %2. Réinstallez Mesi Creator Console ou lancez-le avec --api-url.</translation>
    </message>
    <message>
        <source>The demo sandbox stopped with exit code %1 before it was ready: %2</source>
        <translation>La Sandbox de démonstration s&apos;est arrêtée avec le code de sortie %1 avant d&apos;être prête : %2</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>aucun message</translation>
    </message>
    <message>
        <source>The demo sandbox printed &apos;%1&apos; instead of its address.</source>
        <translation>La Sandbox de démonstration a affiché &apos;%1&apos; au lieu de son adresse.</translation>
    </message>
    <message>
        <source>see %1</source>
        <translation>voir %1</translation>
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
        <translation>Niveau du fan</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Session prices</source>
        <translation>Prix des sessions</translation>
    </message>
    <message>
        <source>One row per session format and fan account tier, with its length and price.</source>
        <translation>Une ligne par format de session et niveau de compte du fan, avec sa durée et son prix.</translation>
    </message>
    <message>
        <source>Price table columns</source>
        <translation>Colonnes du tableau des prix</translation>
    </message>
    <message>
        <source>Price table rows</source>
        <translation>Lignes du tableau des prix</translation>
    </message>
    <message>
        <source>Select all price rows</source>
        <translation>Sélectionner toutes les lignes de prix</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add price row</source>
        <translation>Ajouter une ligne de prix</translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>Remove selected price row</source>
        <translation>Supprimer la ligne de prix sélectionnée</translation>
    </message>
    <message>
        <source>Price row %1 repeats %2 for %3 fans, which price row %4 already prices. Change the format or fan tier, or remove one of the two rows.</source>
        <translation>La ligne de prix %1 répète %2 pour les fans de niveau %3, déjà tarifé par la ligne de prix %4. Modifiez le format ou le niveau du fan, ou supprimez l&apos;une des deux lignes.</translation>
    </message>
    <message>
        <source>The price table is invalid: %1</source>
        <translation>Le tableau des prix n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>Price row %1 has no price. Enter an amount above zero, such as %2.</source>
        <translation>La ligne de prix %1 n&apos;a pas de prix. Saisissez un montant supérieur à zéro, par exemple %2.</translation>
    </message>
    <message>
        <source>Price row %1: %2</source>
        <translation>Ligne de prix %1 : %2</translation>
    </message>
    <message>
        <source>Price row %1: the price is zero. Enter an amount above zero.</source>
        <translation>Ligne de prix %1 : le prix est nul. Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Format, row %1</source>
        <translation>Format, ligne %1</translation>
    </message>
    <message>
        <source>Fan tier, row %1</source>
        <translation>Niveau du fan, ligne %1</translation>
    </message>
    <message>
        <source>Minutes, row %1</source>
        <translation>Minutes, ligne %1</translation>
    </message>
    <message>
        <source>Price, row %1</source>
        <translation>Prix, ligne %1</translation>
    </message>
    <message>
        <source>Asset, row %1</source>
        <translation>Devise, ligne %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::AmountInput</name>
    <message>
        <source>&apos;%1&apos; contains &apos;.&apos;, which is not the decimal point here. Type &apos;%2&apos; before the decimals and no group separators, such as %3.</source>
        <translation>&apos;%1&apos; contient &apos;.&apos;, qui n&apos;est pas le séparateur décimal ici. Saisissez &apos;%2&apos; avant les décimales et aucun séparateur de milliers, par exemple %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain amount. Type digits with &apos;%2&apos; before the decimals, such as %3, and no signs, spaces or group separators.</source>
        <translation>&apos;%1&apos; n&apos;est pas un montant simple. Saisissez des chiffres avec &apos;%2&apos; avant les décimales, par exemple %3, sans signe, espace ni séparateur de milliers.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; has more than %Ln decimals, which is the most %2 allows. Round it to %Ln decimals.</source>
        <translation>
            <numerusform>&apos;%1&apos; a plus de %Ln décimale, le maximum autorisé pour %2. Arrondissez à %Ln décimale.</numerusform>
            <numerusform>&apos;%1&apos; a plus de %Ln décimales, le maximum autorisé pour %2. Arrondissez à %Ln décimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 amount: %3</source>
        <translation>&apos;%1&apos; n&apos;est pas un montant %2 valide : %3</translation>
    </message>
</context>
<context>
    <name>mesi::ui::AvailabilityEditor</name>
    <message>
        <source>Home time zone</source>
        <translation>Fuseau horaire de référence</translation>
    </message>
    <message>
        <source>IANA name such as Europe/Berlin. The weekly windows and blocked dates are read in this zone.</source>
        <translation>Nom IANA, par exemple Europe/Berlin. Les plages hebdomadaires et les dates bloquées sont lues dans ce fuseau.</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Travel buffer in minutes</source>
        <translation>Marge de déplacement en minutes</translation>
    </message>
    <message>
        <source>Time kept free before and after each meeting, from 0 to %1 minutes.</source>
        <translation>Temps laissé libre avant et après chaque rencontre, de 0 à %1 minutes.</translation>
    </message>
    <message>
        <source>Home time &amp;zone:</source>
        <translation>&amp;Fuseau horaire de référence :</translation>
    </message>
    <message>
        <source>&amp;Travel buffer:</source>
        <translation>&amp;Marge de déplacement :</translation>
    </message>
    <message>
        <source>Fans see your availability. The console warns you when a proposed meeting lies outside it, on a blocked date, or closer than the travel buffer to another meeting or busy time.</source>
        <translation>Les fans voient vos disponibilités. La console vous avertit lorsqu&apos;une rencontre proposée se situe en dehors de celles-ci, tombe sur une date bloquée, ou est plus proche d&apos;une autre rencontre ou d&apos;un créneau occupé que la marge de déplacement.</translation>
    </message>
    <message>
        <source>Weekly meeting windows</source>
        <translation>Plages de rencontre hebdomadaires</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Meeting windows on %1</source>
        <translation>Plages de rencontre le %1</translation>
    </message>
    <message>
        <source>Time ranges such as 10:00-13:00, 15:00-19:00; empty for no meetings that day.</source>
        <translation>Plages horaires, par exemple 10:00-13:00, 15:00-19:00 ; vide pour aucune rencontre ce jour-là.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>weekday as a form label</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Type each day&apos;s ranges as 10:00-13:00, 15:00-19:00. A range may end at 24:00. Leave every day empty to take meetings at any time of a date that is not blocked.</source>
        <translation>Saisissez les plages de chaque jour sous la forme 10:00-13:00, 15:00-19:00. Une plage peut se terminer à 24:00. Laissez tous les jours vides pour accepter des rencontres à toute heure d&apos;une date non bloquée.</translation>
    </message>
    <message>
        <source>Blocked dates</source>
        <translation>Dates bloquées</translation>
    </message>
    <message>
        <source>Date to block</source>
        <translation>Date à bloquer</translation>
    </message>
    <message>
        <source>&amp;Block Date</source>
        <translation>&amp;Bloquer la date</translation>
    </message>
    <message>
        <source>Block the chosen date</source>
        <translation>Bloquer la date choisie</translation>
    </message>
    <message>
        <source>Press Delete to unblock the selected dates.</source>
        <translation>Appuyez sur Suppr pour débloquer les dates sélectionnées.</translation>
    </message>
    <message>
        <source>&amp;Unblock Date</source>
        <translation>Débl&amp;oquer la date</translation>
    </message>
    <message>
        <source>Unblock the selected dates</source>
        <translation>Débloquer les dates sélectionnées</translation>
    </message>
    <message>
        <source>No meeting is expected on a blocked date, all day in your home time zone.</source>
        <translation>Aucune rencontre n&apos;est prévue à une date bloquée, sur toute la journée dans votre fuseau horaire de référence.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time range. Write ranges such as 10:00-13:00, 15:00-19:00, with times from 00:00 to 24:00.</source>
        <translation>%1 : « %2 » n&apos;est pas une plage horaire. Saisissez des plages comme 10:00-13:00, 15:00-19:00, avec des heures de 00:00 à 24:00.</translation>
    </message>
    <message>
        <source>%1: the window %2 ends before it starts. Give an end later than the start, at most 24:00.</source>
        <translation>%1 : la plage %2 se termine avant de commencer. Indiquez une fin postérieure au début, au plus tard 24:00.</translation>
    </message>
    <message>
        <source>%1: the windows %2 and %3 overlap. Merge them or move one.</source>
        <translation>%1 : les plages %2 et %3 se chevauchent. Fusionnez-les ou déplacez-en une.</translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is unknown. Pick a zone from the list, such as Europe/Berlin.</source>
        <translation>Le fuseau horaire « %1 » est inconnu. Choisissez un fuseau dans la liste, par exemple Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::BidDetailPane</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Bid Details</source>
        <translation>Détails de l&apos;offre</translation>
    </message>
    <message>
        <source>Fan:</source>
        <translation>Fan :</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Montant :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Escrow:</source>
        <translation>Séquestre :</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçue :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>Motif indiqué :</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;ccepter</translation>
    </message>
    <message>
        <source>Accept bid</source>
        <translation>Accepter l&apos;offre</translation>
    </message>
    <message>
        <source>Accepts the selected bid and opens a chat with the fan.</source>
        <translation>Accepte l&apos;offre sélectionnée et ouvre un chat avec le fan.</translation>
    </message>
    <message>
        <source>Accept this bid and open a chat with the fan (Alt+A)</source>
        <translation>Accepter cette offre et ouvrir un chat avec le fan (Alt+C)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>Reject bid</source>
        <translation>Refuser l&apos;offre</translation>
    </message>
    <message>
        <source>Asks for an optional reason, rejects the selected bid and refunds the escrow.</source>
        <translation>Demande un motif facultatif, refuse l&apos;offre sélectionnée et rembourse le séquestre.</translation>
    </message>
    <message>
        <source>Reject this bid and refund the fan (Alt+R)</source>
        <translation>Refuser cette offre et rembourser le fan (Alt+R)</translation>
    </message>
    <message>
        <source>Undo or dismiss your answer</source>
        <translation>Annuler ou ignorer votre réponse</translation>
    </message>
    <message>
        <source>Cancels an answer that has not been sent yet, or dismisses one the server rejected.</source>
        <translation>Annule une réponse pas encore envoyée, ou ignore une réponse refusée par le serveur.</translation>
    </message>
    <message>
        <source>Action error</source>
        <translation>Erreur de l&apos;action</translation>
    </message>
    <message>
        <source>Only pending bids can be accepted or rejected.</source>
        <translation>Seules les offres en attente peuvent être acceptées ou refusées.</translation>
    </message>
    <message>
        <source>Select a bid in the inbox to see its details.</source>
        <translation>Sélectionnez une offre dans la boîte de réception pour voir ses détails.</translation>
    </message>
    <message>
        <source>This bid is no longer in the inbox.</source>
        <translation>Cette offre n&apos;est plus dans la boîte de réception.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(aucune note)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>%1 (your answer was not accepted: %2)</source>
        <translation>%1 (votre réponse n&apos;a pas été acceptée : %2)</translation>
    </message>
    <message>
        <source>%1 (your answer waits to be sent)</source>
        <translation>%1 (votre réponse attend d&apos;être envoyée)</translation>
    </message>
    <message>
        <source>%1 (sending your answer…)</source>
        <translation>%1 (envoi de votre réponse…)</translation>
    </message>
    <message>
        <source>Your answer was not sent: %1</source>
        <translation>Votre réponse n&apos;a pas été envoyée : %1</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
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
        <translation>%1 (mise à jour…)</translation>
    </message>
    <message>
        <source>Fan</source>
        <translation>Fan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Escrow</source>
        <translation>Séquestre</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>accept failed: %1</source>
        <translation>échec de l&apos;acceptation : %1</translation>
    </message>
    <message>
        <source>reject failed: %1</source>
        <translation>échec du refus : %1</translation>
    </message>
    <message>
        <source>accept waiting to send</source>
        <comment>outbox state of an answer</comment>
        <translation>acceptation en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>reject waiting to send</source>
        <comment>outbox state of an answer</comment>
        <translation>refus en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min, tier price %2</source>
        <translation>
            <numerusform>%1, %n min, prix du niveau %2</numerusform>
            <numerusform>%1, %n min, prix du niveau %2</numerusform>
        </translation>
    </message>
    <message>
        <source>proposal acceptance failed: %1</source>
        <translation>échec de l&apos;acceptation de la proposition : %1</translation>
    </message>
    <message>
        <source>proposal acceptance waiting to send</source>
        <comment>outbox state of an answer</comment>
        <translation>acceptation de la proposition en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>cancel failed: %1</source>
        <translation>échec de l&apos;annulation : %1</translation>
    </message>
    <message>
        <source>cancel waiting to send</source>
        <comment>outbox state of an answer</comment>
        <translation>annulation en attente d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>mesi::ui::BidText</name>
    <message>
        <source>Pending</source>
        <comment>bid status</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>bid status</comment>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>bid status</comment>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>bid status</comment>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>bid status</comment>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>bid status</comment>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>bid status</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>bid status</comment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>escrow state</comment>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Released to you</source>
        <translation>Libéré en votre faveur</translation>
    </message>
    <message>
        <source>Refunded to fan</source>
        <translation>Remboursé au fan</translation>
    </message>
    <message>
        <source>The chat with the fan opens when you accept this bid.</source>
        <translation>Le chat avec le fan s&apos;ouvre lorsque vous acceptez cette offre.</translation>
    </message>
    <message>
        <source>You rejected this bid, so it has no chat.</source>
        <translation>Vous avez refusé cette offre, elle n&apos;a donc pas de chat.</translation>
    </message>
    <message>
        <source>The fan withdrew this bid before you answered, so it has no chat.</source>
        <translation>Le fan a retiré cette offre avant votre réponse, elle n&apos;a donc pas de chat.</translation>
    </message>
    <message>
        <source>This bid expired before you answered, so it has no chat.</source>
        <translation>Cette offre a expiré avant votre réponse, elle n&apos;a donc pas de chat.</translation>
    </message>
    <message>
        <source>This bid is completed; the chat is read-only now.</source>
        <translation>Cette offre est terminée ; la discussion est désormais en lecture seule.</translation>
    </message>
    <message>
        <source>This bid was cancelled; the chat is read-only now.</source>
        <translation>Cette offre a été annulée ; la discussion est désormais en lecture seule.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::CalendarLegend</name>
    <message>
        <source>Busy (imported)</source>
        <translation>Occupé (importé)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Month: days in bold have meetings, with their number in the corner, and a flag for deadlines. Today has a frame.</source>
        <translation>Mois : les jours en gras ont des rencontres, avec leur nombre dans le coin, et un drapeau signale les échéances. Aujourd&apos;hui est encadré.</translation>
    </message>
    <message>
        <source>Colour legend</source>
        <translation>Légende des couleurs</translation>
    </message>
    <message>
        <source>Scheduled meetings are blue with a solid border. Tentative ones are purple with a dashed border and a question mark. Completed ones are green with a check mark. Cancelled ones are red with a dotted border, a cross and struck-out names. Imported busy times are grey and hatched. KYF deadlines have a filled flag, bid expiries an outlined flag. A red line marks the current time. %1</source>
        <translation>Les rencontres planifiées sont bleues avec une bordure pleine. Les rencontres provisoires sont violettes avec une bordure en tirets et un point d&apos;interrogation. Les rencontres terminées sont vertes avec une coche. Les rencontres annulées sont rouges avec une bordure en pointillés, une croix et des noms barrés. Les créneaux occupés importés sont gris et hachurés. Les échéances KYF ont un drapeau plein, les expirations d&apos;offres un drapeau en contour. Une ligne rouge indique l&apos;heure actuelle. %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::CalendarMarkers</name>
    <message>
        <source>KYF deadline</source>
        <translation>Échéance KYF</translation>
    </message>
    <message>
        <source>Bid expiry</source>
        <translation>Expiration de l&apos;offre</translation>
    </message>
    <message>
        <source>KYF due %1 %2</source>
        <comment>time, then the fan&apos;s name</comment>
        <translation>Échéance KYF %1 %2</translation>
    </message>
    <message>
        <source>Expires %1 %2</source>
        <comment>time, then the fan&apos;s name of a pending bid</comment>
        <translation>Expire %1 %2</translation>
    </message>
    <message>
        <source>%1 must answer the KYF request by %2. Double-click to open the bid.</source>
        <translation>%1 doit répondre à la demande KYF avant %2. Double-cliquez pour ouvrir l&apos;offre.</translation>
    </message>
    <message>
        <source>The pending bid of %1 expires at %2 unless you answer it. Double-click to open the bid.</source>
        <translation>L&apos;offre en attente de %1 expire à %2 si vous n&apos;y répondez pas. Double-cliquez pour ouvrir l&apos;offre.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::CertificateBox</name>
    <message>
        <source>Connection Not Secure</source>
        <translation>Connexion non sécurisée</translation>
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
        <translation>%1 · non envoyé : %2</translation>
    </message>
    <message>
        <source>%1 · 🕒 waiting to send</source>
        <comment>outbox state of a chat message</comment>
        <translation>%1 · 🕒 en attente d&apos;envoi</translation>
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
        <translation>Rencontre proposée : %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::ChatPane</name>
    <message>
        <source>The chat could not be loaded: %1</source>
        <translation>Impossible de charger le chat : %1</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>Messages du chat</translation>
    </message>
    <message>
        <source>Messages with the fan, oldest first.</source>
        <translation>Messages avec le fan, du plus ancien au plus récent.</translation>
    </message>
    <message>
        <source>Write to the fan and press Enter</source>
        <translation>Écrivez au fan et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Message to the fan</source>
        <translation>Message au fan</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Send the message (Enter or Alt+S)</source>
        <translation>Envoyer le message (Entrée ou Alt+E)</translation>
    </message>
    <message>
        <source>Chat error</source>
        <translation>Erreur du chat</translation>
    </message>
    <message>
        <source>Select a bid to see its chat.</source>
        <translation>Sélectionnez une offre pour voir son chat.</translation>
    </message>
    <message>
        <source>Your message was not sent: %1</source>
        <translation>Votre message n&apos;a pas été envoyé : %1</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Annuler l&apos;envoi</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>The message could not be cancelled: %1</source>
        <translation>Impossible d&apos;annuler le message : %1</translation>
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
        <translation>En dehors de vos disponibilités : %1 n&apos;a aucune plage de rencontre (%2 se situe en dehors).</translation>
    </message>
    <message>
        <source>Outside your availability: %1 windows are %2 in %3 (%4 lies outside).</source>
        <translation>En dehors de vos disponibilités : les plages du %1 sont %2 dans le fuseau %3 (%4 se situe en dehors).</translation>
    </message>
    <message>
        <source>On %1, a date you blocked.</source>
        <translation>Le %1, une date que vous avez bloquée.</translation>
    </message>
    <message>
        <source>Overlaps your meeting with %1 (%2).</source>
        <translation>Chevauche votre rencontre avec %1 (%2).</translation>
    </message>
    <message>
        <source>Overlaps the pending proposal in the chat with %1 (%2).</source>
        <translation>Chevauche la proposition en attente dans le chat avec %1 (%2).</translation>
    </message>
    <message>
        <source>Overlaps your busy time &quot;%1&quot; (%2).</source>
        <translation>Chevauche votre créneau occupé « %1 » (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Closer than your travel buffer of %n minute(s).</source>
        <translation>
            <numerusform>Plus proche que votre marge de déplacement de %n minute.</numerusform>
            <numerusform>Plus proche que votre marge de déplacement de %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This time conflicts with your calendar:</source>
        <translation>Cet horaire est en conflit avec votre calendrier :</translation>
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
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Mesi API at %1</source>
        <translation>API Mesi à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>Offline, next attempt in %1 s</source>
        <translation>Hors ligne, prochain essai dans %1 s</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Offline, trying again now</source>
        <translation>Hors ligne, nouvel essai en cours</translation>
    </message>
</context>
<context>
    <name>mesi::ui::ConsoleStartup</name>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Could not sign in to the demo sandbox: %1</source>
        <translation>Impossible de se connecter à la Sandbox de démonstration : %1</translation>
    </message>
    <message>
        <source>Demo sandbox failed</source>
        <translation>Échec de la Sandbox de démonstration</translation>
    </message>
    <message>
        <source>You are offline: the window shows the bids and chats saved on this computer, and your actions wait in the outbox. Sign in to send them and receive new bids.</source>
        <translation>Vous êtes hors ligne : la fenêtre affiche les offres et les chats enregistrés sur cet ordinateur, et vos actions attendent dans la boîte d&apos;envoi. Connectez-vous pour les envoyer et recevoir de nouvelles offres.</translation>
    </message>
    <message>
        <source>Demo sandbox running at %1
Play a fan in another terminal, for example:
  %2 --api %1 --fan Lena bid --creator demo --amount 120.00 --asset USD
</source>
        <translation>La sandbox de démonstration tourne à l&apos;adresse %1
Jouez un fan dans un autre terminal, par exemple :
  %2 --api %1 --fan Lena bid --creator demo --amount 120.00 --asset USD
</translation>
    </message>
    <message>
        <source>Secret Store Unavailable</source>
        <translation>Trousseau de secrets indisponible</translation>
    </message>
    <message>
        <source>The console cannot use the system&apos;s secret store: %1

You will sign in at every start until this is solved.</source>
        <translation>La console ne peut pas utiliser le trousseau de secrets du système : %1

Vous devrez vous connecter à chaque démarrage tant que ce problème n&apos;est pas résolu.</translation>
    </message>
    <message>
        <source>No Secret Store</source>
        <translation>Aucun trousseau de secrets</translation>
    </message>
    <message>
        <source>This system has no secret store (such as GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager) that the console can reach.

The console can keep your sign-in and the key that signs meeting passes in a file sealed with a passphrase instead. Without it you sign in at every start, and passes shown before a restart stop working.

This message is shown once.</source>
        <translation>Ce système n&apos;a aucun trousseau de secrets (comme GNOME Keyring, KWallet, le Trousseau d&apos;accès de macOS ou le Gestionnaire d&apos;identification de Windows) accessible à la console.

La console peut à la place conserver votre connexion et la clé qui signe les pass de rencontre dans un fichier scellé par une phrase secrète. Sans ce fichier, vous devez vous connecter à chaque démarrage, et les pass affichés avant un redémarrage cessent de fonctionner.

Ce message n&apos;est affiché qu&apos;une fois.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::CreatorSettingsDialog</name>
    <message>
        <source>Bid Settings</source>
        <translation>Paramètres des offres</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Erreur dans les paramètres</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save bid settings</source>
        <translation>Enregistrer les paramètres des offres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Bidding</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>When this is off, fans see that your bidding is paused and the server rejects new bids.</source>
        <translation>Lorsque cette option est désactivée, les fans voient que vos offres sont en pause et le serveur refuse les nouvelles offres.</translation>
    </message>
    <message>
        <source>Accept new &amp;bids</source>
        <translation>Accepter les nouvelles &amp;offres</translation>
    </message>
    <message>
        <source>Accept new bids</source>
        <translation>Accepter les nouvelles offres</translation>
    </message>
    <message>
        <source>Minimum bids</source>
        <translation>Offres minimales</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Aucun minimum</translation>
    </message>
    <message>
        <source>Minimum bid in %1</source>
        <translation>Offre minimale en %1</translation>
    </message>
    <message numerus="yes">
        <source>Empty for no minimum. At most %Ln decimals, such as %1.</source>
        <translation>
            <numerusform>Laissez vide pour aucun minimum. Au plus %Ln décimale, par exemple %1.</numerusform>
            <numerusform>Laissez vide pour aucun minimum. Au plus %Ln décimales, par exemple %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>asset code as a form label</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>The server rejects a bid below the minimum for its asset. Leave a field empty for no minimum.</source>
        <translation>Le serveur refuse une offre inférieure au minimum de sa devise. Laissez un champ vide pour n&apos;imposer aucun minimum.</translation>
    </message>
    <message>
        <source>Know Your Fan</source>
        <translation>Know Your Fan</translation>
    </message>
    <message numerus="yes">
        <source>After you accept a bid, the fan is asked to share the ticked fields of their registration details. The fan has %Ln hours to consent, or the bid is cancelled and refunded.</source>
        <translation>
            <numerusform>Après que vous avez accepté une offre, le fan est invité à partager les champs cochés de ses données d&apos;inscription. Le fan dispose de %Ln heure pour donner son accord, sinon l&apos;offre est annulée et remboursée.</numerusform>
            <numerusform>Après que vous avez accepté une offre, le fan est invité à partager les champs cochés de ses données d&apos;inscription. Le fan dispose de %Ln heures pour donner son accord, sinon l&apos;offre est annulée et remboursée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Require &amp;KYF after accepting a bid</source>
        <translation>Exiger le &amp;KYF après l&apos;acceptation d&apos;une offre</translation>
    </message>
    <message>
        <source>Require KYF after accepting a bid</source>
        <translation>Exiger le KYF après l&apos;acceptation d&apos;une offre</translation>
    </message>
    <message>
        <source>Ask for %1</source>
        <translation>Demander : %1</translation>
    </message>
    <message>
        <source>AI sessions</source>
        <translation>Sessions IA</translation>
    </message>
    <message>
        <source>Fans bid for a session from this table: a format and length at the price for their account tier. Give each format and fan tier one row.</source>
        <translation>Les fans font une offre pour une session à partir de ce tableau : un format et une durée au prix de leur niveau de compte. Prévoyez une ligne par format et par niveau de fan.</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona : %1</translation>
    </message>
    <message>
        <source>KYF is required but no field is ticked. Tick at least one field for the fan to share, or turn KYF off.</source>
        <translation>Le KYF est exigé mais aucun champ n&apos;est coché. Cochez au moins un champ que le fan doit partager, ou désactivez le KYF.</translation>
    </message>
    <message>
        <source>The price table is empty. Add at least one row, so that fans can bid for a session.</source>
        <translation>Le tableau des prix est vide. Ajoutez au moins une ligne pour que les fans puissent faire une offre pour une session.</translation>
    </message>
    <message>
        <source>The settings are invalid: %1</source>
        <translation>Les paramètres ne sont pas valides : %1</translation>
    </message>
    <message>
        <source>Minimum for %1: %2</source>
        <translation>Minimum pour %1 : %2</translation>
    </message>
    <message>
        <source>Minimum for %1: &apos;%2&apos; is zero. Leave the field empty for no minimum.</source>
        <translation>Minimum pour %1 : &apos;%2&apos; vaut zéro. Laissez le champ vide pour n&apos;imposer aucun minimum.</translation>
    </message>
    <message>
        <source>The server did not save the settings: %1</source>
        <translation>Le serveur n&apos;a pas enregistré les paramètres : %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Bid &amp;Rules</source>
        <translation>&amp;Règles des offres</translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation>&amp;Disponibilités</translation>
    </message>
    <message>
        <source>Availability: %1</source>
        <translation>Disponibilités : %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::DesktopNotifier</name>
    <message>
        <source>&amp;Show Mesi Creator Console</source>
        <translation>&amp;Afficher Mesi Creator Console</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n unread</source>
        <translation>
            <numerusform>%1 — %n non lu</numerusform>
            <numerusform>%1 — %n non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>New bid from %1</source>
        <translation>Nouvelle offre de %1</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1 : « %2 »</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Message de %1</translation>
    </message>
    <message>
        <source>KYF deadline passed</source>
        <translation>Délai KYF dépassé</translation>
    </message>
    <message>
        <source>The time for %1 to answer the KYF request ended at %2, before the console could remind you.</source>
        <translation>Le délai accordé à %1 pour répondre à la demande KYF a pris fin à %2, avant que la console ne puisse vous le rappeler.</translation>
    </message>
    <message>
        <source>KYF deadline soon</source>
        <translation>Échéance KYF proche</translation>
    </message>
    <message>
        <source>%1 has %2 left to answer the KYF request (until %3).</source>
        <translation>Il reste %2 à %1 pour répondre à la demande KYF (jusqu&apos;à %3).</translation>
    </message>
    <message>
        <source>Meeting already started</source>
        <translation>La rencontre a déjà commencé</translation>
    </message>
    <message>
        <source>Your meeting with %1 started at %2 · %3, before the console could remind you.</source>
        <translation>Votre rencontre avec %1 a commencé à %2 · %3, avant que la console ne puisse vous le rappeler.</translation>
    </message>
    <message numerus="yes">
        <source>Meeting in %n min</source>
        <comment>minutes until the meeting starts</comment>
        <translation>
            <numerusform>Rencontre dans %n min</numerusform>
            <numerusform>Rencontre dans %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting with %1 at %2 · %3</source>
        <translation>Rencontre avec %1 à %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours of a duration, abbreviated</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes of a duration, abbreviated</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
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
        <translation>Scanner le code du fan</translation>
    </message>
    <message>
        <source>If the fan&apos;s phone cannot scan your pass, the fan opens their confirmation code and you scan it here. The server checks the fan&apos;s signature before it releases the escrow.</source>
        <translation>Si le téléphone du fan ne parvient pas à scanner votre pass, le fan ouvre son code de confirmation et vous le scannez ici. Le serveur vérifie la signature du fan avant de libérer le séquestre.</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>C&amp;améra :</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Aperçu de la caméra</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>État du scan</translation>
    </message>
    <message>
        <source>&amp;Open Image File…</source>
        <translation>&amp;Ouvrir un fichier image…</translation>
    </message>
    <message>
        <source>Open image file</source>
        <translation>Ouvrir un fichier image</translation>
    </message>
    <message>
        <source>Reads the fan&apos;s confirmation code from a photo or screenshot.</source>
        <translation>Lit le code de confirmation du fan à partir d&apos;une photo ou d&apos;une capture d&apos;écran.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Aucune caméra</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Choose Open Image File… and pick a screenshot or photo of the fan&apos;s confirmation code.</source>
        <translation>Aucune caméra n&apos;a été trouvée sur cet ordinateur. Choisissez Ouvrir un fichier image… et sélectionnez une capture d&apos;écran ou une photo du code de confirmation du fan.</translation>
    </message>
    <message>
        <source>The camera stopped: %1. Choose another camera, or use Open Image File… with a photo of the fan&apos;s code.</source>
        <translation>La caméra s&apos;est arrêtée : %1. Choisissez une autre caméra, ou utilisez Ouvrir un fichier image… avec une photo du code du fan.</translation>
    </message>
    <message>
        <source>Hold the fan&apos;s phone in front of %1 so that the whole code is visible.</source>
        <translation>Tenez le téléphone du fan devant %1 de sorte que le code soit entièrement visible.</translation>
    </message>
    <message>
        <source>Checking the fan&apos;s code with the server…</source>
        <translation>Vérification du code du fan auprès du serveur…</translation>
    </message>
    <message>
        <source>Meeting confirmed. The escrow of the meeting is released.</source>
        <translation>Rencontre confirmée. Le séquestre de la rencontre est libéré.</translation>
    </message>
    <message>
        <source>The server rejected the fan&apos;s code (%1): %2</source>
        <translation>Le serveur a refusé le code du fan (%1) : %2</translation>
    </message>
    <message>
        <source>The fan&apos;s code could not be sent: %1</source>
        <translation>Impossible d&apos;envoyer le code du fan : %1</translation>
    </message>
    <message>
        <source>Open the Fan&apos;s Code</source>
        <translation>Ouvrir le code du fan</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>mesi::ui::FanCodeScanner</name>
    <message>
        <source>This is the meeting pass on your own screen. Point the camera at the code on the fan&apos;s phone.</source>
        <translation>Il s&apos;agit du pass de rencontre affiché sur votre propre écran. Dirigez la caméra vers le code sur le téléphone du fan.</translation>
    </message>
    <message>
        <source>This QR code is not a Mesi fan confirmation code. Ask the fan to open the confirmation code of this meeting.</source>
        <translation>Ce code QR n&apos;est pas un code de confirmation de fan Mesi. Demandez au fan d&apos;ouvrir le code de confirmation de cette rencontre.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::IcsExportDialog</name>
    <message>
        <source>Export Calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The selected &amp;meeting</source>
        <translation>La &amp;rencontre sélectionnée</translation>
    </message>
    <message>
        <source>Export the selected meeting</source>
        <translation>Exporter la rencontre sélectionnée</translation>
    </message>
    <message>
        <source>Meetings &amp;between these days:</source>
        <translation>Les rencontres en&amp;tre ces dates :</translation>
    </message>
    <message>
        <source>Export the meetings of a date range</source>
        <translation>Exporter les rencontres d&apos;une période</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>Meetings in the file</source>
        <translation>Rencontres dans le fichier</translation>
    </message>
    <message>
        <source>Each meeting shows only the fan&apos;s display name, its time and its place or link.</source>
        <translation>Chaque rencontre n&apos;indique que le nom affiché du fan, son horaire et son lieu ou lien.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>Exporter vers un fichier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <comment>Title of an exported meeting; %1 is the fan&apos;s display name</comment>
        <translation>Rencontre avec %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un dossier dans lequel vous avez le droit d&apos;écrire.</translation>
    </message>
    <message numerus="yes">
        <source>Meetings in the file: %n</source>
        <translation>
            <numerusform>Rencontres dans le fichier : %n</numerusform>
            <numerusform>Rencontres dans le fichier : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
</context>
<context>
    <name>mesi::ui::IcsImport</name>
    <message>
        <source>Import Busy Times</source>
        <translation>Importer des créneaux occupés</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Fichiers iCalendar (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Busy blocks imported from %1: %n</source>
        <translation>
            <numerusform>Créneaux occupés importés depuis %1 : %n</numerusform>
            <numerusform>Créneaux occupés importés depuis %1 : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1, and busy times imported from it before are kept.</source>
        <translation>Rien n&apos;a été importé depuis %1, et les créneaux occupés importés auparavant depuis ce fichier sont conservés.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>The file has %1 bytes, more than the %2 MB an import reads. Export a shorter range of the calendar.</source>
        <translation>Le fichier fait %1 octets, plus que les %2 Mo qu&apos;une importation peut lire. Exportez une période plus courte du calendrier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation>Impossible de lire %1 : %2. Vérifiez que le fichier existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>No account is open, so there is no calendar to import into. Sign in and import again.</source>
        <translation>Aucun compte n&apos;est ouvert, il n&apos;y a donc aucun calendrier dans lequel importer. Connectez-vous et relancez l&apos;importation.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>Busy Times Imported</source>
        <translation>Créneaux occupés importés</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>Busy times imported</source>
        <translation>Créneaux occupés importés</translation>
    </message>
</context>
<context>
    <name>mesi::ui::KyfPanel</name>
    <message>
        <source>Legal name</source>
        <translation>Nom légal</translation>
    </message>
    <message>
        <source>Over 18</source>
        <translation>18 ans ou plus</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Verified photo</source>
        <translation>Photo vérifiée</translation>
    </message>
    <message>
        <source>Deadline passed — waiting for the platform to cancel the bid</source>
        <translation>Délai dépassé — en attente de l&apos;annulation de l&apos;offre par la plateforme</translation>
    </message>
    <message>
        <source>Fan has less than a minute left</source>
        <translation>Il reste moins d&apos;une minute au fan</translation>
    </message>
    <message>
        <source>Fan has %1 left</source>
        <translation>Il reste %1 au fan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>Fan has %1 %2 left</source>
        <comment>%1 is hours, %2 minutes</comment>
        <translation>Il reste %1 %2 au fan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message>
        <source>Know Your Fan</source>
        <translation>Know Your Fan</translation>
    </message>
    <message>
        <source>Know Your Fan status</source>
        <translation>Statut Know Your Fan</translation>
    </message>
    <message>
        <source>Requested fields</source>
        <translation>Champs demandés</translation>
    </message>
    <message>
        <source>Deadline for the fan&apos;s answer</source>
        <translation>Date limite de réponse du fan</translation>
    </message>
    <message>
        <source>Time left for the fan</source>
        <translation>Temps restant au fan</translation>
    </message>
    <message>
        <source>About the fan&apos;s answers</source>
        <translation>À propos des réponses du fan</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Non exigé</translation>
    </message>
    <message>
        <source>Requested — waiting for the fan</source>
        <translation>Demandé — en attente du fan</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Accord donné</translation>
    </message>
    <message>
        <source>Declined by the fan — bid cancelled and refunded</source>
        <translation>Refusé par le fan — offre annulée et remboursée</translation>
    </message>
    <message>
        <source>Expired — no answer in 48 hours, bid cancelled and refunded</source>
        <translation>Expiré — aucune réponse en 48 heures, offre annulée et remboursée</translation>
    </message>
    <message>
        <source>Requested fields: %1</source>
        <translation>Champs demandés : %1</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>date, time and time zone</comment>
        <translation>%1 à %2 %3</translation>
    </message>
    <message>
        <source>Answer due by %1</source>
        <translation>Réponse attendue au plus tard le %1</translation>
    </message>
    <message>
        <source>Answer was due by %1</source>
        <translation>La réponse était attendue au plus tard le %1</translation>
    </message>
    <message>
        <source>The fan&apos;s answers are hidden because the bid is closed.</source>
        <translation>Les réponses du fan sont masquées car l&apos;offre est close.</translation>
    </message>
    <message>
        <source>Loading the fan&apos;s answers…</source>
        <translation>Chargement des réponses du fan…</translation>
    </message>
    <message>
        <source>Shared by the fan while the bid is open. Not saved on this computer.</source>
        <translation>Partagées par le fan tant que l&apos;offre est ouverte. Non enregistrées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Not provided</source>
        <comment>KYF answer missing</comment>
        <translation>Non fourni</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message numerus="yes">
        <source>Less than %n hours left before the bid is cancelled and refunded.</source>
        <translation>
            <numerusform>Moins de %n heure avant l&apos;annulation et le remboursement de l&apos;offre.</numerusform>
            <numerusform>Moins de %n heures avant l&apos;annulation et le remboursement de l&apos;offre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesi::ui::LifecyclePane</name>
    <message>
        <source>Could not load the fan&apos;s KYF details: %1</source>
        <translation>Impossible de charger les informations KYF du fan : %1</translation>
    </message>
    <message>
        <source>Propose &amp;Meeting…</source>
        <translation>&amp;Proposer une rencontre…</translation>
    </message>
    <message>
        <source>Propose a meeting</source>
        <translation>Proposer une rencontre</translation>
    </message>
    <message>
        <source>Send the fan a time and a place or online link (Ctrl+M)</source>
        <translation>Envoyer au fan une heure et un lieu ou un lien en ligne (Ctrl+M)</translation>
    </message>
    <message>
        <source>Acc&amp;ept Proposal</source>
        <translation>A&amp;ccepter la proposition</translation>
    </message>
    <message>
        <source>Accept the fan&apos;s proposal</source>
        <translation>Accepter la proposition du fan</translation>
    </message>
    <message>
        <source>Schedules the meeting at the time and place the fan proposed.</source>
        <translation>Planifie la rencontre à l&apos;heure et au lieu proposés par le fan.</translation>
    </message>
    <message>
        <source>Co&amp;unter…</source>
        <translation>Contre-propos&amp;ition…</translation>
    </message>
    <message>
        <source>Counter the fan&apos;s proposal</source>
        <translation>Faire une contre-proposition au fan</translation>
    </message>
    <message>
        <source>Show &amp;Pass</source>
        <translation>Afficher le &amp;pass</translation>
    </message>
    <message>
        <source>Show the meeting pass</source>
        <translation>Afficher le pass de rencontre</translation>
    </message>
    <message>
        <source>Opens the signed QR code that the fan scans at the meeting to release the escrow.</source>
        <translation>Ouvre le code QR signé que le fan scanne lors de la rencontre pour libérer le séquestre.</translation>
    </message>
    <message>
        <source>Show the QR pass for the fan to scan (Ctrl+P)</source>
        <translation>Afficher le pass QR que le fan doit scanner (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cancel the bid</source>
        <translation>Annuler l&apos;offre</translation>
    </message>
    <message>
        <source>Asks for a reason, cancels the meeting or bid and refunds the fan.</source>
        <translation>Demande un motif, annule la rencontre ou l&apos;offre et rembourse le fan.</translation>
    </message>
    <message>
        <source>&amp;End Session</source>
        <translation>Ter&amp;miner la session</translation>
    </message>
    <message>
        <source>End the virtual session</source>
        <translation>Terminer la session virtuelle</translation>
    </message>
    <message>
        <source>Ends the live session, which completes the bid and releases the escrow.</source>
        <translation>Termine la session en cours, ce qui conclut l&apos;offre et libère le séquestre.</translation>
    </message>
    <message>
        <source>Lifecycle error</source>
        <translation>Erreur dans le suivi de l&apos;offre</translation>
    </message>
    <message>
        <source>Virtual Session</source>
        <translation>Session virtuelle</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>No meeting agreed yet. Agree on a time and place in the chat, then send or accept a proposal.</source>
        <translation>Aucune rencontre convenue pour l&apos;instant. Convenez d&apos;une heure et d&apos;un lieu dans le chat, puis envoyez ou acceptez une proposition.</translation>
    </message>
    <message>
        <source>The fan proposes: %1</source>
        <translation>Le fan propose : %1</translation>
    </message>
    <message>
        <source>Waiting for the fan to answer your proposal: %1</source>
        <translation>En attente de la réponse du fan à votre proposition : %1</translation>
    </message>
    <message>
        <source>The fan has to consent to KYF first.</source>
        <translation>Le fan doit d&apos;abord donner son accord au KYF.</translation>
    </message>
    <message>
        <source>&amp;Cancel Meeting…</source>
        <translation>Ann&amp;uler la rencontre…</translation>
    </message>
    <message>
        <source>&amp;Cancel Bid…</source>
        <translation>Ann&amp;uler l&apos;offre…</translation>
    </message>
    <message>
        <source>Cannot show the pass: %1</source>
        <translation>Impossible d&apos;afficher le pass : %1</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>Rencontre avec %1</translation>
    </message>
    <message>
        <source>Why are you cancelling? The fan sees this reason and gets a full refund.</source>
        <translation>Pourquoi annulez-vous ? Le fan voit ce motif et est intégralement remboursé.</translation>
    </message>
    <message>
        <source>Your last action on this bid still waits to be sent.</source>
        <translation>Votre dernière action sur cette offre attend encore d&apos;être envoyée.</translation>
    </message>
    <message>
        <source>Cancel Meeting</source>
        <translation>Annuler la rencontre</translation>
    </message>
    <message>
        <source>Cancel Bid</source>
        <translation>Annuler l&apos;offre</translation>
    </message>
    <message>
        <source>Keep Meeting</source>
        <translation>Garder la rencontre</translation>
    </message>
    <message>
        <source>Keep Bid</source>
        <translation>Garder l&apos;offre</translation>
    </message>
    <message>
        <source>Give a reason of 1 to 500 characters so the fan knows why.</source>
        <translation>Donnez un motif de 1 à 500 caractères pour que le fan sache pourquoi.</translation>
    </message>
    <message>
        <source>Calendar conflicts of the proposal</source>
        <translation>Conflits de calendrier de la proposition</translation>
    </message>
    <message>
        <source>the account was signed out</source>
        <translation>le compte a été déconnecté</translation>
    </message>
    <message>
        <source>the account was signed out; sign in again</source>
        <translation>le compte a été déconnecté ; reconnectez-vous</translation>
    </message>
    <message>
        <source>Calendar Conflict</source>
        <translation>Conflit de calendrier</translation>
    </message>
    <message>
        <source>Accept the proposal anyway?</source>
        <translation>Accepter quand même la proposition ?</translation>
    </message>
    <message>
        <source>Accept &amp;Anyway</source>
        <translation>Accepter &amp;quand même</translation>
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
        <translation>Chat textuel</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Appel vocal</translation>
    </message>
    <message>
        <source>Video avatar</source>
        <translation>Avatar vidéo</translation>
    </message>
    <message>
        <source>Basic</source>
        <comment>fan account tier</comment>
        <translation>Basique</translation>
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
        <translation>en attente de l&apos;arrivée du fan</translation>
    </message>
    <message>
        <source>live since %1</source>
        <translation>en direct depuis %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n minute(s), %2 tier price %3; %4</source>
        <translation>
            <numerusform>%1, %n minute, prix du niveau %2 : %3 ; %4</numerusform>
            <numerusform>%1, %n minutes, prix du niveau %2 : %3 ; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled by the fan</source>
        <translation>Annulée par le fan</translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation>Annulée par vous</translation>
    </message>
    <message>
        <source>Cancelled by the platform</source>
        <translation>Annulée par la plateforme</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>virtual session state</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>virtual session state</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>virtual session state</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>%1: “%2”. The escrow was refunded to the fan.</source>
        <translation>%1 : « %2 ». Le séquestre a été remboursé au fan.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::MainWindow</name>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Shows only the bids in the chosen status.</source>
        <translation>Affiche uniquement les offres au statut choisi.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Bid inbox</source>
        <translation>Boîte de réception des offres</translation>
    </message>
    <message>
        <source>Bids from fans, newest first. Select a bid to see its details and chat.</source>
        <translation>Offres des fans, les plus récentes d&apos;abord. Sélectionnez une offre pour voir ses détails et son chat.</translation>
    </message>
    <message>
        <source>Inbox columns</source>
        <translation>Colonnes de la boîte de réception</translation>
    </message>
    <message>
        <source>Click a column to sort by it, drag it to move or resize it, and right-click it to choose the columns shown.</source>
        <translation>Cliquez sur une colonne pour trier, faites-la glisser pour la déplacer ou la redimensionner, et faites un clic droit pour choisir les colonnes affichées.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign in again to send queued actions and receive new bids</source>
        <translation>Reconnectez-vous pour envoyer les actions en attente et recevoir de nouvelles offres</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>&amp;Bid</source>
        <translation>&amp;Offre</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;ccepter</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <source>&amp;Send Message</source>
        <translation>&amp;Envoyer le message</translation>
    </message>
    <message>
        <source>Open &amp;Chat</source>
        <translation>Ouvrir le c&amp;hat</translation>
    </message>
    <message>
        <source>Go to &amp;Inbox</source>
        <translation>Aller à la &amp;boîte de réception</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Mesi Creator Console</source>
        <translation>À &amp;propos de Mesi Creator Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) in the inbox</source>
        <translation>
            <numerusform>%n offre dans la boîte de réception</numerusform>
            <numerusform>%n offres dans la boîte de réception</numerusform>
        </translation>
    </message>
    <message>
        <source>New bid of %1 from %2.</source>
        <translation>Nouvelle offre de %1 de la part de %2.</translation>
    </message>
    <message>
        <source>Your answer to %1 was not sent: %2</source>
        <translation>Votre réponse à %1 n&apos;a pas été envoyée : %2</translation>
    </message>
    <message>
        <source>Your message about %1 was not sent: %2</source>
        <translation>Votre message concernant %1 n&apos;a pas été envoyé : %2</translation>
    </message>
    <message>
        <source>The chat about %1 could not be loaded: %2</source>
        <translation>Impossible de charger le chat concernant %1 : %2</translation>
    </message>
    <message>
        <source>Mesi Creator Console</source>
        <translation>Mesi Creator Console</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mesi Creator Console %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Review the bids of your fans, accept or reject them, and chat with the fans whose bids you accepted. Every amount is held in escrow until the meeting, and refunded when you reject a bid.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mesi Creator Console %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Examinez les offres de vos fans, acceptez-les ou refusez-les, et discutez avec les fans dont vous avez accepté l&apos;offre. Chaque montant reste sous séquestre jusqu&apos;à la rencontre et est remboursé si vous refusez une offre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Log file: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fichier journal : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The log file is off. Turn on “Write a log file” in the settings to write it to %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le fichier journal est désactivé. Activez « Écrire un fichier journal » dans les paramètres pour l&apos;écrire dans %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Settings file: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fichier de paramètres : %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Mesi Creator Console</source>
        <translation>À propos de Mesi Creator Console</translation>
    </message>
    <message>
        <source>bid %1</source>
        <translation>l&apos;offre %1</translation>
    </message>
    <message>
        <source>the bid of %1 from %2</source>
        <translation>l&apos;offre de %1 de la part de %2</translation>
    </message>
    <message>
        <source>Clear text</source>
        <translation>Effacer le texte</translation>
    </message>
    <message>
        <source>Select an accepted bid to open its chat.</source>
        <translation>Sélectionnez une offre acceptée pour ouvrir son chat.</translation>
    </message>
    <message>
        <source>Select an accepted bid without a meeting to propose one.</source>
        <translation>Sélectionnez une offre acceptée sans rencontre pour en proposer une.</translation>
    </message>
    <message>
        <source>Select a scheduled meeting to show its pass.</source>
        <translation>Sélectionnez une rencontre planifiée pour afficher son pass.</translation>
    </message>
    <message>
        <source>Select an accepted or scheduled bid to cancel it.</source>
        <translation>Sélectionnez une offre acceptée ou planifiée pour l&apos;annuler.</translation>
    </message>
    <message>
        <source>B&amp;ids</source>
        <translation>Offre&amp;s</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Cale&amp;ndrier</translation>
    </message>
    <message>
        <source>Bids and calendar</source>
        <translation>Offres et calendrier</translation>
    </message>
    <message>
        <source>Propose &amp;Meeting…</source>
        <translation>&amp;Proposer une rencontre…</translation>
    </message>
    <message>
        <source>Show &amp;Pass</source>
        <translation>Afficher le pa&amp;ss</translation>
    </message>
    <message>
        <source>&amp;Cancel Bid or Meeting…</source>
        <translation>&amp;Annuler l&apos;offre ou la rencontre…</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>Ca&amp;lendrier</translation>
    </message>
    <message>
        <source>&amp;Bid Settings…</source>
        <translation>Paramètres des &amp;offres…</translation>
    </message>
    <message>
        <source>Bidding state</source>
        <translation>État des offres</translation>
    </message>
    <message>
        <source>The meeting pass key is not ready: %1</source>
        <translation>La clé des pass de rencontre n&apos;est pas prête : %1</translation>
    </message>
    <message>
        <source>Bidding state: not loaded yet</source>
        <translation>État des offres : pas encore chargé</translation>
    </message>
    <message>
        <source>Accepting bids</source>
        <translation>Offres ouvertes</translation>
    </message>
    <message>
        <source>Bidding paused: fans cannot bid</source>
        <translation>Offres en pause : les fans ne peuvent pas faire d&apos;offre</translation>
    </message>
    <message>
        <source>minimum %1</source>
        <translation>minimum %1</translation>
    </message>
    <message>
        <source>KYF required: %1</source>
        <translation>KYF exigé : %1</translation>
    </message>
    <message>
        <source>AI account, persona %1</source>
        <translation>Compte IA, persona %1</translation>
    </message>
    <message>
        <source>The bid settings have not been loaded yet; sign in to load them.</source>
        <translation>Les paramètres des offres ne sont pas encore chargés ; connectez-vous pour les charger.</translation>
    </message>
    <message>
        <source>Signed out. The sign-in was deleted from this computer; your unsent actions wait until you sign in again.</source>
        <translation>Déconnecté. La connexion a été supprimée de cet ordinateur ; vos actions non envoyées attendent que vous vous reconnectiez.</translation>
    </message>
    <message>
        <source>A new signing key is registered. Passes shown before the reset no longer work; show the pass again at each meeting.</source>
        <translation>Une nouvelle clé de signature est enregistrée. Les pass affichés avant la réinitialisation ne fonctionnent plus ; affichez à nouveau le pass à chaque rencontre.</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>End the session and delete the stored sign-in from this computer</source>
        <translation>Mettre fin à la session et supprimer de cet ordinateur la connexion enregistrée</translation>
    </message>
    <message>
        <source>&amp;Reset Signing Key…</source>
        <translation>&amp;Réinitialiser la clé de signature…</translation>
    </message>
    <message>
        <source>Replace the key that signs meeting passes, for example after this computer was lost</source>
        <translation>Remplacer la clé qui signe les pass de rencontre, par exemple après la perte de cet ordinateur</translation>
    </message>
    <message>
        <source>Reset Signing Key</source>
        <translation>Réinitialiser la clé de signature</translation>
    </message>
    <message>
        <source>The console will revoke the key that signs your meeting passes and register a new one.

Every pass already shown or saved stops working: fans scanning it are rejected, so show them the pass again at the meeting.

Reset the signing key?</source>
        <translation>La console va révoquer la clé qui signe vos pass de rencontre et en enregistrer une nouvelle.

Tout pass déjà affiché ou enregistré cesse de fonctionner : le scan des fans sera refusé, affichez-leur donc à nouveau le pass lors de la rencontre.

Réinitialiser la clé de signature ?</translation>
    </message>
    <message>
        <source>Resetting the signing key…</source>
        <translation>Réinitialisation de la clé de signature…</translation>
    </message>
    <message>
        <source>Sign in to import busy times into this account&apos;s calendar.</source>
        <translation>Connectez-vous pour importer des créneaux occupés dans le calendrier de ce compte.</translation>
    </message>
    <message>
        <source>&amp;Export Calendar…</source>
        <translation>&amp;Exporter le calendrier…</translation>
    </message>
    <message>
        <source>&amp;Import Busy Times…</source>
        <translation>&amp;Importer des créneaux occupés…</translation>
    </message>
    <message>
        <source>Sign in to export this account&apos;s meetings.</source>
        <translation>Connectez-vous pour exporter les rencontres de ce compte.</translation>
    </message>
    <message>
        <source>Could not load the imported busy times: %1</source>
        <translation>Impossible de charger les créneaux occupés importés : %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::MeetingCalendar</name>
    <message>
        <source>&amp;Month</source>
        <comment>calendar view</comment>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <comment>calendar view</comment>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Calendar views</source>
        <translation>Vues du calendrier</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Aller à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Jours du mois</translation>
    </message>
    <message>
        <source>Choose month</source>
        <translation>Choisir le mois</translation>
    </message>
    <message>
        <source>Choose year</source>
        <translation>Choisir l&apos;année</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Meetings of the selected day</source>
        <translation>Rencontres du jour sélectionné</translation>
    </message>
    <message>
        <source>Press Enter on a meeting to open its bid.</source>
        <translation>Appuyez sur Entrée sur une rencontre pour ouvrir son offre.</translation>
    </message>
    <message>
        <source>Show &amp;past meetings</source>
        <translation>Affic&amp;her les rencontres passées</translation>
    </message>
    <message>
        <source>Show past meetings</source>
        <translation>Afficher les rencontres passées</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Meetings sorted by start, each day after a header row. Press Enter on a meeting to open its bid.</source>
        <translation>Rencontres triées par début, chaque jour après une ligne d&apos;en-tête. Appuyez sur Entrée sur une rencontre pour ouvrir son offre.</translation>
    </message>
    <message>
        <source>%1: no meetings</source>
        <translation>%1 : aucune rencontre</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s)</source>
        <translation>
            <numerusform>%1 : %n rencontre</numerusform>
            <numerusform>%1 : %n rencontres</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>Aucune rencontre.</translation>
    </message>
    <message>
        <source>No meetings from today on.</source>
        <translation>Aucune rencontre à partir d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <comment>calendar view</comment>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <comment>calendar view</comment>
        <translation>J&amp;our</translation>
    </message>
    <message>
        <source>Select the current day in every view (Alt+Y, or Home in a view)</source>
        <translation>Sélectionner le jour actuel dans toutes les vues (Alt+J, ou Début dans une vue)</translation>
    </message>
    <message>
        <source>Days in bold have meetings, with their number in the corner, and flagged days have deadlines. Press Enter to list a day&apos;s meetings, PageUp or PageDown to change the month, Home for today.</source>
        <translation>Les jours en gras ont des rencontres, avec leur nombre dans le coin, et les jours marqués d&apos;un drapeau ont des échéances. Appuyez sur Entrée pour lister les rencontres d&apos;un jour, sur Page préc. ou Page suiv. pour changer de mois, sur Début pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Meeting actions</source>
        <translation>Actions de la rencontre</translation>
    </message>
    <message>
        <source>Open &amp;Bid</source>
        <translation>Ouvrir l&apos;&amp;offre</translation>
    </message>
    <message>
        <source>Open &amp;Chat</source>
        <translation>Ouvrir le c&amp;hat</translation>
    </message>
    <message>
        <source>Show &amp;Pass</source>
        <translation>Afficher le &amp;pass</translation>
    </message>
    <message>
        <source>Only a scheduled meeting has a pass.</source>
        <translation>Seule une rencontre planifiée a un pass.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::MeetingText</name>
    <message>
        <source>Time unknown</source>
        <translation>Heure inconnue</translation>
    </message>
    <message>
        <source>No time zone given, shown in UTC</source>
        <translation>Aucun fuseau horaire indiqué, affiché en UTC</translation>
    </message>
    <message>
        <source>Unknown time zone %1, shown in UTC</source>
        <translation>Fuseau horaire inconnu %1, affiché en UTC</translation>
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
        <translation>Séquestre bloqué</translation>
    </message>
    <message>
        <source>Escrow released</source>
        <translation>Séquestre libéré</translation>
    </message>
    <message>
        <source>Escrow refunded</source>
        <translation>Séquestre remboursé</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>En ligne : %1</translation>
    </message>
    <message>
        <source>No place given</source>
        <translation>Aucun lieu indiqué</translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <comment>agenda header of the current day</comment>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>Tentative</source>
        <comment>a meeting proposed in the chat but not agreed yet</comment>
        <translation>Provisoire</translation>
    </message>
</context>
<context>
    <name>mesi::ui::PassCodeView</name>
    <message>
        <source>This pass cannot be shown as a QR code: %1</source>
        <translation>Ce pass ne peut pas être affiché sous forme de code QR : %1</translation>
    </message>
    <message>
        <source>Meeting pass QR code</source>
        <translation>Code QR du pass de rencontre</translation>
    </message>
    <message>
        <source>The meeting pass QR code to show to the fan, whose phone scans it at the meeting.</source>
        <translation>Le code QR du pass de rencontre à montrer au fan, dont le téléphone le scanne lors de la rencontre.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::PassWindow</name>
    <message>
        <source>%1 - Meeting Pass</source>
        <comment>window title; %1 names the meeting, such as Meeting with Alex</comment>
        <translation>%1 - Pass de rencontre</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Show the pass on the whole screen (F11). Esc leaves full screen.</source>
        <translation>Afficher le pass en plein écran (F11). Échap quitte le plein écran.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Enregistrer en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Enregistrer en PNG</translation>
    </message>
    <message>
        <source>Saves the QR code of the pass as a PNG image file.</source>
        <translation>Enregistre le code QR du pass dans un fichier image PNG.</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Enregistrer en &amp;SVG…</translation>
    </message>
    <message>
        <source>Save as SVG</source>
        <translation>Enregistrer en SVG</translation>
    </message>
    <message>
        <source>Saves the QR code of the pass as an SVG vector image file.</source>
        <translation>Enregistre le code QR du pass dans un fichier d&apos;image vectorielle SVG.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save Pass as PNG</source>
        <translation>Enregistrer le pass en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Pass as SVG</source>
        <translation>Enregistrer le pass en SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Pass Not Saved</source>
        <translation>Pass non enregistré</translation>
    </message>
    <message>
        <source>The pass could not be saved to %1.</source>
        <translation>Impossible d&apos;enregistrer le pass dans %1.</translation>
    </message>
    <message>
        <source>The pass could not be renewed: %1. The code on screen stops working within a minute.</source>
        <translation>Impossible de renouveler le pass : %1. Le code affiché cesse de fonctionner d&apos;ici une minute.</translation>
    </message>
    <message numerus="yes">
        <source>New code in %n s</source>
        <comment>countdown under a rotating pass</comment>
        <translation>
            <numerusform>Nouveau code dans %n s</numerusform>
            <numerusform>Nouveau code dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Fan Can&apos;t Scan? Scan &amp;Their Code…</source>
        <translation>Le fan ne peut pas scanner ? Scanner s&amp;on code…</translation>
    </message>
    <message>
        <source>Scan the fan&apos;s code</source>
        <translation>Scanner le code du fan</translation>
    </message>
    <message>
        <source>Opens the camera to scan the confirmation code on the fan&apos;s phone, for a phone that cannot scan the pass.</source>
        <translation>Ouvre la caméra pour scanner le code de confirmation sur le téléphone du fan, lorsque ce téléphone ne parvient pas à scanner le pass.</translation>
    </message>
    <message>
        <source>Time until the code changes</source>
        <translation>Temps restant avant le changement de code</translation>
    </message>
</context>
<context>
    <name>mesi::ui::PassphraseDialog</name>
    <message>
        <source>Protect Your Sign-In with a Passphrase</source>
        <translation>Protéger votre connexion par une phrase secrète</translation>
    </message>
    <message>
        <source>Unlock Your Sign-In</source>
        <translation>Déverrouiller votre connexion</translation>
    </message>
    <message>
        <source>The console keeps your sign-in and the key that signs meeting passes in %1, sealed with a passphrase. Choose one of at least %2 characters; without it the file cannot be opened.</source>
        <translation>La console conserve votre connexion et la clé qui signe les pass de rencontre dans le fichier %1, scellé par une phrase secrète. Choisissez-en une d&apos;au moins %2 caractères ; sans elle, le fichier ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>Type the passphrase of %1 to resume your sign-in and sign meeting passes. Opening the file takes a few seconds.</source>
        <translation>Saisissez la phrase secrète de %1 pour reprendre votre connexion et signer les pass de rencontre. L&apos;ouverture du fichier prend quelques secondes.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Confirmation de la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>Passphrase error</source>
        <translation>Erreur de phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Continue &amp;Without</source>
        <translation>Continuer &amp;sans</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>The passphrase has %1 characters; use at least %2.</source>
        <translation>La phrase secrète compte %1 caractères ; utilisez-en au moins %2.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Les deux phrases secrètes sont différentes ; saisissez deux fois la même.</translation>
    </message>
    <message>
        <source>Opening the secrets file…</source>
        <translation>Ouverture du fichier de secrets…</translation>
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
        <translation>%1 le %2 n&apos;existe pas dans %3, car l&apos;heure avance pour le passage à l&apos;heure d&apos;été. Choisissez une autre heure.</translation>
    </message>
    <message>
        <source>Propose a Meeting</source>
        <translation>Proposer une rencontre</translation>
    </message>
    <message>
        <source>Proposal error</source>
        <translation>Erreur dans la proposition</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>P&amp;roposer</translation>
    </message>
    <message>
        <source>Propose meeting</source>
        <translation>Proposer la rencontre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Counter a Meeting Proposal</source>
        <translation>Contre-proposition de rencontre</translation>
    </message>
    <message>
        <source>Counter to: %1</source>
        <translation>Contre-proposition à : %1</translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is unknown. Pick a zone from the list, such as Europe/Berlin.</source>
        <translation>Le fuseau horaire « %1 » est inconnu. Choisissez un fuseau dans la liste, par exemple Europe/Berlin.</translation>
    </message>
    <message>
        <source>The start %1 in %2 has already passed. Pick a later date or time.</source>
        <translation>Le début, %1 (%2), est déjà passé. Choisissez une date ou une heure ultérieure.</translation>
    </message>
    <message>
        <source>Enter the place of the meeting, such as a venue or an address.</source>
        <translation>Saisissez le lieu de la rencontre, par exemple un établissement ou une adresse.</translation>
    </message>
    <message>
        <source>The meeting link &quot;%1&quot; is not an https address with a host. Paste the full link, such as https://meet.example/room.</source>
        <translation>Le lien de la rencontre « %1 » n&apos;est pas une adresse https avec un hôte. Collez le lien complet, par exemple https://meet.example/room.</translation>
    </message>
    <message>
        <source>First %1, at %2 (%3)</source>
        <translation>Première occurrence de %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Second %1, at %2 (%3)</source>
        <translation>Seconde occurrence de %1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1 occurs twice that day in %2 because the clocks go back.</source>
        <translation>%1 survient deux fois ce jour-là dans %2, car l&apos;heure recule.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list.</source>
        <translation>Choisissez un fuseau horaire dans la liste.</translation>
    </message>
    <message>
        <source>The start time does not exist in %1.</source>
        <translation>L&apos;heure de début n&apos;existe pas dans %1.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>start and end of the meeting</comment>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Time zone of the meeting</source>
        <translation>Fuseau horaire de la rencontre</translation>
    </message>
    <message>
        <source>IANA name such as Europe/Berlin. The date and start time are read in this zone.</source>
        <translation>Nom IANA, par exemple Europe/Berlin. La date et l&apos;heure de début sont lues dans ce fuseau.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la rencontre</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Start time in the meeting&apos;s time zone</source>
        <translation>Heure de début dans le fuseau horaire de la rencontre</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Heure de début :</translation>
    </message>
    <message>
        <source>Start time occurs twice</source>
        <translation>L&apos;heure de début survient deux fois</translation>
    </message>
    <message>
        <source>Which of the two start times</source>
        <translation>Laquelle des deux heures de début</translation>
    </message>
    <message>
        <source>&amp;Which one:</source>
        <translation>&amp;Laquelle :</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>Meeting end</source>
        <translation>Fin de la rencontre</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source>Meeting in your time zone</source>
        <translation>Rencontre dans votre fuseau horaire</translation>
    </message>
    <message>
        <source>Your time:</source>
        <translation>Votre heure :</translation>
    </message>
    <message>
        <source>&amp;In person</source>
        <translation>En &amp;personne</translation>
    </message>
    <message>
        <source>In-person meeting</source>
        <translation>Rencontre en personne</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>&amp;En ligne</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Rencontre en ligne</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Rencontre :</translation>
    </message>
    <message>
        <source>Venue or address</source>
        <translation>Établissement ou adresse</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Lieu de la rencontre</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>L&amp;ieu :</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Lien de la rencontre</translation>
    </message>
    <message>
        <source>An https link to the video call.</source>
        <translation>Un lien https vers l&apos;appel vidéo.</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>Lie&amp;n :</translation>
    </message>
    <message>
        <source>Note to the fan</source>
        <translation>Note au fan</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Facultatif.</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>N&amp;ote (facultative) :</translation>
    </message>
    <message>
        <source>Calendar conflicts of this time</source>
        <translation>Conflits de calendrier de cet horaire</translation>
    </message>
    <message>
        <source>Propose &amp;Anyway</source>
        <translation>Proposer &amp;quand même</translation>
    </message>
</context>
<context>
    <name>mesi::ui::RecordedFrameSource</name>
    <message>
        <source>Recorded frames</source>
        <translation>Images enregistrées</translation>
    </message>
</context>
<context>
    <name>mesi::ui::RejectDialog</name>
    <message>
        <source>Reject Bid</source>
        <translation>Refuser l&apos;offre</translation>
    </message>
    <message>
        <source>Reject the bid of %1? The escrow is refunded to the fan.</source>
        <translation>Refuser l&apos;offre de %1 ? Le séquestre est remboursé au fan.</translation>
    </message>
    <message>
        <source>Reason for the fan (&amp;optional):</source>
        <translation>Motif pour le fan (&amp;facultatif) :</translation>
    </message>
    <message>
        <source>For example: I am travelling that month.</source>
        <translation>Par exemple : je serai en voyage ce mois-là.</translation>
    </message>
    <message>
        <source>Reason for the fan</source>
        <translation>Motif pour le fan</translation>
    </message>
    <message>
        <source>Optional. Shown to the fan with the rejection. At most %1 characters.</source>
        <translation>Facultatif. Affiché au fan avec le refus. %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Caractères utilisés</translation>
    </message>
    <message>
        <source>&amp;Reject Bid</source>
        <translation>&amp;Refuser l&apos;offre</translation>
    </message>
    <message>
        <source>Reject bid</source>
        <translation>Refuser l&apos;offre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the console&apos;s texts, dates and amounts. It changes at once.</source>
        <translation>La langue des textes, des dates et des montants de la console. Elle change immédiatement.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Notify me of new &amp;bids</source>
        <translation>M&apos;avertir des nouvelles &amp;offres</translation>
    </message>
    <message>
        <source>Shows a desktop notification for each new bid.</source>
        <translation>Affiche une notification de bureau pour chaque nouvelle offre.</translation>
    </message>
    <message>
        <source>Notify me of new chat &amp;messages</source>
        <translation>M&apos;avertir des nouveaux &amp;messages de chat</translation>
    </message>
    <message>
        <source>Shows a desktop notification for each message a fan writes.</source>
        <translation>Affiche une notification de bureau pour chaque message d&apos;un fan.</translation>
    </message>
    <message>
        <source>Play a &amp;sound for new bids</source>
        <translation>Jouer un &amp;son pour les nouvelles offres</translation>
    </message>
    <message>
        <source>Turn this off to mute the new-bid sound.</source>
        <translation>Désactivez cette option pour couper le son des nouvelles offres.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so notifications are not shown; the sound still plays.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification, les notifications ne sont donc pas affichées ; le son est toujours joué.</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Dépannage</translation>
    </message>
    <message>
        <source>Write a &amp;log file</source>
        <translation>Écrire un fichier &amp;journal</translation>
    </message>
    <message>
        <source>Also writes informational messages, for reporting a problem.</source>
        <translation>Écrit aussi les messages d&apos;information, pour signaler un problème.</translation>
    </message>
    <message>
        <source>Log file path</source>
        <translation>Chemin du fichier journal</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Fermer les paramètres</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Remind me of &amp;KYF deadlines (6 hours before)</source>
        <translation>Me rappeler les échéances &amp;KYF (6 heures avant)</translation>
    </message>
    <message>
        <source>Shows a desktop notification when a fan has less than 6 hours left to answer a KYF request. A reminder missed while the computer slept is shown once on wake.</source>
        <translation>Affiche une notification lorsqu&apos;il reste moins de 6 heures à un fan pour répondre à une demande KYF. Un rappel manqué pendant la veille de l&apos;ordinateur est affiché une fois au réveil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reminder time. Write times from 1m to 7d, such as 1d, 1h or 30m.</source>
        <translation>« %1 » n&apos;est pas un délai de rappel valide. Saisissez des délais de 1m à 7d, par exemple 1d, 1h ou 30m.</translation>
    </message>
    <message>
        <source>%1 reminder times are more than the %2 allowed. Remove some.</source>
        <translation>Il y a %1 délais de rappel, plus que les %2 autorisés. Supprimez-en quelques-uns.</translation>
    </message>
    <message>
        <source>Remind me of m&amp;eetings</source>
        <translation>Me rappeler les r&amp;encontres</translation>
    </message>
    <message>
        <source>Shows a desktop notification at each time set below before a scheduled meeting. A reminder missed while the computer slept is shown once on wake.</source>
        <translation>Affiche une notification de bureau à chacun des délais définis ci-dessous avant une rencontre planifiée. Un rappel manqué pendant la veille de l&apos;ordinateur est affiché une fois au réveil.</translation>
    </message>
    <message>
        <source>&amp;Before the start:</source>
        <translation>&amp;Avant le début :</translation>
    </message>
    <message>
        <source>Meeting reminder times</source>
        <translation>Délais de rappel des rencontres</translation>
    </message>
    <message>
        <source>Times before each meeting, separated by commas, with d for days, h for hours and m for minutes, such as 1d, 1h. At most %1 times of up to 7 days each.</source>
        <translation>Délais avant chaque rencontre, séparés par des virgules, avec d pour les jours, h pour les heures et m pour les minutes, par exemple 1d, 1h. Au plus %1 délais, de 7 jours maximum chacun.</translation>
    </message>
    <message>
        <source>such as 1d, 1h</source>
        <translation>par exemple 1d, 1h</translation>
    </message>
    <message>
        <source>Meeting reminder times error</source>
        <translation>Erreur dans les délais de rappel des rencontres</translation>
    </message>
</context>
<context>
    <name>mesi::ui::SignInDialog</name>
    <message>
        <source>Address of the Mesi API, such as https://api.mesi.example, or http://127.0.0.1 with a port for a local sandbox.</source>
        <translation>Adresse de l&apos;API Mesi, par exemple https://api.mesi.example, ou http://127.0.0.1 avec un port pour une Sandbox locale.</translation>
    </message>
    <message>
        <source>Sign In to Mesi</source>
        <translation>Se connecter à Mesi</translation>
    </message>
    <message>
        <source>Sign in with your creator account to review the bids of your fans.</source>
        <translation>Connectez-vous avec votre compte de créateur pour examiner les offres de vos fans.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>API address error</source>
        <translation>Erreur dans l&apos;adresse de l&apos;API</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Handle error</source>
        <translation>Erreur dans l&apos;identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password error</source>
        <translation>Erreur dans le mot de passe</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Adresse de l&apos;API :</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Enter your creator handle, such as demo.</source>
        <translation>Saisissez votre identifiant de créateur, par exemple demo.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::TimeGridHeader</name>
    <message>
        <source>No deadlines in this period.</source>
        <translation>Aucune échéance sur cette période.</translation>
    </message>
    <message>
        <source>Deadlines: %1</source>
        <translation>Échéances : %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short weekday name, then the day of the month</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (aujourd&apos;hui)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesi::ui::TimeGridPage</name>
    <message>
        <source>Week %1: %2 – %3</source>
        <comment>ISO week number, first day, last day</comment>
        <translation>Semaine %1 : %2 – %3</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Previous day (PageUp)</source>
        <translation>Jour précédent (Page préc.)</translation>
    </message>
    <message>
        <source>Previous week (PageUp)</source>
        <translation>Semaine précédente (Page préc.)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Next day (PageDown)</source>
        <translation>Jour suivant (Page suiv.)</translation>
    </message>
    <message>
        <source>Next week (PageDown)</source>
        <translation>Semaine suivante (Page suiv.)</translation>
    </message>
    <message>
        <source>Shown day</source>
        <translation>Jour affiché</translation>
    </message>
    <message>
        <source>Shown week</source>
        <translation>Semaine affichée</translation>
    </message>
    <message>
        <source>Day grid</source>
        <translation>Grille du jour</translation>
    </message>
    <message>
        <source>Week grid</source>
        <translation>Grille de la semaine</translation>
    </message>
    <message>
        <source>Meetings by hour. Left and Right move the day, PageUp and PageDown the period, Home goes to today, Up and Down select meetings, Enter opens one and the Menu key offers its chat and pass.</source>
        <translation>Rencontres par heure. Gauche et Droite changent de jour, Page préc. et Page suiv. changent de période, Début va à aujourd&apos;hui, Haut et Bas sélectionnent les rencontres, Entrée en ouvre une et la touche Menu propose son chat et son pass.</translation>
    </message>
    <message>
        <source>Day and deadlines</source>
        <translation>Jour et échéances</translation>
    </message>
    <message>
        <source>Days and deadlines</source>
        <translation>Jours et échéances</translation>
    </message>
</context>
<context>
    <name>mesi::ui::TimeGridView</name>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Busy: %1</source>
        <translation>Occupé : %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>start and end of a busy time</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Busy (imported from %1, read-only): %2
%3</source>
        <translation>Occupé (importé depuis %1, lecture seule) : %2
%3</translation>
    </message>
    <message numerus="yes">
        <source>Clocks go forward %n minute(s) at %1, so the hatched times do not exist on this day.</source>
        <translation>
            <numerusform>L&apos;heure avance de %n minute à %1 ; les heures hachurées n&apos;existent donc pas ce jour-là.</numerusform>
            <numerusform>L&apos;heure avance de %n minutes à %1 ; les heures hachurées n&apos;existent donc pas ce jour-là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clocks go back %n minute(s) at %1, so the hatched times occur twice on this day.</source>
        <translation>
            <numerusform>L&apos;heure recule de %n minute à %1 ; les heures hachurées surviennent donc deux fois ce jour-là.</numerusform>
            <numerusform>L&apos;heure recule de %n minutes à %1 ; les heures hachurées surviennent donc deux fois ce jour-là.</numerusform>
        </translation>
    </message>
</context>
</TS>
