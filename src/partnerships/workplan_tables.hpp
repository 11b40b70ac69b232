#pragma once
// The workplan as the exports (CSV and Excel) write it.
#include "partnerships/view_helpers.hpp"
#include "partnerships/workplan_service.hpp"

namespace pmi::partnerships {

// The activities and milestones as the exports write them: titles by language, ISO dates,
// stored codes, whether each is overdue; descriptions and deliverables only for those who
// may see them (the workplan holds them only then).
Table activity_table(const Workplan& plan);
Table milestone_table(const Workplan& plan);
// The program's overdue work: a row per activity or milestone, with its partnership.
Table overdue_table(const ProgramOverdue& overdue);

}  // namespace pmi::partnerships
