#pragma once
// The published demo stories of site/demo/stories.json, each with a photo drawn here from the
// file's shapes and colours (no photograph is copied): a market scene for the partnership of
// Pinecrest Landing and Sonreba, a field of crops for the one with Villa Quispara.
#include "core/clock.hpp"
#include "db/database.hpp"
#include "files/file_store.hpp"

namespace pmi::stories {

// Does nothing when a story exists, or when the demo partnerships and accounts are missing.
void load_demo_stories(db::Database& database, files::FileStore& files, Seconds now);

}  // namespace pmi::stories
