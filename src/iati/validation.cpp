#include "iati/validation.hpp"

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <algorithm>

#include "core/translator.hpp"
#include "iati/standard.hpp"
#include "iati/xml_tree.hpp"

namespace pmi::iati {
namespace {

struct SchemaErrors {
    std::vector<Problem> problems;
};

// The iati-identifier of the activity that holds `node`, so a schema error names its activity.
std::string activity_of(xmlNodePtr node)
{
    for (; node; node = node->parent) {
        if (!named(node, "iati-activity")) continue;
        for (xmlNodePtr child = node->children; child; child = child->next)
            if (named(child, "iati-identifier")) return element_text(child);
    }
    return {};
}

void collect(void* data, const xmlError* error)
{
    auto& errors = *static_cast<SchemaErrors*>(data);
    if (errors.problems.size() >= 200) return;  // a broken writer would repeat one fault per activity
    std::string detail = error->message ? error->message : "";
    while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
    auto* node = static_cast<xmlNodePtr>(error->node);
    errors.problems.push_back({Severity::Critical, activity_of(node),
                               node && node->name ? reinterpret_cast<const char*>(node->name) : "",
                               N_("The file does not follow the IATI 2.03 schema at line {2}, {1}"),
                               {detail, std::to_string(error->line)}, ""});
}

struct CodeCheck {
    const char* list;
    std::string element;
    std::string value;
};

void check_codes(const Activity& activity, const std::vector<CodeCheck>& checks, std::vector<Problem>& problems)
{
    for (const auto& check : checks) {
        const auto& list = standard().codelist(check.list);
        if (list.has(check.value)) continue;
        problems.push_back({Severity::Error, activity.identifier, check.element,
                            list.withdrawn.contains(check.value) ? N_("The code {1} was withdrawn from the IATI code list; choose a current one.")
                                                                 : N_("The code {1} is not in the IATI code list; choose one from the list."),
                            {check.value}, activity.edit_path});
    }
}

std::string code(auto value) { return std::to_string(static_cast<int>(value)); }

std::vector<CodeCheck> codes_of(const Activity& a)
{
    std::vector<CodeCheck> checks{{"ActivityStatus", "activity-status/@code", code(a.status)},
                                  {"Currency", "iati-activity/@default-currency", a.default_currency}};
    if (!a.reporting_org.type.empty()) checks.push_back({"OrganisationType", "reporting-org/@type", a.reporting_org.type});
    for (const auto& p : a.participants) {
        checks.push_back({"OrganisationRole", "participating-org/@role", code(p.role)});
        if (!p.organisation.type.empty()) checks.push_back({"OrganisationType", "participating-org/@type", p.organisation.type});
    }
    for (const auto& date : a.dates) checks.push_back({"ActivityDateType", "activity-date/@type", code(date.type)});
    for (const auto& country : a.recipient_countries) checks.push_back({"Country", "recipient-country/@code", country});
    for (const auto& sector : a.sectors) checks.push_back({"Sector", "sector/@code", sector.code});
    for (const auto& transaction : a.transactions)
        checks.push_back({"TransactionType", "transaction-type/@code", code(transaction.type)});
    for (const auto& result : a.results) {
        checks.push_back({"ResultType", "result/@type", code(result.type)});
        for (const auto& indicator : result.indicators) checks.push_back({"IndicatorMeasure", "indicator/@measure", code(indicator.measure)});
    }
    for (const auto* text : {&a.title, &a.description})
        for (const auto& [language, version] : text->versions()) checks.push_back({"Language", "narrative/@xml:lang", language});
    if (!a.budgets.empty()) {
        checks.push_back({"BudgetType", "budget/@type", "1"});
        checks.push_back({"BudgetStatus", "budget/@status", "2"});
    }
    return checks;
}

void recommendations(const Activity& a, std::vector<Problem>& problems)
{
    auto warn = [&](const char* element, const char* message) {
        problems.push_back({Severity::Warning, a.identifier, element, message, {}, a.edit_path});
    };
    if (a.reporting_org.ref.empty()) warn("reporting-org/@ref", N_("No reporting organisation identifier. Set iati.reporting_org_ref in the configuration."));
    if (a.hierarchy == 1) {
        // The program's own activity: its figures live in the partnerships.
        if (a.sectors.empty()) warn("sector", N_("No sector. Add the program's programming areas."));
        if (a.budgets.empty()) warn("budget", N_("No budget for the program itself; its partnerships report theirs."));
        return;
    }
    if (a.sectors.empty()) warn("sector", N_("No sector. Choose the partnership's programming areas."));
    if (a.budgets.empty()) warn("budget", N_("No budget. Add the partnership's budget lines by fiscal year."));
    if (a.recipient_countries.empty()) warn("recipient-country", N_("No recipient country. Set the partnership's country."));
    if (a.description.empty()) warn("description", N_("No description. Write the partnership's summary."));
    if (a.dates.empty()) warn("activity-date", N_("No start date. Set the partnership's start and end dates."));
}

}  // namespace

std::string_view severity_code(Severity severity)
{
    switch (severity) {
        case Severity::Critical: return "critical";
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
    }
    return "warning";
}

std::vector<Problem> schema_problems(std::string_view xml)
{
    SchemaErrors errors;
    xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, "UTF-8", XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE);
    if (!doc) return {{Severity::Critical, "", "iati-activities", N_("The file is not well-formed XML."), {}, ""}};
    xmlSchemaValidCtxtPtr context = xmlSchemaNewValidCtxt(standard().schema());
    xmlSchemaSetValidStructuredErrors(context, reinterpret_cast<xmlStructuredErrorFunc>(collect), &errors);
    xmlSchemaValidateDoc(context, doc);
    xmlSchemaFreeValidCtxt(context);
    xmlFreeDoc(doc);
    return errors.problems;
}

std::vector<Problem> codelist_problems(const std::vector<Activity>& activities)
{
    std::vector<Problem> problems;
    for (const auto& activity : activities) {
        check_codes(activity, codes_of(activity), problems);
        recommendations(activity, problems);
    }
    return problems;
}

std::vector<Problem> validate(const std::vector<Activity>& activities, std::string_view xml)
{
    auto problems = schema_problems(xml);
    auto more = codelist_problems(activities);
    problems.insert(problems.end(), more.begin(), more.end());
    std::stable_sort(problems.begin(), problems.end(), [](const Problem& a, const Problem& b) { return a.severity < b.severity; });
    return problems;
}

}  // namespace pmi::iati
