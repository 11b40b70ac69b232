#pragma once
// The request for consent shown with every subscription form: who asks, for what, and that
// consent can be withdrawn at any time (CASL s.10(1)). The exact text shown is what the
// ledger keeps, by its hash, with each request.
#include <string>
#include <string_view>

#include "core/translator.hpp"
#include "mailing/mailing.hpp"
#include "site/content.hpp"

namespace pmi::mailing {

// Changes whenever the messages below change meaning.
inline constexpr std::string_view kWordingVersion = "subscribe-2026-11";

struct ConsentText {
    std::string statement;  // who asks and for what, and how to withdraw
    std::string agreement;  // the label of the box the reader ticks
};

ConsentText consent_text(const Translator& translator, std::string_view language, const site::Program& program);
// The text as kept in the ledger (statement, then agreement), with its hash.
Wording consent_wording(const Translator& translator, std::string_view language, const site::Program& program);

}  // namespace pmi::mailing
