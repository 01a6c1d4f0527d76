#!/usr/bin/env python3
"""Two scikit-learn anchors for recognising a posting's O*NET-SOC occupation, measured
beside AskBack on the same labelled postings in the same run.

1. Nearest title: TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5),
   sublinear_tf=True, lowercase=True) fitted on every O*NET title (each occupation's
   `title` and each of its `titles` is its own document, labelled with the
   occupation). The posting's title is ranked by cosine against all of them; the
   predictions are the distinct occupations of the best titles, in rank order.
2. Whole posting vs titles and tasks: TfidfVectorizer(sublinear_tf=True,
   stop_words="english") fitted on one document per occupation (its title, titles
   and tasks, one a line). The posting's whole text (title, a blank line, the
   description) is ranked by cosine against them.
3. AskBack: the built `askback batch` over the same postings, one thread; the
   `occupations` of each output line, best first.

A prediction is right at the detailed level when its first 7 characters (NN-NNNN)
equal those of the label or of an alternative, and at the minor-group level when its
SOC minor group equals one of theirs (the first 4 characters, or 5 for 15-12, 31-11
and 51-51, which the 2018 SOC splits further). Equal cosines are broken by the order
of the occupations file (and of the titles inside an occupation), so the figures are
the same on every run; only the timings change.

Timing: for each anchor, the median over postings of vectorising one posting and
ranking it (the fit is timed apart); for AskBack, the median wall time of whole
`askback batch` runs divided by the number of postings, which includes the process's
start-up and the full recommendation, not only the occupations.

    swift build -c release --product askback
    python3 Benchmarks/python/occupation_anchors.py --json anchors.json

Exit codes: 0 success; 1 a missing or malformed input file, a failed AskBack run, or
scikit-learn missing and not installable; 2 a usage error.
"""
import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "Tests" / "AskBackTests" / "Fixtures" / "eval"
SPLITS = ("dev", "train")
TWO_DIGIT_MINOR = ("15-12", "31-11", "51-51")
METHODS = ("nearest title", "posting vs titles+tasks", "askback")


class Failure(Exception):
    """A problem to report as one line and exit 1."""


def import_sklearn():
    """Imports numpy and scikit-learn, installing scikit-learn with pip when missing."""
    try:
        import numpy
        import sklearn
    except ImportError:
        print("scikit-learn is missing; installing it with pip", file=sys.stderr)
        result = subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "scikit-learn"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if result.returncode != 0:
            last = (result.stderr.strip().splitlines() or ["no message"])[-1]
            raise Failure(f"could not install scikit-learn with pip ({last}); "
                          "install it with 'pip install scikit-learn' and retry")
        import numpy
        import sklearn
    return numpy, sklearn


def read_jsonl(path):
    """Returns the objects of a JSON Lines file, one a non-blank line."""
    try:
        with open(path, encoding="utf-8-sig") as f:
            lines = f.readlines()
    except OSError as error:
        raise Failure(f"{path}: {error.strerror or error}")
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise Failure(f"{path}:{number}: not valid JSON ({error.msg})")
        if not isinstance(row, dict):
            raise Failure(f"{path}:{number}: expected a JSON object")
        rows.append(row)
    return rows


def require(row, key, kind, path):
    """Returns row[key] when it has the given type, or fails naming the file and row."""
    value = row.get(key)
    if not isinstance(value, kind):
        raise Failure(f"{path}: row {row.get('id', '?')!r} has no valid {key!r}")
    return value


def minor_group(code):
    """The SOC minor group of an O*NET-SOC code, as a prefix of the code."""
    return code[:5] if code[:5] in TWO_DIGIT_MINOR else code[:4]


def score(predictions, label):
    """Whether the predictions are right at the detailed and minor levels, top 1 and 3."""
    accepted = [label["occupation"], *label.get("alternatives", [])]
    detailed = {code[:7] for code in accepted}
    minor = {minor_group(code) for code in accepted}
    return {
        "detailed_top1": any(p[:7] in detailed for p in predictions[:1]),
        "detailed_top3": any(p[:7] in detailed for p in predictions[:3]),
        "minor_top1": any(minor_group(p) in minor for p in predictions[:1]),
        "minor_top3": any(minor_group(p) in minor for p in predictions[:3]),
    }


def summarise(predictions, postings, labels):
    """The counts and shares of right predictions over the postings of one split."""
    counts = {"detailed_top1": 0, "detailed_top3": 0, "minor_top1": 0, "minor_top3": 0}
    for posting in postings:
        for key, right in score(predictions[posting["id"]], labels[posting["id"]]).items():
            counts[key] += right
    total = len(postings)
    return {key: {"right": value, "total": total, "share": round(value / total, 4)}
            for key, value in counts.items()}


class TitleAnchor:
    """Nearest O*NET title by character n-gram TF-IDF cosine."""

    def __init__(self, sklearn_text, numpy, occupations):
        self.np = numpy
        self.labels = []
        documents = []
        for occupation in occupations:
            for title in [occupation["title"], *occupation["titles"]]:
                documents.append(title)
                self.labels.append(occupation["code"])
        self.vectorizer = sklearn_text.TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=True)
        self.matrix = self.vectorizer.fit_transform(documents)
        self.documents = len(documents)

    def predict(self, posting):
        """The distinct occupations of the nearest titles to the posting's title, up to 3."""
        query = self.vectorizer.transform([posting["title"]])
        scores = (self.matrix @ query.T).toarray().ravel()
        found = []
        for index in self.np.argsort(-scores, kind="stable"):
            code = self.labels[index]
            if code not in found:
                found.append(code)
                if len(found) == 3:
                    break
        return found


class ProfileAnchor:
    """Whole posting against one word TF-IDF document per occupation."""

    def __init__(self, sklearn_text, numpy, occupations):
        self.np = numpy
        self.labels = [occupation["code"] for occupation in occupations]
        documents = ["\n".join([o["title"], *o["titles"], *o["tasks"]]) for o in occupations]
        self.vectorizer = sklearn_text.TfidfVectorizer(sublinear_tf=True, stop_words="english")
        self.matrix = self.vectorizer.fit_transform(documents)
        self.documents = len(documents)

    def predict(self, posting):
        """The three occupations whose documents are nearest to the posting's whole text."""
        query = self.vectorizer.transform([posting_text(posting)])
        scores = (self.matrix @ query.T).toarray().ravel()
        return [self.labels[i] for i in self.np.argsort(-scores, kind="stable")[:3]]


def posting_text(posting):
    """The posting as AskBack reads it: the title, a blank line, the description."""
    return posting["title"] + "\n\n" + posting["description"]


def run_anchor(anchor, postings):
    """Predictions per posting id and the median milliseconds per posting."""
    predictions, times = {}, []
    for posting in postings:
        start = time.perf_counter()
        predictions[posting["id"]] = anchor.predict(posting)
        times.append((time.perf_counter() - start) * 1000)
    return predictions, statistics.median(times)


def run_askback(binary, postings, repeats):
    """AskBack's occupations per posting id and its timings over `repeats` batch runs."""
    lines = "".join(json.dumps({"id": p["id"], "text": posting_text(p)}) + "\n" for p in postings)
    outputs, walls = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        try:
            result = subprocess.run([str(binary), "batch", "--threads", "1"], input=lines.encode(),
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        except OSError as error:
            raise Failure(f"cannot run {binary}: {error.strerror or error}")
        walls.append((time.perf_counter() - start) * 1000)
        if result.returncode != 0:
            message = result.stderr.decode(errors="replace").strip().splitlines()
            raise Failure(f"{binary} batch exited {result.returncode}: "
                          f"{message[-1] if message else 'no message'}")
        outputs.append(result.stdout)
    if any(output != outputs[0] for output in outputs):
        raise Failure(f"{binary} batch gave different output for the same input")
    predictions, errors = {}, 0
    for number, line in enumerate(outputs[0].decode().splitlines(), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            raise Failure(f"{binary} batch: output line {number} is not JSON")
        if "error" in row:
            errors += 1
        predictions[str(row.get("id"))] = [o["code"] for o in row.get("occupations", [])]
    missing = [p["id"] for p in postings if p["id"] not in predictions]
    if missing:
        raise Failure(f"{binary} batch: no output line for {missing[0]}")
    wall = statistics.median(walls)
    return predictions, {"batch_wall_ms": round(wall, 1), "runs": repeats,
                         "per_posting_ms": round(wall / len(postings), 3), "errors": errors}


def startup_ms(binary, repeats):
    """The median wall time of `askback batch` over an empty input: start-up alone."""
    walls = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = subprocess.run([str(binary), "batch", "--threads", "1"], input=b"",
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append((time.perf_counter() - start) * 1000)
        if result.returncode != 0:
            raise Failure(f"{binary} batch exited {result.returncode} on an empty input")
    return round(statistics.median(walls), 1)


def cpu_model():
    """The CPU's model name from /proc/cpuinfo, or the platform's processor string."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def load_average():
    """The one-minute load average at the end of the run, or None where there is none."""
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):
        return None


def cell(figure):
    """One table cell: the share and its counts."""
    return f"{figure['share']:.3f} ({figure['right']}/{figure['total']})"


def report(result):
    """The text report of one run."""
    out = []
    machine = result["machine"]
    out.append(f"Occupation recognition: two scikit-learn anchors and AskBack, {result['date']}")
    load = machine["load_average_1min"]
    out.append(f"Machine: {machine['platform']}, {machine['cpu_count']} CPUs ({machine['cpu']})"
               + (f", load average {load} at the end (the timings vary with it)"
                  if load is not None else ""))
    versions = result["versions"]
    out.append(f"Python {versions['python']}, scikit-learn {versions['scikit-learn']}, "
               f"numpy {versions['numpy']}, {versions['askback']}"
               + (f" ({result['askback_build']})" if result["askback_build"] else ""))
    out.append(f"O*NET: {result['occupations']} occupations, "
               f"{result['title_documents']} title documents")
    header = ("method", "detailed top-1", "detailed top-3", "minor top-1", "minor top-3")
    for split in SPLITS:
        figures = result["splits"][split]
        note = " (AskBack learns from these postings: its figures are optimistic)" \
            if split == "train" else " (not in AskBack's corpus)"
        out.append("")
        out.append(f"{split}: {figures['postings']} postings{note}")
        rows = [header] + [
            (method, *(cell(figures["methods"][method][key]) for key in
                       ("detailed_top1", "detailed_top3", "minor_top1", "minor_top3")))
            for method in METHODS]
        widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
        for n, row in enumerate(rows):
            out.append("  ".join(value.ljust(widths[i]) if i == 0 else value.rjust(widths[i])
                                 for i, value in enumerate(row)).rstrip())
            if n == 0:
                out.append("  ".join("-" * w for w in widths))
    out.append("")
    out.append("Time per posting (median ms; the anchors' fit timed apart):")
    timing = result["timing"]
    for method in METHODS[:2]:
        t = timing[method]
        out.append(f"  {method}: fit {t['fit_s']:.2f} s; dev {t['dev_median_ms']:.3f} ms, "
                   f"train {t['train_median_ms']:.3f} ms")
    t = timing["askback"]
    out.append(f"  askback (batch --threads 1, median of {t['dev']['runs']} runs, wall / postings, "
               "including start-up and the full recommendation):")
    for split in SPLITS:
        s = t[split]
        out.append(f"    {split} {s['per_posting_ms']:.3f} ms ({s['batch_wall_ms']:.1f} ms for "
                   f"{result['splits'][split]['postings']}; "
                   f"{s['per_posting_after_startup_ms']:.3f} ms without the start-up)")
    out.append(f"    start-up alone (a batch of no postings): {t['startup_ms']:.1f} ms")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(
        description="Occupation recognition: two scikit-learn anchors beside AskBack.")
    parser.add_argument("--askback", default=str(ROOT / ".build" / "release" / "askback"),
                        help="the askback binary (default: .build/release/askback)")
    parser.add_argument("--askback-build", metavar="TEXT",
                        help="how the askback binary was built (a commit, say), printed with it")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--occupations", default=str(ROOT / "Corpus" / "occupations" /
                                                     "occupations.jsonl"))
    parser.add_argument("--eval", default=str(EVAL), help="the folder of the labelled postings")
    parser.add_argument("--repeats", type=int, default=5,
                        help="askback batch runs to time, 1 to 50 (default: 5)")
    args = parser.parse_args()
    if not 1 <= args.repeats <= 50:
        parser.error("--repeats must be 1 to 50")
    try:
        numpy, sklearn = import_sklearn()
        from sklearn.feature_extraction import text as sklearn_text

        binary = Path(args.askback)
        if not binary.is_file() or not os.access(binary, os.X_OK):
            raise Failure(f"{binary}: no askback binary there; build it with "
                          "'swift build -c release --product askback' or pass --askback")
        occupations = read_jsonl(args.occupations)
        for row in occupations:
            require(row, "code", str, args.occupations)
            require(row, "title", str, args.occupations)
            require(row, "titles", list, args.occupations)
            require(row, "tasks", list, args.occupations)
        known = {row["code"] for row in occupations}
        labels_path = Path(args.eval) / "labels.jsonl"
        labels = {}
        for row in read_jsonl(labels_path):
            code = require(row, "occupation", str, labels_path)
            if code not in known or any(a not in known for a in row.get("alternatives", [])):
                raise Failure(f"{labels_path}: row {row.get('id')!r} names an unknown occupation")
            labels[require(row, "id", str, labels_path)] = row
        postings = {}
        for split in SPLITS:
            path = Path(args.eval) / f"{split}-postings.jsonl"
            postings[split] = read_jsonl(path)
            for row in postings[split]:
                for key in ("id", "title", "description"):
                    require(row, key, str, path)
                if row["id"] not in labels:
                    raise Failure(f"{labels_path}: no label for {row['id']!r}")

        timing, anchors = {}, {}
        for method, kind in (("nearest title", TitleAnchor),
                             ("posting vs titles+tasks", ProfileAnchor)):
            start = time.perf_counter()
            anchors[method] = kind(sklearn_text, numpy, occupations)
            timing[method] = {"fit_s": round(time.perf_counter() - start, 3)}
        version = subprocess.run([str(binary), "--version"], stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL, text=True).stdout.strip()
        splits = {}
        timing["askback"] = {"startup_ms": startup_ms(binary, args.repeats)}
        startup = timing["askback"]["startup_ms"]
        for split in SPLITS:
            methods = {}
            for method, anchor in anchors.items():
                predictions, median = run_anchor(anchor, postings[split])
                methods[method] = summarise(predictions, postings[split], labels)
                timing[method][f"{split}_median_ms"] = round(median, 3)
            predictions, askback_timing = run_askback(binary, postings[split], args.repeats)
            methods["askback"] = summarise(predictions, postings[split], labels)
            askback_timing["per_posting_after_startup_ms"] = round(
                max(askback_timing["batch_wall_ms"] - startup, 0) / len(postings[split]), 3)
            timing["askback"][split] = askback_timing
            splits[split] = {"postings": len(postings[split]), "methods": methods}
    except Failure as failure:
        print(f"error: {failure}", file=sys.stderr)
        return 1

    result = {
        "date": datetime.datetime.now(datetime.timezone.utc).date().isoformat(),
        "machine": {"platform": platform.platform(), "cpu_count": os.cpu_count(),
                    "cpu": cpu_model(), "load_average_1min": load_average()},
        "versions": {"python": platform.python_version(), "scikit-learn": sklearn.__version__,
                     "numpy": numpy.__version__, "askback": version or "askback (no version)"},
        "askback_build": args.askback_build,
        "occupations": len(occupations),
        "title_documents": anchors["nearest title"].documents,
        "splits": splits,
        "timing": timing,
    }
    sys.stdout.write(report(result))
    if args.json:
        try:
            with open(args.json, "w", encoding="utf-8") as f:
                json.dump(result, f, indent=2)
                f.write("\n")
        except OSError as error:
            print(f"error: {args.json}: {error.strerror or error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
