<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>main</name>
        <message>
            <source>360-degree feedback for peer influence.</source>
            <translation>360-Grad-Feedback für Einfluss unter Kollegen.</translation>
        </message>
        <message>
            <source>The PeerRadar file to open.</source>
            <translation>Die zu öffnende PeerRadar-Datei.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::Accessibility</name>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
    </context>
    <context>
        <name>peerradar::AdminPage</name>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>Cycles</source>
            <translation>Zyklen</translation>
        </message>
        <message>
            <source>Framework</source>
            <translation>Verhaltensmodell</translation>
        </message>
        <message>
            <source>Anonymity</source>
            <translation>Anonymität</translation>
        </message>
        <message>
            <source>Organisation pages</source>
            <translation>Seiten der Organisation</translation>
        </message>
    </context>
    <context>
        <name>peerradar::Anonymity</name>
        <message>
            <source> + </source>
            <translation> + </translation>
        </message>
    </context>
    <context>
        <name>peerradar::BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>PeerRadar</source>
            <translation>PeerRadar</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Wird abgebrochen…</translation>
        </message>
    </context>
    <context>
        <name>peerradar::CsvImport</name>
        <message>
            <source>%1 has left the organisation; what was said about them was removed and cannot be imported.</source>
            <translation>%1 hat die Organisation verlassen; was über diese Person gesagt wurde, ist gelöscht und kann nicht importiert werden.</translation>
        </message>
        <message>
            <source>Enter the day on which it happened, as YYYY-MM-DD (for example 2026-03-31).</source>
            <translation>Geben Sie den Tag an, an dem es geschah, als JJJJ-MM-TT (zum Beispiel 2026-03-31).</translation>
        </message>
        <message>
            <source>"%1" is not a date PeerRadar reads: write it as YYYY-MM-DD, for example 2026-03-31.</source>
            <translation>„%1“ ist kein Datum, das PeerRadar lesen kann: Schreiben Sie es als JJJJ-MM-TT, zum Beispiel 2026-03-31.</translation>
        </message>
        <message>
            <source>%1 is not a day of the calendar: check the month and the day.</source>
            <translation>%1 ist kein Kalendertag: Prüfen Sie Monat und Tag.</translation>
        </message>
        <message>
            <source>Enter the email address of the person who saw it.</source>
            <translation>Geben Sie die E-Mail-Adresse der Person ein, die es beobachtet hat.</translation>
        </message>
        <message>
            <source>Enter the email address of the person who was observed.</source>
            <translation>Geben Sie die E-Mail-Adresse der beobachteten Person ein.</translation>
        </message>
        <message>
            <source>Nobody with the email address %1 is in PeerRadar. Import the people file first, or correct the address.</source>
            <translation>Niemand mit der E-Mail-Adresse %1 ist in PeerRadar. Importieren Sie zuerst die Personendatei oder korrigieren Sie die Adresse.</translation>
        </message>
        <message>
            <source>Enter the key of the behavior, one of: %1.</source>
            <translation>Geben Sie den Schlüssel der Verhaltensweise ein, einen von: %1.</translation>
        </message>
        <message>
            <source>The framework "%1" has no behavior with the key "%2". Use one of: %3.</source>
            <translation>Das Verhaltensmodell „%1“ hat keine Verhaltensweise mit dem Schlüssel „%2“. Verwenden Sie einen von: %3.</translation>
        </message>
        <message>
            <source>Enter the impact, a whole number from %1 (small) to %2 (large).</source>
            <translation>Geben Sie die Wirkung an, eine ganze Zahl von %1 (gering) bis %2 (groß).</translation>
        </message>
        <message>
            <source>The impact must be a whole number from %1 (small) to %2 (large); "%3" is not.</source>
            <translation>Die Wirkung muss eine ganze Zahl von %1 (gering) bis %2 (groß) sein; „%3“ ist das nicht.</translation>
        </message>
        <message>
            <source>This note is %1 characters long; keep it under %2.</source>
            <translation>Diese Notiz ist %1 Zeichen lang; sie muss kürzer als %2 Zeichen sein.</translation>
        </message>
        <message>
            <source>The file is empty. It must start with the line %1</source>
            <translation>Die Datei ist leer. Sie muss mit dieser Zeile beginnen: %1</translation>
        </message>
        <message>
            <source>The first line must be exactly %1 (found: %2). Use the column names of an exported file.</source>
            <translation>Die erste Zeile muss genau %1 lauten (gefunden: %2). Verwenden Sie die Spaltennamen einer exportierten Datei.</translation>
        </message>
        <message>
            <source>This row has %1 columns; it needs %2 (%3). Put text that contains a comma in double quotes.</source>
            <translation>Diese Zeile hat %1 Spalten; nötig sind %2 (%3). Setzen Sie Text, der ein Komma enthält, in doppelte Anführungszeichen.</translation>
        </message>
        <message numerus="yes">
            <source>The import was refused because of problems on %n line(s) of the file; nothing was changed. Correct them and import the file again.</source>
            <translation>
                <numerusform>Der Import wurde abgelehnt, weil Zeilen der Datei fehlerhaft sind (Anzahl: %n); nichts wurde geändert. Korrigieren Sie diese Zeilen und importieren Sie die Datei erneut.</numerusform>
                <numerusform>Der Import wurde abgelehnt, weil Zeilen der Datei fehlerhaft sind (Anzahl: %n); nichts wurde geändert. Korrigieren Sie diese Zeilen und importieren Sie die Datei erneut.</numerusform>
            </translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>Line %1, %2: %3</source>
            <translation>Zeile %1, %2: %3</translation>
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…und weitere (Anzahl: %n).</numerusform>
                <numerusform>…und weitere (Anzahl: %n).</numerusform>
            </translation>
        </message>
        <message>
            <source>The CSV file could not be written: %1. Check that the disk has space and try again.</source>
            <translation>Die CSV-Datei konnte nicht geschrieben werden: %1. Prüfen Sie, ob auf dem Datenträger Platz ist, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The export was cancelled; the file is incomplete.</source>
            <translation>Der Export wurde abgebrochen; die Datei ist unvollständig.</translation>
        </message>
        <message>
            <source>Enter the person's email address; it is how PeerRadar tells people apart.</source>
            <translation>Geben Sie die E-Mail-Adresse der Person ein; daran unterscheidet PeerRadar die Personen.</translation>
        </message>
        <message>
            <source>"%1" is not an email address; write it as name@example.com.</source>
            <translation>„%1“ ist keine E-Mail-Adresse; schreiben Sie sie in der Form name@example.com.</translation>
        </message>
        <message>
            <source>"%1" is not an email address; write the manager's address as name@example.com, or leave it empty.</source>
            <translation>„%1“ ist keine E-Mail-Adresse; schreiben Sie die Adresse der Führungskraft in der Form name@example.com oder lassen Sie das Feld leer.</translation>
        </message>
        <message>
            <source>The role must be member, manager or hr (or empty for member), not "%1".</source>
            <translation>Die Rolle muss member, manager oder hr sein (leer bedeutet member), nicht „%1“.</translation>
        </message>
        <message>
            <source>A person cannot be their own manager.</source>
            <translation>Eine Person kann nicht ihre eigene Führungskraft sein.</translation>
        </message>
        <message>
            <source>Nobody with the email address %1 is in this file or in PeerRadar. Add the manager as a row of the file, or leave the column empty.</source>
            <translation>Niemand mit der E-Mail-Adresse %1 ist in dieser Datei oder in PeerRadar. Fügen Sie die Führungskraft als Zeile in die Datei ein oder lassen Sie die Spalte leer.</translation>
        </message>
        <message>
            <source>%1 has left the organisation and cannot be anyone's manager.</source>
            <translation>%1 hat die Organisation verlassen und kann niemandes Führungskraft sein.</translation>
        </message>
        <message>
            <source>These managers make a loop in which people end up managing themselves: %1. Break the loop by giving one of them another manager.</source>
            <translation>Diese Führungsbeziehungen bilden einen Kreislauf, in dem Personen am Ende sich selbst führen: %1. Lösen Sie den Kreislauf auf, indem Sie einer dieser Personen eine andere Führungskraft geben.</translation>
        </message>
        <message>
            <source>%1 is also on line %2: each person appears once, with their own email address.</source>
            <translation>%1 steht auch in Zeile %2: Jede Person darf nur einmal vorkommen, mit ihrer eigenen E-Mail-Adresse.</translation>
        </message>
        <message>
            <source>Row %1 (line %2): %3</source>
            <translation>Zeile %1 (Textzeile %2): %3</translation>
        </message>
        <message>
            <source>Row %1 (line %2), %3: %4</source>
            <translation>Zeile %1 (Textzeile %2), %3: %4</translation>
        </message>
    </context>
    <context>
        <name>peerradar::CsvReader</name>
        <message>
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>The text is not valid UTF-8. Save the file as "CSV UTF-8" and import it again.</source>
            <translation>Der Text ist kein gültiges UTF-8. Speichern Sie die Datei als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
        </message>
        <message>
            <source>The file is saved as UTF-16 ("Unicode text"). Save it as "CSV UTF-8" and import it again.</source>
            <translation>Die Datei ist als UTF-16 („Unicode-Text“) gespeichert. Speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
        </message>
        <message>
            <source>A quoted field is never closed; the file ends inside quotes.</source>
            <translation>Ein Feld in Anführungszeichen wird nie geschlossen; die Datei endet innerhalb der Anführungszeichen.</translation>
        </message>
        <message>
            <source>A field is longer than %1 MB.</source>
            <translation>Ein Feld ist länger als %1 MB.</translation>
        </message>
        <message>
            <source>The file contains a NUL byte; it is not a text file.</source>
            <translation>Die Datei enthält ein NUL-Byte; sie ist keine Textdatei.</translation>
        </message>
        <message>
            <source>A quote appears inside a field that does not start with a quote. Put the whole field in quotes and double the quote: ""</source>
            <translation>Ein Anführungszeichen steht in einem Feld, das nicht mit einem Anführungszeichen beginnt. Setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Zeichen: ""</translation>
        </message>
        <message>
            <source>Text follows a closing quote. Double a quote inside a quoted field: ""</source>
            <translation>Nach einem schließenden Anführungszeichen folgt Text. Verdoppeln Sie ein Anführungszeichen innerhalb eines Feldes in Anführungszeichen: ""</translation>
        </message>
    </context>
    <context>
        <name>peerradar::CsvTransfer</name>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Import people</source>
            <translation>Personen importieren</translation>
        </message>
        <message>
            <source>Import observations</source>
            <translation>Beobachtungen importieren</translation>
        </message>
        <message>
            <source>%1 holds a behavior framework. Import it under Organisation › Framework.</source>
            <translation>%1 enthält ein Verhaltensmodell. Importieren Sie es unter Organisation › Verhaltensmodell.</translation>
        </message>
        <message>
            <source>%1 is neither a people nor an observations file: its first line must name the columns (name,email,team,manager_email,role or date,observer_email,subject_email,behavior,impact,situation,action,result).</source>
            <translation>%1 ist weder eine Personen- noch eine Beobachtungsdatei: Die erste Zeile muss die Spalten nennen (name,email,team,manager_email,role oder date,observer_email,subject_email,behavior,impact,situation,action,result).</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>%1 wird importiert…</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>%1 konnte nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Import abgebrochen</translation>
        </message>
        <message>
            <source>The import was cancelled. Nothing was changed.</source>
            <translation>Der Import wurde abgebrochen. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>%1 people added, %2 updated, %3 teams added.</source>
            <translation>%1 Personen hinzugefügt, %2 aktualisiert, %3 Teams hinzugefügt.</translation>
        </message>
        <message>
            <source>%1 observations imported.</source>
            <translation>%1 Beobachtungen importiert.</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Import abgeschlossen</translation>
        </message>
        <message>
            <source>Export people</source>
            <translation>Personen exportieren</translation>
        </message>
        <message>
            <source>Export observations</source>
            <translation>Beobachtungen exportieren</translation>
        </message>
        <message>
            <source>people.csv</source>
            <translation>personen.csv</translation>
        </message>
        <message>
            <source>observations.csv</source>
            <translation>beobachtungen.csv</translation>
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation>Wird nach %1 exportiert…</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>peerradar::CycleComboBox</name>
        <message>
            <source>Cycle</source>
            <translation>Zyklus</translation>
        </message>
        <message>
            <source>Whole history</source>
            <translation>Gesamter Zeitraum</translation>
        </message>
        <message>
            <source>No period</source>
            <translation>Kein Zeitraum</translation>
        </message>
        <message>
            <source>No figures can be shown to you: every cycle in this file overlaps another cycle, and comparing figures over overlapping periods could reveal who said what. Ask HR to change the cycles' dates so that they do not overlap.</source>
            <translation>Es können Ihnen keine Zahlen gezeigt werden: Jeder Zyklus in dieser Datei überschneidet sich mit einem anderen, und ein Vergleich von Zahlen über sich überschneidende Zeiträume könnte verraten, wer was gesagt hat. Bitten Sie HR, die Daten der Zyklen so zu ändern, dass sie sich nicht überschneiden.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::CycleRepository</name>
        <message>
            <source>This cycle is no longer in the file.</source>
            <translation>Dieser Zyklus ist nicht mehr in der Datei.</translation>
        </message>
        <message>
            <source>There is no cycle named "%1".</source>
            <translation>Es gibt keinen Zyklus namens „%1“.</translation>
        </message>
        <message>
            <source>A cycle named "%1" exists already.</source>
            <translation>Ein Zyklus namens „%1“ existiert bereits.</translation>
        </message>
        <message>
            <source>The cycle "%1" was released on %2. Releasing it again shows its readers new figures, which they can compare with the ones they have: release it again only through the step that says what that could reveal (in the command-line tool: --again).</source>
            <translation>Der Zyklus „%1“ wurde am %2 freigegeben. Eine erneute Freigabe zeigt seinen Lesern neue Zahlen, die sie mit denen vergleichen können, die sie schon haben: Geben Sie ihn nur über den Schritt erneut frei, der sagt, was das verraten könnte (im Kommandozeilenwerkzeug: --again).</translation>
        </message>
        <message>
            <source>Only HR releases cycles.</source>
            <translation>Nur die Personalabteilung gibt Zyklen frei.</translation>
        </message>
        <message numerus="yes">
            <source>Since it was released, %n observation(s) came into the cycle</source>
            <translation>
                <numerusform>Seit der Freigabe ist %n Beobachtung zum Zyklus hinzugekommen</numerusform>
                <numerusform>Seit der Freigabe sind %n Beobachtungen zum Zyklus hinzugekommen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n changed</source>
            <translation>
                <numerusform>, %n wurde geändert</numerusform>
                <numerusform>, %n wurden geändert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n left it</source>
            <translation>
                <numerusform> und %n hat ihn verlassen</numerusform>
                <numerusform> und %n haben ihn verlassen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n person(s) moved to another team or manager.</source>
            <translation>
                <numerusform>; %n Person ist in ein anderes Team oder zu einer anderen Führungskraft gewechselt.</numerusform>
                <numerusform>; %n Personen sind in ein anderes Team oder zu einer anderen Führungskraft gewechselt.</numerusform>
            </translation>
        </message>
        <message>
            <source>The cycle's dates changed.</source>
            <translation>Der Zeitraum des Zyklus hat sich geändert.</translation>
        </message>
        <message>
            <source>Releasing it again replaces its figures for everyone who reads them. Whoever kept the first release's figures (a PDF, a printout) can compare them with the new ones: a group that grew by one observation then shows that observation's rating, and a group shown in only one of the two releases shows what the other hid. Release again only when that is acceptable, for example to correct a mistake.</source>
            <translation>Eine erneute Freigabe ersetzt seine Zahlen für alle, die sie lesen. Wer die Zahlen der ersten Freigabe behalten hat (ein PDF, ein Ausdruck), kann sie mit den neuen vergleichen: Eine Gruppe, die um eine Beobachtung gewachsen ist, zeigt dann deren Bewertung, und eine Gruppe, die nur in einer der beiden Freigaben gezeigt wird, zeigt, was die andere verborgen hat. Geben Sie nur erneut frei, wenn das vertretbar ist, zum Beispiel um einen Fehler zu korrigieren.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::CyclesEditor</name>
        <message>
            <source>Cycles</source>
            <translation>Zyklen</translation>
        </message>
        <message>
            <source>for example: 2026 H1</source>
            <translation>zum Beispiel: 2026 H1</translation>
        </message>
        <message>
            <source>&amp;New cycle</source>
            <translation>Ne&amp;uer Zyklus</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>&amp;Delete cycle</source>
            <translation>Zyklus &amp;löschen</translation>
        </message>
        <message>
            <source>%1 (%2 – %3)</source>
            <translation>%1 (%2 – %3)</translation>
        </message>
        <message>
            <source>Cycle %1 saved.</source>
            <translation>Zyklus %1 gespeichert.</translation>
        </message>
        <message>
            <source>Cycle %1 deleted.</source>
            <translation>Zyklus %1 gelöscht.</translation>
        </message>
        <message>
            <source>N&amp;ame:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Sta&amp;rts on:</source>
            <translation>Beg&amp;innt am:</translation>
        </message>
        <message>
            <source>Ends on (&amp;inclusive):</source>
            <translation>Endet a&amp;m (einschließlich):</translation>
        </message>
        <message>
            <source>Add cycle %1</source>
            <translation>Zyklus %1 anlegen</translation>
        </message>
        <message>
            <source>Edit cycle %1</source>
            <translation>Zyklus %1 ändern</translation>
        </message>
        <message>
            <source>Delete cycle %1</source>
            <translation>Zyklus %1 löschen</translation>
        </message>
        <message>
            <source>Release the &amp;cycle…</source>
            <translation>&amp;Freigeben…</translation>
        </message>
        <message>
            <source>Save the cycle before releasing it.</source>
            <translation>Speichern Sie den Zyklus, bevor Sie ihn freigeben.</translation>
        </message>
        <message>
            <source>Not released: everyone but HR sees only their own and their manager's views of this cycle. Release it when its observations are in.</source>
            <translation>Nicht freigegeben: Außer der Personalabteilung sieht jede Person von diesem Zyklus nur die eigene Sicht und die ihrer Führungskraft. Geben Sie ihn frei, wenn seine Beobachtungen erfasst sind.</translation>
        </message>
        <message>
            <source>Released on %1 (release %2): everyone but HR reads the figures of then.</source>
            <translation>Freigegeben am %1 (Freigabe %2): Außer der Personalabteilung lesen alle die Zahlen von damals.</translation>
        </message>
        <message>
            <source>Nothing changed since.</source>
            <translation>Seitdem hat sich nichts geändert.</translation>
        </message>
        <message numerus="yes">
            <source>Changed since: %n observation(s) added</source>
            <translation>
                <numerusform>Seitdem geändert: %n Beobachtung hinzugekommen</numerusform>
                <numerusform>Seitdem geändert: %n Beobachtungen hinzugekommen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n edited</source>
            <translation>
                <numerusform>, %n bearbeitet</numerusform>
                <numerusform>, %n bearbeitet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n removed</source>
            <translation>
                <numerusform>, %n entfernt</numerusform>
                <numerusform>, %n entfernt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n person(s) moved</source>
            <translation>
                <numerusform>, %n Person gewechselt</numerusform>
                <numerusform>, %n Personen gewechselt</numerusform>
            </translation>
        </message>
        <message>
            <source>, the cycle's dates moved</source>
            <translation>, der Zeitraum des Zyklus verschoben</translation>
        </message>
        <message>
            <source>Release the cycle a&amp;gain…</source>
            <translation>Erneut &amp;freigeben…</translation>
        </message>
        <message>
            <source>Release %1 again?</source>
            <translation>%1 erneut freigeben?</translation>
        </message>
        <message>
            <source>A release cannot be undone.</source>
            <translation>Eine Freigabe lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Release again</source>
            <translation>Erneut freigeben</translation>
        </message>
        <message>
            <source>Release %1?</source>
            <translation>%1 freigeben?</translation>
        </message>
        <message>
            <source>Everyone but HR will read the figures of peers, direct reports and others in the organisation for this cycle as they are now, and they stay so: later observations and changes do not alter them (Organisation › Cycles shows what changed). Release when the cycle's observations are in. A release cannot be undone.</source>
            <translation>Außer der Personalabteilung lesen dann alle die Zahlen von Kollegen, direkt unterstellten Personen und anderen in der Organisation für diesen Zyklus so, wie sie jetzt sind, und sie bleiben so: Spätere Beobachtungen und Änderungen ändern sie nicht (Organisation › Zyklen zeigt, was sich geändert hat). Geben Sie frei, wenn die Beobachtungen des Zyklus erfasst sind. Eine Freigabe lässt sich nicht rückgängig machen.</translation>
        </message>
        <message>
            <source>Release</source>
            <translation>Freigeben</translation>
        </message>
        <message>
            <source>Cycle %1 released.</source>
            <translation>Zyklus %1 freigegeben.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::Database</name>
        <message>
            <source>%1 already exists. Choose another name, or open the existing file.</source>
            <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder öffnen Sie die vorhandene Datei.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Der Ordner %1 existiert nicht.</translation>
        </message>
        <message>
            <source>PeerRadar cannot write to the folder %1. Choose a folder you can save in.</source>
            <translation>PeerRadar kann nicht in den Ordner %1 schreiben. Wählen Sie einen Ordner, in dem Sie speichern dürfen.</translation>
        </message>
        <message>
            <source>PeerRadar could not create %1.</source>
            <translation>PeerRadar konnte %1 nicht anlegen.</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1 existiert nicht.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a PeerRadar file.</source>
            <translation>%1 ist ein Ordner, keine PeerRadar-Datei.</translation>
        </message>
        <message>
            <source>You do not have permission to read %1. Ask the file's owner to share it with you.</source>
            <translation>Sie haben keine Berechtigung, %1 zu lesen. Bitten Sie die Person, der die Datei gehört, sie für Sie freizugeben.</translation>
        </message>
        <message>
            <source>%1 is not a PeerRadar file. PeerRadar left it unchanged; open a file that PeerRadar created.</source>
            <translation>%1 ist keine PeerRadar-Datei. PeerRadar hat sie nicht verändert; öffnen Sie eine Datei, die mit PeerRadar angelegt wurde.</translation>
        </message>
        <message>
            <source>%1 was saved by a newer version of PeerRadar (file version %2; this program reads up to version %3). Install the newer PeerRadar to open it; the file was left unchanged.</source>
            <translation>%1 wurde mit einer neueren PeerRadar-Version gespeichert (Dateiversion %2; dieses Programm liest bis Version %3). Installieren Sie die neuere PeerRadar-Version, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
        </message>
        <message>
            <source>%1 was saved by an older version of PeerRadar and must be updated before it can be read. Open it once with write access; PeerRadar keeps a copy of the old file.</source>
            <translation>%1 wurde mit einer älteren PeerRadar-Version gespeichert und muss aktualisiert werden, bevor sie gelesen werden kann. Öffnen Sie sie einmal mit Schreibrechten; PeerRadar behält eine Kopie der alten Datei.</translation>
        </message>
        <message>
            <source>%1 is read-only: PeerRadar cannot save changes to it. Ask for write permission, or save a copy in a folder of your own.</source>
            <translation>%1 ist schreibgeschützt: PeerRadar kann darin keine Änderungen speichern. Bitten Sie um Schreibrechte oder speichern Sie eine Kopie in einem eigenen Ordner.</translation>
        </message>
        <message>
            <source>Before updating %1 to the new format PeerRadar keeps a copy, and the copy could not be written. Nothing was changed.</source>
            <translation>Bevor PeerRadar %1 auf das neue Format aktualisiert, legt es eine Kopie an, und diese Kopie konnte nicht geschrieben werden. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>%1 already exists. Choose another name for the copy.</source>
            <translation>%1 existiert bereits. Wählen Sie einen anderen Namen für die Kopie.</translation>
        </message>
        <message>
            <source>The copy %1 could not be written.</source>
            <translation>Die Kopie %1 konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <source>PeerRadar could not update %1 to file version %2. Nothing was changed.</source>
            <translation>PeerRadar konnte %1 nicht auf Dateiversion %2 aktualisieren. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>%1 is busy: another program is saving to it. Wait a moment and try again; nothing you entered was lost.</source>
            <translation>%1 ist belegt: Ein anderes Programm speichert gerade darin. Warten Sie einen Moment und versuchen Sie es erneut; nichts von Ihren Eingaben ging verloren.</translation>
        </message>
        <message>
            <source>%1 is read-only: PeerRadar cannot save changes to it.</source>
            <translation>%1 ist schreibgeschützt: PeerRadar kann darin keine Änderungen speichern.</translation>
        </message>
        <message>
            <source>The disk holding %1 is full. Free some space and try again; nothing you entered was lost.</source>
            <translation>Der Datenträger mit %1 ist voll. Schaffen Sie Platz und versuchen Sie es erneut; nichts von Ihren Eingaben ging verloren.</translation>
        </message>
        <message>
            <source>PeerRadar could not read or write %1. Check that the disk is available and try again.</source>
            <translation>PeerRadar konnte %1 nicht lesen oder schreiben. Prüfen Sie, ob der Datenträger verfügbar ist, und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>%1 is damaged and cannot be read. Open a backup copy of it; PeerRadar left the file unchanged.</source>
            <translation>%1 ist beschädigt und kann nicht gelesen werden. Öffnen Sie eine Sicherungskopie davon; PeerRadar hat die Datei nicht verändert.</translation>
        </message>
        <message>
            <source>This change conflicts with data already in the file.</source>
            <translation>Diese Änderung steht im Widerspruch zu Daten, die bereits in der Datei sind.</translation>
        </message>
        <message>
            <source>PeerRadar met an unexpected database error with %1.</source>
            <translation>Bei %1 ist in PeerRadar ein unerwarteter Datenbankfehler aufgetreten.</translation>
        </message>
        <message>
            <source>SQLite integrity: %1</source>
            <translation>SQLite-Integrität: %1</translation>
        </message>
        <message>
            <source>Table %1 row %2 refers to a missing row of %3.</source>
            <translation>Tabelle %1, Zeile %2 verweist auf eine fehlende Zeile in %3.</translation>
        </message>
        <message>
            <source>%1 observations have an impact outside 1–5.</source>
            <translation>%1 Beobachtungen haben eine Wirkung außerhalb von 1–5.</translation>
        </message>
        <message>
            <source>%1 observations have a date that is not YYYY-MM-DD.</source>
            <translation>%1 Beobachtungen haben ein Datum, das nicht die Form JJJJ-MM-TT hat.</translation>
        </message>
        <message>
            <source>There must be exactly one active framework (check %1 failed).</source>
            <translation>Es muss genau ein aktives Verhaltensmodell geben (Prüfung %1 fehlgeschlagen).</translation>
        </message>
        <message>
            <source>%1 anonymity thresholds are below 2.</source>
            <translation>%1 Anonymitätsschwellen liegen unter 2.</translation>
        </message>
        <message>
            <source>%1 could not be created.</source>
            <translation>%1 konnte nicht angelegt werden.</translation>
        </message>
        <message>
            <source>%1 is not a server address PeerRadar understands. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
            <translation>%1 ist keine Serveradresse, die PeerRadar versteht. Schreiben Sie sie als postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
        </message>
        <message>
            <source>PeerRadar cannot reach PostgreSQL servers on this computer: Qt's PostgreSQL driver is not installed (on Debian: the package libqt6sql6-psql).</source>
            <translation>PeerRadar kann auf diesem Computer keine PostgreSQL-Server erreichen: Der PostgreSQL-Treiber von Qt ist nicht installiert (unter Debian: das Paket libqt6sql6-psql).</translation>
        </message>
        <message>
            <source>The database %1 already holds tables. PeerRadar sets itself up only in an empty database: ask the server's administrator for a new one.</source>
            <translation>Die Datenbank %1 enthält bereits Tabellen. PeerRadar richtet sich nur in einer leeren Datenbank ein: Bitten Sie die Administration des Servers um eine neue.</translation>
        </message>
        <message>
            <source>The database %1 holds no PeerRadar data. To start using it, run: peerradar-cli server-init %1</source>
            <translation>Die Datenbank %1 enthält keine PeerRadar-Daten. Um sie zu nutzen, führen Sie aus: peerradar-cli server-init %1</translation>
        </message>
        <message>
            <source>The database %1 was not set up by PeerRadar. PeerRadar left it unchanged.</source>
            <translation>Die Datenbank %1 wurde nicht von PeerRadar eingerichtet. PeerRadar hat sie unverändert gelassen.</translation>
        </message>
        <message>
            <source>The database %1 was set up by a newer version of PeerRadar (version %2; this program reads up to version %3). Install the newer PeerRadar to use it.</source>
            <translation>Die Datenbank %1 wurde von einer neueren PeerRadar-Version eingerichtet (Version %2; dieses Programm liest bis Version %3). Installieren Sie das neuere PeerRadar, um sie zu nutzen.</translation>
        </message>
        <message>
            <source>The database %1 was set up by an older version of PeerRadar and must be updated first: connect once with write access.</source>
            <translation>Die Datenbank %1 wurde von einer älteren PeerRadar-Version eingerichtet und muss zuerst aktualisiert werden: Verbinden Sie sich einmal mit Schreibrechten.</translation>
        </message>
        <message>
            <source>The server %1 needs your password, and none was given or it was not accepted.</source>
            <translation>Der Server %1 braucht Ihr Passwort, und es wurde keines angegeben oder es wurde nicht angenommen.</translation>
        </message>
        <message>
            <source>The server %1 does not let this account in. Ask the server's administrator for an account.</source>
            <translation>Der Server %1 lässt dieses Konto nicht herein. Bitten Sie die Administration des Servers um ein Konto.</translation>
        </message>
        <message>
            <source>The database %1 does not exist on the server. Check the address, or ask the server's administrator to create it.</source>
            <translation>Die Datenbank %1 gibt es auf dem Server nicht. Prüfen Sie die Adresse oder bitten Sie die Administration des Servers, sie anzulegen.</translation>
        </message>
        <message>
            <source>The server %1 refused this: your account may not see or change it. Nothing was changed.</source>
            <translation>Der Server %1 hat das abgelehnt: Ihr Konto darf es nicht sehen oder ändern. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>PeerRadar cannot reach the server %1. Check the network and try again; nothing you entered was lost.</source>
            <translation>PeerRadar erreicht den Server %1 nicht. Prüfen Sie das Netzwerk und versuchen Sie es erneut; nichts von Ihren Eingaben ging verloren.</translation>
        </message>
        <message>
            <source>The server %1 is busy with another person's change. Try again; nothing you entered was lost.</source>
            <translation>Der Server %1 ist mit der Änderung einer anderen Person beschäftigt. Versuchen Sie es erneut; nichts von Ihren Eingaben ging verloren.</translation>
        </message>
        <message>
            <source>The server %1 is out of disk space. Tell its administrator; nothing you entered was lost.</source>
            <translation>Auf dem Server %1 ist kein Speicherplatz mehr frei. Sagen Sie es seiner Administration; nichts von Ihren Eingaben ging verloren.</translation>
        </message>
        <message>
            <source>The search was stopped.</source>
            <translation>Die Suche wurde abgebrochen.</translation>
        </message>
        <message>
            <source>The folder %1 is read-only: PeerRadar cannot save changes to %2 there (it keeps its journal beside the file). Move the file to a folder of your own, or ask for write permission on the folder.</source>
            <translation>Der Ordner %1 ist schreibgeschützt: PeerRadar kann Änderungen an %2 dort nicht speichern (es legt sein Journal neben der Datei ab). Verschieben Sie die Datei in einen eigenen Ordner, oder bitten Sie um Schreibrecht für den Ordner.</translation>
        </message>
        <message>
            <source>%1 was saved by an older PeerRadar (file version %2) and could not be read through an updated copy: %3 The file was left unchanged.</source>
            <translation>%1 wurde von einem älteren PeerRadar gespeichert (Dateiversion %2) und konnte nicht über eine aktualisierte Kopie gelesen werden: %3 Die Datei blieb unverändert.</translation>
        </message>
        <message>
            <source>No temporary folder could be made.</source>
            <translation>Es konnte kein temporärer Ordner angelegt werden.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::DatabaseCopy</name>
        <message>
            <source>Only HR or the server's administrator can copy the whole organisation out of %1.</source>
            <translation>Nur HR oder die Administration des Servers kann die ganze Organisation aus %1 kopieren.</translation>
        </message>
        <message>
            <source>%1 already holds people or observations. Copy into a new file, or into a server database right after server-init.</source>
            <translation>%1 enthält bereits Personen oder Beobachtungen. Kopieren Sie in eine neue Datei oder in eine Serverdatenbank direkt nach server-init.</translation>
        </message>
        <message>
            <source>The table %1 differs between the two databases; update both to the same PeerRadar version.</source>
            <translation>Die Tabelle %1 unterscheidet sich zwischen den beiden Datenbanken; bringen Sie beide auf dieselbe PeerRadar-Version.</translation>
        </message>
        <message>
            <source>The copy was cancelled; nothing was copied.</source>
            <translation>Das Kopieren wurde abgebrochen; nichts wurde kopiert.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::DatabaseSettingsEditor</name>
        <message>
            <source>A group of peers, direct reports or others is shown only when at least this many different people observed. Manager and self are always shown. These settings are stored in the file and apply to everyone who opens it.</source>
            <translation>Eine Gruppe von Kollegen, Mitarbeitenden oder anderen wird nur angezeigt, wenn mindestens so viele verschiedene Personen beobachtet haben. Führungskraft und Selbstbild werden immer angezeigt. Diese Einstellungen werden in der Datei gespeichert und gelten für alle, die sie öffnen.</translation>
        </message>
        <message>
            <source>Minimum observers for &amp;notes (k_notes):</source>
            <translation>Mindestzahl Beobachtende für &amp;Notizen (k_notes):</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Minimum observers for figures (&amp;k):</source>
            <translation>Mindestzahl Beobachtende für Kennzahlen (&amp;k):</translation>
        </message>
        <message>
            <source>Change the anonymity thresholds</source>
            <translation>Anonymitätsschwellen ändern</translation>
        </message>
        <message>
            <source>Also show figures &amp;corrected for rater leniency</source>
            <translation>Werte auch um die &amp;Milde der Beobachtenden bereinigt zeigen</translation>
        </message>
        <message>
            <source>Some people rate everyone high, others everyone low. With this on, profiles, team views and summaries give beside each figure the same figure with each observer's habit removed: how far their ratings of a behavior for other people in the period sit from the organisation's mean, counted in part when they rated few. Only for groups of at least k observers other than self. Off by default.</source>
            <translation>Manche bewerten alle hoch, andere alle niedrig. Ist dies eingeschaltet, zeigen Profile, Teamansichten und Zusammenfassungen neben jedem Wert denselben Wert ohne diese Gewohnheit der einzelnen Beobachtenden: wie weit ihre Bewertungen einer Verhaltensweise für andere Personen im Zeitraum vom Mittelwert der Organisation abweichen, nur zum Teil gezählt, wenn sie wenig bewertet haben. Nur für Gruppen mit mindestens k Beobachtenden außer der Person selbst. Standardmäßig aus.</translation>
        </message>
        <message>
            <source>Turn on the leniency correction</source>
            <translation>Milde-Bereinigung einschalten</translation>
        </message>
        <message>
            <source>Turn off the leniency correction</source>
            <translation>Milde-Bereinigung ausschalten</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Einstellungen gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::DeleteObservationCommand</name>
        <message>
            <source>Delete observation</source>
            <translation>Beobachtung löschen</translation>
        </message>
    </context>
    <context>
        <name>peerradar::Demo</name>
        <message>
            <source>Creating the demo organisation was cancelled.</source>
            <translation>Das Anlegen der Demo-Organisation wurde abgebrochen.</translation>
        </message>
        <message>
            <source>A demo organisation needs at least 3 people.</source>
            <translation>Eine Demo-Organisation braucht mindestens 3 Personen.</translation>
        </message>
        <message>
            <source>A demo organisation can have at most 100,000 people.</source>
            <translation>Eine Demo-Organisation kann höchstens 100.000 Personen haben.</translation>
        </message>
        <message>
            <source>The number of observations cannot be negative.</source>
            <translation>Die Zahl der Beobachtungen kann nicht negativ sein.</translation>
        </message>
        <message>
            <source>The demo organisation can only be created in a new, empty file; this one already has people.</source>
            <translation>Die Demo-Organisation kann nur in einer neuen, leeren Datei angelegt werden; diese Datei enthält bereits Personen.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::EditObservationCommand</name>
        <message>
            <source>Edit observation</source>
            <translation>Beobachtung bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>peerradar::EditObservationDialog</name>
        <message>
            <source>Edit observation</source>
            <translation>Beobachtung bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>peerradar::FileController</name>
        <message>
            <source>PeerRadar files (*.peerradar);;All files (*)</source>
            <translation>PeerRadar-Dateien (*.peerradar);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Open a PeerRadar file</source>
            <translation>PeerRadar-Datei öffnen</translation>
        </message>
        <message>
            <source>Create a new team file</source>
            <translation>Neue Teamdatei anlegen</translation>
        </message>
        <message>
            <source>team</source>
            <translation>team</translation>
        </message>
        <message>
            <source>Creating the demo organisation…</source>
            <translation>Die Demo-Organisation wird angelegt…</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Kopie speichern</translation>
        </message>
        <message>
            <source>%1 copy.peerradar</source>
            <translation>%1 Kopie.peerradar</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Password of %1 on %2:</source>
            <translation>Passwort von %1 auf %2:</translation>
        </message>
        <message>
            <source>Connect to a server</source>
            <translation>Mit einem Server verbinden</translation>
        </message>
        <message>
            <source>Address of your organisation's PeerRadar database
(postgresql://you@server/database):</source>
            <translation>Adresse der PeerRadar-Datenbank Ihrer Organisation
(postgresql://sie@server/datenbank):</translation>
        </message>
        <message>
            <source>"%1" is not a server address. Write it as postgresql://USER@HOST/DATABASE, with :PORT after the host when it is not 5432.</source>
            <translation>„%1“ ist keine Serveradresse. Schreiben Sie sie als postgresql://BENUTZER@HOST/DATENBANK, mit :PORT nach dem Host, wenn er nicht 5432 ist.</translation>
        </message>
        <message>
            <source>Switch person</source>
            <translation>Person wechseln</translation>
        </message>
        <message>
            <source>On a server you are the person you log in as. To work as somebody else, connect with their account.</source>
            <translation>Auf einem Server sind Sie die Person, als die Sie sich anmelden. Um als jemand anderes zu arbeiten, verbinden Sie sich mit deren Konto.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::FileMerge</name>
        <message>
            <source>Merge cancelled</source>
            <translation>Zusammenführen abgebrochen</translation>
        </message>
        <message>
            <source>The merge was cancelled. Nothing was changed.</source>
            <translation>Das Zusammenführen wurde abgebrochen. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Merge another PeerRadar file into this one</source>
            <translation>Eine andere PeerRadar-Datei mit dieser zusammenführen</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 wird gelesen…</translation>
        </message>
        <message>
            <source>Merge anyway?</source>
            <translation>Trotzdem zusammenführen?</translation>
        </message>
        <message>
            <source>Merge, keep this file's version</source>
            <translation>Zusammenführen, diese Datei behalten</translation>
        </message>
        <message>
            <source>Nothing to merge</source>
            <translation>Nichts zusammenzuführen</translation>
        </message>
        <message>
            <source>Everything in %1 is already in this file.</source>
            <translation>Alles aus %1 ist bereits in dieser Datei.</translation>
        </message>
        <message>
            <source>Merge files</source>
            <translation>Dateien zusammenführen</translation>
        </message>
        <message>
            <source>Merge now?</source>
            <translation>Jetzt zusammenführen?</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Zusammenführen</translation>
        </message>
        <message>
            <source>Merging %1…</source>
            <translation>%1 wird zusammengeführt…</translation>
        </message>
        <message>
            <source>Merge finished</source>
            <translation>Zusammenführen abgeschlossen</translation>
        </message>
        <message>
            <source>Merge %1 anyway? Where the two files differ, this file keeps what it holds; everything else comes in:</source>
            <translation>%1 trotzdem zusammenführen? Wo sich die beiden Dateien unterscheiden, behält diese Datei ihren Inhalt; alles andere kommt hinzu:</translation>
        </message>
    </context>
    <context>
        <name>peerradar::FileTrust</name>
        <message>
            <source>A file keeps no secrets from whoever holds it: anyone with a copy can read all of it and choose to be anyone in it, HR included. Teams that need privacy from each other use a PeerRadar server instead, where each person logs in and sees only what their role allows.</source>
            <translation>Eine Datei hat keine Geheimnisse vor dem, der sie hat: Wer eine Kopie besitzt, kann alles darin lesen und darin jede Person sein, auch die Personalabteilung. Teams, die Vertraulichkeit untereinander brauchen, nutzen stattdessen einen PeerRadar-Server, an dem sich jede Person anmeldet und nur sieht, was ihre Rolle erlaubt.</translation>
        </message>
        <message>
            <source>PeerRadar does not check who you are in a file: anyone who has it can choose any person here, HR included, and read everything in it. For privacy between people, use a PeerRadar server, where each person logs in (File › Connect to a server…).</source>
            <translation>PeerRadar prüft in einer Datei nicht, wer Sie sind: Wer sie hat, kann hier jede Person wählen, auch die Personalabteilung, und alles darin lesen. Für Vertraulichkeit zwischen Personen nutzen Sie einen PeerRadar-Server, an dem sich jede Person anmeldet (Datei › Mit einem Server verbinden…).</translation>
        </message>
    </context>
    <context>
        <name>peerradar::FindingsPanel</name>
        <message>
            <source>Strengths</source>
            <translation>Stärken</translation>
        </message>
        <message>
            <source>Growth areas</source>
            <translation>Entwicklungsfelder</translation>
        </message>
        <message>
            <source>Blind spots</source>
            <translation>Blinde Flecken</translation>
        </message>
        <message>
            <source>Hidden strengths</source>
            <translation>Verborgene Stärken</translation>
        </message>
        <message>
            <source>None: no behavior where the self-rating is higher than others' by more than the uncertainty.</source>
            <translation>Keine: Bei keiner Verhaltensweise liegt die Selbsteinschätzung um mehr als die Unsicherheit über der Einschätzung anderer.</translation>
        </message>
        <message>
            <source>None: no behavior where others' rating is higher than the self-rating by more than the uncertainty.</source>
            <translation>Keine: Bei keiner Verhaltensweise liegt die Einschätzung anderer um mehr als die Unsicherheit über der Selbsteinschätzung.</translation>
        </message>
        <message>
            <source>Self–other agreement</source>
            <translation>Übereinstimmung von Selbst- und Fremdbild</translation>
        </message>
        <message>
            <source>Where observers disagree</source>
            <translation>Wo die Beobachtenden uneins sind</translation>
        </message>
        <message>
            <source>None yet: no behavior stands out beyond the uncertainty of its figure.</source>
            <translation>Noch keine: Keine Verhaltensweise hebt sich über die Unsicherheit ihres Werts hinaus ab.</translation>
        </message>
        <message>
            <source>Not decided: there is no self-rating, or no figure of others with an interval to compare it with.</source>
            <translation>Nicht entschieden: Es gibt keine Selbsteinschätzung oder keinen Wert anderer mit Intervall, mit dem sie sich vergleichen ließe.</translation>
        </message>
        <message>
            <source>None: where several people observed, their views agree enough.</source>
            <translation>Keine: Wo mehrere Personen beobachtet haben, stimmen ihre Sichtweisen ausreichend überein.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::FirstPersonDialog</name>
        <message>
            <source>Set up your team file</source>
            <translation>Teamdatei einrichten</translation>
        </message>
        <message>
            <source>This file is new. Start with yourself: you will look after the file (the HR role) and can add everyone else afterwards.</source>
            <translation>Diese Datei ist neu. Beginnen Sie mit sich selbst: Sie betreuen die Datei (Rolle Personalabteilung) und können danach alle anderen hinzufügen.</translation>
        </message>
        <message>
            <source>for example: Platform</source>
            <translation>zum Beispiel: Plattform</translation>
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation>Ihr &amp;Name:</translation>
        </message>
        <message>
            <source>Your &amp;email:</source>
            <translation>Ihre &amp;E-Mail:</translation>
        </message>
        <message>
            <source>Your &amp;team:</source>
            <translation>Ihr &amp;Team:</translation>
        </message>
    </context>
    <context>
        <name>peerradar::FrameworkCsv</name>
        <message>
            <source>The file is empty: a framework file starts with the header key,name,description.</source>
            <translation>Die Datei ist leer: Eine Verhaltensmodell-Datei beginnt mit der Kopfzeile key,name,description.</translation>
        </message>
        <message>
            <source>Line 1: the header must be exactly key,name,description (found: %1).</source>
            <translation>Zeile 1: Die Kopfzeile muss genau key,name,description lauten (gefunden: %1).</translation>
        </message>
        <message>
            <source>Line %1: expected 3 columns (key,name,description), found %2.</source>
            <translation>Zeile %1: 3 Spalten erwartet (key,name,description), %2 gefunden.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Zeile %1: %2</translation>
        </message>
        <message>
            <source>Line %1: the key "%2" appears twice; each behavior needs its own key.</source>
            <translation>Zeile %1: Der Schlüssel „%2“ kommt zweimal vor; jede Verhaltensweise braucht einen eigenen Schlüssel.</translation>
        </message>
        <message>
            <source>A framework needs at least 3 behaviors to draw a radar; the file has %1.</source>
            <translation>Ein Verhaltensmodell braucht mindestens 3 Verhaltensweisen, damit ein Radar gezeichnet werden kann; die Datei enthält %1.</translation>
        </message>
        <message>
            <source>The framework file could not be written: %1</source>
            <translation>Die Verhaltensmodell-Datei konnte nicht geschrieben werden: %1</translation>
        </message>
    </context>
    <context>
        <name>peerradar::FrameworkEditor</name>
        <message>
            <source>Make &amp;active</source>
            <translation>&amp;Aktivieren</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>CSV &amp;importieren…</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>CSV e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Behaviors, in the order of the radar's axes</source>
            <translation>Verhaltensweisen in der Reihenfolge der Radarachsen</translation>
        </message>
        <message>
            <source>A short identifier used in CSV files, for example "influence". It cannot change later.</source>
            <translation>Ein kurzer Bezeichner für CSV-Dateien, zum Beispiel „influence“. Er kann später nicht geändert werden.</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>Schl&amp;üssel:</translation>
        </message>
        <message>
            <source>&amp;Name on the radar:</source>
            <translation>&amp;Name im Radar:</translation>
        </message>
        <message>
            <source>&amp;What the observer saw:</source>
            <translation>&amp;Was die beobachtende Person sah:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Na&amp;ch oben</translation>
        </message>
        <message>
            <source>&amp;Retire</source>
            <translation>&amp;Zurückziehen</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message>
            <source>%1 (active)</source>
            <translation>%1 (aktiv)</translation>
        </message>
        <message>
            <source>%1 (retired)</source>
            <translation>%1 (zurückgezogen)</translation>
        </message>
        <message>
            <source>key</source>
            <translation>schlüssel</translation>
        </message>
        <message>
            <source>Behavior %1 saved.</source>
            <translation>Verhaltensweise %1 gespeichert.</translation>
        </message>
        <message>
            <source>Order saved.</source>
            <translation>Reihenfolge gespeichert.</translation>
        </message>
        <message>
            <source>%1 is offered again for new observations.</source>
            <translation>%1 wird für neue Beobachtungen wieder angeboten.</translation>
        </message>
        <message>
            <source>%1 is retired: kept for history, no longer offered for new observations.</source>
            <translation>%1 ist zurückgezogen: für die Historie behalten, für neue Beobachtungen nicht mehr angeboten.</translation>
        </message>
        <message>
            <source>Behavior %1 deleted.</source>
            <translation>Verhaltensweise %1 gelöscht.</translation>
        </message>
        <message>
            <source>New observations now use %1.</source>
            <translation>Neue Beobachtungen verwenden jetzt %1.</translation>
        </message>
        <message>
            <source>Import a framework</source>
            <translation>Verhaltensmodell importieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation>%1 konnte nicht gelesen werden: %2</translation>
        </message>
        <message numerus="yes">
            <source>Framework %1 added with %n behavior(s). Make it active to use it.</source>
            <translation>
                <numerusform>Verhaltensmodell %1 mit %n Verhaltensweise hinzugefügt. Aktivieren Sie es, um es zu verwenden.</numerusform>
                <numerusform>Verhaltensmodell %1 mit %n Verhaltensweisen hinzugefügt. Aktivieren Sie es, um es zu verwenden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the framework</source>
            <translation>Verhaltensmodell exportieren</translation>
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation>%1 konnte nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>Framework written to %1.</source>
            <translation>Verhaltensmodell nach %1 geschrieben.</translation>
        </message>
        <message>
            <source>Fra&amp;mework:</source>
            <translation>&amp;Verhaltensmodell:</translation>
        </message>
        <message>
            <source>New &amp;behavior</source>
            <translation>Neue Ve&amp;rhaltensweise</translation>
        </message>
        <message>
            <source>Mo&amp;ve down</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>&amp;Reinstate</source>
            <translation>Wieder &amp;zulassen</translation>
        </message>
        <message>
            <source>Add behavior %1</source>
            <translation>Verhaltensweise %1 anlegen</translation>
        </message>
        <message>
            <source>Edit behavior %1</source>
            <translation>Verhaltensweise %1 ändern</translation>
        </message>
        <message>
            <source>Move behavior %1</source>
            <translation>Verhaltensweise %1 verschieben</translation>
        </message>
        <message>
            <source>Reinstate behavior %1</source>
            <translation>Verhaltensweise %1 wieder zulassen</translation>
        </message>
        <message>
            <source>Retire behavior %1</source>
            <translation>Verhaltensweise %1 zurückziehen</translation>
        </message>
        <message>
            <source>Delete behavior %1</source>
            <translation>Verhaltensweise %1 löschen</translation>
        </message>
        <message>
            <source>Make %1 active</source>
            <translation>%1 aktivieren</translation>
        </message>
    </context>
    <context>
        <name>peerradar::FrameworkRepository</name>
        <message>
            <source>This framework no longer exists.</source>
            <translation>Dieses Verhaltensmodell existiert nicht mehr.</translation>
        </message>
        <message>
            <source>The file has no active behavior framework.</source>
            <translation>Die Datei hat kein aktives Verhaltensmodell.</translation>
        </message>
        <message>
            <source>Enter a name for the framework.</source>
            <translation>Geben Sie einen Namen für das Verhaltensmodell ein.</translation>
        </message>
        <message>
            <source>A framework needs at least 3 behaviors to draw a radar.</source>
            <translation>Ein Verhaltensmodell braucht mindestens 3 Verhaltensweisen, damit ein Radar gezeichnet werden kann.</translation>
        </message>
        <message>
            <source>The key "%1" appears twice; each behavior needs its own key.</source>
            <translation>Der Schlüssel „%1“ kommt zweimal vor; jede Verhaltensweise braucht einen eigenen Schlüssel.</translation>
        </message>
        <message>
            <source>A framework named "%1" with version %2 exists already.</source>
            <translation>Ein Verhaltensmodell namens „%1“ in Version %2 existiert bereits.</translation>
        </message>
        <message>
            <source>The framework already has a behavior with the key "%1".</source>
            <translation>Das Verhaltensmodell hat bereits eine Verhaltensweise mit dem Schlüssel „%1“.</translation>
        </message>
        <message>
            <source>Observations refer to this behavior, so it cannot be deleted. Retire it instead: it stays in past profiles and is no longer offered for new observations.</source>
            <translation>Beobachtungen beziehen sich auf diese Verhaltensweise, daher kann sie nicht gelöscht werden. Ziehen Sie sie stattdessen zurück: Sie bleibt in früheren Profilen erhalten und wird für neue Beobachtungen nicht mehr angeboten.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::HeatmapModel</name>
        <message>
            <source>%1 ★ informal leader</source>
            <translation>%1 ★ führt informell</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>verborgen</translation>
        </message>
        <message>
            <source>%1, %2: %3</source>
            <translation>%1, %2: %3</translation>
        </message>
        <message numerus="yes">
            <source>Hidden to protect the observers: fewer than %n different people.</source>
            <translation>
                <numerusform>Verborgen zum Schutz der Beobachtenden: weniger als %n verschiedene Person.</numerusform>
                <numerusform>Verborgen zum Schutz der Beobachtenden: weniger als %n verschiedene Personen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not observed by others in this period.</source>
            <translation>In diesem Zeitraum nicht von anderen beobachtet.</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
    </context>
    <context>
        <name>peerradar::IdentityDialog</name>
        <message>
            <source>Who are you?</source>
            <translation>Wer sind Sie?</translation>
        </message>
        <message>
            <source>Choose yourself from the people in this file. What you can see and change depends on your role. PeerRadar remembers the answer for this file.</source>
            <translation>Wählen Sie sich unter den Personen dieser Datei aus. Was Sie sehen und ändern können, hängt von Ihrer Rolle ab. PeerRadar merkt sich die Antwort für diese Datei.</translation>
        </message>
        <message>
            <source>That's me</source>
            <translation>Das bin ich</translation>
        </message>
        <message>
            <source>&amp;Your name or email:</source>
            <translation>&amp;Ihr Name oder Ihre E-Mail:</translation>
        </message>
        <message>
            <source>Type part of your name and pick yourself from the list.</source>
            <translation>Geben Sie einen Teil Ihres Namens ein und wählen Sie sich aus der Liste aus.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::ImpactSelector</name>
        <message>
            <source>1 – barely noticeable</source>
            <translation>1 – kaum spürbar</translation>
        </message>
        <message>
            <source>2 – small</source>
            <translation>2 – gering</translation>
        </message>
        <message>
            <source>3 – clear</source>
            <translation>3 – deutlich</translation>
        </message>
        <message>
            <source>4 – strong</source>
            <translation>4 – stark</translation>
        </message>
        <message>
            <source>5 – exceptional</source>
            <translation>5 – außergewöhnlich</translation>
        </message>
        <message>
            <source>Impact %1</source>
            <translation>Wirkung %1</translation>
        </message>
    </context>
    <context>
        <name>peerradar::LogObservationCommand</name>
        <message>
            <source>Log observation about %1</source>
            <translation>Beobachtung über %1 erfassen</translation>
        </message>
    </context>
    <context>
        <name>peerradar::LogObservationPage</name>
        <message>
            <source>Log what you saw someone do. Enter saves.</source>
            <translation>Halten Sie fest, was Sie jemanden tun sahen. Die Eingabetaste speichert.</translation>
        </message>
        <message>
            <source>Not logged yet: %1 is busy because another program is saving to it. Everything you entered is still here; press Enter to log it again in a moment.</source>
            <translation>Noch nicht erfasst: %1 ist belegt, weil ein anderes Programm gerade darin speichert. Alles, was Sie eingegeben haben, ist noch da; drücken Sie gleich noch einmal Enter, um es zu erfassen.</translation>
        </message>
        <message>
            <source>Log obser&amp;vation</source>
            <translation>Beobachtung er&amp;fassen</translation>
        </message>
        <message>
            <source>Undone: the observation "%1" about %2 is deleted. %3 logs it again.</source>
            <translation>Rückgängig gemacht: Die Beobachtung „%1“ über %2 ist gelöscht. %3 erfasst sie wieder.</translation>
        </message>
        <message>
            <source>Logged "%1" about %2. %3 undoes it.</source>
            <translation>„%1“ über %2 erfasst. %3 macht es rückgängig.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::MainMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;New team file…</source>
            <translation>&amp;Neue Teamdatei…</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Öffnen…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>Open the &amp;demo organisation</source>
            <translation>&amp;Demo-Organisation öffnen</translation>
        </message>
        <message>
            <source>&amp;Import people (CSV)…</source>
            <translation>Personen &amp;importieren (CSV)…</translation>
        </message>
        <message>
            <source>Import o&amp;bservations (CSV)…</source>
            <translation>Beobachtungen im&amp;portieren (CSV)…</translation>
        </message>
        <message>
            <source>&amp;Export people (CSV)…</source>
            <translation>Personen &amp;exportieren (CSV)…</translation>
        </message>
        <message>
            <source>Export obser&amp;vations (CSV)…</source>
            <translation>Beobachtungen e&amp;xportieren (CSV)…</translation>
        </message>
        <message>
            <source>S&amp;witch person…</source>
            <translation>Person &amp;wechseln…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Schließen</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About PeerRadar</source>
            <translation>&amp;Über PeerRadar</translation>
        </message>
        <message>
            <source>Connect to a &amp;server…</source>
            <translation>Mit einem Server &amp;verbinden…</translation>
        </message>
        <message>
            <source>&amp;Merge another file…</source>
            <translation>Andere Datei zusa&amp;mmenführen…</translation>
        </message>
        <message>
            <source>Save a cop&amp;y…</source>
            <translation>&amp;Kopie speichern…</translation>
        </message>
        <message>
            <source>What &amp;cannot be undone…</source>
            <translation>Was sich &amp;nicht rückgängig machen lässt…</translation>
        </message>
    </context>
    <context>
        <name>peerradar::MainWindow</name>
        <message>
            <source>Copy saved.</source>
            <translation>Kopie gespeichert.</translation>
        </message>
        <message>
            <source>Export finished.</source>
            <translation>Export abgeschlossen.</translation>
        </message>
        <message>
            <source>You are %1 (%2)</source>
            <translation>Sie sind %1 (%2)</translation>
        </message>
        <message>
            <source>%1 — PeerRadar</source>
            <translation>%1 — PeerRadar</translation>
        </message>
        <message>
            <source>PeerRadar</source>
            <translation>PeerRadar</translation>
        </message>
        <message>
            <source>About PeerRadar</source>
            <translation>Über PeerRadar</translation>
        </message>
        <message>
            <source>PeerRadar %1
Makes the leadership that people show without a title visible: peers log what they see, profiles show it per person and per team.</source>
            <translation>PeerRadar %1
Macht Führung ohne Titel sichtbar: Kollegen halten fest, was sie sehen, Profile zeigen es je Person und je Team.</translation>
        </message>
        <message>
            <source>What cannot be undone</source>
            <translation>Was sich nicht rückgängig machen lässt</translation>
        </message>
        <message>
            <source>Edit › Undo takes back, one step at a time, the changes made in this window since the file was opened: logging, changing and deleting observations, hiding notes, and HR's changes to people, teams, cycles, the behavior framework and the anonymity thresholds. A person added by mistake can be taken out again only while no observation refers to them.

These cannot be undone:
• Removing a person who has left: what others said about them is deleted and their name is made anonymous, so that nothing of it stays in the file.
• Releasing a cycle (Organisation › Cycles): its readers may already have seen the released figures.
• Importing people, observations or a framework from a CSV file, and merging another file: a whole file comes in at once. Save a copy first (File › Save a copy).
• Changes made before the file was opened, or by another program.</source>
            <translation>Bearbeiten › Rückgängig nimmt Schritt für Schritt zurück, was in diesem Fenster seit dem Öffnen der Datei geändert wurde: erfasste, geänderte und gelöschte Beobachtungen, ausgeblendete Notizen und die Änderungen der Personalabteilung an Personen, Teams, Zyklen, dem Verhaltensmodell und den Anonymitätsschwellen. Eine versehentlich angelegte Person lässt sich nur wieder herausnehmen, solange sich keine Beobachtung auf sie bezieht.

Nicht rückgängig machen lässt sich:
• Das Entfernen einer ausgeschiedenen Person: Was andere über sie gesagt haben, wird gelöscht und ihr Name anonymisiert, damit nichts davon in der Datei bleibt.
• Das Freigeben eines Zyklus (Organisation › Zyklen): Seine Leser können die freigegebenen Zahlen schon gesehen haben.
• Das Importieren von Personen, Beobachtungen oder einem Verhaltensmodell aus einer CSV-Datei und das Zusammenführen mit einer anderen Datei: Eine ganze Datei kommt auf einmal herein. Speichern Sie vorher eine Kopie (Datei › Kopie speichern).
• Änderungen, die vor dem Öffnen der Datei oder von einem anderen Programm gemacht wurden.</translation>
        </message>
        <message>
            <source>Read only. %1 You can read everything in it; logging, editing, importing and merging are turned off.</source>
            <translation>Nur lesen. %1 Sie können alles darin lesen; Erfassen, Bearbeiten, Importieren und Zusammenführen sind ausgeschaltet.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::Merge</name>
        <message>
            <source>%1 is the file you are merging into. Choose another PeerRadar file to merge from; nothing was changed.</source>
            <translation>%1 ist die Datei, in die Sie zusammenführen. Wählen Sie eine andere PeerRadar-Datei als Quelle; nichts wurde geändert.</translation>
        </message>
        <message>
            <source>%1 was saved by an older version of PeerRadar. Open it once with this PeerRadar (which updates it and keeps a copy of the old file), then merge again. Nothing was changed.</source>
            <translation>%1 wurde von einer älteren PeerRadar-Version gespeichert. Öffnen Sie sie einmal mit diesem PeerRadar (es aktualisiert sie und behält eine Kopie der alten Datei), dann führen Sie erneut zusammen. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Frameworks</source>
            <translation>Verhaltensmodelle</translation>
        </message>
        <message>
            <source>Behaviors</source>
            <translation>Verhaltensweisen</translation>
        </message>
        <message>
            <source>Teams</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Cycles</source>
            <translation>Zyklen</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Beobachtungen</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>Protokolleinträge</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… und %n weiterer.</numerusform>
                <numerusform>… und %n weitere.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 was not merged into %2: %n item(s) differ between the two files. Nothing was changed.</source>
            <translation>
                <numerusform>%1 wurde nicht in %2 zusammengeführt: %n Eintrag unterscheidet sich zwischen den beiden Dateien. Nichts wurde geändert.</numerusform>
                <numerusform>%1 wurde nicht in %2 zusammengeführt: %n Einträge unterscheiden sich zwischen den beiden Dateien. Nichts wurde geändert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Merging %1 into %2 would bring in the following (nothing was changed yet):</source>
            <translation>Das Zusammenführen von %1 in %2 brächte Folgendes (noch wurde nichts geändert):</translation>
        </message>
        <message>
            <source>%1 was merged into %2.</source>
            <translation>%1 wurde in %2 zusammengeführt.</translation>
        </message>
        <message>
            <source>%1: %2 added, %3 already present, %4 in conflict.</source>
            <translation>%1: %2 hinzugefügt, %3 schon vorhanden, %4 im Konflikt.</translation>
        </message>
        <message>
            <source>Where the files differ, %1 was kept as it was.</source>
            <translation>Wo sich die Dateien unterscheiden, blieb %1 unverändert.</translation>
        </message>
        <message>
            <source>Where the files differ, %1 now holds what %2 holds.</source>
            <translation>Wo sich die Dateien unterscheiden, enthält %1 jetzt, was %2 enthält.</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) hidden in %1 are now hidden in %2 too.</source>
            <translation>
                <numerusform>%n in %1 verborgene Notiz ist jetzt auch in %2 verborgen.</numerusform>
                <numerusform>%n in %1 verborgene Notizen sind jetzt auch in %2 verborgen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n observation(s) about people removed from %1 were left out.</source>
            <translation>
                <numerusform>%n Beobachtung über aus %1 entfernte Personen wurde ausgelassen.</numerusform>
                <numerusform>%n Beobachtungen über aus %1 entfernte Personen wurden ausgelassen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The anonymity threshold was raised to %1, as in %2.</source>
            <translation>Die Anonymitätsschwelle wurde auf %1 angehoben, wie in %2.</translation>
        </message>
        <message>
            <source>The anonymity threshold for notes was raised to %1, as in %2.</source>
            <translation>Die Anonymitätsschwelle für Notizen wurde auf %1 angehoben, wie in %2.</translation>
        </message>
        <message>
            <source>The merge was cancelled. Nothing was changed.</source>
            <translation>Das Zusammenführen wurde abgebrochen. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>%1 could not be merged into %2: %3 Nothing was changed.</source>
            <translation>%1 konnte nicht in %2 zusammengeführt werden: %3 Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Observation by %1 about %2 on %3 (%4)</source>
            <translation>Beobachtung von %1 über %2 am %3 (%4)</translation>
        </message>
        <message>
            <source>the observer</source>
            <translation>die beobachtende Person</translation>
        </message>
        <message>
            <source>the subject</source>
            <translation>die beobachtete Person</translation>
        </message>
        <message>
            <source>the behavior</source>
            <translation>die Verhaltensweise</translation>
        </message>
        <message>
            <source>the date</source>
            <translation>das Datum</translation>
        </message>
        <message>
            <source>the impact</source>
            <translation>die Wirkung</translation>
        </message>
        <message>
            <source>the rater group</source>
            <translation>die Beobachtergruppe</translation>
        </message>
        <message>
            <source>the situation</source>
            <translation>die Situation</translation>
        </message>
        <message>
            <source>the action</source>
            <translation>die Handlung</translation>
        </message>
        <message>
            <source>the result</source>
            <translation>das Ergebnis</translation>
        </message>
        <message>
            <source>%1 is %2 in %3, and another one in %4 already has it. Change one of them, then merge again.</source>
            <translation>%1 ist %2 in %3, und in %4 hat ein anderer Eintrag das bereits. Ändern Sie einen davon und führen Sie dann erneut zusammen.</translation>
        </message>
        <message>
            <source>Framework %1 version %2</source>
            <translation>Verhaltensmodell %1 Version %2</translation>
        </message>
        <message>
            <source>the name</source>
            <translation>der Name</translation>
        </message>
        <message>
            <source>the version</source>
            <translation>die Version</translation>
        </message>
        <message>
            <source>Behavior %1 of framework %2</source>
            <translation>Verhaltensweise %1 des Verhaltensmodells %2</translation>
        </message>
        <message>
            <source>it belongs to another framework in %1 than in %2, and a merge cannot move it.</source>
            <translation>sie gehört in %1 zu einem anderen Verhaltensmodell als in %2, und Zusammenführen kann sie nicht verschieben.</translation>
        </message>
        <message>
            <source>the key</source>
            <translation>der Schlüssel</translation>
        </message>
        <message>
            <source>the description</source>
            <translation>die Beschreibung</translation>
        </message>
        <message>
            <source>the position</source>
            <translation>die Position</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>zurückgezogen</translation>
        </message>
        <message>
            <source>Team %1</source>
            <translation>Team %1</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>Zyklus %1</translation>
        </message>
        <message>
            <source>the first day</source>
            <translation>der erste Tag</translation>
        </message>
        <message>
            <source>the last day</source>
            <translation>der letzte Tag</translation>
        </message>
        <message>
            <source>Person %1</source>
            <translation>Person %1</translation>
        </message>
        <message>
            <source>removed from %1 (they left the organisation) but still in %2. If they left, remove them in %2 too (Organisation › People), then merge again.</source>
            <translation>aus %1 entfernt (ausgeschieden), aber noch in %2. Wenn die Person ausgeschieden ist, entfernen Sie sie auch in %2 (Organisation › Personen) und führen Sie dann erneut zusammen.</translation>
        </message>
        <message>
            <source>the email is %1 in %2, and %3 has it in %4. Change one of them, then merge again.</source>
            <translation>die E-Mail-Adresse ist %1 in %2, und %3 hat sie in %4. Ändern Sie eine davon und führen Sie dann erneut zusammen.</translation>
        </message>
        <message>
            <source>the email</source>
            <translation>die E-Mail-Adresse</translation>
        </message>
        <message>
            <source>the team</source>
            <translation>das Team</translation>
        </message>
        <message>
            <source>the manager</source>
            <translation>die Führungskraft</translation>
        </message>
        <message>
            <source>the role</source>
            <translation>die Rolle</translation>
        </message>
        <message>
            <source>%1: %2 is %3 in %4 but %5 in %6.</source>
            <extracomment>Conflict while merging files: "Person Anna Smith (anna@example.com): team is “Platform” in a.peerradar but “Sales” in b.peerradar."</extracomment>
            <translation>%1: %2 ist %3 in %4, aber %5 in %6.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
    </context>
    <context>
        <name>peerradar::MessageBar</name>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Show technical details</source>
            <translation>Technische Details anzeigen</translation>
        </message>
        <message>
            <source>Close message</source>
            <translation>Meldung schließen</translation>
        </message>
    </context>
    <context>
        <name>peerradar::NetworkWidget</name>
        <message>
            <source>Influence network</source>
            <translation>Einflussnetz</translation>
        </message>
        <message numerus="yes">
            <source>%1 influenced %2 (%n times)</source>
            <translation>
                <numerusform>%1 hat %2 beeinflusst (einmal)</numerusform>
                <numerusform>%1 hat %2 beeinflusst (%n-mal)</numerusform>
            </translation>
        </message>
        <message>
            <source>No one in the team was seen influencing a teammate.</source>
            <translation>Niemand im Team wurde dabei beobachtet, ein anderes Teammitglied zu beeinflussen.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::NoteHiddenCommand</name>
        <message>
            <source>Hide note</source>
            <translation>Notiz ausblenden</translation>
        </message>
        <message>
            <source>Show note</source>
            <translation>Notiz einblenden</translation>
        </message>
    </context>
    <context>
        <name>peerradar::NotesModel</name>
        <message>
            <source>Situation: %1</source>
            <translation>Situation: %1</translation>
        </message>
        <message>
            <source>What they did: %1</source>
            <translation>Was die Person tat: %1</translation>
        </message>
        <message>
            <source>Impact: %1</source>
            <translation>Wirkung: %1</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(keine Notiz)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Behavior</source>
            <translation>Verhaltensweise</translation>
        </message>
        <message>
            <source>Seen by</source>
            <translation>Gesehen von</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Beobachtet von</translation>
        </message>
    </context>
    <context>
        <name>peerradar::ObservationBulkWriter</name>
        <message>
            <source>The impact must be from %1 to %2, not %3.</source>
            <translation>Die Wirkung muss zwischen %1 und %2 liegen, nicht %3.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::ObservationFilterBar</name>
        <message>
            <source>any</source>
            <translation>beliebig</translation>
        </message>
        <message>
            <source>Search notes and names</source>
            <translation>Notizen und Namen durchsuchen</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Suche:</translation>
        </message>
        <message>
            <source>Any behavior</source>
            <translation>Jede Verhaltensweise</translation>
        </message>
        <message>
            <source>%1 (retired)</source>
            <translation>%1 (zurückgezogen)</translation>
        </message>
        <message>
            <source>Pe&amp;rson:</source>
            <translation>Pe&amp;rson:</translation>
        </message>
        <message>
            <source>&amp;Behavior:</source>
            <translation>&amp;Verhaltensweise:</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>Vo&amp;n:</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>B&amp;is:</translation>
        </message>
    </context>
    <context>
        <name>peerradar::ObservationForm</name>
        <message>
            <source>Whom did you observe?</source>
            <translation>Wen haben Sie beobachtet?</translation>
        </message>
        <message>
            <source>Behavior</source>
            <translation>Verhaltensweise</translation>
        </message>
        <message>
            <source>Date observed</source>
            <translation>Beobachtet am</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <source>Where and when? (optional)</source>
            <translation>Wo und wann? (optional)</translation>
        </message>
        <message>
            <source>What did they do? (optional)</source>
            <translation>Was hat die Person getan? (optional)</translation>
        </message>
        <message>
            <source>What did it change? (optional)</source>
            <translation>Was hat es bewirkt? (optional)</translation>
        </message>
        <message>
            <source>&amp;Whom did you observe?</source>
            <translation>&amp;Wen haben Sie beobachtet?</translation>
        </message>
        <message>
            <source>&amp;Behavior:</source>
            <translation>&amp;Verhaltensweise:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>Dat&amp;um:</translation>
        </message>
        <message>
            <source>&amp;Impact (1–5):</source>
            <translation>W&amp;irkung (1–5):</translation>
        </message>
        <message>
            <source>&amp;Situation:</source>
            <translation>&amp;Situation:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>Ha&amp;ndlung:</translation>
        </message>
        <message>
            <source>&amp;Result:</source>
            <translation>E&amp;rgebnis:</translation>
        </message>
        <message>
            <source>Ctrl+Enter saves</source>
            <translation>Strg+Eingabe speichert</translation>
        </message>
        <message>
            <source>Choose a person; you can also observe yourself.</source>
            <translation>Wählen Sie eine Person; Sie können auch sich selbst beobachten.</translation>
        </message>
        <message>
            <source>No single person matches yet: keep typing or pick from the list.</source>
            <translation>Noch passt keine einzelne Person: Tippen Sie weiter oder wählen Sie aus der Liste.</translation>
        </message>
        <message>
            <source>Stored as rater group: %1</source>
            <translation>Gespeichert als Beobachtergruppe: %1</translation>
        </message>
        <message>
            <source>Choose whom you observed.</source>
            <translation>Wählen Sie, wen Sie beobachtet haben.</translation>
        </message>
        <message>
            <source>No single person matches "%1". Pick one from the list.</source>
            <translation>Keine einzelne Person passt zu „%1“. Wählen Sie eine aus der Liste.</translation>
        </message>
        <message>
            <source>Choose a behavior.</source>
            <translation>Wählen Sie eine Verhaltensweise.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::ObservationRepository</name>
        <message>
            <source>Only the person who logged an observation, or HR, can change or delete it.</source>
            <translation>Nur die Person, die eine Beobachtung erfasst hat, oder die Personalabteilung kann sie ändern oder löschen.</translation>
        </message>
        <message>
            <source>Choose a behavior: the one chosen is no longer in the framework.</source>
            <translation>Wählen Sie eine Verhaltensweise: Die gewählte ist nicht mehr im Verhaltensmodell.</translation>
        </message>
        <message>
            <source>The behavior "%1" has been retired; choose one of the current behaviors.</source>
            <translation>Die Verhaltensweise „%1“ wurde zurückgezogen; wählen Sie eine der aktuellen Verhaltensweisen.</translation>
        </message>
        <message>
            <source>The behavior "%1" is not part of the active framework.</source>
            <translation>Die Verhaltensweise „%1“ gehört nicht zum aktiven Verhaltensmodell.</translation>
        </message>
        <message>
            <source>The observer is no longer in the file.</source>
            <translation>Die beobachtende Person ist nicht mehr in der Datei.</translation>
        </message>
        <message>
            <source>Choose whom you observed: that person is no longer in the file.</source>
            <translation>Wählen Sie, wen Sie beobachtet haben: Diese Person ist nicht mehr in der Datei.</translation>
        </message>
        <message>
            <source>People who have left the organisation cannot be part of new observations.</source>
            <translation>Personen, die die Organisation verlassen haben, können nicht Teil neuer Beobachtungen sein.</translation>
        </message>
        <message>
            <source>This observation is no longer in the file.</source>
            <translation>Diese Beobachtung ist nicht mehr in der Datei.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::ObservationTableModel</name>
        <message>
            <source>(note hidden by HR)</source>
            <translation>(Notiz von der Personalabteilung ausgeblendet)</translation>
        </message>
        <message>
            <source>(hidden) %1</source>
            <translation>(ausgeblendet) %1</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Beobachtet von</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Beobachtete Person</translation>
        </message>
        <message>
            <source>Behavior</source>
            <translation>Verhaltensweise</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Wirkung</translation>
        </message>
        <message>
            <source>Rater group</source>
            <translation>Beobachtergruppe</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
    </context>
    <context>
        <name>peerradar::ObservationsPage</name>
        <message>
            <source>Observations</source>
            <translation>Beobachtungen</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Löschen</translation>
        </message>
        <message numerus="yes">
            <source>%n observation(s)</source>
            <translation>
                <numerusform>%n Beobachtung</numerusform>
                <numerusform>%n Beobachtungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Show &amp;note</source>
            <translation>Noti&amp;z einblenden</translation>
        </message>
        <message>
            <source>Observation changed. Ctrl+Z undoes it.</source>
            <translation>Beobachtung geändert. Strg+Z macht es rückgängig.</translation>
        </message>
        <message>
            <source>Observation deleted. Ctrl+Z brings it back.</source>
            <translation>Beobachtung gelöscht. Strg+Z holt sie zurück.</translation>
        </message>
        <message>
            <source>The note is shown again.</source>
            <translation>Die Notiz wird wieder angezeigt.</translation>
        </message>
        <message>
            <source>The note is hidden from every view and export; the figures stay.</source>
            <translation>Die Notiz ist in allen Ansichten und Exporten ausgeblendet; die Kennzahlen bleiben.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Suche läuft …</translation>
        </message>
        <message numerus="yes">
            <source>%n observation(s) so far, still searching…</source>
            <translation>
                <numerusform>Bisher %n Beobachtung, die Suche läuft noch …</numerusform>
                <numerusform>Bisher %n Beobachtungen, die Suche läuft noch …</numerusform>
            </translation>
        </message>
        <message>
            <source>Hide &amp;note</source>
            <translation>Noti&amp;z ausblenden</translation>
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation>Be&amp;arbeiten…</translation>
        </message>
    </context>
    <context>
        <name>peerradar::PdfReports</name>
        <message>
            <source>The PDF could not be written to %1: %2</source>
            <translation>Das PDF konnte nicht nach %1 geschrieben werden: %2</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Printed on %1</source>
            <translation>Gedruckt am %1</translation>
        </message>
        <message>
            <source>Leadership profile</source>
            <translation>Führungsprofil</translation>
        </message>
        <message>
            <source>Figures by rater group</source>
            <translation>Kennzahlen nach Beobachtergruppe</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Stärken</translation>
        </message>
        <message>
            <source>Growth areas</source>
            <translation>Entwicklungsfelder</translation>
        </message>
        <message>
            <source>Blind spots</source>
            <translation>Blinde Flecken</translation>
        </message>
        <message>
            <source>None: where your own view and others' differ, the difference is within the uncertainty.</source>
            <translation>Keine: Wo sich Ihre eigene Sicht und die Sicht anderer unterscheiden, liegt der Unterschied innerhalb der Unsicherheit.</translation>
        </message>
        <message>
            <source>Hidden strengths</source>
            <translation>Verborgene Stärken</translation>
        </message>
        <message>
            <source>None: where others see more than you do, the difference is within the uncertainty.</source>
            <translation>Keine: Wo andere mehr sehen als Sie, liegt der Unterschied innerhalb der Unsicherheit.</translation>
        </message>
        <message>
            <source>In observers' words</source>
            <translation>In den Worten der Beobachtenden</translation>
        </message>
        <message>
            <source>No notes can be shown for this period.</source>
            <translation>Für diesen Zeitraum können keine Notizen angezeigt werden.</translation>
        </message>
        <message>
            <source>Team %1</source>
            <translation>Team %1</translation>
        </message>
        <message>
            <source>Team radar</source>
            <translation>Team-Radar</translation>
        </message>
        <message>
            <source>Each member weighs the same: the radar shows the mean of the members' own means (self-observations excluded) and the median. Members whose figure is hidden by the anonymity rule are left out.</source>
            <translation>Jedes Mitglied zählt gleich: Das Radar zeigt den Mittelwert der Mittelwerte aller Mitglieder (ohne Selbstbeobachtungen) und den Median. Mitglieder, deren Kennzahl durch die Anonymitätsregel verborgen ist, werden nicht berücksichtigt.</translation>
        </message>
        <message>
            <source>Heatmap: members × behaviors</source>
            <translation>Heatmap: Mitglieder × Verhaltensweisen</translation>
        </message>
        <message>
            <source>Mean impact seen by others; darker is stronger.</source>
            <translation>Mittlere Wirkung aus Sicht anderer; dunkler bedeutet stärker.</translation>
        </message>
        <message>
            <source>Informal leaders</source>
            <translation>Informelle Führungspersonen</translation>
        </message>
        <message>
            <source>Influence network</source>
            <translation>Einflussnetz</translation>
        </message>
        <message>
            <source>An arrow points from the person seen leading to the colleague who saw it; thicker arrows mean more observations. ★ marks informal leaders.</source>
            <translation>Ein Pfeil zeigt von der Person, die beim Führen beobachtet wurde, zu der Person, die es beobachtet hat; dickere Pfeile bedeuten mehr Beobachtungen. ★ kennzeichnet informelle Führungspersonen.</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Abdeckung</translation>
        </message>
        <message>
            <source>Leadership profile: %1</source>
            <translation>Führungsprofil: %1</translation>
        </message>
        <message>
            <source>Team summary: %1</source>
            <translation>Teamzusammenfassung: %1</translation>
        </message>
        <message>
            <source>No behavior stands out beyond the uncertainty of its figure yet.</source>
            <translation>Noch hebt sich keine Verhaltensweise über die Unsicherheit ihres Werts hinaus ab.</translation>
        </message>
        <message>
            <source>Self–other agreement</source>
            <translation>Übereinstimmung von Selbst- und Fremdbild</translation>
        </message>
        <message>
            <source>Not decided: there is no self-rating, or no figure of others with an interval to compare it with.</source>
            <translation>Nicht entschieden: Es gibt keine Selbsteinschätzung oder keinen Wert anderer mit Intervall, mit dem sie sich vergleichen ließe.</translation>
        </message>
        <message>
            <source>the finished file could not be renamed (%1)</source>
            <translation>die fertige Datei konnte nicht umbenannt werden (%1)</translation>
        </message>
    </context>
    <context>
        <name>peerradar::PeopleEditor</name>
        <message>
            <source>Find a person</source>
            <translation>Person suchen</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Manager:</source>
            <translation>&amp;Führungskraft:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>E&amp;xport their data…</source>
            <translation>Daten der Person e&amp;xportieren…</translation>
        </message>
        <message>
            <source>(no team)</source>
            <translation>(kein Team)</translation>
        </message>
        <message>
            <source>Pick the manager from the list, or leave the field empty.</source>
            <translation>Wählen Sie die Führungskraft aus der Liste oder lassen Sie das Feld leer.</translation>
        </message>
        <message>
            <source>email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>%1 saved.</source>
            <translation>%1 gespeichert.</translation>
        </message>
        <message>
            <source>Remove %1?</source>
            <translation>%1 entfernen?</translation>
        </message>
        <message>
            <source>%1 has left the organisation? What others said about them will be deleted; what they said about others stays under an anonymous name. This cannot be undone.</source>
            <translation>%1 hat die Organisation verlassen? Was andere über diese Person gesagt haben, wird gelöscht; was sie über andere gesagt hat, bleibt unter einem anonymen Namen erhalten. Das kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>%1 was removed.</source>
            <translation>%1 wurde entfernt.</translation>
        </message>
        <message>
            <source>Export %1's data</source>
            <translation>Daten von %1 exportieren</translation>
        </message>
        <message>
            <source>%1 data.json</source>
            <translation>%1 Daten.json</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-Dateien (*.json)</translation>
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
        </message>
        <message>
            <source>%1's data was written to %2.</source>
            <translation>Die Daten von %1 wurden nach %2 geschrieben.</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Ema&amp;il:</source>
            <translation>E-&amp;Mail:</translation>
        </message>
        <message>
            <source>Te&amp;am:</source>
            <translation>Te&amp;am:</translation>
        </message>
        <message>
            <source>Ne&amp;w person</source>
            <translation>Ne&amp;ue Person</translation>
        </message>
        <message>
            <source>Remo&amp;ve (has left)…</source>
            <translation>Entfernen (ausgesch&amp;ieden)…</translation>
        </message>
        <message>
            <source>Add person %1</source>
            <translation>Person %1 anlegen</translation>
        </message>
        <message>
            <source>Edit person %1</source>
            <translation>Person %1 ändern</translation>
        </message>
    </context>
    <context>
        <name>peerradar::PeopleRepository</name>
        <message>
            <source>This person is no longer in the file.</source>
            <translation>Diese Person ist nicht mehr in der Datei.</translation>
        </message>
        <message>
            <source>Nobody with the email address %1 is in the file.</source>
            <translation>Niemand mit der E-Mail-Adresse %1 ist in der Datei.</translation>
        </message>
        <message>
            <source>%1 is already the email address of %2. Each person needs their own address.</source>
            <translation>%1 ist bereits die E-Mail-Adresse von %2. Jede Person braucht eine eigene Adresse.</translation>
        </message>
        <message>
            <source>This manager would make a loop: %1 would end up managing themself.</source>
            <translation>Mit dieser Führungskraft entstünde ein Kreislauf: %1 würde am Ende sich selbst führen.</translation>
        </message>
        <message>
            <source>The chosen manager is no longer in the file.</source>
            <translation>Die gewählte Führungskraft ist nicht mehr in der Datei.</translation>
        </message>
        <message>
            <source>This team is no longer in the file.</source>
            <translation>Dieses Team ist nicht mehr in der Datei.</translation>
        </message>
        <message>
            <source>There is no team named "%1".</source>
            <translation>Es gibt kein Team namens „%1“.</translation>
        </message>
        <message>
            <source>A team named "%1" exists already.</source>
            <translation>Ein Team namens „%1“ existiert bereits.</translation>
        </message>
        <message>
            <source>%1 cannot be taken out again: observations by or about them were logged since. If they left, remove them under Organisation › People.</source>
            <translation>%1 kann nicht wieder herausgenommen werden: Seitdem wurden Beobachtungen von oder über diese Person erfasst. Wenn sie ausgeschieden ist, entfernen Sie sie unter Organisation › Personen.</translation>
        </message>
        <message>
            <source>%1 cannot be taken out again: they were made someone's manager since. Choose another manager first.</source>
            <translation>%1 kann nicht wieder herausgenommen werden: Die Person wurde seitdem als Führungskraft eingetragen. Wählen Sie zuerst eine andere Führungskraft.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::PersonChooser</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>%1 (you)</source>
            <translation>%1 (Sie)</translation>
        </message>
    </context>
    <context>
        <name>peerradar::PersonPicker</name>
        <message>
            <source>Type a name or email</source>
            <translation>Name oder E-Mail eingeben</translation>
        </message>
    </context>
    <context>
        <name>peerradar::ProblemsDialog</name>
        <message>
            <source>Import refused</source>
            <translation>Import abgelehnt</translation>
        </message>
        <message>
            <source>Nothing was imported. Correct these rows and import the file again:</source>
            <translation>Es wurde nichts importiert. Korrigieren Sie diese Zeilen und importieren Sie die Datei erneut:</translation>
        </message>
        <message>
            <source>Rows at fault</source>
            <translation>Fehlerhafte Zeilen</translation>
        </message>
        <message>
            <source>Files not merged</source>
            <translation>Dateien nicht zusammengeführt</translation>
        </message>
        <message>
            <source>After you close this list you can merge anyway, keeping what this file holds for these items:</source>
            <translation>Nachdem Sie diese Liste geschlossen haben, können Sie trotzdem zusammenführen; für diese Einträge bleibt dann erhalten, was diese Datei enthält:</translation>
        </message>
        <message>
            <source>Items that differ</source>
            <translation>Abweichende Einträge</translation>
        </message>
    </context>
    <context>
        <name>peerradar::ProfileService</name>
        <message>
            <source>Your account reads profiles one cycle at a time, not over the whole history: choose a cycle (in the command-line tool: --cycle NAME).</source>
            <translation>Ihr Konto liest Profile zyklusweise, nicht über den gesamten Zeitraum: Wählen Sie einen Zyklus (im Befehlszeilenwerkzeug: --cycle NAME).</translation>
        </message>
        <message>
            <source>The cycle "%1" overlaps another cycle, so its figures are not shown to your account: comparing overlapping periods could reveal who said what. Choose another cycle.</source>
            <translation>Der Zyklus „%1“ überschneidet sich mit einem anderen Zyklus, daher werden seine Zahlen Ihrem Konto nicht gezeigt: Ein Vergleich sich überschneidender Zeiträume könnte verraten, wer was gesagt hat. Wählen Sie einen anderen Zyklus.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::ProfileTableModel</name>
        <message>
            <source>%1 (retired)</source>
            <translation>%1 (zurückgezogen)</translation>
        </message>
        <message numerus="yes">
            <source>Hidden to protect the observers: fewer than %n different people in this group.</source>
            <translation>
                <numerusform>Verborgen zum Schutz der Beobachtenden: weniger als %n verschiedene Person in dieser Gruppe.</numerusform>
                <numerusform>Verborgen zum Schutz der Beobachtenden: weniger als %n verschiedene Personen in dieser Gruppe.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not observed in this period.</source>
            <translation>In diesem Zeitraum nicht beobachtet.</translation>
        </message>
        <message>
            <source>Behavior</source>
            <translation>Verhaltensweise</translation>
        </message>
        <message>
            <source>All others</source>
            <translation>Alle anderen</translation>
        </message>
        <message>
            <source>Self</source>
            <translation>Selbst</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Führungskraft</translation>
        </message>
        <message>
            <source>Peers</source>
            <translation>Kollegen</translation>
        </message>
        <message>
            <source>Direct reports</source>
            <translation>Mitarbeitende</translation>
        </message>
        <message>
            <source>Others in the organisation</source>
            <translation>Andere in der Organisation</translation>
        </message>
        <message>
            <source>Pooled groups</source>
            <translation>Zusammengefasste Gruppen</translation>
        </message>
        <message>
            <source>Shown together with other small groups in the pooled column.</source>
            <translation>Wird zusammen mit anderen kleinen Gruppen in der Spalte der zusammengefassten Gruppen gezeigt.</translation>
        </message>
        <message>
            <source>%1 per 30 days · %2</source>
            <translation>%1 pro 30 Tage · %2</translation>
        </message>
        <message>
            <source>%1 observations by %2 different observers. Each observer's observations are averaged first, so each observer counts once.</source>
            <translation>%1 Beobachtungen von %2 verschiedenen Beobachtenden. Die Beobachtungen jeder beobachtenden Person werden zuerst gemittelt, so zählt jede Person einmal.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::ProfileView</name>
        <message>
            <source>Pe&amp;rson:</source>
            <translation>Pe&amp;rson:</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <source>C&amp;ycle:</source>
            <translation>Z&amp;yklus:</translation>
        </message>
        <message>
            <source>&amp;Measure:</source>
            <translation>&amp;Kennzahl:</translation>
        </message>
        <message>
            <source>Mean impact</source>
            <translation>Mittlere Wirkung</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>Häufigkeit</translation>
        </message>
        <message>
            <source>Show as ta&amp;ble</source>
            <translation>Als Tabe&amp;lle anzeigen</translation>
        </message>
        <message>
            <source>The same figures as a table with bars instead of a radar chart.</source>
            <translation>Dieselben Kennzahlen als Tabelle mit Balken statt als Radardiagramm.</translation>
        </message>
        <message>
            <source>E&amp;xport PDF…</source>
            <translation>PDF e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Pr&amp;int…</source>
            <translation>Dr&amp;ucken…</translation>
        </message>
        <message>
            <source>Export all &amp;summaries…</source>
            <translation>Alle &amp;Zusammenfassungen exportieren…</translation>
        </message>
        <message>
            <source>Radar chart</source>
            <translation>Radardiagramm</translation>
        </message>
        <message>
            <source>Radar figures as a table</source>
            <translation>Radar-Kennzahlen als Tabelle</translation>
        </message>
        <message>
            <source>Show as ra&amp;dar</source>
            <translation>Als R&amp;adar anzeigen</translation>
        </message>
        <message>
            <source>Figures by rater gro&amp;up (select a behavior to list its notes):</source>
            <translation>Kennzahlen &amp;nach Beobachtergruppe (wählen Sie eine Verhaltensweise, um ihre Notizen zu sehen):</translation>
        </message>
        <message>
            <source>Figures by rater group</source>
            <translation>Kennzahlen nach Beobachtergruppe</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Erkenntnisse</translation>
        </message>
        <message>
            <source>Trend against the previous cycle</source>
            <translation>Trend gegenüber dem vorigen Zyklus</translation>
        </message>
        <message>
            <source>Trend</source>
            <translation>Trend</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>No previous cycle to compare with.</source>
            <translation>Es gibt keinen vorigen Zyklus zum Vergleich.</translation>
        </message>
        <message>
            <source>Click a spoke of the radar, or choose a behavior in the table, to read its notes.</source>
            <translation>Klicken Sie auf eine Achse des Radars oder wählen Sie eine Verhaltensweise in der Tabelle, um ihre Notizen zu lesen.</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>verborgen</translation>
        </message>
        <message>
            <source>Each spoke is a behavior: the further out, the stronger the impact others saw (1–5). Blue: others, orange: self-rating, grey dashes: team average; whiskers: 95% range. Click a spoke to read its notes.</source>
            <translation>Jede Achse ist eine Verhaltensweise: Je weiter außen, desto stärker die Wirkung, die andere gesehen haben (1–5). Blau: andere, Orange: Selbsteinschätzung, grau gestrichelt: Teamdurchschnitt; Fehlerbalken: 95-%-Bereich. Klicken Sie auf eine Achse, um ihre Notizen zu lesen.</translation>
        </message>
        <message>
            <source>Each spoke is a behavior: the further out, the more often it was observed (per 30 days). Blue: others, orange: self. Click a spoke to read its notes.</source>
            <translation>Jede Achse ist eine Verhaltensweise: Je weiter außen, desto häufiger wurde sie beobachtet (pro 30 Tage). Blau: andere, Orange: Selbst. Klicken Sie auf eine Achse, um ihre Notizen zu lesen.</translation>
        </message>
        <message numerus="yes">
            <source>A gap in the line means the figure is hidden: fewer than %n different people observed it.</source>
            <translation>
                <numerusform>Eine Lücke in der Linie bedeutet, dass die Kennzahl verborgen ist: Weniger als %n verschiedene Person hat sie beobachtet.</numerusform>
                <numerusform>Eine Lücke in der Linie bedeutet, dass die Kennzahl verborgen ist: Weniger als %n verschiedene Personen haben sie beobachtet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No notes to show for %1. Notes of a group appear only when at least %n different people in it wrote them.</source>
            <translation>
                <numerusform>Zu %1 können keine Notizen angezeigt werden. Notizen einer Gruppe erscheinen erst, wenn mindestens %n Person aus der Gruppe Notizen geschrieben hat.</numerusform>
                <numerusform>Zu %1 können keine Notizen angezeigt werden. Notizen einer Gruppe erscheinen erst, wenn mindestens %n verschiedene Personen aus der Gruppe Notizen geschrieben haben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Notes for %1, newest first:</source>
            <translation>Notizen zu %1, neueste zuerst:</translation>
        </message>
        <message>
            <source>The summary was exported.</source>
            <translation>Die Zusammenfassung wurde exportiert.</translation>
        </message>
        <message>
            <source>Each row is a behavior; the columns are others, the self-rating and the team average. A figure is the mean impact seen (1 = small, 5 = large) with its 95% range in brackets; the bar shows it. To read a behavior's notes, select it in the figures by rater group below.</source>
            <translation>Jede Zeile ist eine Verhaltensweise; die Spalten sind andere, die Selbsteinschätzung und der Teamdurchschnitt. Eine Kennzahl ist die gesehene mittlere Wirkung (1 = gering, 5 = groß) mit ihrem 95-%-Bereich in Klammern; der Balken zeigt sie. Um die Notizen zu einer Verhaltensweise zu lesen, wählen Sie sie unten in den Kennzahlen nach Beobachtergruppe.</translation>
        </message>
        <message>
            <source>Each row is a behavior; the columns are others and self. A figure is how often it was observed per 30 days; the bar shows it. To read a behavior's notes, select it in the figures by rater group below.</source>
            <translation>Jede Zeile ist eine Verhaltensweise; die Spalten sind andere und selbst. Eine Kennzahl gibt an, wie oft sie pro 30 Tage beobachtet wurde; der Balken zeigt sie. Um die Notizen zu einer Verhaltensweise zu lesen, wählen Sie sie unten in den Kennzahlen nach Beobachtergruppe.</translation>
        </message>
        <message numerus="yes">
            <source>“hidden” means that fewer than %n different people observed it.</source>
            <translation>
                <numerusform>„verborgen“ bedeutet, dass weniger als %n verschiedene Person sie beobachtet hat.</numerusform>
                <numerusform>„verborgen“ bedeutet, dass weniger als %n verschiedene Personen sie beobachtet haben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Profile details</source>
            <translation>Einzelheiten des Profils</translation>
        </message>
        <message>
            <source>As the person and their manager read them</source>
            <translation>Wie die Person und ihre Führungskraft sie lesen</translation>
        </message>
        <message>
            <source>Writes everyone's summaries as each person and their manager read them, whichever figures this view shows.</source>
            <translation>Schreibt die Zusammenfassungen aller so, wie jede Person und ihre Führungskraft sie lesen, gleich welche Zahlen diese Ansicht zeigt.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::RadarChart</name>
        <message>
            <source>Others</source>
            <translation>Andere</translation>
        </message>
        <message>
            <source>Self</source>
            <translation>Selbst</translation>
        </message>
        <message>
            <source>Team average</source>
            <translation>Teamdurchschnitt</translation>
        </message>
        <message>
            <source>(hidden)</source>
            <translation>(verborgen)</translation>
        </message>
        <message>
            <source>(not observed)</source>
            <translation>(nicht beobachtet)</translation>
        </message>
        <message>
            <source>Mean impact (1 = small, 5 = large)</source>
            <translation>Mittlere Wirkung (1 = gering, 5 = groß)</translation>
        </message>
        <message>
            <source>Observations per 30 days</source>
            <translation>Beobachtungen pro 30 Tage</translation>
        </message>
        <message>
            <source>Mean of the members' means (1–5)</source>
            <translation>Mittelwert der Mittelwerte aller Mitglieder (1–5)</translation>
        </message>
        <message>
            <source>Team mean</source>
            <translation>Teammittelwert</translation>
        </message>
        <message>
            <source>Team median</source>
            <translation>Teammedian</translation>
        </message>
    </context>
    <context>
        <name>peerradar::RadarFiguresModel</name>
        <message>
            <source>%1 (95%: %2–%3)</source>
            <translation>%1 (95 %: %2–%3)</translation>
        </message>
        <message>
            <source>Behavior</source>
            <translation>Verhaltensweise</translation>
        </message>
    </context>
    <context>
        <name>peerradar::RaterGroup</name>
        <message>
            <source>Self</source>
            <translation>Selbst</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Führungskraft</translation>
        </message>
        <message>
            <source>Direct reports</source>
            <translation>Mitarbeitende</translation>
        </message>
        <message>
            <source>Peers</source>
            <translation>Kollegen</translation>
        </message>
        <message>
            <source>Others in the organisation</source>
            <translation>Andere in der Organisation</translation>
        </message>
    </context>
    <context>
        <name>peerradar::ReaderChoice</name>
        <message>
            <source>Sho&amp;w figures:</source>
            <translation>Zahlen ze&amp;igen:</translation>
        </message>
        <message>
            <source>Show figures</source>
            <translation>Zahlen zeigen</translation>
        </message>
        <message>
            <source>As HR reads them (live)</source>
            <translation>Wie die Personalabteilung sie liest (aktuell)</translation>
        </message>
        <message>
            <source>What this view shows, exports and prints. Summaries you hand out should show the figures as their readers read them: HR's live figures can include what readers may not see.</source>
            <translation>Was diese Ansicht zeigt, exportiert und druckt. Zusammenfassungen, die Sie aushändigen, sollten die Zahlen so zeigen, wie ihre Leser sie lesen: Die aktuellen Zahlen der Personalabteilung können enthalten, was die Leser nicht sehen dürfen.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::ReportActions</name>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Export summary as PDF</source>
            <translation>Zusammenfassung als PDF exportieren</translation>
        </message>
        <message>
            <source>Export team summary as PDF</source>
            <translation>Teamzusammenfassung als PDF exportieren</translation>
        </message>
        <message>
            <source>Print summary for %1</source>
            <translation>Zusammenfassung für %1 drucken</translation>
        </message>
        <message>
            <source>Print summary for team %1</source>
            <translation>Zusammenfassung für Team %1 drucken</translation>
        </message>
        <message>
            <source>Folder for everyone's summaries</source>
            <translation>Ordner für die Zusammenfassungen aller Personen</translation>
        </message>
        <message>
            <source>Writing summaries…</source>
            <translation>Zusammenfassungen werden geschrieben…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Export all summaries</source>
            <translation>Alle Zusammenfassungen exportieren</translation>
        </message>
        <message>
            <source>Writing summaries… %1 of %2</source>
            <translation>Zusammenfassungen werden geschrieben… %1 von %2</translation>
        </message>
        <message>
            <source>%1 personal and %2 team summaries were written to %3. They show what each person and their manager may read, not HR's live figures.</source>
            <translation>%1 persönliche Zusammenfassungen und %2 Teamzusammenfassungen wurden nach %3 geschrieben. Sie zeigen, was jede Person und ihre Führungskraft lesen dürfen, nicht die aktuellen Zahlen der Personalabteilung.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::ReportBatch</name>
        <message>
            <source>No team</source>
            <translation>Kein Team</translation>
        </message>
        <message>
            <source>Writing the summaries was cancelled; the files written so far were removed.</source>
            <translation>Das Schreiben der Zusammenfassungen wurde abgebrochen; die bereits geschriebenen Dateien wurden entfernt.</translation>
        </message>
        <message>
            <source>The folder %1 could not be created: %2.</source>
            <translation>Der Ordner %1 konnte nicht angelegt werden: %2.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::ReportContent</name>
        <message>
            <source>%1 to %2</source>
            <translation>%1 bis %2</translation>
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation>Zyklus %1 (%2)</translation>
        </message>
        <message>
            <source>hidden</source>
            <translation>verborgen</translation>
        </message>
        <message>
            <source>pooled</source>
            <translation>zusammengefasst</translation>
        </message>
        <message>
            <source>No team</source>
            <translation>Kein Team</translation>
        </message>
        <message>
            <source>Confidential. Prepared on %1 for %2 and the people who support their development. Do not forward.</source>
            <translation>Vertraulich. Erstellt am %1 für %2 und die Personen, die die Entwicklung dieser Person begleiten. Nicht weiterleiten.</translation>
        </message>
        <message>
            <source>Behavior</source>
            <translation>Verhaltensweise</translation>
        </message>
        <message>
            <source>All others</source>
            <translation>Alle anderen</translation>
        </message>
        <message>
            <source>Self</source>
            <translation>Selbst</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Führungskraft</translation>
        </message>
        <message>
            <source>Peers</source>
            <translation>Kollegen</translation>
        </message>
        <message>
            <source>Direct reports</source>
            <translation>Mitarbeitende</translation>
        </message>
        <message>
            <source>Others in the organisation</source>
            <translation>Andere in der Organisation</translation>
        </message>
        <message>
            <source>Pooled groups</source>
            <translation>Zusammengefasste Gruppen</translation>
        </message>
        <message>
            <source>%1 (retired)</source>
            <translation>%1 (zurückgezogen)</translation>
        </message>
        <message numerus="yes">
            <source>%1: others saw an average impact of %2 from %n observers, among the highest in this profile.</source>
            <translation>
                <numerusform>%1: Andere sahen eine mittlere Wirkung von %2 (%n beobachtende Person), einer der höchsten Werte in diesem Profil.</numerusform>
                <numerusform>%1: Andere sahen eine mittlere Wirkung von %2 (%n Beobachtende), einer der höchsten Werte in diesem Profil.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: others saw an average impact of %2 from %n observers, the most room to grow.</source>
            <translation>
                <numerusform>%1: Andere sahen eine mittlere Wirkung von %2 (%n beobachtende Person), hier ist am meisten Raum für Entwicklung.</numerusform>
                <numerusform>%1: Andere sahen eine mittlere Wirkung von %2 (%n Beobachtende), hier ist am meisten Raum für Entwicklung.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: you rated yourself %2, others %3. The gap of %4 is larger than its uncertainty (±%5): others see less of this than you do.</source>
            <translation>%1: Sie haben sich mit %2 eingeschätzt, andere mit %3. Der Unterschied von %4 ist größer als seine Unsicherheit (±%5): Andere sehen davon weniger als Sie.</translation>
        </message>
        <message>
            <source>%1: others rated it %2, you %3. The gap of %4 is larger than its uncertainty (±%5): others see more of this than you do.</source>
            <translation>%1: Andere haben es mit %2 eingeschätzt, Sie mit %3. Der Unterschied von %4 ist größer als seine Unsicherheit (±%5): Andere sehen davon mehr als Sie.</translation>
        </message>
        <message>
            <source>Trend: %1 compared with %2</source>
            <translation>Trend: %1 im Vergleich zu %2</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Veränderung</translation>
        </message>
        <message numerus="yes">
            <source>What observers wrote, word for word, without their names. Only groups with at least %n different observers are quoted.</source>
            <translation>
                <numerusform>Was Beobachtende geschrieben haben, wörtlich und ohne Namen. Zitiert werden nur Gruppen mit mindestens %n beobachtenden Person.</numerusform>
                <numerusform>Was Beobachtende geschrieben haben, wörtlich und ohne Namen. Zitiert werden nur Gruppen mit mindestens %n verschiedenen Beobachtenden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Situation: %1</source>
            <translation>Situation: %1</translation>
        </message>
        <message>
            <source>What they did: %1</source>
            <translation>Was die Person tat: %1</translation>
        </message>
        <message>
            <source>Impact: %1</source>
            <translation>Wirkung: %1</translation>
        </message>
        <message>
            <source>No manager set</source>
            <translation>Keine Führungskraft festgelegt</translation>
        </message>
        <message>
            <source>Manager: %1</source>
            <translation>Führungskraft: %1</translation>
        </message>
        <message>
            <source>Confidential. Prepared on %1 for the team's manager and HR. Do not forward.</source>
            <translation>Vertraulich. Erstellt am %1 für die Führungskraft des Teams und die Personalabteilung. Nicht weiterleiten.</translation>
        </message>
        <message>
            <source>Mean of members</source>
            <translation>Mittelwert der Mitglieder</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>Members counted</source>
            <translation>Gezählte Mitglieder</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message numerus="yes">
            <source>%1 leads without the title: %n observations by peers in this period.</source>
            <translation>
                <numerusform>%1 führt ohne Titel: %n Beobachtung durch Kollegen in diesem Zeitraum.</numerusform>
                <numerusform>%1 führt ohne Titel: %n Beobachtungen durch Kollegen in diesem Zeitraum.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody without direct reports stands out in peers' observations in this period.</source>
            <translation>In diesem Zeitraum fällt in den Beobachtungen der Kollegen niemand ohne Mitarbeitende auf.</translation>
        </message>
        <message>
            <source>Everyone in the team was observed by someone else in this period.</source>
            <translation>Alle im Team wurden in diesem Zeitraum von jemand anderem beobachtet.</translation>
        </message>
        <message>
            <source>Never observed by anyone else in this period: %1.</source>
            <translation>In diesem Zeitraum von niemand anderem beobachtet: %1.</translation>
        </message>
        <message>
            <source>Observations received</source>
            <translation>Erhaltene Beobachtungen</translation>
        </message>
        <message>
            <source>Observers</source>
            <translation>Beobachtende</translation>
        </message>
        <message>
            <source>Observations given</source>
            <translation>Abgegebene Beobachtungen</translation>
        </message>
        <message>
            <source>all others</source>
            <translation>alle anderen</translation>
        </message>
        <message numerus="yes">
            <source>Overall, over %n behaviors: %1. Your own view averages %2, others' %3; the gap of %4 is compared with its uncertainty (±%5).</source>
            <translation>
                <numerusform>Insgesamt, über %n Verhaltensweise: %1. Ihre eigene Sicht liegt im Mittel bei %2, die Sicht anderer bei %3; der Abstand von %4 wird mit seiner Unsicherheit (±%5) verglichen.</numerusform>
                <numerusform>Insgesamt, über %n Verhaltensweisen: %1. Ihre eigene Sicht liegt im Mittel bei %2, die Sicht anderer bei %3; der Abstand von %4 wird mit seiner Unsicherheit (±%5) verglichen.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 (you %3, others %4, uncertainty ±%5).</source>
            <translation>%1: %2 (Sie %3, andere %4, Unsicherheit ±%5).</translation>
        </message>
        <message>
            <source>%1, %2: observers disagree (agreement %3 on a scale from 0 to 1); the mean hides very different views.</source>
            <translation>%1, %2: Die Beobachtenden sind uneins (Übereinstimmung %3 auf einer Skala von 0 bis 1); der Mittelwert verdeckt sehr unterschiedliche Sichtweisen.</translation>
        </message>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message numerus="yes">
            <source>%n observers</source>
            <translation>
                <numerusform>%n beobachtende Person</numerusform>
                <numerusform>%n Beobachtende</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n observations</source>
            <translation>
                <numerusform>%n Beobachtung</numerusform>
                <numerusform>%n Beobachtungen</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2–%3)</source>
            <translation>%1 (%2–%3)</translation>
        </message>
        <message>
            <source>indicative</source>
            <translation>orientierend</translation>
        </message>
        <message>
            <source>observers disagree</source>
            <translation>Beobachtende uneins</translation>
        </message>
        <message>
            <source>over-estimator</source>
            <translation>Selbstüberschätzung</translation>
        </message>
        <message>
            <source>under-estimator</source>
            <translation>Selbstunterschätzung</translation>
        </message>
        <message>
            <source>in agreement (high)</source>
            <translation>übereinstimmend (hoch)</translation>
        </message>
        <message>
            <source>in agreement (low)</source>
            <translation>übereinstimmend (niedrig)</translation>
        </message>
        <message numerus="yes">
            <source>The radar shows, for each behavior, how strong an impact others saw (1 = small, 5 = large), your own view, and your team's average. Each observer counts once, however often they logged: their observations are averaged first. Whiskers show the 95% interval, which stays within the scale: the fewer the observers, the wider it is. To protect the people who gave feedback, a group with fewer than %n different observers is never shown, and neither is any figure it could be worked out from.</source>
            <translation>
                <numerusform>Das Radar zeigt für jede Verhaltensweise, wie stark andere die Wirkung gesehen haben (1 = gering, 5 = groß), Ihre eigene Sicht und den Durchschnitt Ihres Teams. Jede beobachtende Person zählt einmal, wie oft sie auch festgehalten hat: Ihre Beobachtungen werden zuerst gemittelt. Die Fehlerbalken zeigen das 95-%-Intervall, das innerhalb der Skala bleibt: Je weniger Beobachtende, desto breiter ist es. Zum Schutz der Personen, die Feedback gegeben haben, wird eine Gruppe mit weniger als %n verschiedenen beobachtenden Person nie gezeigt, ebenso wenig jeder Wert, aus dem sie sich errechnen ließe.</numerusform>
                <numerusform>Das Radar zeigt für jede Verhaltensweise, wie stark andere die Wirkung gesehen haben (1 = gering, 5 = groß), Ihre eigene Sicht und den Durchschnitt Ihres Teams. Jede beobachtende Person zählt einmal, wie oft sie auch festgehalten hat: Ihre Beobachtungen werden zuerst gemittelt. Die Fehlerbalken zeigen das 95-%-Intervall, das innerhalb der Skala bleibt: Je weniger Beobachtende, desto breiter ist es. Zum Schutz der Personen, die Feedback gegeben haben, wird eine Gruppe mit weniger als %n verschiedenen Beobachtenden nie gezeigt, ebenso wenig jeder Wert, aus dem sie sich errechnen ließe.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mean of the observers' views (each observer's observations averaged first) with its 95% interval in brackets, then how many different people observed and how many observations they logged. A single observer's figure is that person's view: it has no interval. "indicative": fewer observers than a reliable figure needs (3 for a manager, 4 for peers, 6 for direct reports). "observers disagree": their views are spread so widely that the mean hides more than it tells. "hidden": fewer than %n different observers, or a figure that would reveal such a group.</source>
            <translation>
                <numerusform>Mittelwert der Sichtweisen der Beobachtenden (die Beobachtungen jeder Person werden zuerst gemittelt) mit seinem 95-%-Intervall in Klammern, dann wie viele verschiedene Personen beobachtet und wie viele Beobachtungen sie festgehalten haben. Der Wert einer einzelnen beobachtenden Person ist deren Sicht: Er hat kein Intervall. „orientierend“: weniger Beobachtende, als ein verlässlicher Wert braucht (3 bei einer Führungskraft, 4 bei Kollegen, 6 bei direkt Unterstellten). „Beobachtende uneins“: Ihre Sichtweisen liegen so weit auseinander, dass der Mittelwert mehr verdeckt als zeigt. „verborgen“: weniger als %n verschiedene beobachtende Person oder ein Wert, der eine solche Gruppe verraten würde.</numerusform>
                <numerusform>Mittelwert der Sichtweisen der Beobachtenden (die Beobachtungen jeder Person werden zuerst gemittelt) mit seinem 95-%-Intervall in Klammern, dann wie viele verschiedene Personen beobachtet und wie viele Beobachtungen sie festgehalten haben. Der Wert einer einzelnen beobachtenden Person ist deren Sicht: Er hat kein Intervall. „orientierend“: weniger Beobachtende, als ein verlässlicher Wert braucht (3 bei einer Führungskraft, 4 bei Kollegen, 6 bei direkt Unterstellten). „Beobachtende uneins“: Ihre Sichtweisen liegen so weit auseinander, dass der Mittelwert mehr verdeckt als zeigt. „verborgen“: weniger als %n verschiedene Beobachtende oder ein Wert, der eine solche Gruppe verraten würde.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (changed; uncertainty ±%2)</source>
            <translation>%1 (verändert; Unsicherheit ±%2)</translation>
        </message>
        <message>
            <source>%1 (within the uncertainty ±%2)</source>
            <translation>%1 (innerhalb der Unsicherheit ±%2)</translation>
        </message>
        <message>
            <source>corrected for leniency %1</source>
            <translation>um Milde bereinigt %1</translation>
        </message>
        <message numerus="yes">
            <source>"corrected for leniency": the same mean with each observer's habit of rating high or low removed (how far their ratings of this behavior for other people sit from the organisation's mean, counted in part when they rated few). Given beside the figure, for groups of at least %n observers other than self; interval, findings and gaps use the figure itself.</source>
            <translation>
                <numerusform>„um Milde bereinigt“: derselbe Mittelwert ohne die Gewohnheit der einzelnen Beobachtenden, hoch oder niedrig zu bewerten (wie weit ihre Bewertungen dieser Verhaltensweise für andere Personen vom Mittelwert der Organisation abweichen, nur zum Teil gezählt, wenn sie wenig bewertet haben). Neben dem Wert angegeben, für Gruppen mit mindestens %n beobachtenden Person außer der Person selbst; Intervall, Erkenntnisse und Abstände beruhen auf dem Wert selbst.</numerusform>
                <numerusform>„um Milde bereinigt“: derselbe Mittelwert ohne die Gewohnheit der einzelnen Beobachtenden, hoch oder niedrig zu bewerten (wie weit ihre Bewertungen dieser Verhaltensweise für andere Personen vom Mittelwert der Organisation abweichen, nur zum Teil gezählt, wenn sie wenig bewertet haben). Neben dem Wert angegeben, für Gruppen mit mindestens %n Beobachtenden außer der Person selbst; Intervall, Erkenntnisse und Abstände beruhen auf dem Wert selbst.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mean corrected for leniency</source>
            <translation>Mittelwert um Milde bereinigt</translation>
        </message>
        <message>
            <source>Figures as HR released them on %1 (release %2): later changes do not alter them.</source>
            <translation>Zahlen, wie die Personalabteilung sie am %1 freigegeben hat (Freigabe %2): Spätere Änderungen ändern sie nicht.</translation>
        </message>
        <message numerus="yes">
            <source>Changed since release: %n observation(s) added</source>
            <translation>
                <numerusform>Seit der Freigabe geändert: %n Beobachtung hinzugekommen</numerusform>
                <numerusform>Seit der Freigabe geändert: %n Beobachtungen hinzugekommen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n edited</source>
            <translation>
                <numerusform>, %n bearbeitet</numerusform>
                <numerusform>, %n bearbeitet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n removed</source>
            <translation>
                <numerusform>, %n entfernt</numerusform>
                <numerusform>, %n entfernt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n person(s) moved</source>
            <translation>
                <numerusform>, %n Person gewechselt</numerusform>
                <numerusform>, %n Personen gewechselt</numerusform>
            </translation>
        </message>
        <message>
            <source>, the cycle's dates moved</source>
            <translation>, der Zeitraum des Zyklus verschoben</translation>
        </message>
        <message>
            <source>Nothing changed since.</source>
            <translation>Seitdem hat sich nichts geändert.</translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation>Zyklus %1</translation>
        </message>
        <message>
            <source>360-degree feedback</source>
            <translation>360-Grad-Feedback</translation>
        </message>
        <message>
            <source>peer influence</source>
            <translation>Einfluss unter Kollegen</translation>
        </message>
        <message>
            <source>confidential</source>
            <translation>vertraulich</translation>
        </message>
        <message>
            <source>Peer-influence feedback summary for %1, %2</source>
            <translation>Feedback-Zusammenfassung zum Einfluss unter Kollegen für %1, %2</translation>
        </message>
        <message>
            <source>Confidential · %1 · %2</source>
            <translation>Vertraulich · %1 · %2</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more notes, not printed here.</source>
            <translation>
                <numerusform>… und %n weitere Notiz, hier nicht abgedruckt.</numerusform>
                <numerusform>… und %n weitere Notizen, hier nicht abgedruckt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>For each behavior the %n newest notes are quoted; the others are counted.</source>
            <translation>
                <numerusform>Je Verhaltensweise wird die neueste Notiz zitiert; die übrigen werden gezählt.</numerusform>
                <numerusform>Je Verhaltensweise werden die %n neuesten Notizen zitiert; die übrigen werden gezählt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Peer-influence team summary for %1, %2</source>
            <translation>Team-Zusammenfassung zum Einfluss unter Kollegen für %1, %2</translation>
        </message>
        <message>
            <source>Confidential · Team %1 · %2</source>
            <translation>Vertraulich · Team %1 · %2</translation>
        </message>
        <message>
            <source>HR's copy: live figures, not for handing out.</source>
            <translation>Exemplar der Personalabteilung: aktuelle Zahlen, nicht zum Aushändigen.</translation>
        </message>
        <message>
            <source>Over the whole history, anyone but HR sees no figures of peers, direct reports or others in the organisation.</source>
            <translation>Über den gesamten Zeitraum sieht außer der Personalabteilung niemand Zahlen von Kollegen, direkt unterstellten Personen oder anderen in der Organisation.</translation>
        </message>
        <message>
            <source>The cycle "%1" is not released: anyone but HR sees no figures of peers, direct reports or others in the organisation yet.</source>
            <translation>Der Zyklus „%1“ ist nicht freigegeben: Außer der Personalabteilung sieht noch niemand Zahlen von Kollegen, direkt unterstellten Personen oder anderen in der Organisation.</translation>
        </message>
        <message>
            <source>Released on %1 (release %2); readers see the figures of then.</source>
            <translation>Freigegeben am %1 (Freigabe %2); die Leser sehen die Zahlen von damals.</translation>
        </message>
        <message>
            <source>The team's figures come from peers, direct reports and others in the organisation: they appear when HR releases the cycle "%1".</source>
            <translation>Die Zahlen des Teams stammen von Kollegen, direkt unterstellten Personen und anderen in der Organisation: Sie erscheinen, wenn die Personalabteilung den Zyklus „%1“ freigibt.</translation>
        </message>
        <message>
            <source>The team's figures come from peers, direct reports and others in the organisation: they are shown for a cycle once HR has released it. Choose a released cycle.</source>
            <translation>Die Zahlen des Teams stammen von Kollegen, direkt unterstellten Personen und anderen in der Organisation: Sie werden für einen Zyklus gezeigt, sobald die Personalabteilung ihn freigegeben hat. Wählen Sie einen freigegebenen Zyklus.</translation>
        </message>
        <message>
            <source>Only the self-rating and the manager's view are shown. The figures of peers, direct reports and others in the organisation appear when HR releases the cycle "%1".</source>
            <translation>Gezeigt werden nur die Selbsteinschätzung und die Sicht der Führungskraft. Die Zahlen von Kollegen, direkt unterstellten Personen und anderen in der Organisation erscheinen, wenn die Personalabteilung den Zyklus „%1“ freigibt.</translation>
        </message>
        <message>
            <source>Only the self-rating and the manager's view are shown. The figures of peers, direct reports and others in the organisation are shown for a cycle once HR has released it: choose a released cycle.</source>
            <translation>Gezeigt werden nur die Selbsteinschätzung und die Sicht der Führungskraft. Die Zahlen von Kollegen, direkt unterstellten Personen und anderen in der Organisation werden für einen Zyklus gezeigt, sobald die Personalabteilung ihn freigegeben hat: Wählen Sie einen freigegebenen Zyklus.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::ReportPainter</name>
        <message>
            <source>%1 · page %2 of %3</source>
            <translation>%1 · Seite %2 von %3</translation>
        </message>
    </context>
    <context>
        <name>peerradar::Role</name>
        <message>
            <source>Team member</source>
            <translation>Teammitglied</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Führungskraft</translation>
        </message>
        <message>
            <source>HR</source>
            <translation>Personalabteilung</translation>
        </message>
    </context>
    <context>
        <name>peerradar::Rules</name>
        <message>
            <source>Enter the person's name.</source>
            <translation>Geben Sie den Namen der Person ein.</translation>
        </message>
        <message>
            <source>The name is too long: use at most %1 characters.</source>
            <translation>Der Name ist zu lang: Verwenden Sie höchstens %1 Zeichen.</translation>
        </message>
        <message>
            <source>The name contains control characters; type it again without them.</source>
            <translation>Der Name enthält Steuerzeichen; geben Sie ihn ohne diese erneut ein.</translation>
        </message>
        <message>
            <source>"%1" is not an email address; write it as name@example.com.</source>
            <translation>„%1“ ist keine E-Mail-Adresse; schreiben Sie sie in der Form name@example.com.</translation>
        </message>
        <message>
            <source>A person cannot be their own manager.</source>
            <translation>Eine Person kann nicht ihre eigene Führungskraft sein.</translation>
        </message>
        <message>
            <source>Enter the team's name.</source>
            <translation>Geben Sie den Namen des Teams ein.</translation>
        </message>
        <message>
            <source>The team name is too long: use at most %1 characters.</source>
            <translation>Der Teamname ist zu lang: Verwenden Sie höchstens %1 Zeichen.</translation>
        </message>
        <message>
            <source>The team name contains control characters; type it again without them.</source>
            <translation>Der Teamname enthält Steuerzeichen; geben Sie ihn ohne diese erneut ein.</translation>
        </message>
        <message>
            <source>The key "%1" is not usable: start with a lowercase letter and use only lowercase letters, digits and underscores (at most 40).</source>
            <translation>Der Schlüssel „%1“ ist nicht verwendbar: Beginnen Sie mit einem Kleinbuchstaben und verwenden Sie nur Kleinbuchstaben, Ziffern und Unterstriche (höchstens 40 Zeichen).</translation>
        </message>
        <message>
            <source>Enter a short name for the behavior "%1".</source>
            <translation>Geben Sie einen kurzen Namen für die Verhaltensweise „%1“ ein.</translation>
        </message>
        <message>
            <source>The behavior's name is too long: use at most %1 characters.</source>
            <translation>Der Name der Verhaltensweise ist zu lang: Verwenden Sie höchstens %1 Zeichen.</translation>
        </message>
        <message>
            <source>The behavior's description is too long: use at most %1 characters.</source>
            <translation>Die Beschreibung der Verhaltensweise ist zu lang: Verwenden Sie höchstens %1 Zeichen.</translation>
        </message>
        <message>
            <source>Enter a name for the cycle, for example "2026 H1".</source>
            <translation>Geben Sie einen Namen für den Zyklus ein, zum Beispiel „2026 H1“.</translation>
        </message>
        <message>
            <source>The cycle's name is too long: use at most %1 characters.</source>
            <translation>Der Name des Zyklus ist zu lang: Verwenden Sie höchstens %1 Zeichen.</translation>
        </message>
        <message>
            <source>Give the cycle a start date and an end date.</source>
            <translation>Geben Sie für den Zyklus ein Anfangs- und ein Enddatum an.</translation>
        </message>
        <message>
            <source>The cycle ends before it starts: choose an end date on or after %1.</source>
            <translation>Der Zyklus endet, bevor er beginnt: Wählen Sie als Enddatum den %1 oder einen späteren Tag.</translation>
        </message>
        <message>
            <source>The anonymity threshold must be between 2 and 50 observers.</source>
            <translation>Die Anonymitätsschwelle muss zwischen 2 und 50 Beobachtenden liegen.</translation>
        </message>
        <message>
            <source>The anonymity threshold for notes must be between 2 and 50 observers.</source>
            <translation>Die Anonymitätsschwelle für Notizen muss zwischen 2 und 50 Beobachtenden liegen.</translation>
        </message>
        <message>
            <source>The impact must be a whole number from %1 (small) to %2 (large); %3 is not.</source>
            <translation>Die Wirkung muss eine ganze Zahl von %1 (gering) bis %2 (groß) sein; %3 ist das nicht.</translation>
        </message>
        <message>
            <source>Give the date on which you saw it happen.</source>
            <translation>Geben Sie das Datum an, an dem Sie es beobachtet haben.</translation>
        </message>
        <message>
            <source>The date %1 is in the future: choose the day you saw it happen.</source>
            <translation>Das Datum %1 liegt in der Zukunft: Wählen Sie den Tag, an dem Sie es beobachtet haben.</translation>
        </message>
        <message>
            <source>The date %1 is too far in the past.</source>
            <translation>Das Datum %1 liegt zu weit in der Vergangenheit.</translation>
        </message>
        <message>
            <source>A note field is too long: keep each of situation, action and result under %1 characters.</source>
            <translation>Ein Notizfeld ist zu lang: Situation, Handlung und Ergebnis dürfen jeweils höchstens %1 Zeichen lang sein.</translation>
        </message>
        <message>
            <source>The cycle overlaps the cycle "%1" (%2 to %3). Cycles may not share a day: profiles over overlapping periods could be compared to find out who said what. Choose dates outside that cycle.</source>
            <translation>Der Zyklus überschneidet sich mit dem Zyklus „%1“ (%2 bis %3). Zyklen dürfen keinen Tag gemeinsam haben: Profile über sich überschneidende Zeiträume ließen sich vergleichen, um herauszufinden, wer was gesagt hat. Wählen Sie Daten außerhalb dieses Zyklus.</translation>
        </message>
        <message>
            <source>The cycle's dates share days with what was released of the cycle "%1" (%2 to %3). Two released periods that share days could be compared to find out who said what. Change the cycle's dates first.</source>
            <translation>Der Zeitraum des Zyklus überschneidet sich mit dem, was vom Zyklus „%1“ freigegeben wurde (%2 bis %3). Zwei freigegebene Zeiträume mit gemeinsamen Tagen ließen sich vergleichen, um herauszufinden, wer was gesagt hat. Ändern Sie zuerst den Zeitraum des Zyklus.</translation>
        </message>
        <message>
            <source>The cycle "%1" was released on %2, so it is kept: people may have read its figures, and a later release is compared with this one. You can still rename it.</source>
            <translation>Der Zyklus „%1“ wurde am %2 freigegeben und bleibt deshalb erhalten: Andere haben seine Zahlen womöglich schon gelesen, und eine spätere Freigabe wird mit dieser verglichen. Umbenennen können Sie ihn weiterhin.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::ServerSetup</name>
        <message>
            <source>%1 is not a server address; a file needs no set-up.</source>
            <translation>%1 ist keine Serveradresse; eine Datei muss nicht eingerichtet werden.</translation>
        </message>
        <message>
            <source>Accounts exist only on a server; a file is protected by who may read it.</source>
            <translation>Konten gibt es nur auf einem Server; eine Datei ist dadurch geschützt, wer sie lesen darf.</translation>
        </message>
        <message>
            <source>Choose a password of at least 8 characters.</source>
            <translation>Wählen Sie ein Passwort mit mindestens 8 Zeichen.</translation>
        </message>
        <message>
            <source>%1 has left the organisation and cannot get an account.</source>
            <translation>%1 ist aus der Organisation ausgeschieden und kann kein Konto bekommen.</translation>
        </message>
        <message>
            <source>The login name %1 is longer than the server allows (63 characters): choose a shorter one with --login.</source>
            <translation>Der Anmeldename %1 ist länger, als der Server erlaubt (63 Zeichen): Wählen Sie mit --login einen kürzeren.</translation>
        </message>
        <message>
            <source>This copy of PeerRadar is incomplete: the server's access rules are missing from it. Install PeerRadar again.</source>
            <translation>Diese Installation von PeerRadar ist unvollständig: Ihr fehlen die Zugriffsregeln für den Server. Installieren Sie PeerRadar erneut.</translation>
        </message>
        <message>
            <source>The access rules could not be set up in %1, so nothing was created: %2 The account that runs server-init needs the right to create roles (CREATEROLE): ask the server's administrator.</source>
            <translation>Die Zugriffsregeln konnten in %1 nicht eingerichtet werden, daher wurde nichts angelegt: %2 Das Konto, das server-init ausführt, braucht das Recht, Rollen anzulegen (CREATEROLE): Wenden Sie sich an die Administration des Servers.</translation>
        </message>
        <message>
            <source>The server already has a login named %1, and it is not %2's PeerRadar account. PeerRadar never changes another login's password: choose another name with --login.</source>
            <translation>Der Server hat bereits eine Anmeldung namens %1, und sie ist nicht das PeerRadar-Konto von %2. PeerRadar ändert nie das Passwort einer fremden Anmeldung: Wählen Sie mit --login einen anderen Namen.</translation>
        </message>
        <message>
            <source>%1 already has the login %2. To give it a new password, run the command again with --login %2.</source>
            <translation>%1 hat bereits die Anmeldung %2. Um ihr ein neues Passwort zu geben, führen Sie den Befehl erneut mit --login %2 aus.</translation>
        </message>
        <message>
            <source>%1 is a file: only a server has access rules to upgrade.</source>
            <translation>%1 ist eine Datei: Zugriffsregeln, die aktualisiert werden können, hat nur ein Server.</translation>
        </message>
        <message>
            <source>%1 has no access rules to upgrade: it was not set up with peerradar-cli server-init.</source>
            <translation>%1 hat keine Zugriffsregeln, die aktualisiert werden könnten: Die Datenbank wurde nicht mit peerradar-cli server-init eingerichtet.</translation>
        </message>
        <message>
            <source>Only the owner of the database %1 (who ran server-init) can upgrade its access rules.</source>
            <translation>Nur der Eigentümer der Datenbank %1 (wer server-init ausgeführt hat) kann ihre Zugriffsregeln aktualisieren.</translation>
        </message>
        <message>
            <source>The access rules of %1 are newer than this PeerRadar's (version %2; this program knows up to version %3). Install the newer PeerRadar.</source>
            <translation>Die Zugriffsregeln von %1 sind neuer als die dieses PeerRadar (Version %2; dieses Programm kennt sie bis Version %3). Installieren Sie das neuere PeerRadar.</translation>
        </message>
        <message>
            <source>The access rules of %1 could not be upgraded, so nothing was changed: %2</source>
            <translation>Die Zugriffsregeln von %1 konnten nicht aktualisiert werden, daher wurde nichts geändert: %2</translation>
        </message>
        <message>
            <source>The database %1 follows newer access rules than this PeerRadar knows (version %2; this program knows up to version %3). Install the newer PeerRadar to use it.</source>
            <translation>Die Datenbank %1 folgt neueren Zugriffsregeln, als dieses PeerRadar kennt (Version %2; dieses Programm kennt sie bis Version %3). Installieren Sie das neuere PeerRadar, um sie zu verwenden.</translation>
        </message>
        <message>
            <source>The database %1 still follows older access rules (version %2), which do not keep profiles anonymous against a determined colleague. PeerRadar does not work with it until the database's owner runs: peerradar-cli server-init --upgrade %1</source>
            <translation>Die Datenbank %1 folgt noch älteren Zugriffsregeln (Version %2), die Profile nicht gegen entschlossene Kolleginnen und Kollegen anonym halten. PeerRadar arbeitet erst mit ihr, wenn der Eigentümer der Datenbank Folgendes ausführt: peerradar-cli server-init --upgrade %1</translation>
        </message>
    </context>
    <context>
        <name>peerradar::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>As the system (%1)</source>
            <translation>Wie das System (%1)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US-Letter</translation>
        </message>
        <message>
            <source>&amp;Paper for summaries:</source>
            <translation>&amp;Papierformat für Zusammenfassungen:</translation>
        </message>
        <message>
            <source>Takes effect when PeerRadar starts again.</source>
            <translation>Gilt ab dem nächsten Start von PeerRadar.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::Stewardship</name>
        <message>
            <source>Only HR can do this: ask your HR contact.</source>
            <translation>Das kann nur die Personalabteilung: Wenden Sie sich an Ihre Ansprechperson in der Personalabteilung.</translation>
        </message>
        <message>
            <source>You cannot remove yourself; ask another HR person.</source>
            <translation>Sie können sich nicht selbst entfernen; bitten Sie eine andere Person aus der Personalabteilung.</translation>
        </message>
        <message>
            <source>This person has already been removed.</source>
            <translation>Diese Person wurde bereits entfernt.</translation>
        </message>
        <message>
            <source>Former colleague</source>
            <translation>Ausgeschiedene Person</translation>
        </message>
    </context>
    <context>
        <name>peerradar::TeamProfileService</name>
        <message>
            <source>On a server, team profiles are shown to HR only for now. Ask HR for your team's summary.</source>
            <translation>Auf einem Server sind Teamprofile vorerst nur für HR sichtbar. Bitten Sie HR um die Zusammenfassung Ihres Teams.</translation>
        </message>
    </context>
    <context>
        <name>peerradar::TeamView</name>
        <message>
            <source>Te&amp;am:</source>
            <translation>Tea&amp;m:</translation>
        </message>
        <message>
            <source>C&amp;ycle:</source>
            <translation>Z&amp;yklus:</translation>
        </message>
        <message>
            <source>Show as ta&amp;ble</source>
            <translation>Als Tabe&amp;lle anzeigen</translation>
        </message>
        <message>
            <source>E&amp;xport PDF…</source>
            <translation>PDF e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Pr&amp;int…</source>
            <translation>Dr&amp;ucken…</translation>
        </message>
        <message>
            <source>Team radar chart</source>
            <translation>Team-Radardiagramm</translation>
        </message>
        <message>
            <source>Team radar figures as a table</source>
            <translation>Team-Radar-Kennzahlen als Tabelle</translation>
        </message>
        <message>
            <source>Show as ra&amp;dar</source>
            <translation>Als R&amp;adar anzeigen</translation>
        </message>
        <message>
            <source>Heatmap: members by behavior</source>
            <translation>Heatmap: Mitglieder nach Verhaltensweise</translation>
        </message>
        <message>
            <source>Heatmap</source>
            <translation>Heatmap</translation>
        </message>
        <message>
            <source>Informal leaders</source>
            <translation>Informelle Führungspersonen</translation>
        </message>
        <message>
            <source>An arrow points from the person seen influencing to the one who saw it; thicker means more often. Informal leaders are drawn in orange.</source>
            <translation>Ein Pfeil zeigt von der Person, die beim Beeinflussen beobachtet wurde, zu der Person, die es beobachtet hat; dicker bedeutet häufiger. Informelle Führungspersonen sind orange gezeichnet.</translation>
        </message>
        <message>
            <source>Influence network</source>
            <translation>Einflussnetz</translation>
        </message>
        <message>
            <source>Coverage</source>
            <translation>Abdeckung</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <source>Coverage and members</source>
            <translation>Abdeckung und Mitglieder</translation>
        </message>
        <message>
            <source>You manage no team yet. HR can make you the manager of a team.</source>
            <translation>Sie führen noch kein Team. Die Personalabteilung kann Sie als Führungskraft eines Teams eintragen.</translation>
        </message>
        <message>
            <source>The team summary was exported.</source>
            <translation>Die Teamzusammenfassung wurde exportiert.</translation>
        </message>
        <message>
            <source>Each spoke is a behavior: the solid line is the mean of the members' own means as others saw them (everyone weighs the same, self-ratings left out; within a member's mean each observer counts once), the dashed line the median. Members whose figure is hidden are left out.</source>
            <translation>Jede Achse ist eine Verhaltensweise: Die durchgezogene Linie ist der Mittelwert der eigenen Mittelwerte der Mitglieder, wie andere sie gesehen haben (alle zählen gleich, Selbsteinschätzungen bleiben außen vor; im Mittelwert eines Mitglieds zählt jede beobachtende Person einmal), die gestrichelte Linie der Median. Mitglieder, deren Wert verborgen ist, bleiben außen vor.</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>Team details</source>
            <translation>Einzelheiten des Teams</translation>
        </message>
        <message>
            <source>Each row is a behavior. "Team mean" is the mean of the members' own means as others saw them (everyone weighs the same, self-ratings left out; within a member's mean each observer counts once), "Team median" their median; the bar shows the figure on the scale 1–5. Members whose figure is hidden are left out; "–": no member's figure is shown.</source>
            <translation>Jede Zeile ist eine Verhaltensweise. „Teammittelwert“ ist der Mittelwert der eigenen Mittelwerte der Mitglieder, wie andere sie gesehen haben (alle zählen gleich, Selbsteinschätzungen bleiben außen vor; im Mittelwert eines Mitglieds zählt jede beobachtende Person einmal), „Teammedian“ ihr Median; der Balken zeigt den Wert auf der Skala 1–5. Mitglieder, deren Wert verborgen ist, bleiben außen vor; „–“: kein Wert eines Mitglieds wird gezeigt.</translation>
        </message>
        <message>
            <source>The table (Show as table) also gives the team mean corrected for leniency: the mean of the members' means with each observer's habit of rating high or low removed.</source>
            <translation>Die Tabelle (Als Tabelle zeigen) gibt auch den um Milde bereinigten Teammittelwert an: den Mittelwert der Mittelwerte der Mitglieder ohne die Gewohnheit der einzelnen Beobachtenden, hoch oder niedrig zu bewerten.</translation>
        </message>
        <message>
            <source>Corrected for leniency</source>
            <translation>Um Milde bereinigt</translation>
        </message>
        <message>
            <source>"Corrected for leniency": the team mean with each observer's habit of rating high or low removed.</source>
            <translation>„Um Milde bereinigt“: der Teammittelwert ohne die Gewohnheit der einzelnen Beobachtenden, hoch oder niedrig zu bewerten.</translation>
        </message>
        <message>
            <source>As the team's manager reads them</source>
            <translation>Wie die Führungskraft des Teams sie liest</translation>
        </message>
    </context>
    <context>
        <name>peerradar::TeamsEditor</name>
        <message>
            <source>Teams</source>
            <translation>Teams</translation>
        </message>
        <message>
            <source>&amp;Manager:</source>
            <translation>&amp;Führungskraft:</translation>
        </message>
        <message>
            <source>&amp;New team</source>
            <translation>Ne&amp;ues Team</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>&amp;Delete team</source>
            <translation>Team &amp;löschen</translation>
        </message>
        <message>
            <source>Pick the manager from the list, or leave the field empty.</source>
            <translation>Wählen Sie die Führungskraft aus der Liste oder lassen Sie das Feld leer.</translation>
        </message>
        <message>
            <source>Team %1 saved.</source>
            <translation>Team %1 gespeichert.</translation>
        </message>
        <message>
            <source>Team %1 deleted; its members are now in no team.</source>
            <translation>Team %1 gelöscht; seine Mitglieder sind jetzt in keinem Team.</translation>
        </message>
        <message>
            <source>N&amp;ame:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Add team %1</source>
            <translation>Team %1 anlegen</translation>
        </message>
        <message>
            <source>Edit team %1</source>
            <translation>Team %1 ändern</translation>
        </message>
        <message>
            <source>Delete team %1</source>
            <translation>Team %1 löschen</translation>
        </message>
    </context>
    <context>
        <name>peerradar::WelcomePage</name>
        <message>
            <source>Welcome to PeerRadar</source>
            <translation>Willkommen bei PeerRadar</translation>
        </message>
        <message>
            <source>Leadership is behavior, not position. PeerRadar lets team members note the leadership they see in each other, and shows it person by person and team by team. Everything stays in one file on this computer.</source>
            <translation>Führung ist Verhalten, keine Position. Mit PeerRadar halten Teammitglieder fest, welche Führung sie beieinander erleben, und PeerRadar zeigt sie Person für Person und Team für Team. Alles bleibt in einer Datei auf diesem Computer.</translation>
        </message>
        <message>
            <source>&amp;Create a new team file…</source>
            <translation>Neue Teamdatei &amp;anlegen…</translation>
        </message>
        <message>
            <source>&amp;Open a file…</source>
            <translation>Datei ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Try the &amp;demo organisation</source>
            <translation>Demo-Organisation aus&amp;probieren</translation>
        </message>
        <message>
            <source>&amp;Recent files:</source>
            <translation>&amp;Zuletzt geöffnet:</translation>
        </message>
        <message>
            <source>Recent files</source>
            <translation>Zuletzt geöffnete Dateien</translation>
        </message>
    </context>
    <context>
        <name>peerradar::WidgetDialogProvider</name>
        <message>
            <source>PeerRadar</source>
            <translation>PeerRadar</translation>
        </message>
    </context>
    <context>
        <name>peerradar::Workspace</name>
        <message>
            <source>&amp;Log observation</source>
            <translation>Beobachtung &amp;erfassen</translation>
        </message>
        <message>
            <source>&amp;Observations</source>
            <translation>Be&amp;obachtungen</translation>
        </message>
        <message>
            <source>My &amp;observations</source>
            <translation>Meine Be&amp;obachtungen</translation>
        </message>
        <message>
            <source>Or&amp;ganisation</source>
            <translation>Or&amp;ganisation</translation>
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation>&amp;Profil</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translation>&amp;Team</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
    </context>
</TS>
