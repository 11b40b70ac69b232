#pragma once
// The news as an Atom feed (RFC 4287) at /news/feed.atom, in the reader's language.
#include <string>

#include "site/site_service.hpp"
#include "web/page.hpp"

namespace pmi::site {

inline constexpr int kFeedEntries = 30;

// The Atom document of `posts` (newest first): absolute links under `public_origin`, texts in
// `language` (or their fallback), moments in RFC 3339.
std::string atom_feed(const std::vector<NewsPost>& posts, const std::string& public_origin, std::string_view language,
                      std::string_view feed_title);

class NewsFeed {
public:
    NewsFeed(SiteService& service, const web::I18n& i18n, std::string public_origin)
        : service_(service), i18n_(i18n), public_origin_(std::move(public_origin)) {}
    web::Response atom(web::Exchange& exchange);

private:
    SiteService& service_;
    const web::I18n& i18n_;
    std::string public_origin_;
};

}  // namespace pmi::site
