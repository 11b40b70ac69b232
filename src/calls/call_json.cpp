#include "calls/call_json.hpp"

#include "calls/rules.hpp"
#include "core/localized_json.hpp"

namespace pmi::calls {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxListItems = 50;

Result<LocalizedText> localized_from(const json& object, const char* key, const std::string& field)
{
    auto found = object.find(key);
    if (found == object.end() || found->is_null()) return LocalizedText{};
    if (!found->is_object()) return invalid(field, "Give this text as an object of language codes (en, fr, es) to text.");
    LocalizedText text;
    for (const auto& [language, value] : found->items()) {
        if (!value.is_string() || language.size() > 5) return invalid(field, "Give this text as an object of language codes (en, fr, es) to text.");
        text.set(language, value.get<std::string>());
    }
    return text;
}

Result<std::string> string_from(const json& object, const char* key, std::size_t max, const std::string& field)
{
    auto found = object.find(key);
    if (found == object.end() || found->is_null()) return std::string();
    if (!found->is_string()) return invalid(field, "Give this value as text.");
    return found->get<std::string>().substr(0, max);
}

Result<std::int64_t> integer_from(const json& object, const char* key, std::int64_t fallback, const std::string& field)
{
    auto found = object.find(key);
    if (found == object.end() || found->is_null()) return fallback;
    if (!found->is_number_integer()) return invalid(field, "Give this value as a whole number.");
    return found->get<std::int64_t>();
}

Result<std::vector<std::string>> codes_from(const json& object, const char* key, const std::string& field)
{
    std::vector<std::string> codes;
    auto found = object.find(key);
    if (found == object.end() || found->is_null()) return codes;
    if (!found->is_array() || found->size() > kMaxListItems) return invalid(field, "Give a list of codes, for example [\"BF\", \"ML\"].");
    for (const auto& item : *found) {
        if (!item.is_string()) return invalid(field, "Give a list of codes, for example [\"BF\", \"ML\"].");
        codes.push_back(item.get<std::string>().substr(0, 60));
    }
    return codes;
}

Result<const json*> list_from(const json& object, const char* key, const std::string& field)
{
    static const json empty = json::array();
    auto found = object.find(key);
    if (found == object.end() || found->is_null()) return &empty;
    if (!found->is_array() || found->size() > kMaxListItems) return invalid(field, "Give a list of at most 50 items.");
    return &*found;
}

Result<Criterion> criterion_from(const json& item, const std::string& prefix)
{
    if (!item.is_object()) return invalid(prefix + "_name", "Give each criterion as an object with name, guidance, weight and scale_max.");
    Criterion criterion;
    criterion.name = TRY(localized_from(item, "name", prefix + "_name_en"));
    criterion.guidance = TRY(localized_from(item, "guidance", prefix + "_guidance_en"));
    criterion.weight = static_cast<int>(std::clamp<std::int64_t>(TRY(integer_from(item, "weight", 1, prefix + "_weight")), -1, 1'000'000));
    criterion.scale_max = static_cast<int>(std::clamp<std::int64_t>(TRY(integer_from(item, "scale_max", 5, prefix + "_scale")), -1, 1'000'000));
    return criterion;
}

Result<Question> question_from(const json& item, const std::string& prefix)
{
    if (!item.is_object()) return invalid(prefix + "_code", "Give each question as an object with code, kind, label and required.");
    Question question;
    question.code = TRY(string_from(item, "code", 60, prefix + "_code"));
    auto kind = TRY(string_from(item, "kind", 20, prefix + "_kind"));
    auto parsed = question_kind_from_code(kind.empty() ? "text" : kind);
    if (!parsed) return invalid(prefix + "_kind", "Choose the kind of question: text, choice, number or file.");
    question.kind = *parsed;
    question.label = TRY(localized_from(item, "label", prefix + "_label_en"));
    question.help = TRY(localized_from(item, "help", prefix + "_help_en"));
    if (auto required = item.find("required"); required != item.end() && !required->is_null()) {
        if (!required->is_boolean()) return invalid(prefix + "_required", "Give required as true or false.");
        question.required = required->get<bool>();
    }
    if (auto limit = TRY(integer_from(item, "word_limit", 0, prefix + "_word_limit")); limit != 0)
        question.word_limit = static_cast<int>(std::clamp<std::int64_t>(limit, -1, 1'000'000));
    const json* choices = TRY(list_from(item, "choices", prefix + "_choices"));
    for (const auto& choice : *choices) {
        if (!choice.is_object()) return invalid(prefix + "_choices", "Give each choice as an object with code and label.");
        question.choices.push_back({TRY(string_from(choice, "code", 60, prefix + "_choices")), TRY(localized_from(choice, "label", prefix + "_choices"))});
    }
    return question;
}

}  // namespace

json call_to_json(const Call& call, Seconds now)
{
    json criteria = json::array();
    for (const auto& c : call.criteria)
        criteria.push_back({{"name", localized_json(c.name)}, {"guidance", localized_json(c.guidance)}, {"weight", c.weight}, {"scale_max", c.scale_max}});
    json questions = json::array();
    for (const auto& q : call.questions) {
        json question = {{"code", q.code}, {"kind", question_kind_code(q.kind)}, {"label", localized_json(q.label)},
                         {"help", localized_json(q.help)}, {"required", q.required}};
        if (q.word_limit) question["word_limit"] = *q.word_limit;
        for (const auto& choice : q.choices) question["choices"].push_back({{"code", choice.code}, {"label", localized_json(choice.label)}});
        questions.push_back(question);
    }
    const char* phases[] = {"upcoming", "open", "closed"};
    return {{"slug", call.slug}, {"title", localized_json(call.title)}, {"description", localized_json(call.description)},
            {"countries", call.countries}, {"areas", call.areas}, {"opens_at", call.opens_at},
            {"deadline_at", call.deadline_at}, {"time_zone", call.time_zone}, {"review_due_at", call.review_due_at},
            {"reviews_per_application", call.reviews_per_application},
            {"phase", phases[static_cast<int>(phase(call, now))]}, {"criteria", criteria}, {"questions", questions}};
}

Result<Call> call_from_json(const json& body)
{
    Call call;
    call.slug = TRY(string_from(body, "slug", 200, "slug"));
    call.title = TRY(localized_from(body, "title", "title_en"));
    call.description = TRY(localized_from(body, "description", "description_en"));
    call.countries = TRY(codes_from(body, "countries", "countries"));
    call.areas = TRY(codes_from(body, "areas", "areas"));
    call.time_zone = TRY(string_from(body, "time_zone", 64, "time_zone"));
    call.opens_at = TRY(integer_from(body, "opens_at", 0, "opens"));
    call.deadline_at = TRY(integer_from(body, "deadline_at", 0, "deadline"));
    call.review_due_at = TRY(integer_from(body, "review_due_at", 0, "review_due"));
    call.reviews_per_application = static_cast<int>(std::clamp<std::int64_t>(TRY(integer_from(body, "reviews_per_application", 3, "reviews_per_application")), -1, 1000));
    const json* criteria = TRY(list_from(body, "criteria", "criteria"));
    for (std::size_t i = 0; i < criteria->size(); ++i) call.criteria.push_back(TRY(criterion_from((*criteria)[i], "criterion_" + std::to_string(i + 1))));
    const json* questions = TRY(list_from(body, "questions", "questions"));
    for (std::size_t i = 0; i < questions->size(); ++i) call.questions.push_back(TRY(question_from((*questions)[i], "question_" + std::to_string(i + 1))));
    return call;
}

}  // namespace pmi::calls
