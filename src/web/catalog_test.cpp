// The promise of the catalogs: every message the program can show (the msgids of
// po/pmi.pot and every x-t message of the templates) is translated in every language the
// binary offers, and every translation keeps the {1}, {2}, ... placeholders of its message.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/embedded.hpp"
#include "web/i18n.hpp"
#include "web/templates.hpp"

namespace pmi::web {
namespace {

const I18n& i18n()
{
    static const I18n instance;
    return instance;
}

std::string read_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string unquote(std::string_view quoted)
{
    // quoted is "..." with C escapes, as gettext writes it.
    std::string out;
    auto first = quoted.find('"');
    auto last = quoted.rfind('"');
    if (first == std::string_view::npos || last <= first) return out;
    for (auto i = first + 1; i < last; ++i) {
        char c = quoted[i];
        if (c != '\\' || i + 1 >= last) {
            out += c;
            continue;
        }
        char next = quoted[++i];
        switch (next) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        default: out += next; break;  // \" and \\ and anything else: the character itself
        }
    }
    return out;
}

// msgid → msgstr of a .po or .pot file, without the header, fuzzy and obsolete entries
// (msgfmt leaves fuzzy ones out of the catalog, so they do not count as translated).
std::map<std::string, std::string> read_po(const std::string& path)
{
    std::map<std::string, std::string> entries;
    std::istringstream in(read_file(path));
    std::string line, msgid, msgstr, *current = nullptr;
    bool fuzzy = false, has_entry = false;
    auto finish = [&] {
        if (has_entry && !msgid.empty() && !fuzzy) entries[msgid] = msgstr;
        msgid.clear();
        msgstr.clear();
        current = nullptr;
        fuzzy = false;
        has_entry = false;
    };
    while (std::getline(in, line)) {
        if (line.rfind("#~", 0) == 0) continue;
        if (line.rfind("#,", 0) == 0) {
            if (has_entry) finish();
            if (line.find("fuzzy") != std::string::npos) fuzzy = true;
        } else if (line.rfind("msgctxt ", 0) == 0 || line.rfind("msgid ", 0) == 0) {
            bool keep_fuzzy = fuzzy && !has_entry;
            if (has_entry) finish();
            fuzzy = keep_fuzzy;
            if (line.rfind("msgid ", 0) == 0) {
                msgid = unquote(line);
                current = &msgid;
                has_entry = true;
            } else {
                current = nullptr;
            }
        } else if (line.rfind("msgid_plural ", 0) == 0) {
            current = nullptr;
        } else if (line.rfind("msgstr ", 0) == 0 || line.rfind("msgstr[0] ", 0) == 0) {
            msgstr = unquote(line);
            current = &msgstr;
        } else if (line.rfind("msgstr[", 0) == 0) {
            current = nullptr;
        } else if (!line.empty() && line.front() == '"') {
            if (current) *current += unquote(line);
        }
    }
    finish();
    return entries;
}

std::string po_path(const std::string& name)
{
    return std::string(PMI_SOURCE_DIR) + "/po/" + name;
}

// Every message the program shows: the template texts and the extracted msgids.
std::set<std::string> all_message_ids()
{
    std::set<std::string> ids;
    for (const auto& file : embedded::templates())
        for (auto& id : template_message_ids(file.content)) ids.insert(id);
    for (const auto& [id, unused] : read_po(po_path("pmi.pot"))) ids.insert(id);
    return ids;
}

std::set<std::string> placeholders(const std::string& text)
{
    static const std::regex kPlaceholder(R"(\{[0-9]+\})");
    std::set<std::string> found;
    for (std::sregex_iterator it(text.begin(), text.end(), kPlaceholder), end; it != end; ++it) found.insert(it->str());
    return found;
}

std::vector<std::string> other_languages()
{
    std::vector<std::string> codes;
    for (const auto& language : i18n().languages())
        if (language.code != "en") codes.push_back(language.code);
    return codes;
}

TEST(Catalogs, TheReaderOfTheCatalogsFindsTheMessages)
{
    // Guards the checks below: an empty reading would make them pass vacuously.
    auto pot = read_po(po_path("pmi.pot"));
    EXPECT_GT(pot.size(), 100u);
    EXPECT_EQ(pot.count(""), 0u);  // the header is not a message
    EXPECT_EQ(pot.count("${1}M"), 1u);
    // A message written on several lines is read whole, with its escapes.
    EXPECT_TRUE(std::any_of(pot.begin(), pot.end(),
                            [](const auto& entry) { return entry.first.rfind("Hello {1},\n\n", 0) == 0; }));
    std::size_t from_templates = 0;
    for (const auto& file : embedded::templates()) from_templates += template_message_ids(file.content).size();
    EXPECT_GT(from_templates, 50u);
    EXPECT_GE(other_languages().size(), 2u);
}

TEST(Catalogs, TemplateMessageIdsEndAtAColonOrABrace)
{
    auto ids = template_message_ids(R"(<a title="{{_:x-t=Sign in:h}}">{{_:x-t=Sign up, it's free}}</a>)");
    EXPECT_EQ(ids, (std::vector<std::string>{"Sign in", "Sign up, it's free"}));
}

TEST(Catalogs, EveryMessageIsTranslatedInEveryLanguage)
{
    auto ids = all_message_ids();
    ASSERT_FALSE(ids.empty());
    for (const auto& language : other_languages()) {
        // Some translations are the English text on purpose ("PMI-LED", "Total"): the .po
        // file then says so explicitly, with a msgstr equal to the msgid.
        auto po = read_po(po_path(language + ".po"));
        std::vector<std::string> missing;
        for (const auto& id : ids) {
            if (i18n().translate(language, id) != id) continue;
            auto entry = po.find(id);
            if (entry != po.end() && entry->second == id) continue;
            missing.push_back(id);
        }
        std::string list;
        for (const auto& id : missing) list += "\n  " + id;
        EXPECT_TRUE(missing.empty()) << missing.size() << " of " << ids.size() << " messages have no " << language
                                     << " translation (po/" << language << ".po):" << list;
    }
}

TEST(Catalogs, EveryTranslationKeepsThePlaceholdersOfItsMessage)
{
    auto ids = all_message_ids();
    for (const auto& language : other_languages()) {
        std::string problems;
        for (const auto& id : ids) {
            auto wanted = placeholders(id);
            if (wanted.empty()) continue;
            auto translation = i18n().translate(language, id);
            auto found = placeholders(translation);
            for (const auto& placeholder : wanted)
                if (!found.count(placeholder))
                    problems += "\n  " + placeholder + " missing from \"" + translation + "\" (for \"" + id + "\")";
        }
        EXPECT_TRUE(problems.empty()) << "in " << language << ":" << problems;
    }
}

}  // namespace
}  // namespace pmi::web
