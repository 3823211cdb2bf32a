<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
    <context>
        <name>main</name>
        <message>
            <source>360-degree feedback for peer influence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PeerRadar file to open.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::Accessibility</name>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::AdminPage</name>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cycles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Framework</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonymity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation pages</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::Anonymity</name>
        <message>
            <source> + </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PeerRadar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::CsvImport</name>
        <message>
            <source>%1 has left the organisation; what was said about them was removed and cannot be imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the day on which it happened, as YYYY-MM-DD (for example 2026-03-31).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a date PeerRadar reads: write it as YYYY-MM-DD, for example 2026-03-31.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a day of the calendar: check the month and the day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the email address of the person who saw it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the email address of the person who was observed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody with the email address %1 is in PeerRadar. Import the people file first, or correct the address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the key of the behavior, one of: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The framework "%1" has no behavior with the key "%2". Use one of: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the impact, a whole number from %1 (small) to %2 (large).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The impact must be a whole number from %1 (small) to %2 (large); "%3" is not.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This note is %1 characters long; keep it under %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is empty. It must start with the line %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first line must be exactly %1 (found: %2). Use the column names of an exported file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This row has %1 columns; it needs %2 (%3). Put text that contains a comma in double quotes.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The import was refused because of problems on %n line(s) of the file; nothing was changed. Correct them and import the file again.</source>
            <translation>
                <numerusform>The import was refused because of a problem on %n line of the file; nothing was changed. Correct it and import the file again.</numerusform>
                <numerusform>The import was refused because of problems on %n lines of the file; nothing was changed. Correct them and import the file again.</numerusform>
            </translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1, %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>…and %n more.</source>
            <translation>
                <numerusform>…and %n more.</numerusform>
                <numerusform>…and %n more.</numerusform>
            </translation>
        </message>
        <message>
            <source>The CSV file could not be written: %1. Check that the disk has space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The export was cancelled; the file is incomplete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the person's email address; it is how PeerRadar tells people apart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not an email address; write it as name@example.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not an email address; write the manager's address as name@example.com, or leave it empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The role must be member, manager or hr (or empty for member), not "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A person cannot be their own manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody with the email address %1 is in this file or in PeerRadar. Add the manager as a row of the file, or leave the column empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has left the organisation and cannot be anyone's manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These managers make a loop in which people end up managing themselves: %1. Break the loop by giving one of them another manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is also on line %2: each person appears once, with their own email address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row %1 (line %2): %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row %1 (line %2), %3: %4</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::CsvReader</name>
        <message>
            <source>Line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text is not valid UTF-8. Save the file as "CSV UTF-8" and import it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is saved as UTF-16 ("Unicode text"). Save it as "CSV UTF-8" and import it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A quoted field is never closed; the file ends inside quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A field is longer than %1 MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file contains a NUL byte; it is not a text file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A quote appears inside a field that does not start with a quote. Put the whole field in quotes and double the quote: ""</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text follows a closing quote. Double a quote inside a quoted field: ""</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::CsvTransfer</name>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import observations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 holds a behavior framework. Import it under Organisation › Framework.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is neither a people nor an observations file: its first line must name the columns (name,email,team,manager_email,role or date,observer_email,subject_email,behavior,impact,situation,action,result).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import was cancelled. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 people added, %2 updated, %3 teams added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 observations imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export observations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>people.csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>observations.csv</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exporting to %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::CycleComboBox</name>
        <message>
            <source>Cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No figures can be shown to you: every cycle in this file overlaps another cycle, and comparing figures over overlapping periods could reveal who said what. Ask HR to change the cycles' dates so that they do not overlap.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::CycleRepository</name>
        <message>
            <source>This cycle is no longer in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no cycle named "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A cycle named "%1" exists already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cycle "%1" was released on %2. Releasing it again shows its readers new figures, which they can compare with the ones they have: release it again only through the step that says what that could reveal (in the command-line tool: --again).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only HR releases cycles.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Since it was released, %n observation(s) came into the cycle</source>
            <translation>
                <numerusform>Since it was released, %n observation came into the cycle</numerusform>
                <numerusform>Since it was released, %n observations came into the cycle</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n changed</source>
            <translation>
                <numerusform>, %n changed</numerusform>
                <numerusform>, %n changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> and %n left it</source>
            <translation>
                <numerusform> and %n left it</numerusform>
                <numerusform> and %n left it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; %n person(s) moved to another team or manager.</source>
            <translation>
                <numerusform>; %n person moved to another team or manager.</numerusform>
                <numerusform>; %n people moved to another team or manager.</numerusform>
            </translation>
        </message>
        <message>
            <source>The cycle's dates changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Releasing it again replaces its figures for everyone who reads them. Whoever kept the first release's figures (a PDF, a printout) can compare them with the new ones: a group that grew by one observation then shows that observation's rating, and a group shown in only one of the two releases shows what the other hid. Release again only when that is acceptable, for example to correct a mistake.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::CyclesEditor</name>
        <message>
            <source>Cycles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example: 2026 H1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2 – %3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cycle %1 saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cycle %1 deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;ame:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sta&amp;rts on:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends on (&amp;inclusive):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add cycle %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit cycle %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete cycle %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release the &amp;cycle…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the cycle before releasing it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not released: everyone but HR sees only their own and their manager's views of this cycle. Release it when its observations are in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Released on %1 (release %2): everyone but HR reads the figures of then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing changed since.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Changed since: %n observation(s) added</source>
            <translation>
                <numerusform>Changed since: %n observation added</numerusform>
                <numerusform>Changed since: %n observations added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n edited</source>
            <translation>
                <numerusform>, %n edited</numerusform>
                <numerusform>, %n edited</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n removed</source>
            <translation>
                <numerusform>, %n removed</numerusform>
                <numerusform>, %n removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n person(s) moved</source>
            <translation>
                <numerusform>, %n person moved</numerusform>
                <numerusform>, %n people moved</numerusform>
            </translation>
        </message>
        <message>
            <source>, the cycle's dates moved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release the cycle a&amp;gain…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release %1 again?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A release cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone but HR will read the figures of peers, direct reports and others in the organisation for this cycle as they are now, and they stay so: later observations and changes do not alter them (Organisation › Cycles shows what changed). Release when the cycle's observations are in. A release cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Release</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cycle %1 released.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::Database</name>
        <message>
            <source>%1 already exists. Choose another name, or open the existing file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PeerRadar cannot write to the folder %1. Choose a folder you can save in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PeerRadar could not create %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a folder, not a PeerRadar file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You do not have permission to read %1. Ask the file's owner to share it with you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a PeerRadar file. PeerRadar left it unchanged; open a file that PeerRadar created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was saved by a newer version of PeerRadar (file version %2; this program reads up to version %3). Install the newer PeerRadar to open it; the file was left unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was saved by an older version of PeerRadar and must be updated before it can be read. Open it once with write access; PeerRadar keeps a copy of the old file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is read-only: PeerRadar cannot save changes to it. Ask for write permission, or save a copy in a folder of your own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before updating %1 to the new format PeerRadar keeps a copy, and the copy could not be written. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already exists. Choose another name for the copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy %1 could not be written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PeerRadar could not update %1 to file version %2. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is busy: another program is saving to it. Wait a moment and try again; nothing you entered was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is read-only: PeerRadar cannot save changes to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk holding %1 is full. Free some space and try again; nothing you entered was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PeerRadar could not read or write %1. Check that the disk is available and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is damaged and cannot be read. Open a backup copy of it; PeerRadar left the file unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This change conflicts with data already in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PeerRadar met an unexpected database error with %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SQLite integrity: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Table %1 row %2 refers to a missing row of %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 observations have an impact outside 1–5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 observations have a date that is not YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There must be exactly one active framework (check %1 failed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 anonymity thresholds are below 2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a server address PeerRadar understands. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PeerRadar cannot reach PostgreSQL servers on this computer: Qt's PostgreSQL driver is not installed (on Debian: the package libqt6sql6-psql).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 already holds tables. PeerRadar sets itself up only in an empty database: ask the server's administrator for a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 holds no PeerRadar data. To start using it, run: peerradar-cli server-init %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 was not set up by PeerRadar. PeerRadar left it unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 was set up by a newer version of PeerRadar (version %2; this program reads up to version %3). Install the newer PeerRadar to use it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 was set up by an older version of PeerRadar and must be updated first: connect once with write access.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server %1 needs your password, and none was given or it was not accepted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server %1 does not let this account in. Ask the server's administrator for an account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 does not exist on the server. Check the address, or ask the server's administrator to create it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server %1 refused this: your account may not see or change it. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PeerRadar cannot reach the server %1. Check the network and try again; nothing you entered was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server %1 is busy with another person's change. Try again; nothing you entered was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server %1 is out of disk space. Tell its administrator; nothing you entered was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The search was stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder %1 is read-only: PeerRadar cannot save changes to %2 there (it keeps its journal beside the file). Move the file to a folder of your own, or ask for write permission on the folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was saved by an older PeerRadar (file version %2) and could not be read through an updated copy: %3 The file was left unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No temporary folder could be made.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::DatabaseCopy</name>
        <message>
            <source>Only HR or the server's administrator can copy the whole organisation out of %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already holds people or observations. Copy into a new file, or into a server database right after server-init.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The table %1 differs between the two databases; update both to the same PeerRadar version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy was cancelled; nothing was copied.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::DatabaseSettingsEditor</name>
        <message>
            <source>A group of peers, direct reports or others is shown only when at least this many different people observed. Manager and self are always shown. These settings are stored in the file and apply to everyone who opens it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minimum observers for &amp;notes (k_notes):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minimum observers for figures (&amp;k):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the anonymity thresholds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Also show figures &amp;corrected for rater leniency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some people rate everyone high, others everyone low. With this on, profiles, team views and summaries give beside each figure the same figure with each observer's habit removed: how far their ratings of a behavior for other people in the period sit from the organisation's mean, counted in part when they rated few. Only for groups of at least k observers other than self. Off by default.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn on the leniency correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn off the leniency correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::DeleteObservationCommand</name>
        <message>
            <source>Delete observation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::Demo</name>
        <message>
            <source>Creating the demo organisation was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A demo organisation needs at least 3 people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A demo organisation can have at most 100,000 people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number of observations cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demo organisation can only be created in a new, empty file; this one already has people.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::EditObservationCommand</name>
        <message>
            <source>Edit observation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::EditObservationDialog</name>
        <message>
            <source>Edit observation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::FileController</name>
        <message>
            <source>PeerRadar files (*.peerradar);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a PeerRadar file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a new team file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating the demo organisation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 copy.peerradar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password of %1 on %2:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect to a server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Address of your organisation's PeerRadar database
(postgresql://you@server/database):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a server address. Write it as postgresql://USER@HOST/DATABASE, with :PORT after the host when it is not 5432.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On a server you are the person you log in as. To work as somebody else, connect with their account.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::FileMerge</name>
        <message>
            <source>Merge cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The merge was cancelled. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge another PeerRadar file into this one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge anyway?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge, keep this file's version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything in %1 is already in this file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge now?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merging %1…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge %1 anyway? Where the two files differ, this file keeps what it holds; everything else comes in:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::FileTrust</name>
        <message>
            <source>A file keeps no secrets from whoever holds it: anyone with a copy can read all of it and choose to be anyone in it, HR included. Teams that need privacy from each other use a PeerRadar server instead, where each person logs in and sees only what their role allows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PeerRadar does not check who you are in a file: anyone who has it can choose any person here, HR included, and read everything in it. For privacy between people, use a PeerRadar server, where each person logs in (File › Connect to a server…).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::FindingsPanel</name>
        <message>
            <source>Strengths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Growth areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blind spots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hidden strengths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None: no behavior where the self-rating is higher than others' by more than the uncertainty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None: no behavior where others' rating is higher than the self-rating by more than the uncertainty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Self–other agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where observers disagree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None yet: no behavior stands out beyond the uncertainty of its figure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not decided: there is no self-rating, or no figure of others with an interval to compare it with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None: where several people observed, their views agree enough.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::FirstPersonDialog</name>
        <message>
            <source>Set up your team file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is new. Start with yourself: you will look after the file (the HR role) and can add everyone else afterwards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>for example: Platform</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your &amp;email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your &amp;team:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::FrameworkCsv</name>
        <message>
            <source>The file is empty: a framework file starts with the header key,name,description.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line 1: the header must be exactly key,name,description (found: %1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1: expected 3 columns (key,name,description), found %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Line %1: the key "%2" appears twice; each behavior needs its own key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A framework needs at least 3 behaviors to draw a radar; the file has %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The framework file could not be written: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::FrameworkEditor</name>
        <message>
            <source>Make &amp;active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behaviors, in the order of the radar's axes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A short identifier used in CSV files, for example "influence". It cannot change later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name on the radar:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;What the observer saw:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Retire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (active)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (retired)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behavior %1 saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Order saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is offered again for new observations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is retired: kept for history, no longer offered for new observations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behavior %1 deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New observations now use %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a framework</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Framework %1 added with %n behavior(s). Make it active to use it.</source>
            <translation>
                <numerusform>Framework %1 added with %n behavior. Make it active to use it.</numerusform>
                <numerusform>Framework %1 added with %n behaviors. Make it active to use it.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the framework</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be written: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Framework written to %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fra&amp;mework:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;behavior</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mo&amp;ve down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Reinstate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add behavior %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit behavior %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move behavior %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reinstate behavior %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retire behavior %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete behavior %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make %1 active</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::FrameworkRepository</name>
        <message>
            <source>This framework no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has no active behavior framework.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a name for the framework.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A framework needs at least 3 behaviors to draw a radar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key "%1" appears twice; each behavior needs its own key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A framework named "%1" with version %2 exists already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The framework already has a behavior with the key "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observations refer to this behavior, so it cannot be deleted. Retire it instead: it stays in past profiles and is no longer offered for new observations.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::HeatmapModel</name>
        <message>
            <source>%1 ★ informal leader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Hidden to protect the observers: fewer than %n different people.</source>
            <translation>
                <numerusform>Hidden to protect the observers: fewer than %n different person.</numerusform>
                <numerusform>Hidden to protect the observers: fewer than %n different people.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not observed by others in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::IdentityDialog</name>
        <message>
            <source>Who are you?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose yourself from the people in this file. What you can see and change depends on your role. PeerRadar remembers the answer for this file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That's me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Your name or email:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type part of your name and pick yourself from the list.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::ImpactSelector</name>
        <message>
            <source>1 – barely noticeable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 – small</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 – clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>4 – strong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5 – exceptional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::LogObservationCommand</name>
        <message>
            <source>Log observation about %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::LogObservationPage</name>
        <message>
            <source>Log what you saw someone do. Enter saves.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not logged yet: %1 is busy because another program is saving to it. Everything you entered is still here; press Enter to log it again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log obser&amp;vation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undone: the observation "%1" about %2 is deleted. %3 logs it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logged "%1" about %2. %3 undoes it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::MainMenus</name>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New team file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the &amp;demo organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import people (CSV)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import o&amp;bservations (CSV)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export people (CSV)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export obser&amp;vations (CSV)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;witch person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About PeerRadar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect to a &amp;server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Merge another file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a cop&amp;y…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What &amp;cannot be undone…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::MainWindow</name>
        <message>
            <source>Copy saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — PeerRadar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PeerRadar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About PeerRadar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PeerRadar %1
Makes the leadership that people show without a title visible: peers log what they see, profiles show it per person and per team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What cannot be undone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit › Undo takes back, one step at a time, the changes made in this window since the file was opened: logging, changing and deleting observations, hiding notes, and HR's changes to people, teams, cycles, the behavior framework and the anonymity thresholds. A person added by mistake can be taken out again only while no observation refers to them.

These cannot be undone:
• Removing a person who has left: what others said about them is deleted and their name is made anonymous, so that nothing of it stays in the file.
• Releasing a cycle (Organisation › Cycles): its readers may already have seen the released figures.
• Importing people, observations or a framework from a CSV file, and merging another file: a whole file comes in at once. Save a copy first (File › Save a copy).
• Changes made before the file was opened, or by another program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read only. %1 You can read everything in it; logging, editing, importing and merging are turned off.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::Merge</name>
        <message>
            <source>%1 is the file you are merging into. Choose another PeerRadar file to merge from; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was saved by an older version of PeerRadar. Open it once with this PeerRadar (which updates it and keeps a copy of the old file), then merge again. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frameworks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behaviors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cycles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit entries</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… and %n more.</numerusform>
                <numerusform>… and %n more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 was not merged into %2: %n item(s) differ between the two files. Nothing was changed.</source>
            <translation>
                <numerusform>%1 was not merged into %2: %n item differs between the two files. Nothing was changed.</numerusform>
                <numerusform>%1 was not merged into %2: %n items differ between the two files. Nothing was changed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Merging %1 into %2 would bring in the following (nothing was changed yet):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was merged into %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 added, %3 already present, %4 in conflict.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the files differ, %1 was kept as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the files differ, %1 now holds what %2 holds.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n note(s) hidden in %1 are now hidden in %2 too.</source>
            <translation>
                <numerusform>%n note hidden in %1 is now hidden in %2 too.</numerusform>
                <numerusform>%n notes hidden in %1 are now hidden in %2 too.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n observation(s) about people removed from %1 were left out.</source>
            <translation>
                <numerusform>%n observation about people removed from %1 was left out.</numerusform>
                <numerusform>%n observations about people removed from %1 were left out.</numerusform>
            </translation>
        </message>
        <message>
            <source>The anonymity threshold was raised to %1, as in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The anonymity threshold for notes was raised to %1, as in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The merge was cancelled. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 could not be merged into %2: %3 Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observation by %1 about %2 on %3 (%4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the observer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the subject</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the behavior</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the rater group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the situation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the result</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is %2 in %3, and another one in %4 already has it. Change one of them, then merge again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Framework %1 version %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behavior %1 of framework %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it belongs to another framework in %1 than in %2, and a merge cannot move it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>retired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cycle %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the first day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>removed from %1 (they left the organisation) but still in %2. If they left, remove them in %2 too (Organisation › People), then merge again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the email is %1 in %2, and %3 has it in %4. Change one of them, then merge again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 is %3 in %4 but %5 in %6.</source>
            <extracomment>Conflict while merging files: "Person Anna Smith (anna@example.com): team is “Platform” in a.peerradar but “Sales” in b.peerradar."</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::MessageBar</name>
        <message>
            <source>Details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show technical details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close message</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::NetworkWidget</name>
        <message>
            <source>Influence network</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 influenced %2 (%n times)</source>
            <translation>
                <numerusform>%1 influenced %2 (once)</numerusform>
                <numerusform>%1 influenced %2 (%n times)</numerusform>
            </translation>
        </message>
        <message>
            <source>No one in the team was seen influencing a teammate.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::NoteHiddenCommand</name>
        <message>
            <source>Hide note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::NotesModel</name>
        <message>
            <source>Situation: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they did: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no note)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behavior</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seen by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::ObservationBulkWriter</name>
        <message>
            <source>The impact must be from %1 to %2, not %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::ObservationFilterBar</name>
        <message>
            <source>any</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search notes and names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any behavior</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (retired)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pe&amp;rson:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Behavior:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::ObservationForm</name>
        <message>
            <source>Whom did you observe?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behavior</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date observed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where and when? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What did they do? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What did it change? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Whom did you observe?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Behavior:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Impact (1–5):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Situation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Result:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Enter saves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a person; you can also observe yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No single person matches yet: keep typing or pick from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stored as rater group: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose whom you observed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No single person matches "%1". Pick one from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a behavior.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::ObservationRepository</name>
        <message>
            <source>Only the person who logged an observation, or HR, can change or delete it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a behavior: the one chosen is no longer in the framework.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The behavior "%1" has been retired; choose one of the current behaviors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The behavior "%1" is not part of the active framework.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The observer is no longer in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose whom you observed: that person is no longer in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People who have left the organisation cannot be part of new observations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This observation is no longer in the file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::ObservationTableModel</name>
        <message>
            <source>(note hidden by HR)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(hidden) %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behavior</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rater group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::ObservationsPage</name>
        <message>
            <source>Observations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n observation(s)</source>
            <translation>
                <numerusform>%n observation</numerusform>
                <numerusform>%n observations</numerusform>
            </translation>
        </message>
        <message>
            <source>Show &amp;note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observation changed. Ctrl+Z undoes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observation deleted. Ctrl+Z brings it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note is shown again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note is hidden from every view and export; the figures stay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Searching…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n observation(s) so far, still searching…</source>
            <translation>
                <numerusform>%n observation so far, still searching…</numerusform>
                <numerusform>%n observations so far, still searching…</numerusform>
            </translation>
        </message>
        <message>
            <source>Hide &amp;note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ed&amp;it…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::PdfReports</name>
        <message>
            <source>The PDF could not be written to %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leadership profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures by rater group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strengths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Growth areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blind spots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None: where your own view and others' differ, the difference is within the uncertainty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hidden strengths</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None: where others see more than you do, the difference is within the uncertainty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In observers' words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No notes can be shown for this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team radar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each member weighs the same: the radar shows the mean of the members' own means (self-observations excluded) and the median. Members whose figure is hidden by the anonymity rule are left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heatmap: members × behaviors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean impact seen by others; darker is stronger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Informal leaders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Influence network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An arrow points from the person seen leading to the colleague who saw it; thicker arrows mean more observations. ★ marks informal leaders.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leadership profile: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team summary: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No behavior stands out beyond the uncertainty of its figure yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Self–other agreement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not decided: there is no self-rating, or no figure of others with an interval to compare it with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the finished file could not be renamed (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::PeopleEditor</name>
        <message>
            <source>Find a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Manager:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport their data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no team)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick the manager from the list, or leave the field empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>email</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has left the organisation? What others said about them will be deleted; what they said about others stays under an anonymous name. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 was removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export %1's data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 data.json</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be written: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1's data was written to %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ema&amp;il:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Te&amp;am:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ne&amp;w person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remo&amp;ve (has left)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add person %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit person %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::PeopleRepository</name>
        <message>
            <source>This person is no longer in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody with the email address %1 is in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is already the email address of %2. Each person needs their own address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This manager would make a loop: %1 would end up managing themself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The chosen manager is no longer in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This team is no longer in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no team named "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A team named "%1" exists already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be taken out again: observations by or about them were logged since. If they left, remove them under Organisation › People.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 cannot be taken out again: they were made someone's manager since. Choose another manager first.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::PersonChooser</name>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (you)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::PersonPicker</name>
        <message>
            <source>Type a name or email</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::ProblemsDialog</name>
        <message>
            <source>Import refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported. Correct these rows and import the file again:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows at fault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Files not merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After you close this list you can merge anyway, keeping what this file holds for these items:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Items that differ</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::ProfileService</name>
        <message>
            <source>Your account reads profiles one cycle at a time, not over the whole history: choose a cycle (in the command-line tool: --cycle NAME).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cycle "%1" overlaps another cycle, so its figures are not shown to your account: comparing overlapping periods could reveal who said what. Choose another cycle.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::ProfileTableModel</name>
        <message>
            <source>%1 (retired)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Hidden to protect the observers: fewer than %n different people in this group.</source>
            <translation>
                <numerusform>Hidden to protect the observers: fewer than %n different person in this group.</numerusform>
                <numerusform>Hidden to protect the observers: fewer than %n different people in this group.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not observed in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behavior</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Self</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Peers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direct reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Others in the organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pooled groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown together with other small groups in the pooled column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 per 30 days · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 observations by %2 different observers. Each observer's observations are averaged first, so each observer counts once.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::ProfileView</name>
        <message>
            <source>Pe&amp;rson:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ycle:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Measure:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Frequency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show as ta&amp;ble</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same figures as a table with bars instead of a radar chart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pr&amp;int…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export all &amp;summaries…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Radar chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Radar figures as a table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show as ra&amp;dar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures by rater gro&amp;up (select a behavior to list its notes):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures by rater group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trend against the previous cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No previous cycle to compare with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click a spoke of the radar, or choose a behavior in the table, to read its notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each spoke is a behavior: the further out, the stronger the impact others saw (1–5). Blue: others, orange: self-rating, grey dashes: team average; whiskers: 95% range. Click a spoke to read its notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each spoke is a behavior: the further out, the more often it was observed (per 30 days). Blue: others, orange: self. Click a spoke to read its notes.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>A gap in the line means the figure is hidden: fewer than %n different people observed it.</source>
            <translation>
                <numerusform>A gap in the line means the figure is hidden: fewer than %n different person observed it.</numerusform>
                <numerusform>A gap in the line means the figure is hidden: fewer than %n different people observed it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No notes to show for %1. Notes of a group appear only when at least %n different people in it wrote them.</source>
            <translation>
                <numerusform>No notes to show for %1. Notes of a group appear only when at least %n person in it wrote them.</numerusform>
                <numerusform>No notes to show for %1. Notes of a group appear only when at least %n different people in it wrote them.</numerusform>
            </translation>
        </message>
        <message>
            <source>Notes for %1, newest first:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The summary was exported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each row is a behavior; the columns are others, the self-rating and the team average. A figure is the mean impact seen (1 = small, 5 = large) with its 95% range in brackets; the bar shows it. To read a behavior's notes, select it in the figures by rater group below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each row is a behavior; the columns are others and self. A figure is how often it was observed per 30 days; the bar shows it. To read a behavior's notes, select it in the figures by rater group below.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>“hidden” means that fewer than %n different people observed it.</source>
            <translation>
                <numerusform>“hidden” means that fewer than %n different person observed it.</numerusform>
                <numerusform>“hidden” means that fewer than %n different people observed it.</numerusform>
            </translation>
        </message>
        <message>
            <source>Profile details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the person and their manager read them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writes everyone's summaries as each person and their manager read them, whichever figures this view shows.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::RadarChart</name>
        <message>
            <source>Others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Self</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team average</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(hidden)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not observed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean impact (1 = small, 5 = large)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observations per 30 days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean of the members' means (1–5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team median</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::RadarFiguresModel</name>
        <message>
            <source>%1 (95%: %2–%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behavior</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::RaterGroup</name>
        <message>
            <source>Self</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direct reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Peers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Others in the organisation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::ReaderChoice</name>
        <message>
            <source>Sho&amp;w figures:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As HR reads them (live)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What this view shows, exports and prints. Summaries you hand out should show the figures as their readers read them: HR's live figures can include what readers may not see.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::ReportActions</name>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export summary as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export team summary as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print summary for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print summary for team %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder for everyone's summaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing summaries…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export all summaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing summaries… %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 personal and %2 team summaries were written to %3. They show what each person and their manager may read, not HR's live figures.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::ReportBatch</name>
        <message>
            <source>No team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the summaries was cancelled; the files written so far were removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder %1 could not be created: %2.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::ReportContent</name>
        <message>
            <source>%1 to %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cycle %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hidden</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pooled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confidential. Prepared on %1 for %2 and the people who support their development. Do not forward.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behavior</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All others</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Self</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Peers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direct reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Others in the organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pooled groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (retired)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1: others saw an average impact of %2 from %n observers, among the highest in this profile.</source>
            <translation>
                <numerusform>%1: others saw an average impact of %2 from %n observer, among the highest in this profile.</numerusform>
                <numerusform>%1: others saw an average impact of %2 from %n observers, among the highest in this profile.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: others saw an average impact of %2 from %n observers, the most room to grow.</source>
            <translation>
                <numerusform>%1: others saw an average impact of %2 from %n observer, the most room to grow.</numerusform>
                <numerusform>%1: others saw an average impact of %2 from %n observers, the most room to grow.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: you rated yourself %2, others %3. The gap of %4 is larger than its uncertainty (±%5): others see less of this than you do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: others rated it %2, you %3. The gap of %4 is larger than its uncertainty (±%5): others see more of this than you do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trend: %1 compared with %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>What observers wrote, word for word, without their names. Only groups with at least %n different observers are quoted.</source>
            <translation>
                <numerusform>What observers wrote, word for word, without their names. Only groups with at least %n observer are quoted.</numerusform>
                <numerusform>What observers wrote, word for word, without their names. Only groups with at least %n different observers are quoted.</numerusform>
            </translation>
        </message>
        <message>
            <source>Situation: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What they did: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No manager set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manager: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confidential. Prepared on %1 for the team's manager and HR. Do not forward.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean of members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Median</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Member</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 leads without the title: %n observations by peers in this period.</source>
            <translation>
                <numerusform>%1 leads without the title: %n observation by peers in this period.</numerusform>
                <numerusform>%1 leads without the title: %n observations by peers in this period.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nobody without direct reports stands out in peers' observations in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone in the team was observed by someone else in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never observed by anyone else in this period: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observations received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Observations given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>all others</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Overall, over %n behaviors: %1. Your own view averages %2, others' %3; the gap of %4 is compared with its uncertainty (±%5).</source>
            <translation>
                <numerusform>Overall, over %n behavior: %1. Your own view averages %2, others' %3; the gap of %4 is compared with its uncertainty (±%5).</numerusform>
                <numerusform>Overall, over %n behaviors: %1. Your own view averages %2, others' %3; the gap of %4 is compared with its uncertainty (±%5).</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 (you %3, others %4, uncertainty ±%5).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2: observers disagree (agreement %3 on a scale from 0 to 1); the mean hides very different views.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n observers</source>
            <translation>
                <numerusform>%n observer</numerusform>
                <numerusform>%n observers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n observations</source>
            <translation>
                <numerusform>%n observation</numerusform>
                <numerusform>%n observations</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (%2–%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>indicative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>observers disagree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>over-estimator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>under-estimator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in agreement (high)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in agreement (low)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The radar shows, for each behavior, how strong an impact others saw (1 = small, 5 = large), your own view, and your team's average. Each observer counts once, however often they logged: their observations are averaged first. Whiskers show the 95% interval, which stays within the scale: the fewer the observers, the wider it is. To protect the people who gave feedback, a group with fewer than %n different observers is never shown, and neither is any figure it could be worked out from.</source>
            <translation>
                <numerusform>The radar shows, for each behavior, how strong an impact others saw (1 = small, 5 = large), your own view, and your team's average. Each observer counts once, however often they logged: their observations are averaged first. Whiskers show the 95% interval, which stays within the scale: the fewer the observers, the wider it is. To protect the people who gave feedback, a group with fewer than %n different observer is never shown, and neither is any figure it could be worked out from.</numerusform>
                <numerusform>The radar shows, for each behavior, how strong an impact others saw (1 = small, 5 = large), your own view, and your team's average. Each observer counts once, however often they logged: their observations are averaged first. Whiskers show the 95% interval, which stays within the scale: the fewer the observers, the wider it is. To protect the people who gave feedback, a group with fewer than %n different observers is never shown, and neither is any figure it could be worked out from.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mean of the observers' views (each observer's observations averaged first) with its 95% interval in brackets, then how many different people observed and how many observations they logged. A single observer's figure is that person's view: it has no interval. "indicative": fewer observers than a reliable figure needs (3 for a manager, 4 for peers, 6 for direct reports). "observers disagree": their views are spread so widely that the mean hides more than it tells. "hidden": fewer than %n different observers, or a figure that would reveal such a group.</source>
            <translation>
                <numerusform>Mean of the observers' views (each observer's observations averaged first) with its 95% interval in brackets, then how many different people observed and how many observations they logged. A single observer's figure is that person's view: it has no interval. "indicative": fewer observers than a reliable figure needs (3 for a manager, 4 for peers, 6 for direct reports). "observers disagree": their views are spread so widely that the mean hides more than it tells. "hidden": fewer than %n different observer, or a figure that would reveal such a group.</numerusform>
                <numerusform>Mean of the observers' views (each observer's observations averaged first) with its 95% interval in brackets, then how many different people observed and how many observations they logged. A single observer's figure is that person's view: it has no interval. "indicative": fewer observers than a reliable figure needs (3 for a manager, 4 for peers, 6 for direct reports). "observers disagree": their views are spread so widely that the mean hides more than it tells. "hidden": fewer than %n different observers, or a figure that would reveal such a group.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 (changed; uncertainty ±%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (within the uncertainty ±%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>corrected for leniency %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>"corrected for leniency": the same mean with each observer's habit of rating high or low removed (how far their ratings of this behavior for other people sit from the organisation's mean, counted in part when they rated few). Given beside the figure, for groups of at least %n observers other than self; interval, findings and gaps use the figure itself.</source>
            <translation>
                <numerusform>"corrected for leniency": the same mean with each observer's habit of rating high or low removed (how far their ratings of this behavior for other people sit from the organisation's mean, counted in part when they rated few). Given beside the figure, for groups of at least %n observer other than self; interval, findings and gaps use the figure itself.</numerusform>
                <numerusform>"corrected for leniency": the same mean with each observer's habit of rating high or low removed (how far their ratings of this behavior for other people sit from the organisation's mean, counted in part when they rated few). Given beside the figure, for groups of at least %n observers other than self; interval, findings and gaps use the figure itself.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mean corrected for leniency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures as HR released them on %1 (release %2): later changes do not alter them.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Changed since release: %n observation(s) added</source>
            <translation>
                <numerusform>Changed since release: %n observation added</numerusform>
                <numerusform>Changed since release: %n observations added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n edited</source>
            <translation>
                <numerusform>, %n edited</numerusform>
                <numerusform>, %n edited</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n removed</source>
            <translation>
                <numerusform>, %n removed</numerusform>
                <numerusform>, %n removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n person(s) moved</source>
            <translation>
                <numerusform>, %n person moved</numerusform>
                <numerusform>, %n people moved</numerusform>
            </translation>
        </message>
        <message>
            <source>, the cycle's dates moved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing changed since.</source>
            <translation></translation>
        </message>
        <message>
            <source>Cycle %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>360-degree feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>peer influence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>confidential</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Peer-influence feedback summary for %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confidential · %1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>… and %n more notes, not printed here.</source>
            <translation>
                <numerusform>… and %n more note, not printed here.</numerusform>
                <numerusform>… and %n more notes, not printed here.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>For each behavior the %n newest notes are quoted; the others are counted.</source>
            <translation>
                <numerusform>For each behavior the newest note is quoted; the others are counted.</numerusform>
                <numerusform>For each behavior the %n newest notes are quoted; the others are counted.</numerusform>
            </translation>
        </message>
        <message>
            <source>Peer-influence team summary for %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confidential · Team %1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HR's copy: live figures, not for handing out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over the whole history, anyone but HR sees no figures of peers, direct reports or others in the organisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cycle "%1" is not released: anyone but HR sees no figures of peers, direct reports or others in the organisation yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Released on %1 (release %2); readers see the figures of then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team's figures come from peers, direct reports and others in the organisation: they appear when HR releases the cycle "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team's figures come from peers, direct reports and others in the organisation: they are shown for a cycle once HR has released it. Choose a released cycle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the self-rating and the manager's view are shown. The figures of peers, direct reports and others in the organisation appear when HR releases the cycle "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the self-rating and the manager's view are shown. The figures of peers, direct reports and others in the organisation are shown for a cycle once HR has released it: choose a released cycle.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::ReportPainter</name>
        <message>
            <source>%1 · page %2 of %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::Role</name>
        <message>
            <source>Team member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HR</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::Rules</name>
        <message>
            <source>Enter the person's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name is too long: use at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name contains control characters; type it again without them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not an email address; write it as name@example.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A person cannot be their own manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the team's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team name is too long: use at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team name contains control characters; type it again without them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key "%1" is not usable: start with a lowercase letter and use only lowercase letters, digits and underscores (at most 40).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a short name for the behavior "%1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The behavior's name is too long: use at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The behavior's description is too long: use at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a name for the cycle, for example "2026 H1".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cycle's name is too long: use at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the cycle a start date and an end date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cycle ends before it starts: choose an end date on or after %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The anonymity threshold must be between 2 and 50 observers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The anonymity threshold for notes must be between 2 and 50 observers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The impact must be a whole number from %1 (small) to %2 (large); %3 is not.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the date on which you saw it happen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date %1 is in the future: choose the day you saw it happen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date %1 is too far in the past.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A note field is too long: keep each of situation, action and result under %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cycle overlaps the cycle "%1" (%2 to %3). Cycles may not share a day: profiles over overlapping periods could be compared to find out who said what. Choose dates outside that cycle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cycle's dates share days with what was released of the cycle "%1" (%2 to %3). Two released periods that share days could be compared to find out who said what. Change the cycle's dates first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cycle "%1" was released on %2, so it is kept: people may have read its figures, and a later release is compared with this one. You can still rename it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::ServerSetup</name>
        <message>
            <source>%1 is not a server address; a file needs no set-up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accounts exist only on a server; a file is protected by who may read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a password of at least 8 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has left the organisation and cannot get an account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The login name %1 is longer than the server allows (63 characters): choose a shorter one with --login.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This copy of PeerRadar is incomplete: the server's access rules are missing from it. Install PeerRadar again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The access rules could not be set up in %1, so nothing was created: %2 The account that runs server-init needs the right to create roles (CREATEROLE): ask the server's administrator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server already has a login named %1, and it is not %2's PeerRadar account. PeerRadar never changes another login's password: choose another name with --login.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already has the login %2. To give it a new password, run the command again with --login %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is a file: only a server has access rules to upgrade.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has no access rules to upgrade: it was not set up with peerradar-cli server-init.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the owner of the database %1 (who ran server-init) can upgrade its access rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The access rules of %1 are newer than this PeerRadar's (version %2; this program knows up to version %3). Install the newer PeerRadar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The access rules of %1 could not be upgraded, so nothing was changed: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 follows newer access rules than this PeerRadar knows (version %2; this program knows up to version %3). Install the newer PeerRadar to use it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database %1 still follows older access rules (version %2), which do not keep profiles anonymous against a determined colleague. PeerRadar does not work with it until the database's owner runs: peerradar-cli server-init --upgrade %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the system (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paper for summaries:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Takes effect when PeerRadar starts again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::Stewardship</name>
        <message>
            <source>Only HR can do this: ask your HR contact.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You cannot remove yourself; ask another HR person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This person has already been removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Former colleague</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::TeamProfileService</name>
        <message>
            <source>On a server, team profiles are shown to HR only for now. Ask HR for your team's summary.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::TeamView</name>
        <message>
            <source>Te&amp;am:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;ycle:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show as ta&amp;ble</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pr&amp;int…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team radar chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team radar figures as a table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show as ra&amp;dar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heatmap: members by behavior</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heatmap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Informal leaders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An arrow points from the person seen influencing to the one who saw it; thicker means more often. Informal leaders are drawn in orange.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Influence network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coverage and members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You manage no team yet. HR can make you the manager of a team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team summary was exported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each spoke is a behavior: the solid line is the mean of the members' own means as others saw them (everyone weighs the same, self-ratings left out; within a member's mean each observer counts once), the dashed line the median. Members whose figure is hidden are left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each row is a behavior. "Team mean" is the mean of the members' own means as others saw them (everyone weighs the same, self-ratings left out; within a member's mean each observer counts once), "Team median" their median; the bar shows the figure on the scale 1–5. Members whose figure is hidden are left out; "–": no member's figure is shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The table (Show as table) also gives the team mean corrected for leniency: the mean of the members' means with each observer's habit of rating high or low removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corrected for leniency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"Corrected for leniency": the team mean with each observer's habit of rating high or low removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As the team's manager reads them</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::TeamsEditor</name>
        <message>
            <source>Teams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Manager:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick the manager from the list, or leave the field empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team %1 saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team %1 deleted; its members are now in no team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N&amp;ame:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add team %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit team %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete team %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::WelcomePage</name>
        <message>
            <source>Welcome to PeerRadar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leadership is behavior, not position. PeerRadar lets team members note the leadership they see in each other, and shows it person by person and team by team. Everything stays in one file on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Create a new team file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try the &amp;demo organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Recent files:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent files</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::WidgetDialogProvider</name>
        <message>
            <source>PeerRadar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>peerradar::Workspace</name>
        <message>
            <source>&amp;Log observation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Observations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My &amp;observations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or&amp;ganisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pages</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
