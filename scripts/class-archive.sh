#!/usr/bin/env bash
# Writes the JVM class archive that bin/outcomes uses to start faster (docs/operations.md, "Faster
# start"): one run of the pipeline on data-samples/ records the classes it loads (Spark's included)
# into jobs/target/outcomes-classes.jsa. Run it again after each build; bin/outcomes ignores an
# archive older than its jar. Takes about a minute; writes nothing else outside a temporary directory.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARCHIVE="$ROOT/jobs/target/outcomes-classes.jsa"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

"$ROOT/bin/outcomes" --version >/dev/null # builds the jar first if it is missing or stale
rm -f "$ARCHIVE"
echo "class-archive: recording the classes of a run on data-samples ..." >&2
OUTCOMES_JAVA_OPTS="-XX:ArchiveClassesAtExit=$WORK/classes.jsa -Xlog:cds*=off -Xlog:class+path=off ${OUTCOMES_JAVA_OPTS:-}" \
  "$ROOT/bin/outcomes" run --input "$ROOT/data-samples" --output "$WORK/out" --quiet
if [[ ! -s "$WORK/classes.jsa" ]]; then
  echo "class-archive: the JVM wrote no archive; bin/outcomes runs as before" >&2
  exit 1
fi
mv "$WORK/classes.jsa" "$ARCHIVE"
echo "class-archive: wrote $ARCHIVE ($(du -m "$ARCHIVE" | cut -f1) MB)" >&2
