#include "calls/uploaded_file.hpp"

#include "web/multipart.hpp"

namespace pmi::calls {

Result<UploadedFile> uploaded_file(const web::Request& request)
{
    auto parts = TRY(web::parse_multipart(request.body, request.headers.get("Content-Type").value_or("")));
    UploadedFile upload;
    bool has_file = false;
    for (const auto& part : parts) {
        if (part.name == "question") upload.question = std::string(part.data);
        if (part.name == "file") {
            upload.file_name = part.filename;
            upload.data = part.data;
            has_file = true;
        }
    }
    if (!has_file || upload.data.empty()) return invalid("file", "Choose a file to upload; this one is empty.");
    return upload;
}

}  // namespace pmi::calls
