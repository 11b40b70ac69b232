#include "files/zip_archive.hpp"

#include <zip.h>

#include <algorithm>

namespace pmi::files {
namespace {

constexpr std::uint64_t kRatioFloor = 1u << 20;  // small entries compress as well as they like

bool unsafe_name(std::string_view name)
{
    if (name.empty() || name.front() == '/' || name.front() == '\\') return true;
    if (name.find(':') != std::string_view::npos) return true;
    for (std::size_t start = 0; start <= name.size();) {
        std::size_t end = name.find_first_of("/\\", start);
        if (end == std::string_view::npos) end = name.size();
        if (name.substr(start, end - start) == "..") return true;
        start = end + 1;
    }
    return false;
}

Error damaged(const std::string& field)
{
    return invalid(field, "This file is not a readable Office document (its ZIP structure is damaged); save it again and upload the new copy.");
}

Error too_large(const std::string& field)
{
    return invalid(field, "This file expands to far more data than a document holds; it was refused. Save it again without embedded archives.");
}

}  // namespace

struct ZipArchive::Handle {
    std::string bytes;  // libzip reads from this buffer for as long as the archive is open
    zip_t* archive = nullptr;
    ~Handle()
    {
        if (archive) zip_discard(archive);
    }
};

ZipArchive::ZipArchive(std::unique_ptr<Handle> handle, std::vector<ZipEntry> entries, std::string field, ZipLimits limits)
    : handle_(std::move(handle)), entries_(std::move(entries)), field_(std::move(field)), limits_(limits)
{
}
ZipArchive::~ZipArchive() = default;
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;

Result<ZipArchive> ZipArchive::open(std::string_view data, std::string field, ZipLimits limits)
{
    auto handle = std::make_unique<Handle>();
    handle->bytes.assign(data);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(handle->bytes.data(), handle->bytes.size(), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return damaged(field);
    }
    handle->archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    zip_error_fini(&error);
    if (!handle->archive) {
        zip_source_free(source);
        return damaged(field);
    }
    const zip_int64_t count = zip_get_num_entries(handle->archive, 0);
    if (count < 0) return damaged(field);
    if (static_cast<std::uint64_t>(count) > limits.max_entries)
        return invalid(field, "This file holds more than {1} parts, far more than a document has; it was refused.", {std::to_string(limits.max_entries)});
    std::vector<ZipEntry> entries;
    std::uint64_t declared = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(handle->archive, static_cast<zip_uint64_t>(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME)) return damaged(field);
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
            return invalid(field, "This file is protected by a password; remove the protection and upload it again.");
        if (unsafe_name(stat.name)) return damaged(field);
        ZipEntry entry{stat.name, stat.size, stat.comp_size};
        if (entry.size > kRatioFloor && entry.size / std::max<std::uint64_t>(entry.compressed_size, 1) > limits.max_ratio) return too_large(field);
        declared += entry.size;
        if (declared > limits.max_total_bytes) return too_large(field);
        entries.push_back(std::move(entry));
    }
    return ZipArchive(std::move(handle), std::move(entries), std::move(field), limits);
}

bool ZipArchive::contains(std::string_view name) const
{
    return std::any_of(entries_.begin(), entries_.end(), [&](const ZipEntry& entry) { return entry.name == name; });
}

Result<std::string> ZipArchive::read(std::string_view name, std::uint64_t max_bytes)
{
    auto entry = std::find_if(entries_.begin(), entries_.end(), [&](const ZipEntry& e) { return e.name == name; });
    if (entry == entries_.end()) return damaged(field_);
    const std::uint64_t cap = std::min(max_bytes, limits_.max_total_bytes - std::min(inflated_, limits_.max_total_bytes));
    zip_file_t* file = zip_fopen_index(handle_->archive, static_cast<zip_uint64_t>(entry - entries_.begin()), 0);
    if (!file) return damaged(field_);
    std::string content;
    char buffer[64 * 1024];
    for (;;) {
        zip_int64_t got = zip_fread(file, buffer, sizeof buffer);
        if (got < 0) {
            zip_fclose(file);
            return damaged(field_);
        }
        if (got == 0) break;
        if (content.size() + static_cast<std::uint64_t>(got) > cap) {
            zip_fclose(file);
            return too_large(field_);
        }
        content.append(buffer, static_cast<std::size_t>(got));
    }
    zip_fclose(file);
    inflated_ += content.size();
    return content;
}

Status ZipArchive::inflate_all()
{
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        const std::string name = entries_[i].name;
        if (!name.empty() && name.back() == '/') continue;  // a folder
        TRY(read(name, limits_.max_total_bytes));
    }
    return Ok{};
}

Status check_office_package(std::string_view content_type, std::string_view data, const std::string& field)
{
    const bool office = content_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ||
                        content_type == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    if (!office) return Ok{};
    auto archive = TRY(ZipArchive::open(data, field));
    if (!archive.contains("[Content_Types].xml")) return damaged(field);
    return archive.inflate_all();
}

}  // namespace pmi::files
