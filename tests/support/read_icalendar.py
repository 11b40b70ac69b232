"""Reads iCalendar text on standard input with Debian's python3-icalendar and prints its
events as JSON: [{uid, summary, description, location, url, start, end, status}], moments in
ISO 8601 UTC. Exits with 1 when the text is not a calendar the parser accepts."""
import json
import sys

import icalendar


def moment(value):
    return value.dt.strftime("%Y-%m-%dT%H:%M:%SZ") if value is not None else None


def main():
    data = sys.stdin.buffer.read()
    calendar = icalendar.Calendar.from_ical(data)
    if calendar.get("VERSION") != "2.0":
        sys.exit("not an iCalendar 2.0 calendar")
    events = []
    for event in calendar.walk("VEVENT"):
        events.append({
            "uid": str(event.get("UID")),
            "summary": str(event.get("SUMMARY")),
            "description": str(event.get("DESCRIPTION", "")),
            "location": str(event.get("LOCATION", "")),
            "url": str(event.get("URL", "")),
            "start": moment(event.get("DTSTART")),
            "end": moment(event.get("DTEND")),
            "status": str(event.get("STATUS", "")),
        })
    json.dump(events, sys.stdout)


if __name__ == "__main__":
    main()
