#pragma once
// The list's messages as their readers receive them, in the reader's language: a plain
// text part and an HTML part, each ending with the sender's identification (name, mailing
// address, contact) and the links to unsubscribe and to change one's preferences.
#include <string>
#include <string_view>

#include "core/translator.hpp"
#include "mailing/mailing.hpp"

namespace pmi::mailing {

struct ListLinks {
    std::string unsubscribe;  // the unsubscribe page (a choice: these topics or everything)
    std::string one_click;    // RFC 8058 one-click address, for the List-Unsubscribe header
    std::string preferences;
};

struct ComposedMessage {
    std::string subject;
    std::string text;
    std::string html;       // a whole HTML document
    std::string html_body;  // what goes inside its <body>, for the preview page
};

struct CampaignContent {
    std::string subject;
    std::string markdown;  // the body as the officer wrote it
    std::string html;      // the same, rendered safely
};

ComposedMessage compose_campaign(const Translator& translator, std::string_view language, const CampaignContent& content,
                                 const SenderIdentity& sender, const std::string& topic_names, const ListLinks& links);

// The confirmation request: a single-use link that activates the subscription.
ComposedMessage compose_confirmation(const Translator& translator, std::string_view language, const std::string& name,
                                     const SenderIdentity& sender, const std::string& topic_names, const std::string& link);

// The answer to a request for topics the address receives already: where to change them.
ComposedMessage compose_already_subscribed(const Translator& translator, std::string_view language, const std::string& name,
                                           const SenderIdentity& sender, const std::string& topic_names,
                                           const std::string& preferences_link);

std::string escape_html(std::string_view text);

}  // namespace pmi::mailing
