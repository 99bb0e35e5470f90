#!/usr/bin/env bash
# The main job on the bundled examples: build, ingest Examples/articles into a fresh
# database, print the chronology and the relations, and draw the graph with Graphviz.
# Output goes to out/ (chronicle.sqlite, timeline.json, relations.json, relations.dot, relations.svg).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# The Swift runtime linked in statically: `chronicle --help` starts about twice as fast (no
# dynamic loading of libFoundation/libswiftCore); a toolchain without static libraries falls back.
swift build -c release --static-swift-stdlib --product chronicle >&2 \
  || { echo "example: static Swift runtime unavailable, building with the shared one" >&2; swift build -c release --product chronicle >&2; }
chronicle=.build/release/chronicle
mkdir -p out
rm -f out/chronicle.sqlite out/chronicle.sqlite-wal out/chronicle.sqlite-shm
export CHRONICLE_DB=out/chronicle.sqlite
$chronicle ingest Examples/articles
echo
$chronicle timeline
echo
$chronicle relations
$chronicle timeline --format json > out/timeline.json
$chronicle relations --format json > out/relations.json
$chronicle actors --format json > out/actors.json
$chronicle relations --format dot > out/relations.dot
dot -Tsvg out/relations.dot -o out/relations.svg
echo
echo "wrote out/timeline.json out/relations.json out/actors.json out/relations.dot out/relations.svg"
