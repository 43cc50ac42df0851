// Reads the organization registry from CSV (same dialect handling as
// submissions; English or Russian headers: org_id/«Код ОО», name/
// «Наименование», kind/«Тип», district/«Район»).
#pragma once

#include <optional>
#include <string>

#include "csv/reader.h"
#include "diag/sink.h"
#include "registry/registry.h"

namespace rmt::registry {

/// Reads the registry. Every problem is reported (a duplicate id is
/// `duplicate-id`, an empty id or name `missing-value`); returns nullopt when
/// there was an error, since a half-read registry would mislead every check.
std::optional<Registry> load_registry(const std::string& path, diag::DiagnosticSink& sink,
                                      const csv::ReaderOptions& options = {});

}  // namespace rmt::registry
