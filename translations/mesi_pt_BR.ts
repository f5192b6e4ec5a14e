<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>main</name>
    <message>
        <source>mesi-console: profile &apos;%1&apos; does not exist yet; creating it with its settings in %2 and its data in %3
</source>
        <translation>mesi-console: o perfil &apos;%1&apos; ainda não existe; ele será criado com as configurações em %2 e os dados em %3
</translation>
    </message>
    <message>
        <source>mesi-console: a console for profile &apos;%1&apos; is already running; its window was brought forward
</source>
        <translation>mesi-console: já há um console aberto para o perfil &apos;%1&apos;; a janela dele foi trazida para a frente
</translation>
    </message>
</context>
<context>
    <name>mesi::desktop::CommandLine</name>
    <message>
        <source>Review, accept and reject Bid-to-Meet bids, and chat with fans.</source>
        <translation>Analise, aceite e recuse lances do Bid-to-Meet e converse com os fãs.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Mostra esta ajuda e sai.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Mostra a versão e sai.</translation>
    </message>
    <message>
        <source>Start a local demo sandbox on a free loopback port and sign in to it as the demo creator.</source>
        <translation>Inicia uma Sandbox de demonstração local em uma porta de loopback livre e entra nela como o criador de demonstração.</translation>
    </message>
    <message>
        <source>Mesi API address to prefill in the sign-in dialog.</source>
        <translation>Endereço da API Mesi preenchido na caixa de diálogo de login.</translation>
    </message>
    <message>
        <source>Creator handle to prefill in the sign-in dialog.</source>
        <translation>Identificador do criador preenchido na caixa de diálogo de login.</translation>
    </message>
    <message>
        <source>Profile to use, with its own settings, data and window; one console runs per profile. Use letters, digits, &apos;-&apos; and &apos;_&apos;. A name not used before creates a new profile. Default: &apos;%1&apos;.</source>
        <translation>Perfil a usar, com configurações, dados e janela próprios; um console é executado por perfil. Use letras, dígitos, &apos;-&apos; e &apos;_&apos;. Um nome ainda não usado cria um novo perfil. Padrão: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>With --sandbox: seconds between simulated fan bids; 0 turns them off (default 8).</source>
        <translation>Com --sandbox: segundos entre lances simulados de fãs; 0 os desativa (padrão 8).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; mesi-console takes options only</source>
        <translation>argumento inesperado &apos;%1&apos;; mesi-console aceita apenas opções</translation>
    </message>
    <message>
        <source>invalid --demo-fan-interval &apos;%1&apos;; use a whole number of seconds, 0 or more</source>
        <translation>--demo-fan-interval &apos;%1&apos; inválido; use um número inteiro de segundos, 0 ou mais</translation>
    </message>
    <message>
        <source>use either --sandbox or --api-url, not both</source>
        <translation>use --sandbox ou --api-url, não os dois</translation>
    </message>
</context>
<context>
    <name>mesi::desktop::LogFile</name>
    <message>
        <source>could not create the log folder %1</source>
        <translation>não foi possível criar a pasta de log %1</translation>
    </message>
    <message>
        <source>could not open the log file %1: %2</source>
        <translation>não foi possível abrir o arquivo de log %1: %2</translation>
    </message>
</context>
<context>
    <name>mesi::desktop::Profile</name>
    <message>
        <source>invalid profile name &apos;%1&apos;: %2</source>
        <translation>nome de perfil inválido &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>o nome está vazio</translation>
    </message>
    <message>
        <source>use at most %1 characters</source>
        <translation>use no máximo %1 caracteres</translation>
    </message>
    <message>
        <source>use only letters A-Z and a-z, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>use apenas letras A-Z e a-z, dígitos, &apos;-&apos; e &apos;_&apos;</translation>
    </message>
    <message>
        <source>could not create the profile folder %1</source>
        <translation>não foi possível criar a pasta do perfil %1</translation>
    </message>
    <message>
        <source>could not create the settings folder %1</source>
        <translation>não foi possível criar a pasta de configurações %1</translation>
    </message>
    <message>
        <source>could not write the settings file %1</source>
        <translation>não foi possível gravar o arquivo de configurações %1</translation>
    </message>
</context>
<context>
    <name>mesi::desktop::SingleInstance</name>
    <message>
        <source>could not create the lock file %1</source>
        <translation>não foi possível criar o arquivo de bloqueio %1</translation>
    </message>
    <message>
        <source>could not listen on the local socket %1: %2</source>
        <translation>não foi possível escutar no socket local %1: %2</translation>
    </message>
    <message>
        <source>the console running for profile &apos;%1&apos; did not answer on %2: %3</source>
        <translation>o console aberto do perfil &apos;%1&apos; não respondeu em %2: %3</translation>
    </message>
    <message>
        <source>the console running for profile &apos;%1&apos; did not confirm the request to come forward</source>
        <translation>o console aberto do perfil &apos;%1&apos; não confirmou o pedido para vir para a frente</translation>
    </message>
</context>
<context>
    <name>mesi::sync::CreatorSession</name>
    <message>
        <source>Could not save changes for offline use: %1</source>
        <translation>Não foi possível salvar as alterações para uso off-line: %1</translation>
    </message>
    <message>
        <source>Could not load unsent actions: %1</source>
        <translation>Não foi possível carregar as ações não enviadas: %1</translation>
    </message>
    <message>
        <source>Could not load bids: %1</source>
        <translation>Não foi possível carregar os lances: %1</translation>
    </message>
    <message>
        <source>Skipped a bid from the server: %1</source>
        <translation>Um lance do servidor foi ignorado: %1</translation>
    </message>
    <message>
        <source>Could not save bids for offline use: %1</source>
        <translation>Não foi possível salvar os lances para uso off-line: %1</translation>
    </message>
    <message>
        <source>Skipped an update from the server: %1</source>
        <translation>Uma atualização do servidor foi ignorada: %1</translation>
    </message>
    <message>
        <source>Skipped a chat message from the server: %1</source>
        <translation>Uma mensagem de chat do servidor foi ignorada: %1</translation>
    </message>
    <message>
        <source>A message was not sent: %1</source>
        <translation>Uma mensagem não foi enviada: %1</translation>
    </message>
    <message>
        <source>Unsent actions wait until you sign in again: %1</source>
        <translation>As ações não enviadas aguardam até que você entre novamente: %1</translation>
    </message>
    <message numerus="yes">
        <source>Unsent actions wait for the server; next try in %n second(s): %1</source>
        <translation>
            <numerusform>As ações não enviadas aguardam o servidor; próxima tentativa em %n segundo: %1</numerusform>
            <numerusform>As ações não enviadas aguardam o servidor; próxima tentativa em %n segundos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>The reason has %1 characters; shorten it to at most %2.</source>
        <translation>O motivo tem %1 caracteres; reduza-o para no máximo %2.</translation>
    </message>
    <message>
        <source>The message has %1 characters; shorten it to at most %2.</source>
        <translation>A mensagem tem %1 caracteres; reduza-a para no máximo %2.</translation>
    </message>
</context>
<context>
    <name>mesi::sync::Outbox</name>
    <message>
        <source>Outbox entry %1 is not in the outbox any more; it was sent or removed already.</source>
        <translation>A entrada %1 não está mais na caixa de saída; ela já foi enviada ou removida.</translation>
    </message>
    <message>
        <source>It is already on its way to the server and can no longer be cancelled.</source>
        <translation>Ela já está a caminho do servidor e não pode mais ser cancelada.</translation>
    </message>
</context>
<context>
    <name>mesi::sync::SandboxProcess</name>
    <message>
        <source>The demo sandbox did not report its address within %1 seconds.</source>
        <translation>A Sandbox de demonstração não informou o endereço em %1 segundos.</translation>
    </message>
    <message>
        <source>Could not start the demo sandbox &apos;%1&apos;: %2. Reinstall Mesi Creator Console or start it with --api-url.</source>
        <translation>Não foi possível iniciar a Sandbox de demonstração &apos;%1&apos;: %2. Reinstale o Mesi Creator Console ou inicie-o com --api-url.</translation>
    </message>
    <message>
        <source>The demo sandbox stopped with exit code %1 before it was ready: %2</source>
        <translation>A Sandbox de demonstração parou com o código de saída %1 antes de ficar pronta: %2</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>sem mensagem</translation>
    </message>
    <message>
        <source>The demo sandbox printed &apos;%1&apos; instead of its address.</source>
        <translation>A Sandbox de demonstração exibiu &apos;%1&apos; em vez do endereço.</translation>
    </message>
    <message>
        <source>see %1</source>
        <translation>veja %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::BidDetailPane</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Bid Details</source>
        <translation>Detalhes do lance</translation>
    </message>
    <message>
        <source>Fan:</source>
        <translation>Fã:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Valor:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Escrow:</source>
        <translation>Custódia:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Recebido:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>Motivo informado:</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;ceitar</translation>
    </message>
    <message>
        <source>Accept bid</source>
        <translation>Aceitar lance</translation>
    </message>
    <message>
        <source>Accepts the selected bid and opens a chat with the fan.</source>
        <translation>Aceita o lance selecionado e abre um chat com o fã.</translation>
    </message>
    <message>
        <source>Accept this bid and open a chat with the fan (Alt+A)</source>
        <translation>Aceitar este lance e abrir um chat com o fã (Alt+C)</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Recusar…</translation>
    </message>
    <message>
        <source>Reject bid</source>
        <translation>Recusar lance</translation>
    </message>
    <message>
        <source>Asks for an optional reason, rejects the selected bid and refunds the escrow.</source>
        <translation>Pede um motivo opcional, recusa o lance selecionado e devolve a custódia.</translation>
    </message>
    <message>
        <source>Reject this bid and refund the fan (Alt+R)</source>
        <translation>Recusar este lance e reembolsar o fã (Alt+R)</translation>
    </message>
    <message>
        <source>Undo or dismiss your answer</source>
        <translation>Desfazer ou descartar sua resposta</translation>
    </message>
    <message>
        <source>Cancels an answer that has not been sent yet, or dismisses one the server rejected.</source>
        <translation>Cancela uma resposta ainda não enviada ou descarta uma que o servidor recusou.</translation>
    </message>
    <message>
        <source>Action error</source>
        <translation>Erro da ação</translation>
    </message>
    <message>
        <source>Only pending bids can be accepted or rejected.</source>
        <translation>Somente lances pendentes podem ser aceitos ou recusados.</translation>
    </message>
    <message>
        <source>Select a bid in the inbox to see its details.</source>
        <translation>Selecione um lance na caixa de entrada para ver os detalhes.</translation>
    </message>
    <message>
        <source>This bid is no longer in the inbox.</source>
        <translation>Este lance não está mais na caixa de entrada.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(sem nota)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>%1 (your answer was not accepted: %2)</source>
        <translation>%1 (sua resposta não foi aceita: %2)</translation>
    </message>
    <message>
        <source>%1 (your answer waits to be sent)</source>
        <translation>%1 (sua resposta aguarda o envio)</translation>
    </message>
    <message>
        <source>%1 (sending your answer…)</source>
        <translation>%1 (enviando sua resposta…)</translation>
    </message>
    <message>
        <source>Your answer was not sent: %1</source>
        <translation>Sua resposta não foi enviada: %1</translation>
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
        <translation>%1 (atualizando…)</translation>
    </message>
    <message>
        <source>Fan</source>
        <translation>Fã</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Escrow</source>
        <translation>Custódia</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>accept failed: %1</source>
        <translation>falha ao aceitar: %1</translation>
    </message>
    <message>
        <source>reject failed: %1</source>
        <translation>falha ao recusar: %1</translation>
    </message>
    <message>
        <source>accept waiting to send</source>
        <comment>outbox state of an answer</comment>
        <translation>aceitação aguardando envio</translation>
    </message>
    <message>
        <source>reject waiting to send</source>
        <comment>outbox state of an answer</comment>
        <translation>recusa aguardando envio</translation>
    </message>
</context>
<context>
    <name>mesi::ui::BidText</name>
    <message>
        <source>Pending</source>
        <comment>bid status</comment>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>bid status</comment>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>bid status</comment>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>bid status</comment>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Expired</source>
        <comment>bid status</comment>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>bid status</comment>
        <translation>Agendado</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>bid status</comment>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>bid status</comment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>escrow state</comment>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Released to you</source>
        <translation>Liberado para você</translation>
    </message>
    <message>
        <source>Refunded to fan</source>
        <translation>Reembolsado ao fã</translation>
    </message>
    <message>
        <source>The chat with the fan opens when you accept this bid.</source>
        <translation>O chat com o fã abre quando você aceita este lance.</translation>
    </message>
    <message>
        <source>You rejected this bid, so it has no chat.</source>
        <translation>Você recusou este lance, então ele não tem chat.</translation>
    </message>
    <message>
        <source>The fan withdrew this bid before you answered, so it has no chat.</source>
        <translation>O fã retirou este lance antes da sua resposta, então ele não tem chat.</translation>
    </message>
    <message>
        <source>This bid expired before you answered, so it has no chat.</source>
        <translation>Este lance expirou antes da sua resposta, então ele não tem chat.</translation>
    </message>
    <message>
        <source>The meeting took place; the chat is read-only now.</source>
        <translation>O encontro aconteceu; o chat agora é somente leitura.</translation>
    </message>
    <message>
        <source>The meeting was cancelled; the chat is read-only now.</source>
        <translation>O encontro foi cancelado; o chat agora é somente leitura.</translation>
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
        <translation>%1 · não enviada: %2</translation>
    </message>
    <message>
        <source>%1 · 🕒 waiting to send</source>
        <comment>outbox state of a chat message</comment>
        <translation>%1 · 🕒 aguardando envio</translation>
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
        <translation>Não foi possível carregar o chat: %1</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>Mensagens do chat</translation>
    </message>
    <message>
        <source>Messages with the fan, oldest first.</source>
        <translation>Mensagens com o fã, as mais antigas primeiro.</translation>
    </message>
    <message>
        <source>Write to the fan and press Enter</source>
        <translation>Escreva para o fã e pressione Enter</translation>
    </message>
    <message>
        <source>Message to the fan</source>
        <translation>Mensagem para o fã</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensagem</translation>
    </message>
    <message>
        <source>Send the message (Enter or Alt+S)</source>
        <translation>Enviar a mensagem (Enter ou Alt+E)</translation>
    </message>
    <message>
        <source>Chat error</source>
        <translation>Erro do chat</translation>
    </message>
    <message>
        <source>Select a bid to see its chat.</source>
        <translation>Selecione um lance para ver o chat.</translation>
    </message>
    <message>
        <source>Your message was not sent: %1</source>
        <translation>Sua mensagem não foi enviada: %1</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Cancelar envio</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>The message could not be cancelled: %1</source>
        <translation>Não foi possível cancelar a mensagem: %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::ConnectionIndicator</name>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Mesi API at %1</source>
        <translation>API Mesi em %1</translation>
    </message>
    <message>
        <source>Offline, next attempt in %1 s</source>
        <translation>Off-line, próxima tentativa em %1 s</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>On-line</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Off-line</translation>
    </message>
    <message>
        <source>Offline, trying again now</source>
        <translation>Off-line, tentando novamente agora</translation>
    </message>
</context>
<context>
    <name>mesi::ui::ConsoleStartup</name>
    <message>
        <source>Sign-in failed</source>
        <translation>Falha no login</translation>
    </message>
    <message>
        <source>Could not sign in to the demo sandbox: %1</source>
        <translation>Não foi possível entrar na Sandbox de demonstração: %1</translation>
    </message>
    <message>
        <source>Demo sandbox failed</source>
        <translation>Falha na Sandbox de demonstração</translation>
    </message>
    <message>
        <source>You are offline: the window shows the bids and chats saved on this computer, and your actions wait in the outbox. Sign in to send them and receive new bids.</source>
        <translation>Você está off-line: a janela mostra os lances e chats salvos neste computador, e suas ações aguardam na caixa de saída. Entre para enviá-las e receber novos lances.</translation>
    </message>
    <message>
        <source>Demo sandbox running at %1
Play a fan in another terminal, for example:
  %2 --api %1 --fan Lena bid --creator demo --amount 120.00 --asset USD
</source>
        <translation>Sandbox de demonstração em execução em %1
Faça o papel de um fã em outro terminal, por exemplo:
  %2 --api %1 --fan Lena bid --creator demo --amount 120.00 --asset USD
</translation>
    </message>
</context>
<context>
    <name>mesi::ui::DesktopNotifier</name>
    <message>
        <source>&amp;Show Mesi Creator Console</source>
        <translation>&amp;Mostrar o Mesi Creator Console</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n unread</source>
        <translation>
            <numerusform>%1 — %n não lida</numerusform>
            <numerusform>%1 — %n não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>New bid from %1</source>
        <translation>Novo lance de %1</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Mensagem de %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::MainWindow</name>
    <message>
        <source>Sta&amp;tus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de status</translation>
    </message>
    <message>
        <source>Shows only the bids in the chosen status.</source>
        <translation>Mostra apenas os lances no status escolhido.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos os status</translation>
    </message>
    <message>
        <source>Bid inbox</source>
        <translation>Caixa de entrada de lances</translation>
    </message>
    <message>
        <source>Bids from fans, newest first. Select a bid to see its details and chat.</source>
        <translation>Lances dos fãs, os mais recentes primeiro. Selecione um lance para ver os detalhes e o chat.</translation>
    </message>
    <message>
        <source>Inbox columns</source>
        <translation>Colunas da caixa de entrada</translation>
    </message>
    <message>
        <source>Click a column to sort by it, drag it to move or resize it, and right-click it to choose the columns shown.</source>
        <translation>Clique em uma coluna para ordenar por ela, arraste-a para movê-la ou redimensioná-la e clique com o botão direito para escolher as colunas exibidas.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Sign &amp;In…</source>
        <translation>&amp;Entrar…</translation>
    </message>
    <message>
        <source>Sign in again to send queued actions and receive new bids</source>
        <translation>Entre novamente para enviar as ações na fila e receber novos lances</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colunas</translation>
    </message>
    <message>
        <source>&amp;Bid</source>
        <translation>&amp;Lance</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;ceitar</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Recusar…</translation>
    </message>
    <message>
        <source>&amp;Send Message</source>
        <translation>&amp;Enviar mensagem</translation>
    </message>
    <message>
        <source>Open &amp;Chat</source>
        <translation>Abrir c&amp;hat</translation>
    </message>
    <message>
        <source>Go to &amp;Inbox</source>
        <translation>&amp;Ir para a caixa de entrada</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Mesi Creator Console</source>
        <translation>&amp;Sobre o Mesi Creator Console</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>%n bid(s) in the inbox</source>
        <translation>
            <numerusform>%n lance na caixa de entrada</numerusform>
            <numerusform>%n lances na caixa de entrada</numerusform>
        </translation>
    </message>
    <message>
        <source>New bid of %1 from %2.</source>
        <translation>Novo lance de %1 de %2.</translation>
    </message>
    <message>
        <source>Your answer to %1 was not sent: %2</source>
        <translation>Sua resposta a %1 não foi enviada: %2</translation>
    </message>
    <message>
        <source>Your message about %1 was not sent: %2</source>
        <translation>Sua mensagem sobre %1 não foi enviada: %2</translation>
    </message>
    <message>
        <source>The chat about %1 could not be loaded: %2</source>
        <translation>Não foi possível carregar o chat sobre %1: %2</translation>
    </message>
    <message>
        <source>Mesi Creator Console</source>
        <translation>Mesi Creator Console</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Mesi Creator Console %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Review the bids of your fans, accept or reject them, and chat with the fans whose bids you accepted. Every amount is held in escrow until the meeting, and refunded when you reject a bid.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mesi Creator Console %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Analise os lances dos seus fãs, aceite-os ou recuse-os e converse com os fãs cujos lances você aceitou. Cada valor fica em custódia até o encontro e é reembolsado quando você recusa um lance.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Log file: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Arquivo de log: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The log file is off. Turn on “Write a log file” in the settings to write it to %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;O arquivo de log está desativado. Ative “Gravar um arquivo de log” nas configurações para gravá-lo em %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Settings file: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Arquivo de configurações: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Mesi Creator Console</source>
        <translation>Sobre o Mesi Creator Console</translation>
    </message>
    <message>
        <source>bid %1</source>
        <translation>o lance %1</translation>
    </message>
    <message>
        <source>the bid of %1 from %2</source>
        <translation>o lance de %1 de %2</translation>
    </message>
    <message>
        <source>Clear text</source>
        <translation>Limpar texto</translation>
    </message>
    <message>
        <source>Select an accepted bid to open its chat.</source>
        <translation>Selecione um lance aceito para abrir o chat.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::RejectDialog</name>
    <message>
        <source>Reject Bid</source>
        <translation>Recusar lance</translation>
    </message>
    <message>
        <source>Reject the bid of %1? The escrow is refunded to the fan.</source>
        <translation>Recusar o lance de %1? A custódia é reembolsada ao fã.</translation>
    </message>
    <message>
        <source>Reason for the fan (&amp;optional):</source>
        <translation>Motivo para o fã (&amp;opcional):</translation>
    </message>
    <message>
        <source>For example: I am travelling that month.</source>
        <translation>Por exemplo: estarei viajando nesse mês.</translation>
    </message>
    <message>
        <source>Reason for the fan</source>
        <translation>Motivo para o fã</translation>
    </message>
    <message>
        <source>Optional. Shown to the fan with the rejection. At most %1 characters.</source>
        <translation>Opcional. Mostrado ao fã com a recusa. No máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Characters used</source>
        <translation>Caracteres usados</translation>
    </message>
    <message>
        <source>&amp;Reject Bid</source>
        <translation>&amp;Recusar lance</translation>
    </message>
    <message>
        <source>Reject bid</source>
        <translation>Recusar lance</translation>
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
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the console&apos;s texts, dates and amounts. It changes at once.</source>
        <translation>O idioma dos textos, datas e valores do console. Ele muda na hora.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Notify me of new &amp;bids</source>
        <translation>Avisar sobre novos &amp;lances</translation>
    </message>
    <message>
        <source>Shows a desktop notification for each new bid.</source>
        <translation>Mostra uma notificação na área de trabalho para cada novo lance.</translation>
    </message>
    <message>
        <source>Notify me of new chat &amp;messages</source>
        <translation>Avisar sobre novas &amp;mensagens de chat</translation>
    </message>
    <message>
        <source>Shows a desktop notification for each message a fan writes.</source>
        <translation>Mostra uma notificação na área de trabalho para cada mensagem de um fã.</translation>
    </message>
    <message>
        <source>Play a &amp;sound for new bids</source>
        <translation>Tocar um &amp;som para novos lances</translation>
    </message>
    <message>
        <source>Turn this off to mute the new-bid sound.</source>
        <translation>Desative para silenciar o som de novos lances.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so notifications are not shown; the sound still plays.</source>
        <translation>Esta área de trabalho não tem bandeja do sistema, então as notificações não são mostradas; o som continua tocando.</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Solução de problemas</translation>
    </message>
    <message>
        <source>Write a &amp;log file</source>
        <translation>Gravar um arquivo de lo&amp;g</translation>
    </message>
    <message>
        <source>Also writes informational messages, for reporting a problem.</source>
        <translation>Também grava mensagens informativas, para relatar um problema.</translation>
    </message>
    <message>
        <source>Log file path</source>
        <translation>Caminho do arquivo de log</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Fechar configurações</translation>
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
        <translation>Endereço da API Mesi, como https://api.mesi.example, ou http://127.0.0.1 com uma porta para uma Sandbox local.</translation>
    </message>
    <message>
        <source>Sign In to Mesi</source>
        <translation>Entrar no Mesi</translation>
    </message>
    <message>
        <source>Sign in with your creator account to review the bids of your fans.</source>
        <translation>Entre com sua conta de criador para analisar os lances dos seus fãs.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Endereço da API</translation>
    </message>
    <message>
        <source>API address error</source>
        <translation>Erro no endereço da API</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Handle error</source>
        <translation>Erro no identificador</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Password error</source>
        <translation>Erro na senha</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Endereço da API:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Identificador:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Status do login</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>E&amp;ntrar</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Falha no login: %1</translation>
    </message>
    <message>
        <source>Enter your creator handle, such as demo.</source>
        <translation>Digite seu identificador de criador, como demo.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
</context>
</TS>
