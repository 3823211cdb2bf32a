#!/usr/bin/env python3
"""Turns the "@metric KEY VALUE UNIT" lines of a benchmark run into the table of issue 5 and
bench-results.json (a list of {"name", "value", "unit", "target", "met"}, one per row).

usage: report.py RAW JSON PEOPLE OBSERVATIONS TEAM"""
import json
import statistics
import sys

raw_path, json_path, people, observations, team = sys.argv[1:6]
values, units, notes = {}, {}, []
with open(raw_path, encoding="utf-8") as raw:
    for line in raw:
        if line.startswith("@metric "):
            _, key, value, unit = line.split()[:4]
            values.setdefault(key, []).append(float(value))
            units[key] = unit
        elif line.startswith("@note "):
            notes.append(line[6:].rstrip("\n"))


def med(key):
    return statistics.median(values[key]) if key in values else None


n_obs = f"{int(observations):,}"
team_size = med("team_big_size")
team_label = f"team of {int(team_size)}" if team_size else f"team of {team}"
peak_key = "program_peak_rss" if "program_peak_rss" in values else "gui_peak_rss"
# name, metric key, unit, target (≤), how the value is shown
rows = [
    (f"import {n_obs} observations, ratio to sqlite3 .import", "import_ratio", "x", 2.0),
    (f"export {n_obs} observations, ratio to sqlite3 -csv", "export_ratio", "x", 1.5),
    ("person profile, median of 100 people", "profile_median", "ms", 10.0),
    ("person profile, ratio to one raw SQL aggregate", "profile_ratio", "x", 1.5),
    (f"{team_label}: radar, heatmap, influence network", "team_big_median", "ms", 50.0),
    ("log one observation (durable commit), median", "log_median", "ms", 5.0),
    ("open the full file, exec to first paint", "gui_first_paint", "ms", 1000.0),
    ("switch profile (query + chart + paint), median", "switch_median", "ms", 16.0),
    ("switch profile (query + chart + paint), 95th percentile", "switch_p95", "ms", 50.0),
    ("search as you type: longest stall of the window", "search_typing_max_stall", "ms", 16.0),
    ("search: first results, a common word", "search_common_first_rows", "ms", 100.0),
    ("search: first results, a word in no note", "search_rare_first_rows", "ms", 100.0),
    ("peak memory with the full file open", peak_key, "MiB", 200.0),
    ("one person PDF", "pdf_person_median", "ms", 100.0),
    (f"PDFs for all {int(people):,} people (report --all)", "report_all", "s", 60.0),
]
results = []
for name, key, unit, target in rows:
    value = med(key)
    if value is not None and key == "report_all":
        value /= 1000.0
    met = None if value is None else value <= target
    results.append({"name": name, "value": None if value is None else round(value, 3), "unit": unit,
                    "target": target, "met": met})

with open(json_path, "w", encoding="utf-8") as out:
    json.dump(results, out, indent=2, ensure_ascii=False)
    out.write("\n")

width = max(len(r["name"]) for r in results)
print()
print(f"{'what':<{width}}  {'value':>10} {'unit':<4}  {'target':>9}  result")
print("-" * (width + 40))
for r in results:
    value = "—" if r["value"] is None else f"{r['value']:.3f}" if r["value"] < 10 else f"{r['value']:.1f}"
    verdict = "not measured" if r["met"] is None else "met" if r["met"] else \
        f"MISSED ({r['value'] / r['target']:.1f}× the target)"
    print(f"{r['name']:<{width}}  {value:>10} {r['unit']:<4}  ≤ {r['target']:<7g}  {verdict}")

print("\nDetails (median over runs; every run's value in brackets):")
for key in sorted(values):
    runs = ", ".join(f"{v:g}" for v in values[key])
    print(f"  {key:<28} {med(key):>10.3f} {units[key]:<6} [{runs}]")
if notes:
    print("\nNotes:")
    for n in notes:
        print("  " + n)
print(f"\nWritten: {json_path}")
