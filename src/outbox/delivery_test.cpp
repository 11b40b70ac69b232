// Delivery against a real SMTP server (aiosmtpd) on every backend: each message once, the
// outcomes of refusals, consent checked at send time, a dead worker settled from its
// journal, two workers sharing one queue, the rate, authentication and STARTTLS.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <thread>

#include "outbox/delivery.hpp"
#include "support/smtp_server.hpp"
#include "support/test_database.hpp"

namespace pmi::outbox {
namespace {

constexpr Seconds kStart = 1'800'000'000;

struct Row {
    std::string status;
    int attempts = 0;
    Seconds next_attempt_at = 0;
    std::string last_error;
};

class RecordingGuard final : public SendGuard {
public:
    std::optional<std::string> withhold_reason(db::Connection&, const Message& message, Seconds) override
    {
        if (message.subscriber_id == std::optional<std::int64_t>(2)) return "no consent for calls";
        return std::nullopt;
    }
    void hard_bounced(db::Connection&, const std::string& address, const std::string&, Seconds) override
    {
        bounced.push_back(address);
    }
    std::vector<std::string> bounced;
};

class DeliveryTest : public ::testing::TestWithParam<std::string> {
protected:
    DeliveryTest()
        : database(GetParam()),
          clock(kStart),
          folder(std::filesystem::temp_directory_path() /
                 ("pmi-delivery-" + std::to_string(getpid()) + "-" + std::to_string(reinterpret_cast<std::uintptr_t>(this))))
    {
    }
    ~DeliveryTest() override { std::filesystem::remove_all(folder); }

    DeliverySettings settings(const testing::TestSmtpServer& server) const
    {
        DeliverySettings s;
        s.smtp.url = server.url();
        s.smtp.from = "PMI-LED <no-reply@pmi.example>";
        s.smtp.timeout_seconds = 10;
        s.journal_folder = folder;
        return s;
    }

    std::int64_t queue(const std::string& to, std::optional<std::int64_t> subscriber = std::nullopt)
    {
        auto connection = database->acquire();
        OutgoingMail mail{to, "Hello " + to, "Text for " + to + "\n", "test", "<p>HTML for " + to + "</p>", "", subscriber,
                          subscriber ? "calls" : "", std::nullopt};
        if (subscriber) mail.list_unsubscribe = "https://pmi.example/mailing/one-click?token=t" + std::to_string(*subscriber);
        return Outbox(*connection).add(clock.now(), mail);
    }

    Row row(std::int64_t id)
    {
        auto connection = database->acquire();
        auto found = connection->query_one("SELECT status, attempts, next_attempt_at, last_error FROM outbox WHERE id = ?", {id});
        return Row{found->text(0), static_cast<int>(found->integer(1)), found->integer(2), found->optional_text(3).value_or("")};
    }

    std::multiset<std::string> recipients(const testing::TestSmtpServer& server)
    {
        std::multiset<std::string> all;
        for (const auto& mail : server.received())
            for (const auto& to : mail.to) all.insert(to);
        return all;
    }

    void claim_for(const std::string& worker, Seconds until)
    {
        auto connection = database->acquire();
        connection->execute("UPDATE outbox SET status = 'sending', claimed_by = ?, claimed_until = ?", {worker, until});
    }

    testing::TestDatabase database;
    ManualClock clock;
    std::filesystem::path folder;
    RecordingGuard guard;
};

TEST_P(DeliveryTest, SendsEachQueuedMessageOnceAndRecordsIt)
{
    testing::TestSmtpServer server;
    Delivery delivery(*database, clock, settings(server), &guard);
    const auto first = queue("ana@example.org");
    queue("bo@example.org");
    EXPECT_EQ(delivery.deliver_due(), 2);
    EXPECT_EQ(delivery.deliver_due(), 0);
    auto received = server.received();
    ASSERT_EQ(received.size(), 2u);
    EXPECT_EQ(received[0].from, "no-reply@pmi.example");
    EXPECT_EQ(row(first).status, "sent");
    EXPECT_EQ(testing::mime_part(received[0].data, "text/html"), "<p>HTML for ana@example.org</p>");
    auto connection = database->acquire();
    const std::string stored = connection->query_one("SELECT message_id FROM outbox WHERE id = ?", {first})->text(0);
    EXPECT_EQ(testing::header(received[0].data, "Message-ID"), "<" + stored + "@pmi.example>");
}

TEST_P(DeliveryTest, ATemporaryRefusalIsRetriedLaterUntilTheTriesRunOut)
{
    testing::TestSmtpServer server;
    Delivery delivery(*database, clock, settings(server), &guard);
    const auto id = queue("defer-1@example.org");
    delivery.deliver_due();
    EXPECT_EQ(row(id).status, "queued");
    EXPECT_EQ(row(id).attempts, 1);
    EXPECT_EQ(row(id).next_attempt_at, kStart + retry_delay(1));
    EXPECT_NE(row(id).last_error.find("451"), std::string::npos);
    delivery.deliver_due();
    EXPECT_EQ(row(id).attempts, 1) << "not due yet";
    for (int attempt = 2; attempt <= kMaxAttempts; ++attempt) {
        clock.advance(retry_delay(attempt - 1));
        delivery.deliver_due();
        EXPECT_EQ(row(id).attempts, attempt);
    }
    EXPECT_EQ(row(id).status, "failed");
    EXPECT_TRUE(server.received().empty());
}

TEST_P(DeliveryTest, AnUnknownMailboxIsAHardBounceAFullOneOnlyAFailure)
{
    testing::TestSmtpServer server;
    Delivery delivery(*database, clock, settings(server), &guard);
    const auto unknown = queue("reject-1@example.org");
    const auto full = queue("full-1@example.org");
    const auto fine = queue("fine@example.org");
    delivery.deliver_due();
    EXPECT_EQ(row(unknown).status, "failed");
    EXPECT_EQ(row(full).status, "failed");
    EXPECT_EQ(row(fine).status, "sent") << "the connection goes on after a refusal";
    EXPECT_EQ(guard.bounced, std::vector<std::string>{"reject-1@example.org"});
    EXPECT_EQ(recipients(server), std::multiset<std::string>{"fine@example.org"});
}

TEST_P(DeliveryTest, ListMailGoesOnlyWhileItsRecipientConsents)
{
    testing::TestSmtpServer server;
    Delivery delivery(*database, clock, settings(server), &guard);
    const auto wanted = queue("wanted@example.org", 1);
    const auto unwanted = queue("unwanted@example.org", 2);
    delivery.deliver_due();
    EXPECT_EQ(row(wanted).status, "sent");
    EXPECT_EQ(row(unwanted).status, "withheld");
    EXPECT_EQ(row(unwanted).last_error, "no consent for calls");
    EXPECT_EQ(recipients(server), std::multiset<std::string>{"wanted@example.org"});
    auto received = server.received();
    EXPECT_EQ(testing::header(received[0].data, "List-Unsubscribe"), "<https://pmi.example/mailing/one-click?token=t1>");

    Delivery unguarded(*database, clock, settings(server), nullptr);
    const auto orphan = queue("wanted@example.org", 1);
    unguarded.deliver_due();
    EXPECT_EQ(row(orphan).status, "withheld") << "without a consent check, list mail never goes";
}

TEST_P(DeliveryTest, ADeadWorkersHandedOverMessagesAreNotSentAgainItsOthersAre)
{
    testing::TestSmtpServer server;
    const auto accepted = queue("accepted@example.org");
    const auto handed = queue("handed@example.org");
    const auto waiting = queue("waiting@example.org");
    claim_for("wdead", kStart + 3600);
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "wdead.journal") << "H " << accepted << "\nS " << accepted << " 250 OK\nH " << handed << "\n";

    Delivery delivery(*database, clock, settings(server), &guard);
    delivery.deliver_due();
    EXPECT_EQ(row(accepted).status, "sent");
    EXPECT_EQ(row(handed).status, "sent");
    EXPECT_EQ(row(waiting).status, "sent");
    EXPECT_EQ(recipients(server), std::multiset<std::string>{"waiting@example.org"});
    EXPECT_FALSE(std::filesystem::exists(folder / "wdead.journal"));
}

TEST_P(DeliveryTest, AClaimWhoseLeaseRanOutIsTakenBack)
{
    testing::TestSmtpServer server;
    const auto id = queue("late@example.org");
    claim_for("welsewhere", kStart - 1);
    Delivery delivery(*database, clock, settings(server), &guard);
    delivery.deliver_due();
    EXPECT_EQ(row(id).status, "sent");
    EXPECT_EQ(recipients(server).size(), 1u);
}

TEST_P(DeliveryTest, TwoWorkersOnOneQueueSendEachMessageOnce)
{
    testing::TestSmtpServer server;
    constexpr int kMessages = 300;
    for (int i = 0; i < kMessages; ++i) queue("reader" + std::to_string(i) + "@example.org");
    auto work = [&] {
        auto s = settings(server);
        s.batch = 20;
        Delivery delivery(*database, clock, s, &guard);
        while (delivery.deliver_due() > 0) {
        }
    };
    std::thread one(work), two(work);
    one.join();
    two.join();
    auto all = recipients(server);
    EXPECT_EQ(all.size(), static_cast<std::size_t>(kMessages));
    EXPECT_EQ(std::set<std::string>(all.begin(), all.end()).size(), static_cast<std::size_t>(kMessages));
}

TEST_P(DeliveryTest, TheConfiguredRateIsKept)
{
    testing::TestSmtpServer server;
    auto s = settings(server);
    s.messages_per_second = 20;
    Delivery delivery(*database, clock, s, &guard);
    for (int i = 0; i < 10; ++i) queue("paced" + std::to_string(i) + "@example.org");
    const auto started = std::chrono::steady_clock::now();
    EXPECT_EQ(delivery.deliver_due(), 10);
    EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(440));
}

TEST_P(DeliveryTest, StoppingGivesUnsentClaimsBack)
{
    testing::TestSmtpServer server;
    Delivery delivery(*database, clock, settings(server), &guard);
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 5; ++i) ids.push_back(queue("stop" + std::to_string(i) + "@example.org"));
    int allowed = 2;
    EXPECT_EQ(delivery.deliver_due([&](std::chrono::nanoseconds) { return allowed-- > 0; }), 2);
    EXPECT_EQ(row(ids[1]).status, "sent");
    EXPECT_EQ(row(ids[2]).status, "queued");
    EXPECT_EQ(delivery.deliver_due(), 3);
}

TEST_P(DeliveryTest, AnUnreachableServerIsATemporaryFailure)
{
    testing::TestSmtpServer server;
    auto s = settings(server);
    server.stop();
    Delivery delivery(*database, clock, s, &guard);
    const auto id = queue("nobody-home@example.org");
    delivery.deliver_due();
    EXPECT_EQ(row(id).status, "queued");
    EXPECT_EQ(row(id).attempts, 1);
}

TEST_P(DeliveryTest, AuthenticatesOverStartTls)
{
    testing::TestSmtpServer server({"pmi", "s3cret", true});
    auto s = settings(server);
    s.smtp.username = "pmi";
    s.smtp.password = "s3cret";
    s.smtp.tls = Tls::Require;
    s.smtp.verify_peer = false;  // the test certificate is self-signed
    Delivery delivery(*database, clock, s, &guard);
    const auto id = queue("secure@example.org");
    delivery.deliver_due();
    EXPECT_EQ(row(id).status, "sent") << row(id).last_error;
    auto received = server.received();
    ASSERT_EQ(received.size(), 1u);
    EXPECT_TRUE(received[0].tls);
    EXPECT_TRUE(received[0].authenticated);

    s.smtp.password = "wrong";
    Delivery refused(*database, clock, s, &guard);
    const auto other = queue("secure2@example.org");
    refused.deliver_due();
    EXPECT_EQ(row(other).status, "queued") << "a refused login is tried again later";
}

INSTANTIATE_TEST_SUITE_P(Backends, DeliveryTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::outbox
