#include "package/xml_stream.h"

#include <expat.h>

#include <cstring>
#include <span>

#include <fmt/format.h>

namespace rmt::package {
namespace {

constexpr int kChunk = 1 << 16;

std::string_view local_name(const char* name) {
  std::string_view view(name);
  const auto colon = view.rfind(':');
  return colon == std::string_view::npos ? view : view.substr(colon + 1);
}

}  // namespace

std::string_view XmlAttributes::get(std::string_view name) const {
  for (const char** p = pairs_; p && *p; p += 2)
    if (local_name(p[0]) == name) return p[1];
  return {};
}

XmlStream::XmlStream(ZipArchive& zip, XmlHandler& handler)
    : zip_(zip), handler_(handler), parser_(XML_ParserCreate("UTF-8")) {
  const auto parser = static_cast<XML_Parser>(parser_);
  XML_SetUserData(parser, this);
  XML_SetElementHandler(parser, &XmlStream::on_start, &XmlStream::on_end);
  XML_SetCharacterDataHandler(parser, &XmlStream::on_text);
  XML_SetStartDoctypeDeclHandler(parser, &XmlStream::on_doctype);
}

XmlStream::~XmlStream() { XML_ParserFree(static_cast<XML_Parser>(parser_)); }

bool XmlStream::open(const std::string& part, std::uint64_t max_bytes) {
  part_ = part;
  depth_ = 0;
  bytes_read_ = 0;
  if (!parser_) {
    failed({"не хватает памяти для разбора XML", "out of memory for the XML parser"});
    return false;
  }
  if (!zip_.open_entry(part, max_bytes)) {
    failed(zip_.error());
    return false;
  }
  return true;
}

void XmlStream::on_start(void* self, const char* name, const char** attributes) {
  auto& stream = *static_cast<XmlStream*>(self);
  if (++stream.depth_ > kMaxDepth) {
    stream.fail({fmt::format("часть «{}» повреждена: элементы вложены глубже {} уровней", stream.part_, kMaxDepth),
                 fmt::format("part \"{}\" is damaged: elements nest deeper than {} levels", stream.part_, kMaxDepth)});
    return;
  }
  stream.handler_.start(stream, local_name(name), XmlAttributes(attributes));
}

void XmlStream::on_end(void* self, const char* name) {
  auto& stream = *static_cast<XmlStream*>(self);
  --stream.depth_;
  stream.handler_.end(stream, local_name(name));
}

void XmlStream::on_text(void* self, const char* chars, int length) {
  auto& stream = *static_cast<XmlStream*>(self);
  stream.handler_.text(stream, std::string_view(chars, static_cast<std::size_t>(length)));
}

void XmlStream::on_doctype(void* self, const char*, const char*, const char*, int) {
  auto& stream = *static_cast<XmlStream*>(self);
  stream.fail({fmt::format("часть «{}» объявляет DTD, чего файлы Office (Word, Excel, LibreOffice) не делают", stream.part_),
               fmt::format("part \"{}\" declares a DTD, which Office files (Word, Excel, LibreOffice) never do",
                           stream.part_)});
}

void XmlStream::suspend() { XML_StopParser(static_cast<XML_Parser>(parser_), XML_TRUE); }

void XmlStream::fail(vocab::Localized why) {
  if (!failed_) error_ = std::move(why);
  failed_ = true;
  XML_StopParser(static_cast<XML_Parser>(parser_), XML_FALSE);
}

XmlStream::State XmlStream::failed(vocab::Localized why) {
  if (!failed_) error_ = std::move(why);
  failed_ = true;
  return State::failed;
}

XmlStream::State XmlStream::expat_failed() {
  if (failed_) return State::failed;  // a handler stopped it, with its own reason
  const auto parser = static_cast<XML_Parser>(parser_);
  const auto line = XML_GetCurrentLineNumber(parser);
  const char* what = XML_ErrorString(XML_GetErrorCode(parser));
  return failed({fmt::format("часть «{}» повреждена: ошибка XML в строке {}: {}", part_, line, what),
                 fmt::format("part \"{}\" is damaged: XML error at line {}: {}", part_, line, what)});
}

XmlStream::State XmlStream::after(int status) {
  switch (status) {
    case XML_STATUS_SUSPENDED:
      suspended_ = true;
      return State::suspended;
    case XML_STATUS_ERROR:
      return expat_failed();
    default:
      finished_ = final_fed_;
      return finished_ ? State::finished : State::suspended;
  }
}

XmlStream::State XmlStream::parse() {
  if (failed_) return State::failed;
  if (finished_) return State::finished;
  const auto parser = static_cast<XML_Parser>(parser_);
  if (suspended_) {
    suspended_ = false;
    const int status = XML_ResumeParser(parser);
    if (status != XML_STATUS_OK || final_fed_) return after(status);
  }
  for (;;) {
    void* buffer = XML_GetBuffer(parser, kChunk);
    if (!buffer) return failed({"не хватает памяти для разбора XML", "out of memory for the XML parser"});
    const long got = zip_.read(std::span<char>(static_cast<char*>(buffer), kChunk));
    if (got < 0) return failed(zip_.error());
    bytes_read_ += static_cast<std::uint64_t>(got);
    final_fed_ = got == 0;
    const int status = XML_ParseBuffer(parser, static_cast<int>(got), final_fed_);
    // A chunk parsed through without a suspension: feed the next one.
    if (status != XML_STATUS_OK || final_fed_) return after(status);
  }
}

vocab::Localized parse_part(ZipArchive& zip, const std::string& part, XmlHandler& handler, std::uint64_t max_bytes) {
  XmlStream stream(zip, handler);
  if (!stream.open(part, max_bytes)) return stream.error();
  XmlStream::State state;
  while ((state = stream.parse()) == XmlStream::State::suspended) {
  }
  return state == XmlStream::State::failed ? stream.error() : vocab::Localized{};
}

}  // namespace rmt::package
