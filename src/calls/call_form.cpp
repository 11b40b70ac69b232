// Reading the call editor's form: fixed rows for criteria and questions, empty rows ignored.
#include <sstream>

#include "calls/manage_pages.hpp"
#include "calls/time_zone.hpp"
#include "core/text.hpp"

namespace pmi::calls {
namespace {

LocalizedText localized(const web::Fields& form, const std::string& prefix, const web::I18n& i18n)
{
    LocalizedText text;
    for (const auto& language : i18n.languages()) {
        std::string value(form.get(prefix + "_" + language.code));
        text.set(language.code, text::trim(value).empty() ? std::string{} : text::trim(value));
    }
    return text;
}

std::vector<Choice> parse_choices(std::string_view text)
{
    std::vector<Choice> choices;
    std::istringstream lines{std::string(text)};
    std::string line;
    const char* languages[] = {"en", "fr", "es"};
    while (std::getline(lines, line)) {
        auto eq = line.find('=');
        if (eq == std::string::npos) continue;
        Choice choice{text::trim(line.substr(0, eq)), {}};
        std::string rest = line.substr(eq + 1);
        for (int i = 0; i < 3; ++i) {
            auto bar = rest.find('|');
            choice.label.set(languages[i], text::trim(rest.substr(0, bar)));
            if (bar == std::string::npos) break;
            rest = rest.substr(bar + 1);
        }
        if (!choice.code.empty()) choices.push_back(std::move(choice));
    }
    return choices;
}

int number_or(std::string_view text, int fallback)
{
    auto trimmed = text::trim(text);
    if (trimmed.empty() || trimmed.size() > 6) return fallback;
    char* end = nullptr;
    long value = std::strtol(trimmed.c_str(), &end, 10);
    return *end == '\0' ? static_cast<int>(value) : -1;
}

}  // namespace

Call call_from_form(const web::Fields& form, const web::I18n& i18n, CallId id, std::vector<Error>& errors)
{
    Call call;
    call.id = id;
    call.slug = text::trim(form.get("slug"));
    call.title = localized(form, "title", i18n);
    call.description = localized(form, "description", i18n);
    for (auto country : form.all("countries")) call.countries.emplace_back(country.substr(0, 2));
    for (auto area : form.all("areas")) call.areas.emplace_back(area.substr(0, 60));
    call.time_zone = std::string(form.get("time_zone")).substr(0, 64);
    for (auto [field, target] : {std::pair{"opens", &call.opens_at}, {"deadline", &call.deadline_at}, {"review_due", &call.review_due_at}}) {
        auto parsed = local_to_utc(form.get(field), call.time_zone, field);
        if (parsed.ok()) *target = parsed.value();
        else if (parsed.error().field != "time_zone") errors.push_back(parsed.error());
    }
    call.reviews_per_application = number_or(form.get("reviews_per_application"), 3);
    for (int n = 1; n <= static_cast<int>(kMaxCriteria); ++n) {
        std::string prefix = "criterion_" + std::to_string(n);
        Criterion criterion{localized(form, prefix + "_name", i18n), localized(form, prefix + "_guidance", i18n),
                            number_or(form.get(prefix + "_weight"), 1), number_or(form.get(prefix + "_scale"), 5)};
        if (criterion.name.empty() && criterion.guidance.empty()) continue;
        call.criteria.push_back(std::move(criterion));
    }
    for (int n = 1; n <= static_cast<int>(kMaxQuestions); ++n) {
        std::string prefix = "question_" + std::to_string(n);
        Question question;
        question.code = text::trim(form.get(prefix + "_code"));
        question.label = localized(form, prefix + "_label", i18n);
        if (question.code.empty() && question.label.empty()) continue;
        question.kind = question_kind_from_code(form.get(prefix + "_kind")).value_or(QuestionKind::Text);
        question.help = localized(form, prefix + "_help", i18n);
        question.required = form.get(prefix + "_required") == "yes";
        if (int limit = number_or(form.get(prefix + "_word_limit"), 0); limit != 0) question.word_limit = limit;
        question.choices = parse_choices(form.get(prefix + "_choices"));
        call.questions.push_back(std::move(question));
    }
    return call;
}

}  // namespace pmi::calls
