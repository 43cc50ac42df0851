#include "spravka/charts.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "spravka/labels.h"
#include "render/status_fills.h"

namespace rmt::spravka {
namespace {

// Bars in their status's colour, as in the workbook's chart.
chart::Rgb colour_of(aggregate::Progress progress) { return book::fill_ink_rgb(render::fill_of(progress)); }
chart::Rgb colour_of(outcome::OrgStatus status) { return book::fill_ink_rgb(render::fill_of(status)); }

std::vector<chart::Tick> percent_ticks(double axis_max) {
  const double step = axis_max > 1.25 ? 0.5 : 0.25;
  std::vector<chart::Tick> ticks;
  for (int i = 0; i * step <= axis_max + 1e-9; ++i)
    ticks.push_back({i * step, fmt::format("{}%", static_cast<int>(std::lround(i * step * 100)))});
  return ticks;
}

}  // namespace

std::vector<std::size_t> charted_activities(const aggregate::Monitoring& monitoring) {
  std::vector<std::size_t> flats;
  const auto& figures = monitoring.current();
  for (std::size_t a = 0; a < figures.size(); ++a)
    if (figures[a].ratio) flats.push_back(a);
  return flats;
}

chart::BarChart target_chart(const SpravkaInputs& in, const std::vector<std::size_t>& flats, vocab::Lang lang) {
  chart::BarChart chart;
  const auto& figures = in.monitoring.current();
  double highest = 1;
  for (const std::size_t a : flats) {
    const auto& f = figures[a];
    const auto& activity = in.activities.at(a);
    const double share = *f.ratio;
    highest = std::max(highest, std::min(share, 2.0));
    chart::Bar bar;
    bar.label = roadmap::activity_label(activity) + " " + activity.title;
    bar.segments.push_back({share, colour_of(f.progress)});
    bar.value_label = fmt::format("{}: {} {} {}", percent_text(f.ratio), number_text(f.actual, lang),
                                  vocab::tr(lang, "из", "of"), number_text(f.target, lang));
    chart.bars.push_back(std::move(bar));
  }
  chart.axis_max = std::ceil(highest * 4) / 4;
  chart.ticks = percent_ticks(chart.axis_max);
  chart.reference = 1.0;
  for (const auto progress : {aggregate::Progress::met, aggregate::Progress::in_progress, aggregate::Progress::not_met})
    chart.legend.push_back({colour_of(progress), aggregate::progress_label(progress).in(lang)});
  chart.legend.push_back({0x404040, vocab::tr(lang, "пунктир — 100 % плана", "dashed line: 100 % of target").data()});
  return chart;
}

chart::BarChart coverage_chart(const std::vector<const aggregate::DistrictRow*>& districts, vocab::Lang lang) {
  chart::BarChart chart;
  const chart::Rgb accepted = colour_of(outcome::OrgStatus::accepted);
  const chart::Rgb sent = colour_of(outcome::OrgStatus::conflict);
  const chart::Rgb missing = colour_of(outcome::OrgStatus::not_received);
  for (const auto* row : districts) {
    const double total = static_cast<double>(std::max<std::size_t>(row->organizations, 1));
    chart::Bar bar;
    bar.label = row->district.empty() ? labels::kNoDistrict.in(lang) : row->district;
    bar.segments = {{row->accepted / total, accepted},
                    {(row->sent - row->accepted) / total, sent},
                    {(row->organizations - row->sent) / total, missing}};
    bar.value_label = fmt::format("{} {} {} ({})", row->sent, vocab::tr(lang, "из", "of"), row->organizations,
                                  percent_text(row->organizations ? std::optional<double>(row->sent / total) : std::nullopt));
    chart.bars.push_back(std::move(bar));
  }
  chart.axis_max = 1;
  chart.ticks = percent_ticks(1);
  chart.legend = {{accepted, vocab::tr(lang, "отчёт принят", "report accepted").data()},
                  {sent, vocab::tr(lang, "представлен, не принят", "submitted, not accepted").data()},
                  {missing, vocab::tr(lang, "не представлен", "not submitted").data()}};
  return chart;
}

}  // namespace rmt::spravka
