// lib/serve's pieces that need no server: secrets (tokens, hashes, Argon2id,
// constant-time comparison, the keyed CSRF hash), HTML escaping, the
// store's links and sessions (schema 2) against an in-memory SQLite, and
// the sending of letters: its interruption and its page.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "../scratch.h"
#include "feedback/dispatch.h"
#include "serve/html.h"
#include "serve/secrets.h"
#include "serve/sending_page.h"
#include "store/store.h"

using namespace rmt;

TEST_CASE("serve: tokens are 128 random bits, kept as hashes; passwords as Argon2id") {
  REQUIRE(serve::init_secrets());
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    const std::string token = serve::new_token();
    CHECK(serve::looks_like_token(token));
    CHECK(seen.insert(token).second);
  }
  CHECK_FALSE(serve::looks_like_token("0123456789abcdef0123456789abcdeF"));
  CHECK_FALSE(serve::looks_like_token("../../etc/passwd"));
  CHECK_FALSE(serve::looks_like_token(std::string(33, 'a')));
  const std::string token = serve::new_token();
  CHECK(serve::token_hash(token).size() == 64);
  CHECK(serve::token_hash(token) != token);

  const std::string hash = serve::hash_password("пароль аналитика");
  CHECK(hash.rfind("$argon2id$", 0) == 0);
  CHECK(serve::verify_password(hash, "пароль аналитика"));
  CHECK_FALSE(serve::verify_password(hash, "пароль аналитикА"));
  CHECK(serve::hash_password("пароль аналитика") != hash);  // salted

  CHECK(serve::same_secret("abc", "abc"));
  CHECK_FALSE(serve::same_secret("abc", "abd"));
  CHECK_FALSE(serve::same_secret("abc", "abcd"));
  const std::string key = serve::new_token();
  CHECK(serve::keyed_hash(key, "link") == serve::keyed_hash(key, "link"));
  CHECK(serve::keyed_hash(key, "link") != serve::keyed_hash(key, "other"));
  CHECK(serve::keyed_hash(serve::new_token(), "link") != serve::keyed_hash(key, "link"));
}

TEST_CASE("serve: text is escaped for HTML; pages load their style and script as files") {
  CHECK(serve::escape("<script>alert('x') & \"y\"</script>") ==
        "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
  const std::string page = serve::page("Школа <1>", "<p>тело</p>", vocab::Lang::ru);
  CHECK(page.find("<title>Школа &lt;1&gt;</title>") != std::string::npos);
  CHECK(page.find("lang=\"ru\"") != std::string::npos);
  CHECK(page.find("<script src=\"/static/upload.js\"") != std::string::npos);
  CHECK(page.find("<style") == std::string::npos);  // nothing inline: the CSP forbids it
}

TEST_CASE("store: a school's link replaces its earlier one, and can be revoked; sessions expire") {
  store::Store s;
  REQUIRE(s.open_memory());
  CHECK(s.found_schema_version() == 0);
  REQUIRE(s.issue_link("SCH-01", "h1", "2026-12-01T00:00:00Z"));
  CHECK(s.link_owner("h1") == "SCH-01");
  REQUIRE(s.issue_link("SCH-01", "h2", "2026-12-02T00:00:00Z"));
  CHECK_FALSE(s.link_owner("h1"));  // the old link stopped working
  CHECK(s.link_owner("h2") == "SCH-01");
  REQUIRE(s.issue_link("SCH-02", "h3", "2026-12-02T00:00:00Z"));
  CHECK(s.revoke_links("SCH-01", "2026-12-03T00:00:00Z") == 1);
  CHECK_FALSE(s.link_owner("h2"));
  CHECK(s.link_owner("h3") == "SCH-02");
  CHECK_FALSE(s.issue_link("SCH-03", "h3", "2026-12-03T00:00:00Z"));  // a hash is one link's

  CHECK_FALSE(s.credential("analyst"));
  REQUIRE(s.set_credential("analyst", "$argon2id$x", "2026-12-01T00:00:00Z"));
  REQUIRE(s.set_credential("analyst", "$argon2id$y", "2026-12-02T00:00:00Z"));
  CHECK(s.credential("analyst") == "$argon2id$y");

  REQUIRE(s.add_session("s1", "csrf1", "2026-12-01T08:00:00Z", "2026-12-01T16:00:00Z"));
  CHECK(s.session_csrf("s1", "2026-12-01T09:00:00Z") == "csrf1");
  CHECK_FALSE(s.session_csrf("s1", "2026-12-01T16:00:01Z"));  // expired
  s.end_session("s1");
  CHECK_FALSE(s.session_csrf("s1", "2026-12-01T09:00:00Z"));
}

TEST_CASE("serve: a sending stops between two letters when the service stops, and says so for each letter left") {
  Scratch scratch;
  std::vector<feedback::LetterRecord> letters(3);
  for (std::size_t i = 0; i < letters.size(); ++i) {
    letters[i].org_id = "SCH-0" + std::to_string(i + 1);
    letters[i].period = "2026";
    letters[i].to = {"sch@schools.example.ru"};
    letters[i].eml = scratch.write(letters[i].org_id + ".eml", "Subject: x\r\n\r\nbody\r\n");
  }
  const std::atomic<bool> cancelled{true};
  feedback::DispatchOptions options;
  options.server.url = "smtp://127.0.0.1:1";  // never reached
  options.from = "centre@cro.example.ru";
  options.log_path = scratch.path("sent.log");
  options.cancelled = &cancelled;
  std::size_t heard = 0;
  const auto result = feedback::send_letters(letters, options, [&](const auto&, const auto&) { ++heard; });
  CHECK(heard == 3);
  REQUIRE(result.outcomes.size() == 3);
  for (const auto& outcome : result.outcomes) {
    CHECK(outcome.state == feedback::SendState::not_sent);
    CHECK(outcome.reason.ru.find("сервис завершает работу") != std::string::npos);
  }
  CHECK(result.stopped.en.find("the service is stopping") != std::string::npos);
}

TEST_CASE("serve: the sending page escapes what it shows and reloads itself only while sending") {
  serve::SendingReport report;
  report.started = report.running = true;
  report.period = "2026";
  report.started_at = "2026-12-04T10:00:00Z";
  report.chosen = 2;
  report.lines.push_back({"SCH-01", "<script>x</script>", feedback::LetterKind::reminder, feedback::SendState::failed,
                          {"550 <нет ящика>", "550 <no mailbox>"}});
  const std::string running = serve::sending_report_body(report, vocab::Lang::ru);
  CHECK(running.find("<script>x") == std::string::npos);
  CHECK(running.find("&lt;script&gt;x") != std::string::npos);
  CHECK(running.find("обработано 1 из 2") != std::string::npos);
  CHECK(running.find("сервер не принял") != std::string::npos);
  CHECK(running.find("550 &lt;нет ящика&gt;") != std::string::npos);
  CHECK(serve::page("t", running, vocab::Lang::ru, 2).find("http-equiv=\"refresh\" content=\"2\"") != std::string::npos);
  CHECK(serve::page("t", running, vocab::Lang::ru).find("refresh") == std::string::npos);
  report.running = false;
  report.finished_at = "2026-12-04T10:01:00Z";
  report.counts.failed = 1;
  const std::string done = serve::sending_report_body(report, vocab::Lang::en);
  CHECK(done.find("refused by the server") != std::string::npos);
  CHECK(done.find("finished") != std::string::npos);
  const std::string unset = serve::sending_form(false, {}, "token", vocab::Lang::ru);
  CHECK(unset.find("<form") == std::string::npos);
  CHECK(unset.find("--send") != std::string::npos);
  const std::string form = serve::sending_form(true, {5, 2, 1}, "abc\"def", vocab::Lang::ru);
  CHECK(form.find("value=\"abc&quot;def\"") != std::string::npos);
  CHECK(form.find("(5)") != std::string::npos);
}
