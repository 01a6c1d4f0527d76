#!/usr/bin/env bash
# Runs precompute.py on Spark local[2] over 20,000 postings and checks the
# results against `askback batch` run directly on the same file; then checks
# Parquet input with a shipped index, and that a damaged index fails the job
# with askback's exit code. Prints postings/s of both. Installs a JDK
# (apt-get) and pyspark (pip) only when missing. Run from the package root
# after `swift build -c release`; everything it writes goes to a temporary
# folder that is removed at the end (ASKBACK_SPARK_KEEP=1 keeps it).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
here=$root/Examples/spark
askback=$root/.build/release/askback
count=${ASKBACK_SPARK_POSTINGS:-20000}
partitions=4
pyspark_version=4.3.0
script_start=$(date +%s.%N)

seconds_since() { python3 -c "import sys; print(f'{$(date +%s.%N) - $1:.1f}')"; }

if [[ ! -x $askback ]]; then
  echo "error: $askback not found: run 'swift build -c release' first" >&2
  exit 1
fi

# A JDK of version 17 or newer (Spark 4 needs one).
java_major() { java -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1; }
major=""
if command -v java > /dev/null; then major=$(java_major); fi
if [[ -z $major ]] || ((major < 17)); then
  echo "installing a Java runtime (apt-get)"
  apt-get update -qq
  jdk=""
  for candidate in openjdk-17-jre-headless openjdk-21-jre-headless openjdk-25-jre-headless; do
    if apt-cache policy "$candidate" | grep -q 'Candidate: [0-9]'; then
      jdk=$candidate
      break
    fi
  done
  [[ -n $jdk ]] || { echo "error: no openjdk-17 or newer package found" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$jdk" > /dev/null
fi
java -version 2>&1 | head -n 1

python=$(command -v python3)
if ! "$python" -c 'import pyspark' 2> /dev/null; then
  echo "installing pyspark $pyspark_version (pip)"
  pip_start=$(date +%s.%N)
  PIP_ROOT_USER_ACTION=ignore "$python" -m pip install --quiet --no-cache-dir \
    --disable-pip-version-check \
    "pyspark==$pyspark_version"
  echo "pip install took $(seconds_since "$pip_start") s"
fi
spark_submit=$("$python" -c \
  'import os, pyspark; print(os.path.join(os.path.dirname(pyspark.__file__), "bin", "spark-submit"))')
echo "pyspark $("$python" -c 'import pyspark; print(pyspark.__version__)')"

work=$(mktemp -d "${TMPDIR:-/tmp}/askback-spark.XXXXXX")
cleanup() {
  if [[ ${ASKBACK_SPARK_KEEP:-0} == 1 ]]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# Spark on loopback only, its scratch files in the temporary folder, and the
# same Python for the driver and the workers.
export SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_DIRS=$work/spark-local
export PYSPARK_PYTHON=$python PYSPARK_DRIVER_PYTHON=$python
mkdir "$work/spark-local"
spark_options=(--master 'local[2]' --conf spark.ui.enabled=false
  --conf spark.ui.showConsoleProgress=false --conf spark.log.level=WARN
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1)
# The checks and spark-submit run in the temporary folder: nothing lands in the checkout.
checks() { (cd "$work" && "$python" "$here/local_checks.py" "$@"); }
precompute_command=("$spark_submit" "${spark_options[@]}" "$here/precompute.py" --askback "$askback")
show_log() {
  echo "--- last lines of $1:" >&2
  tail -n 40 "$1" >&2
}
step() { echo "== $* ($(seconds_since "$script_start") s)"; }

echo "load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
step "generating $count postings"
checks generate "$work" --count "$count" --dev "$root/Tests/AskBackTests/Fixtures/eval/dev-postings.jsonl" \
  --examples "$root/Examples"

step "askback batch --threads 2 on the postings"
checks timed --report "$work/direct-time.json" --stdout "$work/direct.jsonl" --stderr "$work/direct.log" \
  -- "$askback" batch "$work/postings.jsonl" --threads 2 \
  || { show_log "$work/direct.log"; echo "FAILED: askback batch failed" >&2; exit 1; }

step "precompute.py on local[2], $partitions partitions"
checks timed --report "$work/spark-time.json" --stdout "$work/spark.log" \
  -- "${precompute_command[@]}" --partitions "$partitions" "$work/postings.jsonl" "$work/results" \
  || { show_log "$work/spark.log"; echo "FAILED: precompute.py failed" >&2; exit 1; }
grep '^precompute:' "$work/spark.log"
grep '^{"postings"' "$work/spark.log" > "$work/stats.json"

step "checking the results"
checks verify "$work/postings.jsonl" "$work/direct.jsonl" "$work/results" \
  --partitions "$partitions" --parquet 2> "$work/verify.log" \
  || { show_log "$work/verify.log"; exit 1; }

step "Parquet input with a shipped index"
"$askback" index --output "$work/index.bin"
checks parquet-input "$work/subset.jsonl" "$work/subset.parquet" > "$work/parquet-input.log" 2>&1 \
  || { show_log "$work/parquet-input.log"; exit 1; }
"$askback" batch "$work/subset.jsonl" --threads 2 --index "$work/index.bin" \
  > "$work/subset-direct.jsonl"
(cd "$work" && "${precompute_command[@]}" --index "$work/index.bin" \
  "$work/subset.parquet" "$work/subset-results") > "$work/subset.log" 2>&1 \
  || { show_log "$work/subset.log"; echo "FAILED: precompute.py failed on Parquet" >&2; exit 1; }
checks verify "$work/subset.jsonl" "$work/subset-direct.jsonl" "$work/subset-results" \
  2> "$work/verify-subset.log" || { show_log "$work/verify-subset.log"; exit 1; }

step "a damaged index must fail the job"
checks damage "$work/index.bin" "$work/damaged.bin"
if (cd "$work" && "${precompute_command[@]}" --index "$work/damaged.bin" \
  "$work/subset.jsonl" "$work/damaged-results") > "$work/damaged.log" 2>&1; then
  echo "FAILED: precompute.py succeeded with a damaged index" >&2
  exit 1
fi
failure=$(grep -m 1 '^error: the Spark job failed' "$work/damaged.log" || true)
if [[ $failure != *'exited with error code 1'* ]]; then
  show_log "$work/damaged.log"
  echo "FAILED: the job failed, but not with askback's exit code 1" >&2
  exit 1
fi
echo "ok: precompute.py exited non-zero; $failure"
echo "ok: askback said $(grep '^error:' "$work/damaged.log" | grep -v 'Spark job' | head -n 1 || true)"

step "throughput on the same $count lines"
"$python" - "$count" "$work/direct-time.json" "$work/spark-time.json" "$work/stats.json" <<'EOF_PY'
import json, sys
count = int(sys.argv[1])
direct, whole, stats = (json.load(open(path)) for path in sys.argv[2:5])
jobs = stats["seconds"]
def line(name, seconds, cpu):
    print(f"{name:<35} {count / seconds:6.1f} postings/s ({seconds:.1f} s); "
          f"{cpu:.1f} CPU s, {1000 * cpu / count:.2f} ms a posting")
line("askback batch --threads 2:", direct["seconds"], direct["cpu_seconds"])
line("spark local[2], whole spark-submit:", whole["seconds"], whole["cpu_seconds"])
print(f"{'spark local[2], its jobs:':<35} {count / jobs:6.1f} postings/s ({jobs:.1f} s: "
      f"{stats['askback_seconds']:.1f} s through askback, {stats['writing_seconds']:.1f} s writing)")
print(f"spark / askback batch: {direct['seconds'] / whole['seconds']:.2f} of the rate "
      f"(whole run), {direct['seconds'] / jobs:.2f} (jobs); "
      f"{whole['cpu_seconds'] / direct['cpu_seconds']:.2f} x the CPU time")
EOF_PY
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "run_local.sh passed in $(seconds_since "$script_start") s"
