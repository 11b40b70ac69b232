#pragma once
// What the program accepts as an uploaded document (an application's letters, an expense's
// receipt, the evidence of an in-kind contribution): PDF, DOCX, XLSX, JPEG and PNG only,
// recognised by content, 10 MB at most, Office packages well formed.
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace pmi::files {

inline constexpr std::size_t kMaxFileBytes = 10 * 1024 * 1024;

// The type is allowed when it is one of the five the program accepts.
bool allowed_content_type(std::string_view content_type);

// The content type of `data` when the program accepts it. Fails naming `field` when the file
// is empty, larger than kMaxFileBytes (PayloadTooLarge), of a refused type, or a broken or
// oversized Office package.
Result<std::string> accepted_document(std::string_view data, const std::string& field);

}  // namespace pmi::files
