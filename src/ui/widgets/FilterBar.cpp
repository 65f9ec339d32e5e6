// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/FilterBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

#include "window/Settings.h"
#include "window/StoreSession.h"

#include "salesops/core/QtDate.h"

namespace salesops::ui {
namespace {

struct Choices {
  QStringList teams, areas, cities;
  QStringList areaLabels;  ///< how each of `areas` reads in its box, "Overvecht (UTR-03)"
  QDate lastDay;
};

}  // namespace

FilterBar::FilterBar(StoreSession& session, QWidget* parent)
    : QWidget(parent),
      session_(session),
      preset_(new QComboBox(this)),
      from_(new QDateEdit(this)),
      to_(new QDateEdit(this)),
      team_(choice(tr("All teams"))),
      channel_(choice(tr("All channels"))),
      area_(choice(tr("All areas"))),
      city_(choice(tr("All cities"))),
      problem_(new QLabel(this)) {
  setObjectName("filterBar");
  preset_->addItems(
      {tr("Last day with data"), tr("This week"), tr("Last week"), tr("Last 4 weeks"), tr("This month"), tr("Custom")});
  preset_->setObjectName("periodPreset");
  for (QDateEdit* e : {from_, to_}) {
    e->setCalendarPopup(true);
    e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
  }
  channel_->addItem(tr("Door to door"), "d2d");
  channel_->addItem(tr("High traffic location"), "htl");
  channel_->addItem(tr("Promotion bus"), "promo_bus");

  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(8, 4, 8, 4);
  auto* periodLabel = new QLabel(tr("&Period:"), this);
  periodLabel->setBuddy(preset_);
  layout->addWidget(periodLabel);
  layout->addWidget(preset_);
  layout->addWidget(from_);
  layout->addWidget(new QLabel(QStringLiteral("\u2013"), this));
  layout->addWidget(to_);
  layout->addSpacing(12);
  for (QComboBox* c : {team_, channel_, area_, city_}) layout->addWidget(c);
  layout->addStretch();
  problem_->setObjectName("storeProblem");
  problem_->hide();
  layout->addWidget(problem_);

  preset_->setCurrentIndex(settings::filterPreset.get());
  connect(preset_, &QComboBox::currentIndexChanged, this, [this] {
    if (loading_) return;  // reset() and setPeriod() change it among other things, and say so once
    applyPreset();
    save();
    emit changed();
  });
  for (QDateEdit* e : {from_, to_})
    connect(e, &QDateEdit::dateChanged, this, [this] {
      if (loading_ || preset_->currentIndex() != Custom) return;
      save();
      emit changed();
    });
  for (QComboBox* c : {team_, channel_, area_, city_})
    connect(c, &QComboBox::currentIndexChanged, this, [this] {
      if (loading_) return;
      save();
      emit changed();
    });
  connect(&session_, &StoreSession::dataChanged, this, &FilterBar::reloadChoices);
  reloadChoices();
}

QComboBox* FilterBar::choice(const QString& all) {
  auto* c = new QComboBox(this);
  c->addItem(all, QString());
  c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  return c;
}

void FilterBar::reloadChoices() {
  const Date today = fromQDate(QDate::currentDate());
  session_.read<Choices>(
      this,
      [today](kpi::ReadSession& s) -> Result<Choices> {
        auto f = s.filterChoices(today);
        if (!f) return f.error();
        const auto list = [](const std::vector<std::string>& names) {
          QStringList out;
          for (const std::string& n : names) out << QString::fromStdString(n);
          return out;
        };
        Choices c{list(f->teams), list(f->areas), list(f->cities), list(f->areaLabels), {}};
        if (f->lastCompleteDay) c.lastDay = toQDate(*f->lastCompleteDay);
        return c;
      },
      [this](Result<Choices> r) {
        // Without its choices the bar is not ready and no page loads: say why, not a blank window.
        problem_->setVisible(!r);
        if (!r) {
          problem_->setText(
              tr("<b>Cannot read the store:</b> %1").arg(QString::fromStdString(r.error().message).toHtmlEscaped()));
          return;
        }
        loading_ = true;
        // Each item's data is what the filter and the settings keep; its text what people read.
        const auto fill = [&](QComboBox* box, const QStringList& items, const QStringList& labels,
                              const SettingValue<QString>& saved) {
          const QString keep = box->currentIndex() > 0 ? box->currentData().toString() : saved.get();
          while (box->count() > 1) box->removeItem(1);
          for (qsizetype i = 0; i < items.size(); ++i) box->addItem(i < labels.size() ? labels[i] : items[i], items[i]);
          box->setCurrentIndex(std::max(0, box->findData(keep)));
        };
        fill(team_, r->teams, {}, settings::filterTeam);
        fill(area_, r->areas, r->areaLabels, settings::filterArea);
        fill(city_, r->cities, {}, settings::filterCity);
        channel_->setCurrentIndex(std::max(0, channel_->findData(settings::filterChannel.get())));
        lastDay_ = r->lastDay.isValid() ? r->lastDay : QDate::currentDate().addDays(-1);
        if (preset_->currentIndex() == Custom) {
          const QDate from = settings::filterFrom.get(), to = settings::filterTo.get();
          from_->setDate(from.isValid() ? from : lastDay_);
          to_->setDate(to.isValid() ? to : lastDay_);
        }
        applyPreset();
        loading_ = false;
        emit changed();
      });
}

void FilterBar::applyPreset() {
  const bool custom = preset_->currentIndex() == Custom;
  from_->setEnabled(custom);
  to_->setEnabled(custom);
  if (custom || !lastDay_.isValid()) return;
  const bool wasLoading = loading_;
  loading_ = true;
  const QDate d = lastDay_;
  const QDate monday = d.addDays(1 - d.dayOfWeek());
  switch (preset_->currentIndex()) {
    case LastDay:
      from_->setDate(d);
      to_->setDate(d);
      break;
    case ThisWeek:
      from_->setDate(monday);
      to_->setDate(d);
      break;
    case LastWeek:
      from_->setDate(monday.addDays(-7));
      to_->setDate(monday.addDays(-1));
      break;
    case Last4Weeks:
      from_->setDate(d.addDays(-27));
      to_->setDate(d);
      break;
    case ThisMonth:
      from_->setDate(QDate(d.year(), d.month(), 1));
      to_->setDate(d);
      break;
  }
  loading_ = wasLoading;
}

void FilterBar::save() const {
  settings::filterPreset.set(preset_->currentIndex());
  settings::filterFrom.set(from_->date());
  settings::filterTo.set(to_->date());
  settings::filterTeam.set(team_->currentData().toString());
  settings::filterChannel.set(channel_->currentData().toString());
  settings::filterArea.set(area_->currentData().toString());
  settings::filterCity.set(city_->currentData().toString());
}

kpi::DashboardQuery FilterBar::query() const {
  kpi::DashboardQuery q;
  q.period = Period{fromQDate(from_->date()), fromQDate(std::max(from_->date(), to_->date()))};
  q.asOf = fromQDate(QDate::currentDate());  // the one as-of rule: today
  q.today = q.asOf;
  if (team_->currentIndex() > 0) q.filters.teams.push_back(team_->currentData().toString().toStdString());
  if (area_->currentIndex() > 0) q.filters.areas.push_back(area_->currentData().toString().toStdString());
  if (city_->currentIndex() > 0) q.filters.cities.push_back(city_->currentData().toString().toStdString());
  if (channel_->currentIndex() > 0)
    if (auto c = fromString<Channel>(channel_->currentData().toString().toStdString()))
      q.filters.channels.push_back(*c);
  return q;
}

void FilterBar::setPreset(Preset preset) { preset_->setCurrentIndex(preset); }

QList<FilterBar::Active> FilterBar::activeFilters() const {
  QList<Active> out;
  if (preset_->currentIndex() != LastDay) {
    const QLocale locale;
    const QString from = locale.toString(from_->date(), "d MMM"), to = locale.toString(to_->date(), "d MMM");
    const QString days = from_->date() == to_->date() ? from : from + QStringLiteral(" \u2013 ") + to;
    out.push_back({"period", preset_->currentIndex() == Custom
                                 ? tr("Period: %1").arg(days)
                                 : tr("Period: %1 (%2)").arg(preset_->currentText(), days)});
  }
  const std::pair<const char*, QComboBox*> boxes[] = {
      {"team", team_}, {"channel", channel_}, {"area", area_}, {"city", city_}};
  for (const auto& [key, box] : boxes)
    if (box->currentIndex() > 0) out.push_back({key, filterLabel(key, box->currentText())});
  return out;
}

QString FilterBar::filterLabel(const QString& key, const QString& value) {
  if (key == "team") return tr("Team: %1").arg(value);
  if (key == "channel") return tr("Channel: %1").arg(value);
  if (key == "area") return tr("Area: %1").arg(value);
  if (key == "city") return tr("City: %1").arg(value);
  if (key == "rep") return tr("Rep: %1").arg(value);
  return value;
}

void FilterBar::clearFilter(const QString& key) {
  if (key == "period") preset_->setCurrentIndex(LastDay);
  for (auto [name, box] : {std::pair{"team", team_}, {"channel", channel_}, {"area", area_}, {"city", city_}})
    if (key == name) box->setCurrentIndex(0);
}

void FilterBar::reset() {
  loading_ = true;  // one change for the lot, not one per box
  for (QComboBox* c : {preset_, team_, channel_, area_, city_}) c->setCurrentIndex(0);
  applyPreset();
  loading_ = false;
  save();
  emit changed();
}

void FilterBar::setPeriod(const QDate& from, const QDate& to) {
  loading_ = true;
  preset_->setCurrentIndex(Custom);
  from_->setDate(from);
  to_->setDate(to);
  applyPreset();
  loading_ = false;
  save();
  emit changed();
}

}  // namespace salesops::ui
