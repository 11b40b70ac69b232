#include "iati/xml_tree.hpp"

#include <libxml/tree.h>

namespace pmi::iati {
namespace {

std::string taken(xmlChar* value)
{
    std::string text = value ? reinterpret_cast<const char*>(value) : "";
    xmlFree(value);
    return text;
}

}  // namespace

bool named(const _xmlNode* node, const char* name)
{
    return node->type == XML_ELEMENT_NODE && xmlStrEqual(node->name, reinterpret_cast<const xmlChar*>(name));
}

std::string attribute(_xmlNode* node, const char* name) { return taken(xmlGetProp(node, reinterpret_cast<const xmlChar*>(name))); }

std::string element_text(_xmlNode* node)
{
    auto text = taken(xmlNodeGetContent(node));
    auto first = text.find_first_not_of(" \t\r\n"), last = text.find_last_not_of(" \t\r\n");
    return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

}  // namespace pmi::iati
