#include "files/xml_part.hpp"

#include <libxml/parser.h>
#include <libxml/xmlreader.h>

#include <mutex>
#include <new>

namespace pmi::files {
namespace {

// No network, no entity substitution, no DTD loading or validation; errors are returned to
// us, never printed.
constexpr int kOptions = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT;

void ignore_error(void*, xmlErrorPtr) {}

std::string_view view(const xmlChar* text)
{
    return text ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
}

// Checked on the bytes before libxml2 sees them, so not even the declarations are parsed.
bool declares_document_type(std::string_view xml)
{
    return xml.find("<!DOCTYPE") != std::string_view::npos || xml.find("<!ENTITY") != std::string_view::npos;
}

}  // namespace

XmlPart::XmlPart(std::string_view xml, std::string name, std::string field)
    : xml_(xml), name_(std::move(name)), field_(std::move(field))
{
    static std::once_flag initialised;
    std::call_once(initialised, [] { xmlInitParser(); });
    reader_ = xmlReaderForMemory(xml_.data(), static_cast<int>(xml_.size()), nullptr, "UTF-8", kOptions);
    if (!reader_) throw std::bad_alloc();
    xmlTextReaderSetStructuredErrorHandler(reader_, ignore_error, nullptr);
}

XmlPart::~XmlPart() { xmlFreeTextReader(reader_); }

Result<bool> XmlPart::next()
{
    if (!checked_) {
        checked_ = true;
        if (xml_.size() > static_cast<std::size_t>(INT32_MAX)) return malformed();
        if (declares_document_type(xml_))
            return invalid(field_, "This file was refused: its part {1} declares a document type, which Office files never do.", {name_});
    }
    if (moved_) {
        bool more = *moved_;
        moved_.reset();
        return more;
    }
    const int read = xmlTextReaderRead(reader_);
    if (read < 0) return malformed();
    if (read == 1 && xmlTextReaderNodeType(reader_) == XML_READER_TYPE_DOCUMENT_TYPE)
        return invalid(field_, "This file was refused: its part {1} declares a document type, which Office files never do.", {name_});
    return read == 1;
}

Status XmlPart::skip()
{
    const int moved = xmlTextReaderNext(reader_);
    if (moved < 0) return malformed();
    moved_ = moved == 1;
    return Ok{};
}

bool XmlPart::at_start(std::string_view local_name) const
{
    return xmlTextReaderNodeType(reader_) == XML_READER_TYPE_ELEMENT && this->local_name() == local_name;
}

bool XmlPart::at_end(std::string_view local_name) const
{
    return xmlTextReaderNodeType(reader_) == XML_READER_TYPE_END_ELEMENT && this->local_name() == local_name;
}

bool XmlPart::empty_element() const { return xmlTextReaderIsEmptyElement(reader_) == 1; }

std::string_view XmlPart::local_name() const { return view(xmlTextReaderConstLocalName(reader_)); }

std::optional<std::string> XmlPart::attribute(std::string_view local_name)
{
    std::optional<std::string> found;
    for (int more = xmlTextReaderMoveToFirstAttribute(reader_); more == 1; more = xmlTextReaderMoveToNextAttribute(reader_))
        if (this->local_name() == local_name) {
            found.emplace(view(xmlTextReaderConstValue(reader_)));
            break;
        }
    xmlTextReaderMoveToElement(reader_);
    return found;
}

Result<std::string> XmlPart::text(std::string_view holder, std::string_view skipped)
{
    std::string text;
    if (empty_element()) return text;
    const int depth = xmlTextReaderDepth(reader_);
    std::string inside(local_name());  // the element the next text node would sit in
    while (TRY(next())) {
        switch (xmlTextReaderNodeType(reader_)) {
        case XML_READER_TYPE_ELEMENT:
            if (!skipped.empty() && local_name() == skipped && !empty_element()) {
                TRY(skip());
                inside.clear();
            } else {
                inside = local_name();
            }
            break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
            if (inside == holder) text += view(xmlTextReaderConstValue(reader_));
            break;
        case XML_READER_TYPE_END_ELEMENT:
            inside.clear();
            if (xmlTextReaderDepth(reader_) == depth) return text;
            break;
        default:
            break;
        }
    }
    return malformed();  // the part ended inside the element
}

Error XmlPart::malformed() const
{
    return invalid(field_, "This file is damaged: its part {1} is not well-formed XML (line {2}). Save it again and upload the new copy.",
                   {name_, std::to_string(xmlTextReaderGetParserLineNumber(reader_))});
}

Error XmlPart::damaged() const
{
    return invalid(field_, "This file is damaged: its part {1} holds something a spreadsheet never writes (line {2}). Save it again and upload the new copy.",
                   {name_, std::to_string(xmlTextReaderGetParserLineNumber(reader_))});
}

}  // namespace pmi::files
