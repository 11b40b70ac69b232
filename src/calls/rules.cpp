#include "calls/rules.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "calls/time_zone.hpp"
#include "core/text.hpp"

namespace pmi::calls {
namespace {

std::string field_of(const Question& question)
{
    return "q_" + question.code;
}

bool is_number(std::string_view text)
{
    auto value = text::trim(text);
    if (value.empty() || value.size() > 30) return false;
    char* end = nullptr;
    std::strtod(value.c_str(), &end);
    return end == value.c_str() + value.size() && std::isfinite(std::strtod(value.c_str(), nullptr));
}

void check_one(std::vector<Error>& errors, const Question& question, const std::string& value)
{
    const std::string field = field_of(question);
    if (value.size() > kMaxAnswerBytes || !text::valid_utf8(value)) {
        errors.push_back(invalid(field, "This answer is too long or contains bytes that are not text; keep it under 20,000 characters."));
        return;
    }
    if (text::trim(value).empty()) return;
    switch (question.kind) {
    case QuestionKind::Text:
        if (question.word_limit && count_words(value) > static_cast<std::size_t>(*question.word_limit))
            errors.push_back(invalid(field, "This answer has {1} words; the limit is {2}. Shorten it.",
                                     {std::to_string(count_words(value)), std::to_string(*question.word_limit)}));
        break;
    case QuestionKind::Number:
        if (!is_number(value)) errors.push_back(invalid(field, "Enter a number, with digits only (for example 12 or 3.5)."));
        break;
    case QuestionKind::Choice:
        if (std::none_of(question.choices.begin(), question.choices.end(), [&](const Choice& c) { return c.code == value; }))
            errors.push_back(invalid(field, "Choose one of the options offered."));
        break;
    case QuestionKind::File: break;  // attachments are checked where they are uploaded
    }
}

}  // namespace

std::string_view question_kind_code(QuestionKind kind)
{
    switch (kind) {
    case QuestionKind::Text: return "text";
    case QuestionKind::Choice: return "choice";
    case QuestionKind::Number: return "number";
    case QuestionKind::File: return "file";
    }
    return "text";
}

std::optional<QuestionKind> question_kind_from_code(std::string_view code)
{
    for (auto kind : {QuestionKind::Text, QuestionKind::Choice, QuestionKind::Number, QuestionKind::File})
        if (question_kind_code(kind) == code) return kind;
    return std::nullopt;
}

std::string_view application_status_code(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Draft: return "draft";
    case ApplicationStatus::Submitted: return "submitted";
    case ApplicationStatus::Withdrawn: return "withdrawn";
    case ApplicationStatus::UnderReview: return "under_review";
    case ApplicationStatus::Selected: return "selected";
    case ApplicationStatus::NotSelected: return "not_selected";
    case ApplicationStatus::Waitlisted: return "waitlisted";
    }
    return "draft";
}

std::optional<ApplicationStatus> application_status_from_code(std::string_view code)
{
    for (auto status : {ApplicationStatus::Draft, ApplicationStatus::Submitted, ApplicationStatus::Withdrawn,
                        ApplicationStatus::UnderReview, ApplicationStatus::Selected, ApplicationStatus::NotSelected,
                        ApplicationStatus::Waitlisted})
        if (application_status_code(status) == code) return status;
    return std::nullopt;
}

CallPhase phase(const Call& call, Seconds now)
{
    if (now < call.opens_at) return CallPhase::Upcoming;
    return now < call.deadline_at ? CallPhase::Open : CallPhase::Closed;
}

Status accepting_changes(const Call& call, Seconds now)
{
    switch (phase(call, now)) {
    case CallPhase::Open: return Ok{};
    case CallPhase::Upcoming: return invalid("call", "This call is not open yet.");
    case CallPhase::Closed:
        return Error(ErrorCode::DeadlinePassed, "call",
                     "The deadline of this call has passed: no change can be made. Your application is kept as it was.");
    }
    return Ok{};
}

std::size_t count_words(std::string_view text)
{
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto byte = static_cast<unsigned char>(text[i]);
        // ASCII white space and the no-break space (C2 A0) separate words.
        bool space = byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r' ||
                     (byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0);
        if (space) {
            in_word = false;
            if (byte == 0xC2) ++i;
        } else if (!in_word) {
            in_word = true;
            ++words;
        }
    }
    return words;
}

std::vector<Error> check_answers(const Call& call, const Answers& answers)
{
    std::vector<Error> errors;
    for (const auto& [code, value] : answers) {
        auto question = std::find_if(call.questions.begin(), call.questions.end(), [&](const Question& q) { return q.code == code; });
        if (question == call.questions.end()) {
            errors.push_back(invalid("q_" + code.substr(0, 60), "This form has no question \"{1}\"; reload the page.", {code.substr(0, 60)}));
            continue;
        }
        check_one(errors, *question, value);
    }
    return errors;
}

std::vector<Error> missing_answers(const Call& call, const Answers& answers)
{
    std::vector<Error> errors;
    for (const auto& question : call.questions) {
        if (!question.required) continue;
        auto found = answers.find(question.code);
        if (found == answers.end() || text::trim(found->second).empty())
            errors.push_back(invalid(field_of(question), "Answer this question: {1}", {question.label.pick("en").text}));
    }
    return errors;
}

Result<ApplicationStatus> transition(ApplicationStatus from, ApplicationEvent event)
{
    switch (event) {
    case ApplicationEvent::Submit:
        if (from == ApplicationStatus::Draft) return ApplicationStatus::Submitted;
        return conflict("status", "Only a draft can be submitted; reopen the application first.");
    case ApplicationEvent::Withdraw:
        if (from == ApplicationStatus::Submitted || from == ApplicationStatus::Draft) return ApplicationStatus::Withdrawn;
        return conflict("status", "This application can no longer be withdrawn.");
    case ApplicationEvent::Reopen:
        if (from == ApplicationStatus::Submitted || from == ApplicationStatus::Withdrawn) return ApplicationStatus::Draft;
        return conflict("status", "Only a submitted or withdrawn application can be reopened.");
    }
    return conflict("status", "This change is not possible.");
}

bool editable(ApplicationStatus status)
{
    return status == ApplicationStatus::Draft;
}

std::vector<Error> check_call(const Call& call)
{
    std::vector<Error> errors;
    if (!text::valid_slug(call.slug))
        errors.push_back(invalid("slug", "The address name may use only lowercase letters, digits and hyphens (at most 100)."));
    if (text::trim(call.title.get("en")).empty()) errors.push_back(invalid("title_en", "Give the call a title in English; other languages are optional."));
    for (const auto& [language, value] : call.title.versions())
        if (text::length(value) > 200) errors.push_back(invalid("title_" + language, "This text is too long: at most {1} characters.", {"200"}));
    if (!valid_time_zone(call.time_zone)) errors.push_back(invalid("time_zone", "Choose a time zone from the list, for example America/Toronto."));
    if (call.deadline_at <= call.opens_at) errors.push_back(invalid("deadline", "The deadline must come after the opening."));
    if (call.review_due_at < call.deadline_at) errors.push_back(invalid("review_due", "Reviews are due after the deadline, not before it."));
    if (call.reviews_per_application < 1 || call.reviews_per_application > 10)
        errors.push_back(invalid("reviews_per_application", "Ask for 1 to 10 reviews per application."));
    if (call.criteria.empty()) errors.push_back(invalid("criteria", "Give the rubric at least one criterion."));
    if (call.criteria.size() > kMaxCriteria) errors.push_back(invalid("criteria", "A rubric has at most {1} criteria.", {std::to_string(kMaxCriteria)}));
    for (std::size_t i = 0; i < call.criteria.size(); ++i) {
        const auto& criterion = call.criteria[i];
        std::string n = std::to_string(i + 1);
        if (text::trim(criterion.name.get("en")).empty()) errors.push_back(invalid("criterion_" + n + "_name_en", "Name criterion {1} in English.", {n}));
        if (criterion.weight < 1 || criterion.weight > 100) errors.push_back(invalid("criterion_" + n + "_weight", "The weight of criterion {1} must be 1 to 100.", {n}));
        if (criterion.scale_max < 1 || criterion.scale_max > 10) errors.push_back(invalid("criterion_" + n + "_scale", "The scale of criterion {1} must go up to 1 to 10.", {n}));
    }
    if (call.questions.size() > kMaxQuestions) errors.push_back(invalid("questions", "A form has at most {1} questions.", {std::to_string(kMaxQuestions)}));
    std::set<std::string> codes;
    for (std::size_t i = 0; i < call.questions.size(); ++i) {
        const auto& question = call.questions[i];
        std::string n = std::to_string(i + 1);
        if (!text::valid_slug(question.code) || !codes.insert(question.code).second)
            errors.push_back(invalid("question_" + n + "_code", "Question {1} needs its own short code: lowercase letters, digits and hyphens.", {n}));
        if (text::trim(question.label.get("en")).empty()) errors.push_back(invalid("question_" + n + "_label_en", "Write question {1} in English.", {n}));
        if (question.kind == QuestionKind::Choice && question.choices.size() < 2)
            errors.push_back(invalid("question_" + n + "_choices", "Question {1} offers a choice: give at least two options.", {n}));
        if (question.word_limit && (*question.word_limit < 1 || *question.word_limit > 5000))
            errors.push_back(invalid("question_" + n + "_word_limit", "The word limit of question {1} must be 1 to 5000.", {n}));
    }
    return errors;
}

TimeLeft time_left(const Call& call, Seconds now)
{
    Seconds left = std::max<Seconds>(0, call.deadline_at - now);
    if (left >= 2 * 86400) return {left / 86400, TimeLeft::Unit::Days};
    if (left >= 2 * 3600) return {left / 3600, TimeLeft::Unit::Hours};
    return {(left + 59) / 60, TimeLeft::Unit::Minutes};
}

}  // namespace pmi::calls
