#include "review/pages.hpp"

#include <algorithm>
#include <cmath>

#include "calls/view_helpers.hpp"
#include "core/translator.hpp"
#include "site/view_helpers.hpp"

namespace pmi::review {
namespace {

calls::ApplicationId application_of(const web::Exchange& exchange)
{
    return calls::ApplicationId{std::atoll(std::string(exchange.request.path_parameter("application")).c_str())};
}

std::int64_t number(std::string_view text)
{
    return std::atoll(std::string(text.substr(0, 18)).c_str());
}

}  // namespace

web::Response ReviewPages::refuse(web::Exchange& exchange, const Error& error)
{
    return web::refusal(views_, exchange, error);
}

web::Response ReviewPages::my_reviews(web::Exchange& exchange)
{
    if (!exchange.actor.signed_in()) return refuse(exchange, unauthenticated());
    auto list = reviews_.my_reviews(exchange.actor);
    web::Page page(views_, exchange, "review/views/my_reviews.tpl");
    page.title(page.t("Your reviews"));
    auto* section = list.empty() ? nullptr : page.body().AddSectionDictionary("LIST");
    for (const auto& review : list) {
        auto* row = section->AddSectionDictionary("REVIEW");
        row->SetIntValue("ID", static_cast<long>(review.application.value));
        row->SetValue("ORGANISATION", review.organisation_name);
        row->SetValue("STATUS", page.t(review.submitted_at ? N_("Submitted") : N_("To do")));
    }
    if (list.empty()) page.body().ShowSection("NONE");
    return page.render();
}

web::Response ReviewPages::sheet_page(web::Exchange& exchange, calls::ApplicationId id, const Error* error)
{
    auto sheet = reviews_.sheet(exchange.actor, id);
    if (!sheet.ok()) return refuse(exchange, sheet.error());
    auto view = calls_.application(exchange.actor, id);
    if (!view.ok()) return refuse(exchange, view.error());
    const auto& i18n = views_.i18n;
    std::vector<Error> errors = error ? flatten(*error) : std::vector<Error>{};
    web::Page page(views_, exchange, "review/views/sheet.tpl");
    page.title(i18n.format(exchange.language, "Review of {1}", {view->application.organisation_name}));
    auto& body = page.body();
    body.SetIntValue("ID", static_cast<long>(id.value));
    body.SetValue("ORGANISATION", view->application.organisation_name);
    body.SetValue("DUE", i18n.date_time_in(exchange.language, view->call.review_due_at, view->call.time_zone));
    if (sheet->submitted) body.ShowSection("SUBMITTED");
    int n = 0;
    for (const auto& criterion : view->call.criteria) {
        ++n;
        auto* row = body.AddSectionDictionary("CRITERION");
        row->SetIntValue("N", n);
        row->SetIntValue("WEIGHT", criterion.weight);
        row->SetIntValue("SCALE", criterion.scale_max);
        site::set_localized(*row, "NAME", criterion.name, exchange, i18n);
        site::set_localized(*row, "GUIDANCE", criterion.guidance, exchange, i18n);
        auto mine = std::find_if(sheet->mine.begin(), sheet->mine.end(), [&](const Score& s) { return s.criterion == n; });
        for (int value = 0; value <= criterion.scale_max; ++value) {
            auto* option = row->AddSectionDictionary("OPTION");
            option->SetIntValue("VALUE", value);
            if (mine != sheet->mine.end() && mine->score == value) option->ShowSection("SELECTED");
        }
        if (mine != sheet->mine.end()) row->SetValue("COMMENT", mine->comment);
        for (const auto& item : errors)
            if (item.field == "criterion_" + std::to_string(n)) row->SetValueAndShowSection("ERROR", i18n.error_text(exchange.language, item), "INVALID");
    }
    if (!sheet->others.empty()) {
        auto* others = body.AddSectionDictionary("OTHERS");
        for (const auto& [reviewer, scores] : sheet->others) {
            auto* other = others->AddSectionDictionary("OTHER");
            other->SetValue("REVIEWER", reviewer);
            for (const auto& score : scores) {
                auto* item = other->AddSectionDictionary("SCORE");
                item->SetIntValue("N", score.criterion);
                item->SetIntValue("VALUE", score.score);
                if (!score.comment.empty()) item->SetValueAndShowSection("COMMENT", score.comment, "HAS_COMMENT");
            }
        }
    }
    if (error) page.errors(errors);
    return page.render(error ? error_code_http_status(error->code) : 200);
}

web::Response ReviewPages::sheet(web::Exchange& exchange)
{
    return sheet_page(exchange, application_of(exchange), nullptr);
}

namespace {

std::vector<Score> scores_from(const web::Fields& form)
{
    std::vector<Score> scores;
    for (int n = 1; n <= 12; ++n) {
        auto value = form.get("score_" + std::to_string(n));
        if (value.empty()) continue;
        scores.push_back({n, static_cast<int>(std::clamp<std::int64_t>(number(value), -1, 1000)),
                          std::string(form.get("comment_" + std::to_string(n)))});
    }
    return scores;
}

}  // namespace

web::Response ReviewPages::save(web::Exchange& exchange)
{
    const auto id = application_of(exchange);
    auto saved = reviews_.save_scores(exchange.actor, id, scores_from(exchange.request.form()));
    if (saved.ok()) return web::Response::redirect("/reviews/" + std::to_string(id.value) + "?notice=saved");
    return sheet_page(exchange, id, &saved.error());
}

web::Response ReviewPages::submit(web::Exchange& exchange)
{
    const auto id = application_of(exchange);
    auto saved = reviews_.save_scores(exchange.actor, id, scores_from(exchange.request.form()));
    if (saved.ok()) saved = reviews_.submit_review(exchange.actor, id);
    if (saved.ok()) return web::Response::redirect("/reviews/" + std::to_string(id.value) + "?notice=saved");
    return sheet_page(exchange, id, &saved.error());
}

web::Response ReviewPages::conflict(web::Exchange& exchange)
{
    auto declared = reviews_.declare_conflict(exchange.actor, application_of(exchange));
    if (!declared.ok()) return refuse(exchange, declared.error());
    return web::Response::redirect("/reviews?notice=saved");
}

}  // namespace pmi::review
