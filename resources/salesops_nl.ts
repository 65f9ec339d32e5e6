<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>DataQuality</name>
    <message>
        <source>Unknown reps</source>
        <translation>Onbekende verkopers</translation>
    </message>
    <message>
        <source>Unknown areas</source>
        <translation>Onbekende gebieden</translation>
    </message>
    <message>
        <source>Orders of unknown visits</source>
        <translation>Orders bij onbekende bezoeken</translation>
    </message>
    <message>
        <source>Orders on a visit whose outcome is not sale</source>
        <translation>Orders bij een bezoek zonder verkoop als uitkomst</translation>
    </message>
    <message>
        <source>Cancellations of unknown orders</source>
        <translation>Annuleringen van onbekende orders</translation>
    </message>
    <message>
        <source>Visits in the future</source>
        <translation>Bezoeken in de toekomst</translation>
    </message>
    <message>
        <source>Orders in the future</source>
        <translation>Orders in de toekomst</translation>
    </message>
    <message>
        <source>Cancellations in the future</source>
        <translation>Annuleringen in de toekomst</translation>
    </message>
    <message>
        <source>Installs before orders</source>
        <translation>Installaties vóór de order</translation>
    </message>
    <message>
        <source>Cancellations before orders</source>
        <translation>Annuleringen vóór de order</translation>
    </message>
    <message>
        <source>Likely double orders</source>
        <translation>Waarschijnlijk dubbele orders</translation>
    </message>
    <message>
        <source>Visits outside the rep&apos;s active period</source>
        <translation>Bezoeken buiten de actieve periode van de verkoper</translation>
    </message>
    <message>
        <source>Orders without a visit</source>
        <translation>Orders zonder bezoek</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Pitches</source>
        <translation>Pitches</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Offertes</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Cancelled before install</source>
        <translation>Geannuleerd vóór installatie</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Geïnstalleerd</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Addresses 2x</source>
        <translation>Adressen 2x</translation>
    </message>
    <message>
        <source>Addresses 3x</source>
        <translation>Adressen 3x</translation>
    </message>
    <message>
        <source>Revenue (monthly)</source>
        <translation>Omzet (per maand)</translation>
    </message>
    <message>
        <source>Field hours</source>
        <translation>Velduren</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation>Contactratio</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversie</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Hitrate</translation>
    </message>
    <message>
        <source>Cancel rate</source>
        <translation>Annuleringsgraad</translation>
    </message>
    <message>
        <source>Cancel rate 14d</source>
        <translation>Annuleringsgraad 14d</translation>
    </message>
    <message>
        <source>Pre-install churn</source>
        <translation>Uitval vóór installatie</translation>
    </message>
    <message>
        <source>Quote conversion</source>
        <translation>Offerteconversie</translation>
    </message>
    <message>
        <source>Addresses per sale</source>
        <translation>Adressen per verkoop</translation>
    </message>
    <message>
        <source>First time right</source>
        <translation>First time right</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <source>Penetration</source>
        <translation>Penetratie</translation>
    </message>
    <message>
        <source>Visits per hour</source>
        <translation>Bezoeken per uur</translation>
    </message>
    <message>
        <source>Orders per hour</source>
        <translation>Orders per uur</translation>
    </message>
    <message>
        <source>Projected bundling date</source>
        <translation>Verwachte bundelingsdatum</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> pp</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Sales operations dashboard</source>
        <translation>Dashboard voor sales operations</translation>
    </message>
    <message>
        <source>The store file (default: salesops.sqlite in the app-data folder).</source>
        <translation>Het gegevensbestand (standaard: salesops.sqlite in de map met app-gegevens).</translation>
    </message>
    <message>
        <source>Open a store of demo data (made if needed).</source>
        <translation>Open een gegevensbestand met demodata (wordt zo nodig aangemaakt).</translation>
    </message>
    <message>
        <source>The language: system, en or nl (remembered; default: system).</source>
        <translation>De taal: system, en of nl (wordt onthouden; standaard: system).</translation>
    </message>
    <message>
        <source>The palette: system, light or dark (remembered; default: system).</source>
        <translation>Het kleurenpalet: system, light of dark (wordt onthouden; standaard: system).</translation>
    </message>
    <message>
        <source>SalesOps Dashboard</source>
        <translation>SalesOps Dashboard</translation>
    </message>
    <message>
        <source>Cannot make the demo store: %1</source>
        <translation>Kan het demobestand niet aanmaken: %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 met BOM</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>puntkomma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>bar (|)</source>
        <translation>verticale streep (|)</translation>
    </message>
</context>
<context>
    <name>salesops::charts</name>
    <message>
        <source>Conversion per day</source>
        <translation>Conversie per dag</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7-daags gemiddelde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Conversion (%)</source>
        <translation>Conversie (%)</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversie</translation>
    </message>
    <message>
        <source>Comparison period</source>
        <translation>Vergelijkingsperiode</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Cooling-off period</source>
        <translation>Bedenktijd</translation>
    </message>
    <message>
        <source>Wrong expectation</source>
        <translation>Verkeerde verwachting</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prijs</translation>
    </message>
    <message>
        <source>Credit check</source>
        <translation>Kredietcheck</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dubbel</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technisch</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verhuisd</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Geannuleerde orders</translation>
    </message>
    <message>
        <source>Cancelled orders of the last 8 weeks (cohort)</source>
        <translation>Annuleringen, afgelopen 8 weken (cohort)</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Conversion, last 8 weeks</source>
        <translation>Conversie, afgelopen 8 weken</translation>
    </message>
    <message>
        <source>Leaderboard: orders per rep (conversion)</source>
        <translation>Orders per verkoper (conversie)</translation>
    </message>
    <message>
        <source>Conversion per area</source>
        <translation>Conversie per gebied</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Cancellations by reason</source>
        <translation>Annuleringen per reden</translation>
    </message>
    <message>
        <source>Conversion by weekday and hour (8 weeks)</source>
        <translation>Conversie per weekdag en uur (8 weken)</translation>
    </message>
</context>
<context>
    <name>salesops::ui::AreaPage</name>
    <message>
        <source>Rep</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>&lt;a href=&apos;back&apos;&gt;Daily start&lt;/a&gt; › &lt;b&gt;Area %1&lt;/b&gt;  (Alt+Left goes back)</source>
        <translation>&lt;a href=&apos;back&apos;&gt;Dagstart&lt;/a&gt; › &lt;b&gt;Gebied %1&lt;/b&gt;  (Alt+Links gaat terug)</translation>
    </message>
    <message>
        <source>Coverage in the period: &lt;b&gt;%1&lt;/b&gt; of %2 homes passed · penetration: &lt;b&gt;%3&lt;/b&gt; · projected date to reach the bundling threshold: &lt;b&gt;%4&lt;/b&gt; · conversion &lt;b&gt;%5&lt;/b&gt;, hit rate &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>Dekking in de periode: &lt;b&gt;%1&lt;/b&gt; van %2 homes passed · penetratie: &lt;b&gt;%3&lt;/b&gt; · verwachte datum waarop de bundelingsdrempel wordt gehaald: &lt;b&gt;%4&lt;/b&gt; · conversie &lt;b&gt;%5&lt;/b&gt;, hitrate &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <source>none (no growth, or reached)</source>
        <translation>geen (geen groei, of al gehaald)</translation>
    </message>
    <message>
        <source>No visits or orders in this area for the period.</source>
        <translation>Geen bezoeken of orders in dit gebied in deze periode.</translation>
    </message>
    <message>
        <source>Conversion per week: %1 against the whole organisation</source>
        <translation>Conversie per week: %1 tegenover de hele organisatie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
</context>
<context>
    <name>salesops::ui::DailyStartPage</name>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot read the store:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kan het gegevensbestand niet lezen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4 %5 from %6 (n = %7), z = %8</source>
        <translation>%1 %2: %3 %4 %5 van %6 (n = %7), z = %8</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>gestegen naar</translation>
    </message>
    <message>
        <source>down to</source>
        <translation>gedaald naar</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4 against %5 for the rest (n = %6), z = %7</source>
        <translation>%1 %2: %3 %4 tegenover %5 voor de rest (n = %6), z = %7</translation>
    </message>
    <message>
        <source>No significant changes.</source>
        <translation>Geen significante veranderingen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alerts&lt;/b&gt; for %1 – %2 against the period before (two-proportion z-test, |z| ≥ 2.58). Enter or double-click opens the area.</source>
        <translation>&lt;b&gt;Signalen&lt;/b&gt; voor %1 – %2 tegenover de periode ervoor (z-toets voor twee proporties, |z| ≥ 2,58). Enter of dubbelklik opent het gebied.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Daily start: %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Dagstart: %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Daily start: %1 – %2&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Dagstart: %1 – %2&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>salesops::ui::DataQualityPage</name>
    <message>
        <source>&lt;h2&gt;Data quality&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Datakwaliteit&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Reps concerned</source>
        <translation>Betrokken verkopers</translation>
    </message>
    <message numerus="yes">
        <source>All %n checks passed: the data is consistent.</source>
        <translation>
            <numerusform>%n controle geslaagd: de gegevens kloppen.</numerusform>
            <numerusform>Alle %n controles geslaagd: de gegevens kloppen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) found problems. Expand a row for examples; every KPI that uses the affected rows is off until they are fixed.</source>
        <translation>
            <numerusform>%n controle vond problemen. Klap een rij open voor voorbeelden; elke KPI die de betrokken rijen gebruikt, klopt pas als die hersteld zijn.</numerusform>
            <numerusform>%n controles vonden problemen. Klap een rij open voor voorbeelden; elke KPI die de betrokken rijen gebruikt, klopt pas als die hersteld zijn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesops::ui::FilterBar</name>
    <message>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle gebieden</translation>
    </message>
    <message>
        <source>All cities</source>
        <translation>Alle plaatsen</translation>
    </message>
    <message>
        <source>Last day with data</source>
        <translation>Laatste dag met data</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Vorige week</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Afgelopen 4 weken</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Aangepast</translation>
    </message>
    <message>
        <source>Door to door</source>
        <translation>Deur-aan-deur</translation>
    </message>
    <message>
        <source>High traffic location</source>
        <translation>Drukke locatie</translation>
    </message>
    <message>
        <source>Promotion bus</source>
        <translation>Promotiebus</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
</context>
<context>
    <name>salesops::ui::ImportDialog</name>
    <message>
        <source>&amp;Strict: refuse a file when any row is bad</source>
        <translation>&amp;Strikt: weiger een bestand met een foute rij</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import afbreken</translation>
    </message>
    <message>
        <source>Open &amp;reject file</source>
        <translation>&amp;Afgekeurde rijen openen</translation>
    </message>
    <message>
        <source>Import exports</source>
        <translation>Exports importeren</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Bestanden &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>CSV exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-exports (*.csv *.txt *.tsv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Files (drop CSV files here):</source>
        <translation>Bestanden (sleep CSV-bestanden hierheen):</translation>
    </message>
    <message>
        <source>Detect from header</source>
        <translation>Herkennen aan kopregel</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Read from file column</source>
        <translation>Gelezen uit bestandskolom</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>S&amp;oort:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgekeurd</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lezen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot import:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kan niet importeren:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Read as &lt;b&gt;%1&lt;/b&gt; · %2 · separator %3 · %4</source>
        <translation>Gelezen als &lt;b&gt;%1&lt;/b&gt; · %2 · scheidingsteken %3 · %4</translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Genegeerde kolommen: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation>(niet in bestand)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Importing file %1 of %2…</source>
        <translation>Bestand %1 van %2 importeren…</translation>
    </message>
    <message>
        <source>Cancelling: the current file is rolled back…</source>
        <translation>Afbreken: het huidige bestand wordt teruggedraaid…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Niet geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Imported; rejected rows kept in %1</source>
        <translation>Geïmporteerd; afgekeurde rijen bewaard in %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Refused (strict): nothing imported</source>
        <translation>Geweigerd (strikt): niets geïmporteerd</translation>
    </message>
    <message>
        <source>Cancelled: nothing imported from this file</source>
        <translation>Afgebroken: niets uit dit bestand geïmporteerd</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Afgebroken.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
</context>
<context>
    <name>salesops::ui::ImportLogModel</name>
    <message>
        <source>visits</source>
        <translation>bezoeken</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message>
        <source>cancellations</source>
        <translation>annuleringen</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>verkopers</translation>
    </message>
    <message>
        <source>areas</source>
        <translation>gebieden</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>doelen</translation>
    </message>
    <message>
        <source>Content hash %1</source>
        <translation>Inhoudshash %1</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd op</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgekeurd</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
</context>
<context>
    <name>salesops::ui::ImportsPage</name>
    <message>
        <source>&lt;h2&gt;Imports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Imports&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) recorded in this store.</source>
        <translation>
            <numerusform>%n import vastgelegd in dit gegevensbestand.</numerusform>
            <numerusform>%n imports vastgelegd in dit gegevensbestand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesops::ui::KpiTile</name>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Change against last week: too few to judge (under 30).</source>
        <translation>Verandering t.o.v. vorige week: te weinig om te beoordelen (onder 30).</translation>
    </message>
    <message>
        <source>Change against last week is significant (|z| = %1).</source>
        <translation>Verandering t.o.v. vorige week is significant (|z| = %1).</translation>
    </message>
    <message>
        <source>Change against last week is within chance (|z| &lt; 2.58).</source>
        <translation>Verandering t.o.v. vorige week valt binnen het toeval (|z| &lt; 2,58).</translation>
    </message>
    <message>
        <source>vs last week: %1</source>
        <translation>vs. vorige week: %1</translation>
    </message>
    <message>
        <source>vs last week: &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</source>
        <translation>vs. vorige week: &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>4-week avg: %1</source>
        <translation>gem. 4 weken: %1</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>doel: %1</translation>
    </message>
    <message>
        <source>orders %1 – %2</source>
        <translation>orders %1 – %2</translation>
    </message>
    <message>
        <source>Measured on the orders of the four weeks that are at least 14 days old, so the rate is mature and compares fairly.</source>
        <translation>Gemeten op de orders van de vier weken die minstens 14 dagen oud zijn, zodat het percentage uitgerijpt is en eerlijk vergelijkt.</translation>
    </message>
    <message>
        <source>Greyed out: fewer than 30 in the denominator, too few to read much into.</source>
        <translation>Grijs: minder dan 30 in de noemer, te weinig om veel uit af te leiden.</translation>
    </message>
</context>
<context>
    <name>salesops::ui::MainWindow</name>
    <message>
        <source>SalesOps Dashboard</source>
        <translation>SalesOps Dashboard</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Gegevensbestand: %1</translation>
    </message>
    <message>
        <source>Daily start</source>
        <translation>Dagstart</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datakwaliteit</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>&amp;Import exports…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About SalesOps Dashboard</source>
        <translation>&amp;Over SalesOps Dashboard</translation>
    </message>
    <message>
        <source>About SalesOps Dashboard</source>
        <translation>Over SalesOps Dashboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SalesOps Dashboard %1&lt;/h3&gt;&lt;p&gt;Sales operations dashboard for door-to-door fibre sales.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later. Built with Qt %2.&lt;/p&gt;&lt;p&gt;Store: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SalesOps Dashboard %1&lt;/h3&gt;&lt;p&gt;Dashboard voor sales operations van de deur-aan-deurverkoop van glasvezel.&lt;/p&gt;&lt;p&gt;Licentie: GPL-3.0-or-later. Gebouwd met Qt %2.&lt;/p&gt;&lt;p&gt;Gegevensbestand: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
</context>
<context>
    <name>salesops::ui::SettingsMenu</name>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systeemtaal</translation>
    </message>
    <message>
        <source>&amp;Palette</source>
        <translation>&amp;Kleurenpalet</translation>
    </message>
    <message>
        <source>&amp;System palette</source>
        <translation>&amp;Systeempalet</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
</context>
</TS>
