#include "files/xlsx_reader.hpp"

#include <algorithm>
#include <optional>

#include "files/xlsx_sheet.hpp"
#include "files/xml_part.hpp"
#include "files/zip_archive.hpp"

namespace pmi::files {
namespace {

constexpr std::string_view kCompoundFileSignature{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8};
// "EncryptionInfo" as the compound file's directory spells its stream names (UTF-16LE).
constexpr std::string_view kEncryptionInfo{"E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28};

std::string number(std::size_t value) { return std::to_string(value); }

Error not_a_workbook(const std::string& field)
{
    return invalid(field, "This file is not an Excel workbook (XLSX). Save it as an Excel workbook or as CSV UTF-8 and upload it again.");
}

// Excel saves a workbook with a password, and older Excel saves any workbook, as an OLE
// compound file instead of a ZIP package.
Error compound_file(std::string_view data, const std::string& field)
{
    if (data.find(kEncryptionInfo) != std::string_view::npos)
        return invalid(field, "This Excel file is protected by a password. Remove the password in Excel, save the file and upload it again.");
    return invalid(field, "This is an old Excel file (XLS). Save it as an Excel workbook (XLSX) or as CSV UTF-8 and upload it again.");
}

struct Relationship {
    std::string id;
    std::string type;
    std::string target;  // the part's name in the package; empty when it lies outside
};

bool of_kind(const Relationship& relationship, std::string_view kind)
{
    const std::string_view type = relationship.type;
    return type.size() > kind.size() && type.ends_with(kind) && type[type.size() - kind.size() - 1] == '/';
}

std::string folder_of(std::string_view part)
{
    const auto slash = part.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

// A relationship's target as a part name: relative to the folder of the part that holds the
// relationship, or from the package root when it starts with '/'. Empty when it escapes.
std::string resolve(std::string_view folder, std::string_view target)
{
    std::string path = target.starts_with('/') ? std::string(target.substr(1)) : std::string(folder) + std::string(target);
    std::vector<std::string> segments;
    for (std::size_t start = 0; start <= path.size();) {
        std::size_t end = std::min(path.find('/', start), path.size());
        const std::string segment = path.substr(start, end - start);
        if (segment == "..") {
            if (segments.empty()) return {};
            segments.pop_back();
        } else if (!segment.empty() && segment != ".") {
            segments.push_back(segment);
        }
        start = end + 1;
    }
    std::string name;
    for (const auto& segment : segments) name += (name.empty() ? "" : "/") + segment;
    return name;
}

class Package {
public:
    Package(ZipArchive archive, std::string field) : archive_(std::move(archive)), field_(std::move(field)) {}

    bool contains(const std::string& part) const { return !part.empty() && archive_.contains(part); }

    Result<std::string> read(const std::string& part)
    {
        if (!contains(part))
            return invalid(field_, "This file is damaged: its part {1} is missing. Save it again and upload the new copy.", {part});
        return archive_.read(part, ZipLimits{}.max_total_bytes);
    }

    // The relationships of `part` (from its .rels part), none when it has no such part.
    Result<std::vector<Relationship>> relationships(const std::string& part)
    {
        const std::string folder = folder_of(part);
        const std::string rels = folder + "_rels/" + part.substr(folder.size()) + ".rels";
        std::vector<Relationship> found;
        if (!contains(rels)) return found;
        const std::string xml = TRY(read(rels));
        XmlPart reader(xml, rels, field_);
        while (TRY(reader.next())) {
            if (!reader.at_start("Relationship")) continue;
            Relationship relationship{reader.attribute("Id").value_or(""), reader.attribute("Type").value_or(""), ""};
            if (reader.attribute("TargetMode").value_or("") != "External")
                relationship.target = resolve(folder, reader.attribute("Target").value_or(""));
            found.push_back(std::move(relationship));
        }
        return found;
    }

    const std::string& field() const { return field_; }

private:
    ZipArchive archive_;
    std::string field_;
};

// The parts that make up the first worksheet.
struct Sheet {
    std::string part;
    std::string shared_strings;  // empty when the workbook has none
};

Result<std::string> workbook_part(Package& package)
{
    for (const auto& relationship : TRY(package.relationships("")))
        if (of_kind(relationship, "officeDocument") && package.contains(relationship.target)) return relationship.target;
    if (package.contains("xl/workbook.xml")) return std::string("xl/workbook.xml");
    return not_a_workbook(package.field());
}

// The relationship ids of the workbook's visible sheets, in its order.
Result<std::vector<std::string>> visible_sheets(Package& package, const std::string& workbook)
{
    const std::string xml = TRY(package.read(workbook));
    XmlPart reader(xml, workbook, package.field());
    std::vector<std::string> ids;
    while (TRY(reader.next())) {
        if (!reader.at_start("sheet")) continue;
        const std::string state = reader.attribute("state").value_or("visible");
        if (state == "visible") ids.push_back(reader.attribute("id").value_or(""));
    }
    return ids;
}

Result<Sheet> first_sheet(Package& package)
{
    const std::string workbook = TRY(workbook_part(package));
    const auto ids = TRY(visible_sheets(package, workbook));
    const auto relationships = TRY(package.relationships(workbook));
    Sheet sheet;
    for (const auto& id : ids) {
        auto found = std::find_if(relationships.begin(), relationships.end(), [&](const Relationship& r) { return r.id == id; });
        if (found != relationships.end() && of_kind(*found, "worksheet")) {
            sheet.part = found->target;
            break;
        }
    }
    if (sheet.part.empty())
        return invalid(package.field(), "This workbook has no worksheet. Put the data in its first sheet and upload it again.");
    for (const auto& relationship : relationships)
        if (of_kind(relationship, "sharedStrings")) sheet.shared_strings = relationship.target;
    return sheet;
}

Result<std::vector<std::string>> read_shared_strings(Package& package, const std::string& part)
{
    std::vector<std::string> strings;
    if (part.empty()) return strings;
    const std::string xml = TRY(package.read(part));
    XmlPart reader(xml, part, package.field());
    while (TRY(reader.next()))
        if (reader.at_start("si")) strings.push_back(decode_escapes(TRY(reader.text("t", "rPh"))));
    return strings;
}

}  // namespace

Result<std::vector<csv::Record>> read_xlsx(std::string_view data, const csv::Limits& limits, const std::string& field)
{
    if (data.size() > limits.most_bytes)
        return Error{ErrorCode::PayloadTooLarge, field, "The file is larger than {1} bytes. Split it into smaller files.", {number(limits.most_bytes)}};
    if (data.starts_with(kCompoundFileSignature)) return compound_file(data, field);
    Package package(TRY(ZipArchive::open(data, field)), field);
    const Sheet sheet = TRY(first_sheet(package));
    const auto strings = TRY(read_shared_strings(package, sheet.shared_strings));
    const std::string xml = TRY(package.read(sheet.part));
    XmlPart reader(xml, sheet.part, field);
    return read_cells(reader, strings, limits);
}

}  // namespace pmi::files
