#pragma once
// Pieces the list's pages share.
#include <ctemplate/template.h>

#include <string>
#include <vector>

#include "core/error.hpp"
#include "mailing/topics.hpp"
#include "web/http.hpp"
#include "web/i18n.hpp"

namespace pmi::mailing {

// A TOPIC row (CODE, NAME, and CHECKED when in `checked`) for each topic, for checkboxes.
void topic_checkboxes(ctemplate::TemplateDictionary& dictionary, const std::vector<Topic>& topics,
                      const std::vector<std::string>& checked, const web::I18n& i18n, std::string_view language);

// Refusals a page does not show inside its form: the visitor must sign in, may not act, or
// the thing is gone.
bool refused_outright(const Error& error);

// The source a subscription's consent is recorded with: the method and route that took it.
std::string consent_source(const web::Request& request);

}  // namespace pmi::mailing
