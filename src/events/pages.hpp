#pragma once
// Event pages: the public list and page of each event (times in the event's time zone and in
// one the reader picks), registration and its cancellation, the .ics file of an event and the
// feed of all; and the officers' pages: the editor, registrations, attendance, cancellation.
#include "events/event_service.hpp"
#include "events/icalendar.hpp"
#include "web/page.hpp"

namespace pmi::events {

class EventPages {
public:
    EventPages(EventService& events, const web::Views& views, std::string public_origin)
        : events_(events), views_(views), public_origin_(std::move(public_origin)) {}

    web::Response list(web::Exchange& exchange);
    web::Response show(web::Exchange& exchange);
    web::Response register_for(web::Exchange& exchange);
    web::Response cancel_registration(web::Exchange& exchange);
    web::Response event_ics(web::Exchange& exchange);
    web::Response feed_ics(web::Exchange& exchange);

    web::Response manage(web::Exchange& exchange);
    web::Response new_form(web::Exchange& exchange);
    web::Response create(web::Exchange& exchange);
    web::Response edit_form(web::Exchange& exchange);
    web::Response update(web::Exchange& exchange);
    web::Response registrations(web::Exchange& exchange);
    web::Response record_attendance(web::Exchange& exchange);
    web::Response cancel_event(web::Exchange& exchange);

    // The event as a calendar entry in `language`.
    CalendarEntry calendar_entry(const Event& event, std::string_view language) const;

private:
    web::Response editor(web::Exchange& exchange, const web::Fields& fields, const Error* error, std::optional<EventId> id);
    web::Response calendar_response(const std::vector<CalendarEntry>& entries, const std::string& file_name) const;

    EventService& events_;
    const web::Views& views_;
    std::string public_origin_;
};

// The event id in the route's :id, or an invalid id.
EventId event_id_of(const web::Exchange& exchange);
// The event's fields every event template shows (ID, TITLE, KIND, STARTS, PLACE, ...), times
// in the event's zone and, as STARTS_READER, in `reader_zone`.
void fill_event(ctemplate::TemplateDictionary& row, const Event& event, const web::Exchange& exchange, const web::I18n& i18n,
                const std::string& reader_zone);

}  // namespace pmi::events
