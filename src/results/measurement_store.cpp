#include "results/measurement_store.hpp"

#include <map>

namespace pmi::results {
namespace {

constexpr std::string_view kMeasurementColumns =
    "SELECT id, indicator_id, partnership_id, period_id, revision, is_current, status, narrative, comment, return_reason, entered_by,"
    " entered_by_name, entered_at, decided_by_name, decided_at FROM measurements";
constexpr std::string_view kSummaryColumns =
    "SELECT indicator_id, country, area, fiscal_year, cell, value_count, value_sum, weighted_sum, denominator_sum, latest_period,"
    " latest_sum, max_value FROM result_summary";
constexpr std::size_t kRowsPerInsert = 200;

Measurement read_measurement_row(const db::Row& row)
{
    Measurement m;
    m.id = MeasurementId{row.integer(0)};
    m.indicator = IndicatorId{row.integer(1)};
    m.partnership = PartnershipId{row.integer(2)};
    m.period = PeriodId{row.integer(3)};
    m.revision = static_cast<int>(row.integer(4));
    m.current = row.boolean(5);
    m.status = from_code(kStatuses, row.text(6)).value_or(MeasurementStatus::Draft);
    m.narrative = row.text(7);
    m.comment = row.text(8);
    m.return_reason = row.text(9);
    m.entered_by = UserId{row.integer(10)};
    m.entered_by_name = row.text(11);
    m.entered_at = row.integer(12);
    m.decided_by_name = row.text(13);
    m.decided_at = row.optional_integer(14);
    return m;
}

SummaryRow read_summary_row(const db::Row& row)
{
    SummaryRow s;
    s.indicator = IndicatorId{row.integer(0)};
    s.country = row.text(1);
    s.area = row.text(2);
    s.fiscal_year = static_cast<int>(row.integer(3));
    s.cell = row.text(4);
    auto& a = s.accumulator;
    a.count = row.integer(5);
    a.sum = row.integer(6);
    a.weighted_sum = row.integer(7);
    a.denominator_sum = row.integer(8);
    a.latest_period = static_cast<int>(row.integer(9));
    a.latest_sum = row.integer(10);
    a.maximum = row.integer(11);
    return s;
}

}  // namespace

std::vector<Measurement> MeasurementStore::with_values(std::vector<Measurement> measurements, const std::string& values_where,
                                                       const db::Parameters& parameters)
{
    std::map<std::int64_t, Measurement*> by_id;
    for (auto& m : measurements) by_id[m.id.value] = &m;
    if (by_id.empty()) return measurements;
    // The total first, then the cells in the order they were written.
    for (const auto& row : connection_.query("SELECT v.measurement_id, v.cell, v.value, v.denominator FROM measurement_values v"
                                             " JOIN measurements m ON m.id = v.measurement_id WHERE " + values_where +
                                                 " ORDER BY v.measurement_id, CASE WHEN v.cell = 'total' THEN 0 ELSE 1 END, v.position",
                                             parameters))
        if (auto found = by_id.find(row.integer(0)); found != by_id.end())
            found->second->values.push_back({row.text(1), row.integer(2), row.optional_integer(3)});
    return measurements;
}

std::vector<Measurement> MeasurementStore::of_partnership(PartnershipId partnership)
{
    std::vector<Measurement> list;
    for (const auto& row : connection_.query(std::string(kMeasurementColumns) + " WHERE partnership_id = ? ORDER BY indicator_id, period_id, revision",
                                             {partnership.value}))
        list.push_back(read_measurement_row(row));
    return with_values(std::move(list), "m.partnership_id = ?", {partnership.value});
}

std::optional<Measurement> MeasurementStore::find(MeasurementId id)
{
    auto row = connection_.query_one(std::string(kMeasurementColumns) + " WHERE id = ?", {id.value});
    if (!row) return std::nullopt;
    return with_values({read_measurement_row(*row)}, "m.id = ?", {id.value}).front();
}

std::optional<Measurement> MeasurementStore::latest(IndicatorId indicator, PartnershipId partnership, PeriodId period)
{
    auto row = connection_.query_one(std::string(kMeasurementColumns) +
                                         " WHERE indicator_id = ? AND partnership_id = ? AND period_id = ? ORDER BY revision DESC LIMIT 1",
                                     {indicator.value, partnership.value, period.value});
    if (!row) return std::nullopt;
    auto m = read_measurement_row(*row);
    return with_values({m}, "m.id = ?", {m.id.value}).front();
}

MeasurementId MeasurementStore::insert(const Measurement& m)
{
    auto row = connection_.query_one(
        "INSERT INTO measurements (indicator_id, partnership_id, period_id, revision, is_current, status, narrative, comment, return_reason,"
        " entered_by, entered_by_name, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {m.indicator.value, m.partnership.value, m.period.value, m.revision, m.current, code_of(kStatuses, m.status), m.narrative, m.comment,
         m.return_reason, m.entered_by.value, m.entered_by_name, m.entered_at});
    const MeasurementId id{row->integer(0)};
    write_values(id, m.values);
    return id;
}

void MeasurementStore::update(const Measurement& m)
{
    connection_.execute("UPDATE measurements SET status = ?, narrative = ?, comment = ?, return_reason = ?, entered_by = ?, entered_by_name = ?,"
                        " entered_at = ? WHERE id = ?",
                        {code_of(kStatuses, m.status), m.narrative, m.comment, m.return_reason, m.entered_by.value, m.entered_by_name,
                         m.entered_at, m.id.value});
    connection_.execute("DELETE FROM measurement_values WHERE measurement_id = ?", {m.id.value});
    write_values(m.id, m.values);
}

void MeasurementStore::write_values(MeasurementId id, const std::vector<CellValue>& values)
{
    if (values.empty()) return;
    std::string sql = "INSERT INTO measurement_values (measurement_id, cell, value, denominator, position) VALUES ";
    db::Parameters parameters;
    for (std::size_t i = 0; i < values.size(); ++i) {
        sql += i ? ", (?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?)";
        parameters.insert(parameters.end(), {id.value, values[i].cell, values[i].value, values[i].denominator, static_cast<std::int64_t>(i)});
    }
    connection_.execute(sql, parameters);
}

bool MeasurementStore::decide(const Measurement& m, MeasurementStatus expected)
{
    return connection_.execute("UPDATE measurements SET status = ?, return_reason = ?, decided_by_name = ?, decided_at = ? WHERE id = ? AND status = ?",
                               {code_of(kStatuses, m.status), m.return_reason, m.decided_by_name, m.decided_at, m.id.value,
                                code_of(kStatuses, expected)}) == 1;
}

void MeasurementStore::make_current(const Measurement& m)
{
    connection_.execute("UPDATE measurements SET is_current = CASE WHEN id = ? THEN 1 ELSE 0 END"
                        " WHERE indicator_id = ? AND partnership_id = ? AND period_id = ?",
                        {m.id.value, m.indicator.value, m.partnership.value, m.period.value});
}

namespace {

// The approved current values the filter names, with `extra` columns after the ten of an
// ApprovedValue, in the order the filter's caller reads them.
std::vector<db::Row> approved_rows(db::Connection& connection, const ApprovedFilter& filter, const SourceFilter& narrower, std::string_view extra,
                                   std::string_view tail)
{
    std::string sql = "SELECT m.id, m.indicator_id, m.partnership_id, m.period_id, r.fiscal_year, r.number, p.country, v.cell, v.value, v.denominator" +
                      std::string(extra) +
                      " FROM measurements m JOIN measurement_values v ON v.measurement_id = m.id JOIN reporting_periods r ON r.id = m.period_id"
                      " JOIN partnerships p ON p.id = m.partnership_id WHERE m.status = 'approved' AND m.is_current = 1";
    db::Parameters parameters;
    if (filter.indicator) sql += " AND m.indicator_id = ?", parameters.push_back(filter.indicator->value);
    if (filter.partnership) sql += " AND m.partnership_id = ?", parameters.push_back(filter.partnership->value);
    if (filter.country) sql += " AND p.country = ?", parameters.push_back(*filter.country);
    if (filter.fiscal_year) sql += " AND r.fiscal_year = ?", parameters.push_back(*filter.fiscal_year);
    if (narrower.area) sql += " AND (';' || p.areas || ';') LIKE ?", parameters.push_back("%;" + *narrower.area + ";%");
    if (narrower.cell) {
        sql += " AND (v.cell = ? OR v.cell LIKE ? OR v.cell LIKE ?)";
        parameters.insert(parameters.end(), {*narrower.cell, *narrower.cell + "/%", "%/" + *narrower.cell});
    }
    return connection.query(sql + std::string(tail), parameters);
}

ApprovedValue read_approved(const db::Row& row)
{
    ApprovedValue v;
    v.measurement = MeasurementId{row.integer(0)};
    v.indicator = IndicatorId{row.integer(1)};
    v.partnership = PartnershipId{row.integer(2)};
    v.period = PeriodId{row.integer(3)};
    v.fiscal_year = static_cast<int>(row.integer(4));
    v.period_order = v.fiscal_year * 10 + static_cast<int>(row.integer(5));
    v.country = row.text(6);
    v.value = {row.text(7), row.integer(8), row.optional_integer(9)};
    return v;
}

}  // namespace

std::vector<ApprovedValue> MeasurementStore::approved_values(const ApprovedFilter& filter)
{
    std::vector<ApprovedValue> values;
    for (const auto& row : approved_rows(connection_, filter, {}, "", " ORDER BY m.indicator_id, m.partnership_id, r.fiscal_year, r.number, v.position"))
        values.push_back(read_approved(row));
    return values;
}

std::vector<ValueBehind> MeasurementStore::values_behind(const ApprovedFilter& filter, const SourceFilter& narrower, std::size_t most)
{
    std::vector<ValueBehind> values;
    for (const auto& row : approved_rows(connection_, filter, narrower, ", m.revision, m.entered_by_name, m.entered_at, m.decided_by_name, m.decided_at",
                                         " ORDER BY m.partnership_id, r.fiscal_year, r.number, v.position LIMIT " + std::to_string(most)))
        values.push_back({read_approved(row), static_cast<int>(row.integer(10)), row.text(11), row.text(13), row.integer(12), row.optional_integer(14)});
    return values;
}

std::vector<SummaryRow> SummaryStore::rows(IndicatorId indicator, const std::string& country, int fiscal_year)
{
    std::vector<SummaryRow> list;
    for (const auto& row : connection_.query(std::string(kSummaryColumns) + " WHERE indicator_id = ? AND country = ? AND fiscal_year = ?",
                                             {indicator.value, country, fiscal_year}))
        list.push_back(read_summary_row(row));
    return list;
}

std::vector<SummaryRow> SummaryStore::summary(std::string_view area, const std::optional<std::string>& country)
{
    std::vector<SummaryRow> list;
    std::string sql = std::string(kSummaryColumns) + " WHERE area = ?";
    db::Parameters parameters{area};
    if (country) sql += " AND country = ?", parameters.push_back(*country);
    for (const auto& row : connection_.query(sql, parameters)) list.push_back(read_summary_row(row));
    return list;
}

namespace {

constexpr std::string_view kTotalsColumns =
    "SELECT indicator_id, '', area, fiscal_year, cell, value_count, value_sum, weighted_sum, denominator_sum, latest_period,"
    " latest_sum, max_value FROM result_totals";
// Keeps each indicator's latest fiscal year, the one the dashboard shows. A join on the grouped
// years, not a correlated subquery, which PostgreSQL may run once per row; read from the totals,
// which have the summary's years without its countries.
constexpr std::string_view kLatestYearOnly =
    " JOIN (SELECT indicator_id AS latest_indicator, MAX(fiscal_year) AS latest_year FROM result_totals WHERE area = ?"
    " GROUP BY indicator_id) latest ON latest.latest_indicator = indicator_id AND latest.latest_year = fiscal_year";
// The countries' rows folded as combine() folds them: counts, sums and maxima add up; the
// latest figure is the latest period's, added over the countries that reported that period.
// Migration 0029 runs the same fold over the whole summary.
constexpr std::string_view kFoldCountries =
    "INSERT INTO result_totals (indicator_id, area, fiscal_year, cell, value_count, value_sum, weighted_sum, denominator_sum, latest_period,"
    " latest_sum, max_value) SELECT indicator_id, area, fiscal_year, cell, SUM(value_count), SUM(value_sum), SUM(weighted_sum),"
    " SUM(denominator_sum), MAX(latest_period), SUM(CASE WHEN latest_period = newest THEN latest_sum ELSE 0 END), MAX(max_value)"
    " FROM (SELECT indicator_id, area, fiscal_year, cell, value_count, value_sum, weighted_sum, denominator_sum, latest_period, latest_sum,"
    " max_value, MAX(latest_period) OVER (PARTITION BY indicator_id, area, fiscal_year, cell) AS newest FROM result_summary";
constexpr std::string_view kFoldCountriesEnd = ") countries GROUP BY indicator_id, area, fiscal_year, cell";

}  // namespace

std::vector<SummaryRow> SummaryStore::totals(std::string_view area, const std::optional<std::string>& country)
{
    if (country) return summary(area, country);
    std::vector<SummaryRow> list;
    for (const auto& row : connection_.query(std::string(kTotalsColumns) + " WHERE area = ?", {area})) list.push_back(read_summary_row(row));
    return list;
}

std::vector<SummaryRow> SummaryStore::by_area()
{
    std::vector<SummaryRow> list;
    const auto sql = std::string(kTotalsColumns) + std::string(kLatestYearOnly) + " WHERE area <> ?";
    for (const auto& row : connection_.query(sql, {kAllAreas, kAllAreas})) list.push_back(read_summary_row(row));
    return list;
}

std::vector<SummaryRow> SummaryStore::latest_year_by_country(std::string_view area)
{
    std::vector<SummaryRow> list;
    const auto sql = std::string(kSummaryColumns) + std::string(kLatestYearOnly) + " WHERE area = ?";
    for (const auto& row : connection_.query(sql, {area, area})) list.push_back(read_summary_row(row));
    return list;
}

void SummaryStore::refold_totals(IndicatorId indicator, int fiscal_year)
{
    connection_.execute("DELETE FROM result_totals WHERE indicator_id = ? AND fiscal_year = ?", {indicator.value, fiscal_year});
    connection_.execute(std::string(kFoldCountries) + " WHERE indicator_id = ? AND fiscal_year = ?" + std::string(kFoldCountriesEnd),
                        {indicator.value, fiscal_year});
}

void SummaryStore::refold_all_totals()
{
    connection_.execute("DELETE FROM result_totals");
    connection_.execute(std::string(kFoldCountries) + std::string(kFoldCountriesEnd));
}

void SummaryStore::write(const std::vector<SummaryRow>& rows)
{
    for (std::size_t start = 0; start < rows.size(); start += kRowsPerInsert) {
        std::string sql =
            "INSERT INTO result_summary (indicator_id, country, area, fiscal_year, cell, value_count, value_sum, weighted_sum, denominator_sum,"
            " latest_period, latest_sum, max_value) VALUES ";
        db::Parameters parameters;
        for (std::size_t i = start; i < rows.size() && i < start + kRowsPerInsert; ++i) {
            const auto& r = rows[i];
            const auto& a = r.accumulator;
            sql += i > start ? ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" : "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            parameters.insert(parameters.end(), {r.indicator.value, r.country, r.area, r.fiscal_year, r.cell, a.count, a.sum, a.weighted_sum,
                                                 a.denominator_sum, a.latest_period, a.latest_sum, a.maximum});
        }
        sql += " ON CONFLICT (indicator_id, country, area, fiscal_year, cell) DO UPDATE SET value_count = excluded.value_count,"
               " value_sum = excluded.value_sum, weighted_sum = excluded.weighted_sum, denominator_sum = excluded.denominator_sum,"
               " latest_period = excluded.latest_period, latest_sum = excluded.latest_sum, max_value = excluded.max_value";
        connection_.execute(sql, parameters);
    }
}

void SummaryStore::clear(IndicatorId indicator, const std::string& country, int fiscal_year)
{
    connection_.execute("DELETE FROM result_summary WHERE indicator_id = ? AND country = ? AND fiscal_year = ?", {indicator.value, country, fiscal_year});
}

void SummaryStore::clear_all() { connection_.execute("DELETE FROM result_summary"); }

}  // namespace pmi::results
