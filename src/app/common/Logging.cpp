// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

#include <QDir>
#include <QStandardPaths>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <vector>

namespace salesops::app {
namespace {

void routeQtMessage(QtMsgType type, const QMessageLogContext&, const QString& message) {
  const std::string text = message.toStdString();
  switch (type) {
    case QtDebugMsg:
      spdlog::debug("qt: {}", text);
      break;
    case QtInfoMsg:
      spdlog::info("qt: {}", text);
      break;
    case QtWarningMsg:
      spdlog::warn("qt: {}", text);
      break;
    case QtCriticalMsg:
    case QtFatalMsg:
      spdlog::error("qt: {}", text);
      break;
  }
}

}  // namespace

void setUpLogging(const std::string& programName, bool quiet) {
  std::vector<spdlog::sink_ptr> sinks;
  auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
  console->set_level(quiet ? spdlog::level::err : spdlog::level::warn);
  console->set_pattern("%n: %l: %v");
  sinks.push_back(console);

  const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  if (!dir.isEmpty() && QDir().mkpath(dir)) {
    try {
      constexpr size_t kMaxFileBytes = size_t{5} * 1024 * 1024;
      auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
          QDir(dir).filePath(QString::fromStdString(programName) + ".log").toStdString(), kMaxFileBytes, 3);
      file->set_level(spdlog::level::info);
      sinks.push_back(file);
    } catch (const spdlog::spdlog_ex&) {
      // A read-only home folder must not stop the program; the console still gets warnings.
    }
  }
  auto logger = std::make_shared<spdlog::logger>(programName, sinks.begin(), sinks.end());
  logger->set_level(spdlog::level::info);
  logger->flush_on(spdlog::level::warn);
  spdlog::set_default_logger(logger);
  qInstallMessageHandler(routeQtMessage);
}

}  // namespace salesops::app
