#!/usr/bin/env bash
# Writes docs/prep-sheet.png: the top of the HTML prep sheet of Examples/registered-nurse.txt
# (with an interview date, a decision date and two interviewers) as headless Chromium shows it
# in a 900-pixel-wide window. Installs Chromium when it is missing; builds the release binary
# when there is none (ASKBACK_BINARY overrides it).
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v chromium > /dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null
fi
binary=${ASKBACK_BINARY:-.build/release/askback}
if [ ! -x "$binary" ]; then
  swift build -c release
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$binary" prep Examples/registered-nurse.txt --interview-date 2026-12-03 \
  --decision-date 2026-12-10 --interviewer "Dana Li" --interviewer "Sam Ortiz" \
  --format html --output "$work/sheet.html"
mkdir -p docs
chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
  --force-device-scale-factor=1 --window-size=900,1500 --user-data-dir="$work/profile" \
  --screenshot="$work/shot.png" "file://$work/sheet.html" 2> "$work/chromium.log" || {
  echo "chromium failed: $(tail -n 5 "$work/chromium.log")" >&2
  exit 1
}
[ -s "$work/shot.png" ] || { echo "chromium wrote no screenshot" >&2; exit 1; }
mv "$work/shot.png" docs/prep-sheet.png
echo "wrote docs/prep-sheet.png"
