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
    <name>mesi::sync::CreatorSession</name>
    <message>
        <source>Could not save changes for offline use: %1</source>
        <translation>Impossible d&apos;enregistrer les modifications pour une utilisation hors ligne : %1</translation>
    </message>
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
        <source>The meeting took place; the chat is read-only now.</source>
        <translation>La rencontre a eu lieu ; le chat est désormais en lecture seule.</translation>
    </message>
    <message>
        <source>The meeting was cancelled; the chat is read-only now.</source>
        <translation>La rencontre a été annulée ; le chat est désormais en lecture seule.</translation>
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
</TS>
