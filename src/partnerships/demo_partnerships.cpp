#include "partnerships/demo_partnerships.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <stdexcept>

#include "core/embedded.hpp"
#include "directory/directory_store.hpp"
#include "partnerships/budget_store.hpp"
#include "partnerships/partnership_store.hpp"
#include "partnerships/rules.hpp"

namespace pmi::partnerships {
namespace {

PartnershipInput input_of(const nlohmann::json& p)
{
    PartnershipInput in;
    in.teams = p.at("teams").get<std::vector<std::string>>();
    in.partners = p.at("partners").get<std::vector<std::string>>();
    in.status = p.at("status");
    in.start = p.at("start");
    in.end = p.at("end");
    in.areas = p.at("areas").get<std::vector<std::string>>();
    in.summary = p.at("summary").get<std::map<std::string, std::string>>();
    in.contact_name = p.value("contact_name", "");
    in.contact_email = p.value("contact_email", "");
    in.published = p.at("published");
    return in;
}

template <typename T>
T required(Result<T> result, const std::string& what)
{
    if (!result.ok()) throw std::runtime_error("demo partnership " + what + ": " + result.error().field + " " + result.error().message);
    return std::move(result).value();
}

}  // namespace

void load_demo_partnerships(db::Connection& connection, OrganisationId office, Seconds now)
{
    auto source = embedded::find(embedded::demo(), "site/demo/partnerships.json");
    if (!source) throw std::runtime_error("the demo partnerships are missing from this build");
    PartnershipStore partnerships(connection);
    BudgetStore budgets(connection);
    directory::DirectoryStore directory(connection);
    const auto existing = partnerships.all();
    const auto demo = nlohmann::json::parse(*source);
    for (const auto& entry : demo.at("partnerships")) {
        const auto input = input_of(entry);
        auto partnership = required(read_partnership(input), input.partners.front());
        const bool loaded = std::any_of(existing.begin(), existing.end(), [&](const Partnership& p) {
            return p.members[0].key == partnership.members[0].key && p.of_kind(MemberKind::Partner).front()->key == input.partners.front();
        });
        if (loaded) continue;
        for (auto& member : partnership.members) {
            if (member.kind == MemberKind::Team) member.name = directory.team(member.key).value().name;
            else member.name = directory.partner(member.key).value().name;
        }
        partnership.country = directory.partner(input.partners.front()).value().country;
        partnership.office = office;
        partnership.id = partnerships.insert(partnership, now);
        for (const auto& line : entry.at("budget"))
            budgets.insert_line(required(read_line({line.at(0), line.at(1), line.at(2), line.at(3)}, partnership), input.partners.front()), now);
    }
}

}  // namespace pmi::partnerships
