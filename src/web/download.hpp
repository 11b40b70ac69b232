#pragma once
// An uploaded file sent back as a download (RFC 6266 name), never shown as a page of this site.
#include <string>

#include "web/http.hpp"

namespace pmi::web {

// The file at `path` as an attachment named `file_name` (ASCII fallback and UTF-8 name),
// sandboxed and not cached. Throws std::runtime_error when the file cannot be read.
Response file_download(const std::string& path, const std::string& content_type, const std::string& file_name);

}  // namespace pmi::web
