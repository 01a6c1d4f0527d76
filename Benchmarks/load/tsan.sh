#!/usr/bin/env bash
# `askback serve` built with ThreadSanitizer, through a shorter load on the loopback address:
# REQUESTS POST /v1/recommend over CONNECTIONS keep-alive connections (every answer checked
# against the library), with streamed /v1/batch requests and page posts alongside, then
# SIGTERM. Fails when ThreadSanitizer reports anything or the server does not exit 0.
#
#   Benchmarks/load/tsan.sh [REQUESTS] [CONNECTIONS]      (defaults 2000 and 16)
set -euo pipefail
cd "$(dirname "$0")/../.."
requests=${1:-2000}
connections=${2:-16}

swift build --sanitize=thread --scratch-path .build-tsan --product askback > /dev/null
swift build -c release --product askback-bench > /dev/null

postings=()
[ -f ../shared/eval/dev-postings.jsonl ] && postings=(--postings ../shared/eval/dev-postings.jsonl)
work=$(mktemp -d)
TSAN_OPTIONS="log_path=$work/tsan halt_on_error=0" .build-tsan/debug/askback serve --port 0 \
  > "$work/out" 2> "$work/err" &
server=$!
trap 'kill -TERM $server 2> /dev/null || true; wait $server 2> /dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 300); do
  [ -s "$work/out" ] && break
  sleep 0.1
done
url=$(head -n 1 "$work/out")
port=${url##*:}
port=${port%/}
echo "serving under ThreadSanitizer on $url"

python3 - "$url" "$work" <<'PY' &
import json, sys, threading, urllib.request
url, work = sys.argv[1], sys.argv[2]
nurse = open("Examples/registered-nurse.txt", encoding="utf-8").read()
lines = "\n".join(json.dumps({"id": i, "text": nurse}) for i in range(40)) + "\nnot json\n"
def post(path, data, kind):
    request = urllib.request.Request(url + path, data=data.encode(), headers={"Content-Type": kind})
    with urllib.request.urlopen(request, timeout=300) as response:
        return response.status, response.read()
def batch():
    for _ in range(5):
        status, body = post("v1/batch?top=5", lines, "application/x-ndjson")
        assert status == 200 and body.count(b"\n") == 41, body[:200]
def page():
    for _ in range(20):
        status, body = post("", "text=nurse+night+shifts", "application/x-www-form-urlencoded")
        assert status == 200 and b"result-title" in body
threads = [threading.Thread(target=f) for f in (batch, batch, page)]
for t in threads: t.start()
for t in threads: t.join()
print("side requests: ok")
PY
side=$!
.build/release/askback-bench load --port "$port" --requests "$requests" \
  --connections "$connections" --check exact "${postings[@]}" --server-pid "$server" \
  --label askback-tsan | tail -n 1
wait "$side"
kill -TERM "$server"
status=0
wait "$server" || status=$?
trap 'rm -rf "$work"' EXIT
if ls "$work"/tsan* > /dev/null 2>&1; then
  cat "$work"/tsan* >&2
  echo "ThreadSanitizer reported problems" >&2
  exit 1
fi
[ "$status" -eq 0 ] || { echo "the server exited $status" >&2; exit 1; }
echo "ThreadSanitizer: no report; the server exited 0 after SIGTERM"
