#!/usr/bin/env bash
# The page in a real browser: installs headless Chromium, its driver and Selenium when they are
# missing, starts the release `askback serve` on a free loopback port, runs page_test.py (with
# JavaScript, without it, and with a hostile posting) and saves docs/serve-page.png. The server
# is stopped at the end, whatever happens. Exits non-zero when the page does not work.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v chromium > /dev/null || ! command -v chromedriver > /dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver > /dev/null
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

log=$(mktemp -d)
"$binary" serve --port 0 --threads 2 > "$log/out" 2> "$log/err" &
server=$!
stop() {
  kill -TERM "$server" 2> /dev/null || true
  wait "$server" 2> /dev/null || true
  rm -rf "$log"
}
trap stop EXIT

url=""
for _ in $(seq 1 100); do
  url=$(head -n 1 "$log/out" 2> /dev/null || true)
  [ -n "$url" ] && break
  if ! kill -0 "$server" 2> /dev/null; then
    echo "askback serve did not start: $(cat "$log/err")" >&2
    exit 1
  fi
  sleep 0.1
done
[ -n "$url" ] || { echo "askback serve printed no URL" >&2; exit 1; }
echo "serving on $url"

mkdir -p docs
python3 Tests/browser/page_test.py --url "$url" --posting Examples/registered-nurse.txt \
  --screenshot docs/serve-page.png
