#pragma once
// A small XML writer over libxml2's xmlTextWriter: elements, attributes and text are escaped,
// and characters XML 1.0 cannot hold (control characters, invalid UTF-8) are replaced, so
// whatever the database holds the output is well-formed.
#include <string>
#include <string_view>

struct _xmlBuffer;
struct _xmlTextWriter;

namespace pmi::iati {

class XmlWriter {
public:
    // Indented output is easier for publishers to read; IATI files usually are.
    enum class Indent { Yes, No };
    explicit XmlWriter(Indent indent = Indent::Yes);
    ~XmlWriter();
    XmlWriter(const XmlWriter&) = delete;
    XmlWriter& operator=(const XmlWriter&) = delete;

    void start(std::string_view name);
    void attribute(std::string_view name, std::string_view value);
    void text(std::string_view value);
    void end();
    // <name>text</name> in one call.
    void element(std::string_view name, std::string_view text);
    // Closes every open element and returns the document, starting with its XML declaration.
    std::string finish();

private:
    _xmlBuffer* buffer_;
    _xmlTextWriter* writer_;
};

// `text` with every character XML 1.0 cannot hold replaced by U+FFFD.
std::string xml_safe(std::string_view text);

}  // namespace pmi::iati
