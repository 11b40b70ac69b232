// The IATI export: activities built from any bytes (titles, descriptions, narratives in any
// language with control characters or invalid UTF-8, codes, dates, huge amounts) are
// written as a file that is well-formed XML in valid UTF-8 without a character XML 1.0
// forbids, which the IATI reader reads back with every activity and amount it holds.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/money.hpp"
#include "core/text.hpp"
#include "iati/activity_reader.hpp"
#include "iati/activity_xml.hpp"

namespace {

using namespace pmi::iati;

class ActivityMaker {
public:
    explicit ActivityMaker(FuzzedDataProvider& in) : in_(in) {}

    Activity activity()
    {
        Activity a;
        a.identifier = text(), a.hierarchy = in_.ConsumeIntegral<int>(), a.parent = text();
        a.reporting_org = organisation();
        a.title = narratives(), a.description = narratives();
        for (int k = count(); k > 0; --k) a.participants.push_back({in_.PickValueInArray(kRoles), organisation()});
        a.status = static_cast<ActivityStatus>(in_.ConsumeIntegralInRange(1, 6));
        for (int k = count(); k > 0; --k) a.dates.push_back({static_cast<DateType>(in_.ConsumeIntegralInRange(1, 4)), text()});
        for (int k = count(); k > 0; --k) a.recipient_countries.push_back(text());
        for (int k = count(); k > 0; --k) a.sectors.push_back({text(), in_.ConsumeIntegral<int>()});
        for (int k = count(); k > 0; --k) a.budgets.push_back({text(), text(), cents(), text()});
        for (int k = count(); k > 0; --k)
            a.transactions.push_back({in_.ConsumeBool() ? TransactionType::Disbursement : TransactionType::Expenditure, text(),
                                      cents(), narratives()});
        for (int k = count(); k > 0; --k) a.results.push_back(result());
        a.default_currency = text(), a.last_updated = text();
        return a;
    }

private:
    static constexpr OrganisationRole kRoles[] = {OrganisationRole::Funding, OrganisationRole::Accountable,
                                                  OrganisationRole::Extending, OrganisationRole::Implementing};

    int count() { return in_.ConsumeIntegralInRange(0, 3); }
    // Any amount the program holds (numbers.cpp writes every 64-bit one).
    long long cents() { return in_.ConsumeIntegralInRange(-pmi::Money::kMostCents, pmi::Money::kMostCents); }
    std::string text() { return in_.ConsumeRandomLengthString(300); }

    Narratives narratives()
    {
        Narratives n;
        for (int k = count(); k > 0; --k) {
            auto language = text();
            n.set(language, text());
        }
        return n;
    }

    Organisation organisation() { return {text(), text(), narratives()}; }

    ResultValue value()
    {
        ResultValue v{text(), {}};
        for (int k = count(); k > 0; --k) v.dimensions.push_back({text(), text()});
        return v;
    }

    ResultIndicator indicator()
    {
        ResultIndicator i;
        i.measure = static_cast<Measure>(in_.ConsumeIntegralInRange(1, 5)), i.ascending = in_.ConsumeBool();
        i.title = narratives(), i.description = narratives(), i.ref = text();
        if (in_.ConsumeBool()) i.baseline = Baseline{in_.ConsumeIntegral<int>(), text(), text()};
        for (int k = count(); k > 0; --k) {
            ResultPeriod p{text(), text(), {}, {}};
            for (int t = count(); t > 0; --t) p.targets.push_back(value());
            for (int t = count(); t > 0; --t) p.actuals.push_back(value());
            i.periods.push_back(std::move(p));
        }
        return i;
    }

    ActivityResult result()
    {
        ActivityResult r;
        r.type = static_cast<ResultType>(in_.ConsumeIntegralInRange(1, 3)), r.title = narratives(), r.description = narratives();
        r.ref = text();
        for (int k = count(); k > 0; --k) r.indicators.push_back(indicator());
        return r;
    }

    FuzzedDataProvider& in_;
};

// No C0 control but tab, newline and carriage return, no U+FFFE or U+FFFF.
bool only_xml_characters(const std::string& xml)
{
    for (std::size_t i = 0; i < xml.size(); ++i) {
        const auto byte = static_cast<unsigned char>(xml[i]);
        if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') return false;
        if (byte == 0xEF && i + 2 < xml.size() && xml[i + 1] == '\xBF' && (xml[i + 2] == '\xBE' || xml[i + 2] == '\xBF')) return false;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider in(data, size);
    ActivityMaker maker(in);
    std::vector<Activity> activities;
    for (int k = in.ConsumeIntegralInRange(1, 3); k > 0; --k) activities.push_back(maker.activity());
    const std::string generated = in.ConsumeRandomLengthString(40);

    const std::string xml = activities_xml(activities, generated);
    if (!pmi::text::valid_utf8(xml) || !only_xml_characters(xml)) std::abort();
    auto read = read_activities(xml);
    if (!read.ok() || read->activities.size() != activities.size()) std::abort();
    for (std::size_t k = 0; k < activities.size(); ++k) {
        const auto& written = activities[k].budgets;
        const auto& back = read->activities[k].budgets;
        if (back.size() != written.size()) std::abort();
        for (std::size_t b = 0; b < written.size(); ++b)
            if (back[b].cents != written[b].cents) std::abort();
    }
    return 0;
}
