#include "iati/pages.hpp"

#include "core/csv.hpp"
#include "web/multipart.hpp"

namespace pmi::iati {
namespace {

constexpr const char* kSeverityLabels[] = {N_("Critical"), N_("Error"), N_("Warning")};
constexpr Severity kSeverities[] = {Severity::Critical, Severity::Error, Severity::Warning};
constexpr long kChartWidth = 520;

std::string label(Severity severity) { return kSeverityLabels[static_cast<int>(severity)]; }

struct Bar {
    std::string label, css_class;
    int count = 0;
};

// Horizontal bars scaled to the largest, one `section` each, for the templates' SVG charts.
void bar_chart(ctemplate::TemplateDictionary& body, const char* section, const std::vector<Bar>& bars)
{
    int largest = 1;
    for (const auto& bar : bars) largest = std::max(largest, bar.count);
    long y = 0;
    for (const auto& bar : bars) {
        auto* row = body.AddSectionDictionary(section);
        row->SetValue("LABEL", bar.label);
        row->SetValue("CLASS", bar.css_class);
        row->SetIntValue("COUNT", bar.count);
        row->SetIntValue("WIDTH", bar.count * kChartWidth / largest);
        row->SetIntValue("Y", y * 28 + 4);
        row->SetIntValue("TEXT_Y", y * 28 + 18);
        ++y;
    }
}

void chart(ctemplate::TemplateDictionary& body, const ActivityFile& file, const web::Page& page)
{
    std::vector<Bar> bars;
    for (auto severity : kSeverities) bars.push_back({page.t(label(severity)), std::string(severity_code(severity)), file.count(severity)});
    bar_chart(body, "SEVERITY_BAR", bars);
}

// What the import added and what it left out, for the chart and table of the report.
void import_summary(ctemplate::TemplateDictionary& body, const ImportReport& report, const web::Page& page)
{
    ImportedResults total;
    for (const auto& r : report.results) {
        total.nodes_added += r.nodes_added, total.indicators_added += r.indicators_added, total.targets_added += r.targets_added;
        total.values_added += r.values_added, total.values_kept += r.values_kept;
    }
    const std::vector<Bar> bars = {
        {page.t("Partner local governments added"), "", static_cast<int>(std::count_if(report.partners.begin(), report.partners.end(), [](const auto& p) { return p.added; }))},
        {page.t("Results added to the logic model"), "", total.nodes_added},
        {page.t("Indicators added"), "", total.indicators_added},
        {page.t("Targets added"), "", total.targets_added},
        {page.t("Values approved"), "", total.values_added},
        {page.t("Values already held"), "", total.values_kept},
        {page.t("Elements not imported"), "", static_cast<int>(report.unmapped.size())}};
    bar_chart(body, "IMPORT_BAR", bars);
    for (const auto& bar : bars) {
        auto* row = body.AddSectionDictionary("IMPORT_ROW");
        row->SetValue("LABEL", bar.label);
        row->SetIntValue("COUNT", bar.count);
    }
    for (const auto& r : report.results) {
        auto* row = body.AddSectionDictionary("RESULTS");
        row->SetValue("ACTIVITY", r.activity);
        if (r.partnership != 0) {
            row->ShowSection("PARTNERSHIP");
            row->SetIntValue("PARTNERSHIP_ID", r.partnership);
        }
        row->SetIntValue("NODES", r.nodes_added);
        row->SetIntValue("INDICATORS", r.indicators_added);
        row->SetIntValue("TARGETS", r.targets_added);
        row->SetIntValue("VALUES", r.values_added);
        row->SetIntValue("KEPT", r.values_kept);
    }
}

}  // namespace

web::Response IatiPages::review_page(web::Exchange& exchange, const Error* error)
{
    auto file = iati_.preview(exchange.actor);
    if (!file.ok()) return web::refusal(views_, exchange, file.error());
    web::Page page(views_, exchange, "iati/views/review.tpl");
    page.title(page.t("IATI publication"));
    auto& body = page.body();
    body.SetIntValue("ACTIVITIES", static_cast<long>(file->activities.size()));
    chart(body, *file, page);
    for (auto severity : kSeverities) {
        auto* row = body.AddSectionDictionary("SEVERITY_ROW");
        row->SetValue("SEVERITY", page.t(label(severity)));
        row->SetIntValue("COUNT", file->count(severity));
    }
    for (const auto& problem : file->problems) {
        auto* row = body.AddSectionDictionary("PROBLEM");
        row->SetValue("SEVERITY", page.t(label(problem.severity)));
        row->SetValue("CLASS", std::string(severity_code(problem.severity)));
        row->SetValue("ACTIVITY", problem.activity.empty() ? "—" : problem.activity);
        row->SetValue("ELEMENT", problem.element);
        row->SetValue("MESSAGE", views_.i18n.format(exchange.language, problem.message, problem.arguments));
        if (!problem.fix_path.empty()) {
            row->ShowSection("FIX");
            row->SetValue("FIX_PATH", problem.fix_path);
        }
    }
    if (file->problems.empty()) body.ShowSection("NO_PROBLEMS");
    if (auto published = iati_.published(IatiStore::WithFile::No)) {
        body.ShowSection("PUBLISHED");
        body.SetValue("PUBLISHED_AT", views_.i18n.date_time(exchange.language, published->published_at));
        body.SetValue("PUBLISHED_BY", published->published_by);
        body.SetIntValue("PUBLISHED_COUNT", published->activity_count);
    }
    if (file->count(Severity::Critical) + file->count(Severity::Error) == 0) body.ShowSection("CAN_PUBLISH");
    if (error) page.errors(flatten(*error));
    return page.render(error ? error_code_http_status(error->code) : 200);
}

web::Response IatiPages::review(web::Exchange& exchange) { return review_page(exchange, nullptr); }

web::Response IatiPages::publish(web::Exchange& exchange)
{
    auto published = iati_.publish(exchange.actor);
    if (published.ok()) return web::Response::redirect("/iati?notice=iati-published");
    if (published.error().code != ErrorCode::Conflict) return web::refusal(views_, exchange, published.error());
    return review_page(exchange, &published.error());
}

web::Response IatiPages::problems_csv(web::Exchange& exchange)
{
    auto file = iati_.preview(exchange.actor);
    if (!file.ok()) return web::refusal(views_, exchange, file.error());
    web::Response response;
    response.content_type = "text/csv; charset=utf-8";
    response.body = csv::row({"severity", "activity", "element", "message", "fix"});
    for (const auto& p : file->problems)
        response.body += csv::row({std::string(severity_code(p.severity)), p.activity, p.element,
                                   views_.i18n.format(exchange.language, p.message, p.arguments), p.fix_path});
    response.headers.add("Content-Disposition", "attachment; filename=\"iati-problems.csv\"");
    return response;
}

web::Response IatiPages::activities(web::Exchange& exchange)
{
    const bool same = [&] {
        auto tag = iati_.published(IatiStore::WithFile::No);
        return tag && exchange.request.headers.get("If-None-Match").value_or("") == tag->etag;
    }();
    auto published = same ? iati_.published(IatiStore::WithFile::No) : iati_.published(IatiStore::WithFile::Yes);
    if (!published) return web::error_page(views_, exchange, not_found("No IATI activity file has been published yet."));
    web::Response response;
    response.headers.add("ETag", published->etag);
    // The file is the same for everyone, but an answer to a signed-in request is kept out of
    // shared caches like every other one (it may carry the session's cookie).
    response.headers.add("Cache-Control", exchange.actor.signed_in() ? "private, max-age=300" : "public, max-age=300");
    if (same) {
        response.status = 304;
        return response;
    }
    response.content_type = "application/xml; charset=utf-8";
    response.body = std::move(published->xml);
    return response;
}

web::Response IatiPages::import_page(web::Exchange& exchange, const Error* error, const ImportReport* report)
{
    if (!exchange.actor.runs_program())
        return web::refusal(views_, exchange, exchange.actor.signed_in() ? forbidden("Only program officers import IATI files.") : unauthenticated());
    web::Page page(views_, exchange, "iati/views/import.tpl");
    page.title(page.t("Import an IATI activity file"));
    auto& body = page.body();
    if (report) {
        body.ShowSection("REPORT");
        body.SetIntValue("ACTIVITIES", static_cast<long>(report->activities));
        for (const auto& partner : report->partners) {
            auto* row = body.AddSectionDictionary("PARTNER");
            row->SetValue("ACTIVITY", partner.activity);
            row->SetValue("NAME", partner.name);
            row->SetValue("KEY", partner.key);
            row->SetValue("COUNTRY", partner.country);
            row->SetValue("OUTCOME", partner.added ? page.t("added") : page.t("already in the directory"));
        }
        if (report->partners.empty()) body.ShowSection("NO_PARTNERS");
        if (report->results.empty()) body.ShowSection("NO_RESULTS");
        import_summary(body, *report, page);
        for (const auto& unmapped : report->unmapped) {
            auto* row = body.AddSectionDictionary("UNMAPPED");
            row->SetValue("ACTIVITY", unmapped.activity.empty() ? "—" : unmapped.activity);
            row->SetValue("ELEMENT", unmapped.element);
            row->SetValue("MESSAGE", views_.i18n.format(exchange.language, unmapped.message, {unmapped.value}));
        }
        if (report->unmapped.empty()) body.ShowSection("ALL_MAPPED");
    }
    if (error) page.errors(flatten(*error));
    return page.render(error ? error_code_http_status(error->code) : 200);
}

web::Response IatiPages::import_form(web::Exchange& exchange) { return import_page(exchange, nullptr, nullptr); }

web::Response IatiPages::import_file(web::Exchange& exchange)
{
    std::string data;
    if (auto parts = web::parse_multipart(exchange.request.body, exchange.request.headers.get("Content-Type").value_or("")); parts.ok())
        for (const auto& part : *parts)
            if (part.name == "file") data = std::string(part.data);
    if (data.empty()) {
        auto error = invalid("file", "Choose an IATI activity file (XML) to import; this one is empty.");
        return import_page(exchange, &error, nullptr);
    }
    auto report = import_.import(exchange.actor, data);
    if (!report.ok()) {
        if (report.error().field != "file") return web::refusal(views_, exchange, report.error());
        return import_page(exchange, &report.error(), nullptr);
    }
    return import_page(exchange, nullptr, &*report);
}

}  // namespace pmi::iati
