#!/usr/bin/env python3
"""Derives Corpus/occupations/ from the O*NET 30.1 text files and the 2018 SOC structure.

    python3 Corpus/occupations/derive.py --onet ../shared/data/onet

Writes, beside this script:
  occupations.jsonl  one O*NET-SOC occupation a line: code, title, description, its job titles
                     (alternate, short and reported titles, case-insensitively distinct), its task
                     statements (core first) and the examples of technology and tools it uses
  soc.jsonl          the 2018 SOC groups: major, minor, broad and detailed, with their titles
  technology.jsonl   each technology example once: its name, its UNSPSC commodity title, whether
                     O*NET marks it a hot technology, and how many occupations name it
  equipment.jsonl    each tools example once: name, commodity title, how many occupations name it
Output is sorted and deterministic. See Corpus/README.md for the licence and attribution.
"""
import argparse, collections, csv, json, os

HERE = os.path.dirname(os.path.abspath(__file__))


def tsv(folder, name):
    with open(os.path.join(folder, name), encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        return [dict(zip(head, line.rstrip("\n").split("\t"))) for line in f]


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, separators=(", ", ": ")) + "\n")


def distinct(values):
    seen, out = set(), []
    for v in values:
        v = " ".join(v.split())
        if v and v.lower() not in seen:
            seen.add(v.lower())
            out.append(v)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--onet", required=True, help="folder with the O*NET files and soc_structure_2018.csv")
    folder = ap.parse_args().onet
    occupations = tsv(folder, "occupations.tsv")
    titles = collections.defaultdict(list)
    for r in tsv(folder, "alternate_titles.tsv"):
        titles[r["O*NET-SOC Code"]].append(r["Alternate Title"])
        if r["Short Title"] != "n/a":
            titles[r["O*NET-SOC Code"]].append(r["Short Title"])
    for r in tsv(folder, "reported_titles.tsv"):
        titles[r["O*NET-SOC Code"]].append(r["Reported Job Title"])
    tasks = collections.defaultdict(list)
    for r in tsv(folder, "tasks.tsv"):
        tasks[r["O*NET-SOC Code"]].append((0 if r["Task Type"] == "Core" else 1, int(r["Task ID"]), r["Task"]))
    tech = collections.defaultdict(list)
    tech_info = {}
    tech_count = collections.Counter()
    for r in tsv(folder, "technology_skills.tsv"):
        tech[r["O*NET-SOC Code"]].append(r["Example"])
        info = tech_info.setdefault(r["Example"], [r["Commodity Title"], False])
        info[1] = info[1] or r["Hot Technology"] == "Y"
        tech_count[r["Example"]] += 1
    tools = collections.defaultdict(list)
    tool_info, tool_count = {}, collections.Counter()
    for r in tsv(folder, "tools_used.tsv"):
        tools[r["O*NET-SOC Code"]].append(r["Example"])
        tool_info.setdefault(r["Example"], r["Commodity Title"])
        tool_count[r["Example"]] += 1

    rows = []
    for o in sorted(occupations, key=lambda r: r["O*NET-SOC Code"]):
        code = o["O*NET-SOC Code"]
        rows.append({
            "code": code, "title": o["Title"], "description": o["Description"],
            "titles": distinct(titles[code]),
            "tasks": [t for _, _, t in sorted(tasks[code])],
            "technology": distinct(tech[code]), "tools": distinct(tools[code]),
        })
    write("occupations.jsonl", rows)

    soc = []
    with open(os.path.join(folder, "soc_structure_2018.csv"), encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for row in reader:
            for level, value in zip(["major", "minor", "broad", "detailed"], row[1:5]):
                if value:
                    soc.append({"code": value, "level": level, "title": row[5]})
    write("soc.jsonl", sorted(soc, key=lambda r: r["code"]))
    write("technology.jsonl", [
        {"name": n, "category": tech_info[n][0], "hot": tech_info[n][1], "occupations": tech_count[n]}
        for n in sorted(tech_info)])
    write("equipment.jsonl", [
        {"name": n, "category": tool_info[n], "occupations": tool_count[n]} for n in sorted(tool_info)])


if __name__ == "__main__":
    main()
