#include "stories/story_store.hpp"

#include <algorithm>
#include <map>

namespace pmi::stories {
namespace {

constexpr std::string_view kColumns =
    "SELECT s.id, s.partnership_id, s.slug, s.title, s.body, s.status, s.return_reason, s.author_id, s.author_name,"
    " s.approved_by_name, s.created_at, s.updated_at, s.published_at FROM stories s";

Story read(const db::Row& row)
{
    Story story;
    story.id = StoryId{row.integer(0)};
    story.partnership = PartnershipId{row.integer(1)};
    story.slug = row.text(2);
    story.title = LocalizedText::from_json(row.text(3));
    story.body = LocalizedText::from_json(row.text(4));
    story.status = status_from_code(row.text(5)).value_or(StoryStatus::Draft);
    story.return_reason = row.text(6);
    story.author = UserId{row.integer(7)};
    story.author_name = row.text(8);
    story.approved_by = row.text(9);
    story.created_at = row.integer(10);
    story.updated_at = row.integer(11);
    story.published_at = row.optional_integer(12);
    return story;
}

// "?, ?, ?" for `count` parameters.
std::string placeholders(std::size_t count)
{
    std::string list;
    for (std::size_t i = 0; i < count; ++i) list += i ? ", ?" : "?";
    return list;
}

}  // namespace

std::vector<Story> StoryStore::read_all(const std::string& sql, const db::Parameters& parameters)
{
    std::vector<Story> stories;
    for (const auto& row : connection_.query(sql, parameters)) stories.push_back(read(row));
    return stories;
}

void StoryStore::load_photos(std::vector<Story>& stories)
{
    if (stories.empty()) return;
    db::Parameters ids;
    std::map<std::int64_t, Story*> by_id;
    for (auto& story : stories) {
        ids.emplace_back(story.id.value);
        by_id[story.id.value] = &story;
    }
    const auto sql = "SELECT p.story_id, p.id, p.position, p.alt, p.caption, z.width, z.height, z.sha256, z.size_bytes"
                     " FROM story_photos p JOIN story_photo_sizes z ON z.photo_id = p.id WHERE p.story_id IN (" +
                     placeholders(ids.size()) + ") ORDER BY p.story_id, p.position, p.id, z.width";
    for (const auto& row : connection_.query(sql, ids)) {
        auto& photos = by_id.at(row.integer(0))->photos;
        if (photos.empty() || photos.back().id.value != row.integer(1))
            photos.push_back({PhotoId{row.integer(1)}, static_cast<int>(row.integer(2)), LocalizedText::from_json(row.text(3)),
                              LocalizedText::from_json(row.text(4)), {}});
        photos.back().sizes.push_back({static_cast<int>(row.integer(5)), static_cast<int>(row.integer(6)), row.text(7), row.integer(8)});
    }
}

void StoryStore::load_indicators(Story& story)
{
    for (const auto& row : connection_.query("SELECT i.id, i.code, i.name FROM story_indicators l JOIN indicators i ON i.id = l.indicator_id"
                                              " WHERE l.story_id = ? ORDER BY i.code",
                                              {story.id.value}))
        story.indicators.push_back({row.integer(0), row.text(1), LocalizedText::from_json(row.text(2))});
}

std::optional<Story> StoryStore::find(std::string_view slug)
{
    auto row = connection_.query_one(std::string(kColumns) + " WHERE s.slug = ?", {slug});
    if (!row) return std::nullopt;
    std::vector<Story> one{read(*row)};
    load_photos(one);
    load_indicators(one.front());
    return std::move(one.front());
}

std::vector<Story> StoryStore::published(PartnershipId partnership, int limit)
{
    std::string sql = std::string(kColumns) + " JOIN partnerships p ON p.id = s.partnership_id WHERE s.status = ? AND p.published = ?";
    db::Parameters parameters{std::string(status_code(StoryStatus::Published)), true};
    if (partnership.valid()) {
        sql += " AND s.partnership_id = ?";
        parameters.emplace_back(partnership.value);
    }
    sql += " ORDER BY s.published_at DESC, s.id DESC LIMIT ?";
    parameters.emplace_back(limit);
    auto stories = read_all(sql, parameters);
    load_photos(stories);
    return stories;
}

std::vector<Story> StoryStore::of_partnership(PartnershipId partnership)
{
    return read_all(std::string(kColumns) + " WHERE s.partnership_id = ? ORDER BY s.created_at DESC, s.id DESC", {partnership.value});
}

std::vector<Story> StoryStore::with_status(const std::vector<StoryStatus>& statuses)
{
    db::Parameters codes;
    for (auto status : statuses) codes.emplace_back(std::string(status_code(status)));
    return read_all(std::string(kColumns) + " WHERE s.status IN (" + placeholders(codes.size()) + ") ORDER BY s.updated_at, s.id", codes);
}

bool StoryStore::slug_taken(std::string_view slug)
{
    return connection_.query_one("SELECT 1 FROM stories WHERE slug = ?", {slug}).has_value();
}

StoryId StoryStore::insert(const Story& s)
{
    auto row = connection_.query_one(
        "INSERT INTO stories (partnership_id, slug, title, body, status, author_id, author_name, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {s.partnership.value, s.slug, s.title.to_json(), s.body.to_json(), std::string(status_code(s.status)), s.author.value, s.author_name,
         s.created_at, s.updated_at});
    Story stored = s;
    stored.id = StoryId{row->integer(0)};
    update(stored);  // the indicators
    return stored.id;
}

void StoryStore::update(const Story& s)
{
    connection_.execute("UPDATE stories SET title = ?, body = ?, status = ?, return_reason = ?, approved_by_name = ?, updated_at = ?,"
                        " published_at = ? WHERE id = ?",
                        {s.title.to_json(), s.body.to_json(), std::string(status_code(s.status)), s.return_reason, s.approved_by, s.updated_at,
                         db::Value(s.published_at), s.id.value});
    connection_.execute("DELETE FROM story_indicators WHERE story_id = ?", {s.id.value});
    for (const auto& indicator : s.indicators)
        connection_.execute("INSERT INTO story_indicators (story_id, indicator_id) VALUES (?, ?)", {s.id.value, indicator.id});
}

PhotoId StoryStore::add_photo(StoryId story, const StoryPhoto& photo)
{
    const auto position = connection_.query_one("SELECT COALESCE(MAX(position), 0) + 1 FROM story_photos WHERE story_id = ?", {story.value})->integer(0);
    const PhotoId id{connection_
                         .query_one("INSERT INTO story_photos (story_id, position, alt, caption) VALUES (?, ?, ?, ?) RETURNING id",
                                    {story.value, position, photo.alt.to_json(), photo.caption.to_json()})
                         ->integer(0)};
    for (const auto& size : photo.sizes)
        connection_.execute("INSERT INTO story_photo_sizes (photo_id, width, height, sha256, size_bytes) VALUES (?, ?, ?, ?, ?)",
                            {id.value, size.width, size.height, size.sha256, size.bytes});
    return id;
}

bool StoryStore::remove_photo(StoryId story, PhotoId photo)
{
    connection_.execute("DELETE FROM story_photo_sizes WHERE photo_id IN (SELECT id FROM story_photos WHERE id = ? AND story_id = ?)",
                        {photo.value, story.value});
    return connection_.execute("DELETE FROM story_photos WHERE id = ? AND story_id = ?", {photo.value, story.value}) > 0;
}

std::vector<std::int64_t> StoryStore::known_indicators(const std::vector<std::int64_t>& ids)
{
    std::vector<std::int64_t> known;
    if (ids.empty()) return known;
    db::Parameters parameters(ids.begin(), ids.end());
    for (const auto& row : connection_.query("SELECT id FROM indicators WHERE id IN (" + placeholders(ids.size()) + ") ORDER BY id", parameters))
        known.push_back(row.integer(0));
    return known;
}

}  // namespace pmi::stories
