#include "iati/activity_xml.hpp"

#include "iati/xml_writer.hpp"

namespace pmi::iati {
namespace {

std::string code(auto value) { return std::to_string(static_cast<int>(value)); }

void narratives(XmlWriter& xml, const Narratives& text)
{
    for (const auto& [language, version] : text.versions()) {
        if (version.empty()) continue;
        xml.start("narrative");
        xml.attribute("xml:lang", language);
        xml.text(version);
        xml.end();
    }
}

void text_element(XmlWriter& xml, const char* name, const Narratives& text)
{
    xml.start(name);
    narratives(xml, text);
    xml.end();
}

void organisation(XmlWriter& xml, const char* name, const Organisation& org, const char* role = nullptr)
{
    xml.start(name);
    if (!org.ref.empty()) xml.attribute("ref", org.ref);
    if (!org.type.empty()) xml.attribute("type", org.type);
    if (role) xml.attribute("role", role);
    narratives(xml, org.name);
    xml.end();
}

void dated(XmlWriter& xml, const char* name, const std::string& date)
{
    xml.start(name);
    xml.attribute("iso-date", date);
    xml.end();
}

void value(XmlWriter& xml, long long cents, const std::string& date)
{
    xml.start("value");
    xml.attribute("currency", "CAD");
    xml.attribute("value-date", date);
    xml.text(decimal_from_cents(cents));
    xml.end();
}

void budgets(XmlWriter& xml, const std::vector<Budget>& list)
{
    for (const auto& budget : list) {
        xml.start("budget");
        xml.attribute("type", "1");    // original
        xml.attribute("status", "2");  // committed
        dated(xml, "period-start", budget.period_start);
        dated(xml, "period-end", budget.period_end);
        value(xml, budget.cents, budget.value_date);
        xml.end();
    }
}

void transactions(XmlWriter& xml, const std::vector<Transaction>& list)
{
    for (const auto& transaction : list) {
        xml.start("transaction");
        xml.start("transaction-type");
        xml.attribute("code", code(transaction.type));
        xml.end();
        dated(xml, "transaction-date", transaction.date);
        value(xml, transaction.cents, transaction.date);
        if (!transaction.description.empty()) text_element(xml, "description", transaction.description);
        xml.end();
    }
}

void result_value(XmlWriter& xml, const char* name, const ResultValue& v)
{
    xml.start(name);
    if (!v.value.empty()) xml.attribute("value", v.value);
    for (const auto& dimension : v.dimensions) {
        xml.start("dimension");
        xml.attribute("name", dimension.name);
        xml.attribute("value", dimension.value);
        xml.end();
    }
    xml.end();
}

// <reference vocabulary="99" code="…"/>: the program's own code of a result or indicator.
void reference(XmlWriter& xml, const std::string& code)
{
    if (code.empty()) return;
    xml.start("reference");
    xml.attribute("vocabulary", kOwnVocabulary);
    xml.attribute("code", code);
    xml.end();
}

void indicator(XmlWriter& xml, const ResultIndicator& i)
{
    xml.start("indicator");
    xml.attribute("measure", code(i.measure));
    xml.attribute("ascending", i.ascending ? "1" : "0");
    text_element(xml, "title", i.title);
    if (!i.description.empty()) text_element(xml, "description", i.description);
    reference(xml, i.ref);
    if (i.baseline) {
        xml.start("baseline");
        xml.attribute("year", std::to_string(i.baseline->year));
        if (!i.baseline->iso_date.empty()) xml.attribute("iso-date", i.baseline->iso_date);
        if (!i.baseline->value.empty()) xml.attribute("value", i.baseline->value);
        xml.end();
    }
    for (const auto& period : i.periods) {
        xml.start("period");
        dated(xml, "period-start", period.start);
        dated(xml, "period-end", period.end);
        for (const auto& target : period.targets) result_value(xml, "target", target);
        for (const auto& actual : period.actuals) result_value(xml, "actual", actual);
        xml.end();
    }
    xml.end();
}

void results(XmlWriter& xml, const std::vector<ActivityResult>& list)
{
    for (const auto& result : list) {
        xml.start("result");
        xml.attribute("type", code(result.type));
        text_element(xml, "title", result.title);
        if (!result.description.empty()) text_element(xml, "description", result.description);
        reference(xml, result.ref);
        for (const auto& i : result.indicators) indicator(xml, i);
        xml.end();
    }
}

// The elements in the order the 2.03 schema's sequence requires.
void activity(XmlWriter& xml, const Activity& a)
{
    xml.start("iati-activity");
    if (!a.last_updated.empty()) xml.attribute("last-updated-datetime", a.last_updated);
    xml.attribute("xml:lang", "en");
    xml.attribute("default-currency", a.default_currency);
    xml.attribute("hierarchy", std::to_string(a.hierarchy));
    xml.element("iati-identifier", a.identifier);
    organisation(xml, "reporting-org", a.reporting_org);
    text_element(xml, "title", a.title);
    xml.start("description");
    xml.attribute("type", "1");  // general
    narratives(xml, a.description);
    xml.end();
    for (const auto& p : a.participants) organisation(xml, "participating-org", p.organisation, code(p.role).c_str());
    xml.start("activity-status");
    xml.attribute("code", code(a.status));
    xml.end();
    for (const auto& date : a.dates) {
        xml.start("activity-date");
        xml.attribute("type", code(date.type));
        xml.attribute("iso-date", date.iso_date);
        xml.end();
    }
    const auto country_share = a.recipient_countries.empty() ? 0 : 100 / a.recipient_countries.size();
    for (std::size_t k = 0; k < a.recipient_countries.size(); ++k) {
        xml.start("recipient-country");
        xml.attribute("code", a.recipient_countries[k]);
        // Shares add up to 100: the first country takes what the division leaves.
        xml.attribute("percentage", std::to_string(country_share + (k == 0 ? 100 % a.recipient_countries.size() : 0)));
        xml.end();
    }
    for (const auto& sector : a.sectors) {
        xml.start("sector");
        xml.attribute("vocabulary", "1");
        xml.attribute("code", sector.code);
        xml.attribute("percentage", std::to_string(sector.percentage));
        xml.end();
    }
    budgets(xml, a.budgets);
    transactions(xml, a.transactions);
    if (!a.parent.empty()) {
        xml.start("related-activity");
        xml.attribute("ref", a.parent);
        xml.attribute("type", "1");  // parent
        xml.end();
    }
    results(xml, a.results);
    xml.end();
}

}  // namespace

std::string decimal_from_cents(long long cents)
{
    // Unsigned, so that the least amount has a magnitude too.
    const unsigned long long magnitude = cents < 0 ? 0ULL - static_cast<unsigned long long>(cents) : static_cast<unsigned long long>(cents);
    auto fraction = std::to_string(magnitude % 100);
    if (fraction.size() < 2) fraction.insert(0, "0");
    return (cents < 0 ? "-" : "") + std::to_string(magnitude / 100) + "." + fraction;
}

std::string activities_xml(const std::vector<Activity>& activities, const std::string& generated, const Progress& progress)
{
    XmlWriter xml;
    xml.start("iati-activities");
    xml.attribute("version", kVersion);
    xml.attribute("generated-datetime", generated);
    for (std::size_t k = 0; k < activities.size(); ++k) {
        activity(xml, activities[k]);
        if (progress) progress(k + 1, activities.size());
    }
    xml.end();
    return xml.finish();
}

}  // namespace pmi::iati
