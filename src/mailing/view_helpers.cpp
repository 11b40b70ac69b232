#include "mailing/view_helpers.hpp"

#include <algorithm>

namespace pmi::mailing {

void topic_checkboxes(ctemplate::TemplateDictionary& dictionary, const std::vector<Topic>& topics,
                      const std::vector<std::string>& checked, const web::I18n& i18n, std::string_view language)
{
    for (const auto& topic : topics) {
        auto* row = dictionary.AddSectionDictionary("TOPIC");
        row->SetValue("CODE", topic.code);
        row->SetValue("NAME", topic_name(topic, i18n, language));
        if (std::find(checked.begin(), checked.end(), topic.code) != checked.end()) row->ShowSection("CHECKED");
    }
}

bool refused_outright(const Error& error)
{
    return error.code == ErrorCode::Forbidden || error.code == ErrorCode::Unauthenticated || error.code == ErrorCode::NotFound;
}

std::string consent_source(const web::Request& request)
{
    return request.method_text + " " + request.path.substr(0, 200);
}

}  // namespace pmi::mailing
