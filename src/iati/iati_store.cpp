#include "iati/iati_store.hpp"

namespace pmi::iati {

std::int64_t IatiStore::insert(const Publication& p)
{
    auto row = connection_.query_one(
        "INSERT INTO iati_publications (published_at, published_by, activity_count, warning_count, etag, xml)"
        " VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        {p.published_at, p.published_by, static_cast<std::int64_t>(p.activity_count), static_cast<std::int64_t>(p.warning_count), p.etag,
         p.xml});
    return row->integer(0);
}

std::optional<Publication> IatiStore::latest(WithFile with_file)
{
    auto row = connection_.query_one(std::string("SELECT id, published_at, published_by, activity_count, warning_count, etag, ") +
                                     (with_file == WithFile::Yes ? "xml" : "''") +
                                     " FROM iati_publications ORDER BY id DESC LIMIT 1");
    if (!row) return std::nullopt;
    return Publication{row->integer(0), row->integer(1), row->text(2), static_cast<int>(row->integer(3)),
                       static_cast<int>(row->integer(4)), row->text(5), row->text(6)};
}

}  // namespace pmi::iati
