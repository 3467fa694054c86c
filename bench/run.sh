#!/usr/bin/env bash
# The benchmark of issue 8, in one sitting: for each input size, the same generated generic study is
# processed by three contenders, each in its own process, BENCH_REPEATS times (default 3):
#   floor   plain Spark reading the same CSV files (header, every column a string, no validation) and
#           writing them as Parquet (bench/src/Floor.java, Spark from jobs/target/lib, own JVM);
#   run     bin/outcomes run --input IN --output OUT --quiet (the launcher's default memory settings);
#   duckdb  DuckDB through JDBC (bench/src/DuckBench.java running bench/src/oc.sql): read the scores
#           and infusions CSV, score with proration, write Parquet, the OC response/remission table.
# Wall time and peak RSS come from GNU time (/usr/bin/time -f "%e %M"); the table shows the median
# wall time and the highest peak RSS of the repeats. See docs/benchmarks.md, "Against the floor and
# DuckDB".
#
# Usage: bench/run.sh [ROWS_TARGETS...]        (default: 400000 1600000 4800000)
#   A target is a number of input rows (data lines of all input files); the number of subjects is
#   derived from a 200-subject calibration (`outcomes generate --seed 1`, about 400 rows per subject).
#   BENCH_REPEATS=N   runs per contender and size (default 3)
#   BENCH_WORK=DIR    working folder (default: a new temporary folder, removed at the end)
# Builds jobs/target with `mvn package` when it is missing or older than the sources (never install),
# and fetches org.duckdb:duckdb_jdbc (bench/pom.xml) through Maven. Needs JDK 17, Maven, python3 and
# GNU time. Prints Markdown tables on standard output, progress on standard error.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
TARGETS=("$@")
((${#TARGETS[@]})) || TARGETS=(400000 1600000 4800000)
REPEATS="${BENCH_REPEATS:-3}"
[[ -x /usr/bin/time ]] || { echo "bench: needs GNU time at /usr/bin/time (Debian/Ubuntu: apt-get install time)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "bench: needs python3" >&2; exit 1; }
if [[ -n "${BENCH_WORK:-}" ]]; then
  WORK="$BENCH_WORK"
  mkdir -p "$WORK"
else
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
fi
log() { echo "bench: $*" >&2; }

# --- build (package only: bin/outcomes then finds an up-to-date jar and does not build itself) ---
TARGET="$ROOT/jobs/target"
jar_path() { ls "$TARGET"/outcomes-jobs-*.jar 2>/dev/null | grep -v -- '-shaded.jar$' | head -n 1; }
JAR="$(jar_path)"
if [[ -z "$JAR" || ! -d "$TARGET/lib" || -n "$(find "$ROOT"/pom.xml "$ROOT"/{ingest,transform,analysis,jobs}/pom.xml \
  "$ROOT"/{ingest,transform,analysis,jobs}/src/main -newer "$JAR" -type f -print -quit 2>/dev/null)" ]]; then
  log "building the jar (mvn package, tests skipped)"
  mvn -B -q -Dstyle.color=never -DskipTests -Dspotless.check.skip=true package > "$WORK/mvn.log" 2>&1 \
    || { cat "$WORK/mvn.log" >&2; exit 1; }
fi
OPENS="$(sed -n 's/^jvm.options=//p' "$TARGET/classes/org/infusionoutcomes/jobs/build.properties")"
bin/outcomes --version >/dev/null

log "DuckDB JDBC driver (bench/pom.xml) and the two contender programs"
mkdir -p "$WORK/lib" "$WORK/classes"
mvn -B -q -Dstyle.color=never -f bench/pom.xml dependency:copy-dependencies -DoutputDirectory="$WORK/lib" \
  > "$WORK/mvn.log" 2>&1 || { cat "$WORK/mvn.log" >&2; exit 1; }
javac -d "$WORK/classes" -cp "$TARGET/lib/*" bench/src/Floor.java bench/src/DuckBench.java
# The floor gets the launcher's memory settings, so both Spark contenders run with the same heap.
FLOOR_OPTS="$(sed -n 's/^MEMORY_OPTS="\(.*\)"$/\1/p' bin/outcomes)"
[[ -n "$FLOOR_OPTS" ]] || { echo "bench: no MEMORY_OPTS line in bin/outcomes" >&2; exit 1; }

count_rows() { # data lines of every input file (each file has one header line)
  local total=0 n
  while IFS= read -r -d '' f; do n=$(wc -l < "$f"); total=$((total + n - 1)); done \
    < <(find "$1" -type f -name '*.csv' -print0)
  echo "$total"
}

log "calibrating rows per subject (200 subjects)"
bin/outcomes generate --output "$WORK/calibrate/BENCH" --study-id BENCH --subjects 200 --seed 1 >/dev/null
PER_SUBJECT="$(count_rows "$WORK/calibrate")"
rm -rf "$WORK/calibrate"

# One measured process: appends "size contender repeat wall_s rss_kb" to results.tsv.
measure() {
  local size="$1" who="$2" rep="$3" out="$WORK/out-$1-$2"
  shift 3
  rm -rf "$out"
  if ! /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" > "$WORK/log-$size-$who" 2>&1; then
    tail -n 30 "$WORK/log-$size-$who" >&2
    echo "bench: $who failed at $size rows (repeat $rep)" >&2
    exit 1
  fi
  read -r wall rss < <(tail -n 1 "$WORK/time")
  printf '%s\t%s\t%s\t%s\t%s\n' "$size" "$who" "$rep" "$wall" "$rss" >> "$WORK/results.tsv"
  log "  $who #$rep: ${wall} s, $((rss / 1024)) MB"
}

: > "$WORK/results.tsv"
: > "$WORK/sizes.tsv"
: > "$WORK/stages.tsv"
: > "$WORK/oc-check.tsv"
for target in "${TARGETS[@]}"; do
  subjects=$(((target * 200 + PER_SUBJECT / 2) / PER_SUBJECT))
  ((subjects > 0)) || subjects=1
  in="$WORK/in-$target"
  rm -rf "$in"
  bin/outcomes generate --output "$in/BENCH" --study-id BENCH --subjects "$subjects" --seed 1 >/dev/null
  rows="$(count_rows "$in")"
  printf '%s\t%s\t%s\t%s\n' "$target" "$rows" "$subjects" "$(du -sm "$in" | cut -f1)" >> "$WORK/sizes.tsv"
  log "size $target: $subjects subjects, $rows input rows"
  for ((rep = 1; rep <= REPEATS; rep++)); do
    # shellcheck disable=SC2086
    SPARK_LOCAL_IP=127.0.0.1 measure "$target" floor "$rep" \
      java $OPENS $FLOOR_OPTS -Dfile.encoding=UTF-8 -cp "$WORK/classes:$TARGET/lib/*" Floor "$in" "$WORK/out-$target-floor"
    measure "$target" run "$rep" bin/outcomes run --input "$in" --output "$WORK/out-$target-run" --quiet
    python3 - "$WORK/out-$target-run/run-manifest.json" "$target" >> "$WORK/stages.tsv" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))["timings_seconds"]
print("\t".join([sys.argv[2]] + [str(t.get(k, "")) for k in ("ingest", "derive", "analyze", "report")]))
PY
    measure "$target" duckdb "$rep" \
      java -cp "$WORK/classes:$WORK/lib/*" DuckBench bench/src/oc.sql "$in" "$WORK/out-$target-duckdb"
  done
  # Cross-check: DuckDB's simplified OC table against the OC rows of the pipeline's report.
  if cmp -s <(tail -n +2 "$WORK/out-$target-duckdb/response_remission_oc.csv") \
    <(grep ',OC,' "$WORK/out-$target-run/reports/response_remission.csv"); then
    printf '%s\tyes\n' "$target" >> "$WORK/oc-check.tsv"
  else
    printf '%s\tno\n' "$target" >> "$WORK/oc-check.tsv"
  fi
  rm -rf "$in" "$WORK"/out-"$target"-*
done

python3 - "$WORK" "$REPEATS" <<'PY'
import csv, statistics, sys
work, repeats = sys.argv[1], sys.argv[2]
def tsv(name):
    with open(f"{work}/{name}") as f:
        return [r for r in csv.reader(f, delimiter="\t") if r]
sizes = tsv("sizes.tsv")
wall, rss = {}, {}
for size, who, _, w, r in tsv("results.tsv"):
    wall.setdefault((size, who), []).append(float(w))
    rss.setdefault((size, who), []).append(int(r))
oc = dict(tsv("oc-check.tsv"))
med = {k: statistics.median(v) for k, v in wall.items()}
peak = {k: max(v) // 1024 for k, v in rss.items()}
who = ("floor", "run", "duckdb")
print(f"Median of {repeats} runs per contender; peak RSS is the highest of the runs.\n")
print("| target rows | input rows | subjects | input MB | floor s | run s | DuckDB s | run / floor | DuckDB / floor "
      "| floor RSS MB | run RSS MB | DuckDB RSS MB | DuckDB OC = run OC |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|")
for target, rows, subjects, mb in sizes:
    f, r, d = (med[(target, w)] for w in who)
    print(f"| {int(target):,} | {int(rows):,} | {int(subjects):,} | {mb} | {f:.1f} | {r:.1f} | {d:.1f} "
          f"| {r / f:.2f} | {d / f:.2f} | {peak[(target, 'floor')]:,} | {peak[(target, 'run')]:,} "
          f"| {peak[(target, 'duckdb')]:,} | {oc.get(target, '?')} |")
if len(sizes) > 1:
    print("\nScaling: median time of a size over the median time of the size before it.\n")
    print("| sizes (input rows) | rows ratio | floor | run | DuckDB |")
    print("|---|---:|---:|---:|---:|")
    for (t0, r0, _, _), (t1, r1, _, _) in zip(sizes, sizes[1:]):
        cells = " | ".join(f"{med[(t1, w)] / med[(t0, w)]:.2f}" for w in who)
        print(f"| {int(r1):,} / {int(r0):,} | {int(r1) / int(r0):.2f} | {cells} |")
stages = {}
for target, *t in tsv("stages.tsv"):
    stages.setdefault(target, []).append([float(x) for x in t])
print("\n`outcomes run` by stage (run-manifest.json, median of the runs).\n")
print("| input rows | ingest s | derive s | analyse s | report s |")
print("|---:|---:|---:|---:|---:|")
for target, rows, _, _ in sizes:
    cols = list(zip(*stages[target]))
    print(f"| {int(rows):,} | " + " | ".join(f"{statistics.median(c):.1f}" for c in cols) + " |")
PY
