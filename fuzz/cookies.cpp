// The Cookie header: any header is read without fault, and a cookie found has a value
// that does not run into the next one.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "web/http.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    pmi::web::Request request;
    request.headers.add("Cookie", std::string(reinterpret_cast<const char*>(data), size));
    for (const char* name : {"pmi_session", "pmi_csrf", "pmi_lang", "__Host-pmi_session"})
        if (auto value = request.cookie(name); value && value->find(';') != std::string::npos) std::abort();
    return 0;
}
