<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Alerts</name>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
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
        <source>about %1 cancellations more</source>
        <translation>ongeveer %1 annuleringen meer</translation>
    </message>
    <message>
        <source>about %1 cancellations fewer</source>
        <translation>ongeveer %1 annuleringen minder</translation>
    </message>
    <message>
        <source>about %1 orders more</source>
        <translation>ongeveer %1 orders meer</translation>
    </message>
    <message>
        <source>about %1 orders fewer</source>
        <translation>ongeveer %1 orders minder</translation>
    </message>
    <message>
        <source>%1: %2 %3 against %4 usually, %5</source>
        <translation>%1: %2 %3 tegenover normaal %4, %5</translation>
    </message>
    <message>
        <source>%1: %2 %3 against %4 for the rest, %5</source>
        <translation>%1: %2 %3 tegenover %4 bij de rest, %5</translation>
    </message>
    <message>
        <source>two-proportion z-test</source>
        <translation>z-toets voor twee proporties</translation>
    </message>
    <message>
        <source>two-proportion z-test within channel (%1)</source>
        <translation>z-toets voor twee proporties binnen kanaal (%1)</translation>
    </message>
    <message>
        <source>orders of %1 against orders of %2</source>
        <translation>orders van %1 tegenover orders van %2</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 tegenover %2</translation>
    </message>
    <message>
        <source>orders of %1</source>
        <translation>orders van %1</translation>
    </message>
    <message>
        <source>%1: z = %2, n = %3 against %4; %5</source>
        <translation>%1: z = %2, n = %3 tegenover %4; %5</translation>
    </message>
    <message>
        <source>%1: z = %2, n = %3 against %4 for the rest; %5</source>
        <translation>%1: z = %2, n = %3 tegenover %4 bij de rest; %5</translation>
    </message>
    <message>
        <source>about %1 contact more</source>
        <translation>ongeveer %1 contact meer</translation>
    </message>
    <message>
        <source>about %1 contacts more</source>
        <translation>ongeveer %1 contacten meer</translation>
    </message>
    <message>
        <source>about %1 contact fewer</source>
        <translation>ongeveer %1 contact minder</translation>
    </message>
    <message>
        <source>about %1 contacts fewer</source>
        <translation>ongeveer %1 contacten minder</translation>
    </message>
    <message>
        <source>about %1 order</source>
        <translation>ongeveer %1 order</translation>
    </message>
    <message>
        <source>about %1 orders</source>
        <translation>ongeveer %1 orders</translation>
    </message>
    <message>
        <source>about %1 cancellation more</source>
        <translation>ongeveer %1 annulering meer</translation>
    </message>
    <message>
        <source>about %1 cancellation fewer</source>
        <translation>ongeveer %1 annulering minder</translation>
    </message>
    <message>
        <source>about %1 order more</source>
        <translation>ongeveer %1 order meer</translation>
    </message>
    <message>
        <source>about %1 order fewer</source>
        <translation>ongeveer %1 order minder</translation>
    </message>
</context>
<context>
    <name>Charts</name>
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
</context>
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
    <message>
        <source>No visits on working days</source>
        <translation>Geen bezoeken op werkdagen</translation>
    </message>
    <message>
        <source>Exports that did not arrive</source>
        <translation>Exports die niet zijn aangekomen</translation>
    </message>
</context>
<context>
    <name>DrillCharts</name>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; (n = %3; organisation %4)</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; (n = %3; organisatie %4)</translation>
    </message>
    <message>
        <source>Organisation: every team, area and rep in the same period and channel. Cancel rate 14d on the orders of %1 – %2, the last four weeks at least 14 days old.</source>
        <translation>Organisatie: elk team, gebied en elke verkoper in dezelfde periode en hetzelfde kanaal. Annuleringsgraad 14d op de orders van %1 – %2, de laatste vier weken van minstens 14 dagen oud.</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; (n = %3; your teams %4)</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; (n = %3; uw teams %4)</translation>
    </message>
    <message>
        <source>Organisation (your teams): every team, area and rep of your teams in the same period and channel; the server shows you no others. Cancel rate 14d on the orders of %1 – %2, the last four weeks at least 14 days old.</source>
        <translation>Organisatie (uw teams): elk team, gebied en elke verkoper van uw teams in dezelfde periode en hetzelfde kanaal; andere toont de server u niet. Annuleringsgraad 14d op de orders van %1 – %2, de laatste vier weken van minstens 14 dagen oud.</translation>
    </message>
</context>
<context>
    <name>DrillStack</name>
    <message>
        <source>Area %1</source>
        <translation>Gebied %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Rep %1</source>
        <translation>Verkoper %1</translation>
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
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>kwartaal</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periode</translation>
    </message>
    <message>
        <source>%1: target %2</source>
        <translation>%1: doel %2</translation>
    </message>
    <message>
        <source>%1: on track, projected %2 of %3</source>
        <translation>%1: op koers, verwacht %2 van %3</translation>
    </message>
    <message>
        <source>%1: behind, projected %2 of %3</source>
        <translation>%1: achter, verwacht %2 van %3</translation>
    </message>
    <message>
        <source>%1: target met, %2 of %3</source>
        <translation>%1: doel gehaald, %2 van %3</translation>
    </message>
    <message>
        <source>%1: target missed, %2 of %3</source>
        <translation>%1: doel niet gehaald, %2 van %3</translation>
    </message>
    <message>
        <source>%1: on track, %2 against %3</source>
        <translation>%1: op koers, %2 tegen %3</translation>
    </message>
    <message>
        <source>%1: behind, %2 against %3</source>
        <translation>%1: achter, %2 tegen %3</translation>
    </message>
    <message>
        <source>orders %1 – %2, as of %3</source>
        <translation>orders %1 – %2, stand %3</translation>
    </message>
    <message>
        <source>in progress, up to %1</source>
        <translation>loopt nog, tot %1</translation>
    </message>
    <message>
        <source>in progress, no data yet</source>
        <translation>loopt nog, nog geen gegevens</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 moet een datum zijn als JJJJ-MM-DD, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <source>The page to open: %1.</source>
        <translation>De pagina die opent: %1.</translation>
    </message>
    <message>
        <source>The first day of the period (YYYY-MM-DD).</source>
        <translation>De eerste dag van de periode (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>The last day of the period (YYYY-MM-DD).</source>
        <translation>De laatste dag van de periode (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>Filter on this team; the Team page shows it.</source>
        <translation>Filter op dit team; de pagina Team toont het.</translation>
    </message>
    <message>
        <source>Filter on this area (its code); the Area page shows it.</source>
        <translation>Filter op dit gebied (de code); de pagina Gebied toont het.</translation>
    </message>
    <message>
        <source>The rep (code) the Rep page shows.</source>
        <translation>De verkoper (code) die de pagina Verkoper toont.</translation>
    </message>
    <message>
        <source>--page must be one of %1, not &apos;%2&apos;</source>
        <translation>--page moet een van %1 zijn, niet &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) ligt voor --from (%2)</translation>
    </message>
    <message>
        <source>Filter on this city.</source>
        <translation>Filter op deze plaats.</translation>
    </message>
    <message>
        <source>Filter on this channel: d2d, htl or promo_bus.</source>
        <translation>Filter op dit kanaal: d2d, htl of promo_bus.</translation>
    </message>
    <message>
        <source>--channel must be d2d, htl or promo_bus, not &apos;%1&apos;</source>
        <translation>--channel moet d2d, htl of promo_bus zijn, niet &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Sales operations dashboard</source>
        <translation>Dashboard voor sales operations</translation>
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
    <message>
        <source>Unexpected error: %1. The last action may not have finished.</source>
        <translation>Onverwachte fout: %1. De laatste handeling is mogelijk niet afgemaakt.</translation>
    </message>
    <message>
        <source>Open a SalesOps store</source>
        <translation>Een SalesOps-gegevensbestand openen</translation>
    </message>
    <message>
        <source>SalesOps stores (*.sqlite *.db);;All files (*)</source>
        <translation>SalesOps-gegevensbestanden (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>No SalesOps store at %1</source>
        <translation>Geen SalesOps-gegevensbestand op %1</translation>
    </message>
    <message>
        <source>Create a new, empty store there, open another store file, or quit. A store is also made by importing exports with salesops-cli import.</source>
        <translation>Maak daar een nieuw, leeg gegevensbestand, open een ander gegevensbestand of sluit af. Een gegevensbestand ontstaat ook door exports te importeren met salesops-cli import.</translation>
    </message>
    <message>
        <source>&amp;Create a store here</source>
        <translation>&amp;Hier een gegevensbestand maken</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>Ander &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>The store: a file (default: salesops.sqlite in the app-data folder) or a team server (postgresql://user@host/database or service=NAME).</source>
        <translation>Het gegevensbestand (standaard: salesops.sqlite in de map met app-gegevens) of een teamserver (postgresql://gebruiker@host/database of service=NAAM).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>TableExportMenu</name>
    <message>
        <source>Export as &amp;XLSX…</source>
        <translation>Exporteren als &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, UTF-8 (*.csv)</source>
        <translation>CSV-bestanden, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Tabel exporteren</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabel</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Table saved to %1</source>
        <translation>Tabel opgeslagen in %1</translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message>
        <source>Week %1 (%2)</source>
        <translation>Week %1 (%2)</translation>
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
        <source>Area</source>
        <translation>Gebied</translation>
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
        <source>%1 · generated %2</source>
        <translation>%1 · gemaakt op %2</translation>
    </message>
    <message>
        <source>Weekly start · %1</source>
        <translation>Weekstart · %1</translation>
    </message>
    <message>
        <source>Weekly start</source>
        <translation>Weekstart</translation>
    </message>
    <message>
        <source>Figures as of %1. Each KPI is compared with %2 and with the same week last year, %3; cancellations of each week are counted as long after its end.</source>
        <translation>Cijfers per %1. Elke KPI wordt vergeleken met %2 en met dezelfde week vorig jaar, %3; de annuleringen van elke week zijn even lang na het einde ervan geteld.</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen data</translation>
    </message>
    <message>
        <source>Previous week, %1</source>
        <translation>Vorige week, %1</translation>
    </message>
    <message>
        <source>Same week last year, %1</source>
        <translation>Zelfde week vorig jaar, %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Doel: %1</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <source>Alerts: %1 worse, %2 better</source>
        <translation>Signalen: %1 slechter, %2 beter</translation>
    </message>
    <message>
        <source>Data quality: all checks passed</source>
        <translation>Datakwaliteit: alle controles geslaagd</translation>
    </message>
    <message>
        <source>Data quality: %1 of %2 checks found problems</source>
        <translation>Datakwaliteit: %1 van %2 controles vonden problemen</translation>
    </message>
    <message>
        <source>Dashboard charts</source>
        <translation>Dashboardgrafieken</translation>
    </message>
    <message>
        <source>Areas: %1 against %2</source>
        <translation>Gebieden: %1 tegenover %2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Conversion prev. week</source>
        <translation>Conversie vor. week</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Areas, continued</source>
        <translation>Gebieden (vervolg)</translation>
    </message>
    <message>
        <source>Red: conversion at least 5 points below the week before, with 30 or more contacts in both weeks.</source>
        <translation>Rood: conversie minstens 5 procentpunten lager dan de week ervoor, met 30 of meer contacten in beide weken.</translation>
    </message>
    <message>
        <source>Leaderboard: reps by orders</source>
        <translation>Ranglijst: verkopers op orders</translation>
    </message>
    <message>
        <source>Orders prev. week</source>
        <translation>Orders vor. week</translation>
    </message>
    <message>
        <source>Leaderboard, continued</source>
        <translation>Ranglijst (vervolg)</translation>
    </message>
    <message>
        <source>Alerts: significant changes and outliers</source>
        <translation>Signalen: significante veranderingen en uitschieters</translation>
    </message>
    <message>
        <source>No significant changes this week.</source>
        <translation>Geen significante veranderingen deze week.</translation>
    </message>
    <message>
        <source>Why conversion changed: effect of each area</source>
        <translation>Waarom de conversie veranderde: effect per gebied</translation>
    </message>
    <message>
        <source>Conversion has no value in one of the two weeks: there is no change to explain.</source>
        <translation>De conversie heeft in een van de twee weken geen waarde: er is geen verandering te verklaren.</translation>
    </message>
    <message>
        <source>Conversion went from %1 in %2 to %3 in %4 (%5). Each area&apos;s share of the change is split into its rate effect (its own conversion changed) and its mix effect (its share of all conversations changed); together they add up to the total change.</source>
        <translation>De conversie ging van %1 in %2 naar %3 in %4 (%5). Het aandeel van elk gebied in de verandering is gesplitst in het ratio-effect (de eigen conversie veranderde) en het mixeffect (het aandeel in alle gesprekken veranderde); samen tellen ze op tot de totale verandering.</translation>
    </message>
    <message>
        <source>Contacts before</source>
        <translation>Contacten ervoor</translation>
    </message>
    <message>
        <source>Contacts now</source>
        <translation>Contacten nu</translation>
    </message>
    <message>
        <source>Conversion before</source>
        <translation>Conversie ervoor</translation>
    </message>
    <message>
        <source>Conversion now</source>
        <translation>Conversie nu</translation>
    </message>
    <message>
        <source>Rate effect</source>
        <translation>Ratio-effect</translation>
    </message>
    <message>
        <source>Mix effect</source>
        <translation>Mixeffect</translation>
    </message>
    <message>
        <source>Total effect</source>
        <translation>Totaaleffect</translation>
    </message>
    <message>
        <source>Other areas (%1)</source>
        <translation>Overige gebieden (%1)</translation>
    </message>
    <message>
        <source>Effect of each area, continued</source>
        <translation>Effect per gebied (vervolg)</translation>
    </message>
    <message>
        <source>Cancellations by reason</source>
        <translation>Annuleringen per reden</translation>
    </message>
    <message>
        <source>Orders of %1 (eight weeks) cancelled by %2, by the reason given.</source>
        <translation>Orders van %1 (acht weken) die op %2 geannuleerd waren, naar opgegeven reden.</translation>
    </message>
    <message>
        <source>No cancellations.</source>
        <translation>Geen annuleringen.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation>Geannuleerde orders</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datakwaliteit</translation>
    </message>
    <message>
        <source>All %1 checks passed: the data is consistent.</source>
        <translation>Alle %1 controles geslaagd: de gegevens kloppen.</translation>
    </message>
    <message>
        <source>%1 of %2 checks found problems in the store. Every KPI that uses the affected rows is off until they are fixed.</source>
        <translation>%1 van %2 controles vonden problemen in het gegevensbestand. Elke KPI die de betrokken rijen gebruikt, klopt pas als die hersteld zijn.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Reps concerned</source>
        <translation>Betrokken verkopers</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <source>Data quality, continued</source>
        <translation>Datakwaliteit (vervolg)</translation>
    </message>
    <message>
        <source>Weekly start %1</source>
        <translation>Weekstart %1</translation>
    </message>
    <message>
        <source>Largest: %1</source>
        <translation>Grootste: %1</translation>
    </message>
    <message>
        <source>A rate of an area, team or rep is listed when it changed against %1 (%2), or differs from the rest of the organisation, by more than chance explains: a two-proportion z-test within each channel with |z| ≥ 2.58 (p &lt; 0.01), with at least 30 in both denominators, so a change of channel mix alone is no alert. Largest impact first, in orders: orders fewer or more than the usual rates give, a contact as the orders it brings, a cancellation as an order lost. Cancel rate 14d is judged on the orders of %3, the last four weeks old enough for it.</source>
        <translation>Een ratio van een gebied, team of verkoper staat hier als die tegenover %1 (%2) veranderd is, of afwijkt van de rest van de organisatie, met meer dan toeval verklaart: een z-toets voor twee proporties binnen elk kanaal met |z| ≥ 2,58 (p &lt; 0,01), met minstens 30 in beide noemers, zodat een andere verdeling over de kanalen alleen geen signaal is. Grootste impact eerst, in orders: orders minder of meer dan de gewone ratio&apos;s geven, een contact als de orders die het oplevert, een annulering als een verloren order. De annuleringsgraad 14d wordt beoordeeld op de orders van %3, de laatste vier weken die oud genoeg zijn.</translation>
    </message>
    <message>
        <source>This week is %1: each comparison covers the same weekdays up to the same hour. </source>
        <translation>Deze week %1: elke vergelijking beslaat dezelfde weekdagen tot hetzelfde uur. </translation>
    </message>
    <message>
        <source>Weekly start, team %1</source>
        <translation>Weekstart, team %1</translation>
    </message>
    <message>
        <source>Weekly start %1, team %2</source>
        <translation>Weekstart %1, team %2</translation>
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
        <source>Hour</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Conversion, last 8 weeks</source>
        <translation>Conversie, afgelopen 8 weken</translation>
    </message>
    <message>
        <source>Conversion per area</source>
        <translation>Conversie per gebied</translation>
    </message>
    <message>
        <source>Cancellations by reason</source>
        <translation>Annuleringen per reden</translation>
    </message>
    <message>
        <source>Conversion by weekday and hour (8 weeks)</source>
        <translation>Conversie per weekdag en uur (8 weken)</translation>
    </message>
    <message>
        <source>%1: conversion %2</source>
        <translation>%1: conversie %2</translation>
    </message>
    <message>
        <source>7 days to %1: conversion %2</source>
        <translation>7 dagen tot %1: conversie %2</translation>
    </message>
    <message>
        <source>Target: conversion %1</source>
        <translation>Doel: conversie %1</translation>
    </message>
    <message>
        <source>%1: %2 orders</source>
        <translation>%1: %2 orders</translation>
    </message>
    <message>
        <source>Significantly above the other reps&apos; %1: %2 orders cancelled more than at their rate</source>
        <translation>Significant boven de %1 van de andere verkopers: %2 orders meer geannuleerd dan bij hun percentage</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Periode ervoor</translation>
    </message>
    <message>
        <source>(none now)</source>
        <translation>(nu geen)</translation>
    </message>
    <message>
        <source>(none before)</source>
        <translation>(ervoor geen)</translation>
    </message>
    <message>
        <source>%1, this period: %2</source>
        <translation>%1, deze periode: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>no contacts</source>
        <translation>geen contacten</translation>
    </message>
    <message>
        <source>orders %1 – %2</source>
        <translation>orders %1 – %2</translation>
    </message>
    <message>
        <source>%1: %2 cancelled, %3 of all orders</source>
        <translation>%1: %2 geannuleerd, %3 van alle orders</translation>
    </message>
    <message>
        <source>How conversations end, per team</source>
        <translation>Hoe gesprekken eindigen, per team</translation>
    </message>
    <message>
        <source>How conversations end, per area</source>
        <translation>Hoe gesprekken eindigen, per gebied</translation>
    </message>
    <message>
        <source>How conversations end, per rep</source>
        <translation>Hoe gesprekken eindigen, per verkoper</translation>
    </message>
    <message>
        <source>%1: conversion %2, %3 orders</source>
        <translation>%1: conversie %2, %3 orders</translation>
    </message>
    <message>
        <source>Grey: fewer than %1 contacts, too few to read</source>
        <translation>Grijs: minder dan %1 contacten, te weinig om te lezen</translation>
    </message>
    <message>
        <source>No interest</source>
        <translation>Geen interesse</translation>
    </message>
    <message>
        <source>Already a customer</source>
        <translation>Al klant</translation>
    </message>
    <message>
        <source>Contract lock-in</source>
        <translation>Contractvast</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Terugkomen</translation>
    </message>
    <message>
        <source>Quote or sale</source>
        <translation>Offerte of verkoop</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2
%3 of %4 %5 (the step before)
%6 of %7 visits</source>
        <translation>%1: %2
%3 van %4 %5 (de stap ervoor)
%6 van %7 bezoeken</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4 conversations (%5)</source>
        <translation>%1, %2: %3 van %4 gesprekken (%5)</translation>
    </message>
    <message>
        <source>Share of conversations (contacts)</source>
        <translation>Aandeel van gesprekken (contacten)</translation>
    </message>
    <message>
        <source>Funnel: step conversion · share of visits</source>
        <translation>Funnel: stapconversie · % bezoeken</translation>
    </message>
    <message>
        <source>under %1 contacts</source>
        <translation>onder %1 contacten</translation>
    </message>
    <message>
        <source>Share of each order week cancelled, by days after ordering</source>
        <translation>Aandeel geannuleerd per orderweek, naar dagen na de order</translation>
    </message>
    <message>
        <source>%1, day %2: cancelled %3</source>
        <translation>%1, dag %2: geannuleerd %3</translation>
    </message>
    <message>
        <source>Days after ordering</source>
        <translation>Dagen na de order</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Conversion per week: %1 against the organisation</source>
        <translation>Conversie per week: %1 tegenover de organisatie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Conversion by hour</source>
        <translation>Conversie per uur</translation>
    </message>
    <message>
        <source>Conversion by weekday</source>
        <translation>Conversie per weekdag</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <source>%1 by %2 (dashed: the same period last year)</source>
        <translation>%1 per %2 (gestreept: zelfde periode vorig jaar)</translation>
    </message>
    <message>
        <source>%1 by %2 (dashed: the period before)</source>
        <translation>%1 per %2 (gestreept: de periode ervoor)</translation>
    </message>
    <message>
        <source>Other (%1 more)</source>
        <translation>Overig (nog %1)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>%1, last year</source>
        <translation>%1, vorig jaar</translation>
    </message>
    <message>
        <source>%1, last week</source>
        <translation>%1, vorige week</translation>
    </message>
    <message>
        <source>%1, period before</source>
        <translation>%1, vorige periode</translation>
    </message>
    <message>
        <source>Orders per rep (conv. · cancel 14d)</source>
        <translation>Orders per verkoper (conv. · annul. 14d)</translation>
    </message>
    <message>
        <source>red: cancel rate 14d high</source>
        <translation>rood: annulering 14d hoog</translation>
    </message>
    <message>
        <source>Cancelled orders (8 weeks)</source>
        <translation>Geannuleerd (8 weken)</translation>
    </message>
    <message>
        <source>Share of conversations</source>
        <translation>Aandeel van gesprekken</translation>
    </message>
    <message>
        <source>Organisation (your teams)</source>
        <translation>Organisatie (uw teams)</translation>
    </message>
    <message>
        <source>A week earlier</source>
        <translation>Een week eerder</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Deze periode</translation>
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
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Enter or double-click opens the rep.</source>
        <translation>Enter of dubbelklik opent de verkoper.</translation>
    </message>
    <message>
        <source>Postcode area (4 digits)</source>
        <translation>Postcodegebied (4 cijfers)</translation>
    </message>
    <message>
        <source>Street (full postcode)</source>
        <translation>Straat (volledige postcode)</translation>
    </message>
    <message>
        <source>By postcode</source>
        <translation>Per postcode</translation>
    </message>
    <message>
        <source>By rep</source>
        <translation>Per verkoper</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Per uur</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Area %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Gebied %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Homes passed unknown (not in the areas file, or 0): no coverage or penetration.</source>
        <translation>Homes passed onbekend (niet in het gebiedenbestand, of 0): geen dekking of penetratie.</translation>
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
        <source>Coverage in the period: %1</source>
        <translation>Dekking in de periode: %1</translation>
    </message>
    <message>
        <source>%1 of %2 homes passed visited at least once.</source>
        <translation>%1 van %2 homes passed minstens één keer bezocht.</translation>
    </message>
    <message>
        <source>Penetration: %1</source>
        <translation>Penetratie: %1</translation>
    </message>
    <message>
        <source>%1 active installs of %2 homes passed.</source>
        <translation>%1 actieve installaties op %2 homes passed.</translation>
    </message>
    <message>
        <source>bundling threshold %1</source>
        <translation>bundelingsdrempel %1</translation>
    </message>
    <message>
        <source>The bundling threshold of %1 is reached.</source>
        <translation>De bundelingsdrempel van %1 is gehaald.</translation>
    </message>
    <message>
        <source>At the growth of the last 8 weeks it reaches %1 on %2.</source>
        <translation>Bij de groei van de afgelopen 8 weken wordt %1 gehaald op %2.</translation>
    </message>
    <message>
        <source>No growth in the last 8 weeks: no date to reach %1.</source>
        <translation>Geen groei in de afgelopen 8 weken: geen datum waarop %1 wordt gehaald.</translation>
    </message>
    <message>
        <source>No bundling threshold for this area.</source>
        <translation>Geen bundelingsdrempel voor dit gebied.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Area %1 · %2&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Gebied %1 · %2&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Reaching %1 is not in sight: more than 5 years at the growth of the last 8 weeks.</source>
        <translation>%1 halen is niet in zicht: meer dan 5 jaar bij de groei van de afgelopen 8 weken.</translation>
    </message>
    <message>
        <source>Reaching %1 is not in sight: fewer than 4 weeks of installs to project from.</source>
        <translation>%1 halen is niet in zicht: minder dan 4 weken installaties om uit te rekenen.</translation>
    </message>
    <message>
        <source>Show another area</source>
        <translation>Toon een ander gebied</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Gebied:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Area&lt;/h2&gt;Pick an area here, or open one from the area chart or an alert.</source>
        <translation>&lt;h2&gt;Gebied&lt;/h2&gt;Kies hier een gebied, of open er een vanuit de gebiedsgrafiek of een signaal.</translation>
    </message>
    <message numerus="yes">
        <source>No visits or orders in this area in the period; the chart shows the %n weeks before its end.</source>
        <translation>
            <numerusform>Geen bezoeken of orders in dit gebied in de periode; de grafiek toont de week tot het einde ervan.</numerusform>
            <numerusform>Geen bezoeken of orders in dit gebied in de periode; de grafiek toont de %n weken tot het einde ervan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesops::ui::AttentionStrip</name>
    <message>
        <source>visits up to %1</source>
        <translation>bezoeken tot %1</translation>
    </message>
    <message>
        <source>no visits yet</source>
        <translation>nog geen bezoeken</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs attention&lt;/b&gt; (most orders at stake first; a click opens it for its period)</source>
        <translation>&lt;b&gt;Vraagt aandacht&lt;/b&gt; (meeste orders op het spel eerst; een klik opent het voor zijn periode)</translation>
    </message>
    <message>
        <source>No significant changes or outliers.</source>
        <translation>Geen significante veranderingen of uitschieters.</translation>
    </message>
    <message>
        <source>; the period is still in progress</source>
        <translation>; de periode loopt nog</translation>
    </message>
    <message>
        <source>Data quality: every check passes</source>
        <translation>Datakwaliteit: alle controles in orde</translation>
    </message>
    <message>
        <source>1 data-quality check fails</source>
        <translation>1 datakwaliteitscontrole faalt</translation>
    </message>
    <message>
        <source>%1 data-quality checks fail</source>
        <translation>%1 datakwaliteitscontroles falen</translation>
    </message>
    <message>
        <source>Open the Data quality page</source>
        <translation>Open de pagina Datakwaliteit</translation>
    </message>
    <message>
        <source>orders up to %1</source>
        <translation>orders tot %1</translation>
    </message>
    <message>
        <source>no orders yet</source>
        <translation>nog geen orders</translation>
    </message>
    <message>
        <source>cancellations up to %1</source>
        <translation>annuleringen tot %1</translation>
    </message>
    <message>
        <source>no cancellations yet</source>
        <translation>nog geen annuleringen</translation>
    </message>
    <message>
        <source>imported %1</source>
        <translation>geïmporteerd %1</translation>
    </message>
    <message>
        <source>no import logged</source>
        <translation>geen import vastgelegd</translation>
    </message>
    <message>
        <source>%1, %2, %3;
%4</source>
        <translation>%1, %2, %3;
%4</translation>
    </message>
    <message>
        <source>Checking data quality…</source>
        <translation>Datakwaliteit wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>The checks read the whole store; their result follows</source>
        <translation>De controles lezen alle gegevens; de uitkomst volgt</translation>
    </message>
</context>
<context>
    <name>salesops::ui::Breadcrumbs</name>
    <message>
        <source>Alt+Left: back</source>
        <translation>Alt+Links: terug</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>salesops::ui::CancelBreakdownModel</name>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>: fewer than %1, too few to read much into</source>
        <translation>: minder dan %1, te weinig om veel uit af te leiden</translation>
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
        <source>%1 against the other reps&apos; %2 (n = %3)%4</source>
        <translation>%1 tegen %2 van de andere verkopers (n = %3)%4</translation>
    </message>
    <message>
        <source>: significantly higher</source>
        <translation>: significant hoger</translation>
    </message>
    <message>
        <source>Above
the rest</source>
        <translation>Boven
de rest</translation>
    </message>
    <message>
        <source>Orders cancelled within 14 days beyond the other reps&apos; rate: cancelled (14d) minus orders (14d) times the rest&apos;s cancel rate 14d. Red: significantly above the rest (|z| &gt;= 2.58).</source>
        <translation>Orders binnen 14 dagen geannuleerd boven het percentage van de andere verkopers: geannuleerd (14d) min orders (14d) maal de annuleringsgraad 14d van de rest. Rood: significant boven de rest (|z| &gt;= 2,58).</translation>
    </message>
</context>
<context>
    <name>salesops::ui::CancellationsPage</name>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Share of orders</source>
        <translation>Aandeel van orders</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Cohorts&lt;/b&gt;: share of each week&apos;s orders cancelled by day 0, 7, 14, 21 and 28</source>
        <translation>&lt;b&gt;&amp;Cohorten&lt;/b&gt;: aandeel van de orders per week dat op dag 0, 7, 14, 21 en 28 geannuleerd is</translation>
    </message>
    <message>
        <source>&lt;b&gt;By &amp;reason&lt;/b&gt;: share of all the weeks&apos; orders</source>
        <translation>&lt;b&gt;Per &amp;reden&lt;/b&gt;: aandeel van alle orders van deze weken</translation>
    </message>
    <message>
        <source>&lt;b&gt;By r&amp;ep&lt;/b&gt; (greyed: fewer than 30 orders)</source>
        <translation>&lt;b&gt;Per &amp;verkoper&lt;/b&gt; (grijs: minder dan 30 orders)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Cancellations&lt;/h2&gt;Orders of %1 (the %2 ISO weeks ending with the filter&apos;s last day), cancellations known by %3: %4 of %5 orders cancelled (%6). Counted by order date, as every cancel rate.</source>
        <translation>&lt;h2&gt;Annuleringen&lt;/h2&gt;Orders van %1 (de %2 ISO-weken tot en met de laatste dag van het filter), annuleringen bekend op %3: %4 van %5 orders geannuleerd (%6). Geteld op orderdatum, zoals elke annuleringsgraad.</translation>
    </message>
</context>
<context>
    <name>salesops::ui::ChartExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Grafiek:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-afbeelding</translation>
    </message>
    <message>
        <source>SVG drawing (vector)</source>
        <translation>SVG-tekening (vector)</translation>
    </message>
    <message>
        <source>PDF document (vector)</source>
        <translation>PDF-document (vector)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Bestandstype:</translation>
    </message>
    <message>
        <source>Slide (1920 × 1080)</source>
        <translation>Dia (1920 × 1080)</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 liggend</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Aangepast</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Afmetingen:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>PDF pages are the size at 96 pixels per inch; A4 landscape is an A4 page.</source>
        <translation>PDF-pagina&apos;s krijgen de afmetingen bij 96 pixels per inch; A4 liggend is een A4-pagina.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
</context>
<context>
    <name>salesops::ui::ChartView</name>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tekeningen (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Exporteren als &amp;PNG…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Exporteren als &amp;SVG…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Exporteren als P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Kopiëren naar klembord</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Grafiek opgeslagen in %1</translation>
    </message>
</context>
<context>
    <name>salesops::ui::CohortModel</name>
    <message>
        <source>Orders of %1 – %2</source>
        <translation>Orders van %1 – %2</translation>
    </message>
    <message>
        <source>No order of this week is that old yet.</source>
        <translation>Nog geen order van deze week is zo oud.</translation>
    </message>
    <message>
        <source>Cancelled by the as-of date, of %1 orders</source>
        <translation>Geannuleerd op de peildatum, van %1 orders</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled within %n day(s) of ordering, of the %1 orders at least that old</source>
        <translation>
            <numerusform>Geannuleerd binnen %n dag na de order, van de %1 orders die minstens zo oud zijn</numerusform>
            <numerusform>Geannuleerd binnen %n dagen na de order, van de %1 orders die minstens zo oud zijn</numerusform>
        </translation>
    </message>
    <message>
        <source> (fewer than %1: too few to read much into)</source>
        <translation> (minder dan %1: te weinig om veel uit af te leiden)</translation>
    </message>
    <message>
        <source>Order week</source>
        <translation>Orderweek</translation>
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
        <source>Day %1</source>
        <translation>Dag %1</translation>
    </message>
    <message numerus="yes">
        <source>Share of the week&apos;s orders cancelled within %n day(s) of ordering, counting only orders at least that old at the as-of date</source>
        <translation>
            <numerusform>Aandeel van de orders van de week dat binnen %n dag na de order geannuleerd is, alleen geteld over orders die op de peildatum minstens zo oud zijn</numerusform>
            <numerusform>Aandeel van de orders van de week dat binnen %n dagen na de order geannuleerd is, alleen geteld over orders die op de peildatum minstens zo oud zijn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesops::ui::ColumnMappingModel</name>
    <message>
        <source>(not in file)</source>
        <translation>(niet in bestand)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
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
</context>
<context>
    <name>salesops::ui::DailyStartPage</name>
    <message>
        <source>&lt;h2&gt;Daily start: %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Dagstart: %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Daily start: %1 – %2&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Dagstart: %1 – %2&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alerts&lt;/b&gt; for %1 – %2 against the period before and against the rest, rates within channel, largest impact in orders first (two-proportion z-test, |z| ≥ 2.58); cancel rate 14d on the orders of %3 – %4. Enter or double-click opens the area, team or rep; the tooltip shows the test.</source>
        <translation>&lt;b&gt;Signalen&lt;/b&gt; voor %1 – %2 tegenover de periode ervoor en tegenover de rest, ratio&apos;s binnen het kanaal, grootste impact in orders eerst (z-toets voor twee proporties, |z| ≥ 2,58); annuleringsgraad 14d op de orders van %3 – %4. Enter of dubbelklik opent het gebied, team of de verkoper; de tooltip toont de toets.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;%1: compared with the same weekdays of the period before, up to the same hour (cancellations as of %2)&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;%1: vergeleken met dezelfde weekdagen van de periode ervoor, tot hetzelfde uur (annuleringen per %2)&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed against the period before&lt;/b&gt;</source>
        <translation>&lt;b&gt;Veranderd tegenover de periode ervoor&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stands out against the rest&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valt op tegenover de rest&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Geen.</translation>
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
        <source>&lt;b&gt;Cannot read the store:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kan het gegevensbestand niet lezen:&lt;/b&gt; %1</translation>
    </message>
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
    <message>
        <source>Period: %1</source>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Period: %1 (%2)</source>
        <translation>Periode: %1 (%2)</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Kanaal: %1</translation>
    </message>
    <message>
        <source>Area: %1</source>
        <translation>Gebied: %1</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>Plaats: %1</translation>
    </message>
    <message>
        <source>Rep: %1</source>
        <translation>Verkoper: %1</translation>
    </message>
</context>
<context>
    <name>salesops::ui::FilterChips</name>
    <message>
        <source>Filtered:</source>
        <translation>Gefilterd:</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Back to the last day with data, every team, channel, area and city</source>
        <translation>Terug naar de laatste dag met gegevens, alle teams, kanalen, gebieden en plaatsen</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Dit filter weghalen</translation>
    </message>
</context>
<context>
    <name>salesops::ui::FolderWatcher</name>
    <message>
        <source>Watch folder: %1</source>
        <translation>Bewaakte map: %1</translation>
    </message>
    <message>
        <source>Watch folder: %1: %2</source>
        <translation>Bewaakte map: %1: %2</translation>
    </message>
</context>
<context>
    <name>salesops::ui::HelpDialog</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formule</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definitie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>KPI glossary</source>
        <translation>KPI-woordenlijst</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
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
        <source>Exports (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Exports (*.csv *.txt *.tsv *.xlsx);;Alle bestanden (*)</translation>
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
        <source>&amp;Kind:</source>
        <translation>S&amp;oort:</translation>
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
        <source>Cancelled.</source>
        <translation>Afgebroken.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
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
    <message>
        <source>import command</source>
        <translation>importcommando</translation>
    </message>
    <message>
        <source>import dialog</source>
        <translation>importvenster</translation>
    </message>
    <message>
        <source>watched folder %1</source>
        <translation>bewaakte map %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
</context>
<context>
    <name>salesops::ui::ImportOutcomeModel</name>
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
        <source>Imported before: not imported again</source>
        <translation>Eerder geïmporteerd: niet opnieuw geïmporteerd</translation>
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
    <name>salesops::ui::KpiTableModel</name>
    <message>
        <source>(no postcode)</source>
        <translation>(geen postcode)</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Fewer than %1 in the denominator: read with care.</source>
        <translation>Minder dan %1 in de noemer: voorzichtig interpreteren.</translation>
    </message>
</context>
<context>
    <name>salesops::ui::KpiTile</name>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>doel: %1</translation>
    </message>
    <message>
        <source>Greyed out: fewer than 30 in the denominator, too few to read much into.</source>
        <translation>Grijs: minder dan 30 in de noemer, te weinig om veel uit af te leiden.</translation>
    </message>
    <message>
        <source>Measured on the orders of the four weeks that are at least 14 days old at the period&apos;s end, so the rate is mature and compares fairly.</source>
        <translation>Gemeten op de orders van de vier weken die aan het eind van de periode minstens 14 dagen oud zijn, zodat het percentage uitgerijpt is en eerlijk vergelijkt.</translation>
    </message>
    <message>
        <source>The period is still coming in: it is compared with the same weekdays of last week, up to the same hour.</source>
        <translation>De periode loopt nog: ze wordt vergeleken met dezelfde weekdagen van vorige week, tot hetzelfde uur.</translation>
    </message>
    <message>
        <source>Change: too few to judge (under 30).</source>
        <translation>Verandering: te weinig om te beoordelen (onder 30).</translation>
    </message>
    <message>
        <source>Change is significant (|z| = %1).</source>
        <translation>Verandering is significant (|z| = %1).</translation>
    </message>
    <message>
        <source>Change is within chance (|z| &lt; 2.58).</source>
        <translation>Verandering valt binnen het toeval (|z| &lt; 2,58).</translation>
    </message>
    <message>
        <source>vs a week earlier: %1</source>
        <translation>vs. een week eerder: %1</translation>
    </message>
    <message>
        <source>avg of the 4 weeks before: %1</source>
        <translation>gem. 4 weken ervoor: %1</translation>
    </message>
    <message>
        <source>vs same weekday last week: %1</source>
        <translation>vs. zelfde weekdag vorige week: %1</translation>
    </message>
    <message>
        <source>avg of the 4 same weekdays before: %1</source>
        <translation>gem. 4 zelfde weekdagen ervoor: %1</translation>
    </message>
    <message>
        <source>vs previous week: %1</source>
        <translation>vs. vorige week: %1</translation>
    </message>
    <message>
        <source>vs same days last week: %1</source>
        <translation>vs. zelfde dagen vorige week: %1</translation>
    </message>
    <message>
        <source>avg of the same days of the 4 weeks before: %1</source>
        <translation>gem. zelfde dagen van 4 weken ervoor: %1</translation>
    </message>
    <message>
        <source>vs the %1 days before: %2</source>
        <translation>vs. de %1 dagen ervoor: %2</translation>
    </message>
    <message>
        <source>avg of the 4 periods of %1 days before: %2</source>
        <translation>gem. 4 perioden van %1 dagen ervoor: %2</translation>
    </message>
    <message>
        <source>below target %1</source>
        <translation>onder doel %1</translation>
    </message>
    <message>
        <source>target %1 reached</source>
        <translation>doel %1 gehaald</translation>
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
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Annuleringen</translation>
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
        <source>Export &amp;weekly start…</source>
        <translation>&amp;Weekstart exporteren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Nothing to export on this page.</source>
        <translation>Niets te exporteren op deze pagina.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>The store is read-only: %1. Importing is off; the data can be viewed.</source>
        <translation>Het gegevensbestand is alleen-lezen: %1. Importeren staat uit; de gegevens zijn te bekijken.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>&amp;KPI glossary</source>
        <translation>&amp;KPI-woordenlijst</translation>
    </message>
    <message>
        <source>Keyboard &amp;shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Aangemeld als %1</translation>
    </message>
    <message>
        <source>Open &amp;team server…</source>
        <translation>&amp;Teamserver openen…</translation>
    </message>
    <message>
        <source>Opening %1 in a new window…</source>
        <translation>%1 wordt in een nieuw venster geopend…</translation>
    </message>
    <message>
        <source>a team server, import with salesops-cli --db URL import</source>
        <translation>een teamserver, importeren met salesops-cli --db URL import</translation>
    </message>
</context>
<context>
    <name>salesops::ui::OpenServerDialog</name>
    <message>
        <source>&amp;Remember the password in ~/.pgpass (readable by you only)</source>
        <translation>Wachtwoord &amp;onthouden in ~/.pgpass (alleen door u leesbaar)</translation>
    </message>
    <message>
        <source>Open team server</source>
        <translation>Teamserver openen</translation>
    </message>
    <message>
        <source>from ~/.pgpass or the service file when empty</source>
        <translation>leeg: uit ~/.pgpass of het servicebestand</translation>
    </message>
    <message>
        <source>A SalesOps store on a PostgreSQL server, shared by the team. Team leads see their teams&apos; rows only; the server decides.</source>
        <translation>Een SalesOps-gegevensopslag op een PostgreSQL-server, gedeeld door het team. Teamleiders zien alleen de rijen van hun eigen teams; dat bepaalt de server.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Poort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Wacht&amp;woord:</translation>
    </message>
    <message>
        <source>Host, database and user are needed.</source>
        <translation>Host, database en gebruiker zijn nodig.</translation>
    </message>
</context>
<context>
    <name>salesops::ui::Page</name>
    <message>
        <source>&lt;b&gt;Cannot read the store:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Kan het gegevensbestand niet lezen:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>salesops::ui::RowErrorModel</name>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
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
    <message>
        <source>&amp;Watch folder…</source>
        <translation>&amp;Map bewaken…</translation>
    </message>
    <message>
        <source>S&amp;top watching</source>
        <translation>S&amp;toppen met bewaken</translation>
    </message>
    <message>
        <source>Import each export saved in a folder once it is complete</source>
        <translation>Elke export die in een map wordt opgeslagen importeren zodra die compleet is</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Bewaakt %1</translation>
    </message>
    <message>
        <source>Watch folder</source>
        <translation>Map bewaken</translation>
    </message>
</context>
<context>
    <name>salesops::ui::SlicePage</name>
    <message>
        <source>Rep</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Uur</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Weekdag</translation>
    </message>
    <message>
        <source>Show another team</source>
        <translation>Ander team tonen</translation>
    </message>
    <message>
        <source>Show another rep</source>
        <translation>Andere verkoper tonen</translation>
    </message>
    <message>
        <source>Enter or double-click opens the rep.</source>
        <translation>Enter of dubbelklik opent de verkoper.</translation>
    </message>
    <message>
        <source>Enter or double-click opens the area.</source>
        <translation>Enter of dubbelklik opent het gebied.</translation>
    </message>
    <message>
        <source>By rep</source>
        <translation>Per verkoper</translation>
    </message>
    <message>
        <source>By area</source>
        <translation>Per gebied</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Per uur</translation>
    </message>
    <message>
        <source>By weekday</source>
        <translation>Per weekdag</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Rep:</source>
        <translation>Verkoper:</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Team&lt;/h2&gt;Pick a team here, or open one from an alert or a rep&apos;s page.</source>
        <translation>&lt;h2&gt;Team&lt;/h2&gt;Kies hier een team, of open er een vanuit een signaal of de pagina van een verkoper.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Rep&lt;/h2&gt;Pick a rep here, or open one from the leaderboard, an alert or a table.</source>
        <translation>&lt;h2&gt;Verkoper&lt;/h2&gt;Kies hier een verkoper, of open er een vanuit de ranglijst, een signaal of een tabel.</translation>
    </message>
    <message>
        <source>Click the team to open it.</source>
        <translation>Klik op het team om het te openen.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Rep %1 · not in the reps file&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Verkoper %1 · niet in het verkopersbestand&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>salesops::ui::StartScreen</name>
    <message>
        <source>&lt;h2&gt;No visits in this store yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Nog geen bezoeken in dit gegevensbestand&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Import the exports of the CRM, the field app and the order desk (visits, orders, cancellations, reps, areas, targets) to see the daily start. Or look around in demo data first: it opens in a window of its own and leaves this store as it is.</source>
        <translation>Importeer de exports van het CRM, de veld-app en de orderdesk (bezoeken, orders, annuleringen, verkopers, gebieden, doelen) om de dagstart te zien. Of kijk eerst rond in demodata: die opent in een eigen venster en laat dit gegevensbestand zoals het is.</translation>
    </message>
    <message>
        <source>Import exports…</source>
        <translation>Exports importeren…</translation>
    </message>
    <message>
        <source>Open demo data</source>
        <translation>Demodata openen</translation>
    </message>
</context>
<context>
    <name>salesops::ui::TrendModel</name>
    <message>
        <source>n = %1: fewer than %2, too few to read much into</source>
        <translation>n = %1: minder dan %2, te weinig om veel uit af te leiden</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
</context>
<context>
    <name>salesops::ui::TrendsPage</name>
    <message>
        <source>&amp;KPI:</source>
        <translation>&amp;KPI:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>Pe&amp;r:</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>&amp;Split by:</source>
        <translation>&amp;Uitsplitsen naar:</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Gebied</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Verkoper</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>C&amp;ompare with:</source>
        <translation>&amp;Vergelijken met:</translation>
    </message>
    <message>
        <source>Period before</source>
        <translation>Vorige periode</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Zelfde periode vorig jaar</translation>
    </message>
    <message>
        <source>Showing the top %1 by volume; the other %2 are left out, because the engine cannot filter by product to measure them together.</source>
        <translation>Alleen de top %1 op volume; de andere %2 zijn weggelaten, omdat de rekenkern niet op product kan filteren om ze samen te meten.</translation>
    </message>
    <message>
        <source>Top %1 by volume; “Other” is the remaining %2 measured together.</source>
        <translation>Top %1 op volume; “Overig” is de overige %2 samen gemeten.</translation>
    </message>
    <message>
        <source>The filter bar&apos;s period is short for a trend: showing %1 – %2 (Ctrl+F sets another period).</source>
        <translation>De periode in de filterbalk is te kort voor een trend: getoond wordt %1 – %2 (Ctrl+F kiest een andere periode).</translation>
    </message>
</context>
<context>
    <name>salesops::ui::WeeklyReportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF openen</translation>
    </message>
    <message>
        <source>Export weekly start</source>
        <translation>Weekstart exporteren</translation>
    </message>
    <message>
        <source>One PDF for the weekly start: the KPIs against the week before and the same week last year, every dashboard chart, the area table, the leaderboard, the alerts with their explanation, cancellations by reason and the data quality.</source>
        <translation>Eén PDF voor de weekstart: de KPI&apos;s tegenover de week ervoor en dezelfde week vorig jaar, alle dashboardgrafieken, de gebiedentabel, de ranglijst, de signalen met hun uitleg, de annuleringen per reden en de datakwaliteit.</translation>
    </message>
    <message>
        <source>&amp;Week (any day of it):</source>
        <translation>&amp;Week (willekeurige dag):</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Opslaan als:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Save the weekly start as</source>
        <translation>Weekstart opslaan als</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Looking for the last complete week with data…</source>
        <translation>Laatste volledige week met data zoeken…</translation>
    </message>
    <message>
        <source>Cannot read the store: %1</source>
        <translation>Kan het gegevensbestand niet lezen: %1</translation>
    </message>
    <message>
        <source>Week %1 (%2): %3 – %4</source>
        <translation>Week %1 (%2): %3 – %4</translation>
    </message>
    <message>
        <source>weekly-start-%1.pdf</source>
        <translation>weekstart-%1.pdf</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Kies waar de PDF moet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Reading the week&apos;s data…</source>
        <translation>Gegevens van de week lezen…</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>Pagina&apos;s tekenen…</translation>
    </message>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation>Kan de PDF niet schrijven: %1</translation>
    </message>
    <message>
        <source>Saved %1 pages to %2.</source>
        <translation>%1 pagina&apos;s opgeslagen in %2.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>weekly-start-%1-%2.pdf</source>
        <translation>weekstart-%1-%2.pdf</translation>
    </message>
</context>
<context>
    <name>salesops::ui::WindowHost</name>
    <message>
        <source>Watch folder: %1 not imported: %2</source>
        <translation>Bewaakte map: %1 niet geïmporteerd: %2</translation>
    </message>
    <message>
        <source>Watch folder: %1 was imported before</source>
        <translation>Bewaakte map: %1 was al eerder geïmporteerd</translation>
    </message>
    <message>
        <source>Watch folder: imported %1 (%2): %3 inserted, %4 updated, %5 unchanged, %6 rejected</source>
        <translation>Bewaakte map: %1 geïmporteerd (%2): %3 nieuw, %4 bijgewerkt, %5 ongewijzigd, %6 afgekeurd</translation>
    </message>
</context>
</TS>
