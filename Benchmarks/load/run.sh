#!/usr/bin/env bash
# Bounded load test of `askback serve` against a scikit-learn recommender served by uvicorn,
# both on the loopback address, with the same client and postings, in one run.
#
#   Benchmarks/load/run.sh [REQUESTS] [CONNECTIONS]      (defaults 20000 and 64)
#
# The client is `askback-bench load`: CONNECTIONS keep-alive connections share REQUESTS
# POST /v1/recommend requests, postings from ../shared/eval/dev-postings.jsonl (else
# Examples/) taken in turn. Every answer of askback must be the library's JSON for that posting,
# byte for byte; every answer of the peer status 200 with a non-empty list. Each server gets a
# warm-up of 1000 requests first. Raw lines go to Benchmarks/results/DATE-load.jsonl; the table
# is printed at the end. Both servers are stopped whatever happens.
set -euo pipefail
cd "$(dirname "$0")/../.."
requests=${1:-20000}
connections=${2:-64}

python3 -c 'import sklearn, uvicorn, starlette' 2> /dev/null \
  || python3 -m pip install -q scikit-learn uvicorn starlette
swift build -c release --product askback > /dev/null
swift build -c release --product askback-bench > /dev/null

postings=()
[ -f ../shared/eval/dev-postings.jsonl ] && postings=(--postings ../shared/eval/dev-postings.jsonl)
mkdir -p Benchmarks/results
results=Benchmarks/results/$(date -u +%F)-load.jsonl
: > "$results"
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_for_port() {
  for _ in $(seq 1 300); do
    if python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $1), 1)" 2> /dev/null; then
      return 0
    fi
    sleep 0.1
  done
  echo "nothing listens on port $1" >&2
  return 1
}

measure() { # label port pid check
  .build/release/askback-bench load --port "$2" --requests 1000 --connections "$connections" \
    --check "$4" "${postings[@]}" --label "$1-warmup" > /dev/null
  .build/release/askback-bench load --port "$2" --requests "$requests" \
    --connections "$connections" --check "$4" "${postings[@]}" --server-pid "$3" --label "$1" \
    | tail -n 1 | tee -a "$results"
}

# askback serve, on as many worker threads as cores.
port=$(free_port)
.build/release/askback serve --port "$port" > "$work/askback.out" 2> "$work/askback.err" &
pids+=($!)
wait_for_port "$port"
measure askback "$port" "${pids[-1]}" exact
kill -TERM "${pids[-1]}"
wait "${pids[-1]}"

# The peer: uvicorn with its defaults (one process), fitted once at start-up.
port=$(free_port)
ASKBACK_CORPUS=Corpus python3 -m uvicorn --app-dir Benchmarks/load peer_app:app \
  --host 127.0.0.1 --port "$port" --log-level warning --no-access-log \
  > "$work/peer.out" 2> "$work/peer.err" &
pids+=($!)
wait_for_port "$port"
measure sklearn-uvicorn "$port" "${pids[-1]}" nonempty

python3 - "$results" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
print()
print(f"{'server':<18}{'requests':>9}{'failures':>9}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}"
      f"{'RSS MiB before':>16}{'after':>8}")
for r in rows:
    print(f"{r['label']:<18}{r['requests']:>9.0f}{r['failures']:>9.0f}{r['requests_per_s']:>10.1f}"
          f"{r['p50_ms']:>9.2f}{r['p99_ms']:>9.2f}{r['rss_before_mib'] or 0:>16.1f}"
          f"{r['rss_after_mib'] or 0:>8.1f}")
if len(rows) == 2:
    a, p = rows
    print(f"\nthroughput askback / peer: {a['requests_per_s'] / p['requests_per_s']:.1f}x; "
          f"p99 askback / peer: {a['p99_ms'] / p['p99_ms']:.2f}")
PY
