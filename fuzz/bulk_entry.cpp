// Bulk entry of results: any bytes, read as the CSV or XLSX table an upload gives, are
// planned against a small logic model (an indicator by sex and age, a weighted percentage,
// a qualitative one) within the bulk entry limits; every outcome is a plan or a refusal.
#include <cstdint>
#include <string_view>

#include "files/xlsx_reader.hpp"
#include "results/bulk_entry.hpp"

namespace {

using namespace pmi::results;

Indicator indicator(std::int64_t id, const char* code, Unit unit, Aggregation aggregation, Disaggregation disaggregation)
{
    Indicator i;
    i.id = IndicatorId{id}, i.code = code, i.unit = unit, i.aggregation = aggregation, i.disaggregation = disaggregation;
    i.frequency = Frequency::Quarterly;
    return i;
}

pmi::Result<pmi::csv::Table> table_of(std::string_view data)
{
    if (data.substr(0, 2) != "PK") return pmi::csv::Table::read(data, kBulkLimits);
    auto records = pmi::files::read_xlsx(data, kBulkLimits, "file");
    if (!records.ok()) return records.error();
    return pmi::csv::Table::from_records(std::move(*records));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::vector<Indicator> indicators{indicator(1, "1211.1", Unit::Number, Aggregation::Sum, Disaggregation::SexAndAge),
                                                   indicator(2, "1210.1", Unit::Percentage, Aggregation::WeightedAverage, Disaggregation::None),
                                                   indicator(3, "1100.1", Unit::Text, Aggregation::Latest, Disaggregation::None)};
    Period period;
    period.id = PeriodId{7}, period.frequency = Frequency::Quarterly, period.fiscal_year = 2026, period.number = 1;
    Measurement draft;
    draft.indicator = IndicatorId{1}, draft.values = {{"total", 10 * kScale, std::nullopt}};
    auto table = table_of(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!table.ok()) return 0;
    for (auto mode : {BulkMode::Add, BulkMode::Replace}) (void)plan_bulk_entry(*table, indicators, period, {draft}, mode);
    return 0;
}
