#pragma once
// Google CTemplate, parsed once: every template built into the binary is loaded into the
// cache at start and the cache is frozen. In development mode templates are read from a
// source folder instead and reloaded when they change.
// Templates translate text with the x-t modifier: {{_:x-t=Sign in}} (no ':' in the text),
// and the auto-escaper then escapes the translation like any other value.
#include <ctemplate/template.h>

#include <string>
#include <string_view>
#include <vector>

#include "web/i18n.hpp"

namespace pmi::web {

class Templates {
public:
    // Throws std::runtime_error naming the template that fails to parse.
    Templates(const I18n& i18n, std::string development_root = {});
    std::string expand(const std::string& name, const ctemplate::TemplateDictionary& dictionary,
                       std::string_view language) const;
    bool development() const { return !development_root_.empty(); }

private:
    std::string development_root_;
};

// Every message id that a template passes to x-t, for the catalog check.
std::vector<std::string> template_message_ids(std::string_view template_text);

}  // namespace pmi::web
