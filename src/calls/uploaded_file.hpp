#pragma once
// The file of an upload form (multipart/form-data with "question" and "file"), shared by the
// application page and the JSON API.
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "web/http.hpp"

namespace pmi::calls {

struct UploadedFile {
    std::string question;
    std::string file_name;
    std::string_view data;  // into the request's body
};

Result<UploadedFile> uploaded_file(const web::Request& request);

}  // namespace pmi::calls
