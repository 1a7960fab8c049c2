<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="da_DK">
<context>
    <name></name>
    <message>
        <source>Databasen kunne ikke åbnes</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
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
        <source>Der skete en uventet fejl. Programmet kører videre, og det du har skrevet er ikke slettet.

Hvis fejlen kommer igen, så send logfilen til jeres IT-ansvarlige:
{path}</source>
        <translation>An unexpected error occurred. The program keeps running, and nothing you typed has been lost.

If the error happens again, send the log file to your IT support:
{path}</translation>
    </message>
    <message>
        <source>Uventet fejl</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Kontrollerer databasen …</source>
        <translation>Checking the database …</translation>
    </message>
    <message>
        <source>Åbner databasen …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <source>Tager sikkerhedskopi af databasen …
Sluk ikke PC&apos;en, før dette vindue er væk.</source>
        <translation>Backing up the database …
Do not turn off the PC until this window has closed.</translation>
    </message>
    <message>
        <source>Skær&amp;mlås …</source>
        <translation>Screen l&amp;ock …</translation>
    </message>
    <message>
        <source>S&amp;ikkerhedskopier …</source>
        <translation>&amp;Backups …</translation>
    </message>
    <message>
        <source>Venter på den daglige sikkerhedskopi …</source>
        <translation>Waiting for the daily backup …</translation>
    </message>
    <message>
        <source>Databasen kunne ikke åbnes igen</source>
        <translation>The database could not be reopened</translation>
    </message>
    <message>
        <source>Databasen kunne ikke åbnes igen, så intet nyt kan gemmes lige nu. Det, der var skrevet, blev gemt før. Luk programmet, bed jeres IT-ansvarlige se på datamappen, og start programmet igen.

{error}</source>
        <translation>The database could not be reopened, so nothing new can be saved right now. What was typed had already been saved. Close the program, ask your IT support to look at the data folder, and start the program again.

{error}</translation>
    </message>
    <message>
        <source>Gendannet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Sikkerhedskopien er lagt tilbage, og skærmene viser nu dens oplysninger. Den database, der var i brug, er gemt til side i mappen gemt-til-side.</source>
        <translation>The backup has been restored, and the screens now show its data. The database that was in use has been set aside in the folder gemt-til-side.</translation>
    </message>
    <message>
        <source>Guldklinikken Reception</source>
        <translation>Guldklinikken Reception</translation>
    </message>
    <message>
        <source>Afbrudt handling</source>
        <translation>Interrupted action</translation>
    </message>
    <message>
        <source>Programmet kører allerede på denne datamappe{owner}. Databasen ligger på klinikkens server, men hvert skrivebord har sin egen datamappe (log, indstillinger, udbakke). Brug den kopi, der allerede kører, eller start denne med en anden datamappe (--data-dir).</source>
        <translation>The program is already running on this data folder{owner}. The database is on the clinic&apos;s server, but each desk has its own data folder (log, settings, outbox). Use the copy that is already running, or start this one with another data folder (--data-dir).</translation>
    </message>
    <message>
        <source>Nyt opkald</source>
        <translation>New call</translation>
    </message>
    <message>
        <source>Afslut opkaldet (vælg udfald og gem)</source>
        <translation>End the call (choose the outcome and save)</translation>
    </message>
    <message>
        <source>Skift til opkald nr. 1–9 i rækken af åbne opkald</source>
        <translation>Switch to call 1–9 in the row of open calls</translation>
    </message>
    <message>
        <source>Send informationsark til den, der ringer</source>
        <translation>Send an information sheet to the caller</translation>
    </message>
    <message>
        <source>Næste eller forrige felt, også ud af noterne (der skrives aldrig tabulatortegn i noterne)</source>
        <translation>Next or previous field, also out of the notes (notes never get tab characters)</translation>
    </message>
    <message>
        <source>Søg i klinikkens viden</source>
        <translation>Search the clinic&apos;s knowledge</translation>
    </message>
    <message>
        <source>I søgefeltet: tilbage til feltet, du skrev i før Ctrl+F</source>
        <translation>In the search box: back to the field you were typing in before Ctrl+F</translation>
    </message>
    <message>
        <source>I søgefeltet: vælg et svar</source>
        <translation>In the search box: choose an answer</translation>
    </message>
    <message>
        <source>Skjul eller vis klinikkens viden</source>
        <translation>Hide or show the clinic&apos;s knowledge</translation>
    </message>
    <message>
        <source>Fanen Opkald</source>
        <translation>Calls tab</translation>
    </message>
    <message>
        <source>Fanen I dag</source>
        <translation>Today tab</translation>
    </message>
    <message>
        <source>Fanen Tilbageringninger</source>
        <translation>Callbacks tab</translation>
    </message>
    <message>
        <source>Fanen Før behandling</source>
        <translation>Before treatment tab</translation>
    </message>
    <message>
        <source>Fanen Personer</source>
        <translation>People tab</translation>
    </message>
    <message>
        <source>Fanen Overblik</source>
        <translation>Overview tab</translation>
    </message>
    <message>
        <source>På en knap med en pil (fx »Nyt spørgsmål« i Klinikkens tekster): åbn dens menu</source>
        <translation>On a button with an arrow (e.g. »New question« in the clinic&apos;s texts): open its menu</translation>
    </message>
    <message>
        <source>Lås skærmen</source>
        <translation>Lock the screen</translation>
    </message>
    <message>
        <source>Denne liste over tastaturgenveje</source>
        <translation>This list of keyboard shortcuts</translation>
    </message>
    <message>
        <source>Afslut programmet</source>
        <translation>Quit the program</translation>
    </message>
    <message>
        <source>&amp;Sprog</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Sproget skiftes, næste gang programmet starter.</source>
        <translation>The language changes the next time the program starts.</translation>
    </message>
    <message>
        <source>Sproget er valgt i miljøvariablen {name}; valget her gælder, når den ikke er sat.</source>
        <translation>The language is set by the environment variable {name}; the choice here applies when it is not set.</translation>
    </message>
    <message>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Der er ikke noget at udskrive.</source>
        <translation>There is nothing to print.</translation>
    </message>
    <message>
        <source>Printeren kunne ikke startes. Tjek at den er tændt og tilsluttet, og prøv igen.</source>
        <translation>The printer could not be started. Check that it is switched on and connected, and try again.</translation>
    </message>
    <message>
        <source>Printeren stoppede midt i udskriften.</source>
        <translation>The printer stopped in the middle of printing.</translation>
    </message>
    <message>
        <source>ikke sendt</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tilbageringning</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Forsendelse</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <source>Informationsark</source>
        <translation>Information sheet</translation>
    </message>
    <message>
        <source>Tjekliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Tjeklistetrin</source>
        <translation>Checklist step</translation>
    </message>
    <message>
        <source>Skærmlås</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <source>Person nr. {number}</source>
        <translation>Person no. {number}</translation>
    </message>
    <message>
        <source>Telefonnummer nr. {number}</source>
        <translation>Phone number no. {number}</translation>
    </message>
    <message>
        <source>Opkald nr. {number}</source>
        <translation>Call no. {number}</translation>
    </message>
    <message>
        <source>Note nr. {number}</source>
        <translation>Note no. {number}</translation>
    </message>
    <message>
        <source>Tilbageringning nr. {number}</source>
        <translation>Callback no. {number}</translation>
    </message>
    <message>
        <source>Forsendelse nr. {number}</source>
        <translation>Dispatch no. {number}</translation>
    </message>
    <message>
        <source>Informationsark nr. {number}</source>
        <translation>Information sheet no. {number}</translation>
    </message>
    <message>
        <source>Tjekliste nr. {number}</source>
        <translation>Checklist no. {number}</translation>
    </message>
    <message>
        <source>Tjeklistetrin nr. {number}</source>
        <translation>Checklist step no. {number}</translation>
    </message>
    <message>
        <source>Skærmlås nr. {number}</source>
        <translation>Screen lock no. {number}</translation>
    </message>
    <message>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>{name} (person nr. {person})</source>
        <translation>{name} (person no. {person})</translation>
    </message>
    <message>
        <source>{name} (person nr. {person}) · {item}</source>
        <translation>{name} (person no. {person}) · {item}</translation>
    </message>
    <message>
        <source>forfalden</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>(ikke angivet)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Opkald</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>{share} %</source>
        <translation>{share}%</translation>
    </message>
    <message>
        <source>{hours} t</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>Opkald i alt</source>
        <translation>Calls in total</translation>
    </message>
    <message>
        <source>Samtaletid i snit (min.)</source>
        <translation>Average talk time (min.)</translation>
    </message>
    <message>
        <source>Udfald</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Forskellige personer</source>
        <translation>Different people</translation>
    </message>
    <message>
        <source>Nye personer</source>
        <translation>New people</translation>
    </message>
    <message>
        <source>Kendte personer</source>
        <translation>Returning people</translation>
    </message>
    <message>
        <source>Nye, der bookede inden 30 dage</source>
        <translation>New people who booked within 30 days</translation>
    </message>
    <message>
        <source>Andel nye, der bookede</source>
        <translation>Share of new people who booked</translation>
    </message>
    <message>
        <source>Smerteområder (opkald)</source>
        <translation>Pain areas (calls)</translation>
    </message>
    <message>
        <source>Hørt om klinikken (nye personer)</source>
        <translation>Heard about the clinic (new people)</translation>
    </message>
    <message>
        <source>Tilbageringninger</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>Aftalt</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Klaret efter aftalt dag</source>
        <translation>Done after the agreed day</translation>
    </message>
    <message>
        <source>Forfaldne, ikke klaret</source>
        <translation>Overdue, not done</translation>
    </message>
    <message>
        <source>Tid til klaret, median</source>
        <translation>Time until done, median</translation>
    </message>
    <message>
        <source>Tid til klaret, 90 %</source>
        <translation>Time until done, 90%</translation>
    </message>
    <message>
        <source>Forsøg på de klarede</source>
        <translation>Attempts on those done</translation>
    </message>
    <message>
        <source>Person oprettet</source>
        <translation>Person created</translation>
    </message>
    <message>
        <source>Personoplysninger ændret</source>
        <translation>Personal details changed</translation>
    </message>
    <message>
        <source>Telefonnummer tilføjet</source>
        <translation>Phone number added</translation>
    </message>
    <message>
        <source>Oplysninger vist</source>
        <translation>Details viewed</translation>
    </message>
    <message>
        <source>Oplysninger udleveret (indsigt)</source>
        <translation>Details handed over (access request)</translation>
    </message>
    <message>
        <source>Person anonymiseret</source>
        <translation>Person anonymised</translation>
    </message>
    <message>
        <source>Person slettet</source>
        <translation>Person erased</translation>
    </message>
    <message>
        <source>Opkald afsluttet</source>
        <translation>Call ended</translation>
    </message>
    <message>
        <source>Kladde til opkald kasseret</source>
        <translation>Call draft discarded</translation>
    </message>
    <message>
        <source>Tilbageringning oprettet</source>
        <translation>Callback created</translation>
    </message>
    <message>
        <source>Tilbageringning forsøgt</source>
        <translation>Callback attempted</translation>
    </message>
    <message>
        <source>Tilbageringning udført</source>
        <translation>Callback done</translation>
    </message>
    <message>
        <source>Note skrevet</source>
        <translation>Note written</translation>
    </message>
    <message>
        <source>Tjekliste oprettet</source>
        <translation>Checklist created</translation>
    </message>
    <message>
        <source>Tjekliste udfyldt</source>
        <translation>Checklist filled in</translation>
    </message>
    <message>
        <source>Tjeklistetrin ændret</source>
        <translation>Checklist step changed</translation>
    </message>
    <message>
        <source>Informationsark sendt</source>
        <translation>Information sheets sent</translation>
    </message>
    <message>
        <source>Informationsark lagt til posten</source>
        <translation>Information sheet put out for posting</translation>
    </message>
    <message>
        <source>Informationsark taget fra posten</source>
        <translation>Information sheet taken off the post</translation>
    </message>
    <message>
        <source>Informationsark postet</source>
        <translation>Information sheet posted</translation>
    </message>
    <message>
        <source>Informationsark ikke nødvendigt</source>
        <translation>Information sheet not needed</translation>
    </message>
    <message>
        <source>Demodata indlæst</source>
        <translation>Demo data loaded</translation>
    </message>
    <message>
        <source>Skærmen låst</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Skærmen låst op</source>
        <translation>Screen unlocked</translation>
    </message>
    <message>
        <source>Forkert pinkode/adgangskode ved skærmlåsen</source>
        <translation>Wrong PIN/password at the screen lock</translation>
    </message>
    <message>
        <source>Tjeklister</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Konsultationer</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Alt på plads en uge før</source>
        <translation>Everything in place a week before</translation>
    </message>
    <message>
        <source>Andel på plads en uge før</source>
        <translation>Share in place a week before</translation>
    </message>
    <message>
        <source>Opkald pr. medarbejder</source>
        <translation>Calls per staff member</translation>
    </message>
    <message>
        <source>{calls} ({incoming} ind, {outgoing} ud, {booked} booket)</source>
        <translation>{calls} ({incoming} in, {outgoing} out, {booked} booked)</translation>
    </message>
    <message>
        <source>Opkald pr. time</source>
        <translation>Calls per hour</translation>
    </message>
    <message>
        <source>kl. {hour}</source>
        <translation>{hour}:00</translation>
    </message>
    <message>
        <source>Opkald pr. dag</source>
        <translation>Calls per day</translation>
    </message>
    <message>
        <source>Smerter:</source>
        <translation>Pain:</translation>
    </message>
    <message numerus="yes">
        <source>{n} forsøg</source>
        <translation>
            <numerusform>{n} attempt</numerusform>
            <numerusform>{n} attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Aftalt:</source>
        <translation>Agreed:</translation>
    </message>
    <message numerus="yes">
        <source>… og {n} tidligere opkald</source>
        <translation>
            <numerusform>… and {n} earlier call</numerusform>
            <numerusform>… and {n} earlier calls</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidligere opkald ({n})</source>
        <translation>Earlier calls ({n})</translation>
    </message>
    <message>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Mangler</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Klaret</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Ikke relevant</source>
        <translation>Not relevant</translation>
    </message>
    <message>
        <source>Tidsbestilling</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Røntgen eller scanning</source>
        <translation>X-ray or scan</translation>
    </message>
    <message>
        <source>Billeder bestilt</source>
        <translation>Images requested</translation>
    </message>
    <message>
        <source>Billeder modtaget</source>
        <translation>Images received</translation>
    </message>
    <message>
        <source>Blodfortyndende</source>
        <translation>Blood thinners</translation>
    </message>
    <message>
        <source>Pårørende kører hjem</source>
        <translation>Relative drives home</translation>
    </message>
    <message>
        <source>konsultationsdato</source>
        <translation>consultation date</translation>
    </message>
    <message>
        <source>klokkeslæt</source>
        <translation>time</translation>
    </message>
    <message>
        <source>områder</source>
        <translation>areas</translation>
    </message>
    <message>
        <source>art</source>
        <translation>type</translation>
    </message>
    <message>
        <source>område</source>
        <translation>area</translation>
    </message>
    <message>
        <source>dato taget</source>
        <translation>date taken</translation>
    </message>
    <message>
        <source>sted</source>
        <translation>place</translation>
    </message>
    <message>
        <source>afdeling</source>
        <translation>department</translation>
    </message>
    <message>
        <source>bestilt</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>modtaget</source>
        <translation>received</translation>
    </message>
    <message>
        <source>tager</source>
        <translation>takes</translation>
    </message>
    <message>
        <source>hvilket</source>
        <translation>which</translation>
    </message>
    <message>
        <source>pause aftalt</source>
        <translation>pause agreed</translation>
    </message>
    <message>
        <source>pause fra</source>
        <translation>pause from</translation>
    </message>
    <message>
        <source>aftalt</source>
        <translation>arranged</translation>
    </message>
    <message>
        <source>navn</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Røntgen</source>
        <translation>X-ray</translation>
    </message>
    <message>
        <source>CT-scanning</source>
        <translation>CT scan</translation>
    </message>
    <message>
        <source>MR-scanning</source>
        <translation>MRI scan</translation>
    </message>
    <message>
        <source>Scanning for gammel</source>
        <translation>Scan too old</translation>
    </message>
    <message>
        <source>Billeder mangler snart</source>
        <translation>Images due soon</translation>
    </message>
    <message>
        <source>Pause ikke aftalt</source>
        <translation>Pause not agreed</translation>
    </message>
    <message>
        <source>Konsultationen er passeret</source>
        <translation>Consultation has passed</translation>
    </message>
    <message>
        <source>Mangler billeder</source>
        <translation>Images missing</translation>
    </message>
    <message>
        <source>Blodfortyndende: pause ikke aftalt</source>
        <translation>Blood thinners: pause not agreed</translation>
    </message>
    <message>
        <source>Kort fortalt</source>
        <translation>In short</translation>
    </message>
    <message>
        <source>Tal</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Kilde: klinikkens side »{page}«</source>
        <translation>Source: the clinic&apos;s page “{page}”</translation>
    </message>
    <message>
        <source>et andet opkald</source>
        <translation>another call</translation>
    </message>
    <message>
        <source>Ringes allerede op</source>
        <translation>Already being called</translation>
    </message>
    <message>
        <source>{name} ringes allerede op af {who}. Ring alligevel?</source>
        <translation>{name} is already being called by {who}. Call anyway?</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>The person</translation>
    </message>
    <message>
        <source>Afsnit skilles af en tom linje; en linje, der starter med »- «, er et punkt.</source>
        <translation>Paragraphs are separated by an empty line; a line starting with »- « is a bullet.</translation>
    </message>
    <message>
        <source>Én pr. linje.</source>
        <translation>One per line.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Små bogstaver a-z, tal og »-«, fx pris-konsultation.</source>
        <translation>Lower-case letters a-z, digits and »-«, e.g. pris-konsultation.</translation>
    </message>
    <message>
        <source>Spørgsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Svar (læses op)</source>
        <translation>Answer (read aloud)</translation>
    </message>
    <message>
        <source>Uddybning</source>
        <translation>More detail</translation>
    </message>
    <message>
        <source>Emne</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Samler svarene, når man bladrer.</source>
        <translation>Groups the answers when browsing.</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Søgeord</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <source>Andre måder at spørge på</source>
        <translation>Other ways of asking</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kort fortalt (2–4 punkter)</source>
        <translation>In brief (2–4 points)</translation>
    </message>
    <message>
        <source>Overskrift</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Kort fortalt (læses op)</source>
        <translation>In brief (read aloud)</translation>
    </message>
    <message>
        <source>Kort (én sætning til telefonen)</source>
        <translation>Short (one sentence for the phone)</translation>
    </message>
    <message>
        <source>Forklaring</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Foretrukken kontakt</source>
        <translation>Preferred contact</translation>
    </message>
    <message>
        <source>Henvist af</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Ondt siden</source>
        <translation>Pain since</translation>
    </message>
    <message>
        <source>Varighed</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Varighedens enhed</source>
        <translation>Unit of duration</translation>
    </message>
    <message>
        <source>Konsultationsdag</source>
        <translation>Consultation day</translation>
    </message>
    <message>
        <source>Klokkeslæt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Områder der behandles</source>
        <translation>Areas to be treated</translation>
    </message>
    <message>
        <source>Skanningstype</source>
        <translation>Type of scan</translation>
    </message>
    <message>
        <source>Skannet område</source>
        <translation>Area scanned</translation>
    </message>
    <message>
        <source>Skannet den</source>
        <translation>Scanned on</translation>
    </message>
    <message>
        <source>Skannet hvor</source>
        <translation>Scanned where</translation>
    </message>
    <message>
        <source>Skanning gyldig til</source>
        <translation>Scan valid until</translation>
    </message>
    <message>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Bedt om billeder den</source>
        <translation>Images requested on</translation>
    </message>
    <message>
        <source>Blodfortyndende medicin</source>
        <translation>Blood-thinning medicine</translation>
    </message>
    <message>
        <source>Pause aftalt</source>
        <translation>Pause agreed</translation>
    </message>
    <message>
        <source>Pause fra</source>
        <translation>Pause from</translation>
    </message>
    <message>
        <source>Ledsager aftalt</source>
        <translation>Companion arranged</translation>
    </message>
    <message>
        <source>Ledsagerens navn</source>
        <translation>Companion&apos;s name</translation>
    </message>
    <message>
        <source>Trinnets status</source>
        <translation>Status of the step</translation>
    </message>
    <message>
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>CVR-nummer</source>
        <translation>CVR number</translation>
    </message>
    <message>
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Telefon (+45…)</source>
        <translation>Phone (+45…)</translation>
    </message>
    <message>
        <source>Læge</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Behandlet med guld siden</source>
        <translation>Treating with gold since</translation>
    </message>
    <message>
        <source>Godkendelse</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Om klinikken</source>
        <translation>About the clinic</translation>
    </message>
    <message>
        <source>Sådan står det på informationsarket.</source>
        <translation>This is how it appears on the information sheet.</translation>
    </message>
    <message>
        <source>Eksempel</source>
        <translation>Example</translation>
    </message>
    <message>
        <source>Tilbageringningen findes ikke (id {callback_id}).</source>
        <translation>The callback does not exist (id {callback_id}).</translation>
    </message>
    <message>
        <source>Opkaldet findes ikke (id {call_id}).</source>
        <translation>The call does not exist (id {call_id}).</translation>
    </message>
    <message>
        <source>Skriv personens navn, telefonnummer eller e-mail først.</source>
        <translation>Type the person&apos;s name, phone number or email first.</translation>
    </message>
    <message>
        <source>Opkaldet er allerede afsluttet (id {call_id}).</source>
        <translation>The call has already been ended (id {call_id}).</translation>
    </message>
    <message>
        <source>Vælg en dato for tilbageringningen.</source>
        <translation>Choose a date for the callback.</translation>
    </message>
    <message>
        <source>Personen findes ikke (id {caller_id}).</source>
        <translation>The person does not exist (id {caller_id}).</translation>
    </message>
    <message>
        <source>{n}. opkald</source>
        <translation>call {n}</translation>
    </message>
    <message>
        <source>tilbageringning forfalden</source>
        <translation>callback overdue</translation>
    </message>
    <message>
        <source>tilbageringning i dag</source>
        <translation>callback today</translation>
    </message>
    <message>
        <source>tilbageringning {day}</source>
        <translation>callback {day}</translation>
    </message>
    <message>
        <source>Navnet skal indeholde bogstaver.</source>
        <translation>The name must contain letters.</translation>
    </message>
    <message>
        <source>E-mailadressen mangler @, fx navn@domæne.dk.</source>
        <translation>The email address is missing @, e.g. name@domain.dk.</translation>
    </message>
    <message>
        <source>E-mailadressen skal have formen navn@domæne.dk.</source>
        <translation>The email address must look like name@domain.dk.</translation>
    </message>
    <message>
        <source>Husk husnummeret, fx Guldvej 12.</source>
        <translation>Remember the house number, e.g. Guldvej 12.</translation>
    </message>
    <message>
        <source>Postnummeret skal være 4 cifre, fx 8000.</source>
        <translation>The postcode must be 4 digits, e.g. 8000.</translation>
    </message>
    <message>
        <source>Bynavnet skal indeholde bogstaver.</source>
        <translation>The town name must contain letters.</translation>
    </message>
    <message>
        <source>Noterne er for lange (over 10 millioner tegn) – del dem op.</source>
        <translation>The notes are too long (over 10 million characters) – split them up.</translation>
    </message>
    <message>
        <source>Skriv datoen som dd-mm-åååå, mm-åååå eller åååå.</source>
        <translation>Write the date as dd-mm-yyyy, mm-yyyy or yyyy.</translation>
    </message>
    <message>
        <source>Datoen ligger i fremtiden – hvornår begyndte smerterne?</source>
        <translation>The date is in the future – when did the pain start?</translation>
    </message>
    <message>
        <source>Varigheden skal være et tal mellem 0 og 100 år.</source>
        <translation>The duration must be a number between 0 and 100 years.</translation>
    </message>
    <message>
        <source>Vælg uger, måneder eller år.</source>
        <translation>Choose weeks, months or years.</translation>
    </message>
    <message>
        <source>Skriv adressen eller en e-mail, så arket kan sendes.</source>
        <translation>Enter the address or an email, so the sheet can be sent.</translation>
    </message>
    <message>
        <source>Skriv postnummeret eller en e-mail, så arket kan sendes.</source>
        <translation>Enter the postcode or an email, so the sheet can be sent.</translation>
    </message>
    <message>
        <source>Skriv byen eller en e-mail, så arket kan sendes.</source>
        <translation>Enter the town or an email, so the sheet can be sent.</translation>
    </message>
    <message>
        <source>Skriv navnet – det skal bruges for at booke konsultationen.</source>
        <translation>Enter the name – it is needed to book the consultation.</translation>
    </message>
    <message>
        <source>Skriv navnet – det skal bruges for at sende arket.</source>
        <translation>Enter the name – it is needed to send the sheet.</translation>
    </message>
    <message>
        <source>Skriv et telefonnummer eller en e-mail, så klinikken kan svare.</source>
        <translation>Enter a phone number or an email, so the clinic can reply.</translation>
    </message>
    <message>
        <source>Skriv det nummer, der skal ringes tilbage til.</source>
        <translation>Enter the number to call back.</translation>
    </message>
    <message>
        <source>Nakke</source>
        <translation>Neck</translation>
    </message>
    <message>
        <source>Ryg</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Skulder</source>
        <translation>Shoulder</translation>
    </message>
    <message>
        <source>Hofte</source>
        <translation>Hip</translation>
    </message>
    <message>
        <source>Knæ</source>
        <translation>Knee</translation>
    </message>
    <message>
        <source>Hænder/fingre</source>
        <translation>Hands/fingers</translation>
    </message>
    <message>
        <source>Andet</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Smertestillende medicin</source>
        <translation>Painkillers</translation>
    </message>
    <message>
        <source>Fysioterapi</source>
        <translation>Physiotherapy</translation>
    </message>
    <message>
        <source>Kiropraktik</source>
        <translation>Chiropractic</translation>
    </message>
    <message>
        <source>Akupunktur</source>
        <translation>Acupuncture</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>TENS</source>
        <translation>TENS</translation>
    </message>
    <message>
        <source>Steroidinjektioner</source>
        <translation>Steroid injections</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Surgery</translation>
    </message>
    <message>
        <source>Afspændingsøvelser</source>
        <translation>Relaxation exercises</translation>
    </message>
    <message>
        <source>Øvelsesterapi</source>
        <translation>Exercise therapy</translation>
    </message>
    <message>
        <source>Blokadebehandling</source>
        <translation>Nerve block treatment</translation>
    </message>
    <message>
        <source>Konsultation booket</source>
        <translation>Consultation booked</translation>
    </message>
    <message>
        <source>Informationsark sendes</source>
        <translation>Information sheet to be sent</translation>
    </message>
    <message>
        <source>Ring tilbage</source>
        <translation>Call back</translation>
    </message>
    <message>
        <source>Ingen handling</source>
        <translation>No action</translation>
    </message>
    <message>
        <source>uger</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>måneder</source>
        <translation>months</translation>
    </message>
    <message>
        <source>år</source>
        <translation>years</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Text message</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Indgående</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Udgående</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>{date} er helligdag ({name}) – klinikken har lukket.</source>
        <translation>{date} is a public holiday ({name}) – the clinic is closed.</translation>
    </message>
    <message>
        <source>{date} er en {weekday} – klinikken holder lukket om {weekday}en.</source>
        <translation>{date} is a {weekday} – the clinic is closed on {weekday}s.</translation>
    </message>
    <message>
        <source>{date} er allerede passeret.</source>
        <translation>{date} has already passed.</translation>
    </message>
    <message>
        <source>Kl. {time} den {date} er allerede booket til {name}.</source>
        <translation>{time} on {date} is already booked for {name}.</translation>
    </message>
    <message>
        <source>en anden patient</source>
        <translation>another patient</translation>
    </message>
    <message>
        <source>»{text}« er ikke en dato. Skriv fx 12.5.2026.</source>
        <translation>“{text}” is not a date. Write e.g. 12.5.2026.</translation>
    </message>
    <message>
        <source>»{text}« findes ikke i kalenderen.</source>
        <translation>“{text}” does not exist in the calendar.</translation>
    </message>
    <message>
        <source>»{text}« er ikke et klokkeslæt. Skriv fx 10.30.</source>
        <translation>“{text}” is not a time. Write e.g. 10.30.</translation>
    </message>
    <message>
        <source>Personen har ingen tjekliste endnu (id {caller_id}).</source>
        <translation>The person has no checklist yet (id {caller_id}).</translation>
    </message>
    <message>
        <source>Skriv kort, hvorfor trinnet ikke er relevant.</source>
        <translation>Write briefly why the step is not relevant.</translation>
    </message>
    <message>
        <source>»{text}« er ikke en dato på formen ÅÅÅÅ-MM-DD.</source>
        <translation>“{text}” is not a date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--plain og --calibration laver ark uden personoplysninger: angiv ikke også et telefonnummer eller --id.</source>
        <translation>--plain and --calibration make sheets without personal details: do not also give a phone number or --id.</translation>
    </message>
    <message>
        <source>Angiv et telefonnummer, --id, --plain eller --calibration.</source>
        <translation>Give a phone number, --id, --plain or --calibration.</translation>
    </message>
    <message>
        <source>--log gælder kun et personligt ark.</source>
        <translation>--log only applies to a personal sheet.</translation>
    </message>
    <message>
        <source>»{out}« skal ende på .pdf.</source>
        <translation>“{out}” must end in .pdf.</translation>
    </message>
    <message>
        <source>Der er ingen person med id {id}.</source>
        <translation>There is no person with id {id}.</translation>
    </message>
    <message>
        <source>»{phone}« er ikke et helt telefonnummer.</source>
        <translation>“{phone}” is not a complete phone number.</translation>
    </message>
    <message>
        <source>Ingen person har telefonnummeret {phone}.</source>
        <translation>No person has the phone number {phone}.</translation>
    </message>
    <message>
        <source>Person {id} har ikke telefonnummeret {phone}.</source>
        <translation>Person {id} does not have the phone number {phone}.</translation>
    </message>
    <message>
        <source>{count} personer har telefonnummeret {phone}. Vælg den rigtige med --id:
{people}</source>
        <translation>{count} people have the phone number {phone}. Choose the right one with --id:
{people}</translation>
    </message>
    <message>
        <source>CVR-nummeret skal være 8 cifre.</source>
        <translation>The CVR number must be 8 digits.</translation>
    </message>
    <message>
        <source>--database skal være en adresse på formen postgresql://bruger@server:5432/database (eller »lokal« for datamappens egen database), ikke »{given}«.</source>
        <translation>--database must be an address of the form postgresql://user@server:5432/database (or “lokal” for the data folder&apos;s own database), not “{given}”.</translation>
    </message>
    <message>
        <source>Adgangskoden må ikke stå i databasens adresse (den kan ses af andre og havner i historik og log). Læg den i PostgreSQL&apos;s adgangskodefil (PGPASSFILE) eller i miljøvariablen PGPASSWORD.</source>
        <translation>The password must not be in the database&apos;s address (others can see it, and it ends up in history and logs). Put it in PostgreSQL&apos;s password file (PGPASSFILE) or in the environment variable PGPASSWORD.</translation>
    </message>
    <message>
        <source>Filen {file} i datamappen kan ikke læses som databasens adresse. Ret eller slet den, eller start med --database.</source>
        <translation>The file {file} in the data folder cannot be read as the database&apos;s address. Correct or delete it, or start with --database.</translation>
    </message>
    <message>
        <source>Telefonnummeret må kun indeholde cifre, mellemrum, bindestreger og +.</source>
        <translation>The phone number may only contain digits, spaces, hyphens and +.</translation>
    </message>
    <message>
        <source>Landekoden er ukendt – tjek cifrene efter +.</source>
        <translation>The country code is unknown – check the digits after +.</translation>
    </message>
    <message>
        <source>Det ligner ikke et telefonnummer.</source>
        <translation>That does not look like a phone number.</translation>
    </message>
    <message>
        <source>Telefonnummeret er ufuldstændigt: et dansk nummer har 8 cifre.</source>
        <translation>The phone number is incomplete: a Danish number has 8 digits.</translation>
    </message>
    <message>
        <source>Telefonnummeret er ufuldstændigt – der mangler cifre.</source>
        <translation>The phone number is incomplete – digits are missing.</translation>
    </message>
    <message>
        <source>Telefonnummeret har for mange cifre: et dansk nummer har 8 cifre.</source>
        <translation>The phone number has too many digits: a Danish number has 8 digits.</translation>
    </message>
    <message>
        <source>Telefonnummeret har for mange cifre.</source>
        <translation>The phone number has too many digits.</translation>
    </message>
    <message>
        <source>Nummeret findes ikke i nummerplanen – tjek cifrene.</source>
        <translation>The number does not exist in the numbering plan – check the digits.</translation>
    </message>
    <message>
        <source>Personalelisten skal være en liste af navne.</source>
        <translation>The staff list must be a list of names.</translation>
    </message>
    <message>
        <source>Navnet »{name}…« er for langt (højst {limit} tegn).</source>
        <translation>The name “{name}…” is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>Højst {limit} navne på personalelisten.</source>
        <translation>At most {limit} names on the staff list.</translation>
    </message>
    <message>
        <source>Opbevaringsperioden skal være et helt antal måneder.</source>
        <translation>The retention period must be a whole number of months.</translation>
    </message>
    <message>
        <source>Opbevaringsperioden skal være mellem 1 og 240 måneder.</source>
        <translation>The retention period must be between 1 and 240 months.</translation>
    </message>
    <message>
        <source>Åbningsdagene skal være ugedage fra mandag til søndag.</source>
        <translation>The opening days must be weekdays from Monday to Sunday.</translation>
    </message>
    <message>
        <source>Vælg mindst én åbningsdag.</source>
        <translation>Choose at least one opening day.</translation>
    </message>
    <message>
        <source>Databasen er beskadiget og åbnes ikke, så intet går tabt. Den nyeste gode sikkerhedskopi er fra {when}. Den kan lægges tilbage; den beskadigede fil gemmes til side og slettes ikke.</source>
        <translation>The database is damaged and will not be opened, so nothing is lost. The newest good backup is from {when}. It can be restored; the damaged file is set aside, not deleted.</translation>
    </message>
    <message>
        <source>Databasen er beskadiget og åbnes ikke, så intet går tabt. Der er ingen god sikkerhedskopi at lægge tilbage. Luk programmet og kontakt jeres IT-ansvarlige; rør ikke filen.</source>
        <translation>The database is damaged and will not be opened, so nothing is lost. There is no good backup to restore. Close the program and contact your IT support; do not touch the file.</translation>
    </message>
    <message>
        <source>Programmet kører allerede på denne datamappe. To kopier på samme database kan ødelægge den, så denne kopi starter ikke. Brug den kopi, der allerede kører, eller luk den først.</source>
        <translation>The program is already running on this data folder. Two copies on the same database can damage it, so this copy will not start. Use the copy that is already running, or close it first.</translation>
    </message>
    <message>
        <source>Programmet kører allerede på denne datamappe ({owner}). To kopier på samme database kan ødelægge den, så denne kopi starter ikke. Brug den kopi, der allerede kører, eller luk den først.</source>
        <translation>The program is already running on this data folder ({owner}). Two copies on the same database can damage it, so this copy will not start. Use the copy that is already running, or close it first.</translation>
    </message>
    <message>
        <source>Der er ingen database i datamappen, men der ligger data gemt til side eller fra en afbrudt handling. Der oprettes ikke en ny, tom database, så intet går tabt. Læg den nyeste sikkerhedskopi tilbage (python -m reception restore nyeste), eller flyt den gemte fil tilbage som reception.sqlite3. Kontakt jeres IT-ansvarlige, hvis I er i tvivl.</source>
        <translation>There is no database in the data folder, but there is data set aside or left from an interrupted action. A new, empty database is not created, so nothing is lost. Restore the newest backup (python -m reception restore nyeste), or move the set-aside file back as reception.sqlite3. Contact your IT support if you are unsure.</translation>
    </message>
    <message>
        <source>Der er ingen database at tage sikkerhedskopi af: {database}</source>
        <translation>There is no database to back up: {database}</translation>
    </message>
    <message>
        <source>Der er ikke plads nok i backupmappen »{folder}«. Frigør plads eller vælg en anden.</source>
        <translation>There is not enough space in the backup folder “{folder}”. Free up space or choose another.</translation>
    </message>
    <message>
        <source>Programmet må ikke skrive i backupmappen »{folder}«. Vælg en anden mappe.</source>
        <translation>The program is not allowed to write in the backup folder “{folder}”. Choose another folder.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien kunne ikke skrives i »{folder}« ({why}).</source>
        <translation>The backup could not be written in “{folder}” ({why}).</translation>
    </message>
    <message>
        <source>Sikkerhedskopien bestod ikke kontrollen og er slettet. Databasen er urørt.</source>
        <translation>The backup failed the check and has been deleted. The database is untouched.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien har ikke det samme antal rækker som databasen og er slettet. Databasen er urørt.</source>
        <translation>The backup does not have the same number of rows as the database and has been deleted. The database is untouched.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien kunne ikke tages, fordi databasen ikke kunne læses. Kør en kontrol af databasen.</source>
        <translation>The backup could not be made because the database could not be read. Run a check of the database.</translation>
    </message>
    <message>
        <source>Backupmappen »{folder}« kan ikke bruges.</source>
        <translation>The backup folder “{folder}” cannot be used.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien af serveren bestod ikke kontrollen og er slettet. Serveren er urørt.</source>
        <translation>The backup of the server failed the check and has been deleted. The server is untouched.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien kunne ikke skrives i »{folder}«.</source>
        <translation>The backup could not be written in “{folder}”.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien er fra en nyere version af programmet (skema {version}); opdater programmet først. Intet er ændret.</source>
        <translation>The backup is from a newer version of the program (schema {version}); update the program first. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien er ikke i orden og lægges ikke tilbage. Vælg en anden. Intet er ændret.</source>
        <translation>The backup is not in order and will not be restored. Choose another. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Kopien af sikkerhedskopien bestod ikke kontrollen. Intet er ændret.</source>
        <translation>The copy of the backup failed the check. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien kunne ikke kopieres til datamappen ({why}). Intet er ændret.</source>
        <translation>The backup could not be copied to the data folder ({why}). Nothing has been changed.</translation>
    </message>
    <message>
        <source>Den nuværende database kunne ikke flyttes til side (er den åben i et andet program?). Den ligger i »{aside}« eller stadig i datamappen; intet er slettet.</source>
        <translation>The current database could not be set aside (is it open in another program?). It is in “{aside}” or still in the data folder; nothing has been deleted.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien har skema {backup_version}, serveren {server_version}. Læg den tilbage på en PC først (så opdateres den), og flyt den derfra med move-to til en tom database. Intet er ændret.</source>
        <translation>The backup has schema {backup_version}, the server {server_version}. Restore it on a PC first (so it is updated), and move it from there with move-to to an empty database. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Tabellen {table} er ikke ens på serveren efter gendannelsen. Det, serveren havde, ligger i sikkerhedskopien {backup}.</source>
        <translation>The table {table} is not the same on the server after the restore. What the server had is in the backup {backup}.</translation>
    </message>
    <message>
        <source>Databasen er allerede krypteret.</source>
        <translation>The database is already encrypted.</translation>
    </message>
    <message>
        <source>Der er ingen database at kryptere: {path}</source>
        <translation>There is no database to encrypt: {path}</translation>
    </message>
    <message>
        <source>Databasen bestod ikke kontrollen og krypteres ikke. Læg en god sikkerhedskopi tilbage først.</source>
        <translation>The database failed the check and will not be encrypted. Restore a good backup first.</translation>
    </message>
    <message>
        <source>Databasen er ikke krypteret; brug »encrypt« for at kryptere den.</source>
        <translation>The database is not encrypted; use “encrypt” to encrypt it.</translation>
    </message>
    <message>
        <source>Den nye adgangskode er den samme som den gamle.</source>
        <translation>The new password is the same as the old one.</translation>
    </message>
    <message>
        <source>Den nuværende adgangskode passer ikke til databasen.</source>
        <translation>The current password does not match the database.</translation>
    </message>
    <message>
        <source>Databasen bestod ikke kontrollen og får ikke ny adgangskode. Læg en god sikkerhedskopi tilbage først.</source>
        <translation>The database failed the check and will not get a new password. Restore a good backup first.</translation>
    </message>
    <message>
        <source>åbner ikke med den gamle adgangskode (en endnu ældre?)</source>
        <translation>does not open with the old password (an even older one?)</translation>
    </message>
    <message>
        <source>{failed} Databasen er som før.</source>
        <translation>{failed} The database is as before.</translation>
    </message>
    <message>
        <source>{failed} Databasen kunne ikke åbnes med den nye adgangskode; den oprindelige er lagt tilbage.</source>
        <translation>{failed} The database could not be opened with the new password; the original has been put back.</translation>
    </message>
    <message>
        <source>{failed} Kopien blev ikke identisk med databasen. Intet er ændret.</source>
        <translation>{failed} The copy did not come out identical to the database. Nothing has been changed.</translation>
    </message>
    <message>
        <source>{failed} Intet er ændret.</source>
        <translation>{failed} Nothing has been changed.</translation>
    </message>
    <message>
        <source>Databasen kunne ikke krypteres.</source>
        <translation>The database could not be encrypted.</translation>
    </message>
    <message>
        <source>Adgangskoden kunne ikke skiftes.</source>
        <translation>The password could not be changed.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien fik ikke ny adgangskode.</source>
        <translation>The backup did not get a new password.</translation>
    </message>
    <message>
        <source>Adgangskoden skal være mindst {n} tegn.</source>
        <translation>The password must be at least {n} characters.</translation>
    </message>
    <message>
        <source>Adgangskoden må ikke begynde eller slutte med mellemrum.</source>
        <translation>The password must not begin or end with a space.</translation>
    </message>
    <message>
        <source>De to adgangskoder er ikke ens.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Pinkoden skal være 4 til 12 cifre.</source>
        <translation>The PIN must be 4 to 12 digits.</translation>
    </message>
    <message>
        <source>Skriv pinkoden eller databasens adgangskode for at låse op.</source>
        <translation>Type the PIN or the database&apos;s passphrase to unlock.</translation>
    </message>
    <message>
        <source>Skriv pinkoden for at låse op.</source>
        <translation>Type the PIN to unlock.</translation>
    </message>
    <message>
        <source>Skriv databasens adgangskode for at låse op.</source>
        <translation>Type the database&apos;s passphrase to unlock.</translation>
    </message>
    <message>
        <source>Tryk Lås op. (Vælg en pinkode under Filer → Skærmlås, så kun personalet kan låse op.)</source>
        <translation>Press Unlock. (Choose a PIN under File → Screen lock so that only staff can unlock.)</translation>
    </message>
    <message>
        <source>ikke en almindelig mappe</source>
        <translation>not an ordinary folder</translation>
    </message>
    <message>
        <source>tilhører en anden bruger</source>
        <translation>belongs to another user</translation>
    </message>
    <message>
        <source>andre brugere har adgang</source>
        <translation>other users have access</translation>
    </message>
    <message>
        <source>{path}: kan ikke læses ({why})</source>
        <translation>{path}: cannot be read ({why})</translation>
    </message>
    <message>
        <source>{path}: filen er ikke gemt som UTF-8</source>
        <translation>{path}: the file is not saved as UTF-8</translation>
    </message>
    <message>
        <source>{path}: ugyldig TOML: {why}</source>
        <translation>{path}: invalid TOML: {why}</translation>
    </message>
    <message>
        <source>{path}: »stopwords« skal være en liste af ord</source>
        <translation>{path}: “stopwords” must be a list of words</translation>
    </message>
    <message>
        <source>{path}: »groups« skal skrives som [[groups]]</source>
        <translation>{path}: “groups” must be written as [[groups]]</translation>
    </message>
    <message>
        <source>{path}: gruppe nr. {number} skal have words = [mindst to ord]</source>
        <translation>{path}: group no. {number} must have words = [at least two words]</translation>
    </message>
    <message>
        <source>»{address}« er ikke en gyldig e-mailadresse.</source>
        <translation>“{address}” is not a valid email address.</translation>
    </message>
    <message>
        <source>Der er ikke plads nok på disken til at gemme »{name}«. Frigør plads, eller gem et andet sted.</source>
        <translation>There is not enough space on the disk to save “{name}”. Free up space, or save somewhere else.</translation>
    </message>
    <message>
        <source>Mappen »{folder}« findes ikke. Vælg en anden mappe.</source>
        <translation>The folder “{folder}” does not exist. Choose another folder.</translation>
    </message>
    <message>
        <source>»{name}« kan ikke gemmes i »{folder}«: mappen er skrivebeskyttet, eller filen er åben i et andet program. Luk filen, eller gem et andet sted.</source>
        <translation>“{name}” cannot be saved in “{folder}”: the folder is write-protected, or the file is open in another program. Close the file, or save somewhere else.</translation>
    </message>
    <message>
        <source>»{path}« er en mappe. Vælg et filnavn.</source>
        <translation>“{path}” is a folder. Choose a file name.</translation>
    </message>
    <message>
        <source>»{name}« kunne ikke gemmes i »{folder}« ({why}).</source>
        <translation>“{name}” could not be saved in “{folder}” ({why}).</translation>
    </message>
    <message>
        <source>Mappen »{folder}« kan ikke oprettes.</source>
        <translation>The folder “{folder}” cannot be created.</translation>
    </message>
    <message>
        <source>Udskrevet</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Med posten</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>Gemt som PDF</source>
        <translation>Saved as PDF</translation>
    </message>
    <message>
        <source>Informationsarket findes ikke (id {sent_id}).</source>
        <translation>The information sheet does not exist (id {sent_id}).</translation>
    </message>
    <message>
        <source>pdf_bytes is not a PDF</source>
        <translation>pdf_bytes is not a PDF</translation>
    </message>
    <message>
        <source>Afstanden skal være mellem {low} og {high} mm.</source>
        <translation>The distance must be between {low} and {high} mm.</translation>
    </message>
    <message>
        <source>Logoet skal være et billede (PNG eller JPEG).</source>
        <translation>The logo must be an image (PNG or JPEG).</translation>
    </message>
    <message>
        <source>Filen »{path}« findes ikke.</source>
        <translation>The file “{path}” does not exist.</translation>
    </message>
    <message>
        <source>»{text}« er ikke et tal i millimeter.</source>
        <translation>“{text}” is not a number in millimetres.</translation>
    </message>
    <message>
        <source>Databasen er krypteret. Skriv klinikkens adgangskode for at åbne den (eller sæt miljøvariablen RECEPTION_PASSPHRASE).</source>
        <translation>The database is encrypted. Enter the clinic&apos;s password to open it (or set the environment variable RECEPTION_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Adgangskoden passer ikke til databasen. Prøv igen – store og små bogstaver tæller. Passer den stadig ikke, kan filen være beskadiget.</source>
        <translation>The password does not match the database. Try again – upper and lower case matter. If it still does not match, the file may be damaged.</translation>
    </message>
    <message>
        <source>Databasen er krypteret, men programmet mangler krypteringsmodulet (sqlcipher3). Kontakt jeres IT-ansvarlige.</source>
        <translation>The database is encrypted, but the program is missing the encryption module (sqlcipher3). Contact your IT support.</translation>
    </message>
    <message>
        <source>Databasen er optaget af et andet program. Det indtastede er ikke gemt endnu, men heller ikke tabt – der prøves igen om lidt.</source>
        <translation>The database is busy in another program. What you typed is not saved yet, but not lost either – it will be tried again shortly.</translation>
    </message>
    <message>
        <source>Databasen er skrivebeskyttet, så intet kan gemmes. Det indtastede er ikke tabt; ret adgangen til datamappen og prøv igen.</source>
        <translation>The database is write-protected, so nothing can be saved. What you typed is not lost; fix access to the data folder and try again.</translation>
    </message>
    <message>
        <source>Disken er fuld, så intet kan gemmes. Det indtastede er ikke tabt; frigør plads og prøv igen.</source>
        <translation>The disk is full, so nothing can be saved. What you typed is not lost; free up space and try again.</translation>
    </message>
    <message>
        <source>Der er ingen database, men der ligger data i datamappen gemt til side eller fra en afbrudt handling. Der oprettes ikke en ny, tom database, så intet går tabt. Start programmet igen, eller læg en sikkerhedskopi tilbage (python -m reception restore nyeste).</source>
        <translation>There is no database, but there is data in the data folder set aside or left from an interrupted action. A new, empty database is not created, so nothing is lost. Start the program again, or restore a backup (python -m reception restore nyeste).</translation>
    </message>
    <message>
        <source>Databasefilen er tom (0 byte), men der findes sikkerhedskopier, så den behandles ikke som en ny database. Læg den nyeste sikkerhedskopi tilbage (python -m reception restore nyeste).</source>
        <translation>The database file is empty (0 bytes), but there are backups, so it is not treated as a new database. Restore the newest backup (python -m reception restore nyeste).</translation>
    </message>
    <message>
        <source>Databasen kan ikke læses eller skrives (disk- eller filfejl). Det indtastede er ikke tabt; prøv igen, og kontakt support hvis det bliver ved.</source>
        <translation>The database cannot be read or written (disk or file error). What you typed is not lost; try again, and contact support if it keeps happening.</translation>
    </message>
    <message>
        <source>Databasefilen er blevet slettet eller skiftet ud, mens programmet kørte, så intet gemmes. Det indtastede er ikke tabt og bliver stående; skriv det af, og kontakt jeres IT-ansvarlige, før programmet lukkes.</source>
        <translation>The database file was deleted or replaced while the program was running, so nothing is saved. What you typed is not lost and stays on screen; copy it down, and contact your IT support before closing the program.</translation>
    </message>
    <message>
        <source>Forbindelsen til databaseserveren blev afbrudt. Det indtastede er ikke gemt endnu, men heller ikke tabt – der prøves igen om lidt.</source>
        <translation>The connection to the database server was lost. What you typed is not saved yet, but not lost either – it will be tried again shortly.</translation>
    </message>
    <message>
        <source>Databaseserveren kan ikke nås. Det indtastede er ikke gemt endnu, men heller ikke tabt; tjek netværket og serveren, og prøv igen.</source>
        <translation>The database server cannot be reached. What you typed is not saved yet, but not lost either; check the network and the server, and try again.</translation>
    </message>
    <message>
        <source>Databasen er fra en nyere version (skema {found}); dette program kender skema {known}.</source>
        <translation>The database is from a newer version (schema {found}); this program knows schema {known}.</translation>
    </message>
    <message>
        <source>Databasen på serveren ({where}) er ikke tom: den har allerede tabeller. Flytningen skriver kun i en tom database; opret en ny (se README) og prøv igen.</source>
        <translation>The database on the server ({where}) is not empty: it already has tables. The move only writes to an empty database; create a new one (see README) and try again.</translation>
    </message>
    <message>
        <source>Der er ingen database at flytte i {where}.</source>
        <translation>There is no database to move in {where}.</translation>
    </message>
    <message>
        <source>Databasen i {where} er fra en ældre version af programmet (skema {version}). Start programmet én gang på denne PC, så den bliver opdateret, og flyt den så.</source>
        <translation>The database in {where} is from an older version of the program (schema {version}). Start the program once on this PC so it is updated, and then move it.</translation>
    </message>
    <message>
        <source>Tabellen {table} er ikke ens på serveren efter flytningen ({difference}). Databasen på PC&apos;en er uændret; slet databasen på serveren, opret den tom igen og prøv igen.</source>
        <translation>The table {table} is not the same on the server after the move ({difference}). The database on the PC is unchanged; delete the database on the server, create it empty again and try again.</translation>
    </message>
    <message>
        <source>da_DK</source>
        <translation>en_GB</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>dd.MM.</source>
        <translation>dd/MM</translation>
    </message>
    <message>
        <source>HH.mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>dd.MM.yyyy HH:mm:ss</source>
        <translation>dd/MM/yyyy HH:mm:ss</translation>
    </message>
    <message>
        <source>dd.MM.yyyy HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>dd.MM. HH:mm</source>
        <translation>dd/MM HH:mm</translation>
    </message>
    <message>
        <source>d. MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>dddd d. MMMM yyyy</source>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>{date} kl. {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <source> kl. {time}</source>
        <translation> at {time}</translation>
    </message>
    <message>
        <source>Ingen dato endnu</source>
        <translation>No date yet</translation>
    </message>
    <message>
        <source>taget {date}</source>
        <translation>taken {date}</translation>
    </message>
    <message>
        <source>kan bruges til og med {date}</source>
        <translation>usable up to and including {date}</translation>
    </message>
    <message>
        <source>bestilt {date}</source>
        <translation>requested {date}</translation>
    </message>
    <message>
        <source>Modtaget {date}</source>
        <translation>Received {date}</translation>
    </message>
    <message>
        <source>Tager {which}</source>
        <translation>Takes {which}</translation>
    </message>
    <message>
        <source>Tager blodfortyndende</source>
        <translation>Takes blood thinners</translation>
    </message>
    <message>
        <source>Tager ingen</source>
        <translation>Takes none</translation>
    </message>
    <message>
        <source>pause fra {date}</source>
        <translation>pause from {date}</translation>
    </message>
    <message>
        <source>{name} kører hjem</source>
        <translation>{name} drives home</translation>
    </message>
    <message>
        <source>Kørsel hjem aftalt</source>
        <translation>Lift home arranged</translation>
    </message>
    <message>
        <source>Ingen kørsel aftalt endnu</source>
        <translation>No lift home arranged yet</translation>
    </message>
    <message>
        <source>Databaseserveren kan ikke nås. Opkaldet er gemt på denne PC og skrives til serveren, så snart den er tilbage.</source>
        <translation>The database server cannot be reached. The call is saved on this PC and will be written to the server as soon as it is back.</translation>
    </message>
    <message>
        <source>ukendt slags tekst: {kind}</source>
        <translation>unknown kind of text: {kind}</translation>
    </message>
    <message>
        <source>der er ingen tidligere tekst at hente frem</source>
        <translation>there is no earlier text to bring back</translation>
    </message>
    <message>
        <source>Teksten kan ikke gemmes: {problems}</source>
        <translation>The text cannot be saved: {problems}</translation>
    </message>
    <message>
        <source>Ændring nr. {change_id} findes ikke.</source>
        <translation>Change no. {change_id} does not exist.</translation>
    </message>
    <message>
        <source>Der eksporteres ikke ind i programmets egen mappe ({folder}).</source>
        <translation>Texts are not exported into the program&apos;s own folder ({folder}).</translation>
    </message>
    <message>
        <source>{what}</source>
        <translation>{what}</translation>
    </message>
    <message>
        <source>{who} gemte en ændring af det samme kl. {time}, mens du skrev. Intet er skrevet over, og det du skrev er bevaret: vælg hvad der skal gælde.</source>
        <translation>{who} saved a change to the same thing at {time} while you were typing. Nothing has been overwritten, and what you typed is kept: choose what should apply.</translation>
    </message>
    <message>
        <source>{who} gemte en ændring af det samme, mens du skrev. Intet er skrevet over, og det du skrev er bevaret: vælg hvad der skal gælde.</source>
        <translation>{who} saved a change to the same thing while you were typing. Nothing has been overwritten, and what you typed is kept: choose what should apply.</translation>
    </message>
    <message>
        <source>et andet skrivebord</source>
        <translation>another desk</translation>
    </message>
    <message>
        <source>udfald</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>varighed</source>
        <translation>duration</translation>
    </message>
    <message>
        <source>opkald</source>
        <translation>call</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>trin</source>
        <translation>steps</translation>
    </message>
    <message>
        <source>felter</source>
        <translation>fields</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>måde</source>
        <translation>how</translation>
    </message>
    <message>
        <source>indhold</source>
        <translation>content</translation>
    </message>
    <message>
        <source>dag</source>
        <translation>day</translation>
    </message>
    <message>
        <source>personer</source>
        <translation>people</translation>
    </message>
    <message>
        <source>startværdi</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>rækker</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>filer</source>
        <translation>files</translation>
    </message>
    <message>
        <source>konsultation booket</source>
        <translation>consultation booked</translation>
    </message>
    <message>
        <source>informationsark sendes</source>
        <translation>information sheet to be sent</translation>
    </message>
    <message>
        <source>ring tilbage</source>
        <translation>call back</translation>
    </message>
    <message>
        <source>ingen handling</source>
        <translation>no action</translation>
    </message>
    <message>
        <source>mangler</source>
        <translation>to do</translation>
    </message>
    <message>
        <source>klaret</source>
        <translation>done</translation>
    </message>
    <message>
        <source>ikke relevant</source>
        <translation>not relevant</translation>
    </message>
    <message>
        <source>udskrevet</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>med posten</source>
        <translation>by post</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>gemt som pdf</source>
        <translation>saved as PDF</translation>
    </message>
    <message>
        <source>{n} person</source>
        <translation>{n} person</translation>
    </message>
    <message>
        <source>{n} personer</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>{n} telefonnummer</source>
        <translation>{n} phone number</translation>
    </message>
    <message>
        <source>{n} telefonnumre</source>
        <translation>{n} phone numbers</translation>
    </message>
    <message numerus="yes">
        <source>{n} opkald</source>
        <translation>
            <numerusform>{n} call</numerusform>
            <numerusform>{n} calls</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} optælling af opkald</source>
        <translation>{n} call count</translation>
    </message>
    <message>
        <source>{n} optællinger af opkald</source>
        <translation>{n} call counts</translation>
    </message>
    <message>
        <source>{n} afkrydset spørgsmål</source>
        <translation>{n} ticked question</translation>
    </message>
    <message>
        <source>{n} afkrydsede spørgsmål</source>
        <translation>{n} ticked questions</translation>
    </message>
    <message>
        <source>{n} note</source>
        <translation>{n} note</translation>
    </message>
    <message>
        <source>{n} noter</source>
        <translation>{n} notes</translation>
    </message>
    <message>
        <source>{n} tilbageringning</source>
        <translation>{n} callback</translation>
    </message>
    <message>
        <source>{n} tilbageringninger</source>
        <translation>{n} callbacks</translation>
    </message>
    <message>
        <source>{n} sendt ark</source>
        <translation>{n} sent sheet</translation>
    </message>
    <message>
        <source>{n} sendte ark</source>
        <translation>{n} sent sheets</translation>
    </message>
    <message>
        <source>{n} kopi af et ark</source>
        <translation>{n} copy of a sheet</translation>
    </message>
    <message>
        <source>{n} kopier af ark</source>
        <translation>{n} copies of sheets</translation>
    </message>
    <message>
        <source>{n} tjekliste</source>
        <translation>{n} checklist</translation>
    </message>
    <message>
        <source>{n} tjeklister</source>
        <translation>{n} checklists</translation>
    </message>
    <message numerus="yes">
        <source>{n} tjeklistetrin</source>
        <translation>
            <numerusform>{n} checklist step</numerusform>
            <numerusform>{n} checklist steps</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} logpost</source>
        <translation>{n} log entry</translation>
    </message>
    <message>
        <source>{n} logposter</source>
        <translation>{n} log entries</translation>
    </message>
    <message>
        <source>{n} indstilling</source>
        <translation>{n} setting</translation>
    </message>
    <message>
        <source>{n} indstillinger</source>
        <translation>{n} settings</translation>
    </message>
    <message>
        <source>{n} versionsnummer</source>
        <translation>{n} version number</translation>
    </message>
    <message>
        <source>{n} versionsnumre</source>
        <translation>{n} version numbers</translation>
    </message>
    <message>
        <source>{n} tekstændring</source>
        <translation>{n} text change</translation>
    </message>
    <message>
        <source>{n} tekstændringer</source>
        <translation>{n} text changes</translation>
    </message>
    <message>
        <source>{value}</source>
        <translation>{value}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{n} {table}</source>
        <translation>{n} {table}</translation>
    </message>
    <message>
        <source>intet</source>
        <translation>none</translation>
    </message>
    <message>
        <source>nr. {n}</source>
        <translation>no. {n}</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{day}</source>
        <translation>{day}</translation>
    </message>
    <message>
        <source>{n} emne</source>
        <translation>{n} topic</translation>
    </message>
    <message>
        <source>{n} emner</source>
        <translation>{n} topics</translation>
    </message>
    <message numerus="yes">
        <source>{n} svar</source>
        <translation>
            <numerusform>{n} answer</numerusform>
            <numerusform>{n} answers</numerusform>
        </translation>
    </message>
    <message>
        <source>de 6 trin</source>
        <translation>the 6 steps</translation>
    </message>
    <message>
        <source>{key}: {value}</source>
        <translation>{key}: {value}</translation>
    </message>
    <message>
        <source>tømt: {count}</source>
        <translation>emptied: {count}</translation>
    </message>
    <message>
        <source>Vejledning ud fra klinikkens egne tekster – ikke en lægelig vurdering.</source>
        <translation>Guidance from the clinic&apos;s own texts – not a medical assessment.</translation>
    </message>
    <message>
        <source>Smerter i op til 3–6 måneder regnes som almindelige smerter: Trin 1-behandlinger først (fx fysioterapi, massage, akupunktur, kiropraktik, smertestillende medicin). Effekten bør ses inden for 3–5 behandlinger.</source>
        <translation>Pain for up to 3–6 months counts as ordinary pain: step 1 treatments first (e.g. physiotherapy, massage, acupuncture, chiropractic, painkillers). The effect should show within 3–5 treatments.</translation>
    </message>
    <message>
        <source>Smerter i mere end 6 måneder regnes som kroniske smerter og behandles anderledes end almindelige smerter (Trin 2).</source>
        <translation>Pain for more than 6 months counts as chronic pain and is treated differently from ordinary pain (step 2).</translation>
    </message>
    <message>
        <source>Nakkesmerter i mere end ½–1 år: guldimplantation kan være værd at overveje.</source>
        <translation>Neck pain for more than ½–1 year: gold implantation may be worth considering.</translation>
    </message>
    <message>
        <source>Led- og muskelsmerter i mere end 1–2 år: guldimplantation kan være værd at overveje.</source>
        <translation>Joint and muscle pain for more than 1–2 years: gold implantation may be worth considering.</translation>
    </message>
    <message>
        <source>Smerterne kommer hurtigt igen efter anden behandling (fx akupunktur, massage, kiropraktik eller øvelser): guldimplantation kan være værd at overveje.</source>
        <translation>The pain soon returns after other treatment (e.g. acupuncture, massage, chiropractic or exercises): gold implantation may be worth considering.</translation>
    </message>
    <message>
        <source>Nye eller tiltagende smerteområder: foreslå, at den, der ringer, kontakter sin egen læge.</source>
        <translation>New or increasing pain areas: suggest that the caller contacts their own doctor.</translation>
    </message>
    <message>
        <source>Den er gemt som skrevet – ret den, hvis den er forkert.</source>
        <translation>It is saved as written – correct it if it is wrong.</translation>
    </message>
    <message>
        <source>i dag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>i morgen</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>om {n} dage</source>
        <translation>in {n} days</translation>
    </message>
    <message>
        <source>Konsultationsdagen ({date}) er passeret.</source>
        <translation>The consultation day ({date}) has passed.</translation>
    </message>
    <message>
        <source>Scanningen er over 2 år gammel på konsultationsdagen (kunne bruges til {date}).</source>
        <translation>The scan is over 2 years old on the consultation day (usable until {date}).</translation>
    </message>
    <message>
        <source>Konsultationen er {when}, og billederne er ikke kommet.</source>
        <translation>The consultation is {when}, and the images have not arrived.</translation>
    </message>
    <message>
        <source>Tager blodfortyndende medicin – pausen er ikke aftalt.</source>
        <translation>Takes blood thinners – the pause has not been agreed.</translation>
    </message>
    <message>
        <source>Ikke afklaret, om patienten tager blodfortyndende medicin.</source>
        <translation>Not yet clear whether the patient takes blood thinners.</translation>
    </message>
    <message>
        <source>{what} {date} ligger i fremtiden. {kept}</source>
        <translation>{what} {date} is in the future. {kept}</translation>
    </message>
    <message>
        <source>Konsultationsdatoen {date} er allerede passeret. {kept}</source>
        <translation>The consultation date {date} has already passed. {kept}</translation>
    </message>
    <message>
        <source>Scanningsdatoen</source>
        <translation>The scan date</translation>
    </message>
    <message>
        <source>Datoen for bestillingen</source>
        <translation>The date of the request</translation>
    </message>
    <message>
        <source>Modtagelsesdatoen</source>
        <translation>The date received</translation>
    </message>
    <message>
        <source>Pausen starter {start}, efter konsultationen {consultation}. {kept}</source>
        <translation>The pause starts {start}, after the consultation {consultation}. {kept}</translation>
    </message>
    <message>
        <source>Billederne er modtaget {received}, før de blev bestilt {asked}. Begge datoer er gemt som skrevet – ret den, der er forkert.</source>
        <translation>The images were received {received}, before they were requested {asked}. Both dates are saved as written – correct the wrong one.</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>tom database</source>
        <translation>empty database</translation>
    </message>
    <message>
        <source>krypteringen</source>
        <translation>the encryption</translation>
    </message>
    <message>
        <source>skiftet af adgangskode</source>
        <translation>the passphrase change</translation>
    </message>
    <message>
        <source>gendannelsen af en sikkerhedskopi</source>
        <translation>the restore of a backup</translation>
    </message>
    <message>
        <source>en sikkerhedskopi</source>
        <translation>a backup</translation>
    </message>
    <message>
        <source>Krypteringen</source>
        <translation>The encryption</translation>
    </message>
    <message>
        <source>Skiftet af adgangskode</source>
        <translation>The passphrase change</translation>
    </message>
    <message>
        <source>Datamappen har en journal, der ikke kan læses: {path}. Den er ikke rørt; kontakt jeres IT-ansvarlige.</source>
        <translation>The data folder has a journal that cannot be read: {path}. It has not been touched; contact your IT support.</translation>
    </message>
    <message>
        <source>Den afbrudte {what} kunne ikke gøres færdig ({why}); intet er slettet. Journalen ligger i {path}.</source>
        <translation>Could not finish {what}, which was interrupted ({why}); nothing has been deleted. The journal is in {path}.</translation>
    </message>
    <message>
        <source>Én skjult kopi fra en afbrudt handling er slettet; databasen er på plads.</source>
        <translation>One hidden copy from an interrupted action has been deleted; the database is in place.</translation>
    </message>
    <message>
        <source>{n} skjulte kopier fra en afbrudt handling er slettet; databasen er på plads.</source>
        <translation>{n} hidden copies from an interrupted action have been deleted; the database is in place.</translation>
    </message>
    <message>
        <source>databasen</source>
        <translation>the database</translation>
    </message>
    <message>
        <source>sikkerhedskopien {name}</source>
        <translation>the backup {name}</translation>
    </message>
    <message>
        <source>Den afbrudte {what} er ikke ryddet op: hverken {label} eller originalen findes; intet er slettet. Journalen ligger i {path}.</source>
        <translation>Could not clean up after {what}, which was interrupted: neither {label} nor the original exists; nothing has been deleted. The journal is in {path}.</translation>
    </message>
    <message>
        <source>{what} blev afbrudt, efter at den nye fil var lagt på plads; den er gjort færdig ({label} er i orden).</source>
        <translation>{what} was interrupted after the new file was in place; it has been finished ({label} is fine).</translation>
    </message>
    <message>
        <source>{what} blev afbrudt og er rullet tilbage: {label} er som før. Kør kommandoen igen.</source>
        <translation>{what} was interrupted and has been rolled back: {label} is as before. Run the command again.</translation>
    </message>
    <message>
        <source>Gendannelsen af en sikkerhedskopi blev afbrudt til sidst; den er gjort færdig. Den tidligere database ligger i »{aside}«.</source>
        <translation>The restore of a backup was interrupted at the very end; it has been finished. The previous database is in “{aside}”.</translation>
    </message>
    <message>
        <source>Gendannelsen af en sikkerhedskopi blev afbrudt; den er gjort færdig.</source>
        <translation>The restore of a backup was interrupted; it has been finished.</translation>
    </message>
    <message>
        <source>Gendannelsen af en sikkerhedskopi blev afbrudt og er rullet tilbage: databasen er som før. Læg sikkerhedskopien tilbage igen, hvis den stadig skal bruges.</source>
        <translation>The restore of a backup was interrupted and has been rolled back: the database is as before. Restore the backup again if it is still needed.</translation>
    </message>
    <message>
        <source>En afbrudt sikkerhedskopi er ikke ryddet op, fordi databasen mangler; intet er slettet. Journalen ligger i {path}.</source>
        <translation>An interrupted backup has not been cleaned up because the database is missing; nothing has been deleted. The journal is in {path}.</translation>
    </message>
    <message>
        <source>En sikkerhedskopi blev afbrudt; den halve kopi er slettet. Databasen er urørt.</source>
        <translation>A backup was interrupted; the half-made copy has been deleted. The database is untouched.</translation>
    </message>
    <message>
        <source>En sikkerhedskopi blev afbrudt til sidst; den er gemt og i orden.</source>
        <translation>A backup was interrupted at the very end; it is saved and fine.</translation>
    </message>
    <message>
        <source>Udkast – venter på lægens godkendelse</source>
        <translation>Draft – awaiting the doctor&apos;s approval</translation>
    </message>
    <message>
        <source>{draft} · {context}</source>
        <translation>{draft} · {context}</translation>
    </message>
    <message>
        <source>Spørgsmål og svar · {topic}</source>
        <translation>Questions and answers · {topic}</translation>
    </message>
    <message>
        <source>Sygdomme</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Trin {number}: {title}</source>
        <translation>Step {number}: {title}</translation>
    </message>
    <message>
        <source>Før en guldbehandling</source>
        <translation>Before a gold treatment</translation>
    </message>
    <message>
        <source>Databaseserveren kan ikke nås, og disken på denne PC er fuld, så opkaldet kan heller ikke gemmes her. Det indtastede står stadig i vinduet: luk ikke programmet, men frigør plads på disken ({folder}).</source>
        <translation>The database server cannot be reached, and this PC&apos;s disk is full, so the call cannot be kept here either. What you typed is still in the window: do not close the program; free some space on the disk ({folder}).</translation>
    </message>
    <message>
        <source>Databaseserveren kan ikke nås, og opkaldet kan heller ikke gemmes på denne PC ({folder}). Det indtastede står stadig i vinduet: luk ikke programmet, men ret adgangen til mappen.</source>
        <translation>The database server cannot be reached, and the call cannot be kept on this PC either ({folder}). What you typed is still in the window: do not close the program; fix the access to the folder.</translation>
    </message>
    <message>
        <source>feltet &apos;{field}&apos; {what}</source>
        <translation>field &apos;{field}&apos; {what}</translation>
    </message>
    <message>
        <source>feltet &apos;{field}&apos; mangler</source>
        <translation>field &apos;{field}&apos; is missing</translation>
    </message>
    <message>
        <source>skal være tekst i anførselstegn</source>
        <translation>must be text in quotation marks</translation>
    </message>
    <message>
        <source>er tomt</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>er længere end {limit} tegn</source>
        <translation>is longer than {limit} characters</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; må kun indeholde små bogstaver a-z, tal og &apos;-&apos;</source>
        <translation>&apos;{value}&apos; may only contain lowercase letters a-z, digits and &apos;-&apos;</translation>
    </message>
    <message>
        <source>må kun indeholde små bogstaver a-z, tal og »-«</source>
        <translation>may only contain lowercase letters a-z, digits and »-«</translation>
    </message>
    <message>
        <source>skal være »{key}«</source>
        <translation>must be »{key}«</translation>
    </message>
    <message>
        <source>skal være et heltal</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>skal ligge mellem {minimum} og {maximum}</source>
        <translation>must be between {minimum} and {maximum}</translation>
    </message>
    <message>
        <source>skal være en dato som &quot;2026-11-22&quot;</source>
        <translation>must be a date such as &quot;2026-11-22&quot;</translation>
    </message>
    <message>
        <source>ligger efter i dag ({value})</source>
        <translation>is later than today ({value})</translation>
    </message>
    <message>
        <source>skal være en liste af tekster, fx [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>must be a list of texts, e.g. [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>er tom</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>skal skrives som [[...{key}]]-tabeller</source>
        <translation>must be written as [[...{key}]] tables</translation>
    </message>
    <message>
        <source>er ikke en tabel</source>
        <translation>is not a table</translation>
    </message>
    <message>
        <source>ingen [[sections]] fundet</source>
        <translation>no [[sections]] found</translation>
    </message>
    <message>
        <source>filnavnet skal være små bogstaver, tal og &apos;-&apos; (fx nakkesmerter.toml)</source>
        <translation>the file name must be lowercase letters, digits and &apos;-&apos; (e.g. nakkesmerter.toml)</translation>
    </message>
    <message>
        <source>{entry}: {problem}</source>
        <translation>{entry}: {problem}</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>ingen sygdomsfiler fundet</source>
        <translation>no condition files found</translation>
    </message>
    <message>
        <source>filen mangler</source>
        <translation>the file is missing</translation>
    </message>
    <message>
        <source>skal skrives som +45XXXXXXXX</source>
        <translation>must be written as +45XXXXXXXX</translation>
    </message>
    <message>
        <source>ingen [[{table}]]-afsnit fundet</source>
        <translation>no [[{table}]] sections found</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; findes allerede</source>
        <translation>id &apos;{id}&apos; already exists</translation>
    </message>
    <message>
        <source>ukendt id; brug et af: {ids}</source>
        <translation>unknown id; use one of: {ids}</translation>
    </message>
    <message>
        <source>nummer {number} findes allerede</source>
        <translation>number {number} already exists</translation>
    </message>
    <message>
        <source>trin mangler: {numbers}</source>
        <translation>steps missing: {numbers}</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Hele perioden</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Sidste 7 dage</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Sidste 30 dage</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Sidste 365 dage</source>
        <translation>Last 365 days</translation>
    </message>
    <message>
        <source>Revisionslog</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>person nr. {n}</source>
        <translation>person no. {n}</translation>
    </message>
    <message>
        <source>Medarbejder:</source>
        <translation>Staff member:</translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Loggen gemmer kun id&apos;er og koder; navne og ord slås op, når loggen vises. En slettet person nævnes ikke.</source>
        <translation>The log stores only ids and codes; names and words are looked up when the log is shown. A deleted person is not named.</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Revisionsloggen kan ikke læses</source>
        <translation>The audit log cannot be read</translation>
    </message>
    <message>
        <source>{n} hændelse</source>
        <translation>{n} event</translation>
    </message>
    <message>
        <source>{n} hændelser</source>
        <translation>{n} events</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Medarbejder</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Om</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Detaljer</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Indhold</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Krypteret</source>
        <translation>Encrypted</translation>
    </message>
    <message>
        <source>Sikkerhedskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Tag sikkerhedskopi nu</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Læg valgte tilbage …</source>
        <translation>Restore selected …</translation>
    </message>
    <message>
        <source>Skift mappe …</source>
        <translation>Change folder …</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Der tages en sikkerhedskopi hver dag og når programmet lukkes. De nyeste 7 dage, 4 uger og 12 måneder gemmes. Læg mappen på en anden disk end datamappen.</source>
        <translation>A backup is taken every day and when the program closes. The latest 7 days, 4 weeks and 12 months are kept. Put the folder on a different disk from the data folder.</translation>
    </message>
    <message>
        <source>Mappe: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Der er ingen sikkerhedskopier i mappen endnu.</source>
        <translation>There are no backups in the folder yet.</translation>
    </message>
    <message>
        <source>Sikkerhedskopi taget og kontrolleret: {holds}.</source>
        <translation>Backup taken and checked: {holds}.</translation>
    </message>
    <message>
        <source>Læg sikkerhedskopien fra {time} tilbage?

Den indeholder {holds}. Alt, der er skrevet siden, er ikke med. Den nuværende database flyttes til mappen »gemt-til-side« i datamappen og slettes ikke.</source>
        <translation>Restore the backup from {time}?

It holds {holds}. Anything written since then is not in it. The current database is moved to the folder “gemt-til-side” in the data folder and is not deleted.</translation>
    </message>
    <message>
        <source>Læg sikkerhedskopi tilbage</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Sikkerhedskopien fra {time} er lagt tilbage. Den tidligere database ligger i {aside}.</source>
        <translation>The backup from {time} has been restored. The previous database is in {aside}.</translation>
    </message>
    <message>
        <source>Disken er fuld, så sikkerhedskopien er ikke lagt tilbage. Databasen i brug er ikke ændret. Frigør plads på disken, og prøv igen.</source>
        <translation>The disk is full, so the backup was not restored. The database in use is unchanged. Free some space on the disk and try again.</translation>
    </message>
    <message>
        <source>Programmet må ikke skrive i datamappen, så sikkerhedskopien er ikke lagt tilbage. Databasen i brug er ikke ændret. Bed jeres IT-ansvarlige om at rette adgangen til datamappen, og prøv igen.</source>
        <translation>The program is not allowed to write in the data folder, so the backup was not restored. The database in use is unchanged. Ask your IT support to fix the access to the data folder, and try again.</translation>
    </message>
    <message>
        <source>Sikkerhedskopien kunne ikke lægges tilbage: {reason} Databasen i brug er ikke ændret.</source>
        <translation>The backup could not be restored: {reason} The database in use is unchanged.</translation>
    </message>
    <message>
        <source>Mappen kan ikke bruges: {error}</source>
        <translation>The folder cannot be used: {error}</translation>
    </message>
    <message>
        <source>Nye sikkerhedskopier gemmes i {folder}.</source>
        <translation>New backups are saved in {folder}.</translation>
    </message>
    <message>
        <source>Mappe til sikkerhedskopier</source>
        <translation>Folder for backups</translation>
    </message>
</context>
<context>
    <name>BloodThinnersEditor</name>
    <message>
        <source>fx Eliquis, Marevan</source>
        <translation>e.g. Eliquis, Marevan</translation>
    </message>
    <message>
        <source>Pause aftalt</source>
        <translation>Pause agreed</translation>
    </message>
    <message>
        <source>Pause fra</source>
        <translation>Pause from</translation>
    </message>
    <message>
        <source>Tager blodfortyndende</source>
        <translation>Takes blood thinners</translation>
    </message>
    <message>
        <source>Hvilken</source>
        <translation>Which</translation>
    </message>
</context>
<context>
    <name>BookingEditor</name>
    <message>
        <source>Konsultationsdato</source>
        <translation>Consultation date</translation>
    </message>
    <message>
        <source>Klokkeslæt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kl.</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Behandles</source>
        <translation>To treat</translation>
    </message>
</context>
<context>
    <name>BrowseTree</name>
    <message>
        <source>Emner</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Sygdomme</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Spørgsmål og svar</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>Før en guldbehandling</source>
        <translation>Before a gold treatment</translation>
    </message>
    <message>
        <source>{title} (udkast)</source>
        <translation>{title} (draft)</translation>
    </message>
</context>
<context>
    <name>CallFormWidget</name>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fornavn Efternavn</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>navn@eksempel.dk</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Vej og nummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Smerter siden</source>
        <translation>Pain since</translation>
    </message>
    <message>
        <source>fx 3-2024 eller 2022</source>
        <translation>e.g. 3-2024 or 2022</translation>
    </message>
    <message>
        <source>Hørt om klinikken</source>
        <translation>Heard about the clinic</translation>
    </message>
    <message>
        <source>fx egen læge, ven, internet</source>
        <translation>e.g. own doctor, friend, internet</translation>
    </message>
    <message>
        <source>Aftalt</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Hvad blev aftalt?</source>
        <translation>What was agreed?</translation>
    </message>
    <message>
        <source>– foretrukken kontakt –</source>
        <translation>– preferred contact –</translation>
    </message>
    <message>
        <source>Må kontaktes</source>
        <translation>May be contacted</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Nye eller tiltagende smerteområder</source>
        <translation>New or increasing pain areas</translation>
    </message>
    <message>
        <source>Smerterne kommer hurtigt igen efter behandling</source>
        <translation>The pain comes back soon after treatment</translation>
    </message>
    <message>
        <source>Noter fra samtalen …</source>
        <translation>Notes from the conversation …</translation>
    </message>
    <message>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Postnr. og by</source>
        <translation>Postcode and town</translation>
    </message>
    <message>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Hvem ringer</source>
        <translation>Who is calling</translation>
    </message>
    <message>
        <source>Hvor gør det ondt?</source>
        <translation>Where does it hurt?</translation>
    </message>
    <message>
        <source>Hvor længe:</source>
        <translation>How long:</translation>
    </message>
    <message>
        <source>eller siden:</source>
        <translation>or since:</translation>
    </message>
    <message>
        <source>Hvad er prøvet?</source>
        <translation>What has been tried?</translation>
    </message>
    <message>
        <source>Smerter</source>
        <translation>Pain</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Informationsark</source>
        <translation>Information sheet</translation>
    </message>
    <message>
        <source>Et opkald blev ikke afsluttet: {who}, startet {when}. Det ligger på hold øverst.</source>
        <translation>A call was not ended: {who}, started {when}. It is on hold at the top.</translation>
    </message>
    <message>
        <source>(+{n} mere)</source>
        <translation>(+{n} more)</translation>
    </message>
    <message>
        <source>Send informationsark (Ctrl+P)</source>
        <translation>Send information sheet (Ctrl+P)</translation>
    </message>
    <message>
        <source>Fortsæt opkaldet</source>
        <translation>Continue the call</translation>
    </message>
    <message>
        <source>Nyt opkald ({key})</source>
        <translation>New call ({key})</translation>
    </message>
    <message>
        <source>Afslut opkald ({key})</source>
        <translation>End call ({key})</translation>
    </message>
    <message>
        <source>Send informationsark ({key})</source>
        <translation>Send information sheet ({key})</translation>
    </message>
    <message>
        <source>Kassér</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Personer der passer</source>
        <translation>Matching people</translation>
    </message>
    <message>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Opkaldet gælder en person, der ikke er i kartoteket endnu</source>
        <translation>The call is about a person who is not in the records yet</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Tjekliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Hvem ringer?</source>
        <translation>Who is calling?</translation>
    </message>
    <message>
        <source>Opkaldet findes ikke længere.</source>
        <translation>The call no longer exists.</translation>
    </message>
    <message>
        <source>et opkald uden navn</source>
        <translation>a call without a name</translation>
    </message>
    <message>
        <source>{who} er sat på hold ({n}. i rækken øverst) med det du skrev; det er ikke gemt endnu, men bliver gemt, så snart databasen kan bruges igen.</source>
        <translation>{who} is on hold (no. {n} in the row at the top) with what you typed; it is not saved yet, but will be as soon as the database can be used again.</translation>
    </message>
    <message>
        <source>{who} er sat på hold og gemt – Ctrl+{n} skifter tilbage.</source>
        <translation>{who} is on hold and saved – Ctrl+{n} switches back.</translation>
    </message>
    <message>
        <source>Opkald i gang – gemmes automatisk.</source>
        <translation>Call in progress – saved automatically.</translation>
    </message>
    <message>
        <source>I telefonen hos {desks}</source>
        <translation>On the phone at {desks}</translation>
    </message>
    <message>
        <source>i telefonen hos {desks}</source>
        <translation>on the phone at {desks}</translation>
    </message>
    <message>
        <source>Opkaldet er ikke gemt: ret de markerede felter.</source>
        <translation>The call is not saved: correct the marked fields.</translation>
    </message>
    <message>
        <source>Opkaldet er ikke gemt – prøv igen.</source>
        <translation>The call is not saved – try again.</translation>
    </message>
    <message>
        <source>Opkaldet er gemt ({m}:{s:02d}).</source>
        <translation>The call is saved ({m}:{s:02d}).</translation>
    </message>
    <message>
        <source>opkaldet uden navn</source>
        <translation>the call without a name</translation>
    </message>
    <message>
        <source>Nu vises {who}, som var på hold.</source>
        <translation>Now showing {who}, who was on hold.</translation>
    </message>
    <message>
        <source>Et opkald gemt på denne PC, mens serveren var væk, skrives nu til serveren.</source>
        <translation>A call saved on this PC while the server was away is now being written to the server.</translation>
    </message>
    <message>
        <source>{n} opkald gemt på denne PC, mens serveren var væk, skrives nu til serveren.</source>
        <translation>{n} calls saved on this PC while the server was away are now being written to the server.</translation>
    </message>
    <message>
        <source>Et opkald gemt på denne PC kan ikke læses. Filen er ikke slettet; den ligger i {folder}, så support kan se på den.</source>
        <translation>A call kept on this PC cannot be read. The file has not been deleted; it is in {folder}, so support can look at it.</translation>
    </message>
    <message>
        <source>{n} opkald gemt på denne PC kan ikke læses. Filerne er ikke slettet; de ligger i {folder}, så support kan se på dem.</source>
        <translation>{n} calls kept on this PC cannot be read. The files have not been deleted; they are in {folder}, so support can look at them.</translation>
    </message>
    <message>
        <source>Et opkald gemt på denne PC er sat på hold: {who} havde ændret personens oplysninger.</source>
        <translation>A call saved on this PC has been put on hold: {who} had changed the person&apos;s details.</translation>
    </message>
    <message>
        <source>Et opkald gemt på denne PC er nu skrevet til serveren.</source>
        <translation>A call saved on this PC has now been written to the server.</translation>
    </message>
    <message>
        <source>Opkaldet er ikke gemt endnu: {who} havde ændret personens oplysninger. Ret det, du vil, og afslut igen.</source>
        <translation>The call has not been saved yet: {who} had changed the person&apos;s details. Correct what you want, and end the call again.</translation>
    </message>
    <message>
        <source>Gemt kl. {time}</source>
        <translation>Saved at {time}</translation>
    </message>
    <message>
        <source>Databaseserveren kan ikke nås. Det du skriver gemmes på denne PC og skrives til serveren, når den er tilbage.</source>
        <translation>The database server cannot be reached. What you type is saved on this PC and written to the server when it is back.</translation>
    </message>
    <message>
        <source>Det du har skrevet er bevaret; der prøves igen.</source>
        <translation>What you typed is kept; trying again.</translation>
    </message>
    <message numerus="yes">
        <source>Det du har skrevet i {n} opkald er bevaret i rækken øverst; der prøves igen.</source>
        <translation>
            <numerusform>What you typed in {n} call is kept in the row at the top; trying again.</numerusform>
            <numerusform>What you typed in {n} calls is kept in the row at the top; trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Et åbent opkald er lukket, fordi personen er slettet fra kartoteket.</source>
        <translation>An open call was closed because the person was deleted from the records.</translation>
    </message>
    <message>
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n opkald</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Skriv først personens navn eller nummer.</source>
        <translation>First type the person&apos;s name or number.</translation>
    </message>
    <message>
        <source>Start et opkald eller vælg en person i Personer, før der sendes et informationsark.</source>
        <translation>Start a call or choose a person under People before sending an information sheet.</translation>
    </message>
    <message>
        <source>(+{n} flere)</source>
        <translation>(+{n} more)</translation>
    </message>
    <message>
        <source>{n} personer har dette nummer – vælg den rigtige.</source>
        <translation>{n} people have this number – choose the right one.</translation>
    </message>
    <message>
        <source>Varighed {m}:{s:02d}</source>
        <translation>Duration {m}:{s:02d}</translation>
    </message>
</context>
<context>
    <name>CallWorkspace</name>
    <message>
        <source>Opkald</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tilbageringninger</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>Før behandling</source>
        <translation>Before treatment</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
</context>
<context>
    <name>CallbacksPanel</name>
    <message>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Forsøg</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ringes op af</source>
        <translation>Being called by</translation>
    </message>
    <message>
        <source>Ring op nu</source>
        <translation>Call now</translation>
    </message>
    <message>
        <source>Intet svar</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Klaret</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>{n} dag over</source>
        <translation>{n} day overdue</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>{n} tilbageringning i dag eller forfalden.</source>
        <translation>{n} callback today or overdue.</translation>
    </message>
    <message>
        <source>{n} tilbageringninger i dag eller forfaldne.</source>
        <translation>{n} callbacks today or overdue.</translation>
    </message>
    <message>
        <source>Desuden {n} i de kommende {days} dage.</source>
        <translation>Also {n} in the next {days} days.</translation>
    </message>
    <message>
        <source>{n} dage over</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>Tilbageringninger</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>I morgen</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>Om {n} dage</source>
        <translation>In {n} days</translation>
    </message>
    <message>
        <source>Ingen tilbageringninger i dag.</source>
        <translation>No callbacks today.</translation>
    </message>
</context>
<context>
    <name>CallersPanel</name>
    <message>
        <source>Søg efter en person</source>
        <translation>Search for a person</translation>
    </message>
    <message>
        <source>Søg navn, telefon, postnummer eller note …</source>
        <translation>Search name, phone, postcode or note …</translation>
    </message>
    <message>
        <source>Ring op</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Send informationsark</source>
        <translation>Send information sheet</translation>
    </message>
    <message>
        <source>Udlevér oplysninger …</source>
        <translation>Export personal data …</translation>
    </message>
    <message>
        <source>Alt om personen som PDF og JSON (GDPR art. 15)</source>
        <translation>Everything about the person as PDF and JSON (GDPR art. 15)</translation>
    </message>
    <message>
        <source>Slet person …</source>
        <translation>Delete person …</translation>
    </message>
    <message>
        <source>Revisionslog …</source>
        <translation>Audit log …</translation>
    </message>
    <message>
        <source>Hvem har set og ændret personens oplysninger</source>
        <translation>Who has seen and changed the person&apos;s data</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Tjekliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>{n} personer</source>
        <translation>{n} people</translation>
    </message>
    <message>
        <source>{n} person</source>
        <translation>{n} person</translation>
    </message>
</context>
<context>
    <name>CallersTableModel</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Postnr.</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Opkald</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Seneste opkald</source>
        <translation>Latest call</translation>
    </message>
    <message>
        <source>Tjekliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>{done} af {steps}</source>
        <translation>{done} of {steps}</translation>
    </message>
</context>
<context>
    <name>ChecklistOverview</name>
    <message>
        <source>Vis kun:</source>
        <translation>Show only:</translation>
    </message>
    <message>
        <source>Mangler billeder</source>
        <translation>Images missing</translation>
    </message>
    <message>
        <source>Blodfortyndende: pause ikke aftalt</source>
        <translation>Blood thinners: pause not agreed</translation>
    </message>
    <message>
        <source>Scanning for gammel</source>
        <translation>Scan too old</translation>
    </message>
    <message>
        <source>Ring op</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Åbn</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Opdatér</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Over {n} kommende konsultationer; de {n} første vises.</source>
        <translation>Over {n} upcoming consultations; the first {n} are shown.</translation>
    </message>
    <message>
        <source>Ingen kommende konsultationer passer på filtrene.</source>
        <translation>No upcoming consultations match the filters.</translation>
    </message>
    <message>
        <source>Ingen kommende konsultationer.</source>
        <translation>No upcoming consultations.</translation>
    </message>
    <message>
        <source>1 kommende konsultation.</source>
        <translation>1 upcoming consultation.</translation>
    </message>
    <message>
        <source>{n} kommende konsultationer.</source>
        <translation>{n} upcoming consultations.</translation>
    </message>
    <message>
        <source>(filtreret).</source>
        <translation>(filtered).</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <source>Tjekliste</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Opret tjekliste</source>
        <translation>Create checklist</translation>
    </message>
    <message>
        <source>Forklaring</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Vis trinnets forklaring i Klinikkens viden</source>
        <translation>Show the step&apos;s explanation in Clinic knowledge</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Mangler</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Klaret</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Ikke relevant</source>
        <translation>Not relevant</translation>
    </message>
    <message>
        <source>Hvorfor ikke relevant?</source>
        <translation>Why not relevant?</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Personen er ikke i kartoteket endnu. Opret tjeklisten nu, så gemmes personen med det samme.</source>
        <translation>The person is not in the records yet. Create the checklist now, and the person is saved at once.</translation>
    </message>
    <message>
        <source>Vælg en person for at se tjeklisten.</source>
        <translation>Choose a person to see the checklist.</translation>
    </message>
    <message>
        <source>Ingen tjekliste endnu. Opret den nu, eller den oprettes, når opkaldet afsluttes som booket.</source>
        <translation>No checklist yet. Create it now, or it is created when the call ends as booked.</translation>
    </message>
    <message>
        <source>{done} af {steps}</source>
        <translation>{done} of {steps}</translation>
    </message>
    <message>
        <source>Ikke gemt endnu: {who} havde ændret trinnet. Det du skrev står her stadig.</source>
        <translation>Not saved yet: {who} had changed the step. What you typed is still here.</translation>
    </message>
    <message>
        <source>Ændringen fra {who} er beholdt. Du havde skrevet: {typed}</source>
        <translation>The change from {who} has been kept. You had typed: {typed}</translation>
    </message>
    <message>
        <source>Ikke gemt endnu. Tryk »Gem alligevel« for at gemme, eller ret dato og klokkeslæt.</source>
        <translation>Not saved yet. Press “Save anyway” to save, or correct the date and time.</translation>
    </message>
    <message>
        <source>Gem alligevel</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Tjekliste · {name}</source>
        <translation>Checklist · {name}</translation>
    </message>
    <message>
        <source>Ikke gemt: {problem}</source>
        <translation>Not saved: {problem}</translation>
    </message>
    <message>
        <source>Gemt.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ClinicAddressPanel</name>
    <message>
        <source>Klinikkens adresse er ikke udfyldt, så brevet har ingen afsenderadresse. Skriv den her, så kommer den med på dette og alle senere breve:</source>
        <translation>The clinic&apos;s address is not filled in, so the letter has no sender address. Type it here, and it goes on this and every later letter:</translation>
    </message>
    <message>
        <source>Adresse, fx Guldvej 1</source>
        <translation>Address, e.g. Guldvej 1</translation>
    </message>
    <message>
        <source>Postnr.</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Gem adressen</source>
        <translation>Save the address</translation>
    </message>
    <message>
        <source>Skriv både adressen og postnummer og by.</source>
        <translation>Type both the address and postcode and town.</translation>
    </message>
</context>
<context>
    <name>ClinicSettingsDialog</name>
    <message>
        <source>Man</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tir</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Tor</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Lør</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Søn</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Klinikkens oplysninger</source>
        <translation>Clinic details</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>CVR-nummer</source>
        <translation>CVR number</translation>
    </message>
    <message>
        <source>Åbningsdage</source>
        <translation>Opening days</translation>
    </message>
    <message>
        <source>Bruges i brevhovedet på informationsark. Tomme felter udelades. En konsultation på en lukkedag eller en helligdag giver en advarsel, før den gemmes.</source>
        <translation>Used in the letterhead of information sheets. Empty fields are left out. A consultation on a closed day or a public holiday gives a warning before it is saved.</translation>
    </message>
    <message>
        <source>Vælg mindst én åbningsdag.</source>
        <translation>Choose at least one opening day.</translation>
    </message>
    <message>
        <source>Ændringen fra {who} står nu i felterne; tryk Gem for at gemme resten.</source>
        <translation>The change from {who} is now in the fields; press Save to save the rest.</translation>
    </message>
    <message>
        <source>Ikke gemt endnu: {who} havde ændret oplysningerne.</source>
        <translation>Not saved yet: {who} had changed the details.</translation>
    </message>
</context>
<context>
    <name>ClinicTextsDialog</name>
    <message>
        <source>Klinikkens tekster</source>
        <translation>The clinic&apos;s texts</translation>
    </message>
    <message>
        <source>Tekster</source>
        <translation>Texts</translation>
    </message>
    <message>
        <source>Nyt afsnit</source>
        <translation>New section</translation>
    </message>
    <message>
        <source>Et nyt afsnit til den valgte sygdom</source>
        <translation>A new section for the selected condition</translation>
    </message>
    <message>
        <source>Brug teksten, som programmet kom med</source>
        <translation>Use the text the program came with</translation>
    </message>
    <message>
        <source>I klinikkens viden:</source>
        <translation>In the clinic&apos;s knowledge:</translation>
    </message>
    <message>
        <source>På informationsarket:</source>
        <translation>On the information sheet:</translation>
    </message>
    <message>
        <source>Den valgte version</source>
        <translation>The selected version</translation>
    </message>
    <message>
        <source>Teksten nu</source>
        <translation>The text now</translation>
    </message>
    <message>
        <source>&amp;Nyt spørgsmål</source>
        <translation>&amp;New question</translation>
    </message>
    <message>
        <source>Ny s&amp;ygdom</source>
        <translation>New &amp;condition</translation>
    </message>
    <message>
        <source>Nyt &amp;afsnit</source>
        <translation>New s&amp;ection</translation>
    </message>
    <message>
        <source>&amp;Tekster</source>
        <translation>&amp;Texts</translation>
    </message>
    <message>
        <source>&amp;Kræver lægens godkendelse (vises som udkast)</source>
        <translation>Needs the doctor&apos;s &amp;approval (shown as a draft)</translation>
    </message>
    <message>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Go&amp;dkend udkastet</source>
        <translation>A&amp;pprove the draft</translation>
    </message>
    <message>
        <source>&amp;Programmets tekst igen</source>
        <translation>The p&amp;rogram&apos;s text again</translation>
    </message>
    <message>
        <source>Versioner</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>H&amp;ent denne version frem</source>
        <translation>&amp;Bring back this version</translation>
    </message>
    <message>
        <source>&amp;Behold klinikkens tekst</source>
        <translation>&amp;Keep the clinic&apos;s text</translation>
    </message>
    <message>
        <source>Br&amp;ug programmets nye tekst</source>
        <translation>&amp;Use the program&apos;s new text</translation>
    </message>
    <message>
        <source>&amp;Visning</source>
        <translation>Previe&amp;w</translation>
    </message>
    <message>
        <source>A&amp;rk (PDF)</source>
        <translation>S&amp;heet (PDF)</translation>
    </message>
    <message>
        <source>&amp;Historik</source>
        <translation>H&amp;istory</translation>
    </message>
    <message>
        <source>Ek&amp;sporter …</source>
        <translation>E&amp;xport …</translation>
    </message>
    <message>
        <source>&amp;Importer …</source>
        <translation>I&amp;mport …</translation>
    </message>
    <message>
        <source>&amp;Luk</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Hvad koster en konsultation?</source>
        <translation>What does a consultation cost?</translation>
    </message>
    <message>
        <source>Hvor ligger klinikken?</source>
        <translation>Where is the clinic?</translation>
    </message>
    <message>
        <source>Hvornår har klinikken åbent?</source>
        <translation>When is the clinic open?</translation>
    </message>
    <message>
        <source>Hvor kan jeg parkere?</source>
        <translation>Where can I park?</translation>
    </message>
    <message>
        <source>Hvordan melder jeg afbud?</source>
        <translation>How do I cancel?</translation>
    </message>
    <message>
        <source>udkast</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>ændret</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>opdateret af programmet</source>
        <translation>updated by the program</translation>
    </message>
    <message>
        <source>Spørgsmål og svar</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>Sygdomme</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Før en guldbehandling</source>
        <translation>Before a gold treatment</translation>
    </message>
    <message>
        <source>Klinikkens oplysninger</source>
        <translation>Clinic details</translation>
    </message>
    <message>
        <source>En programopdatering har ændret {n} tekst, som klinikken også har ændret. Klinikkens tekst vises stadig. Vælg den (mærket »opdateret af programmet«) og se begge under Historik.</source>
        <translation>A program update has changed {n} text that the clinic had also changed. The clinic&apos;s text is still shown. Select it (marked »updated by the program«) and see both under History.</translation>
    </message>
    <message>
        <source>En programopdatering har ændret {n} tekster, som klinikken også har ændret. Klinikkens tekster vises stadig. Vælg dem (mærket »opdateret af programmet«) og se begge under Historik.</source>
        <translation>A program update has changed {n} texts that the clinic had also changed. The clinic&apos;s texts are still shown. Select them (marked »updated by the program«) and see both under History.</translation>
    </message>
    <message>
        <source>Vælg en tekst i listen, eller lav en ny.</source>
        <translation>Select a text in the list, or make a new one.</translation>
    </message>
    <message>
        <source>Første afsnit</source>
        <translation>First section</translation>
    </message>
    <message>
        <source>Rettelsen er ikke gemt</source>
        <translation>The change is not saved</translation>
    </message>
    <message>
        <source>Det du har skrevet, er ikke gemt. Vil du lukke og kassere det?</source>
        <translation>What you typed is not saved. Close and discard it?</translation>
    </message>
    <message>
        <source>&amp;Kassér og luk</source>
        <translation>&amp;Discard and close</translation>
    </message>
    <message>
        <source>&amp;Tilbage til teksten</source>
        <translation>&amp;Back to the text</translation>
    </message>
    <message>
        <source>Sygdom</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Afsnit af en sygdom</source>
        <translation>Section of a condition</translation>
    </message>
    <message>
        <source>Trin før en guldbehandling</source>
        <translation>Step before a gold treatment</translation>
    </message>
    <message>
        <source>{kind} (ny)</source>
        <translation>{kind} (new)</translation>
    </message>
    <message>
        <source>Praktisk</source>
        <translation>Practical</translation>
    </message>
    <message>
        <source>Klinikken</source>
        <translation>The clinic</translation>
    </message>
    <message>
        <source>Vælg først den sygdom, afsnittet hører til.</source>
        <translation>First select the condition the section belongs to.</translation>
    </message>
    <message>
        <source>Skal udfyldes.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Visningen kommer, når de røde fejl er rettet.</source>
        <translation>The preview appears when the errors in red are corrected.</translation>
    </message>
    <message>
        <source>Gemt.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Ingen ændringer at gemme.</source>
        <translation>No changes to save.</translation>
    </message>
    <message>
        <source>Godkendt: teksten er ikke længere et udkast.</source>
        <translation>Approved: the text is no longer a draft.</translation>
    </message>
    <message>
        <source>Programmets tekst bruges igen; klinikkens er i historikken.</source>
        <translation>The program&apos;s text is used again; the clinic&apos;s is in the history.</translation>
    </message>
    <message>
        <source>Teksterne er ændret et andet sted. Din rettelse er ikke gemt endnu; Historik viser den andens.</source>
        <translation>The texts have been changed elsewhere. Your correction has not been saved yet; History shows the other change.</translation>
    </message>
    <message>
        <source>Programmets nye tekst (fra en opdatering)</source>
        <translation>The program&apos;s new text (from an update)</translation>
    </message>
    <message>
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>godkendt</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>programmets tekst</source>
        <translation>the program&apos;s text</translation>
    </message>
    <message>
        <source>Programmets tekst (udgangspunktet)</source>
        <translation>The program&apos;s text (the starting point)</translation>
    </message>
    <message>
        <source>Programmets nye tekst</source>
        <translation>The program&apos;s new text</translation>
    </message>
    <message>
        <source>Fjernet i programmet.</source>
        <translation>Removed in the program.</translation>
    </message>
    <message>
        <source>Den valgte version er hentet frem.</source>
        <translation>The selected version has been brought back.</translation>
    </message>
    <message>
        <source>Eksporter klinikkens tekster til mappe</source>
        <translation>Export the clinic&apos;s texts to a folder</translation>
    </message>
    <message>
        <source>Eksport</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>{n} fil skrevet til {{folder}}.</source>
        <translation>{n} file written to {{folder}}.</translation>
    </message>
    <message>
        <source>{n} filer skrevet til {{folder}}.</source>
        <translation>{n} files written to {{folder}}.</translation>
    </message>
    <message>
        <source>Importer klinikkens tekster fra mappe</source>
        <translation>Import the clinic&apos;s texts from a folder</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Teksterne i mappen kan ikke indlæses; intet er gemt:</source>
        <translation>The texts in the folder cannot be loaded; nothing has been saved:</translation>
    </message>
    <message>
        <source>Mappen har ingen ændringer.</source>
        <translation>The folder has no changes.</translation>
    </message>
    <message>
        <source>Gem {n} ændring?</source>
        <translation>Save {n} change?</translation>
    </message>
    <message>
        <source>Gem {n} ændringer?</source>
        <translation>Save {n} changes?</translation>
    </message>
    <message>
        <source>{n} ændring importeret.</source>
        <translation>{n} change imported.</translation>
    </message>
    <message>
        <source>{n} ændringer importeret.</source>
        <translation>{n} changes imported.</translation>
    </message>
</context>
<context>
    <name>CompanionEditor</name>
    <message>
        <source>valgfrit</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Kørsel hjem aftalt</source>
        <translation>Lift home arranged</translation>
    </message>
    <message>
        <source>Hvem kører</source>
        <translation>Who drives</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Ændret ved et andet skrivebord</source>
        <translation>Changed at another desk</translation>
    </message>
    <message>
        <source> kl. {time}</source>
        <translation> at {time}</translation>
    </message>
    <message>
        <source>{who} gemte en ændring af det samme{at}, mens du skrev. Intet er skrevet over, og det du skrev er bevaret. Vælg hvad der skal gælde:</source>
        <translation>{who} saved a change to the same thing{at} while you were typing. Nothing has been overwritten, and what you typed is kept. Choose which should apply:</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Gemt af {who}</source>
        <translation>Saved by {who}</translation>
    </message>
    <message>
        <source>Det du skrev</source>
        <translation>What you typed</translation>
    </message>
    <message>
        <source>Forskelle</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>&amp;Behold deres</source>
        <translation>&amp;Keep theirs</translation>
    </message>
    <message>
        <source>Behold &amp;mit</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>&amp;Tilbage til redigering</source>
        <translation>&amp;Back to editing</translation>
    </message>
</context>
<context>
    <name>ContentPicker</name>
    <message>
        <source>Indhold i informationsarket</source>
        <translation>Contents of the information sheet</translation>
    </message>
    <message>
        <source>Sygdomme</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Kort om {title}</source>
        <translation>In short: {title}</translation>
    </message>
    <message>
        <source>Spørgsmål og svar</source>
        <translation>Questions and answers</translation>
    </message>
    <message>
        <source>Før din guldbehandling (de 6 trin)</source>
        <translation>Before your gold treatment (the 6 steps)</translation>
    </message>
</context>
<context>
    <name>DatabaseDamagedDialog</name>
    <message>
        <source>Databasen er beskadiget</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Sikkerhedskopien fra {time} indeholder {holds}.</source>
        <translation>The backup from {time} holds {holds}.</translation>
    </message>
    <message>
        <source>Det, der er skrevet efter sikkerhedskopien, er ikke med i den. Den beskadigede fil flyttes til mappen »gemt-til-side« i datamappen.</source>
        <translation>Anything written after the backup is not in it. The damaged file is moved to the folder “gemt-til-side” in the data folder.</translation>
    </message>
    <message>
        <source>Det fandt kontrollen (til IT):</source>
        <translation>What the check found (for IT):</translation>
    </message>
    <message>
        <source>Læg sikkerhedskopien tilbage</source>
        <translation>Restore the backup</translation>
    </message>
    <message>
        <source>Luk programmet</source>
        <translation>Close the program</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
</context>
<context>
    <name>DesksLabel</name>
    <message>
        <source>Ikke forbundet med de andre skriveborde – forbinder igen …</source>
        <translation>Not connected to the other desks – reconnecting …</translation>
    </message>
    <message>
        <source>Forbundet: {desks}</source>
        <translation>Connected: {desks}</translation>
    </message>
    <message>
        <source>Skriveborde, der bruger klinikkens database nu</source>
        <translation>Desks using the clinic&apos;s database now</translation>
    </message>
</context>
<context>
    <name>EndCallDialog</name>
    <message>
        <source>Afslut opkald</source>
        <translation>End call</translation>
    </message>
    <message>
        <source>Hvorfor skal vi ringe tilbage?</source>
        <translation>Why should we call back?</translation>
    </message>
    <message>
        <source>Ring tilbage den</source>
        <translation>Call back on</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Gem opkald</source>
        <translation>Save call</translation>
    </message>
    <message>
        <source>Hvad kom der ud af opkaldet? Sæt gerne flere kryds.</source>
        <translation>What came of the call? Tick as many as apply.</translation>
    </message>
    <message>
        <source>Fortsæt samtalen</source>
        <translation>Continue the conversation</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Tidspunktet er aftalt</source>
        <translation>The time is agreed</translation>
    </message>
    <message>
        <source>Konsultation den</source>
        <translation>Consultation on</translation>
    </message>
    <message>
        <source>Klokken</source>
        <translation>At</translation>
    </message>
    <message>
        <source>Bemærk:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Ret felterne, eller tryk Gem igen for at gemme alligevel.</source>
        <translation>Correct the fields, or press Save again to save anyway.</translation>
    </message>
    <message>
        <source>Tjek konsultationens dato og tid ovenfor, eller tryk Gem igen for at gemme alligevel.</source>
        <translation>Check the consultation&apos;s date and time above, or press Save again to save anyway.</translation>
    </message>
    <message>
        <source>Gem alligevel</source>
        <translation>Save anyway</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <source>Slet person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {phones}&lt;br&gt;&lt;br&gt;Alt om personen slettes: {rows}. Sletningen kan ikke fortrydes. I loggen står kun, at en person er slettet, af hvem og hvornår.&lt;br&gt;&lt;br&gt;Sikkerhedskopier fra før i dag indeholder stadig personen, indtil de udskiftes. Indlæses en af dem, skal personen slettes igen.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {phones}&lt;br&gt;&lt;br&gt;Everything about the person is deleted: {rows}. This cannot be undone. The log only says that a person was deleted, by whom and when.&lt;br&gt;&lt;br&gt;Backups from before today still hold the person until they are replaced. If one of them is restored, the person must be deleted again.</translation>
    </message>
    <message>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>SLET</source>
        <translation>DELETE</translation>
    </message>
    <message>
        <source>Skriv {word} for at bekræfte:</source>
        <translation>Type {word} to confirm:</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Slet for altid</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <source>Personen findes ikke</source>
        <translation>The person does not exist</translation>
    </message>
</context>
<context>
    <name>ExportPersonDialog</name>
    <message>
        <source>Udlevér oplysninger (indsigt)</source>
        <translation>Export personal data (right of access)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {phones}&lt;br&gt;Der er registreret: {rows}.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · {phones}&lt;br&gt;On record: {rows}.</translation>
    </message>
    <message>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Der laves en PDF til at læse og en JSON-fil til andre programmer med alt, hvad klinikken har om personen, og hvem der har set det. Udleveringen skrives i loggen. Filerne indeholder helbredsoplysninger: gem dem kun et sikkert sted.</source>
        <translation>This makes a PDF to read and a JSON file for other programs with everything the clinic holds about the person, and who has seen it. The export is written in the log. The files contain health data: keep them only somewhere safe.</translation>
    </message>
    <message>
        <source>Vælg en mappe</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <source>Vælg mappe …</source>
        <translation>Choose folder …</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Udlevér</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Åbn mappen</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Vælg mappe til filerne</source>
        <translation>Choose a folder for the files</translation>
    </message>
    <message>
        <source>Personen findes ikke</source>
        <translation>The person does not exist</translation>
    </message>
    <message>
        <source>{n} kopi af et sendt ark</source>
        <translation>{n} copy of a sent sheet</translation>
    </message>
    <message>
        <source>{n} kopier af sendte ark</source>
        <translation>{n} copies of sent sheets</translation>
    </message>
    <message>
        <source>Gemt i {folder}: {files}.</source>
        <translation>Saved in {folder}: {files}.</translation>
    </message>
</context>
<context>
    <name>KnowledgePanel</name>
    <message>
        <source>Søg i viden: fx nakke, piskesmæld, køre bil …</source>
        <translation>Search knowledge: e.g. neck, whiplash, driving …</translation>
    </message>
    <message>
        <source>Søg i klinikkens viden</source>
        <translation>Search the clinic&apos;s knowledge</translation>
    </message>
    <message>
        <source>Søgeresultater</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Intet fundet. Prøv et andet ord.</source>
        <translation>Nothing found. Try another word.</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Med i informationsarket til den, der ringer</source>
        <translation>In the information sheet for the caller</translation>
    </message>
    <message>
        <source>Klinikkens viden</source>
        <translation>Clinic knowledge</translation>
    </message>
    <message>
        <source>Skriv et par bogstaver i søgefeltet (Ctrl+F), eller vælg et emne i listen.</source>
        <translation>Type a few letters in the search box (Ctrl+F), or pick a topic in the list.</translation>
    </message>
    <message>
        <source>Pil op/ned vælger et svar, Enter viser det.</source>
        <translation>Up/Down picks an answer, Enter shows it.</translation>
    </message>
    <message>
        <source>{n} tekst kunne ikke indlæses.</source>
        <translation>{n} text could not be loaded.</translation>
    </message>
    <message>
        <source>{n} tekster kunne ikke indlæses.</source>
        <translation>{n} texts could not be loaded.</translation>
    </message>
    <message>
        <source>Resten virker. Hold musen her for detaljer.</source>
        <translation>The rest works. Hold the mouse here for details.</translation>
    </message>
</context>
<context>
    <name>LiveTexts</name>
    <message>
        <source>En opdatering har ændret {n} tekst, som klinikken også har ændret: se Filer → Klinikkens tekster.</source>
        <translation>An update has changed {n} text that the clinic had also changed: see File → The clinic&apos;s texts.</translation>
    </message>
    <message>
        <source>En opdatering har ændret {n} tekster, som klinikken også har ændret: se Filer → Klinikkens tekster.</source>
        <translation>An update has changed {n} texts that the clinic had also changed: see File → The clinic&apos;s texts.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Skærmen er låst</source>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <source>Lås op</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Forkert – prøv igen.</source>
        <translation>Wrong – try again.</translation>
    </message>
    <message>
        <source>Forkert {n} gang.</source>
        <translation>Wrong {n} time.</translation>
    </message>
    <message>
        <source>Forkert {n} gange.</source>
        <translation>Wrong {n} times.</translation>
    </message>
    <message>
        <source>Prøv igen om {wait}.</source>
        <translation>Try again in {wait}.</translation>
    </message>
    <message>
        <source>{n} sekund</source>
        <translation>{n} second</translation>
    </message>
    <message>
        <source>{n} sekunder</source>
        <translation>{n} seconds</translation>
    </message>
    <message>
        <source>&amp;Lås skærmen</source>
        <translation>Loc&amp;k the screen</translation>
    </message>
    <message>
        <source>Prøv igen.</source>
        <translation>Try again.</translation>
    </message>
    <message>
        <source>{minutes}:{seconds:02d} minutter</source>
        <translation>{minutes}:{seconds:02d} minutes</translation>
    </message>
</context>
<context>
    <name>LockSettingsDialog</name>
    <message>
        <source>Skærmlås</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>aldrig</source>
        <translation>never</translation>
    </message>
    <message>
        <source>uændret</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Lås efter</source>
        <translation>Lock after</translation>
    </message>
    <message>
        <source>Ny pinkode (4–12 cifre)</source>
        <translation>New PIN (4–12 digits)</translation>
    </message>
    <message>
        <source>Gentag pinkoden</source>
        <translation>Repeat the PIN</translation>
    </message>
    <message>
        <source>De to pinkoder er ikke ens.</source>
        <translation>The two PINs do not match.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Guldklinikken – Reception</source>
        <translation>Guldklinikken – Reception</translation>
    </message>
    <message>
        <source>Åbner kartoteket …</source>
        <translation>Opening the records …</translation>
    </message>
    <message>
        <source>tlf.</source>
        <translation>tel.</translation>
    </message>
    <message>
        <source>Databasen kunne ikke åbnes, så opkald kan ikke gemmes.
Klinikkens viden virker. Se logfilen under Hjælp.</source>
        <translation>The database could not be opened, so calls cannot be saved.
Clinic knowledge works. See the log file under Help.</translation>
    </message>
    <message>
        <source>Søg i viden</source>
        <translation>Search knowledge</translation>
    </message>
    <message>
        <source>Klinikkens &amp;oplysninger …</source>
        <translation>Clinic &amp;details …</translation>
    </message>
    <message>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Åbn logmappen</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <source>Om programmet</source>
        <translation>About the program</translation>
    </message>
    <message>
        <source>Tastaturgenveje …</source>
        <translation>Keyboard shortcuts …</translation>
    </message>
    <message>
        <source>Klinikkens viden</source>
        <translation>Clinic knowledge</translation>
    </message>
    <message>
        <source>Standardopdeling</source>
        <translation>Default layout</translation>
    </message>
    <message>
        <source>Del vinduet som ved første start</source>
        <translation>Divide the window as at the first start</translation>
    </message>
    <message>
        <source>Dagens &amp;post …</source>
        <translation>Today&apos;s &amp;post …</translation>
    </message>
    <message>
        <source>&amp;Brevindstillinger …</source>
        <translation>Letter &amp;settings …</translation>
    </message>
    <message>
        <source>P&amp;ersonale og opbevaring …</source>
        <translation>St&amp;aff and retention …</translation>
    </message>
    <message>
        <source>&amp;Gennemgå gamle personer …</source>
        <translation>&amp;Review old records …</translation>
    </message>
    <message>
        <source>&amp;Revisionslog …</source>
        <translation>A&amp;udit log …</translation>
    </message>
    <message>
        <source>Klinikkens &amp;tekster …</source>
        <translation>The clinic&apos;s &amp;texts …</translation>
    </message>
    <message>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Vi&amp;s</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Viden</source>
        <translation>&amp;Knowledge</translation>
    </message>
    <message>
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
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
        <source>Åbne opkald</source>
        <translation>Open calls</translation>
    </message>
    <message>
        <source>Åbne opkald:</source>
        <translation>Open calls:</translation>
    </message>
    <message>
        <source>Skift til dette opkald (Ctrl+{n})</source>
        <translation>Switch to this call (Ctrl+{n})</translation>
    </message>
    <message>
        <source>Nyt opkald</source>
        <translation>New call</translation>
    </message>
    <message>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <source>på hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <source>ikke gemt endnu</source>
        <translation>not saved yet</translation>
    </message>
</context>
<context>
    <name>OverblikScreen</name>
    <message>
        <source>Denne uge</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Denne måned</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Sidste måned</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>I år</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Valgfri periode</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Gem som &amp;CSV …</source>
        <translation>Save as &amp;CSV …</translation>
    </message>
    <message>
        <source>Gem som P&amp;DF …</source>
        <translation>Save as P&amp;DF …</translation>
    </message>
    <message>
        <source>Fr&amp;a</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <source>t&amp;il</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <source>Opkald pr. dag</source>
        <translation>Calls per day</translation>
    </message>
    <message>
        <source>Opkald pr. time</source>
        <translation>Calls per hour</translation>
    </message>
    <message>
        <source>Smerteområder (opkald)</source>
        <translation>Pain areas (calls)</translation>
    </message>
    <message>
        <source>Hørt om klinikken (nye personer)</source>
        <translation>Heard about the clinic (new people)</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>Regner overblikket ud …</source>
        <translation>Working out the overview …</translation>
    </message>
    <message>
        <source>Overblik %1</source>
        <translation>Overview %1</translation>
    </message>
    <message>
        <source>Regnet ud på %1 s</source>
        <translation>Worked out in %1 s</translation>
    </message>
    <message>
        <source>Opkald pr. dag, %1</source>
        <translation>Calls per day, %1</translation>
    </message>
    <message>
        <source>Opkald pr. måned, %1</source>
        <translation>Calls per month, %1</translation>
    </message>
    <message>
        <source>kl. %1–%2: %3</source>
        <translation>%1–%2: %3</translation>
    </message>
    <message>
        <source>Travleste dag</source>
        <translation>Busiest day</translation>
    </message>
    <message>
        <source>Travleste timer</source>
        <translation>Busiest hours</translation>
    </message>
    <message>
        <source>1 opkald</source>
        <translation>1 call</translation>
    </message>
    <message>
        <source>%1 opkald</source>
        <translation>%1 calls</translation>
    </message>
    <message>
        <source>Gem overblikket som CSV</source>
        <translation>Save the overview as CSV</translation>
    </message>
    <message>
        <source>Gem overblikket som PDF</source>
        <translation>Save the overview as PDF</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kl.</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Klaret</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>OBS</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Mangler</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Ingen dato</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>{done} af {steps}</source>
        <translation>{done} of {steps}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Guldklinikken – adgangskode</source>
        <translation>Guldklinikken – passphrase</translation>
    </message>
    <message>
        <source>Klinikkens database er krypteret. Skriv adgangskoden for at åbne den.</source>
        <translation>The clinic&apos;s database is encrypted. Type the passphrase to open it.</translation>
    </message>
    <message>
        <source>Uden adgangskoden kan hverken databasen eller sikkerhedskopierne læses. Den kan også gives i miljøvariablen RECEPTION_PASSPHRASE.</source>
        <translation>Without the passphrase neither the database nor the backups can be read. It can also be given in the environment variable RECEPTION_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Åbn</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Afslut</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>1 side</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{n} sider</source>
        <translation>{n} pages</translation>
    </message>
</context>
<context>
    <name>PostingDialog</name>
    <message>
        <source>Dagens post</source>
        <translation>Today&apos;s post</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Indhold</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Lagt i posten</source>
        <translation>Put in the post</translation>
    </message>
    <message>
        <source>Tag ud af posten</source>
        <translation>Take out of the post</translation>
    </message>
    <message>
        <source>Lav dagens post</source>
        <translation>Make today&apos;s post</translation>
    </message>
    <message>
        <source>Hent dagens post igen</source>
        <translation>Get today&apos;s post again</translation>
    </message>
    <message>
        <source>Udskriv …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <source>Gem som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ingen informationsark venter på at blive sendt.</source>
        <translation>No information sheets are waiting to be sent.</translation>
    </message>
    <message numerus="yes">
        <source>{n} informationsark venter i posten. »Lav dagens post« samler dem i én PDF til udskrift og markerer dem som sendt.</source>
        <translation>
            <numerusform>{n} information sheet is waiting in the post. “Make today&apos;s post” puts it in one PDF to print and marks it as sent.</numerusform>
            <numerusform>{n} information sheets are waiting in the post. “Make today&apos;s post” gathers them into one PDF to print and marks them as sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title}: udskriv PDF&apos;en, og læg brevene i rudekuverter.</source>
        <translation>{title}: print the PDF, and put the letters in window envelopes.</translation>
    </message>
    <message>
        <source>Klinikkens adresse er ikke udfyldt, så brevene har ingen afsenderadresse. Udfyld den under Filer → Klinikkens oplysninger, før du sender flere ark.</source>
        <translation>The clinic&apos;s address is not filled in, so the letters have no sender address. Fill it in under File → Clinic details before you send more sheets.</translation>
    </message>
    <message>
        <source>(ingen adresse)</source>
        <translation>(no address)</translation>
    </message>
    <message>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Der er ikke noget i posten.</source>
        <translation>There is nothing in the post.</translation>
    </message>
    <message numerus="yes">
        <source>✓ {n} ark er markeret som sendt i dag. Udskriv dem nu.</source>
        <translation>
            <numerusform>✓ {n} sheet has been marked as sent today. Print it now.</numerusform>
            <numerusform>✓ {n} sheets have been marked as sent today. Print them now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Der er ikke lavet nogen post i dag.</source>
        <translation>No post has been made today.</translation>
    </message>
    <message>
        <source>{n} side er sendt til printeren.</source>
        <translation>{n} page has been sent to the printer.</translation>
    </message>
    <message>
        <source>{n} sider er sendt til printeren.</source>
        <translation>{n} pages have been sent to the printer.</translation>
    </message>
    <message>
        <source>Gem dagens post som PDF</source>
        <translation>Save today&apos;s post as PDF</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>✓ Gemt som {name}.</source>
        <translation>✓ Saved as {name}.</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsDialog</name>
    <message>
        <source>Personale og opbevaring</source>
        <translation>Staff and retention</translation>
    </message>
    <message>
        <source>Ét navn pr. linje, fx
Mette
Lise</source>
        <translation>One name per line, e.g.
Mette
Lise</translation>
    </message>
    <message>
        <source> måneder</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Personale</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Gennemgå personer uden kontakt i</source>
        <translation>Review people with no contact for</translation>
    </message>
    <message>
        <source>Personalet vælger sit navn ved start; navnet skrives i loggen. Personer uden kontakt i perioden vises til gennemgang under »Gennemgå gamle personer«; intet slettes uden at nogen vælger det.</source>
        <translation>Staff choose their name at start; the name is written in the log. People with no contact during the period are shown for review under “Review old records”; nothing is deleted unless someone chooses it.</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReceivedEditor</name>
    <message>
        <source>Modtaget dato</source>
        <translation>Date received</translation>
    </message>
    <message>
        <source>Modtaget</source>
        <translation>Received</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>fx Røntgen, Regionshospitalet Randers</source>
        <translation>e.g. X-ray, Regionshospitalet Randers</translation>
    </message>
    <message>
        <source>Bestilt dato</source>
        <translation>Date requested</translation>
    </message>
    <message>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Bestilt</source>
        <translation>Requested</translation>
    </message>
</context>
<context>
    <name>RetentionReviewDialog</name>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Opkald</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Sidst aktiv</source>
        <translation>Last active</translation>
    </message>
    <message>
        <source>Gennemgå gamle personer</source>
        <translation>Review old records</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Anonymisér valgte …</source>
        <translation>Anonymise selected …</translation>
    </message>
    <message>
        <source>Slet valgte …</source>
        <translation>Delete selected …</translation>
    </message>
    <message>
        <source>Anonymisér beholder statistikken (opkald med dato, udfald og smerteområder) men fjerner navn, adresse, numre og alle noter. Slet fjerner alt om personen.</source>
        <translation>Anonymise keeps the statistics (calls with date, outcome and pain areas) but removes name, address, numbers and all notes. Delete removes everything about the person.</translation>
    </message>
    <message>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>{n} person har</source>
        <translation>{n} person has</translation>
    </message>
    <message>
        <source>{n} personer har</source>
        <translation>{n} people have</translation>
    </message>
    <message>
        <source>{n} måned</source>
        <translation>{n} month</translation>
    </message>
    <message>
        <source>{n} måneder</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <source>{people} ikke været i kontakt med klinikken i {period}. Vælg dem, der skal slettes eller anonymiseres (Ctrl-klik vælger flere); resten bliver stående.</source>
        <translation>{people} not been in touch with the clinic for {period}. Choose the ones to delete or anonymise (Ctrl+click selects several); the rest stay.</translation>
    </message>
    <message>
        <source>Slet personer</source>
        <translation>Delete people</translation>
    </message>
    <message>
        <source>Slet alt om {n} person? Det kan ikke fortrydes.</source>
        <translation>Delete everything about {n} person? This cannot be undone.</translation>
    </message>
    <message>
        <source>Slet alt om {n} personer? Det kan ikke fortrydes.</source>
        <translation>Delete everything about {n} people? This cannot be undone.</translation>
    </message>
    <message>
        <source>Slet {n} personer</source>
        <translation>Delete {n} people</translation>
    </message>
    <message>
        <source>Slet {n} person</source>
        <translation>Delete {n} person</translation>
    </message>
    <message>
        <source>Anonymisér personer</source>
        <translation>Anonymise people</translation>
    </message>
    <message>
        <source>Fjern navn, adresse, numre og noter fra {n} person? Statistikken bliver. Det kan ikke fortrydes.</source>
        <translation>Remove name, address, numbers and notes from {n} person? The statistics stay. This cannot be undone.</translation>
    </message>
    <message>
        <source>Fjern navn, adresse, numre og noter fra {n} personer? Statistikken bliver. Det kan ikke fortrydes.</source>
        <translation>Remove name, address, numbers and notes from {n} people? The statistics stay. This cannot be undone.</translation>
    </message>
    <message>
        <source>Anonymisér {n} person</source>
        <translation>Anonymise {n} person</translation>
    </message>
    <message>
        <source>Anonymisér {n} personer</source>
        <translation>Anonymise {n} people</translation>
    </message>
    <message>
        <source>Intet er ændret</source>
        <translation>Nothing has changed</translation>
    </message>
</context>
<context>
    <name>ScanEditor</name>
    <message>
        <source>Scanningsdato</source>
        <translation>Scan date</translation>
    </message>
    <message>
        <source>fx Aarhus Universitetshospital</source>
        <translation>e.g. Aarhus Universitetshospital</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Taget</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Kan bruges til og med {date}</source>
        <translation>Usable up to and including {date}</translation>
    </message>
    <message>
        <source>for gammel på konsultationsdagen</source>
        <translation>too old on the day of the consultation</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Spørgsmål</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Sygdom</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Før behandling</source>
        <translation>Before treatment</translation>
    </message>
</context>
<context>
    <name>SendSheetDialog</name>
    <message>
        <source>Send informationsark</source>
        <translation>Send information sheet</translation>
    </message>
    <message>
        <source>Udskriv …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <source>Udskriv arket (Ctrl+P)</source>
        <translation>Print the sheet (Ctrl+P)</translation>
    </message>
    <message>
        <source>Gem som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <source>E-mail …</source>
        <translation>Email …</translation>
    </message>
    <message>
        <source>Læg i posten</source>
        <translation>Put in the post</translation>
    </message>
    <message>
        <source>Udskrives samlet med dagens post (Filer → Dagens post) og sendes i rudekuvert</source>
        <translation>Printed together with today&apos;s post (File → Today&apos;s post) and sent in a window envelope</translation>
    </message>
    <message>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>Til: {address}</source>
        <translation>To: {address}</translation>
    </message>
    <message>
        <source>Der er ingen postadresse: arket kan udskrives, gemmes og e-mailes, men ikke lægges i posten. Ret adressen i opkaldet.</source>
        <translation>There is no postal address: the sheet can be printed, saved and emailed, but not put in the post. Correct the address in the call.</translation>
    </message>
    <message>
        <source>Klinikkens adresse mangler på brevet. Skriv den øverst, og tryk »Gem adressen« – eller tryk igen for at sende uden.</source>
        <translation>The clinic&apos;s address is missing from the letter. Type it at the top and press “Save the address” – or press again to send without it.</translation>
    </message>
    <message>
        <source>✓ Klinikkens adresse er gemt og står nu på brevet.</source>
        <translation>✓ The clinic&apos;s address is saved and is now on the letter.</translation>
    </message>
    <message>
        <source>Men det kunne ikke skrives i personens log: {error}</source>
        <translation>But it could not be written in the person&apos;s log: {error}</translation>
    </message>
    <message>
        <source>Skrevet i personens log.</source>
        <translation>Written in the person&apos;s log.</translation>
    </message>
    <message>
        <source>Arket er sendt til printeren.</source>
        <translation>The sheet has been sent to the printer.</translation>
    </message>
    <message>
        <source>Gem informationsark som PDF</source>
        <translation>Save information sheet as PDF</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Gemt som {name}.</source>
        <translation>Saved as {name}.</translation>
    </message>
    <message>
        <source>Skriv modtageren i mailprogrammet.</source>
        <translation>Type the recipient in the email program.</translation>
    </message>
    <message>
        <source>Personen har ingen e-mailadresse: skriv den i mailprogrammet.</source>
        <translation>The person has no email address: type it in the email program.</translation>
    </message>
    <message>
        <source>Mailprogrammet kunne ikke åbnes; kladden ligger i {path}.</source>
        <translation>The email program could not be opened; the draft is in {path}.</translation>
    </message>
    <message>
        <source>E-mail-kladden er åbnet i mailprogrammet.</source>
        <translation>The email draft is open in the email program.</translation>
    </message>
    <message>
        <source>Arket kan ikke lægges i posten: personen har ingen postadresse.</source>
        <translation>The sheet cannot be put in the post: the person has no postal address.</translation>
    </message>
    <message>
        <source>Lagt i posten; det udskrives med dagens post.</source>
        <translation>Put in the post; it is printed with today&apos;s post.</translation>
    </message>
    <message>
        <source>Udskriv informationsark</source>
        <translation>Print information sheet</translation>
    </message>
</context>
<context>
    <name>SheetSettingsDialog</name>
    <message>
        <source>Informationsark: rudekuvert og logo</source>
        <translation>Information sheet: window envelope and logo</translation>
    </message>
    <message>
        <source>intet logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <source>Vælg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <source>Rudens afstand fra venstre kant</source>
        <translation>Window&apos;s distance from the left edge</translation>
    </message>
    <message>
        <source>Rudens afstand fra toppen</source>
        <translation>Window&apos;s distance from the top</translation>
    </message>
    <message>
        <source>Logo (PNG eller JPEG)</source>
        <translation>Logo (PNG or JPEG)</translation>
    </message>
    <message>
        <source>Standard for C5/C65-rudekuverter: 20 mm fra venstre og 45 mm fra toppen; ruden er 85 × 45 mm. Udskriv kalibreringssiden i 100 % størrelse, og hold den op mod en kuvert.</source>
        <translation>Standard for C5/C65 window envelopes: 20 mm from the left and 45 mm from the top; the window is 85 × 45 mm. Print the calibration page at 100 % size, and hold it up against an envelope.</translation>
    </message>
    <message>
        <source>Vis kalibreringsside</source>
        <translation>Show calibration page</translation>
    </message>
    <message>
        <source>Udskriv kalibreringsside …</source>
        <translation>Print calibration page …</translation>
    </message>
    <message>
        <source>Gem kalibreringsside …</source>
        <translation>Save calibration page …</translation>
    </message>
    <message>
        <source>Vælg logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Billeder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Kalibrering af rudekuvert</source>
        <translation>Window envelope calibration</translation>
    </message>
    <message>
        <source>Gem kalibreringsside</source>
        <translation>Save calibration page</translation>
    </message>
    <message>
        <source>PDF-filer (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Tastaturgenveje</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Tast</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Hvad sker der</source>
        <translation>What happens</translation>
    </message>
</context>
<context>
    <name>StaffChooserDialog</name>
    <message>
        <source>Hvem sidder ved skranken?</source>
        <translation>Who is at the desk?</translation>
    </message>
    <message>
        <source>Vælg dit navn. Det skrives i loggen over, hvem der har set og ændret patienternes oplysninger.</source>
        <translation>Choose your name. It is written in the log of who has seen and changed the patients&apos; data.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StepRow</name>
    <message>
        <source>Vis og ret trinnet</source>
        <translation>Show and edit the step</translation>
    </message>
    <message>
        <source>Læs forklaringen til patienten</source>
        <translation>Read the explanation for the patient</translation>
    </message>
    <message>
        <source>Forklaring: {title}</source>
        <translation>Explanation: {title}</translation>
    </message>
    <message>
        <source>Klaret</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Ikke relevant</source>
        <translation>Not relevant</translation>
    </message>
    <message>
        <source>Mangler</source>
        <translation>To do</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>tt.mm</source>
        <translation>hh.mm</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Opdatér</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Tilbageringninger i dag og forfaldne</source>
        <translation>Callbacks due today and overdue</translation>
    </message>
    <message>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Ingen tilbageringninger i dag.</source>
        <translation>No callbacks today.</translation>
    </message>
    <message>
        <source>Ring op nu</source>
        <translation>Call now</translation>
    </message>
    <message>
        <source>Vis person</source>
        <translation>Show person</translation>
    </message>
    <message>
        <source>Ark at sende</source>
        <translation>Sheets to send</translation>
    </message>
    <message>
        <source>Lovet</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Af</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Venter</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Ingen ark venter på at blive sendt.</source>
        <translation>No sheets are waiting to be sent.</translation>
    </message>
    <message>
        <source>Send ark …</source>
        <translation>Send sheet …</translation>
    </message>
    <message>
        <source>Ikke nødvendigt</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>Mangler før konsultationen (næste {n} dage)</source>
        <translation>Missing before the consultation (next {n} days)</translation>
    </message>
    <message>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kl.</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Mangler</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Alle konsultationer de næste {n} dage har billeder og aftale om blodfortyndende.</source>
        <translation>All consultations in the next {n} days have images and a blood thinner agreement.</translation>
    </message>
    <message>
        <source>Ring op</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Opkald, der ikke er afsluttet</source>
        <translation>Calls not ended</translation>
    </message>
    <message>
        <source>Startet</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Navn eller nummer</source>
        <translation>Name or number</translation>
    </message>
    <message>
        <source>Noter</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Ingen åbne opkald.</source>
        <translation>No open calls.</translation>
    </message>
    <message>
        <source>Genoptag</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>I dag · {day}</source>
        <translation>Today · {day}</translation>
    </message>
    <message>
        <source>(uden navn)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>(intet navn endnu)</source>
        <translation>(no name yet)</translation>
    </message>
    <message>
        <source>{n} tegn</source>
        <translation>{n} characters</translation>
    </message>
    <message>
        <source>Intet at gøre lige nu.</source>
        <translation>Nothing to do right now.</translation>
    </message>
    <message>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>1 dag over ({date})</source>
        <translation>1 day overdue ({date})</translation>
    </message>
    <message>
        <source>{n} dage over ({date})</source>
        <translation>{n} days overdue ({date})</translation>
    </message>
    <message>
        <source>siden i dag</source>
        <translation>since today</translation>
    </message>
    <message>
        <source>1 dag</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>{n} dage</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>billeder</source>
        <translation>images</translation>
    </message>
    <message>
        <source>aftale om blodfortyndende</source>
        <translation>blood thinner agreement</translation>
    </message>
</context>
<context>
    <name>YesNoCombo</name>
    <message>
        <source>Ikke afklaret</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nej</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>_ElidingButton</name>
    <message>
        <source>Vis og ret trinnet</source>
        <translation>Show and edit the step</translation>
    </message>
</context>
</TS>
