<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>salesops::ui::AreaPage</name>
    <message numerus="yes">
        <source>No visits or orders in this area in the period; the chart shows the %n weeks before its end.</source>
        <translation>
            <numerusform>No visits or orders in this area in the period; the chart shows the week before its end.</numerusform>
            <numerusform>No visits or orders in this area in the period; the chart shows the %n weeks before its end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesops::ui::CohortModel</name>
    <message numerus="yes">
        <source>Cancelled within %n day(s) of ordering, of the %1 orders at least that old</source>
        <translation>
            <numerusform>Cancelled within %n day of ordering, of the %1 orders at least that old</numerusform>
            <numerusform>Cancelled within %n days of ordering, of the %1 orders at least that old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Share of the week&apos;s orders cancelled within %n day(s) of ordering, counting only orders at least that old at the as-of date</source>
        <translation>
            <numerusform>Share of the week&apos;s orders cancelled within %n day of ordering, counting only orders at least that old at the as-of date</numerusform>
            <numerusform>Share of the week&apos;s orders cancelled within %n days of ordering, counting only orders at least that old at the as-of date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesops::ui::DataQualityPage</name>
    <message numerus="yes">
        <source>All %n checks passed: the data is consistent.</source>
        <translation>
            <numerusform>%n check passed: the data is consistent.</numerusform>
            <numerusform>All %n checks passed: the data is consistent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) found problems. Expand a row for examples; every KPI that uses the affected rows is off until they are fixed.</source>
        <translation>
            <numerusform>%n check found problems. Expand a row for examples; every KPI that uses the affected rows is off until they are fixed.</numerusform>
            <numerusform>%n checks found problems. Expand a row for examples; every KPI that uses the affected rows is off until they are fixed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>salesops::ui::ImportsPage</name>
    <message numerus="yes">
        <source>%n import(s) recorded in this store.</source>
        <translation>
            <numerusform>%n import recorded in this store.</numerusform>
            <numerusform>%n imports recorded in this store.</numerusform>
        </translation>
    </message>
</context>
</TS>
