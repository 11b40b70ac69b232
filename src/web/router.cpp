#include "web/router.hpp"

#include <stdexcept>

#include <cassert>

namespace pmi::web {
namespace {

std::vector<std::string> split_path(std::string_view path)
{
    std::vector<std::string> segments;
    std::size_t start = 1;
    if (path.size() <= 1) return segments;
    while (start <= path.size()) {
        auto slash = path.find('/', start);
        if (slash == std::string_view::npos) slash = path.size();
        segments.emplace_back(path.substr(start, slash - start));
        start = slash + 1;
    }
    return segments;
}

bool matches(const Route& route, const std::vector<std::string>& segments,
             std::vector<std::pair<std::string, std::string>>& parameters)
{
    if (route.segments.size() != segments.size()) return false;
    parameters.clear();
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const auto& expected = route.segments[i];
        if (!expected.empty() && expected.front() == ':') {
            if (segments[i].empty()) return false;
            parameters.emplace_back(expected.substr(1), segments[i]);
        } else if (expected != segments[i]) {
            return false;
        }
    }
    return true;
}

}  // namespace

void Router::add(Method method, std::string pattern, Handler handler, std::size_t max_body, Csrf csrf)
{
    assert(!pattern.empty() && pattern.front() == '/' && "route patterns start with /");
    for (const auto& route : routes_)
        if (route.method == method && route.pattern == pattern)
            throw std::logic_error("the route " + std::string(method_name(method)) + " " + pattern + " is in the table twice");
    auto segments = split_path(pattern);
    routes_.push_back(Route{method, std::move(pattern), std::move(handler), std::move(segments), max_body, csrf});
}

Match Router::match(Method method, std::string_view path) const
{
    Match result;
    auto segments = split_path(path);
    std::vector<std::pair<std::string, std::string>> parameters;
    Method wanted = method == Method::Head ? Method::Get : method;
    for (const auto& route : routes_) {
        if (!matches(route, segments, parameters)) continue;
        if (route.method == wanted) {
            result.route = &route;
            result.parameters = std::move(parameters);
            return result;
        }
        result.path_known = true;
        result.allowed.push_back(route.method);
    }
    return result;
}

}  // namespace pmi::web
