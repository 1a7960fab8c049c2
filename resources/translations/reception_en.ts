<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../ui/app.py" line="81"/>
        <source>Databasen kunne ikke åbnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="82"/>
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
        <location filename="../../ui/app_session.py" line="56"/>
        <source>Kontrollerer databasen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="70"/>
        <source>Åbner databasen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="101"/>
        <source>Tager sikkerhedskopi af databasen …
Sluk ikke PC&apos;en, før dette vindue er væk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="135"/>
        <source>Sikkerhedskopier …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="138"/>
        <source>Skærmlås …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="159"/>
        <source>Venter på den daglige sikkerhedskopi …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="180"/>
        <source>Gendannet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="181"/>
        <source>Sikkerhedskopien er lagt tilbage, og skærmene viser nu dens oplysninger. Den database, der var i brug, er gemt til side i mappen gemt-til-side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup.py" line="61"/>
        <source>Guldklinikken Reception</source>
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
        <source>Loggen rummer kun id&apos;er og koder; navne slås op nu. En slettet person nævnes ikke.</source>
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
        <location filename="../../ui/safety/backup_dialog.py" line="107"/>
        <source>Sikkerhedskopier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="130"/>
        <source>Tag sikkerhedskopi nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="133"/>
        <source>Læg valgte tilbage …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="137"/>
        <source>Skift mappe …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="140"/>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="149"/>
        <source>Der tages en sikkerhedskopi hver dag og når programmet lukkes. De nyeste 7 dage, 4 uger og 12 måneder gemmes. Læg mappen på en anden disk end datamappen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="163"/>
        <source>Mappe: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="168"/>
        <source>ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="168"/>
        <source>nej</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="173"/>
        <source>Der er ingen sikkerhedskopier i mappen endnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="194"/>
        <source>Sikkerhedskopi taget og kontrolleret: {holds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="202"/>
        <source>Læg sikkerhedskopien fra {time} tilbage?

Den indeholder {holds}. Alt, der er skrevet siden, er ikke med. Den nuværende database flyttes til mappen »gemt-til-side« i datamappen og slettes ikke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="206"/>
        <source>Læg sikkerhedskopi tilbage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="217"/>
        <source>Sikkerhedskopien fra {time} er lagt tilbage. Den tidligere database ligger i {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="227"/>
        <source>Mappen kan ikke bruges: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="230"/>
        <source>Nye sikkerhedskopier gemmes i {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="234"/>
        <source>Mappe til sikkerhedskopier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BloodThinnersEditor</name>
    <message>
        <location filename="../../ui/checklist/editors.py" line="191"/>
        <source>fx Eliquis, Marevan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="192"/>
        <source>Pause aftalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="195"/>
        <location filename="../../ui/checklist/editors.py" line="199"/>
        <source>Pause fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="196"/>
        <source>Tager blodfortyndende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="197"/>
        <source>Hvilken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingEditor</name>
    <message>
        <location filename="../../ui/checklist/editors.py" line="79"/>
        <source>Konsultationsdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="80"/>
        <source>Klokkeslæt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="84"/>
        <source>Dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="85"/>
        <source>Kl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="86"/>
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
        <location filename="../../ui/call/form_widget.py" line="51"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="52"/>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="52"/>
        <source>Fornavn Efternavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="53"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="54"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="54"/>
        <source>Vej og nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="55"/>
        <source>Postnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="57"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="58"/>
        <source>Smerter siden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="59"/>
        <source>fx 3-2024 eller 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="60"/>
        <source>Hørt om klinikken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="61"/>
        <source>fx egen læge, ven, internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="62"/>
        <source>Aftalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="63"/>
        <source>Hvad blev aftalt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="67"/>
        <source>– foretrukken kontakt –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="70"/>
        <source>Må kontaktes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="81"/>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="87"/>
        <source>Nye eller tiltagende smerteområder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="89"/>
        <source>Smerterne kommer hurtigt igen efter behandling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="95"/>
        <source>Noter fra samtalen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="96"/>
        <source>Noter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="153"/>
        <source>Postnr. og by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="157"/>
        <source>Kontakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="158"/>
        <source>Hvem ringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="162"/>
        <source>Hvor gør det ondt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="165"/>
        <source>Hvor længe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="169"/>
        <source>eller siden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="176"/>
        <source>Hvad er prøvet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="178"/>
        <source>Smerter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../ui/call/call_panel.py" line="83"/>
        <source>Nyt opkald (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="86"/>
        <source>Afslut opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="89"/>
        <source>Informationsark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="91"/>
        <source>Send informationsark (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="112"/>
        <source>Fortsæt opkaldet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="115"/>
        <source>Kassér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="136"/>
        <source>Personer der passer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="141"/>
        <source>Ny person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="143"/>
        <source>Opkaldet gælder en person, der ikke er i kartoteket endnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="151"/>
        <source>Historik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="152"/>
        <source>Tjekliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="162"/>
        <source>Hvem ringer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="237"/>
        <source>Opkald i gang – gemmes automatisk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="260"/>
        <source>Opkaldet er ikke gemt: ret de markerede felter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="263"/>
        <source>Opkaldet er ikke gemt – prøv igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="281"/>
        <source>Opkaldet er gemt ({m}:{s:02d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="295"/>
        <source>Gemt kl. {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="299"/>
        <source>Det du har skrevet er bevaret; der prøves igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="318"/>
        <source>ukendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="319"/>
        <source>Et opkald blev ikke afsluttet: {who}, startet {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="322"/>
        <source>(+{n} flere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="401"/>
        <source>{n} opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="408"/>
        <source>{n} personer har dette nummer – vælg den rigtige.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="498"/>
        <source>Vælg personen, eller afslut opkaldet for en ny person, først.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="504"/>
        <source>Vælg personen, eller afslut opkaldet for en ny person, før der sendes et informationsark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="548"/>
        <source>Varighed {m}:{s:02d}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallWorkspace</name>
    <message>
        <location filename="../../ui/call/workspace.py" line="36"/>
        <source>Opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/workspace.py" line="37"/>
        <source>Tilbageringninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/workspace.py" line="42"/>
        <source>Før behandling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/workspace.py" line="43"/>
        <source>Personer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbacksPanel</name>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="42"/>
        <source>Hvornår</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="42"/>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="42"/>
        <source>Telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="42"/>
        <source>Forsøg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="43"/>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="54"/>
        <source>Ring op nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="57"/>
        <source>Intet svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="60"/>
        <source>Klaret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="81"/>
        <source>I dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="82"/>
        <source>{n} dage over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="93"/>
        <source>Ingen tilbageringninger i dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="94"/>
        <source>{n} tilbageringning(er) i dag eller forfaldne.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallersPanel</name>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="43"/>
        <source>Søg navn, telefon, postnummer eller note …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="62"/>
        <source>Ring op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="66"/>
        <source>Send informationsark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="70"/>
        <source>Udlevér oplysninger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="72"/>
        <source>Alt om personen som PDF og JSON (GDPR art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="74"/>
        <source>Slet person …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="77"/>
        <source>Revisionslog …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="79"/>
        <source>Hvem har set og ændret personens oplysninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="86"/>
        <source>Historik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="87"/>
        <source>Tjekliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="131"/>
        <source>{n} personer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistOverview</name>
    <message>
        <location filename="../../ui/checklist/overview.py" line="49"/>
        <source>Vis kun:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="50"/>
        <source>Mangler billeder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="51"/>
        <source>Blodfortyndende: pause ikke aftalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="52"/>
        <source>Scanning for gammel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="80"/>
        <source>Ring op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="83"/>
        <source>Åbn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="86"/>
        <source>Opdatér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="114"/>
        <source>Ingen kommende konsultationer passer på filtrene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="115"/>
        <source>Ingen kommende konsultationer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="117"/>
        <source>1 kommende konsultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="119"/>
        <source>{n} kommende konsultationer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="121"/>
        <source>(filtreret).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../ui/checklist/view.py" line="68"/>
        <location filename="../../ui/checklist/view.py" line="241"/>
        <location filename="../../ui/checklist/view.py" line="245"/>
        <source>Tjekliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="87"/>
        <source>Opret tjekliste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="114"/>
        <source>Forklaring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="116"/>
        <source>Vis trinnets forklaring i Klinikkens viden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="129"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="130"/>
        <source>Mangler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="131"/>
        <source>Klaret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="132"/>
        <source>Ikke relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="141"/>
        <source>Hvorfor ikke relevant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="145"/>
        <source>Gem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="242"/>
        <source>Vælg en person for at se tjeklisten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="246"/>
        <source>Ingen tjekliste endnu. Den oprettes, når opkaldet afsluttes med en booket konsultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="249"/>
        <source>(uden navn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="250"/>
        <source>Tjekliste · {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="322"/>
        <location filename="../../ui/checklist/view.py" line="328"/>
        <source>Ikke gemt: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="341"/>
        <source>Gemt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="28"/>
        <source>Klinikkens oplysninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="31"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="32"/>
        <source>Postnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="33"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="34"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="35"/>
        <source>CVR-nummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="55"/>
        <source>Bruges i brevhovedet på informationsark. Tomme felter udelades.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanionEditor</name>
    <message>
        <location filename="../../ui/checklist/editors.py" line="220"/>
        <source>valgfrit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="221"/>
        <source>Kørsel hjem aftalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="222"/>
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
        <location filename="../../ui/checklist/fields.py" line="38"/>
        <source>dd.mm.åååå</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndCallDialog</name>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="28"/>
        <source>Afslut opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="33"/>
        <source>Hvad blev resultatet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="50"/>
        <source>Hvorfor skal vi ringe tilbage?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="52"/>
        <source>Ring tilbage den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="53"/>
        <source>Grund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="65"/>
        <source>Gem opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="68"/>
        <source>Fortsæt samtalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="95"/>
        <source>Bemærk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="96"/>
        <source>Ret felterne, eller tryk Gem igen for at gemme alligevel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="107"/>
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
        <location filename="../../ui/privacy/export_dialog.py" line="37"/>
        <source>Udlevér oplysninger (indsigt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="42"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {phones}&lt;br&gt;Der er registreret: {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="43"/>
        <source>(uden navn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="47"/>
        <source>Der laves en PDF til at læse og en JSON-fil til andre programmer med alt, hvad klinikken har om personen, og hvem der har set det. Udleveringen skrives i loggen. Filerne indeholder helbredsoplysninger: gem dem kun et sikkert sted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="53"/>
        <source>Vælg en mappe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="54"/>
        <source>Vælg mappe …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="64"/>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="65"/>
        <source>Udlevér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="69"/>
        <source>Åbn mappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="88"/>
        <source>Vælg mappe til filerne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="101"/>
        <source>Personen findes ikke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="106"/>
        <source>{n} kopier af sendte ark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="107"/>
        <source>Gemt i {folder}: {files}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="58"/>
        <source>Søg i viden: fx nakke, piskesmæld, køre bil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="60"/>
        <source>Søg i klinikkens viden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="70"/>
        <source>Søgeresultater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="153"/>
        <source>Intet fundet. Prøv et andet ord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="92"/>
        <source>Tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="97"/>
        <source>Med i informationsarket til den, der ringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="252"/>
        <source>Klinikkens viden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="253"/>
        <source>Skriv et par bogstaver i søgefeltet (Ctrl+F), eller vælg et emne i listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="254"/>
        <source>Pil op/ned vælger et svar, Enter viser det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="260"/>
        <source>{n} tekst kunne ikke indlæses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="261"/>
        <source>{n} tekster kunne ikke indlæses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="262"/>
        <source>Resten virker. Hold musen her for detaljer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="83"/>
        <source>Skærmen er låst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="101"/>
        <source>Lås op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="153"/>
        <source>Forkert – prøv igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="169"/>
        <source>Forkert {n} gang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="169"/>
        <source>Forkert {n} gange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="170"/>
        <source>Prøv igen om {wait}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="182"/>
        <source>{n} sekund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="182"/>
        <source>{n} sekunder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="177"/>
        <source>Prøv igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="184"/>
        <source>{minutes}:{seconds:02d} minutter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="255"/>
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
        <location filename="../../ui/main_window.py" line="41"/>
        <source>Guldklinikken – Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52"/>
        <source>Åbner kartoteket …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Databasen kunne ikke åbnes, så opkald kan ikke gemmes.
Klinikkens viden virker. Se logfilen under Hjælp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189"/>
        <source>Søg i viden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>Klinikkens oplysninger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>Afslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>Åbn logmappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Om programmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>Dagens post …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="213"/>
        <source>Brevindstillinger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Personale og opbevaring …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>Gennemgå gamle personer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Revisionslog …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232"/>
        <source>&amp;Filer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>&amp;Viden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>&amp;Hjælp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Guldklinikken Reception {version}

Data: {data}
Log: {logs}</source>
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
        <location filename="../../ui/sheets/posting_dialog.py" line="61"/>
        <source>Dagens post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="72"/>
        <source>Navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="72"/>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="73"/>
        <source>Indhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="73"/>
        <source>Lagt i posten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="87"/>
        <source>Tag ud af posten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="89"/>
        <source>Lav dagens post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="91"/>
        <source>Hent dagens post igen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="93"/>
        <source>Udskriv …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="95"/>
        <source>Gem som PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="97"/>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="137"/>
        <source>Ingen informationsark venter på at blive sendt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="139"/>
        <source>{n} informationsark venter i posten. »Lav dagens post« samler dem i én PDF til udskrift og markerer dem som sendt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="144"/>
        <source>{title}: udskriv PDF&apos;en, og læg brevene i rudekuverter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="156"/>
        <source>(ingen adresse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="158"/>
        <source>(uden navn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="184"/>
        <source>Der er ikke noget i posten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="188"/>
        <source>✓ {n} ark er markeret som sendt i dag. Udskriv dem nu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="200"/>
        <source>Der er ikke lavet nogen post i dag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="223"/>
        <source>✓ {pages} sider er sendt til printeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="232"/>
        <source>Gem dagens post som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="233"/>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="246"/>
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
        <location filename="../../ui/checklist/editors.py" line="173"/>
        <source>Modtaget dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="174"/>
        <source>Modtaget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <location filename="../../ui/checklist/editors.py" line="154"/>
        <source>fx Røntgen, Regionshospitalet Randers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="155"/>
        <source>Bestilt dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="156"/>
        <source>Afdeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="157"/>
        <source>Bestilt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="44"/>
        <source>Gennemgå gamle personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="62"/>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="63"/>
        <source>Anonymisér valgte …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="67"/>
        <source>Slet valgte …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="73"/>
        <source>Anonymisér beholder statistikken (opkald med dato, udfald og smerteområder) men fjerner navn, adresse, numre og alle noter. Slet fjerner alt om personen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="88"/>
        <source>(uden navn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="97"/>
        <source>{n} personer har ikke været i kontakt med klinikken i {months} måneder. Vælg dem, der skal slettes eller anonymiseres (Ctrl-klik vælger flere); resten bliver stående.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="115"/>
        <source>Slet personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="116"/>
        <source>Slet alt om {n} personer? Det kan ikke fortrydes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="117"/>
        <source>Slet {n} personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="124"/>
        <source>Anonymisér personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="125"/>
        <source>Fjern navn, adresse, numre og noter fra {n} personer? Statistikken bliver. Det kan ikke fortrydes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="127"/>
        <source>Anonymisér {n} personer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="135"/>
        <source>Intet er ændret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanEditor</name>
    <message>
        <location filename="../../ui/checklist/editors.py" line="108"/>
        <source>Scanningsdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="110"/>
        <source>fx Aarhus Universitetshospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="113"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="114"/>
        <source>Område</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="115"/>
        <source>Taget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="116"/>
        <source>Hvor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="138"/>
        <source>Kan bruges til og med {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="140"/>
        <source>for gammel på konsultationsdagen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendSheetDialog</name>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="81"/>
        <source>Send informationsark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="110"/>
        <source>Udskriv …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="112"/>
        <source>Udskriv arket (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="113"/>
        <source>Gem som PDF …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="114"/>
        <source>E-mail …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="115"/>
        <source>Læg i posten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="116"/>
        <source>Udskrives samlet med dagens post (Filer → Dagens post) og sendes i rudekuvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="118"/>
        <source>Luk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="151"/>
        <source>(uden navn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="152"/>
        <source>Til: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="156"/>
        <source>Der er ingen postadresse: arket kan udskrives, gemmes og e-mailes, men ikke lægges i posten. Ret adressen i opkaldet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="201"/>
        <source>Men det kunne ikke skrives i personens log: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="204"/>
        <source>Skrevet i personens log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="229"/>
        <source>Arket er sendt til printeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="239"/>
        <source>Gem informationsark som PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="241"/>
        <source>PDF-filer (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="258"/>
        <source>Gemt som {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="277"/>
        <source>Skriv modtageren i mailprogrammet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="286"/>
        <source>Personen har ingen e-mailadresse: skriv den i mailprogrammet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="288"/>
        <source>Mailprogrammet kunne ikke åbnes; kladden ligger i {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="290"/>
        <source>E-mail-kladden er åbnet i mailprogrammet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="297"/>
        <source>Arket kan ikke lægges i posten: personen har ingen postadresse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="303"/>
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
        <location filename="../../ui/checklist/step_row.py" line="49"/>
        <source>Vis og ret trinnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="66"/>
        <source>Læs forklaringen til patienten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="67"/>
        <source>Forklaring: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="87"/>
        <source>Klaret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="89"/>
        <source>Ikke relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="91"/>
        <source>Mangler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../ui/checklist/fields.py" line="79"/>
        <source>tt.mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YesNoCombo</name>
    <message>
        <location filename="../../ui/checklist/fields.py" line="95"/>
        <source>Ikke afklaret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/fields.py" line="96"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/checklist/fields.py" line="97"/>
        <source>Nej</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
