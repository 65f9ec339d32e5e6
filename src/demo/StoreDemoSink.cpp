// SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "salesops/demo/StoreDemoSink.h"

namespace salesops::demo {

Result<DemoCounts> generateIntoStore(store::Store& store, const DemoOptions& options) {
  auto writer = store::StoreWriter::begin(store);
  if (!writer) return writer.error();
  StoreDemoSink sink(**writer);
  if (auto r = generate(options, sink); !r) return r.error();
  if (auto r = (*writer)->commit(); !r) return r.error();
  DemoCounts counts;
  for (FileKind k : allValues<FileKind>()) counts[static_cast<size_t>(k)] = sink.counts(k);
  return counts;
}

}  // namespace salesops::demo
