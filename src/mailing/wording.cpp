#include "mailing/wording.hpp"

#include "core/crypto.hpp"

namespace pmi::mailing {

ConsentText consent_text(const Translator& translator, std::string_view language, const site::Program& program)
{
    return {translator.format(language,
                              "{1}, which runs the {2} program, asks for your consent to send you email about the topics "
                              "you choose here. You can withdraw your consent at any time, with the link at the foot of "
                              "every message or by writing to {3}.",
                              {program.implementer.pick(language).text, program.short_name, program.contact_email}),
            translator.translate(language, "Yes, send me these emails.")};
}

Wording consent_wording(const Translator& translator, std::string_view language, const site::Program& program)
{
    auto text = consent_text(translator, language, program);
    std::string joined = text.statement + "\n" + text.agreement;
    return Wording{crypto::sha256_hex(joined), std::string(kWordingVersion), std::string(language), std::move(joined)};
}

}  // namespace pmi::mailing
