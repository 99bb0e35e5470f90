#!/usr/bin/env python3
"""Acceptance check of issue 2 on the project's seed article.

usage: seed_acceptance.py CHRONICLE SHARED_DIR WORK_DIR

Ingests ../shared/articles/white-house-iran-drones.txt with --published 2022-10-17 into a
fresh database and checks the timeline dates, the actors and the relations the issue names.
Prints one line per check; exits 1 when any fails.
"""
import json
import os
import subprocess
import sys

chronicle, shared, work = sys.argv[1:4]
db = os.path.join(work, "seed.sqlite")
for suffix in ("", "-wal", "-shm"):
    if os.path.exists(db + suffix):
        os.remove(db + suffix)
article = os.path.join(shared, "articles", "white-house-iran-drones.txt")


def run(*args):
    proc = subprocess.run([chronicle, *args, "--db", db], capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"chronicle {' '.join(args)} failed: {proc.stderr.strip()}")
    return proc.stdout


run("ingest", "--published", "2022-10-17", article)
timeline = json.loads(run("timeline", "--format", "json"))
actors = json.loads(run("actors", "--format", "json"))["actors"]
relations = json.loads(run("relations", "--format", "json"))
dot = run("relations", "--format", "dot")
with open(os.path.join(work, "seed-timeline.json"), "w") as f:
    json.dump(timeline, f)

failed = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failed.append(what)


dates = {e["date"] for e in timeline["events"] if e["date"]}
for value in ("2022-07", "2022-10-14", "2022-10-17"):
    check(any(d == value or d.startswith(value + "T") for d in dates), f"an event dated {value}")

check(any(e["date"] and e["date"].startswith("2022-10-17") and (e["category"] or {}).get("plover") == "ASSAULT"
          for e in timeline["events"]), "the strike on Kyiv reported that morning is dated 2022-10-17")
check(any(e["date"] == "2022-10-14" and any(a["name"] == "Joe Biden" for a in e["actors"])
          for e in timeline["events"]), "Biden's Friday statement is dated 2022-10-14")

by_name = {a["name"]: a for a in actors}
for name in ("Iran", "Russia", "Ukraine", "United States", "Karine Jean-Pierre", "Joe Biden",
             "Donald Trump", "Barack Obama"):
    check(name in by_name, f"actor {name}")
check("Tehran" in by_name.get("Iran", {}).get("aliases", []), "Tehran is an alias of Iran")
check("White House" in by_name.get("United States", {}).get("aliases", []),
      "White House is an alias of the United States")

names = {n["id"]: n["name"] for n in relations["nodes"]}
edges = {(names[e["source"]], names[e["target"]], e["category"]) for e in relations["edges"]}


def edge(source, target, categories):
    return any(s in source and t in target and c in categories for s, t, c in edges)


US = {"United States", "Karine Jean-Pierre", "Joe Biden"}
check(edge(US, {"Iran"}, {"ACCUSE", "REJECT"}), "White House → Iran (accusation/rejection)")
check(edge({"Iran"}, {"Russia"}, {"AID", "COOPERATE"}), "Iran → Russia (drone sales)")
check(edge(US, {"Russia"}, {"SANCTION", "COERCE"}), "United States → Russia (sanctions)")
check(edge(US, {"Iran"}, {"SANCTION", "COERCE"}), "United States → Iran (sanctions)")
check(edge({"Donald Trump"}, {"Joint Comprehensive Plan of Action"}, {"RETREAT", "SANCTION", "REJECT", "REDUCE"}),
      "Trump → the nuclear deal (withdrawal)")
check(edge({"Barack Obama"}, {"Iran", "Joint Comprehensive Plan of Action"}, {"CONSULT", "AGREE"}),
      "Obama → Iran (negotiation)")
check(not edge({"Iran"}, {"Ukraine"}, {"ASSAULT", "AID"}), "no Iran → Ukraine edge")
proc = subprocess.run(["dot", "-Tsvg", "-o", os.devnull], input=dot, capture_output=True, text=True)
check(proc.returncode == 0 and not proc.stderr.strip(), "relations DOT renders with dot, no warnings")
sys.exit(1 if failed else 0)
