#include "iati/cli.hpp"

#include <chrono>
#include <fstream>
#include <iostream>

namespace pmi::iati {

int run_export(IatiService& service, const std::string& output, std::ostream& errors)
{
    const auto started = std::chrono::steady_clock::now();
    std::size_t shown = 0;
    auto file = service.export_file([&](std::size_t written, std::size_t total) {
        // About a hundred updates whatever the size; a carriage return keeps them on one line.
        if (written != total && written - shown < std::max<std::size_t>(total / 100, 1)) return;
        shown = written;
        errors << "\rwriting activities " << written << "/" << total << std::flush;
    });
    errors << "\n";
    if (output.empty()) {
        std::cout << file.xml;
    } else {
        std::ofstream out(output, std::ios::binary);
        out << file.xml;
        if (!out.flush()) {
            errors << "pmi iati export: cannot write " << output << "\n";
            return 1;
        }
    }
    const auto elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    errors << file.activities.size() << " activities, " << file.xml.size() / 1024 << " KB, in " << elapsed << " s; "
           << file.count(Severity::Critical) << " critical problems, " << file.count(Severity::Error) << " errors, "
           << file.count(Severity::Warning) << " warnings\n";
    for (const auto& problem : file.problems)
        if (problem.severity != Severity::Warning)
            errors << severity_code(problem.severity) << " " << problem.activity << " " << problem.element << " "
                   << (problem.arguments.empty() ? "" : problem.arguments.front()) << "\n";
    return file.count(Severity::Critical) + file.count(Severity::Error) > 0 ? 2 : 0;
}

}  // namespace pmi::iati
