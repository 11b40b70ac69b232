#include "web/multipart.hpp"

#include "web/http.hpp"

#include <algorithm>
#include <cctype>

namespace pmi::web {
namespace {

Error malformed(std::string message)
{
    return Error(ErrorCode::Invalid, "body", std::move(message));
}

std::string lowercase(std::string_view text)
{
    std::string out(text);
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// The value of `key` in a header's parameters: name="x"; filename="y".
std::string parameter(std::string_view header, std::string_view key)
{
    std::string lowered = lowercase(header);
    std::string needle = std::string(key) + "=";
    std::size_t at = 0;
    while ((at = lowered.find(needle, at)) != std::string::npos) {
        bool starts = at == 0 || lowered[at - 1] == ';' || lowered[at - 1] == ' ';
        if (!starts) {
            at += needle.size();
            continue;
        }
        auto value = header.substr(at + needle.size());
        if (!value.empty() && value.front() == '"') {
            auto close = value.find('"', 1);
            return std::string(value.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1));
        }
        return std::string(value.substr(0, value.find(';')));
    }
    return {};
}

}  // namespace

Result<std::vector<Part>> parse_multipart(std::string_view body, std::string_view content_type)
{
    if (lowercase(content_type.substr(0, 19)) != "multipart/form-data")
        return malformed("Send the form as multipart/form-data.");
    std::string boundary = parameter(content_type, "boundary");
    if (boundary.empty() || boundary.size() > 70) return malformed("The upload has no valid boundary.");
    const std::string delimiter = "--" + boundary;
    auto at = body.find(delimiter);
    if (at == std::string_view::npos) return malformed("The upload is empty or cut short.");
    std::vector<Part> parts;
    for (;;) {
        at += delimiter.size();
        if (body.substr(at, 2) == "--") return parts;  // the closing delimiter
        if (body.substr(at, 2) != "\r\n") return malformed("The upload is malformed.");
        at += 2;
        auto headers_end = body.find("\r\n\r\n", at);
        if (headers_end == std::string_view::npos) return malformed("The upload is malformed.");
        Part part;
        auto headers = body.substr(at, headers_end - at);
        while (!headers.empty()) {
            auto line_end = headers.find("\r\n");
            auto line = headers.substr(0, line_end);
            headers = line_end == std::string_view::npos ? std::string_view{} : headers.substr(line_end + 2);
            auto colon = line.find(':');
            if (colon == std::string_view::npos) continue;
            auto name = lowercase(line.substr(0, colon));
            auto value = line.substr(colon + 1);
            while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
            if (name == "content-disposition") {
                part.name = parameter(value, "name");
                part.filename = parameter(value, "filename");
            } else if (name == "content-type") {
                part.content_type = std::string(value);
            }
        }
        auto data_start = headers_end + 4;
        auto next = body.find("\r\n" + delimiter, data_start);
        if (next == std::string_view::npos) return malformed("The upload is cut short: send it again.");
        if (part.name.empty()) return malformed("A part of the upload has no field name.");
        part.data = body.substr(data_start, next - data_start);
        parts.push_back(std::move(part));
        if (parts.size() > kMaxParts) return malformed("The upload has too many parts.");
        at = next + 2;
    }
}

std::string multipart_field(const Request& request, std::string_view name)
{
    auto type = request.headers.get("Content-Type");
    if (!type) return {};
    auto parts = parse_multipart(request.body, *type);
    if (!parts.ok()) return {};
    for (const auto& part : parts.value())
        if (part.name == name && part.filename.empty()) return std::string(part.data);
    return {};
}

Result<FormWithFile> form_with_file(const Request& request, std::string_view file_field)
{
    const auto type = request.headers.get("Content-Type").value_or("");
    if (type.find("multipart/form-data") == std::string::npos) return FormWithFile{request.form(), std::nullopt};
    FormWithFile form;
    for (const auto& part : TRY(parse_multipart(request.body, type))) {
        if (part.name == file_field) {
            if (!part.data.empty()) form.file = part;
        } else if (part.filename.empty()) {
            form.fields.add(part.name, std::string(part.data));
        }
    }
    return form;
}

}  // namespace pmi::web
