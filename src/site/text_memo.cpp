#include "site/text_memo.hpp"

namespace pmi::site {

std::shared_ptr<const std::string> TextMemo::find(std::string_view key) const
{
    std::lock_guard lock(mutex_);
    auto found = texts_.find(key);
    return found == texts_.end() ? nullptr : found->second;
}

std::shared_ptr<const std::string> TextMemo::keep(std::string key, std::string text) const
{
    auto kept = std::make_shared<const std::string>(std::move(text));
    std::lock_guard lock(mutex_);
    if (texts_.size() >= capacity_) texts_.clear();
    return texts_.try_emplace(std::move(key), kept).first->second;
}

}  // namespace pmi::site
