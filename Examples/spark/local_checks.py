#!/usr/bin/env python3
"""The data and the checks of run_local.sh.

    local_checks.py generate FOLDER [--count N] [--dev FILE] [--examples FOLDER]
        writes FOLDER/postings.jsonl (N lines: postings with distinct ids, some
        numeric, some with "description" for "text", and two deliberately bad
        lines) and FOLDER/subset.jsonl (1,000 postings with string ids)
    local_checks.py parquet-input SUBSET.jsonl OUTPUT.parquet
        writes the subset as Parquet with the columns id and text
    local_checks.py damage INDEX COPY
        copies an index file with 64 bytes in its middle inverted
    local_checks.py timed --report FILE --stdout FILE [--stderr FILE] -- COMMAND...
        runs COMMAND and writes its wall time, the CPU time of it and of every
        process under it, and its exit code to the report as JSON
    local_checks.py verify INPUT DIRECT RESULTS [--partitions N] [--parquet]
        checks precompute.py's RESULTS against DIRECT, the output of
        `askback batch INPUT`: one result per input line, each partition's
        lines in input order, the JSON Lines equal to DIRECT line by line
        after sorting by input position, and (with --parquet) every Parquet
        row equal to its DIRECT line

Each check prints one line; the first failure prints what differs and exits 1.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import time


def fail(message):
    print(f"FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def passed(message):
    print(f"ok: {message}")


def read_lines(path):
    """The lines of a file split at line feeds only, as askback and Hadoop split them."""
    with open(path, "rb") as handle:
        data = handle.read()
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return [line.decode("utf-8") for line in lines]


# generate

def source_postings(dev, examples):
    """(name, text) pairs: the development postings when present, else the examples."""
    if dev and os.path.isfile(dev):
        postings = []
        for line in read_lines(dev):
            record = json.loads(line)
            text = f"{record.get('title', '')}\n\n{record['description']}"
            postings.append((str(record["id"]), text))
        return postings, dev
    postings = []
    for path in sorted(glob.glob(os.path.join(examples, "*.txt"))):
        with open(path, encoding="utf-8") as handle:
            postings.append((os.path.splitext(os.path.basename(path))[0], handle.read()))
    if not postings:
        fail(f"no postings: neither {dev} nor {examples}/*.txt")
    return postings, f"{examples}/*.txt"


def generate(args):
    postings, origin = source_postings(args.dev, args.examples)
    os.makedirs(args.folder, exist_ok=True)
    bad = {args.count // 4: '{"id": "empty-text", "text": "  "}',
           args.count // 2: '{"id": "cut-short", "text": "Registered Nurse at'}
    with open(os.path.join(args.folder, "postings.jsonl"), "w", encoding="utf-8") as out, \
            open(os.path.join(args.folder, "subset.jsonl"), "w", encoding="utf-8") as subset:
        for i in range(args.count):
            name, text = postings[i % len(postings)]
            if i in bad:
                out.write(bad[i] + "\n")
                continue
            # Every 97th id is a number; every 7th posting names its text "description".
            posting_id = 7_000_000 + i if i % 97 == 3 else f"{name}-{i}"
            key = "description" if i % 7 == 5 else "text"
            out.write(json.dumps({"id": posting_id, key: text}) + "\n")
            if i < 1000:
                subset.write(json.dumps({"id": f"{name}-{i}", "text": text}) + "\n")
    print(f"generated {args.count} lines from {len(postings)} postings in {origin}")


# parquet-input and damage

def spark_session():
    from pyspark.sql import SparkSession
    return (SparkSession.builder.master("local[1]").appName("askback-local-checks")
            .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
            .config("spark.log.level", "ERROR").getOrCreate())


def parquet_input(args):
    from pyspark.sql.types import StringType, StructField, StructType

    rows = [(record["id"], record["text"]) for record in map(json.loads, read_lines(args.subset))]
    spark = spark_session()
    try:
        schema = StructType([StructField("id", StringType()), StructField("text", StringType())])
        spark.createDataFrame(rows, schema).coalesce(1).write.parquet(args.output)
    finally:
        spark.stop()
    print(f"wrote {len(rows)} postings to {args.output}")


def damage(args):
    with open(args.index, "rb") as handle:
        data = bytearray(handle.read())
    middle = len(data) // 2
    for i in range(middle, min(middle + 64, len(data))):
        data[i] ^= 0xFF
    with open(args.copy, "wb") as handle:
        handle.write(data)
    print(f"inverted 64 bytes at offset {middle} of {len(data)}")


def process_table():
    """(pid, start time) -> (parent pid, CPU ticks) for every process in /proc."""
    table = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                text = handle.read()
        except OSError:
            continue  # gone meanwhile
        fields = text[text.rindex(")") + 2:].split()
        # fields[1] is the parent, [11] and [12] user and system ticks, [19] the start time.
        table[(int(entry), fields[19])] = (int(fields[1]), int(fields[11]) + int(fields[12]))
    return table


def timed(args):
    """Runs a command, sampling the CPU time of it and every process under it.

    Each process's ticks are read from /proc every 0.1 s and its last reading
    counts, so processes that are never waited for (Spark's Python workers,
    the askback processes under them) are counted too.
    """
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        fail("timed: no command")
    ticks = {}
    start = time.perf_counter()
    with open(args.stdout, "wb") as out:
        err = out if args.stderr in (None, args.stdout) else open(args.stderr, "wb")
        with subprocess.Popen(command, stdout=out, stderr=err) as process:
            while True:
                table = process_table()
                children = {}
                for key, (parent, _) in table.items():
                    children.setdefault(parent, []).append(key)
                below = [key for key in table if key[0] == process.pid]
                while below:
                    key = below.pop()
                    ticks[key] = table[key][1]
                    below.extend(children.get(key[0], []))
                if process.poll() is not None:
                    break
                time.sleep(0.1)
            code = process.returncode
        if err is not out:
            err.close()
    seconds = time.perf_counter() - start
    cpu = sum(ticks.values()) / os.sysconf("SC_CLK_TCK")
    with open(args.report, "w", encoding="utf-8") as report:
        json.dump({"seconds": round(seconds, 3), "cpu_seconds": round(cpu, 2), "exit": code},
                  report)
    sys.exit(code)


# verify

def id_key(value):
    return json.dumps(value) if isinstance(value, (str, int, float)) else None


def input_ids(path):
    """The id key of each input line (None where the line has no readable id)."""
    keys = []
    for line in read_lines(path):
        try:
            record = json.loads(line)
        except ValueError:
            keys.append(None)
            continue
        keys.append(id_key(record.get("id")) if isinstance(record, dict) else None)
    return keys


def short(text):
    return text if len(text) <= 160 else text[:160] + "..."


def verify(args):
    keys = input_ids(args.input)
    position_of = {}
    for position, key in enumerate(keys, 1):
        if key is not None:
            if key in position_of:
                fail(f"the input repeats the id {key}")
            position_of[key] = position
    direct = read_lines(args.direct)
    if len(direct) != len(keys):
        fail(f"askback batch wrote {len(direct)} lines for {len(keys)} input lines")

    parts = sorted(glob.glob(os.path.join(args.results, "jsonl", "part-*")))
    if not parts:
        fail(f"no part files in {args.results}/jsonl")
    if args.partitions and len(parts) < args.partitions:
        fail(f"{len(parts)} part files, expected at least {args.partitions}")
    by_position = {}
    expected_next = 1
    for part in parts:
        previous = None
        for number, line in enumerate(read_lines(part), 1):
            record = json.loads(line)
            if "error" in record and "line" in record:
                position = record["line"]
                if record["id"] is not None and position_of.get(id_key(record["id"])) != position:
                    fail(f"{os.path.basename(part)}:{number}: error record for id "
                         f"{record['id']!r} says input line {position}")
            else:
                position = position_of.get(id_key(record.get("id")))
                if position is None:
                    fail(f"{os.path.basename(part)}:{number}: id {record.get('id')!r} "
                         "is not in the input")
            if position in by_position:
                fail(f"input line {position} has two results")
            if previous is not None and position != previous + 1:
                fail(f"{os.path.basename(part)}:{number}: input line {position} follows "
                     f"input line {previous}: the partition's order is not the input's")
            if previous is None and position != expected_next:
                fail(f"{os.path.basename(part)} starts at input line {position}, "
                     f"expected {expected_next}")
            by_position[position] = line
            previous = position
        if previous is not None:
            expected_next = previous + 1
    if len(by_position) != len(keys):
        fail(f"{len(by_position)} results for {len(keys)} postings")
    passed(f"one result per posting: {len(by_position)} results for {len(keys)} input lines")
    passed(f"ids in input order within each of the {len(parts)} partitions, "
           "and the partitions in input order")

    for position, expected in enumerate(direct, 1):
        if by_position[position] != expected:
            fail(f"input line {position} differs from askback batch:\n"
                 f"  spark:  {short(by_position[position])}\n  direct: {short(expected)}")
    passed(f"all {len(direct)} JSON Lines results equal askback batch's, line by line")

    if args.parquet:
        verify_parquet(args.results, direct)


def verify_parquet(results, direct):
    spark = spark_session()
    try:
        rows = spark.read.parquet(os.path.join(results, "parquet")).collect()
        columns = spark.read.parquet(os.path.join(results, "parquet")).columns
    finally:
        spark.stop()
    expected_columns = ["line", "id", "role", "company", "occupations", "questions", "error"]
    if columns != expected_columns:
        fail(f"Parquet columns {columns}, expected {expected_columns}")
    if len(rows) != len(direct) or sorted(row.line for row in rows) != list(
            range(1, len(direct) + 1)):
        fail(f"{len(rows)} Parquet rows for {len(direct)} postings, or lines missing or repeated")
    for row in rows:
        record = json.loads(direct[row.line - 1])
        expected_id = record["id"]
        if isinstance(expected_id, str) or expected_id is None:
            id_matches = row.id == expected_id
        else:
            id_matches = row.id is not None and json.loads(row.id) == expected_id
        questions = [(q["id"], q["text"], q["category"]) for q in record.get("questions", [])]
        occupations = [(o.get("code"), o.get("title"), o.get("score"))
                       for o in record.get("occupations", [])]
        got_questions = [(q.id, q.text, q.category) for q in row.questions]
        got_occupations = [(o.code, o.title, o.score) for o in row.occupations]
        if not (id_matches and row.role == record.get("role")
                and row.company == record.get("company") and got_questions == questions
                and got_occupations == occupations and row.error == record.get("error")):
            fail(f"Parquet row for input line {row.line} differs from askback batch's line:\n"
                 f"  parquet: {short(str(row))}\n  direct:  {short(direct[row.line - 1])}")
    passed(f"all {len(rows)} Parquet rows equal askback batch's lines "
           "(id, role, company, occupations, questions, error)")


def main():
    parser = argparse.ArgumentParser(description="Data and checks for run_local.sh.")
    commands = parser.add_subparsers(dest="command", required=True)
    command = commands.add_parser("generate")
    command.add_argument("folder")
    command.add_argument("--count", type=int, default=20000)
    command.add_argument("--dev", default="../shared/eval/dev-postings.jsonl")
    command.add_argument("--examples", default="Examples")
    command.set_defaults(run=generate)
    command = commands.add_parser("parquet-input")
    command.add_argument("subset")
    command.add_argument("output")
    command.set_defaults(run=parquet_input)
    command = commands.add_parser("damage")
    command.add_argument("index")
    command.add_argument("copy")
    command.set_defaults(run=damage)
    command = commands.add_parser("timed")
    command.add_argument("--report", required=True)
    command.add_argument("--stdout", required=True)
    command.add_argument("--stderr")
    command.add_argument("command", nargs=argparse.REMAINDER)
    command.set_defaults(run=timed)
    command = commands.add_parser("verify")
    command.add_argument("input")
    command.add_argument("direct")
    command.add_argument("results")
    command.add_argument("--partitions", type=int)
    command.add_argument("--parquet", action="store_true")
    command.set_defaults(run=verify)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
