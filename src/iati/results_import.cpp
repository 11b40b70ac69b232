#include "iati/results_import.hpp"

#include <algorithm>

#include "audit/audit_log.hpp"
#include "core/translator.hpp"
#include "partnerships/fiscal_year.hpp"
#include "partnerships/partnership_store.hpp"
#include "results/figures.hpp"
#include "results/measurement_store.hpp"
#include "results/periods.hpp"
#include "results/results_store.hpp"
#include "results/rules.hpp"
#include "results/summary.hpp"

namespace pmi::iati {
namespace {

using results::Level;

constexpr std::string_view kProgramLanguages[] = {"en", "fr", "es"};

std::string lowercase(std::string_view text)
{
    std::string lower;
    for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower;
}

std::string sex_cell(std::string_view value)
{
    static const std::pair<std::string_view, std::string_view> kSexes[] = {
        {"women", "women"}, {"woman", "women"}, {"female", "women"}, {"f", "women"}, {"2", "women"},
        {"men", "men"}, {"man", "men"}, {"male", "men"}, {"m", "men"}, {"1", "men"},
        {"other-gender", "other-gender"}, {"other", "other-gender"},
        {"sex-not-stated", "sex-not-stated"}, {"not stated", "sex-not-stated"}, {"unknown", "sex-not-stated"}, {"0", "sex-not-stated"}};
    const auto lower = lowercase(value);
    for (auto [name, cell] : kSexes)
        if (lower == name) return std::string(cell);
    return {};
}

// Our age groups: youth are 15 to 35, adults 36 and over; a range ("15-24", "36+") falls in
// one when it lies wholly within it.
std::string age_cell(std::string_view value)
{
    const auto lower = lowercase(value);
    if (lower == "youth" || lower == "adult") return lower;
    if (lower == "age-not-stated" || lower == "not stated" || lower == "unknown") return "age-not-stated";
    int from = -1, to = -1;
    char rest[4] = {};
    if (std::sscanf(lower.c_str(), "%d-%d%3s", &from, &to, rest) == 2 && from <= to) {
        if (from >= 15 && to <= 35) return "youth";
        if (from >= 36) return "adult";
    } else if (std::sscanf(lower.c_str(), "%d%3s", &from, rest) == 2 && std::string_view(rest) == "+" && from >= 36) {
        return "adult";
    }
    return {};
}

bool has_dimension(const ResultIndicator& indicator, std::string_view name)
{
    for (const auto& period : indicator.periods)
        for (const auto& actual : period.actuals)
            for (const auto& dimension : actual.dimensions)
                if (lowercase(dimension.name) == name) return true;
    return false;
}

// The levels of the logic model a result type stands for (result_type_of, backwards).
std::vector<Level> levels_of(ResultType type)
{
    switch (type) {
    case ResultType::Impact: return {Level::Ultimate};
    case ResultType::Outcome: return {Level::Intermediate, Level::Immediate};
    case ResultType::Output: break;
    }
    return {Level::Output};
}

bool among(const std::vector<Level>& levels, Level level) { return std::find(levels.begin(), levels.end(), level) != levels.end(); }

// "1110" → "111": codes of the logic model name their parent by a shorter stem ("11").
std::string_view stem(std::string_view code)
{
    while (code.size() > 1 && code.back() == '0') code.remove_suffix(1);
    return code;
}

// Equal in some language both texts have.
bool same_text(const LocalizedText& ours, const Narratives& theirs)
{
    for (const auto& [language, text] : theirs.versions())
        if (!text.empty() && ours.get(language) == text) return true;
    return false;
}

// How the report names a result or an indicator: the publisher's code, else its title, cut
// (before a character, not within one) so that a long title does not fill the report.
std::string label_of(const std::string& ref, const Narratives& title)
{
    constexpr std::size_t kLongest = 120;
    std::string label = ref.empty() ? title.pick("en").text : ref;
    if (label.size() <= kLongest) return label;
    std::size_t end = kLongest;
    while (end > 0 && (static_cast<unsigned char>(label[end]) & 0xC0) == 0x80) --end;
    return label.substr(0, end) + "…";
}

std::string period_text(const ResultPeriod& period) { return period.start + " – " + period.end; }

// One activity's results, imported within one transaction.
class ActivityResultsImport {
public:
    ActivityResultsImport(db::Connection& connection, const Actor& actor, Seconds now, const Activity& activity, std::vector<Unmapped>& unmapped)
        : connection_(connection), store_(connection), measurements_(connection), actor_(actor), now_(now), activity_(activity),
          unmapped_(unmapped), nodes_(store_.nodes()), indicators_(store_.indicators()), periods_(store_.periods())
    {
        imported_.activity = activity.identifier;
    }

    ImportedResults run(std::optional<partnerships::Partnership> partnership)
    {
        partnership_ = std::move(partnership);
        if (partnership_) imported_.partnership = partnership_->id.value;
        // Outcomes by the length of their code's stem, so that a parent is added before its children.
        std::vector<const ActivityResult*> ordered;
        for (const auto& result : activity_.results) ordered.push_back(&result);
        std::stable_sort(ordered.begin(), ordered.end(), [](const ActivityResult* a, const ActivityResult* b) {
            return std::pair(-static_cast<int>(a->type), stem(a->ref).size()) < std::pair(-static_cast<int>(b->type), stem(b->ref).size());
        });
        for (const auto* result : ordered) import_result(*result);
        return imported_;
    }

private:
    void skip(std::string element, const char* message, std::string value)
    {
        unmapped_.push_back({activity_.identifier, std::move(element), message, std::move(value)});
    }

    // The texts in the program's languages; the others are reported.
    std::map<std::string, std::string> texts(const Narratives& narratives, const std::string& element)
    {
        std::map<std::string, std::string> kept;
        for (const auto& [language, text] : narratives.versions()) {
            if (std::find(std::begin(kProgramLanguages), std::end(kProgramLanguages), language) != std::end(kProgramLanguages)) kept[language] = text;
            else skip(element + "/narrative/@xml:lang", N_("The program keeps texts in English, French and Spanish; the text in {1} was left out."), language);
        }
        return kept;
    }

    std::optional<results::Node> node_by_code(std::string_view code)
    {
        for (const auto& node : nodes_)
            if (node.code == code) return node;
        return std::nullopt;
    }

    void import_result(const ActivityResult& result)
    {
        auto node = node_of(result);
        if (!node) return;
        for (const auto& indicator : result.indicators) import_indicator(*node, indicator);
    }

    std::optional<results::Node> node_of(const ActivityResult& result)
    {
        const auto levels = levels_of(result.type);
        const auto label = label_of(result.ref, result.title);
        if (auto node = node_by_code(result.ref); node && !result.ref.empty()) {
            if (among(levels, node->level)) return node;
            skip("result/reference/@code", N_("The logic model's node {1} is not of this result's type; the result was left out."), result.ref);
            return std::nullopt;
        }
        for (const auto& node : nodes_)
            if (among(levels, node.level) && same_text(node.statement, result.title)) return node;
        return add_node(result, levels, label);
    }

    // A node of the code the publisher gave, under the node of the level above whose code's
    // stem is the longest start of its own.
    std::optional<results::Node> add_node(const ActivityResult& result, const std::vector<Level>& levels, const std::string& label)
    {
        if (result.ref.empty()) {
            skip("result", N_("No node of the logic model has the title of the result {1}, and the file gives no code to add it under; add it to the logic model and import again."), label);
            return std::nullopt;
        }
        std::optional<results::Node> parent;
        for (const auto& node : nodes_) {
            const auto code = stem(node.code);
            const bool above = among(levels, static_cast<Level>(static_cast<int>(node.level) + 1));
            if (above && stem(result.ref).starts_with(code) && code.size() < stem(result.ref).size() && (!parent || code.size() > stem(parent->code).size()))
                parent = node;
        }
        const bool ultimate = result.type == ResultType::Impact;
        if (ultimate ? std::any_of(nodes_.begin(), nodes_.end(), [](const auto& n) { return n.level == Level::Ultimate; }) : !parent) {
            skip("result/reference/@code", N_("The logic model has no place for the result {1}; add its parent (or, for an impact, change the ultimate outcome) and import again."), label);
            return std::nullopt;
        }
        const Level level = ultimate ? Level::Ultimate : static_cast<Level>(static_cast<int>(parent->level) + 1);
        if (level == Level::Intermediate) {
            skip("result", N_("The intermediate outcome {1} needs its programming area, which IATI files do not carry; add it to the logic model and import again."), label);
            return std::nullopt;
        }
        auto node = results::read_node({parent ? parent->code : "", std::string(results::code_of(results::kLevels, level)), result.ref, "",
                                        texts(result.title, "result/title")});
        if (!node.ok()) {
            skip("result", N_("The result {1} breaks a rule of the logic model (a code or a title); it was left out."), label);
            return std::nullopt;
        }
        if (parent) node->parent = parent->id, node->area = parent->level == Level::Ultimate ? "" : parent->area;
        node->id = store_.insert_node(*node, now_);
        audit::AuditLog(connection_).record(now_, actor_, "results.node.import", "result_node", std::to_string(node->id.value),
                                            node->code + " from " + activity_.identifier);
        nodes_.push_back(*node);
        ++imported_.nodes_added;
        return *node;
    }

    std::optional<results::Indicator> indicator_of(const results::Node& node, const ResultIndicator& in, const std::string& label)
    {
        for (const auto& indicator : indicators_) {
            if (!in.ref.empty() && indicator.code == in.ref) {
                if (indicator.node == node.id) return indicator;
                skip("indicator/reference/@code", N_("The indicator {1} measures another result in the logic model; it was left out."), in.ref);
                return std::nullopt;
            }
        }
        for (const auto& indicator : indicators_)
            if (indicator.node == node.id && same_text(indicator.name, in.title)) return indicator;
        return add_indicator(node, in, label);
    }

    std::string free_code(const results::Node& node, const std::string& ref)
    {
        auto taken = [&](const std::string& code) {
            return std::any_of(indicators_.begin(), indicators_.end(), [&](const auto& i) { return i.code == code; });
        };
        if (results::valid_code(ref) && !taken(ref)) return ref;
        for (int n = 1;; ++n)
            if (auto code = node.code + "." + std::to_string(n); !taken(code)) return code;
    }

    std::optional<results::Indicator> add_indicator(const results::Node& node, const ResultIndicator& in, const std::string& label)
    {
        using results::Unit;
        static const std::pair<Measure, Unit> kUnits[] = {
            {Measure::Unit, Unit::Number}, {Measure::Percentage, Unit::Percentage}, {Measure::Nominal, Unit::YesNo}, {Measure::Qualitative, Unit::Text}};
        results::IndicatorInput input;
        for (auto [measure, unit] : kUnits)
            if (measure == in.measure) input.unit = results::code_of(results::kUnits, unit);
        if (input.unit.empty()) {
            skip("indicator/@measure", N_("Ordinal indicators have no unit in the program; the indicator {1} was left out."), label);
            return std::nullopt;
        }
        input.node = node.code, input.code = free_code(node, in.ref);
        input.direction = in.ascending ? "higher" : "lower";
        // IATI values carry no denominator, so a percentage cannot be a weighted average: the
        // latest period's value stands for the year.
        input.aggregation = in.measure == Measure::Percentage ? "latest" : "sum";
        const bool by_sex = has_dimension(in, "sex"), by_age = has_dimension(in, "age");
        const bool cells = in.measure == Measure::Unit || in.measure == Measure::Percentage;
        using results::Disaggregation;
        const auto disaggregation = !cells ? Disaggregation::None
                                    : by_sex && by_age ? Disaggregation::SexAndAge
                                    : by_sex ? Disaggregation::Sex
                                    : by_age ? Disaggregation::Age : Disaggregation::None;
        input.disaggregation = results::code_of(results::kDisaggregations, disaggregation);
        input.frequency = "annual";
        for (const auto& period : in.periods)
            if (auto matched = reporting_period(period)) {
                input.frequency = results::code_of(results::kFrequencies, matched->frequency);
                break;
            }
        input.name = texts(in.title, "indicator/title"), input.definition = texts(in.description, "indicator/description");
        auto indicator = results::read_indicator(input);
        if (!indicator.ok()) {
            skip("indicator", N_("The indicator {1} breaks a rule of the program's indicators (its title, baseline or date); it was left out."), label);
            return std::nullopt;
        }
        indicator->node = node.id;
        indicator->id = store_.insert_indicator(*indicator, now_);
        audit::AuditLog(connection_).record(now_, actor_, "results.indicator.import", "indicator", std::to_string(indicator->id.value),
                                            indicator->code + " from " + activity_.identifier);
        indicators_.push_back(*indicator);
        ++imported_.indicators_added;
        return *indicator;
    }

    std::optional<results::Period> reporting_period(const ResultPeriod& period, std::optional<results::Frequency> frequency = std::nullopt)
    {
        for (const auto& p : periods_)
            if (p.starts == period.start && p.ends == period.end && (!frequency || p.frequency == *frequency)) return p;
        return std::nullopt;
    }

    void import_indicator(const results::Node& node, const ResultIndicator& in)
    {
        const auto label = label_of(in.ref, in.title);
        auto indicator = indicator_of(node, in, label);
        if (!indicator) return;
        bool changed = false;
        if (in.baseline) {
            auto value = results::parse_figure(in.baseline->value, "baseline");
            if (!value.ok()) {
                skip("indicator/baseline/@value", N_("The baseline of the indicator {1} is not a figure; it was left out."), indicator->code);
            } else if (!in.baseline->iso_date.empty() && !partnerships::parse_date(in.baseline->iso_date)) {
                skip("indicator/baseline/@iso-date", N_("The baseline date of the indicator {1} is not a date written as YYYY-MM-DD; the baseline was left out."), indicator->code);
            } else if (!indicator->baseline) {
                // The year is all a baseline must have: an undated one stands on the year's first day.
                indicator->baseline = *value, indicator->baseline_date = in.baseline->iso_date;
                if (indicator->baseline_date.empty() && in.baseline->year >= 1900 && in.baseline->year <= 9999)
                    indicator->baseline_date = std::to_string(in.baseline->year) + "-01-01";
                changed = true;
            } else if (*indicator->baseline != *value) {
                skip("indicator/baseline/@value", N_("The program's baseline of the indicator {1} differs from the file's; it was kept."), indicator->code);
            }
        }
        for (const auto& period : in.periods) {
            const auto matched = reporting_period(period, indicator->frequency);
            if (!matched) {
                skip("indicator/period", N_("The period {1} is not one of the program's reporting periods of this indicator's frequency; its targets and values were not imported."),
                     indicator->code + " " + period_text(period));
                continue;
            }
            changed = import_targets(*indicator, *matched, period) || changed;
            import_actuals(*indicator, *matched, period);
        }
        if (changed) store_.update_indicator(*indicator, now_);
    }

    // The yearly target of an annual period, once; true when the indicator gained it.
    bool import_targets(results::Indicator& indicator, const results::Period& period, const ResultPeriod& in)
    {
        bool gained = false;
        for (const auto& target : in.targets) {
            const auto where = indicator.code + " " + results::period_label(period);
            if (!target.dimensions.empty() || period.frequency != results::Frequency::Annual) {
                skip("indicator/period/target", N_("The program sets one target per indicator and fiscal year, without cells; the target {1} was left out."), where);
                continue;
            }
            auto value = results::parse_figure(target.value, "target");
            if (!value.ok()) {
                skip("indicator/period/target/@value", N_("The target {1} is not a figure; it was left out."), where);
                continue;
            }
            auto [known, added] = indicator.targets.emplace(period.fiscal_year, *value);
            if (added) ++imported_.targets_added, gained = true;
            else if (known->second != *value) skip("indicator/period/target/@value", N_("The program's target {1} differs from the file's; it was kept."), where);
        }
        return gained;
    }

    void import_actuals(const results::Indicator& indicator, const results::Period& period, const ResultPeriod& in)
    {
        if (in.actuals.empty()) return;
        const auto where = indicator.code + " " + results::period_label(period);
        if (!partnership_) {
            skip("indicator/period/actual", N_("The activity is not one of the program's partnerships, so its actual values {1} have no partnership to belong to; they were not imported."), where);
            return;
        }
        results::MeasurementInput input;
        for (const auto& actual : in.actuals) {
            const auto cell = cell_of(actual.dimensions);
            std::string dimensions;
            for (const auto& d : actual.dimensions) dimensions += " " + d.name + "=" + d.value;
            if (cell.empty()) skip("indicator/period/actual/dimension", N_("The dimensions {1} are not cells of the program's disaggregation by sex and age; the value was left out."), where + dimensions);
            else if (!input.values.emplace(cell, actual.value).second) skip("indicator/period/actual", N_("The file gives the value {1} twice; the second was left out."), where + dimensions);
        }
        auto read = results::read_measurement(indicator, input);
        if (!read.ok()) {
            skip("indicator/period/actual", N_("The actual values {1} break a rule of the indicator (a missing total or cell, a total that is not the sum of its cells, a value out of range); they were not imported."), where);
            return;
        }
        const auto latest = measurements_.latest(indicator.id, partnership_->id, period.id);
        if (latest && latest->status == results::MeasurementStatus::Approved && latest->values == read->values) {
            ++imported_.values_kept;
            return;
        }
        if (latest) {
            skip("indicator/period/actual", N_("The partnership has already reported other values for {1}; the file's values were not imported."), where);
            return;
        }
        if (period.locked) {
            skip("indicator/period/actual", N_("The period {1} is locked; unlock it to import its values."), where);
            return;
        }
        add_measurement(indicator, period, std::move(read->values));
    }

    // The values go in approved: the file is what its reporting organisation published, and
    // the export publishes only approved values, so drafts would wait for a review the
    // publisher has already done and leave the values out of the program's figures and file.
    // The audit entry names the activity and its reporting organisation as their source.
    void add_measurement(const results::Indicator& indicator, const results::Period& period, std::vector<results::CellValue> values)
    {
        results::Measurement m;
        m.indicator = indicator.id, m.partnership = partnership_->id, m.period = period.id, m.status = results::MeasurementStatus::Submitted;
        m.values = std::move(values);
        m.entered_by = actor_.user_id, m.entered_by_name = actor_.name, m.entered_at = now_;
        m.id = measurements_.insert(m);
        // Recorded as the store records any approval, with who decided and when.
        m.status = results::MeasurementStatus::Approved, m.decided_by_name = actor_.name, m.decided_at = now_;
        measurements_.decide(m, results::MeasurementStatus::Submitted);
        store_.lock_indicator(indicator.id);
        results::fold_into_summary(connection_, m, period, *partnership_);
        const auto& org = activity_.reporting_org;
        audit::AuditLog(connection_).record(now_, actor_, "results.measurement.import", "measurement", std::to_string(m.id.value),
                                            "from the IATI file of " + org.name.pick("en").text + " (" + org.ref + "), activity " +
                                                activity_.identifier + ": " + indicator.code + " " + results::period_label(period));
        ++imported_.values_added;
    }

    db::Connection& connection_;
    results::ResultsStore store_;
    results::MeasurementStore measurements_;
    const Actor& actor_;
    const Seconds now_;
    const Activity& activity_;
    std::vector<Unmapped>& unmapped_;
    std::vector<results::Node> nodes_;
    std::vector<results::Indicator> indicators_;
    const std::vector<results::Period> periods_;
    std::optional<partnerships::Partnership> partnership_;
    ImportedResults imported_;
};

}  // namespace

std::string cell_of(const std::vector<Dimension>& dimensions)
{
    std::string sex, age;
    for (const auto& dimension : dimensions) {
        const auto name = lowercase(dimension.name);
        auto& cell = name == "sex" ? sex : age;
        if ((name != "sex" && name != "age") || !cell.empty()) return {};
        cell = name == "sex" ? sex_cell(dimension.value) : age_cell(dimension.value);
        if (cell.empty()) return {};
    }
    if (sex.empty() && age.empty()) return std::string(results::kTotal);
    return sex.empty() ? age : age.empty() ? sex : sex + "/" + age;
}

Result<ImportedResults> ResultsImport::import(const Actor& actor, const Activity& activity, std::vector<Unmapped>& unmapped)
{
    if (!actor.runs_program()) return actor.signed_in() ? forbidden("Only program officers import IATI files.") : unauthenticated();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Result<ImportedResults> {
        std::optional<partnerships::Partnership> partnership;
        const auto prefix = reporting_org_ref_ + "-";
        if (!reporting_org_ref_.empty() && activity.identifier.starts_with(prefix)) {
            const auto id = activity.identifier.substr(prefix.size());
            if (!id.empty() && id.size() < 19 && id.find_first_not_of("0123456789") == std::string::npos)
                partnership = partnerships::PartnershipStore(*connection).find(partnerships::PartnershipId{std::stoll(id)});
        }
        return ActivityResultsImport(*connection, actor, clock_.now(), activity, unmapped).run(std::move(partnership));
    });
}

}  // namespace pmi::iati
