#include "roadmap-store/options.h"

namespace rmt::store_cli {

std::unique_ptr<CLI::App> make_app(Options& options) {
  const auto tr = [&](std::string_view ru, std::string_view en) { return std::string(vocab::tr(options.help_lang, ru, en)); };
  auto app = std::make_unique<CLI::App>(
      tr("Хранилище отчётов: каждый полученный файл со временем, источником и найденными замечаниями, версии дорожной "
         "карты и реестра — в одной базе SQLite (ХРАНИЛИЩЕ/store.sqlite). Ничто полученное не удаляется и не "
         "заменяется; последний приём организации за период — её текущий отчёт. Программы roadmap-validate, -merge, "
         "-render, -report и -feedback читают хранилище с --store.",
         "The submission store: every file received with its time, source and findings, and the versions of the "
         "roadmap and the registry, in one SQLite database (STORE/store.sqlite). Nothing received is deleted or "
         "replaced; an organization's latest receipt for a period is its current report. roadmap-validate, -merge, "
         "-render, -report and -feedback read a store with --store."),
      "roadmap-store");
  cli::setup_app(*app, "roadmap-store add store/ examples/submissions/", options, false);
  app->require_subcommand(1);
  app->fallthrough();
  const auto store_arg = [&](CLI::App* sub) {
    sub->add_option("store", options.store, tr("Папка хранилища", "The store's folder"))->required();
  };
  const auto period = [&](CLI::App* sub, std::string_view ru, std::string_view en) {
    sub->add_option("--period", options.period, tr(ru, en));
  };

  options.init = app->add_subcommand(
      "init", tr("Создать хранилище или добавить в него новую версию дорожной карты или реестра",
                 "Create a store, or add a new version of the roadmap or the registry to one"));
  store_arg(options.init);
  options.init->add_option("-r,--roadmap", options.roadmap_path,
                           tr("Дорожная карта (YAML) или имя установленной", "The roadmap (YAML) or an installed one's name"));
  options.init->add_option("--orgs", options.orgs_path,
                           tr("Реестр организаций: CSV или книга", "The organization registry, CSV or workbook"));
  options.init->add_option("--from-period", options.from_period,
                           tr("С какого периода действует новая версия (по умолчанию — с первого для нового хранилища, "
                              "иначе с последнего, за который есть отчёты)",
                              "The first period the new version judges (default: the first for a new store, else the "
                              "latest period with reports)"));

  options.add = app->add_subcommand(
      "add", tr("Принять файлы: каждый проверяется, как его проверил бы roadmap-validate, и сохраняется с замечаниями",
                "Receive files: each is checked as roadmap-validate checks it and kept with its findings"));
  store_arg(options.add);
  options.add->add_option("inputs", options.inputs, tr("Файлы отчётов или папки с ними", "Submission files or folders"))
      ->required();
  options.add->add_option("--received-at", options.received_at,
                          tr("Когда файлы получены: ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTЧЧ:ММ (по умолчанию — сейчас)",
                             "When the files were received: YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: now)"));
  options.add->add_option("--source", options.source,
                          tr("Откуда файлы: folder (по умолчанию), mail или web", "Where the files came from: folder (default), mail or web"))
      ->check(CLI::IsMember({"folder", "mail", "web"}));
  options.add->add_option("--encoding", options.encoding_name,
                          tr("Кодировка CSV: auto (по умолчанию), utf-8, windows-1251", "CSV encoding: auto (default), utf-8, windows-1251"))
      ->check(CLI::IsMember(cli::values_of("--encoding")));
  options.add->add_option("-j,--jobs", options.jobs, tr("Потоков проверки", "Threads checking the files"))
      ->check(CLI::Range(1u, 256u));

  options.status = app->add_subcommand(
      "status", tr("Статус каждой организации за период", "Each organization's status for a period"));
  store_arg(options.status);
  period(options.status, "Период (по умолчанию — тот, за который больше всего отчётов)",
         "The period (default: the one most reports are for)");

  options.history = app->add_subcommand(
      "history", tr("Все приёмы, версии и смены статусов", "Every receipt, version and change of status"));
  store_arg(options.history);
  options.history->add_option("--org", options.org, tr("Только эта организация (код)", "Only this organization (its code)"));

  options.exporting = app->add_subcommand(
      "export", tr("Выгрузить текущие файлы организаций в папку", "Write the organizations' current files into a folder"));
  store_arg(options.exporting);
  period(options.exporting, "Период (по умолчанию — все)", "The period (default: every period)");
  options.exporting->add_option("--out-dir", options.out_dir, tr("Папка для файлов", "The folder for the files"))->required();

  options.check = app->add_subcommand(
      "check", tr("Проверить целостность базы и что каждый файл совпадает со своим хешем",
                  "Check the database's integrity and that every file matches its hash"));
  store_arg(options.check);
  for (CLI::App* sub : {options.init, options.add, options.status, options.history, options.exporting, options.check})
    sub->group(tr("Команды", "Subcommands"));
  return app;
}

}  // namespace rmt::store_cli
