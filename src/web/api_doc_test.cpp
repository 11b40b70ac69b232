#include "web/api_doc.hpp"

#include <gtest/gtest.h>

namespace pmi::web {
namespace {

TEST(ApiDoc, PathParametersBecomeOpenApiTemplates)
{
    EXPECT_EQ(openapi_path("/api/v1/calls/:slug/reviewers"), "/api/v1/calls/{slug}/reviewers");
    EXPECT_EQ(openapi_path("/api/v1/reviews/:application"), "/api/v1/reviews/{application}");
    EXPECT_EQ(openapi_path("/api/v1/me"), "/api/v1/me");
}

TEST(ApiDoc, AnOperationListsItsParametersBodyAndResponses)
{
    ApiOperation operation{Method::Post, "/api/v1/calls/:slug/reviewers", "Choose a reviewer",
                           {{"reviewer_id", "integer", "The user", true}, {"expertise", "object", "Levels", false}},
                           {},
                           {{200, "Saved"}, {403, ""}}};
    auto json = openapi_operation(operation);
    EXPECT_EQ(json["summary"], "Choose a reviewer");
    ASSERT_EQ(json["parameters"].size(), 2u);
    EXPECT_EQ(json["parameters"][0]["name"], "slug");
    EXPECT_EQ(json["parameters"][0]["in"], "path");
    EXPECT_EQ(json["parameters"][1]["name"], "X-CSRF-Token");
    auto schema = json["requestBody"]["content"]["application/json"]["schema"];
    EXPECT_EQ(schema["required"], nlohmann::json::array({"reviewer_id"}));
    EXPECT_EQ(schema["properties"]["expertise"]["type"], "object");
    EXPECT_EQ(json["responses"]["200"]["description"], "Saved");
    EXPECT_EQ(json["responses"]["403"]["$ref"], "#/components/responses/Error");
}

TEST(ApiDoc, ReadingNeedsNoCsrfHeader)
{
    auto json = openapi_operation({Method::Get, "/api/v1/me", "Me", {}, {}, {{200, "The user"}}});
    EXPECT_FALSE(json.contains("parameters"));
    EXPECT_FALSE(json.contains("requestBody"));
}

}  // namespace
}  // namespace pmi::web
