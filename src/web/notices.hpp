#pragma once
// Messages shown once after a form succeeds: the redirect carries ?notice=CODE, and only
// codes listed here are shown, so no one can put their own text on our pages.
#include <optional>
#include <string_view>

namespace pmi::web {

std::optional<std::string_view> notice_message(std::string_view code);

}  // namespace pmi::web
