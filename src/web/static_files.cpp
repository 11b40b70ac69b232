#include "web/static_files.hpp"

#include "core/crypto.hpp"
#include "core/embedded.hpp"
#include "web/compression.hpp"

namespace pmi::web {
namespace {

std::string content_type_for(std::string_view name)
{
    auto ends_with = [&](std::string_view suffix) {
        return name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
    };
    if (ends_with(".css")) return "text/css; charset=utf-8";
    if (ends_with(".js")) return "application/javascript; charset=utf-8";
    if (ends_with(".svg")) return "image/svg+xml";
    if (ends_with(".png")) return "image/png";
    if (ends_with(".ico")) return "image/x-icon";
    if (ends_with(".json")) return "application/json";
    return "application/octet-stream";
}

}  // namespace

// A year under the asset's own version only. While servers of two builds run side by side
// (an upgrade behind a proxy), one of the old build can be asked for the new version's
// address: its old asset must not be kept there, by the proxy or the browser, for a year.
std::string_view StaticFiles::cache_rule(const Request& request, const Asset& asset)
{
    if (request.query_string.empty()) return "public, max-age=300";
    if (request.query().get("v") == std::string_view(asset.etag).substr(1, 8)) return "public, max-age=31536000, immutable";
    return "no-cache";
}

StaticFiles::StaticFiles()
{
    for (const auto& file : embedded::assets()) {
        Asset& asset = assets_[std::string(file.path)];  // in place: an Asset cannot move
        asset.content = std::string(file.content);
        asset.content_type = content_type_for(file.path);
        asset.etag = "\"" + crypto::sha256_hex(asset.content).substr(0, 16) + "\"";
        asset.compressible = compressible_type(asset.content_type);
    }
}

std::string StaticFiles::url(const std::string& name) const
{
    auto found = assets_.find(name);
    if (found == assets_.end()) return "/static/" + name;
    return "/static/" + name + "?v=" + found->second.etag.substr(1, 8);
}

Response StaticFiles::serve(const Request& request) const
{
    auto name = std::string_view(request.path).substr(std::string_view("/static/").size());
    auto found = assets_.find(name);
    if (found == assets_.end()) return Response::text(404, "Not found\n");
    const Asset& asset = found->second;
    Response response;
    response.content_type = asset.content_type;
    response.compressible = false;  // already compressed below
    response.headers.add("ETag", asset.etag);
    response.headers.add("Cache-Control", std::string(cache_rule(request, asset)));
    response.headers.add("Vary", "Accept-Encoding");
    if (request.headers.get("If-None-Match").value_or("") == asset.etag) {
        response.status = 304;
        return response;
    }
    switch (choose_encoding(request.headers.get("Accept-Encoding").value_or(""))) {
    case Encoding::Brotli:
        if (asset.compressible) {
            std::call_once(asset.brotli.once, [&asset] { asset.brotli.data = brotli(asset.content, 11); });
            response.headers.add("Content-Encoding", "br");
            response.body = asset.brotli.data;
            return response;
        }
        [[fallthrough]];
    case Encoding::Gzip:
        if (asset.compressible) {
            std::call_once(asset.gzip.once, [&asset] { asset.gzip.data = gzip(asset.content, 9); });
            response.headers.add("Content-Encoding", "gzip");
            response.body = asset.gzip.data;
            return response;
        }
        [[fallthrough]];
    case Encoding::Identity: response.body = asset.content;
    }
    return response;
}

}  // namespace pmi::web
