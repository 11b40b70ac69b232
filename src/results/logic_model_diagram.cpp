#include "results/logic_model_diagram.hpp"

#include <map>

namespace pmi::results {
namespace {

constexpr long kBoxWidth = 170, kBoxHeight = 84, kGap = 14, kRowHeight = 130;
constexpr std::size_t kLineBytes = 26, kLines = 3;

// The statement cut at spaces into at most kLines lines (a word is never split, so neither
// is a character).
std::vector<std::string> wrapped(const std::string& statement)
{
    std::vector<std::string> lines{""};
    std::size_t start = 0;
    while (start < statement.size()) {
        auto end = statement.find(' ', start);
        if (end == std::string::npos) end = statement.size();
        const auto word = statement.substr(start, end - start);
        if (!lines.back().empty() && lines.back().size() + 1 + word.size() > kLineBytes) {
            if (lines.size() == kLines) {
                lines.back() += " …";
                return lines;
            }
            lines.emplace_back();
        }
        lines.back() += (lines.back().empty() ? "" : " ") + word;
        start = end + 1;
    }
    return lines;
}

struct Layout {
    std::map<std::int64_t, std::vector<const Node*>> children;
    std::map<std::int64_t, long> x;
    long next_slot = 0;

    long place(const Node& node)
    {
        auto found = children.find(node.id.value);
        long position;
        if (found == children.end()) {
            position = next_slot++ * (kBoxWidth + kGap);
        } else {
            long first = 0, last = 0;
            for (std::size_t i = 0; i < found->second.size(); ++i) {
                const long child = place(*found->second[i]);
                if (i == 0) first = child;
                last = child;
            }
            position = (first + last) / 2;
        }
        return x[node.id.value] = position;
    }
};

}  // namespace

void draw_logic_model(ctemplate::TemplateDictionary& body, const LogicModel& model, std::string_view language)
{
    Layout layout;
    std::map<std::int64_t, const Node*> by_id;
    for (const auto& node : model.nodes) by_id[node.id.value] = &node;
    for (const auto& node : model.nodes)
        if (node.parent.valid() && by_id.count(node.parent.value)) layout.children[node.parent.value].push_back(&node);
    for (const auto& node : model.nodes)
        if (!node.parent.valid() || !by_id.count(node.parent.value)) layout.place(node);
    auto y_of = [](const Node& node) { return static_cast<long>(node.level) * kRowHeight + 2; };
    for (const auto& node : model.nodes) {
        const long x = layout.x[node.id.value] + 2, y = y_of(node);
        auto* box = body.AddSectionDictionary("BOX");
        box->SetIntValue("X", x);
        box->SetIntValue("Y", y);
        box->SetIntValue("TEXT_X", x + 8);
        box->SetIntValue("CODE_Y", y + 20);
        box->SetValue("CODE", node.code);
        box->SetValue("ANCHOR", "result-" + node.code);
        long line_y = y + 40;
        for (const auto& line : wrapped(node.statement.pick(language).text)) {
            auto* text = box->AddSectionDictionary("LINE");
            text->SetValue("TEXT", line);
            text->SetIntValue("LINE_Y", line_y);
            text->SetIntValue("TEXT_X", x + 8);
            line_y += 16;
        }
        if (node.parent.valid() && by_id.count(node.parent.value)) {
            const auto& parent = *by_id[node.parent.value];
            auto* link = body.AddSectionDictionary("LINK");
            link->SetIntValue("X1", layout.x[parent.id.value] + 2 + kBoxWidth / 2);
            link->SetIntValue("Y1", y_of(parent) + kBoxHeight);
            link->SetIntValue("X2", x + kBoxWidth / 2);
            link->SetIntValue("Y2", y);
        }
    }
    body.SetIntValue("BOX_WIDTH", kBoxWidth);
    body.SetIntValue("BOX_HEIGHT", kBoxHeight);
    body.SetIntValue("WIDTH", std::max(layout.next_slot, 1L) * (kBoxWidth + kGap) + 4);
    body.SetIntValue("HEIGHT", 4 * kRowHeight);
}

}  // namespace pmi::results
