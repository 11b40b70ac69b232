#pragma once
// Putting localized content into templates: the reader's version, its language, and a
// visible note when another language stands in for a missing one.
#include <ctemplate/template.h>

#include "core/localized_text.hpp"
#include "web/exchange.hpp"
#include "web/i18n.hpp"

namespace pmi::site {

// Sets NAME and NAME_LANG; when the text falls back, shows the section NAME_FALLBACK with
// FALLBACK_NOTE. With `markdown`, sets NAME_HTML (rendered safely) instead of NAME.
// A language's name as an English message id ("fr" → "French"), to translate where shown.
std::string_view language_label(std::string_view code);

void set_localized(ctemplate::TemplateDictionary& dictionary, const std::string& name, const LocalizedText& text,
                   const web::Exchange& exchange, const web::I18n& i18n, bool markdown = false);

// "French, English": the names of ISO 639-1 language codes in the reader's language.
std::string language_names(const std::vector<std::string>& codes, const web::Exchange& exchange,
                           const web::I18n& i18n);

}  // namespace pmi::site
