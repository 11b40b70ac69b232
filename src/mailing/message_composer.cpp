#include "mailing/message_composer.hpp"

#include <algorithm>

namespace pmi::mailing {
namespace {

std::string contacts(const SenderIdentity& sender)
{
    std::string list;
    for (const std::string* value : {&sender.email, &sender.phone, &sender.website})
        if (!value->empty()) list += (list.empty() ? "" : " · ") + *value;
    return list;
}

std::string identification(const Translator& translator, std::string_view language, const SenderIdentity& sender)
{
    return translator.format(language, "Sent by {1}, {2}.", {sender.name, sender.postal_address}) + " " +
           translator.format(language, "Contact {1}", {contacts(sender)});
}

std::string link_html(std::string_view url, std::string_view label)
{
    return "<a href=\"" + escape_html(url) + "\">" + escape_html(label) + "</a>";
}

// Text as HTML paragraphs (a blank line between them), with its web addresses as links.
std::string paragraphs_html(std::string_view text)
{
    std::string html = "<p>";
    while (!text.empty()) {
        const auto link = std::min(text.find("https://"), text.find("http://"));
        const auto gap = text.find("\n\n");
        const auto next = std::min({link, gap, text.find('\n')});
        html += escape_html(text.substr(0, next));
        if (next == std::string_view::npos) break;
        text.remove_prefix(next);
        if (next == gap) {
            html += "</p>\n<p>";
            text.remove_prefix(2);
        } else if (next == link) {
            const auto end = text.find_first_of(" \n");
            html += link_html(text.substr(0, end), text.substr(0, end));
            text.remove_prefix(end == std::string_view::npos ? text.size() : end);
        } else {
            html += "<br>";
            text.remove_prefix(1);
        }
    }
    return html + "</p>";
}

ComposedMessage document(std::string_view language, std::string subject, std::string text, std::string body)
{
    ComposedMessage message;
    message.html = "<!doctype html>\n<html lang=\"" + escape_html(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape_html(subject) +
                   "</title>\n</head>\n<body>\n" + body + "\n</body>\n</html>\n";
    message.subject = std::move(subject);
    message.text = std::move(text);
    message.html_body = std::move(body);
    return message;
}

}  // namespace

std::string escape_html(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

ComposedMessage compose_campaign(const Translator& translator, std::string_view language, const CampaignContent& content,
                                 const SenderIdentity& sender, const std::string& topic_names, const ListLinks& links)
{
    const std::string why = translator.format(language, "You receive this message because you asked for news about {1}.", {topic_names});
    const std::string stop = translator.translate(language, "Unsubscribe");
    const std::string choose = translator.translate(language, "Change your topics or language");
    const std::string from = identification(translator, language, sender);

    std::string text = content.markdown;
    if (!text.empty() && text.back() != '\n') text += '\n';
    text += "\n-- \n" + why + "\n" + stop + " " + links.unsubscribe + "\n" + choose + " " + links.preferences + "\n" + from + "\n";

    std::string body = "<div class=\"mail-content\">\n" + content.html + "</div>\n<footer>\n<hr>\n" + paragraphs_html(why) + "\n<p>" +
                       link_html(links.unsubscribe, stop) + " · " + link_html(links.preferences, choose) + "</p>\n" +
                       paragraphs_html(from) + "\n</footer>";
    return document(language, content.subject, std::move(text), std::move(body));
}

ComposedMessage compose_confirmation(const Translator& translator, std::string_view language, const std::string& name,
                                     const SenderIdentity& sender, const std::string& topic_names, const std::string& link)
{
    const std::string text = translator.format(
        language,
        "Hello {1},\n\nYou asked {2} to send you email about {3}. To confirm, open the link below within 7 days.\n{4}\n\n"
        "If you did not ask, ignore this message; nothing will be sent to you.",
        {name, sender.name, topic_names, link});
    const std::string from = identification(translator, language, sender);
    return document(language, translator.translate(language, "Confirm your subscription"), text + "\n\n-- \n" + from + "\n",
                    paragraphs_html(text) + "\n<footer>\n<hr>\n" + paragraphs_html(from) + "\n</footer>");
}

ComposedMessage compose_already_subscribed(const Translator& translator, std::string_view language, const std::string& name,
                                           const SenderIdentity& sender, const std::string& topic_names,
                                           const std::string& preferences_link)
{
    const std::string text = translator.format(
        language,
        "Hello {1},\n\nSomeone asked to subscribe this address to {2}, which it already receives. To change your topics, "
        "your language or your details, or to unsubscribe, open the link below.\n{3}\n\nIf it was not you, there is nothing to do.",
        {name, topic_names, preferences_link});
    const std::string from = identification(translator, language, sender);
    return document(language, translator.translate(language, "You are already subscribed"), text + "\n\n-- \n" + from + "\n",
                    paragraphs_html(text) + "\n<footer>\n<hr>\n" + paragraphs_html(from) + "\n</footer>");
}

}  // namespace pmi::mailing
