#pragma once
// SQL for published IATI activity files.
#include <optional>
#include <string>

#include "core/clock.hpp"
#include "db/database.hpp"

namespace pmi::iati {

struct Publication {
    std::int64_t id = 0;
    Seconds published_at = 0;
    std::string published_by;
    int activity_count = 0;
    int warning_count = 0;
    std::string etag;
    std::string xml;  // empty when read without the file
};

class IatiStore {
public:
    explicit IatiStore(db::Connection& connection) : connection_(connection) {}

    std::int64_t insert(const Publication& publication);
    // The latest publication; without its file when `with_file` is No.
    enum class WithFile { No, Yes };
    std::optional<Publication> latest(WithFile with_file);

private:
    db::Connection& connection_;
};

}  // namespace pmi::iati
