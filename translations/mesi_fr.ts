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
    <message>
        <source>An earlier action on this bid still waits to be sent. Undo it, or wait until it is sent and try again.</source>
        <translation>Une action précédente sur cette offre attend encore d&apos;être envoyée. Annulez-la, ou attendez son envoi et réessayez.</translation>
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
        <source>Overlapping Meeting</source>
        <translation>Rencontres qui se chevauchent</translation>
    </message>
    <message>
        <source>This proposal overlaps your meeting with %1 (%2). Accept it anyway?</source>
        <translation>Cette proposition chevauche votre rencontre avec %1 (%2). L&apos;accepter quand même ?</translation>
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
        <source>Select the current day in the month and the agenda (Alt+Y)</source>
        <translation>Sélectionner le jour actuel dans le mois et l&apos;agenda (Alt+J)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Days in bold have meetings, with their number in the corner. Press Enter to list a day&apos;s meetings.</source>
        <translation>Les jours en gras ont des rencontres, dont le nombre figure dans le coin. Appuyez sur Entrée pour lister les rencontres d&apos;un jour.</translation>
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
        <source>Colour legend</source>
        <translation>Légende des couleurs</translation>
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
        <source>Days in bold have meetings, with their number in the corner. Today has a frame.</source>
        <translation>Les jours en gras ont des rencontres, dont le nombre figure dans le coin. Aujourd&apos;hui est encadré.</translation>
    </message>
    <message>
        <source>Scheduled meetings are blue, completed ones green and cancelled ones red. %1</source>
        <translation>Les rencontres planifiées sont en bleu, les terminées en vert et les annulées en rouge. %1</translation>
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
        <source>Remind me of m&amp;eetings (1 hour before)</source>
        <translation>Me rappeler les re&amp;ncontres (1 heure avant)</translation>
    </message>
    <message>
        <source>Shows a desktop notification when a scheduled meeting starts within the hour. A reminder missed while the computer slept is shown once on wake.</source>
        <translation>Affiche une notification lorsqu&apos;une rencontre planifiée commence dans l&apos;heure. Un rappel manqué pendant la veille de l&apos;ordinateur est affiché une fois au réveil.</translation>
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
