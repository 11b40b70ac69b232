#include "iati/xml_writer.hpp"

#include <libxml/xmlwriter.h>

#include <stdexcept>

namespace pmi::iati {
namespace {

const xmlChar* chars(const std::string& text) { return reinterpret_cast<const xmlChar*>(text.c_str()); }

// Libxml2 fails here only when memory runs out: nothing a caller can handle.
void check(int result, const char* what)
{
    if (result < 0) throw std::runtime_error(std::string("XML writer failed to ") + what);
}

// The length of the UTF-8 sequence at `text[i]` and its code point; 0 when invalid.
std::size_t utf8_at(std::string_view text, std::size_t i, char32_t& code)
{
    const auto byte = static_cast<unsigned char>(text[i]);
    std::size_t length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xe ? 3 : (byte >> 3) == 0x1e ? 4 : 0;
    if (length == 0 || i + length > text.size()) return 0;
    code = length == 1 ? byte : length == 2 ? byte & 0x1f : length == 3 ? byte & 0x0f : byte & 0x07;
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next >> 6) != 0x2) return 0;
        code = (code << 6) | (next & 0x3f);
    }
    static constexpr char32_t kLeast[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < kLeast[length] || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return 0;
    return length;
}

bool allowed_in_xml(char32_t code)
{
    return code == 0x9 || code == 0xa || code == 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) ||
           code >= 0x10000;
}

}  // namespace

std::string xml_safe(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t code = 0;
        const auto length = utf8_at(text, i, code);
        if (length > 0 && allowed_in_xml(code)) {
            out.append(text.substr(i, length));
            i += length;
        } else {
            out += "\xEF\xBF\xBD";
            i += length > 0 ? length : 1;
        }
    }
    return out;
}

XmlWriter::XmlWriter(Indent indent) : buffer_(xmlBufferCreate()), writer_(nullptr)
{
    if (!buffer_) throw std::runtime_error("XML writer failed to allocate its buffer");
    // The default grows the buffer by what each write needs: quadratic on a large file.
    xmlBufferSetAllocationScheme(buffer_, XML_BUFFER_ALLOC_DOUBLEIT);
    writer_ = xmlNewTextWriterMemory(buffer_, 0);
    if (!writer_) {
        xmlBufferFree(buffer_);
        throw std::runtime_error("XML writer failed to start");
    }
    if (indent == Indent::Yes) {
        xmlTextWriterSetIndent(writer_, 1);
        xmlTextWriterSetIndentString(writer_, reinterpret_cast<const xmlChar*>(" "));
    }
    check(xmlTextWriterStartDocument(writer_, "1.0", "UTF-8", nullptr), "start the document");
}

XmlWriter::~XmlWriter()
{
    xmlFreeTextWriter(writer_);
    xmlBufferFree(buffer_);
}

void XmlWriter::start(std::string_view name)
{
    check(xmlTextWriterStartElement(writer_, chars(std::string(name))), "start an element");
}

void XmlWriter::attribute(std::string_view name, std::string_view value)
{
    check(xmlTextWriterWriteAttribute(writer_, chars(std::string(name)), chars(xml_safe(value))), "write an attribute");
}

void XmlWriter::text(std::string_view value) { check(xmlTextWriterWriteString(writer_, chars(xml_safe(value))), "write text"); }

void XmlWriter::end() { check(xmlTextWriterEndElement(writer_), "end an element"); }

void XmlWriter::element(std::string_view name, std::string_view text)
{
    start(name);
    this->text(text);
    end();
}

std::string XmlWriter::finish()
{
    check(xmlTextWriterEndDocument(writer_), "end the document");
    check(xmlTextWriterFlush(writer_), "flush");
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_)), static_cast<std::size_t>(xmlBufferLength(buffer_)));
}

}  // namespace pmi::iati
