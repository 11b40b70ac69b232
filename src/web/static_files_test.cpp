// How long the built-in assets may be kept, by the address they are asked for by.
#include <gtest/gtest.h>

#include "web/static_files.hpp"

namespace pmi::web {
namespace {

std::string kept_for(const StaticFiles& files, const std::string& target)
{
    Request request;
    request.target = target;
    const auto question = target.find('?');
    request.path = target.substr(0, question);
    if (question != std::string::npos) request.query_string = target.substr(question + 1);
    auto response = files.serve(request);
    EXPECT_EQ(response.status, 200) << target;
    return std::string(response.headers.get("Cache-Control").value_or(""));
}

TEST(StaticFiles, AnAssetIsKeptAYearOnlyUnderItsOwnVersion)
{
    const StaticFiles files;
    const std::string versioned = files.url("app.css");
    ASSERT_NE(versioned.find("?v="), std::string::npos);
    EXPECT_EQ(kept_for(files, versioned), "public, max-age=31536000, immutable");
    // Another build's version: this server's asset is not what that address names.
    EXPECT_EQ(kept_for(files, "/static/app.css?v=00000000"), "no-cache");
    EXPECT_EQ(kept_for(files, "/static/app.css"), "public, max-age=300");
}

}  // namespace
}  // namespace pmi::web
