#include "accounts/rules.hpp"

#include <arpa/inet.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "core/text.hpp"

namespace pmi::accounts {
namespace {

// Passwords people pick first; a longer list belongs to a later hardening step.
constexpr std::array<std::string_view, 16> kCommonPasswords = {
    "123456789012", "1234567890123", "password1234", "passwordpassword", "qwertyuiop12", "qwertyuiopas",
    "111111111111", "000000000000", "aaaaaaaaaaaa", "abcdefghijkl", "iloveyou1234", "letmein12345",
    "welcome12345", "motdepasse12", "contraseña123", "administrator"};

}  // namespace

std::string_view organisation_kind_code(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::ProgramOffice: return "program_office";
    case OrganisationKind::CanadianMunicipality: return "canadian_municipality";
    case OrganisationKind::PartnerLocalGovernment: return "partner_local_government";
    case OrganisationKind::NetworkOrganisation: return "network_organisation";
    }
    return "canadian_municipality";
}

std::optional<OrganisationKind> organisation_kind_from_code(std::string_view code)
{
    for (auto kind : {OrganisationKind::ProgramOffice, OrganisationKind::CanadianMunicipality,
                      OrganisationKind::PartnerLocalGovernment, OrganisationKind::NetworkOrganisation})
        if (organisation_kind_code(kind) == code) return kind;
    return std::nullopt;
}

std::optional<Error> check_name(const std::string& name, std::string_view field)
{
    std::string f(field);
    if (!text::valid_utf8(name)) return invalid(f, "The name contains characters that are not valid text.");
    auto trimmed = text::trim(name);
    if (trimmed.empty()) return invalid(f, "Enter your name.");
    if (text::length(trimmed) > kMaxNameLength)
        return invalid(f, "The name must be at most {1} characters.", {std::to_string(kMaxNameLength)});
    if (text::has_control_characters(trimmed, false)) return invalid(f, "The name must be on one line.");
    return std::nullopt;
}

std::optional<Error> check_email(const std::string& email, std::string_view field)
{
    std::string f(field);
    auto trimmed = text::trim(email);
    if (trimmed.empty()) return invalid(f, "Enter your email address.");
    if (!text::valid_utf8(trimmed) || !text::plausible_email(trimmed))
        return invalid(f, "Enter an email address like name@example.org.");
    return std::nullopt;
}

std::optional<Error> check_password(const std::string& password, const std::string& email, std::string_view field)
{
    std::string f(field);
    if (!text::valid_utf8(password)) return invalid(f, "The password contains bytes that are not valid text.");
    auto length = text::length(password);
    if (length < kMinPasswordLength)
        return invalid(f, "The password must be at least {1} characters long.", {std::to_string(kMinPasswordLength)});
    if (length > kMaxPasswordLength)
        return invalid(f, "The password must be at most {1} characters long.", {std::to_string(kMaxPasswordLength)});
    auto lowered = text::lowercase_ascii(password);
    if (std::find(kCommonPasswords.begin(), kCommonPasswords.end(), lowered) != kCommonPasswords.end())
        return invalid(f, "This password is too common. Choose a longer phrase only you would use.");
    if (!email.empty() && lowered == text::normalize_email(email))
        return invalid(f, "The password must not be your email address.");
    return std::nullopt;
}

std::optional<Error> check_language(const std::string& language, const Translator& languages, std::string_view field)
{
    if (!languages.supports(language))
        return invalid(std::string(field), "Choose one of the languages offered.");
    return std::nullopt;
}

std::vector<Error> check_sign_up(const SignUp& sign_up, const Translator& languages)
{
    std::vector<Error> errors;
    for (auto error : {check_name(sign_up.name), check_email(sign_up.email),
                       check_password(sign_up.password, sign_up.email), check_language(sign_up.language, languages)})
        if (error) errors.push_back(std::move(*error));
    return errors;
}

std::optional<Seconds> locked_until(const std::vector<Seconds>& recent_failures, Seconds now)
{
    if (recent_failures.size() < static_cast<std::size_t>(kLockoutFailures)) return std::nullopt;
    Seconds newest = recent_failures.front();
    Seconds tenth = recent_failures[kLockoutFailures - 1];
    if (newest - tenth > kLockoutWindow) return std::nullopt;
    Seconds until = newest + kLockoutDuration;
    if (until <= now) return std::nullopt;
    return until;
}

std::string address_key(std::string_view address)
{
    unsigned char bytes[16];
    const std::string text(address.substr(0, 64));
    if (text.find(':') == std::string::npos || inet_pton(AF_INET6, text.c_str(), bytes) != 1) return text;
    if (std::all_of(bytes, bytes + 10, [](unsigned char b) { return b == 0; }) && bytes[10] == 0xff && bytes[11] == 0xff)
        return fmt::format("{}.{}.{}.{}", bytes[12], bytes[13], bytes[14], bytes[15]);  // IPv4 written as IPv6
    return fmt::format("{:02x}{:02x}:{:02x}{:02x}:{:02x}{:02x}:{:02x}{:02x}::/64", bytes[0], bytes[1], bytes[2], bytes[3],
                       bytes[4], bytes[5], bytes[6], bytes[7]);
}

}  // namespace pmi::accounts
