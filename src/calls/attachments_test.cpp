// Attachments on every backend: accepted by content, never by name; limits; who may
// download; the answer of a required file question.
#include "support/account_fixture.hpp"

#include <filesystem>

#include "accounts/organisation_store.hpp"
#include "calls/attachments.hpp"
#include "calls/time_zone.hpp"

namespace pmi::calls {
namespace {

using testing::kPassword;

const std::string kPdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
const std::string kPng = std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0\x90wS\xde", 33);
const std::string kHtml = "<!doctype html><html><script>alert(1)</script></html>";
const std::string kElf = std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) + std::string(64, '\0');

class AttachmentTest : public testing::AccountFixture {
protected:
    AttachmentTest()
        : folder(std::filesystem::temp_directory_path() / ("pmi-files-" + std::to_string(::getpid()) + "-" + GetParam())),
          store(folder.string()), calls(*database, clock, i18n, "https://pmi.example"), attachments(*database, clock, store)
    {
        clock.set(1800853140 - 86400);
        auto town = organisation("Pinecrest Landing", accounts::OrganisationKind::CanadianMunicipality);
        auto other = organisation("Lac-aux-Hérons", accounts::OrganisationKind::CanadianMunicipality);
        auto office = organisation("Office", accounts::OrganisationKind::ProgramOffice);
        officer = actor("officer@example.org", Role::ProgramOfficer, office);
        staff = actor("staff@example.org", Role::Applicant, town);
        stranger = actor("stranger@example.org", Role::Applicant, other);
        EXPECT_TRUE(calls.save_call(officer, sample()).ok());
        application = calls.start_application(staff, "with-files", town).value();
    }
    ~AttachmentTest() override { std::filesystem::remove_all(folder); }

    static Call sample()
    {
        Call call;
        call.slug = "with-files";
        call.title.set("en", "With files");
        call.time_zone = "America/Toronto";
        call.opens_at = 1790000000;
        call.deadline_at = 1800853140;
        call.review_due_at = call.deadline_at + 86400;
        call.criteria.push_back({{}, {}, 1, 5});
        call.criteria[0].name.set("en", "Expertise");
        Question letter{"council-letter", QuestionKind::File, {}, {}, true, std::nullopt, {}};
        letter.label.set("en", "Letter of council support");
        call.questions = {letter};
        return call;
    }

    std::filesystem::path folder;
    files::FileStore store;
    CallService calls;
    AttachmentService attachments;
    Actor officer, staff, stranger;
    ApplicationId application;
};

TEST_P(AttachmentTest, FilesAreAcceptedByContentNotByName)
{
    EXPECT_TRUE(attachments.attach(staff, application, "council-letter", "letter.pdf", kPdf).ok());
    EXPECT_TRUE(attachments.attach(staff, application, "council-letter", "photo.png", kPng).ok());
    for (const auto& disguised : {kHtml, kElf}) {
        auto refused = attachments.attach(staff, application, "council-letter", "innocent.pdf", disguised);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().field, "file");
    }
    EXPECT_EQ(attachments.list(staff, application)->size(), 2u);
}

TEST_P(AttachmentTest, SizeLimitsAndEmptyFilesAreRefused)
{
    EXPECT_EQ(attachments.attach(staff, application, "council-letter", "empty.pdf", "").error().field, "file");
    std::string large = kPdf + std::string(kMaxFileBytes, ' ');
    EXPECT_EQ(attachments.attach(staff, application, "council-letter", "large.pdf", large).error().code, ErrorCode::PayloadTooLarge);
    std::string nine_mb = kPdf + std::string(9 * 1024 * 1024, ' ');
    for (int i = 0; i < 5; ++i) {
        nine_mb[20] = static_cast<char>('a' + i);  // a different file each time
        ASSERT_TRUE(attachments.attach(staff, application, "council-letter", "part.pdf", nine_mb).ok()) << i;
    }
    nine_mb[20] = 'z';
    EXPECT_EQ(attachments.attach(staff, application, "council-letter", "sixth.pdf", nine_mb).error().code,
              ErrorCode::PayloadTooLarge) << "50 MB per application";
}

TEST_P(AttachmentTest, NamesAreCleanedAndFilesStoredByHashOnce)
{
    auto first = attachments.attach(staff, application, "council-letter", "../../etc/passwd\xE2\x80\xAEgpj.pdf", kPdf);
    auto second = attachments.attach(staff, application, "council-letter", "C:\\Users\\copy.pdf", kPdf);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok());
    auto list = attachments.list(staff, application).value();
    EXPECT_EQ(list[0].file_name, "passwdgpj.pdf");
    EXPECT_EQ(list[1].file_name, "copy.pdf");
    EXPECT_EQ(list[0].sha256, list[1].sha256);
    EXPECT_EQ(store.read(list[0].sha256).value(), kPdf);
}

TEST_P(AttachmentTest, TheSameFileSentAgainUnderTheSameNameIsKeptOnce)
{
    auto first = attachments.attach(staff, application, "council-letter", "letter.pdf", kPdf).value();
    const int version = calls.application(staff, application)->application.version;
    EXPECT_EQ(attachments.attach(staff, application, "council-letter", "letter.pdf", kPdf).value(), first)
        << "a retry after a lost reply";
    EXPECT_EQ(calls.application(staff, application)->application.version, version) << "no new version either";
    EXPECT_NE(attachments.attach(staff, application, "council-letter", "copy.pdf", kPdf).value(), first)
        << "another name is another attachment";
    EXPECT_EQ(attachments.list(staff, application)->size(), 2u);
}

TEST_P(AttachmentTest, OnlyThoseWhoMayReadTheApplicationDownload)
{
    auto id = attachments.attach(staff, application, "council-letter", "letter.pdf", kPdf).value();
    EXPECT_TRUE(attachments.download(staff, application, id).ok());
    EXPECT_TRUE(attachments.download(officer, application, id).ok());
    EXPECT_EQ(attachments.download(stranger, application, id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(attachments.download(Actor{}, application, id).error().code, ErrorCode::Unauthenticated);
    EXPECT_EQ(attachments.attach(stranger, application, "council-letter", "x.pdf", kPdf).error().code, ErrorCode::NotFound);
    // Refused for who asks before anything is said about the file.
    for (const auto& content : {std::string(), kHtml})
        EXPECT_EQ(attachments.attach(stranger, application, "council-letter", "x.pdf", content).error().code, ErrorCode::NotFound);
    EXPECT_EQ(attachments.attach(Actor{}, application, "council-letter", "x.pdf", "").error().code, ErrorCode::Unauthenticated);
    EXPECT_EQ(attachments.download(staff, application, FileId{id.value + 100}).error().code, ErrorCode::NotFound);
}

TEST_P(AttachmentTest, ARequiredFileQuestionIsAnsweredByItsFiles)
{
    EXPECT_FALSE(calls.submit(staff, application).ok());
    auto id = attachments.attach(staff, application, "council-letter", "letter.pdf", kPdf).value();
    ASSERT_TRUE(calls.submit(staff, application).ok());
    EXPECT_EQ(attachments.detach(staff, application, id).error().code, ErrorCode::Conflict) << "submitted: read-only";
    ASSERT_TRUE(calls.reopen(staff, application).ok());
    ASSERT_TRUE(attachments.detach(staff, application, id).ok());
    EXPECT_FALSE(calls.submit(staff, application).ok()) << "the letter is missing again";
    EXPECT_EQ(attachments.attach(staff, application, "no-such-question", "a.pdf", kPdf).error().field, "question");
}

TEST_P(AttachmentTest, NoFileChangesAfterTheDeadline)
{
    auto id = attachments.attach(staff, application, "council-letter", "letter.pdf", kPdf).value();
    clock.set(1800853140);
    EXPECT_EQ(attachments.attach(staff, application, "council-letter", "late.pdf", kPdf).error().code, ErrorCode::DeadlinePassed);
    EXPECT_EQ(attachments.detach(staff, application, id).error().code, ErrorCode::DeadlinePassed);
    EXPECT_TRUE(attachments.download(staff, application, id).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, AttachmentTest, ::testing::ValuesIn(testing::backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace pmi::calls
