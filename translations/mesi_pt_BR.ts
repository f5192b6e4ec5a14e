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
    <name>mesi::api::ApiClient</name>
    <message>
        <source>The response to %1 has %2 bytes or more, over the limit of %3 bytes, so it was stopped. The server sent more than the API allows; try again later or report it to the server&apos;s operator.</source>
        <translation>A resposta a %1 tem %2 bytes ou mais, acima do limite de %3 bytes, então foi interrompida. O servidor enviou mais do que a API permite; tente novamente mais tarde ou informe o operador do servidor.</translation>
    </message>
</context>
<context>
    <name>mesi::api::CertificateText</name>
    <message>
        <source>The server sent no certificate.</source>
        <translation>O servidor não enviou nenhum certificado.</translation>
    </message>
    <message>
        <source>Subject: %1
Issuer: %2
Valid from: %3
Valid until: %4
SHA-256 fingerprint: %5</source>
        <translation>Titular: %1
Emissor: %2
Válido a partir de: %3
Válido até: %4
Impressão digital SHA-256: %5</translation>
    </message>
    <message>
        <source>unknown certificate error</source>
        <translation>erro de certificado desconhecido</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>The certificate of %1 failed verification (%2), so the connection was stopped. Check the address; if it is right, ask the server&apos;s operator to fix its certificate.</source>
        <translation>O certificado de %1 não passou na verificação (%2), então a conexão foi interrompida. Verifique o endereço; se estiver correto, peça ao operador do servidor que corrija o certificado.</translation>
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
    <name>mesi::sync::CreatorLifecycle</name>
    <message>
        <source>Creator Console on %1</source>
        <translation>Creator Console em %1</translation>
    </message>
    <message>
        <source>bid %1 has no scheduled meeting, so it has no pass</source>
        <translation>o lance %1 não tem encontro agendado, então não tem passe</translation>
    </message>
    <message>
        <source>this device&apos;s pass key is not registered with the server yet, so a fan&apos;s scan would be rejected; go online once to register it</source>
        <translation>a chave de passe deste dispositivo ainda não está registrada no servidor, então a leitura de um fã seria recusada; fique on-line uma vez para registrá-la</translation>
    </message>
    <message>
        <source>The note has %1 characters. Shorten it to at most %2.</source>
        <translation>A nota tem %1 caracteres. Encurte para no máximo %2.</translation>
    </message>
    <message>
        <source>The reason has %1 characters. Give the fan a reason of 1 to %2 characters.</source>
        <translation>O motivo tem %1 caracteres. Dê ao fã um motivo de 1 a %2 caracteres.</translation>
    </message>
    <message>
        <source>this device&apos;s pass key is not loaded yet; unlock the secrets file or wait until the secret store answers</source>
        <translation>a chave de passe deste dispositivo ainda não foi carregada; desbloqueie o arquivo de segredos ou aguarde a resposta do repositório de segredos</translation>
    </message>
    <message>
        <source>the pass key is being loaded, registered or reset already; try again in a moment</source>
        <translation>a chave de passe já está sendo carregada, registrada ou redefinida; tente novamente em instantes</translation>
    </message>
    <message>
        <source>resetting the signing key needs the server; sign in and try again</source>
        <translation>redefinir a chave de assinatura requer o servidor; entre e tente novamente</translation>
    </message>
</context>
<context>
    <name>mesi::sync::CreatorSession</name>
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
    <message>
        <source>An earlier action on this bid still waits to be sent. Undo it, or wait until it is sent and try again.</source>
        <translation>Uma ação anterior neste lance ainda aguarda envio. Desfaça-a, ou aguarde o envio e tente novamente.</translation>
    </message>
    <message>
        <source>Could not save changes for offline use: %1. The console keeps them and tries again every few seconds.</source>
        <translation>Não foi possível salvar as alterações para uso off-line: %1. O console as mantém e tenta novamente a cada poucos segundos.</translation>
    </message>
    <message>
        <source>Could not keep the sign-in for the next start: %1</source>
        <translation>Não foi possível manter o login para a próxima inicialização: %1</translation>
    </message>
    <message>
        <source>Could not delete the stored sign-in: %1</source>
        <translation>Não foi possível excluir o login salvo: %1</translation>
    </message>
    <message>
        <source>No sign-in is kept on this computer; sign in with your password.</source>
        <translation>Nenhum login está salvo neste computador; entre com sua senha.</translation>
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
    <name>mesi::ui::AiTierTable</name>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Fan tier</source>
        <translation>Nível do fã</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Session prices</source>
        <translation>Preços das sessões</translation>
    </message>
    <message>
        <source>One row per session format and fan account tier, with its length and price.</source>
        <translation>Uma linha por formato de sessão e nível de conta do fã, com a duração e o preço.</translation>
    </message>
    <message>
        <source>Price table columns</source>
        <translation>Colunas da tabela de preços</translation>
    </message>
    <message>
        <source>Price table rows</source>
        <translation>Linhas da tabela de preços</translation>
    </message>
    <message>
        <source>Select all price rows</source>
        <translation>Selecionar todas as linhas de preço</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>&amp;Adicionar linha</translation>
    </message>
    <message>
        <source>Add price row</source>
        <translation>Adicionar linha de preço</translation>
    </message>
    <message>
        <source>&amp;Remove Row</source>
        <translation>&amp;Remover linha</translation>
    </message>
    <message>
        <source>Remove selected price row</source>
        <translation>Remover a linha de preço selecionada</translation>
    </message>
    <message>
        <source>Price row %1 repeats %2 for %3 fans, which price row %4 already prices. Change the format or fan tier, or remove one of the two rows.</source>
        <translation>A linha de preço %1 repete %2 para o nível %3, que já tem preço na linha %4. Altere o formato ou o nível do fã, ou remova uma das duas linhas.</translation>
    </message>
    <message>
        <source>The price table is invalid: %1</source>
        <translation>A tabela de preços é inválida: %1</translation>
    </message>
    <message>
        <source>Price row %1 has no price. Enter an amount above zero, such as %2.</source>
        <translation>A linha de preço %1 não tem preço. Digite um valor maior que zero, como %2.</translation>
    </message>
    <message>
        <source>Price row %1: %2</source>
        <translation>Linha de preço %1: %2</translation>
    </message>
    <message>
        <source>Price row %1: the price is zero. Enter an amount above zero.</source>
        <translation>Linha de preço %1: o preço é zero. Digite um valor maior que zero.</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Format, row %1</source>
        <translation>Formato, linha %1</translation>
    </message>
    <message>
        <source>Fan tier, row %1</source>
        <translation>Nível do fã, linha %1</translation>
    </message>
    <message>
        <source>Minutes, row %1</source>
        <translation>Minutos, linha %1</translation>
    </message>
    <message>
        <source>Price, row %1</source>
        <translation>Preço, linha %1</translation>
    </message>
    <message>
        <source>Asset, row %1</source>
        <translation>Moeda, linha %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::AmountInput</name>
    <message>
        <source>&apos;%1&apos; contains &apos;.&apos;, which is not the decimal point here. Type &apos;%2&apos; before the decimals and no group separators, such as %3.</source>
        <translation>&apos;%1&apos; contém &apos;.&apos;, que não é o separador decimal aqui. Digite &apos;%2&apos; antes das casas decimais e nenhum separador de milhar, como em %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain amount. Type digits with &apos;%2&apos; before the decimals, such as %3, and no signs, spaces or group separators.</source>
        <translation>&apos;%1&apos; não é um valor simples. Digite algarismos com &apos;%2&apos; antes das casas decimais, como em %3, sem sinais, espaços ou separadores de milhar.</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; has more than %Ln decimals, which is the most %2 allows. Round it to %Ln decimals.</source>
        <translation>
            <numerusform>&apos;%1&apos; tem mais de %Ln casa decimal, o máximo que %2 permite. Arredonde para %Ln casa decimal.</numerusform>
            <numerusform>&apos;%1&apos; tem mais de %Ln casas decimais, o máximo que %2 permite. Arredonde para %Ln casas decimais.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 amount: %3</source>
        <translation>&apos;%1&apos; não é um valor válido em %2: %3</translation>
    </message>
</context>
<context>
    <name>mesi::ui::AvailabilityEditor</name>
    <message>
        <source>Home time zone</source>
        <translation>Fuso horário principal</translation>
    </message>
    <message>
        <source>IANA name such as Europe/Berlin. The weekly windows and blocked dates are read in this zone.</source>
        <translation>Nome IANA como Europe/Berlin. As janelas semanais e as datas bloqueadas são interpretadas neste fuso.</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Travel buffer in minutes</source>
        <translation>Intervalo de deslocamento em minutos</translation>
    </message>
    <message>
        <source>Time kept free before and after each meeting, from 0 to %1 minutes.</source>
        <translation>Tempo mantido livre antes e depois de cada encontro, de 0 a %1 minutos.</translation>
    </message>
    <message>
        <source>Home time &amp;zone:</source>
        <translation>&amp;Fuso horário principal:</translation>
    </message>
    <message>
        <source>&amp;Travel buffer:</source>
        <translation>&amp;Intervalo de deslocamento:</translation>
    </message>
    <message>
        <source>Fans see your availability. The console warns you when a proposed meeting lies outside it, on a blocked date, or closer than the travel buffer to another meeting or busy time.</source>
        <translation>Os fãs veem sua disponibilidade. O console avisa quando um encontro proposto fica fora dela, cai em uma data bloqueada ou fica mais próximo de outro encontro ou horário ocupado do que o intervalo de deslocamento.</translation>
    </message>
    <message>
        <source>Weekly meeting windows</source>
        <translation>Janelas semanais de encontros</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponível</translation>
    </message>
    <message>
        <source>Meeting windows on %1</source>
        <translation>Janelas de encontros (%1)</translation>
    </message>
    <message>
        <source>Time ranges such as 10:00-13:00, 15:00-19:00; empty for no meetings that day.</source>
        <translation>Intervalos de horário como 10:00-13:00, 15:00-19:00; vazio para nenhum encontro nesse dia.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>weekday as a form label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Type each day&apos;s ranges as 10:00-13:00, 15:00-19:00. A range may end at 24:00. Leave every day empty to take meetings at any time of a date that is not blocked.</source>
        <translation>Digite os intervalos de cada dia como 10:00-13:00, 15:00-19:00. Um intervalo pode terminar às 24:00. Deixe todos os dias vazios para aceitar encontros a qualquer hora de uma data não bloqueada.</translation>
    </message>
    <message>
        <source>Blocked dates</source>
        <translation>Datas bloqueadas</translation>
    </message>
    <message>
        <source>Date to block</source>
        <translation>Data a bloquear</translation>
    </message>
    <message>
        <source>&amp;Block Date</source>
        <translation>&amp;Bloquear data</translation>
    </message>
    <message>
        <source>Block the chosen date</source>
        <translation>Bloquear a data escolhida</translation>
    </message>
    <message>
        <source>Press Delete to unblock the selected dates.</source>
        <translation>Pressione Delete para desbloquear as datas selecionadas.</translation>
    </message>
    <message>
        <source>&amp;Unblock Date</source>
        <translation>Desblo&amp;quear data</translation>
    </message>
    <message>
        <source>Unblock the selected dates</source>
        <translation>Desbloquear as datas selecionadas</translation>
    </message>
    <message>
        <source>No meeting is expected on a blocked date, all day in your home time zone.</source>
        <translation>Nenhum encontro é esperado em uma data bloqueada, durante o dia todo no seu fuso horário principal.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time range. Write ranges such as 10:00-13:00, 15:00-19:00, with times from 00:00 to 24:00.</source>
        <translation>%1: &quot;%2&quot; não é um intervalo de horário. Escreva intervalos como 10:00-13:00, 15:00-19:00, com horários de 00:00 a 24:00.</translation>
    </message>
    <message>
        <source>%1: the window %2 ends before it starts. Give an end later than the start, at most 24:00.</source>
        <translation>%1: a janela %2 termina antes de começar. Informe um fim posterior ao início, no máximo 24:00.</translation>
    </message>
    <message>
        <source>%1: the windows %2 and %3 overlap. Merge them or move one.</source>
        <translation>%1: as janelas %2 e %3 se sobrepõem. Junte-as ou mova uma delas.</translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is unknown. Pick a zone from the list, such as Europe/Berlin.</source>
        <translation>O fuso horário &quot;%1&quot; é desconhecido. Escolha um fuso da lista, como Europe/Berlin.</translation>
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
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n min, tier price %2</source>
        <translation>
            <numerusform>%1, %n min, preço do nível: %2</numerusform>
            <numerusform>%1, %n min, preço do nível: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>proposal acceptance failed: %1</source>
        <translation>falha ao aceitar a proposta: %1</translation>
    </message>
    <message>
        <source>proposal acceptance waiting to send</source>
        <comment>outbox state of an answer</comment>
        <translation>aceitação da proposta aguardando envio</translation>
    </message>
    <message>
        <source>cancel failed: %1</source>
        <translation>falha ao cancelar: %1</translation>
    </message>
    <message>
        <source>cancel waiting to send</source>
        <comment>outbox state of an answer</comment>
        <translation>cancelamento aguardando envio</translation>
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
        <source>This bid is completed; the chat is read-only now.</source>
        <translation>Este lance foi concluído; o chat agora é somente leitura.</translation>
    </message>
    <message>
        <source>This bid was cancelled; the chat is read-only now.</source>
        <translation>Este lance foi cancelado; o chat agora é somente leitura.</translation>
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
        <translation>Agora</translation>
    </message>
    <message>
        <source>Month: days in bold have meetings, with their number in the corner, and a flag for deadlines. Today has a frame.</source>
        <translation>Mês: os dias em negrito têm encontros, com o número deles no canto, e uma bandeira indica prazos. O dia de hoje tem uma moldura.</translation>
    </message>
    <message>
        <source>Colour legend</source>
        <translation>Legenda de cores</translation>
    </message>
    <message>
        <source>Scheduled meetings are blue with a solid border. Tentative ones are purple with a dashed border and a question mark. Completed ones are green with a check mark. Cancelled ones are red with a dotted border, a cross and struck-out names. Imported busy times are grey and hatched. KYF deadlines have a filled flag, bid expiries an outlined flag. A red line marks the current time. %1</source>
        <translation>Encontros agendados são azuis com borda contínua. Os provisórios são roxos com borda tracejada e um ponto de interrogação. Os concluídos são verdes com uma marca de seleção. Os cancelados são vermelhos com borda pontilhada, um X e nomes riscados. Horários ocupados importados são cinza e hachurados. Prazos do KYF têm uma bandeira preenchida; expirações de lances, uma bandeira vazada. Uma linha vermelha marca a hora atual. %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::CalendarMarkers</name>
    <message>
        <source>KYF deadline</source>
        <translation>Prazo do KYF</translation>
    </message>
    <message>
        <source>Bid expiry</source>
        <translation>Expiração do lance</translation>
    </message>
    <message>
        <source>KYF due %1 %2</source>
        <comment>time, then the fan&apos;s name</comment>
        <translation>KYF até %1 %2</translation>
    </message>
    <message>
        <source>Expires %1 %2</source>
        <comment>time, then the fan&apos;s name of a pending bid</comment>
        <translation>Expira %1 %2</translation>
    </message>
    <message>
        <source>%1 must answer the KYF request by %2. Double-click to open the bid.</source>
        <translation>%1 precisa responder à solicitação de KYF até %2. Clique duas vezes para abrir o lance.</translation>
    </message>
    <message>
        <source>The pending bid of %1 expires at %2 unless you answer it. Double-click to open the bid.</source>
        <translation>O lance pendente de %1 expira em %2, a menos que você responda. Clique duas vezes para abrir o lance.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::CertificateBox</name>
    <message>
        <source>Connection Not Secure</source>
        <translation>Conexão não segura</translation>
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
    <message>
        <source>Proposed meeting: %1</source>
        <translation>Encontro proposto: %1</translation>
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
        <translation>Fora da sua disponibilidade: %1 não tem janela de encontros (%2 fica de fora).</translation>
    </message>
    <message>
        <source>Outside your availability: %1 windows are %2 in %3 (%4 lies outside).</source>
        <translation>Fora da sua disponibilidade: as janelas de %1 são %2 em %3 (%4 fica de fora).</translation>
    </message>
    <message>
        <source>On %1, a date you blocked.</source>
        <translation>Em %1, uma data que você bloqueou.</translation>
    </message>
    <message>
        <source>Overlaps your meeting with %1 (%2).</source>
        <translation>Sobrepõe-se ao seu encontro com %1 (%2).</translation>
    </message>
    <message>
        <source>Overlaps the pending proposal in the chat with %1 (%2).</source>
        <translation>Sobrepõe-se à proposta pendente no chat com %1 (%2).</translation>
    </message>
    <message>
        <source>Overlaps your busy time &quot;%1&quot; (%2).</source>
        <translation>Sobrepõe-se ao seu horário ocupado &quot;%1&quot; (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Closer than your travel buffer of %n minute(s).</source>
        <translation>
            <numerusform>Mais próximo do que o seu intervalo de deslocamento de %n minuto.</numerusform>
            <numerusform>Mais próximo do que o seu intervalo de deslocamento de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This time conflicts with your calendar:</source>
        <translation>Este horário entra em conflito com seu calendário:</translation>
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
    <message>
        <source>Secret Store Unavailable</source>
        <translation>Repositório de segredos indisponível</translation>
    </message>
    <message>
        <source>The console cannot use the system&apos;s secret store: %1

You will sign in at every start until this is solved.</source>
        <translation>O console não consegue usar o repositório de segredos do sistema: %1

Você precisará entrar a cada inicialização até que isso seja resolvido.</translation>
    </message>
    <message>
        <source>No Secret Store</source>
        <translation>Nenhum repositório de segredos</translation>
    </message>
    <message>
        <source>This system has no secret store (such as GNOME Keyring, KWallet, the macOS Keychain or the Windows Credential Manager) that the console can reach.

The console can keep your sign-in and the key that signs meeting passes in a file sealed with a passphrase instead. Without it you sign in at every start, and passes shown before a restart stop working.

This message is shown once.</source>
        <translation>Este sistema não tem um repositório de segredos (como o GNOME Keyring, o KWallet, o Acesso às Chaves do macOS ou o Gerenciador de Credenciais do Windows) que o console possa acessar.

Em vez disso, o console pode manter seu login e a chave que assina os passes de encontro em um arquivo protegido por uma frase secreta. Sem esse arquivo, você precisa entrar a cada inicialização, e os passes mostrados antes de uma reinicialização deixam de funcionar.

Esta mensagem é mostrada uma única vez.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::CreatorSettingsDialog</name>
    <message>
        <source>Bid Settings</source>
        <translation>Configurações de lances</translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation>Erro nas configurações</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save bid settings</source>
        <translation>Salvar as configurações de lances</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Bidding</source>
        <translation>Recebimento de lances</translation>
    </message>
    <message>
        <source>When this is off, fans see that your bidding is paused and the server rejects new bids.</source>
        <translation>Quando desativado, os fãs veem que o recebimento de lances está pausado e o servidor recusa novos lances.</translation>
    </message>
    <message>
        <source>Accept new &amp;bids</source>
        <translation>Aceitar novos &amp;lances</translation>
    </message>
    <message>
        <source>Accept new bids</source>
        <translation>Aceitar novos lances</translation>
    </message>
    <message>
        <source>Minimum bids</source>
        <translation>Lances mínimos</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Sem mínimo</translation>
    </message>
    <message>
        <source>Minimum bid in %1</source>
        <translation>Lance mínimo em %1</translation>
    </message>
    <message numerus="yes">
        <source>Empty for no minimum. At most %Ln decimals, such as %1.</source>
        <translation>
            <numerusform>Deixe vazio para não ter mínimo. No máximo %Ln casa decimal, como %1.</numerusform>
            <numerusform>Deixe vazio para não ter mínimo. No máximo %Ln casas decimais, como %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>asset code as a form label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>The server rejects a bid below the minimum for its asset. Leave a field empty for no minimum.</source>
        <translation>O servidor recusa um lance abaixo do mínimo da moeda dele. Deixe um campo vazio para não ter mínimo.</translation>
    </message>
    <message>
        <source>Know Your Fan</source>
        <translation>Conheça seu fã (KYF)</translation>
    </message>
    <message numerus="yes">
        <source>After you accept a bid, the fan is asked to share the ticked fields of their registration details. The fan has %Ln hours to consent, or the bid is cancelled and refunded.</source>
        <translation>
            <numerusform>Depois que você aceita um lance, o fã é solicitado a compartilhar os campos marcados dos dados de cadastro dele. O fã tem %Ln hora para consentir; caso contrário, o lance é cancelado e reembolsado.</numerusform>
            <numerusform>Depois que você aceita um lance, o fã é solicitado a compartilhar os campos marcados dos dados de cadastro dele. O fã tem %Ln horas para consentir; caso contrário, o lance é cancelado e reembolsado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Require &amp;KYF after accepting a bid</source>
        <translation>Exigir &amp;KYF após aceitar um lance</translation>
    </message>
    <message>
        <source>Require KYF after accepting a bid</source>
        <translation>Exigir KYF após aceitar um lance</translation>
    </message>
    <message>
        <source>Ask for %1</source>
        <translation>Solicitar %1</translation>
    </message>
    <message>
        <source>AI sessions</source>
        <translation>Sessões de IA</translation>
    </message>
    <message>
        <source>Fans bid for a session from this table: a format and length at the price for their account tier. Give each format and fan tier one row.</source>
        <translation>Os fãs dão lances em uma sessão desta tabela: um formato e uma duração pelo preço do nível da conta deles. Use uma linha para cada formato e nível de fã.</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>KYF is required but no field is ticked. Tick at least one field for the fan to share, or turn KYF off.</source>
        <translation>O KYF é obrigatório, mas nenhum campo está marcado. Marque pelo menos um campo para o fã compartilhar ou desative o KYF.</translation>
    </message>
    <message>
        <source>The price table is empty. Add at least one row, so that fans can bid for a session.</source>
        <translation>A tabela de preços está vazia. Adicione pelo menos uma linha para que os fãs possam dar lances em uma sessão.</translation>
    </message>
    <message>
        <source>The settings are invalid: %1</source>
        <translation>As configurações são inválidas: %1</translation>
    </message>
    <message>
        <source>Minimum for %1: %2</source>
        <translation>Mínimo para %1: %2</translation>
    </message>
    <message>
        <source>Minimum for %1: &apos;%2&apos; is zero. Leave the field empty for no minimum.</source>
        <translation>Mínimo para %1: &apos;%2&apos; é zero. Deixe o campo vazio para não ter mínimo.</translation>
    </message>
    <message>
        <source>The server did not save the settings: %1</source>
        <translation>O servidor não salvou as configurações: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configurações</translation>
    </message>
    <message>
        <source>Bid &amp;Rules</source>
        <translation>Re&amp;gras de lances</translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation>&amp;Disponibilidade</translation>
    </message>
    <message>
        <source>Availability: %1</source>
        <translation>Disponibilidade: %1</translation>
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
    <message>
        <source>KYF deadline passed</source>
        <translation>Prazo do KYF encerrado</translation>
    </message>
    <message>
        <source>The time for %1 to answer the KYF request ended at %2, before the console could remind you.</source>
        <translation>O prazo de %1 para responder à solicitação de KYF terminou às %2, antes que o console pudesse lembrar você.</translation>
    </message>
    <message>
        <source>KYF deadline soon</source>
        <translation>Prazo do KYF próximo</translation>
    </message>
    <message>
        <source>%1 has %2 left to answer the KYF request (until %3).</source>
        <translation>%1 ainda tem %2 para responder à solicitação de KYF (até %3).</translation>
    </message>
    <message>
        <source>Meeting already started</source>
        <translation>O encontro já começou</translation>
    </message>
    <message>
        <source>Your meeting with %1 started at %2 · %3, before the console could remind you.</source>
        <translation>Seu encontro com %1 começou às %2 · %3, antes que o console pudesse lembrar você.</translation>
    </message>
    <message numerus="yes">
        <source>Meeting in %n min</source>
        <comment>minutes until the meeting starts</comment>
        <translation>
            <numerusform>Encontro em %n min</numerusform>
            <numerusform>Encontro em %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting with %1 at %2 · %3</source>
        <translation>Encontro com %1 às %2 · %3</translation>
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
        <translation>Escanear o código do fã</translation>
    </message>
    <message>
        <source>If the fan&apos;s phone cannot scan your pass, the fan opens their confirmation code and you scan it here. The server checks the fan&apos;s signature before it releases the escrow.</source>
        <translation>Se o celular do fã não conseguir escanear seu passe, o fã abre o código de confirmação dele e você o escaneia aqui. O servidor verifica a assinatura do fã antes de liberar a custódia.</translation>
    </message>
    <message>
        <source>C&amp;amera:</source>
        <translation>Câ&amp;mera:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Pré-visualização da câmera</translation>
    </message>
    <message>
        <source>Scan status</source>
        <translation>Status da leitura</translation>
    </message>
    <message>
        <source>&amp;Open Image File…</source>
        <translation>&amp;Abrir arquivo de imagem…</translation>
    </message>
    <message>
        <source>Open image file</source>
        <translation>Abrir arquivo de imagem</translation>
    </message>
    <message>
        <source>Reads the fan&apos;s confirmation code from a photo or screenshot.</source>
        <translation>Lê o código de confirmação do fã em uma foto ou captura de tela.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Nenhuma câmera</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Choose Open Image File… and pick a screenshot or photo of the fan&apos;s confirmation code.</source>
        <translation>Nenhuma câmera foi encontrada neste computador. Escolha Abrir arquivo de imagem… e selecione uma captura de tela ou foto do código de confirmação do fã.</translation>
    </message>
    <message>
        <source>The camera stopped: %1. Choose another camera, or use Open Image File… with a photo of the fan&apos;s code.</source>
        <translation>A câmera parou: %1. Escolha outra câmera ou use Abrir arquivo de imagem… com uma foto do código do fã.</translation>
    </message>
    <message>
        <source>Hold the fan&apos;s phone in front of %1 so that the whole code is visible.</source>
        <translation>Segure o celular do fã diante de %1 de modo que o código inteiro fique visível.</translation>
    </message>
    <message>
        <source>Checking the fan&apos;s code with the server…</source>
        <translation>Verificando o código do fã com o servidor…</translation>
    </message>
    <message>
        <source>Meeting confirmed. The escrow of the meeting is released.</source>
        <translation>Encontro confirmado. A custódia do encontro foi liberada.</translation>
    </message>
    <message>
        <source>The server rejected the fan&apos;s code (%1): %2</source>
        <translation>O servidor recusou o código do fã (%1): %2</translation>
    </message>
    <message>
        <source>The fan&apos;s code could not be sent: %1</source>
        <translation>Não foi possível enviar o código do fã: %1</translation>
    </message>
    <message>
        <source>Open the Fan&apos;s Code</source>
        <translation>Abrir o código do fã</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.webp *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>mesi::ui::FanCodeScanner</name>
    <message>
        <source>This is the meeting pass on your own screen. Point the camera at the code on the fan&apos;s phone.</source>
        <translation>Este é o passe do encontro na sua própria tela. Aponte a câmera para o código no celular do fã.</translation>
    </message>
    <message>
        <source>This QR code is not a Mesi fan confirmation code. Ask the fan to open the confirmation code of this meeting.</source>
        <translation>Este código QR não é um código de confirmação de fã do Mesi. Peça ao fã que abra o código de confirmação deste encontro.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::IcsExportDialog</name>
    <message>
        <source>Export Calendar</source>
        <translation>Exportar calendário</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Arquivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The selected &amp;meeting</source>
        <translation>O &amp;encontro selecionado</translation>
    </message>
    <message>
        <source>Export the selected meeting</source>
        <translation>Exportar o encontro selecionado</translation>
    </message>
    <message>
        <source>Meetings &amp;between these days:</source>
        <translation>Encontros e&amp;ntre estes dias:</translation>
    </message>
    <message>
        <source>Export the meetings of a date range</source>
        <translation>Exportar os encontros de um intervalo de datas</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>Meetings in the file</source>
        <translation>Encontros no arquivo</translation>
    </message>
    <message>
        <source>Each meeting shows only the fan&apos;s display name, its time and its place or link.</source>
        <translation>Cada encontro mostra apenas o nome de exibição do fã, o horário e o local ou link.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export to a file</source>
        <translation>Exportar para um arquivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <comment>Title of an exported meeting; %1 is the fan&apos;s display name</comment>
        <translation>Encontro com %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Não é possível gravar %1: %2. Escolha uma pasta na qual você tenha permissão de gravação.</translation>
    </message>
    <message numerus="yes">
        <source>Meetings in the file: %n</source>
        <translation>
            <numerusform>Encontros no arquivo: %n</numerusform>
            <numerusform>Encontros no arquivo: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Falha na exportação</translation>
    </message>
</context>
<context>
    <name>mesi::ui::IcsImport</name>
    <message>
        <source>Import Busy Times</source>
        <translation>Importar horários ocupados</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Arquivos iCalendar (*.ics);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Busy blocks imported from %1: %n</source>
        <translation>
            <numerusform>Blocos ocupados importados de %1: %n</numerusform>
            <numerusform>Blocos ocupados importados de %1: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1, and busy times imported from it before are kept.</source>
        <translation>Nada foi importado de %1, e os horários ocupados importados antes desse arquivo foram mantidos.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>The file has %1 bytes, more than the %2 MB an import reads. Export a shorter range of the calendar.</source>
        <translation>O arquivo tem %1 bytes, mais do que os %2 MB que uma importação lê. Exporte um intervalo menor do calendário.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check that the file exists and that you may read it.</source>
        <translation>Não é possível ler %1: %2. Verifique se o arquivo existe e se você tem permissão para lê-lo.</translation>
    </message>
    <message>
        <source>No account is open, so there is no calendar to import into. Sign in and import again.</source>
        <translation>Nenhuma conta está aberta, então não há calendário para onde importar. Entre e importe novamente.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Falha na importação</translation>
    </message>
    <message>
        <source>Busy Times Imported</source>
        <translation>Horários ocupados importados</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Falha na importação</translation>
    </message>
    <message>
        <source>Busy times imported</source>
        <translation>Horários ocupados importados</translation>
    </message>
</context>
<context>
    <name>mesi::ui::KyfPanel</name>
    <message>
        <source>Legal name</source>
        <translation>Nome civil</translation>
    </message>
    <message>
        <source>Over 18</source>
        <translation>Maior de 18 anos</translation>
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
        <translation>Prazo encerrado — aguardando a plataforma cancelar o lance</translation>
    </message>
    <message>
        <source>Fan has less than a minute left</source>
        <translation>O fã tem menos de um minuto</translation>
    </message>
    <message>
        <source>Fan has %1 left</source>
        <translation>O fã ainda tem %1</translation>
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
        <translation>O fã ainda tem %1 %2</translation>
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
        <translation>Conheça seu fã (KYF)</translation>
    </message>
    <message>
        <source>Know Your Fan status</source>
        <translation>Status do KYF</translation>
    </message>
    <message>
        <source>Requested fields</source>
        <translation>Campos solicitados</translation>
    </message>
    <message>
        <source>Deadline for the fan&apos;s answer</source>
        <translation>Prazo para a resposta do fã</translation>
    </message>
    <message>
        <source>Time left for the fan</source>
        <translation>Tempo restante para o fã</translation>
    </message>
    <message>
        <source>About the fan&apos;s answers</source>
        <translation>Sobre as respostas do fã</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Não obrigatório</translation>
    </message>
    <message>
        <source>Requested — waiting for the fan</source>
        <translation>Solicitado — aguardando o fã</translation>
    </message>
    <message>
        <source>Consented</source>
        <translation>Consentido</translation>
    </message>
    <message>
        <source>Declined by the fan — bid cancelled and refunded</source>
        <translation>Recusado pelo fã — lance cancelado e reembolsado</translation>
    </message>
    <message>
        <source>Expired — no answer in 48 hours, bid cancelled and refunded</source>
        <translation>Expirado — sem resposta em 48 horas, lance cancelado e reembolsado</translation>
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
        <translation>Prazo de resposta: %1</translation>
    </message>
    <message>
        <source>Answer was due by %1</source>
        <translation>Prazo de resposta encerrado: %1</translation>
    </message>
    <message>
        <source>The fan&apos;s answers are hidden because the bid is closed.</source>
        <translation>As respostas do fã estão ocultas porque o lance está encerrado.</translation>
    </message>
    <message>
        <source>Loading the fan&apos;s answers…</source>
        <translation>Carregando as respostas do fã…</translation>
    </message>
    <message>
        <source>Shared by the fan while the bid is open. Not saved on this computer.</source>
        <translation>Compartilhadas pelo fã enquanto o lance está aberto. Não são salvas neste computador.</translation>
    </message>
    <message>
        <source>Not provided</source>
        <comment>KYF answer missing</comment>
        <translation>Não informado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message numerus="yes">
        <source>Less than %n hours left before the bid is cancelled and refunded.</source>
        <translation>
            <numerusform>Falta menos de %n hora para o lance ser cancelado e reembolsado.</numerusform>
            <numerusform>Faltam menos de %n horas para o lance ser cancelado e reembolsado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mesi::ui::LifecyclePane</name>
    <message>
        <source>Could not load the fan&apos;s KYF details: %1</source>
        <translation>Não foi possível carregar os dados de KYF do fã: %1</translation>
    </message>
    <message>
        <source>Propose &amp;Meeting…</source>
        <translation>&amp;Propor encontro…</translation>
    </message>
    <message>
        <source>Propose a meeting</source>
        <translation>Propor um encontro</translation>
    </message>
    <message>
        <source>Send the fan a time and a place or online link (Ctrl+M)</source>
        <translation>Enviar ao fã um horário e um local ou link on-line (Ctrl+M)</translation>
    </message>
    <message>
        <source>Acc&amp;ept Proposal</source>
        <translation>Aceitar propos&amp;ta</translation>
    </message>
    <message>
        <source>Accept the fan&apos;s proposal</source>
        <translation>Aceitar a proposta do fã</translation>
    </message>
    <message>
        <source>Schedules the meeting at the time and place the fan proposed.</source>
        <translation>Agenda o encontro no horário e no local propostos pelo fã.</translation>
    </message>
    <message>
        <source>Co&amp;unter…</source>
        <translation>C&amp;ontrapropor…</translation>
    </message>
    <message>
        <source>Counter the fan&apos;s proposal</source>
        <translation>Fazer uma contraproposta ao fã</translation>
    </message>
    <message>
        <source>Show &amp;Pass</source>
        <translation>&amp;Mostrar passe</translation>
    </message>
    <message>
        <source>Show the meeting pass</source>
        <translation>Mostrar o passe do encontro</translation>
    </message>
    <message>
        <source>Opens the signed QR code that the fan scans at the meeting to release the escrow.</source>
        <translation>Abre o código QR assinado que o fã escaneia no encontro para liberar a custódia.</translation>
    </message>
    <message>
        <source>Show the QR pass for the fan to scan (Ctrl+P)</source>
        <translation>Mostrar o passe QR para o fã escanear (Ctrl+P)</translation>
    </message>
    <message>
        <source>Cancel the bid</source>
        <translation>Cancelar o lance</translation>
    </message>
    <message>
        <source>Asks for a reason, cancels the meeting or bid and refunds the fan.</source>
        <translation>Pede um motivo, cancela o encontro ou o lance e reembolsa o fã.</translation>
    </message>
    <message>
        <source>&amp;End Session</source>
        <translation>&amp;Finalizar sessão</translation>
    </message>
    <message>
        <source>End the virtual session</source>
        <translation>Finalizar a sessão virtual</translation>
    </message>
    <message>
        <source>Ends the live session, which completes the bid and releases the escrow.</source>
        <translation>Finaliza a sessão ao vivo, o que conclui o lance e libera a custódia.</translation>
    </message>
    <message>
        <source>Lifecycle error</source>
        <translation>Erro do ciclo de vida</translation>
    </message>
    <message>
        <source>Virtual Session</source>
        <translation>Sessão virtual</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Encontro</translation>
    </message>
    <message>
        <source>No meeting agreed yet. Agree on a time and place in the chat, then send or accept a proposal.</source>
        <translation>Nenhum encontro combinado ainda. Combine um horário e um local no chat e depois envie ou aceite uma proposta.</translation>
    </message>
    <message>
        <source>The fan proposes: %1</source>
        <translation>O fã propõe: %1</translation>
    </message>
    <message>
        <source>Waiting for the fan to answer your proposal: %1</source>
        <translation>Aguardando o fã responder à sua proposta: %1</translation>
    </message>
    <message>
        <source>The fan has to consent to KYF first.</source>
        <translation>O fã precisa consentir com o KYF primeiro.</translation>
    </message>
    <message>
        <source>&amp;Cancel Meeting…</source>
        <translation>&amp;Cancelar encontro…</translation>
    </message>
    <message>
        <source>&amp;Cancel Bid…</source>
        <translation>&amp;Cancelar lance…</translation>
    </message>
    <message>
        <source>Cannot show the pass: %1</source>
        <translation>Não é possível mostrar o passe: %1</translation>
    </message>
    <message>
        <source>Meeting with %1</source>
        <translation>Encontro com %1</translation>
    </message>
    <message>
        <source>Why are you cancelling? The fan sees this reason and gets a full refund.</source>
        <translation>Por que você está cancelando? O fã verá este motivo e receberá o reembolso integral.</translation>
    </message>
    <message>
        <source>Your last action on this bid still waits to be sent.</source>
        <translation>Sua última ação neste lance ainda aguarda envio.</translation>
    </message>
    <message>
        <source>Cancel Meeting</source>
        <translation>Cancelar encontro</translation>
    </message>
    <message>
        <source>Cancel Bid</source>
        <translation>Cancelar lance</translation>
    </message>
    <message>
        <source>Keep Meeting</source>
        <translation>Manter encontro</translation>
    </message>
    <message>
        <source>Keep Bid</source>
        <translation>Manter lance</translation>
    </message>
    <message>
        <source>Give a reason of 1 to 500 characters so the fan knows why.</source>
        <translation>Informe um motivo de 1 a 500 caracteres para que o fã saiba o porquê.</translation>
    </message>
    <message>
        <source>Calendar conflicts of the proposal</source>
        <translation>Conflitos de calendário da proposta</translation>
    </message>
    <message>
        <source>the account was signed out</source>
        <translation>a sessão da conta foi encerrada</translation>
    </message>
    <message>
        <source>the account was signed out; sign in again</source>
        <translation>a sessão da conta foi encerrada; entre novamente</translation>
    </message>
    <message>
        <source>Calendar Conflict</source>
        <translation>Conflito de calendário</translation>
    </message>
    <message>
        <source>Accept the proposal anyway?</source>
        <translation>Aceitar a proposta mesmo assim?</translation>
    </message>
    <message>
        <source>Accept &amp;Anyway</source>
        <translation>Aceitar &amp;mesmo assim</translation>
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
        <translation>Chamada de voz</translation>
    </message>
    <message>
        <source>Video avatar</source>
        <translation>Avatar em vídeo</translation>
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
        <translation>aguardando o fã entrar</translation>
    </message>
    <message>
        <source>live since %1</source>
        <translation>ao vivo desde %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>encerrada</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n minute(s), %2 tier price %3; %4</source>
        <translation>
            <numerusform>%1, %n minuto, preço do nível %2: %3; %4</numerusform>
            <numerusform>%1, %n minutos, preço do nível %2: %3; %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled by the fan</source>
        <translation>Cancelado pelo fã</translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation>Cancelado por você</translation>
    </message>
    <message>
        <source>Cancelled by the platform</source>
        <translation>Cancelado pela plataforma</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>virtual session state</comment>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>virtual session state</comment>
        <translation>Ao vivo</translation>
    </message>
    <message>
        <source>Ended</source>
        <comment>virtual session state</comment>
        <translation>Encerrada</translation>
    </message>
    <message>
        <source>%1: “%2”. The escrow was refunded to the fan.</source>
        <translation>%1: “%2”. A custódia foi reembolsada ao fã.</translation>
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
    <message>
        <source>Select an accepted bid without a meeting to propose one.</source>
        <translation>Selecione um lance aceito sem encontro para propor um.</translation>
    </message>
    <message>
        <source>Select a scheduled meeting to show its pass.</source>
        <translation>Selecione um encontro agendado para mostrar o passe.</translation>
    </message>
    <message>
        <source>Select an accepted or scheduled bid to cancel it.</source>
        <translation>Selecione um lance aceito ou agendado para cancelá-lo.</translation>
    </message>
    <message>
        <source>B&amp;ids</source>
        <translation>Lance&amp;s</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Cale&amp;ndário</translation>
    </message>
    <message>
        <source>Bids and calendar</source>
        <translation>Lances e calendário</translation>
    </message>
    <message>
        <source>Propose &amp;Meeting…</source>
        <translation>&amp;Propor encontro…</translation>
    </message>
    <message>
        <source>Show &amp;Pass</source>
        <translation>&amp;Mostrar passe</translation>
    </message>
    <message>
        <source>&amp;Cancel Bid or Meeting…</source>
        <translation>Ca&amp;ncelar lance ou encontro…</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>Ca&amp;lendário</translation>
    </message>
    <message>
        <source>&amp;Bid Settings…</source>
        <translation>Configurações de &amp;lances…</translation>
    </message>
    <message>
        <source>Bidding state</source>
        <translation>Status do recebimento de lances</translation>
    </message>
    <message>
        <source>The meeting pass key is not ready: %1</source>
        <translation>A chave do passe de encontro não está pronta: %1</translation>
    </message>
    <message>
        <source>Bidding state: not loaded yet</source>
        <translation>Status do recebimento de lances: ainda não carregado</translation>
    </message>
    <message>
        <source>Accepting bids</source>
        <translation>Aceitando lances</translation>
    </message>
    <message>
        <source>Bidding paused: fans cannot bid</source>
        <translation>Lances pausados: os fãs não podem dar lances</translation>
    </message>
    <message>
        <source>minimum %1</source>
        <translation>mínimo %1</translation>
    </message>
    <message>
        <source>KYF required: %1</source>
        <translation>KYF obrigatório: %1</translation>
    </message>
    <message>
        <source>AI account, persona %1</source>
        <translation>Conta de IA, persona %1</translation>
    </message>
    <message>
        <source>The bid settings have not been loaded yet; sign in to load them.</source>
        <translation>As configurações de lances ainda não foram carregadas; entre para carregá-las.</translation>
    </message>
    <message>
        <source>Signed out. The sign-in was deleted from this computer; your unsent actions wait until you sign in again.</source>
        <translation>Você saiu da conta. O login foi excluído deste computador; suas ações não enviadas aguardam até que você entre novamente.</translation>
    </message>
    <message>
        <source>A new signing key is registered. Passes shown before the reset no longer work; show the pass again at each meeting.</source>
        <translation>Uma nova chave de assinatura foi registrada. Passes mostrados antes da redefinição não funcionam mais; mostre o passe novamente em cada encontro.</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Sai&amp;r da conta</translation>
    </message>
    <message>
        <source>End the session and delete the stored sign-in from this computer</source>
        <translation>Encerrar a sessão e excluir o login salvo deste computador</translation>
    </message>
    <message>
        <source>&amp;Reset Signing Key…</source>
        <translation>Redefinir chave de &amp;assinatura…</translation>
    </message>
    <message>
        <source>Replace the key that signs meeting passes, for example after this computer was lost</source>
        <translation>Substituir a chave que assina os passes de encontro, por exemplo após a perda deste computador</translation>
    </message>
    <message>
        <source>Reset Signing Key</source>
        <translation>Redefinir chave de assinatura</translation>
    </message>
    <message>
        <source>The console will revoke the key that signs your meeting passes and register a new one.

Every pass already shown or saved stops working: fans scanning it are rejected, so show them the pass again at the meeting.

Reset the signing key?</source>
        <translation>O console revogará a chave que assina seus passes de encontro e registrará uma nova.

Todo passe já mostrado ou salvo deixará de funcionar: fãs que o escanearem serão recusados, então mostre o passe novamente a eles no encontro.

Redefinir a chave de assinatura?</translation>
    </message>
    <message>
        <source>Resetting the signing key…</source>
        <translation>Redefinindo a chave de assinatura…</translation>
    </message>
    <message>
        <source>Sign in to import busy times into this account&apos;s calendar.</source>
        <translation>Entre para importar horários ocupados para o calendário desta conta.</translation>
    </message>
    <message>
        <source>&amp;Export Calendar…</source>
        <translation>E&amp;xportar calendário…</translation>
    </message>
    <message>
        <source>&amp;Import Busy Times…</source>
        <translation>&amp;Importar horários ocupados…</translation>
    </message>
    <message>
        <source>Sign in to export this account&apos;s meetings.</source>
        <translation>Entre para exportar os encontros desta conta.</translation>
    </message>
    <message>
        <source>Could not load the imported busy times: %1</source>
        <translation>Não foi possível carregar os horários ocupados importados: %1</translation>
    </message>
</context>
<context>
    <name>mesi::ui::MeetingCalendar</name>
    <message>
        <source>&amp;Month</source>
        <comment>calendar view</comment>
        <translation>&amp;Mês</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <comment>calendar view</comment>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Calendar views</source>
        <translation>Visualizações do calendário</translation>
    </message>
    <message>
        <source>Toda&amp;y</source>
        <translation>&amp;Hoje</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Ir para hoje</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Dias do mês</translation>
    </message>
    <message>
        <source>Choose month</source>
        <translation>Escolher mês</translation>
    </message>
    <message>
        <source>Choose year</source>
        <translation>Escolher ano</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mês anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Próximo mês</translation>
    </message>
    <message>
        <source>Meetings of the selected day</source>
        <translation>Encontros do dia selecionado</translation>
    </message>
    <message>
        <source>Press Enter on a meeting to open its bid.</source>
        <translation>Pressione Enter em um encontro para abrir o lance.</translation>
    </message>
    <message>
        <source>Show &amp;past meetings</source>
        <translation>Mostrar encontros &amp;passados</translation>
    </message>
    <message>
        <source>Show past meetings</source>
        <translation>Mostrar encontros passados</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Meetings sorted by start, each day after a header row. Press Enter on a meeting to open its bid.</source>
        <translation>Encontros ordenados pelo início, cada dia após uma linha de cabeçalho. Pressione Enter em um encontro para abrir o lance.</translation>
    </message>
    <message>
        <source>%1: no meetings</source>
        <translation>%1: nenhum encontro</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s)</source>
        <translation>
            <numerusform>%1: %n encontro</numerusform>
            <numerusform>%1: %n encontros</numerusform>
        </translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>Nenhum encontro.</translation>
    </message>
    <message>
        <source>No meetings from today on.</source>
        <translation>Nenhum encontro a partir de hoje.</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <comment>calendar view</comment>
        <translation>S&amp;emana</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <comment>calendar view</comment>
        <translation>&amp;Dia</translation>
    </message>
    <message>
        <source>Select the current day in every view (Alt+Y, or Home in a view)</source>
        <translation>Selecionar o dia atual em todas as visualizações (Alt+H, ou Home em uma visualização)</translation>
    </message>
    <message>
        <source>Days in bold have meetings, with their number in the corner, and flagged days have deadlines. Press Enter to list a day&apos;s meetings, PageUp or PageDown to change the month, Home for today.</source>
        <translation>Os dias em negrito têm encontros, com o número deles no canto, e os dias com bandeira têm prazos. Pressione Enter para listar os encontros de um dia, PageUp ou PageDown para mudar o mês e Home para ir para hoje.</translation>
    </message>
    <message>
        <source>Meeting actions</source>
        <translation>Ações do encontro</translation>
    </message>
    <message>
        <source>Open &amp;Bid</source>
        <translation>Abrir &amp;lance</translation>
    </message>
    <message>
        <source>Open &amp;Chat</source>
        <translation>Abrir c&amp;hat</translation>
    </message>
    <message>
        <source>Show &amp;Pass</source>
        <translation>&amp;Mostrar passe</translation>
    </message>
    <message>
        <source>Only a scheduled meeting has a pass.</source>
        <translation>Somente um encontro agendado tem passe.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::MeetingText</name>
    <message>
        <source>Time unknown</source>
        <translation>Horário desconhecido</translation>
    </message>
    <message>
        <source>No time zone given, shown in UTC</source>
        <translation>Nenhum fuso horário informado; exibido em UTC</translation>
    </message>
    <message>
        <source>Unknown time zone %1, shown in UTC</source>
        <translation>Fuso horário %1 desconhecido; exibido em UTC</translation>
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
        <translation>Custódia bloqueada</translation>
    </message>
    <message>
        <source>Escrow released</source>
        <translation>Custódia liberada</translation>
    </message>
    <message>
        <source>Escrow refunded</source>
        <translation>Custódia reembolsada</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>On-line: %1</translation>
    </message>
    <message>
        <source>No place given</source>
        <translation>Nenhum local informado</translation>
    </message>
    <message>
        <source>Unknown date</source>
        <translation>Data desconhecida</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <comment>agenda header of the current day</comment>
        <translation>Hoje, %1</translation>
    </message>
    <message>
        <source>Tentative</source>
        <comment>a meeting proposed in the chat but not agreed yet</comment>
        <translation>Provisório</translation>
    </message>
</context>
<context>
    <name>mesi::ui::PassCodeView</name>
    <message>
        <source>This pass cannot be shown as a QR code: %1</source>
        <translation>Este passe não pode ser exibido como código QR: %1</translation>
    </message>
    <message>
        <source>Meeting pass QR code</source>
        <translation>Código QR do passe do encontro</translation>
    </message>
    <message>
        <source>The meeting pass QR code to show to the fan, whose phone scans it at the meeting.</source>
        <translation>O código QR do passe do encontro a mostrar ao fã, cujo celular o escaneia no encontro.</translation>
    </message>
</context>
<context>
    <name>mesi::ui::PassWindow</name>
    <message>
        <source>%1 - Meeting Pass</source>
        <comment>window title; %1 names the meeting, such as Meeting with Alex</comment>
        <translation>%1 - Passe do encontro</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Tela cheia</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Tela cheia</translation>
    </message>
    <message>
        <source>Show the pass on the whole screen (F11). Esc leaves full screen.</source>
        <translation>Mostrar o passe na tela inteira (F11). Esc sai da tela cheia.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Salvar como &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Salvar como PNG</translation>
    </message>
    <message>
        <source>Saves the QR code of the pass as a PNG image file.</source>
        <translation>Salva o código QR do passe como arquivo de imagem PNG.</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Salvar como &amp;SVG…</translation>
    </message>
    <message>
        <source>Save as SVG</source>
        <translation>Salvar como SVG</translation>
    </message>
    <message>
        <source>Saves the QR code of the pass as an SVG vector image file.</source>
        <translation>Salva o código QR do passe como arquivo de imagem vetorial SVG.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Save Pass as PNG</source>
        <translation>Salvar passe como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Save Pass as SVG</source>
        <translation>Salvar passe como SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imagens SVG (*.svg)</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Substituir arquivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 já existe. Deseja substituí-lo?</translation>
    </message>
    <message>
        <source>Pass Not Saved</source>
        <translation>Passe não salvo</translation>
    </message>
    <message>
        <source>The pass could not be saved to %1.</source>
        <translation>Não foi possível salvar o passe em %1.</translation>
    </message>
    <message>
        <source>The pass could not be renewed: %1. The code on screen stops working within a minute.</source>
        <translation>Não foi possível renovar o passe: %1. O código na tela deixará de funcionar em até um minuto.</translation>
    </message>
    <message numerus="yes">
        <source>New code in %n s</source>
        <comment>countdown under a rotating pass</comment>
        <translation>
            <numerusform>Novo código em %n s</numerusform>
            <numerusform>Novo código em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Fan Can&apos;t Scan? Scan &amp;Their Code…</source>
        <translation>O fã não consegue escanear? Escaneie o &amp;código dele…</translation>
    </message>
    <message>
        <source>Scan the fan&apos;s code</source>
        <translation>Escanear o código do fã</translation>
    </message>
    <message>
        <source>Opens the camera to scan the confirmation code on the fan&apos;s phone, for a phone that cannot scan the pass.</source>
        <translation>Abre a câmera para escanear o código de confirmação no celular do fã, caso o celular não consiga escanear o passe.</translation>
    </message>
    <message>
        <source>Time until the code changes</source>
        <translation>Tempo até o código mudar</translation>
    </message>
</context>
<context>
    <name>mesi::ui::PassphraseDialog</name>
    <message>
        <source>Protect Your Sign-In with a Passphrase</source>
        <translation>Proteja seu login com uma frase secreta</translation>
    </message>
    <message>
        <source>Unlock Your Sign-In</source>
        <translation>Desbloquear seu login</translation>
    </message>
    <message>
        <source>The console keeps your sign-in and the key that signs meeting passes in %1, sealed with a passphrase. Choose one of at least %2 characters; without it the file cannot be opened.</source>
        <translation>O console mantém seu login e a chave que assina os passes de encontro em %1, protegidos por uma frase secreta. Escolha uma com pelo menos %2 caracteres; sem ela, o arquivo não pode ser aberto.</translation>
    </message>
    <message>
        <source>Type the passphrase of %1 to resume your sign-in and sign meeting passes. Opening the file takes a few seconds.</source>
        <translation>Digite a frase secreta de %1 para retomar seu login e assinar passes de encontro. Abrir o arquivo leva alguns segundos.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repetição da frase secreta</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Passphrase error</source>
        <translation>Erro na frase secreta</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Criar</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Continue &amp;Without</source>
        <translation>Continuar &amp;sem</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Digite a frase secreta.</translation>
    </message>
    <message>
        <source>The passphrase has %1 characters; use at least %2.</source>
        <translation>A frase secreta tem %1 caracteres; use pelo menos %2.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>As duas frases secretas são diferentes; digite a mesma frase duas vezes.</translation>
    </message>
    <message>
        <source>Opening the secrets file…</source>
        <translation>Abrindo o arquivo de segredos…</translation>
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
        <translation>O horário %1 de %2 não existe em %3 porque os relógios são adiantados para o horário de verão. Escolha outro horário.</translation>
    </message>
    <message>
        <source>Propose a Meeting</source>
        <translation>Propor um encontro</translation>
    </message>
    <message>
        <source>Proposal error</source>
        <translation>Erro na proposta</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Propor</translation>
    </message>
    <message>
        <source>Propose meeting</source>
        <translation>Propor encontro</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Counter a Meeting Proposal</source>
        <translation>Fazer uma contraproposta de encontro</translation>
    </message>
    <message>
        <source>Counter to: %1</source>
        <translation>Contraproposta a: %1</translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is unknown. Pick a zone from the list, such as Europe/Berlin.</source>
        <translation>O fuso horário &quot;%1&quot; é desconhecido. Escolha um fuso da lista, como Europe/Berlin.</translation>
    </message>
    <message>
        <source>The start %1 in %2 has already passed. Pick a later date or time.</source>
        <translation>O início %1 em %2 já passou. Escolha uma data ou um horário posterior.</translation>
    </message>
    <message>
        <source>Enter the place of the meeting, such as a venue or an address.</source>
        <translation>Digite o local do encontro, como um estabelecimento ou um endereço.</translation>
    </message>
    <message>
        <source>The meeting link &quot;%1&quot; is not an https address with a host. Paste the full link, such as https://meet.example/room.</source>
        <translation>O link do encontro &quot;%1&quot; não é um endereço https com um host. Cole o link completo, como https://meet.example/room.</translation>
    </message>
    <message>
        <source>First %1, at %2 (%3)</source>
        <translation>Primeira vez: %1 em %2 (%3)</translation>
    </message>
    <message>
        <source>Second %1, at %2 (%3)</source>
        <translation>Segunda vez: %1 em %2 (%3)</translation>
    </message>
    <message>
        <source>%1 occurs twice that day in %2 because the clocks go back.</source>
        <translation>O horário %1 ocorre duas vezes nesse dia em %2 porque os relógios são atrasados.</translation>
    </message>
    <message>
        <source>Pick a time zone from the list.</source>
        <translation>Escolha um fuso horário da lista.</translation>
    </message>
    <message>
        <source>The start time does not exist in %1.</source>
        <translation>O horário de início não existe em %1.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>start and end of the meeting</comment>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Time zone of the meeting</source>
        <translation>Fuso horário do encontro</translation>
    </message>
    <message>
        <source>IANA name such as Europe/Berlin. The date and start time are read in this zone.</source>
        <translation>Nome IANA como Europe/Berlin. A data e o horário de início são interpretados neste fuso.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Data do encontro</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Start time in the meeting&apos;s time zone</source>
        <translation>Horário de início no fuso horário do encontro</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Horário de início:</translation>
    </message>
    <message>
        <source>Start time occurs twice</source>
        <translation>O horário de início ocorre duas vezes</translation>
    </message>
    <message>
        <source>Which of the two start times</source>
        <translation>Qual dos dois horários de início</translation>
    </message>
    <message>
        <source>&amp;Which one:</source>
        <translation>&amp;Qual:</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes after a number</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duração em minutos</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uração:</translation>
    </message>
    <message>
        <source>Meeting end</source>
        <translation>Fim do encontro</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>Meeting in your time zone</source>
        <translation>Encontro no seu fuso horário</translation>
    </message>
    <message>
        <source>Your time:</source>
        <translation>Seu horário:</translation>
    </message>
    <message>
        <source>&amp;In person</source>
        <translation>Pre&amp;sencial</translation>
    </message>
    <message>
        <source>In-person meeting</source>
        <translation>Encontro presencial</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>&amp;On-line</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Encontro on-line</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Encontro:</translation>
    </message>
    <message>
        <source>Venue or address</source>
        <translation>Estabelecimento ou endereço</translation>
    </message>
    <message>
        <source>Meeting place</source>
        <translation>Local do encontro</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Link do encontro</translation>
    </message>
    <message>
        <source>An https link to the video call.</source>
        <translation>Um link https para a videochamada.</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <source>Note to the fan</source>
        <translation>Nota para o fã</translation>
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
        <translation>Conflitos de calendário deste horário</translation>
    </message>
    <message>
        <source>Propose &amp;Anyway</source>
        <translation>Propor &amp;mesmo assim</translation>
    </message>
</context>
<context>
    <name>mesi::ui::RecordedFrameSource</name>
    <message>
        <source>Recorded frames</source>
        <translation>Quadros gravados</translation>
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
    <message>
        <source>Remind me of &amp;KYF deadlines (6 hours before)</source>
        <translation>Lembrar-me dos prazos de &amp;KYF (6 horas antes)</translation>
    </message>
    <message>
        <source>Shows a desktop notification when a fan has less than 6 hours left to answer a KYF request. A reminder missed while the computer slept is shown once on wake.</source>
        <translation>Mostra uma notificação quando um fã tem menos de 6 horas para responder a uma solicitação de KYF. Um lembrete perdido enquanto o computador estava em repouso é mostrado uma vez ao despertar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reminder time. Write times from 1m to 7d, such as 1d, 1h or 30m.</source>
        <translation>&quot;%1&quot; não é um tempo de lembrete válido. Escreva tempos de 1m a 7d, como 1d, 1h ou 30m.</translation>
    </message>
    <message>
        <source>%1 reminder times are more than the %2 allowed. Remove some.</source>
        <translation>%1 tempos de lembrete excedem o máximo de %2. Remova alguns.</translation>
    </message>
    <message>
        <source>Remind me of m&amp;eetings</source>
        <translation>Lembrar-me dos &amp;encontros</translation>
    </message>
    <message>
        <source>Shows a desktop notification at each time set below before a scheduled meeting. A reminder missed while the computer slept is shown once on wake.</source>
        <translation>Mostra uma notificação na área de trabalho em cada tempo definido abaixo, antes de um encontro agendado. Um lembrete perdido enquanto o computador estava em repouso é mostrado uma vez ao despertar.</translation>
    </message>
    <message>
        <source>&amp;Before the start:</source>
        <translation>&amp;Antes do início:</translation>
    </message>
    <message>
        <source>Meeting reminder times</source>
        <translation>Tempos de lembrete de encontros</translation>
    </message>
    <message>
        <source>Times before each meeting, separated by commas, with d for days, h for hours and m for minutes, such as 1d, 1h. At most %1 times of up to 7 days each.</source>
        <translation>Tempos antes de cada encontro, separados por vírgulas, com d para dias, h para horas e m para minutos, como 1d, 1h. No máximo %1 tempos de até 7 dias cada.</translation>
    </message>
    <message>
        <source>such as 1d, 1h</source>
        <translation>como 1d, 1h</translation>
    </message>
    <message>
        <source>Meeting reminder times error</source>
        <translation>Erro nos tempos de lembrete de encontros</translation>
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
<context>
    <name>mesi::ui::TimeGridHeader</name>
    <message>
        <source>No deadlines in this period.</source>
        <translation>Nenhum prazo neste período.</translation>
    </message>
    <message>
        <source>Deadlines: %1</source>
        <translation>Prazos: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short weekday name, then the day of the month</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (hoje)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n mais</numerusform>
            <numerusform>+%n mais</numerusform>
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
        <translation>Dia anterior</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>Previous day (PageUp)</source>
        <translation>Dia anterior (PageUp)</translation>
    </message>
    <message>
        <source>Previous week (PageUp)</source>
        <translation>Semana anterior (PageUp)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Próximo dia</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Próxima semana</translation>
    </message>
    <message>
        <source>Next day (PageDown)</source>
        <translation>Próximo dia (PageDown)</translation>
    </message>
    <message>
        <source>Next week (PageDown)</source>
        <translation>Próxima semana (PageDown)</translation>
    </message>
    <message>
        <source>Shown day</source>
        <translation>Dia exibido</translation>
    </message>
    <message>
        <source>Shown week</source>
        <translation>Semana exibida</translation>
    </message>
    <message>
        <source>Day grid</source>
        <translation>Grade do dia</translation>
    </message>
    <message>
        <source>Week grid</source>
        <translation>Grade da semana</translation>
    </message>
    <message>
        <source>Meetings by hour. Left and Right move the day, PageUp and PageDown the period, Home goes to today, Up and Down select meetings, Enter opens one and the Menu key offers its chat and pass.</source>
        <translation>Encontros por hora. As setas para a esquerda e para a direita mudam o dia, PageUp e PageDown mudam o período, Home vai para hoje, as setas para cima e para baixo selecionam encontros, Enter abre um encontro e a tecla Menu oferece o chat e o passe dele.</translation>
    </message>
    <message>
        <source>Day and deadlines</source>
        <translation>Dia e prazos</translation>
    </message>
    <message>
        <source>Days and deadlines</source>
        <translation>Dias e prazos</translation>
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
        <translation>Ocupado (importado de %1, somente leitura): %2
%3</translation>
    </message>
    <message numerus="yes">
        <source>Clocks go forward %n minute(s) at %1, so the hatched times do not exist on this day.</source>
        <translation>
            <numerusform>Os relógios são adiantados em %n minuto às %1, então os horários hachurados não existem neste dia.</numerusform>
            <numerusform>Os relógios são adiantados em %n minutos às %1, então os horários hachurados não existem neste dia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clocks go back %n minute(s) at %1, so the hatched times occur twice on this day.</source>
        <translation>
            <numerusform>Os relógios são atrasados em %n minuto às %1, então os horários hachurados ocorrem duas vezes neste dia.</numerusform>
            <numerusform>Os relógios são atrasados em %n minutos às %1, então os horários hachurados ocorrem duas vezes neste dia.</numerusform>
        </translation>
    </message>
</context>
</TS>
