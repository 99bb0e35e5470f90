#!/usr/bin/env bash
# Prints the session shown on README.md's first screen, from the real binary
# (.build/debug or .build/release, whichever is newer), for pasting between the markers.
# Tests/chronicleCLITests/ReadmeSessionTests.swift checks that README.md matches.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(ls -t .build/debug/chronicle .build/release/chronicle 2>/dev/null | head -1)
work=$(mktemp -d)
ln -s "$PWD/Examples" "$work/Examples"
cd "$work"
export PATH="$(dirname "$OLDPWD/$bin"):$PATH" CHRONICLE_DB=readme.sqlite
commands=(
  "chronicle ingest Examples/articles"
  "chronicle timeline --actor Iran --from 2023-03-01"
  "chronicle relations --actor Iran"
  "chronicle show 1"
  "chronicle relations --format dot | dot -Tsvg > relations.svg"
)
echo '```console'
for c in "${commands[@]}"; do
  echo "\$ $c"
  sh -c "$c"
done
echo '```'
