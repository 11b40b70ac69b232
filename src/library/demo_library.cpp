#include "library/demo_library.hpp"

#include <nlohmann/json.hpp>

#include <stdexcept>

#include "core/embedded.hpp"
#include "library/resource_store.hpp"
#include "library/rules.hpp"

namespace pmi::library {
namespace {

LocalizedText text_of(const nlohmann::json& value)
{
    LocalizedText text;
    for (const auto& [language, version] : value.items()) text.set(language, version.get<std::string>());
    return text;
}

}  // namespace

std::string demo_pdf(std::string_view title)
{
    std::string shown;
    for (char c : title)
        if (c >= 32 && c < 127 && c != '(' && c != ')' && c != '\\') shown += c;
    const std::string stream = "BT /F1 14 Tf 56 780 Td (" + shown + ") Tj ET";
    const std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const auto xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (auto offset : offsets) {
        std::string number = std::to_string(offset);
        pdf += std::string(10 - number.size(), '0') + number + " 00000 n \n";
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

void load_demo_library(db::Connection& connection, files::FileStore& files, Seconds now)
{
    ResourceStore store(connection);
    if (!store.all().empty()) return;
    auto source = embedded::find(embedded::demo(), "site/demo/library.json");
    if (!source) throw std::runtime_error("the demo data is missing site/demo/library.json");
    const auto data = nlohmann::json::parse(*source);
    for (const auto& r : data.at("resources")) {
        Resource resource;
        resource.kind = kind_from_code(r.at("kind").get<std::string>()).value();
        resource.status = status_from_code(r.at("status").get<std::string>()).value();
        resource.visibility = visibility_from_code(r.at("visibility").get<std::string>()).value();
        resource.title = text_of(r.at("title"));
        resource.summary = text_of(r.at("summary"));
        resource.areas = r.at("areas").get<std::vector<std::string>>();
        resource.countries = r.at("countries").get<std::vector<std::string>>();
        resource.document_language = r.at("document_language");
        resource.published_on = r.at("published_on");
        resource.link = r.value("link", "");
        if (r.contains("file")) {
            const auto stored = files.put(demo_pdf(resource.title.get("en")));
            resource.file = ResourceFile{stored.sha256, r.at("file").get<std::string>(), "application/pdf", static_cast<std::int64_t>(stored.size)};
        }
        store.insert(resource, now);
    }
}

}  // namespace pmi::library
