#!/usr/bin/env bash
# Builds the libFuzzer targets with AddressSanitizer and runs each.
#
#   Fuzz/run.sh [RUNS]        # default 1000000 executions per target
#   Fuzz/run.sh build         # only build them, into Fuzz/out/
#
# Each target is compiled together with the library's sources (and, for the
# argument parser, the CLI's sources without its main.swift), because
# -sanitize=fuzzer needs every file instrumented. Findings are written to
# Fuzz/out/<target>/crash-*; a finding fails the script. Seeds come from
# Fuzz/seeds/<target> when present.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-1000000}"
out=Fuzz/out
mkdir -p "$out"
library=$(find Sources/AskBack -name '*.swift' | sort)

# The CLI target needs the generated ShippedCorpus.swift: build once to get it.
swift build --product askback >/dev/null
shipped=$(find .build -path '*EmbedCorpus*' -name ShippedCorpus.swift | head -n 1)
cli=$(find Sources/AskBackCLI -name '*.swift' ! -name main.swift | sort)

build() {
  local name=$1; shift
  echo "building $name"
  swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name "$name" \
    -swift-version 6 "$@" -o "$out/$name"
}

# The library is compiled as the module AskBack, then each target imports it.
mkdir -p "$out/modules"
echo "building the AskBack module"
swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name AskBack -swift-version 6 \
  -emit-module -emit-module-path "$out/modules/AskBack.swiftmodule" -emit-library -static \
  -o "$out/modules/libAskBack.a" $library
link=(-I "$out/modules" -L "$out/modules" -lAskBack)
build FuzzAnalyzer Fuzz/Targets/FuzzAnalyzer.swift "${link[@]}"
build FuzzJSONLines Fuzz/Targets/FuzzJSONLines.swift "${link[@]}"
build FuzzIndexLoader Fuzz/Targets/FuzzIndexLoader.swift "${link[@]}"
build FuzzArguments Fuzz/Targets/FuzzArguments.swift $cli "$shipped" "${link[@]}"

[ "$runs" = build ] && exit 0

status=0
for target in FuzzAnalyzer FuzzJSONLines FuzzIndexLoader FuzzArguments; do
  mkdir -p "$out/$target" "$out/$target-corpus"
  seeds=()
  [ -d "Fuzz/seeds/$target" ] && seeds+=("Fuzz/seeds/$target")
  echo "running $target for $runs executions"
  if ! "$out/$target" -runs="$runs" -max_len=4096 -artifact_prefix="$out/$target/" \
      "$out/$target-corpus" "${seeds[@]}" 2>&1 | tail -n 3; then
    status=1
  fi
  if ls "$out/$target"/crash-* >/dev/null 2>&1; then status=1; fi
done
exit $status
