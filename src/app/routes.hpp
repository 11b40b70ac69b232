#pragma once
#include "accounts/api.hpp"
#include "accounts/pages.hpp"
#include "admin/admin_pages.hpp"
#include "app/ops.hpp"
#include "calls/api.hpp"
#include "calls/manage_pages.hpp"
#include "calls/pages.hpp"
#include "directory/api.hpp"
#include "directory/pages.hpp"
#include "matching/run_pages.hpp"
#include "mailing/api.hpp"
#include "mailing/manage_pages.hpp"
#include "mailing/pages.hpp"
#include "partnerships/api.hpp"
#include "partnerships/pages.hpp"
#include "results/api.hpp"
#include "results/pages.hpp"
#include "map/map_pages.hpp"
#include "review/api.hpp"
#include "review/pages.hpp"
#include "site/manage_pages.hpp"
#include "site/pages.hpp"
#include "web/router.hpp"

namespace pmi::app {

struct Handlers {
    site::SitePages& site;
    site::ManagePages& manage;
    accounts::AccountPages& account_pages;
    accounts::AccountApi& account_api;
    admin::AdminPages& admin;
    calls::CallPages& calls;
    calls::CallManagePages& manage_calls;
    calls::CallApi& call_api;
    review::ReviewPages& review;
    review::ReviewApi& review_api;
    directory::DirectoryPages& directory;
    directory::DirectoryApi& directory_api;
    matching::RunPages& matching;
    mailing::MailingPages& mailing;
    mailing::MailingManagePages& manage_mailing;
    mailing::MailingApi& mailing_api;
    partnerships::PartnershipPages& partnerships;
    partnerships::PartnershipApi& partnership_api;
    results::ResultPages& results;
    results::ResultsApi& results_api;
    map::MapPages& map;
    Ops& ops;
};

// THE route table: every address the server answers, in one place.
void add_routes(web::Router& router, Handlers handlers);

}  // namespace pmi::app
