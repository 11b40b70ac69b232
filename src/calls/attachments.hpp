#pragma once
// Files attached to an application (letters of council support, CVs): PDF, DOCX, XLSX,
// JPEG and PNG only, recognised by content; 10 MB each, 50 MB per application; downloads
// only for those who may read the application.
#include <string>
#include <vector>

#include "calls/call_service.hpp"
#include "files/file_store.hpp"

namespace pmi::calls {

inline constexpr std::size_t kMaxFileBytes = 10 * 1024 * 1024;
inline constexpr std::size_t kMaxApplicationBytes = 50 * 1024 * 1024;

struct Download {
    std::string path;
    std::string file_name;
    std::string content_type;
};

// The type is allowed when it is one of the five the program accepts.
bool allowed_content_type(std::string_view content_type);
// The file's type by its content when it is one the site keeps: not empty, at most
// kMaxFileBytes, a PDF, DOCX, XLSX, JPEG or PNG (office packages opened within limits).
// Fails naming "file" otherwise.
Result<std::string> accepted_file_type(std::string_view data);

class AttachmentService {
public:
    AttachmentService(db::Database& database, const Clock& clock, files::FileStore& store)
        : database_(database), clock_(clock), store_(store) {}

    // Fails naming "file" when the file is empty, too large, of a refused type, or would take
    // the application over its total; with DeadlinePassed or Conflict as saving a draft does.
    Result<FileId> attach(const Actor& actor, ApplicationId application, const std::string& question_code,
                          const std::string& file_name, std::string_view data);
    Status detach(const Actor& actor, ApplicationId application, FileId file);
    Result<std::vector<Attachment>> list(const Actor& actor, ApplicationId application);
    Result<Download> download(const Actor& actor, ApplicationId application, FileId file);

private:
    db::Database& database_;
    const Clock& clock_;
    files::FileStore& store_;
};

}  // namespace pmi::calls
