#pragma once
// Reading ZIP archives held in memory (DOCX and XLSX files are ZIP packages), with limits
// that make a decompression bomb fail early instead of filling the memory: entries are
// inflated only up to a cap, whatever size their headers claim.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace pmi::files {

struct ZipLimits {
    std::size_t max_entries = 10'000;
    std::uint64_t max_total_bytes = 100u << 20;  // all entries inflated together
    std::uint64_t max_ratio = 200;               // inflated / compressed, per entry above 1 MB
};

struct ZipEntry {
    std::string name;
    std::uint64_t size = 0;             // as its header states
    std::uint64_t compressed_size = 0;
};

class ZipArchive {
public:
    // Refuses data that is not a ZIP archive, or whose entries break the limits by their
    // headers (count, names with "..", absolute paths, encryption); the error names `field`.
    static Result<ZipArchive> open(std::string_view data, std::string field, ZipLimits limits = {});
    ~ZipArchive();
    ZipArchive(ZipArchive&&) noexcept;
    ZipArchive& operator=(ZipArchive&&) noexcept;

    const std::vector<ZipEntry>& entries() const { return entries_; }
    bool contains(std::string_view name) const;
    // The entry's bytes, inflated at most up to max_bytes (and to what the total limit has
    // left): a larger entry is refused, whatever its header said.
    Result<std::string> read(std::string_view name, std::uint64_t max_bytes);
    // Inflates every entry within the limits: the check for a bomb that lies in its headers.
    Status inflate_all();

private:
    struct Handle;
    ZipArchive(std::unique_ptr<Handle> handle, std::vector<ZipEntry> entries, std::string field, ZipLimits limits);
    std::unique_ptr<Handle> handle_;
    std::vector<ZipEntry> entries_;
    std::string field_;
    ZipLimits limits_;
    std::uint64_t inflated_ = 0;
};

// DOCX and XLSX uploads: a well-formed Office package within the limits. Other types pass.
Status check_office_package(std::string_view content_type, std::string_view data, const std::string& field);

}  // namespace pmi::files
