// The message as it travels: header encoding and folding, line lengths, both parts, the
// unsubscribe headers; dot-stuffing, the journal's lines and the rate limiter.
#include <gtest/gtest.h>

#include <sstream>

#include "outbox/handover_journal.hpp"
#include "outbox/mime.hpp"
#include "outbox/rate_limiter.hpp"
#include "outbox/smtp.hpp"
#include "support/smtp_server.hpp"

namespace pmi::outbox {
namespace {

std::vector<std::string> lines_of(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find("\r\n", start);
        EXPECT_NE(end, std::string::npos) << "every line ends in CRLF";
        if (end == std::string::npos) break;
        lines.push_back(text.substr(start, end - start));
        start = end + 2;
    }
    return lines;
}

MailContent sample()
{
    MailContent content;
    content.from = "PMI-LED <no-reply@pmi.example>";
    content.to = "awa@example.org";
    content.subject = "Nouvel appel à partenariats : équipes de développement économique local 2027, Burkina Faso et Mali";
    content.text = "Bonjour Awa,\n\nUn nouvel appel est ouvert.\n.\n";
    content.html = "<p>Bonjour Awa,</p><p>Un nouvel appel est ouvert.</p>";
    content.message_id = "abc123@pmi.example";
    content.list_unsubscribe = "https://pmi.example/mailing/one-click?token=v1.42.calls.1800000000.0.signature";
    content.date = 1800000000;
    return content;
}

TEST(Mime, EveryLineStaysShortAndEndsInCrlf)
{
    const std::string message = compose(sample());
    for (const auto& line : lines_of(message)) {
        if (line.find("https://") != std::string::npos) continue;  // an address is never cut
        EXPECT_LE(line.size(), 78u) << line;
    }
}

TEST(Mime, AUtf8SubjectBecomesEncodedWordsThatDecodeToIt)
{
    const std::string message = compose(sample());
    const std::string subject = testing::header(message, "Subject");
    EXPECT_EQ(subject.rfind("=?UTF-8?B?", 0), 0u) << subject;
    std::string decoded;
    std::istringstream words(subject);
    for (std::string word; words >> word;) {
        ASSERT_EQ(word.rfind("=?UTF-8?B?", 0), 0u);
        ASSERT_LE(word.size(), 75u) << "RFC 2047 limits an encoded word to 75 characters";
        std::string mail = "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n" + word.substr(10, word.size() - 12);
        decoded += testing::mime_part(mail, "text/plain");
    }
    EXPECT_EQ(decoded, sample().subject);
}

TEST(Mime, AShortAsciiSubjectStaysReadable)
{
    auto content = sample();
    content.subject = "News digest";
    EXPECT_NE(compose(content).find("\r\nSubject: News digest\r\n"), std::string::npos);
}

TEST(Mime, TextAndHtmlTravelAsAlternativesInBase64)
{
    const std::string message = compose(sample());
    EXPECT_NE(testing::header(message, "Content-Type").find("multipart/alternative"), std::string::npos);
    EXPECT_EQ(testing::mime_part(message, "text/plain"), sample().text);
    EXPECT_EQ(testing::mime_part(message, "text/html"), sample().html);
    EXPECT_EQ(testing::header(message, "MIME-Version"), "1.0");
}

TEST(Mime, ListMailCarriesTheOneClickUnsubscribeHeaders)
{
    const std::string message = compose(sample());
    EXPECT_EQ(testing::header(message, "List-Unsubscribe"), "<" + sample().list_unsubscribe + ">");
    EXPECT_EQ(testing::header(message, "List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");
    auto plain = sample();
    plain.list_unsubscribe.clear();
    EXPECT_EQ(testing::header(compose(plain), "List-Unsubscribe"), "");
}

TEST(Mime, DateMessageIdAndSenderAreThere)
{
    const std::string message = compose(sample());
    EXPECT_EQ(testing::header(message, "Date"), "Fri, 15 Jan 2027 08:00:00 +0000");
    EXPECT_EQ(testing::header(message, "Message-ID"), "<abc123@pmi.example>");
    EXPECT_EQ(testing::header(message, "From"), "PMI-LED <no-reply@pmi.example>");
    auto content = sample();
    content.from = "Programme PMI-DEL, bureau <no-reply@pmi.example>";
    EXPECT_EQ(testing::header(compose(content), "From"), "\"Programme PMI-DEL, bureau\" <no-reply@pmi.example>");
    content.from = "Fédération <no-reply@pmi.example>";
    EXPECT_NE(testing::header(compose(content), "From").find("=?UTF-8?B?"), std::string::npos);
}

TEST(Mime, APlainTextMessageHasOnePart)
{
    auto content = sample();
    content.html.clear();
    const std::string message = compose(content);
    EXPECT_EQ(testing::header(message, "Content-Type"), "text/plain; charset=UTF-8");
    EXPECT_EQ(testing::mime_part(message, "text/plain"), content.text);
}

TEST(Mime, AddressesAndDomains)
{
    EXPECT_EQ(address_of("PMI-LED <no-reply@pmi.example>"), "no-reply@pmi.example");
    EXPECT_EQ(address_of("no-reply@pmi.example"), "no-reply@pmi.example");
    EXPECT_EQ(domain_of("no-reply@pmi.example"), "pmi.example");
    EXPECT_EQ(domain_of("nobody"), "localhost");
}

TEST(Smtp, LinesStartingWithADotAreStuffed)
{
    EXPECT_EQ(dot_stuffed("a\r\n.\r\n..b\r\n"), "a\r\n..\r\n...b\r\n");
    EXPECT_EQ(dot_stuffed(".start"), "..start\r\n");
}

TEST(HandoverJournal, ReadsWholeLinesOnly)
{
    auto entries = HandoverJournal::parse("H 12\nS 12 250 2.0.0 Queued\nT 13 451 later\nX 14\nH 1");
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0].kind, HandoverJournal::Kind::HandedOver);
    EXPECT_EQ(entries[1].kind, HandoverJournal::Kind::Sent);
    EXPECT_EQ(entries[1].detail, "250 2.0.0 Queued");
    EXPECT_EQ(entries[2].message_id, 13);
}

TEST(HandoverJournal, ALiveWorkersJournalIsNoOrphanADeadOnesIs)
{
    const auto folder = std::filesystem::temp_directory_path() / ("pmi-journal-" + std::to_string(getpid()));
    std::filesystem::remove_all(folder);
    {
        HandoverJournal live(folder, "wlive");
        live.record(HandoverJournal::Kind::HandedOver, 7);
        EXPECT_TRUE(HandoverJournal::orphans(folder).empty());
        live.keep();  // as if its process died
    }
    auto orphans = HandoverJournal::orphans(folder);
    ASSERT_EQ(orphans.size(), 1u);
    EXPECT_EQ(orphans[0].worker, "wlive");
    ASSERT_EQ(orphans[0].entries.size(), 1u);
    EXPECT_EQ(orphans[0].entries[0].message_id, 7);
    HandoverJournal::discard(orphans[0]);
    EXPECT_TRUE(HandoverJournal::orphans(folder).empty());
    std::filesystem::remove_all(folder);
}

TEST(RateLimiter, SpacesMessagesAtTheRate)
{
    RateLimiter limiter(10);
    const auto start = RateLimiter::Clock::time_point{} + std::chrono::hours(1);
    EXPECT_EQ(limiter.reserve(start), std::chrono::nanoseconds::zero());
    EXPECT_EQ(limiter.reserve(start), std::chrono::milliseconds(100));
    EXPECT_EQ(limiter.reserve(start), std::chrono::milliseconds(200));
    // After a quiet second the bucket holds one message again, no more.
    EXPECT_EQ(limiter.reserve(start + std::chrono::seconds(2)), std::chrono::nanoseconds::zero());
    EXPECT_EQ(limiter.reserve(start + std::chrono::seconds(2)), std::chrono::milliseconds(100));
    RateLimiter unlimited(0);
    EXPECT_EQ(unlimited.reserve(start), std::chrono::nanoseconds::zero());
}

}  // namespace
}  // namespace pmi::outbox
