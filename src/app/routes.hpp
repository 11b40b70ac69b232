#pragma once
#include "accounts/api.hpp"
#include "accounts/pages.hpp"
#include "accounts/second_factor_pages.hpp"
#include "admin/admin_pages.hpp"
#include "app/ops.hpp"
#include "calls/api.hpp"
#include "calls/manage_pages.hpp"
#include "calls/pages.hpp"
#include "directory/api.hpp"
#include "directory/pages.hpp"
#include "iati/api.hpp"
#include "iati/pages.hpp"
#include "library/api.hpp"
#include "library/pages.hpp"
#include "events/api.hpp"
#include "events/pages.hpp"
#include "matching/run_pages.hpp"
#include "networks/api.hpp"
#include "networks/pages.hpp"
#include "mailing/api.hpp"
#include "mailing/manage_pages.hpp"
#include "mailing/pages.hpp"
#include "partnerships/api.hpp"
#include "partnerships/ledger_api.hpp"
#include "partnerships/ledger_pages.hpp"
#include "partnerships/envelope_api.hpp"
#include "partnerships/envelope_pages.hpp"
#include "partnerships/pages.hpp"
#include "partnerships/workplan_api.hpp"
#include "partnerships/workplan_pages.hpp"
#include "results/api.hpp"
#include "results/bulk_api.hpp"
#include "results/bulk_pages.hpp"
#include "results/pages.hpp"
#include "map/map_pages.hpp"
#include "review/api.hpp"
#include "review/pages.hpp"
#include "search/api.hpp"
#include "search/pages.hpp"
#include "site/manage_pages.hpp"
#include "site/news_feed.hpp"
#include "site/pages.hpp"
#include "stories/api.hpp"
#include "stories/pages.hpp"
#include "web/router.hpp"

namespace pmi::app {

struct Handlers {
    site::SitePages& site;
    site::ManagePages& manage;
    site::NewsFeed& news_feed;
    accounts::AccountPages& account_pages;
    accounts::AccountApi& account_api;
    accounts::SecondFactorPages& second_factor;
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
    partnerships::LedgerPages& ledgers;
    partnerships::LedgerApi& ledger_api;
    partnerships::WorkplanPages& workplans;
    partnerships::WorkplanApi& workplan_api;
    partnerships::EnvelopePages& envelope;
    partnerships::EnvelopeApi& envelope_api;
    results::ResultPages& results;
    results::ResultsApi& results_api;
    results::BulkEntryPages& bulk_entry;
    results::BulkEntryApi& bulk_entry_api;
    map::MapPages& map;
    iati::IatiPages& iati;
    iati::IatiApi& iati_api;
    search::SearchPages& search;
    events::EventPages& events;
    events::EventApi& event_api;
    networks::NetworkPages& networks;
    networks::NetworkApi& network_api;
    library::LibraryPages& library;
    library::LibraryApi& library_api;
    search::SearchApi& search_api;
    stories::StoryPages& stories;
    stories::StoryApi& story_api;
    Ops& ops;
};

// THE route table: every address the server answers, in one place.
void add_routes(web::Router& router, Handlers handlers);

}  // namespace pmi::app
