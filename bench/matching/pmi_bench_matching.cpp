// pmi-bench-matching: the matching benchmark's helper (bench/README.md, suite "matching").
//   generate --teams N --partners N --seed S --out DIR   writes DIR/{teams,partners,pairs}.csv,
//            a problem shaped like the real program (src/matching/testing/instances.hpp)
//   glpk --teams F --partners F [--pairs F] [--coverage yes|no] [--time-limit SECONDS]
//            solves the same files with GLPK (src/matching/testing/glpk_model.hpp) and prints
//            {"status", "total_fit", "countries_served", "seconds", "columns", "peak_rss_mb"}
// The engine itself is measured through `pmi match`, as a user runs it.
#include <CLI/CLI.hpp>
#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/csv.hpp"
#include "matching/csv_input.hpp"
#include "matching/testing/glpk_model.hpp"
#include "matching/testing/instances.hpp"

namespace {

using namespace pmi;
using namespace pmi::matching;

void write_file(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

csv::Table read_table(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    auto table = csv::Table::read(text.str());
    if (!table.ok()) throw std::runtime_error(path + ": " + table.error().message);
    return std::move(table).value();
}

template <typename Item>
std::vector<Item> read_items(const std::string& path, Result<std::vector<Item>> (*read)(const csv::Table&))
{
    auto items = read(read_table(path));
    if (!items.ok()) throw std::runtime_error(path + ": " + items.error().message);
    return std::move(items).value();
}

int generate(int teams, int partners, std::uint64_t seed, const std::string& folder)
{
    Problem problem = testing::shaped_problem(teams, partners, seed);
    std::filesystem::create_directories(folder);
    write_file(std::filesystem::path(folder) / "teams.csv", write_teams(problem.teams));
    write_file(std::filesystem::path(folder) / "partners.csv", write_partners(problem.partners));
    write_file(std::filesystem::path(folder) / "pairs.csv", write_pairs(problem.rules));
    return 0;
}

double peak_rss_mb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

int solve_with_glpk(const std::string& teams, const std::string& partners, const std::string& pairs,
                    const std::string& coverage, double time_limit)
{
    Problem problem;
    problem.teams = read_items(teams, read_teams);
    problem.partners = read_items(partners, read_partners);
    if (!pairs.empty()) problem.rules = read_items(pairs, read_pairs);
    problem.coverage = coverage == "no" ? CountryCoverage::NotWanted : CountryCoverage::Wanted;
    auto solution = testing::solve_with_glpk(problem, {time_limit});
    const char* status = solution.status == testing::ReferenceSolution::Status::Optimal     ? "optimal"
                         : solution.status == testing::ReferenceSolution::Status::TimeLimit ? "time_limit"
                                                                                            : "no_solution";
    nlohmann::json out = {{"status", status},
                          {"total_fit", solution.total_fit},
                          {"countries_served", solution.countries_served},
                          {"seconds", solution.seconds},
                          {"columns", solution.columns},
                          {"peak_rss_mb", peak_rss_mb()}};
    std::cout << out.dump() << std::endl;
    return 0;
}

}  // namespace

int main(int argc, char** argv)
{
    CLI::App app{"The matching benchmark's helper: shaped problems and the GLPK reference"};
    app.require_subcommand(1);
    int teams = 0, partners = 0;
    std::uint64_t seed = 8;
    std::string folder;
    auto* generate_command = app.add_subcommand("generate", "Write a problem shaped like the real program as CSV files");
    generate_command->add_option("--teams", teams)->required();
    generate_command->add_option("--partners", partners)->required();
    generate_command->add_option("--seed", seed)->capture_default_str();
    generate_command->add_option("--out", folder)->required();
    std::string teams_file, partners_file, pairs_file, coverage = "yes";
    double time_limit = 600;
    auto* glpk_command = app.add_subcommand("glpk", "Solve the problem in CSV files with GLPK");
    glpk_command->add_option("--teams", teams_file)->required();
    glpk_command->add_option("--partners", partners_file)->required();
    glpk_command->add_option("--pairs", pairs_file);
    glpk_command->add_option("--coverage", coverage)->capture_default_str();
    glpk_command->add_option("--time-limit", time_limit, "Seconds for both stages together")->capture_default_str();
    CLI11_PARSE(app, argc, argv);
    try {
        if (generate_command->parsed()) return generate(teams, partners, seed, folder);
        return solve_with_glpk(teams_file, partners_file, pairs_file, coverage, time_limit);
    } catch (const std::exception& error) {
        std::cerr << "pmi-bench-matching: " << error.what() << std::endl;
        return 1;
    }
}
