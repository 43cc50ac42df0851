#include "run/template.h"

#include "diag/messages.h"
#include "roadmap/locate.h"
#include "roadmap/period.h"

namespace rmt::run {

TemplateOutcome templates(const TemplateRequest& request, Listener& listener) {
  TemplateOutcome result;
  Stop stop;
  result.setup = load_setup(request.sources, listener, stop);
  if (!result.setup) {
    result.stop = std::move(stop);
    return result;
  }
  if (!result.setup->registry) {  // a template goes to each organization of the registry
    result.stop = Stop{{"нужен реестр организаций (--orgs): шаблон пишется каждой организации реестра",
                        "the organization registry (--orgs) is needed: a template goes to each of its organizations"},
                       {}};
    return result;
  }
  const roadmap::Roadmap& roadmap = result.setup->roadmap;
  const auto period = roadmap.find_period(request.period);
  if (!period) {
    result.stop = Stop{diag::msg::unknown_period_option(request.period, roadmap.period_list()), {}};
    return result;
  }
  result.period = *period;
  templates::TemplateSetOptions set = request.set;
  set.protected_paths = {roadmap::locate_roadmap(request.sources.roadmap), request.sources.registry};
  result.written = templates::write_templates(roadmap, *result.setup->registry, *period, request.out_dir, set);
  if (!result.written.failure.ok())
    result.stop = Stop{diag::msg::cannot_write_output(result.written.failure.path, result.written.failure.reason), {}};
  return result;
}

}  // namespace rmt::run
