#include "iati/activity_reader.hpp"

#include <libxml/parser.h>

#include "core/translator.hpp"
#include "iati/xml_tree.hpp"

#include <cstring>
#include <memory>

namespace pmi::iati {
namespace {

// xml:lang is in the XML namespace, which xmlGetProp does not match by its prefix.
std::string language_of(xmlNodePtr node)
{
    xmlChar* value = xmlGetNsProp(node, reinterpret_cast<const xmlChar*>("lang"), XML_XML_NAMESPACE);
    std::string text = value ? reinterpret_cast<const char*>(value) : "";
    xmlFree(value);
    return text;
}

template <typename Enum>
std::optional<Enum> code_in(const std::string& text, std::initializer_list<Enum> allowed)
{
    for (auto value : allowed)
        if (text == std::to_string(static_cast<int>(value))) return value;
    return std::nullopt;
}

// One activity's reading: each element the activity holds is taken, anything else reported.
class ActivityReading {
public:
    ActivityReading(std::vector<Unmapped>& unmapped, std::string default_language)
        : unmapped_(unmapped), default_language_(std::move(default_language)) {}

    Activity read(xmlNodePtr node);

private:
    void skip(const std::string& element, const std::string& value = "", const char* message = nullptr)
    {
        unmapped_.push_back({activity_.identifier, element,
                             message ? message : N_("The element {1} has no place in the program's activities and was left out."),
                             value.empty() ? element : value});
    }
    Narratives narratives(xmlNodePtr node, const std::string& path);
    Organisation organisation(xmlNodePtr node, const std::string& path);
    void child(xmlNodePtr node);
    void participant(xmlNodePtr node);
    void date(xmlNodePtr node);
    void sector(xmlNodePtr node);
    void budget(xmlNodePtr node);
    void transaction(xmlNodePtr node);
    void result(xmlNodePtr node);
    ResultIndicator indicator(xmlNodePtr node);
    ResultPeriod period(xmlNodePtr node);
    ResultValue result_value(xmlNodePtr node, const std::string& path);
    std::string dated(xmlNodePtr parent, const char* name);
    void reference(xmlNodePtr node, const std::string& path, std::string& ref);

    std::vector<Unmapped>& unmapped_;
    std::string default_language_;
    Activity activity_;
};

Narratives ActivityReading::narratives(xmlNodePtr node, const std::string& path)
{
    Narratives text;
    for (xmlNodePtr n = node->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE) continue;
        if (!named(n, "narrative")) {
            skip(path + "/" + reinterpret_cast<const char*>(n->name));
            continue;
        }
        auto language = language_of(n);
        text.set(language.empty() ? default_language_ : language, element_text(n));
    }
    return text;
}

Organisation ActivityReading::organisation(xmlNodePtr node, const std::string& path)
{
    return {attribute(node, "ref"), attribute(node, "type"), narratives(node, path)};
}

void ActivityReading::participant(xmlNodePtr node)
{
    auto role = code_in(attribute(node, "role"), {OrganisationRole::Funding, OrganisationRole::Accountable, OrganisationRole::Extending,
                                                   OrganisationRole::Implementing});
    if (!role) return skip("participating-org/@role", attribute(node, "role"), N_("The organisation role {1} is not an IATI role; the organisation was left out."));
    activity_.participants.push_back({*role, organisation(node, "participating-org")});
}

void ActivityReading::date(xmlNodePtr node)
{
    auto type = code_in(attribute(node, "type"), {DateType::PlannedStart, DateType::ActualStart, DateType::PlannedEnd, DateType::ActualEnd});
    if (!type) return skip("activity-date/@type", attribute(node, "type"), N_("The date type {1} is not an IATI date type; the date was left out."));
    activity_.dates.push_back({*type, attribute(node, "iso-date")});
}

void ActivityReading::sector(xmlNodePtr node)
{
    const auto vocabulary = attribute(node, "vocabulary");
    if (!vocabulary.empty() && vocabulary != "1")
        return skip("sector/@vocabulary", vocabulary, N_("Only DAC 5-digit sectors (vocabulary 1) are read; the sector of vocabulary {1} was left out."));
    const auto percentage = attribute(node, "percentage");
    activity_.sectors.push_back({attribute(node, "code"), percentage.empty() ? 100 : std::atoi(percentage.c_str())});
}

std::string ActivityReading::dated(xmlNodePtr parent, const char* name)
{
    for (xmlNodePtr n = parent->children; n; n = n->next)
        if (named(n, name)) return attribute(n, "iso-date");
    return {};
}

void ActivityReading::budget(xmlNodePtr node)
{
    Budget b{dated(node, "period-start"), dated(node, "period-end"), 0, ""};
    for (xmlNodePtr n = node->children; n; n = n->next)
        if (named(n, "value")) {
            const auto cents = cents_from_decimal(element_text(n));
            const auto currency = attribute(n, "currency");
            if (!cents || (!currency.empty() && currency != "CAD"))
                return skip("budget/value", element_text(n) + " " + currency, N_("The budget {1} is not an amount in Canadian dollars; it was left out."));
            b.cents = *cents, b.value_date = attribute(n, "value-date");
        }
    activity_.budgets.push_back(b);
}

void ActivityReading::transaction(xmlNodePtr node)
{
    Transaction t;
    for (xmlNodePtr n = node->children; n; n = n->next) {
        if (named(n, "transaction-type")) {
            auto type = code_in(attribute(n, "code"), {TransactionType::Disbursement, TransactionType::Expenditure});
            if (!type)
                return skip("transaction/transaction-type/@code", attribute(n, "code"),
                            N_("Only disbursements (3) and expenditures (4) are read; the transaction of type {1} was left out."));
            t.type = *type;
        } else if (named(n, "transaction-date")) {
            t.date = attribute(n, "iso-date");
        } else if (named(n, "value")) {
            const auto cents = cents_from_decimal(element_text(n));
            const auto currency = attribute(n, "currency");
            if (!cents || (!currency.empty() && currency != "CAD"))
                return skip("transaction/value", element_text(n) + " " + currency, N_("The transaction {1} is not an amount in Canadian dollars; it was left out."));
            t.cents = *cents;
        } else if (named(n, "description")) {
            t.description = narratives(n, "transaction/description");
        } else if (n->type == XML_ELEMENT_NODE) {
            skip(std::string("transaction/") + reinterpret_cast<const char*>(n->name));
        }
    }
    activity_.transactions.push_back(std::move(t));
}

// Only the publisher's own codes (vocabulary 99) name a node or an indicator of a logic model.
void ActivityReading::reference(xmlNodePtr node, const std::string& path, std::string& ref)
{
    const auto vocabulary = attribute(node, "vocabulary");
    if (vocabulary == kOwnVocabulary && ref.empty()) ref = attribute(node, "code");
    else skip(path + "/@vocabulary", vocabulary, N_("Only references in the publisher's own codes (vocabulary 99) are read; the reference of vocabulary {1} was left out."));
}

ResultValue ActivityReading::result_value(xmlNodePtr node, const std::string& path)
{
    ResultValue v{attribute(node, "value"), {}};
    for (xmlNodePtr n = node->children; n; n = n->next) {
        if (named(n, "dimension")) v.dimensions.push_back({attribute(n, "name"), attribute(n, "value")});
        else if (n->type == XML_ELEMENT_NODE) skip(path + "/" + reinterpret_cast<const char*>(n->name));
    }
    return v;
}

ResultPeriod ActivityReading::period(xmlNodePtr node)
{
    ResultPeriod p{dated(node, "period-start"), dated(node, "period-end"), {}, {}};
    for (xmlNodePtr n = node->children; n; n = n->next) {
        if (named(n, "target")) p.targets.push_back(result_value(n, "period/target"));
        else if (named(n, "actual")) p.actuals.push_back(result_value(n, "period/actual"));
        else if (n->type == XML_ELEMENT_NODE && !named(n, "period-start") && !named(n, "period-end"))
            skip(std::string("period/") + reinterpret_cast<const char*>(n->name));
    }
    return p;
}

ResultIndicator ActivityReading::indicator(xmlNodePtr node)
{
    ResultIndicator i;
    i.measure = code_in(attribute(node, "measure"), {Measure::Unit, Measure::Percentage, Measure::Nominal, Measure::Ordinal, Measure::Qualitative})
                    .value_or(Measure::Unit);
    i.ascending = attribute(node, "ascending") != "0" && attribute(node, "ascending") != "false";
    for (xmlNodePtr n = node->children; n; n = n->next) {
        if (named(n, "title")) i.title = narratives(n, "indicator/title");
        else if (named(n, "description")) i.description = narratives(n, "indicator/description");
        else if (named(n, "reference")) reference(n, "indicator/reference", i.ref);
        else if (named(n, "baseline")) i.baseline = Baseline{std::atoi(attribute(n, "year").c_str()), attribute(n, "iso-date"), attribute(n, "value")};
        else if (named(n, "period")) i.periods.push_back(period(n));
        else if (n->type == XML_ELEMENT_NODE) skip(std::string("indicator/") + reinterpret_cast<const char*>(n->name));
    }
    return i;
}

void ActivityReading::result(xmlNodePtr node)
{
    auto type = code_in(attribute(node, "type"), {ResultType::Output, ResultType::Outcome, ResultType::Impact});
    if (!type) return skip("result/@type", attribute(node, "type"), N_("The result type {1} is not output, outcome or impact; the result was left out."));
    ActivityResult r{*type, {}, {}, {}, {}};
    for (xmlNodePtr n = node->children; n; n = n->next) {
        if (named(n, "title")) r.title = narratives(n, "result/title");
        else if (named(n, "description")) r.description = narratives(n, "result/description");
        else if (named(n, "reference")) reference(n, "result/reference", r.ref);
        else if (named(n, "indicator")) r.indicators.push_back(indicator(n));
        else if (n->type == XML_ELEMENT_NODE) skip(std::string("result/") + reinterpret_cast<const char*>(n->name));
    }
    activity_.results.push_back(std::move(r));
}

void ActivityReading::child(xmlNodePtr n)
{
    static const std::pair<const char*, void (ActivityReading::*)(xmlNodePtr)> kReaders[] = {
        {"participating-org", &ActivityReading::participant}, {"activity-date", &ActivityReading::date},
        {"sector", &ActivityReading::sector},                 {"budget", &ActivityReading::budget},
        {"transaction", &ActivityReading::transaction},       {"result", &ActivityReading::result}};
    for (auto [name, reader] : kReaders)
        if (named(n, name)) return (this->*reader)(n);
    if (named(n, "iati-identifier")) activity_.identifier = element_text(n);
    else if (named(n, "reporting-org")) activity_.reporting_org = organisation(n, "reporting-org");
    else if (named(n, "title")) activity_.title = narratives(n, "title");
    else if (named(n, "description")) {
        const auto type = attribute(n, "type");
        if ((type.empty() || type == "1") && activity_.description.empty()) activity_.description = narratives(n, "description");
        else skip("description", type, N_("Only the general description is read; the description of type {1} was left out."));
    } else if (named(n, "activity-status")) {
        auto status = code_in(attribute(n, "code"), {ActivityStatus::Pipeline, ActivityStatus::Implementation, ActivityStatus::Finalisation,
                                                     ActivityStatus::Closed, ActivityStatus::Cancelled, ActivityStatus::Suspended});
        if (status) activity_.status = *status;
        else skip("activity-status/@code", attribute(n, "code"), N_("The activity status {1} is not an IATI status; it was left out."));
    } else if (named(n, "related-activity") && attribute(n, "type") == "1" && activity_.parent.empty()) {
        activity_.parent = attribute(n, "ref");
    } else if (named(n, "recipient-country")) activity_.recipient_countries.push_back(attribute(n, "code"));
    else skip(reinterpret_cast<const char*>(n->name));
}

Activity ActivityReading::read(xmlNodePtr node)
{
    const auto currency = attribute(node, "default-currency");
    activity_.default_currency = currency.empty() ? "CAD" : currency;
    activity_.last_updated = attribute(node, "last-updated-datetime");
    if (const auto hierarchy = attribute(node, "hierarchy"); !hierarchy.empty()) activity_.hierarchy = std::atoi(hierarchy.c_str());
    // The identifier first, so that what is left out of the activity names it.
    for (xmlNodePtr n = node->children; n; n = n->next)
        if (named(n, "iati-identifier")) activity_.identifier = element_text(n);
    for (xmlNodePtr n = node->children; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE) child(n);
    return std::move(activity_);
}

}  // namespace

std::optional<long long> cents_from_decimal(std::string_view text)
{
    bool negative = !text.empty() && text.front() == '-';
    if (negative) text.remove_prefix(1);
    long long units = 0, fraction = 0;
    int decimals = 0;
    bool dot = false, digits = false;
    for (char c : text) {
        if (c == '.' && !dot) {
            dot = true;
        } else if (c >= '0' && c <= '9') {
            digits = true;
            if (!dot) {
                if (units > 1'000'000'000'000LL) return std::nullopt;
                units = units * 10 + (c - '0');
            } else if (decimals < 3) {
                fraction = fraction * 10 + (c - '0');
                ++decimals;
            }
        } else {
            return std::nullopt;
        }
    }
    if (!digits) return std::nullopt;
    while (decimals < 3) fraction *= 10, ++decimals;
    const long long cents = units * 100 + (fraction + 5) / 10;
    return negative ? -cents : cents;
}

Result<ReadActivities> read_activities(std::string_view xml)
{
    if (xml.size() > kMaxImportBytes)
        return Error(ErrorCode::PayloadTooLarge, "file", "The file is larger than {1} MB; split it into several files.",
                     {std::to_string(kMaxImportBytes / 1024 / 1024)});
    // IATI files have no document type: one that declares one is how entity bombs and
    // external entities get in, so it is refused before parsing (the file is read as UTF-8
    // whatever it declares, so the declaration cannot hide in another encoding).
    if (xml.find("<!DOCTYPE") != std::string_view::npos || xml.find("<!ENTITY") != std::string_view::npos)
        return invalid("file", "The file declares a document type, which IATI files never do; it was not read.");
    xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, "UTF-8",
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc) return invalid("file", "The file is not well-formed XML; check that it is an IATI activity file.");
    std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> owned(doc, xmlFreeDoc);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (doc->intSubset || !root || !named(root, "iati-activities"))
        return invalid("file", "The file is not an IATI activity file; its root element must be iati-activities.");
    const auto version = attribute(root, "version");
    if (!version.starts_with("2.0"))
        return invalid("file", "The file is of IATI version {1}; only versions 2.01 to 2.03 are read.", {version.empty() ? "?" : version});
    ReadActivities read;
    for (xmlNodePtr n = root->children; n; n = n->next) {
        if (!named(n, "iati-activity")) continue;
        const auto language = language_of(n);
        read.activities.push_back(ActivityReading(read.unmapped, language.empty() ? "en" : language).read(n));
    }
    return read;
}

}  // namespace pmi::iati
