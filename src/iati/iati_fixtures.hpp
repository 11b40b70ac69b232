#pragma once
// Activities built for the IATI tests: a partnership with budgets, transactions and results
// disaggregated by sex and age, in three languages. Test code only.
#include "iati/partnership_activity.hpp"
#include "partnerships/fiscal_year.hpp"
#include "web/i18n.hpp"

namespace pmi::iati::testing {

inline Narratives text3(const std::string& en, const std::string& fr, const std::string& es)
{
    Narratives n;
    n.set("en", en), n.set("fr", fr), n.set("es", es);
    return n;
}

inline Publisher publisher() { return {"CA-CRA_ACR-000000001", "22", "CA-3", "10"}; }

inline site::Program program()
{
    site::Program p;
    p.name = text3("Municipal partnerships", "Partenariats municipaux", "Alianzas municipales");
    p.summary = text3("Peers <&> partners", "Des pairs", "Pares");
    p.funder = text3("Global Affairs Canada", "Affaires mondiales Canada", "Asuntos Mundiales Canadá");
    p.implementer = text3("Federation of Canadian Municipalities", "Fédération canadienne des municipalités",
                          "Federación Canadiense de Municipalidades");
    p.short_name = "PMI-LED", p.start_year = 2016, p.duration_years = 12;
    return p;
}

inline partnerships::Partnership partnership(long long id)
{
    partnerships::Partnership p;
    p.id = partnerships::PartnershipId{id};
    p.members = {{partnerships::MemberKind::Team, "on-pinecrest", "Pinecrest Landing"},
                 {partnerships::MemberKind::Partner, "bf-sonreba", "Sonréba"}};
    p.country = "BF", p.status = partnerships::PartnershipStatus::Active;
    p.start = partnerships::parse_date("2026-04-01"), p.end = partnerships::parse_date("2029-03-31");
    p.areas = {"inclusive-led", "enabling-environment"};
    p.summary = text3("A covered market & \"stalls\" <for> women traders", "Un marché couvert", "Un mercado cubierto");
    return p;
}

inline std::vector<partnerships::BudgetLine> budget(long long id)
{
    auto line = [&](int year, long long cents) {
        partnerships::BudgetLine l;
        l.partnership = partnerships::PartnershipId{id}, l.fiscal_year = year, l.amount = Money::cents(cents);
        return l;
    };
    return {line(2026, 1845000), line(2026, 427550), line(2027, 2130001)};
}

inline std::vector<ActivityResult> results()
{
    ResultIndicator indicator;
    indicator.measure = Measure::Unit;
    indicator.title = text3("Women traders with a stall", "Commerçantes ayant un étal", "Comerciantes con un puesto");
    indicator.baseline = Baseline{2026, "2026-04-01", "12"};
    indicator.ref = "1211.1";
    ResultPeriod period{"2026-04-01", "2027-03-31", {}, {}};
    period.targets.push_back({"40", {{"sex", "female"}}});
    period.actuals.push_back({"31", {{"sex", "female"}, {"age", "15-24"}}});
    period.actuals.push_back({"7", {{"sex", "male"}}});
    indicator.periods.push_back(period);
    ActivityResult outcome{ResultType::Outcome, text3("More women trade", "Plus de femmes commercent", "Más mujeres comercian"), {}, {indicator}, "1210"};
    ActivityResult output{ResultType::Output, text3("Market built", "Marché construit", "Mercado construido"), {}, {indicator}, "1211"};
    return {outcome, output};
}

inline const web::I18n& i18n()
{
    static const web::I18n catalogs;
    return catalogs;
}

inline Activity activity(long long id)
{
    auto p = partnership(id);
    auto lines = budget(id);
    PartnershipFacts facts{p, lines, {{TransactionType::Expenditure, "2026-05-14", 123456, text3("Flights", "Vols", "Vuelos")},
                                      {TransactionType::Disbursement, "2026-06-01", 500000, {}}},
                           results()};
    return partnership_activity(publisher(), program(), std::move(facts), i18n(),
                                *partnerships::parse_date("2026-11-29"));
}

}  // namespace pmi::iati::testing
