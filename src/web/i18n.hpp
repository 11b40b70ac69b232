#pragma once
// Languages, message catalogs and locale-aware formats. A language is available when its
// gettext catalog is built into the binary (po/<lang>.po); English needs none.
#include <cstdint>
#include <locale>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/memo.hpp"
#include "core/translator.hpp"

namespace pmi::web {

struct Language {
    std::string code;  // "en", "fr", "es", ...
    std::string name;  // in itself: "English", "Français", "Español"
};

class I18n final : public Translator {
public:
    I18n();
    const std::vector<Language>& languages() const { return languages_; }
    bool supports(std::string_view code) const override;
    // The best supported language for an Accept-Language header; English when none fits.
    std::string negotiate(std::string_view accept_language) const;

    std::string translate(std::string_view language, std::string_view message) const override;
    // Translates `message` and replaces {1}, {2}, ... by `arguments`.
    std::string format(std::string_view language, std::string_view message,
                       const std::vector<std::string>& arguments) const override;
    std::string error_text(std::string_view language, const Error& error) const;
    // The singular or plural form that suits `count` in `language`, with {1} replaced by it.
    std::string plural(std::string_view language, std::string_view singular, std::string_view plural_form,
                       std::int64_t count) const;

    std::string number(std::string_view language, double value, int decimals = 0) const;
    std::string money(std::string_view language, std::int64_t cents) const;          // "$19,300,000"
    std::string money_compact(std::string_view language, std::int64_t cents) const;  // "$19.3M", "19,3 M$"
    std::string date(std::string_view language, std::int64_t unix_seconds) const;    // long date, UTC
    std::string date_time(std::string_view language, std::int64_t unix_seconds) const;
    // A long date and a time as read in `zone` (IANA name), followed by the zone's name.
    std::string date_time_in(std::string_view language, std::int64_t unix_seconds, std::string_view zone) const;

    const std::locale& locale(std::string_view language) const;

private:
    std::vector<Language> languages_;
    std::map<std::string, std::locale, std::less<>> locales_;
    // Catalog lookups and ICU formats cost thousands of instructions each and pages repeat
    // the same ones on every request: each result is kept, keyed by what it depends on.
    mutable Memo memo_{50'000};
};

}  // namespace pmi::web
