#pragma once
// An uploaded file sent back to a reader who may see it.
#include <string>

#include "web/http.hpp"

namespace pmi::web {

// The file at `path` as an attachment named `file_name` (RFC 6266: an ASCII fallback and the
// name in UTF-8), sandboxed so that even a file that fooled the type check never runs as a
// page of this site, and never cached by shared caches.
Response file_download(const std::string& path, const std::string& file_name, const std::string& content_type);

enum class Sharing { Public, Private };
// An image that pages show (not an attachment), sandboxed like any upload; shared caches
// keep it for a day when `sharing` is Public, and never otherwise.
Response inline_image(const std::string& path, const std::string& content_type, Sharing sharing);

}  // namespace pmi::web
