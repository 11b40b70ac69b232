// The flaws below are deliberate: see positive_controls.hpp. Nothing here may be copied into
// the program; each route is the opposite of what the rest of pmi does.
#include "testing/positive_controls.hpp"

#include <fstream>
#include <iterator>
#include <string>

namespace pmi::testing {
namespace {

web::Response html(std::string body)
{
    web::Response response;
    response.body = "<!doctype html><html lang=\"en\"><head><title>Positive control</title></head><body><main>" + std::move(body) +
                    "<p>" + kPositiveControlMarker + "</p></main></body></html>";
    return response;
}

web::Response index(web::Exchange&)
{
    return html(
        "<h1>Positive controls</h1><ul>"
        "<li><a href=\"/_controls/sql?id=1\">SQL built by concatenation</a></li>"
        "<li><a href=\"/_controls/echo?text=hello\">Text echoed unescaped</a></li>"
        "<li><a href=\"/_controls/file?name=controls.txt\">A file named by the address</a></li>"
        "<li><a href=\"/_controls/note\">A form without a CSRF token</a></li></ul>");
}

// SQL injection: the one statement in pmi built by concatenation instead of with `?`
// parameters, written in each backend's own syntax so that the scanner's run on either
// backend has a control in that backend's dialect.
web::Response call_by_id(db::Database& database, const web::Exchange& exchange)
{
    const std::string id(exchange.request.query().get("id"));
    const std::string sql = database.dialect() == db::Dialect::Sqlite
                                ? "SELECT slug FROM calls WHERE id = " + id + " LIMIT 1"
                                : "SELECT slug FROM calls WHERE id = " + id + " FETCH FIRST 1 ROWS ONLY";
    try {
        auto row = database.acquire()->query_one(sql);
        return html(row ? "<p>Call " + row->text(0) + "</p>" : std::string("<p>No such call.</p>"));
    } catch (const db::DatabaseError&) {
        auto response = html("<p>The query failed.</p>");
        response.status = 500;
        return response;
    }
}

// Reflected cross-site scripting: the text comes back as markup.
web::Response echo(web::Exchange& exchange)
{
    return html("<p>You wrote: " + std::string(exchange.request.query().get("text")) + "</p>");
}

// A form whose POST skips the CSRF check (the route is exempt and carries no signed token),
// and changes nothing.
web::Response note_form(web::Exchange&)
{
    return html(
        "<form method=\"post\" action=\"/_controls/note\"><label for=\"note\">Note</label>"
        "<input id=\"note\" name=\"note\" value=\"hello\"><button>Keep</button></form>");
}

web::Response note(web::Exchange&)
{
    return html("<p>Noted.</p>");
}

// Path traversal: the file is whatever path the address names, from the data folder.
web::Response file(const std::filesystem::path& data_dir, const web::Exchange& exchange)
{
    std::ifstream in(data_dir / std::string(exchange.request.query().get("name")), std::ios::binary);
    if (!in) return web::Response::text(404, std::string(kPositiveControlMarker) + ": no such file\n");
    std::string content(std::istreambuf_iterator<char>(in), {});
    return web::Response::text(200, content.substr(0, 64 * 1024));
}

}  // namespace

void add_positive_controls(web::Router& router, db::Database& database, const std::filesystem::path& data_dir)
{
    std::ofstream(data_dir / "controls.txt") << kPositiveControlMarker << ": a file the path traversal control serves\n";
    router.get("/_controls", index);
    router.get("/_controls/sql", [&database](web::Exchange& exchange) { return call_by_id(database, exchange); });
    router.get("/_controls/echo", echo);
    router.get("/_controls/note", note_form);
    router.post("/_controls/note", note, 0, web::Csrf::Exempt);
    router.get("/_controls/file", [data_dir](web::Exchange& exchange) { return file(data_dir, exchange); });
}

}  // namespace pmi::testing
