#pragma once
// The public site's content: the program, where it works, its programming areas, pages
// and news. Texts readers see are LocalizedText, one version per language.
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/ids.hpp"
#include "core/localized_text.hpp"

namespace pmi::site {

struct Program {
    LocalizedText name, tagline, summary, funder, implementer, contact_role;
    std::string short_name;
    std::int64_t cash_envelope_cents = 0;
    std::int64_t in_kind_commitment_cents = 0;
    std::string currency = "CAD";
    int start_year = 0;
    int duration_years = 0;
    std::string contact_name, contact_email, contact_phone;
    Seconds updated_at = 0;
};

struct Region {
    std::string code;
    LocalizedText name;
    int position = 0;
};

struct Country {
    std::string code;  // ISO 3166-1 alpha-2
    std::string region_code;
    std::vector<std::string> working_languages;  // ISO 639-1
    LocalizedText name, summary, body;
    int position = 0;
    Seconds updated_at = 0;
};

struct ProgrammingArea {
    std::string code;
    int number = 0;
    LocalizedText name, summary, body;
    Seconds updated_at = 0;
};

struct ContentPage {
    PageId id;
    std::string slug;
    LocalizedText title, body;
    Seconds updated_at = 0;
};

struct NewsPost {
    NewsPostId id;
    std::string slug;
    LocalizedText title, summary, body;
    std::optional<Seconds> published_at;  // none: a draft
    Seconds updated_at = 0;
};

// What a program officer submits when editing a page or a news post.
struct PageEdit {
    LocalizedText title, body;
};

enum class Publish { No, Yes };

struct NewsEdit {
    std::string slug;
    LocalizedText title, summary, body;
    Publish publish = Publish::Yes;
};

}  // namespace pmi::site
