"""Precision and recall of the facts askback reads from a posting, against hand labels.

For each labelled posting, runs `askback recommend --format json` on the posting's text (its
title, a blank line, its description, as `askback eval` reads it) and compares the facts of the
JSON with the labels of `Tests/AskBackTests/Fixtures/eval/extraction-labels.jsonl`:

- tools (software and equipment together), teams and credentials: a value found is right when,
  in lower case and without a trailing "team" or "department", it equals a labelled value or
  one holds the other as whole words;
- duties: a duty found is right when at least half of its content words (cut to their first
  five letters) belong to one labelled duty; a labelled duty is recalled when at least half of
  its content words belong to one duty found;
- employer: the name found against the labelled employer (for an agency posting that names no
  client, naming nobody is right).

Usage: python3 Benchmarks/python/extraction_eval.py [--askback PATH] [--show]
"""

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests/AskBackTests/Fixtures/eval"
STOP = set(
    "a an the and or of to for with in on at by from as into all any our their your its this that "
    "these those be is are new other such including".split()
)


def norm(value):
    value = value.lower().strip()
    value = re.sub(r"\s+(team|teams|department|group)$", "", value)
    return re.sub(r"\s+", " ", value)


def same(found, label):
    f, l = norm(found), norm(label)
    if f == l:
        return True
    fw, lw = f" {f} ", f" {l} "
    return fw in lw or lw in fw


def content(phrase):
    words = re.findall(r"[a-z0-9]+", phrase.lower())
    return {w[:5] for w in words if w not in STOP}


def covers(a, b):
    """Whether half of a's content words belong to b."""
    wa, wb = content(a), content(b)
    return bool(wa) and len(wa & wb) * 2 >= len(wa)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--askback", default=str(ROOT / ".build/release/askback"))
    parser.add_argument("--show", action="store_true", help="print each wrong and missed value")
    args = parser.parse_args()
    postings = {}
    for line in open(FIXTURES / "dev-postings.jsonl", encoding="utf-8"):
        row = json.loads(line)
        postings[row["id"]] = row
    labels = [json.loads(line) for line in open(FIXTURES / "extraction-labels.jsonl")]
    totals = {k: [0, 0, 0, 0] for k in ("tools", "duties", "teams", "credentials", "employer")}

    def tally(kind, found, labelled, match_found, match_label, ident):
        t = totals[kind]
        right = [f for f in found if any(match_found(f, l) for l in labelled)]
        recalled = [l for l in labelled if any(match_label(f, l) for f in found)]
        t[0] += len(found)
        t[1] += len(right)
        t[2] += len(labelled)
        t[3] += len(recalled)
        if args.show:
            for f in found:
                if f not in right:
                    print(f"{ident} {kind} wrong: {f}")
            for l in labelled:
                if l not in recalled:
                    print(f"{ident} {kind} missed: {l}")

    for label in labels:
        posting = postings[label["id"]]
        text = f"{posting['title']}\n\n{posting['description']}"
        out = subprocess.run(
            [args.askback, "recommend", "--format", "json", "-"],
            input=text.encode(), capture_output=True, check=True,
        )
        facts = json.loads(out.stdout)["facts"]
        values = lambda key: [f["value"] for f in facts.get(key, [])]
        ident = label["id"]
        tally("tools", values("tools") + values("equipment"), label["tools"], same, same, ident)
        tally("duties", values("duties"), label["duties"], covers, lambda f, l: covers(l, f), ident)
        tally("teams", values("teams"), label["teams"], same, same, ident)
        tally("credentials", values("credentials"), label["credentials"], same, same, ident)
        company = facts.get("company")
        found = [company["value"]] if company else []
        named = [label["employer"]] if label["employer"] else []
        tally("employer", found, named, same, same, ident)

    print(f"{len(labels)} labelled postings")
    for kind, (found, right, labelled, recalled) in totals.items():
        p = right / found if found else float("nan")
        r = recalled / labelled if labelled else float("nan")
        print(
            f"{kind:12} precision {p:.3f} ({right}/{found})  recall {r:.3f} ({recalled}/{labelled})"
        )


if __name__ == "__main__":
    sys.exit(main())
