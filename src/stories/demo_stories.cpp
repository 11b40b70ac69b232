#include "stories/demo_stories.hpp"

#include <algorithm>
#include <cmath>

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

struct DemoStory {
    std::string partner_key, slug;
    LocalizedText title, body, alt, caption;
    files::Pixels photo;
};

std::vector<DemoStory> demo_stories()
{
    std::vector<DemoStory> stories(2);
    auto& market = stories[0];
    market.partner_key = "bf-sonreba";
    market.slug = "a-market-day-that-starts-earlier-in-sonreba";
    market.title.set("en", "A market day that starts earlier in Sonreba");
    market.title.set("fr", "À Sonreba, le jour de marché commence plus tôt");
    market.body.set("en",
                    "Before the new stalls, traders in Sonreba laid their goods on the ground and packed up when the sun got too hot.\n\n"
                    "Staff from Pinecrest Landing and the commune drew the layout together: **shaded stalls**, a water point and a small "
                    "office where traders pay one fee instead of three.\n\n"
                    "Most of the traders who moved in are women selling vegetables and shea butter. They now open at dawn and stay until "
                    "the evening buses leave.");
    market.body.set("fr",
                    "Avant les nouveaux étals, les commerçantes de Sonreba étalaient leurs produits à même le sol et remballaient dès que "
                    "la chaleur devenait trop forte.\n\n"
                    "Le personnel de Pinecrest Landing et de la commune a conçu l'aménagement ensemble : **des étals ombragés**, un point "
                    "d'eau et un petit bureau où l'on paie une seule redevance au lieu de trois.\n\n"
                    "La plupart des personnes qui s'y sont installées sont des femmes qui vendent des légumes et du beurre de karité. "
                    "Elles ouvrent maintenant dès l'aube et restent jusqu'au départ des cars du soir.");
    market.alt.set("en", "A row of shaded market stalls under a morning sky");
    market.alt.set("fr", "Une rangée d'étals ombragés sous un ciel du matin");
    market.caption.set("en", "The new stalls, drawn for this demonstration");
    market.caption.set("fr", "Les nouveaux étals, dessinés pour cette démonstration");
    market.photo = scene(1600, 1067, {90, 150, 220}, {250, 200, 150}, {190, 140, 90}, {200, 60, 40}, 6);

    auto& field = stories[1];
    field.partner_key = "bo-villa-quispara";
    field.slug = "quinoa-growers-in-villa-quispara-sell-together";
    field.title.set("en", "Quinoa growers in Villa Quispara sell together");
    field.title.set("es", "Los productores de quinua de Villa Quispara venden juntos");
    field.body.set("en",
                   "Small growers around Villa Quispara used to sell their quinoa one sack at a time to whoever drove by.\n\n"
                   "With advice from the two Canadian municipalities, the municipal government set up a weekly collection day and a "
                   "shared scale, so that growers know the weight and the price before they sell.");
    field.body.set("es",
                   "Los pequeños productores de los alrededores de Villa Quispara vendían su quinua saco por saco a quien pasara.\n\n"
                   "Con el apoyo de los dos municipios canadienses, el gobierno municipal organizó un día semanal de acopio y una "
                   "balanza compartida, para que los productores conozcan el peso y el precio antes de vender.");
    field.alt.set("en", "Rows of ripe quinoa in a high plateau field");
    field.alt.set("es", "Hileras de quinua madura en un campo del altiplano");
    field.caption.set("en", "A field at harvest time, drawn for this demonstration");
    field.caption.set("es", "Un campo en la cosecha, dibujado para esta demostración");
    field.photo = scene(1400, 933, {70, 130, 210}, {200, 220, 240}, {150, 120, 70}, {170, 90, 60}, 9);
    return stories;
}

}  // namespace

void load_demo_stories(db::Database& database, files::FileStore& files, Seconds now)
{
    auto connection = database.acquire();
    if (connection->query_one("SELECT 1 FROM stories")) return;
    const auto author = connection->query_one("SELECT id, name FROM users WHERE email_normalized = ?", {"partner@pmi.example"});
    const auto officer = connection->query_one("SELECT name FROM users WHERE email_normalized = ?", {"officer@pmi.example"});
    if (!author || !officer) return;
    db::Transaction transaction(*connection, db::TransactionKind::Write);
    StoryStore store(*connection);
    for (auto& demo : demo_stories()) {
        const auto partnership = connection->query_one(
            "SELECT partnership_id FROM partnership_members WHERE kind = ? AND member_key = ? ORDER BY partnership_id", {"partner", demo.partner_key});
        if (!partnership) continue;
        Story story;
        story.partnership = PartnershipId{partnership->integer(0)};
        story.slug = demo.slug;
        story.title = demo.title;
        story.body = demo.body;
        story.status = StoryStatus::Published;
        story.author = UserId{author->integer(0)};
        story.author_name = author->text(1);
        story.approved_by = officer->text(0);
        story.created_at = story.updated_at = now;
        story.published_at = now;
        story.id = store.insert(story);
        StoryPhoto photo{PhotoId{}, 0, demo.alt, demo.caption, {}};
        for (const auto& rendition : files::photo_renditions(files::encode_jpeg(demo.photo, 90), "photo").value()) {
            const auto stored = files.put(rendition.jpeg);
            photo.sizes.push_back({rendition.width, rendition.height, stored.sha256, static_cast<std::int64_t>(stored.size)});
        }
        store.add_photo(story.id, photo);
    }
    transaction.commit();
}

}  // namespace pmi::stories
