#include "core/localized_text.hpp"

#include <nlohmann/json.hpp>

#include <optional>

#include "core/text.hpp"

namespace pmi {
namespace {

// Reads what to_json writes, an object whose values are strings, about ten times faster than
// a general JSON parser. Anything else (another value type, malformed text, invalid UTF-8)
// makes it give up, and from_json hands the text to nlohmann::json, which then decides, so
// both paths accept and reject exactly the same texts.
class StringObjectReader {
public:
    explicit StringObjectReader(std::string_view json) : json_(json) {}

    // The versions, with empty ones dropped; nullopt when the text is not of that shape.
    std::optional<std::map<std::string, std::string, std::less<>>> read()
    {
        std::map<std::string, std::string, std::less<>> versions;
        skip_space();
        if (!take('{')) return std::nullopt;
        skip_space();
        if (!take('}')) {
            for (;;) {
                std::string language, text;
                if (!string(language)) return std::nullopt;
                skip_space();
                if (!take(':')) return std::nullopt;
                skip_space();
                if (!string(text)) return std::nullopt;
                // A repeated key: the last one counts, as in nlohmann::json.
                if (text.empty()) versions.erase(language);
                else versions.insert_or_assign(std::move(language), std::move(text));
                skip_space();
                if (take('}')) break;
                if (!take(',')) return std::nullopt;
                skip_space();
            }
        }
        skip_space();
        if (at_ != json_.size()) return std::nullopt;
        return versions;
    }

private:
    bool take(char expected)
    {
        if (at_ < json_.size() && json_[at_] == expected) {
            ++at_;
            return true;
        }
        return false;
    }

    void skip_space()
    {
        while (at_ < json_.size() && (json_[at_] == ' ' || json_[at_] == '\n' || json_[at_] == '\r' || json_[at_] == '\t')) ++at_;
    }

    unsigned char byte(std::size_t at) const { return at < json_.size() ? static_cast<unsigned char>(json_[at]) : 0; }

    // A JSON string into `out`; false on anything a strict parser would reject.
    bool string(std::string& out)
    {
        if (!take('"')) return false;
        for (;;) {
            const std::size_t start = at_;
            while (at_ < json_.size()) {
                const unsigned char c = byte(at_);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
                ++at_;
            }
            out.append(json_.data() + start, at_ - start);
            if (at_ >= json_.size()) return false;
            const unsigned char c = byte(at_);
            if (c == '"') {
                ++at_;
                return true;
            }
            if (c < 0x20) return false;
            if (c == '\\') {
                if (!escape(out)) return false;
            } else if (!utf8_sequence(out)) {
                return false;
            }
        }
    }

    bool escape(std::string& out)
    {
        const char kind = static_cast<char>(byte(at_ + 1));
        at_ += 2;
        switch (kind) {
        case '"': out += '"'; return true;
        case '\\': out += '\\'; return true;
        case '/': out += '/'; return true;
        case 'b': out += '\b'; return true;
        case 'f': out += '\f'; return true;
        case 'n': out += '\n'; return true;
        case 'r': out += '\r'; return true;
        case 't': out += '\t'; return true;
        case 'u': break;
        default: return false;
        }
        auto unit = hex4();
        if (!unit) return false;
        char32_t code = *unit;
        if (code >= 0xDC00 && code <= 0xDFFF) return false;  // a low surrogate alone
        if (code >= 0xD800 && code <= 0xDBFF) {
            if (byte(at_) != '\\' || byte(at_ + 1) != 'u') return false;
            at_ += 2;
            auto low = hex4();
            if (!low || *low < 0xDC00 || *low > 0xDFFF) return false;
            code = 0x10000 + ((code - 0xD800) << 10) + (*low - 0xDC00);
        }
        text::append_utf8(out, code);
        return true;
    }

    std::optional<char32_t> hex4()
    {
        if (at_ + 4 > json_.size()) return std::nullopt;
        char32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = json_[at_++];
            value <<= 4;
            if (c >= '0' && c <= '9') value |= static_cast<char32_t>(c - '0');
            else if (c >= 'a' && c <= 'f') value |= static_cast<char32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') value |= static_cast<char32_t>(c - 'A' + 10);
            else return std::nullopt;
        }
        return value;
    }

    // One well-formed UTF-8 sequence (RFC 3629: no overlong forms, no surrogates, at most
    // U+10FFFF), copied as is.
    bool utf8_sequence(std::string& out)
    {
        const unsigned char lead = byte(at_);
        unsigned char low = 0x80, high = 0xBF;
        std::size_t length = 0;
        if (lead >= 0xC2 && lead <= 0xDF) length = 2;
        else if (lead >= 0xE0 && lead <= 0xEF) length = 3;
        else if (lead >= 0xF0 && lead <= 0xF4) length = 4;
        else return false;
        if (lead == 0xE0) low = 0xA0;
        else if (lead == 0xED) high = 0x9F;
        else if (lead == 0xF0) low = 0x90;
        else if (lead == 0xF4) high = 0x8F;
        const unsigned char second = byte(at_ + 1);
        if (second < low || second > high) return false;
        for (std::size_t i = 2; i < length; ++i)
            if (byte(at_ + i) < 0x80 || byte(at_ + i) > 0xBF) return false;
        out.append(json_.data() + at_, length);
        at_ += length;
        return true;
    }

    std::string_view json_;
    std::size_t at_ = 0;
};

}  // namespace

LocalizedText LocalizedText::from_json(std::string_view json)
{
    LocalizedText text;
    if (json.empty()) return text;
    if (auto versions = StringObjectReader(json).read()) {
        text.versions_ = std::move(*versions);
        return text;
    }
    const auto parsed = nlohmann::json::parse(json);
    for (const auto& [language, value] : parsed.items())
        if (value.is_string() && !value.get_ref<const std::string&>().empty()) text.versions_[language] = value.get<std::string>();
    return text;
}

std::string LocalizedText::to_json() const
{
    nlohmann::json json = nlohmann::json::object();
    for (const auto& [language, value] : versions_) json[language] = value;
    return json.dump();
}

void LocalizedText::set(const std::string& language, std::string text)
{
    if (text.empty()) versions_.erase(language);
    else versions_[language] = std::move(text);
}

std::string LocalizedText::get(std::string_view language) const
{
    auto found = versions_.find(language);
    return found == versions_.end() ? std::string{} : found->second;
}

bool LocalizedText::empty() const
{
    return versions_.empty();
}

LocalizedText::Choice LocalizedText::pick(std::string_view language) const
{
    if (auto found = versions_.find(language); found != versions_.end()) return {found->second, found->first, false};
    for (std::string_view preferred : {"en", "fr", "es"})
        if (auto found = versions_.find(preferred); found != versions_.end()) return {found->second, found->first, true};
    if (!versions_.empty()) return {versions_.begin()->second, versions_.begin()->first, true};
    return {};
}

}  // namespace pmi
