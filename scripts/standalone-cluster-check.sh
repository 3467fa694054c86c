#!/usr/bin/env bash
# Submits the shaded jar to a real Spark standalone cluster (a master and two workers on loopback,
# one core and one executor each), built from the Maven Central jars alone, runs the pipeline on
# data-samples/ with an executor on each worker, and checks that the report tables are
# byte-identical to those of a local run. Usage: scripts/standalone-cluster-check.sh [LOCAL_OUTPUT]
# (LOCAL_OUTPUT: a bin/outcomes run output of data-samples to compare with; made if absent).
# Bounded: the submit has 900 s; every process it starts is stopped and its folder removed on exit.
# Builds with `mvn package` (the shaded jar in jobs/target), never install.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
WORK="$(mktemp -d)"
SPARK_DIR="$WORK/spark"
LOCAL_OUT="${1:-$WORK/local-out}"
PIDS=()
cleanup() {
  local rc=$?
  for p in "${PIDS[@]:-}"; do [[ -n "$p" ]] && kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]:-}"; do # at most 30 s each to stop, then killed
    for _ in $(seq 1 30); do kill -0 "$p" 2>/dev/null || break; sleep 1; done
    kill -9 "$p" 2>/dev/null || true
  done
  if ((rc != 0)); then
    for f in "$WORK"/master.log "$WORK"/worker-*.log; do
      [[ -f "$f" ]] && { echo "== tail of $f"; tail -n 40 "$f"; }
    done
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

mvn -B -q -Dstyle.color=never -DskipTests -Dspotless.check.skip=true package
SHADED="$(ls "$ROOT"/jobs/target/outcomes-jobs-*-shaded.jar)"
JVM_OPTS="$(sed -n 's/^jvm.options=//p' "$ROOT/jobs/target/classes/org/infusionoutcomes/jobs/build.properties")"

# A Spark "distribution": Spark's own jars (the project's provided dependencies) and a RELEASE file.
mkdir -p "$SPARK_DIR/jars"
mvn -B -q -Dstyle.color=never -f scripts/spark-distribution/pom.xml dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$SPARK_DIR/jars"
echo "Spark 4.1.1 (Maven Central jars)" > "$SPARK_DIR/RELEASE"
export SPARK_HOME="$SPARK_DIR" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
export SPARK_WORKER_DIR="$WORK/worker" SPARK_LOG_DIR="$WORK/logs"
mkdir -p "$SPARK_WORKER_DIR" "$SPARK_LOG_DIR"
CP="$SPARK_DIR/jars/*"

# shellcheck disable=SC2086
java $JVM_OPTS -cp "$CP" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 7077 --webui-port 18080 \
  > "$WORK/master.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 60); do grep -q "I have been elected leader" "$WORK/master.log" && break; sleep 1; done
grep -q "I have been elected leader" "$WORK/master.log" || { echo "the master did not start" >&2; exit 1; }
# Two workers, one core each: the run's tasks and shuffles cross executors in two JVMs.
for w in 1 2; do
  mkdir -p "$SPARK_WORKER_DIR/$w"
  # shellcheck disable=SC2086
  java $JVM_OPTS -cp "$CP" org.apache.spark.deploy.worker.Worker spark://127.0.0.1:7077 --host 127.0.0.1 \
    --cores 1 --memory 2g --webui-port $((18080 + w)) --work-dir "$SPARK_WORKER_DIR/$w" \
    > "$WORK/worker-$w.log" 2>&1 &
  PIDS+=($!)
done
for w in 1 2; do
  for _ in $(seq 1 60); do grep -q "Successfully registered with master" "$WORK/worker-$w.log" && break; sleep 1; done
  grep -q "Successfully registered with master" "$WORK/worker-$w.log" || { echo "worker $w did not register" >&2; exit 1; }
done

echo "== spark-submit to spark://127.0.0.1:7077"
CLUSTER_OUT="$WORK/cluster-out"
# shellcheck disable=SC2086
timeout 900 java $JVM_OPTS -cp "$CP" org.apache.spark.deploy.SparkSubmit \
  --master spark://127.0.0.1:7077 --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
  --conf spark.executor.memory=1g --conf spark.executor.cores=1 --conf spark.cores.max=2 \
  --class org.infusionoutcomes.jobs.cli.OutcomesCli "$SHADED" \
  run --input "$ROOT/data-samples" --output "$CLUSTER_OUT" --quiet
grep -q '"spark_master" : "spark://127.0.0.1:7077"' "$CLUSTER_OUT/run-manifest.json"
# Each worker ran an executor of the application.
for w in 1 2; do
  grep -q "Asked to launch executor" "$WORK/worker-$w.log" || { echo "worker $w ran no executor" >&2; exit 1; }
done

if [[ ! -d "$LOCAL_OUT/reports" ]]; then
  bin/outcomes run --input data-samples --output "$LOCAL_OUT" --quiet
fi
for f in response_remission.csv durability_summary.csv durability_km.csv time_to_response_summary.csv time_to_remission_summary.csv subgroups.csv agreement.csv logrank.csv trajectory.csv; do
  cmp "$LOCAL_OUT/reports/$f" "$CLUSTER_OUT/reports/$f"
done
echo "standalone cluster run (two workers): report tables identical to the local run"
