#include "review/assignment.hpp"

#include <algorithm>
#include <cassert>
#include <deque>
#include <optional>
#include <string>

#include <lemon/network_simplex.h>
#include <lemon/preflow.h>
#include <lemon/smart_graph.h>

namespace pmi::review {
namespace {

using Graph = lemon::SmartDigraph;
using Cost = long long;  // LEMON's cost type; integer costs keep the optimum exact

// An officer reads the first problems; hundreds of lines help nobody.
constexpr std::size_t kMostReportedProblems = 20;
constexpr int kMostBalanceWeight = 1000;
constexpr int kMostKeepBonus = 100;

// One flag per (application, reviewer) pair, in a dense table: lookups in the inner loops
// are then a multiplication, not a search.
class PairFlags {
public:
    PairFlags(int application_count, int reviewer_count)
        : reviewer_count_(reviewer_count),
          flags_(static_cast<std::size_t>(application_count) * static_cast<std::size_t>(reviewer_count), 0)
    {
    }
    void set(ReviewPair pair) { flags_[position(pair.first, pair.second)] = 1; }
    bool has(int application, int reviewer) const { return flags_[position(application, reviewer)] != 0; }

private:
    std::size_t position(int application, int reviewer) const
    {
        return static_cast<std::size_t>(application) * static_cast<std::size_t>(reviewer_count_) +
               static_cast<std::size_t>(reviewer);
    }
    int reviewer_count_;
    std::vector<char> flags_;
};

// What the problem's pair lists say, indexed once.
struct PairIndex {
    PairFlags conflicted;
    PairFlags existing;
    PairFlags pinned;
    std::vector<ReviewPair> pins;  // distinct, sorted
    std::vector<int> pins_of_application;
    std::vector<int> pins_of_reviewer;
};

std::string number(long long value) { return std::to_string(value); }

bool pair_in_range(const AssignmentProblem& problem, ReviewPair pair)
{
    return pair.first >= 0 && pair.first < problem.application_count && pair.second >= 0 &&
           pair.second < problem.reviewer_count;
}

std::optional<Error> check_counts(const AssignmentProblem& problem)
{
    if (problem.application_count < 0) return invalid("application_count", "The number of applications is negative.");
    if (problem.reviewer_count < 0) return invalid("reviewer_count", "The number of reviewers is negative.");
    if (problem.reviews_per_application < 1)
        return invalid("reviews_per_application", "Each application needs at least one review.");
    if (problem.balance_weight < 0 || problem.balance_weight > kMostBalanceWeight)
        return invalid("balance_weight", "The balance weight must be between 0 and {1}.", {number(kMostBalanceWeight)});
    if (problem.keep_bonus < 0 || problem.keep_bonus > kMostKeepBonus)
        return invalid("keep_bonus", "The keep bonus must be between 0 and {1}.", {number(kMostKeepBonus)});
    if (problem.capacity.size() != static_cast<std::size_t>(problem.reviewer_count))
        return invalid("capacity", "Give one capacity per reviewer.");
    for (int reviewer = 0; reviewer < problem.reviewer_count; ++reviewer)
        if (problem.capacity[reviewer] < 0)
            return invalid("capacity", "Reviewer {1} has a negative capacity.", {number(reviewer)});
    return std::nullopt;
}

std::optional<Error> check_suitability(const AssignmentProblem& problem)
{
    if (problem.suitability.size() != static_cast<std::size_t>(problem.application_count))
        return invalid("suitability", "Give one row of suitability per application.");
    for (int application = 0; application < problem.application_count; ++application) {
        const auto& row = problem.suitability[application];
        if (row.size() != static_cast<std::size_t>(problem.reviewer_count))
            return invalid("suitability", "Application {1} needs one suitability per reviewer.", {number(application)});
        for (int reviewer = 0; reviewer < problem.reviewer_count; ++reviewer)
            if (row[reviewer] < 0 || row[reviewer] > kBestSuitability)
                return invalid("suitability", "The suitability of reviewer {2} for application {1} must be 0 to {3}.",
                               {number(application), number(reviewer), number(kBestSuitability)});
    }
    return std::nullopt;
}

std::optional<Error> check_pair_lists(const AssignmentProblem& problem)
{
    const std::pair<const char*, const std::vector<ReviewPair>*> lists[] = {
        {"conflicts", &problem.conflicts}, {"pinned", &problem.pinned}, {"existing", &problem.existing}};
    for (const auto& [field, pairs] : lists)
        for (auto pair : *pairs)
            if (!pair_in_range(problem, pair))
                return invalid(field, "The pair (application {1}, reviewer {2}) names no such application or reviewer.",
                               {number(pair.first), number(pair.second)});
    return std::nullopt;
}

PairIndex index_pairs(const AssignmentProblem& problem)
{
    PairIndex index{PairFlags(problem.application_count, problem.reviewer_count),
                    PairFlags(problem.application_count, problem.reviewer_count),
                    PairFlags(problem.application_count, problem.reviewer_count),
                    {},
                    std::vector<int>(static_cast<std::size_t>(problem.application_count), 0),
                    std::vector<int>(static_cast<std::size_t>(problem.reviewer_count), 0)};
    for (auto pair : problem.conflicts) index.conflicted.set(pair);
    for (auto pair : problem.existing) index.existing.set(pair);
    index.pins = problem.pinned;
    std::sort(index.pins.begin(), index.pins.end());
    index.pins.erase(std::unique(index.pins.begin(), index.pins.end()), index.pins.end());
    for (auto pair : index.pins) {
        index.pinned.set(pair);
        ++index.pins_of_application[pair.first];
        ++index.pins_of_reviewer[pair.second];
    }
    return index;
}

// A reviewer never reviews one application twice, so places beyond the number of
// applications are of no use; counting them would hide a shortage.
int usable_capacity(const AssignmentProblem& problem, int reviewer)
{
    return std::min(problem.capacity[reviewer], problem.application_count);
}

void check_pins(const AssignmentProblem& problem, const PairIndex& index, std::vector<Error>& problems)
{
    for (auto [application, reviewer] : index.pins)
        if (index.conflicted.has(application, reviewer))
            problems.push_back(invalid("pinned",
                                       "Application {1} is pinned to reviewer {2}, who has a conflict with it.",
                                       {number(application), number(reviewer)}));
    for (int application = 0; application < problem.application_count; ++application)
        if (index.pins_of_application[application] > problem.reviews_per_application)
            problems.push_back(invalid("pinned", "Application {1} has {2} pinned reviewers, and takes only {3}.",
                                       {number(application), number(index.pins_of_application[application]),
                                        number(problem.reviews_per_application)}));
    for (int reviewer = 0; reviewer < problem.reviewer_count; ++reviewer)
        if (index.pins_of_reviewer[reviewer] > problem.capacity[reviewer])
            problems.push_back(invalid("capacity", "Reviewer {1} is pinned to {2} applications, and can take only {3}.",
                                       {number(reviewer), number(index.pins_of_reviewer[reviewer]),
                                        number(problem.capacity[reviewer])}));
}

// The shortages anyone can see without solving: too few places in all, or an application
// whose conflicts leave it too few reviewers with a place left.
void check_supply(const AssignmentProblem& problem, const PairIndex& index, std::vector<Error>& problems)
{
    long long places = 0;
    for (int reviewer = 0; reviewer < problem.reviewer_count; ++reviewer) places += usable_capacity(problem, reviewer);
    long long needed = static_cast<long long>(problem.application_count) * problem.reviews_per_application;
    if (places < needed)
        problems.push_back(invalid("capacity",
                                   "Reviewers can take {1} reviews in all; {2} applications x {3} need {4}.",
                                   {number(places), number(problem.application_count),
                                    number(problem.reviews_per_application), number(needed)}));
    for (int application = 0; application < problem.application_count; ++application) {
        int available = 0;
        for (int reviewer = 0; reviewer < problem.reviewer_count; ++reviewer)
            if (!index.conflicted.has(application, reviewer) &&
                (index.pinned.has(application, reviewer) ||
                 usable_capacity(problem, reviewer) > index.pins_of_reviewer[reviewer]))
                ++available;
        if (available < problem.reviews_per_application)
            problems.push_back(invalid("applications",
                                       "Application {1} has only {2} reviewers without a conflict, and needs {3}.",
                                       {number(application), number(available),
                                        number(problem.reviews_per_application)}));
    }
}

Cost pair_cost(const AssignmentProblem& problem, const PairIndex& index, int application, int reviewer)
{
    Cost cost = kBestSuitability - problem.suitability[application][reviewer];
    if (index.existing.has(application, reviewer)) cost -= problem.keep_bonus;
    return cost;
}

// balance_weight × (1 + 2 + ... + load): the sum of the increasing costs of each review.
Cost balance_cost(const AssignmentProblem& problem, int load)
{
    return static_cast<Cost>(problem.balance_weight) * load * (load + 1) / 2;
}

Cost objective(const AssignmentProblem& problem, const PairIndex& index, const Assignment& assignment)
{
    Cost cost = 0;
    for (auto [application, reviewer] : assignment.pairs) cost += pair_cost(problem, index, application, reviewer);
    for (int load : assignment.load) cost += balance_cost(problem, load);
    return cost;
}

// The pairs left to choose, as arcs application → reviewer of capacity 1.
struct CandidateArc {
    Graph::Arc arc;
    int application;
    int reviewer;
};

// Applications supply their unpinned reviews from the source; each reviewer passes them to
// the sink through parallel unit arcs costing balance_weight × k for its k-th review, so the
// cheapest flow fills every reviewer evenly (the cost is convex in the load). A reviewer's
// pinned reviews already hold its first places: its free arcs start at k = pins + 1.
struct FlowNetwork {
    Graph graph;
    Graph::ArcMap<int> upper{graph};
    Graph::ArcMap<Cost> cost{graph};
    Graph::Node source;
    Graph::Node sink;
    std::vector<Graph::Node> applications;
    std::vector<CandidateArc> candidates;
    int demand = 0;
};

Graph::Arc add_arc(FlowNetwork& network, Graph::Node from, Graph::Node to, int upper, Cost cost)
{
    Graph::Arc arc = network.graph.addArc(from, to);
    network.upper[arc] = upper;
    network.cost[arc] = cost;
    return arc;
}

void add_reviewer_arcs(const AssignmentProblem& problem, const PairIndex& index, FlowNetwork& network,
                       std::vector<Graph::Node>& reviewers)
{
    for (int reviewer = 0; reviewer < problem.reviewer_count; ++reviewer) {
        reviewers.push_back(network.graph.addNode());
        for (int load = index.pins_of_reviewer[reviewer] + 1; load <= usable_capacity(problem, reviewer); ++load)
            add_arc(network, reviewers.back(), network.sink, 1, static_cast<Cost>(problem.balance_weight) * load);
    }
}

void build_network(const AssignmentProblem& problem, const PairIndex& index, FlowNetwork& network)
{
    network.source = network.graph.addNode();
    network.sink = network.graph.addNode();
    std::vector<Graph::Node> reviewers;
    add_reviewer_arcs(problem, index, network, reviewers);
    for (int application = 0; application < problem.application_count; ++application) {
        network.applications.push_back(network.graph.addNode());
        int open = problem.reviews_per_application - index.pins_of_application[application];
        if (open <= 0) continue;
        network.demand += open;
        add_arc(network, network.source, network.applications.back(), open, 0);
        for (int reviewer = 0; reviewer < problem.reviewer_count; ++reviewer) {
            if (index.conflicted.has(application, reviewer) || index.pinned.has(application, reviewer)) continue;
            if (usable_capacity(problem, reviewer) <= index.pins_of_reviewer[reviewer]) continue;
            Graph::Arc arc = add_arc(network, network.applications.back(), reviewers[reviewer], 1,
                                     pair_cost(problem, index, application, reviewer));
            network.candidates.push_back({arc, application, reviewer});
        }
    }
}

// NetworkSimplex with its default block-search pivot. On 500 applications × 60 reviewers × 3
// (release build) it took about 16 ms, CostScaling about 14 ms and CapacityScaling 175 ms;
// CostScaling is not used because LEMON 1.3.1's version does not compile as C++20 (its
// BellmanFord maps call std::allocator::construct, removed in C++20), and 2 ms is no reason
// to patch a library. Returns the flow's cost, or nothing when the demand cannot all reach
// the sink.
std::optional<Cost> run_min_cost_flow(const FlowNetwork& network, Graph::ArcMap<int>& flow)
{
    lemon::NetworkSimplex<Graph, int, Cost> solver(network.graph);
    solver.upperMap(network.upper).costMap(network.cost).stSupply(network.source, network.sink, network.demand);
    if (solver.run() != lemon::NetworkSimplex<Graph, int, Cost>::OPTIMAL) return std::nullopt;
    solver.flowMap(flow);
    return solver.totalCost();
}

// The nodes a further unit of flow could still reach from the source: the smallest source
// side of a minimum cut. Its applications are the ones that compete for too few reviewers.
std::vector<int> bottleneck_applications(const FlowNetwork& network, const Graph::ArcMap<int>& flow)
{
    Graph::NodeMap<char> reached(network.graph, 0);
    std::deque<Graph::Node> queue{network.source};
    reached[network.source] = 1;
    auto visit = [&](Graph::Node node) {
        if (reached[node]) return;
        reached[node] = 1;
        queue.push_back(node);
    };
    while (!queue.empty()) {
        Graph::Node node = queue.front();
        queue.pop_front();
        for (Graph::OutArcIt arc(network.graph, node); arc != lemon::INVALID; ++arc)
            if (flow[arc] < network.upper[arc]) visit(network.graph.target(arc));
        for (Graph::InArcIt arc(network.graph, node); arc != lemon::INVALID; ++arc)
            if (flow[arc] > 0) visit(network.graph.source(arc));
    }
    std::vector<int> applications;
    for (std::size_t application = 0; application < network.applications.size(); ++application)
        if (reached[network.applications[application]]) applications.push_back(static_cast<int>(application));
    return applications;
}

// Why no assignment exists although every simple check passed (a Hall-type shortage: a
// group of applications whose reviewers together have too few places).
Error explain_shortage(const FlowNetwork& network)
{
    lemon::Preflow<Graph, Graph::ArcMap<int>> preflow(network.graph, network.upper, network.source, network.sink);
    preflow.run();
    std::vector<int> applications = bottleneck_applications(network, preflow.flowMap());
    std::string list;
    for (std::size_t i = 0; i < applications.size() && i < kMostReportedProblems; ++i)
        list += (i == 0 ? "" : ", ") + number(applications[i]);
    if (applications.size() > kMostReportedProblems) list += ", …";
    return invalid("applications",
                   "Only {1} of the {2} reviews left to assign can be placed: applications {3} share too few "
                   "reviewers without a conflict.",
                   {number(preflow.flowValue()), number(network.demand), list});
}

Assignment read_assignment(const AssignmentProblem& problem, const PairIndex& index, const FlowNetwork& network,
                           const Graph::ArcMap<int>& flow)
{
    Assignment assignment;
    assignment.pairs = index.pins;
    for (const auto& candidate : network.candidates)
        if (flow[candidate.arc] > 0) assignment.pairs.emplace_back(candidate.application, candidate.reviewer);
    std::sort(assignment.pairs.begin(), assignment.pairs.end());
    assignment.load.assign(static_cast<std::size_t>(problem.reviewer_count), 0);
    for (auto pair : assignment.pairs) ++assignment.load[pair.second];
    assignment.cost = objective(problem, index, assignment);
    return assignment;
}

// The part of the objective the flow does not see: the pinned pairs and their places.
Cost pinned_cost(const AssignmentProblem& problem, const PairIndex& index)
{
    Cost cost = 0;
    for (auto [application, reviewer] : index.pins) cost += pair_cost(problem, index, application, reviewer);
    for (int pins : index.pins_of_reviewer) cost += balance_cost(problem, pins);
    return cost;
}

std::optional<Error> first_malformation(const AssignmentProblem& problem)
{
    if (auto error = check_counts(problem)) return error;
    if (auto error = check_suitability(problem)) return error;
    return check_pair_lists(problem);
}

}  // namespace

Result<Assignment> assign_reviewers(const AssignmentProblem& problem)
{
    if (auto error = first_malformation(problem)) return std::move(*error);
    PairIndex index = index_pairs(problem);
    std::vector<Error> problems;
    check_pins(problem, index, problems);
    check_supply(problem, index, problems);
    if (!problems.empty()) {
        if (problems.size() > kMostReportedProblems) problems.resize(kMostReportedProblems);
        return combine(std::move(problems));
    }
    FlowNetwork network;
    build_network(problem, index, network);
    Graph::ArcMap<int> flow(network.graph, 0);
    std::optional<Cost> flow_cost = run_min_cost_flow(network, flow);
    if (!flow_cost) return explain_shortage(network);
    Assignment assignment = read_assignment(problem, index, network, flow);
    // The flow's costs and the objective are two sums of the same terms; a gap is a bug here.
    [[maybe_unused]] Cost expected = *flow_cost + pinned_cost(problem, index);
    assert(assignment.cost == expected && "the flow's cost differs from the objective");
    return assignment;
}

}  // namespace pmi::review
