#pragma once
// A fixture for the distribution list: the program and its regions, an officer, an admin
// and an applicant, the list's services, and helpers to subscribe readers and read the
// links mailed to them.
#include <regex>

#include "accounts/organisation_store.hpp"
#include "mailing/campaign_service.hpp"
#include "mailing/consent_ledger.hpp"
#include "mailing/list_guard.hpp"
#include "mailing/subscriber_admin.hpp"
#include "mailing/subscriber_store.hpp"
#include "mailing/subscription_service.hpp"
#include "site/site_store.hpp"
#include "support/account_fixture.hpp"
#include "web/http.hpp"

namespace pmi::testing {

inline mailing::MailingSettings mailing_settings()
{
    mailing::MailingSettings settings;
    settings.public_origin = "https://pmi.example";
    settings.link_secret = "a secret for the tests, long enough";
    settings.configured.postal_address = "24 Clarence Street, Ottawa, Ontario K1N 5P3";
    return settings;
}

class MailingFixture : public AccountFixture {
protected:
    MailingFixture()
        : subscriptions(*database, clock, i18n, mailing_settings()),
          campaigns(*database, clock, i18n, mailing_settings()),
          admin_service(*database, clock, i18n, subscriptions, mailing_settings().configured)
    {
        auto connection = database->acquire();
        site::SiteStore site(*connection);
        site::Program program;
        program.name.set("en", "Partnerships for Municipal Innovation");
        program.short_name = "PMI-LED";
        program.implementer.set("en", "Federation of Canadian Municipalities");
        program.implementer.set("fr", "Fédération canadienne des municipalités");
        program.contact_email = "pmi@fcm.example";
        program.contact_phone = "+1 613 555 0100";
        site.save_program(program);
        site::Region africa{"africa", {}, 1};
        africa.name.set("en", "Africa");
        africa.name.set("fr", "Afrique");
        site.save_region(africa);
        site.save_region(site::Region{"asia", LocalizedText::from_json(R"({"en":"Asia"})"), 2});
        const auto office = accounts::OrganisationStore(*connection)
                                .insert({OrganisationId{}, accounts::OrganisationKind::ProgramOffice, "Office", "CA", "ON"}, 0);
        const auto town = accounts::OrganisationStore(*connection)
                              .insert({OrganisationId{}, accounts::OrganisationKind::CanadianMunicipality, "Town", "CA", "ON"}, 0);
        officer = actor("officer@example.org", Role::ProgramOfficer, office);
        admin = actor("admin@example.org", Role::Admin, office);
        applicant = actor("applicant@example.org", Role::Applicant, town);
    }

    Actor actor(const std::string& email, Role role, OrganisationId organisation)
    {
        EXPECT_TRUE(service.ensure_user({email.substr(0, email.find('@')), email, kPassword, "en"}, role, organisation).ok());
        return service.resolve(service.sign_in(email, kPassword).value().session_id)->actor;
    }

    mailing::SubscriptionRequest request(const std::string& email, std::vector<std::string> topics, const std::string& language = "en")
    {
        return {email, "Awa Ouédraogo", language, "Commune de Koudougou", std::move(topics), true, language, "192.0.2.7", "", "POST /mailing/subscribe"};
    }

    // The token of the last link to /mailing/<path> mailed to `to`; "" when none.
    std::string link_mailed(const std::string& to, const std::string& path)
    {
        std::string token;
        const std::regex link("https://pmi\\.example/mailing/" + path + "\\?token=([A-Za-z0-9_.~%-]+)");
        for (const auto& message : mail()) {
            std::smatch match;
            if (message.to_address == to && std::regex_search(message.body_text, match, link))
                token = web::percent_decode(match[1].str(), false);
        }
        return token;
    }

    // A confirmed subscriber to `topics`.
    mailing::SubscriberId subscribed(const std::string& email, std::vector<std::string> topics, const std::string& language = "en")
    {
        EXPECT_TRUE(subscriptions.subscribe(request(email, std::move(topics), language)).ok());
        auto confirmed = subscriptions.confirm(link_mailed(email, "confirm"), "192.0.2.7");
        EXPECT_TRUE(confirmed.ok());
        return confirmed.ok() ? confirmed->subscriber.id : mailing::SubscriberId{};
    }

    std::optional<mailing::Subscriber> subscriber(const std::string& email)
    {
        auto connection = database->acquire();
        return mailing::SubscriberStore(*connection).find_by_email(email);
    }

    std::vector<mailing::ConsentEvent> ledger(mailing::SubscriberId id)
    {
        auto connection = database->acquire();
        return mailing::ConsentLedger(*connection).events(id);
    }

    std::string link_token(mailing::SubscriberId id, std::vector<std::string> topics, Seconds issued)
    {
        return mailing::sign_link(mailing_settings().link_secret, {id, std::move(topics), issued, std::nullopt});
    }

    mailing::SubscriptionService subscriptions;
    mailing::CampaignService campaigns;
    mailing::SubscriberAdmin admin_service;
    Actor officer, admin, applicant;
};

}  // namespace pmi::testing
