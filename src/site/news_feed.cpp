#include "site/news_feed.hpp"

#include <ctime>

namespace pmi::site {
namespace {

std::string escape_xml(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default:
                // XML 1.0 allows no control characters but tab and line ends.
                if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
        }
    }
    return out;
}

std::string rfc3339(Seconds at)
{
    std::time_t time = at;
    std::tm parts{};
    gmtime_r(&time, &parts);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return buffer;
}

}  // namespace

std::string atom_feed(const std::vector<NewsPost>& posts, const std::string& public_origin, std::string_view language,
                      std::string_view feed_title)
{
    Seconds updated = 0;
    for (const auto& post : posts) updated = std::max(updated, post.updated_at);
    std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" +
                      escape_xml(language) + "\">\n";
    xml += "<title>" + escape_xml(feed_title) + "</title>\n<id>" + escape_xml(public_origin) + "/news</id>\n";
    xml += "<link rel=\"self\" type=\"application/atom+xml\" href=\"" + escape_xml(public_origin) + "/news/feed.atom\"/>\n";
    xml += "<link rel=\"alternate\" type=\"text/html\" href=\"" + escape_xml(public_origin) + "/news\"/>\n";
    xml += "<updated>" + rfc3339(updated) + "</updated>\n<author><name>PMI-LED</name></author>\n";
    for (const auto& post : posts) {
        const std::string url = public_origin + "/news/" + post.slug;
        const auto title = post.title.pick(language), summary = post.summary.pick(language);
        xml += "<entry>\n<title xml:lang=\"" + escape_xml(title.language) + "\">" + escape_xml(title.text) + "</title>\n";
        xml += "<id>" + escape_xml(url) + "</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"" + escape_xml(url) + "\"/>\n";
        xml += "<published>" + rfc3339(post.published_at.value_or(post.updated_at)) + "</published>\n";
        xml += "<updated>" + rfc3339(post.updated_at) + "</updated>\n";
        xml += "<summary xml:lang=\"" + escape_xml(summary.language) + "\">" + escape_xml(summary.text) + "</summary>\n</entry>\n";
    }
    return xml + "</feed>\n";
}

web::Response NewsFeed::atom(web::Exchange& exchange)
{
    auto response = web::Response::text(
        200, atom_feed(service_.news(kFeedEntries), public_origin_, exchange.language,
                       "PMI-LED · " + i18n_.translate(exchange.language, "The Latest")));
    response.content_type = "application/atom+xml; charset=utf-8";
    return response;
}

}  // namespace pmi::site
