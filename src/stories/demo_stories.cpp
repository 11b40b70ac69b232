#include "stories/demo_stories.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/embedded.hpp"
#include "files/photo.hpp"
#include "stories/story_store.hpp"

namespace pmi::stories {
namespace {

struct Colour {
    int r, g, b;
};

// A landscape: sky fading to `horizon`, ground below, and a row of shapes standing on it
// (market stalls or rows of crops), so that each demo photo looks like a scene.
files::Pixels scene(int width, int height, Colour sky, Colour horizon, Colour ground, Colour shapes, int count)
{
    files::Pixels p{width, height, std::vector<std::uint8_t>(static_cast<std::size_t>(width) * height * 3)};
    const int skyline = height * 3 / 5;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            Colour c = ground;
            if (y < skyline) {
                const double t = static_cast<double>(y) / skyline;
                c = {static_cast<int>(sky.r + (horizon.r - sky.r) * t), static_cast<int>(sky.g + (horizon.g - sky.g) * t),
                     static_cast<int>(sky.b + (horizon.b - sky.b) * t)};
                const double dx = x - width * 0.8, dy = y - height * 0.2;
                if (std::sqrt(dx * dx + dy * dy) < height * 0.08) c = {250, 220, 120};  // the sun
            } else {
                const int slot = x * count / width, left = slot * width / count, right = (slot + 1) * width / count;
                const int margin = (right - left) / 6, top = skyline - height / 6 + (slot % 2) * height / 24;
                if (x > left + margin && x < right - margin && y < skyline + height / 5) c = shapes;
                if (x > left + margin && x < right - margin && y >= top && y < skyline) c = shapes;
                const int shade = (y - skyline) * 40 / (height - skyline);
                c = {c.r - shade, c.g - shade, c.b - shade};
            }
            auto* px = &p.rgb[(static_cast<std::size_t>(y) * width + x) * 3];
            px[0] = static_cast<std::uint8_t>(std::clamp(c.r, 0, 255));
            px[1] = static_cast<std::uint8_t>(std::clamp(c.g, 0, 255));
            px[2] = static_cast<std::uint8_t>(std::clamp(c.b, 0, 255));
        }
    return p;
}

LocalizedText texts(const nlohmann::json& object)
{
    LocalizedText text;
    for (const auto& [language, value] : object.items()) text.set(language, value.get<std::string>());
    return text;
}

Colour colour(const nlohmann::json& rgb)
{
    return {rgb.at(0).get<int>(), rgb.at(1).get<int>(), rgb.at(2).get<int>()};
}

}  // namespace

void load_demo_stories(db::Database& database, files::FileStore& files, Seconds now)
{
    auto connection = database.acquire();
    if (connection->query_one("SELECT 1 FROM stories")) return;
    const auto author = connection->query_one("SELECT id, name FROM users WHERE email_normalized = ?", {"partner@pmi.example"});
    const auto officer = connection->query_one("SELECT name FROM users WHERE email_normalized = ?", {"officer@pmi.example"});
    if (!author || !officer) return;
    auto source = embedded::find(embedded::demo(), "site/demo/stories.json");
    if (!source) throw std::runtime_error("the demo data is missing site/demo/stories.json");
    const auto data = nlohmann::json::parse(*source);
    db::Transaction transaction(*connection, db::TransactionKind::Write);
    StoryStore store(*connection);
    for (const auto& demo : data.at("stories")) {
        const auto partnership = connection->query_one(
            "SELECT partnership_id FROM partnership_members WHERE kind = ? AND member_key = ? ORDER BY partnership_id",
            {"partner", demo.at("partner").get<std::string>()});
        if (!partnership) continue;
        Story story;
        story.partnership = PartnershipId{partnership->integer(0)};
        story.slug = demo.at("slug").get<std::string>();
        story.title = texts(demo.at("title"));
        story.body = texts(demo.at("body"));
        story.status = StoryStatus::Published;
        story.author = UserId{author->integer(0)};
        story.author_name = author->text(1);
        story.approved_by = officer->text(0);
        story.created_at = story.updated_at = now;
        story.published_at = now;
        story.id = store.insert(story);
        const auto& drawing = demo.at("photo");
        StoryPhoto photo{PhotoId{}, 0, texts(drawing.at("alt")), texts(drawing.at("caption")), {}};
        const auto pixels = scene(drawing.at("width").get<int>(), drawing.at("height").get<int>(), colour(drawing.at("sky")), colour(drawing.at("horizon")),
                                  colour(drawing.at("ground")), colour(drawing.at("shapes")), drawing.at("count").get<int>());
        for (const auto& rendition : files::photo_renditions(files::encode_jpeg(pixels, 90), "photo").value()) {
            const auto stored = files.put(rendition.jpeg);
            photo.sizes.push_back({rendition.width, rendition.height, stored.sha256, static_cast<std::int64_t>(stored.size)});
        }
        store.add_photo(story.id, photo);
    }
    transaction.commit();
}

}  // namespace pmi::stories
