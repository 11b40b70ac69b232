#pragma once
// Workplan pages: a partnership's activities and milestones as a timeline (SVG) beside
// their tables, what is overdue, forms for its staff and officers to add and change work,
// CSV and Excel exports; and the officers' list of overdue work across the program.
#include "partnerships/workplan_tables.hpp"
#include "partnerships/workplan_service.hpp"
#include "web/page.hpp"

namespace pmi::partnerships {

class WorkplanPages {
public:
    WorkplanPages(WorkplanService& workplans, const web::Views& views) : workplans_(workplans), views_(views) {}

    web::Response workplan(web::Exchange& exchange);
    // The form for a new activity, or for the one in the address (:activity).
    web::Response activity_form(web::Exchange& exchange);
    // Adds an activity, or changes the one in the address.
    web::Response save_activity(web::Exchange& exchange);
    web::Response milestone_form(web::Exchange& exchange);
    web::Response save_milestone(web::Exchange& exchange);
    web::Response activities_csv(web::Exchange& exchange);
    web::Response activities_xlsx(web::Exchange& exchange);
    web::Response milestones_csv(web::Exchange& exchange);
    web::Response milestones_xlsx(web::Exchange& exchange);
    web::Response overdue(web::Exchange& exchange);
    web::Response overdue_csv(web::Exchange& exchange);
    web::Response overdue_xlsx(web::Exchange& exchange);

private:
    web::Response activity_page(web::Exchange& exchange, const Workplan& plan, const web::Fields& fields, const Error* error);
    web::Response milestone_page(web::Exchange& exchange, const Workplan& plan, const web::Fields& fields, const Error* error);
    web::Response export_table(web::Exchange& exchange, const std::string& kind, Table (*table_of)(const Workplan&), const std::string& name);
    web::Response export_overdue(web::Exchange& exchange, const std::string& kind);

    WorkplanService& workplans_;
    const web::Views& views_;
};

}  // namespace pmi::partnerships
