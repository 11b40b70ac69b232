#pragma once
// Reading a libxml2 tree: element names, attributes and text as std::string.
#include <string>

struct _xmlNode;

namespace pmi::iati {

// Whether `node` is an element named `name`.
bool named(const _xmlNode* node, const char* name);
// The attribute's value; "" when absent.
std::string attribute(_xmlNode* node, const char* name);
// The element's text content, without the white space around it.
std::string element_text(_xmlNode* node);

}  // namespace pmi::iati
