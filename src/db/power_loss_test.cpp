// Simulated power loss on SQLite (plan 4.13). Applicants save their answers through the real
// call service while a VFS (tests/support/power_loss_vfs.hpp) cuts the power at random
// writes; each cut's surviving files are opened again through pmi's own connection code and
// must pass integrity_check and foreign_key_check, hold every version they hold whole
// (applications.version agrees with the history, no gap), and keep every save acknowledged
// before the cut with synchronous=FULL (pmi's setting), or before the last sync of the
// write-ahead log with synchronous=NORMAL, whose later losses are allowed and counted (summed
// over the cuts: each cut loses the saves since the log's last sync that it did not keep).
//   PMI_POWER_LOSS_CUTS  cuts per mode (default 30; make check runs 500)
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "accounts/account_service.hpp"
#include "accounts/organisation_store.hpp"
#include "calls/call_service.hpp"
#include "db/migrations.hpp"
#include "support/power_loss_vfs.hpp"
#include "web/i18n.hpp"

namespace pmi::db {
namespace {

using calls::ApplicationId;
using testing::PowerCut;
using testing::PowerLossVfs;

constexpr Seconds kNow = 1'800'000'000;
constexpr const char* kOrigin = "https://pmi.example";
const std::string kPassword = "correct horse battery staple";

enum class Synchronous { Full, Normal };

struct Save {
    ApplicationId application;
    int version = 0;
    std::string text;
};

struct Tally {
    int cuts = 0;
    int lost = 0;         // acknowledged saves missing where the mode allows it (NORMAL after the last sync), summed over the cuts
    int cuts_losing = 0;  // cuts that lost any
    int cuts_in_checkpoints = 0;
    int lost_synced = 0;  // acknowledged saves missing that the mode promised to keep
    int integrity_errors = 0;
    std::size_t saves = 0;
    std::uint64_t writes = 0;
    std::vector<std::string> failures;
};

int cuts_per_mode()
{
    const char* cuts = std::getenv("PMI_POWER_LOSS_CUTS");
    return cuts ? std::max(1, std::atoi(cuts)) : 30;
}

calls::Call durability_call()
{
    calls::Call call;
    call.slug = "power-loss";
    call.title.set("en", "Power loss");
    call.time_zone = "UTC";
    call.opens_at = kNow - 86400;
    call.deadline_at = kNow + 30 * 86400;
    call.review_due_at = kNow + 60 * 86400;
    call.criteria.push_back({{}, {}, 1, 5});
    call.criteria[0].name.set("en", "Relevance");
    calls::Question summary{"summary", calls::QuestionKind::Text, {}, {}, true, 200, {}};
    summary.label.set("en", "Summary");
    call.questions = {summary};
    return call;
}

// The program office, two municipalities each with an application, and their staff, made
// with every write synced: the power is cut only in the saves that follow.
struct Program {
    Actor officer;
    std::vector<std::pair<Actor, ApplicationId>> applicants;
};

Program set_up(Database& database, const Clock& clock, const web::I18n& i18n)
{
    accounts::AccountSettings settings;
    settings.public_origin = kOrigin;
    accounts::AccountService accounts(database, clock, i18n, settings);
    auto organisation = [&](const std::string& name, accounts::OrganisationKind kind) {
        auto connection = database.acquire();
        return accounts::OrganisationStore(*connection).insert({OrganisationId{}, kind, name, "CA", "ON"}, 0);
    };
    auto actor = [&](const std::string& email, Role role, OrganisationId in) {
        EXPECT_TRUE(accounts.ensure_user({email.substr(0, email.find('@')), email, kPassword, "en"}, role, in).ok());
        return accounts.resolve(accounts.sign_in(email, kPassword).value().session_id)->actor;
    };
    Program program;
    program.officer = actor("officer@example.org", Role::ProgramOfficer, organisation("Office", accounts::OrganisationKind::ProgramOffice));
    calls::CallService calls(database, clock, i18n, kOrigin);
    EXPECT_TRUE(calls.save_call(program.officer, durability_call()).ok());
    for (const char* town : {"Pinecrest Landing", "Lac-aux-Hérons"}) {
        const auto municipality = organisation(town, accounts::OrganisationKind::CanadianMunicipality);
        const auto staff = actor("staff" + std::to_string(program.applicants.size()) + "@example.org", Role::Applicant, municipality);
        program.applicants.emplace_back(staff, calls.start_application(staff, "power-loss", municipality).value());
    }
    return program;
}

std::string text_of(Connection& connection, std::string_view sql)
{
    auto rows = connection.query(sql);
    std::string text;
    for (const auto& row : rows) text += (text.empty() ? "" : "; ") + row.text(0);
    return text;
}

// Opens what survived `cut` through pmi's connection code and counts what it lacks.
void check_cut(const PowerCut& cut, const std::vector<Save>& saves, Synchronous mode, const std::filesystem::path& folder, Tally& tally)
{
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    for (const auto& [name, contents] : cut.files) std::ofstream(folder / name, std::ios::binary) << contents;
    auto database = Database::open("sqlite:" + (folder / "pmi.db").string(), {1, std::chrono::seconds(10)});
    auto connection = database->acquire();
    ++tally.cuts;
    if (cut.during_checkpoint) ++tally.cuts_in_checkpoints;
    const int lost_before = tally.lost + tally.lost_synced;
    auto fail = [&](const std::string& what) {
        ++tally.integrity_errors;
        tally.failures.push_back("cut at write " + std::to_string(cut.write) + ": " + what);
    };
    if (auto integrity = text_of(*connection, "PRAGMA integrity_check"); integrity != "ok") fail("integrity_check: " + integrity);
    if (!connection->query("PRAGMA foreign_key_check").empty()) fail("foreign_key_check: " + text_of(*connection, "PRAGMA foreign_key_check"));
    // A save is one transaction: the application's version and its history move together,
    // and a later save never survives an earlier one.
    auto torn = text_of(*connection,
                        "SELECT a.id || ' at ' || a.version || ', history ' || COUNT(v.version) || ' up to ' || COALESCE(MAX(v.version), 0)"
                        " FROM applications a LEFT JOIN application_versions v ON v.application_id = a.id GROUP BY a.id, a.version"
                        " HAVING a.version <> COALESCE(MAX(v.version), 0) OR COUNT(v.version) <> COALESCE(MAX(v.version), 0)");
    if (!torn.empty()) fail("applications and their history disagree: " + torn);
    const std::size_t promised = mode == Synchronous::Full ? cut.acknowledged : cut.synced_acknowledged;
    for (std::size_t i = 0; i < cut.acknowledged; ++i) {
        auto row = connection->query_one("SELECT answers FROM application_versions WHERE application_id = ? AND version = ?",
                                         {saves[i].application.value, saves[i].version});
        if (row && row->text(0).find(saves[i].text) != std::string::npos) continue;
        if (i < promised) {
            ++tally.lost_synced;
            tally.failures.push_back("cut at write " + std::to_string(cut.write) + ": lost acknowledged save " + saves[i].text);
        } else {
            ++tally.lost;
        }
    }
    if (tally.lost + tally.lost_synced > lost_before) ++tally.cuts_losing;
}

Tally cut_power(Synchronous mode, int cuts)
{
    const std::string label = mode == Synchronous::Full ? "full" : "normal";
    const auto base = std::filesystem::temp_directory_path() / ("pmi_power_loss_" + std::to_string(getpid()) + "_" + label);
    const auto folder = base / "live", survivor = base / "cut";
    std::filesystem::remove_all(base);
    std::filesystem::create_directories(folder);
    const std::string url = "sqlite:" + (folder / "pmi.db").string();
    const auto seed = static_cast<std::uint64_t>(::testing::UnitTest::GetInstance()->random_seed()) * 2 + (mode == Synchronous::Full);
    PowerLossVfs vfs(folder.string(), seed);
    ManualClock clock(kNow);
    web::I18n i18n;
    Program program;
    {
        auto database = Database::open(url, {4, std::chrono::seconds(10)});
        migrate(*database);
        program = set_up(*database, clock, i18n);
    }
    // One connection, so the setting below is the one every save runs with.
    auto database = Database::open(url, {1, std::chrono::seconds(10)});
    if (mode == Synchronous::Normal) database->acquire()->execute_script("PRAGMA synchronous=NORMAL");
    calls::CallService calls(*database, clock, i18n, kOrigin);
    // About one write in eight is a cut. A save that checkpoints writes a thousand pages: at
    // most sixteen cuts (some 5 MB each) are held at once, and its later writes pass uncut.
    vfs.arm(1.0 / 8, 16);
    std::vector<Save> saves;
    std::map<std::int64_t, int> versions;
    Tally tally;
    for (int i = 0; tally.cuts < cuts && i < 100 * cuts + 1000; ++i) {
        const auto& [staff, application] = program.applicants[static_cast<std::size_t>(i) % program.applicants.size()];
        Save save{application, 0, "save " + std::to_string(i) + " " + std::string(200 + i % 300, 'x')};
        auto saved = calls.save_draft(staff, application, {{"summary", save.text}}, versions[application.value]);
        if (!saved.ok()) throw std::runtime_error("a save failed: " + saved.error().message);
        save.version = versions[application.value] = *saved;
        saves.push_back(save);
        vfs.acknowledge();
        for (const auto& cut : vfs.take_cuts())
            if (tally.cuts < cuts) check_cut(cut, saves, mode, survivor, tally);
    }
    tally.saves = saves.size();
    tally.writes = vfs.writes();
    std::filesystem::remove_all(base);
    return tally;
}

TEST(PowerLoss, AcknowledgedSavesSurviveAndNothingIsCorrupted)
{
    const int cuts = cuts_per_mode();
    const Tally full = cut_power(Synchronous::Full, cuts);
    const Tally normal = cut_power(Synchronous::Normal, cuts);
    std::cout << "power loss: FULL " << full.cuts << " cuts, " << full.lost + full.lost_synced << " lost, " << full.integrity_errors
              << " integrity errors; NORMAL " << normal.cuts << " cuts, " << normal.lost << " lost (counted), "
              << normal.integrity_errors << " integrity errors\n"
              << "power loss, NORMAL: " << normal.cuts_losing << " cuts lost commits, " << normal.lost_synced
              << " commits lost that the last sync of the log had made durable\n"
              << "power loss workload: FULL " << full.saves << " saves, " << full.writes << " writes, " << full.cuts_in_checkpoints
              << " cuts in checkpoints; NORMAL " << normal.saves << " saves, " << normal.writes << " writes, "
              << normal.cuts_in_checkpoints << " cuts in checkpoints\n";
    EXPECT_EQ(full.cuts, cuts);
    EXPECT_EQ(normal.cuts, cuts);
    EXPECT_EQ(full.lost + full.lost_synced, 0);
    EXPECT_EQ(full.integrity_errors, 0);
    EXPECT_EQ(normal.lost_synced, 0);
    EXPECT_EQ(normal.integrity_errors, 0);
    // The first few failures say enough.
    for (std::size_t i = 0; i < std::min<std::size_t>(10, full.failures.size()); ++i) ADD_FAILURE() << "FULL " << full.failures[i];
    for (std::size_t i = 0; i < std::min<std::size_t>(10, normal.failures.size()); ++i) ADD_FAILURE() << "NORMAL " << normal.failures[i];
}

}  // namespace
}  // namespace pmi::db
