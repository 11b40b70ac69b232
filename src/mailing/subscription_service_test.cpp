// Subscribing, confirming, unsubscribing and preferences on every backend: double opt-in,
// the ledger's evidence, links that work without signing in for 180 days and not after,
// bad input that changes nothing, and a ledger the database keeps append-only.
#include "mailing/wording.hpp"
#include "support/mailing_fixture.hpp"

namespace pmi::mailing {
namespace {

using testing::kStart;

class SubscriptionTest : public testing::MailingFixture {};

std::size_t count_rows(db::Database& database, const std::string& table)
{
    return static_cast<std::size_t>(database.acquire()->query_one("SELECT COUNT(*) FROM " + table)->integer(0));
}

TEST_P(SubscriptionTest, ARequestIsRecordedAndWaitsForItsConfirmation)
{
    ASSERT_TRUE(subscriptions.subscribe(request("awa@example.org", {"calls", "region-africa"}, "fr")).ok());
    auto pending = subscriber("awa@example.org");
    ASSERT_TRUE(pending);
    EXPECT_EQ(pending->status, SubscriberStatus::Pending);
    EXPECT_EQ(pending->language, "fr");
    auto events = ledger(pending->id);
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0].action, ConsentAction::Request);
    EXPECT_EQ(events[0].method, ConsentMethod::WebForm);
    EXPECT_EQ(events[0].ip, "192.0.2.7");
    EXPECT_EQ(events[0].source, "POST /mailing/subscribe") << "where the consent was given";
    ASSERT_TRUE(events[0].wording);
    EXPECT_EQ(events[0].wording->version, kWordingVersion);
    EXPECT_NE(events[0].wording->text.find("Fédération canadienne des municipalités"), std::string::npos) << "who asks, in French";
    auto connection = database->acquire();
    EXPECT_TRUE(SubscriberStore(*connection).recipients({"calls"}, {"fr"}, clock.now()).empty()) << "nothing before confirmation";
    auto mails = mail();
    ASSERT_EQ(mails.size(), 1u);
    EXPECT_EQ(mails[0].purpose, "mailing_confirm");
    EXPECT_NE(mails[0].body_text.find("24 Clarence Street"), std::string::npos) << "the sender's mailing address";
    EXPECT_FALSE(link_mailed("awa@example.org", "confirm").empty());
}

TEST_P(SubscriptionTest, TheConfirmationLinkActivatesTheTopicsOnceAndExpiresAfterAWeek)
{
    ASSERT_TRUE(subscriptions.subscribe(request("awa@example.org", {"calls", "news"})).ok());
    const std::string token = link_mailed("awa@example.org", "confirm");
    auto confirmed = subscriptions.confirm(token, "198.51.100.4");
    ASSERT_TRUE(confirmed.ok());
    EXPECT_EQ(confirmed->topics, (std::vector<std::string>{"calls", "news"}));
    EXPECT_EQ(subscriber("awa@example.org")->status, SubscriberStatus::Active);
    auto events = ledger(confirmed->subscriber.id);
    ASSERT_EQ(events.size(), 4u);
    EXPECT_EQ(events[2].action, ConsentAction::Grant);
    EXPECT_EQ(events[2].method, ConsentMethod::ConfirmedLink);
    EXPECT_EQ(events[2].ip, "198.51.100.4");
    ASSERT_TRUE(events[2].wording) << "the grant keeps the wording that was asked with";
    EXPECT_FALSE(subscriptions.confirm(token, "").ok()) << "single-use";

    ASSERT_TRUE(subscriptions.subscribe(request("late@example.org", {"news"})).ok());
    clock.advance(kConfirmationLifetime + 1);
    auto late = subscriptions.confirm(link_mailed("late@example.org", "confirm"), "");
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().field, "token");
    EXPECT_EQ(subscriber("late@example.org")->status, SubscriberStatus::Pending);
}

TEST_P(SubscriptionTest, ASignedInAccountsOwnAddressIsSubscribedAtOnce)
{
    auto own = request("officer@example.org", {"calls"});
    own.account_email = "Officer@Example.org";
    auto result = subscriptions.subscribe(own);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(*result, Subscribed::AtOnce);
    auto subscribed = subscriber("officer@example.org");
    EXPECT_EQ(subscribed->status, SubscriberStatus::Active);
    auto events = ledger(subscribed->id);
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].action, ConsentAction::Grant);
    EXPECT_EQ(events[0].method, ConsentMethod::AccountSignUp);
    EXPECT_TRUE(events[0].wording);
    EXPECT_TRUE(mail().empty()) << "the account's address was verified at sign-up";

    auto other = request("someone.else@example.org", {"calls"});
    other.account_email = "officer@example.org";
    EXPECT_EQ(*subscriptions.subscribe(other), Subscribed::ConfirmationSent) << "another address is confirmed by mail";
}

TEST_P(SubscriptionTest, BadInputGetsAFieldErrorAndChangesNothing)
{
    struct Case {
        std::function<void(SubscriptionRequest&)> spoil;
        std::string field;
    };
    const std::vector<Case> cases = {
        {[](auto& r) { r.email = "not an address"; }, "email"},
        {[](auto& r) { r.email = "awa@example.org\r\nBcc: everyone@example.org"; }, "email"},
        {[](auto& r) { r.name = "Awa\r\nBcc: everyone@example.org"; }, "name"},
        {[](auto& r) { r.name = std::string(121, 'a'); }, "name"},
        {[](auto& r) { r.name = ""; }, "name"},
        {[](auto& r) { r.language = "de"; }, "language"},
        {[](auto& r) { r.organisation = std::string(201, 'o'); }, "organisation"},
        {[](auto& r) { r.topics = {}; }, "topics"},
        {[](auto& r) { r.topics = {"calls", "everything"}; }, "topics"},
        {[](auto& r) { r.consent = false; }, "consent"},
    };
    for (const auto& c : cases) {
        auto bad = request("awa@example.org", {"calls"});
        c.spoil(bad);
        auto result = subscriptions.subscribe(bad);
        ASSERT_FALSE(result.ok()) << c.field;
        EXPECT_EQ(result.error().field, c.field);
    }
    EXPECT_EQ(count_rows(*database, "mailing_subscribers"), 0u);
    EXPECT_EQ(count_rows(*database, "mailing_consent_events"), 0u);
    EXPECT_TRUE(mail().empty());
}

TEST_P(SubscriptionTest, RepeatedRequestsDoNotFloodTheMailbox)
{
    ASSERT_TRUE(subscriptions.subscribe(request("awa@example.org", {"calls"})).ok());
    ASSERT_TRUE(subscriptions.subscribe(request("awa@example.org", {"news"})).ok());
    EXPECT_EQ(mail().size(), 1u) << "one confirmation mail in ten minutes";
    auto confirmed = subscriptions.confirm(link_mailed("awa@example.org", "confirm"), "");
    ASSERT_TRUE(confirmed.ok());
    EXPECT_EQ(confirmed->topics, (std::vector<std::string>{"calls", "news"})) << "the first link confirms both requests";

    clock.advance(kConfirmationInterval);
    ASSERT_TRUE(subscriptions.subscribe(request("awa@example.org", {"calls"})).ok());
    auto mails = mail();
    ASSERT_EQ(mails.size(), 2u);
    EXPECT_FALSE(link_mailed("awa@example.org", "preferences").empty()) << "a subscriber asking again gets a link to the preferences";
}

TEST_P(SubscriptionTest, AnUnsubscribeLinkWithdrawsAtOnceWithoutSigningIn)
{
    const auto id = subscribed("awa@example.org", {"calls", "news"});
    auto linked = subscriptions.linked(link_token(id, {"calls"}, clock.now()));
    ASSERT_TRUE(linked.ok());
    ASSERT_TRUE(linked->subscriber);

    auto withdrawn = subscriptions.unsubscribe(link_token(id, {"calls"}, clock.now()), UnsubscribeScope::LinkTopics,
                                               ConsentMethod::UnsubscribeLink, "203.0.113.9");
    ASSERT_TRUE(withdrawn.ok());
    EXPECT_EQ(*withdrawn, std::vector<std::string>{"calls"});
    auto connection = database->acquire();
    SubscriberStore store(*connection);
    EXPECT_FALSE(store.receives(id, {"calls"}, clock.now()));
    EXPECT_TRUE(store.receives(id, {"news"}, clock.now()));
    EXPECT_EQ(ledger(id).back().action, ConsentAction::Withdraw);
    EXPECT_EQ(ledger(id).back().method, ConsentMethod::UnsubscribeLink);

    auto everything = subscriptions.unsubscribe(link_token(id, {"calls"}, clock.now()), UnsubscribeScope::Everything,
                                                ConsentMethod::OneClick, "");
    ASSERT_TRUE(everything.ok());
    EXPECT_EQ(*everything, std::vector<std::string>{"news"});
    EXPECT_EQ(subscriber("awa@example.org")->status, SubscriberStatus::Unsubscribed);
    auto again = subscriptions.unsubscribe(link_token(id, {}, clock.now()), UnsubscribeScope::Everything, ConsentMethod::OneClick, "");
    ASSERT_TRUE(again.ok()) << "unsubscribing twice is no error";
    EXPECT_TRUE(again->empty());
}

TEST_P(SubscriptionTest, LinksWorkFor180DaysAndCannotBeAltered)
{
    const auto id = subscribed("awa@example.org", {"calls"});
    const std::string token = link_token(id, {"calls"}, clock.now());
    clock.advance(61 * 86400);
    EXPECT_TRUE(subscriptions.linked(token).ok()) << "CASL: at least 60 days";
    clock.advance(120 * 86400);
    auto expired = subscriptions.unsubscribe(token, UnsubscribeScope::Everything, ConsentMethod::UnsubscribeLink, "");
    ASSERT_FALSE(expired.ok());
    EXPECT_NE(expired.error().message.find("expired"), std::string::npos);

    std::string altered = link_token(id, {"calls"}, clock.now());
    altered[3] = altered[3] == '9' ? '8' : '9';  // another subscriber
    EXPECT_FALSE(subscriptions.unsubscribe(altered, UnsubscribeScope::Everything, ConsentMethod::OneClick, "").ok());
    EXPECT_FALSE(subscriptions.linked("v1.1.all.0.0").ok());
    EXPECT_FALSE(subscriptions.linked(std::string(5000, 'x')).ok());
    EXPECT_EQ(subscriber("awa@example.org")->status, SubscriberStatus::Active) << "nothing changed";
}

TEST_P(SubscriptionTest, PreferencesChangeTopicsWithConsentForWhatIsAdded)
{
    const auto id = subscribed("awa@example.org", {"calls"});
    const std::string token = link_token(id, {}, clock.now());
    PreferencesChange change{"Awa O.", "fr", "Koudougou", {"news", "region-asia"}, false, "fr", "192.0.2.8"};
    auto refused = subscriptions.update_preferences(token, change);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "consent");
    change.consent = true;
    ASSERT_TRUE(subscriptions.update_preferences(token, change).ok());
    auto updated = subscriber("awa@example.org");
    EXPECT_EQ(updated->name, "Awa O.");
    EXPECT_EQ(updated->language, "fr");
    auto connection = database->acquire();
    SubscriberStore store(*connection);
    EXPECT_FALSE(store.receives(id, {"calls"}, clock.now()));
    EXPECT_TRUE(store.receives(id, {"region-asia"}, clock.now()));
    auto events = ledger(id);
    EXPECT_EQ(std::count_if(events.begin(), events.end(), [](const ConsentEvent& e) { return e.method == ConsentMethod::Preferences; }), 3);

    change.topics.clear();
    ASSERT_TRUE(subscriptions.update_preferences(token, change).ok());
    EXPECT_EQ(subscriber("awa@example.org")->status, SubscriberStatus::Unsubscribed);
}

TEST_P(SubscriptionTest, TheGuardWithholdsListMailAfterAnUnsubscribeAndMarksBounces)
{
    const auto id = subscribed("awa@example.org", {"calls"});
    outbox::Message queued;
    queued.subscriber_id = id.value;
    queued.topics = "calls";
    ListGuard guard;
    auto connection = database->acquire();
    EXPECT_FALSE(guard.withhold_reason(*connection, queued, clock.now()));
    ASSERT_TRUE(subscriptions.unsubscribe(link_token(id, {}, clock.now()), UnsubscribeScope::Everything, ConsentMethod::OneClick, "").ok());
    EXPECT_TRUE(guard.withhold_reason(*connection, queued, clock.now()));

    const auto other = subscribed("gone@example.org", {"calls"});
    queued.subscriber_id = other.value;
    guard.hard_bounced(*connection, "Gone@Example.org", "550 5.1.1 No such mailbox", clock.now());
    EXPECT_EQ(subscriber("gone@example.org")->status, SubscriberStatus::Bounced);
    EXPECT_TRUE(guard.withhold_reason(*connection, queued, clock.now())) << "nothing more to a bounced address";
}

TEST_P(SubscriptionTest, TheDatabaseKeepsTheLedgerAppendOnly)
{
    const auto id = subscribed("awa@example.org", {"calls"});
    auto connection = database->acquire();
    EXPECT_THROW(connection->execute("UPDATE mailing_consent_events SET ip = 'forged' WHERE subscriber_id = ?", {id.value}),
                 db::DatabaseError);
    EXPECT_THROW(connection->execute("DELETE FROM mailing_consent_events WHERE subscriber_id = ?", {id.value}), db::DatabaseError);
    EXPECT_EQ(ledger(id).size(), 2u);
}

INSTANTIATE_TEST_SUITE_P(Backends, SubscriptionTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::mailing
