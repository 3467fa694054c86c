#!/usr/bin/env bash
# Speed and memory of the whole pipeline (bin/outcomes run) on synthetic studies of growing size.
# Usage: scripts/benchmark.sh [SUBJECTS...]   (default: 500 2000 8000)
# Prints a Markdown table: input size, records, wall time per stage (from run-manifest.json),
# total wall time and peak resident memory of the JVM (GNU time). Results go to docs/benchmarks.md
# by hand, with the machine they were measured on. The comparison with plain Spark and DuckDB at
# three sizes is bench/run.sh (docs/benchmarks.md, "Against the floor and DuckDB").
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("${@:-500 2000 8000}")
# shellcheck disable=SC2206
SIZES=(${SIZES[*]})
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (Debian package 'time')" >&2; exit 1; }

bin/outcomes --version >/dev/null   # builds the jar once, outside the measurements
echo "| subjects | input MB | records | assessments | ingest s | derive s | analyse s | report s | total wall s | peak RSS MB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${SIZES[@]}"; do
  in="$WORK/in-$n"
  out="$WORK/out-$n"
  bin/outcomes generate --output "$in/BENCH" --study-id BENCH --subjects "$n" --seed 1 >/dev/null
  /usr/bin/time -f "%e %M" -o "$WORK/time-$n" bin/outcomes run --input "$in" --output "$out" --quiet 2>/dev/null
  read -r wall rss < "$WORK/time-$n"
  python3 - "$out/run-manifest.json" "$n" "$(du -sm "$in" | cut -f1)" "$wall" "$rss" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
t = m["timings_seconds"]
rows = m["outputs"]["normalized/assessments"]["rows"]
print(f"| {sys.argv[2]} | {sys.argv[3]} | {m['totals']['records_read']} | {rows} | {t['ingest']:.1f} | {t['derive']:.1f} "
      f"| {t['analyze']:.1f} | {t['report']:.1f} | {float(sys.argv[4]):.1f} | {int(sys.argv[5]) // 1024} |")
PY
done
