#include "files/upload_rules.hpp"

#include <algorithm>
#include <iterator>

#include "files/file_store.hpp"
#include "files/zip_archive.hpp"

namespace pmi::files {
namespace {

constexpr std::string_view kAllowed[] = {
    "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/jpeg", "image/png"};

}  // namespace

bool allowed_content_type(std::string_view content_type)
{
    return std::find(std::begin(kAllowed), std::end(kAllowed), content_type) != std::end(kAllowed);
}

Result<std::string> accepted_document(std::string_view data, const std::string& field)
{
    if (data.empty()) return invalid(field, "Choose a file to upload; this one is empty.");
    if (data.size() > kMaxFileBytes) return Error(ErrorCode::PayloadTooLarge, field, "A file may be at most 10 MB; this one is larger.");
    std::string type = detect_content_type(data);
    if (!allowed_content_type(type))
        return invalid(field, "Only PDF, Word (DOCX), Excel (XLSX), JPEG and PNG files are accepted; this file is {1}.", {type});
    TRY(check_office_package(type, data, field));
    return type;
}

}  // namespace pmi::files
