#!/usr/bin/env python3
"""Runs Chronicle's corpus evaluations and fails when a score falls below its floor.

usage: check_floors.py CHRONICLE SHARED_DIR FLOORS_JSON

FLOORS_JSON maps an evaluation name to {"args": [...], "floors": {"metric": min}};
"{shared}" in args is replaced by SHARED_DIR. Each evaluation is run as
`CHRONICLE eval <args> --json` and its JSON output's metrics are compared.
"""
import json
import subprocess
import sys

chronicle, shared, floors_path = sys.argv[1:4]
with open(floors_path) as f:
    config = json.load(f)
failed = False
for name, spec in config.items():
    args = [a.replace("{shared}", shared) for a in spec["args"]]
    proc = subprocess.run([chronicle, "eval", *args, "--json"], capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"{name}: evaluation failed ({proc.returncode}): {proc.stderr.strip()}")
        failed = True
        continue
    scores = json.loads(proc.stdout)
    for metric, floor in spec["floors"].items():
        value = scores
        for part in metric.split("."):
            value = value[part]
        ok = value + 1e-9 >= floor
        failed |= not ok
        print(f"{name}.{metric}: {value:.4f} (floor {floor:.4f}) {'ok' if ok else 'BELOW FLOOR'}")
sys.exit(1 if failed else 0)
