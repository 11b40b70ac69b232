#include "results/results_service.hpp"

#include "audit/audit_log.hpp"
#include "results/periods.hpp"
#include "results/results_store.hpp"
#include "results/rules.hpp"

namespace pmi::results {
namespace {

// Ok for program officers; `refusal` for anyone else signed in.
Status officers_only(const Actor& actor, Error refusal)
{
    if (!actor.signed_in()) return unauthenticated();
    if (!actor.runs_program()) return refusal;
    return Ok{};
}

}  // namespace

LogicModel ResultsService::logic_model()
{
    auto connection = database_.acquire();
    ResultsStore store(*connection);
    return {store.nodes(), store.indicators()};
}

std::vector<Period> ResultsService::periods()
{
    auto connection = database_.acquire();
    return ResultsStore(*connection).periods();
}

Result<NodeId> ResultsService::save_node(const Actor& actor, const NodeInput& input)
{
    TRY(officers_only(actor, forbidden("Only program officers change the logic model.")));
    auto node = TRY(read_node(input));
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<NodeId> {
        ResultsStore store(*connection);
        std::optional<Node> parent;
        if (!input.parent.empty()) {
            parent = store.node_by_code(input.parent);
            if (!parent) return invalid("parent", "Choose a parent from the logic model.");
        }
        TRY(check_parent(node.level, parent ? std::optional(parent->level) : std::nullopt));
        node.parent = parent ? parent->id : NodeId{};
        if (node.level == Level::Intermediate && node.area.empty()) return invalid("area", "Choose the programming area of this intermediate outcome.");
        if (node.level == Level::Ultimate) node.area.clear();
        if (parent && parent->level != Level::Ultimate) node.area = parent->area;
        const auto now = clock_.now();
        auto existing = store.node_by_code(node.code);
        if (existing) {
            node.id = existing->id;
            store.update_node(node, now);
        } else {
            node.id = store.insert_node(node, now);
        }
        audit::AuditLog(*connection).record(now, actor, existing ? "results.node.update" : "results.node.add", "result_node",
                                            std::to_string(node.id.value), node.code + " " + node.statement.pick("en").text);
        return node.id;
    });
}

Result<IndicatorId> ResultsService::save_indicator(const Actor& actor, const IndicatorInput& input)
{
    TRY(officers_only(actor, forbidden("Only program officers change indicators.")));
    auto indicator = TRY(read_indicator(input));
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<IndicatorId> {
        ResultsStore store(*connection);
        auto node = store.node_by_code(input.node);
        if (!node) return invalid("node", "Choose the result this indicator measures.");
        indicator.node = node->id;
        const auto now = clock_.now();
        std::optional<Indicator> existing;
        for (auto& candidate : store.indicators())
            if (candidate.code == indicator.code) existing = std::move(candidate);
        if (existing) {
            indicator.id = existing->id;
            store.update_indicator(indicator, now);
        } else {
            indicator.id = store.insert_indicator(indicator, now);
        }
        audit::AuditLog(*connection).record(now, actor, existing ? "results.indicator.update" : "results.indicator.add", "indicator",
                                            std::to_string(indicator.id.value), indicator.code + " " + indicator.name.pick("en").text);
        return indicator.id;
    });
}

Result<int> ResultsService::generate_periods(const Actor& actor, std::optional<int> first_year, std::optional<int> last_year)
{
    TRY(officers_only(actor, forbidden("Only program officers generate reporting periods.")));
    if (!first_year || !last_year) return invalid("first", "Write the fiscal year as 2026-27.");
    const int first = *first_year, last = *last_year;
    if (last < first || last - first >= kMostProgramYears)
        return invalid("last", "Choose a last fiscal year from the first to {1} years after it.", {std::to_string(kMostProgramYears - 1)});
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<int> {
        ResultsStore store(*connection);
        int added = 0;
        for (const auto& frequency : kFrequencies) added += store.add_periods(periods_of(frequency.value, first, last));
        audit::AuditLog(*connection).record(clock_.now(), actor, "results.periods.generate", "reporting_period", "",
                                            std::to_string(first) + "–" + std::to_string(last) + ": " + std::to_string(added) + " added");
        return added;
    });
}

Status ResultsService::lock_period(const Actor& actor, PeriodId id, Lock lock)
{
    TRY(officers_only(actor, forbidden("Only program officers lock reporting periods.")));
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        ResultsStore store(*connection);
        auto period = store.period(id);
        if (!period) return not_found();
        store.set_locked(id, lock == Lock::Locked);
        audit::AuditLog(*connection).record(clock_.now(), actor, lock == Lock::Locked ? "results.period.lock" : "results.period.unlock",
                                            "reporting_period", std::to_string(id.value), period_label(*period));
        return Ok{};
    });
}

}  // namespace pmi::results
