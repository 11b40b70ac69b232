#include "app/routes.hpp"

#include "files/photo.hpp"

namespace pmi::app {

// Binds a member function of a handler object as a route handler.
template <typename Object>
web::Handler bind(Object& object, web::Response (Object::*method)(web::Exchange&))
{
    return [&object, method](web::Exchange& exchange) { return (object.*method)(exchange); };
}

void add_routes(web::Router& r, Handlers h)
{
    using site::SitePages;
    using site::ManagePages;
    using accounts::AccountPages;
    using accounts::AccountApi;
    using admin::AdminPages;
    using calls::CallPages;
    using calls::CallManagePages;
    using calls::CallApi;
    using review::ReviewPages;
    using review::ReviewApi;
    using directory::DirectoryApi;
    using directory::DirectoryPages;
    using matching::RunPages;
    using mailing::MailingPages;
    using mailing::MailingManagePages;
    using mailing::MailingApi;
    using partnerships::PartnershipApi;
    using partnerships::PartnershipPages;
    using partnerships::LedgerApi;
    using partnerships::LedgerPages;
    using partnerships::EnvelopeApi;
    using partnerships::EnvelopePages;
    using partnerships::WorkplanApi;
    using partnerships::WorkplanPages;
    using iati::IatiPages;
    using iati::IatiApi;
    using results::ResultPages;
    using results::ResultsApi;
    using results::BulkEntryPages;
    using results::BulkEntryApi;

    // Public site
    r.get_public("/", bind(h.site, &SitePages::home));
    r.get_public("/countries", bind(h.site, &SitePages::countries));
    r.get_public("/countries/:code", bind(h.site, &SitePages::country));
    r.get_public("/areas", bind(h.site, &SitePages::areas));
    r.get_public("/areas/:code", bind(h.site, &SitePages::area));
    r.get_public("/news", bind(h.site, &SitePages::news));
    // Before the posts: "feed.atom" would otherwise be taken for a post's slug.
    r.get_public("/news/feed.atom", bind(h.news_feed, &site::NewsFeed::atom));
    r.get_public("/news/:slug", bind(h.site, &SitePages::news_post));
    r.get_public("/pages/:slug", bind(h.site, &SitePages::page));
    r.get_public("/contact", bind(h.site, &SitePages::contact));
    r.get("/search", bind(h.search, &search::SearchPages::search));

    // Partnership stories: public when published; written by the partnership's staff,
    // decided by program officers
    r.get_public("/stories", bind(h.stories, &stories::StoryPages::list));
    r.get_public("/stories/:slug", bind(h.stories, &stories::StoryPages::show));
    r.get("/stories/:slug/photos/:photo/:width", bind(h.stories, &stories::StoryPages::photo));
    r.get("/stories/:slug/edit", bind(h.stories, &stories::StoryPages::edit_form));
    r.post("/stories/:slug/edit", bind(h.stories, &stories::StoryPages::update));
    r.post("/stories/:slug/photos", bind(h.stories, &stories::StoryPages::add_photo), files::kMaxPhotoBytes + 64 * 1024);
    r.post("/stories/:slug/photos/:photo/delete", bind(h.stories, &stories::StoryPages::remove_photo));
    r.post("/stories/:slug/submit", bind(h.stories, &stories::StoryPages::submit));
    r.post("/stories/:slug/decision", bind(h.stories, &stories::StoryPages::decide));
    r.get("/partnerships/:id/stories", bind(h.stories, &stories::StoryPages::of_partnership));
    r.post("/partnerships/:id/stories", bind(h.stories, &stories::StoryPages::create));
    r.get("/manage/stories", bind(h.stories, &stories::StoryPages::awaiting));

    // Events and missions
    r.get("/events", bind(h.events, &events::EventPages::list));
    r.get("/events.ics", bind(h.events, &events::EventPages::feed_ics));
    r.get("/events/:id", bind(h.events, &events::EventPages::show));
    r.get("/events/:id/event.ics", bind(h.events, &events::EventPages::event_ics));
    r.post("/events/:id/register", bind(h.events, &events::EventPages::register_for));
    r.post("/events/:id/cancel", bind(h.events, &events::EventPages::cancel_registration));
    r.get("/manage/events", bind(h.events, &events::EventPages::manage));
    r.get("/manage/events/new", bind(h.events, &events::EventPages::new_form));
    r.post("/manage/events/new", bind(h.events, &events::EventPages::create));
    r.get("/manage/events/:id/edit", bind(h.events, &events::EventPages::edit_form));
    r.post("/manage/events/:id/edit", bind(h.events, &events::EventPages::update));
    r.get("/manage/events/:id/registrations", bind(h.events, &events::EventPages::registrations));
    r.post("/manage/events/:id/attendance", bind(h.events, &events::EventPages::record_attendance));
    r.post("/manage/events/:id/cancel", bind(h.events, &events::EventPages::cancel_event));

    // Network organisations
    r.get("/networks", bind(h.networks, &networks::NetworkPages::list));
    r.get("/networks/:key", bind(h.networks, &networks::NetworkPages::show));
    r.get("/networks/:key/edit", bind(h.networks, &networks::NetworkPages::edit_form));
    r.post("/networks/:key/edit", bind(h.networks, &networks::NetworkPages::save));
    r.post("/networks/:key/staff", bind(h.networks, &networks::NetworkPages::grant_staff));
    r.post("/networks/:key/staff/:membership/remove", bind(h.networks, &networks::NetworkPages::revoke_staff));
    r.get("/manage/networks/new", bind(h.networks, &networks::NetworkPages::new_form));
    r.post("/manage/networks/new", bind(h.networks, &networks::NetworkPages::save));

    // The resource library
    r.get("/resources", bind(h.library, &library::LibraryPages::list));
    r.get("/resources/:id", bind(h.library, &library::LibraryPages::show));
    r.get("/resources/:id/file", bind(h.library, &library::LibraryPages::download));
    r.get("/manage/resources", bind(h.library, &library::LibraryPages::manage));
    r.get("/manage/resources/new", bind(h.library, &library::LibraryPages::new_form));
    r.post("/manage/resources/new", bind(h.library, &library::LibraryPages::create));
    r.get("/manage/resources/:id/edit", bind(h.library, &library::LibraryPages::edit_form));
    r.post("/manage/resources/:id/edit", bind(h.library, &library::LibraryPages::update));
    r.post("/manage/resources/:id/publish", bind(h.library, &library::LibraryPages::publish));
    r.post("/manage/resources/:id/withdraw", bind(h.library, &library::LibraryPages::withdraw));

    // The partner directory
    r.get_public("/partners", bind(h.directory, &DirectoryPages::partners));
    r.get_public("/partners/:key", bind(h.directory, &DirectoryPages::partner));
    r.get("/directory/mine", bind(h.directory, &DirectoryPages::my_profile));
    r.get("/directory/partners/new", bind(h.directory, &DirectoryPages::new_partner));
    r.post("/directory/partners/new", bind(h.directory, &DirectoryPages::save_partner));
    r.get("/directory/partners/:key/edit", bind(h.directory, &DirectoryPages::edit_partner));
    r.post("/directory/partners/:key/edit", bind(h.directory, &DirectoryPages::save_partner));
    r.post("/directory/partners/:key/delete", bind(h.directory, &DirectoryPages::remove_partner));
    r.get("/directory/teams/new", bind(h.directory, &DirectoryPages::new_team));
    r.post("/directory/teams/new", bind(h.directory, &DirectoryPages::save_team));
    r.get("/directory/teams/:key/edit", bind(h.directory, &DirectoryPages::edit_team));
    r.post("/directory/teams/:key/edit", bind(h.directory, &DirectoryPages::save_team));
    r.post("/directory/teams/:key/delete", bind(h.directory, &DirectoryPages::remove_team));
    r.get("/manage/directory", bind(h.directory, &DirectoryPages::manage));
    r.get("/manage/directory/import", bind(h.directory, &DirectoryPages::import_form));
    r.post("/manage/directory/import", bind(h.directory, &DirectoryPages::import_file), 20 * 1024 * 1024);
    r.get("/manage/directory/partners.csv", bind(h.directory, &DirectoryPages::export_partners_csv));
    r.get("/manage/directory/teams.csv", bind(h.directory, &DirectoryPages::export_teams_csv));
    r.get("/manage/directory/partners.xlsx", bind(h.directory, &DirectoryPages::export_partners_xlsx));
    r.get("/manage/directory/teams.xlsx", bind(h.directory, &DirectoryPages::export_teams_xlsx));

    // Matching (program officers)
    r.get("/manage/matching", bind(h.matching, &RunPages::overview));
    r.post("/manage/matching/runs", bind(h.matching, &RunPages::start));
    r.get("/manage/matching/runs/:id", bind(h.matching, &RunPages::show));
    r.post("/manage/matching/runs/:id/rerun", bind(h.matching, &RunPages::rerun));
    r.post("/manage/matching/runs/:id/reproduce", bind(h.matching, &RunPages::reproduce));
    r.post("/manage/matching/runs/:id/accept", bind(h.matching, &RunPages::accept));
    r.post("/manage/matching/rules", bind(h.matching, &RunPages::set_rule));
    r.post("/manage/matching/rules/delete", bind(h.matching, &RunPages::remove_rule));
    r.get("/manage/matching/compare", bind(h.matching, &RunPages::compare));

    // Partnerships and their budgets
    r.get_public("/partnerships", bind(h.partnerships, &PartnershipPages::list));
    r.get("/partnerships.csv", bind(h.partnerships, &PartnershipPages::list_csv));
    r.get("/partnerships.xlsx", bind(h.partnerships, &PartnershipPages::list_xlsx));
    r.get_public("/partnerships/:id", bind(h.partnerships, &PartnershipPages::show));
    r.get_public("/map", bind(h.map, &map::MapPages::show));
    r.get("/partnerships/:id/edit", bind(h.partnerships, &PartnershipPages::edit_form));
    r.post("/partnerships/:id/edit", bind(h.partnerships, &PartnershipPages::update));
    r.get("/manage/partnerships/new", bind(h.partnerships, &PartnershipPages::new_form));
    r.post("/manage/partnerships/new", bind(h.partnerships, &PartnershipPages::create));
    r.get("/partnerships/:id/budget", bind(h.partnerships, &PartnershipPages::budget));
    r.get("/partnerships/:id/budget.csv", bind(h.partnerships, &PartnershipPages::budget_csv));
    r.get("/partnerships/:id/budget.xlsx", bind(h.partnerships, &PartnershipPages::budget_xlsx));
    r.get("/partnerships/:id/amendments.csv", bind(h.partnerships, &PartnershipPages::amendments_csv));
    r.get("/partnerships/:id/amendments.xlsx", bind(h.partnerships, &PartnershipPages::amendments_xlsx));
    r.post("/partnerships/:id/budget/lines", bind(h.partnerships, &PartnershipPages::add_line));
    r.get("/partnerships/:id/budget/amendments/new", bind(h.partnerships, &PartnershipPages::amendment_form));
    r.post("/partnerships/:id/budget/amendments", bind(h.partnerships, &PartnershipPages::propose));
    r.post("/partnerships/:id/budget/amendments/:amendment/decision", bind(h.partnerships, &PartnershipPages::decide));

    // Expenses, disbursements, in-kind contributions and the rate tables
    const std::size_t upload_limit = files::kMaxFileBytes + 64 * 1024;
    r.get("/partnerships/:id/expenses", bind(h.ledgers, &LedgerPages::expenses));
    r.post("/partnerships/:id/expenses", bind(h.ledgers, &LedgerPages::enter_expense), upload_limit);
    r.get("/partnerships/:id/expenses.csv", bind(h.ledgers, &LedgerPages::expenses_csv));
    r.get("/partnerships/:id/expenses.xlsx", bind(h.ledgers, &LedgerPages::expenses_xlsx));
    r.post("/partnerships/:id/expenses/:entry", bind(h.ledgers, &LedgerPages::change_expense), upload_limit);
    r.post("/partnerships/:id/expenses/:entry/review", bind(h.ledgers, &LedgerPages::review_expense));
    r.post("/partnerships/:id/expenses/:entry/reversal", bind(h.ledgers, &LedgerPages::reverse_expense));
    r.get("/partnerships/:id/expenses/:entry/evidence", bind(h.ledgers, &LedgerPages::expense_receipt));
    r.post("/partnerships/:id/disbursements", bind(h.ledgers, &LedgerPages::disburse));
    r.post("/partnerships/:id/disbursements/:disbursement/reversal", bind(h.ledgers, &LedgerPages::reverse_disbursement));
    r.get("/partnerships/:id/disbursements.csv", bind(h.ledgers, &LedgerPages::disbursements_csv));
    r.get("/partnerships/:id/disbursements.xlsx", bind(h.ledgers, &LedgerPages::disbursements_xlsx));
    r.get("/partnerships/:id/in-kind", bind(h.ledgers, &LedgerPages::in_kind));
    r.post("/partnerships/:id/in-kind", bind(h.ledgers, &LedgerPages::enter_contribution), upload_limit);
    r.get("/partnerships/:id/in-kind.csv", bind(h.ledgers, &LedgerPages::in_kind_csv));
    r.get("/partnerships/:id/in-kind.xlsx", bind(h.ledgers, &LedgerPages::in_kind_xlsx));
    r.post("/partnerships/:id/in-kind/:entry", bind(h.ledgers, &LedgerPages::change_contribution), upload_limit);
    r.post("/partnerships/:id/in-kind/:entry/review", bind(h.ledgers, &LedgerPages::review_contribution));
    r.post("/partnerships/:id/in-kind/:entry/reversal", bind(h.ledgers, &LedgerPages::reverse_contribution));
    r.get("/partnerships/:id/in-kind/:entry/evidence", bind(h.ledgers, &LedgerPages::contribution_evidence));
    r.get("/manage/rates/:table", bind(h.ledgers, &LedgerPages::rates));
    r.post("/manage/rates/:table", bind(h.ledgers, &LedgerPages::add_rate));
    r.get("/manage/in-kind", bind(h.ledgers, &LedgerPages::program_in_kind));
    r.get("/manage/in-kind.csv", bind(h.ledgers, &LedgerPages::program_in_kind_csv));
    r.get("/manage/in-kind.xlsx", bind(h.ledgers, &LedgerPages::program_in_kind_xlsx));

    // Partnership workplans
    r.get("/partnerships/:id/workplan", bind(h.workplans, &WorkplanPages::workplan));
    r.get("/partnerships/:id/workplan/activities.csv", bind(h.workplans, &WorkplanPages::activities_csv));
    r.get("/partnerships/:id/workplan/activities.xlsx", bind(h.workplans, &WorkplanPages::activities_xlsx));
    r.get("/partnerships/:id/workplan/milestones.csv", bind(h.workplans, &WorkplanPages::milestones_csv));
    r.get("/partnerships/:id/workplan/milestones.xlsx", bind(h.workplans, &WorkplanPages::milestones_xlsx));
    r.get("/partnerships/:id/workplan/activities/new", bind(h.workplans, &WorkplanPages::activity_form));
    r.post("/partnerships/:id/workplan/activities", bind(h.workplans, &WorkplanPages::save_activity));
    r.get("/partnerships/:id/workplan/activities/:activity", bind(h.workplans, &WorkplanPages::activity_form));
    r.post("/partnerships/:id/workplan/activities/:activity", bind(h.workplans, &WorkplanPages::save_activity));
    r.get("/partnerships/:id/workplan/milestones/new", bind(h.workplans, &WorkplanPages::milestone_form));
    r.post("/partnerships/:id/workplan/milestones", bind(h.workplans, &WorkplanPages::save_milestone));
    r.get("/partnerships/:id/workplan/milestones/:milestone", bind(h.workplans, &WorkplanPages::milestone_form));
    r.post("/partnerships/:id/workplan/milestones/:milestone", bind(h.workplans, &WorkplanPages::save_milestone));
    r.get("/manage/partnerships/overdue", bind(h.workplans, &WorkplanPages::overdue));
    r.get("/manage/partnerships/overdue.csv", bind(h.workplans, &WorkplanPages::overdue_csv));
    r.get("/manage/partnerships/overdue.xlsx", bind(h.workplans, &WorkplanPages::overdue_xlsx));

    // The program envelope against the budgets (program officers)
    r.get("/manage/envelope", bind(h.envelope, &EnvelopePages::envelope));
    r.post("/manage/envelope", bind(h.envelope, &EnvelopePages::save));
    r.get("/manage/envelope.csv", bind(h.envelope, &EnvelopePages::envelope_csv));
    r.get("/manage/envelope.xlsx", bind(h.envelope, &EnvelopePages::envelope_xlsx));
    r.get("/manage/envelope/dashboard", bind(h.envelope, &EnvelopePages::dashboard));
    r.get("/manage/envelope/dashboard.csv", bind(h.envelope, &EnvelopePages::dashboard_csv));
    r.get("/manage/envelope/dashboard.xlsx", bind(h.envelope, &EnvelopePages::dashboard_xlsx));
    // IATI open data: the published activity file is public; officers review and publish it
    r.get("/iati", bind(h.iati, &IatiPages::review));
    r.get("/iati/problems.csv", bind(h.iati, &IatiPages::problems_csv));
    r.post("/iati/publish", bind(h.iati, &IatiPages::publish));
    r.get("/iati/activities.xml", bind(h.iati, &IatiPages::activities));
    r.get("/iati/import", bind(h.iati, &IatiPages::import_form));
    r.post("/iati/import", bind(h.iati, &IatiPages::import_file), iati::kMaxImportBytes + 64 * 1024);
    // Results: the logic model, the PMF, reporting and its decisions, officers' pages
    r.get("/results", bind(h.results, &ResultPages::logic_model));
    r.get("/results/pmf", bind(h.results, &ResultPages::pmf));
    r.get("/results/pmf.csv", bind(h.results, &ResultPages::pmf_csv));
    r.get("/results/pmf.xlsx", bind(h.results, &ResultPages::pmf_xlsx));
    r.get("/results/dashboard", bind(h.results, &ResultPages::dashboard));
    r.get("/results/measurements", bind(h.results, &ResultPages::figure_sources));
    r.get("/partnerships/:id/results", bind(h.results, &ResultPages::partnership_results));
    r.post("/partnerships/:id/results", bind(h.results, &ResultPages::save_measurement));
    r.post("/partnerships/:id/results/:measurement/decision", bind(h.results, &ResultPages::decide));
    r.post("/partnerships/:id/results/:measurement/evidence", bind(h.results, &ResultPages::upload_evidence), calls::kMaxFileBytes + 64 * 1024);
    r.get("/partnerships/:id/results/evidence/:evidence", bind(h.results, &ResultPages::evidence_file));
    r.get("/partnerships/:id/results/bulk", bind(h.bulk_entry, &BulkEntryPages::form));
    r.get("/partnerships/:id/results/bulk/template.csv", bind(h.bulk_entry, &BulkEntryPages::template_csv));
    r.get("/partnerships/:id/results/bulk/template.xlsx", bind(h.bulk_entry, &BulkEntryPages::template_xlsx));
    r.post("/partnerships/:id/results/bulk", bind(h.bulk_entry, &BulkEntryPages::upload), results::kMostBulkUploadBytes);
    r.get("/manage/results", bind(h.results, &ResultPages::manage));
    r.post("/manage/results/nodes", bind(h.results, &ResultPages::save_node));
    r.post("/manage/results/indicators", bind(h.results, &ResultPages::save_indicator));
    r.get("/manage/results/periods", bind(h.results, &ResultPages::periods));
    r.post("/manage/results/periods", bind(h.results, &ResultPages::generate_periods));
    r.post("/manage/results/periods/:period/lock", bind(h.results, &ResultPages::lock_period));

    // Calls and applications
    r.get_public("/calls", bind(h.calls, &CallPages::list));
    r.get_public("/calls/:slug", bind(h.calls, &CallPages::show));
    r.post("/calls/:slug/apply", bind(h.calls, &CallPages::apply));
    r.get("/applications", bind(h.calls, &CallPages::my_applications));
    r.get("/applications/:id", bind(h.calls, &CallPages::application));
    r.post("/applications/:id", bind(h.calls, &CallPages::save));
    r.post("/applications/:id/submit", bind(h.calls, &CallPages::submit));
    r.post("/applications/:id/withdraw", bind(h.calls, &CallPages::withdraw));
    r.post("/applications/:id/reopen", bind(h.calls, &CallPages::reopen));
    r.get("/applications/:id/history", bind(h.calls, &CallPages::history));
    r.post("/applications/:id/files", bind(h.calls, &CallPages::upload), calls::kMaxFileBytes + 64 * 1024);
    r.get("/applications/:id/files/:file", bind(h.calls, &CallPages::download));
    r.post("/applications/:id/files/:file/delete", bind(h.calls, &CallPages::remove_file));

    // Distribution list (no account needed: links from messages carry signed tokens). The
    // one-click address is the only unsafe route without a CSRF token (RFC 8058: mail
    // programs post to it without cookies); its signed token authorises each request.
    r.get("/mailing/subscribe", bind(h.mailing, &MailingPages::subscribe_form));
    r.post("/mailing/subscribe", bind(h.mailing, &MailingPages::subscribe));
    r.get("/mailing/confirm", bind(h.mailing, &MailingPages::confirm_form));
    r.post("/mailing/confirm", bind(h.mailing, &MailingPages::confirm));
    r.get("/mailing/unsubscribe", bind(h.mailing, &MailingPages::unsubscribe_form));
    r.post("/mailing/unsubscribe", bind(h.mailing, &MailingPages::unsubscribe));
    r.post("/mailing/one-click", bind(h.mailing, &MailingPages::one_click), 0, web::Csrf::Exempt);
    r.get("/mailing/preferences", bind(h.mailing, &MailingPages::preferences_form));
    r.post("/mailing/preferences", bind(h.mailing, &MailingPages::preferences));

    // Review (reviewers)
    r.get("/reviews", bind(h.review, &ReviewPages::my_reviews));
    r.get("/reviews/:application", bind(h.review, &ReviewPages::sheet));
    r.post("/reviews/:application", bind(h.review, &ReviewPages::save));
    r.post("/reviews/:application/submit", bind(h.review, &ReviewPages::submit));
    r.post("/reviews/:application/conflict", bind(h.review, &ReviewPages::conflict));

    // Accounts
    r.get("/sign-up", bind(h.account_pages, &AccountPages::sign_up_form));
    r.post("/sign-up", bind(h.account_pages, &AccountPages::sign_up));
    r.get("/verify", bind(h.account_pages, &AccountPages::verify));
    r.get("/sign-in", bind(h.account_pages, &AccountPages::sign_in_form));
    r.post("/sign-in", bind(h.account_pages, &AccountPages::sign_in));
    r.post("/sign-in/two-factor", bind(h.second_factor, &accounts::SecondFactorPages::second_step));
    r.post("/sign-out", bind(h.account_pages, &AccountPages::sign_out));
    r.open_before_second_factor();
    r.get("/password/forgot", bind(h.account_pages, &AccountPages::forgot_form));
    r.post("/password/forgot", bind(h.account_pages, &AccountPages::forgot));
    r.get("/password/reset", bind(h.account_pages, &AccountPages::reset_form));
    r.post("/password/reset", bind(h.account_pages, &AccountPages::reset));
    r.get("/account", bind(h.account_pages, &AccountPages::account));
    r.post("/account/password", bind(h.account_pages, &AccountPages::change_password));
    r.post("/account/email", bind(h.account_pages, &AccountPages::change_email));
    r.post("/account/language", bind(h.account_pages, &AccountPages::change_language));
    r.get("/account/two-factor", bind(h.second_factor, &accounts::SecondFactorPages::enrolment));
    r.open_before_second_factor();
    r.post("/account/two-factor", bind(h.second_factor, &accounts::SecondFactorPages::confirm));
    r.open_before_second_factor();
    r.post("/account/two-factor/recovery-codes", bind(h.second_factor, &accounts::SecondFactorPages::replace_recovery_codes));
    r.post("/account/two-factor/turn-off", bind(h.second_factor, &accounts::SecondFactorPages::turn_off));

    // Site management (program officers)
    r.get("/manage", bind(h.manage, &ManagePages::index));
    r.get("/manage/pages/:slug/edit", bind(h.manage, &ManagePages::page_form));
    r.post("/manage/pages/:slug/edit", bind(h.manage, &ManagePages::save_page));
    r.get("/manage/news/new", bind(h.manage, &ManagePages::new_news_form));
    r.post("/manage/news", bind(h.manage, &ManagePages::create_news));
    r.get("/manage/news/:id/edit", bind(h.manage, &ManagePages::news_form));
    r.post("/manage/news/:id/edit", bind(h.manage, &ManagePages::update_news));

    r.get("/manage/calls", bind(h.manage_calls, &CallManagePages::index));
    r.get("/manage/calls/new", bind(h.manage_calls, &CallManagePages::new_form));
    r.post("/manage/calls", bind(h.manage_calls, &CallManagePages::create));
    r.get("/manage/calls/:id/edit", bind(h.manage_calls, &CallManagePages::edit_form));
    r.post("/manage/calls/:id/edit", bind(h.manage_calls, &CallManagePages::update));
    r.get("/manage/calls/:id/applications", bind(h.manage_calls, &CallManagePages::applications));
    r.get("/manage/calls/:id/review", bind(h.review, &ReviewPages::overview));
    r.post("/manage/calls/:id/reviewers", bind(h.review, &ReviewPages::set_reviewer));
    r.post("/manage/calls/:id/assign", bind(h.review, &ReviewPages::assign));
    r.post("/manage/calls/:id/pin", bind(h.review, &ReviewPages::pin));
    r.post("/manage/calls/:id/unassign", bind(h.review, &ReviewPages::unassign));
    r.get("/manage/calls/:id/ranking", bind(h.review, &ReviewPages::ranking));
    r.get("/manage/calls/:id/ranking.csv", bind(h.review, &ReviewPages::ranking_csv));
    r.get("/manage/calls/:id/ranking.xlsx", bind(h.review, &ReviewPages::ranking_xlsx));
    r.post("/manage/calls/:id/decisions/:application", bind(h.review, &ReviewPages::decide));
    r.post("/manage/calls/:id/release", bind(h.review, &ReviewPages::release));

    r.get("/manage/mailing", bind(h.manage_mailing, &MailingManagePages::overview));
    r.get("/manage/mailing/subscribers", bind(h.manage_mailing, &MailingManagePages::subscribers));
    r.get("/manage/mailing/subscribers/:id", bind(h.manage_mailing, &MailingManagePages::subscriber));
    r.get("/manage/mailing/subscribers/:id/export.json", bind(h.manage_mailing, &MailingManagePages::export_json));
    r.get("/manage/mailing/subscribers/:id/export.csv", bind(h.manage_mailing, &MailingManagePages::export_csv));
    r.post("/manage/mailing/subscribers/:id/erase", bind(h.manage_mailing, &MailingManagePages::erase));
    r.get("/manage/mailing/import", bind(h.manage_mailing, &MailingManagePages::import_form));
    r.post("/manage/mailing/import", bind(h.manage_mailing, &MailingManagePages::import));
    r.get("/manage/mailing/sender", bind(h.manage_mailing, &MailingManagePages::sender_form));
    r.post("/manage/mailing/sender", bind(h.manage_mailing, &MailingManagePages::save_sender));
    r.get("/manage/mailing/campaigns", bind(h.manage_mailing, &MailingManagePages::campaigns));
    r.post("/manage/mailing/campaigns", bind(h.manage_mailing, &MailingManagePages::create_campaign));
    r.get("/manage/mailing/campaigns/:id", bind(h.manage_mailing, &MailingManagePages::campaign));
    r.post("/manage/mailing/campaigns/:id", bind(h.manage_mailing, &MailingManagePages::save_campaign));
    r.get("/manage/mailing/campaigns/:id/preview", bind(h.manage_mailing, &MailingManagePages::preview));
    r.post("/manage/mailing/campaigns/:id/test", bind(h.manage_mailing, &MailingManagePages::send_test));
    r.post("/manage/mailing/campaigns/:id/send", bind(h.manage_mailing, &MailingManagePages::send_now));
    r.post("/manage/mailing/campaigns/:id/schedule", bind(h.manage_mailing, &MailingManagePages::schedule));
    r.post("/manage/mailing/campaigns/:id/cancel", bind(h.manage_mailing, &MailingManagePages::cancel));
    r.get("/manage/mailing/campaigns/:id/report", bind(h.manage_mailing, &MailingManagePages::report));

    // Administration
    r.get("/admin", bind(h.admin, &AdminPages::index));
    r.get("/admin/users", bind(h.admin, &AdminPages::users));
    r.get("/admin/organisations", bind(h.admin, &AdminPages::organisations));
    r.post("/admin/organisations", bind(h.admin, &AdminPages::create_organisation));
    r.post("/admin/memberships", bind(h.admin, &AdminPages::grant_role));
    r.post("/admin/memberships/:id/delete", bind(h.admin, &AdminPages::revoke_role));
    r.post("/admin/users/:id/two-factor/reset", bind(h.second_factor, &accounts::SecondFactorPages::reset));
    r.get("/admin/audit", bind(h.admin, &AdminPages::audit));
    r.get("/admin/outbox", bind(h.admin, &AdminPages::outbox));

    // JSON API
    r.get_public("/api/openapi.json", bind(h.ops, &Ops::openapi));
    r.get("/api/v1/csrf", bind(h.account_api, &AccountApi::csrf));
    r.post("/api/v1/sign-up", bind(h.account_api, &AccountApi::sign_up));
    r.post("/api/v1/verify", bind(h.account_api, &AccountApi::verify));
    r.post("/api/v1/sign-in", bind(h.account_api, &AccountApi::sign_in));
    r.post("/api/v1/sign-in/second-step", bind(h.account_api, &AccountApi::second_step));
    r.post("/api/v1/sign-out", bind(h.account_api, &AccountApi::sign_out));
    r.open_before_second_factor();
    r.get("/api/v1/me", bind(h.account_api, &AccountApi::me));
    r.get("/api/v1/search", bind(h.search_api, &search::SearchApi::search));
    r.get("/api/v1/stories", bind(h.story_api, &stories::StoryApi::list));
    r.get("/api/v1/stories/:slug", bind(h.story_api, &stories::StoryApi::show));
    r.post("/api/v1/stories/:slug", bind(h.story_api, &stories::StoryApi::update));
    r.post("/api/v1/stories/:slug/photos", bind(h.story_api, &stories::StoryApi::add_photo), files::kMaxPhotoBytes + 64 * 1024);
    r.post("/api/v1/stories/:slug/submit", bind(h.story_api, &stories::StoryApi::submit));
    r.post("/api/v1/stories/:slug/decision", bind(h.story_api, &stories::StoryApi::decide));
    r.post("/api/v1/partnerships/:id/stories", bind(h.story_api, &stories::StoryApi::create));
    r.get("/api/v1/networks", bind(h.network_api, &networks::NetworkApi::list));
    r.get("/api/v1/networks/:key", bind(h.network_api, &networks::NetworkApi::show));
    r.get("/api/v1/resources", bind(h.library_api, &library::LibraryApi::list));
    r.get("/api/v1/resources/:id", bind(h.library_api, &library::LibraryApi::show));
    r.get("/api/v1/events", bind(h.event_api, &events::EventApi::list));
    r.get("/api/v1/events/:id", bind(h.event_api, &events::EventApi::show));
    r.post("/api/v1/events/:id/registration", bind(h.event_api, &events::EventApi::register_for));
    r.post("/api/v1/events/:id/registration/cancel", bind(h.event_api, &events::EventApi::cancel_registration));
    r.get("/api/v1/calls", bind(h.call_api, &CallApi::list));
    r.get("/api/v1/calls/:slug", bind(h.call_api, &CallApi::show));
    r.post("/api/v1/calls/:slug/applications", bind(h.call_api, &CallApi::start));
    r.get("/api/v1/applications/:id", bind(h.call_api, &CallApi::application));
    r.post("/api/v1/applications/:id/answers", bind(h.call_api, &CallApi::save));
    r.post("/api/v1/applications/:id/submit", bind(h.call_api, &CallApi::submit));
    r.post("/api/v1/applications/:id/withdraw", bind(h.call_api, &CallApi::withdraw));
    r.post("/api/v1/applications/:id/reopen", bind(h.call_api, &CallApi::reopen));
    r.post("/api/v1/calls", bind(h.call_api, &CallApi::create));
    r.post("/api/v1/calls/:slug", bind(h.call_api, &CallApi::update));
    r.get("/api/v1/calls/:slug/applications", bind(h.call_api, &CallApi::applications));
    r.get("/api/v1/applications/:id/history", bind(h.call_api, &CallApi::history));
    r.get("/api/v1/applications/:id/files", bind(h.call_api, &CallApi::files));
    r.post("/api/v1/applications/:id/files", bind(h.call_api, &CallApi::upload), calls::kMaxFileBytes + 64 * 1024);
    r.post("/api/v1/applications/:id/files/:file/delete", bind(h.call_api, &CallApi::remove_file));
    r.post("/api/v1/applications/:id/decision", bind(h.review_api, &ReviewApi::decide));
    r.get("/api/v1/reviews", bind(h.review_api, &ReviewApi::mine));
    r.get("/api/v1/reviews/:application", bind(h.review_api, &ReviewApi::sheet));
    r.post("/api/v1/reviews/:application/scores", bind(h.review_api, &ReviewApi::scores));
    r.post("/api/v1/reviews/:application/submit", bind(h.review_api, &ReviewApi::submit));
    r.post("/api/v1/reviews/:application/conflict", bind(h.review_api, &ReviewApi::conflict));
    r.post("/api/v1/calls/:slug/reviewers", bind(h.review_api, &ReviewApi::set_reviewer));
    r.post("/api/v1/calls/:slug/assignment", bind(h.review_api, &ReviewApi::assign));
    r.get("/api/v1/calls/:slug/assignments", bind(h.review_api, &ReviewApi::assignments));
    r.get("/api/v1/calls/:slug/ranking", bind(h.review_api, &ReviewApi::ranking));
    r.post("/api/v1/calls/:slug/release", bind(h.review_api, &ReviewApi::release));
    r.get_public("/api/v1/partners", bind(h.directory_api, &DirectoryApi::partners));
    r.get_public("/api/v1/partners/:key", bind(h.directory_api, &DirectoryApi::partner));
    r.get("/api/v1/teams", bind(h.directory_api, &DirectoryApi::teams));
    r.get("/api/v1/iati/problems", bind(h.iati_api, &IatiApi::problems));
    r.post("/api/v1/iati/publish", bind(h.iati_api, &IatiApi::publish));
    r.post("/api/v1/iati/import", bind(h.iati_api, &IatiApi::import), iati::kMaxImportBytes + 64 * 1024);
    r.get("/api/v1/partnerships", bind(h.partnership_api, &PartnershipApi::list));
    r.post("/api/v1/partnerships", bind(h.partnership_api, &PartnershipApi::create));
    r.get("/api/v1/partnerships/:id", bind(h.partnership_api, &PartnershipApi::show));
    r.post("/api/v1/partnerships/:id", bind(h.partnership_api, &PartnershipApi::update));
    r.get("/api/v1/partnerships/:id/budget", bind(h.partnership_api, &PartnershipApi::budget));
    r.post("/api/v1/partnerships/:id/budget/lines", bind(h.partnership_api, &PartnershipApi::add_line));
    r.post("/api/v1/partnerships/:id/budget/amendments", bind(h.partnership_api, &PartnershipApi::propose));
    r.post("/api/v1/partnerships/:id/budget/amendments/:amendment/decision", bind(h.partnership_api, &PartnershipApi::decide));
    r.get("/api/v1/partnerships/:id/expenses", bind(h.ledger_api, &LedgerApi::expenses));
    r.post("/api/v1/partnerships/:id/expenses", bind(h.ledger_api, &LedgerApi::enter_expense), upload_limit);
    r.post("/api/v1/partnerships/:id/expenses/:entry", bind(h.ledger_api, &LedgerApi::change_expense), upload_limit);
    r.post("/api/v1/partnerships/:id/expenses/:entry/review", bind(h.ledger_api, &LedgerApi::review_expense));
    r.post("/api/v1/partnerships/:id/expenses/:entry/reversal", bind(h.ledger_api, &LedgerApi::reverse_expense));
    r.post("/api/v1/partnerships/:id/disbursements", bind(h.ledger_api, &LedgerApi::disburse));
    r.post("/api/v1/partnerships/:id/disbursements/:disbursement/reversal", bind(h.ledger_api, &LedgerApi::reverse_disbursement));
    r.get("/api/v1/partnerships/:id/in-kind", bind(h.ledger_api, &LedgerApi::in_kind));
    r.post("/api/v1/partnerships/:id/in-kind", bind(h.ledger_api, &LedgerApi::enter_contribution), upload_limit);
    r.post("/api/v1/partnerships/:id/in-kind/:entry", bind(h.ledger_api, &LedgerApi::change_contribution), upload_limit);
    r.post("/api/v1/partnerships/:id/in-kind/:entry/review", bind(h.ledger_api, &LedgerApi::review_contribution));
    r.post("/api/v1/partnerships/:id/in-kind/:entry/reversal", bind(h.ledger_api, &LedgerApi::reverse_contribution));
    r.get("/api/v1/rates/:table", bind(h.ledger_api, &LedgerApi::rates));
    r.post("/api/v1/rates/:table", bind(h.ledger_api, &LedgerApi::add_rate));
    r.get("/api/v1/in-kind", bind(h.ledger_api, &LedgerApi::program_in_kind));
    r.get("/api/v1/partnerships/:id/workplan", bind(h.workplan_api, &WorkplanApi::workplan));
    r.post("/api/v1/partnerships/:id/workplan/activities", bind(h.workplan_api, &WorkplanApi::save_activity));
    r.post("/api/v1/partnerships/:id/workplan/activities/:activity", bind(h.workplan_api, &WorkplanApi::save_activity));
    r.post("/api/v1/partnerships/:id/workplan/milestones", bind(h.workplan_api, &WorkplanApi::save_milestone));
    r.post("/api/v1/partnerships/:id/workplan/milestones/:milestone", bind(h.workplan_api, &WorkplanApi::save_milestone));
    r.get("/api/v1/workplans/overdue", bind(h.workplan_api, &WorkplanApi::overdue));
    r.get("/api/v1/envelope", bind(h.envelope_api, &EnvelopeApi::envelope));
    r.post("/api/v1/envelope", bind(h.envelope_api, &EnvelopeApi::save));
    r.get("/api/v1/envelope/dashboard", bind(h.envelope_api, &EnvelopeApi::dashboard));
    r.get("/api/v1/results/logic-model", bind(h.results_api, &ResultsApi::logic_model));
    r.get("/api/v1/results/pmf", bind(h.results_api, &ResultsApi::pmf));
    r.get("/api/v1/partnerships/:id/results", bind(h.results_api, &ResultsApi::partnership_results));
    r.post("/api/v1/partnerships/:id/results", bind(h.results_api, &ResultsApi::save));
    r.post("/api/v1/partnerships/:id/results/bulk", bind(h.bulk_entry_api, &BulkEntryApi::enter), results::kMostBulkUploadBytes);
    r.post("/api/v1/results/measurements/:measurement/decision", bind(h.results_api, &ResultsApi::decide));
    r.get("/api/v1/calls/:slug/reviewers", bind(h.review_api, &ReviewApi::reviewers));
    r.post("/api/v1/calls/:slug/assignments/pin", bind(h.review_api, &ReviewApi::pin));
    r.post("/api/v1/calls/:slug/assignments/remove", bind(h.review_api, &ReviewApi::unassign));
    r.post("/api/v1/mailing/subscriptions", bind(h.mailing_api, &MailingApi::subscribe));
    r.get("/api/v1/mailing/campaigns", bind(h.mailing_api, &MailingApi::campaigns));
    r.get("/api/v1/mailing/campaigns/:id", bind(h.mailing_api, &MailingApi::campaign));
    r.get("/api/v1/mailing/subscribers/:id", bind(h.mailing_api, &MailingApi::subscriber));

    // Operations
    r.get("/healthz", bind(h.ops, &Ops::health));
    r.get("/metrics", bind(h.ops, &Ops::metrics));
}

}  // namespace pmi::app
