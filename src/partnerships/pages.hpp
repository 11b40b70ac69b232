#pragma once
// Partnership pages: the public list and page of each partnership (what it does, where,
// since when); the officers' form to create and change one (staff change its summary and
// contacts); the budget with totals by year and category, amendments and exports.
#include <functional>

#include "directory/directory_service.hpp"
#include "partnerships/budget_service.hpp"
#include "partnerships/network_links.hpp"
#include "partnerships/partnership_service.hpp"
#include "partnerships/view_helpers.hpp"
#include "site/site_service.hpp"
#include "web/page.hpp"

namespace pmi::partnerships {

// A published story of a partnership, as the partnership's page links to it.
struct StoryLink {
    std::string title, language, url;
};
// The published stories of a partnership in a reader's language, newest first (the stories
// module gives them; a partnership's page only lists them).
using PublishedStories = std::function<std::vector<StoryLink>(PartnershipId, std::string_view language)>;

class PartnershipPages {
public:
    PartnershipPages(PartnershipService& partnerships, BudgetService& budgets, directory::DirectoryService& directory, site::SiteService& site,
                     const web::Views& views, PublishedStories stories = {}, NetworksTakingPart networks = {})
        : partnerships_(partnerships), budgets_(budgets), directory_(directory), site_(site), views_(views), stories_(std::move(stories)),
          networks_(std::move(networks)) {}

    web::Response list(web::Exchange& exchange);
    web::Response show(web::Exchange& exchange);
    web::Response list_csv(web::Exchange& exchange);
    web::Response list_xlsx(web::Exchange& exchange);

    web::Response new_form(web::Exchange& exchange);
    web::Response edit_form(web::Exchange& exchange);
    web::Response create(web::Exchange& exchange);
    web::Response update(web::Exchange& exchange);

    web::Response budget(web::Exchange& exchange);
    web::Response add_line(web::Exchange& exchange);
    web::Response amendment_form(web::Exchange& exchange);
    web::Response propose(web::Exchange& exchange);
    web::Response decide(web::Exchange& exchange);
    web::Response budget_csv(web::Exchange& exchange);
    web::Response budget_xlsx(web::Exchange& exchange);
    web::Response amendments_csv(web::Exchange& exchange);
    web::Response amendments_xlsx(web::Exchange& exchange);

private:
    web::Response form(web::Exchange& exchange, const web::Fields& fields, const Error* error, PartnershipId id, Access access);
    web::Response budget_page(web::Exchange& exchange, const web::Fields& fields, const Error* error);
    web::Response amendment_page(web::Exchange& exchange, const Budget& budget, const web::Fields& fields, const Error* error);
    web::Response budget_export(web::Exchange& exchange, const std::string& kind, Table (*table_of)(const Budget&), const std::string& name);
    std::string area_name(const web::Exchange& exchange, std::string_view code);
    std::string country_name(const web::Exchange& exchange, std::string_view code);

    PartnershipService& partnerships_;
    BudgetService& budgets_;
    directory::DirectoryService& directory_;
    site::SiteService& site_;
    const web::Views& views_;
    PublishedStories stories_;
    NetworksTakingPart networks_;
};

// The id in the address, as the services take it; invalid when it is not a number.
PartnershipId partnership_in(const web::Exchange& exchange);
// A CSV or Excel download of `rows` under `header`.
web::Response spreadsheet(const std::string& kind, const std::string& file_name, const std::vector<std::string>& header,
                          const std::vector<std::vector<std::string>>& rows);

}  // namespace pmi::partnerships
