#include "app/demo.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <stdexcept>

#include "accounts/organisation_store.hpp"
#include "accounts/rules.hpp"
#include "accounts/second_factor_store.hpp"
#include "calls/call_store.hpp"
#include "calls/time_zone.hpp"
#include "core/csv.hpp"
#include "core/embedded.hpp"
#include "directory/directory_store.hpp"
#include "directory/table_rows.hpp"
#include "events/demo_events.hpp"
#include "networks/demo_networks.hpp"
#include "partnerships/demo_partnerships.hpp"
#include "partnerships/demo_envelope.hpp"
#include "partnerships/demo_workplans.hpp"
#include "results/demo_results.hpp"
#include "site/site_store.hpp"

namespace pmi::app {
namespace {

using nlohmann::json;

LocalizedText text_of(const json& value)
{
    LocalizedText text;
    if (value.is_object())
        for (const auto& [language, version] : value.items()) text.set(language, version.get<std::string>());
    return text;
}

Seconds date_of(const json& value, Seconds fallback)
{
    if (!value.is_string()) return fallback;
    int y = 0;
    unsigned m = 0, d = 0;
    if (std::sscanf(value.get<std::string>().c_str(), "%d-%u-%u", &y, &m, &d) != 3) return fallback;
    using namespace std::chrono;
    return duration_cast<seconds>(sys_days(year_month_day(year(y), month(m), day(d))).time_since_epoch()).count();
}

void load_site(db::Connection& connection, const json& data, Seconds now)
{
    site::SiteStore store(connection);
    const auto& p = data.at("program");
    site::Program program{text_of(p.at("name")), text_of(p.at("tagline")), text_of(p.at("summary")),
                          text_of(p.at("funder")), text_of(p.at("implementer")), text_of(p.at("contact").at("role")),
                          p.at("short_name"), p.at("cash_envelope_cents"), p.at("in_kind_commitment_cents"),
                          p.value("currency", "CAD"), p.at("start_year"), p.at("duration_years"),
                          p.at("contact").at("name"), p.at("contact").at("email"), p.at("contact").at("phone"), now};
    store.save_program(program);
    int position = 0;
    for (const auto& region : data.at("regions")) store.save_region({region.at("code"), text_of(region.at("name")), ++position});
    position = 0;
    for (const auto& c : data.at("countries"))
        store.save_country({c.at("code"), c.at("region"), c.at("working_languages").get<std::vector<std::string>>(),
                            text_of(c.at("name")), text_of(c.at("summary")), text_of(c.at("body")), ++position,
                            date_of(c.value("updated", json()), now)});
    for (const auto& a : data.at("areas"))
        store.save_area({a.at("code"), a.at("number"), text_of(a.at("name")), text_of(a.at("summary")),
                         text_of(a.at("body")), date_of(a.value("updated", json()), now)});
    for (const auto& page : data.at("pages"))
        store.save_page(page.at("slug"), {text_of(page.at("title")), text_of(page.at("body"))},
                        date_of(page.value("updated", json()), now), std::nullopt);
    for (const auto& post : data.at("news")) {
        Seconds published = date_of(post.value("published", json()), now);
        site::NewsEdit edit{post.at("slug"), text_of(post.at("title")), text_of(post.at("summary")),
                            text_of(post.at("body")), site::Publish::Yes};
        if (!store.news_post(edit.slug)) store.insert_news(edit, published, published, std::nullopt);
    }
}

Seconds local(const json& value, const std::string& zone)
{
    auto parsed = calls::local_to_utc(value.get<std::string>(), zone, "date");
    if (!parsed.ok()) throw std::runtime_error("demo call date " + value.dump() + ": " + parsed.error().message);
    return parsed.value();
}

calls::Call call_of(const json& c)
{
    calls::Call call;
    call.slug = c.at("slug");
    call.title = text_of(c.at("title"));
    call.description = text_of(c.at("description"));
    call.countries = c.at("countries").get<std::vector<std::string>>();
    call.areas = c.at("areas").get<std::vector<std::string>>();
    call.time_zone = c.at("time_zone");
    call.opens_at = local(c.at("opens"), call.time_zone);
    call.deadline_at = local(c.at("deadline"), call.time_zone);
    call.review_due_at = local(c.at("review_due"), call.time_zone);
    call.reviews_per_application = c.value("reviews_per_application", 3);
    for (const auto& k : c.at("criteria"))
        call.criteria.push_back({text_of(k.at("name")), text_of(k.at("guidance")), k.at("weight"), k.at("scale_max")});
    for (const auto& q : c.at("questions")) {
        calls::Question question;
        question.code = q.at("code");
        question.kind = calls::question_kind_from_code(q.at("kind").get<std::string>()).value_or(calls::QuestionKind::Text);
        question.label = text_of(q.at("label"));
        question.help = text_of(q.value("help", json::object()));
        question.required = q.value("required", false);
        if (q.contains("word_limit")) question.word_limit = q.at("word_limit").get<int>();
        for (const auto& choice : q.value("choices", json::array())) question.choices.push_back({choice.at("code"), text_of(choice.at("label"))});
        call.questions.push_back(std::move(question));
    }
    return call;
}

void load_calls(db::Connection& connection, const json& data, Seconds now)
{
    calls::CallStore store(connection);
    for (const auto& c : data.value("calls", json::array()))
        if (!store.find(c.at("slug").get<std::string>())) store.save(call_of(c), now);
}

// The directory comes as the import files do (plus an "organisation" column naming the
// demo organisation whose staff keep the profile), read by the same code as an import.
template <typename Read, typename Link>
void load_profiles(std::string_view file, Read read, Link link)
{
    auto source = embedded::find(embedded::demo(), file);
    if (!source) throw std::runtime_error("the demo data is missing " + std::string(file));
    auto table = csv::Table::read(*source);
    if (!table.ok()) throw std::runtime_error(std::string(file) + ": " + table.error().message);
    auto rows = read(*table);
    if (!rows.ok() || !rows->problems.empty()) throw std::runtime_error(std::string(file) + " has invalid rows");
    const auto organisation = table->column("organisation");
    for (auto& [row, profile] : rows->valid) {
        const auto& record = table->records().at(row - 2);
        link(profile, organisation && *organisation < record.fields.size() ? record.fields[*organisation] : std::string());
    }
}

void load_directory(db::Connection& connection, const std::map<std::string, OrganisationId>& organisations, Seconds now)
{
    directory::DirectoryStore store(connection);
    if (store.partner_count() > 0 || store.team_count() > 0) return;
    auto organisation_of = [&](const std::string& key) { return key.empty() ? OrganisationId{} : organisations.at(key); };
    load_profiles("site/demo/partners.csv", directory::read_partners, [&](directory::PartnerGovernment& partner, const std::string& key) {
        partner.organisation = organisation_of(key);
        store.save(partner, now);
    });
    load_profiles("site/demo/teams.csv", directory::read_teams, [&](directory::MunicipalTeam& team, const std::string& key) {
        team.organisation = organisation_of(key);
        store.save(team, now);
    });
}

// Unless the account already has a second factor of its own.
void enrol_demo_second_factor(db::Database& database, UserId user, Seconds now)
{
    auto connection = database.acquire();
    accounts::SecondFactorStore factors(*connection);
    if (auto factor = factors.find(user); factor && factor->confirmed()) return;
    db::Transaction transaction(*connection, db::TransactionKind::Write);
    factors.start(user, std::string(kDemoSecondFactorSecret), now);
    factors.confirm(user, 0, now);
    transaction.commit();
}

}  // namespace

std::vector<std::string> demo_emails()
{
    auto source = embedded::find(embedded::demo(), "site/demo/content.json");
    if (!source) return {};
    std::vector<std::string> emails;
    const json data = json::parse(*source);
    for (const auto& user : data.at("users")) emails.push_back(user.at("email"));
    return emails;
}

DemoReport load_demo(db::Database& database, accounts::AccountService& accounts, const Clock& clock,
                     const std::function<void(const std::string&)>& progress)
{
    auto source = embedded::find(embedded::demo(), "site/demo/content.json");
    if (!source) throw std::runtime_error("the demo data is missing from this build");
    const json data = json::parse(*source);
    const Seconds now = clock.now();
    DemoReport report;
    std::map<std::string, OrganisationId> organisations;
    {
        auto connection = database.acquire();
        db::Transaction transaction(*connection, db::TransactionKind::Write);
        if (!site::SiteStore(*connection).program()) {
            progress("program, regions, countries, programming areas, pages and news");
            load_site(*connection, data, now);
            report.program_loaded = true;
        }
        load_calls(*connection, data, now);
        accounts::OrganisationStore store(*connection);
        for (const auto& o : data.at("organisations")) {
            auto kind = accounts::organisation_kind_from_code(o.at("kind").get<std::string>());
            if (!kind) throw std::runtime_error("demo organisation of unknown kind " + o.at("kind").dump());
            std::string name = o.at("name");
            auto existing = store.find_by_name(*kind, name);
            organisations[o.at("key")] =
                existing ? existing->id
                         : store.insert({OrganisationId{}, *kind, name, o.at("country"), o.value("province", "")}, now);
        }
        progress("partner directory");
        load_directory(*connection, organisations, now);
        progress("network organisations");
        networks::load_demo_networks(*connection, organisations, now);
        progress("partnerships and budgets");
        partnerships::load_demo_partnerships(*connection, organisations.at("office"), now);
        partnerships::load_demo_workplans(*connection, now);
        partnerships::load_demo_envelope(*connection, now);
        progress("logic model, indicators and approved results");
        results::load_demo_results(*connection, now);
        transaction.commit();
    }
    progress("demo accounts");
    for (const auto& u : data.at("users")) {
        for (const auto& role_name : u.at("roles")) {
            auto role = role_from_code(role_name.get<std::string>());
            if (!role) throw std::runtime_error("demo user with unknown role " + role_name.dump());
            accounts::SignUp sign_up{u.at("name"), u.at("email"), std::string(kDemoPassword), u.at("language")};
            auto created = accounts.ensure_user(sign_up, *role, organisations.at(u.at("organisation")));
            if (!created.ok()) throw std::runtime_error("demo user " + sign_up.email + ": " + created.error().message);
            if (*role == Role::Admin || *role == Role::ProgramOfficer) enrol_demo_second_factor(database, *created, now);
            report.accounts.push_back(sign_up.email + " (" + std::string(role_code(*role)) + ")");
        }
    }
    progress("events and missions");
    auto connection = database.acquire();
    db::Transaction transaction(*connection, db::TransactionKind::Write);
    events::load_demo_events(*connection, now);
    transaction.commit();
    return report;
}

}  // namespace pmi::app
