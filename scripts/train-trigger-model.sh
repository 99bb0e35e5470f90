#!/bin/sh
# Retrains the learned event-trigger model on TimeBank + AQUAINT and regenerates the
# embedded weights (Sources/ChronicleExtraction/Events/TriggerModel/TriggerModelWeights.swift).
# Usage: scripts/train-trigger-model.sh [TBAQ-DIR]   (default ../shared/corpora/timeml-tbaq)
# Then rebuild, and check the honest figure: chronicle eval events TBAQ-DIR --cross-validate 5
set -eu
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpora/timeml-tbaq}"
swift build -c release --product chronicle
.build/release/chronicle eval events "$corpus" \
  --train-model Sources/ChronicleExtraction/Events/TriggerModel/TriggerModelWeights.swift
