#pragma once
// multipart/form-data bodies (file uploads), parsed without copying the file contents.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "web/http.hpp"

namespace pmi::web {

struct Part {
    std::string name;
    std::string filename;  // empty for a plain field
    std::string content_type;
    std::string_view data;  // points into the request body
};

inline constexpr std::size_t kMaxParts = 50;

// Fails (field "body") when the content type has no boundary, a part has no name, the
// closing boundary is missing, or there are more than kMaxParts parts.
Result<std::vector<Part>> parse_multipart(std::string_view body, std::string_view content_type);

// A plain field of a multipart request, or "" (also when the body is not multipart).
std::string multipart_field(const struct Request& request, std::string_view name);

// A form that may carry one file: its plain fields and, when the part named `file_field`
// holds bytes, that part. A body that is not multipart is read as an ordinary form with no
// file. Fails as parse_multipart does.
struct FormWithFile {
    Fields fields;
    std::optional<Part> file;
};
Result<FormWithFile> form_with_file(const Request& request, std::string_view file_field);

}  // namespace pmi::web
