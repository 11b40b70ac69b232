// pmi: the composition root. Parses the command line, loads the configuration and runs
// one subcommand: serve, migrate, demo, user, match or version.
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <csignal>
#include <filesystem>
#include <iostream>
#include <optional>
#include <thread>

#include "accounts/account_service.hpp"
#include "accounts/admin_service.hpp"
#include "accounts/organisation_store.hpp"
#include "accounts/user_store.hpp"
#include "app/backup.hpp"
#include "app/config.hpp"
#include "app/demo.hpp"
#include "app/pipeline.hpp"
#include "app/production.hpp"
#include "app/routes.hpp"
#include "app/secrets.hpp"
#include "core/crypto.hpp"
#include "core/text.hpp"
#include "db/migrations.hpp"
#include "iati/cli.hpp"
#include "iati/api.hpp"
#include "iati/pages.hpp"
#include "iati/program_sources.hpp"
#include "matching/cli.hpp"
#include "outbox/delivery.hpp"
#include "calls/api.hpp"
#include "calls/manage_pages.hpp"
#include "calls/pages.hpp"
#include "mailing/api.hpp"
#include "mailing/campaign_service.hpp"
#include "mailing/list_guard.hpp"
#include "mailing/manage_pages.hpp"
#include "mailing/pages.hpp"
#include "mailing/subscribe_form.hpp"
#include "mailing/subscriber_admin.hpp"
#include "mailing/subscription_service.hpp"
#include "review/api.hpp"
#include "review/pages.hpp"
#include "events/event_service.hpp"
#include "networks/network_service.hpp"
#include "partnerships/mission_in_kind.hpp"
#include "files/file_references.hpp"
#include "library/demo_library.hpp"
#include "library/resource_service.hpp"
#include "search/index_updates.hpp"
#include "search/search_index.hpp"
#include "stories/api.hpp"
#include "stories/demo_stories.hpp"
#include "stories/pages.hpp"
#include "stories/story_service.hpp"
#include "site/site_service.hpp"
#include "results/logic_model_outputs.hpp"
#include "results/summary.hpp"
#include "web/route_table.hpp"
#include "web/server.hpp"
#ifdef PMI_POSITIVE_CONTROLS
#include "testing/positive_controls.hpp"
#endif

namespace pmi::app {
namespace {

struct Options {
    std::string config_file;
    std::string data_dir;
    std::string database_url;
    std::string listen;
    bool production = false;
};

void add_data_options(CLI::App* command, Options& options)
{
    command->add_option("--config", options.config_file, "TOML configuration file (see config/pmi.example.toml)");
    command->add_option("--data", options.data_dir, "Data folder (default ./data)");
    command->add_option("--database", options.database_url,
                        "Database URL: sqlite:PATH or postgresql://USER@HOST:PORT/NAME (default sqlite: in the data folder)");
}

Config configure(const Options& options)
{
    auto loaded = load_config(options.config_file);
    if (!loaded.ok()) throw std::runtime_error(loaded.error().message + " (" + loaded.error().field + ")");
    Config config = loaded.value();
    if (!options.data_dir.empty()) config.data_dir = options.data_dir;
    if (!options.database_url.empty()) config.database_url = options.database_url;
    if (!options.listen.empty()) config.listen = options.listen;
    if (options.production) config.production = true;
    if (!parse_listen(config.listen).ok()) throw std::runtime_error("the listen address must be HOST:PORT, for example 127.0.0.1:8080");
    std::filesystem::create_directories(config.data_dir);
    spdlog::set_level(spdlog::level::from_str(config.log_level));
    return config;
}

// The languages the site serves, each of which has its own search documents.
std::vector<std::string> language_codes(const web::I18n& i18n)
{
    std::vector<std::string> codes;
    for (const auto& language : i18n.languages()) codes.push_back(language.code);
    return codes;
}

// Saves keep the search index current, so serving never rebuilds it; a database brought up
// to date whose index is still empty (content written before the index existed) gets it
// filled once, here.
void fill_search_index(db::Database& database, const db::MigrationReport& report)
{
    if (report.applied.empty()) return;
    SystemClock clock;
    web::I18n i18n;
    if (auto written = search::fill_when_empty(search::SearchIndex(clock, language_codes(i18n)), database))
        spdlog::info("search index filled: {} documents", written);
}

std::unique_ptr<db::Database> open_database(const Config& config, bool migrate_now)
{
    auto database = db::Database::open(config.effective_database_url(), {config.database_pool, std::chrono::seconds(10)});
    if (migrate_now) {
        auto report = db::migrate(*database, [](const std::string& name) { spdlog::info("applying migration {}", name); });
        if (!report.applied.empty()) spdlog::info("schema now at version {}", report.to_version);
        fill_search_index(*database, report);
    }
    return database;
}

accounts::AccountSettings account_settings(const Config& config)
{
    accounts::AccountSettings settings;
    settings.public_origin = config.effective_public_origin();
    settings.session_idle = config.session_idle_seconds;
    settings.session_absolute = config.session_absolute_seconds;
    return settings;
}

mailing::MailingSettings mailing_settings(const Config& config, db::Database& database)
{
    return {config.effective_public_origin(), mailing_secret(database),
            {config.mailing_sender_name, config.mailing_postal_address, config.mailing_contact_email, config.mailing_contact_phone,
             config.mailing_website}};
}

outbox::DeliverySettings delivery_settings(const Config& config)
{
    outbox::DeliverySettings settings;
    settings.smtp = {config.smtp_url, config.mail_from, config.smtp_username, config.smtp_password,
                     config.smtp_tls == "require" ? outbox::Tls::Require : config.smtp_tls == "never" ? outbox::Tls::Never : outbox::Tls::Try,
                     config.smtp_verify_certificate};
    settings.messages_per_second = config.mail_rate;
    settings.journal_folder = std::filesystem::path(config.data_dir) / "mail-journal";
    return settings;
}

// The mail worker: campaigns whose moment came and event reminders are queued, then (when an
// SMTP server is configured) the outbox is delivered. Without a server, mail waits in the outbox.
class MailWorker {
public:
    MailWorker(const Config& config, db::Database& database, const Clock& clock, mailing::CampaignService& campaigns,
               events::EventService& events)
    {
        std::vector<outbox::DeliveryWorker::Job> jobs{[&campaigns](const outbox::Pause&) { return campaigns.queue_due(); },
                                                      [&events](const outbox::Pause&) { return events.queue_reminders(); }};
        if (!config.smtp_url.empty()) {
            delivery_.emplace(database, clock, delivery_settings(config), &guard_);
            jobs.emplace_back([this](const outbox::Pause& pause) { return delivery_->deliver_due(pause); });
        }
        worker_.emplace(std::move(jobs), std::chrono::seconds(2));
    }

private:
    // In this order: the worker's thread stops before the delivery it runs goes.
    mailing::ListGuard guard_;
    std::optional<outbox::Delivery> delivery_;
    std::optional<outbox::DeliveryWorker> worker_;
};

// What serve() does once the application is put together: serve it, or print its route
// table (the table is built from the same composition, so it is the one that is served).
enum class ServeMode { Serve, PrintRoutes };

int serve(const Config& config, ServeMode mode = ServeMode::Serve)
{
    auto database = open_database(config, true);
    if (config.production && mode == ServeMode::Serve) {
        auto problems = production_problems(config, *database);
        for (const auto& problem : problems) std::cerr << "pmi serve: production mode: " << problem << std::endl;
        if (!problems.empty()) {
            std::cerr << "pmi serve: refusing to start in production mode with " << problems.size() << " insecure setting"
                      << (problems.size() == 1 ? "" : "s") << std::endl;
            return 2;
        }
    }
    SystemClock clock;
    web::I18n i18n;
    web::Templates templates(i18n, config.development ? "src" : "");
    web::StaticFiles static_files;
    ctemplate::TemplateDictionary::SetGlobalValue("CSS_URL", static_files.url("app.css"));
    ctemplate::TemplateDictionary::SetGlobalValue("JS_URL", static_files.url("app.js"));
    web::Views views{templates, i18n, {}};
    web::Metrics metrics;

    // PostgreSQL announces every change to a session or its user, so signed-in requests may
    // use sessions kept in memory; on SQLite each request reads its own.
    auto session_cache = config.sessions_in_memory ? accounts::SessionCache::listening_to(*database) : nullptr;
    accounts::AccountService account_service(*database, clock, i18n, account_settings(config));
    account_service.keep_sessions_in(session_cache.get());
    accounts::AdminService admin_service(*database, clock);
    search::SearchIndex search_index(clock, language_codes(i18n));
    site::SiteService site_service(*database, clock, &search_index);
    calls::CallService call_service(*database, clock, i18n, config.effective_public_origin(), &search_index);
    files::FileStore file_store((std::filesystem::path(config.data_dir) / "files").string());
    calls::AttachmentService attachments(*database, clock, file_store);
    calls::CallPages call_pages(call_service, attachments, site_service, views);
    calls::CallManagePages manage_calls(call_service, site_service, views);
    calls::CallApi call_api(call_service, attachments, i18n);
    review::ReviewService review_service(*database, clock, i18n,
                                         config.province_conflicts ? review::ProvinceConflicts::Yes : review::ProvinceConflicts::No);
    review::ReviewPages review_pages(review_service, call_service, site_service, views);
    review::ReviewApi review_api(review_service, call_service, i18n);
    site::SitePages site_pages(site_service, views,
                               {[&call_pages](auto& body, const auto& exchange) { call_pages.add_open_calls(body, exchange); }});
    site::ManagePages manage_pages(site_service, views);
    site::NewsFeed news_feed(site_service, i18n, config.effective_public_origin());
    const auto list_settings = mailing_settings(config, *database);
    mailing::SubscriptionService subscriptions(*database, clock, i18n, list_settings);
    mailing::CampaignService campaigns(*database, clock, i18n, list_settings);
    mailing::SubscriberAdmin subscriber_admin(*database, clock, i18n, subscriptions, list_settings.configured);
    mailing::SubscribeForm subscribe_form(views, site_service);
    views.footer = [&subscribe_form](const web::Exchange& exchange) { return subscribe_form.footer(exchange); };
    mailing::MailingPages mailing_pages(subscriptions, subscribe_form, views);
    mailing::MailingManagePages manage_mailing(subscriber_admin, campaigns, call_service, site_service, views,
                                               config.effective_public_origin());
    mailing::MailingApi mailing_api(subscriptions, campaigns, subscriber_admin, i18n);
    accounts::AccountPages account_pages(account_service, views);
    accounts::AccountApi account_api(account_service, i18n);
    accounts::SecondFactorService second_factor_service(*database, clock);
    accounts::SecondFactorPages second_factor_pages(account_service, second_factor_service, views);
    admin::AdminPages admin_pages(admin_service, views);

    directory::DirectoryService directory_service(*database, clock, &search_index);
    directory::DirectoryPages directory_pages(directory_service, site_service, file_store, views);
    directory::DirectoryApi directory_api(directory_service, i18n);
    matching::MatchingService matching_service(*database, clock, i18n, review_service);
    matching::RunPages matching_pages(matching_service, call_service, site_service, views);
    partnerships::PartnershipService partnership_service(*database, clock, &search_index, results::resummarize_partnership);
    partnerships::BudgetService budget_service(*database, clock);
    stories::StoryService story_service(*database, clock, file_store, language_codes(i18n), &search_index);
    networks::NetworkService network_service(*database, clock, &search_index);
    const partnerships::NetworksTakingPart networks_taking_part = [&network_service](const Actor& actor, const partnerships::Partnership& p) {
        return networks::network_links(network_service.taking_part(actor, p));
    };
    partnerships::PartnershipPages partnership_pages(partnership_service, budget_service, directory_service, site_service, views,
                                                     [&story_service](partnerships::PartnershipId id, std::string_view language) {
                                                         return stories::story_links(story_service.published(id), language);
                                                     },
                                                     networks_taking_part);
    partnerships::PartnershipApi partnership_api(partnership_service, budget_service, i18n, networks_taking_part);
    partnerships::RateService rate_service(*database, clock);
    partnerships::ExpenseService expense_service(*database, clock, file_store);
    partnerships::ContributionService contribution_service(*database, clock, file_store);
    partnerships::LedgerService ledger_service(*database, clock, file_store);
    partnerships::LedgerPages ledger_pages(expense_service, contribution_service, ledger_service, rate_service, views);
    partnerships::LedgerApi ledger_api(expense_service, contribution_service, ledger_service, rate_service, i18n);
    const results::LogicModelOutputs logic_model_outputs;
    partnerships::WorkplanService workplan_service(*database, clock, &logic_model_outputs);
    partnerships::WorkplanPages workplan_pages(workplan_service, views);
    partnerships::WorkplanApi workplan_api(workplan_service, i18n);
    partnerships::EnvelopeService envelope_service(*database, clock);
    partnerships::EnvelopePages envelope_pages(envelope_service, views);
    partnerships::EnvelopeApi envelope_api(envelope_service, i18n);
    results::ResultsService results_service(*database, clock);
    results::MeasurementService measurement_service(*database, clock);
    results::PmfService pmf_service(*database);
    results::EvidenceService evidence_service(*database, clock, file_store);
    results::ResultPages result_pages(results_service, measurement_service, evidence_service, pmf_service, site_service, views);
    results::ResultsApi results_api(results_service, measurement_service, pmf_service, i18n);
    results::BulkEntryService bulk_entry_service(*database, clock);
    results::BulkEntryPages bulk_entry_pages(bulk_entry_service, measurement_service, file_store, views);
    results::BulkEntryApi bulk_entry_api(bulk_entry_service, i18n);
    map::MapPages map_pages(partnership_service, network_service, site_service, views);
    const iati::ProgramSources activity_sources(*database);
    iati::IatiService iati_service(*database, clock, site_service, i18n, {config.iati_reporting_org_ref}, activity_sources);
    iati::ResultsImport iati_results_import(*database, clock, config.iati_reporting_org_ref);
    iati::ActivityImport iati_import(directory_service, site_service, iati_results_import);
    iati::IatiPages iati_pages(iati_service, iati_import, views);
    iati::IatiApi iati_api(iati_service, iati_import, i18n);

    search::SearchService search_service(*database);
    search::SearchPages search_pages(search_service, views);
    search::SearchApi search_api(search_service, i18n);
    const partnerships::MissionInKind mission_in_kind;
    events::EventService event_service(*database, clock, i18n, config.effective_public_origin(), &search_index, &mission_in_kind);
    events::EventPages event_pages(event_service, views, config.effective_public_origin());
    events::EventApi event_api(event_service, i18n);
    networks::NetworkPages network_pages(network_service, directory_service, views);
    networks::NetworkApi network_api(network_service, i18n);
    library::ResourceService resource_service(*database, clock, file_store, &search_index);
    library::LibraryPages library_pages(resource_service, site_service, views);
    library::LibraryApi library_api(resource_service, i18n);
    stories::StoryPages story_pages(story_service, results_service, views);
    stories::StoryApi story_api(story_service, i18n);

    web::Router router;
    std::vector<web::ApiOperation> api_operations;
    for (auto&& list : {accounts::AccountApi::operations(), calls::CallApi::operations(), review::ReviewApi::operations(),
                       directory::DirectoryApi::operations(), mailing::MailingApi::operations(),
                       partnerships::PartnershipApi::operations(), partnerships::LedgerApi::operations(),
                       partnerships::WorkplanApi::operations(), partnerships::EnvelopeApi::operations(), results::ResultsApi::operations(),
                       results::BulkEntryApi::operations(),
                       iati::IatiApi::operations(), search::SearchApi::operations(), events::EventApi::operations(), networks::NetworkApi::operations(),
                       library::LibraryApi::operations(), stories::StoryApi::operations()})
        api_operations.insert(api_operations.end(), list.begin(), list.end());
    Ops ops(*database, metrics, router, std::move(api_operations), config.metrics_token);
    add_routes(router, {site_pages, manage_pages, news_feed, account_pages, account_api, second_factor_pages, admin_pages, call_pages, manage_calls, call_api, review_pages, review_api,
                        directory_pages, directory_api, matching_pages, mailing_pages, manage_mailing, mailing_api, partnership_pages, partnership_api,
                        ledger_pages, ledger_api, workplan_pages, workplan_api, envelope_pages, envelope_api, result_pages, results_api, bulk_entry_pages, bulk_entry_api, map_pages,
                        iati_pages, iati_api, search_pages, event_pages, event_api, network_pages, network_api, library_pages, library_api, search_api, story_pages, story_api, ops});
#ifdef PMI_POSITIVE_CONTROLS
    // The scanners' deliberately vulnerable routes (testing/positive_controls.hpp): a build
    // with them is never a production server.
    if (config.production) {
        std::cerr << "pmi serve: this build has the scanners' vulnerable control routes and never runs in production mode" << std::endl;
        return 2;
    }
    testing::add_positive_controls(router, *database, config.data_dir);
#endif
    if (mode == ServeMode::PrintRoutes) {
        web::write_route_table(router, std::cout);
        return 0;
    }
    // Held while serving. A process alone on the store knows no upload is between writing its
    // file and naming it, so every unnamed file is a crash's orphan; beside another process,
    // only files an hour old are.
    files::ServingLease serving_lease(file_store.root());
    files::remove_orphan_files(*database, file_store.root(), serving_lease.alone());

    Pipeline pipeline({config, router, views, static_files, metrics, account_service, csrf_secret(*database)});
    std::optional<MailWorker> mail_worker;
    if (config.mail_worker) mail_worker.emplace(config, *database, clock, campaigns, event_service);

    auto address = parse_listen(config.listen).value();
    web::ServerOptions server;
    server.host = address.host;
    server.port = address.port;
    server.threads = config.threads;
    server.max_connections = config.max_connections;
    server.read_timeout = std::chrono::seconds(config.request_read_seconds);
    web::serve(server, [&pipeline](web::Request& request) { return pipeline.handle(request); }, [&] {
        std::cout << "pmi is serving http://" << config.listen << "/ (database " << database->url() << ")" << std::endl;
    });
    spdlog::info("stopped");
    return 0;
}

// pmi mail run: the mail worker alone, until SIGTERM or SIGINT, for deployments that keep
// sending apart from serving.
int mail_run(const Config& config)
{
    if (config.smtp_url.empty())
        throw std::runtime_error("pmi mail run sends through an SMTP server: set mail.smtp_url in the configuration or PMI_SMTP_URL");
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop, nullptr);  // before any thread starts: they inherit it
    auto database = open_database(config, true);
    SystemClock clock;
    web::I18n i18n;
    mailing::CampaignService campaigns(*database, clock, i18n, mailing_settings(config, *database));
    events::EventService events(*database, clock, i18n, config.effective_public_origin());
    {
        MailWorker worker(config, *database, clock, campaigns, events);
        std::cout << "pmi mail run: sending through " << config.smtp_url
                  << (config.mail_rate > 0 ? " at most " + std::to_string(config.mail_rate) + " messages a second" : std::string())
                  << " (database " << database->url() << ")" << std::endl;
        int received = 0;
        sigwait(&stop, &received);
        spdlog::info("stopping: messages being sent are finished or given back to the queue");
    }
    return 0;
}

// pmi iati export: the file /iati/activities.xml would serve if it were published now.
int iati_export(const Config& config, const std::string& output)
{
    auto database = open_database(config, true);
    SystemClock clock;
    web::I18n i18n;
    site::SiteService site(*database, clock);
    const iati::ProgramSources activity_sources(*database);
    iati::IatiService service(*database, clock, site, i18n, {config.iati_reporting_org_ref}, activity_sources);
    return iati::run_export(service, output, std::cerr);
}

int migrate(const Config& config)
{
    auto database = open_database(config, false);
    auto report = db::migrate(*database, [](const std::string& name) { std::cout << "applying " << name << std::endl; });
    fill_search_index(*database, report);
    std::cout << "schema version " << report.from_version << " → " << report.to_version << " (" << report.applied.size()
              << " migration" << (report.applied.size() == 1 ? "" : "s") << " applied)" << std::endl;
    return 0;
}

int demo(const Config& config)
{
    auto database = open_database(config, true);
    SystemClock clock;
    web::I18n i18n;
    accounts::AccountService account_service(*database, clock, i18n, account_settings(config));
    auto report = load_demo(*database, account_service, clock, [](const std::string& step) { std::cout << "loading " << step << std::endl; });
    {
        std::cout << "loading resource library" << std::endl;
        files::FileStore files((std::filesystem::path(config.data_dir) / "files").string());
        auto connection = database->acquire();
        db::Transaction transaction(*connection, db::TransactionKind::Write);
        library::load_demo_library(*connection, files, clock.now());
        transaction.commit();
    }
    std::cout << "loading partnership stories" << std::endl;
    files::FileStore file_store((std::filesystem::path(config.data_dir) / "files").string());
    stories::load_demo_stories(*database, file_store, clock.now());
    search::SearchIndex(clock, language_codes(i18n)).rebuild(*database);
    std::cout << (report.program_loaded ? "Demo data loaded." : "Demo data was already there; nothing changed.") << std::endl;
    std::cout << "Demo accounts (password \"" << kDemoPassword << "\"):" << std::endl;
    for (const auto& account : report.accounts) std::cout << "  " << account << std::endl;
    return 0;
}

// pmi search reindex: the search index built again from the content.
int reindex(const Config& config)
{
    auto database = open_database(config, true);
    SystemClock clock;
    web::I18n i18n;
    const auto written = search::SearchIndex(clock, language_codes(i18n)).rebuild(*database);
    std::cout << "Search index rebuilt: " << written << " documents." << std::endl;
    return 0;
}

// pmi results summarize: the summary of approved values computed again from the values, for
// values loaded in bulk (or a summary to repair), in one transaction.
int summarize(const Config& config)
{
    auto database = open_database(config, true);
    auto connection = database->acquire();
    db::Transaction transaction(*connection, db::TransactionKind::Write);
    const auto folded = results::rebuild_whole_summary(*connection);
    transaction.commit();
    std::cout << "Summary of approved values rebuilt from " << folded << " values." << std::endl;
    return 0;
}

struct UserCommand {
    std::string email, name, role = "admin", language = "en", organisation = "Program office";
    std::string password;
};

enum class UserMode { CreateOrGrant, GrantOnly };

int create_user(const Config& config, const UserCommand& command, UserMode mode)
{
    auto role = role_from_code(command.role);
    if (!role) throw std::runtime_error("--role must be one of admin, program_officer, reviewer, applicant, partner, network");
    auto database = open_database(config, true);
    SystemClock clock;
    web::I18n i18n;
    OrganisationId organisation;
    {
        auto connection = database->acquire();
        accounts::OrganisationStore store(*connection);
        auto kind = *role == Role::Applicant ? accounts::OrganisationKind::CanadianMunicipality
                  : *role == Role::Partner   ? accounts::OrganisationKind::PartnerLocalGovernment
                  : *role == Role::Network   ? accounts::OrganisationKind::NetworkOrganisation
                                             : accounts::OrganisationKind::ProgramOffice;
        auto found = store.find_by_name(kind, command.organisation);
        organisation = found ? found->id : store.insert({OrganisationId{}, kind, command.organisation, "CA", ""}, clock.now());
    }
    if (mode == UserMode::GrantOnly) {
        auto connection = database->acquire();
        if (!accounts::UserStore(*connection).find_by_email(text::normalize_email(command.email))) {
            std::cerr << "pmi user grant: no user has the email " << command.email << "; create it with pmi user create" << std::endl;
            return 2;
        }
    }
    // ASVS 2.5.4: no default password; the first admin gets a random one, shown once.
    std::string password = command.password.empty() ? crypto::random_token(18) : command.password;
    accounts::AccountService service(*database, clock, i18n, account_settings(config));
    auto created = service.ensure_user({command.name.empty() ? command.email : command.name, command.email, password,
                                        command.language}, *role, organisation);
    if (!created.ok()) {
        for (const auto& error : flatten(created.error()))
            std::cerr << "pmi user create: " << error.field << ": " << i18n.error_text("en", error) << std::endl;
        return 2;
    }
    std::cout << "User " << command.email << " has the role " << command.role << " in \"" << command.organisation << "\"." << std::endl;
    if (command.password.empty() && mode == UserMode::CreateOrGrant)
        std::cout << "Password, if the user was created now (shown once; change it after signing in): " << password << std::endl;
    return 0;
}

// "1 uploaded file", "3 uploaded files".
std::string uploaded_files(std::size_t count)
{
    return std::to_string(count) + (count == 1 ? " uploaded file" : " uploaded files");
}

int backup_to(const Config& config, const std::string& folder)
{
    auto summary = backup(config, folder);
    std::cout << "Backup written to " << folder << ": " << summary.database_file << " and " << uploaded_files(summary.files) << "." << std::endl;
    return 0;
}

int restore_from(const Config& config, const std::string& folder)
{
    auto summary = restore(config, folder);
    std::cout << "Restored " << summary.database_file << " and " << uploaded_files(summary.files) << " from " << folder << "." << std::endl;
    return 0;
}

}  // namespace
}  // namespace pmi::app

int main(int argc, char** argv)
{
    using namespace pmi::app;
    spdlog::set_default_logger(spdlog::stderr_color_mt("pmi"));
    pmi::crypto::initialise();

    CLI::App app{"pmi: the platform for municipal international partnership programs"};
    app.require_subcommand(1);
    Options options;

    auto* serve_command = app.add_subcommand("serve", "Serve the site and the API (migrates the database first)");
    add_data_options(serve_command, options);
    serve_command->add_option("--listen", options.listen, "HOST:PORT to listen on (default 127.0.0.1:8080)");
    serve_command->add_flag("--production", options.production, "Refuse to start with insecure settings (also production = true, PMI_PRODUCTION=1)");
    auto* migrate_command = app.add_subcommand("migrate", "Bring the database schema up to date");
    add_data_options(migrate_command, options);
    auto* demo_command = app.add_subcommand("demo", "Load the demo program, content and accounts (safe to run again)");
    add_data_options(demo_command, options);
    auto* user_command = app.add_subcommand("user", "Manage users from the command line");
    user_command->require_subcommand(1);
    UserCommand user;
    auto* create_command = user_command->add_subcommand("create", "Create a verified user (or find it) and grant a role");
    add_data_options(create_command, options);
    create_command->add_option("--email", user.email, "Email address")->required();
    create_command->add_option("--name", user.name, "Full name (default: the email)");
    create_command->add_option("--role", user.role, "admin, program_officer, reviewer, applicant or partner")->capture_default_str();
    create_command->add_option("--organisation", user.organisation, "Organisation the role belongs to")->capture_default_str();
    create_command->add_option("--language", user.language, "Preferred language: en, fr or es")->capture_default_str();
    create_command->add_option("--password", user.password, "Password (default: a random one, printed once)");
    auto* grant_command = user_command->add_subcommand("grant", "Grant a role to an existing user");
    add_data_options(grant_command, options);
    grant_command->add_option("--email", user.email, "Email address of the user")->required();
    grant_command->add_option("--role", user.role, "admin, program_officer, reviewer, applicant or partner")->required();
    grant_command->add_option("--organisation", user.organisation, "Organisation the role belongs to")->capture_default_str();
    pmi::matching::MatchCommand match;
    auto* match_command = pmi::matching::add_match_command(app, match);
    auto* mail_command = app.add_subcommand("mail", "The mail worker");
    mail_command->require_subcommand(1);
    auto* mail_run_command = mail_command->add_subcommand(
        "run", "Send queued mail and start scheduled campaigns until stopped (SIGTERM), apart from pmi serve");
    add_data_options(mail_run_command, options);
    auto* iati_command = app.add_subcommand("iati", "IATI 2.03 activity files");
    iati_command->require_subcommand(1);
    std::string iati_output;
    auto* iati_export_command = iati_command->add_subcommand(
        "export", "Write the IATI activity file as it would be published now, checked against the schema and code lists");
    add_data_options(iati_export_command, options);
    iati_export_command->add_option("--output", iati_output, "File to write (default: standard output)");
    auto* search_command = app.add_subcommand("search", "The site search");
    search_command->require_subcommand(1);
    auto* reindex_command = search_command->add_subcommand("reindex", "Build the search index again from the content");
    add_data_options(reindex_command, options);
    auto* results_command = app.add_subcommand("results", "The results framework");
    results_command->require_subcommand(1);
    auto* summarize_command = results_command->add_subcommand(
        "summarize", "Compute the summary of approved values again from the values (after loading values in bulk)");
    add_data_options(summarize_command, options);
    std::string backup_folder;
    auto* backup_command = app.add_subcommand("backup", "Copy the database and the uploaded files into a new folder, while the site serves");
    add_data_options(backup_command, options);
    backup_command->add_option("--output", backup_folder, "The folder to create")->required();
    auto* restore_command = app.add_subcommand("restore", "Put a backup into a new database and the data folder");
    add_data_options(restore_command, options);
    restore_command->add_option("--from", backup_folder, "The backup folder")->required();
    auto* routes_command = app.add_subcommand("routes", "Print the route table: method, pattern, and csrf-exempt where it applies");
    add_data_options(routes_command, options);
    auto* version_command = app.add_subcommand("version", "Print the version");

    CLI11_PARSE(app, argc, argv);
    try {
        if (version_command->parsed()) {
            std::cout << "pmi " << PMI_VERSION << std::endl;
            return 0;
        }
        if (match_command->parsed()) {
            pmi::web::I18n i18n;
            return pmi::matching::run_match(match, i18n, std::cerr);
        }
        Config config = configure(options);
        if (serve_command->parsed()) return serve(config);
        if (routes_command->parsed()) return serve(config, ServeMode::PrintRoutes);
        if (backup_command->parsed()) return backup_to(config, backup_folder);
        if (restore_command->parsed()) return restore_from(config, backup_folder);
        if (migrate_command->parsed()) return migrate(config);
        if (mail_run_command->parsed()) return mail_run(config);
        if (demo_command->parsed()) return demo(config);
        if (iati_export_command->parsed()) return iati_export(config, iati_output);
        if (reindex_command->parsed()) return reindex(config);
        if (summarize_command->parsed()) return summarize(config);
        if (create_command->parsed()) return create_user(config, user, UserMode::CreateOrGrant);
        if (grant_command->parsed()) return create_user(config, user, UserMode::GrantOnly);
    } catch (const std::exception& error) {
        std::cerr << "pmi: " << error.what() << std::endl;
        return 1;
    }
    return 0;
}
