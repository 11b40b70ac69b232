#include "calls/call_json.hpp"

#include <gtest/gtest.h>

namespace pmi::calls {
namespace {

TEST(CallJson, ACallReadBackFromItsJsonIsTheSameCall)
{
    Call call;
    call.slug = "exchange";
    call.title.set("en", "Exchange");
    call.title.set("fr", "Échange");
    call.countries = {"BF", "VN"};
    call.areas = {"trade-regional"};
    call.time_zone = "America/Toronto";
    call.opens_at = 100, call.deadline_at = 200, call.review_due_at = 300, call.reviews_per_application = 2;
    call.criteria = {{{}, {}, 70, 4}};
    call.criteria[0].name.set("es", "Experiencia");
    Question question{"area", QuestionKind::Choice, {}, {}, true, 120, {{"trade-regional", {}}}};
    question.label.set("en", "Area");
    call.questions = {question};

    auto back = call_from_json(call_to_json(call, 0)).value();
    EXPECT_EQ(back.slug, call.slug);
    EXPECT_EQ(back.title.to_json(), call.title.to_json());
    EXPECT_EQ(back.countries, call.countries);
    EXPECT_EQ(back.areas, call.areas);
    EXPECT_EQ(back.deadline_at, 200);
    EXPECT_EQ(back.reviews_per_application, 2);
    ASSERT_EQ(back.criteria.size(), 1u);
    EXPECT_EQ(back.criteria[0].weight, 70);
    EXPECT_EQ(back.criteria[0].scale_max, 4);
    EXPECT_EQ(back.criteria[0].name.to_json(), call.criteria[0].name.to_json());
    ASSERT_EQ(back.questions.size(), 1u);
    EXPECT_EQ(back.questions[0].kind, QuestionKind::Choice);
    EXPECT_EQ(back.questions[0].word_limit, 120);
    EXPECT_TRUE(back.questions[0].required);
    ASSERT_EQ(back.questions[0].choices.size(), 1u);
    EXPECT_EQ(back.questions[0].choices[0].code, "trade-regional");
}

TEST(CallJson, WrongShapesNameTheFieldTheFormWouldName)
{
    auto json = nlohmann::json::parse(R"({"title": "plain", "criteria": []})");
    EXPECT_EQ(call_from_json(json).error().field, "title_en");
    json = nlohmann::json::parse(R"({"questions": [{"code": "q", "required": "yes"}]})");
    EXPECT_EQ(call_from_json(json).error().field, "question_1_required");
    json = nlohmann::json::parse(R"({"countries": "BF"})");
    EXPECT_EQ(call_from_json(json).error().field, "countries");
    json["countries"] = nlohmann::json::array();
    for (int i = 0; i < 51; ++i) json["countries"].push_back("BF");
    EXPECT_EQ(call_from_json(json).error().field, "countries") << "lists are bounded";
}

}  // namespace
}  // namespace pmi::calls
