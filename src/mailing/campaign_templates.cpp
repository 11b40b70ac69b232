#include "mailing/campaign_templates.hpp"

#include <algorithm>

#include "core/translator.hpp"
#include "mailing/topics.hpp"

namespace pmi::mailing {
namespace {

template <typename Item>
std::string names_of(const std::vector<Item>& items, const std::vector<std::string>& codes, const std::string& language)
{
    std::string names;
    for (const auto& item : items)
        if (std::find(codes.begin(), codes.end(), item.code) != codes.end())
            names += (names.empty() ? "" : ", ") + item.name.pick(language).text;
    return names;
}

// The first paragraph of a Markdown text: enough to say what a call is about.
std::string first_paragraph(const std::string& markdown)
{
    auto end = markdown.find("\n\n");
    return markdown.substr(0, end);
}

}  // namespace

CampaignDraft call_announcement(const calls::Call& call, const site::SiteContent& content, const web::I18n& i18n,
                                const std::string& public_origin)
{
    CampaignDraft draft;
    draft.topics.emplace_back(kCallsTopic);
    for (const auto& country : content.countries) {
        const auto topic = region_topic(country.region_code);
        if (std::find(call.countries.begin(), call.countries.end(), country.code) != call.countries.end() &&
            std::find(draft.topics.begin(), draft.topics.end(), topic) == draft.topics.end())
            draft.topics.push_back(topic);
    }
    for (const auto& language : i18n.languages()) {
        const std::string& code = language.code;
        draft.languages.push_back(code);
        const std::string title = call.title.pick(code).text;
        draft.subject.set(code, i18n.format(code, "A new call for partnership is open ({1})", {title}));
        std::string body = "## " + title + "\n\n" + first_paragraph(call.description.pick(code).text) + "\n\n";
        auto item = [&](std::string_view label, const std::string& value) {
            return "- **" + i18n.translate(code, label) + "**" + (code == "fr" ? " : " : ": ") + value + "\n";
        };
        body += item(N_("Countries"), names_of(content.countries, call.countries, code));
        body += item(N_("Programming areas"), names_of(content.areas, call.areas, code));
        body += item(N_("Deadline"), i18n.date_time_in(code, call.deadline_at, call.time_zone)) + "\n";
        body += "[" + i18n.translate(code, "Read the call and apply") + "](" + public_origin + "/calls/" + call.slug + ")\n";
        draft.body.set(code, body);
    }
    return draft;
}

Result<CampaignDraft> news_digest(const std::vector<site::NewsPost>& posts, Seconds since, Seconds until,
                                  const site::SiteContent& content, const web::I18n& i18n, const std::string& public_origin)
{
    std::vector<const site::NewsPost*> period;
    for (const auto& post : posts)
        if (post.published_at && *post.published_at > since && *post.published_at <= until) period.push_back(&post);
    if (period.empty()) return invalid("kind", "No news was published since the last digest, so there is nothing to send yet.");
    CampaignDraft draft;
    draft.topics.emplace_back(kNewsTopic);
    const std::string program = content.program ? content.program->short_name : std::string("PMI-LED");
    for (const auto& language : i18n.languages()) {
        const std::string& code = language.code;
        draft.languages.push_back(code);
        draft.subject.set(code, i18n.format(code, "News of {1}, {2}", {program, i18n.date(code, until)}));
        std::string body;
        for (const auto* post : period) {
            body += "### [" + post->title.pick(code).text + "](" + public_origin + "/news/" + post->slug + ")\n\n";
            body += i18n.date(code, *post->published_at) + ". " + post->summary.pick(code).text + "\n\n";
        }
        body += "[" + i18n.translate(code, "All the news") + "](" + public_origin + "/news)\n";
        draft.body.set(code, body);
    }
    return draft;
}

}  // namespace pmi::mailing
