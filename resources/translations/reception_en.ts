<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../ui/app.py" line="80"/>
        <source>Databasen kunne ikke åbnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="81"/>
        <source>Klinikkens database kunne ikke åbnes:
{path}

{error}

Vidensdelen virker stadig. Luk programmet og kontakt jeres IT-ansvarlige.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="20"/>
        <source>Der skete en uventet fejl. Programmet kører videre, og det du har skrevet er ikke slettet.

Hvis fejlen kommer igen, så send logfilen til jeres IT-ansvarlige:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="43"/>
        <source>Uventet fejl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="61"/>
        <source>Kontrollerer databasen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="76"/>
        <source>Åbner databasen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="111"/>
        <source>Tager sikkerhedskopi af databasen …
Sluk ikke PC&apos;en, før dette vindue er væk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="150"/>
        <source>Sikkerhedskopier …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="145"/>
        <source>Skærmlås …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="172"/>
        <source>Venter på den daglige sikkerhedskopi …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="206"/>
        <source>Databasen kunne ikke åbnes igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="207"/>
        <source>Databasen kunne ikke åbnes igen, så intet nyt kan gemmes lige nu. Det, der var skrevet, blev gemt før. Luk programmet, bed jeres IT-ansvarlige se på datamappen, og start programmet igen.

{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="214"/>
        <source>Gendannet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="215"/>
        <source>Sikkerhedskopien er lagt tilbage, og skærmene viser nu dens oplysninger. Den database, der var i brug, er gemt til side i mappen gemt-til-side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup.py" line="72"/>
        <source>Guldklinikken Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup.py" line="76"/>
        <source>Afbrudt handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="35"/>
        <source>Nyt opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="36"/>
        <source>Afslut opkaldet (vælg udfald og gem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="38"/>
        <source>Skift til opkald nr. 1–9 i rækken af åbne opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="39"/>
        <source>Send informationsark til den, der ringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="41"/>
        <source>Næste eller forrige felt, også ud af noterne (der skrives aldrig tabulatortegn i noterne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="43"/>
        <source>Søg i klinikkens viden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="45"/>
        <source>I søgefeltet: tilbage til feltet, du skrev i før Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="46"/>
        <source>I søgefeltet: vælg et svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="47"/>
        <source>Skjul eller vis klinikkens viden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="48"/>
        <source>Fanen Opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="49"/>
        <source>Fanen I dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="50"/>
        <source>Fanen Tilbageringninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51"/>
        <source>Fanen Før behandling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="52"/>
        <source>Fanen Personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="53"/>
        <source>Fanen Overblik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="54"/>
        <source>Lås skærmen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="55"/>
        <source>Denne liste over tastaturgenveje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="56"/>
        <source>Afslut programmet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="47"/>
        <source>Revisionslog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="49"/>
        <source>person nr. {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="63"/>
        <source>Medarbejder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="66"/>
        <source>Periode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="84"/>
        <source>Loggen gemmer kun id&apos;er og koder; navne og ord slås op, når loggen vises. En slettet person nævnes ikke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="103"/>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="107"/>
        <location filename="../../ui/privacy/audit_dialog.py" line="123"/>
        <source>Revisionsloggen kan ikke læses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="126"/>
        <source>{n} hændelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="126"/>
        <source>{n} hændelser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="109"/>
        <source>Sikkerhedskopier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="132"/>
        <source>Tag sikkerhedskopi nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="135"/>
        <source>Læg valgte tilbage …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="139"/>
        <source>Skift mappe …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="142"/>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="151"/>
        <source>Der tages en sikkerhedskopi hver dag og når programmet lukkes. De nyeste 7 dage, 4 uger og 12 måneder gemmes. Læg mappen på en anden disk end datamappen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="165"/>
        <source>Mappe: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="170"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="170"/>
        <source>nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="175"/>
        <source>Der er ingen sikkerhedskopier i mappen endnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="196"/>
        <source>Sikkerhedskopi taget og kontrolleret: {holds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="204"/>
        <source>Læg sikkerhedskopien fra {time} tilbage?

Den indeholder {holds}. Alt, der er skrevet siden, er ikke med. Den nuværende database flyttes til mappen »gemt-til-side« i datamappen og slettes ikke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="208"/>
        <source>Læg sikkerhedskopi tilbage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="226"/>
        <source>Sikkerhedskopien fra {time} er lagt tilbage. Den tidligere database ligger i {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="237"/>
        <source>Disken er fuld, så sikkerhedskopien er ikke lagt tilbage. Databasen i brug er ikke ændret. Frigør plads på disken, og prøv igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="240"/>
        <source>Programmet må ikke skrive i datamappen, så sikkerhedskopien er ikke lagt tilbage. Databasen i brug er ikke ændret. Bed jeres IT-ansvarlige om at rette adgangen til datamappen, og prøv igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="243"/>
        <source>Sikkerhedskopien kunne ikke lægges tilbage: {reason} Databasen i brug er ikke ændret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="253"/>
        <source>Mappen kan ikke bruges: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="256"/>
        <source>Nye sikkerhedskopier gemmes i {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="260"/>
        <source>Mappe til sikkerhedskopier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BloodThinnersEditor</name>
    <message>
        <location filename="../../ui/checklist/editors.py" line="212"/>
        <source>fx Eliquis, Marevan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="213"/>
        <source>Pause aftalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="216"/>
        <location filename="../../ui/checklist/editors.py" line="220"/>
        <source>Pause fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="217"/>
        <source>Tager blodfortyndende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="218"/>
        <source>Hvilken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingEditor</name>
    <message>
        <location filename="../../ui/checklist/editors.py" line="84"/>
        <source>Konsultationsdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="85"/>
        <source>Klokkeslæt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="94"/>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="95"/>
        <source>Kl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="97"/>
        <source>Behandles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowseTree</name>
    <message>
        <location filename="../../ui/knowledge/browse_tree.py" line="20"/>
        <source>Emner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/browse_tree.py" line="26"/>
        <source>Sygdomme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/browse_tree.py" line="32"/>
        <source>Spørgsmål og svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/browse_tree.py" line="40"/>
        <source>Før en guldbehandling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallFormWidget</name>
    <message>
        <location filename="../../ui/call/form_widget.py" line="52"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="53"/>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="53"/>
        <source>Fornavn Efternavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="54"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="55"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="55"/>
        <source>Vej og nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="56"/>
        <source>Postnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="58"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="59"/>
        <source>Smerter siden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="60"/>
        <source>fx 3-2024 eller 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="61"/>
        <source>Hørt om klinikken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="62"/>
        <source>fx egen læge, ven, internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="63"/>
        <source>Aftalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="64"/>
        <source>Hvad blev aftalt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="71"/>
        <source>– foretrukken kontakt –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="74"/>
        <source>Må kontaktes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="85"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="91"/>
        <source>Nye eller tiltagende smerteområder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="93"/>
        <source>Smerterne kommer hurtigt igen efter behandling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="99"/>
        <source>Noter fra samtalen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="100"/>
        <source>Noter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="158"/>
        <source>Postnr. og by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="162"/>
        <source>Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="163"/>
        <source>Hvem ringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="168"/>
        <source>Hvor gør det ondt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="171"/>
        <source>Hvor længe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="176"/>
        <source>eller siden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="186"/>
        <source>Hvad er prøvet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="187"/>
        <source>Smerter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../ui/call/call_panel.py" line="102"/>
        <source>Informationsark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="471"/>
        <source>Et opkald blev ikke afsluttet: {who}, startet {when}. Det ligger på hold øverst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="475"/>
        <source>(+{n} mere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="709"/>
        <source>Send informationsark (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="128"/>
        <source>Fortsæt opkaldet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="94"/>
        <source>Nyt opkald ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="98"/>
        <source>Afslut opkald ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="105"/>
        <source>Send informationsark ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="131"/>
        <source>Kassér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="155"/>
        <source>Personer der passer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="161"/>
        <source>Ny person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="163"/>
        <source>Opkaldet gælder en person, der ikke er i kartoteket endnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="171"/>
        <source>Historik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="172"/>
        <source>Tjekliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="186"/>
        <source>Hvem ringer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="265"/>
        <source>Opkaldet findes ikke længere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="292"/>
        <source>et opkald uden navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="295"/>
        <source>{who} er sat på hold ({n}. i rækken øverst) med det du skrev; det er ikke gemt endnu, men bliver gemt, så snart databasen kan bruges igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="299"/>
        <source>{who} er sat på hold og gemt – Ctrl+{n} skifter tilbage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="319"/>
        <source>Opkald i gang – gemmes automatisk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="370"/>
        <source>Opkaldet er ikke gemt: ret de markerede felter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="373"/>
        <source>Opkaldet er ikke gemt – prøv igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="384"/>
        <source>Opkaldet er gemt ({m}:{s:02d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="387"/>
        <source>opkaldet uden navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="388"/>
        <source>Nu vises {who}, som var på hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="419"/>
        <source>Gemt kl. {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="427"/>
        <source>Det du har skrevet er bevaret; der prøves igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="429"/>
        <source>Det du har skrevet i {n} opkald er bevaret i rækken øverst; der prøves igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="443"/>
        <source>Et åbent opkald er lukket, fordi personen er slettet fra kartoteket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="470"/>
        <source>ukendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="710"/>
        <source>Skriv først personens navn eller nummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="720"/>
        <source>Start et opkald eller vælg en person i Personer, før der sendes et informationsark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="476"/>
        <source>(+{n} flere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="561"/>
        <source>{n} opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="569"/>
        <source>{n} personer har dette nummer – vælg den rigtige.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="767"/>
        <source>Varighed {m}:{s:02d}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallWorkspace</name>
    <message>
        <location filename="../../ui/call/workspace.py" line="43"/>
        <source>Opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/workspace.py" line="46"/>
        <source>I dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/workspace.py" line="47"/>
        <source>Tilbageringninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/workspace.py" line="52"/>
        <source>Før behandling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/workspace.py" line="53"/>
        <source>Personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/workspace.py" line="59"/>
        <source>Overblik</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbacksPanel</name>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="51"/>
        <source>Hvornår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="51"/>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="51"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="51"/>
        <source>Forsøg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="52"/>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="63"/>
        <source>Ring op nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="66"/>
        <source>Intet svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="69"/>
        <source>Klaret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="115"/>
        <source>{n} dag over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="117"/>
        <source>I dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="126"/>
        <source>{n} tilbageringning i dag eller forfalden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="127"/>
        <source>{n} tilbageringninger i dag eller forfaldne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="130"/>
        <source>Desuden {n} i de kommende {days} dage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="115"/>
        <source>{n} dage over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="119"/>
        <source>I morgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="120"/>
        <source>Om {n} dage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="124"/>
        <source>Ingen tilbageringninger i dag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallersPanel</name>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="44"/>
        <source>Søg navn, telefon, postnummer eller note …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="63"/>
        <source>Ring op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="67"/>
        <source>Send informationsark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="71"/>
        <source>Udlevér oplysninger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="73"/>
        <source>Alt om personen som PDF og JSON (GDPR art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="75"/>
        <source>Slet person …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="78"/>
        <source>Revisionslog …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="80"/>
        <source>Hvem har set og ændret personens oplysninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="87"/>
        <source>Historik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="88"/>
        <source>Tjekliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="131"/>
        <source>{n} personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="131"/>
        <source>{n} person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistOverview</name>
    <message>
        <location filename="../../ui/checklist/overview.py" line="61"/>
        <source>Vis kun:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="62"/>
        <source>Mangler billeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="63"/>
        <source>Blodfortyndende: pause ikke aftalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="64"/>
        <source>Scanning for gammel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="95"/>
        <source>Ring op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="98"/>
        <source>Åbn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="101"/>
        <source>Opdatér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="143"/>
        <source>Over {n} kommende konsultationer; de {n} første vises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="146"/>
        <source>Ingen kommende konsultationer passer på filtrene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="147"/>
        <source>Ingen kommende konsultationer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="149"/>
        <source>1 kommende konsultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="151"/>
        <source>{n} kommende konsultationer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="153"/>
        <source>(filtreret).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../ui/checklist/view.py" line="76"/>
        <location filename="../../ui/checklist/view.py" line="268"/>
        <location filename="../../ui/checklist/view.py" line="276"/>
        <source>Tjekliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="97"/>
        <source>Opret tjekliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="124"/>
        <source>Forklaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="126"/>
        <source>Vis trinnets forklaring i Klinikkens viden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="142"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="143"/>
        <source>Mangler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="144"/>
        <source>Klaret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="145"/>
        <source>Ikke relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="154"/>
        <source>Hvorfor ikke relevant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="157"/>
        <location filename="../../ui/checklist/view.py" line="419"/>
        <source>Gem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="270"/>
        <source>Personen er ikke i kartoteket endnu. Opret tjeklisten nu, så gemmes personen med det samme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="273"/>
        <source>Vælg en person for at se tjeklisten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="277"/>
        <source>Ingen tjekliste endnu. Opret den nu, eller den oprettes, når opkaldet afsluttes som booket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="410"/>
        <source>Ikke gemt endnu. Tryk »Gem alligevel« for at gemme, eller ret dato og klokkeslæt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="413"/>
        <source>Gem alligevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="280"/>
        <source>(uden navn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="281"/>
        <source>Tjekliste · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="370"/>
        <location filename="../../ui/checklist/view.py" line="378"/>
        <source>Ikke gemt: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="392"/>
        <source>Gemt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicAddressPanel</name>
    <message>
        <location filename="../../ui/sheets/clinic_address.py" line="34"/>
        <source>Klinikkens adresse er ikke udfyldt, så brevet har ingen afsenderadresse. Skriv den her, så kommer den med på dette og alle senere breve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/clinic_address.py" line="38"/>
        <source>Adresse, fx Guldvej 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/clinic_address.py" line="39"/>
        <source>Postnr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/clinic_address.py" line="41"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/clinic_address.py" line="42"/>
        <source>Gem adressen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/clinic_address.py" line="76"/>
        <source>Skriv både adressen og postnummer og by.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="35"/>
        <source>Klinikkens oplysninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="38"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="39"/>
        <source>Postnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="40"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="41"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="42"/>
        <source>CVR-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="80"/>
        <source>Åbningsdage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="81"/>
        <source>Bruges i brevhovedet på informationsark. Tomme felter udelades. En konsultation på en lukkedag eller en helligdag giver en advarsel, før den gemmes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="102"/>
        <source>Vælg mindst én åbningsdag.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanionEditor</name>
    <message>
        <location filename="../../ui/checklist/editors.py" line="241"/>
        <source>valgfrit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="242"/>
        <source>Kørsel hjem aftalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="243"/>
        <source>Hvem kører</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentPicker</name>
    <message>
        <location filename="../../ui/sheets/content_picker.py" line="27"/>
        <source>Indhold i informationsarket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/content_picker.py" line="35"/>
        <source>Sygdomme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/content_picker.py" line="39"/>
        <source>Kort om {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/content_picker.py" line="44"/>
        <source>Spørgsmål og svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/content_picker.py" line="52"/>
        <source>Før din guldbehandling (de 6 trin)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseDamagedDialog</name>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="37"/>
        <source>Databasen er beskadiget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="49"/>
        <source>Sikkerhedskopien fra {time} indeholder {holds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="55"/>
        <source>Det, der er skrevet efter sikkerhedskopien, er ikke med i den. Den beskadigede fil flyttes til mappen »gemt-til-side« i datamappen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="63"/>
        <source>Det fandt kontrollen (til IT):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="73"/>
        <source>Læg sikkerhedskopien tilbage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="78"/>
        <source>Luk programmet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/checklist/fields.py" line="39"/>
        <source>dd.mm.åååå</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndCallDialog</name>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="48"/>
        <source>Afslut opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="121"/>
        <source>Hvorfor skal vi ringe tilbage?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="123"/>
        <source>Ring tilbage den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="124"/>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="75"/>
        <location filename="../../ui/call/end_call_dialog.py" line="184"/>
        <source>Gem opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="53"/>
        <source>Hvad kom der ud af opkaldet? Sæt gerne flere kryds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="79"/>
        <source>Fortsæt samtalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="96"/>
        <source>Tidspunktet er aftalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="106"/>
        <source>Konsultation den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="107"/>
        <source>Klokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="187"/>
        <source>Bemærk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="188"/>
        <source>Ret felterne, eller tryk Gem igen for at gemme alligevel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="192"/>
        <source>Tjek konsultationens dato og tid ovenfor, eller tryk Gem igen for at gemme alligevel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="204"/>
        <source>Gem alligevel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="30"/>
        <source>Slet person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="36"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {phones}&lt;br&gt;&lt;br&gt;Alt om personen slettes: {rows}. Sletningen kan ikke fortrydes. I loggen står kun, at en person er slettet, af hvem og hvornår.&lt;br&gt;&lt;br&gt;Sikkerhedskopier fra før i dag indeholder stadig personen, indtil de udskiftes. Indlæses en af dem, skal personen slettes igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="40"/>
        <source>(uden navn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="43"/>
        <source>Skriv {word} for at bekræfte:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="51"/>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="52"/>
        <source>Slet for altid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="76"/>
        <source>Personen findes ikke</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPersonDialog</name>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="38"/>
        <source>Udlevér oplysninger (indsigt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="43"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {phones}&lt;br&gt;Der er registreret: {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="44"/>
        <source>(uden navn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="48"/>
        <source>Der laves en PDF til at læse og en JSON-fil til andre programmer med alt, hvad klinikken har om personen, og hvem der har set det. Udleveringen skrives i loggen. Filerne indeholder helbredsoplysninger: gem dem kun et sikkert sted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="54"/>
        <source>Vælg en mappe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="55"/>
        <source>Vælg mappe …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="65"/>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="66"/>
        <source>Udlevér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="70"/>
        <source>Åbn mappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="89"/>
        <source>Vælg mappe til filerne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="102"/>
        <source>Personen findes ikke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="107"/>
        <source>{n} kopi af et sendt ark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="108"/>
        <source>{n} kopier af sendte ark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="109"/>
        <source>Gemt i {folder}: {files}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="61"/>
        <source>Søg i viden: fx nakke, piskesmæld, køre bil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="63"/>
        <source>Søg i klinikkens viden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="73"/>
        <source>Søgeresultater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="191"/>
        <source>Intet fundet. Prøv et andet ord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="95"/>
        <source>Tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="100"/>
        <source>Med i informationsarket til den, der ringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="292"/>
        <source>Klinikkens viden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="293"/>
        <source>Skriv et par bogstaver i søgefeltet (Ctrl+F), eller vælg et emne i listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="294"/>
        <source>Pil op/ned vælger et svar, Enter viser det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="300"/>
        <source>{n} tekst kunne ikke indlæses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="301"/>
        <source>{n} tekster kunne ikke indlæses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="302"/>
        <source>Resten virker. Hold musen her for detaljer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="85"/>
        <source>Skærmen er låst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="103"/>
        <source>Lås op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="155"/>
        <source>Forkert – prøv igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="171"/>
        <source>Forkert {n} gang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="171"/>
        <source>Forkert {n} gange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="172"/>
        <source>Prøv igen om {wait}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="184"/>
        <source>{n} sekund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="184"/>
        <source>{n} sekunder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="179"/>
        <source>Prøv igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="186"/>
        <source>{minutes}:{seconds:02d} minutter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="294"/>
        <source>Lås skærmen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockSettingsDialog</name>
    <message>
        <location filename="../../ui/safety/lock_settings_dialog.py" line="26"/>
        <source>Skærmlås</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_settings_dialog.py" line="30"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_settings_dialog.py" line="31"/>
        <source>aldrig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_settings_dialog.py" line="36"/>
        <source>uændret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_settings_dialog.py" line="36"/>
        <source>ingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_settings_dialog.py" line="45"/>
        <source>Lås efter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_settings_dialog.py" line="46"/>
        <source>Ny pinkode (4–12 cifre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_settings_dialog.py" line="47"/>
        <source>Gentag pinkoden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_settings_dialog.py" line="61"/>
        <source>De to pinkoder er ikke ens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <source>Guldklinikken – Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53"/>
        <source>Åbner kartoteket …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>Databasen kunne ikke åbnes, så opkald kan ikke gemmes.
Klinikkens viden virker. Se logfilen under Hjælp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>Søg i viden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="269"/>
        <source>Klinikkens oplysninger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>Afslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="279"/>
        <source>Åbn logmappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <location filename="../../ui/main_window.py" line="410"/>
        <source>Om programmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="283"/>
        <source>Tastaturgenveje …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Klinikkens viden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294"/>
        <source>Standardopdeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>Del vinduet som ved første start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Dagens post …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>Brevindstillinger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Personale og opbevaring …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>Gennemgå gamle personer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>Revisionslog …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330"/>
        <source>&amp;Filer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Vi&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346"/>
        <source>&amp;Viden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348"/>
        <source>&amp;Hjælp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="411"/>
        <source>Guldklinikken Reception {version}

Data: {data}
Log: {logs}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenCallsStrip</name>
    <message>
        <location filename="../../ui/call/open_calls_strip.py" line="27"/>
        <source>Åbne opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/open_calls_strip.py" line="36"/>
        <source>Åbne opkald:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/open_calls_strip.py" line="71"/>
        <source>Skift til dette opkald (Ctrl+{n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/open_calls_strip.py" line="92"/>
        <source>Nyt opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/open_calls_strip.py" line="96"/>
        <source>aktiv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/open_calls_strip.py" line="96"/>
        <source>på hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/open_calls_strip.py" line="99"/>
        <source>ikke gemt endnu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverblikScreen</name>
    <message>
        <location filename="../../ui/overblik/screen.py" line="52"/>
        <source>Denne uge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="53"/>
        <source>Denne måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="54"/>
        <source>Sidste måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="55"/>
        <source>I år</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="56"/>
        <source>Valgfri periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="61"/>
        <source>Vis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="63"/>
        <source>Gem som CSV …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="65"/>
        <source>Gem som PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="74"/>
        <source>&amp;Periode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="76"/>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="77"/>
        <source>til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="83"/>
        <source>Opkald pr. dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="84"/>
        <source>Opkald pr. time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="85"/>
        <source>Smerteområder (opkald)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="86"/>
        <source>Hørt om klinikken (nye personer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="159"/>
        <source>Regner overblikket ud …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="166"/>
        <source>Overblik %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="167"/>
        <source>Regnet ud på %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="173"/>
        <source>Opkald pr. dag, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="173"/>
        <source>Opkald pr. måned, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="180"/>
        <source>kl. %1–%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="191"/>
        <source>Travleste dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="195"/>
        <source>Travleste timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="207"/>
        <source>1 opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="208"/>
        <source>%1 opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="226"/>
        <source>Gem overblikket som CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="233"/>
        <source>Gem overblikket som PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../ui/checklist/overview_model.py" line="62"/>
        <source>Ingen dato</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="26"/>
        <source>Guldklinikken – adgangskode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="29"/>
        <source>Klinikkens database er krypteret. Skriv adgangskoden for at åbne den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="40"/>
        <source>Uden adgangskoden kan hverken databasen eller sikkerhedskopierne læses. Den kan også gives i miljøvariablen RECEPTION_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="46"/>
        <source>Åbn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="47"/>
        <source>Afslut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/sheets/pdf_preview.py" line="59"/>
        <source>1 side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/pdf_preview.py" line="60"/>
        <source>{n} sider</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostingDialog</name>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="65"/>
        <source>Dagens post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="81"/>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="81"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="82"/>
        <source>Indhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="82"/>
        <source>Lagt i posten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="96"/>
        <source>Tag ud af posten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="98"/>
        <source>Lav dagens post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="100"/>
        <source>Hent dagens post igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="102"/>
        <source>Udskriv …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="104"/>
        <source>Gem som PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="106"/>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="148"/>
        <source>Ingen informationsark venter på at blive sendt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="150"/>
        <source>{n} informationsark venter i posten. »Lav dagens post« samler dem i én PDF til udskrift og markerer dem som sendt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="155"/>
        <source>{title}: udskriv PDF&apos;en, og læg brevene i rudekuverter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="170"/>
        <source>Klinikkens adresse er ikke udfyldt, så brevene har ingen afsenderadresse. Udfyld den under Filer → Klinikkens oplysninger, før du sender flere ark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="178"/>
        <source>(ingen adresse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="180"/>
        <source>(uden navn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="206"/>
        <source>Der er ikke noget i posten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="210"/>
        <source>✓ {n} ark er markeret som sendt i dag. Udskriv dem nu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="222"/>
        <source>Der er ikke lavet nogen post i dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="245"/>
        <source>{n} side er sendt til printeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="246"/>
        <source>{n} sider er sendt til printeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="255"/>
        <source>Gem dagens post som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="256"/>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="269"/>
        <source>✓ Gemt som {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacySettingsDialog</name>
    <message>
        <location filename="../../ui/privacy/settings_dialog.py" line="35"/>
        <source>Personale og opbevaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/settings_dialog.py" line="38"/>
        <source>Ét navn pr. linje, fx
Mette
Lise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/settings_dialog.py" line="46"/>
        <source> måneder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/settings_dialog.py" line="52"/>
        <source>Personale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/settings_dialog.py" line="53"/>
        <source>Gennemgå personer uden kontakt i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/settings_dialog.py" line="55"/>
        <source>Personalet vælger sit navn ved start; navnet skrives i loggen. Personer uden kontakt i perioden vises til gennemgang under »Gennemgå gamle personer«; intet slettes uden at nogen vælger det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/settings_dialog.py" line="61"/>
        <source>Gem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/settings_dialog.py" line="62"/>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedEditor</name>
    <message>
        <location filename="../../ui/checklist/editors.py" line="194"/>
        <source>Modtaget dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="195"/>
        <source>Modtaget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <location filename="../../ui/checklist/editors.py" line="175"/>
        <source>fx Røntgen, Regionshospitalet Randers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="176"/>
        <source>Bestilt dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="177"/>
        <source>Afdeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="178"/>
        <source>Bestilt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="45"/>
        <source>Gennemgå gamle personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="63"/>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="64"/>
        <source>Anonymisér valgte …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="68"/>
        <source>Slet valgte …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="74"/>
        <source>Anonymisér beholder statistikken (opkald med dato, udfald og smerteområder) men fjerner navn, adresse, numre og alle noter. Slet fjerner alt om personen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="89"/>
        <source>(uden navn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="97"/>
        <source>{n} person har</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="97"/>
        <source>{n} personer har</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="98"/>
        <source>{n} måned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="98"/>
        <source>{n} måneder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="100"/>
        <source>{people} ikke været i kontakt med klinikken i {period}. Vælg dem, der skal slettes eller anonymiseres (Ctrl-klik vælger flere); resten bliver stående.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="117"/>
        <source>Slet personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="118"/>
        <source>Slet alt om {n} person? Det kan ikke fortrydes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="119"/>
        <source>Slet alt om {n} personer? Det kan ikke fortrydes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="120"/>
        <source>Slet {n} personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="120"/>
        <source>Slet {n} person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="127"/>
        <source>Anonymisér personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="129"/>
        <source>Fjern navn, adresse, numre og noter fra {n} person? Statistikken bliver. Det kan ikke fortrydes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="131"/>
        <source>Fjern navn, adresse, numre og noter fra {n} personer? Statistikken bliver. Det kan ikke fortrydes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="133"/>
        <source>Anonymisér {n} person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="134"/>
        <source>Anonymisér {n} personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="142"/>
        <source>Intet er ændret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanEditor</name>
    <message>
        <location filename="../../ui/checklist/editors.py" line="129"/>
        <source>Scanningsdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="131"/>
        <source>fx Aarhus Universitetshospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="134"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="135"/>
        <source>Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="136"/>
        <source>Taget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="137"/>
        <source>Hvor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="159"/>
        <source>Kan bruges til og med {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="161"/>
        <source>for gammel på konsultationsdagen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendSheetDialog</name>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="89"/>
        <source>Send informationsark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="122"/>
        <source>Udskriv …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="124"/>
        <source>Udskriv arket (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="125"/>
        <source>Gem som PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="126"/>
        <source>E-mail …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="127"/>
        <source>Læg i posten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="128"/>
        <source>Udskrives samlet med dagens post (Filer → Dagens post) og sendes i rudekuvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="130"/>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="165"/>
        <source>(uden navn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="166"/>
        <source>Til: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="170"/>
        <source>Der er ingen postadresse: arket kan udskrives, gemmes og e-mailes, men ikke lægges i posten. Ret adressen i opkaldet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="220"/>
        <source>Klinikkens adresse mangler på brevet. Skriv den øverst, og tryk »Gem adressen« – eller tryk igen for at sende uden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="228"/>
        <source>✓ Klinikkens adresse er gemt og står nu på brevet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="241"/>
        <source>Men det kunne ikke skrives i personens log: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="244"/>
        <source>Skrevet i personens log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="273"/>
        <source>Arket er sendt til printeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="283"/>
        <source>Gem informationsark som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="285"/>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="302"/>
        <source>Gemt som {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="322"/>
        <source>Skriv modtageren i mailprogrammet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="331"/>
        <source>Personen har ingen e-mailadresse: skriv den i mailprogrammet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="333"/>
        <source>Mailprogrammet kunne ikke åbnes; kladden ligger i {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="335"/>
        <source>E-mail-kladden er åbnet i mailprogrammet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="342"/>
        <source>Arket kan ikke lægges i posten: personen har ingen postadresse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="350"/>
        <source>Lagt i posten; det udskrives med dagens post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/printing.py" line="36"/>
        <source>Udskriv informationsark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetSettingsDialog</name>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="48"/>
        <source>Informationsark: rudekuvert og logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="54"/>
        <source>intet logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="55"/>
        <source>Vælg …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="61"/>
        <source>Rudens afstand fra venstre kant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="62"/>
        <source>Rudens afstand fra toppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="63"/>
        <source>Logo (PNG eller JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="64"/>
        <source>Standard for C5/C65-rudekuverter: 20 mm fra venstre og 45 mm fra toppen; ruden er 85 × 45 mm. Udskriv kalibreringssiden i 100 % størrelse, og hold den op mod en kuvert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="76"/>
        <source>Vis kalibreringsside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="77"/>
        <source>Udskriv kalibreringsside …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="79"/>
        <source>Gem kalibreringsside …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="115"/>
        <source>Vælg logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="116"/>
        <source>Billeder (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="128"/>
        <source>Kalibrering af rudekuvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="137"/>
        <source>Gem kalibreringsside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="139"/>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="25"/>
        <source>Tastaturgenveje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="29"/>
        <source>Tast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="29"/>
        <source>Hvad sker der</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffChooserDialog</name>
    <message>
        <location filename="../../ui/privacy/staff_chooser.py" line="29"/>
        <source>Hvem sidder ved skranken?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/staff_chooser.py" line="31"/>
        <source>Vælg dit navn. Det skrives i loggen over, hvem der har set og ændret patienternes oplysninger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/staff_chooser.py" line="46"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/staff_chooser.py" line="47"/>
        <source>Annullér</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="50"/>
        <source>Vis og ret trinnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="67"/>
        <source>Læs forklaringen til patienten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="68"/>
        <source>Forklaring: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="88"/>
        <source>Klaret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="90"/>
        <source>Ikke relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="92"/>
        <source>Mangler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../ui/checklist/fields.py" line="81"/>
        <source>tt.mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../ui/day/today_panel.py" line="54"/>
        <source>Opdatér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="63"/>
        <source>Tilbageringninger i dag og forfaldne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="64"/>
        <source>Hvornår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="64"/>
        <location filename="../../ui/day/today_panel.py" line="73"/>
        <location filename="../../ui/day/today_panel.py" line="83"/>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="64"/>
        <location filename="../../ui/day/today_panel.py" line="83"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="64"/>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="65"/>
        <source>Ingen tilbageringninger i dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="66"/>
        <source>Ring op nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="67"/>
        <location filename="../../ui/day/today_panel.py" line="87"/>
        <source>Vis person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="72"/>
        <source>Ark at sende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="73"/>
        <source>Lovet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="73"/>
        <location filename="../../ui/day/today_panel.py" line="96"/>
        <source>Af</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="73"/>
        <source>Venter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="74"/>
        <source>Ingen ark venter på at blive sendt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="75"/>
        <source>Send ark …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="76"/>
        <source>Ikke nødvendigt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="82"/>
        <source>Mangler før konsultationen (næste {n} dage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="83"/>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="83"/>
        <source>Kl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="84"/>
        <source>Mangler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="85"/>
        <source>Alle konsultationer de næste {n} dage har billeder og aftale om blodfortyndende.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="89"/>
        <source>Ring op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="95"/>
        <source>Opkald, der ikke er afsluttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="96"/>
        <source>Startet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="96"/>
        <source>Navn eller nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="96"/>
        <source>Noter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="97"/>
        <source>Ingen åbne opkald.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="98"/>
        <source>Genoptag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="125"/>
        <source>I dag · {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="137"/>
        <source>(uden navn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="146"/>
        <source>(intet navn endnu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="147"/>
        <source>{n} tegn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="150"/>
        <source>Intet at gøre lige nu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="155"/>
        <source>I dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="157"/>
        <source>1 dag over ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="158"/>
        <source>{n} dage over ({date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="162"/>
        <source>siden i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="163"/>
        <source>1 dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="163"/>
        <source>{n} dage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="168"/>
        <source>billeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="170"/>
        <source>aftale om blodfortyndende</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNoCombo</name>
    <message>
        <location filename="../../ui/checklist/fields.py" line="97"/>
        <source>Ikke afklaret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/fields.py" line="98"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/fields.py" line="99"/>
        <source>Nej</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ElidingButton</name>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="126"/>
        <source>Vis og ret trinnet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
