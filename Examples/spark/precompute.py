#!/usr/bin/env python3
"""Precomputes AskBack's questions for many postings with Apache Spark.

Reads postings (JSON Lines, or Parquet with `id` and `text` columns), ships the
`askback` binary and, when given, an index file to the executors, runs one
`askback batch` process per partition through `RDD.pipe` with its exit code
checked, and writes the results twice under OUTPUT:

  OUTPUT/jsonl/    the lines `askback batch` writes for the same input, byte
                   for byte; part files in input order
  OUTPUT/parquet/  one row per posting: line, id, role, company, occupations,
                   questions, error

    spark-submit --master 'local[2]' Examples/spark/precompute.py \
        --askback .build/release/askback postings.jsonl results

`line` is the posting's 1-based position in the input (for Parquet input, in
the order Spark reads the row groups). The summary goes to standard error and,
as one JSON object, to standard output. A task whose askback exits non-zero
fails; Spark retries it up to `spark.task.maxFailures` times and then fails
the job, and this script exits 1 with the pipe's error.
"""
import argparse
import json
import os
import re
import shlex
import sys
import time

STAGES = ["screen", "first-round", "final-round", "closing", "follow-up", "offer", "rejected"]

# An error record starts {"id":<id>,"line":<n>,"error": and a served posting
# {"id":<id>,"role": ... A JSON string cannot hold an unescaped quote, so the
# id's pattern cannot run past the id.
ERROR_RECORD = re.compile(r'\{"id":(?:"(?:[^"\\]|\\.)*"|[^,"]*),"line":([0-9]+),"error":')
PIPE_FAILURE = re.compile(r"\[PIPE_FUNCTION_EXITED\][^\n]*|Pipe function [^\n]*exited[^\n]*")


def bounded(low, high):
    """An argparse type: an integer from low to high."""
    def parse(text):
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not an integer") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is not in {low} to {high}")
        return value
    return parse


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        description="Precompute AskBack's questions for many postings with Spark.")
    parser.add_argument("input", help="postings: a JSON Lines or Parquet file or folder")
    parser.add_argument("output", help="a folder that does not exist yet")
    parser.add_argument(
        "--format", choices=["auto", "jsonl", "parquet"], default="auto",
        help="input format; auto: parquet when the path ends in .parquet, else jsonl")
    parser.add_argument(
        "--askback", default=".build/release/askback",
        help="the askback binary: a path or URI to ship, or the name of a file given to "
             "spark-submit --files")
    parser.add_argument(
        "--index", help="an `askback index --output` file, shipped the same way as --askback")
    parser.add_argument(
        "--top", type=bounded(1, 100), default=10, metavar="N",
        help="questions per posting, 1 to 100 (default 10)")
    parser.add_argument("--stage", choices=STAGES, default="first-round")
    parser.add_argument(
        "--partitions", type=bounded(1, 1 << 20), metavar="N",
        help="split the input into at least N partitions (one askback process each)")
    parser.add_argument(
        "--threads", type=bounded(1, 256), metavar="N",
        help="threads per askback process (default spark.task.cpus)")
    parser.add_argument("--master", help="Spark master, when not run through spark-submit")
    args = parser.parse_args(argv)
    if args.format == "auto":
        args.format = "parquet" if args.input.rstrip("/").endswith(".parquet") else "jsonl"
    return args


def fail(message):
    print(f"error: {message}", file=sys.stderr)
    sys.exit(1)


def ship(sc, path):
    """Adds a file to the job, unless `--files` shipped it, and returns the path tasks open.

    In local mode the tasks run in the driver's JVM and find shipped files in
    the driver's temporary folder; on a cluster each executor fetches them
    into its working folder, which is the Python worker's and so the pipe's.
    """
    name = os.path.basename(path.rstrip("/"))
    conf = sc.getConf()
    # spark-submit --files sets spark.files, or spark.yarn.dist.files on YARN, where
    # "path#name" ships a file under another name.
    listed = conf.get("spark.files", "") + "," + conf.get("spark.yarn.dist.files", "")
    shipped = {uri.split("#", 1)[1] if "#" in uri else os.path.basename(uri.rstrip("/"))
               for uri in listed.split(",") if uri}
    if name not in shipped:
        if "://" not in path and not os.path.isfile(path):
            fail(f"{path}: no such file")
        sc.addFile(path if "://" in path else os.path.abspath(path))
    master = sc.master
    if master == "local" or master.startswith("local["):
        from pyspark import SparkFiles
        return SparkFiles.get(name)
    return "./" + name


def posting_line(id_value, text, title=None):
    """One batch input line, on one line (json.dumps escapes line breaks)."""
    if not isinstance(id_value, (str, int, float)) and id_value is not None:
        id_value = str(id_value)
    line = {"id": id_value, "text": text}
    if isinstance(title, str):
        line["title"] = title
    return json.dumps(line, ensure_ascii=False, separators=(",", ":"))


def read_postings(spark, args):
    """The input as an RDD of batch input lines, in input order within each partition."""
    sc = spark.sparkContext
    if args.format == "jsonl":
        # The lines go to askback as they are, so bad lines become its error records.
        # Split at line feeds only, as askback does: Hadoop's default also splits at
        # a lone carriage return.
        sc._jsc.hadoopConfiguration().set("textinputformat.record.delimiter", "\n")
        if args.partitions:
            return sc.textFile(args.input, minPartitions=args.partitions)
        return sc.textFile(args.input)
    if args.partitions:
        spark.conf.set("spark.sql.files.minPartitionNum", str(args.partitions))
    frame = spark.read.parquet(args.input)
    text = "text" if "text" in frame.columns else "description"
    if "id" not in frame.columns or text not in frame.columns:
        fail(f"{args.input}: expected the columns id and text, found {', '.join(frame.columns)}")
    if "title" in frame.columns:
        return frame.select("id", text, "title").rdd.map(
            lambda row: posting_line(row[0], row[1], row[2]))
    return frame.select("id", text).rdd.map(lambda row: posting_line(row[0], row[1]))


def renumbered(line, number, position):
    """The output line with an error record's `line` counted from the input's start.

    askback counts lines from the start of its own input, the partition.
    """
    match = ERROR_RECORD.match(line)
    if match is None:
        return line
    if int(match.group(1)) != number:
        raise RuntimeError(f"askback numbered its output line {number} as {match.group(1)}")
    return line[:match.start(1)] + str(position) + line[match.end(1):]


def id_text(line, value):
    """The id as a string: a string as it is, a number as the JSON text askback wrote."""
    if line.startswith('{"id":'):
        try:
            parsed, end = json.JSONDecoder().raw_decode(line, 6)
        except ValueError:
            parsed, end = None, None
        if end is not None:
            if parsed is None or isinstance(parsed, str):
                return parsed
            return line[6:end]
    raw = value.get("id")
    return raw if raw is None or isinstance(raw, str) else json.dumps(raw)


def text_or_none(value):
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def number_or_none(value):
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def result_row(position, line):
    """One Parquet row for an output line; members absent or unknown are tolerated."""
    value = json.loads(line)
    if not isinstance(value, dict):
        raise RuntimeError(f"askback wrote a line that is not a JSON object: {line[:80]}")
    occupations = [
        (text_or_none(o.get("code")), text_or_none(o.get("title")), number_or_none(o.get("score")))
        for o in value.get("occupations") or [] if isinstance(o, dict)
    ]
    questions = [
        (text_or_none(q.get("id")), text_or_none(q.get("text")), text_or_none(q.get("category")))
        for q in value.get("questions") or [] if isinstance(q, dict)
    ]
    return (
        position, id_text(line, value), text_or_none(value.get("role")),
        text_or_none(value.get("company")), occupations, questions,
        text_or_none(value.get("error")),
    )


def result_schema():
    from pyspark.sql.types import (
        ArrayType, DoubleType, LongType, StringType, StructField, StructType)

    def struct(*names, last=StringType()):
        fields = [StructField(name, StringType()) for name in names[:-1]]
        return StructType(fields + [StructField(names[-1], last)])

    return StructType([
        StructField("line", LongType(), False),
        StructField("id", StringType()),
        StructField("role", StringType()),
        StructField("company", StringType()),
        StructField("occupations", ArrayType(struct("code", "title", "score", last=DoubleType())),
                    False),
        StructField("questions", ArrayType(struct("id", "text", "category")), False),
        StructField("error", StringType()),
    ])


def output_exists(sc, path):
    jvm = sc._jvm
    hadoop_path = jvm.org.apache.hadoop.fs.Path(path)
    return hadoop_path.getFileSystem(sc._jsc.hadoopConfiguration()).exists(hadoop_path)


def run(spark, args):
    from pyspark import StorageLevel

    sc = spark.sparkContext
    if output_exists(sc, args.output):
        fail(f"{args.output}: already exists; choose a new output folder")
    threads = args.threads or int(sc.getConf().get("spark.task.cpus", "1"))
    command = [ship(sc, args.askback), "batch", "--top", str(args.top), "--stage", args.stage,
               "--threads", str(threads)]
    if args.index:
        command += ["--index", ship(sc, args.index)]
    command = shlex.join(command)

    lines = read_postings(spark, args)
    # One askback process per partition; a non-zero exit fails the task.
    results = lines.pipe(command, checkCode=True).persist(StorageLevel.MEMORY_AND_DISK)

    def count(partition, iterator):
        total = errors = 0
        for line in iterator:
            total += 1
            errors += ERROR_RECORD.match(line) is not None
        yield partition, total, errors

    start = time.perf_counter()
    counts = sorted(results.mapPartitionsWithIndex(count).collect())
    served = time.perf_counter()
    offsets = []
    total = 0
    for _, count_in_partition, _ in counts:
        offsets.append(total)
        total += count_in_partition
    errors = sum(c[2] for c in counts)

    def lines_of(partition, iterator):
        first = offsets[partition]
        for number, line in enumerate(iterator, 1):
            yield renumbered(line, number, first + number)

    def rows_of(partition, iterator):
        first = offsets[partition]
        for number, line in enumerate(iterator, 1):
            yield result_row(first + number, renumbered(line, number, first + number))

    results.mapPartitionsWithIndex(lines_of).saveAsTextFile(args.output.rstrip("/") + "/jsonl")
    frame = spark.createDataFrame(results.mapPartitionsWithIndex(rows_of), result_schema())
    frame.write.parquet(args.output.rstrip("/") + "/parquet")
    end = time.perf_counter()
    seconds = end - start
    results.unpersist()
    summary = {
        "postings": total, "errors": errors, "partitions": len(counts), "threads": threads,
        "seconds": round(seconds, 3), "postings_per_second": round(total / max(seconds, 1e-9), 1),
        "askback_seconds": round(served - start, 3), "writing_seconds": round(end - served, 3),
        "master": sc.master,
    }
    print(f"precompute: {total} postings ({errors} error records) in {len(counts)} partitions, "
          f"{seconds:.1f} s ({served - start:.1f} s through askback, {end - served:.1f} s "
          f"writing), {summary['postings_per_second']} postings/s; "
          f"wrote {args.output}/jsonl and {args.output}/parquet", file=sys.stderr)
    print(json.dumps(summary))


def main(argv=None):
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("askback-precompute")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        run(spark, args)
    except Exception as error:  # a failed job: print the cause in one line
        text = str(error)
        match = PIPE_FAILURE.search(text)
        cause = match.group(0) if match else (text.strip().splitlines() or [repr(error)])[0]
        fail(f"the Spark job failed: {cause}")
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
