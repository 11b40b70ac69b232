#pragma once
// Files attached to an application (letters of council support, CVs) under the program's
// upload rules (files/upload_rules.hpp); 50 MB per application; downloads
// only for those who may read the application.
#include <string>
#include <vector>

#include "calls/call_service.hpp"
#include "files/file_store.hpp"
#include "files/upload_rules.hpp"

namespace pmi::calls {

using files::kMaxFileBytes;
inline constexpr std::size_t kMaxApplicationBytes = 50 * 1024 * 1024;

struct Download {
    std::string path;
    std::string file_name;
    std::string content_type;
};

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
