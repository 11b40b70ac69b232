#include "matching/testing/glpk_model.hpp"

#include <glpk.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "matching/fit.hpp"

namespace pmi::matching::testing {
namespace {

using Clock = std::chrono::steady_clock;

struct Column {
    std::size_t team, partner;
    int fit;
    bool pinned;
};

std::vector<Column> allowed_pairs(const Problem& problem)
{
    std::set<std::pair<std::string, std::string>> pins, forbidden;
    for (const auto& rule : problem.rules)
        (rule.rule == PairRule::Pin ? pins : forbidden).emplace(rule.team, rule.partner);
    std::vector<Column> columns;
    for (std::size_t t = 0; t < problem.teams.size(); ++t) {
        const Team& team = problem.teams[t];
        if (team.capacity == 0) continue;
        std::unordered_set<std::string> past(team.past_partners.begin(), team.past_partners.end());
        for (std::size_t p = 0; p < problem.partners.size(); ++p) {
            const Partner& partner = problem.partners[p];
            if (!languages_allow(team.languages, partner) || forbidden.count({team.key, partner.key})) continue;
            int fit = fit_terms(problem.weights, team, partner, past.count(partner.key) > 0).total();
            columns.push_back({t, p, fit, pins.count({team.key, partner.key}) > 0});
        }
    }
    return columns;
}

class Program {
public:
    Program() : program_(glp_create_prob()) { glp_set_obj_dir(program_, GLP_MAX); }
    ~Program() { glp_delete_prob(program_); }
    Program(const Program&) = delete;
    Program& operator=(const Program&) = delete;
    glp_prob* get() { return program_; }

    int add_row(int type, double low, double high)
    {
        int row = glp_add_rows(program_, 1);
        glp_set_row_bnds(program_, row, type, low, high);
        return row;
    }
    void add_entry(int row, int column, double value)
    {
        rows_.push_back(row);
        columns_.push_back(column);
        values_.push_back(value);
    }
    void load() { glp_load_matrix(program_, static_cast<int>(rows_.size()) - 1, rows_.data(), columns_.data(), values_.data()); }
    // False when the time ran out before a proven optimum.
    bool maximise(double seconds)
    {
        glp_iocp parameters;
        glp_init_iocp(&parameters);
        parameters.msg_lev = GLP_MSG_OFF;
        parameters.presolve = GLP_ON;
        parameters.tm_lim = static_cast<int>(std::clamp(seconds, 0.0, 2e6) * 1000);
        int code = glp_intopt(program_, &parameters);
        return code == 0 && glp_mip_status(program_) == GLP_OPT;
    }
    bool feasible() const { return glp_mip_status(program_) == GLP_OPT || glp_mip_status(program_) == GLP_FEAS; }

private:
    glp_prob* program_;
    std::vector<int> rows_{0}, columns_{0};  // GLPK counts from 1: index 0 is unused
    std::vector<double> values_{0};
};

}  // namespace

ReferenceSolution solve_with_glpk(const Problem& problem, const ReferenceOptions& options)
{
    const auto started = Clock::now();
    auto seconds_left = [&] {
        return options.time_limit_seconds - std::chrono::duration<double>(Clock::now() - started).count();
    };
    ReferenceSolution solution;
    std::vector<Column> pairs = allowed_pairs(problem);
    solution.columns = pairs.size();
    Program program;
    std::vector<int> team_row(problem.teams.size()), partner_row(problem.partners.size());
    for (std::size_t t = 0; t < problem.teams.size(); ++t)
        team_row[t] = program.add_row(GLP_UP, 0, problem.teams[t].capacity);
    for (std::size_t p = 0; p < problem.partners.size(); ++p)
        partner_row[p] = program.add_row(GLP_UP, 0, problem.partners[p].wanted_partners);
    bool coverage = problem.coverage == CountryCoverage::Wanted;
    std::vector<int> country_row(kCountryCount, 0), country_column(kCountryCount, 0);
    if (coverage)
        for (std::size_t c = 0; c < kCountryCount; ++c) {
            country_row[c] = program.add_row(GLP_UP, 0, 0);  // y[c] − Σ x ≤ 0
            country_column[c] = glp_add_cols(program.get(), 1);
            glp_set_col_kind(program.get(), country_column[c], GLP_BV);
            program.add_entry(country_row[c], country_column[c], 1.0);
        }
    int first_pair_column = pairs.empty() ? 0 : glp_add_cols(program.get(), static_cast<int>(pairs.size()));
    for (std::size_t k = 0; k < pairs.size(); ++k) {
        int column = first_pair_column + static_cast<int>(k);
        glp_set_col_kind(program.get(), column, GLP_BV);
        if (pairs[k].pinned) glp_set_col_bnds(program.get(), column, GLP_FX, 1, 1);
        program.add_entry(team_row[pairs[k].team], column, 1.0);
        program.add_entry(partner_row[pairs[k].partner], column, 1.0);
        if (coverage)
            program.add_entry(country_row[static_cast<std::size_t>(problem.partners[pairs[k].partner].country)], column, -1.0);
    }
    program.load();
    if (coverage) {
        for (std::size_t c = 0; c < kCountryCount; ++c) glp_set_obj_coef(program.get(), country_column[c], 1.0);
        bool proven = program.maximise(seconds_left());
        if (!program.feasible()) return solution;
        double most_countries = std::round(glp_mip_obj_val(program.get()));
        if (!proven) {
            solution.status = ReferenceSolution::Status::TimeLimit;
            solution.seconds = std::chrono::duration<double>(Clock::now() - started).count();
            return solution;
        }
        int at_least = program.add_row(GLP_LO, most_countries, 0);
        std::vector<int> columns{0};
        std::vector<double> ones{0};
        for (std::size_t c = 0; c < kCountryCount; ++c) {
            columns.push_back(country_column[c]);
            ones.push_back(1.0);
            glp_set_obj_coef(program.get(), country_column[c], 0.0);
        }
        glp_set_mat_row(program.get(), at_least, static_cast<int>(kCountryCount), columns.data(), ones.data());
    }
    for (std::size_t k = 0; k < pairs.size(); ++k)
        glp_set_obj_coef(program.get(), first_pair_column + static_cast<int>(k), pairs[k].fit);
    bool proven = program.maximise(seconds_left());
    solution.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    if (!program.feasible()) return solution;
    solution.status = proven ? ReferenceSolution::Status::Optimal : ReferenceSolution::Status::TimeLimit;
    solution.total_fit = std::llround(glp_mip_obj_val(program.get()));
    std::set<Country> served;
    for (std::size_t k = 0; k < pairs.size(); ++k)
        if (glp_mip_col_val(program.get(), first_pair_column + static_cast<int>(k)) > 0.5) {
            solution.pairs.emplace_back(pairs[k].team, pairs[k].partner);
            served.insert(problem.partners[pairs[k].partner].country);
        }
    solution.countries_served = static_cast<int>(served.size());
    return solution;
}

}  // namespace pmi::matching::testing
