#include "results/demo_results.hpp"

#include <nlohmann/json.hpp>

#include <stdexcept>

#include "core/embedded.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/partnership_store.hpp"
#include "results/measurement_store.hpp"
#include "results/periods.hpp"
#include "results/results_store.hpp"
#include "results/rules.hpp"
#include "results/summary.hpp"

namespace pmi::results {
namespace {

using Texts = std::map<std::string, std::string>;

template <typename T>
T required(Result<T> result, const std::string& what)
{
    if (!result.ok()) throw std::runtime_error("demo result " + what + ": " + result.error().field + " " + result.error().message);
    return std::move(result).value();
}

void load_values(db::Connection& connection, const Indicator& indicator, const nlohmann::json& values, Seconds now)
{
    ResultsStore results(connection);
    MeasurementStore measurements(connection);
    std::map<std::string, PartnershipId> by_partner;
    for (const auto& p : partnerships::PartnershipStore(connection).all()) by_partner[p.of_kind(partnerships::MemberKind::Partner).front()->key] = p.id;
    const auto periods = results.periods();
    for (const auto& [partner, reports] : values.items()) {
        auto partnership = by_partner.find(partner);
        if (partnership == by_partner.end()) continue;
        for (const auto& report : reports) {
            const int year = partnerships::parse_fiscal_year(report.at(0).get<std::string>()).value();
            const int number = report.at(1);
            MeasurementInput in;
            in.values = report.at(2).get<Texts>();
            if (report.size() > 3) in.denominators = report.at(3).get<Texts>();
            Measurement m;
            for (const auto& p : periods)
                if (p.frequency == indicator.frequency && p.fiscal_year == year && p.number == number) m.period = p.id;
            auto read = required(read_measurement(indicator, in), indicator.code);
            m.indicator = indicator.id, m.partnership = partnership->second, m.status = MeasurementStatus::Approved;
            m.values = std::move(read.values), m.entered_by_name = "demo", m.entered_at = now, m.decided_by_name = "demo", m.decided_at = now;
            measurements.insert(m);
        }
    }
}

}  // namespace

void load_demo_results(db::Connection& connection, Seconds now)
{
    ResultsStore store(connection);
    if (!store.nodes().empty()) return;
    auto source = embedded::find(embedded::demo(), "site/demo/results.json");
    if (!source) throw std::runtime_error("the demo results are missing from this build");
    const auto demo = nlohmann::json::parse(*source);
    const int first = partnerships::parse_fiscal_year(demo.at("first_year").get<std::string>()).value();
    const int last = partnerships::parse_fiscal_year(demo.at("last_year").get<std::string>()).value();
    for (const auto& frequency : kFrequencies) store.add_periods(periods_of(frequency.value, first, last));
    for (const auto& entry : demo.at("results")) {
        const auto text = [&](const char* name) { return entry.at(name).get<std::string>(); };
        auto node = required(read_node({text("parent"), text("level"), text("code"), text("area"), entry.at("statement").get<Texts>()}), text("code"));
        if (auto parent = store.node_by_code(text("parent"))) {
            node.parent = parent->id;
            if (parent->level != Level::Ultimate) node.area = parent->area;
        }
        store.insert_node(node, now);
    }
    for (const auto& entry : demo.at("indicators")) {
        IndicatorInput in;
        const auto text = [&](const char* name) { return entry.at(name).get<std::string>(); };
        in.code = text("code"), in.unit = text("unit"), in.direction = entry.value("direction", "higher");
        in.aggregation = text("aggregation"), in.disaggregation = text("disaggregation"), in.frequency = text("frequency");
        in.name = entry.at("name").get<Texts>(), in.denominator = entry.value("denominator", Texts{});
        in.data_source = entry.at("source").get<Texts>(), in.collection_method = entry.at("method").get<Texts>();
        in.responsibility = entry.at("responsibility").get<Texts>();
        in.baseline = entry.value("baseline", ""), in.baseline_date = entry.value("baseline_date", "");
        in.targets = entry.at("targets").get<Texts>();
        auto indicator = required(read_indicator(in), in.code);
        indicator.node = store.node_by_code(text("result")).value().id;
        indicator.id = store.insert_indicator(indicator, now);
        load_values(connection, indicator, entry.at("values"), now);
    }
    rebuild_whole_summary(connection);
}

}  // namespace pmi::results
