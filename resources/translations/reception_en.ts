<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="da_DK">
<context>
    <name></name>
    <message>
        <location filename="../../ui/app.py" line="85"/>
        <source>Databasen kunne ikke åbnes</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="86"/>
        <source>Klinikkens database kunne ikke åbnes:
{path}

{error}

Vidensdelen virker stadig. Luk programmet og kontakt jeres IT-ansvarlige.</source>
        <translation>The clinic&apos;s database could not be opened:
{path}

{error}

Clinic knowledge still works. Close the program and contact your IT support.</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="20"/>
        <source>Der skete en uventet fejl. Programmet kører videre, og det du har skrevet er ikke slettet.

Hvis fejlen kommer igen, så send logfilen til jeres IT-ansvarlige:
{path}</source>
        <translation>An unexpected error occurred. The program keeps running, and nothing you typed has been lost.

If the error happens again, send the log file to your IT support:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="43"/>
        <source>Uventet fejl</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="61"/>
        <source>Kontrollerer databasen …</source>
        <translation>Checking the database …</translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="76"/>
        <source>Åbner databasen …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="116"/>
        <source>Tager sikkerhedskopi af databasen …
Sluk ikke PC&apos;en, før dette vindue er væk.</source>
        <translation>Backing up the database …
Do not turn off the PC until this window has closed.</translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="155"/>
        <source>Sikkerhedskopier …</source>
        <translation>Backups …</translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="150"/>
        <source>Skærmlås …</source>
        <translation>Screen lock …</translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="177"/>
        <source>Venter på den daglige sikkerhedskopi …</source>
        <translation>Waiting for the daily backup …</translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="211"/>
        <source>Databasen kunne ikke åbnes igen</source>
        <translation>The database could not be reopened</translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="212"/>
        <source>Databasen kunne ikke åbnes igen, så intet nyt kan gemmes lige nu. Det, der var skrevet, blev gemt før. Luk programmet, bed jeres IT-ansvarlige se på datamappen, og start programmet igen.

{error}</source>
        <translation>The database could not be reopened, so nothing new can be saved right now. What was typed had already been saved. Close the program, ask your IT support to look at the data folder, and start the program again.

{error}</translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="219"/>
        <source>Gendannet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../ui/app_session.py" line="220"/>
        <source>Sikkerhedskopien er lagt tilbage, og skærmene viser nu dens oplysninger. Den database, der var i brug, er gemt til side i mappen gemt-til-side.</source>
        <translation>The backup has been restored, and the screens now show its data. The database that was in use has been set aside in the folder gemt-til-side.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup.py" line="73"/>
        <source>Guldklinikken Reception</source>
        <translation>Guldklinikken Reception</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup.py" line="77"/>
        <source>Afbrudt handling</source>
        <translation>Interrupted action</translation>
    </message>
    <message>
        <location filename="../../ui/safety/startup.py" line="158"/>
        <source>Programmet kører allerede på denne datamappe{owner}. Databasen ligger på klinikkens server, men hvert skrivebord har sin egen datamappe (log, indstillinger, udbakke). Brug den kopi, der allerede kører, eller start denne med en anden datamappe (--data-dir).</source>
        <translation>The program is already running on this data folder{owner}. The database is on the clinic&apos;s server, but each desk has its own data folder (log, settings, outbox). Use the copy that is already running, or start this one with another data folder (--data-dir).</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="35"/>
        <source>Nyt opkald</source>
        <translation>New call</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="36"/>
        <source>Afslut opkaldet (vælg udfald og gem)</source>
        <translation>End the call (choose the outcome and save)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="38"/>
        <source>Skift til opkald nr. 1–9 i rækken af åbne opkald</source>
        <translation>Switch to call 1–9 in the row of open calls</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="39"/>
        <source>Send informationsark til den, der ringer</source>
        <translation>Send an information sheet to the caller</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="41"/>
        <source>Næste eller forrige felt, også ud af noterne (der skrives aldrig tabulatortegn i noterne)</source>
        <translation>Next or previous field, also out of the notes (notes never get tab characters)</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="43"/>
        <source>Søg i klinikkens viden</source>
        <translation>Search the clinic&apos;s knowledge</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="45"/>
        <source>I søgefeltet: tilbage til feltet, du skrev i før Ctrl+F</source>
        <translation>In the search box: back to the field you were typing in before Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="46"/>
        <source>I søgefeltet: vælg et svar</source>
        <translation>In the search box: choose an answer</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="47"/>
        <source>Skjul eller vis klinikkens viden</source>
        <translation>Hide or show the clinic&apos;s knowledge</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="48"/>
        <source>Fanen Opkald</source>
        <translation>The Calls tab</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="49"/>
        <source>Fanen I dag</source>
        <translation>The Today tab</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="50"/>
        <source>Fanen Tilbageringninger</source>
        <translation>The Callbacks tab</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="51"/>
        <source>Fanen Før behandling</source>
        <translation>The Before treatment tab</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="52"/>
        <source>Fanen Personer</source>
        <translation>The People tab</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="53"/>
        <source>Fanen Overblik</source>
        <translation>The Overview tab</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="54"/>
        <source>Lås skærmen</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="55"/>
        <source>Denne liste over tastaturgenveje</source>
        <translation>This list of keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts.py" line="56"/>
        <source>Afslut programmet</source>
        <translation>Quit the program</translation>
    </message>
    <message>
        <location filename="../../ui/language_menu.py" line="27"/>
        <source>&amp;Sprog</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/language_menu.py" line="45"/>
        <source>Sproget skiftes, næste gang programmet starter.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../ui/language_menu.py" line="48"/>
        <source>Sproget er valgt i miljøvariablen {name}; valget her gælder, når den ikke er sat.</source>
        <translation>The language is set by the environment variable {name}; the choice here applies when it is not set.</translation>
    </message>
    <message>
        <location filename="../../ui/language_menu.py" line="51"/>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="36"/>
        <source>Afsnit skilles af en tom linje; en linje, der starter med »- «, er et punkt.</source>
        <translation>Paragraphs are separated by an empty line; a line starting with »- « is a bullet.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="37"/>
        <source>Én pr. linje.</source>
        <translation>One per line.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="38"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="38"/>
        <source>Små bogstaver a-z, tal og »-«, fx pris-konsultation.</source>
        <translation>Lower-case letters a-z, digits and »-«, e.g. pris-konsultation.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="41"/>
        <source>Spørgsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="42"/>
        <source>Svar (læses op)</source>
        <translation>Answer (read aloud)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="43"/>
        <location filename="../../ui/texts/form.py" line="55"/>
        <source>Uddybning</source>
        <translation>More detail</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="44"/>
        <source>Emne</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="44"/>
        <source>Samler svarene, når man bladrer.</source>
        <translation>Groups the answers when browsing.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="45"/>
        <location filename="../../ui/texts/form.py" line="49"/>
        <location filename="../../ui/texts/form.py" line="67"/>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="46"/>
        <location filename="../../ui/texts/form.py" line="51"/>
        <location filename="../../ui/texts/form.py" line="56"/>
        <location filename="../../ui/texts/form.py" line="61"/>
        <source>Søgeord</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="47"/>
        <source>Andre måder at spørge på</source>
        <translation>Other ways of asking</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="49"/>
        <location filename="../../ui/texts/form.py" line="58"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="50"/>
        <source>Kort fortalt (2–4 punkter)</source>
        <translation>In brief (2–4 points)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="53"/>
        <source>Overskrift</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="54"/>
        <source>Kort fortalt (læses op)</source>
        <translation>In brief (read aloud)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="59"/>
        <source>Kort (én sætning til telefonen)</source>
        <translation>Short (one sentence for the phone)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="60"/>
        <source>Forklaring</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="62"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="62"/>
        <source>Telefon (+45…)</source>
        <translation>Phone (+45…)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="63"/>
        <source>Læge</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="64"/>
        <source>Behandlet med guld siden</source>
        <translation>Treating with gold since</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="65"/>
        <source>Godkendelse</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../ui/texts/form.py" line="66"/>
        <source>Om klinikken</source>
        <translation>About the clinic</translation>
    </message>
    <message>
        <location filename="../../ui/texts/preview.py" line="53"/>
        <source>Sådan står det på informationsarket.</source>
        <translation>This is how it appears on the information sheet.</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="39"/>
        <source>Hele perioden</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="40"/>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="41"/>
        <source>Sidste 7 dage</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="42"/>
        <source>Sidste 30 dage</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="43"/>
        <source>Sidste 365 dage</source>
        <translation>Last 365 days</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="53"/>
        <source>Revisionslog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="55"/>
        <source>person nr. {n}</source>
        <translation>person no. {n}</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="69"/>
        <source>Medarbejder:</source>
        <translation>Staff member:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="72"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="90"/>
        <source>Loggen gemmer kun id&apos;er og koder; navne og ord slås op, når loggen vises. En slettet person nævnes ikke.</source>
        <translation>The log stores only ids and codes; names and words are looked up when the log is shown. A deleted person is not named.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="109"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="113"/>
        <location filename="../../ui/privacy/audit_dialog.py" line="129"/>
        <source>Revisionsloggen kan ikke læses</source>
        <translation>The audit log cannot be read</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="132"/>
        <source>{n} hændelse</source>
        <translation>{n} event</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/audit_dialog.py" line="132"/>
        <source>{n} hændelser</source>
        <translation>{n} events</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/models/audit_model.py" line="18"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="19"/>
        <source>Medarbejder</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="20"/>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="21"/>
        <source>Om</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit_model.py" line="22"/>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="54"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="55"/>
        <source>Indhold</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="56"/>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="57"/>
        <source>Krypteret</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="114"/>
        <source>Sikkerhedskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="137"/>
        <source>Tag sikkerhedskopi nu</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="140"/>
        <source>Læg valgte tilbage …</source>
        <translation>Restore selected …</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="144"/>
        <source>Skift mappe …</source>
        <translation>Change folder …</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="147"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="156"/>
        <source>Der tages en sikkerhedskopi hver dag og når programmet lukkes. De nyeste 7 dage, 4 uger og 12 måneder gemmes. Læg mappen på en anden disk end datamappen.</source>
        <translation>A backup is taken every day and when the program closes. The latest 7 days, 4 weeks and 12 months are kept. Put the folder on a different disk from the data folder.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="170"/>
        <source>Mappe: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="175"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="175"/>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="180"/>
        <source>Der er ingen sikkerhedskopier i mappen endnu.</source>
        <translation>There are no backups in the folder yet.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="201"/>
        <source>Sikkerhedskopi taget og kontrolleret: {holds}.</source>
        <translation>Backup taken and checked: {holds}.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="209"/>
        <source>Læg sikkerhedskopien fra {time} tilbage?

Den indeholder {holds}. Alt, der er skrevet siden, er ikke med. Den nuværende database flyttes til mappen »gemt-til-side« i datamappen og slettes ikke.</source>
        <translation>Restore the backup from {time}?

It holds {holds}. Anything written since then is not in it. The current database is moved to the folder “gemt-til-side” in the data folder and is not deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="213"/>
        <source>Læg sikkerhedskopi tilbage</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="231"/>
        <source>Sikkerhedskopien fra {time} er lagt tilbage. Den tidligere database ligger i {aside}.</source>
        <translation>The backup from {time} has been restored. The previous database is in {aside}.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="242"/>
        <source>Disken er fuld, så sikkerhedskopien er ikke lagt tilbage. Databasen i brug er ikke ændret. Frigør plads på disken, og prøv igen.</source>
        <translation>The disk is full, so the backup was not restored. The database in use is unchanged. Free some space on the disk and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="245"/>
        <source>Programmet må ikke skrive i datamappen, så sikkerhedskopien er ikke lagt tilbage. Databasen i brug er ikke ændret. Bed jeres IT-ansvarlige om at rette adgangen til datamappen, og prøv igen.</source>
        <translation>The program is not allowed to write in the data folder, so the backup was not restored. The database in use is unchanged. Ask your IT support to fix the access to the data folder, and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="248"/>
        <source>Sikkerhedskopien kunne ikke lægges tilbage: {reason} Databasen i brug er ikke ændret.</source>
        <translation>The backup could not be restored: {reason} The database in use is unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="258"/>
        <source>Mappen kan ikke bruges: {error}</source>
        <translation>The folder cannot be used: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="261"/>
        <source>Nye sikkerhedskopier gemmes i {folder}.</source>
        <translation>New backups are saved in {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backup_dialog.py" line="265"/>
        <source>Mappe til sikkerhedskopier</source>
        <translation>Folder for backups</translation>
    </message>
</context>
<context>
    <name>BloodThinnersEditor</name>
    <message>
        <location filename="../../ui/checklist/editors.py" line="212"/>
        <source>fx Eliquis, Marevan</source>
        <translation>e.g. Eliquis, Marevan</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="213"/>
        <source>Pause aftalt</source>
        <translation>Pause agreed</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="216"/>
        <location filename="../../ui/checklist/editors.py" line="220"/>
        <source>Pause fra</source>
        <translation>Pause from</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="217"/>
        <source>Tager blodfortyndende</source>
        <translation>Takes blood thinners</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="218"/>
        <source>Hvilken</source>
        <translation>Which</translation>
    </message>
</context>
<context>
    <name>BookingEditor</name>
    <message>
        <location filename="../../ui/checklist/editors.py" line="84"/>
        <source>Konsultationsdato</source>
        <translation>Consultation date</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="85"/>
        <source>Klokkeslæt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="94"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="95"/>
        <source>Kl.</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="97"/>
        <source>Behandles</source>
        <translation>Treated</translation>
    </message>
</context>
<context>
    <name>BrowseTree</name>
    <message>
        <location filename="../../ui/knowledge/browse_tree.py" line="20"/>
        <source>Emner</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/browse_tree.py" line="30"/>
        <source>Sygdomme</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/browse_tree.py" line="36"/>
        <source>Spørgsmål og svar</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/browse_tree.py" line="44"/>
        <source>Før en guldbehandling</source>
        <translation>Before a gold treatment</translation>
    </message>
</context>
<context>
    <name>CallFormWidget</name>
    <message>
        <location filename="../../ui/call/form_widget.py" line="52"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="53"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="53"/>
        <source>Fornavn Efternavn</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="54"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="55"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="55"/>
        <source>Vej og nummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="56"/>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="58"/>
        <source>By</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="59"/>
        <source>Smerter siden</source>
        <translation>Pain since</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="60"/>
        <source>fx 3-2024 eller 2022</source>
        <translation>e.g. 3-2024 or 2022</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="61"/>
        <source>Hørt om klinikken</source>
        <translation>Heard about the clinic</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="62"/>
        <source>fx egen læge, ven, internet</source>
        <translation>e.g. own doctor, friend, internet</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="63"/>
        <source>Aftalt</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="64"/>
        <source>Hvad blev aftalt?</source>
        <translation>What was agreed?</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="71"/>
        <source>– foretrukken kontakt –</source>
        <translation>– preferred contact –</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="74"/>
        <source>Må kontaktes</source>
        <translation>May be contacted</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="87"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="93"/>
        <source>Nye eller tiltagende smerteområder</source>
        <translation>New or increasing pain areas</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="95"/>
        <source>Smerterne kommer hurtigt igen efter behandling</source>
        <translation>The pain comes back soon after treatment</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="101"/>
        <source>Noter fra samtalen …</source>
        <translation>Notes from the conversation …</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="102"/>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="160"/>
        <source>Postnr. og by</source>
        <translation>Postcode and town</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="164"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="165"/>
        <source>Hvem ringer</source>
        <translation>Who is calling</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="170"/>
        <source>Hvor gør det ondt?</source>
        <translation>Where does it hurt?</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="173"/>
        <source>Hvor længe:</source>
        <translation>How long:</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="178"/>
        <source>eller siden:</source>
        <translation>or since:</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="188"/>
        <source>Hvad er prøvet?</source>
        <translation>What has been tried?</translation>
    </message>
    <message>
        <location filename="../../ui/call/form_widget.py" line="189"/>
        <source>Smerter</source>
        <translation>Pain</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../ui/call/call_panel.py" line="107"/>
        <source>Informationsark</source>
        <translation>Information sheet</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="511"/>
        <source>Et opkald blev ikke afsluttet: {who}, startet {when}. Det ligger på hold øverst.</source>
        <translation>A call was not ended: {who}, started {when}. It is on hold at the top.</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="515"/>
        <source>(+{n} mere)</source>
        <translation>(+{n} more)</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="768"/>
        <source>Send informationsark (Ctrl+P)</source>
        <translation>Send information sheet (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="133"/>
        <source>Fortsæt opkaldet</source>
        <translation>Continue the call</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="99"/>
        <source>Nyt opkald ({key})</source>
        <translation>New call ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="103"/>
        <source>Afslut opkald ({key})</source>
        <translation>End call ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="110"/>
        <source>Send informationsark ({key})</source>
        <translation>Send information sheet ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="136"/>
        <source>Kassér</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="159"/>
        <source>Personer der passer</source>
        <translation>Matching people</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="165"/>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="167"/>
        <source>Opkaldet gælder en person, der ikke er i kartoteket endnu</source>
        <translation>The call is about a person who is not in the records yet</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="181"/>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="182"/>
        <source>Tjekliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="196"/>
        <source>Hvem ringer?</source>
        <translation>Who is calling?</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="276"/>
        <source>Opkaldet findes ikke længere.</source>
        <translation>The call no longer exists.</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="303"/>
        <source>et opkald uden navn</source>
        <translation>a call without a name</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="306"/>
        <source>{who} er sat på hold ({n}. i rækken øverst) med det du skrev; det er ikke gemt endnu, men bliver gemt, så snart databasen kan bruges igen.</source>
        <translation>{who} is on hold (no. {n} in the row at the top) with what you typed; it is not saved yet, but will be as soon as the database can be used again.</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="310"/>
        <source>{who} er sat på hold og gemt – Ctrl+{n} skifter tilbage.</source>
        <translation>{who} is on hold and saved – Ctrl+{n} switches back.</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="330"/>
        <source>Opkald i gang – gemmes automatisk.</source>
        <translation>Call in progress – saved automatically.</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="367"/>
        <source>I telefonen hos {desks}</source>
        <translation>On the phone at {desks}</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="376"/>
        <source>i telefonen hos {desks}</source>
        <translation>on the phone at {desks}</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="407"/>
        <source>Opkaldet er ikke gemt: ret de markerede felter.</source>
        <translation>The call is not saved: correct the marked fields.</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="410"/>
        <source>Opkaldet er ikke gemt – prøv igen.</source>
        <translation>The call is not saved – try again.</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="421"/>
        <source>Opkaldet er gemt ({m}:{s:02d}).</source>
        <translation>The call is saved ({m}:{s:02d}).</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="424"/>
        <source>opkaldet uden navn</source>
        <translation>the call without a name</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="425"/>
        <source>Nu vises {who}, som var på hold.</source>
        <translation>Now showing {who}, who was on hold.</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="456"/>
        <source>Gemt kl. {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="464"/>
        <source>Det du har skrevet er bevaret; der prøves igen.</source>
        <translation>What you typed is kept; trying again.</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="466"/>
        <source>Det du har skrevet i {n} opkald er bevaret i rækken øverst; der prøves igen.</source>
        <translation>What you typed in {n} calls is kept in the row at the top; trying again.</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="480"/>
        <source>Et åbent opkald er lukket, fordi personen er slettet fra kartoteket.</source>
        <translation>An open call was closed because the person was deleted from the records.</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="510"/>
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="769"/>
        <source>Skriv først personens navn eller nummer.</source>
        <translation>First type the person&apos;s name or number.</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="779"/>
        <source>Start et opkald eller vælg en person i Personer, før der sendes et informationsark.</source>
        <translation>Start a call or choose a person under People before sending an information sheet.</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="516"/>
        <source>(+{n} flere)</source>
        <translation>(+{n} more)</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="601"/>
        <source>{n} opkald</source>
        <translation>{n} calls</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="610"/>
        <source>{n} personer har dette nummer – vælg den rigtige.</source>
        <translation>{n} people have this number – choose the right one.</translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="826"/>
        <source>Varighed {m}:{s:02d}</source>
        <translation>Duration {m}:{s:02d}</translation>
    </message>
</context>
<context>
    <name>CallWorkspace</name>
    <message>
        <location filename="../../ui/call/workspace.py" line="44"/>
        <source>Opkald</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../ui/call/workspace.py" line="47"/>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/call/workspace.py" line="48"/>
        <source>Tilbageringninger</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <location filename="../../ui/call/workspace.py" line="53"/>
        <source>Før behandling</source>
        <translation>Before treatment</translation>
    </message>
    <message>
        <location filename="../../ui/call/workspace.py" line="54"/>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/call/workspace.py" line="60"/>
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>CallbacksPanel</name>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="56"/>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="56"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="56"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="56"/>
        <source>Forsøg</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="57"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="57"/>
        <source>Ringes op af</source>
        <translation>Being called by</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="68"/>
        <source>Ring op nu</source>
        <translation>Call now</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="71"/>
        <source>Intet svar</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="74"/>
        <source>Klaret</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="126"/>
        <source>et andet opkald</source>
        <translation>another call</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="138"/>
        <source>{n} dag over</source>
        <translation>{n} day overdue</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="140"/>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="149"/>
        <source>{n} tilbageringning i dag eller forfalden.</source>
        <translation>{n} callback today or overdue.</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="150"/>
        <source>{n} tilbageringninger i dag eller forfaldne.</source>
        <translation>{n} callbacks today or overdue.</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="153"/>
        <source>Desuden {n} i de kommende {days} dage.</source>
        <translation>Also {n} in the next {days} days.</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="183"/>
        <source>Ringes allerede op</source>
        <translation>Already being called</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="184"/>
        <source>{name} ringes allerede op af {who}. Ring alligevel?</source>
        <translation>{name} is already being called by {who}. Call anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="185"/>
        <source>Personen</source>
        <translation>The person</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="138"/>
        <source>{n} dage over</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="142"/>
        <source>I morgen</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="143"/>
        <source>Om {n} dage</source>
        <translation>In {n} days</translation>
    </message>
    <message>
        <location filename="../../ui/call/callbacks_panel.py" line="147"/>
        <source>Ingen tilbageringninger i dag.</source>
        <translation>No callbacks today.</translation>
    </message>
</context>
<context>
    <name>CallersPanel</name>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="44"/>
        <source>Søg navn, telefon, postnummer eller note …</source>
        <translation>Search name, phone, postcode or note …</translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="63"/>
        <source>Ring op</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="67"/>
        <source>Send informationsark</source>
        <translation>Send information sheet</translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="71"/>
        <source>Udlevér oplysninger …</source>
        <translation>Export personal data …</translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="73"/>
        <source>Alt om personen som PDF og JSON (GDPR art. 15)</source>
        <translation>Everything about the person as PDF and JSON (GDPR art. 15)</translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="75"/>
        <source>Slet person …</source>
        <translation>Delete person …</translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="78"/>
        <source>Revisionslog …</source>
        <translation>Audit log …</translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="80"/>
        <source>Hvem har set og ændret personens oplysninger</source>
        <translation>Who has seen and changed the person&apos;s data</translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="87"/>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="88"/>
        <source>Tjekliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="131"/>
        <source>{n} personer</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="131"/>
        <source>{n} person</source>
        <translation>{n} person</translation>
    </message>
</context>
<context>
    <name>CallersTableModel</name>
    <message>
        <location filename="../../ui/models/callers_model.py" line="25"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers_model.py" line="26"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers_model.py" line="27"/>
        <source>Postnr.</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers_model.py" line="28"/>
        <source>By</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers_model.py" line="29"/>
        <source>Opkald</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers_model.py" line="30"/>
        <source>Seneste opkald</source>
        <translation>Latest call</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers_model.py" line="31"/>
        <source>Tjekliste</source>
        <translation>Checklist</translation>
    </message>
</context>
<context>
    <name>ChecklistOverview</name>
    <message>
        <location filename="../../ui/checklist/overview.py" line="61"/>
        <source>Vis kun:</source>
        <translation>Show only:</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="62"/>
        <source>Mangler billeder</source>
        <translation>Images missing</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="63"/>
        <source>Blodfortyndende: pause ikke aftalt</source>
        <translation>Blood thinners: pause not agreed</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="64"/>
        <source>Scanning for gammel</source>
        <translation>Scan too old</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="95"/>
        <source>Ring op</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="98"/>
        <source>Åbn</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="101"/>
        <source>Opdatér</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="143"/>
        <source>Over {n} kommende konsultationer; de {n} første vises.</source>
        <translation>Over {n} upcoming consultations; the first {n} are shown.</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="146"/>
        <source>Ingen kommende konsultationer passer på filtrene.</source>
        <translation>No upcoming consultations match the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="147"/>
        <source>Ingen kommende konsultationer.</source>
        <translation>No upcoming consultations.</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="149"/>
        <source>1 kommende konsultation.</source>
        <translation>1 upcoming consultation.</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="151"/>
        <source>{n} kommende konsultationer.</source>
        <translation>{n} upcoming consultations.</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview.py" line="153"/>
        <source>(filtreret).</source>
        <translation>(filtered).</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../ui/checklist/view.py" line="76"/>
        <location filename="../../ui/checklist/view.py" line="268"/>
        <location filename="../../ui/checklist/view.py" line="276"/>
        <source>Tjekliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="97"/>
        <source>Opret tjekliste</source>
        <translation>Create checklist</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="124"/>
        <source>Forklaring</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="126"/>
        <source>Vis trinnets forklaring i Klinikkens viden</source>
        <translation>Show the step&apos;s explanation in Clinic knowledge</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="142"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="143"/>
        <source>Mangler</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="144"/>
        <source>Klaret</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="145"/>
        <source>Ikke relevant</source>
        <translation>Not relevant</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="154"/>
        <source>Hvorfor ikke relevant?</source>
        <translation>Why not relevant?</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="157"/>
        <location filename="../../ui/checklist/view.py" line="419"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="270"/>
        <source>Personen er ikke i kartoteket endnu. Opret tjeklisten nu, så gemmes personen med det samme.</source>
        <translation>The person is not in the records yet. Create the checklist now, and the person is saved at once.</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="273"/>
        <source>Vælg en person for at se tjeklisten.</source>
        <translation>Choose a person to see the checklist.</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="277"/>
        <source>Ingen tjekliste endnu. Opret den nu, eller den oprettes, når opkaldet afsluttes som booket.</source>
        <translation>No checklist yet. Create it now, or it is created when the call ends as booked.</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="410"/>
        <source>Ikke gemt endnu. Tryk »Gem alligevel« for at gemme, eller ret dato og klokkeslæt.</source>
        <translation>Not saved yet. Press “Save anyway” to save, or correct the date and time.</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="413"/>
        <source>Gem alligevel</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="280"/>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="281"/>
        <source>Tjekliste · {name}</source>
        <translation>Checklist · {name}</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="370"/>
        <location filename="../../ui/checklist/view.py" line="378"/>
        <source>Ikke gemt: {problem}</source>
        <translation>Not saved: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/view.py" line="392"/>
        <source>Gemt.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ClinicAddressPanel</name>
    <message>
        <location filename="../../ui/sheets/clinic_address.py" line="34"/>
        <source>Klinikkens adresse er ikke udfyldt, så brevet har ingen afsenderadresse. Skriv den her, så kommer den med på dette og alle senere breve:</source>
        <translation>The clinic&apos;s address is not filled in, so the letter has no sender address. Type it here, and it goes on this and every later letter:</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/clinic_address.py" line="38"/>
        <source>Adresse, fx Guldvej 1</source>
        <translation>Address, e.g. Guldvej 1</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/clinic_address.py" line="39"/>
        <source>Postnr.</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/clinic_address.py" line="41"/>
        <source>By</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/clinic_address.py" line="42"/>
        <source>Gem adressen</source>
        <translation>Save the address</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/clinic_address.py" line="76"/>
        <source>Skriv både adressen og postnummer og by.</source>
        <translation>Type both the address and postcode and town.</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="31"/>
        <source>Man</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="32"/>
        <source>Tir</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="33"/>
        <source>Ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="34"/>
        <source>Tor</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="35"/>
        <source>Fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="36"/>
        <source>Lør</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="37"/>
        <source>Søn</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="44"/>
        <source>Klinikkens oplysninger</source>
        <translation>Clinic details</translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="47"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="48"/>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="49"/>
        <source>By</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="50"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="51"/>
        <source>CVR-nummer</source>
        <translation>CVR number</translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="89"/>
        <source>Åbningsdage</source>
        <translation>Opening days</translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="90"/>
        <source>Bruges i brevhovedet på informationsark. Tomme felter udelades. En konsultation på en lukkedag eller en helligdag giver en advarsel, før den gemmes.</source>
        <translation>Used in the letterhead of information sheets. Empty fields are left out. A consultation on a closed day or a public holiday gives a warning before it is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/clinic_settings_dialog.py" line="111"/>
        <source>Vælg mindst én åbningsdag.</source>
        <translation>Choose at least one opening day.</translation>
    </message>
</context>
<context>
    <name>ClinicTextsDialog</name>
    <message>
        <location filename="../../ui/texts/editor.py" line="67"/>
        <source>Klinikkens tekster</source>
        <translation>The clinic&apos;s texts</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="87"/>
        <source>Tekster</source>
        <translation>Texts</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="91"/>
        <source>Nyt spørgsmål</source>
        <translation>New question</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="95"/>
        <source>Ny sygdom</source>
        <translation>New condition</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="98"/>
        <location filename="../../ui/texts/editor.py" line="414"/>
        <source>Nyt afsnit</source>
        <translation>New section</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="100"/>
        <source>Et nyt afsnit til den valgte sygdom</source>
        <translation>A new section for the selected condition</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="117"/>
        <source>Kræver lægens godkendelse (vises som udkast)</source>
        <translation>Needs the doctor&apos;s approval (shown as a draft)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="124"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="128"/>
        <source>Godkend udkastet</source>
        <translation>Approve the draft</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="131"/>
        <source>Programmets tekst igen</source>
        <translation>The program&apos;s text again</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="133"/>
        <source>Brug teksten, som programmet kom med</source>
        <translation>Use the text the program came with</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="156"/>
        <source>I klinikkens viden:</source>
        <translation>In the clinic&apos;s knowledge:</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="158"/>
        <source>På informationsarket:</source>
        <translation>On the information sheet:</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="168"/>
        <source>Hent denne version frem</source>
        <translation>Bring back this version</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="171"/>
        <source>Behold klinikkens tekst</source>
        <translation>Keep the clinic&apos;s text</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="174"/>
        <source>Brug programmets nye tekst</source>
        <translation>Use the program&apos;s new text</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="181"/>
        <location filename="../../ui/texts/editor.py" line="598"/>
        <source>Den valgte version</source>
        <translation>The selected version</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="184"/>
        <source>Teksten nu</source>
        <translation>The text now</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="201"/>
        <source>Visning</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="202"/>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="213"/>
        <source>Eksporter …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="216"/>
        <source>Importer …</source>
        <translation>Import …</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="219"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="257"/>
        <source>Hvad koster en konsultation?</source>
        <translation>What does a consultation cost?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="258"/>
        <source>Hvor ligger klinikken?</source>
        <translation>Where is the clinic?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="259"/>
        <source>Hvornår har klinikken åbent?</source>
        <translation>When is the clinic open?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="260"/>
        <source>Hvor kan jeg parkere?</source>
        <translation>Where can I park?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="261"/>
        <source>Hvordan melder jeg afbud?</source>
        <translation>How do I cancel?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="280"/>
        <location filename="../../ui/texts/editor.py" line="568"/>
        <source>udkast</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="282"/>
        <source>ændret</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="284"/>
        <source>opdateret af programmet</source>
        <translation>updated by the program</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="291"/>
        <location filename="../../ui/texts/editor.py" line="384"/>
        <source>Spørgsmål og svar</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="297"/>
        <source>Sygdomme</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="302"/>
        <source>Før en guldbehandling</source>
        <translation>Before a gold treatment</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="306"/>
        <location filename="../../ui/texts/editor.py" line="386"/>
        <source>Klinikkens oplysninger</source>
        <translation>Clinic details</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="318"/>
        <source>En programopdatering har ændret {n} tekst, som klinikken også har ændret. Klinikkens tekst vises stadig. Vælg den (mærket »opdateret af programmet«) og se begge under Historik.</source>
        <translation>A program update has changed {n} text that the clinic had also changed. The clinic&apos;s text is still shown. Select it (marked »updated by the program«) and see both under History.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="321"/>
        <source>En programopdatering har ændret {n} tekster, som klinikken også har ændret. Klinikkens tekster vises stadig. Vælg dem (mærket »opdateret af programmet«) og se begge under Historik.</source>
        <translation>A program update has changed {n} texts that the clinic had also changed. The clinic&apos;s texts are still shown. Select them (marked »updated by the program«) and see both under History.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="353"/>
        <source>Vælg en tekst i listen, eller lav en ny.</source>
        <translation>Select a text in the list, or make a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="366"/>
        <source>Første afsnit</source>
        <translation>First section</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="384"/>
        <source>Sygdom</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="385"/>
        <source>Afsnit af en sygdom</source>
        <translation>Section of a condition</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="385"/>
        <source>Trin før en guldbehandling</source>
        <translation>Step before a gold treatment</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="388"/>
        <source>{kind} (ny)</source>
        <translation>{kind} (new)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="399"/>
        <source>Praktisk</source>
        <translation>Practical</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="400"/>
        <location filename="../../ui/texts/editor.py" line="409"/>
        <source>Klinikken</source>
        <translation>The clinic</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="415"/>
        <source>Vælg først den sygdom, afsnittet hører til.</source>
        <translation>First select the condition the section belongs to.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="471"/>
        <source>Skal udfyldes.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="486"/>
        <source>Visningen kommer, når de røde fejl er rettet.</source>
        <translation>The preview appears when the errors in red are corrected.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="522"/>
        <source>Gemt.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="522"/>
        <source>Ingen ændringer at gemme.</source>
        <translation>No changes to save.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="528"/>
        <source>Godkendt: teksten er ikke længere et udkast.</source>
        <translation>Approved: the text is no longer a draft.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="533"/>
        <source>Programmets tekst bruges igen; klinikkens er i historikken.</source>
        <translation>The program&apos;s text is used again; the clinic&apos;s is in the history.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="562"/>
        <source>Programmets nye tekst (fra en opdatering)</source>
        <translation>The program&apos;s new text (from an update)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="567"/>
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="568"/>
        <source>godkendt</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="571"/>
        <source>programmets tekst</source>
        <translation>the program&apos;s text</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="577"/>
        <source>Programmets tekst (udgangspunktet)</source>
        <translation>The program&apos;s text (the starting point)</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="597"/>
        <source>Programmets nye tekst</source>
        <translation>The program&apos;s new text</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="602"/>
        <source>Fjernet i programmet.</source>
        <translation>Removed in the program.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="617"/>
        <source>Den valgte version er hentet frem.</source>
        <translation>The selected version has been brought back.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="645"/>
        <source>Eksporter klinikkens tekster til mappe</source>
        <translation>Export the clinic&apos;s texts to a folder</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="651"/>
        <source>Eksport</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="653"/>
        <source>{n} fil skrevet til {folder}.</source>
        <translation>{n} file written to {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="654"/>
        <source>{n} filer skrevet til {folder}.</source>
        <translation>{n} files written to {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="665"/>
        <source>Importer klinikkens tekster fra mappe</source>
        <translation>Import the clinic&apos;s texts from a folder</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="670"/>
        <location filename="../../ui/texts/editor.py" line="680"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="671"/>
        <source>Teksterne i mappen kan ikke indlæses; intet er gemt:</source>
        <translation>The texts in the folder cannot be loaded; nothing has been saved:</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="675"/>
        <source>Mappen har ingen ændringer.</source>
        <translation>The folder has no changes.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="677"/>
        <source>Gem {n} ændring?</source>
        <translation>Save {n} change?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="678"/>
        <source>Gem {n} ændringer?</source>
        <translation>Save {n} changes?</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="684"/>
        <source>{n} ændring importeret.</source>
        <translation>{n} change imported.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/editor.py" line="685"/>
        <source>{n} ændringer importeret.</source>
        <translation>{n} changes imported.</translation>
    </message>
</context>
<context>
    <name>CompanionEditor</name>
    <message>
        <location filename="../../ui/checklist/editors.py" line="241"/>
        <source>valgfrit</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="242"/>
        <source>Kørsel hjem aftalt</source>
        <translation>Lift home arranged</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="243"/>
        <source>Hvem kører</source>
        <translation>Who drives</translation>
    </message>
</context>
<context>
    <name>ContentPicker</name>
    <message>
        <location filename="../../ui/sheets/content_picker.py" line="27"/>
        <source>Indhold i informationsarket</source>
        <translation>Contents of the information sheet</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/content_picker.py" line="35"/>
        <source>Sygdomme</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/content_picker.py" line="39"/>
        <source>Kort om {title}</source>
        <translation>In short: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/content_picker.py" line="44"/>
        <source>Spørgsmål og svar</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/content_picker.py" line="52"/>
        <source>Før din guldbehandling (de 6 trin)</source>
        <translation>Before your gold treatment (the 6 steps)</translation>
    </message>
</context>
<context>
    <name>DatabaseDamagedDialog</name>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="37"/>
        <source>Databasen er beskadiget</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="49"/>
        <source>Sikkerhedskopien fra {time} indeholder {holds}.</source>
        <translation>The backup from {time} holds {holds}.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="55"/>
        <source>Det, der er skrevet efter sikkerhedskopien, er ikke med i den. Den beskadigede fil flyttes til mappen »gemt-til-side« i datamappen.</source>
        <translation>Anything written after the backup is not in it. The damaged file is moved to the folder “gemt-til-side” in the data folder.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="63"/>
        <source>Det fandt kontrollen (til IT):</source>
        <translation>What the check found (for IT):</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="73"/>
        <source>Læg sikkerhedskopien tilbage</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <location filename="../../ui/safety/damaged_dialog.py" line="78"/>
        <source>Luk programmet</source>
        <translation>Close the program</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/checklist/fields.py" line="39"/>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
</context>
<context>
    <name>DesksLabel</name>
    <message>
        <location filename="../../ui/desks_label.py" line="21"/>
        <source>Ikke forbundet med de andre skriveborde – forbinder igen …</source>
        <translation>Not connected to the other desks – reconnecting …</translation>
    </message>
    <message>
        <location filename="../../ui/desks_label.py" line="27"/>
        <source>Forbundet: {desks}</source>
        <translation>Connected: {desks}</translation>
    </message>
    <message>
        <location filename="../../ui/desks_label.py" line="28"/>
        <source>Skriveborde, der bruger klinikkens database nu</source>
        <translation>Desks using the clinic&apos;s database now</translation>
    </message>
</context>
<context>
    <name>EndCallDialog</name>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="48"/>
        <source>Afslut opkald</source>
        <translation>End call</translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="121"/>
        <source>Hvorfor skal vi ringe tilbage?</source>
        <translation>Why should we call back?</translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="123"/>
        <source>Ring tilbage den</source>
        <translation>Call back on</translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="124"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="75"/>
        <location filename="../../ui/call/end_call_dialog.py" line="181"/>
        <source>Gem opkald</source>
        <translation>Save call</translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="53"/>
        <source>Hvad kom der ud af opkaldet? Sæt gerne flere kryds.</source>
        <translation>What came of the call? Tick as many as apply.</translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="79"/>
        <source>Fortsæt samtalen</source>
        <translation>Continue the conversation</translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="96"/>
        <source>Tidspunktet er aftalt</source>
        <translation>The time is agreed</translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="106"/>
        <source>Konsultation den</source>
        <translation>Consultation on</translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="107"/>
        <source>Klokken</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="184"/>
        <source>Bemærk:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="185"/>
        <source>Ret felterne, eller tryk Gem igen for at gemme alligevel.</source>
        <translation>Correct the fields, or press Save again to save anyway.</translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="189"/>
        <source>Tjek konsultationens dato og tid ovenfor, eller tryk Gem igen for at gemme alligevel.</source>
        <translation>Check the consultation&apos;s date and time above, or press Save again to save anyway.</translation>
    </message>
    <message>
        <location filename="../../ui/call/end_call_dialog.py" line="201"/>
        <source>Gem alligevel</source>
        <translation>Save anyway</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="30"/>
        <source>Slet person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="36"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {phones}&lt;br&gt;&lt;br&gt;Alt om personen slettes: {rows}. Sletningen kan ikke fortrydes. I loggen står kun, at en person er slettet, af hvem og hvornår.&lt;br&gt;&lt;br&gt;Sikkerhedskopier fra før i dag indeholder stadig personen, indtil de udskiftes. Indlæses en af dem, skal personen slettes igen.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {phones}&lt;br&gt;&lt;br&gt;Everything about the person is deleted: {rows}. This cannot be undone. The log only says that a person was deleted, by whom and when.&lt;br&gt;&lt;br&gt;Backups from before today still hold the person until they are replaced. If one of them is restored, the person must be deleted again.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="40"/>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="43"/>
        <source>Skriv {word} for at bekræfte:</source>
        <translation>Type {word} to confirm:</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="51"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="52"/>
        <source>Slet for altid</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/erase_dialog.py" line="76"/>
        <source>Personen findes ikke</source>
        <translation>The person does not exist</translation>
    </message>
</context>
<context>
    <name>ExportPersonDialog</name>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="38"/>
        <source>Udlevér oplysninger (indsigt)</source>
        <translation>Export personal data (right of access)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="43"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {phones}&lt;br&gt;Der er registreret: {rows}.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {phones}&lt;br&gt;On record: {rows}.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="44"/>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="48"/>
        <source>Der laves en PDF til at læse og en JSON-fil til andre programmer med alt, hvad klinikken har om personen, og hvem der har set det. Udleveringen skrives i loggen. Filerne indeholder helbredsoplysninger: gem dem kun et sikkert sted.</source>
        <translation>This makes a PDF to read and a JSON file for other programs with everything the clinic holds about the person, and who has seen it. The export is written in the log. The files contain health data: keep them only somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="54"/>
        <source>Vælg en mappe</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="55"/>
        <source>Vælg mappe …</source>
        <translation>Choose folder …</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="65"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="66"/>
        <source>Udlevér</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="70"/>
        <source>Åbn mappen</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="89"/>
        <source>Vælg mappe til filerne</source>
        <translation>Choose a folder for the files</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="102"/>
        <source>Personen findes ikke</source>
        <translation>The person does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="107"/>
        <source>{n} kopi af et sendt ark</source>
        <translation>{n} copy of a sent sheet</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="108"/>
        <source>{n} kopier af sendte ark</source>
        <translation>{n} copies of sent sheets</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/export_dialog.py" line="109"/>
        <source>Gemt i {folder}: {files}.</source>
        <translation>Saved in {folder}: {files}.</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="61"/>
        <source>Søg i viden: fx nakke, piskesmæld, køre bil …</source>
        <translation>Search knowledge: e.g. neck, whiplash, driving …</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="63"/>
        <source>Søg i klinikkens viden</source>
        <translation>Search the clinic&apos;s knowledge</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="73"/>
        <source>Søgeresultater</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="191"/>
        <source>Intet fundet. Prøv et andet ord.</source>
        <translation>Nothing found. Try another word.</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="95"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="100"/>
        <source>Med i informationsarket til den, der ringer</source>
        <translation>In the information sheet for the caller</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="302"/>
        <source>Klinikkens viden</source>
        <translation>Clinic knowledge</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="303"/>
        <source>Skriv et par bogstaver i søgefeltet (Ctrl+F), eller vælg et emne i listen.</source>
        <translation>Type a few letters in the search box (Ctrl+F), or pick a topic in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="304"/>
        <source>Pil op/ned vælger et svar, Enter viser det.</source>
        <translation>Up/Down picks an answer, Enter shows it.</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="310"/>
        <source>{n} tekst kunne ikke indlæses.</source>
        <translation>{n} text could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="311"/>
        <source>{n} tekster kunne ikke indlæses.</source>
        <translation>{n} texts could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="312"/>
        <source>Resten virker. Hold musen her for detaljer.</source>
        <translation>The rest works. Hold the mouse here for details.</translation>
    </message>
</context>
<context>
    <name>LiveTexts</name>
    <message>
        <location filename="../../ui/texts/live.py" line="87"/>
        <source>En opdatering har ændret {n} tekst, som klinikken også har ændret: se Filer → Klinikkens tekster.</source>
        <translation>An update has changed {n} text that the clinic had also changed: see File → The clinic&apos;s texts.</translation>
    </message>
    <message>
        <location filename="../../ui/texts/live.py" line="89"/>
        <source>En opdatering har ændret {n} tekster, som klinikken også har ændret: se Filer → Klinikkens tekster.</source>
        <translation>An update has changed {n} texts that the clinic had also changed: see File → The clinic&apos;s texts.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="85"/>
        <source>Skærmen er låst</source>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="103"/>
        <source>Lås op</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="155"/>
        <source>Forkert – prøv igen.</source>
        <translation>Wrong – try again.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="171"/>
        <source>Forkert {n} gang.</source>
        <translation>Wrong {n} time.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="171"/>
        <source>Forkert {n} gange.</source>
        <translation>Wrong {n} times.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="172"/>
        <source>Prøv igen om {wait}.</source>
        <translation>Try again in {wait}.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="184"/>
        <source>{n} sekund</source>
        <translation>{n} second</translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="184"/>
        <source>{n} sekunder</source>
        <translation>{n} seconds</translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="179"/>
        <source>Prøv igen.</source>
        <translation>Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="186"/>
        <source>{minutes}:{seconds:02d} minutter</source>
        <translation>{minutes}:{seconds:02d} minutes</translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_screen.py" line="294"/>
        <source>Lås skærmen</source>
        <translation>Lock the screen</translation>
    </message>
</context>
<context>
    <name>LockSettingsDialog</name>
    <message>
        <location filename="../../ui/safety/lock_settings_dialog.py" line="26"/>
        <source>Skærmlås</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_settings_dialog.py" line="30"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_settings_dialog.py" line="31"/>
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_settings_dialog.py" line="36"/>
        <source>uændret</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_settings_dialog.py" line="36"/>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_settings_dialog.py" line="45"/>
        <source>Lås efter</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_settings_dialog.py" line="46"/>
        <source>Ny pinkode (4–12 cifre)</source>
        <translation>New PIN (4–12 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_settings_dialog.py" line="47"/>
        <source>Gentag pinkoden</source>
        <translation>Repeat the PIN</translation>
    </message>
    <message>
        <location filename="../../ui/safety/lock_settings_dialog.py" line="61"/>
        <source>De to pinkoder er ikke ens.</source>
        <translation>The two PINs do not match.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="45"/>
        <source>Guldklinikken – Reception</source>
        <translation>Guldklinikken – Reception</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <source>Åbner kartoteket …</source>
        <translation>Opening the records …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78"/>
        <source>tlf.</source>
        <translation>tel.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Databasen kunne ikke åbnes, så opkald kan ikke gemmes.
Klinikkens viden virker. Se logfilen under Hjælp.</source>
        <translation>The database could not be opened, so calls cannot be saved.
Clinic knowledge works. See the log file under Help.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>Søg i viden</source>
        <translation>Search knowledge</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>Klinikkens oplysninger …</source>
        <translation>Clinic details …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>Afslut</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>Åbn logmappen</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <location filename="../../ui/main_window.py" line="459"/>
        <source>Om programmet</source>
        <translation>About the program</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Tastaturgenveje …</source>
        <translation>Keyboard shortcuts …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>Klinikkens viden</source>
        <translation>Clinic knowledge</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>Standardopdeling</source>
        <translation>Default layout</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>Del vinduet som ved første start</source>
        <translation>Divide the window as at the first start</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>Dagens post …</source>
        <translation>Today&apos;s post …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>Brevindstillinger …</source>
        <translation>Letter settings …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="338"/>
        <source>Personale og opbevaring …</source>
        <translation>Staff and retention …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341"/>
        <source>Gennemgå gamle personer …</source>
        <translation>Review old records …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344"/>
        <source>Revisionslog …</source>
        <translation>Audit log …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347"/>
        <source>Klinikkens tekster …</source>
        <translation>The clinic&apos;s texts …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356"/>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="369"/>
        <source>Vi&amp;s</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="375"/>
        <source>&amp;Viden</source>
        <translation>&amp;Knowledge</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377"/>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="460"/>
        <source>Guldklinikken Reception {version}

Data: {data}
Log: {logs}</source>
        <translation>Guldklinikken Reception {version}

Data: {data}
Log: {logs}</translation>
    </message>
</context>
<context>
    <name>OpenCallsStrip</name>
    <message>
        <location filename="../../ui/call/open_calls_strip.py" line="27"/>
        <source>Åbne opkald</source>
        <translation>Open calls</translation>
    </message>
    <message>
        <location filename="../../ui/call/open_calls_strip.py" line="36"/>
        <source>Åbne opkald:</source>
        <translation>Open calls:</translation>
    </message>
    <message>
        <location filename="../../ui/call/open_calls_strip.py" line="71"/>
        <source>Skift til dette opkald (Ctrl+{n})</source>
        <translation>Switch to this call (Ctrl+{n})</translation>
    </message>
    <message>
        <location filename="../../ui/call/open_calls_strip.py" line="92"/>
        <source>Nyt opkald</source>
        <translation>New call</translation>
    </message>
    <message>
        <location filename="../../ui/call/open_calls_strip.py" line="96"/>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/call/open_calls_strip.py" line="96"/>
        <source>på hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <location filename="../../ui/call/open_calls_strip.py" line="99"/>
        <source>ikke gemt endnu</source>
        <translation>not saved yet</translation>
    </message>
</context>
<context>
    <name>OverblikScreen</name>
    <message>
        <location filename="../../ui/overblik/screen.py" line="52"/>
        <source>Denne uge</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="53"/>
        <source>Denne måned</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="54"/>
        <source>Sidste måned</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="55"/>
        <source>I år</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="56"/>
        <source>Valgfri periode</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="61"/>
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="63"/>
        <source>Gem som CSV …</source>
        <translation>Save as CSV …</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="65"/>
        <source>Gem som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="74"/>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="76"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="77"/>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="83"/>
        <source>Opkald pr. dag</source>
        <translation>Calls per day</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="84"/>
        <source>Opkald pr. time</source>
        <translation>Calls per hour</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="85"/>
        <source>Smerteområder (opkald)</source>
        <translation>Pain areas (calls)</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="86"/>
        <source>Hørt om klinikken (nye personer)</source>
        <translation>Heard about the clinic (new people)</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="159"/>
        <source>Regner overblikket ud …</source>
        <translation>Working out the overview …</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="166"/>
        <source>Overblik %1</source>
        <translation>Overview %1</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="167"/>
        <source>Regnet ud på %1 s</source>
        <translation>Worked out in %1 s</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="173"/>
        <source>Opkald pr. dag, %1</source>
        <translation>Calls per day, %1</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="173"/>
        <source>Opkald pr. måned, %1</source>
        <translation>Calls per month, %1</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="180"/>
        <source>kl. %1–%2: %3</source>
        <translation>%1–%2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="191"/>
        <source>Travleste dag</source>
        <translation>Busiest day</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="195"/>
        <source>Travleste timer</source>
        <translation>Busiest hours</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="207"/>
        <source>1 opkald</source>
        <translation>1 call</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="208"/>
        <source>%1 opkald</source>
        <translation>%1 calls</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="226"/>
        <source>Gem overblikket som CSV</source>
        <translation>Save the overview as CSV</translation>
    </message>
    <message>
        <location filename="../../ui/overblik/screen.py" line="233"/>
        <source>Gem overblikket som PDF</source>
        <translation>Save the overview as PDF</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <location filename="../../ui/checklist/overview_model.py" line="20"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview_model.py" line="21"/>
        <source>Kl.</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview_model.py" line="22"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview_model.py" line="23"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview_model.py" line="24"/>
        <source>Klaret</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview_model.py" line="25"/>
        <source>OBS</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview_model.py" line="26"/>
        <source>Mangler</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/overview_model.py" line="70"/>
        <source>Ingen dato</source>
        <translation>No date</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="26"/>
        <source>Guldklinikken – adgangskode</source>
        <translation>Guldklinikken – passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="29"/>
        <source>Klinikkens database er krypteret. Skriv adgangskoden for at åbne den.</source>
        <translation>The clinic&apos;s database is encrypted. Type the passphrase to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="40"/>
        <source>Uden adgangskoden kan hverken databasen eller sikkerhedskopierne læses. Den kan også gives i miljøvariablen RECEPTION_PASSPHRASE.</source>
        <translation>Without the passphrase neither the database nor the backups can be read. It can also be given in the environment variable RECEPTION_PASSPHRASE.</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="46"/>
        <source>Åbn</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/safety/passphrase_dialog.py" line="47"/>
        <source>Afslut</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/sheets/pdf_preview.py" line="59"/>
        <source>1 side</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/pdf_preview.py" line="60"/>
        <source>{n} sider</source>
        <translation>{n} pages</translation>
    </message>
</context>
<context>
    <name>PostingDialog</name>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="65"/>
        <source>Dagens post</source>
        <translation>Today&apos;s post</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="81"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="81"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="82"/>
        <source>Indhold</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="82"/>
        <source>Lagt i posten</source>
        <translation>Put in the post</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="96"/>
        <source>Tag ud af posten</source>
        <translation>Take out of the post</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="98"/>
        <source>Lav dagens post</source>
        <translation>Make today&apos;s post</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="100"/>
        <source>Hent dagens post igen</source>
        <translation>Get today&apos;s post again</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="102"/>
        <source>Udskriv …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="104"/>
        <source>Gem som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="106"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="148"/>
        <source>Ingen informationsark venter på at blive sendt.</source>
        <translation>No information sheets are waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="150"/>
        <source>{n} informationsark venter i posten. »Lav dagens post« samler dem i én PDF til udskrift og markerer dem som sendt.</source>
        <translation>{n} information sheets are waiting in the post. “Make today&apos;s post” gathers them into one PDF to print and marks them as sent.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="155"/>
        <source>{title}: udskriv PDF&apos;en, og læg brevene i rudekuverter.</source>
        <translation>{title}: print the PDF, and put the letters in window envelopes.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="170"/>
        <source>Klinikkens adresse er ikke udfyldt, så brevene har ingen afsenderadresse. Udfyld den under Filer → Klinikkens oplysninger, før du sender flere ark.</source>
        <translation>The clinic&apos;s address is not filled in, so the letters have no sender address. Fill it in under File → Clinic details before you send more sheets.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="178"/>
        <source>(ingen adresse)</source>
        <translation>(no address)</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="180"/>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="206"/>
        <source>Der er ikke noget i posten.</source>
        <translation>There is nothing in the post.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="210"/>
        <source>✓ {n} ark er markeret som sendt i dag. Udskriv dem nu.</source>
        <translation>✓ {n} sheets are marked as sent today. Print them now.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="222"/>
        <source>Der er ikke lavet nogen post i dag.</source>
        <translation>No post has been made today.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="245"/>
        <source>{n} side er sendt til printeren.</source>
        <translation>{n} page has been sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="246"/>
        <source>{n} sider er sendt til printeren.</source>
        <translation>{n} pages have been sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="255"/>
        <source>Gem dagens post som PDF</source>
        <translation>Save today&apos;s post as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="256"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/posting_dialog.py" line="269"/>
        <source>✓ Gemt som {name}.</source>
        <translation>✓ Saved as {name}.</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsDialog</name>
    <message>
        <location filename="../../ui/privacy/settings_dialog.py" line="35"/>
        <source>Personale og opbevaring</source>
        <translation>Staff and retention</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/settings_dialog.py" line="38"/>
        <source>Ét navn pr. linje, fx
Mette
Lise</source>
        <translation>One name per line, e.g.
Mette
Lise</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/settings_dialog.py" line="46"/>
        <source> måneder</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/settings_dialog.py" line="52"/>
        <source>Personale</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/settings_dialog.py" line="53"/>
        <source>Gennemgå personer uden kontakt i</source>
        <translation>Review people with no contact for</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/settings_dialog.py" line="55"/>
        <source>Personalet vælger sit navn ved start; navnet skrives i loggen. Personer uden kontakt i perioden vises til gennemgang under »Gennemgå gamle personer«; intet slettes uden at nogen vælger det.</source>
        <translation>Staff choose their name at start; the name is written in the log. People with no contact during the period are shown for review under “Review old records”; nothing is deleted unless someone chooses it.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/settings_dialog.py" line="61"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/settings_dialog.py" line="62"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReceivedEditor</name>
    <message>
        <location filename="../../ui/checklist/editors.py" line="194"/>
        <source>Modtaget dato</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="195"/>
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <location filename="../../ui/checklist/editors.py" line="175"/>
        <source>fx Røntgen, Regionshospitalet Randers</source>
        <translation>e.g. X-ray, Regionshospitalet Randers</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="176"/>
        <source>Bestilt dato</source>
        <translation>Date requested</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="177"/>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="178"/>
        <source>Bestilt</source>
        <translation>Requested</translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="38"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="39"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="40"/>
        <source>By</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="41"/>
        <source>Opkald</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="42"/>
        <source>Sidst aktiv</source>
        <translation>Last active</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="51"/>
        <source>Gennemgå gamle personer</source>
        <translation>Review old records</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="69"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="70"/>
        <source>Anonymisér valgte …</source>
        <translation>Anonymise selected …</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="74"/>
        <source>Slet valgte …</source>
        <translation>Delete selected …</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="80"/>
        <source>Anonymisér beholder statistikken (opkald med dato, udfald og smerteområder) men fjerner navn, adresse, numre og alle noter. Slet fjerner alt om personen.</source>
        <translation>Anonymise keeps the statistics (calls with date, outcome and pain areas) but removes name, address, numbers and all notes. Delete removes everything about the person.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="95"/>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="103"/>
        <source>{n} person har</source>
        <translation>{n} person has</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="103"/>
        <source>{n} personer har</source>
        <translation>{n} people have</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="104"/>
        <source>{n} måned</source>
        <translation>{n} month</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="104"/>
        <source>{n} måneder</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="106"/>
        <source>{people} ikke været i kontakt med klinikken i {period}. Vælg dem, der skal slettes eller anonymiseres (Ctrl-klik vælger flere); resten bliver stående.</source>
        <translation>{people} not been in touch with the clinic for {period}. Choose the ones to delete or anonymise (Ctrl+click selects several); the rest stay.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="123"/>
        <source>Slet personer</source>
        <translation>Delete people</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="124"/>
        <source>Slet alt om {n} person? Det kan ikke fortrydes.</source>
        <translation>Delete everything about {n} person? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="125"/>
        <source>Slet alt om {n} personer? Det kan ikke fortrydes.</source>
        <translation>Delete everything about {n} people? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="126"/>
        <source>Slet {n} personer</source>
        <translation>Delete {n} people</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="126"/>
        <source>Slet {n} person</source>
        <translation>Delete {n} person</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="133"/>
        <source>Anonymisér personer</source>
        <translation>Anonymise people</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="135"/>
        <source>Fjern navn, adresse, numre og noter fra {n} person? Statistikken bliver. Det kan ikke fortrydes.</source>
        <translation>Remove name, address, numbers and notes from {n} person? The statistics stay. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="137"/>
        <source>Fjern navn, adresse, numre og noter fra {n} personer? Statistikken bliver. Det kan ikke fortrydes.</source>
        <translation>Remove name, address, numbers and notes from {n} people? The statistics stay. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="139"/>
        <source>Anonymisér {n} person</source>
        <translation>Anonymise {n} person</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="140"/>
        <source>Anonymisér {n} personer</source>
        <translation>Anonymise {n} people</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/retention_dialog.py" line="148"/>
        <source>Intet er ændret</source>
        <translation>Nothing has changed</translation>
    </message>
</context>
<context>
    <name>ScanEditor</name>
    <message>
        <location filename="../../ui/checklist/editors.py" line="129"/>
        <source>Scanningsdato</source>
        <translation>Scan date</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="131"/>
        <source>fx Aarhus Universitetshospital</source>
        <translation>e.g. Aarhus Universitetshospital</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="134"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="135"/>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="136"/>
        <source>Taget</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="137"/>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="159"/>
        <source>Kan bruges til og med {date}</source>
        <translation>Usable up to and including {date}</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/editors.py" line="161"/>
        <source>for gammel på konsultationsdagen</source>
        <translation>too old on the day of the consultation</translation>
    </message>
</context>
<context>
    <name>SendSheetDialog</name>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="89"/>
        <source>Send informationsark</source>
        <translation>Send information sheet</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="122"/>
        <source>Udskriv …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="124"/>
        <source>Udskriv arket (Ctrl+P)</source>
        <translation>Print the sheet (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="125"/>
        <source>Gem som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="126"/>
        <source>E-mail …</source>
        <translation>Email …</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="127"/>
        <source>Læg i posten</source>
        <translation>Put in the post</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="128"/>
        <source>Udskrives samlet med dagens post (Filer → Dagens post) og sendes i rudekuvert</source>
        <translation>Printed together with today&apos;s post (File → Today&apos;s post) and sent in a window envelope</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="130"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="165"/>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="166"/>
        <source>Til: {address}</source>
        <translation>To: {address}</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="170"/>
        <source>Der er ingen postadresse: arket kan udskrives, gemmes og e-mailes, men ikke lægges i posten. Ret adressen i opkaldet.</source>
        <translation>There is no postal address: the sheet can be printed, saved and emailed, but not put in the post. Correct the address in the call.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="220"/>
        <source>Klinikkens adresse mangler på brevet. Skriv den øverst, og tryk »Gem adressen« – eller tryk igen for at sende uden.</source>
        <translation>The clinic&apos;s address is missing from the letter. Type it at the top and press “Save the address” – or press again to send without it.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="228"/>
        <source>✓ Klinikkens adresse er gemt og står nu på brevet.</source>
        <translation>✓ The clinic&apos;s address is saved and is now on the letter.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="241"/>
        <source>Men det kunne ikke skrives i personens log: {error}</source>
        <translation>But it could not be written in the person&apos;s log: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="244"/>
        <source>Skrevet i personens log.</source>
        <translation>Written in the person&apos;s log.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="273"/>
        <source>Arket er sendt til printeren.</source>
        <translation>The sheet has been sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="283"/>
        <source>Gem informationsark som PDF</source>
        <translation>Save information sheet as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="285"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="302"/>
        <source>Gemt som {name}.</source>
        <translation>Saved as {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="322"/>
        <source>Skriv modtageren i mailprogrammet.</source>
        <translation>Type the recipient in the email program.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="331"/>
        <source>Personen har ingen e-mailadresse: skriv den i mailprogrammet.</source>
        <translation>The person has no email address: type it in the email program.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="333"/>
        <source>Mailprogrammet kunne ikke åbnes; kladden ligger i {path}.</source>
        <translation>The email program could not be opened; the draft is in {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="335"/>
        <source>E-mail-kladden er åbnet i mailprogrammet.</source>
        <translation>The email draft is open in the email program.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="342"/>
        <source>Arket kan ikke lægges i posten: personen har ingen postadresse.</source>
        <translation>The sheet cannot be put in the post: the person has no postal address.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/send_dialog.py" line="350"/>
        <source>Lagt i posten; det udskrives med dagens post.</source>
        <translation>Put in the post; it is printed with today&apos;s post.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/printing.py" line="36"/>
        <source>Udskriv informationsark</source>
        <translation>Print information sheet</translation>
    </message>
</context>
<context>
    <name>SheetSettingsDialog</name>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="48"/>
        <source>Informationsark: rudekuvert og logo</source>
        <translation>Information sheet: window envelope and logo</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="54"/>
        <source>intet logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="55"/>
        <source>Vælg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="61"/>
        <source>Rudens afstand fra venstre kant</source>
        <translation>Window&apos;s distance from the left edge</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="62"/>
        <source>Rudens afstand fra toppen</source>
        <translation>Window&apos;s distance from the top</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="63"/>
        <source>Logo (PNG eller JPEG)</source>
        <translation>Logo (PNG or JPEG)</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="64"/>
        <source>Standard for C5/C65-rudekuverter: 20 mm fra venstre og 45 mm fra toppen; ruden er 85 × 45 mm. Udskriv kalibreringssiden i 100 % størrelse, og hold den op mod en kuvert.</source>
        <translation>Standard for C5/C65 window envelopes: 20 mm from the left and 45 mm from the top; the window is 85 × 45 mm. Print the calibration page at 100 % size, and hold it up against an envelope.</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="76"/>
        <source>Vis kalibreringsside</source>
        <translation>Show calibration page</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="77"/>
        <source>Udskriv kalibreringsside …</source>
        <translation>Print calibration page …</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="79"/>
        <source>Gem kalibreringsside …</source>
        <translation>Save calibration page …</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="115"/>
        <source>Vælg logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="116"/>
        <source>Billeder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="128"/>
        <source>Kalibrering af rudekuvert</source>
        <translation>Window envelope calibration</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="137"/>
        <source>Gem kalibreringsside</source>
        <translation>Save calibration page</translation>
    </message>
    <message>
        <location filename="../../ui/sheets/settings_dialog.py" line="139"/>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="25"/>
        <source>Tastaturgenveje</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="29"/>
        <source>Tast</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="29"/>
        <source>Hvad sker der</source>
        <translation>What happens</translation>
    </message>
</context>
<context>
    <name>StaffChooserDialog</name>
    <message>
        <location filename="../../ui/privacy/staff_chooser.py" line="29"/>
        <source>Hvem sidder ved skranken?</source>
        <translation>Who is at the desk?</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/staff_chooser.py" line="31"/>
        <source>Vælg dit navn. Det skrives i loggen over, hvem der har set og ændret patienternes oplysninger.</source>
        <translation>Choose your name. It is written in the log of who has seen and changed the patients&apos; data.</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/staff_chooser.py" line="46"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/privacy/staff_chooser.py" line="47"/>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="50"/>
        <source>Vis og ret trinnet</source>
        <translation>Show and edit the step</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="67"/>
        <source>Læs forklaringen til patienten</source>
        <translation>Read the explanation for the patient</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="68"/>
        <source>Forklaring: {title}</source>
        <translation>Explanation: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="88"/>
        <source>Klaret</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="90"/>
        <source>Ikke relevant</source>
        <translation>Not relevant</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="92"/>
        <source>Mangler</source>
        <translation>To do</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../ui/checklist/fields.py" line="81"/>
        <source>tt.mm</source>
        <translation>hh.mm</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <location filename="../../ui/day/today_panel.py" line="54"/>
        <source>Opdatér</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="63"/>
        <source>Tilbageringninger i dag og forfaldne</source>
        <translation>Callbacks due today and overdue</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="64"/>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="64"/>
        <location filename="../../ui/day/today_panel.py" line="73"/>
        <location filename="../../ui/day/today_panel.py" line="83"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="64"/>
        <location filename="../../ui/day/today_panel.py" line="83"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="64"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="65"/>
        <source>Ingen tilbageringninger i dag.</source>
        <translation>No callbacks today.</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="66"/>
        <source>Ring op nu</source>
        <translation>Call now</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="67"/>
        <location filename="../../ui/day/today_panel.py" line="87"/>
        <source>Vis person</source>
        <translation>Show person</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="72"/>
        <source>Ark at sende</source>
        <translation>Sheets to send</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="73"/>
        <source>Lovet</source>
        <translation>Promised</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="73"/>
        <location filename="../../ui/day/today_panel.py" line="96"/>
        <source>Af</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="73"/>
        <source>Venter</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="74"/>
        <source>Ingen ark venter på at blive sendt.</source>
        <translation>No sheets are waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="75"/>
        <source>Send ark …</source>
        <translation>Send sheet …</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="76"/>
        <source>Ikke nødvendigt</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="82"/>
        <source>Mangler før konsultationen (næste {n} dage)</source>
        <translation>Missing before the consultation (next {n} days)</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="83"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="83"/>
        <source>Kl.</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="84"/>
        <source>Mangler</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="85"/>
        <source>Alle konsultationer de næste {n} dage har billeder og aftale om blodfortyndende.</source>
        <translation>All consultations in the next {n} days have images and a blood thinner agreement.</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="89"/>
        <source>Ring op</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="95"/>
        <source>Opkald, der ikke er afsluttet</source>
        <translation>Calls not ended</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="96"/>
        <source>Startet</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="96"/>
        <source>Navn eller nummer</source>
        <translation>Name or number</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="96"/>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="97"/>
        <source>Ingen åbne opkald.</source>
        <translation>No open calls.</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="98"/>
        <source>Genoptag</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="125"/>
        <source>I dag · {day}</source>
        <translation>Today · {day}</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="137"/>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="146"/>
        <source>(intet navn endnu)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="147"/>
        <source>{n} tegn</source>
        <translation>{n} characters</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="150"/>
        <source>Intet at gøre lige nu.</source>
        <translation>Nothing to do right now.</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="155"/>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="157"/>
        <source>1 dag over ({date})</source>
        <translation>1 day overdue ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="158"/>
        <source>{n} dage over ({date})</source>
        <translation>{n} days overdue ({date})</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="162"/>
        <source>siden i dag</source>
        <translation>since today</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="163"/>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="163"/>
        <source>{n} dage</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="168"/>
        <source>billeder</source>
        <translation>images</translation>
    </message>
    <message>
        <location filename="../../ui/day/today_panel.py" line="170"/>
        <source>aftale om blodfortyndende</source>
        <translation>blood thinner agreement</translation>
    </message>
</context>
<context>
    <name>YesNoCombo</name>
    <message>
        <location filename="../../ui/checklist/fields.py" line="97"/>
        <source>Ikke afklaret</source>
        <translation>Not settled</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/fields.py" line="98"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/checklist/fields.py" line="99"/>
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>_ElidingButton</name>
    <message>
        <location filename="../../ui/checklist/step_row.py" line="126"/>
        <source>Vis og ret trinnet</source>
        <translation>Show and edit the step</translation>
    </message>
</context>
</TS>
