// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QActionGroup>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <cmath>
#include <gtest/gtest.h>
#include <set>

#include "UiTestFixture.h"
#include "pages/DailyStartPage.h"
#include "widgets/AttentionStrip.h"
#include "widgets/FilterBar.h"
#include "widgets/KpiTile.h"
#include "window/MainWindow.h"
#include "window/SettingsMenu.h"
#include "window/StoreSession.h"
#include "window/WindowHost.h"
#include "window/appearance.h"

#include "salesops/charts/KpiText.h"
#include "salesops/demo/StoreDemoSink.h"
#include "salesops/kpi/DataQuality.h"
#include "salesops/kpi/KpiEngine.h"

using namespace salesops;

namespace {

// Its own binary (not ui_tests): the language, default locale and palette are process-wide.
QApplication& app() {
  static int argc = 1;
  static char name[] = "ui_translation_tests";
  static char* argv[] = {name, nullptr};
  static QApplication* instance = [] {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    auto* a = new QApplication(argc, argv);
    QCoreApplication::setOrganizationName("SalesOpsTest");
    QCoreApplication::setApplicationName("ui_translation_tests");
    // ctest runs the cases of this binary side by side; each process keeps its own settings, or
    // one case's language would leak into another's.
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    return a;
  }();
  return *instance;
}

using uitest::kTimeoutMs;

// Dutch digit grouping written out by hand (not through QLocale): 12345 -> "12.345".
QString dutchThousands(qint64 n) {
  QString digits = QString::number(n);
  for (qsizetype i = digits.size() - 3; i > 0; i -= 3) digits.insert(i, '.');
  return digits;
}

QString tileTitle(ui::KpiTile* tile) { return tile->findChildren<QLabel*>().front()->text(); }

QStringList pageTitles(ui::MainWindow* window) {
  QStringList titles;
  auto* list = window->findChild<QListWidget*>("pageList");
  for (int i = 0; i < list->count(); ++i) titles << list->item(i)->text();
  return titles;
}

QStringList menuTitles(ui::MainWindow* window) {
  QStringList titles;
  for (QAction* a : window->menuBar()->actions()) titles << a->text();
  return titles;
}

class TranslationTest : public uitest::DemoStoreTest {
 protected:
  void SetUp() override { ASSERT_NO_FATAL_FAILURE(openDemoStore()); }

  void TearDown() override {
    ui::applyLanguage(ui::Language::English);
    ui::applyPalette(ui::PaletteChoice::System);
  }

  std::unique_ptr<ui::MainWindow> openWindow(ui::Language language) {
    ui::storeLanguage(language);
    ui::applyLanguage(language);
    auto window = std::make_unique<ui::MainWindow>(*session);
    window->resize(1366, 768);
    window->show();
    return window;
  }

  // Four weeks of the demo: over a thousand visits, so the count needs a thousands separator.
  static bool showLastFourWeeks(ui::MainWindow* window) {
    QSignalSpy loaded(window->dailyStart(), &ui::DailyStartPage::loaded);
    if (!loaded.wait(kTimeoutMs)) return false;
    loaded.clear();
    window->filterBar()->setPreset(ui::FilterBar::Last4Weeks);
    return loaded.wait(kTimeoutMs);
  }

  kpi::KpiValues engineTotals(const kpi::DashboardQuery& q) const {
    auto store = store::Store::open(path, store::OpenMode::ReadOnly);
    auto rows = kpi::KpiEngine(**store).run(
        {q.period, q.asOf, {}, q.filters, std::nullopt, {KpiId::visits, KpiId::conversion}});
    return rows->front().now;
  }
};

}  // namespace

TEST_F(TranslationTest, DutchWindowHasDutchTitlesAndDutchNumbers) {
  auto window = openWindow(ui::Language::Dutch);
  ASSERT_TRUE(showLastFourWeeks(window.get()));
  const QStringList pages = pageTitles(window.get());
  ASSERT_EQ(pages.size(), 8);
  EXPECT_EQ(pages[0], "Dagstart");
  EXPECT_EQ(pages[2], "Annuleringen");
  EXPECT_EQ(pages[3], "Gebied");
  EXPECT_EQ(pages[6], "Datakwaliteit");
  EXPECT_TRUE(menuTitles(window.get()).contains("&Bestand"));
  EXPECT_TRUE(menuTitles(window.get()).contains("&Instellingen"));
  ui::DailyStartPage* page = window->dailyStart();
  EXPECT_EQ(tileTitle(page->tile(0)), "Bezoeken");
  EXPECT_EQ(tileTitle(page->tile(3)), "Conversie");
  EXPECT_EQ(tileTitle(page->tile(4)), "Hitrate");

  const kpi::KpiValues totals = engineTotals(window->filterBar()->query());
  const qint64 visits = std::get<int64_t>(totals.value(KpiId::visits));
  ASSERT_GE(visits, 1000);
  EXPECT_EQ(page->tile(0)->valueText(), dutchThousands(visits));
  EXPECT_TRUE(page->tile(0)->valueText().contains('.'));
  // Conversion = orders / contacts, one decimal, decimal comma: 0.1234 is "12,3%".
  const auto parts = totals.parts(KpiId::conversion);
  ASSERT_TRUE(parts && parts->denominator > 0);
  const double percent = std::round(parts->numerator / parts->denominator * 1000.0) / 10.0;
  EXPECT_EQ(page->tile(3)->valueText(), QString::number(percent, 'f', 1).replace('.', ',') + "%");
  EXPECT_TRUE(page->tile(3)->valueText().contains(','));
  // The chart's own title; the view adds the filter line under it when a filter is set.
  EXPECT_EQ(page->chartView("funnel")->title(), "Funnel: stapconversie \u00b7 % bezoeken");
  EXPECT_EQ(page->chartView("conversion-trend")->title(), "Conversie, afgelopen 8 weken");
  // The freshness line's moments of the demo (see DailyStartAttentionTest) in Dutch words and dates.
  const QString fresh = page->attentionStrip()->freshnessText();
  EXPECT_TRUE(
      fresh.startsWith("Bezoeken tot vr 27 nov. 17:21, orders tot vr 27 nov. 16:56, annuleringen tot di 24 "
                       "nov. 13:01;\ngeen import vastgelegd"))
      << fresh.toStdString();
}

TEST_F(TranslationTest, EnglishWindowHasEnglishTitlesAndEnglishNumbers) {
  auto window = openWindow(ui::Language::English);
  ASSERT_TRUE(showLastFourWeeks(window.get()));
  EXPECT_EQ(pageTitles(window.get()),
            (QStringList{"Daily start", "Trends", "Cancellations", "Area", "Team", "Rep", "Data quality", "Imports"}));
  EXPECT_TRUE(menuTitles(window.get()).contains("&File"));
  EXPECT_EQ(tileTitle(window->dailyStart()->tile(3)), "Conversion");
  const kpi::KpiValues totals = engineTotals(window->filterBar()->query());
  const qint64 visits = std::get<int64_t>(totals.value(KpiId::visits));
  EXPECT_EQ(window->dailyStart()->tile(0)->valueText(), dutchThousands(visits).replace('.', ','));
  // Plural forms come from the English translation file.
  EXPECT_EQ(
      QCoreApplication::translate("salesops::ui::ImportsPage", "%n import(s) recorded in this store.", nullptr, 1),
      "1 import recorded in this store.");
  EXPECT_EQ(
      QCoreApplication::translate("salesops::ui::ImportsPage", "%n import(s) recorded in this store.", nullptr, 3),
      "3 imports recorded in this store.");
}

TEST_F(TranslationTest, PickingALanguageInTheMenuRemakesTheWindowAtOnce) {
  ui::storeLanguage(ui::Language::English);
  ui::applyLanguage(ui::Language::English);
  ui::WindowHost host(*session);
  host.window()->show();
  ui::MainWindow* first = host.window();
  EXPECT_EQ(pageTitles(first).front(), "Daily start");
  QPointer<ui::MainWindow> old(first);
  QSignalSpy remade(&host, &ui::WindowHost::windowRemade);
  auto* menu = first->findChild<ui::SettingsMenu*>("settingsMenu");
  ASSERT_NE(menu, nullptr);
  QAction* dutch = nullptr;
  for (QAction* a : menu->languages()->actions())
    if (a->data().toString() == "nl") dutch = a;
  ASSERT_NE(dutch, nullptr);
  EXPECT_EQ(dutch->text(), "&Nederlands");
  dutch->trigger();
  ASSERT_TRUE(remade.wait(kTimeoutMs));
  EXPECT_NE(host.window(), first);
  EXPECT_TRUE(host.window()->isVisible());
  EXPECT_EQ(pageTitles(host.window()).front(), "Dagstart");
  EXPECT_EQ(QSettings().value("ui/language").toString(), "nl");
  EXPECT_EQ(QLocale().language(), QLocale::Dutch);
  EXPECT_TRUE(QTest::qWaitFor([&] { return old.isNull(); }, kTimeoutMs));  // the old window is gone
}

TEST(Language, SystemLocaleChoosesDutchForAnyDutchLocaleAndEnglishOtherwise) {
  using ui::Language;
  EXPECT_EQ(ui::localeFor(Language::System, QLocale("nl_NL")), QLocale("nl_NL"));
  EXPECT_EQ(ui::localeFor(Language::System, QLocale("nl_BE")), QLocale("nl_BE"));
  EXPECT_EQ(ui::localeFor(Language::System, QLocale("en_US")), QLocale("en_US"));
  EXPECT_EQ(ui::localeFor(Language::System, QLocale("de_DE")), QLocale("en_GB"));
  EXPECT_EQ(ui::localeFor(Language::Dutch, QLocale("en_US")), QLocale("nl_NL"));
  EXPECT_EQ(ui::localeFor(Language::English, QLocale("nl_NL")), QLocale("en_GB"));
  EXPECT_EQ(ui::languageFromCode("nl"), Language::Dutch);
  EXPECT_EQ(ui::languageFromCode("bogus"), Language::System);
}

TEST(Language, KpiTitlesFollowTheLocaleAskedForWhateverTheWindowSpeaks) {
  app();
  ui::applyLanguage(ui::Language::English);
  EXPECT_EQ(charts::kpiTitle(KpiId::hit_rate, QLocale("nl_NL")), "Hitrate");
  EXPECT_EQ(charts::kpiTitle(KpiId::hit_rate, QLocale("en_GB")), "Hit rate");
  // 0.1234 -> 0.1111: 1.2 percentage points down, with a space that does not break.
  EXPECT_EQ(charts::formatChange(KpiId::conversion, 0.1111, 0.1234, QLocale("nl_NL")),
            QString::fromUtf8("\u22121,2\u00A0pp"));
  // 0.08244 -> 0.08240 rounds to no change at one decimal: shown without a sign, not as "-0,0 pp".
  EXPECT_EQ(charts::formatChange(KpiId::conversion, 0.0824, 0.08244, QLocale("nl_NL")),
            QString::fromUtf8("0,0\u00A0pp"));
  EXPECT_EQ(charts::formatChange(KpiId::visits, 10000.0, 10001.0, QLocale("en_GB")), "0.0%");
  EXPECT_EQ(charts::formatChange(KpiId::visits, 9000.0, 10000.0, QLocale("en_GB")), QString::fromUtf8("\u221210.0%"));
}

// --- The translation files ---------------------------------------------------------------------

namespace {

struct TsSummary {
  int messages = 0;
  int unfinished = 0;
  int obsolete = 0;
  std::vector<std::string> problems;
  std::vector<std::pair<QString, QString>> sources;  // context, source
};

QSet<QString> placeholders(const QString& text) {
  QSet<QString> found;
  static const QRegularExpression re("%(\\d+|n)");
  for (auto it = re.globalMatch(text); it.hasNext();) found.insert(it.next().captured(0));
  return found;
}

TsSummary readTs(const QString& file) {
  TsSummary s;
  QFile f(file);
  if (!f.open(QIODevice::ReadOnly)) {
    s.problems.push_back("cannot open " + file.toStdString());
    return s;
  }
  QXmlStreamReader xml(&f);
  QString context, source;
  bool numerus = false;
  QStringList forms;
  QString translation, type;
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement()) {
      if (xml.name() == u"name")
        context = xml.readElementText();
      else if (xml.name() == u"message") {
        numerus = xml.attributes().value("numerus") == u"yes";
        forms.clear();
        translation.clear();
      } else if (xml.name() == u"source")
        source = xml.readElementText();
      else if (xml.name() == u"translation") {
        type = xml.attributes().value("type").toString();
        if (!numerus) translation = xml.readElementText();
      } else if (xml.name() == u"numerusform")
        forms << xml.readElementText();
    } else if (xml.isEndElement() && xml.name() == u"message") {
      ++s.messages;
      s.sources.emplace_back(context, source);
      if (type == u"unfinished") ++s.unfinished;
      if (type == u"obsolete" || type == u"vanished") ++s.obsolete;
      const std::string where = (context + " / " + source).toStdString();
      const QStringList texts = numerus ? forms : QStringList{translation};
      if (numerus && forms.size() != 2) s.problems.push_back("needs two plural forms: " + where);
      for (const QString& t : texts) {
        if (t.isEmpty()) s.problems.push_back("empty translation: " + where);
        // Every placeholder of the source is used, and no other (a plural form may write the count
        // out, so %n is not required there).
        QSet<QString> want = placeholders(source), got = placeholders(t);
        if (numerus) want.remove("%n"), got.remove("%n");
        if (want != got) s.problems.push_back("placeholders differ: " + where + " -> " + t.toStdString());
      }
    }
  }
  if (xml.hasError()) s.problems.push_back("XML: " + xml.errorString().toStdString());
  return s;
}

const QString kSourceDir = QStringLiteral(SALESOPS_SOURCE_DIR);

}  // namespace

TEST(TranslationFiles, DutchIsCompleteAndConsistent) {
  const TsSummary nl = readTs(kSourceDir + "/resources/salesops_nl.ts");
  EXPECT_GT(nl.messages, 150);
  EXPECT_EQ(nl.unfinished, 0);
  EXPECT_EQ(nl.obsolete, 0);
  for (const std::string& p : nl.problems) ADD_FAILURE() << p;
}

TEST(TranslationFiles, EnglishHoldsEveryPluralForm) {
  const TsSummary en = readTs(kSourceDir + "/resources/salesops_en.ts");
  EXPECT_GE(en.messages, 3);
  EXPECT_EQ(en.unfinished, 0);
  for (const std::string& p : en.problems) ADD_FAILURE() << p;
}

TEST(TranslationFiles, EmbeddedDutchFileTranslatesEveryMessage) {
  app();
  QTranslator translator;
  ASSERT_TRUE(translator.load(":/i18n/salesops_nl.qm"));
  for (const auto& [context, source] : readTs(kSourceDir + "/resources/salesops_nl.ts").sources)
    EXPECT_FALSE(translator.translate(context.toUtf8(), source.toUtf8()).isEmpty() &&
                 translator.translate(context.toUtf8(), source.toUtf8(), nullptr, 2).isEmpty())
        << context.toStdString() << " / " << source.toStdString();
}

// The Data quality page translates the kpi layer's English check titles by their text: a check added
// there without a Dutch title would show in English in a Dutch window (two did).
TEST(TranslationFiles, EveryQualityCheckHasADutchTitle) {
  app();
  QTranslator translator;
  ASSERT_TRUE(translator.load(":/i18n/salesops_nl.qm"));
  for (const kpi::QualityCheck& check : kpi::qualityChecks())
    EXPECT_FALSE(translator.translate("DataQuality", std::string(check.title).c_str()).isEmpty()) << check.title;
}

// lupdate over today's sources, merged into a copy of the Dutch file: any text in the code that the
// file does not translate yet shows up as unfinished. After adding texts, run
// `cmake --build build --target update_translations` and translate them (docs/translating.md).
TEST(TranslationFiles, EveryTextInTheSourcesHasADutchTranslation) {
  QTemporaryDir tmp;
  ASSERT_TRUE(tmp.isValid());
  const QString ts = tmp.filePath("salesops_nl.ts");
  ASSERT_TRUE(QFile::copy(kSourceDir + "/resources/salesops_nl.ts", ts));
  QStringList args{"-silent", "-no-obsolete",          "-locations", "none",
                   "-I",      kSourceDir + "/include", "-I",         kSourceDir + "/src/ui"};
  for (const char* folder : {"src/charts", "include/salesops/charts", "src/ui", "src/app/gui"})
    for (QDirIterator it(kSourceDir + "/" + QLatin1String(folder), {"*.cpp", "*.h"}, QDir::Files,
                         QDirIterator::Subdirectories);
         it.hasNext();)
      args << it.next();
  args << "-ts" << ts;
  QProcess lupdate;
  lupdate.start(QStringLiteral(SALESOPS_LUPDATE), args);
  ASSERT_TRUE(lupdate.waitForFinished(120000)) << lupdate.errorString().toStdString();
  ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
  const TsSummary merged = readTs(ts);
  const TsSummary committed = readTs(kSourceDir + "/resources/salesops_nl.ts");
  EXPECT_EQ(merged.unfinished, 0) << "texts in the sources without a Dutch translation";
  EXPECT_EQ(merged.messages, committed.messages) << "the .ts file holds texts the sources no longer have";
}

// --- The dark palette --------------------------------------------------------------------------

namespace {

// WCAG contrast ratio of two colours.
double contrast(const QColor& a, const QColor& b) {
  const auto luminance = [](const QColor& c) {
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
  };
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

}  // namespace

TEST_F(TranslationTest, DarkPaletteGivesDarkChartsAndReadableText) {
  ui::applyPalette(ui::PaletteChoice::Dark);
  auto window = openWindow(ui::Language::English);
  QSignalSpy loaded(window->dailyStart(), &ui::DailyStartPage::loaded);
  ASSERT_TRUE(loaded.wait(kTimeoutMs));
  const QPalette p = window->palette();
  EXPECT_TRUE(ui::isDark(p));
  EXPECT_EQ(window->dailyStart()->chartView("funnel")->chart()->theme(), QChart::ChartThemeDark);
  // 4.5:1 for text, 3:1 for greyed-out values (WCAG AA and its large-text level).
  EXPECT_GE(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)), 4.5);
  EXPECT_GE(contrast(p.color(QPalette::Text), p.color(QPalette::Base)), 4.5);
  EXPECT_GE(contrast(p.color(QPalette::Disabled, QPalette::WindowText), p.color(QPalette::Window)), 3.0);
  for (const QColor& c : {ui::goodColour(p), ui::badColour(p), ui::warningColour(p)}) {
    EXPECT_GE(contrast(c, p.color(QPalette::Window)), 4.5) << c.name().toStdString();
    EXPECT_GE(contrast(c, p.color(QPalette::Base)), 4.5) << c.name().toStdString();
  }
  ui::applyPalette(ui::PaletteChoice::Light);
  const QPalette light = QApplication::palette();
  EXPECT_FALSE(ui::isDark(light));
  for (const QColor& c : {ui::goodColour(light), ui::badColour(light), ui::warningColour(light)})
    EXPECT_GE(contrast(c, light.color(QPalette::Base)), 4.5) << c.name().toStdString();
}
