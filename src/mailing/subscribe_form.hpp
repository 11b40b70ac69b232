#pragma once
// The subscription form: in the footer of every public page, on the news page, and alone
// at /mailing/subscribe. The footer's copy is made once per language and per snapshot of the
// site's content (the region names and who asks for consent come from it) and kept, so a page
// pays for it with a string copy: no template work and no database query.
#include <ctemplate/template.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "core/error.hpp"
#include "mailing/wording.hpp"
#include "site/site_service.hpp"
#include "web/page.hpp"

namespace pmi::mailing {

class SubscribeForm {
public:
    SubscribeForm(const web::Views& views, site::SiteService& site) : views_(views), site_(site) {}

    // The footer's form for this page, or "" where the page has a form of its own or is not
    // a public page (management, administration).
    std::string footer(const web::Exchange& exchange);
    // Fills the form's dictionary: ids start with `prefix`, fields are refilled from `fields`
    // (the consent box never is), and `errors` are shown beside their fields.
    void fill(ctemplate::TemplateDictionary& form, const web::Exchange& exchange, std::string_view prefix, const web::Fields& fields,
              const std::vector<Error>& errors) const;

    // The request for consent in the reader's language; none until the program is set up.
    std::optional<ConsentText> consent(const web::Exchange& exchange) const;

private:
    struct Copy {
        site::SharedContent content;  // the snapshot it was made from
        std::string before_token, after_token;
    };

    const web::Views& views_;
    site::SiteService& site_;
    std::mutex mutex_;
    std::map<std::string, Copy, std::less<>> copies_;  // by language
};

}  // namespace pmi::mailing
