<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../ui/app.py" line="87"/>
        <source>Databasen kunne ikke åbnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="88"/>
        <source>Klinikkens database kunne ikke åbnes:
{path}

{error}

Vidensdelen virker stadig. Luk programmet og kontakt jeres IT-ansvarlige.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="23"/>
        <source>Der skete en uventet fejl. Programmet kører videre, og det du har skrevet er ikke slettet.

Hvis fejlen kommer igen, så send logfilen til jeres IT-ansvarlige:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/error_dialog.py" line="44"/>
        <source>Uventet fejl</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowseTree</name>
    <message>
        <location filename="../../ui/knowledge/browse_tree.py" line="19"/>
        <source>Emner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/browse_tree.py" line="25"/>
        <source>Sygdomme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/browse_tree.py" line="31"/>
        <source>Spørgsmål og svar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/browse_tree.py" line="39"/>
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
        <location filename="../../ui/call/call_panel.py" line="72"/>
        <source>Nyt opkald (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="75"/>
        <source>Afslut opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="94"/>
        <source>Fortsæt opkaldet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="97"/>
        <source>Kassér</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="118"/>
        <source>Personer der passer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="123"/>
        <source>Ny person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="125"/>
        <source>Opkaldet gælder en person, der ikke er i kartoteket endnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="139"/>
        <source>Hvem ringer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="208"/>
        <source>Opkald i gang – gemmes automatisk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="231"/>
        <source>Opkaldet er ikke gemt: ret de markerede felter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="234"/>
        <source>Opkaldet er ikke gemt – prøv igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="244"/>
        <source>Opkaldet er gemt ({m}:{s:02d}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="258"/>
        <source>Gemt kl. {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="262"/>
        <source>Det du har skrevet er bevaret; der prøves igen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="281"/>
        <source>ukendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="282"/>
        <source>Et opkald blev ikke afsluttet: {who}, startet {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="285"/>
        <source>(+{n} flere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="364"/>
        <source>{n} opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="371"/>
        <source>{n} personer har dette nummer – vælg den rigtige.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/call_panel.py" line="435"/>
        <source>Varighed {m}:{s:02d}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallWorkspace</name>
    <message>
        <location filename="../../ui/call/workspace.py" line="27"/>
        <source>Opkald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/workspace.py" line="28"/>
        <source>Tilbageringninger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/workspace.py" line="29"/>
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
        <location filename="../../ui/call/callers_panel.py" line="36"/>
        <source>Søg navn, telefon, postnummer eller note …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="54"/>
        <source>Ring op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/call/callers_panel.py" line="92"/>
        <source>{n} personer</source>
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
    <name>KnowledgePanel</name>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="53"/>
        <source>Søg i viden: fx nakke, piskesmæld, køre bil …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="56"/>
        <source>Søg i klinikkens viden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="66"/>
        <source>Søgeresultater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="72"/>
        <source>Intet fundet. Prøv et andet ord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="92"/>
        <source>Tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="188"/>
        <source>Klinikkens viden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="189"/>
        <source>Skriv et par bogstaver i søgefeltet (Ctrl+F), eller vælg et emne i listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/knowledge/panel.py" line="190"/>
        <source>Pil op/ned vælger et svar, Enter viser det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/knowledge/panel.py" line="196"/>
        <source>%n tekst(er) kunne ikke indlæses. Resten virker. Hold musen her for detaljer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>Guldklinikken – Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="45"/>
        <source>Åbner kartoteket …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>Databasen kunne ikke åbnes, så opkald kan ikke gemmes.
Klinikkens viden virker. Se logfilen under Hjælp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Søg i viden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>Klinikkens oplysninger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147"/>
        <source>Afslut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Åbn logmappen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153"/>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>Om programmet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>&amp;Filer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;Viden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;Hjælp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Guldklinikken Reception {version}

Data: {data}
Log: {logs}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
