#pragma once
// The static assets built into the binary, compressed once at start, served with an ETag
// and, when asked for by their versioned address, cached for a year.
#include <map>
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
    struct Asset {
        std::string content;
        std::string gzip;
        std::string brotli;
        std::string etag;
        std::string content_type;
    };
    std::map<std::string, Asset, std::less<>> assets_;
};

}  // namespace pmi::web
