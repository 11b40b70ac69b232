#include "partnerships/demo_envelope.hpp"

#include <nlohmann/json.hpp>

#include <stdexcept>

#include "core/embedded.hpp"
#include "partnerships/envelope_store.hpp"

namespace pmi::partnerships {

void load_demo_envelope(db::Connection& connection, Seconds now)
{
    auto source = embedded::find(embedded::demo(), "site/demo/envelope.json");
    if (!source) throw std::runtime_error("the demo envelope is missing from this build");
    EnvelopeStore store(connection);
    if (!store.years().empty()) return;
    std::vector<EnvelopeYearInput> rows;
    const auto demo = nlohmann::json::parse(*source);
    for (const auto& row : demo.at("envelope")) rows.push_back({row.at(0), row.at(1), row.at(2)});
    auto years = read_envelope(rows);
    if (!years.ok()) throw std::runtime_error("demo envelope: " + years.error().field + " " + years.error().message);
    store.replace(*years, now);
}

}  // namespace pmi::partnerships
