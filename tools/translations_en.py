"""The English UI: the Danish→English table, and the command that applies it.

    python tools/translations_en.py update   lupdate ui/ into reception_en.ts, fill in the
                                             English from the table, lrelease it to
                                             reception_en.qm, and list what is still missing
    python tools/translations_en.py missing  list the entries without English (exit 1 if any)

Add a missing text to ``TABLE`` (or to ``IN_CONTEXT`` when the same Danish needs
other English on one screen) and run ``update`` again. The English is plain words for
a receptionist; placeholders ({name}, %1), mnemonics (&), tags and leading or trailing
spaces stay as in the Danish (``problems`` checks them). The clinic's texts and the
patient letter stay Danish: they are not in this file.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "reception_en.ts"
QM = TS.with_suffix(".qm")

# Danish source → English, for every context unless IN_CONTEXT says otherwise; a
# ``%n`` message (``self.tr("%n opkald", "", n)``) has two forms, (one, more).
TABLE: dict[str, str | tuple[str, str]] = {
    # --- the app, its dialogs and shortcuts (module-level tr) ---
    "Databasen kunne ikke åbnes": "The database could not be opened",
    "Klinikkens database kunne ikke åbnes:\n{path}\n\n{error}\n\nVidensdelen virker stadig. "
    "Luk programmet og kontakt jeres IT-ansvarlige.":
        "The clinic's database could not be opened:\n{path}\n\n{error}\n\n"
        "Clinic knowledge still works. Close the program and contact your IT support.",
    "Der skete en uventet fejl. Programmet kører videre, og det du har skrevet er ikke "
    "slettet.\n\nHvis fejlen kommer igen, så send logfilen til jeres IT-ansvarlige:\n{path}":
        "An unexpected error occurred. The program keeps running, and nothing you typed has "
        "been lost.\n\nIf the error happens again, send the log file to your IT support:\n{path}",
    "Uventet fejl": "Unexpected error",
    "Kontrollerer databasen …": "Checking the database …",
    "Åbner databasen …": "Opening the database …",
    "Tager sikkerhedskopi af databasen …\nSluk ikke PC'en, før dette vindue er væk.":
        "Backing up the database …\nDo not turn off the PC until this window has closed.",
    "S&ikkerhedskopier …": "&Backups …",
    "Skær&mlås …": "Screen l&ock …",
    "&Lås skærmen": "Loc&k the screen",
    "Venter på den daglige sikkerhedskopi …": "Waiting for the daily backup …",
    "Databasen kunne ikke åbnes igen": "The database could not be reopened",
    "Databasen kunne ikke åbnes igen, så intet nyt kan gemmes lige nu. Det, der var skrevet, "
    "blev gemt før. Luk programmet, bed jeres IT-ansvarlige se på datamappen, og start "
    "programmet igen.\n\n{error}":
        "The database could not be reopened, so nothing new can be saved right now. What was "
        "typed had already been saved. Close the program, ask your IT support to look at the "
        "data folder, and start the program again.\n\n{error}",
    "Gendannet": "Restored",
    "Sikkerhedskopien er lagt tilbage, og skærmene viser nu dens oplysninger. Den database, "
    "der var i brug, er gemt til side i mappen gemt-til-side.":
        "The backup has been restored, and the screens now show its data. The database that "
        "was in use has been set aside in the folder gemt-til-side.",
    "Guldklinikken Reception": "Guldklinikken Reception",
    "Afbrudt handling": "Interrupted action",
    "Nyt opkald": "New call",
    "Afslut opkaldet (vælg udfald og gem)": "End the call (choose the outcome and save)",
    "Skift til opkald nr. 1–9 i rækken af åbne opkald":
        "Switch to call 1–9 in the row of open calls",
    "Send informationsark til den, der ringer": "Send an information sheet to the caller",
    "Næste eller forrige felt, også ud af noterne (der skrives aldrig tabulatortegn i "
    "noterne)": "Next or previous field, also out of the notes (notes never get tab characters)",
    "Søg i klinikkens viden": "Search the clinic's knowledge",
    "I søgefeltet: tilbage til feltet, du skrev i før Ctrl+F":
        "In the search box: back to the field you were typing in before Ctrl+F",
    "I søgefeltet: vælg et svar": "In the search box: choose an answer",
    "Skjul eller vis klinikkens viden": "Hide or show the clinic's knowledge",
    "Fanen Opkald": "Calls tab",
    "Fanen I dag": "Today tab",
    "Fanen Tilbageringninger": "Callbacks tab",
    "Fanen Før behandling": "Before treatment tab",
    "Fanen Personer": "People tab",
    "Fanen Overblik": "Overview tab",
    "Lås skærmen": "Lock the screen",
    "Denne liste over tastaturgenveje": "This list of keyboard shortcuts",
    "Afslut programmet": "Quit the program",
    # --- audit log ---
    "Revisionslog": "Audit log",
    "person nr. {n}": "person no. {n}",
    "Medarbejder:": "Staff member:",
    "Periode:": "Period:",
    "Loggen gemmer kun id'er og koder; navne og ord slås op, når loggen vises. En slettet "
    "person nævnes ikke.":
        "The log stores only ids and codes; names and words are looked up when the log is "
        "shown. A deleted person is not named.",
    "Alle": "All",
    "Revisionsloggen kan ikke læses": "The audit log cannot be read",
    "{n} hændelse": "{n} event",
    "{n} hændelser": "{n} events",
    "Tidspunkt": "Time",
    "Medarbejder": "Staff member",
    "Handling": "Action",
    "Om": "About",
    "Detaljer": "Details",
    "Hele perioden": "All time",
    "Sidste 7 dage": "Last 7 days",
    "Sidste 30 dage": "Last 30 days",
    "Sidste 365 dage": "Last 365 days",
    # --- backups ---
    "Sikkerhedskopier": "Backups",
    "Tag sikkerhedskopi nu": "Back up now",
    "Læg valgte tilbage …": "Restore selected …",
    "Skift mappe …": "Change folder …",
    "Luk": "Close",
    "Der tages en sikkerhedskopi hver dag og når programmet lukkes. De nyeste 7 dage, 4 uger "
    "og 12 måneder gemmes. Læg mappen på en anden disk end datamappen.":
        "A backup is taken every day and when the program closes. The latest 7 days, 4 weeks "
        "and 12 months are kept. Put the folder on a different disk from the data folder.",
    "Mappe: {folder}": "Folder: {folder}",
    "ja": "yes",
    "nej": "no",
    "Der er ingen sikkerhedskopier i mappen endnu.": "There are no backups in the folder yet.",
    "Sikkerhedskopi taget og kontrolleret: {holds}.": "Backup taken and checked: {holds}.",
    "Læg sikkerhedskopien fra {time} tilbage?\n\nDen indeholder {holds}. Alt, der er skrevet "
    "siden, er ikke med. Den nuværende database flyttes til mappen »gemt-til-side« i "
    "datamappen og slettes ikke.":
        "Restore the backup from {time}?\n\nIt holds {holds}. Anything written since then is "
        "not in it. The current database is moved to the folder “gemt-til-side” in the data "
        "folder and is not deleted.",
    "Læg sikkerhedskopi tilbage": "Restore backup",
    "Sikkerhedskopien fra {time} er lagt tilbage. Den tidligere database ligger i {aside}.":
        "The backup from {time} has been restored. The previous database is in {aside}.",
    "Disken er fuld, så sikkerhedskopien er ikke lagt tilbage. Databasen i brug er ikke "
    "ændret. Frigør plads på disken, og prøv igen.":
        "The disk is full, so the backup was not restored. The database in use is unchanged. "
        "Free some space on the disk and try again.",
    "Programmet må ikke skrive i datamappen, så sikkerhedskopien er ikke lagt tilbage. "
    "Databasen i brug er ikke ændret. Bed jeres IT-ansvarlige om at rette adgangen til "
    "datamappen, og prøv igen.":
        "The program is not allowed to write in the data folder, so the backup was not "
        "restored. The database in use is unchanged. Ask your IT support to fix the access to "
        "the data folder, and try again.",
    "Sikkerhedskopien kunne ikke lægges tilbage: {reason} Databasen i brug er ikke ændret.":
        "The backup could not be restored: {reason} The database in use is unchanged.",
    "Mappen kan ikke bruges: {error}": "The folder cannot be used: {error}",
    "Nye sikkerhedskopier gemmes i {folder}.": "New backups are saved in {folder}.",
    "Mappe til sikkerhedskopier": "Folder for backups",
    "Indhold": "Contents",
    "Størrelse": "Size",
    "Krypteret": "Encrypted",
    # --- checklist editors ---
    "fx Eliquis, Marevan": "e.g. Eliquis, Marevan",
    "Pause aftalt": "Pause agreed",
    "Pause fra": "Pause from",
    "Tager blodfortyndende": "Takes blood thinners",
    "Hvilken": "Which",
    "Konsultationsdato": "Consultation date",
    "Klokkeslæt": "Time",
    "Dato": "Date",
    "Kl.": "Time",
    "Behandles": "To treat",
    "valgfrit": "optional",
    "Kørsel hjem aftalt": "Lift home arranged",
    "Hvem kører": "Who drives",
    "Modtaget dato": "Date received",
    "Modtaget": "Received",
    "fx Røntgen, Regionshospitalet Randers": "e.g. X-ray, Regionshospitalet Randers",
    "Bestilt dato": "Date requested",
    "Afdeling": "Department",
    "Bestilt": "Requested",
    "Scanningsdato": "Scan date",
    "fx Aarhus Universitetshospital": "e.g. Aarhus Universitetshospital",
    "Type": "Type",
    "Område": "Area",
    "Taget": "Taken",
    "Hvor": "Where",
    "Kan bruges til og med {date}": "Usable up to and including {date}",
    "for gammel på konsultationsdagen": "too old on the day of the consultation",
    "dd.mm.åååå": "dd.mm.yyyy",
    "tt.mm": "hh.mm",
    "Ikke afklaret": "Not known",
    "Ja": "Yes",
    "Nej": "No",
    # --- knowledge ---
    "Emner": "Topics",
    "Sygdomme": "Conditions",
    "Spørgsmål og svar": "Questions and answers",
    "Før en guldbehandling": "Before a gold treatment",
    "Søg i viden: fx nakke, piskesmæld, køre bil …":
        "Search knowledge: e.g. neck, whiplash, driving …",
    "Søgeresultater": "Search results",
    "Intet fundet. Prøv et andet ord.": "Nothing found. Try another word.",
    "Tekst": "Text",
    "Spørgsmål": "Question",
    "Sygdom": "Condition",
    "Med i informationsarket til den, der ringer": "In the information sheet for the caller",
    "Klinikkens viden": "Clinic knowledge",
    "Skriv et par bogstaver i søgefeltet (Ctrl+F), eller vælg et emne i listen.":
        "Type a few letters in the search box (Ctrl+F), or pick a topic in the list.",
    "Pil op/ned vælger et svar, Enter viser det.": "Up/Down picks an answer, Enter shows it.",
    "{n} tekst kunne ikke indlæses.": "{n} text could not be loaded.",
    "{n} tekster kunne ikke indlæses.": "{n} texts could not be loaded.",
    "Resten virker. Hold musen her for detaljer.":
        "The rest works. Hold the mouse here for details.",
    "Kort fortalt": "In short",
    "Tal": "Figures",
    # --- call form ---
    "Telefon": "Phone",
    "Navn": "Name",
    "Fornavn Efternavn": "First name Last name",
    "navn@eksempel.dk": "name@example.com",
    "E-mail": "Email",
    "Adresse": "Address",
    "Vej og nummer": "Street and number",
    "Postnummer": "Postcode",
    "By": "Town",
    "Smerter siden": "Pain since",
    "fx 3-2024 eller 2022": "e.g. 3-2024 or 2022",
    "Hørt om klinikken": "Heard about the clinic",
    "fx egen læge, ven, internet": "e.g. own doctor, friend, internet",
    "Aftalt": "Agreed",
    "Hvad blev aftalt?": "What was agreed?",
    "– foretrukken kontakt –": "– preferred contact –",
    "Må kontaktes": "May be contacted",
    "–": "–",
    "Nye eller tiltagende smerteområder": "New or increasing pain areas",
    "Smerterne kommer hurtigt igen efter behandling": "The pain comes back soon after treatment",
    "Noter fra samtalen …": "Notes from the conversation …",
    "Noter": "Notes",
    "Postnr. og by": "Postcode and town",
    "Kontakt": "Contact",
    "Hvem ringer": "Who is calling",
    "Hvor gør det ondt?": "Where does it hurt?",
    "Hvor længe:": "How long:",
    "eller siden:": "or since:",
    "Hvad er prøvet?": "What has been tried?",
    "Smerter": "Pain",
    # --- call panel ---
    "Informationsark": "Information sheet",
    "Et opkald blev ikke afsluttet: {who}, startet {when}. Det ligger på hold øverst.":
        "A call was not ended: {who}, started {when}. It is on hold at the top.",
    "(+{n} mere)": "(+{n} more)",
    "(+{n} flere)": "(+{n} more)",
    "Send informationsark (Ctrl+P)": "Send information sheet (Ctrl+P)",
    "Fortsæt opkaldet": "Continue the call",
    "Nyt opkald ({key})": "New call ({key})",
    "Afslut opkald ({key})": "End call ({key})",
    "Send informationsark ({key})": "Send information sheet ({key})",
    "Kassér": "Discard",
    "Personer der passer": "Matching people",
    "Ny person": "New person",
    "Opkaldet gælder en person, der ikke er i kartoteket endnu":
        "The call is about a person who is not in the records yet",
    "Historik": "History",
    "Tjekliste": "Checklist",
    "Hvem ringer?": "Who is calling?",
    "Opkaldet findes ikke længere.": "The call no longer exists.",
    "et opkald uden navn": "a call without a name",
    "{who} er sat på hold ({n}. i rækken øverst) med det du skrev; det er ikke gemt endnu, "
    "men bliver gemt, så snart databasen kan bruges igen.":
        "{who} is on hold (no. {n} in the row at the top) with what you typed; it is not "
        "saved yet, but will be as soon as the database can be used again.",
    "{who} er sat på hold og gemt – Ctrl+{n} skifter tilbage.":
        "{who} is on hold and saved – Ctrl+{n} switches back.",
    "Opkald i gang – gemmes automatisk.": "Call in progress – saved automatically.",
    "Opkaldet er ikke gemt: ret de markerede felter.":
        "The call is not saved: correct the marked fields.",
    "Opkaldet er ikke gemt – prøv igen.": "The call is not saved – try again.",
    "Opkaldet er gemt ({m}:{s:02d}).": "The call is saved ({m}:{s:02d}).",
    "opkaldet uden navn": "the call without a name",
    "Nu vises {who}, som var på hold.": "Now showing {who}, who was on hold.",
    "Gemt kl. {time}": "Saved at {time}",
    "Det du har skrevet er bevaret; der prøves igen.":
        "What you typed is kept; trying again.",
    "Det du har skrevet i {n} opkald er bevaret i rækken øverst; der prøves igen.":
        ("What you typed in {n} call is kept in the row at the top; trying again.",
         "What you typed in {n} calls is kept in the row at the top; trying again."),
    "Et åbent opkald er lukket, fordi personen er slettet fra kartoteket.":
        "An open call was closed because the person was deleted from the records.",
    "ukendt": "unknown",
    "Skriv først personens navn eller nummer.": "First type the person's name or number.",
    "Start et opkald eller vælg en person i Personer, før der sendes et informationsark.":
        "Start a call or choose a person under People before sending an information sheet.",
    "%n opkald": ("%n call", "%n calls"),
    "{n} personer har dette nummer – vælg den rigtige.":
        "{n} people have this number – choose the right one.",
    "Varighed {m}:{s:02d}": "Duration {m}:{s:02d}",
    # --- workspace tabs ---
    "Opkald": "Calls",
    "I dag": "Today",
    "Tilbageringninger": "Callbacks",
    "Før behandling": "Before treatment",
    "Personer": "People",
    "Overblik": "Overview",
    # --- callbacks ---
    "Hvornår": "When",
    "Forsøg": "Attempts",
    "Grund": "Reason",
    "Ring op nu": "Call now",
    "Intet svar": "No answer",
    "Klaret": "Done",
    "{n} dag over": "{n} day overdue",
    "{n} dage over": "{n} days overdue",
    "{n} tilbageringning i dag eller forfalden.": "{n} callback today or overdue.",
    "{n} tilbageringninger i dag eller forfaldne.": "{n} callbacks today or overdue.",
    "Desuden {n} i de kommende {days} dage.": "Also {n} in the next {days} days.",
    "I morgen": "Tomorrow",
    "Om {n} dage": "In {n} days",
    "Ingen tilbageringninger i dag.": "No callbacks today.",
    # --- people ---
    "Søg navn, telefon, postnummer eller note …": "Search name, phone, postcode or note …",
    "Ring op": "Call",
    "Send informationsark": "Send information sheet",
    "Udlevér oplysninger …": "Export personal data …",
    "Alt om personen som PDF og JSON (GDPR art. 15)":
        "Everything about the person as PDF and JSON (GDPR art. 15)",
    "Slet person …": "Delete person …",
    "Revisionslog …": "Audit log …",
    "Hvem har set og ændret personens oplysninger":
        "Who has seen and changed the person's data",
    "{n} personer": "{n} people",
    "{n} person": "{n} person",
    "Postnr.": "Postcode",
    "{done} af {steps}": "{done} of {steps}",
    "Seneste opkald": "Latest call",
    "Sidst aktiv": "Last active",
    # --- checklist overview and view ---
    "Vis kun:": "Show only:",
    "Mangler billeder": "Images missing",
    "Blodfortyndende: pause ikke aftalt": "Blood thinners: pause not agreed",
    "Scanning for gammel": "Scan too old",
    "Åbn": "Open",
    "Opdatér": "Refresh",
    "Over {n} kommende konsultationer; de {n} første vises.":
        "Over {n} upcoming consultations; the first {n} are shown.",
    "Ingen kommende konsultationer passer på filtrene.":
        "No upcoming consultations match the filters.",
    "Ingen kommende konsultationer.": "No upcoming consultations.",
    "1 kommende konsultation.": "1 upcoming consultation.",
    "{n} kommende konsultationer.": "{n} upcoming consultations.",
    "(filtreret).": "(filtered).",
    "OBS": "Alerts",
    "Ingen dato": "No date",
    "Opret tjekliste": "Create checklist",
    "Forklaring": "Explanation",
    "Vis trinnets forklaring i Klinikkens viden":
        "Show the step's explanation in Clinic knowledge",
    "Status:": "Status:",
    "Mangler": "To do",
    "Ikke relevant": "Not relevant",
    "Hvorfor ikke relevant?": "Why not relevant?",
    "Gem": "Save",
    "Personen er ikke i kartoteket endnu. Opret tjeklisten nu, så gemmes personen med det "
    "samme.":
        "The person is not in the records yet. Create the checklist now, and the person is "
        "saved at once.",
    "Vælg en person for at se tjeklisten.": "Choose a person to see the checklist.",
    "Ingen tjekliste endnu. Opret den nu, eller den oprettes, når opkaldet afsluttes som "
    "booket.":
        "No checklist yet. Create it now, or it is created when the call ends as booked.",
    "Ikke gemt endnu. Tryk »Gem alligevel« for at gemme, eller ret dato og klokkeslæt.":
        "Not saved yet. Press “Save anyway” to save, or correct the date and time.",
    "Gem alligevel": "Save anyway",
    "(uden navn)": "(no name)",
    "Tjekliste · {name}": "Checklist · {name}",
    "Ikke gemt: {problem}": "Not saved: {problem}",
    "Gemt.": "Saved.",
    "Vis og ret trinnet": "Show and edit the step",
    "Læs forklaringen til patienten": "Read the explanation for the patient",
    "Forklaring: {title}": "Explanation: {title}",
    " kl. {time}": " at {time}",
    "taget {date}": "taken {date}",
    "Ingen dato endnu": "No date yet",
    "kan bruges til og med {date}": "usable up to and including {date}",
    "bestilt {date}": "requested {date}",
    "Modtaget {date}": "Received {date}",
    "Tager {which}": "Takes {which}",
    "Tager ingen": "Takes none",
    "pause fra {date}": "pause from {date}",
    "pause aftalt": "pause agreed",
    "{name} kører hjem": "{name} drives home",
    "Ingen kørsel aftalt endnu": "No lift home arranged yet",
    # --- a caller's history (side panel) ---
    "forfalden": "overdue",
    "… og {n} tidligere opkald": ("… and {n} earlier call", "… and {n} earlier calls"),
    "Tidligere opkald ({n})": "Earlier calls ({n})",
    "Sendt": "Sent",
    "ikke sendt": "not sent",
    # --- clinic address and settings ---
    "Klinikkens adresse er ikke udfyldt, så brevet har ingen afsenderadresse. Skriv den her, "
    "så kommer den med på dette og alle senere breve:":
        "The clinic's address is not filled in, so the letter has no sender address. Type it "
        "here, and it goes on this and every later letter:",
    "Adresse, fx Guldvej 1": "Address, e.g. Guldvej 1",
    "Gem adressen": "Save the address",
    "Skriv både adressen og postnummer og by.": "Type both the address and postcode and town.",
    "Klinikkens oplysninger": "Clinic details",
    "CVR-nummer": "CVR number",
    "Åbningsdage": "Opening days",
    "Bruges i brevhovedet på informationsark. Tomme felter udelades. En konsultation på en "
    "lukkedag eller en helligdag giver en advarsel, før den gemmes.":
        "Used in the letterhead of information sheets. Empty fields are left out. A "
        "consultation on a closed day or a public holiday gives a warning before it is saved.",
    "Vælg mindst én åbningsdag.": "Choose at least one opening day.",
    "Man": "Mon",
    "Tir": "Tue",
    "Ons": "Wed",
    "Tor": "Thu",
    "Fre": "Fri",
    "Lør": "Sat",
    "Søn": "Sun",
    # --- content picker ---
    "Indhold i informationsarket": "Contents of the information sheet",
    "Kort om {title}": "In short: {title}",
    "Før din guldbehandling (de 6 trin)": "Before your gold treatment (the 6 steps)",
    # --- damaged database ---
    "Databasen er beskadiget": "The database is damaged",
    "Sikkerhedskopien fra {time} indeholder {holds}.": "The backup from {time} holds {holds}.",
    "Det, der er skrevet efter sikkerhedskopien, er ikke med i den. Den beskadigede fil "
    "flyttes til mappen »gemt-til-side« i datamappen.":
        "Anything written after the backup is not in it. The damaged file is moved to the "
        "folder “gemt-til-side” in the data folder.",
    "Det fandt kontrollen (til IT):": "What the check found (for IT):",
    "Læg sikkerhedskopien tilbage": "Restore the backup",
    "Luk programmet": "Close the program",
    # --- end call ---
    "Afslut opkald": "End call",
    "Hvorfor skal vi ringe tilbage?": "Why should we call back?",
    "Ring tilbage den": "Call back on",
    "Gem opkald": "Save call",
    "Hvad kom der ud af opkaldet? Sæt gerne flere kryds.":
        "What came of the call? Tick as many as apply.",
    "Fortsæt samtalen": "Continue the conversation",
    "Tidspunktet er aftalt": "The time is agreed",
    "Konsultation den": "Consultation on",
    "Klokken": "At",
    "Bemærk:": "Note:",
    "Ret felterne, eller tryk Gem igen for at gemme alligevel.":
        "Correct the fields, or press Save again to save anyway.",
    "Tjek konsultationens dato og tid ovenfor, eller tryk Gem igen for at gemme alligevel.":
        "Check the consultation's date and time above, or press Save again to save anyway.",
    # --- erase and export ---
    "Slet person": "Delete person",
    "<b>{name}</b> · {phones}<br><br>Alt om personen slettes: {rows}. Sletningen kan ikke "
    "fortrydes. I loggen står kun, at en person er slettet, af hvem og hvornår.<br><br>"
    "Sikkerhedskopier fra før i dag indeholder stadig personen, indtil de udskiftes. Indlæses "
    "en af dem, skal personen slettes igen.":
        "<b>{name}</b> · {phones}<br><br>Everything about the person is deleted: {rows}. "
        "This cannot be undone. The log only says that a person was deleted, by whom and "
        "when.<br><br>Backups from before today still hold the person until they are "
        "replaced. If one of them is restored, the person must be deleted again.",
    "Skriv {word} for at bekræfte:": "Type {word} to confirm:",
    "Annullér": "Cancel",
    "Slet for altid": "Delete for good",
    "Personen findes ikke": "The person does not exist",
    "Udlevér oplysninger (indsigt)": "Export personal data (right of access)",
    "<b>{name}</b> · {phones}<br>Der er registreret: {rows}.":
        "<b>{name}</b> · {phones}<br>On record: {rows}.",
    "Der laves en PDF til at læse og en JSON-fil til andre programmer med alt, hvad klinikken "
    "har om personen, og hvem der har set det. Udleveringen skrives i loggen. Filerne "
    "indeholder helbredsoplysninger: gem dem kun et sikkert sted.":
        "This makes a PDF to read and a JSON file for other programs with everything the "
        "clinic holds about the person, and who has seen it. The export is written in the "
        "log. The files contain health data: keep them only somewhere safe.",
    "Vælg en mappe": "Choose a folder",
    "Vælg mappe …": "Choose folder …",
    "Udlevér": "Export",
    "Åbn mappen": "Open the folder",
    "Vælg mappe til filerne": "Choose a folder for the files",
    "{n} kopi af et sendt ark": "{n} copy of a sent sheet",
    "{n} kopier af sendte ark": "{n} copies of sent sheets",
    "Gemt i {folder}: {files}.": "Saved in {folder}: {files}.",
    # --- lock screen ---
    "Skærmen er låst": "The screen is locked",
    "Lås op": "Unlock",
    "Forkert – prøv igen.": "Wrong – try again.",
    "Forkert {n} gang.": "Wrong {n} time.",
    "Forkert {n} gange.": "Wrong {n} times.",
    "Prøv igen om {wait}.": "Try again in {wait}.",
    "{n} sekund": "{n} second",
    "{n} sekunder": "{n} seconds",
    "Prøv igen.": "Try again.",
    "{minutes}:{seconds:02d} minutter": "{minutes}:{seconds:02d} minutes",
    "Skærmlås": "Screen lock",
    " min": " min",
    "aldrig": "never",
    "uændret": "unchanged",
    "ingen": "none",
    "Lås efter": "Lock after",
    "Ny pinkode (4–12 cifre)": "New PIN (4–12 digits)",
    "Gentag pinkoden": "Repeat the PIN",
    "De to pinkoder er ikke ens.": "The two PINs do not match.",
    # --- main window ---
    "Guldklinikken – Reception": "Guldklinikken – Reception",
    "Åbner kartoteket …": "Opening the records …",
    "Databasen kunne ikke åbnes, så opkald kan ikke gemmes.\nKlinikkens viden virker. Se "
    "logfilen under Hjælp.":
        "The database could not be opened, so calls cannot be saved.\nClinic knowledge "
        "works. See the log file under Help.",
    "Søg i viden": "Search knowledge",
    "Afslut": "Quit",
    "Åbn logmappen": "Open the log folder",
    "Om programmet": "About the program",
    "Tastaturgenveje …": "Keyboard shortcuts …",
    "Standardopdeling": "Default layout",
    "Del vinduet som ved første start": "Divide the window as at the first start",
    "&Filer": "&File",
    "Vi&s": "&View",
    "&Viden": "&Knowledge",
    "&Hjælp": "&Help",
    "Guldklinikken Reception {version}\n\nData: {data}\nLog: {logs}":
        "Guldklinikken Reception {version}\n\nData: {data}\nLog: {logs}",
    "tlf.": "tel.",
    "&Sprog": "&Language",
    "Sproget skiftes, næste gang programmet starter.":
        "The language changes the next time the program starts.",
    "Sproget er valgt i miljøvariablen {name}; valget her gælder, når den ikke er sat.":
        "The language is set by the environment variable {name}; the choice here applies "
        "when it is not set.",
    "Sprog": "Language",
    # --- open calls strip ---
    "Åbne opkald": "Open calls",
    "Åbne opkald:": "Open calls:",
    "Skift til dette opkald (Ctrl+{n})": "Switch to this call (Ctrl+{n})",
    "aktiv": "active",
    "på hold": "on hold",
    "ikke gemt endnu": "not saved yet",
    # --- Overblik ---
    "Denne uge": "This week",
    "Denne måned": "This month",
    "Sidste måned": "Last month",
    "I år": "This year",
    "Valgfri periode": "Custom period",
    "Vis": "Show",
    "Gem som PDF …": "Save as PDF …",
    "&Periode:": "&Period:",
    "Opkald pr. dag": "Calls per day",
    "Opkald pr. time": "Calls per hour",
    "Smerteområder (opkald)": "Pain areas (calls)",
    "Hørt om klinikken (nye personer)": "Heard about the clinic (new people)",
    "Regner overblikket ud …": "Working out the overview …",
    "Overblik %1": "Overview %1",
    "Regnet ud på %1 s": "Worked out in %1 s",
    "Opkald pr. dag, %1": "Calls per day, %1",
    "Opkald pr. måned, %1": "Calls per month, %1",
    "kl. %1–%2: %3": "%1–%2: %3",
    "Travleste dag": "Busiest day",
    "Travleste timer": "Busiest hours",
    "1 opkald": "1 call",
    "%1 opkald": "%1 calls",
    "Gem overblikket som CSV": "Save the overview as CSV",
    "Gem overblikket som PDF": "Save the overview as PDF",
    # --- passphrase ---
    "Guldklinikken – adgangskode": "Guldklinikken – passphrase",
    "Klinikkens database er krypteret. Skriv adgangskoden for at åbne den.":
        "The clinic's database is encrypted. Type the passphrase to open it.",
    "Uden adgangskoden kan hverken databasen eller sikkerhedskopierne læses. Den kan også "
    "gives i miljøvariablen RECEPTION_PASSPHRASE.":
        "Without the passphrase neither the database nor the backups can be read. It can "
        "also be given in the environment variable RECEPTION_PASSPHRASE.",
    # --- PDF preview and posting ---
    "1 side": "1 page",
    "{n} sider": "{n} pages",
    "Dagens post": "Today's post",
    "Lagt i posten": "Put in the post",
    "Tag ud af posten": "Take out of the post",
    "Lav dagens post": "Make today's post",
    "Hent dagens post igen": "Get today's post again",
    "Udskriv …": "Print …",
    "Ingen informationsark venter på at blive sendt.":
        "No information sheets are waiting to be sent.",
    "{n} informationsark venter i posten. »Lav dagens post« samler dem i én PDF til udskrift "
    "og markerer dem som sendt.":
        ("{n} information sheet is waiting in the post. “Make today's post” puts it "
         "in one PDF to print and marks it as sent.",
         "{n} information sheets are waiting in the post. “Make today's post” gathers them "
         "into one PDF to print and marks them as sent."),
    "{title}: udskriv PDF'en, og læg brevene i rudekuverter.":
        "{title}: print the PDF, and put the letters in window envelopes.",
    "Klinikkens adresse er ikke udfyldt, så brevene har ingen afsenderadresse. Udfyld den "
    "under Filer → Klinikkens oplysninger, før du sender flere ark.":
        "The clinic's address is not filled in, so the letters have no sender address. Fill "
        "it in under File → Clinic details before you send more sheets.",
    "(ingen adresse)": "(no address)",
    "Der er ikke noget i posten.": "There is nothing in the post.",
    "✓ {n} ark er markeret som sendt i dag. Udskriv dem nu.":
        ("✓ {n} sheet has been marked as sent today. Print it now.",
         "✓ {n} sheets have been marked as sent today. Print them now."),
    "Der er ikke lavet nogen post i dag.": "No post has been made today.",
    "{n} side er sendt til printeren.": "{n} page has been sent to the printer.",
    "{n} sider er sendt til printeren.": "{n} pages have been sent to the printer.",
    "Gem dagens post som PDF": "Save today's post as PDF",
    "PDF-filer (*.pdf)": "PDF files (*.pdf)",
    "✓ Gemt som {name}.": "✓ Saved as {name}.",
    # --- privacy settings and retention ---
    "Personale og opbevaring": "Staff and retention",
    "Ét navn pr. linje, fx\nMette\nLise": "One name per line, e.g.\nMette\nLise",
    " måneder": " months",
    "Personale": "Staff",
    "Gennemgå personer uden kontakt i": "Review people with no contact for",
    "Personalet vælger sit navn ved start; navnet skrives i loggen. Personer uden kontakt i "
    "perioden vises til gennemgang under »Gennemgå gamle personer«; intet slettes uden at "
    "nogen vælger det.":
        "Staff choose their name at start; the name is written in the log. People with no "
        "contact during the period are shown for review under “Review old records”; nothing "
        "is deleted unless someone chooses it.",
    "Gennemgå gamle personer": "Review old records",
    "Anonymisér valgte …": "Anonymise selected …",
    "Slet valgte …": "Delete selected …",
    "Anonymisér beholder statistikken (opkald med dato, udfald og smerteområder) men fjerner "
    "navn, adresse, numre og alle noter. Slet fjerner alt om personen.":
        "Anonymise keeps the statistics (calls with date, outcome and pain areas) but removes "
        "name, address, numbers and all notes. Delete removes everything about the person.",
    "{n} person har": "{n} person has",
    "{n} personer har": "{n} people have",
    "{n} måned": "{n} month",
    "{n} måneder": "{n} months",
    "{people} ikke været i kontakt med klinikken i {period}. Vælg dem, der skal slettes "
    "eller anonymiseres (Ctrl-klik vælger flere); resten bliver stående.":
        "{people} not been in touch with the clinic for {period}. Choose the ones to delete "
        "or anonymise (Ctrl+click selects several); the rest stay.",
    "Slet personer": "Delete people",
    "Slet alt om {n} person? Det kan ikke fortrydes.":
        "Delete everything about {n} person? This cannot be undone.",
    "Slet alt om {n} personer? Det kan ikke fortrydes.":
        "Delete everything about {n} people? This cannot be undone.",
    "Slet {n} personer": "Delete {n} people",
    "Slet {n} person": "Delete {n} person",
    "Anonymisér personer": "Anonymise people",
    "Fjern navn, adresse, numre og noter fra {n} person? Statistikken bliver. Det kan ikke "
    "fortrydes.":
        "Remove name, address, numbers and notes from {n} person? The statistics stay. This "
        "cannot be undone.",
    "Fjern navn, adresse, numre og noter fra {n} personer? Statistikken bliver. Det kan ikke "
    "fortrydes.":
        "Remove name, address, numbers and notes from {n} people? The statistics stay. This "
        "cannot be undone.",
    "Anonymisér {n} person": "Anonymise {n} person",
    "Anonymisér {n} personer": "Anonymise {n} people",
    "Intet er ændret": "Nothing has changed",
    # --- send sheet ---
    "Udskriv arket (Ctrl+P)": "Print the sheet (Ctrl+P)",
    "E-mail …": "Email …",
    "Læg i posten": "Put in the post",
    "Udskrives samlet med dagens post (Filer → Dagens post) og sendes i rudekuvert":
        "Printed together with today's post (File → Today's post) and sent in a window "
        "envelope",
    "Til: {address}": "To: {address}",
    "Der er ingen postadresse: arket kan udskrives, gemmes og e-mailes, men ikke lægges i "
    "posten. Ret adressen i opkaldet.":
        "There is no postal address: the sheet can be printed, saved and emailed, but not "
        "put in the post. Correct the address in the call.",
    "Klinikkens adresse mangler på brevet. Skriv den øverst, og tryk »Gem adressen« – eller "
    "tryk igen for at sende uden.":
        "The clinic's address is missing from the letter. Type it at the top and press “Save "
        "the address” – or press again to send without it.",
    "✓ Klinikkens adresse er gemt og står nu på brevet.":
        "✓ The clinic's address is saved and is now on the letter.",
    "Men det kunne ikke skrives i personens log: {error}":
        "But it could not be written in the person's log: {error}",
    "Skrevet i personens log.": "Written in the person's log.",
    "Arket er sendt til printeren.": "The sheet has been sent to the printer.",
    "Gem informationsark som PDF": "Save information sheet as PDF",
    "Gemt som {name}.": "Saved as {name}.",
    "Skriv modtageren i mailprogrammet.": "Type the recipient in the email program.",
    "Personen har ingen e-mailadresse: skriv den i mailprogrammet.":
        "The person has no email address: type it in the email program.",
    "Mailprogrammet kunne ikke åbnes; kladden ligger i {path}.":
        "The email program could not be opened; the draft is in {path}.",
    "E-mail-kladden er åbnet i mailprogrammet.": "The email draft is open in the email program.",
    "Arket kan ikke lægges i posten: personen har ingen postadresse.":
        "The sheet cannot be put in the post: the person has no postal address.",
    "Lagt i posten; det udskrives med dagens post.":
        "Put in the post; it is printed with today's post.",
    "Udskriv informationsark": "Print information sheet",
    "Der er ikke noget at udskrive.": "There is nothing to print.",
    "Printeren kunne ikke startes. Tjek at den er tændt og tilsluttet, og prøv igen.":
        "The printer could not be started. Check that it is switched on and connected, "
        "and try again.",
    "Printeren stoppede midt i udskriften.": "The printer stopped in the middle of printing.",
    # --- sheet settings ---
    "Informationsark: rudekuvert og logo": "Information sheet: window envelope and logo",
    "intet logo": "no logo",
    "Vælg …": "Choose …",
    "Rudens afstand fra venstre kant": "Window's distance from the left edge",
    "Rudens afstand fra toppen": "Window's distance from the top",
    "Logo (PNG eller JPEG)": "Logo (PNG or JPEG)",
    "Standard for C5/C65-rudekuverter: 20 mm fra venstre og 45 mm fra toppen; ruden er "
    "85 × 45 mm. Udskriv kalibreringssiden i 100 % størrelse, og hold den op mod en kuvert.":
        "Standard for C5/C65 window envelopes: 20 mm from the left and 45 mm from the top; "
        "the window is 85 × 45 mm. Print the calibration page at 100 % size, and hold it "
        "up against an envelope.",
    "Vis kalibreringsside": "Show calibration page",
    "Udskriv kalibreringsside …": "Print calibration page …",
    "Gem kalibreringsside …": "Save calibration page …",
    "Vælg logo": "Choose logo",
    "Billeder (*.png *.jpg *.jpeg)": "Images (*.png *.jpg *.jpeg)",
    "Kalibrering af rudekuvert": "Window envelope calibration",
    "Gem kalibreringsside": "Save calibration page",
    # --- shortcuts and staff ---
    "Tastaturgenveje": "Keyboard shortcuts",
    "Tast": "Key",
    "Hvad sker der": "What happens",
    "Hvem sidder ved skranken?": "Who is at the desk?",
    "Vælg dit navn. Det skrives i loggen over, hvem der har set og ændret patienternes "
    "oplysninger.":
        "Choose your name. It is written in the log of who has seen and changed the "
        "patients' data.",
    "Start": "Start",
    # --- I dag ---
    "Tilbageringninger i dag og forfaldne": "Callbacks due today and overdue",
    "Vis person": "Show person",
    "Ark at sende": "Sheets to send",
    "Lovet": "Promised",
    "Af": "By",
    "Venter": "Waiting",
    "Ingen ark venter på at blive sendt.": "No sheets are waiting to be sent.",
    "Send ark …": "Send sheet …",
    "Ikke nødvendigt": "Not needed",
    "Mangler før konsultationen (næste {n} dage)":
        "Missing before the consultation (next {n} days)",
    "Alle konsultationer de næste {n} dage har billeder og aftale om blodfortyndende.":
        "All consultations in the next {n} days have images and a blood thinner agreement.",
    "Opkald, der ikke er afsluttet": "Calls not ended",
    "Startet": "Started",
    "Navn eller nummer": "Name or number",
    "Ingen åbne opkald.": "No open calls.",
    "Genoptag": "Resume",
    "I dag · {day}": "Today · {day}",
    "(intet navn endnu)": "(no name yet)",
    "{n} tegn": "{n} characters",
    "Intet at gøre lige nu.": "Nothing to do right now.",
    "1 dag over ({date})": "1 day overdue ({date})",
    "{n} dage over ({date})": "{n} days overdue ({date})",
    "siden i dag": "since today",
    "1 dag": "1 day",
    "{n} dage": "{n} days",
    "billeder": "images",
    "aftale om blodfortyndende": "blood thinner agreement",
    # --- several desks, the clinic's texts ---
    'Programmet kører allerede på denne datamappe{owner}. Databasen ligger på klinikkens '
    'server, men hvert skrivebord har sin egen datamappe (log, indstillinger, udbakke). Brug '
    'den kopi, der allerede kører, eller start denne med en anden datamappe (--data-dir).':
        'The program is already running on this data folder{owner}. The database is on the '
        "clinic's server, but each desk has its own data folder (log, settings, outbox). Use "
        'the copy that is already running, or start this one with another data folder '
        '(--data-dir).',
    'Afsnit skilles af en tom linje; en linje, der starter med »- «, er et punkt.':
        'Paragraphs are separated by an empty line; a line starting with »- « is a bullet.',
    'Én pr. linje.':
        'One per line.',
    'Id':
        'Id',
    'Små bogstaver a-z, tal og »-«, fx pris-konsultation.':
        'Lower-case letters a-z, digits and »-«, e.g. pris-konsultation.',
    'Svar (læses op)':
        'Answer (read aloud)',
    'Uddybning':
        'More detail',
    'Emne':
        'Topic',
    'Samler svarene, når man bladrer.':
        'Groups the answers when browsing.',
    'Kilde':
        'Source',
    'Søgeord':
        'Keywords',
    'Andre måder at spørge på':
        'Other ways of asking',
    'Titel':
        'Title',
    'Kort fortalt (2–4 punkter)':
        'In brief (2–4 points)',
    'Overskrift':
        'Heading',
    'Kort fortalt (læses op)':
        'In brief (read aloud)',
    'Kort (én sætning til telefonen)':
        'Short (one sentence for the phone)',
    'Telefon (+45…)':
        'Phone (+45…)',
    'Læge':
        'Doctor',
    'Behandlet med guld siden':
        'Treating with gold since',
    'Godkendelse':
        'Approval',
    'Om klinikken':
        'About the clinic',
    'Sådan står det på informationsarket.':
        'This is how it appears on the information sheet.',
    'I telefonen hos {desks}':
        'On the phone at {desks}',
    'i telefonen hos {desks}':
        'on the phone at {desks}',
    'Ringes op af':
        'Being called by',
    'et andet opkald':
        'another call',
    'Ringes allerede op':
        'Already being called',
    '{name} ringes allerede op af {who}. Ring alligevel?':
        '{name} is already being called by {who}. Call anyway?',
    'Personen':
        'The person',
    'Klinikkens tekster':
        "The clinic's texts",
    'Tekster':
        'Texts',
    'Nyt afsnit':
        'New section',
    'Et nyt afsnit til den valgte sygdom':
        'A new section for the selected condition',
    'Brug teksten, som programmet kom med':
        'Use the text the program came with',
    'I klinikkens viden:':
        "In the clinic's knowledge:",
    'På informationsarket:':
        'On the information sheet:',
    'Den valgte version':
        'The selected version',
    'Teksten nu':
        'The text now',
    'Hvad koster en konsultation?':
        'What does a consultation cost?',
    'Hvor ligger klinikken?':
        'Where is the clinic?',
    'Hvornår har klinikken åbent?':
        'When is the clinic open?',
    'Hvor kan jeg parkere?':
        'Where can I park?',
    'Hvordan melder jeg afbud?':
        'How do I cancel?',
    'udkast':
        'draft',
    'ændret':
        'changed',
    'opdateret af programmet':
        'updated by the program',
    'En programopdatering har ændret {n} tekst, som klinikken også har ændret. Klinikkens '
    'tekst vises stadig. Vælg den (mærket »opdateret af programmet«) og se begge under '
    'Historik.':
        "A program update has changed {n} text that the clinic had also changed. The clinic's "
        'text is still shown. Select it (marked »updated by the program«) and see both under '
        'History.',
    'En programopdatering har ændret {n} tekster, som klinikken også har ændret. Klinikkens '
    'tekster vises stadig. Vælg dem (mærket »opdateret af programmet«) og se begge under '
    'Historik.':
        "A program update has changed {n} texts that the clinic had also changed. The clinic's "
        'texts are still shown. Select them (marked »updated by the program«) and see both '
        'under History.',
    'Vælg en tekst i listen, eller lav en ny.':
        'Select a text in the list, or make a new one.',
    'Første afsnit':
        'First section',
    'Afsnit af en sygdom':
        'Section of a condition',
    'Trin før en guldbehandling':
        'Step before a gold treatment',
    '{kind} (ny)':
        '{kind} (new)',
    'Praktisk':
        'Practical',
    'Klinikken':
        'The clinic',
    'Vælg først den sygdom, afsnittet hører til.':
        'First select the condition the section belongs to.',
    'Skal udfyldes.':
        'Required.',
    'Visningen kommer, når de røde fejl er rettet.':
        'The preview appears when the errors in red are corrected.',
    'Ingen ændringer at gemme.':
        'No changes to save.',
    'Godkendt: teksten er ikke længere et udkast.':
        'Approved: the text is no longer a draft.',
    'Programmets tekst bruges igen; klinikkens er i historikken.':
        "The program's text is used again; the clinic's is in the history.",
    'Programmets nye tekst (fra en opdatering)':
        "The program's new text (from an update)",
    'godkendt':
        'approved',
    'programmets tekst':
        "the program's text",
    'Programmets tekst (udgangspunktet)':
        "The program's text (the starting point)",
    'Programmets nye tekst':
        "The program's new text",
    'Fjernet i programmet.':
        'Removed in the program.',
    'Den valgte version er hentet frem.':
        'The selected version has been brought back.',
    'Eksporter klinikkens tekster til mappe':
        "Export the clinic's texts to a folder",
    'Eksport':
        'Export',
    '{n} fil skrevet til {{folder}}.':
        '{n} file written to {{folder}}.',
    '{n} filer skrevet til {{folder}}.':
        '{n} files written to {{folder}}.',
    'Importer klinikkens tekster fra mappe':
        "Import the clinic's texts from a folder",
    'Import':
        'Import',
    'Teksterne i mappen kan ikke indlæses; intet er gemt:':
        'The texts in the folder cannot be loaded; nothing has been saved:',
    'Mappen har ingen ændringer.':
        'The folder has no changes.',
    'Gem {n} ændring?':
        'Save {n} change?',
    'Gem {n} ændringer?':
        'Save {n} changes?',
    '{n} ændring importeret.':
        '{n} change imported.',
    '{n} ændringer importeret.':
        '{n} changes imported.',
    'Ikke forbundet med de andre skriveborde – forbinder igen …':
        'Not connected to the other desks – reconnecting …',
    'Forbundet: {desks}':
        'Connected: {desks}',
    'Skriveborde, der bruger klinikkens database nu':
        "Desks using the clinic's database now",
    'En opdatering har ændret {n} tekst, som klinikken også har ændret: se Filer → Klinikkens '
    'tekster.':
        'An update has changed {n} text that the clinic had also changed: see File → The '
        "clinic's texts.",
    'En opdatering har ændret {n} tekster, som klinikken også har ændret: se Filer → '
    'Klinikkens tekster.':
        'An update has changed {n} texts that the clinic had also changed: see File → The '
        "clinic's texts.",
    # --- the clinic's texts, more ---
    'Eksempel':
        'Example',
    '{title} (udkast)':
        '{title} (draft)',
    'Teksterne er ændret et andet sted. Din rettelse er ikke gemt endnu; Historik viser den '
    'andens.':
        'The texts have been changed elsewhere. Your correction has not been saved yet; '
        'History shows the other change.',
    # --- desks, conflicts, the core's texts (QT_TR_NOOP), dates ---
    'Smerter:':
        'Pain:',
    '{n} forsøg':
        ('{n} attempt', '{n} attempts'),
    'Aftalt:':
        'Agreed:',
    'Tidsbestilling':
        'Appointment',
    'Røntgen eller scanning':
        'X-ray or scan',
    'Billeder bestilt':
        'Images requested',
    'Billeder modtaget':
        'Images received',
    'Blodfortyndende':
        'Blood thinners',
    'Pårørende kører hjem':
        'Relative drives home',
    'konsultationsdato':
        'consultation date',
    'klokkeslæt':
        'time',
    'områder':
        'areas',
    'art':
        'type',
    'område':
        'area',
    'dato taget':
        'date taken',
    'sted':
        'place',
    'afdeling':
        'department',
    'bestilt':
        'requested',
    'modtaget':
        'received',
    'tager':
        'takes',
    'hvilket':
        'which',
    'pause fra':
        'pause from',
    'aftalt':
        'arranged',
    'navn':
        'name',
    'Røntgen':
        'X-ray',
    'CT-scanning':
        'CT scan',
    'MR-scanning':
        'MRI scan',
    'Billeder mangler snart':
        'Images due soon',
    'Pause ikke aftalt':
        'Pause not agreed',
    'Konsultationen er passeret':
        'Consultation has passed',
    'Kilde: klinikkens side »{page}«':
        "Source: the clinic's page “{page}”",
    'Land':
        'Country',
    'Foretrukken kontakt':
        'Preferred contact',
    'Henvist af':
        'Referred by',
    'Ondt siden':
        'Pain since',
    'Varighed':
        'Duration',
    'Varighedens enhed':
        'Unit of duration',
    'Konsultationsdag':
        'Consultation day',
    'Områder der behandles':
        'Areas to be treated',
    'Skanningstype':
        'Type of scan',
    'Skannet område':
        'Area scanned',
    'Skannet den':
        'Scanned on',
    'Skannet hvor':
        'Scanned where',
    'Skanning gyldig til':
        'Scan valid until',
    'Bedt om billeder den':
        'Images requested on',
    'Blodfortyndende medicin':
        'Blood-thinning medicine',
    'Ledsager aftalt':
        'Companion arranged',
    'Ledsagerens navn':
        "Companion's name",
    'Trinnets status':
        'Status of the step',
    'Begrundelse':
        'Reason',
    '(tomt)':
        '(empty)',
    'Tilbageringningen findes ikke (id {callback_id}).':
        'The callback does not exist (id {callback_id}).',
    'Opkaldet findes ikke (id {call_id}).':
        'The call does not exist (id {call_id}).',
    'Skriv personens navn, telefonnummer eller e-mail først.':
        "Type the person's name, phone number or email first.",
    'Opkaldet er allerede afsluttet (id {call_id}).':
        'The call has already been ended (id {call_id}).',
    'Personen findes ikke (id {caller_id}).':
        'The person does not exist (id {caller_id}).',
    '{n}. opkald':
        'call {n}',
    'tilbageringning forfalden':
        'callback overdue',
    'tilbageringning i dag':
        'callback today',
    'tilbageringning {day}':
        'callback {day}',
    'Navnet skal indeholde bogstaver.':
        'The name must contain letters.',
    'E-mailadressen mangler @, fx navn@domæne.dk.':
        'The email address is missing @, e.g. name@domain.dk.',
    'E-mailadressen skal have formen navn@domæne.dk.':
        'The email address must look like name@domain.dk.',
    'Husk husnummeret, fx Guldvej 12.':
        'Remember the house number, e.g. Guldvej 12.',
    'Postnummeret skal være 4 cifre, fx 8000.':
        'The postcode must be 4 digits, e.g. 8000.',
    'Bynavnet skal indeholde bogstaver.':
        'The town name must contain letters.',
    'Noterne er for lange (over 10 millioner tegn) – del dem op.':
        'The notes are too long (over 10 million characters) – split them up.',
    'Skriv datoen som dd-mm-åååå, mm-åååå eller åååå.':
        'Write the date as dd-mm-yyyy, mm-yyyy or yyyy.',
    'Datoen ligger i fremtiden – hvornår begyndte smerterne?':
        'The date is in the future – when did the pain start?',
    'Varigheden skal være et tal mellem 0 og 100 år.':
        'The duration must be a number between 0 and 100 years.',
    'Vælg uger, måneder eller år.':
        'Choose weeks, months or years.',
    'Skriv adressen eller en e-mail, så arket kan sendes.':
        'Enter the address or an email, so the sheet can be sent.',
    'Skriv postnummeret eller en e-mail, så arket kan sendes.':
        'Enter the postcode or an email, so the sheet can be sent.',
    'Skriv byen eller en e-mail, så arket kan sendes.':
        'Enter the town or an email, so the sheet can be sent.',
    'Skriv navnet – det skal bruges for at booke konsultationen.':
        'Enter the name – it is needed to book the consultation.',
    'Skriv navnet – det skal bruges for at sende arket.':
        'Enter the name – it is needed to send the sheet.',
    'Skriv et telefonnummer eller en e-mail, så klinikken kan svare.':
        'Enter a phone number or an email, so the clinic can reply.',
    'Skriv det nummer, der skal ringes tilbage til.':
        'Enter the number to call back.',
    'Nakke':
        'Neck',
    'Ryg':
        'Back',
    'Skulder':
        'Shoulder',
    'Hofte':
        'Hip',
    'Knæ':
        'Knee',
    'Hænder/fingre':
        'Hands/fingers',
    'Andet':
        'Other',
    'Smertestillende medicin':
        'Painkillers',
    'Fysioterapi':
        'Physiotherapy',
    'Kiropraktik':
        'Chiropractic',
    'Akupunktur':
        'Acupuncture',
    'Massage':
        'Massage',
    'TENS':
        'TENS',
    'Steroidinjektioner':
        'Steroid injections',
    'Operation':
        'Surgery',
    'Afspændingsøvelser':
        'Relaxation exercises',
    'Øvelsesterapi':
        'Exercise therapy',
    'Blokadebehandling':
        'Nerve block treatment',
    'Konsultation booket':
        'Consultation booked',
    'Informationsark sendes':
        'Information sheet to be sent',
    'Ring tilbage':
        'Call back',
    'Ingen handling':
        'No action',
    'uger':
        'weeks',
    'måneder':
        'months',
    'år':
        'years',
    'SMS':
        'Text message',
    'Brev':
        'Letter',
    'Indgående':
        'Incoming',
    'Udgående':
        'Outgoing',
    '{date} er helligdag ({name}) – klinikken har lukket.':
        '{date} is a public holiday ({name}) – the clinic is closed.',
    '{date} er en {weekday} – klinikken holder lukket om {weekday}en.':
        '{date} is a {weekday} – the clinic is closed on {weekday}s.',
    '{date} er allerede passeret.':
        '{date} has already passed.',
    'Kl. {time} den {date} er allerede booket til {name}.':
        '{time} on {date} is already booked for {name}.',
    'en anden patient':
        'another patient',
    '»{text}« er ikke en dato. Skriv fx 12.5.2026.':
        '“{text}” is not a date. Write e.g. 12.5.2026.',
    '»{text}« findes ikke i kalenderen.':
        '“{text}” does not exist in the calendar.',
    '»{text}« er ikke et klokkeslæt. Skriv fx 10.30.':
        '“{text}” is not a time. Write e.g. 10.30.',
    'Personen har ingen tjekliste endnu (id {caller_id}).':
        'The person has no checklist yet (id {caller_id}).',
    'Skriv kort, hvorfor trinnet ikke er relevant.':
        'Write briefly why the step is not relevant.',
    '»{text}« er ikke en dato på formen ÅÅÅÅ-MM-DD.':
        '“{text}” is not a date in the form YYYY-MM-DD.',
    '--plain og --calibration laver ark uden personoplysninger: angiv ikke også et telefonnummer '
    'eller --id.':
        '--plain and --calibration make sheets without personal details: do not also give a phone '
        'number or --id.',
    'Angiv et telefonnummer, --id, --plain eller --calibration.':
        'Give a phone number, --id, --plain or --calibration.',
    '--log gælder kun et personligt ark.':
        '--log only applies to a personal sheet.',
    '»{out}« skal ende på .pdf.':
        '“{out}” must end in .pdf.',
    'Der er ingen person med id {id}.':
        'There is no person with id {id}.',
    '»{phone}« er ikke et helt telefonnummer.':
        '“{phone}” is not a complete phone number.',
    'Ingen person har telefonnummeret {phone}.':
        'No person has the phone number {phone}.',
    'Person {id} har ikke telefonnummeret {phone}.':
        'Person {id} does not have the phone number {phone}.',
    '{count} personer har telefonnummeret {phone}. Vælg den rigtige med --id:\n{people}':
        '{count} people have the phone number {phone}. Choose the right one with --id:\n{people}',
    'CVR-nummeret skal være 8 cifre.':
        'The CVR number must be 8 digits.',
    '--database skal være en adresse på formen postgresql://bruger@server:5432/database (eller '
    '»lokal« for datamappens egen database), ikke »{given}«.':
        '--database must be an address of the form postgresql://user@server:5432/database (or '
        "“lokal” for the data folder's own database), not “{given}”.",
    'Adgangskoden må ikke stå i databasens adresse (den kan ses af andre og havner i historik og '
    "log). Læg den i PostgreSQL's adgangskodefil (PGPASSFILE) eller i miljøvariablen PGPASSWORD.":
        "The password must not be in the database's address (others can see it, and it ends up in "
        "history and logs). Put it in PostgreSQL's password file (PGPASSFILE) or in the "
        'environment variable PGPASSWORD.',
    'Filen {file} i datamappen kan ikke læses som databasens adresse. Ret eller slet den, eller '
    'start med --database.':
        "The file {file} in the data folder cannot be read as the database's address. Correct or "
        'delete it, or start with --database.',
    'Telefonnummeret må kun indeholde cifre, mellemrum, bindestreger og +.':
        'The phone number may only contain digits, spaces, hyphens and +.',
    'Landekoden er ukendt – tjek cifrene efter +.':
        'The country code is unknown – check the digits after +.',
    'Det ligner ikke et telefonnummer.':
        'That does not look like a phone number.',
    'Telefonnummeret er ufuldstændigt: et dansk nummer har 8 cifre.':
        'The phone number is incomplete: a Danish number has 8 digits.',
    'Telefonnummeret er ufuldstændigt – der mangler cifre.':
        'The phone number is incomplete – digits are missing.',
    'Telefonnummeret har for mange cifre: et dansk nummer har 8 cifre.':
        'The phone number has too many digits: a Danish number has 8 digits.',
    'Telefonnummeret har for mange cifre.':
        'The phone number has too many digits.',
    'Nummeret findes ikke i nummerplanen – tjek cifrene.':
        'The number does not exist in the numbering plan – check the digits.',
    'Personalelisten skal være en liste af navne.':
        'The staff list must be a list of names.',
    'Navnet »{name}…« er for langt (højst {limit} tegn).':
        'The name “{name}…” is too long (at most {limit} characters).',
    'Højst {limit} navne på personalelisten.':
        'At most {limit} names on the staff list.',
    'Opbevaringsperioden skal være et helt antal måneder.':
        'The retention period must be a whole number of months.',
    'Opbevaringsperioden skal være mellem 1 og 240 måneder.':
        'The retention period must be between 1 and 240 months.',
    'Åbningsdagene skal være ugedage fra mandag til søndag.':
        'The opening days must be weekdays from Monday to Sunday.',
    'Databasen er beskadiget og åbnes ikke, så intet går tabt. Den nyeste gode sikkerhedskopi er '
    'fra {when}. Den kan lægges tilbage; den beskadigede fil gemmes til side og slettes ikke.':
        'The database is damaged and will not be opened, so nothing is lost. The newest good '
        'backup is from {when}. It can be restored; the damaged file is set aside, not deleted.',
    'Databasen er beskadiget og åbnes ikke, så intet går tabt. Der er ingen god sikkerhedskopi at '
    'lægge tilbage. Luk programmet og kontakt jeres IT-ansvarlige; rør ikke filen.':
        'The database is damaged and will not be opened, so nothing is lost. There is no good '
        'backup to restore. Close the program and contact your IT support; do not touch the file.',
    'Programmet kører allerede på denne datamappe. To kopier på samme database kan ødelægge den, '
    'så denne kopi starter ikke. Brug den kopi, der allerede kører, eller luk den først.':
        'The program is already running on this data folder. Two copies on the same database can '
        'damage it, so this copy will not start. Use the copy that is already running, or close '
        'it first.',
    'Programmet kører allerede på denne datamappe ({owner}). To kopier på samme database kan '
    'ødelægge den, så denne kopi starter ikke. Brug den kopi, der allerede kører, eller luk den '
    'først.':
        'The program is already running on this data folder ({owner}). Two copies on the same '
        'database can damage it, so this copy will not start. Use the copy that is already '
        'running, or close it first.',
    'Der er ingen database i datamappen, men der ligger data gemt til side eller fra en afbrudt '
    'handling. Der oprettes ikke en ny, tom database, så intet går tabt. Læg den nyeste '
    'sikkerhedskopi tilbage (python -m reception restore nyeste), eller flyt den gemte fil '
    'tilbage som reception.sqlite3. Kontakt jeres IT-ansvarlige, hvis I er i tvivl.':
        'There is no database in the data folder, but there is data set aside or left from an '
        'interrupted action. A new, empty database is not created, so nothing is lost. Restore '
        'the newest backup (python -m reception restore nyeste), or move the set-aside file back '
        'as reception.sqlite3. Contact your IT support if you are unsure.',
    'Der er ingen database at tage sikkerhedskopi af: {database}':
        'There is no database to back up: {database}',
    'Der er ikke plads nok i backupmappen »{folder}«. Frigør plads eller vælg en anden.':
        'There is not enough space in the backup folder “{folder}”. Free up space or choose '
        'another.',
    'Programmet må ikke skrive i backupmappen »{folder}«. Vælg en anden mappe.':
        'The program is not allowed to write in the backup folder “{folder}”. Choose another '
        'folder.',
    'Sikkerhedskopien kunne ikke skrives i »{folder}« ({why}).':
        'The backup could not be written in “{folder}” ({why}).',
    'Sikkerhedskopien bestod ikke kontrollen og er slettet. Databasen er urørt.':
        'The backup failed the check and has been deleted. The database is untouched.',
    'Sikkerhedskopien har ikke det samme antal rækker som databasen og er slettet. Databasen er '
    'urørt.':
        'The backup does not have the same number of rows as the database and has been deleted. '
        'The database is untouched.',
    'Sikkerhedskopien kunne ikke tages, fordi databasen ikke kunne læses. Kør en kontrol af '
    'databasen.':
        'The backup could not be made because the database could not be read. Run a check of the '
        'database.',
    'Backupmappen »{folder}« kan ikke bruges.':
        'The backup folder “{folder}” cannot be used.',
    'Sikkerhedskopien af serveren bestod ikke kontrollen og er slettet. Serveren er urørt.':
        'The backup of the server failed the check and has been deleted. The server is untouched.',
    'Sikkerhedskopien kunne ikke skrives i »{folder}«.':
        'The backup could not be written in “{folder}”.',
    'Sikkerhedskopien er fra en nyere version af programmet (skema {version}); opdater programmet '
    'først. Intet er ændret.':
        'The backup is from a newer version of the program (schema {version}); update the program '
        'first. Nothing has been changed.',
    'Sikkerhedskopien er ikke i orden og lægges ikke tilbage. Vælg en anden. Intet er ændret.':
        'The backup is not in order and will not be restored. Choose another. Nothing has been '
        'changed.',
    'Kopien af sikkerhedskopien bestod ikke kontrollen. Intet er ændret.':
        'The copy of the backup failed the check. Nothing has been changed.',
    'Sikkerhedskopien kunne ikke kopieres til datamappen ({why}). Intet er ændret.':
        'The backup could not be copied to the data folder ({why}). Nothing has been changed.',
    'Den nuværende database kunne ikke flyttes til side (er den åben i et andet program?). Den '
    'ligger i »{aside}« eller stadig i datamappen; intet er slettet.':
        'The current database could not be set aside (is it open in another program?). It is in '
        '“{aside}” or still in the data folder; nothing has been deleted.',
    'Sikkerhedskopien har skema {backup_version}, serveren {server_version}. Læg den tilbage på '
    'en PC først (så opdateres den), og flyt den derfra med move-to til en tom database. Intet er '
    'ændret.':
        'The backup has schema {backup_version}, the server {server_version}. Restore it on a PC '
        'first (so it is updated), and move it from there with move-to to an empty database. '
        'Nothing has been changed.',
    'Tabellen {table} er ikke ens på serveren efter gendannelsen. Det, serveren havde, ligger i '
    'sikkerhedskopien {backup}.':
        'The table {table} is not the same on the server after the restore. What the server had '
        'is in the backup {backup}.',
    'Databasen er allerede krypteret.':
        'The database is already encrypted.',
    'Der er ingen database at kryptere: {path}':
        'There is no database to encrypt: {path}',
    'Databasen bestod ikke kontrollen og krypteres ikke. Læg en god sikkerhedskopi tilbage først.':
        'The database failed the check and will not be encrypted. Restore a good backup first.',
    'Databasen er ikke krypteret; brug »encrypt« for at kryptere den.':
        'The database is not encrypted; use “encrypt” to encrypt it.',
    'Den nye adgangskode er den samme som den gamle.':
        'The new password is the same as the old one.',
    'Den nuværende adgangskode passer ikke til databasen.':
        'The current password does not match the database.',
    'Databasen bestod ikke kontrollen og får ikke ny adgangskode. Læg en god sikkerhedskopi '
    'tilbage først.':
        'The database failed the check and will not get a new password. Restore a good backup '
        'first.',
    'åbner ikke med den gamle adgangskode (en endnu ældre?)':
        'does not open with the old password (an even older one?)',
    '{failed} Databasen er som før.':
        '{failed} The database is as before.',
    '{failed} Databasen kunne ikke åbnes med den nye adgangskode; den oprindelige er lagt tilbage.':
        '{failed} The database could not be opened with the new password; the original has been '
        'put back.',
    '{failed} Kopien blev ikke identisk med databasen. Intet er ændret.':
        '{failed} The copy did not come out identical to the database. Nothing has been changed.',
    '{failed} Intet er ændret.':
        '{failed} Nothing has been changed.',
    'Databasen kunne ikke krypteres.':
        'The database could not be encrypted.',
    'Adgangskoden kunne ikke skiftes.':
        'The password could not be changed.',
    'Sikkerhedskopien fik ikke ny adgangskode.':
        'The backup did not get a new password.',
    'Adgangskoden skal være mindst {n} tegn.':
        'The password must be at least {n} characters.',
    'Adgangskoden må ikke begynde eller slutte med mellemrum.':
        'The password must not begin or end with a space.',
    'De to adgangskoder er ikke ens.':
        'The two passwords are not the same.',
    'Pinkoden skal være 4 til 12 cifre.':
        'The PIN must be 4 to 12 digits.',
    'ikke en almindelig mappe':
        'not an ordinary folder',
    'tilhører en anden bruger':
        'belongs to another user',
    'andre brugere har adgang':
        'other users have access',
    '{path}: kan ikke læses ({why})':
        '{path}: cannot be read ({why})',
    '{path}: filen er ikke gemt som UTF-8':
        '{path}: the file is not saved as UTF-8',
    '{path}: ugyldig TOML: {why}':
        '{path}: invalid TOML: {why}',
    '{path}: »stopwords« skal være en liste af ord':
        '{path}: “stopwords” must be a list of words',
    '{path}: »groups« skal skrives som [[groups]]':
        '{path}: “groups” must be written as [[groups]]',
    '{path}: gruppe nr. {number} skal have words = [mindst to ord]':
        '{path}: group no. {number} must have words = [at least two words]',
    '»{address}« er ikke en gyldig e-mailadresse.':
        '“{address}” is not a valid email address.',
    'Der er ikke plads nok på disken til at gemme »{name}«. Frigør plads, eller gem et andet sted.':
        'There is not enough space on the disk to save “{name}”. Free up space, or save somewhere '
        'else.',
    'Mappen »{folder}« findes ikke. Vælg en anden mappe.':
        'The folder “{folder}” does not exist. Choose another folder.',
    '»{name}« kan ikke gemmes i »{folder}«: mappen er skrivebeskyttet, eller filen er åben i et '
    'andet program. Luk filen, eller gem et andet sted.':
        '“{name}” cannot be saved in “{folder}”: the folder is write-protected, or the file is '
        'open in another program. Close the file, or save somewhere else.',
    '»{path}« er en mappe. Vælg et filnavn.':
        '“{path}” is a folder. Choose a file name.',
    '»{name}« kunne ikke gemmes i »{folder}« ({why}).':
        '“{name}” could not be saved in “{folder}” ({why}).',
    'Mappen »{folder}« kan ikke oprettes.':
        'The folder “{folder}” cannot be created.',
    'Udskrevet':
        'Printed',
    'Med posten':
        'By post',
    'Gemt som PDF':
        'Saved as PDF',
    'Informationsarket findes ikke (id {sent_id}).':
        'The information sheet does not exist (id {sent_id}).',
    'pdf_bytes is not a PDF':
        'pdf_bytes is not a PDF',
    'Afstanden skal være mellem {low} og {high} mm.':
        'The distance must be between {low} and {high} mm.',
    'Logoet skal være et billede (PNG eller JPEG).':
        'The logo must be an image (PNG or JPEG).',
    'Filen »{path}« findes ikke.':
        'The file “{path}” does not exist.',
    '»{text}« er ikke et tal i millimeter.':
        '“{text}” is not a number in millimetres.',
    'Databasen er krypteret. Skriv klinikkens adgangskode for at åbne den (eller sæt '
    'miljøvariablen RECEPTION_PASSPHRASE).':
        "The database is encrypted. Enter the clinic's password to open it (or set the "
        'environment variable RECEPTION_PASSPHRASE).',
    'Adgangskoden passer ikke til databasen. Prøv igen – store og små bogstaver tæller. Passer '
    'den stadig ikke, kan filen være beskadiget.':
        'The password does not match the database. Try again – upper and lower case matter. If it '
        'still does not match, the file may be damaged.',
    'Databasen er krypteret, men programmet mangler krypteringsmodulet (sqlcipher3). Kontakt '
    'jeres IT-ansvarlige.':
        'The database is encrypted, but the program is missing the encryption module '
        '(sqlcipher3). Contact your IT support.',
    'Databasen er optaget af et andet program. Det indtastede er ikke gemt endnu, men heller ikke '
    'tabt – der prøves igen om lidt.':
        'The database is busy in another program. What you typed is not saved yet, but not lost '
        'either – it will be tried again shortly.',
    'Databasen er skrivebeskyttet, så intet kan gemmes. Det indtastede er ikke tabt; ret adgangen '
    'til datamappen og prøv igen.':
        'The database is write-protected, so nothing can be saved. What you typed is not lost; '
        'fix access to the data folder and try again.',
    'Disken er fuld, så intet kan gemmes. Det indtastede er ikke tabt; frigør plads og prøv igen.':
        'The disk is full, so nothing can be saved. What you typed is not lost; free up space and '
        'try again.',
    'Der er ingen database, men der ligger data i datamappen gemt til side eller fra en afbrudt '
    'handling. Der oprettes ikke en ny, tom database, så intet går tabt. Start programmet igen, '
    'eller læg en sikkerhedskopi tilbage (python -m reception restore nyeste).':
        'There is no database, but there is data in the data folder set aside or left from an '
        'interrupted action. A new, empty database is not created, so nothing is lost. Start the '
        'program again, or restore a backup (python -m reception restore nyeste).',
    'Databasefilen er tom (0 byte), men der findes sikkerhedskopier, så den behandles ikke som en '
    'ny database. Læg den nyeste sikkerhedskopi tilbage (python -m reception restore nyeste).':
        'The database file is empty (0 bytes), but there are backups, so it is not treated as a '
        'new database. Restore the newest backup (python -m reception restore nyeste).',
    'Databasen kan ikke læses eller skrives (disk- eller filfejl). Det indtastede er ikke tabt; '
    'prøv igen, og kontakt support hvis det bliver ved.':
        'The database cannot be read or written (disk or file error). What you typed is not lost; '
        'try again, and contact support if it keeps happening.',
    'Databasefilen er blevet slettet eller skiftet ud, mens programmet kørte, så intet gemmes. '
    'Det indtastede er ikke tabt og bliver stående; skriv det af, og kontakt jeres IT-ansvarlige, '
    'før programmet lukkes.':
        'The database file was deleted or replaced while the program was running, so nothing is '
        'saved. What you typed is not lost and stays on screen; copy it down, and contact your IT '
        'support before closing the program.',
    'Forbindelsen til databaseserveren blev afbrudt. Det indtastede er ikke gemt endnu, men '
    'heller ikke tabt – der prøves igen om lidt.':
        'The connection to the database server was lost. What you typed is not saved yet, but not '
        'lost either – it will be tried again shortly.',
    'Databaseserveren kan ikke nås. Det indtastede er ikke gemt endnu, men heller ikke tabt; tjek '
    'netværket og serveren, og prøv igen.':
        'The database server cannot be reached. What you typed is not saved yet, but not lost '
        'either; check the network and the server, and try again.',
    'Databasen er fra en nyere version (skema {found}); dette program kender skema {known}.':
        'The database is from a newer version (schema {found}); this program knows schema {known}.',
    'Databasen på serveren ({where}) er ikke tom: den har allerede tabeller. Flytningen skriver '
    'kun i en tom database; opret en ny (se README) og prøv igen.':
        'The database on the server ({where}) is not empty: it already has tables. The move only '
        'writes to an empty database; create a new one (see README) and try again.',
    'Der er ingen database at flytte i {where}.':
        'There is no database to move in {where}.',
    'Databasen i {where} er fra en ældre version af programmet (skema {version}). Start '
    'programmet én gang på denne PC, så den bliver opdateret, og flyt den så.':
        'The database in {where} is from an older version of the program (schema {version}). '
        'Start the program once on this PC so it is updated, and then move it.',
    "Tabellen {table} er ikke ens på serveren efter flytningen ({difference}). Databasen på PC'en "
    'er uændret; slet databasen på serveren, opret den tom igen og prøv igen.':
        'The table {table} is not the same on the server after the move ({difference}). The '
        'database on the PC is unchanged; delete the database on the server, create it empty '
        'again and try again.',
    'da_DK':
        'en_GB',
    'dd.MM.yyyy':
        'dd/MM/yyyy',
    'dd.MM.':
        'dd/MM',
    'HH.mm':
        'HH:mm',
    'dd.MM.yyyy HH:mm:ss':
        'dd/MM/yyyy HH:mm:ss',
    'dd.MM.yyyy HH:mm':
        'dd/MM/yyyy HH:mm',
    'dd.MM. HH:mm':
        'dd/MM HH:mm',
    'd. MMMM yyyy':
        'd MMMM yyyy',
    'dddd d. MMMM yyyy':
        'dddd d MMMM yyyy',
    '{date} kl. {time}':
        '{date} at {time}',
    'Et opkald gemt på denne PC, mens serveren var væk, skrives nu til serveren.':
        'A call saved on this PC while the server was away is now being written to the server.',
    '{n} opkald gemt på denne PC, mens serveren var væk, skrives nu til serveren.':
        '{n} calls saved on this PC while the server was away are now being written to the server.',
    'Et opkald gemt på denne PC er sat på hold: {who} havde ændret personens oplysninger.':
        "A call saved on this PC has been put on hold: {who} had changed the person's details.",
    'Et opkald gemt på denne PC er nu skrevet til serveren.':
        'A call saved on this PC has now been written to the server.',
    'Opkaldet er ikke gemt endnu: {who} havde ændret personens oplysninger. Ret det, du vil, og '
    'afslut igen.':
        "The call has not been saved yet: {who} had changed the person's details. Correct what "
        'you want, and end the call again.',
    'Databaseserveren kan ikke nås. Det du skriver gemmes på denne PC og skrives til serveren, '
    'når den er tilbage.':
        'The database server cannot be reached. What you type is saved on this PC and written to '
        'the server when it is back.',
    'Ikke gemt endnu: {who} havde ændret trinnet. Det du skrev står her stadig.':
        'Not saved yet: {who} had changed the step. What you typed is still here.',
    'Ændringen fra {who} er beholdt. Du havde skrevet: {typed}':
        'The change from {who} has been kept. You had typed: {typed}',
    'Ændringen fra {who} står nu i felterne; tryk Gem for at gemme resten.':
        'The change from {who} is now in the fields; press Save to save the rest.',
    'Ikke gemt endnu: {who} havde ændret oplysningerne.':
        'Not saved yet: {who} had changed the details.',
    'Ændret ved et andet skrivebord':
        'Changed at another desk',
    '{who} gemte en ændring af det samme{at}, mens du skrev. Intet er skrevet over, og det du '
    'skrev er bevaret. Vælg hvad der skal gælde:':
        '{who} saved a change to the same thing{at} while you were typing. Nothing has been '
        'overwritten, and what you typed is kept. Choose which should apply:',
    'Felt':
        'Field',
    'Gemt af {who}':
        'Saved by {who}',
    'Det du skrev':
        'What you typed',
    # --- errors given codes at the merge ---
    'Databaseserveren kan ikke nås. Opkaldet er gemt på denne PC og skrives til serveren, så '
    'snart den er tilbage.':
        'The database server cannot be reached. The call is saved on this PC and will be '
        'written to the server as soon as it is back.',
    'Teksten kan ikke gemmes: {problems}':
        'The text cannot be saved: {problems}',
    'Ændring nr. {change_id} findes ikke.':
        'Change no. {change_id} does not exist.',
    'Der eksporteres ikke ind i programmets egen mappe ({folder}).':
        "Texts are not exported into the program's own folder ({folder}).",
    '{what}':
        '{what}',
    '{who} gemte en ændring af det samme kl. {time}, mens du skrev. Intet er skrevet over, og '
    'det du skrev er bevaret: vælg hvad der skal gælde.':
        '{who} saved a change to the same thing at {time} while you were typing. Nothing has '
        'been overwritten, and what you typed is kept: choose what should apply.',
    '{who} gemte en ændring af det samme, mens du skrev. Intet er skrevet over, og det du '
    'skrev er bevaret: vælg hvad der skal gælde.':
        '{who} saved a change to the same thing while you were typing. Nothing has been '
        'overwritten, and what you typed is kept: choose what should apply.',
    'et andet skrivebord':
        'another desk',
    # --- Overblik's figures ---
    'Post':
        'Post',
    'PDF':
        'PDF',
    '(ikke angivet)':
        '(not given)',
    'Opkald i alt':
        'Calls in total',
    'Samtaletid i snit (min.)':
        'Average talk time (min.)',
    'Udfald':
        'Outcomes',
    'Forskellige personer':
        'Different people',
    'Nye personer':
        'New people',
    'Kendte personer':
        'Returning people',
    'Nye, der bookede inden 30 dage':
        'New people who booked within 30 days',
    'Andel nye, der bookede':
        'Share of new people who booked',
    'Klaret efter aftalt dag':
        'Done after the agreed day',
    'Forfaldne, ikke klaret':
        'Overdue, not done',
    'Tid til klaret, median':
        'Time until done, median',
    'Tid til klaret, 90 %':
        'Time until done, 90%',
    'Forsøg på de klarede':
        'Attempts on those done',
    'Informationsark sendt':
        'Information sheets sent',
    'Tjeklister':
        'Checklists',
    'Konsultationer':
        'Consultations',
    'Alt på plads en uge før':
        'Everything in place a week before',
    'Andel på plads en uge før':
        'Share in place a week before',
    'Opkald pr. medarbejder':
        'Calls per staff member',
    # --- the Revisionslog (privacy.audit_trail, privacy.audit_words) ---
    'Person oprettet': 'Person created',
    'Personoplysninger ændret': 'Personal details changed',
    'Telefonnummer tilføjet': 'Phone number added',
    'Oplysninger vist': 'Details viewed',
    'Oplysninger udleveret (indsigt)': 'Details handed over (access request)',
    'Person anonymiseret': 'Person anonymised',
    'Person slettet': 'Person erased',
    'Opkald afsluttet': 'Call ended',
    'Kladde til opkald kasseret': 'Call draft discarded',
    'Tilbageringning oprettet': 'Callback created',
    'Tilbageringning forsøgt': 'Callback attempted',
    'Tilbageringning udført': 'Callback done',
    'Note skrevet': 'Note written',
    'Tjekliste oprettet': 'Checklist created',
    'Tjekliste udfyldt': 'Checklist filled in',
    'Tjeklistetrin ændret': 'Checklist step changed',
    'Informationsark lagt til posten': 'Information sheet put out for posting',
    'Informationsark taget fra posten': 'Information sheet taken off the post',
    'Informationsark postet': 'Information sheet posted',
    'Informationsark ikke nødvendigt': 'Information sheet not needed',
    'Demodata indlæst': 'Demo data loaded',
    'Skærmen låst': 'Screen locked',
    'Skærmen låst op': 'Screen unlocked',
    'Forkert pinkode/adgangskode ved skærmlåsen': 'Wrong PIN/password at the screen lock',
    '{key}: {value}': '{key}: {value}',
    '{value}': '{value}',
    '{first}, {rest}': '{first}, {rest}',
    '{day}': '{day}',
    'SLET': 'DELETE',  # the word to type before a person is erased
    'tom database': 'empty database',
    # --- the knowledge reader's context line (reception/content/pages.py) ---
    'Udkast – venter på lægens godkendelse': "Draft – awaiting the doctor's approval",
    '{draft} · {context}': '{draft} · {context}',
    'Spørgsmål og svar · {topic}': 'Questions and answers · {topic}',
    'Trin {number}: {title}': 'Step {number}: {title}',
    'Skriv pinkoden eller databasens adgangskode for at låse op.':
        "Type the PIN or the database's passphrase to unlock.",
    'Skriv pinkoden for at låse op.': 'Type the PIN to unlock.',
    'Skriv databasens adgangskode for at låse op.': "Type the database's passphrase to unlock.",
    'Tryk Lås op. (Vælg en pinkode under Filer → Skærmlås, så kun personalet kan låse op.)':
        'Press Unlock. (Choose a PIN under File → Screen lock so that only staff can unlock.)',
    # --- an interrupted action settled at the start (reception/safety/recovery.py) ---
    'krypteringen': 'the encryption',
    'skiftet af adgangskode': 'the passphrase change',
    'gendannelsen af en sikkerhedskopi': 'the restore of a backup',
    'en sikkerhedskopi': 'a backup',
    'Krypteringen': 'The encryption',
    'Skiftet af adgangskode': 'The passphrase change',
    'Datamappen har en journal, der ikke kan læses: {path}. Den er ikke rørt; kontakt jeres '
    'IT-ansvarlige.':
        'The data folder has a journal that cannot be read: {path}. It has not been touched; '
        'contact your IT support.',
    'Den afbrudte {what} kunne ikke gøres færdig ({why}); intet er slettet. Journalen ligger '
    'i {path}.':
        'Could not finish {what}, which was interrupted ({why}); nothing has been deleted. '
        'The journal is in {path}.',
    'Én skjult kopi fra en afbrudt handling er slettet; databasen er på plads.':
        'One hidden copy from an interrupted action has been deleted; the database is in '
        'place.',
    '{n} skjulte kopier fra en afbrudt handling er slettet; databasen er på plads.':
        '{n} hidden copies from an interrupted action have been deleted; the database is in '
        'place.',
    'databasen': 'the database',
    'sikkerhedskopien {name}': 'the backup {name}',
    'Den afbrudte {what} er ikke ryddet op: hverken {label} eller originalen findes; intet er '
    'slettet. Journalen ligger i {path}.':
        'Could not clean up after {what}, which was interrupted: neither {label} nor the '
        'original exists; nothing has been deleted. The journal is in {path}.',
    '{what} blev afbrudt, efter at den nye fil var lagt på plads; den er gjort færdig ({label} '
    'er i orden).':
        '{what} was interrupted after the new file was in place; it has been finished '
        '({label} is fine).',
    '{what} blev afbrudt og er rullet tilbage: {label} er som før. Kør kommandoen igen.':
        '{what} was interrupted and has been rolled back: {label} is as before. Run the '
        'command again.',
    'Gendannelsen af en sikkerhedskopi blev afbrudt til sidst; den er gjort færdig. Den '
    'tidligere database ligger i »{aside}«.':
        'The restore of a backup was interrupted at the very end; it has been finished. The '
        'previous database is in “{aside}”.',
    'Gendannelsen af en sikkerhedskopi blev afbrudt; den er gjort færdig.':
        'The restore of a backup was interrupted; it has been finished.',
    'Gendannelsen af en sikkerhedskopi blev afbrudt og er rullet tilbage: databasen er som '
    'før. Læg sikkerhedskopien tilbage igen, hvis den stadig skal bruges.':
        'The restore of a backup was interrupted and has been rolled back: the database is as '
        'before. Restore the backup again if it is still needed.',
    'En afbrudt sikkerhedskopi er ikke ryddet op, fordi databasen mangler; intet er slettet. '
    'Journalen ligger i {path}.':
        'An interrupted backup has not been cleaned up because the database is missing; '
        'nothing has been deleted. The journal is in {path}.',
    'En sikkerhedskopi blev afbrudt; den halve kopi er slettet. Databasen er urørt.':
        'A backup was interrupted; the half-made copy has been deleted. The database is '
        'untouched.',
    'En sikkerhedskopi blev afbrudt til sidst; den er gemt og i orden.':
        'A backup was interrupted at the very end; it is saved and fine.',
    'Vælg en dato for tilbageringningen.': 'Choose a date for the callback.',
    # --- triage hints beside the call form (reception/calls/triage.py) ---
    'Vejledning ud fra klinikkens egne tekster – ikke en lægelig vurdering.':
        "Guidance from the clinic's own texts – not a medical assessment.",
    'Smerter i op til 3–6 måneder regnes som almindelige smerter: Trin 1-behandlinger først '
    '(fx fysioterapi, massage, akupunktur, kiropraktik, smertestillende medicin). Effekten '
    'bør ses inden for 3–5 behandlinger.':
        'Pain for up to 3–6 months counts as ordinary pain: step 1 treatments first (e.g. '
        'physiotherapy, massage, acupuncture, chiropractic, painkillers). The effect should '
        'show within 3–5 treatments.',
    'Smerter i mere end 6 måneder regnes som kroniske smerter og behandles anderledes end '
    'almindelige smerter (Trin 2).':
        'Pain for more than 6 months counts as chronic pain and is treated differently from '
        'ordinary pain (step 2).',
    'Nakkesmerter i mere end ½–1 år: guldimplantation kan være værd at overveje.':
        'Neck pain for more than ½–1 year: gold implantation may be worth considering.',
    'Led- og muskelsmerter i mere end 1–2 år: guldimplantation kan være værd at overveje.':
        'Joint and muscle pain for more than 1–2 years: gold implantation may be worth '
        'considering.',
    'Smerterne kommer hurtigt igen efter anden behandling (fx akupunktur, massage, '
    'kiropraktik eller øvelser): guldimplantation kan være værd at overveje.':
        'The pain soon returns after other treatment (e.g. acupuncture, massage, chiropractic '
        'or exercises): gold implantation may be worth considering.',
    'Nye eller tiltagende smerteområder: foreslå, at den, der ringer, kontakter sin egen '
    'læge.':
        'New or increasing pain areas: suggest that the caller contacts their own doctor.',
    # --- the checklist's flags and warnings (reception/checklist/rules.py) ---
    'Den er gemt som skrevet – ret den, hvis den er forkert.':
        'It is saved as written – correct it if it is wrong.',
    'i dag': 'today',
    'i morgen': 'tomorrow',
    'om {n} dage': 'in {n} days',
    'Konsultationsdagen ({date}) er passeret.': 'The consultation day ({date}) has passed.',
    'Scanningen er over 2 år gammel på konsultationsdagen (kunne bruges til {date}).':
        'The scan is over 2 years old on the consultation day (usable until {date}).',
    'Konsultationen er {when}, og billederne er ikke kommet.':
        'The consultation is {when}, and the images have not arrived.',
    'Tager blodfortyndende medicin – pausen er ikke aftalt.':
        'Takes blood thinners – the pause has not been agreed.',
    'Ikke afklaret, om patienten tager blodfortyndende medicin.':
        'Not yet clear whether the patient takes blood thinners.',
    '{what} {date} ligger i fremtiden. {kept}': '{what} {date} is in the future. {kept}',
    'Konsultationsdatoen {date} er allerede passeret. {kept}':
        'The consultation date {date} has already passed. {kept}',
    'Scanningsdatoen': 'The scan date',
    'Datoen for bestillingen': 'The date of the request',
    'Modtagelsesdatoen': 'The date received',
    'Pausen starter {start}, efter konsultationen {consultation}. {kept}':
        'The pause starts {start}, after the consultation {consultation}. {kept}',
    'Billederne er modtaget {received}, før de blev bestilt {asked}. Begge datoer er gemt som '
    'skrevet – ret den, der er forkert.':
        'The images were received {received}, before they were requested {asked}. Both dates '
        'are saved as written – correct the wrong one.',
    # --- Overblik: a figure's unit and the staff row (the numbers through QLocale) ---
    '{share} %': '{share}%',
    '{hours} t': '{hours} h',
    'kl. {hour}': '{hour}:00',
    '{calls} ({incoming} ind, {outgoing} ud, {booked} booket)':
        '{calls} ({incoming} in, {outgoing} out, {booked} booked)',
    'tømt: {count}': 'emptied: {count}',
    'udfald': 'outcome',
    'varighed': 'duration',
    'opkald': 'call',
    'person': 'person',
    'trin': 'steps',
    'felter': 'fields',
    'status': 'status',
    'måde': 'how',
    'indhold': 'content',
    'dag': 'day',
    'personer': 'people',
    'startværdi': 'seed',
    'rækker': 'rows',
    'filer': 'files',
    'konsultation booket': 'consultation booked',
    'informationsark sendes': 'information sheet to be sent',
    'ring tilbage': 'call back',
    'ingen handling': 'no action',
    'mangler': 'to do',
    'klaret': 'done',
    'ikke relevant': 'not relevant',
    'udskrevet': 'printed',
    'med posten': 'by post',
    'e-mail': 'e-mail',
    'gemt som pdf': 'saved as PDF',
    'intet': 'none',
    'nr. {n}': 'no. {n}',
    '{minutes} min {seconds} s': '{minutes} min {seconds} s',
    '{seconds} s': '{seconds} s',
    '{n} emne': '{n} topic',
    '{n} emner': '{n} topics',
    '{n} svar': ('{n} answer', '{n} answers'),
    'de 6 trin': 'the 6 steps',
    '{n} telefonnummer': '{n} phone number',
    '{n} telefonnumre': '{n} phone numbers',
    '{n} opkald': ('{n} call', '{n} calls'),
    '{n} optælling af opkald': '{n} call count',
    '{n} optællinger af opkald': '{n} call counts',
    '{n} afkrydset spørgsmål': '{n} ticked question',
    '{n} afkrydsede spørgsmål': '{n} ticked questions',
    '{n} note': '{n} note',
    '{n} noter': '{n} notes',
    '{n} tilbageringning': '{n} callback',
    '{n} tilbageringninger': '{n} callbacks',
    '{n} sendt ark': '{n} sent sheet',
    '{n} sendte ark': '{n} sent sheets',
    '{n} kopi af et ark': '{n} copy of a sheet',
    '{n} kopier af ark': '{n} copies of sheets',
    '{n} tjekliste': '{n} checklist',
    '{n} tjeklister': '{n} checklists',
    '{n} tjeklistetrin': ('{n} checklist step', '{n} checklist steps'),
    '{n} {table}': '{n} {table}',
    '{n} logpost': '{n} log entry',
    '{n} logposter': '{n} log entries',
    '{n} indstilling': '{n} setting',
    '{n} indstillinger': '{n} settings',
    '{n} versionsnummer': '{n} version number',
    '{n} versionsnumre': '{n} version numbers',
    '{n} tekstændring': '{n} text change',
    '{n} tekstændringer': '{n} text changes',
    # --- the Revisionslog's »Om« column ---
    'Person':
        'Person',
    'Telefonnummer':
        'Phone number',
    'Note':
        'Note',
    'Tilbageringning':
        'Callback',
    'Forsendelse':
        'Dispatch',
    'Tjeklistetrin':
        'Checklist step',
    '{name} (person nr. {person})':
        '{name} (person no. {person})',
    '{name} (person nr. {person}) · {item}':
        '{name} (person no. {person}) · {item}',
    'Person nr. {number}':
        'Person no. {number}',
    'Telefonnummer nr. {number}':
        'Phone number no. {number}',
    'Opkald nr. {number}':
        'Call no. {number}',
    'Note nr. {number}':
        'Note no. {number}',
    'Tilbageringning nr. {number}':
        'Callback no. {number}',
    'Forsendelse nr. {number}':
        'Dispatch no. {number}',
    'Informationsark nr. {number}':
        'Information sheet no. {number}',
    'Tjekliste nr. {number}':
        'Checklist no. {number}',
    'Tjeklistetrin nr. {number}':
        'Checklist step no. {number}',
    'Skærmlås nr. {number}':
        'Screen lock no. {number}',
    'Databaseserveren kan ikke nås, og disken på denne PC er fuld, så opkaldet kan heller '
    'ikke gemmes her. Det indtastede står stadig i vinduet: luk ikke programmet, men frigør '
    'plads på disken ({folder}).':
        "The database server cannot be reached, and this PC's disk is full, so the call "
        "cannot be kept here either. What you typed is still in the window: do not close "
        "the program; free some space on the disk ({folder}).",
    'Databaseserveren kan ikke nås, og opkaldet kan heller ikke gemmes på denne PC '
    '({folder}). Det indtastede står stadig i vinduet: luk ikke programmet, men ret '
    'adgangen til mappen.':
        "The database server cannot be reached, and the call cannot be kept on this PC "
        "either ({folder}). What you typed is still in the window: do not close the "
        "program; fix the access to the folder.",
    'Et opkald gemt på denne PC kan ikke læses. Filen er ikke slettet; den ligger i '
    '{folder}, så support kan se på den.':
        "A call kept on this PC cannot be read. The file has not been deleted; it is in "
        "{folder}, so support can look at it.",
    '{n} opkald gemt på denne PC kan ikke læses. Filerne er ikke slettet; de ligger i '
    '{folder}, så support kan se på dem.':
        "{n} calls kept on this PC cannot be read. The files have not been deleted; they "
        "are in {folder}, so support can look at them.",
    '&Afslut':
        '&Quit',
    'Dagens &post …':
        "Today's &post …",
    'Klinikkens &oplysninger …':
        'Clinic &details …',
    'Klinikkens &tekster …':
        "The clinic's &texts …",
    '&Brevindstillinger …':
        'Letter &settings …',
    'P&ersonale og opbevaring …':
        'St&aff and retention …',
    '&Gennemgå gamle personer …':
        '&Review old records …',
    '&Revisionslog …':
        'A&udit log …',
    '&Behold deres':
        '&Keep theirs',
    'Behold &mit':
        'Keep &mine',
    '&Tilbage til redigering':
        '&Back to editing',
    'Forskelle':
        'Differences',
    '&Nyt spørgsmål':
        '&New question',
    'Ny s&ygdom':
        'New &condition',
    'Nyt &afsnit':
        'New s&ection',
    '&Kræver lægens godkendelse (vises som udkast)':
        "Needs the doctor's &approval (shown as a draft)",
    '&Gem':
        '&Save',
    'Go&dkend udkastet':
        'A&pprove the draft',
    '&Programmets tekst igen':
        "The p&rogram's text again",
    'H&ent denne version frem':
        '&Bring back this version',
    '&Behold klinikkens tekst':
        "&Keep the clinic's text",
    'Br&ug programmets nye tekst':
        "&Use the program's new text",
    '&Visning':
        'Previe&w',
    'A&rk (PDF)':
        'S&heet (PDF)',
    '&Historik':
        'H&istory',
    'Ek&sporter …':
        'E&xport …',
    '&Importer …':
        'I&mport …',
    '&Luk':
        'C&lose',
    '&Tekster':
        '&Texts',
    'Versioner':
        'Versions',
    'Rettelsen er ikke gemt':
        'The change is not saved',
    'Det du har skrevet, er ikke gemt. Vil du lukke og kassere det?':
        'What you typed is not saved. Close and discard it?',
    '&Kassér og luk':
        '&Discard and close',
    '&Tilbage til teksten':
        '&Back to the text',
    'Fr&a':
        'Fro&m',
    't&il':
        't&o',
    'Gem som &CSV …':
        'Save as &CSV …',
    'Gem som P&DF …':
        'Save as P&DF …',
    'Søg efter en person':
        'Search for a person',
    'På en knap med en pil (fx »Nyt spørgsmål« i Klinikkens tekster): åbn dens menu':
        "On a button with an arrow (e.g. »New question« in the clinic's texts): open its menu",
    # --- the content loader's problems (reception/content/validation.py, loader.py) ---
    "feltet '{field}' {what}": "field '{field}' {what}",
    "feltet '{field}' mangler": "field '{field}' is missing",
    "skal være tekst i anførselstegn": "must be text in quotation marks",
    "er tomt": "is empty",
    "er tom": "is empty",
    "er længere end {limit} tegn": "is longer than {limit} characters",
    "'{value}' må kun indeholde små bogstaver a-z, tal og '-'":
        "'{value}' may only contain lowercase letters a-z, digits and '-'",
    "må kun indeholde små bogstaver a-z, tal og »-«":
        "may only contain lowercase letters a-z, digits and »-«",
    "skal være »{key}«": "must be »{key}«",
    "skal være et heltal": "must be a whole number",
    "skal ligge mellem {minimum} og {maximum}": "must be between {minimum} and {maximum}",
    'skal være en dato som "2026-11-22"': 'must be a date such as "2026-11-22"',
    "ligger efter i dag ({value})": "is later than today ({value})",
    'skal være en liste af tekster, fx ["a", "b"]': 'must be a list of texts, e.g. ["a", "b"]',
    "skal skrives som [[...{key}]]-tabeller": "must be written as [[...{key}]] tables",
    "er ikke en tabel": "is not a table",
    "ingen [[sections]] fundet": "no [[sections]] found",
    "filnavnet skal være små bogstaver, tal og '-' (fx nakkesmerter.toml)":
        "the file name must be lowercase letters, digits and '-' (e.g. nakkesmerter.toml)",
    "{entry}: {problem}": "{entry}: {problem}",
    "{problem}": "{problem}",
    "ingen sygdomsfiler fundet": "no condition files found",
    "filen mangler": "the file is missing",
    "skal skrives som +45XXXXXXXX": "must be written as +45XXXXXXXX",
    "ingen [[{table}]]-afsnit fundet": "no [[{table}]] sections found",
    "id '{id}' findes allerede": "id '{id}' already exists",
    "ukendt id; brug et af: {ids}": "unknown id; use one of: {ids}",
    "nummer {number} findes allerede": "number {number} already exists",
    "trin mangler: {numbers}": "steps missing: {numbers}",
    "ukendt slags tekst: {kind}": "unknown kind of text: {kind}",
    "der er ingen tidligere tekst at hente frem": "there is no earlier text to bring back",
}

# The same Danish with other English in one context: (context, Danish) → English.
IN_CONTEXT: dict[tuple[str, str], str | tuple[str, str]] = {
    ("TodayPanel", "Mangler"): "Missing",
    ("OverviewModel", "Mangler"): "Missing",
}

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d|%n")
TAG = re.compile(r"</?\w+[^>]*>")


def english(context: str, source: str) -> str | tuple[str, str] | None:
    return IN_CONTEXT.get((context, source), TABLE.get(source))


def problems(source: str, translation: str) -> list[str]:
    """What a translation changed that it must keep: placeholders, mnemonics, tags, and
    spaces or line breaks at either end."""
    found = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        found.append("placeholders")
    if source.replace("&&", "").count("&") != translation.replace("&&", "").count("&"):
        found.append("mnemonic")
    if TAG.findall(source) != TAG.findall(translation):
        found.append("tags")
    ends = (len(source) - len(source.lstrip()), len(source) - len(source.rstrip()))
    if ends != (len(translation) - len(translation.lstrip()),
                len(translation) - len(translation.rstrip())):
        found.append("spaces at the ends")
    return found


class Message(NamedTuple):
    context: str
    source: str
    forms: tuple[str, ...]  # the English; two (one, more) for a ``%n`` message
    numerus: bool
    finished: bool


def messages(ts: Path = TS) -> list[Message]:
    """Every message in ``ts``."""
    found = []
    for context in ElementTree.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if element is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(form.text or "" for form in element.iter("numerusform"))
            else:
                forms = (element.text or "",)
            finished = (element is not None and element.get("type") is None
                        and bool(forms) and all(forms))
            found.append(Message(name, message.findtext("source") or "", forms, numerus,
                                 finished))
    return found


def apply(ts: Path = TS) -> list[tuple[str, str]]:
    """Write the table's English into ``ts``; returns (context, source) still missing."""
    tree = ElementTree.parse(ts)
    tree.getroot().set("sourcelanguage", "da_DK")
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            element = message.find("translation")
            if element is None:
                element = ElementTree.SubElement(message, "translation")
            text = english(name, source)
            numerus = message.get("numerus") == "yes"
            if text is None or numerus != isinstance(text, tuple):
                if element.get("type") == "unfinished" or not (element.text or len(element)):
                    element.set("type", "unfinished")
                    missing.append((name, source))
                continue
            forms = text if isinstance(text, tuple) else (text,)
            for form in forms:
                if problems(source, form):
                    raise SystemExit(f"{name}: {source!r} → {form!r}: {problems(source, form)}")
            element.clear()
            if numerus:
                for form in forms:
                    ElementTree.SubElement(element, "numerusform").text = form
            else:
                element.text = text
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return missing


def qt_tool(name: str) -> str:
    """``pyside6-lupdate`` and friends, next to this Python (the .venv) or on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name) or name


def ui_sources() -> list[str]:
    """ui/, and the core's modules that mark texts for the UI (``QT_TR_NOOP``: error
    templates, vocabulary labels, reports) - the UI shows those through ``tr()`` too."""
    ui = [p for p in (ROOT / "ui").rglob("*.py")]
    core = [p for p in (ROOT / "reception").rglob("*.py")
            if "QT_TR_NOOP" in p.read_text(encoding="utf-8")]
    return sorted(str(p.relative_to(ROOT)) for p in ui + core)


def lupdate(ts: Path = TS) -> None:
    subprocess.run([qt_tool("pyside6-lupdate"), *ui_sources(), "-ts", str(ts), "-no-obsolete",
                    "-target-language", "en_US", "-locations", "none", "-silent"],
                   check=True, cwd=ROOT)


def lrelease(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, cwd=ROOT)


def update() -> list[tuple[str, str]]:
    lupdate()
    missing = apply()
    lupdate()  # lupdate's own layout, so that later runs change only what changed
    lrelease()
    return missing


def unused() -> list[str]:
    """Table entries no text in ui/ asks for any more (delete them)."""
    sources = {m.source for m in messages()}
    return sorted({*TABLE, *(source for _c, source in IN_CONTEXT)} - sources)


def report(missing: list[tuple[str, str]]) -> int:
    for context, source in missing:
        print(f"{context or '(tr)'}: {source!r}")
    print(f"{len(missing)} without English in {TS.relative_to(ROOT)}")
    if unused():
        print(f"Not used any more (delete from the table): {unused()}")
    return 1 if missing else 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        return report(update())
    if command == "missing":
        return report([(m.context, m.source) for m in messages() if not m.finished])
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
