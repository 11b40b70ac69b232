#pragma once
// Services write mail and messages in the reader's language through this interface;
// the message catalogs behind it belong to the web layer.
#include <string>
#include <string_view>
#include <vector>

// Marks a message for extraction into the catalogs where it is not passed to a translating
// call directly (tables of messages); it is translated later, where it is shown.
#define N_(message) message

namespace pmi {

class Translator {
public:
    virtual ~Translator() = default;
    virtual std::string translate(std::string_view language, std::string_view message) const = 0;
    // Translates `message` and replaces {1}, {2}, ... by `arguments`.
    virtual std::string format(std::string_view language, std::string_view message,
                               const std::vector<std::string>& arguments) const = 0;
    virtual bool supports(std::string_view language) const = 0;
};

}  // namespace pmi
