#include "site/view_helpers.hpp"

#include <map>

#include "core/translator.hpp"
#include "site/markdown.hpp"

namespace pmi::site {

std::string_view language_label(std::string_view code)
{
    static const std::map<std::string_view, std::string_view> names = {
        {"en", N_("English")}, {"fr", N_("French")}, {"es", N_("Spanish")}, {"km", N_("Khmer")}, {"vi", N_("Vietnamese")}};
    auto found = names.find(code);
    return found == names.end() ? code : found->second;
}

void set_localized(ctemplate::TemplateDictionary& dictionary, const std::string& name, const LocalizedText& text,
                   const web::Exchange& exchange, const web::I18n& i18n, bool markdown)
{
    auto choice = text.pick(exchange.language);
    if (markdown) dictionary.SetValue(name + "_HTML", markdown_to_html(choice.text));
    else dictionary.SetValue(name, choice.text);
    dictionary.SetValue(name + "_LANG", choice.language.empty() ? exchange.language : choice.language);
    if (choice.fallback) {
        auto* note = dictionary.AddSectionDictionary(name + "_FALLBACK");
        note->SetValue("FALLBACK_NOTE",
                       i18n.format(exchange.language, "This text is not yet available in your language; it is shown in {1}.",
                                   {i18n.translate(exchange.language, language_label(choice.language))}));
    }
}

std::string language_names(const std::vector<std::string>& codes, const web::Exchange& exchange, const web::I18n& i18n)
{
    std::string names;
    for (const auto& code : codes) {
        if (!names.empty()) names += ", ";
        names += i18n.translate(exchange.language, language_label(code));
    }
    return names;
}

}  // namespace pmi::site
