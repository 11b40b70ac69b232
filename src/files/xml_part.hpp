#pragma once
// One XML part of an Office package, read as a stream of nodes (libxml2's reader) so a large
// worksheet never becomes a tree in memory. The reader loads nothing from the network and
// expands no entities, and a part that declares a document type is refused outright: no
// Office part has one, and it is how entity bombs and external entities get in.
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"

struct _xmlTextReader;  // libxml2's reader, kept out of this header

namespace pmi::files {

class XmlPart {
public:
    // Reads `xml` (which must outlive the reader) as UTF-8, whatever it declares. `name` is
    // the part's name in its package, for the errors this reports on `field`.
    XmlPart(std::string_view xml, std::string name, std::string field);
    ~XmlPart();
    XmlPart(const XmlPart&) = delete;
    XmlPart& operator=(const XmlPart&) = delete;

    // Moves to the next node: false after the last one. Fails when the part is not
    // well-formed XML or declares a document type.
    Result<bool> next();
    // Moves past the content of the current element, to the node that follows it.
    Status skip();

    bool at_start(std::string_view local_name) const;
    bool at_end(std::string_view local_name) const;
    bool empty_element() const;
    std::string_view local_name() const;
    // The value of the current element's attribute named `local_name` (any namespace).
    std::optional<std::string> attribute(std::string_view local_name);
    // The text of the current element: its text nodes that sit directly in an element named
    // `holder`, except within elements named `skipped`. Leaves the reader on the element's end.
    Result<std::string> text(std::string_view holder, std::string_view skipped = {});

    const std::string& name() const { return name_; }
    const std::string& field() const { return field_; }
    // The error for content that is well-formed XML but not what the part should hold.
    Error damaged() const;

private:
    Error malformed() const;

    std::string_view xml_;
    std::string name_;
    std::string field_;
    _xmlTextReader* reader_;
    bool checked_ = false;
    // skip() moves the reader already: the next call to next() stays where it is.
    std::optional<bool> moved_;
};

}  // namespace pmi::files
