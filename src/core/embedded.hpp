#pragma once
// Files compiled into the binary (see cmake/embed.cmake): each set is a list of
// (path relative to its source folder, bytes).
#include <optional>
#include <string_view>
#include <vector>

namespace pmi::embedded {

struct File {
    std::string_view path;
    std::string_view content;
};

const std::vector<File>& migrations();  // db/migrations/*.sql
const std::vector<File>& templates();   // <module>/views/*.tpl, by path below src/
const std::vector<File>& assets();      // static files served under /static/
const std::vector<File>& catalogs();    // <lang>/LC_MESSAGES/pmi.mo
const std::vector<File>& demo();        // site/demo/*.json
const std::vector<File>& iati_standard();  // iati/standard/{schema,codelists}/*: the IATI 2.03 schema and code lists

inline std::optional<std::string_view> find(const std::vector<File>& files, std::string_view path)
{
    for (const auto& file : files)
        if (file.path == path) return file.content;
    return std::nullopt;
}

}  // namespace pmi::embedded
