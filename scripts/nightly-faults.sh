#!/usr/bin/env bash
# Fault tests of `outcomes nightly` (docs/operations.md), run by CI (.ci/run):
#  1. SIGKILL at six points of a nightly run (ingest, derive, analyze, report, just before and just
#     after the switch of `current`): `current` stays readable and unchanged (after the switch: the
#     new complete snapshot), and the next run publishes exactly what an uninterrupted run did;
#  2. two nightly runs started together: one publishes, the other exits 4;
#  3. a read-only warehouse and a full one (file size limit): exit 1, a clear error, `current`
#     unchanged;
#  4. SIGKILL of `run --output DIR` while it writes: DIR keeps the previous complete run.
# Every process is started in its own process group and killed with it; every wait is bounded.
# The kill points use the test hook OUTCOMES_FAULT_PAUSE_AT (the run prints a marker and sleeps).
# Usage: scripts/nightly-faults.sh [SECTION...]   sections: kill concurrent readonly full run (default:
# all). Needs python3; about 15-20 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
WORK="$(mktemp -d)"
GROUPS_STARTED=()
MOUNTED=""
cleanup() {
  for g in "${GROUPS_STARTED[@]}"; do kill -9 -- "-$g" 2>/dev/null || true; done
  if [[ -n "$MOUNTED" ]]; then umount "$MOUNTED" 2>/dev/null || true; fi
  chmod -R u+w "$WORK" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 143' TERM INT # a wait is interrupted, then cleanup kills every process group started
SECTIONS=" ${*:-kill concurrent readonly full run} "
want() { [[ "$SECTIONS" == *" $1 "* ]]; }
WAIT_SECONDS=300 # longest wait for a run to reach a point
RUN_SECONDS=600  # longest a whole run may take

fail() { echo "FAULT TEST FAILED: $*" >&2; exit 1; }
ok() { echo "  ok: $*"; }

"$ROOT/bin/outcomes" --version >/dev/null # builds the jar once, outside the tests

LANDING="$WORK/landing"
WH="$WORK/warehouse"
"$ROOT/bin/outcomes" generate --output "$LANDING/F1" --study-id F1 --subjects 8 --seed 1 >/dev/null
"$ROOT/bin/outcomes" generate --output "$WORK/extra/F2" --study-id F2 --subjects 4 --seed 2 >/dev/null

bounded() { # bounded ERRFILE CMD...: CMD in its own process group, time-limited; returns its exit code
  local err="$1" code=0 p
  shift
  setsid timeout "$RUN_SECONDS" "$@" 2>"$err" &
  p=$!
  GROUPS_STARTED+=("$p")
  wait "$p" || code=$?
  return "$code"
}
nightly() { # runs one nightly to the end (stderr in last.err); returns its exit code
  bounded "$WORK/last.err" "$ROOT/bin/outcomes" nightly --input "$LANDING" --output "$WH" --quiet
}
current() { readlink "$WH/current"; }
fingerprint() { # checksum of everything current shows
  (cd "$WH/current/" && find . -type f ! -name '.*' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
}
last_status() { tail -n 1 "$WH/history.jsonl" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])'; }
landing_state() { # L0: study F1 only; L1: F1 and F2
  if [[ "$1" == L1 ]]; then cp -r "$WORK/extra/F2" "$LANDING/"; else rm -rf "$LANDING/F2"; fi
}
change_landing() { # makes the landing zone differ from what current shows
  if [[ "$pub" == L1 ]]; then state=L0; else state=L1; fi
  landing_state "$state"
}
same_numbers() { # same_numbers DIR_A DIR_B: report CSVs byte-identical, JSON equal apart from changes
  local a="$1/reports" b="$2/reports"
  for f in "$b"/*.csv; do cmp -s "$f" "$a/$(basename "$f")" || fail "$(basename "$f") differs"; done
  python3 - "$a" "$b" <<'PY' || fail "summary.json or quality.json differ"
import json, sys
def load(d, f):
    j = json.load(open(f"{d}/{f}"))
    q = j.get("quality", j)
    for k in ("changes", "changes_since_last_run"):
        q.pop(k, None)
        j.pop(k, None)
    return j
for f in ("summary.json", "quality.json"):
    assert load(sys.argv[1], f) == load(sys.argv[2], f), f
PY
}

echo "== reference nights (uninterrupted)"
nightly || fail "first nightly exit $?: $(cat "$WORK/last.err")"
cp -r "$WH/current/" "$WORK/ref-L0"
landing_state L1
nightly || fail "second nightly exit $?: $(cat "$WORK/last.err")"
cp -r "$WH/current/" "$WORK/ref-L1"
state=L1
pub=L1
ok "two snapshots published, $(ls "$WH/snapshots" | wc -l) kept"

if want kill; then
echo "== SIGKILL at each point of a nightly run"
for point in ingest derive analyze report before-switch after-switch; do
  change_landing
  before_link="$(current)"
  before_sum="$(fingerprint)"
  OUTCOMES_FAULT_PAUSE_AT="$point" setsid "$ROOT/bin/outcomes" nightly --input "$LANDING" \
    --output "$WH" --quiet 2>"$WORK/paused.err" &
  pid=$!
  GROUPS_STARTED+=("$pid")
  for ((i = 0; i < WAIT_SECONDS; i++)); do
    grep -q "outcomes-fault-pause: $point" "$WORK/paused.err" && break
    kill -0 "$pid" 2>/dev/null || fail "run ended before $point: $(cat "$WORK/paused.err")"
    sleep 1
  done
  grep -q "outcomes-fault-pause: $point" "$WORK/paused.err" || fail "run never reached $point"
  kill -9 -- "-$pid"
  wait "$pid" 2>/dev/null || true
  test -f "$WH/current/reports/report.html" || fail "current unreadable after a kill at $point"
  if [[ "$point" == after-switch ]]; then
    [[ "$(current)" != "$before_link" ]] || fail "after-switch: current was not switched"
    same_numbers "$WH/current" "$WORK/ref-$state"
    ok "killed just after the switch: current shows the new complete snapshot"
  else
    [[ "$(current)" == "$before_link" ]] || fail "$point: current changed to $(current)"
    [[ "$(fingerprint)" == "$before_sum" ]] || fail "$point: the files of current changed"
    ok "killed at $point: current unchanged"
  fi
  test -f "$WH/.lock" || fail "$point: the killed run left no lock (it should: SIGKILL)"
  nightly || fail "run after a kill at $point exit $?: $(cat "$WORK/last.err")"
  [[ ! -e "$WH/.lock" ]] || fail "the lock was not released"
  [[ -z "$(ls -A "$WH/staging")" ]] || fail "staging not cleaned after a kill at $point"
  if [[ "$point" == after-switch ]]; then
    [[ "$(last_status)" == unchanged ]] || fail "after-switch: next run was $(last_status)"
    grep -q '"message":"recorded late' "$WH/history.jsonl" || fail "late publish not recorded"
  else
    [[ "$(last_status)" == published ]] || fail "$point: next run was $(last_status)"
  fi
  grep -q '"lock_takeover"' "$WH/history.jsonl" || fail "stale lock takeover not in history"
  same_numbers "$WH/current" "$WORK/ref-$state"
  pub="$state"
  ok "next run after $point: took the stale lock over, published what an uninterrupted run did"
done
for s in "$WH"/snapshots/*; do
  grep -q "\"snapshot\":\"$(basename "$s")\"" "$WH/history.jsonl" || fail "unpublished snapshot $s kept"
done
ok "no unpublished snapshot left; $(ls "$WH/snapshots" | wc -l) snapshots kept (keep_snapshots 7)"

fi
if want concurrent; then
echo "== two nightly runs started together"
change_landing
setsid timeout "$RUN_SECONDS" "$ROOT/bin/outcomes" nightly --input "$LANDING" --output "$WH" --quiet 2>"$WORK/a.err" &
a=$!
GROUPS_STARTED+=("$a")
setsid timeout "$RUN_SECONDS" "$ROOT/bin/outcomes" nightly --input "$LANDING" --output "$WH" --quiet 2>"$WORK/b.err" &
b=$!
GROUPS_STARTED+=("$b")
code_a=0; wait "$a" || code_a=$?
code_b=0; wait "$b" || code_b=$?
codes="$(printf '%s\n' "$code_a" "$code_b" | sort | tr '\n' ' ')"
[[ "$codes" == "0 4 " ]] || fail "exit codes $codes (expected 0 and 4): $(cat "$WORK/a.err" "$WORK/b.err")"
grep -q "another nightly run holds the warehouse lock" "$WORK/a.err" "$WORK/b.err" || fail "no lock message"
grep -q '"status":"locked","exit_code":4' "$WH/history.jsonl" || fail "no locked line in history"
same_numbers "$WH/current" "$WORK/ref-$state"
pub="$state"
ok "one published, the other exited 4 naming the holder"

fi
if want readonly; then
echo "== read-only warehouse"
# Not root: remove the write permission. Root ignores permissions: a read-only bind mount instead.
readonly_on() {
  if [[ "$(id -u)" != 0 ]]; then chmod -R a-w "$WH"; return 0; fi
  mount --bind "$WH" "$WH" 2>/dev/null || return 1
  MOUNTED="$WH"
  mount -o remount,bind,ro "$WH" 2>/dev/null || { umount "$WH"; MOUNTED=""; return 1; }
}
readonly_off() {
  if [[ -n "$MOUNTED" ]]; then umount "$MOUNTED"; MOUNTED=""; else chmod -R u+w "$WH"; fi
}
change_landing
before_link="$(current)"; before_sum="$(fingerprint)"
if readonly_on; then
  code=0; nightly || code=$?
  readonly_off
  [[ "$code" == 1 ]] || fail "read-only warehouse: exit $code"
  grep -q "cannot take the lock of the warehouse" "$WORK/last.err" || fail "unclear error: $(cat "$WORK/last.err")"
  ! grep -q "^\s*at " "$WORK/last.err" || fail "a stack trace for a read-only warehouse"
  [[ "$(current)" == "$before_link" && "$(fingerprint)" == "$before_sum" ]] || fail "read-only: current changed"
  ok "read-only warehouse: exit 1, '$(grep -o 'cannot take the lock.*' "$WORK/last.err" | head -1 | cut -c1-160)'"
else
  echo "  skipped: running as root without permission to mount read-only (the full-disk test still runs)"
fi

fi
if want full; then
echo "== full warehouse (file size limit: the 4 MB chart library cannot be written)"
change_landing
before_link="$(current)"; before_sum="$(fingerprint)"
code=0
bounded "$WORK/last.err" bash -c 'ulimit -f 2048 && exec "$@"' _ \
  "$ROOT/bin/outcomes" nightly --input "$LANDING" --output "$WH" --quiet || code=$?
[[ "$code" == 1 ]] || fail "full warehouse: exit $code: $(cat "$WORK/last.err")"
grep -q "nothing was published, current still shows" "$WORK/last.err" || fail "unclear error: $(cat "$WORK/last.err")"
! grep -q "^\s*at " "$WORK/last.err" || fail "a stack trace for a full warehouse"
[[ "$(current)" == "$before_link" && "$(fingerprint)" == "$before_sum" ]] || fail "full: current changed"
[[ "$(last_status)" == failed ]] || fail "full: history says $(last_status)"
[[ -z "$(ls -A "$WH/staging")" ]] || fail "full: staging not cleaned"
ok "full warehouse: exit 1, history 'failed', current unchanged"

fi
if want run; then
echo "== SIGKILL of run --output DIR while it writes"
OUT="$WORK/run-out"
bounded /dev/null "$ROOT/bin/outcomes" run --input "$LANDING" --output "$OUT" --quiet || fail "run failed"
out_sum="$(cd "$OUT" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum)"
if [[ "$state" == L1 ]]; then landing_state L0; else landing_state L1; fi
setsid "$ROOT/bin/outcomes" run --input "$LANDING" --output "$OUT" --quiet 2>/dev/null &
pid=$!
GROUPS_STARTED+=("$pid")
for ((i = 0; i < WAIT_SECONDS; i++)); do
  compgen -G "$WORK/.run-out.tmp-*/derived/courses" >/dev/null && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 1
done
compgen -G "$WORK/.run-out.tmp-*/derived/courses" >/dev/null || fail "run never wrote its temporary sibling"
kill -9 -- "-$pid"
wait "$pid" 2>/dev/null || true
[[ "$(cd "$OUT" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum)" == "$out_sum" ]] \
  || fail "a killed run changed its output directory"
ok "killed run left DIR as it was (its hidden temporary sibling can be deleted)"

fi

echo "nightly fault tests passed"
