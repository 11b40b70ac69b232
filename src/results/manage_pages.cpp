// The officers' results pages: nodes of the logic model and indicators (each text in the
// site's languages), and the reporting periods with their locks.
#include <algorithm>

#include "core/translator.hpp"
#include "partnerships/fiscal_year.hpp"
#include "results/figures.hpp"
#include "results/pages.hpp"
#include "results/periods.hpp"
#include "results/rules.hpp"

namespace pmi::results {
namespace {

constexpr std::size_t kMostFieldBytes = 4 * kMostTextBytes;
constexpr std::string_view kNodeTexts[] = {"statement"};
constexpr std::string_view kIndicatorTexts[] = {"name", "definition", "denominator", "data_source", "collection_method", "responsibility"};
constexpr std::string_view kTextLabels[] = {N_("Statement"), N_("Name"), N_("Definition"), N_("Denominator of the weighted average"), N_("Data source"),
                                            N_("Collection method"), N_("Responsibility")};

std::string field(const web::Fields& form, const std::string& name) { return std::string(form.get(name).substr(0, kMostFieldBytes)); }

std::map<std::string, std::string> versions(const web::Fields& form, std::string_view name, const web::I18n& i18n)
{
    std::map<std::string, std::string> map;
    for (const auto& language : i18n.languages()) map[language.code] = field(form, std::string(name) + "-" + language.code);
    return map;
}

void refill_text(web::Fields& fields, std::string_view name, const LocalizedText& text)
{
    for (const auto& [language, version] : text.versions()) fields.add(std::string(name) + "-" + language, version);
}

std::string_view text_label(std::string_view name)
{
    if (name == "statement") return kTextLabels[0];
    for (std::size_t i = 0; i < std::size(kIndicatorTexts); ++i)
        if (kIndicatorTexts[i] == name) return kTextLabels[i + 1];
    return name;
}

// One TEXT section per language for each multilingual field of a form.
template <std::size_t N>
void text_fields(ctemplate::TemplateDictionary& form, const std::string_view (&names)[N], const web::Fields& fields, const std::vector<Error>& errors,
                 const web::I18n& i18n, std::string_view language)
{
    for (auto name : names)
        for (const auto& version : i18n.languages()) {
            const std::string id = std::string(name) + "-" + version.code;
            auto* text = form.AddSectionDictionary("TEXT");
            text->SetValue("FIELD", id);
            text->SetValue("LANGUAGE", version.code);
            text->SetValue("LABEL", i18n.translate(language, text_label(name)) + " (" + version.name + ")");
            text->SetValue("VALUE", std::string(fields.get(id)));
            for (const auto& e : errors)
                if (e.field == id) text->SetValueAndShowSection("ERROR", i18n.format(language, e.message, e.arguments), "INVALID");
        }
}

template <typename E, std::size_t N>
void choices(ctemplate::TemplateDictionary& form, const char* section, const std::array<Named<E>, N>& table, std::string_view selected,
             const web::I18n& i18n, std::string_view language)
{
    for (const auto& entry : table) {
        auto* option = form.AddSectionDictionary(section);
        option->SetValue("CODE", std::string(entry.code));
        option->SetValue("NAME", i18n.translate(language, entry.label));
        if (entry.code == selected) option->ShowSection("SELECTED");
    }
}

}  // namespace

web::Response ResultPages::manage_page(web::Exchange& exchange, const web::Fields& given, const Error* error)
{
    if (!exchange.actor.signed_in()) return web::refusal(views_, exchange, unauthenticated());
    if (!exchange.actor.runs_program()) return web::refusal(views_, exchange, forbidden());
    const auto model = results_.logic_model();
    const auto query = exchange.request.query();
    web::Fields fields = given;
    if (!fields.size())
        for (const auto& node : model.nodes)
            if (node.code == query.get("node")) {
                fields.add("form", "node"), fields.add("code", node.code), fields.add("level", std::string(code_of(kLevels, node.level)));
                fields.add("area", node.area);
                for (const auto& parent : model.nodes)
                    if (parent.id == node.parent) fields.add("parent", parent.code);
                refill_text(fields, "statement", node.statement);
            }
    if (!fields.size())
        for (const auto& i : model.indicators)
            if (i.code == query.get("indicator")) {
                fields.add("form", "indicator"), fields.add("code", i.code);
                for (const auto& node : model.nodes)
                    if (node.id == i.node) fields.add("node", node.code);
                fields.add("unit", std::string(code_of(kUnits, i.unit))), fields.add("direction", std::string(code_of(kDirections, i.direction)));
                fields.add("aggregation", std::string(code_of(kAggregations, i.aggregation)));
                fields.add("disaggregation", std::string(code_of(kDisaggregations, i.disaggregation)));
                fields.add("frequency", std::string(code_of(kFrequencies, i.frequency)));
                fields.add("baseline", i.baseline ? figure_text(*i.baseline) : ""), fields.add("baseline_date", i.baseline_date);
                std::string targets;
                for (const auto& [year, value] : i.targets) targets += partnerships::fiscal_year_label(year) + "=" + figure_text(value) + "\n";
                fields.add("targets", targets);
                for (std::size_t t = 0; t < std::size(kIndicatorTexts); ++t) {
                    const LocalizedText* texts[] = {&i.name, &i.definition, &i.denominator, &i.data_source, &i.collection_method, &i.responsibility};
                    refill_text(fields, kIndicatorTexts[t], *texts[t]);
                }
            }
    web::Page page(views_, exchange, "results/views/manage.tpl");
    page.title(page.t("Logic model and indicators"));
    auto& body = page.body();
    const auto& language = exchange.language;
    const bool indicator_form = fields.get("form") == "indicator";
    const std::vector<Error> errors = error ? flatten(*error) : std::vector<Error>{};
    const web::Fields empty;
    auto* node_form = body.AddSectionDictionary("NODE_FORM");
    auto* indicator_dictionary = body.AddSectionDictionary("INDICATOR_FORM");
    const auto& node_fields = indicator_form ? empty : fields;
    const auto& indicator_fields = indicator_form ? fields : empty;
    web::refill(*node_form, node_fields);
    web::refill(*indicator_dictionary, indicator_fields);
    for (auto* form : {node_form, indicator_dictionary}) form->SetValue("CSRF_TOKEN", exchange.csrf_token);
    text_fields(*node_form, kNodeTexts, node_fields, indicator_form ? std::vector<Error>{} : errors, views_.i18n, language);
    text_fields(*indicator_dictionary, kIndicatorTexts, indicator_fields, indicator_form ? errors : std::vector<Error>{}, views_.i18n, language);
    choices(*node_form, "LEVEL_OPTION", kLevels, node_fields.get("level"), views_.i18n, language);
    for (const auto& area : site_.areas()) {
        auto* option = node_form->AddSectionDictionary("AREA_OPTION");
        option->SetValue("CODE", area.code);
        option->SetValue("NAME", area.name.pick(language).text);
        if (area.code == node_fields.get("area")) option->ShowSection("SELECTED");
    }
    choices(*indicator_dictionary, "UNIT_OPTION", kUnits, indicator_fields.get("unit"), views_.i18n, language);
    choices(*indicator_dictionary, "DIRECTION_OPTION", kDirections, indicator_fields.get("direction"), views_.i18n, language);
    choices(*indicator_dictionary, "AGGREGATION_OPTION", kAggregations, indicator_fields.get("aggregation"), views_.i18n, language);
    choices(*indicator_dictionary, "DISAGGREGATION_OPTION", kDisaggregations, indicator_fields.get("disaggregation"), views_.i18n, language);
    choices(*indicator_dictionary, "FREQUENCY_OPTION", kFrequencies, indicator_fields.get("frequency"), views_.i18n, language);
    for (const auto& e : errors) {
        auto* form = indicator_form ? indicator_dictionary : node_form;
        form->SetValueAndShowSection("ERROR_" + e.field, views_.i18n.format(language, e.message, e.arguments), "INVALID_" + e.field);
    }
    for (const auto& node : model.nodes) {
        auto* row = body.AddSectionDictionary("NODE");
        row->SetValue("CODE", node.code);
        row->SetValue("STATEMENT", node.statement.pick(language).text);
        for (const auto& i : model.indicators)
            if (i.node == node.id) {
                auto* item = row->AddSectionDictionary("INDICATOR");
                item->SetValue("CODE", i.code);
                item->SetValue("NAME", i.name.pick(language).text);
            }
    }
    if (error) page.errors(errors);
    return page.render(error ? error_code_http_status(error->code) : 200);
}

web::Response ResultPages::manage(web::Exchange& exchange) { return manage_page(exchange, {}, nullptr); }

web::Response ResultPages::save_node(web::Exchange& exchange)
{
    auto form = exchange.request.form();
    NodeInput in{field(form, "parent").substr(0, 40), field(form, "level").substr(0, 40), field(form, "code").substr(0, 40), field(form, "area").substr(0, 60),
                 versions(form, "statement", views_.i18n)};
    auto saved = results_.save_node(exchange.actor, in);
    if (saved.ok()) return web::Response::redirect("/results?notice=saved");
    if (saved.error().code != ErrorCode::Invalid) return web::refusal(views_, exchange, saved.error());
    form.add("form", "node");
    return manage_page(exchange, form, &saved.error());
}

web::Response ResultPages::save_indicator(web::Exchange& exchange)
{
    auto form = exchange.request.form();
    IndicatorInput in;
    in.node = field(form, "node").substr(0, 40), in.code = field(form, "code").substr(0, 40);
    in.unit = field(form, "unit").substr(0, 40), in.direction = field(form, "direction").substr(0, 40);
    in.aggregation = field(form, "aggregation").substr(0, 40), in.disaggregation = field(form, "disaggregation").substr(0, 40);
    in.frequency = field(form, "frequency").substr(0, 40);
    in.baseline = field(form, "baseline").substr(0, 40), in.baseline_date = field(form, "baseline_date").substr(0, 40);
    std::map<std::string, std::string>* texts[] = {&in.name, &in.definition, &in.denominator, &in.data_source, &in.collection_method, &in.responsibility};
    for (std::size_t t = 0; t < std::size(kIndicatorTexts); ++t) *texts[t] = versions(form, kIndicatorTexts[t], views_.i18n);
    // Targets are written one a line, "2026-27=120".
    const auto targets = field(form, "targets");
    std::size_t start = 0;
    while (start < targets.size() && in.targets.size() <= kMostTargets) {
        auto end = targets.find('\n', start);
        if (end == std::string::npos) end = targets.size();
        const auto line = targets.substr(start, end - start);
        if (auto equals = line.find('='); equals != std::string::npos) in.targets[line.substr(0, equals)] = line.substr(equals + 1);
        else if (line.find_first_not_of(" \r\t") != std::string::npos) in.targets[line] = "";
        start = end + 1;
    }
    auto saved = results_.save_indicator(exchange.actor, in);
    if (saved.ok()) return web::Response::redirect("/results?notice=saved");
    if (saved.error().code != ErrorCode::Invalid) return web::refusal(views_, exchange, saved.error());
    form.add("form", "indicator");
    return manage_page(exchange, form, &saved.error());
}

web::Response ResultPages::periods(web::Exchange& exchange)
{
    if (!exchange.actor.signed_in()) return web::refusal(views_, exchange, unauthenticated());
    if (!exchange.actor.runs_program()) return web::refusal(views_, exchange, forbidden());
    web::Page page(views_, exchange, "results/views/periods.tpl");
    page.title(page.t("Reporting periods"));
    auto& body = page.body();
    for (const auto& p : results_.periods()) {
        auto* row = body.AddSectionDictionary("PERIOD");
        row->SetIntValue("ID", static_cast<long>(p.id.value));
        row->SetValue("NAME", period_label(p));
        row->SetValue("FREQUENCY", page.t(label_of(kFrequencies, p.frequency)));
        row->SetValue("DATES", p.starts + " – " + p.ends);
        row->SetValue("CSRF_TOKEN", exchange.csrf_token);
        row->ShowSection(p.locked ? "LOCKED" : "OPEN");
    }
    return page.render();
}

web::Response ResultPages::generate_periods(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const auto first = partnerships::parse_fiscal_year(form.get("first").substr(0, 10));
    const auto last = partnerships::parse_fiscal_year(form.get("last").substr(0, 10));
    auto added = results_.generate_periods(exchange.actor, first, last);
    if (!added.ok()) return web::refusal(views_, exchange, added.error());
    return web::Response::redirect("/manage/results/periods?notice=saved");
}

web::Response ResultPages::lock_period(web::Exchange& exchange)
{
    const auto form = exchange.request.form();
    const PeriodId id{std::atoll(std::string(exchange.request.path_parameter("period").substr(0, 18)).c_str())};
    auto locked = results_.lock_period(exchange.actor, id, form.get("lock") == "yes" ? Lock::Locked : Lock::Unlocked);
    if (!locked.ok()) return web::refusal(views_, exchange, locked.error());
    return web::Response::redirect("/manage/results/periods?notice=saved");
}

}  // namespace pmi::results
