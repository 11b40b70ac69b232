#include "partnerships/demo_workplans.hpp"

#include <nlohmann/json.hpp>

#include <stdexcept>

#include "core/embedded.hpp"
#include "partnerships/partnership_store.hpp"
#include "partnerships/workplan_rules.hpp"
#include "partnerships/workplan_store.hpp"

namespace pmi::partnerships {
namespace {

template <typename T>
T required(Result<T> result, const std::string& what)
{
    if (!result.ok()) throw std::runtime_error("demo workplan " + what + ": " + result.error().field + " " + result.error().message);
    return std::move(result).value();
}

ActivityInput activity_input(const nlohmann::json& a)
{
    ActivityInput in;
    in.title = a.at("title").get<std::map<std::string, std::string>>();
    in.description = a.at("description");
    in.start = a.at("start"), in.end = a.at("end"), in.responsible = a.at("responsible"), in.status = a.at("status"), in.output = a.at("output");
    for (const auto& d : a.at("deliverables")) in.deliverables.push_back({d.at(0), d.at(1)});
    return in;
}

}  // namespace

void load_demo_workplans(db::Connection& connection, Seconds now)
{
    auto source = embedded::find(embedded::demo(), "site/demo/workplans.json");
    if (!source) throw std::runtime_error("the demo workplans are missing from this build");
    const auto today = program_today(now);
    WorkplanStore store(connection);
    const auto partnerships = PartnershipStore(connection).all();
    const auto demo = nlohmann::json::parse(*source);
    for (const auto& entry : demo.at("workplans")) {
        const Partnership* partnership = nullptr;
        for (const auto& p : partnerships)
            if (p.members[0].key == entry.at("team") && p.of_kind(MemberKind::Partner).front()->key == entry.at("partner")) partnership = &p;
        if (!partnership || !store.activities(partnership->id).empty()) continue;
        const std::string what = entry.at("partner");
        std::map<std::string, ActivityId> by_key;
        for (const auto& a : entry.at("activities")) {
            auto activity = required(read_activity(activity_input(a), *partnership, today), what);
            if (auto refused = check_status_change(ActivityStatus::Planned, activity); !refused.ok())
                throw std::runtime_error("demo workplan " + what + ": " + refused.error().message);
            by_key[a.at("key")] = store.insert_activity(activity, now);
        }
        for (const auto& m : entry.at("milestones")) {
            MilestoneInput in{m.at("title").get<std::map<std::string, std::string>>(), m.at("due"), m.at("done_on"), ""};
            auto milestone = required(read_milestone(in, *partnership, today), what);
            if (const std::string key = m.at("activity"); !key.empty()) milestone.activity = by_key.at(key);
            store.insert_milestone(milestone, now);
        }
    }
}

}  // namespace pmi::partnerships
