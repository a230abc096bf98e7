#!/usr/bin/env bash
# Benchmark: the SQL statements one view of each patient page sends to the database, counted in
# H2's trace. Not a test: a figure to compare before and after a change (it does not depend on the
# machine or its load).
#
# Needs a Salus with the demo data on H2, started with the statement trace on, on this machine:
#   SALUS_DB_URL="jdbc:h2:file:$SALUS_HOME/data/salus;MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=3" \
#     SALUS_DEMO=true bash ear/salus.sh start   (then deploy)
# Usage: bash ear/bench/page-statements.sh TRACE-FILE [base-url]
#   TRACE-FILE is the database's trace, $SALUS_HOME/data/salus.trace.db.
# Signs in as alice; views each page three times (not counted), then once more, and counts the
# statements the trace gained meanwhile: reads (SELECT) and audit entries written (INSERT INTO
# audit_entry). The audit chain's sealer (a timer, not the request) and commits are left out.
set -euo pipefail
source "$(dirname "$0")/sign-in.sh"
trace=${1:?the trace file (salus.trace.db) of the running server}
base=${2:-http://127.0.0.1:${SALUS_HTTP_PORT:-8080}/salus}
[[ -f "$trace" ]] || { echo "no trace at $trace (TRACE_LEVEL_FILE=3 in SALUS_DB_URL?)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cookie=$(sign_in "$base" alice Salus-demo-1 "$work/jar")
for page in /home.xhtml /scheduling/my-appointments.xhtml /prescriptions/medications.xhtml \
  /billing/invoices.xhtml /notification/inbox.xhtml /scheduling/find-practitioner.xhtml; do
  for _ in 1 2 3; do curl -fsS -o /dev/null -H "Cookie: $cookie" "$base$page"; done
  sleep 1
  before=$(wc -l <"$trace")
  curl -fsS -o /dev/null -H "Cookie: $cookie" "$base$page"
  sleep 1
  tail -n +$((before + 1)) "$trace" | grep '/\*SQL' | sed 's/^.*\*\///' |
    grep -v -E 'audit_chain|chain_hash|^COMMIT|^SELECT id, occurred_at' >"$work/sql" || true
  printf '%-38s reads %3d   audit entries written %d\n' "$page" \
    "$(grep -c '^SELECT' "$work/sql" || true)" "$(grep -c '^INSERT INTO audit_entry' "$work/sql" || true)"
done
