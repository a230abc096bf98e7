#!/usr/bin/env bash
# Benchmark: a patient with 5,000 timeline events (reading alerts and messages, with a case and
# its notes and referrals) and the first page of the patient 360° timeline over the API. Not a
# test: rerun it by hand and compare. Target on one developer machine: GET
# /patients/{id}/timeline (first page) p95 <= 100 ms.
#
# Needs a running Salus with the demo data (ear/salus.sh start + deploy; H2 or MariaDB), curl and
# awk. Usage:
#   [REQUESTS=300] [ALERTS=1000] [MESSAGES=3900] bash ear/bench/timeline.sh [base-url]
# Everything goes through the API, so nothing of the demo is touched: it registers a fresh
# patient, the front desk (desk.jones) makes dr.chen their GP, dr.chen sets ranges for four reading
# types and the patient enters readings in and out of them by turns (each step out raises an
# alert), writes MESSAGES messages to the care team in ten threads, and cm.smith opens a case with notes and a
# referral. Then it measures the first page as the GP (every kind), the GP filtered to one kind,
# and the case manager, and a page deep in the timeline (after 100 pages) as the GP.
set -euo pipefail
base=${1:-http://127.0.0.1:${SALUS_HTTP_PORT:-8080}/salus/api/v1}
requests=${REQUESTS:-300}
alerts=${ALERTS:-1000}
messages=${MESSAGES:-3900}
demo='Salus-demo-1'
password='Bench-mark-passphrase-42'
run=$(date +%s%N | tail -c 7)
user="bench-tl-$run"
source "$(dirname "$0")/stats.sh"

json() { curl -fsS -H 'Content-Type: application/json' "$@"; }
field() { sed -E "s/.*\"$1\":([0-9]+).*/\1/"; }

patient=$(json -d "{\"username\":\"$user\",\"password\":\"$password\",\"email\":\"$user@example.org\",\"fullName\":\"Bench Timeline $run\",\"birthDate\":\"1948-07-01\"}" \
  "$base/auth/register" | field patientId)
chen=$(curl -fsS -u "desk.jones:$demo" "$base/practitioners?size=200" \
  | grep -oE '\{[^{}]*"username":"dr\.chen"[^{}]*\}' | field id)
json -o /dev/null -u "desk.jones:$demo" -d "{\"practitionerId\":$chen,\"kind\":\"GENERAL_PRACTITIONER\"}" \
  "$base/patients/$patient/care-team"
echo "Patient $user (id $patient), GP dr.chen (practitioner $chen)"

# Four reading types side by side (each its own excursions: in range, out, in...), then ten
# threads side by side: each loop keeps its own order, the loops run in parallel.
types=("HEART_RATE|/min|50|100|72|131" "BLOOD_GLUCOSE|mmol/L|4|10|6.1|14.2"
  "WEIGHT|kg|50|90|78|96" "BLOOD_PRESSURE_SYSTOLIC|mmHg|90|140|125|165")
for t in "${types[@]}"; do
  IFS='|' read -r type _ low high _ _ <<<"$t"
  json -o /dev/null -X PUT -u "dr.chen:$demo" -d "{\"low\":$low,\"high\":$high}" \
    "$base/patients/$patient/thresholds/$type"
done
echo -n "Entering $((2 * alerts)) readings ($alerts alerts)... "
t0=$(date +%s)
start=$(date -u -d '-300 days' +%s)
per_type=$((2 * alerts / ${#types[@]}))
step=$(((299 * 86400) / per_type))
for t in "${types[@]}"; do
  IFS='|' read -r type unit _ _ in out <<<"$t"
  for i in $(seq 0 $((per_type - 1))); do
    at=$(date -u -d "@$((start + i * step))" +%Y-%m-%dT%H:%M:%SZ)
    value=$( ((i % 2 == 0)) && echo "$in" || echo "$out")
    json -o /dev/null -u "$user:$password" \
      -d "{\"type\":\"$type\",\"value\":$value,\"unit\":\"$unit\",\"takenAt\":\"$at\"}" "$base/me/readings"
  done &
done
wait
echo "$(($(date +%s) - t0)) s"

echo -n "Writing $messages messages in ten threads... "
t0=$(date +%s)
for t in $(seq 0 9); do
  (
    thread=$(json -u "$user:$password" \
      -d "{\"toTeam\":\"CARE_TEAM\",\"subject\":\"Question $t\",\"body\":\"First message of thread $t\"}" \
      "$base/threads" | field id)
    for i in $(seq 2 $((messages / 10))); do
      json -o /dev/null -u "$user:$password" -d "{\"body\":\"Message $i about my tablets\"}" \
        "$base/threads/$thread/messages"
    done
  ) &
done
wait
echo "$(($(date +%s) - t0)) s"

case_id=$(json -u "cm.smith:$demo" \
  -d "{\"patientId\":$patient,\"programme\":\"CHRONIC_CARE\",\"summary\":\"Benchmark case\"}" "$base/cases" | field id)
for i in $(seq 1 40); do
  json -o /dev/null -u "cm.smith:$demo" -d "{\"text\":\"Note $i\",\"visibility\":\"$( ((i % 2)) && echo SHARED || echo INTERNAL)\"}" \
    "$base/cases/$case_id/notes"
done
for i in $(seq 1 9); do
  json -o /dev/null -u "cm.smith:$demo" -d "{\"toService\":\"Service $i\",\"reason\":\"Benchmark\"}" \
    "$base/cases/$case_id/referrals"
done
echo "Seeded: about $((alerts + messages + 50)) events"

measure() { # who password query label
  local timings
  timings=$(mktemp)
  for _ in $(seq 1 30); do # warm-up, not counted
    curl -fsS -o /dev/null -u "$1:$2" "$base/patients/$patient/timeline$3"
  done
  for _ in $(seq 1 "$requests"); do
    curl -fsS -o /dev/null -w '%{time_total}\n' -u "$1:$2" "$base/patients/$patient/timeline$3" >>"$timings"
  done
  echo -n "$4: "
  stats <"$timings"
  rm -f "$timings"
}

# A cursor 100 pages (2,000 events) down, found by following next.
deep=''
for _ in $(seq 1 100); do
  deep=$(curl -fsS -u "dr.chen:$demo" "$base/patients/$patient/timeline${deep:+?after=$deep}" \
    | sed -E 's/.*"next":"([^"]*)".*/\1/')
done

measure dr.chen "$demo" "" "GP, first page, every kind         "
measure dr.chen "$demo" "?kind=READING_ALERT" "GP, first page, READING_ALERT      "
measure cm.smith "$demo" "" "case manager, first page           "
measure dr.chen "$demo" "?after=$deep" "GP, page 101 (after 2,000 events)  "
