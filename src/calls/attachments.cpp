#include "calls/attachments.hpp"

#include <algorithm>

#include "audit/audit_log.hpp"
#include "calls/rules.hpp"
#include "files/upload_rules.hpp"

namespace pmi::calls {
namespace {

std::vector<Attachment> files_of(db::Connection& connection, ApplicationId application)
{
    return AttachmentStore(connection).of(application);
}

// The answer of a file question is the list of its files' ids, so "required" works as for text.
Answers file_answer(const std::vector<Attachment>& files, const std::string& code)
{
    std::string ids;
    for (const auto& file : files)
        if (file.question_code == code) ids += (ids.empty() ? "" : ",") + std::to_string(file.id.value);
    return {{code, ids}};
}

// Saves the question's new answer as the next version of the application.
Status record(db::Connection& connection, const Actor& actor, const Loaded& loaded, const std::string& code, Seconds now)
{
    ApplicationStore store(connection);
    const int version = loaded.application.version;
    auto answer = file_answer(files_of(connection, loaded.application.id), code);
    if (!store.save_answers(loaded.application.id, answer, version, now))
        return conflict("version", "Someone else saved this application at the same moment; reload the page.");
    Answers merged = loaded.application.answers;
    merged[code] = answer.at(code);
    store.add_version(loaded.application.id, version + 1, actor, now, "save", {code}, merged);
    return Ok{};
}

Result<const Question*> file_question(const Call& call, const std::string& code)
{
    auto question = std::find_if(call.questions.begin(), call.questions.end(),
                                 [&](const Question& q) { return q.code == code && q.kind == QuestionKind::File; });
    if (question == call.questions.end()) return invalid("question", "This form has no file question \"{1}\"; reload the page.", {code.substr(0, 60)});
    return &*question;
}

}  // namespace

Result<FileId> AttachmentService::attach(const Actor& actor, ApplicationId application, const std::string& question_code,
                                         const std::string& file_name, std::string_view data)
{
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    {
        // Who may change the application is settled before its bytes are examined (checking
        // an office file inflates it), and again in the transaction.
        auto loaded = TRY(load_application(*connection, actor, application, Access::Change));
        TRY(accepting_changes(loaded.call, now));
        TRY(file_question(loaded.call, question_code));
    }
    const std::string type = TRY(files::accepted_document(data, "file"));
    auto stored = store_.put(data);
    return db::in_transaction(*connection, [&]() -> Result<FileId> {
        auto loaded = TRY(load_application(*connection, actor, application, Access::Change));
        TRY(accepting_changes(loaded.call, now));
        if (!editable(loaded.application.status)) return conflict("status", "This application was submitted: reopen it to change a file.");
        TRY(file_question(loaded.call, question_code));
        const auto attached = files_of(*connection, application);
        const std::string name = files::display_name(file_name);
        // The same file under the same name is the same attachment: a client that sends it
        // again because the first reply never came gets the one kept, not a copy.
        auto same = std::find_if(attached.begin(), attached.end(), [&](const Attachment& a) {
            return a.question_code == question_code && a.sha256 == stored.sha256 && a.file_name == name;
        });
        if (same != attached.end()) return same->id;
        std::int64_t total = 0;
        for (const auto& file : attached) total += file.size;
        if (total + static_cast<std::int64_t>(data.size()) > static_cast<std::int64_t>(kMaxApplicationBytes))
            return Error(ErrorCode::PayloadTooLarge, "file", "An application may hold at most 50 MB of files; remove one before adding this.");
        FileId id = AttachmentStore(*connection).insert(
            application, {FileId{}, question_code, name, type, static_cast<std::int64_t>(data.size()), stored.sha256, now},
            actor.user_id);
        TRY(record(*connection, actor, loaded, question_code, now));
        audit::AuditLog(*connection).record(now, actor, "application.attach", "application", std::to_string(application.value),
                                            question_code + ": " + name + " (" + type + ")");
        return id;
    });
}

Status AttachmentService::detach(const Actor& actor, ApplicationId application, FileId file)
{
    const Seconds now = clock_.now();
    auto connection = database_.acquire();
    return db::in_transaction(*connection, [&]() -> Status {
        auto loaded = TRY(load_application(*connection, actor, application, Access::Change));
        TRY(accepting_changes(loaded.call, now));
        if (!editable(loaded.application.status)) return conflict("status", "This application was submitted: reopen it to change a file.");
        auto files = files_of(*connection, application);
        auto found = std::find_if(files.begin(), files.end(), [&](const Attachment& a) { return a.id == file; });
        if (found == files.end()) return not_found();
        AttachmentStore(*connection).remove(application, file);
        TRY(record(*connection, actor, loaded, found->question_code, now));
        audit::AuditLog(*connection).record(now, actor, "application.detach", "application", std::to_string(application.value),
                                            found->question_code + ": " + found->file_name);
        return Ok{};
    });
}

Result<std::vector<Attachment>> AttachmentService::list(const Actor& actor, ApplicationId application)
{
    auto connection = database_.acquire();
    TRY(load_application(*connection, actor, application, Access::Read));
    return files_of(*connection, application);
}

Result<Download> AttachmentService::download(const Actor& actor, ApplicationId application, FileId file)
{
    auto files = TRY(list(actor, application));
    auto found = std::find_if(files.begin(), files.end(), [&](const Attachment& a) { return a.id == file; });
    if (found == files.end()) return not_found();
    auto path = store_.path_of(found->sha256);
    if (!path) return not_found("This file is missing from the server's storage; tell the program office.");
    return Download{*path, found->file_name, found->content_type};
}

}  // namespace pmi::calls
