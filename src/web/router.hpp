#pragma once
// The route table: method + pattern ("/news/:slug") → handler. Matching walks path segments;
// no regular expressions. Routes can be listed, so tests can check every one of them.
#include <functional>
#include <string>
#include <vector>

#include "web/exchange.hpp"

namespace pmi::web {

using Handler = std::function<Response(Exchange&)>;

// Unsafe requests carry a CSRF token; a route exempt from it must authorise each request by
// other means (a signed token in its address), and is marked so in the route table.
enum class Csrf { Required, Exempt };

// A public route answers every signed-out visitor alike (given the language), so its page can
// be kept and served again (web/page_cache.hpp). Only for GET routes without side effects.
enum class Cache { None, Public };

// A program officer or administrator without a second factor may use only the routes open
// before it (setting it up, signing out); the pipeline refuses them every other one.
enum class SecondFactor { Required, NotYet };

struct Route {
    Method method;
    std::string pattern;
    Handler handler;
    std::vector<std::string> segments;
    std::size_t max_body = 0;  // 0: the configured form limit
    Csrf csrf = Csrf::Required;
    Cache cache = Cache::None;
    SecondFactor second_factor = SecondFactor::Required;
};

struct Match {
    const Route* route = nullptr;
    bool path_known = false;  // some route has this path, but not with this method (405)
    std::vector<Method> allowed;  // the methods this path does answer
    std::vector<std::pair<std::string, std::string>> parameters;
};

class Router {
public:
    void add(Method method, std::string pattern, Handler handler, std::size_t max_body = 0, Csrf csrf = Csrf::Required);
    void get(std::string pattern, Handler handler) { add(Method::Get, std::move(pattern), std::move(handler)); }
    void get_public(std::string pattern, Handler handler)
    {
        add(Method::Get, std::move(pattern), std::move(handler));
        routes_.back().cache = Cache::Public;
    }
    void post(std::string pattern, Handler handler, std::size_t max_body = 0, Csrf csrf = Csrf::Required)
    {
        add(Method::Post, std::move(pattern), std::move(handler), max_body, csrf);
    }
    // Opens the route added last to users who still have to set up their second factor.
    void open_before_second_factor() { routes_.back().second_factor = SecondFactor::NotYet; }
    Match match(Method method, std::string_view path) const;
    const std::vector<Route>& routes() const { return routes_; }

private:
    std::vector<Route> routes_;
};

}  // namespace pmi::web
