// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/core/KpiCatalogue.h"

#include <algorithm>
#include <array>

#include "salesops/core/KpiId.h"

namespace salesops {
namespace {

using K = KpiKind;

// The texts follow spec/kpis.md; the Dutch ones use the words the sales teams use (gesprek, offerte).
constexpr std::array<KpiDefinition, 27> kCatalogue = {{
    {"visits", K::Count, false, "", "", "", "Visits in the period.", "Bezoeken in de periode."},
    {"contacts", K::Count, false, "", "", "", "Visits where someone opened the door (outcome not not_home).",
     "Bezoeken waarbij iemand opendeed (uitkomst niet 'niet thuis')."},
    {"pitches", K::Count, false, "", "", "",
     "Visits with a sales conversation: outcome no_interest, callback, quote or sale.",
     "Bezoeken met een verkoopgesprek: uitkomst geen interesse, terugbellen, offerte of verkoop."},
    {"quotes", K::Count, false, "", "", "", "Visits ending in a quote or a sale.",
     "Bezoeken die eindigden in een offerte of een verkoop."},
    {"orders", K::Count, false, "", "", "", "Orders placed in the period.", "Orders geplaatst in de periode."},
    {"cancelled", K::Count, false, "", "", "",
     "Orders of the period cancelled on or before the as-of date (a cohort, not by cancellation date).",
     "Orders uit de periode die op of voor de peildatum zijn geannuleerd (cohort, niet op annuleringsdatum)."},
    {"pre_install_cancelled", K::Count, false, "", "", "",
     "Cancelled orders of the period that were cancelled before they were installed.",
     "Geannuleerde orders uit de periode die voor de installatie zijn geannuleerd."},
    {"installed", K::Count, false, "", "", "",
     "Orders of the period installed on or before the as-of date and not cancelled.",
     "Orders uit de periode die op of voor de peildatum zijn geinstalleerd en niet geannuleerd."},
    {"addresses", K::Count, false, "", "", "",
     "Distinct addresses (postcode, house number, addition) visited door to door in the period.",
     "Verschillende adressen (postcode, huisnummer, toevoeging) die deur aan deur zijn bezocht."},
    {"addresses_2x", K::Count, false, "", "", "", "Addresses visited door to door at least twice in the period.",
     "Adressen die in de periode minstens twee keer deur aan deur zijn bezocht."},
    {"addresses_3x", K::Count, false, "", "", "", "Addresses visited door to door at least three times in the period.",
     "Adressen die in de periode minstens drie keer deur aan deur zijn bezocht."},
    {"revenue", K::Count, false, "", "", "",
     "Monthly fee of the period's orders that are not cancelled: monthly recurring revenue sold.",
     "Maandbedrag van de niet-geannuleerde orders uit de periode: verkochte maandomzet."},
    {"field_hours", K::Count, false, "", "", "",
     "Hours in the field: per rep and day, first to last visit plus 5 minutes.",
     "Uren in het veld: per verkoper en dag van eerste tot laatste bezoek plus 5 minuten."},
    {"contact_rate", K::Rate, true, "d2d contacts", "d2d visits", "d2d contacts / d2d visits",
     "How often a door opens: contacts per door-to-door visit (no value at a stand or on the bus).",
     "Hoe vaak de deur opengaat: contacten per deur-aan-deurbezoek (geen waarde bij een stand of de bus)."},
    {"conversion", K::Rate, true, "orders", "contacts", "orders / contacts", "Orders per conversation at the door.",
     "Gespreksconversie: orders per gesprek aan de deur."},
    {"hit_rate", K::Rate, true, "d2d orders", "d2d visits", "d2d orders / d2d visits",
     "Door-to-door orders per doorbell rung (no value at a stand or on the bus).",
     "Deur-aan-deurorders per aangebelde deur (geen waarde bij een stand of de bus)."},
    {"cancel_rate", K::Rate, true, "cancelled", "orders", "cancelled / orders",
     "Share of the period's orders cancelled by the as-of date; low for recent periods that had no time yet.",
     "Aandeel van de orders uit de periode dat op de peildatum is geannuleerd; laag voor recente periodes."},
    {"cancel_rate_14d", K::Rate, true, "cancelled_14d", "orders_14d", "cancelled_14d / orders_14d",
     "Of the period's orders at least 14 days old, the share cancelled within 14 days (the cooling-off period).",
     "Van de orders uit de periode die minstens 14 dagen oud zijn, het aandeel dat binnen 14 dagen is "
     "geannuleerd (de bedenktijd)."},
    {"pre_install_churn", K::Rate, true, "pre_install_cancelled", "orders", "pre_install_cancelled / orders",
     "Share of orders lost before the customer was connected.",
     "Aandeel orders dat verloren ging voordat de klant was aangesloten."},
    {"quote_conversion", K::Rate, true, "orders", "quotes", "orders / quotes", "Orders per quote.",
     "Orders per offerte."},
    {"addresses_per_sale", K::Rate, false, "addresses", "d2d orders", "d2d addresses / d2d orders",
     "How many doors it takes to make a sale: door-to-door addresses per door-to-door order.",
     "Hoeveel deuren er nodig zijn voor een verkoop: deur-aan-deuradressen per deur-aan-deurorder."},
    {"first_time_right", K::Rate, true, "ftr_true", "ftr_known", "first_time_right / orders where known",
     "Orders right the first time at the order desk, of the orders where this is known.",
     "Orders die in een keer goed waren bij de orderbalie, van de orders waarvan dat bekend is."},
    {"coverage", K::Rate, true, "addresses", "homes_passed", "addresses / homes_passed",
     "How much of the walking area was worked: door-to-door addresses visited per home passed.",
     "Hoeveel van het loopgebied is bewerkt: deur aan deur bezochte adressen per aansluitbare woning."},
    {"penetration", K::Rate, true, "active_installs", "homes_passed", "active_installs / homes_passed",
     "Installed and not cancelled orders ever, up to the period's end, per home passed.",
     "Geinstalleerde en niet geannuleerde orders tot het einde van de periode, per aansluitbare woning."},
    {"visits_per_hour", K::Rate, false, "visits", "field_hours", "visits / field_hours",
     "Pace in the field: visits per field hour.", "Tempo in het veld: bezoeken per velduur."},
    {"orders_per_hour", K::Rate, false, "orders", "field_hours", "orders / field_hours",
     "Orders per field hour: a fair comparison of reps, areas and channels.",
     "Orders per velduur: een eerlijke vergelijking van verkopers, gebieden en kanalen."},
    {"bundling_date", K::Date, false, "", "", "",
     "Projected date on which penetration reaches the area's bundling threshold, from the average weekly growth "
     "over the last 8 complete weeks; not in sight beyond 5 years or with fewer than 4 weeks of installs.",
     "Verwachte datum waarop de penetratie de bundeldrempel van het gebied haalt, uit de gemiddelde groei per "
     "week over de laatste 8 volle weken; niet in zicht na meer dan 5 jaar of met minder dan 4 weken installaties."},
}};

// KpiId is the catalogue in code: the same KPIs in the same order, so that an id indexes the catalogue.
constexpr bool idsMatchCatalogue() {
  if (kCatalogue.size() != kKpiIdCount) return false;
  for (std::size_t i = 0; i < kCatalogue.size(); ++i)
    if (kCatalogue[i].name != kKpiIdNames[i]) return false;
  return true;
}
static_assert(idsMatchCatalogue(), "KpiId (KpiId.h) and the catalogue list different KPIs or a different order");

}  // namespace

std::span<const KpiDefinition> kpiCatalogue() { return kCatalogue; }

const KpiDefinition* findKpi(std::string_view name) {
  auto it = std::find_if(kCatalogue.begin(), kCatalogue.end(), [&](const KpiDefinition& d) { return d.name == name; });
  return it == kCatalogue.end() ? nullptr : &*it;
}

const KpiDefinition& kpiDefinition(KpiId id) { return kCatalogue[static_cast<std::size_t>(id)]; }

}  // namespace salesops
