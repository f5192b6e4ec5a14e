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
    <name>mesi::api::ApiClient</name>
    <message>
        <source>The response to %1 has %2 bytes or more, over the limit of %3 bytes, so it was stopped. The server sent more than the API allows; try again later or report it to the server&apos;s operator.</source>
        <translation>La respuesta a %1 tiene %2 bytes o más, por encima del límite de %3 bytes, así que se detuvo. El servidor envió más de lo que permite la API; inténtelo de nuevo más tarde o informe al operador del servidor.</translation>
    </message>
</context>
<context>
    <name>mesi::api::CertificateText</name>
    <message>
        <source>The server sent no certificate.</source>
        <translation>El servidor no envió ningún certificado.</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from: %3
Valid until: %4
SHA-256 fingerprint: %5</source>
        <translation>Sujeto: %1
Emisor: %2
Válido desde: %3
Válido hasta: %4
Huella SHA-256: %5</translation>
    </message>
    <message>
        <source>unknown certificate error</source>
        <translation>error de certificado desconocido</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>The certificate of %1 failed verification (%2), so the connection was stopped. Check the address; if it is right, ask the server&apos;s operator to fix its certificate.</source>
        <translation>El certificado de %1 no superó la verificación (%2), así que se detuvo la conexión. Compruebe la dirección; si es correcta, pida al operador del servidor que corrija su certificado.</translation>
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
    <name>mesi::sync::CreatorLifecycle</name>
    <message>
        <source>Creator Console on %1</source>
        <translation>Creator Console en %1</translation>
    </message>
    <message>
        <source>bid %1 has no scheduled meeting, so it has no pass</source>
        <translation>la oferta %1 no tiene un encuentro programado, así que no tiene pase</translation>
    </message>
    <message>
        <source>this device&apos;s pass key is not registered with the server yet, so a fan&apos;s scan would be rejected; go online once to register it</source>
        <translation>la clave de pase de este dispositivo aún no está registrada en el servidor, así que se rechazaría el escaneo de un fan; conéctese una vez para registrarla</translation>
    </message>
    <message>
        <source>The note has %1 characters. Shorten it to at most %2.</source>
        <translation>La nota tiene %1 caracteres. Acórtela a %2 como máximo.</translation>
    </message>
    <message>
        <source>The reason has %1 characters. Give the fan a reason of 1 to %2 characters.</source>
        <translation>El motivo tiene %1 caracteres. Dé al fan un motivo de 1 a %2 caracteres.</translation>
    </message>
    <message>
        <source>this device&apos;s pass key is not loaded yet; unlock the secrets file or wait until the secret store answers</source>
        <translation>la clave de pase de este dispositivo aún no está cargada; desbloquee el archivo de secretos o espere a que responda el almacén de secretos</translation>
    </message>
    <message>
        <source>the pass key is being loaded, registered or reset already; try again in a moment</source>
        <translation>la clave de pase ya se está cargando, registrando o restableciendo; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <source>resetting the signing key needs the server; sign in and try again</source>
        <translation>para restablecer la clave de firma se necesita el servidor; inicie sesión e inténtelo de nuevo</translation>
    </message>
</context>
<context>
    <name>mesi::sync::CreatorSession</name>
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
    <message>
        <source>An earlier action on this bid still waits to be sent. Undo it, or wait until it is sent and try again.</source>
        <translation>Una acción anterior sobre esta oferta aún espera su envío. Deshágala, o espere a que se envíe e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not save changes for offline use: %1. The console keeps them and tries again every few seconds.</source>
        <translation>No se pudieron guardar los cambios para usarlos sin conexión: %1. La consola los conserva y lo vuelve a intentar cada pocos segundos.</translation>
    </message>
    <message>
        <source>Could not keep the sign-in for the next start: %1</source>
        <translation>No se pudo conservar el inicio de sesión para el próximo arranque: %1</translation>
    </message>
    <message>
        <source>Could not delete the stored sign-in: %1</source>
        <translation>No se pudo eliminar el inicio de sesión guardado: %1</translation>
    </message>
    <message>
        <source>No sign-in is kept on this computer; sign in with your password.</source>
        <translation>No hay ningún inicio de sesión guardado en este equipo; inicie sesión con su contraseña.</translation>
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
    <name>mesi::ui::AiTierTable</name>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Fan tier</source>
        <translation>Nivel del fan</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Session prices</source>
        <translation>Precios de las sesiones</translation>
    </message>
    <message>
        <source>One row per session format and fan account tier, with its length and price.</source>
        <translation>Una fila por formato de sesión y nivel de cuenta del fan, con su duración y su precio.</translation>
    </message>
    <message>
        <source>Price table columns</source>
        <translation>Columnas de la tabla de precios</translation>
    </message>
    <message>
        <source>Price table rows</source>
        <translation>Filas de la tabla de precios</translation>
    </message>
    <message>
        <source>Select all price rows</source>
        <translation>Seleccionar todas las filas de precios</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>&amp;Añadir fila</translation>
    </message>
    <message>
        <source>Add price row</source>
        <translation>Añadir fila de precio</translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation>&amp;Eliminar fila</translation>
    </message>
    <message>
        <source>Remove selected price row</source>
        <translation>Eliminar la fila de precio seleccionada</translation>
    </message>
    <message>
        <source>Price row %1 repeats %2 for %3 fans, which price row %4 already prices. Change the format or fan tier, or remove one of the two rows.</source>
        <translation>La fila de precio %1 repite %2 para el nivel %3, que ya tiene precio en la fila %4. Cambie el formato o el nivel del fan, o elimine una de las dos filas.</translation>
    </message>
    <message>
        <source>The price table is invalid: %1</source>
        <translation>La tabla de precios no es válida: %1</translation>
    </message>
    <message>
        <source>Price row %1 has no price. Enter an amount above zero, such as %2.</source>
        <translation>La fila de precio %1 no tiene precio. Escriba un importe mayor que cero, como %2.</translation>
    </message>
    <message>
        <source>Price row %1: %2</source>
        <translation>Fila de precio %1: %2</translation>
    </message>
    <message>
        <source>Price row %1: the price is zero. Enter an amount above zero.</source>
        <translation>Fila de precio %1: el precio es cero. Escriba un importe mayor que cero.</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Format, row %1</source>
        <translation>Formato, fila %1</translation>
    </message>
    <message>
        <source>Fan tier, row %1</source>
        <translation>Nivel del fan, fila %1</translation>
    </message>
    <message>
        <source>Minutes, row %1</source>
        <translation>Minutos, fila %1</translation>
    </message>
    <message>
        <source>Price, row %1</source>
        <translation>Precio, fila %1</translation>
    </message>
    <message>
        <source>Asset, row %1</source>
        <translation>Moneda, fila %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::AmountInput</name>
    <message>
        <source>&apos;%1&apos; contains &apos;.&apos;, which is not the decimal point here. Type &apos;%2&apos; before the decimals and no group separators, such as %3.</source>
        <translation>&apos;%1&apos; contiene &apos;.&apos;, que aquí no es el separador decimal. Escriba &apos;%2&apos; antes de los decimales y ningún separador de miles, como en %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain amount. Type digits with &apos;%2&apos; before the decimals, such as %3, and no signs, spaces or group separators.</source>
        <translation>&apos;%1&apos; no es un importe simple. Escriba dígitos con &apos;%2&apos; antes de los decimales, como en %3, sin signos, espacios ni separadores de miles.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; has more than %Ln decimals, which is the most %2 allows. Round it to %Ln decimals.</source>
        <translation>
            <numerusform>&apos;%1&apos; tiene más de %Ln decimal, que es el máximo que admite %2. Redondéelo a %Ln decimal.</numerusform>
            <numerusform>&apos;%1&apos; tiene más de %Ln decimales, que es el máximo que admite %2. Redondéelo a %Ln decimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 amount: %3</source>
        <translation>&apos;%1&apos; no es un importe válido en %2: %3</translation>
    </message>
</context>
<context>
    <name>mesi::ui::AvailabilityEditor</name>
    <message>
        <source>Home time zone</source>
        <translation>Zona horaria habitual</translation>
    </message>
    <message>
        <source>IANA name such as Europe/Berlin. The weekly windows and blocked dates are read in this zone.</source>
        <translation>Nombre IANA como Europe/Berlin. Las franjas semanales y las fechas bloqueadas se interpretan en esta zona.</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Travel buffer in minutes</source>
        <translation>Margen de desplazamiento en minutos</translation>
    </message>
    <message>
        <source>Time kept free before and after each meeting, from 0 to %1 minutes.</source>
        <translation>Tiempo que se mantiene libre antes y después de cada encuentro, de 0 a %1 minutos.</translation>
    </message>
    <message>
        <source>Home time &amp;zone:</source>
        <translation>&amp;Zona horaria habitual:</translation>
    </message>
    <message>
        <source>&amp;Travel buffer:</source>
        <translation>&amp;Margen de desplazamiento:</translation>
    </message>
    <message>
        <source>Fans see your availability. The console warns you when a proposed meeting lies outside it, on a blocked date, or closer than the travel buffer to another meeting or busy time.</source>
        <translation>Los fans ven su disponibilidad. La consola le avisa cuando un encuentro propuesto queda fuera de ella, cae en una fecha bloqueada o está más cerca de otro encuentro o periodo ocupado que el margen de desplazamiento.</translation>
    </message>
    <message>
        <source>Weekly meeting windows</source>
        <translation>Franjas semanales de encuentros</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Meeting windows on %1</source>
        <translation>Franjas de encuentros del %1</translation>
    </message>
    <message>
        <source>Time ranges such as 10:00-13:00, 15:00-19:00; empty for no meetings that day.</source>
        <translation>Rangos horarios como 10:00-13:00, 15:00-19:00; vacío si no hay encuentros ese día.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>weekday as a form label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Type each day&apos;s ranges as 10:00-13:00, 15:00-19:00. A range may end at 24:00. Leave every day empty to take meetings at any time of a date that is not blocked.</source>
        <translation>Escriba los rangos de cada día como 10:00-13:00, 15:00-19:00. Un rango puede terminar a las 24:00. Deje todos los días vacíos para aceptar encuentros a cualquier hora de una fecha no bloqueada.</translation>
    </message>
    <message>
        <source>Blocked dates</source>
        <translation>Fechas bloqueadas</translation>
    </message>
    <message>
        <source>Date to block</source>
        <translation>Fecha que se bloqueará</translation>
    </message>
    <message>
        <source>&amp;Block Date</source>
        <translation>&amp;Bloquear fecha</translation>
    </message>
    <message>
        <source>Block the chosen date</source>
        <translation>Bloquear la fecha elegida</translation>
    </message>
    <message>
        <source>Press Delete to unblock the selected dates.</source>
        <translation>Pulse Supr para desbloquear las fechas seleccionadas.</translation>
    </message>
    <message>
        <source>&amp;Unblock Date</source>
        <translation>Desb&amp;loquear fecha</translation>
    </message>
    <message>
        <source>Unblock the selected dates</source>
        <translation>Desbloquear las fechas seleccionadas</translation>
    </message>
    <message>
        <source>No meeting is expected on a blocked date, all day in your home time zone.</source>
        <translation>No se espera ningún encuentro en una fecha bloqueada, durante todo el día en su zona horaria habitual.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time range. Write ranges such as 10:00-13:00, 15:00-19:00, with times from 00:00 to 24:00.</source>
        <translation>%1: «%2» no es un rango horario. Escriba rangos como 10:00-13:00, 15:00-19:00, con horas de 00:00 a 24:00.</translation>
    </message>
    <message>
        <source>%1: the window %2 ends before it starts. Give an end later than the start, at most 24:00.</source>
        <translation>%1: la franja %2 termina antes de empezar. Indique un final posterior al inicio, como máximo 24:00.</translation>
    </message>
    <message>
        <source>%1: the windows %2 and %3 overlap. Merge them or move one.</source>
        <translation>%1: las franjas %2 y %3 se solapan. Únalas o mueva una de ellas.</translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is unknown. Pick a zone from the list, such as Europe/Berlin.</source>
        <translation>La zona horaria «%1» es desconocida. Elija una zona de la lista, como Europe/Berlin.</translation>
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
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min, tier price %2</source>
        <translation>
            <numerusform>%1, %n min, precio del nivel: %2</numerusform>
            <numerusform>%1, %n min, precio del nivel: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>proposal acceptance failed: %1</source>
        <translation>falló la aceptación de la propuesta: %1</translation>
    </message>
    <message>
        <source>proposal acceptance waiting to send</source>
        <comment>outbox state of an answer</comment>
        <translation>aceptación de la propuesta pendiente de envío</translation>
    </message>
    <message>
        <source>cancel failed: %1</source>
        <translation>falló la cancelación: %1</translation>
    </message>
    <message>
        <source>cancel waiting to send</source>
        <comment>outbox state of an answer</comment>
        <translation>cancelación pendiente de envío</translation>
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
        <source>This bid is completed; the chat is read-only now.</source>
        <translation>Esta oferta está completada; el chat ahora es de solo lectura.</translation>
    </message>
    <message>
        <source>This bid was cancelled; the chat is read-only now.</source>
        <translation>Esta oferta se canceló; el chat ahora es de solo lectura.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::CalendarLegend</name>
    <message>
        <source>Busy (imported)</source>
        <translation>Ocupado (importado)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Month: days in bold have meetings, with their number in the corner, and a flag for deadlines. Today has a frame.</source>
        <translation>Mes: los días en negrita tienen encuentros, con su número en la esquina, y una bandera indica plazos. El día de hoy tiene un marco.</translation>
    </message>
    <message>
        <source>Colour legend</source>
        <translation>Leyenda de colores</translation>
    </message>
    <message>
        <source>Scheduled meetings are blue with a solid border. Tentative ones are purple with a dashed border and a question mark. Completed ones are green with a check mark. Cancelled ones are red with a dotted border, a cross and struck-out names. Imported busy times are grey and hatched. KYF deadlines have a filled flag, bid expiries an outlined flag. A red line marks the current time. %1</source>
        <translation>Los encuentros programados son azules con borde continuo. Los provisionales son morados con borde discontinuo y un signo de interrogación. Los completados son verdes con una marca de verificación. Los cancelados son rojos con borde punteado, una cruz y los nombres tachados. Los periodos ocupados importados son grises y rayados. Los plazos de KYF tienen una bandera rellena, y los vencimientos de ofertas, una bandera con contorno. Una línea roja marca la hora actual. %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::CalendarMarkers</name>
    <message>
        <source>KYF deadline</source>
        <translation>Plazo de KYF</translation>
    </message>
    <message>
        <source>Bid expiry</source>
        <translation>Vencimiento de la oferta</translation>
    </message>
    <message>
        <source>KYF due %1 %2</source>
        <comment>time, then the fan&apos;s name</comment>
        <translation>Plazo de KYF %1 %2</translation>
    </message>
    <message>
        <source>Expires %1 %2</source>
        <comment>time, then the fan&apos;s name of a pending bid</comment>
        <translation>Vence %1 %2</translation>
    </message>
    <message>
        <source>%1 must answer the KYF request by %2. Double-click to open the bid.</source>
        <translation>%1 debe responder a la solicitud de KYF hasta el %2. Haga doble clic para abrir la oferta.</translation>
    </message>
    <message>
        <source>The pending bid of %1 expires at %2 unless you answer it. Double-click to open the bid.</source>
        <translation>La oferta pendiente de %1 vence el %2 si no la responde. Haga doble clic para abrir la oferta.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::CertificateBox</name>
    <message>
        <source>Connection Not Secure</source>
        <translation>Conexión no segura</translation>
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
    <message>
        <source>Proposed meeting: %1</source>
        <translation>Encuentro propuesto: %1</translation>
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
        <translation>Fuera de su disponibilidad: el %1 no tiene franja de encuentros (%2 queda fuera).</translation>
    </message>
    <message>
        <source>Outside your availability: %1 windows are %2 in %3 (%4 lies outside).</source>
        <translation>Fuera de su disponibilidad: las franjas del %1 son %2 en %3 (%4 queda fuera).</translation>
    </message>
    <message>
        <source>On %1, a date you blocked.</source>
        <translation>El %1, una fecha que usted bloqueó.</translation>
    </message>
    <message>
        <source>Overlaps your meeting with %1 (%2).</source>
        <translation>Se solapa con su encuentro con %1 (%2).</translation>
    </message>
    <message>
        <source>Overlaps the pending proposal in the chat with %1 (%2).</source>
        <translation>Se solapa con la propuesta pendiente del chat con %1 (%2).</translation>
    </message>
    <message>
        <source>Overlaps your busy time &quot;%1&quot; (%2).</source>
        <translation>Se solapa con su periodo ocupado «%1» (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Closer than your travel buffer of %n minute(s).</source>
        <translation>
            <numerusform>Más cerca que su margen de desplazamiento de %n minuto.</numerusform>
            <numerusform>Más cerca que su margen de desplazamiento de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This time conflicts with your calendar:</source>
        <translation>Esta hora entra en conflicto con su calendario:</translation>
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
    <message>
        <source>Secret Store Unavailable</source>
        <translation>Almacén de secretos no disponible</translation>
    </message>
    <message>
        <source>The console cannot use the system&apos;s secret store: %1

You will sign in at every start until this is solved.</source>
        <translation>La consola no puede usar el almacén de secretos del sistema: %1

Tendrá que iniciar sesión en cada arranque hasta que se resuelva.</translation>
    </message>
    <message>
        <source>No Secret Store</source>
        <translation>Sin almacén de secretos</translation>
    </message>
    <message>
        <source>This system has no secret store (such as GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager) that the console can reach.

The console can keep your sign-in and the key that signs meeting passes in a file sealed with a passphrase instead. Without it you sign in at every start, and passes shown before a restart stop working.

This message is shown once.</source>
        <translation>Este sistema no tiene ningún almacén de secretos (como GNOME Keyring, KWallet, el Llavero de macOS o el Administrador de credenciales de Windows) al que la consola pueda acceder.

En su lugar, la consola puede guardar su inicio de sesión y la clave que firma los pases de encuentro en un archivo protegido con una frase de contraseña. Sin ese archivo, tendrá que iniciar sesión en cada arranque, y los pases mostrados antes de un reinicio dejarán de funcionar.

Este mensaje se muestra una sola vez.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::CreatorSettingsDialog</name>
    <message>
        <source>Bid Settings</source>
        <translation>Configuración de ofertas</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Error de configuración</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save bid settings</source>
        <translation>Guardar la configuración de ofertas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Bidding</source>
        <translation>Recepción de ofertas</translation>
    </message>
    <message>
        <source>When this is off, fans see that your bidding is paused and the server rejects new bids.</source>
        <translation>Si está desactivado, los fans ven que la recepción de ofertas está en pausa y el servidor rechaza las ofertas nuevas.</translation>
    </message>
    <message>
        <source>Accept new &amp;bids</source>
        <translation>Aceptar nuevas &amp;ofertas</translation>
    </message>
    <message>
        <source>Accept new bids</source>
        <translation>Aceptar nuevas ofertas</translation>
    </message>
    <message>
        <source>Minimum bids</source>
        <translation>Ofertas mínimas</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Sin mínimo</translation>
    </message>
    <message>
        <source>Minimum bid in %1</source>
        <translation>Oferta mínima en %1</translation>
    </message>
    <message numerus="yes">
        <source>Empty for no minimum. At most %Ln decimals, such as %1.</source>
        <translation>
            <numerusform>Déjelo vacío para no fijar mínimo. Como máximo %Ln decimal, como %1.</numerusform>
            <numerusform>Déjelo vacío para no fijar mínimo. Como máximo %Ln decimales, como %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>asset code as a form label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The server rejects a bid below the minimum for its asset. Leave a field empty for no minimum.</source>
        <translation>El servidor rechaza una oferta por debajo del mínimo de su moneda. Deje un campo vacío para no fijar mínimo.</translation>
    </message>
    <message>
        <source>Know Your Fan</source>
        <translation>Conozca a su fan (KYF)</translation>
    </message>
    <message numerus="yes">
        <source>After you accept a bid, the fan is asked to share the ticked fields of their registration details. The fan has %Ln hours to consent, or the bid is cancelled and refunded.</source>
        <translation>
            <numerusform>Después de que acepte una oferta, se pide al fan que comparta los campos marcados de sus datos de registro. El fan tiene %Ln hora para dar su consentimiento; si no, la oferta se cancela y se reembolsa.</numerusform>
            <numerusform>Después de que acepte una oferta, se pide al fan que comparta los campos marcados de sus datos de registro. El fan tiene %Ln horas para dar su consentimiento; si no, la oferta se cancela y se reembolsa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Require &amp;KYF after accepting a bid</source>
        <translation>Exigir &amp;KYF tras aceptar una oferta</translation>
    </message>
    <message>
        <source>Require KYF after accepting a bid</source>
        <translation>Exigir KYF tras aceptar una oferta</translation>
    </message>
    <message>
        <source>Ask for %1</source>
        <translation>Solicitar %1</translation>
    </message>
    <message>
        <source>AI sessions</source>
        <translation>Sesiones de IA</translation>
    </message>
    <message>
        <source>Fans bid for a session from this table: a format and length at the price for their account tier. Give each format and fan tier one row.</source>
        <translation>Los fans hacen ofertas por una sesión de esta tabla: un formato y una duración al precio de su nivel de cuenta. Use una fila para cada formato y nivel de fan.</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Personaje: %1</translation>
    </message>
    <message>
        <source>KYF is required but no field is ticked. Tick at least one field for the fan to share, or turn KYF off.</source>
        <translation>KYF es obligatorio, pero no hay ningún campo marcado. Marque al menos un campo para que el fan lo comparta o desactive KYF.</translation>
    </message>
    <message>
        <source>The price table is empty. Add at least one row, so that fans can bid for a session.</source>
        <translation>La tabla de precios está vacía. Añada al menos una fila para que los fans puedan hacer ofertas por una sesión.</translation>
    </message>
    <message>
        <source>The settings are invalid: %1</source>
        <translation>La configuración no es válida: %1</translation>
    </message>
    <message>
        <source>Minimum for %1: %2</source>
        <translation>Mínimo para %1: %2</translation>
    </message>
    <message>
        <source>Minimum for %1: &apos;%2&apos; is zero. Leave the field empty for no minimum.</source>
        <translation>Mínimo para %1: &apos;%2&apos; es cero. Deje el campo vacío para no fijar mínimo.</translation>
    </message>
    <message>
        <source>The server did not save the settings: %1</source>
        <translation>El servidor no guardó la configuración: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>Bid &amp;Rules</source>
        <translation>&amp;Reglas de ofertas</translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation>&amp;Disponibilidad</translation>
    </message>
    <message>
        <source>Availability: %1</source>
        <translation>Disponibilidad: %1</translation>
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
    <message>
        <source>KYF deadline passed</source>
        <translation>Plazo de KYF vencido</translation>
    </message>
    <message>
        <source>The time for %1 to answer the KYF request ended at %2, before the console could remind you.</source>
        <translation>El plazo de %1 para responder a la solicitud de KYF terminó a las %2, antes de que la consola pudiera recordárselo.</translation>
    </message>
    <message>
        <source>KYF deadline soon</source>
        <translation>Plazo de KYF próximo</translation>
    </message>
    <message>
        <source>%1 has %2 left to answer the KYF request (until %3).</source>
        <translation>A %1 le quedan %2 para responder a la solicitud de KYF (hasta %3).</translation>
    </message>
    <message>
        <source>Meeting already started</source>
        <translation>El encuentro ya empezó</translation>
    </message>
    <message>
        <source>Your meeting with %1 started at %2 · %3, before the console could remind you.</source>
        <translation>Su encuentro con %1 empezó a las %2 · %3, antes de que la consola pudiera recordárselo.</translation>
    </message>
    <message numerus="yes">
        <source>Meeting in %n min</source>
        <comment>minutes until the meeting starts</comment>
        <translation>
            <numerusform>Encuentro en %n min</numerusform>
            <numerusform>Encuentro en %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting with %1 at %2 · %3</source>
        <translation>Encuentro con %1 a las %2 · %3</translation>
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
        <translation>Escanear el código del fan</translation>
    </message>
    <message>
        <source>If the fan&apos;s phone cannot scan your pass, the fan opens their confirmation code and you scan it here. The server checks the fan&apos;s signature before it releases the escrow.</source>
        <translation>Si el teléfono del fan no puede escanear su pase, el fan abre su código de confirmación y usted lo escanea aquí. El servidor comprueba la firma del fan antes de liberar el depósito en garantía.</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>Cá&amp;mara:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Vista previa de la cámara</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>Estado del escaneo</translation>
    </message>
    <message>
        <source>&amp;Open Image File…</source>
        <translation>&amp;Abrir archivo de imagen…</translation>
    </message>
    <message>
        <source>Open image file</source>
        <translation>Abrir archivo de imagen</translation>
    </message>
    <message>
        <source>Reads the fan&apos;s confirmation code from a photo or screenshot.</source>
        <translation>Lee el código de confirmación del fan desde una foto o una captura de pantalla.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Sin cámara</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Choose Open Image File… and pick a screenshot or photo of the fan&apos;s confirmation code.</source>
        <translation>No se encontró ninguna cámara en este equipo. Elija Abrir archivo de imagen… y seleccione una captura de pantalla o una foto del código de confirmación del fan.</translation>
    </message>
    <message>
        <source>The camera stopped: %1. Choose another camera, or use Open Image File… with a photo of the fan&apos;s code.</source>
        <translation>La cámara se detuvo: %1. Elija otra cámara o use Abrir archivo de imagen… con una foto del código del fan.</translation>
    </message>
    <message>
        <source>Hold the fan&apos;s phone in front of %1 so that the whole code is visible.</source>
        <translation>Sostenga el teléfono del fan delante de %1 de modo que se vea el código completo.</translation>
    </message>
    <message>
        <source>Checking the fan&apos;s code with the server…</source>
        <translation>Comprobando el código del fan con el servidor…</translation>
    </message>
    <message>
        <source>Meeting confirmed. The escrow of the meeting is released.</source>
        <translation>Encuentro confirmado. Se ha liberado el depósito en garantía del encuentro.</translation>
    </message>
    <message>
        <source>The server rejected the fan&apos;s code (%1): %2</source>
        <translation>El servidor rechazó el código del fan (%1): %2</translation>
    </message>
    <message>
        <source>The fan&apos;s code could not be sent: %1</source>
        <translation>No se pudo enviar el código del fan: %1</translation>
    </message>
    <message>
        <source>Open the Fan&apos;s Code</source>
        <translation>Abrir el código del fan</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>mesi::ui::FanCodeScanner</name>
    <message>
        <source>This is the meeting pass on your own screen. Point the camera at the code on the fan&apos;s phone.</source>
        <translation>Este es el pase del encuentro en su propia pantalla. Apunte la cámara al código del teléfono del fan.</translation>
    </message>
    <message>
        <source>This QR code is not a Mesi fan confirmation code. Ask the fan to open the confirmation code of this meeting.</source>
        <translation>Este código QR no es un código de confirmación de fan de Mesi. Pida al fan que abra el código de confirmación de este encuentro.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::IcsExportDialog</name>
    <message>
        <source>Export Calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The selected &amp;meeting</source>
        <translation>El encuentro &amp;seleccionado</translation>
    </message>
    <message>
        <source>Export the selected meeting</source>
        <translation>Exportar el encuentro seleccionado</translation>
    </message>
    <message>
        <source>Meetings &amp;between these days:</source>
        <translation>Encuentros e&amp;ntre estos días:</translation>
    </message>
    <message>
        <source>Export the meetings of a date range</source>
        <translation>Exportar los encuentros de un intervalo de fechas</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Meetings in the file</source>
        <translation>Encuentros en el archivo</translation>
    </message>
    <message>
        <source>Each meeting shows only the fan&apos;s display name, its time and its place or link.</source>
        <translation>Cada encuentro muestra solo el nombre visible del fan, su hora y su lugar o enlace.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>Exportar a un archivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <comment>Title of an exported meeting; %1 is the fan&apos;s display name</comment>
        <translation>Encuentro con %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>No se puede escribir %1: %2. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message numerus="yes">
        <source>Meetings in the file: %n</source>
        <translation>
            <numerusform>Encuentros en el archivo: %n</numerusform>
            <numerusform>Encuentros en el archivo: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Error al exportar</translation>
    </message>
</context>
<context>
    <name>mesi::ui::IcsImport</name>
    <message>
        <source>Import Busy Times</source>
        <translation>Importar periodos ocupados</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Archivos iCalendar (*.ics);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Busy blocks imported from %1: %n</source>
        <translation>
            <numerusform>Bloques ocupados importados de %1: %n</numerusform>
            <numerusform>Bloques ocupados importados de %1: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1, and busy times imported from it before are kept.</source>
        <translation>No se importó nada de %1, y se conservan los periodos ocupados que se importaron antes de ese archivo.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>The file has %1 bytes, more than the %2 MB an import reads. Export a shorter range of the calendar.</source>
        <translation>El archivo tiene %1 bytes, más de los %2 MB que lee una importación. Exporte un intervalo más corto del calendario.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation>No se puede leer %1: %2. Compruebe que el archivo existe y que tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>No account is open, so there is no calendar to import into. Sign in and import again.</source>
        <translation>No hay ninguna cuenta abierta, así que no hay calendario al que importar. Inicie sesión e importe de nuevo.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <source>Busy Times Imported</source>
        <translation>Periodos ocupados importados</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <source>Busy times imported</source>
        <translation>Periodos ocupados importados</translation>
    </message>
</context>
<context>
    <name>mesi::ui::KyfPanel</name>
    <message>
        <source>Legal name</source>
        <translation>Nombre legal</translation>
    </message>
    <message>
        <source>Over 18</source>
        <translation>Mayor de 18 años</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Verified photo</source>
        <translation>Foto verificada</translation>
    </message>
    <message>
        <source>Deadline passed — waiting for the platform to cancel the bid</source>
        <translation>Plazo vencido — esperando a que la plataforma cancele la oferta</translation>
    </message>
    <message>
        <source>Fan has less than a minute left</source>
        <translation>Al fan le queda menos de un minuto</translation>
    </message>
    <message>
        <source>Fan has %1 left</source>
        <translation>Tiempo restante para el fan: %1</translation>
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
        <translation>Tiempo restante para el fan: %1 %2</translation>
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
        <translation>Conozca a su fan (KYF)</translation>
    </message>
    <message>
        <source>Know Your Fan status</source>
        <translation>Estado de KYF</translation>
    </message>
    <message>
        <source>Requested fields</source>
        <translation>Campos solicitados</translation>
    </message>
    <message>
        <source>Deadline for the fan&apos;s answer</source>
        <translation>Plazo para la respuesta del fan</translation>
    </message>
    <message>
        <source>Time left for the fan</source>
        <translation>Tiempo restante para el fan</translation>
    </message>
    <message>
        <source>About the fan&apos;s answers</source>
        <translation>Acerca de las respuestas del fan</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>No obligatorio</translation>
    </message>
    <message>
        <source>Requested — waiting for the fan</source>
        <translation>Solicitado — esperando al fan</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Consentido</translation>
    </message>
    <message>
        <source>Declined by the fan — bid cancelled and refunded</source>
        <translation>Rechazado por el fan — oferta cancelada y reembolsada</translation>
    </message>
    <message>
        <source>Expired — no answer in 48 hours, bid cancelled and refunded</source>
        <translation>Vencido — sin respuesta en 48 horas, oferta cancelada y reembolsada</translation>
    </message>
    <message>
        <source>Requested fields: %1</source>
        <translation>Campos solicitados: %1</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>date, time and time zone</comment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>Answer due by %1</source>
        <translation>Plazo de respuesta: %1</translation>
    </message>
    <message>
        <source>Answer was due by %1</source>
        <translation>Plazo de respuesta vencido: %1</translation>
    </message>
    <message>
        <source>The fan&apos;s answers are hidden because the bid is closed.</source>
        <translation>Las respuestas del fan están ocultas porque la oferta está cerrada.</translation>
    </message>
    <message>
        <source>Loading the fan&apos;s answers…</source>
        <translation>Cargando las respuestas del fan…</translation>
    </message>
    <message>
        <source>Shared by the fan while the bid is open. Not saved on this computer.</source>
        <translation>Compartidas por el fan mientras la oferta está abierta. No se guardan en este equipo.</translation>
    </message>
    <message>
        <source>Not provided</source>
        <comment>KYF answer missing</comment>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message numerus="yes">
        <source>Less than %n hours left before the bid is cancelled and refunded.</source>
        <translation>
            <numerusform>Queda menos de %n hora para que la oferta se cancele y se reembolse.</numerusform>
            <numerusform>Quedan menos de %n horas para que la oferta se cancele y se reembolse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesi::ui::LifecyclePane</name>
    <message>
        <source>Could not load the fan&apos;s KYF details: %1</source>
        <translation>No se pudieron cargar los datos de KYF del fan: %1</translation>
    </message>
    <message>
        <source>Propose &amp;Meeting…</source>
        <translation>&amp;Proponer encuentro…</translation>
    </message>
    <message>
        <source>Propose a meeting</source>
        <translation>Proponer un encuentro</translation>
    </message>
    <message>
        <source>Send the fan a time and a place or online link (Ctrl+M)</source>
        <translation>Enviar al fan una hora y un lugar o un enlace en línea (Ctrl+M)</translation>
    </message>
    <message>
        <source>Acc&amp;ept Proposal</source>
        <translation>Acep&amp;tar propuesta</translation>
    </message>
    <message>
        <source>Accept the fan&apos;s proposal</source>
        <translation>Aceptar la propuesta del fan</translation>
    </message>
    <message>
        <source>Schedules the meeting at the time and place the fan proposed.</source>
        <translation>Programa el encuentro en la hora y el lugar que propuso el fan.</translation>
    </message>
    <message>
        <source>Co&amp;unter…</source>
        <translation>Co&amp;ntraproponer…</translation>
    </message>
    <message>
        <source>Counter the fan&apos;s proposal</source>
        <translation>Hacer una contrapropuesta al fan</translation>
    </message>
    <message>
        <source>Show &amp;Pass</source>
        <translation>&amp;Mostrar pase</translation>
    </message>
    <message>
        <source>Show the meeting pass</source>
        <translation>Mostrar el pase del encuentro</translation>
    </message>
    <message>
        <source>Opens the signed QR code that the fan scans at the meeting to release the escrow.</source>
        <translation>Abre el código QR firmado que el fan escanea en el encuentro para liberar el depósito en garantía.</translation>
    </message>
    <message>
        <source>Show the QR pass for the fan to scan (Ctrl+P)</source>
        <translation>Mostrar el pase QR para que el fan lo escanee (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cancel the bid</source>
        <translation>Cancelar la oferta</translation>
    </message>
    <message>
        <source>Asks for a reason, cancels the meeting or bid and refunds the fan.</source>
        <translation>Pide un motivo, cancela el encuentro o la oferta y reembolsa al fan.</translation>
    </message>
    <message>
        <source>&amp;End Session</source>
        <translation>&amp;Finalizar sesión</translation>
    </message>
    <message>
        <source>End the virtual session</source>
        <translation>Finalizar la sesión virtual</translation>
    </message>
    <message>
        <source>Ends the live session, which completes the bid and releases the escrow.</source>
        <translation>Finaliza la sesión en directo, lo que completa la oferta y libera el depósito en garantía.</translation>
    </message>
    <message>
        <source>Lifecycle error</source>
        <translation>Error del ciclo de vida</translation>
    </message>
    <message>
        <source>Virtual Session</source>
        <translation>Sesión virtual</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Encuentro</translation>
    </message>
    <message>
        <source>No meeting agreed yet. Agree on a time and place in the chat, then send or accept a proposal.</source>
        <translation>Aún no se ha acordado ningún encuentro. Acuerde una hora y un lugar en el chat y después envíe o acepte una propuesta.</translation>
    </message>
    <message>
        <source>The fan proposes: %1</source>
        <translation>El fan propone: %1</translation>
    </message>
    <message>
        <source>Waiting for the fan to answer your proposal: %1</source>
        <translation>Esperando a que el fan responda a su propuesta: %1</translation>
    </message>
    <message>
        <source>The fan has to consent to KYF first.</source>
        <translation>Primero el fan tiene que dar su consentimiento a KYF.</translation>
    </message>
    <message>
        <source>&amp;Cancel Meeting…</source>
        <translation>&amp;Cancelar encuentro…</translation>
    </message>
    <message>
        <source>&amp;Cancel Bid…</source>
        <translation>&amp;Cancelar oferta…</translation>
    </message>
    <message>
        <source>Cannot show the pass: %1</source>
        <translation>No se puede mostrar el pase: %1</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>Encuentro con %1</translation>
    </message>
    <message>
        <source>Why are you cancelling? The fan sees this reason and gets a full refund.</source>
        <translation>¿Por qué cancela? El fan verá este motivo y recibirá un reembolso completo.</translation>
    </message>
    <message>
        <source>Your last action on this bid still waits to be sent.</source>
        <translation>Su última acción sobre esta oferta aún espera su envío.</translation>
    </message>
    <message>
        <source>Cancel Meeting</source>
        <translation>Cancelar encuentro</translation>
    </message>
    <message>
        <source>Cancel Bid</source>
        <translation>Cancelar oferta</translation>
    </message>
    <message>
        <source>Keep Meeting</source>
        <translation>Mantener encuentro</translation>
    </message>
    <message>
        <source>Keep Bid</source>
        <translation>Mantener oferta</translation>
    </message>
    <message>
        <source>Give a reason of 1 to 500 characters so the fan knows why.</source>
        <translation>Indique un motivo de 1 a 500 caracteres para que el fan sepa por qué.</translation>
    </message>
    <message>
        <source>Calendar conflicts of the proposal</source>
        <translation>Conflictos de calendario de la propuesta</translation>
    </message>
    <message>
        <source>the account was signed out</source>
        <translation>se cerró la sesión de la cuenta</translation>
    </message>
    <message>
        <source>the account was signed out; sign in again</source>
        <translation>se cerró la sesión de la cuenta; vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Calendar Conflict</source>
        <translation>Conflicto de calendario</translation>
    </message>
    <message>
        <source>Accept the proposal anyway?</source>
        <translation>¿Aceptar la propuesta de todos modos?</translation>
    </message>
    <message>
        <source>Accept &amp;Anyway</source>
        <translation>&amp;Aceptar de todos modos</translation>
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
        <translation>Chat de texto</translation>
    </message>
    <message>
        <source>Voice call</source>
        <translation>Llamada de voz</translation>
    </message>
    <message>
        <source>Video avatar</source>
        <translation>Avatar en vídeo</translation>
    </message>
    <message>
        <source>Basic</source>
        <comment>fan account tier</comment>
        <translation>Básico</translation>
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
        <translation>esperando a que el fan se una</translation>
    </message>
    <message>
        <source>live since %1</source>
        <translation>en directo desde %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>finalizada</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n minute(s), %2 tier price %3; %4</source>
        <translation>
            <numerusform>%1, %n minuto, precio del nivel %2: %3; %4</numerusform>
            <numerusform>%1, %n minutos, precio del nivel %2: %3; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled by the fan</source>
        <translation>Cancelada por el fan</translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation>Cancelada por usted</translation>
    </message>
    <message>
        <source>Cancelled by the platform</source>
        <translation>Cancelada por la plataforma</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>virtual session state</comment>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>virtual session state</comment>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>virtual session state</comment>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>%1: “%2”. The escrow was refunded to the fan.</source>
        <translation>%1: «%2». El depósito en garantía se reembolsó al fan.</translation>
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
    <message>
        <source>Select an accepted bid without a meeting to propose one.</source>
        <translation>Seleccione una oferta aceptada sin encuentro para proponer uno.</translation>
    </message>
    <message>
        <source>Select a scheduled meeting to show its pass.</source>
        <translation>Seleccione un encuentro programado para mostrar su pase.</translation>
    </message>
    <message>
        <source>Select an accepted or scheduled bid to cancel it.</source>
        <translation>Seleccione una oferta aceptada o programada para cancelarla.</translation>
    </message>
    <message>
        <source>B&amp;ids</source>
        <translation>Oferta&amp;s</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendario</translation>
    </message>
    <message>
        <source>Bids and calendar</source>
        <translation>Ofertas y calendario</translation>
    </message>
    <message>
        <source>Propose &amp;Meeting…</source>
        <translation>&amp;Proponer encuentro…</translation>
    </message>
    <message>
        <source>Show &amp;Pass</source>
        <translation>&amp;Mostrar pase</translation>
    </message>
    <message>
        <source>&amp;Cancel Bid or Meeting…</source>
        <translation>Ca&amp;ncelar oferta o encuentro…</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>Ca&amp;lendario</translation>
    </message>
    <message>
        <source>&amp;Bid Settings…</source>
        <translation>Configuración de &amp;ofertas…</translation>
    </message>
    <message>
        <source>Bidding state</source>
        <translation>Estado de la recepción de ofertas</translation>
    </message>
    <message>
        <source>The meeting pass key is not ready: %1</source>
        <translation>La clave del pase de encuentro no está lista: %1</translation>
    </message>
    <message>
        <source>Bidding state: not loaded yet</source>
        <translation>Estado de la recepción de ofertas: aún no se ha cargado</translation>
    </message>
    <message>
        <source>Accepting bids</source>
        <translation>Aceptando ofertas</translation>
    </message>
    <message>
        <source>Bidding paused: fans cannot bid</source>
        <translation>Ofertas en pausa: los fans no pueden hacer ofertas</translation>
    </message>
    <message>
        <source>minimum %1</source>
        <translation>mínimo %1</translation>
    </message>
    <message>
        <source>KYF required: %1</source>
        <translation>KYF obligatorio: %1</translation>
    </message>
    <message>
        <source>AI account, persona %1</source>
        <translation>Cuenta de IA, personaje %1</translation>
    </message>
    <message>
        <source>The bid settings have not been loaded yet; sign in to load them.</source>
        <translation>La configuración de ofertas aún no se ha cargado; inicie sesión para cargarla.</translation>
    </message>
    <message>
        <source>Signed out. The sign-in was deleted from this computer; your unsent actions wait until you sign in again.</source>
        <translation>Sesión cerrada. Se eliminó el inicio de sesión de este equipo; sus acciones no enviadas esperan hasta que vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>A new signing key is registered. Passes shown before the reset no longer work; show the pass again at each meeting.</source>
        <translation>Se ha registrado una nueva clave de firma. Los pases mostrados antes del restablecimiento ya no funcionan; vuelva a mostrar el pase en cada encuentro.</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>End the session and delete the stored sign-in from this computer</source>
        <translation>Finalizar la sesión y eliminar de este equipo el inicio de sesión guardado</translation>
    </message>
    <message>
        <source>&amp;Reset Signing Key…</source>
        <translation>Restablecer la clave de &amp;firma…</translation>
    </message>
    <message>
        <source>Replace the key that signs meeting passes, for example after this computer was lost</source>
        <translation>Sustituir la clave que firma los pases de encuentro, por ejemplo después de perder este equipo</translation>
    </message>
    <message>
        <source>Reset Signing Key</source>
        <translation>Restablecer la clave de firma</translation>
    </message>
    <message>
        <source>The console will revoke the key that signs your meeting passes and register a new one.

Every pass already shown or saved stops working: fans scanning it are rejected, so show them the pass again at the meeting.

Reset the signing key?</source>
        <translation>La consola revocará la clave que firma sus pases de encuentro y registrará una nueva.

Todos los pases ya mostrados o guardados dejarán de funcionar: los fans que los escaneen serán rechazados, así que vuelva a mostrarles el pase en el encuentro.

¿Restablecer la clave de firma?</translation>
    </message>
    <message>
        <source>Resetting the signing key…</source>
        <translation>Restableciendo la clave de firma…</translation>
    </message>
    <message>
        <source>Sign in to import busy times into this account&apos;s calendar.</source>
        <translation>Inicie sesión para importar periodos ocupados al calendario de esta cuenta.</translation>
    </message>
    <message>
        <source>&amp;Export Calendar…</source>
        <translation>&amp;Exportar calendario…</translation>
    </message>
    <message>
        <source>&amp;Import Busy Times…</source>
        <translation>Importar &amp;periodos ocupados…</translation>
    </message>
    <message>
        <source>Sign in to export this account&apos;s meetings.</source>
        <translation>Inicie sesión para exportar los encuentros de esta cuenta.</translation>
    </message>
    <message>
        <source>Could not load the imported busy times: %1</source>
        <translation>No se pudieron cargar los periodos ocupados importados: %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::MeetingCalendar</name>
    <message>
        <source>&amp;Month</source>
        <comment>calendar view</comment>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <comment>calendar view</comment>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Calendar views</source>
        <translation>Vistas del calendario</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Ir a hoy</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Días del mes</translation>
    </message>
    <message>
        <source>Choose month</source>
        <translation>Elegir mes</translation>
    </message>
    <message>
        <source>Choose year</source>
        <translation>Elegir año</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Meetings of the selected day</source>
        <translation>Encuentros del día seleccionado</translation>
    </message>
    <message>
        <source>Press Enter on a meeting to open its bid.</source>
        <translation>Pulse Intro en un encuentro para abrir su oferta.</translation>
    </message>
    <message>
        <source>Show &amp;past meetings</source>
        <translation>Mostrar encuentros &amp;pasados</translation>
    </message>
    <message>
        <source>Show past meetings</source>
        <translation>Mostrar encuentros pasados</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Meetings sorted by start, each day after a header row. Press Enter on a meeting to open its bid.</source>
        <translation>Encuentros ordenados por inicio, cada día tras una fila de encabezado. Pulse Intro en un encuentro para abrir su oferta.</translation>
    </message>
    <message>
        <source>%1: no meetings</source>
        <translation>%1: sin encuentros</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s)</source>
        <translation>
            <numerusform>%1: %n encuentro</numerusform>
            <numerusform>%1: %n encuentros</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>No hay encuentros.</translation>
    </message>
    <message>
        <source>No meetings from today on.</source>
        <translation>No hay encuentros a partir de hoy.</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <comment>calendar view</comment>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <comment>calendar view</comment>
        <translation>&amp;Día</translation>
    </message>
    <message>
        <source>Select the current day in every view (Alt+Y, or Home in a view)</source>
        <translation>Seleccionar el día actual en todas las vistas (Alt+H, o Inicio en una vista)</translation>
    </message>
    <message>
        <source>Days in bold have meetings, with their number in the corner, and flagged days have deadlines. Press Enter to list a day&apos;s meetings, PageUp or PageDown to change the month, Home for today.</source>
        <translation>Los días en negrita tienen encuentros, con su número en la esquina, y los días con bandera tienen plazos. Pulse Intro para ver los encuentros de un día, RePág o AvPág para cambiar de mes e Inicio para ir a hoy.</translation>
    </message>
    <message>
        <source>Meeting actions</source>
        <translation>Acciones del encuentro</translation>
    </message>
    <message>
        <source>Open &amp;Bid</source>
        <translation>Abrir &amp;oferta</translation>
    </message>
    <message>
        <source>Open &amp;Chat</source>
        <translation>Abrir c&amp;hat</translation>
    </message>
    <message>
        <source>Show &amp;Pass</source>
        <translation>&amp;Mostrar pase</translation>
    </message>
    <message>
        <source>Only a scheduled meeting has a pass.</source>
        <translation>Solo un encuentro programado tiene pase.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::MeetingText</name>
    <message>
        <source>Time unknown</source>
        <translation>Hora desconocida</translation>
    </message>
    <message>
        <source>No time zone given, shown in UTC</source>
        <translation>No se indicó zona horaria; se muestra en UTC</translation>
    </message>
    <message>
        <source>Unknown time zone %1, shown in UTC</source>
        <translation>Zona horaria %1 desconocida; se muestra en UTC</translation>
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
        <translation>Depósito en garantía bloqueado</translation>
    </message>
    <message>
        <source>Escrow released</source>
        <translation>Depósito en garantía liberado</translation>
    </message>
    <message>
        <source>Escrow refunded</source>
        <translation>Depósito en garantía reembolsado</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>En línea: %1</translation>
    </message>
    <message>
        <source>No place given</source>
        <translation>Sin lugar indicado</translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation>Fecha desconocida</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <comment>agenda header of the current day</comment>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Tentative</source>
        <comment>a meeting proposed in the chat but not agreed yet</comment>
        <translation>Provisional</translation>
    </message>
</context>
<context>
    <name>mesi::ui::PassCodeView</name>
    <message>
        <source>This pass cannot be shown as a QR code: %1</source>
        <translation>Este pase no se puede mostrar como código QR: %1</translation>
    </message>
    <message>
        <source>Meeting pass QR code</source>
        <translation>Código QR del pase del encuentro</translation>
    </message>
    <message>
        <source>The meeting pass QR code to show to the fan, whose phone scans it at the meeting.</source>
        <translation>El código QR del pase del encuentro que se muestra al fan, cuyo teléfono lo escanea en el encuentro.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::PassWindow</name>
    <message>
        <source>%1 - Meeting Pass</source>
        <comment>window title; %1 names the meeting, such as Meeting with Alex</comment>
        <translation>%1 - Pase del encuentro</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Pantalla co&amp;mpleta</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Show the pass on the whole screen (F11). Esc leaves full screen.</source>
        <translation>Mostrar el pase en toda la pantalla (F11). Esc sale de la pantalla completa.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Guardar como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Guardar como PNG</translation>
    </message>
    <message>
        <source>Saves the QR code of the pass as a PNG image file.</source>
        <translation>Guarda el código QR del pase como archivo de imagen PNG.</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Guardar como &amp;SVG…</translation>
    </message>
    <message>
        <source>Save as SVG</source>
        <translation>Guardar como SVG</translation>
    </message>
    <message>
        <source>Saves the QR code of the pass as an SVG vector image file.</source>
        <translation>Guarda el código QR del pase como archivo de imagen vectorial SVG.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save Pass as PNG</source>
        <translation>Guardar pase como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Pass as SVG</source>
        <translation>Guardar pase como SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>¿Reemplazar archivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo?</translation>
    </message>
    <message>
        <source>Pass Not Saved</source>
        <translation>Pase no guardado</translation>
    </message>
    <message>
        <source>The pass could not be saved to %1.</source>
        <translation>No se pudo guardar el pase en %1.</translation>
    </message>
    <message>
        <source>The pass could not be renewed: %1. The code on screen stops working within a minute.</source>
        <translation>No se pudo renovar el pase: %1. El código en pantalla deja de funcionar en menos de un minuto.</translation>
    </message>
    <message numerus="yes">
        <source>New code in %n s</source>
        <comment>countdown under a rotating pass</comment>
        <translation>
            <numerusform>Nuevo código en %n s</numerusform>
            <numerusform>Nuevo código en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Fan Can&apos;t Scan? Scan &amp;Their Code…</source>
        <translation>¿El fan no puede escanear? Escanee s&amp;u código…</translation>
    </message>
    <message>
        <source>Scan the fan&apos;s code</source>
        <translation>Escanear el código del fan</translation>
    </message>
    <message>
        <source>Opens the camera to scan the confirmation code on the fan&apos;s phone, for a phone that cannot scan the pass.</source>
        <translation>Abre la cámara para escanear el código de confirmación del teléfono del fan, si ese teléfono no puede escanear el pase.</translation>
    </message>
    <message>
        <source>Time until the code changes</source>
        <translation>Tiempo hasta que cambie el código</translation>
    </message>
</context>
<context>
    <name>mesi::ui::PassphraseDialog</name>
    <message>
        <source>Protect Your Sign-In with a Passphrase</source>
        <translation>Proteja su inicio de sesión con una frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock Your Sign-In</source>
        <translation>Desbloquee su inicio de sesión</translation>
    </message>
    <message>
        <source>The console keeps your sign-in and the key that signs meeting passes in %1, sealed with a passphrase. Choose one of at least %2 characters; without it the file cannot be opened.</source>
        <translation>La consola guarda su inicio de sesión y la clave que firma los pases de encuentro en %1, protegidos con una frase de contraseña. Elija una de al menos %2 caracteres; sin ella, el archivo no se puede abrir.</translation>
    </message>
    <message>
        <source>Type the passphrase of %1 to resume your sign-in and sign meeting passes. Opening the file takes a few seconds.</source>
        <translation>Escriba la frase de contraseña de %1 para recuperar su inicio de sesión y firmar pases de encuentro. Abrir el archivo tarda unos segundos.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repetir la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Passphrase error</source>
        <translation>Error en la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Continue &amp;Without</source>
        <translation>Continuar &amp;sin frase de contraseña</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Escriba la frase de contraseña.</translation>
    </message>
    <message>
        <source>The passphrase has %1 characters; use at least %2.</source>
        <translation>La frase de contraseña tiene %1 caracteres; use al menos %2.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Las dos frases de contraseña no coinciden; escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>Opening the secrets file…</source>
        <translation>Abriendo el archivo de secretos…</translation>
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
        <translation>La hora %1 del %2 no existe en %3 porque los relojes se adelantan por el horario de verano. Elija otra hora.</translation>
    </message>
    <message>
        <source>Propose a Meeting</source>
        <translation>Proponer un encuentro</translation>
    </message>
    <message>
        <source>Proposal error</source>
        <translation>Error en la propuesta</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Proponer</translation>
    </message>
    <message>
        <source>Propose meeting</source>
        <translation>Proponer encuentro</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Counter a Meeting Proposal</source>
        <translation>Contraproponer un encuentro</translation>
    </message>
    <message>
        <source>Counter to: %1</source>
        <translation>Contrapropuesta a: %1</translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is unknown. Pick a zone from the list, such as Europe/Berlin.</source>
        <translation>La zona horaria «%1» es desconocida. Elija una zona de la lista, como Europe/Berlin.</translation>
    </message>
    <message>
        <source>The start %1 in %2 has already passed. Pick a later date or time.</source>
        <translation>El inicio %1 en %2 ya ha pasado. Elija una fecha u hora posterior.</translation>
    </message>
    <message>
        <source>Enter the place of the meeting, such as a venue or an address.</source>
        <translation>Escriba el lugar del encuentro, como un local o una dirección.</translation>
    </message>
    <message>
        <source>The meeting link &quot;%1&quot; is not an https address with a host. Paste the full link, such as https://meet.example/room.</source>
        <translation>El enlace del encuentro «%1» no es una dirección https con un host. Pegue el enlace completo, como https://meet.example/room.</translation>
    </message>
    <message>
        <source>First %1, at %2 (%3)</source>
        <translation>Primera vez: %1 en %2 (%3)</translation>
    </message>
    <message>
        <source>Second %1, at %2 (%3)</source>
        <translation>Segunda vez: %1 en %2 (%3)</translation>
    </message>
    <message>
        <source>%1 occurs twice that day in %2 because the clocks go back.</source>
        <translation>La hora %1 se repite ese día en %2 porque los relojes se atrasan.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list.</source>
        <translation>Elija una zona horaria de la lista.</translation>
    </message>
    <message>
        <source>The start time does not exist in %1.</source>
        <translation>La hora de inicio no existe en %1.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>start and end of the meeting</comment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Time zone of the meeting</source>
        <translation>Zona horaria del encuentro</translation>
    </message>
    <message>
        <source>IANA name such as Europe/Berlin. The date and start time are read in this zone.</source>
        <translation>Nombre IANA como Europe/Berlin. La fecha y la hora de inicio se interpretan en esta zona.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Fecha del encuentro</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Start time in the meeting&apos;s time zone</source>
        <translation>Hora de inicio en la zona horaria del encuentro</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Hora de inicio:</translation>
    </message>
    <message>
        <source>Start time occurs twice</source>
        <translation>La hora de inicio se repite</translation>
    </message>
    <message>
        <source>Which of the two start times</source>
        <translation>Cuál de las dos horas de inicio</translation>
    </message>
    <message>
        <source>&amp;Which one:</source>
        <translation>&amp;Cuál:</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>Meeting end</source>
        <translation>Fin del encuentro</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>Meeting in your time zone</source>
        <translation>Encuentro en su zona horaria</translation>
    </message>
    <message>
        <source>Your time:</source>
        <translation>Su hora:</translation>
    </message>
    <message>
        <source>&amp;In person</source>
        <translation>Pre&amp;sencial</translation>
    </message>
    <message>
        <source>In-person meeting</source>
        <translation>Encuentro presencial</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>&amp;En línea</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Encuentro en línea</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Encuentro:</translation>
    </message>
    <message>
        <source>Venue or address</source>
        <translation>Local o dirección</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Lugar del encuentro</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Enlace del encuentro</translation>
    </message>
    <message>
        <source>An https link to the video call.</source>
        <translation>Un enlace https a la videollamada.</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>Enl&amp;ace:</translation>
    </message>
    <message>
        <source>Note to the fan</source>
        <translation>Nota para el fan</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>Opcional.</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Nota (opcional):</translation>
    </message>
    <message>
        <source>Calendar conflicts of this time</source>
        <translation>Conflictos de calendario de esta hora</translation>
    </message>
    <message>
        <source>Propose &amp;Anyway</source>
        <translation>&amp;Proponer de todos modos</translation>
    </message>
</context>
<context>
    <name>mesi::ui::RecordedFrameSource</name>
    <message>
        <source>Recorded frames</source>
        <translation>Fotogramas grabados</translation>
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
    <message>
        <source>Remind me of &amp;KYF deadlines (6 hours before)</source>
        <translation>Recordarme los plazos de &amp;KYF (6 horas antes)</translation>
    </message>
    <message>
        <source>Shows a desktop notification when a fan has less than 6 hours left to answer a KYF request. A reminder missed while the computer slept is shown once on wake.</source>
        <translation>Muestra una notificación cuando a un fan le quedan menos de 6 horas para responder a una solicitud de KYF. Un recordatorio perdido mientras el equipo estaba en reposo se muestra una vez al reactivarse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reminder time. Write times from 1m to 7d, such as 1d, 1h or 30m.</source>
        <translation>«%1» no es un tiempo de recordatorio. Escriba tiempos de 1m a 7d, como 1d, 1h o 30m.</translation>
    </message>
    <message>
        <source>%1 reminder times are more than the %2 allowed. Remove some.</source>
        <translation>Hay %1 tiempos de recordatorio, más de los %2 permitidos. Elimine algunos.</translation>
    </message>
    <message>
        <source>Remind me of m&amp;eetings</source>
        <translation>Recordarme los &amp;encuentros</translation>
    </message>
    <message>
        <source>Shows a desktop notification at each time set below before a scheduled meeting. A reminder missed while the computer slept is shown once on wake.</source>
        <translation>Muestra una notificación de escritorio en cada uno de los tiempos indicados abajo antes de un encuentro programado. Un recordatorio perdido mientras el equipo estaba en reposo se muestra una vez al reactivarse.</translation>
    </message>
    <message>
        <source>&amp;Before the start:</source>
        <translation>&amp;Antes del inicio:</translation>
    </message>
    <message>
        <source>Meeting reminder times</source>
        <translation>Tiempos de recordatorio de encuentros</translation>
    </message>
    <message>
        <source>Times before each meeting, separated by commas, with d for days, h for hours and m for minutes, such as 1d, 1h. At most %1 times of up to 7 days each.</source>
        <translation>Tiempos antes de cada encuentro, separados por comas, con d para días, h para horas y m para minutos, como 1d, 1h. Como máximo %1 tiempos de hasta 7 días cada uno.</translation>
    </message>
    <message>
        <source>such as 1d, 1h</source>
        <translation>como 1d, 1h</translation>
    </message>
    <message>
        <source>Meeting reminder times error</source>
        <translation>Error en los tiempos de recordatorio de encuentros</translation>
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
<context>
    <name>mesi::ui::TimeGridHeader</name>
    <message>
        <source>No deadlines in this period.</source>
        <translation>No hay plazos en este periodo.</translation>
    </message>
    <message>
        <source>Deadlines: %1</source>
        <translation>Plazos: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short weekday name, then the day of the month</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (hoy)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesi::ui::TimeGridPage</name>
    <message>
        <source>Week %1: %2 – %3</source>
        <comment>ISO week number, first day, last day</comment>
        <translation>Semana %1: %2 – %3</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Día anterior</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Previous day (PageUp)</source>
        <translation>Día anterior (RePág)</translation>
    </message>
    <message>
        <source>Previous week (PageUp)</source>
        <translation>Semana anterior (RePág)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Día siguiente</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>Next day (PageDown)</source>
        <translation>Día siguiente (AvPág)</translation>
    </message>
    <message>
        <source>Next week (PageDown)</source>
        <translation>Semana siguiente (AvPág)</translation>
    </message>
    <message>
        <source>Shown day</source>
        <translation>Día mostrado</translation>
    </message>
    <message>
        <source>Shown week</source>
        <translation>Semana mostrada</translation>
    </message>
    <message>
        <source>Day grid</source>
        <translation>Cuadrícula del día</translation>
    </message>
    <message>
        <source>Week grid</source>
        <translation>Cuadrícula de la semana</translation>
    </message>
    <message>
        <source>Meetings by hour. Left and Right move the day, PageUp and PageDown the period, Home goes to today, Up and Down select meetings, Enter opens one and the Menu key offers its chat and pass.</source>
        <translation>Encuentros por hora. Izquierda y Derecha cambian el día, RePág y AvPág el periodo, Inicio va a hoy, Arriba y Abajo seleccionan encuentros, Intro abre uno y la tecla Menú ofrece su chat y su pase.</translation>
    </message>
    <message>
        <source>Day and deadlines</source>
        <translation>Día y plazos</translation>
    </message>
    <message>
        <source>Days and deadlines</source>
        <translation>Días y plazos</translation>
    </message>
</context>
<context>
    <name>mesi::ui::TimeGridView</name>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Busy: %1</source>
        <translation>Ocupado: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>start and end of a busy time</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Busy (imported from %1, read-only): %2
%3</source>
        <translation>Ocupado (importado de %1, solo lectura): %2
%3</translation>
    </message>
    <message numerus="yes">
        <source>Clocks go forward %n minute(s) at %1, so the hatched times do not exist on this day.</source>
        <translation>
            <numerusform>Los relojes se adelantan %n minuto a las %1, así que las horas rayadas no existen este día.</numerusform>
            <numerusform>Los relojes se adelantan %n minutos a las %1, así que las horas rayadas no existen este día.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clocks go back %n minute(s) at %1, so the hatched times occur twice on this day.</source>
        <translation>
            <numerusform>Los relojes se atrasan %n minuto a las %1, así que las horas rayadas se repiten este día.</numerusform>
            <numerusform>Los relojes se atrasan %n minutos a las %1, así que las horas rayadas se repiten este día.</numerusform>
        </translation>
    </message>
</context>
</TS>
