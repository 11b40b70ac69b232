#pragma once
// The officers' page of the program envelope: cash and in-kind by fiscal year against the
// partnerships' budget lines, as a chart and a table, with a warning for each year whose
// budgets exceed the cash; the form that sets the profile; CSV and Excel exports; and the
// dashboard by country, programming area and partnership.
#include "partnerships/envelope_dashboard.hpp"
#include "partnerships/envelope_service.hpp"
#include "partnerships/view_helpers.hpp"
#include "web/page.hpp"

namespace pmi::partnerships {

class EnvelopePages {
public:
    EnvelopePages(EnvelopeService& envelopes, const web::Views& views) : envelopes_(envelopes), views_(views) {}

    web::Response envelope(web::Exchange& exchange);
    web::Response save(web::Exchange& exchange);
    web::Response envelope_csv(web::Exchange& exchange);
    web::Response envelope_xlsx(web::Exchange& exchange);
    web::Response dashboard(web::Exchange& exchange);
    web::Response dashboard_csv(web::Exchange& exchange);
    web::Response dashboard_xlsx(web::Exchange& exchange);

private:
    web::Response page(web::Exchange& exchange, const web::Fields& fields, const Error* error);
    web::Response export_table(web::Exchange& exchange, const std::string& kind);
    web::Response dashboard_export(web::Exchange& exchange, const std::string& kind);

    EnvelopeService& envelopes_;
    const web::Views& views_;
};

// The comparison as the exports write it: a row per fiscal year and the totals, amounts as
// 1234.56.
Table envelope_table(const EnvelopeReport& report);

// One breakdown of the dashboard ("fiscal_year", "country", "programming_area",
// "partnership") as the page and the exports show it: for each group, by name, a row per
// fiscal year and a row for every year (fiscal_year 0). The fiscal-year breakdown has one
// row per year and the total.
struct DashboardRow {
    std::string code, name;
    int fiscal_year = 0;
    Figures figures;
};
struct DashboardSection {
    std::string breakdown;
    std::vector<DashboardRow> rows;
};
std::vector<DashboardSection> dashboard_sections(const Dashboard& board, const web::I18n& i18n, std::string_view language);
// The sections' rows, then the in-kind contributions by municipality, amounts as 1234.56.
Table dashboard_table(const std::vector<DashboardSection>& sections, const Dashboard& board);
// The warning in the reader's language.
std::string warning_text(const web::I18n& i18n, std::string_view language, const Warning& warning);

}  // namespace pmi::partnerships
