#include "web/templates.hpp"

#include <ctemplate/per_expand_data.h>
#include <ctemplate/template_emitter.h>
#include <ctemplate/template_modifiers.h>

#include <stdexcept>

#include "core/embedded.hpp"

namespace pmi::web {
namespace {

class TranslateModifier final : public ctemplate::TemplateModifier {
public:
    explicit TranslateModifier(const I18n& i18n) : i18n_(i18n) {}
    void Modify(const char*, size_t, const ctemplate::PerExpandData* data, ctemplate::ExpandEmitter* out,
                const std::string& argument) const override
    {
        const char* language = data ? data->LookupForModifiersAsString("language") : nullptr;
        std::string message = argument.empty() ? argument : argument.substr(1);  // drop the '='
        out->Emit(i18n_.translate(language ? language : "en", message));
    }

private:
    const I18n& i18n_;
};

const I18n* registered_i18n = nullptr;

void register_modifier(const I18n& i18n)
{
    // CTemplate's modifier registry is global; pmi has one I18n per process.
    static TranslateModifier* modifier = nullptr;
    if (modifier) {
        if (registered_i18n != &i18n) throw std::logic_error("templates set up twice with different catalogs");
        return;
    }
    modifier = new TranslateModifier(i18n);
    registered_i18n = &i18n;
    ctemplate::AddModifier("x-t=", modifier);
    // Modifiers run only on a variable that exists, so `_` is always defined and empty.
    ctemplate::TemplateDictionary::SetGlobalValue("_", "");
}

}  // namespace

Templates::Templates(const I18n& i18n, std::string development_root) : development_root_(std::move(development_root))
{
    register_modifier(i18n);
    auto* cache = ctemplate::mutable_default_template_cache();
    if (development()) {
        cache->SetTemplateRootDirectory(development_root_);
        return;
    }
    for (const auto& file : embedded::templates()) {
        std::string name(file.path);
        if (!ctemplate::StringToTemplateCache(name, file.content.data(), file.content.size(),
                                              ctemplate::STRIP_BLANK_LINES))
            throw std::runtime_error("template " + name + " does not parse");
    }
    cache->Freeze();
}

std::string Templates::expand(const std::string& name, const ctemplate::TemplateDictionary& dictionary,
                              std::string_view language) const
{
    auto* cache = ctemplate::mutable_default_template_cache();
    if (development()) cache->ReloadAllIfChanged(ctemplate::TemplateCache::IMMEDIATE_RELOAD);
    ctemplate::PerExpandData data;
    std::string language_text(language);
    data.InsertForModifiers("language", language_text.c_str());
    std::string output;
    output.reserve(16 * 1024);
    if (!cache->ExpandWithData(name, ctemplate::STRIP_BLANK_LINES, &dictionary, &data, &output))
        throw std::runtime_error("template " + name + " failed to expand");
    return output;
}

std::vector<std::string> template_message_ids(std::string_view text)
{
    std::vector<std::string> ids;
    constexpr std::string_view kMarker = ":x-t=";
    for (auto at = text.find(kMarker); at != std::string_view::npos; at = text.find(kMarker, at + 1)) {
        auto start = at + kMarker.size();
        auto end = text.find_first_of(":}", start);
        if (end == std::string_view::npos) break;
        ids.emplace_back(text.substr(start, end - start));
    }
    return ids;
}

}  // namespace pmi::web
