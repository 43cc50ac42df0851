// roadmap-serve's commands: the service (listening until SIGTERM or Ctrl-C,
// finishing the requests in flight), the links, the password, revocation.
#include <httplib.h>
#include <signal.h>
#include <sys/stat.h>

#include <fstream>
#include <iostream>
#include <thread>

#include <fmt/format.h>

#include "common/job.h"
#include "io/output_file.h"
#include "roadmap-serve/options.h"
#include "serve/access.h"
#include "serve/service.h"

namespace rmt::serve_cli {
namespace {

int usage(const CLI::App& app, const Options& options, std::string_view ru, std::string_view en) {
  cli::print_tool_error(app, vocab::tr(options.lang(), ru, en));
  return cli::kExitCannotRun;
}

std::string csv_field(const std::string& text) {
  if (text.find_first_of(";\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (const char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

int run_service(const CLI::App& app, const Options& options) {
  if (options.store.empty()) return usage(app, options, "укажите папку хранилища", "give the store's folder");
  const auto colon = options.listen.rfind(':');
  const int port = colon == std::string::npos ? 0 : std::atoi(options.listen.c_str() + colon + 1);
  if (colon == std::string::npos || port <= 0 || port > 65535)
    return usage(app, options, "--listen: нужно АДРЕС:ПОРТ, например 127.0.0.1:8080",
                 "--listen: expected ADDRESS:PORT, e.g. 127.0.0.1:8080");
  const std::string host = options.listen.substr(0, colon);
  if (options.tls_cert.empty() != options.tls_key.empty())
    return usage(app, options, "--tls-cert и --tls-key задаются вместе", "--tls-cert and --tls-key go together");
  std::ofstream log_file;
  if (!options.log_path.empty()) {
    log_file.open(options.log_path, std::ios::app);
    if (!log_file) return usage(app, options, "журнал не открывается для записи", "the log cannot be opened for writing");
  }
  const bool tls = !options.tls_cert.empty();
  serve::ServiceOptions service_options{options.store,
                                        options.base_url.empty() ? fmt::format("{}://{}", tls ? "https" : "http", options.listen)
                                                                 : options.base_url,
                                        options.period,
                                        options.max_upload_mb << 20,
                                        tls,
                                        options.behind_proxy,
                                        options.log_path.empty() ? &std::cerr : &log_file,
                                        options.lang(),
                                        cli::send_request(options),
                                        options.from,
                                        options.from_name,
                                        options.signature};
  serve::Service service(std::move(service_options));
  run::Stop stop;
  if (!service.start(stop)) return cli::stopped(app, stop, options);

  // SIGTERM and Ctrl-C stop listening; the requests in flight are finished.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::unique_ptr<httplib::Server> server;
  if (tls)
    server = std::make_unique<httplib::SSLServer>(options.tls_cert.c_str(), options.tls_key.c_str());
  else
    server = std::make_unique<httplib::Server>();
  if (!server->is_valid()) return usage(app, options, "сертификат или ключ TLS не читаются", "the TLS certificate or key cannot be read");
  const unsigned workers = options.workers ? options.workers : std::max(4u, 2 * std::thread::hardware_concurrency());
  server->new_task_queue = [workers] { return new httplib::ThreadPool(workers); };
  service.install(*server);
  std::thread waiter([&] {
    int received = 0;
    sigwait(&signals, &received);
    server->stop();
  });
  if (!server->bind_to_port(host.c_str(), port)) {
    pthread_kill(waiter.native_handle(), SIGTERM);
    waiter.join();
    return usage(app, options, "адрес занят или недоступен (--listen)", "the address is in use or unavailable (--listen)");
  }
  if (!options.quiet)
    std::cerr << fmt::format("{} {}://{}:{}\n", vocab::tr(options.lang(), "roadmap-serve: слушает", "roadmap-serve: listening on"),
                             tls ? "https" : "http", host, port)
              << std::flush;
  server->listen_after_bind();
  pthread_kill(waiter.native_handle(), SIGTERM);  // when listening ended otherwise
  waiter.join();
  return cli::kExitOk;
}

int run_links(const CLI::App& app, const Options& options) {
  run::Stop stop;
  const auto links = serve::issue_links(options.store, options.base_url, options.orgs, stop);
  if (!stop.reason.empty()) return cli::stopped(app, stop, options);
  std::string text = "org_id;name;email;url\n";
  for (const auto& link : links)
    text += fmt::format("{};{};{};{}\n", csv_field(link.org_id), csv_field(link.name), csv_field(link.email), link.url);
  if (options.output.empty() || options.output == "-") {
    std::cout << text;
  } else {
    const mode_t old = umask(077);  // the list holds every school's secret link
    io::OutputFile out;
    const bool ok = out.open(options.output) && out.write(text) && out.commit();
    umask(old);
    if (!ok) return usage(app, options, "список ссылок не записан", "the list of links was not written");
  }
  if (!options.quiet)
    std::cerr << fmt::format("{} {}\n", vocab::tr(options.lang(), "ссылок выдано:", "links issued:"), links.size());
  return cli::kExitOk;
}

int run_passwd(const CLI::App& app, const Options& options) {
  std::string password;
  std::getline(std::cin, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  run::Stop stop;
  if (!serve::set_password(options.store, password, stop)) return cli::stopped(app, stop, options);
  if (!options.quiet) std::cerr << vocab::tr(options.lang(), "пароль задан\n", "password set\n");
  return cli::kExitOk;
}

int run_revoke(const CLI::App& app, const Options& options) {
  run::Stop stop;
  const std::size_t revoked = serve::revoke_links(options.store, options.orgs, stop);
  if (!stop.reason.empty()) return cli::stopped(app, stop, options);
  if (!options.quiet)
    std::cerr << fmt::format("{} {}\n", vocab::tr(options.lang(), "ссылок отозвано:", "links revoked:"), revoked);
  return cli::kExitOk;
}

}  // namespace rmt::serve_cli
