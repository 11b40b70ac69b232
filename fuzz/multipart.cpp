// multipart/form-data bodies: parsing never reads outside the body, and every part it
// returns lies inside it.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "web/multipart.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    auto parts = pmi::web::parse_multipart(body, "multipart/form-data; boundary=pmiFuzzBoundary");
    if (!parts.ok()) return 0;
    if (parts->size() > pmi::web::kMaxParts) std::abort();
    for (const auto& part : *parts)
        if (part.data.data() < body.data() || part.data.data() + part.data.size() > body.data() + body.size()) std::abort();
    return 0;
}
