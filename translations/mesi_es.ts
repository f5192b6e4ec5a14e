<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>main</name>
    <message>
        <source>mesi-console: profile &apos;%1&apos; does not exist yet; creating it with its settings in %2 and its data in %3
</source>
        <translation>mesi-console: el perfil &apos;%1&apos; aún no existe; se crea con su configuración en %2 y sus datos en %3
</translation>
    </message>
    <message>
        <source>mesi-console: a console for profile &apos;%1&apos; is already running; its window was brought forward
</source>
        <translation>mesi-console: ya hay una consola abierta para el perfil &apos;%1&apos;; se ha traído su ventana al frente
</translation>
    </message>
</context>
<context>
    <name>mesi::desktop::CommandLine</name>
    <message>
        <source>Review, accept and reject Bid-to-Meet bids, and chat with fans.</source>
        <translation>Revise, acepte y rechace ofertas de Bid-to-Meet y chatee con los fans.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Start a local demo sandbox on a free loopback port and sign in to it as the demo creator.</source>
        <translation>Inicia una Sandbox de demostración local en un puerto de loopback libre e inicia sesión en ella como el creador de demostración.</translation>
    </message>
    <message>
        <source>Mesi API address to prefill in the sign-in dialog.</source>
        <translation>Dirección de la API de Mesi que se rellena en el diálogo de inicio de sesión.</translation>
    </message>
    <message>
        <source>Creator handle to prefill in the sign-in dialog.</source>
        <translation>Identificador del creador que se rellena en el diálogo de inicio de sesión.</translation>
    </message>
    <message>
        <source>Profile to use, with its own settings, data and window; one console runs per profile. Use letters, digits, &apos;-&apos; and &apos;_&apos;. A name not used before creates a new profile. Default: &apos;%1&apos;.</source>
        <translation>Perfil que se usa, con su propia configuración, datos y ventana; se ejecuta una consola por perfil. Use letras, dígitos, &apos;-&apos; y &apos;_&apos;. Un nombre no usado antes crea un perfil nuevo. Predeterminado: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>With --sandbox: seconds between simulated fan bids; 0 turns them off (default 8).</source>
        <translation>Con --sandbox: segundos entre ofertas simuladas de fans; 0 las desactiva (predeterminado 8).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; mesi-console takes options only</source>
        <translation>argumento inesperado &apos;%1&apos;; mesi-console solo acepta opciones</translation>
    </message>
    <message>
        <source>invalid --demo-fan-interval &apos;%1&apos;; use a whole number of seconds, 0 or more</source>
        <translation>--demo-fan-interval &apos;%1&apos; no válido; use un número entero de segundos, 0 o más</translation>
    </message>
    <message>
        <source>use either --sandbox or --api-url, not both</source>
        <translation>use --sandbox o --api-url, no ambos</translation>
    </message>
</context>
<context>
    <name>mesi::desktop::LogFile</name>
    <message>
        <source>could not create the log folder %1</source>
        <translation>no se pudo crear la carpeta de registro %1</translation>
    </message>
    <message>
        <source>could not open the log file %1: %2</source>
        <translation>no se pudo abrir el archivo de registro %1: %2</translation>
    </message>
</context>
<context>
    <name>mesi::desktop::Profile</name>
    <message>
        <source>invalid profile name &apos;%1&apos;: %2</source>
        <translation>nombre de perfil no válido &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <source>use at most %1 characters</source>
        <translation>use como máximo %1 caracteres</translation>
    </message>
    <message>
        <source>use only letters A-Z and a-z, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>use solo letras A-Z y a-z, dígitos, &apos;-&apos; y &apos;_&apos;</translation>
    </message>
    <message>
        <source>could not create the profile folder %1</source>
        <translation>no se pudo crear la carpeta del perfil %1</translation>
    </message>
    <message>
        <source>could not create the settings folder %1</source>
        <translation>no se pudo crear la carpeta de configuración %1</translation>
    </message>
    <message>
        <source>could not write the settings file %1</source>
        <translation>no se pudo escribir el archivo de configuración %1</translation>
    </message>
</context>
<context>
    <name>mesi::desktop::SingleInstance</name>
    <message>
        <source>could not create the lock file %1</source>
        <translation>no se pudo crear el archivo de bloqueo %1</translation>
    </message>
    <message>
        <source>could not listen on the local socket %1: %2</source>
        <translation>no se pudo escuchar en el socket local %1: %2</translation>
    </message>
    <message>
        <source>the console running for profile &apos;%1&apos; did not answer on %2: %3</source>
        <translation>la consola abierta del perfil &apos;%1&apos; no respondió en %2: %3</translation>
    </message>
    <message>
        <source>the console running for profile &apos;%1&apos; did not confirm the request to come forward</source>
        <translation>la consola abierta del perfil &apos;%1&apos; no confirmó la petición de pasar al frente</translation>
    </message>
</context>
<context>
    <name>mesi::sync::CreatorSession</name>
    <message>
        <source>Could not save changes for offline use: %1</source>
        <translation>No se pudieron guardar los cambios para usarlos sin conexión: %1</translation>
    </message>
    <message>
        <source>Could not load unsent actions: %1</source>
        <translation>No se pudieron cargar las acciones no enviadas: %1</translation>
    </message>
    <message>
        <source>Could not load bids: %1</source>
        <translation>No se pudieron cargar las ofertas: %1</translation>
    </message>
    <message>
        <source>Skipped a bid from the server: %1</source>
        <translation>Se omitió una oferta del servidor: %1</translation>
    </message>
    <message>
        <source>Could not save bids for offline use: %1</source>
        <translation>No se pudieron guardar las ofertas para usarlas sin conexión: %1</translation>
    </message>
    <message>
        <source>Skipped an update from the server: %1</source>
        <translation>Se omitió una actualización del servidor: %1</translation>
    </message>
    <message>
        <source>Skipped a chat message from the server: %1</source>
        <translation>Se omitió un mensaje de chat del servidor: %1</translation>
    </message>
    <message>
        <source>A message was not sent: %1</source>
        <translation>No se envió un mensaje: %1</translation>
    </message>
    <message>
        <source>Unsent actions wait until you sign in again: %1</source>
        <translation>Las acciones no enviadas esperan hasta que vuelva a iniciar sesión: %1</translation>
    </message>
    <message numerus="yes">
        <source>Unsent actions wait for the server; next try in %n second(s): %1</source>
        <translation>
            <numerusform>Las acciones no enviadas esperan al servidor; próximo intento en %n segundo: %1</numerusform>
            <numerusform>Las acciones no enviadas esperan al servidor; próximo intento en %n segundos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>The reason has %1 characters; shorten it to at most %2.</source>
        <translation>El motivo tiene %1 caracteres; acórtelo a %2 como máximo.</translation>
    </message>
    <message>
        <source>The message has %1 characters; shorten it to at most %2.</source>
        <translation>El mensaje tiene %1 caracteres; acórtelo a %2 como máximo.</translation>
    </message>
</context>
<context>
    <name>mesi::sync::Outbox</name>
    <message>
        <source>Outbox entry %1 is not in the outbox any more; it was sent or removed already.</source>
        <translation>La entrada %1 ya no está en la bandeja de salida; ya se envió o se eliminó.</translation>
    </message>
    <message>
        <source>It is already on its way to the server and can no longer be cancelled.</source>
        <translation>Ya va camino del servidor y no se puede cancelar.</translation>
    </message>
</context>
<context>
    <name>mesi::sync::SandboxProcess</name>
    <message>
        <source>The demo sandbox did not report its address within %1 seconds.</source>
        <translation>La Sandbox de demostración no informó de su dirección en %1 segundos.</translation>
    </message>
    <message>
        <source>Could not start the demo sandbox &apos;%1&apos;: %2. Reinstall Mesi Creator Console or start it with --api-url.</source>
        <translation>No se pudo iniciar la Sandbox de demostración &apos;%1&apos;: %2. Vuelva a instalar Mesi Creator Console o inícielo con --api-url.</translation>
    </message>
    <message>
        <source>The demo sandbox stopped with exit code %1 before it was ready: %2</source>
        <translation>La Sandbox de demostración terminó con el código de salida %1 antes de estar lista: %2</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>sin mensaje</translation>
    </message>
    <message>
        <source>The demo sandbox printed &apos;%1&apos; instead of its address.</source>
        <translation>La Sandbox de demostración mostró &apos;%1&apos; en lugar de su dirección.</translation>
    </message>
    <message>
        <source>see %1</source>
        <translation>consulte %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::BidDetailPane</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Bid Details</source>
        <translation>Detalles de la oferta</translation>
    </message>
    <message>
        <source>Fan:</source>
        <translation>Fan:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Escrow:</source>
        <translation>Depósito en garantía:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Recibida:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>Motivo indicado:</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;ceptar</translation>
    </message>
    <message>
        <source>Accept bid</source>
        <translation>Aceptar oferta</translation>
    </message>
    <message>
        <source>Accepts the selected bid and opens a chat with the fan.</source>
        <translation>Acepta la oferta seleccionada y abre un chat con el fan.</translation>
    </message>
    <message>
        <source>Accept this bid and open a chat with the fan (Alt+A)</source>
        <translation>Aceptar esta oferta y abrir un chat con el fan (Alt+C)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>Reject bid</source>
        <translation>Rechazar oferta</translation>
    </message>
    <message>
        <source>Asks for an optional reason, rejects the selected bid and refunds the escrow.</source>
        <translation>Pide un motivo opcional, rechaza la oferta seleccionada y reembolsa el depósito en garantía.</translation>
    </message>
    <message>
        <source>Reject this bid and refund the fan (Alt+R)</source>
        <translation>Rechazar esta oferta y reembolsar al fan (Alt+R)</translation>
    </message>
    <message>
        <source>Undo or dismiss your answer</source>
        <translation>Deshacer o descartar su respuesta</translation>
    </message>
    <message>
        <source>Cancels an answer that has not been sent yet, or dismisses one the server rejected.</source>
        <translation>Cancela una respuesta que aún no se ha enviado o descarta una que el servidor rechazó.</translation>
    </message>
    <message>
        <source>Action error</source>
        <translation>Error de la acción</translation>
    </message>
    <message>
        <source>Only pending bids can be accepted or rejected.</source>
        <translation>Solo se pueden aceptar o rechazar ofertas pendientes.</translation>
    </message>
    <message>
        <source>Select a bid in the inbox to see its details.</source>
        <translation>Seleccione una oferta en la bandeja de entrada para ver sus detalles.</translation>
    </message>
    <message>
        <source>This bid is no longer in the inbox.</source>
        <translation>Esta oferta ya no está en la bandeja de entrada.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(sin nota)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>%1 (your answer was not accepted: %2)</source>
        <translation>%1 (su respuesta no fue aceptada: %2)</translation>
    </message>
    <message>
        <source>%1 (your answer waits to be sent)</source>
        <translation>%1 (su respuesta espera para enviarse)</translation>
    </message>
    <message>
        <source>%1 (sending your answer…)</source>
        <translation>%1 (enviando su respuesta…)</translation>
    </message>
    <message>
        <source>Your answer was not sent: %1</source>
        <translation>Su respuesta no se envió: %1</translation>
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
        <translation>%1 (actualizando…)</translation>
    </message>
    <message>
        <source>Fan</source>
        <translation>Fan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Escrow</source>
        <translation>Depósito en garantía</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>accept failed: %1</source>
        <translation>error al aceptar: %1</translation>
    </message>
    <message>
        <source>reject failed: %1</source>
        <translation>error al rechazar: %1</translation>
    </message>
    <message>
        <source>accept waiting to send</source>
        <comment>outbox state of an answer</comment>
        <translation>aceptación en espera de envío</translation>
    </message>
    <message>
        <source>reject waiting to send</source>
        <comment>outbox state of an answer</comment>
        <translation>rechazo en espera de envío</translation>
    </message>
</context>
<context>
    <name>mesi::ui::BidText</name>
    <message>
        <source>Pending</source>
        <comment>bid status</comment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>bid status</comment>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>bid status</comment>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>bid status</comment>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>bid status</comment>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>bid status</comment>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>bid status</comment>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>bid status</comment>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>escrow state</comment>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Released to you</source>
        <translation>Liberado para usted</translation>
    </message>
    <message>
        <source>Refunded to fan</source>
        <translation>Reembolsado al fan</translation>
    </message>
    <message>
        <source>The chat with the fan opens when you accept this bid.</source>
        <translation>El chat con el fan se abre cuando acepta esta oferta.</translation>
    </message>
    <message>
        <source>You rejected this bid, so it has no chat.</source>
        <translation>Rechazó esta oferta, así que no tiene chat.</translation>
    </message>
    <message>
        <source>The fan withdrew this bid before you answered, so it has no chat.</source>
        <translation>El fan retiró esta oferta antes de que respondiera, así que no tiene chat.</translation>
    </message>
    <message>
        <source>This bid expired before you answered, so it has no chat.</source>
        <translation>Esta oferta venció antes de que respondiera, así que no tiene chat.</translation>
    </message>
    <message>
        <source>The meeting took place; the chat is read-only now.</source>
        <translation>El encuentro tuvo lugar; el chat ahora es de solo lectura.</translation>
    </message>
    <message>
        <source>The meeting was cancelled; the chat is read-only now.</source>
        <translation>El encuentro se canceló; el chat ahora es de solo lectura.</translation>
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
        <translation>%1 · no enviado: %2</translation>
    </message>
    <message>
        <source>%1 · 🕒 waiting to send</source>
        <comment>outbox state of a chat message</comment>
        <translation>%1 · 🕒 en espera de envío</translation>
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
        <translation>No se pudo cargar el chat: %1</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>Mensajes del chat</translation>
    </message>
    <message>
        <source>Messages with the fan, oldest first.</source>
        <translation>Mensajes con el fan, los más antiguos primero.</translation>
    </message>
    <message>
        <source>Write to the fan and press Enter</source>
        <translation>Escriba al fan y pulse Intro</translation>
    </message>
    <message>
        <source>Message to the fan</source>
        <translation>Mensaje para el fan</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>Send the message (Enter or Alt+S)</source>
        <translation>Enviar el mensaje (Intro o Alt+E)</translation>
    </message>
    <message>
        <source>Chat error</source>
        <translation>Error del chat</translation>
    </message>
    <message>
        <source>Select a bid to see its chat.</source>
        <translation>Seleccione una oferta para ver su chat.</translation>
    </message>
    <message>
        <source>Your message was not sent: %1</source>
        <translation>Su mensaje no se envió: %1</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancelar el envío</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>The message could not be cancelled: %1</source>
        <translation>No se pudo cancelar el mensaje: %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::ConnectionIndicator</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Mesi API at %1</source>
        <translation>API de Mesi en %1</translation>
    </message>
    <message>
        <source>Offline, next attempt in %1 s</source>
        <translation>Sin conexión, próximo intento en %1 s</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Offline, trying again now</source>
        <translation>Sin conexión, reintentando ahora</translation>
    </message>
</context>
<context>
    <name>mesi::ui::ConsoleStartup</name>
    <message>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>Could not sign in to the demo sandbox: %1</source>
        <translation>No se pudo iniciar sesión en la Sandbox de demostración: %1</translation>
    </message>
    <message>
        <source>Demo sandbox failed</source>
        <translation>Error de la Sandbox de demostración</translation>
    </message>
    <message>
        <source>You are offline: the window shows the bids and chats saved on this computer, and your actions wait in the outbox. Sign in to send them and receive new bids.</source>
        <translation>Está sin conexión: la ventana muestra las ofertas y los chats guardados en este equipo, y sus acciones esperan en la bandeja de salida. Inicie sesión para enviarlas y recibir ofertas nuevas.</translation>
    </message>
    <message>
        <source>Demo sandbox running at %1
Play a fan in another terminal, for example:
  %2 --api %1 --fan Lena bid --creator demo --amount 120.00 --asset USD
</source>
        <translation>La sandbox de demostración se ejecuta en %1
Interprete a un fan en otro terminal, por ejemplo:
  %2 --api %1 --fan Lena bid --creator demo --amount 120.00 --asset USD
</translation>
    </message>
</context>
<context>
    <name>mesi::ui::DesktopNotifier</name>
    <message>
        <source>&amp;Show Mesi Creator Console</source>
        <translation>&amp;Mostrar Mesi Creator Console</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n unread</source>
        <translation>
            <numerusform>%1 — %n sin leer</numerusform>
            <numerusform>%1 — %n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>New bid from %1</source>
        <translation>Nueva oferta de %1</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Mensaje de %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::MainWindow</name>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Shows only the bids in the chosen status.</source>
        <translation>Muestra solo las ofertas en el estado elegido.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Bid inbox</source>
        <translation>Bandeja de entrada de ofertas</translation>
    </message>
    <message>
        <source>Bids from fans, newest first. Select a bid to see its details and chat.</source>
        <translation>Ofertas de fans, las más recientes primero. Seleccione una oferta para ver sus detalles y su chat.</translation>
    </message>
    <message>
        <source>Inbox columns</source>
        <translation>Columnas de la bandeja de entrada</translation>
    </message>
    <message>
        <source>Click a column to sort by it, drag it to move or resize it, and right-click it to choose the columns shown.</source>
        <translation>Haga clic en una columna para ordenar por ella, arrástrela para moverla o cambiar su tamaño y haga clic derecho para elegir las columnas visibles.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign in again to send queued actions and receive new bids</source>
        <translation>Vuelva a iniciar sesión para enviar las acciones en cola y recibir ofertas nuevas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>&amp;Bid</source>
        <translation>&amp;Oferta</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;ceptar</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>&amp;Send Message</source>
        <translation>&amp;Enviar mensaje</translation>
    </message>
    <message>
        <source>Open &amp;Chat</source>
        <translation>Abrir c&amp;hat</translation>
    </message>
    <message>
        <source>Go to &amp;Inbox</source>
        <translation>Ir a la &amp;bandeja de entrada</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Mesi Creator Console</source>
        <translation>&amp;Acerca de Mesi Creator Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) in the inbox</source>
        <translation>
            <numerusform>%n oferta en la bandeja de entrada</numerusform>
            <numerusform>%n ofertas en la bandeja de entrada</numerusform>
        </translation>
    </message>
    <message>
        <source>New bid of %1 from %2.</source>
        <translation>Nueva oferta de %1 de %2.</translation>
    </message>
    <message>
        <source>Your answer to %1 was not sent: %2</source>
        <translation>Su respuesta a %1 no se envió: %2</translation>
    </message>
    <message>
        <source>Your message about %1 was not sent: %2</source>
        <translation>Su mensaje sobre %1 no se envió: %2</translation>
    </message>
    <message>
        <source>The chat about %1 could not be loaded: %2</source>
        <translation>No se pudo cargar el chat sobre %1: %2</translation>
    </message>
    <message>
        <source>Mesi Creator Console</source>
        <translation>Mesi Creator Console</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mesi Creator Console %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Review the bids of your fans, accept or reject them, and chat with the fans whose bids you accepted. Every amount is held in escrow until the meeting, and refunded when you reject a bid.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mesi Creator Console %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Revise las ofertas de sus fans, acéptelas o recháchelas y chatee con los fans cuyas ofertas aceptó. Cada importe se mantiene en depósito en garantía hasta el encuentro y se reembolsa cuando rechaza una oferta.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Log file: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Archivo de registro: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The log file is off. Turn on “Write a log file” in the settings to write it to %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;El archivo de registro está desactivado. Active «Escribir un archivo de registro» en la configuración para escribirlo en %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Settings file: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Archivo de configuración: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Mesi Creator Console</source>
        <translation>Acerca de Mesi Creator Console</translation>
    </message>
    <message>
        <source>bid %1</source>
        <translation>la oferta %1</translation>
    </message>
    <message>
        <source>the bid of %1 from %2</source>
        <translation>la oferta de %1 de %2</translation>
    </message>
    <message>
        <source>Clear text</source>
        <translation>Borrar texto</translation>
    </message>
    <message>
        <source>Select an accepted bid to open its chat.</source>
        <translation>Seleccione una oferta aceptada para abrir su chat.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::RejectDialog</name>
    <message>
        <source>Reject Bid</source>
        <translation>Rechazar oferta</translation>
    </message>
    <message>
        <source>Reject the bid of %1? The escrow is refunded to the fan.</source>
        <translation>¿Rechazar la oferta de %1? El depósito en garantía se reembolsa al fan.</translation>
    </message>
    <message>
        <source>Reason for the fan (&amp;optional):</source>
        <translation>Motivo para el fan (&amp;opcional):</translation>
    </message>
    <message>
        <source>For example: I am travelling that month.</source>
        <translation>Por ejemplo: estaré de viaje ese mes.</translation>
    </message>
    <message>
        <source>Reason for the fan</source>
        <translation>Motivo para el fan</translation>
    </message>
    <message>
        <source>Optional. Shown to the fan with the rejection. At most %1 characters.</source>
        <translation>Opcional. Se muestra al fan con el rechazo. Como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Caracteres usados</translation>
    </message>
    <message>
        <source>&amp;Reject Bid</source>
        <translation>&amp;Rechazar oferta</translation>
    </message>
    <message>
        <source>Reject bid</source>
        <translation>Rechazar oferta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interfaz</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the console&apos;s texts, dates and amounts. It changes at once.</source>
        <translation>El idioma de los textos, las fechas y los importes de la consola. Cambia al instante.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Notify me of new &amp;bids</source>
        <translation>Avisarme de nuevas &amp;ofertas</translation>
    </message>
    <message>
        <source>Shows a desktop notification for each new bid.</source>
        <translation>Muestra una notificación de escritorio por cada oferta nueva.</translation>
    </message>
    <message>
        <source>Notify me of new chat &amp;messages</source>
        <translation>Avisarme de nuevos &amp;mensajes de chat</translation>
    </message>
    <message>
        <source>Shows a desktop notification for each message a fan writes.</source>
        <translation>Muestra una notificación de escritorio por cada mensaje que escribe un fan.</translation>
    </message>
    <message>
        <source>Play a &amp;sound for new bids</source>
        <translation>Reproducir un &amp;sonido con ofertas nuevas</translation>
    </message>
    <message>
        <source>Turn this off to mute the new-bid sound.</source>
        <translation>Desactívelo para silenciar el sonido de ofertas nuevas.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so notifications are not shown; the sound still plays.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que no se muestran notificaciones; el sonido se sigue reproduciendo.</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Solución de problemas</translation>
    </message>
    <message>
        <source>Write a &amp;log file</source>
        <translation>Escribir un archivo de &amp;registro</translation>
    </message>
    <message>
        <source>Also writes informational messages, for reporting a problem.</source>
        <translation>También escribe mensajes informativos, para informar de un problema.</translation>
    </message>
    <message>
        <source>Log file path</source>
        <translation>Ruta del archivo de registro</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Cerrar la configuración</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>mesi::ui::SignInDialog</name>
    <message>
        <source>Address of the Mesi API, such as https://api.mesi.example, or http://127.0.0.1 with a port for a local sandbox.</source>
        <translation>Dirección de la API de Mesi, como https://api.mesi.example, o http://127.0.0.1 con un puerto para una Sandbox local.</translation>
    </message>
    <message>
        <source>Sign In to Mesi</source>
        <translation>Iniciar sesión en Mesi</translation>
    </message>
    <message>
        <source>Sign in with your creator account to review the bids of your fans.</source>
        <translation>Inicie sesión con su cuenta de creador para revisar las ofertas de sus fans.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>API address error</source>
        <translation>Error en la dirección de la API</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Handle error</source>
        <translation>Error en el identificador</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password error</source>
        <translation>Error en la contraseña</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Dirección de la API:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Identificador:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>Iniciar se&amp;sión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Enter your creator handle, such as demo.</source>
        <translation>Escriba su identificador de creador, como demo.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
</context>
</TS>
