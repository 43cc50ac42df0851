#include "serve/html.h"

#include <fmt/format.h>

namespace rmt::serve {

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string page(std::string_view title, std::string_view body, vocab::Lang lang, int refresh_seconds) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n{}"
      "<title>{}</title>\n<link rel=\"stylesheet\" href=\"/static/style.css\">\n"
      "<script src=\"/static/upload.js\" defer></script>\n</head>\n<body>\n<main>\n{}\n</main>\n</body>\n</html>\n",
      lang == vocab::Lang::ru ? "ru" : "en",
      refresh_seconds > 0 ? fmt::format("<meta http-equiv=\"refresh\" content=\"{}\">\n", refresh_seconds) : std::string{},
      escape(title), body);
}

std::string_view stylesheet() {
  return R"css(body { font-family: "Liberation Sans", Arial, sans-serif; margin: 0; background: #f6f7f9; color: #1d2329; }
main { max-width: 980px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.5em; margin: 0 0 0.3em; }
h2 { font-size: 1.15em; margin: 1.6em 0 0.5em; }
.muted { color: #5b6670; }
.card { background: #fff; border: 1px solid #d8dde3; border-radius: 6px; padding: 16px 20px; margin: 12px 0; }
.status { display: inline-block; padding: 2px 10px; border-radius: 12px; font-weight: bold; white-space: nowrap; }
table.orgs td:first-child, table.findings td:first-child, td.when, .file { white-space: nowrap; }
.status-accepted { background: #dff3e4; color: #17602a; }
.status-rejected, .status-unreadable, .status-conflict { background: #fde2e1; color: #8a1c17; }
.status-not-received { background: #eceff2; color: #46505a; }
.verdict { font-size: 1.25em; font-weight: bold; margin: 0.4em 0; }
.verdict-ok { color: #17602a; }
.verdict-fix { color: #8a1c17; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { border: 1px solid #d8dde3; padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #eef1f4; }
.drop { border: 2px dashed #9aa6b2; border-radius: 6px; padding: 18px; text-align: center; }
.drop.over { background: #eaf2fb; border-color: #3b78c2; }
progress { width: 100%; display: none; }
progress.active { display: block; }
button, input[type=submit] { padding: 6px 16px; font-size: 1em; }
.counts span { display: inline-block; margin-right: 18px; }
nav a { margin-right: 14px; }
.error { color: #8a1c17; font-weight: bold; }
.send-sent { color: #17602a; }
.send-failed, .send-unknown, .send-not-sent { color: #8a1c17; font-weight: bold; }
fieldset { border: none; padding: 0; margin: 0 0 8px; }
label.choice { display: block; margin: 4px 0; }
)css";
}

std::string_view upload_script() {
  return R"js(// Drag and drop onto the upload form, and a progress bar while it uploads.
// The form works without this script: it is an ordinary multipart POST.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('form.upload');
  if (!form || !window.FormData || !window.XMLHttpRequest) return;
  var input = form.querySelector('input[type=file]');
  var zone = form.querySelector('.drop');
  var bar = form.querySelector('progress');
  ['dragenter', 'dragover'].forEach(function (name) {
    zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add('over'); });
  });
  ['dragleave', 'drop'].forEach(function (name) {
    zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.remove('over'); });
  });
  zone.addEventListener('drop', function (e) {
    if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; form.requestSubmit(); }
  });
  form.addEventListener('submit', function (e) {
    if (!input.files.length) return;
    e.preventDefault();
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', function (p) {
      if (p.lengthComputable) { bar.classList.add('active'); bar.max = p.total; bar.value = p.loaded; }
    });
    request.addEventListener('load', function () {
      document.open(); document.write(request.responseText); document.close();
    });
    request.send(new FormData(form));
  });
});
)js";
}

}  // namespace rmt::serve
