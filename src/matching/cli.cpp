#include "matching/cli.hpp"

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>

#include "core/csv.hpp"
#include "matching/csv_input.hpp"
#include "matching/engine.hpp"
#include "matching/report.hpp"

namespace pmi::matching {
namespace {

// The progress bar shows from this many pairs to consider, when standard error is a terminal.
constexpr double kLargeProblemPairs = 1e6;
constexpr std::size_t kMostFileBytes = std::size_t{64} << 20;

struct InputFile {
    std::string path;
    csv::Table table;
};

// Every problem found, each with where it is (a file and row, or an option).
class Complaints {
public:
    Complaints(const Translator& translator, std::string language, std::ostream& out)
        : translator_(translator), language_(std::move(language)), out_(out)
    {
    }
    void add(const std::string& where, const Error& error)
    {
        for (const auto& each : flatten(error)) {
            out_ << "pmi match: " << (where.empty() ? "" : where + ": ")
                 << translator_.format(language_, each.message, each.arguments) << '\n';
            ++count_;
        }
    }
    bool any() const { return count_ > 0; }

private:
    const Translator& translator_;
    std::string language_;
    std::ostream& out_;
    int count_ = 0;
};

Result<std::string> read_file(const std::string& path)
{
    std::error_code error;
    auto size = std::filesystem::file_size(path, error);
    if (error) return invalid("input", "Cannot read the file {1}. Check its name and that it can be read.", {path});
    if (size > kMostFileBytes)
        return Error(ErrorCode::PayloadTooLarge, "input", "The file {1} is larger than {2} bytes.",
                     {path, std::to_string(kMostFileBytes)});
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in && !in.eof()) return invalid("input", "Cannot read the file {1}. Check its name and that it can be read.", {path});
    return text.str();
}

// The files by kind: each given with --teams, --partners, --pairs, or by --input with its kind
// read from its header.
std::map<TableKind, std::vector<InputFile>> load_files(const MatchCommand& command, Complaints& complaints)
{
    std::vector<std::pair<std::string, std::optional<TableKind>>> wanted;
    if (!command.teams.empty()) wanted.emplace_back(command.teams, TableKind::Teams);
    if (!command.partners.empty()) wanted.emplace_back(command.partners, TableKind::Partners);
    if (!command.pairs.empty()) wanted.emplace_back(command.pairs, TableKind::Pairs);
    for (const auto& path : command.inputs) wanted.emplace_back(path, std::nullopt);
    std::map<TableKind, std::vector<InputFile>> files;
    for (const auto& [path, kind] : wanted) {
        auto text = read_file(path);
        if (!text.ok()) {
            complaints.add("", text.error());
            continue;
        }
        auto table = csv::Table::read(*text);
        if (!table.ok()) {
            complaints.add(path, table.error());
            continue;
        }
        auto found = kind ? kind : table_kind(*table);
        if (!found) {
            complaints.add(path, invalid("input",
                                         "The header row of {1} is not that of teams, partners or pairs. See pmi match "
                                         "--help for the columns.",
                                         {path}));
            continue;
        }
        files[*found].push_back({path, std::move(table).value()});
    }
    for (TableKind kind : {TableKind::Teams, TableKind::Partners})
        if (files[kind].size() != 1 && !complaints.any())
            complaints.add("", invalid("input", "Give exactly one {1} file (with --{1} or --input).",
                                       {std::string(table_kind_name(kind))}));
    return files;
}

template <typename Item>
void read_into(std::vector<Item>& items, const std::vector<InputFile>& files,
               Result<std::vector<Item>> (*read)(const csv::Table&), Complaints& complaints)
{
    for (const auto& file : files) {
        auto read_items = read(file.table);
        if (!read_items.ok()) complaints.add(file.path, read_items.error());
        else items.insert(items.end(), read_items->begin(), read_items->end());
    }
}

Status apply_weight(const std::string& setting, Weights& weights)
{
    auto equals = setting.find('=');
    std::string name = setting.substr(0, equals);
    int value = 0;
    const char* first = setting.data() + (equals == std::string::npos ? setting.size() : equals + 1);
    const char* last = setting.data() + setting.size();
    auto [end, error] = std::from_chars(first, last, value);
    if (equals == std::string::npos || error != std::errc{} || end != last)
        return invalid("weight", "Write a weight as NAME=POINTS, for example review=30.");
    for (std::size_t a = 0; a < kAreaCount; ++a)
        if (name == area_code(static_cast<Area>(a))) {
            weights.area[a] = value;
            return Ok{};
        }
    if (name == "review") weights.review = value;
    else if (name == "continuity") weights.continuity = value;
    else if (name == "size") weights.size = value;
    else
        return invalid("weight",
                       "There is no weight {1}. The weights are enabling-environment, inclusive-led, trade-regional, "
                       "review, continuity and size.",
                       {name});
    return Ok{};
}

// Where an engine error points: the file and row of the team, partner or pair it names.
std::string locate(const Error& error, const std::map<TableKind, std::vector<InputFile>>& files)
{
    std::string collection = error.field.substr(0, error.field.find('.'));
    if (collection == "weights") return "--weight";
    for (TableKind kind : {TableKind::Teams, TableKind::Partners, TableKind::Pairs}) {
        if (collection != table_kind_name(kind) || !files.count(kind)) continue;
        for (const auto& file : files.at(kind)) {
            if (error.arguments.empty()) return file.path;
            const char* key_column = kind == TableKind::Pairs ? (error.field == "pairs.partner" ? "partner" : "team")
                                                              : "key";
            for (const auto& [key, row] : rows_by_key(file.table, key_column))
                if (key == error.arguments.front()) return file.path + " row " + std::to_string(row);
        }
        return files.at(kind).front().path;
    }
    return "";
}

class ProgressBar {
public:
    explicit ProgressBar(std::ostream& out) : out_(out) {}
    ~ProgressBar() { finish(); }
    ProgressBar(const ProgressBar&) = delete;
    ProgressBar& operator=(const ProgressBar&) = delete;

    void finish()
    {
        if (shown_) out_ << '\n' << std::flush;
        shown_ = false;
    }

    void show(Stage stage, double done)
    {
        int percent = static_cast<int>(std::floor(std::clamp(done, 0.0, 1.0) * 100));
        if (shown_ && stage == stage_ && percent == percent_) return;
        stage_ = stage;
        percent_ = percent;
        shown_ = true;
        constexpr int kWidth = 30;
        int filled = percent * kWidth / 100;
        out_ << '\r' << std::string(stage_name(stage)) << std::string(12 - stage_name(stage).size(), ' ') << '['
             << std::string(static_cast<std::size_t>(filled), '#') << std::string(static_cast<std::size_t>(kWidth - filled), '.')
             << "] " << percent << "%   " << std::flush;
    }

private:
    std::ostream& out_;
    Stage stage_ = Stage::Candidates;
    int percent_ = -1;
    bool shown_ = false;
};

bool yes_or_no(const std::string& value, const char* option, bool& result, Complaints& complaints)
{
    if (value == "yes" || value == "no") {
        result = value == "yes";
        return true;
    }
    complaints.add(option, invalid("option", "Answer yes or no."));
    return false;
}

void write_result(const MatchCommand& command, const std::string& text, Complaints& complaints)
{
    if (command.output.empty()) {
        std::cout << text << std::flush;
        return;
    }
    std::ofstream out(command.output, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) complaints.add("", invalid("output", "Cannot write the file {1}.", {command.output}));
}

}  // namespace

CLI::App* add_match_command(CLI::App& app, MatchCommand& command)
{
    auto* match_command = app.add_subcommand(
        "match",
        "Propose the optimal matching of teams to partners from CSV files (columns: see README, `pmi match`)");
    match_command->add_option("--input", command.inputs, "A teams, partners or pairs CSV file, its kind read from its "
                                                         "header (repeat for each file)");
    match_command->add_option("--teams", command.teams, "The teams CSV file");
    match_command->add_option("--partners", command.partners, "The partners CSV file");
    match_command->add_option("--pairs", command.pairs, "Pinned and forbidden pairs CSV file (team,partner,rule)");
    match_command->add_option("--format", command.format, "csv or json")->capture_default_str();
    match_command->add_option("--output", command.output, "Write the result to this file (default: standard output)");
    match_command->add_option("--weight", command.weights,
                              "A weight of the fit, NAME=POINTS (0 to 100): enabling-environment, inclusive-led, "
                              "trade-regional (10 each), review (30), continuity (40), size (20)");
    match_command->add_option("--coverage", command.coverage, "Serve every country it can first: yes or no")
        ->capture_default_str();
    match_command->add_option("--explanations", command.explanations, "Explain every pair: yes or no")
        ->capture_default_str();
    match_command->add_option("--language", command.language, "Language of the messages: en, fr or es")
        ->capture_default_str();
    match_command->add_flag("--progress", command.progress,
                            "Show a progress bar on standard error (shown anyway for large inputs on a terminal)");
    match_command->add_option("--candidates-per-team", command.candidates_per_team,
                              "Solver tuning: partners per team in the first network")
        ->capture_default_str();
    match_command->add_option("--candidates-per-partner", command.candidates_per_partner,
                              "Solver tuning: teams per partner in the first network")
        ->capture_default_str();
    return match_command;
}

int run_match(const MatchCommand& command, const Translator& translator, std::ostream& errors)
{
    std::string language = translator.supports(command.language) ? command.language : "en";
    Complaints complaints(translator, language, errors);
    if (language != command.language) complaints.add("--language", invalid("language", "Choose en, fr or es."));
    if (command.format != "csv" && command.format != "json")
        complaints.add("--format", invalid("format", "Choose csv or json."));
    Problem problem;
    bool coverage = true;
    Options options;
    bool explanations = true;
    yes_or_no(command.coverage, "--coverage", coverage, complaints);
    yes_or_no(command.explanations, "--explanations", explanations, complaints);
    for (const auto& setting : command.weights)
        if (auto applied = apply_weight(setting, problem.weights); !applied.ok()) complaints.add("--weight", applied.error());
    auto files = load_files(command, complaints);
    if (complaints.any()) return 2;
    read_into(problem.teams, files[TableKind::Teams], read_teams, complaints);
    read_into(problem.partners, files[TableKind::Partners], read_partners, complaints);
    read_into(problem.rules, files[TableKind::Pairs], read_pairs, complaints);
    if (complaints.any()) return 2;
    problem.coverage = coverage ? CountryCoverage::Wanted : CountryCoverage::NotWanted;
    options.explanations = explanations ? Explanations::ForEveryPair : Explanations::None;
    options.candidates_per_team = std::clamp(command.candidates_per_team, 1, 1000);
    options.candidates_per_partner = std::clamp(command.candidates_per_partner, 0, 1000);
    ProgressBar bar(errors);
    double pairs = static_cast<double>(problem.teams.size()) * static_cast<double>(problem.partners.size());
    if (command.progress || (isatty(STDERR_FILENO) && pairs >= kLargeProblemPairs))
        options.progress = [&bar](Stage stage, double done) { bar.show(stage, done); };
    auto matching = match(problem, options);
    bar.finish();
    if (!matching.ok()) {
        for (const auto& error : flatten(matching.error())) complaints.add(locate(error, files), error);
        return 2;
    }
    std::string text = command.format == "json"
                           ? matching_to_json(problem, *matching, translator, language).dump(2) + "\n"
                           : matching_to_csv(problem, *matching, translator, language);
    write_result(command, text, complaints);
    return complaints.any() ? 1 : 0;
}

}  // namespace pmi::matching
