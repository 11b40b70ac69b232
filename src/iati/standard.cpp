#include "iati/standard.hpp"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlschemas.h>

#include <mutex>
#include <stdexcept>

#include "core/embedded.hpp"
#include "iati/xml_tree.hpp"

namespace pmi::iati {
namespace {

constexpr std::string_view kSchemaFolder = "iati/standard/schema/";
constexpr std::string_view kCodelistFolder = "iati/standard/codelists/";

std::string_view base_name(std::string_view path)
{
    auto slash = path.find_last_of('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

// The schema includes iati-common.xsd and imports xml.xsd by relative location: they are
// served from the binary, and nothing else is loaded while the schema compiles.
xmlParserInputPtr embedded_schema_loader(const char* url, const char*, xmlParserCtxtPtr context)
{
    if (!url) return nullptr;
    for (const auto& file : embedded::iati_standard())
        if (file.path.starts_with(kSchemaFolder) && base_name(file.path) == base_name(url)) {
            auto* buffer = xmlParserInputBufferCreateMem(file.content.data(), static_cast<int>(file.content.size()),
                                                         XML_CHAR_ENCODING_NONE);
            return buffer ? xmlNewIOInputStream(context, buffer, XML_CHAR_ENCODING_NONE) : nullptr;
        }
    return nullptr;
}

_xmlSchema* compile_schema()
{
    static std::mutex loader_swap;
    std::lock_guard lock(loader_swap);
    auto previous = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(embedded_schema_loader);
    auto main = embedded::find(embedded::iati_standard(), std::string(kSchemaFolder) + "iati-activities-schema.xsd");
    xmlSchemaParserCtxtPtr parser =
        main ? xmlSchemaNewMemParserCtxt(main->data(), static_cast<int>(main->size())) : nullptr;
    xmlSchemaPtr schema = parser ? xmlSchemaParse(parser) : nullptr;
    if (parser) xmlSchemaFreeParserCtxt(parser);
    xmlSetExternalEntityLoader(previous);
    if (!schema) throw std::runtime_error("the embedded IATI activity schema does not compile");
    return schema;
}

Codelist read_codelist(std::string_view xml, std::string_view name)
{
    xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, "UTF-8", XML_PARSE_NONET);
    if (!doc) throw std::runtime_error("the embedded IATI code list " + std::string(name) + " is not well-formed");
    Codelist list;
    for (xmlNodePtr items = xmlDocGetRootElement(doc)->children; items; items = items->next) {
        if (!named(items, "codelist-items")) continue;
        for (xmlNodePtr item = items->children; item; item = item->next) {
            if (!named(item, "codelist-item")) continue;
            const bool withdrawn = attribute(item, "status") == "withdrawn";
            for (xmlNodePtr field = item->children; field; field = field->next)
                if (named(field, "code")) (withdrawn ? list.withdrawn : list.active).insert(element_text(field));
        }
    }
    xmlFreeDoc(doc);
    return list;
}

}  // namespace

Standard::Standard() : schema_(compile_schema())
{
    for (const auto& file : embedded::iati_standard()) {
        if (!file.path.starts_with(kCodelistFolder)) continue;
        auto name = base_name(file.path);
        name.remove_suffix(4);  // ".xml"
        codelists_.emplace(std::string(name), read_codelist(file.content, name));
    }
}

Standard::~Standard() { xmlSchemaFree(schema_); }

const Codelist& Standard::codelist(std::string_view name) const
{
    auto found = codelists_.find(name);
    if (found == codelists_.end()) throw std::logic_error("no IATI code list named " + std::string(name) + " is embedded");
    return found->second;
}

const Standard& standard()
{
    static const Standard instance;
    return instance;
}

}  // namespace pmi::iati
