#pragma once
// The static assets built into the binary, served with an ETag and, when asked for by the
// address of their own version, cached for a year. Each is compressed (gzip 9, brotli 11) the first time
// a client asks for that encoding, not at start: brotli at its best quality takes tens of
// milliseconds per asset, which would delay every start for clients that may never come.
#include <map>
#include <mutex>
#include <string>

#include "web/http.hpp"

namespace pmi::web {

class StaticFiles {
public:
    StaticFiles();
    // The address to use in pages: /static/NAME?v=HASH, so a new build is fetched at once.
    std::string url(const std::string& name) const;
    // Answers GET /static/NAME; 404 for anything else.
    Response serve(const Request& request) const;

private:
    // Made at most once, by the first request that needs it; thread-safe.
    struct Compressed {
        mutable std::once_flag once;
        mutable std::string data;
    };
    struct Asset {
        std::string content;
        std::string etag;
        std::string content_type;
        bool compressible = false;
        Compressed gzip;
        Compressed brotli;
    };
    static std::string_view cache_rule(const Request& request, const Asset& asset);

    std::map<std::string, Asset, std::less<>> assets_;
};

}  // namespace pmi::web
