#!/usr/bin/env bash
# Benchmark: a case manager with 500 cases and 10,000 tasks, over the API. Not a test: rerun it by
# hand and compare. Target on one developer machine: the caseload dashboard's figures (GET
# /cases/summary) and the first page of "my tasks" (GET /me/tasks) p95 <= 100 ms.
#
# Needs a running Salus with the demo data (ear/salus.sh start + deploy; H2 or MariaDB), curl and
# awk. Usage:
#   [REQUESTS=300] [CASES=500] [TASKS_PER_CASE=20] [LOADERS=8] bash ear/bench/caseload.sh [base-url]
# Everything goes through the API, so nothing of the demo is touched: the admin makes a fresh case
# manager, who opens CASES cases for ten fresh patients (every 10th an NDIS case with a funding plan
# 85 % used, so a budget at risk; every 20th put on hold, every 25th closed), each with
# TASKS_PER_CASE tasks assigned to themselves (a quarter of them overdue, the rest due over the next
# months, a few without a due date) and a review due in a week on every 5th chronic-care case. Then it
# measures, with HTTP Basic answered from the credential cache, the dashboard's figures and the
# first page of "my tasks" as that case manager. Loading goes through the API (10,500 requests):
# about 25 minutes on a 2-core machine busy with other builds; LOADERS runs that many side by side.
set -euo pipefail
base=${1:-http://127.0.0.1:${SALUS_HTTP_PORT:-8080}/salus/api/v1}
requests=${REQUESTS:-300}
cases=${CASES:-500}
per_case=${TASKS_PER_CASE:-20}
loaders=${LOADERS:-8}
demo='Salus-demo-1'
password='Bench-mark-passphrase-42'
run=$(date +%s%N | tail -c 7)
manager="bench-cm-$run"
source "$(dirname "$0")/stats.sh"

json() { curl -fsS -H 'Content-Type: application/json' "$@"; }
field() { sed -E "s/.*\"$1\":([0-9]+).*/\1/"; }
created() { curl -fsS -o /dev/null -D - -H 'Content-Type: application/json' "$@" \
  | tr -d '\r' | sed -nE 's#^[Ll]ocation: .*/([0-9]+)$#\1#p'; } # the id in the Location
day() { date -u -d "$1 days" +%Y-%m-%d; }

json -o /dev/null -u "admin:$demo" \
  -d "{\"username\":\"$manager\",\"fullName\":\"Bench Case Manager $run\",\"email\":\"$manager@example.org\",\"initialPassword\":\"$password\",\"roles\":[\"CASE_MANAGER\"]}" \
  "$base/admin/accounts"
patients=()
for p in $(seq 0 9); do
  patients+=("$(json -d "{\"username\":\"bench-cl-$run-$p\",\"password\":\"$password\",\"email\":\"bench-cl-$run-$p@example.org\",\"fullName\":\"Bench Caseload $run $p\",\"birthDate\":\"1950-0$((p % 9 + 1))-11\"}" \
    "$base/auth/register" | field patientId)")
done
echo "Case manager $manager, patients ${patients[*]}"

one_case() { # number
  local n=$1 programme=CHRONIC_CARE id category
  ((n % 10 == 0)) && programme=NDIS
  id=$(created -u "$manager:$password" \
    -d "{\"patientId\":${patients[$((n % 10))]},\"programme\":\"$programme\",\"summary\":\"Bench case $n\"}" \
    "$base/cases" | field id)
  for t in $(seq 1 "$per_case"); do
    local due
    if ((t % 4 == 0)); then due="\"$(day "-$((t % 30 + 1))")\""
    elif ((t % 7 == 0)); then due=null
    else due="\"$(day "+$((t * 3 + n % 60))")\""; fi
    json -o /dev/null -u "$manager:$password" \
      -d "{\"title\":\"Task $t of case $n\",\"dueDate\":$due,\"assigneeUsername\":\"$manager\"}" \
      "$base/cases/$id/tasks"
  done
  if [[ $programme == NDIS ]]; then
    category=$(json -u "$manager:$password" \
      -d "{\"startsOn\":\"$(day -30)\",\"endsOn\":\"$(day +300)\",\"categories\":[{\"name\":\"Core supports\",\"budget\":1000.00},{\"name\":\"Capital\",\"budget\":500.00}]}" \
      "$base/cases/$id/funding-plan" | grep -oE '\{[^{}]*"name":"Core supports"[^{}]*\}' | field id)
    json -o /dev/null -u "$manager:$password" \
      -d "{\"categoryId\":$category,\"deliveredOn\":\"$(day 0)\",\"description\":\"Support worker\",\"amount\":850.00,\"provider\":\"Able Care\"}" \
      "$base/cases/$id/funding-plan/deliveries"
  elif ((n % 5 == 0)); then
    json -o /dev/null -u "$manager:$password" -d "{\"dueOn\":\"$(day +7)\"}" "$base/cases/$id/reviews"
  fi
  if ((n % 25 == 0)); then
    json -o /dev/null -u "$manager:$password" -d '{"outcome":"Benchmark closing"}' "$base/cases/$id/close"
  elif ((n % 20 == 0)); then
    json -o /dev/null -u "$manager:$password" -d '{"reason":"Benchmark hold"}' "$base/cases/$id/hold"
  fi
}

echo -n "Opening $cases cases with $((cases * per_case)) tasks ($loaders loaders)... "
t0=$(date +%s)
for l in $(seq 0 $((loaders - 1))); do
  (for n in $(seq "$l" "$loaders" $((cases - 1))); do one_case "$n"; done) &
done
wait
echo "$(($(date +%s) - t0)) s"
curl -fsS -u "$manager:$password" "$base/cases/summary"
echo

measure() { # path label
  local timings
  timings=$(mktemp)
  for _ in $(seq 1 30); do # warm-up, not counted
    curl -fsS -o /dev/null -u "$manager:$password" "$base$1"
  done
  for _ in $(seq 1 "$requests"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -u "$manager:$password" "$base$1" >>"$timings"
  done
  echo -n "$2: "
  stats <"$timings"
  rm -f "$timings"
}

echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
measure /cases/summary "caseload dashboard (GET /cases/summary)"
measure /me/tasks "my tasks, first page (GET /me/tasks) "
measure "/cases?size=20" "caseload, first page (GET /cases)     "
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg)"
