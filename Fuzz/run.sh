#!/usr/bin/env bash
# Builds the libFuzzer targets with AddressSanitizer and runs each.
#
#   Fuzz/run.sh [RUNS]        # default 1000000 executions per target
#   Fuzz/run.sh build         # only build them, into Fuzz/out/
#
# The library is compiled, instrumented, as a module each target links
# (the argument-parser target also compiles the CLI's sources without its
# main.swift, and links the server's module, which they import), because
# -sanitize=fuzzer needs every file instrumented.
# Findings are written to Fuzz/out/<target>-findings/; a finding fails the
# script. Seeds come from Fuzz/seeds/<target>; the corpus grows in
# Fuzz/out/<target>-corpus/.
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

# Compiles quietly (the linker warns about every sanitizer symbol); on failure
# prints the log and stops.
compile() {
  local log=$1; shift
  if ! swiftc -sanitize=fuzzer,address -parse-as-library -O -g -swift-version 6 "$@" > "$log" 2>&1; then
    cat "$log"
    exit 1
  fi
}

build() {
  local name=$1; shift
  echo "building $name"
  compile "$out/$name.log" -module-name "$name" "$@" -o "$out/$name"
}

# The library is compiled as the module AskBack, then each target imports it.
mkdir -p "$out/modules"
echo "building the AskBack module"
compile "$out/modules/AskBack.log" -module-name AskBack \
  -emit-module -emit-module-path "$out/modules/AskBack.swiftmodule" -emit-library -static \
  -o "$out/modules/libAskBack.a" $library
link=(-I "$out/modules" -L "$out/modules" -lAskBack)
# The CLI's sources import the server (askback serve): it is a module of its own too.
server=$(find Sources/AskBackServer -name '*.swift' | sort)
echo "building the AskBackServer module"
compile "$out/modules/AskBackServer.log" -module-name AskBackServer \
  -emit-module -emit-module-path "$out/modules/AskBackServer.swiftmodule" -emit-library -static \
  -o "$out/modules/libAskBackServer.a" "${link[@]}" $server
build FuzzAnalyzer Fuzz/Targets/FuzzAnalyzer.swift "${link[@]}"
build FuzzJSONLines Fuzz/Targets/FuzzJSONLines.swift "${link[@]}"
build FuzzIndexLoader Fuzz/Targets/FuzzIndexLoader.swift "${link[@]}"
build FuzzArguments Fuzz/Targets/FuzzArguments.swift $cli "$shipped" "${link[@]}" -lAskBackServer

[ "$runs" = build ] && exit 0

# A crash is written by libFuzzer; Swift's backtracer would only hold the pipe below open.
export SWIFT_BACKTRACE=enable=no
status=0
for target in FuzzAnalyzer FuzzJSONLines FuzzIndexLoader FuzzArguments; do
  mkdir -p "$out/$target-findings" "$out/$target-corpus"
  seeds=()
  [ -d "Fuzz/seeds/$target" ] && seeds+=("Fuzz/seeds/$target")
  echo "running $target for $runs executions"
  if ! "$out/$target" -runs="$runs" -max_len=4096 -artifact_prefix="$out/$target-findings/" \
      "$out/$target-corpus" "${seeds[@]}" 2>&1 | tail -n 3; then
    status=1
  fi
  if [ -n "$(ls -A "$out/$target-findings")" ]; then status=1; fi
done
exit $status
