#pragma once
// A fixture for account use cases: a fresh database on one backend, a clock the test moves,
// real message catalogs, and helpers to read the mail the service writes.
#include <gtest/gtest.h>

#include <regex>

#include "accounts/account_service.hpp"
#include "accounts/organisation_store.hpp"
#include "outbox/outbox.hpp"
#include "support/test_database.hpp"
#include "web/i18n.hpp"

namespace pmi::testing {

inline constexpr Seconds kStart = 1'800'000'000;  // a fixed moment in 2027
inline const std::string kPassword = "correct horse battery staple";

class AccountFixture : public ::testing::TestWithParam<std::string> {
protected:
    AccountFixture() : database(GetParam()), clock(kStart), service(*database, clock, i18n, settings()) {}

    static accounts::AccountSettings settings()
    {
        accounts::AccountSettings s;
        s.public_origin = "https://pmi.example";
        return s;
    }

    std::vector<outbox::Message> mail()
    {
        auto connection = database->acquire();
        auto messages = outbox::Outbox(*connection).list(100, 0);
        std::reverse(messages.begin(), messages.end());  // oldest first
        return messages;
    }

    // The token of the last link to `path` mailed to `to`; "" when none.
    std::string token_mailed(const std::string& to, const std::string& path)
    {
        std::string token;
        const std::regex link("https://pmi\\.example" + path + "\\?token=([A-Za-z0-9_%-]+)");
        for (const auto& message : mail()) {
            std::smatch match;
            if (message.to_address == to && std::regex_search(message.body_text, match, link)) token = match[1];
        }
        return token;
    }

    // A verified account, ready to sign in.
    void verified_user(const std::string& email, const std::string& name = "Awa Ouédraogo")
    {
        ASSERT_TRUE(service.sign_up({name, email, kPassword, "fr"}).ok());
        ASSERT_TRUE(service.verify_email(token_mailed(email, "/verify")).ok());
    }

    // An organisation of `kind`, in Canada.
    OrganisationId organisation(const std::string& name, accounts::OrganisationKind kind, const std::string& province = "ON")
    {
        auto connection = database->acquire();
        return accounts::OrganisationStore(*connection).insert({OrganisationId{}, kind, name, "CA", province}, 0);
    }

    // A signed-in user with `role` in `organisation` (created on first use), as services see it.
    Actor actor(const std::string& email, Role role, OrganisationId organisation, const std::string& language = "en")
    {
        EXPECT_TRUE(service.ensure_user({email.substr(0, email.find('@')), email, kPassword, language}, role, organisation).ok());
        return refreshed(email);
    }

    // The user as they are now, memberships included.
    Actor refreshed(const std::string& email)
    {
        return service.resolve(service.sign_in(email, kPassword).value().session_id)->actor;
    }

    // The audit log's actions that start with `prefix`, oldest first.
    std::vector<std::string> audited(const std::string& prefix)
    {
        auto connection = database->acquire();
        std::vector<std::string> actions;
        for (const auto& row : connection->query("SELECT action FROM audit_log WHERE action LIKE ? ORDER BY id", {prefix + "%"}))
            actions.push_back(row.text(0));
        return actions;
    }

    TestDatabase database;
    ManualClock clock;
    web::I18n i18n;
    accounts::AccountService service;
};

}  // namespace pmi::testing
