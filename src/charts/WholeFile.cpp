// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WholeFile.h"

#include <QFile>

#include "salesops/ingest/OutputFile.h"

namespace salesops::charts {
namespace {

Result<std::unique_ptr<ingest::OutputFile>> start(const QString& path) {
  return ingest::OutputFile::create(QFile::encodeName(path).toStdString(), ingest::Publish::Replace);
}

Result<void> publish(ingest::OutputFile& out) {
  if (auto r = out.commit(); !r) return r.error();
  return {};
}

}  // namespace

Error exportError(const QString& path, const QString& why) {
  return makeError(QStringLiteral("cannot write %1: %2").arg(path, why).toStdString());
}

Result<void> writeWholeFile(const QString& path, const std::function<Result<void>(QIODevice&)>& write) {
  auto out = start(path);
  if (!out) return out.error();
  {
    QFile file;
    if (!file.open((*out)->fd(), QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
      return exportError(path, file.errorString());
    if (auto r = write(file); !r) return r;
    if (!file.flush() || file.error() != QFileDevice::NoError) return exportError(path, file.errorString());
  }
  return publish(**out);
}

Result<void> writeWholeFileByName(const QString& path, const std::function<Result<void>(const QString&)>& write) {
  auto out = start(path);
  if (!out) return out.error();
  if (auto r = write(QFile::decodeName(QByteArray::fromStdString((*out)->openablePath()))); !r) return r;
  return publish(**out);
}

}  // namespace salesops::charts
