#!/usr/bin/env bash
# Wall time of nightly runs over a landing zone of about 50 files (17 studies x scores, infusions,
# subjects): the first night (full), a night with no change (no Spark work), a night where one
# file of the 51 changed (its parsed records of the other 50 from the cache in WAREHOUSE/state/),
# and the same kind of night with the cache emptied first (everything parsed); `run` over the same
# tree first, for comparison. Prints a Markdown table; results go to docs/benchmarks.md by hand.
# Usage: scripts/benchmark-nightly.sh [SUBJECTS_PER_STUDY]   (default 100)
set -euo pipefail
cd "$(dirname "$0")/.."
PER_STUDY="${1:-100}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

bin/outcomes --version >/dev/null # builds the jar once, outside the measurements
for i in $(seq -w 1 17); do
  bin/outcomes generate --output "$WORK/landing/S$i" --study-id "S$i" --subjects "$PER_STUDY" \
    --seed "$i" >/dev/null
done
files="$(find "$WORK/landing" -type f | wc -l)"

seconds() { # seconds CMD...: wall time of CMD, in seconds with one decimal
  local t0 t1
  t0="$(date +%s.%N)"
  "$@" >/dev/null 2>&1
  t1="$(date +%s.%N)"
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }'
}
nightly() { bin/outcomes nightly --input "$WORK/landing" --output "$WORK/wh" --quiet; }

run="$(seconds bin/outcomes run --input "$WORK/landing" --output "$WORK/run" --quiet)"
full="$(seconds nightly)"
unchanged="$(seconds nightly)"
# change one score cell of one file (a new night's export correcting one value)
scores="$WORK/landing/S09/scores.csv"
awk -F, -v OFS=, 'NR == 2 { $NF = ($NF == "0" ? "1" : "0") } { print }' "$scores" >"$scores.new"
mv "$scores.new" "$scores"
one_changed="$(seconds nightly)"
# the same change back, with the cache of parsed inputs emptied: what the cache saves
awk -F, -v OFS=, 'NR == 2 { $NF = ($NF == "0" ? "1" : "0") } { print }' "$scores" >"$scores.new"
mv "$scores.new" "$scores"
rm -rf "$WORK/wh/state"
no_cache="$(seconds nightly)"
tail -n 4 "$WORK/wh/history.jsonl" | while read -r line; do
  echo "$line" | grep -o '"status":"[a-z]*"\|"parsing":{[^}]*}' | tr '\n' ' ' >&2
  echo >&2
done

echo "| files | subjects | run s | nightly, first s | nightly, unchanged s | nightly, 1 file changed s | 1 changed, cache emptied s | 1 changed / first |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
awk -v f="$files" -v s="$((17 * 10#$PER_STUDY))" -v r="$run" -v a="$full" -v u="$unchanged" -v c="$one_changed" -v n="$no_cache" \
  'BEGIN { printf "| %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.0f %% |\n", f, s, r, a, u, c, n, 100 * c / a }'
