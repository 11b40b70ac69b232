// URL and form decoding: any input decodes, and encoding then decoding gives the text back.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "web/http.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    auto fields = pmi::web::Fields::parse(text);
    for (const auto& [name, value] : fields.entries()) (void)fields.get(name);
    (void)pmi::web::percent_decode(text, false);
    if (pmi::web::percent_decode(pmi::web::percent_encode(text), true) != text) std::abort();
    return 0;
}
