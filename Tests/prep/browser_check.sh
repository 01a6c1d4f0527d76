#!/usr/bin/env bash
# The prep sheet in a real browser: renders the HTML prep sheet of Examples/registered-nurse.txt
# (interview 2026-12-03, decision 2026-12-10, two interviewers) in headless Chromium, prints it
# to PDF on A4 and on Letter, and checks with pdftotext that every question and every follow-up
# date is in the PDF and that the A4 PDF has at most 3 pages (print_check.py); a sheet made
# from a posting full of markup must show it as text and run nothing. Then writes
# docs/prep-sheet.png with screenshot.sh. Installs Chromium, its driver, poppler-utils and
# Selenium when they are missing. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v chromium > /dev/null || ! command -v chromedriver > /dev/null \
  || ! command -v pdftotext > /dev/null || ! command -v pdfinfo > /dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver poppler-utils \
    > /dev/null
fi
if ! python3 -c 'import selenium' 2> /dev/null; then
  python3 -m pip install -q selenium
fi
# Selenium must use the installed driver and never fetch one.
export SE_OFFLINE=true

binary=${ASKBACK_BINARY:-.build/release/askback}
if [ ! -x "$binary" ]; then
  swift build -c release
fi
export ASKBACK_BINARY=$binary

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
options=(--interview-date 2026-12-03 --decision-date 2026-12-10
  --interviewer "Dana Li" --interviewer "Sam Ortiz")
"$binary" prep Examples/registered-nurse.txt "${options[@]}" --format html --output "$work/sheet.html"
"$binary" prep Examples/registered-nurse.txt "${options[@]}" --format json --output "$work/sheet.json"
printf '%s\n' '<script>alert(1)</script> Registered Nurse' \
  'About "><img src=x onerror=alert(2)> Clinic' \
  'Reports to the charge nurse <script>alert(3)</script> on 4 West.' \
  | "$binary" prep - --interview-date 2026-12-03 --interviewer '"><img src=x onerror=alert(4)>' \
    --format html --output "$work/hostile.html"

python3 Tests/prep/print_check.py --html "$work/sheet.html" --json "$work/sheet.json" \
  --pdf "$work/sheet-a4.pdf" --letter-pdf "$work/sheet-letter.pdf" --max-pages 3 \
  --hostile "$work/hostile.html"
Tests/prep/screenshot.sh
