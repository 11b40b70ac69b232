#pragma once
// `pmi match`: the matching engine on CSV files (csv_input.hpp), its result printed as CSV
// or JSON (report.hpp).
#include <iosfwd>
#include <string>
#include <vector>

#include "core/translator.hpp"

namespace CLI {
class App;
}

namespace pmi::matching {

struct MatchCommand {
    std::vector<std::string> inputs;  // files whose kind is read from their header
    std::string teams, partners, pairs;
    std::string format = "csv";
    std::string output;  // empty: standard output
    std::vector<std::string> weights;  // NAME=POINTS
    std::string coverage = "yes";
    std::string explanations = "yes";
    std::string language = "en";
    bool progress = false;
    int candidates_per_team = 16;
    int candidates_per_partner = 2;
};

// Adds the `match` subcommand with its options to `app`.
CLI::App* add_match_command(CLI::App& app, MatchCommand& command);

// Reads the files, matches, and writes the result. Returns 0 when it did, 2 when the input
// was refused (every problem written to `errors`, naming the file, row and column).
int run_match(const MatchCommand& command, const Translator& translator, std::ostream& errors);

}  // namespace pmi::matching
