// The organization that collects the reports and answers for them (SPEC.md
// §11, §12): the sender of the справка, the signature of the letters, the
// address the templates tell schools to send to.
#pragma once

#include <string>

#include "registry/registry.h"
#include "roadmap/roadmap.h"

namespace rmt::registry {

/// The registry entry of the body that collects the reports: the one body
/// the roadmap's parties name by org_id (Nizhnevartovsk: CRO); when they
/// name several (Balakhna: UO, SFERA, IDC), the one of them the registry
/// calls a centre (kind «centre» or a word starting «центр»); else none.
const Organization* reporting_centre(const roadmap::Roadmap& roadmap, const Registry* registry);

/// Its name as letters and the справка sign with: the registry's name, else
/// (no registry, or the body not in it) the party's own name when the
/// roadmap names one body; "" when there is no telling.
std::string reporting_centre_name(const roadmap::Roadmap& roadmap, const Registry* registry);

}  // namespace rmt::registry
