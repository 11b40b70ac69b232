#pragma once
// A server-rendered page: a body template inside the common layout (header, navigation,
// language switch, footer). Modules fill the body's dictionary; the layout takes care of
// the language, the CSRF token, the signed-in user and the "page updated" date.
#include <ctemplate/template.h>

#include <functional>
#include <memory>
#include <string>

#include "core/error.hpp"
#include "web/exchange.hpp"
#include "web/i18n.hpp"
#include "web/templates.hpp"

namespace pmi::web {

struct Views {
    const Templates& templates;
    const I18n& i18n;
    // HTML another module adds to the footer of each page (the subscription form), or "".
    // It runs on every page: it must cost no database work.
    std::function<std::string(const Exchange&)> footer;
};

class Page {
public:
    Page(const Views& views, const Exchange& exchange, std::string body_template);
    ctemplate::TemplateDictionary& body() { return *body_; }
    // `text` is shown as is (translate it first).
    Page& title(const std::string& text);
    Page& updated(std::int64_t unix_seconds);
    Page& notice(const std::string& text);
    // Lists the errors at the top of the form (each linked to its field) and sets
    // ERROR_<field> for the message beside each field.
    Page& errors(const std::vector<Error>& errors);
    Response render(int status = 200) const;

    std::string t(std::string_view message) const { return views_.i18n.translate(exchange_.language, message); }

private:
    void fill_layout();

    const Views& views_;
    const Exchange& exchange_;
    std::unique_ptr<ctemplate::TemplateDictionary> layout_;
    ctemplate::TemplateDictionary* body_;
    ctemplate::TemplateDictionary* form_errors_;
};

// The same page for every "not allowed", "not found" and "invalid" outcome of a service.
Response error_page(const Views& views, const Exchange& exchange, const Error& error);

// The page for a service's refusal: a visitor who must sign in is sent to the sign-in page
// (and back here afterwards); anything else gets error_page.
Response refusal(const Views& views, const Exchange& exchange, const Error& error);

// Sets each `Fields` value as the template variable FIELD_<name>, to refill a form.
void refill(ctemplate::TemplateDictionary& dictionary, const Fields& fields);

// A form page: the body template refilled from `fields`, with the problems of `error` (if
// any) listed above the form and beside each field; answered with the error's status.
Response form_page(const Views& views, const Exchange& exchange, const std::string& body_template,
                   std::string_view title_message, const Fields& fields, const Error* error,
                   const std::function<void(ctemplate::TemplateDictionary&)>& fill = {});

// Adds LANGUAGE_OPTION rows (CODE, NAME, SELECTED) for a language <select>.
void language_options(ctemplate::TemplateDictionary& dictionary, const I18n& i18n, std::string_view selected);

// A local address to return to after signing in: a path on this site, never another host.
std::string safe_return_path(std::string_view next, std::string_view fallback = "/");

}  // namespace pmi::web
