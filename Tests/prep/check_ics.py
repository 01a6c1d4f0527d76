#!/usr/bin/env python3
"""Checks `askback prep --format ics` of the shipped example with a standard parser.

    python3 Tests/prep/check_ics.py [--binary .build/release/askback]

Writes the calendar and the JSON of Examples/registered-nurse.txt (interview 2026-12-03,
decision 2026-12-10, two interviewers), parses the calendar with Python's `icalendar` (from
PyPI, installed when missing) and checks: one all-day event per dated step of the plan, on the
plan's dates, each with a summary, the step's draft in the description, a display reminder and
a unique UID; the raw bytes end every line with CRLF and fold at 75 octets; the same inputs
give the same bytes, other interviewers keep the UIDs, another posting or interview date
changes them. Exits 1 on the first failure.
"""
import argparse
import datetime
import json
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "Examples" / "registered-nurse.txt"
OPTIONS = ["--interview-date", "2026-12-03", "--decision-date", "2026-12-10",
           "--interviewer", "Dana Li", "--interviewer", "Sam Ortiz"]

try:
    import icalendar
except ImportError:
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "icalendar"], check=True)
    import icalendar


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def run(binary, arguments, stdin=None):
    result = subprocess.run([binary, "prep"] + arguments, input=stdin, capture_output=True)
    check(result.returncode == 0, f"askback prep {arguments} failed: {result.stderr.decode()}")
    return result.stdout


def uids(raw):
    calendar = icalendar.Calendar.from_ical(raw)
    return [str(event["UID"]) for event in calendar.walk("VEVENT")]


def check_raw(raw):
    check(raw.endswith(b"\r\n"), "the file does not end with CRLF")
    lines = raw.split(b"\r\n")[:-1]
    for line in lines:
        check(b"\n" not in line and b"\r" not in line, f"a bare line break in {line[:40]!r}")
        check(len(line) <= 75, f"a line of {len(line)} octets: {line[:40]!r}")
        line.decode("utf-8")  # a fold inside a UTF-8 sequence fails here
    folded = sum(1 for line in lines if line.startswith(b" "))
    check(folded > 0, "no line was folded")
    return len(lines), folded


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.environ.get(
        "ASKBACK_BINARY", str(ROOT / ".build" / "release" / "askback")))
    args = parser.parse_args()

    raw = run(args.binary, [str(EXAMPLE), "--format", "ics"] + OPTIONS)
    sheet = json.loads(run(args.binary, [str(EXAMPLE), "--format", "json"] + OPTIONS))
    physical, folded = check_raw(raw)

    calendar = icalendar.Calendar.from_ical(raw)
    check(str(calendar["VERSION"]) == "2.0", "VERSION is not 2.0")
    check(str(calendar["PRODID"]).startswith("-//AskBack//"), "no PRODID")
    events = calendar.walk("VEVENT")
    steps = [step for step in sheet["follow_up"]["steps"] if step["date"]]
    check(len(events) == len(steps) == 4, f"{len(events)} events for {len(steps)} dated steps")
    notes = sheet["thank_you"]
    previous = None
    for event, step in zip(events, steps):
        start = event["DTSTART"].dt
        end = event["DTEND"].dt
        check(type(start) is datetime.date, f"DTSTART {start!r} is not an all-day date")
        check(start.isoformat() == step["date"], f"event on {start}, the plan says {step['date']}")
        check(end - start == datetime.timedelta(days=1), f"event {start} does not last one day")
        if previous:
            check((start - previous).days >= 7, f"{previous} and {start} are less than 7 days apart")
        previous = start
        summary = str(event["SUMMARY"])
        check("Registered Nurse at Lakeshore Community Hospital" in summary, f"summary {summary!r}")
        description = str(event["DESCRIPTION"])
        bodies = [note["body"] for note in notes] if step["kind"] == "thank-you" else [step["body"]]
        for body in bodies:
            check(body in description, f"the draft of {step['date']} is not in its description")
        check(isinstance(event["DTSTAMP"].dt, datetime.datetime), "DTSTAMP is not a date-time")
        alarms = event.walk("VALARM")
        check(len(alarms) == 1, f"{len(alarms)} reminders on {start}")
        check(str(alarms[0]["ACTION"]) == "DISPLAY", "the reminder is not a display")
        trigger = alarms[0]["TRIGGER"].dt
        check(isinstance(trigger, datetime.timedelta) and trigger >= datetime.timedelta(0),
              f"reminder trigger {trigger!r}")
    check(sum(1 for step in steps if step["kind"] == "check-in") <= 3, "more than 3 check-ins")

    first = uids(raw)
    check(len(set(first)) == len(first), "UIDs repeat")
    again = run(args.binary, [str(EXAMPLE), "--format", "ics"] + OPTIONS)
    check(again == raw, "the same inputs gave different bytes")
    others = run(args.binary, [str(EXAMPLE), "--format", "ics", "--interview-date", "2026-12-03",
                               "--decision-date", "2026-12-10", "--interviewer", "Ana"])
    check(uids(others) == first, "other interviewers changed the UIDs")
    changed = run(args.binary, ["-", "--format", "ics"] + OPTIONS,
                  stdin=EXAMPLE.read_bytes() + b"\nNight shifts only.\n")
    check(not set(uids(changed)) & set(first), "another posting kept a UID")
    moved = run(args.binary, [str(EXAMPLE), "--format", "ics", "--interview-date", "2026-12-04"])
    check(not set(uids(moved)) & set(first), "another interview date kept a UID")
    print(f"ok: {len(events)} events on {', '.join(s['date'] for s in steps)}; "
          f"{physical} lines, {folded} folded, all at most 75 octets with CRLF; UIDs stable "
          f"(icalendar {icalendar.__version__})")


if __name__ == "__main__":
    try:
        main()
    except AssertionError as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
