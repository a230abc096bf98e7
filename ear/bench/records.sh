#!/usr/bin/env bash
# Benchmark: a patient with five years of data (1,000 results, 100 documents, 2,000 audit entries)
# and the record summary over the API. Not a test: rerun it by hand and compare. Targets on one
# developer machine: GET /patients/{id}/record p95 <= 150 ms, and auditing adds no more than 20 %
# to the cost of that read.
#
# Needs a running Salus with the demo data (ear/salus.sh run, or start + deploy; H2 or MariaDB),
# curl and awk. Usage:
#   [REQUESTS=300] [OBSERVATIONS=1000] [DOCUMENTS=100] [AUDIT=2000] bash ear/bench/records.sh [base-url]
# Everything goes through the API, so nothing of the demo is touched: it registers a fresh patient,
# the front desk (desk.jones) makes dr.chen their GP, dr.chen enters the results (ten tests, one
# every ~two days over five years, some out of range) and uploads the documents (small PDFs), the
# patient reads their record until the trail holds AUDIT entries about them. Then it measures the
# record as the patient and as the GP. The audit share comes from each answer's Server-Timing
# header (app: the whole request on the server; audit: its writes of the trail, commit included):
# overhead = sum(audit) / sum(app - audit).
set -euo pipefail
base=${1:-http://127.0.0.1:${SALUS_HTTP_PORT:-8080}/salus/api/v1}
requests=${REQUESTS:-300}
observations=${OBSERVATIONS:-1000}
documents=${DOCUMENTS:-100}
audit_entries=${AUDIT:-2000}
demo='Salus-demo-1'
password='Bench-mark-passphrase-42'
run=$(date +%s%N | tail -c 7)
user="bench-rec-$run"
source "$(dirname "$0")/stats.sh"

json() { curl -fsS -H 'Content-Type: application/json' "$@"; }
field() { sed -E "s/.*\"$1\":([0-9]+).*/\1/"; }

patient=$(json -d "{\"username\":\"$user\",\"password\":\"$password\",\"email\":\"$user@example.org\",\"fullName\":\"Bench Record $run\",\"birthDate\":\"1950-03-04\"}" \
  "$base/auth/register" | field patientId)
chen=$(curl -fsS -u "desk.jones:$demo" "$base/practitioners?size=200" \
  | grep -oE '\{[^{}]*"username":"dr\.chen"[^{}]*\}' | field id)
json -o /dev/null -u "desk.jones:$demo" -d "{\"practitionerId\":$chen,\"kind\":\"GENERAL_PRACTITIONER\"}" \
  "$base/patients/$patient/care-team"
echo "Patient $user (id $patient), GP dr.chen (practitioner $chen)"

# Ten tests with their units and reference ranges; values wander around the range.
tests=("HbA1c|%|4.0|6.0|6.8" "LDL cholesterol|mmol/L|0|3.0|2.9" "eGFR|mL/min/1.73m2|60|120|71"
  "Potassium|mmol/L|3.5|5.2|4.4" "Sodium|mmol/L|135|145|139" "Haemoglobin|g/L|115|165|128"
  "TSH|mIU/L|0.4|4.0|2.1" "Creatinine|umol/L|45|90|82" "Fasting glucose|mmol/L|3.9|5.5|6.9"
  "Urine albumin/creatinine ratio|mg/mmol|0|2.5|2.2")
start=$(date -u -d '-5 years' +%s)
step=$(((5 * 365 * 86400) / observations))
echo -n "Entering $observations results... "
t0=$(date +%s)
for i in $(seq 0 $((observations - 1))); do
  IFS='|' read -r name unit low high typical <<<"${tests[i % ${#tests[@]}]}"
  value=$(awk -v t="$typical" -v i="$i" 'BEGIN { srand(i); printf "%.1f", t * (0.85 + rand() * 0.3) }')
  at=$(date -u -d "@$((start + i * step))" +%Y-%m-%dT%H:%M:%SZ)
  json -o /dev/null -u "dr.chen:$demo" \
    -d "{\"name\":\"$name\",\"value\":$value,\"unit\":\"$unit\",\"rangeLow\":$low,\"rangeHigh\":$high,\"effectiveAt\":\"$at\"}" \
    "$base/patients/$patient/observations"
done
echo "$(($(date +%s) - t0)) s"

echo -n "Uploading $documents documents... "
t0=$(date +%s)
kinds=(LETTER DISCHARGE_SUMMARY REFERRAL REPORT OTHER)
pdf=$(mktemp)
trap 'rm -f "$pdf"' EXIT
for i in $(seq 1 "$documents"); do
  # A one-page PDF, small and valid: the server checks the type from the bytes.
  printf '%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%% document %d\n%%%%EOF\n' "$i" >"$pdf"
  curl -fsS -o /dev/null -u "dr.chen:$demo" -H 'Content-Type: application/pdf' --data-binary "@$pdf" \
    "$base/patients/$patient/documents?title=Clinic+letter+$i&kind=${kinds[i % ${#kinds[@]}]}"
done
echo "$(($(date +%s) - t0)) s"

# The patient's own reads fill the trail (each read of the record writes entries about them).
have=0
echo -n "Reading until the trail holds $audit_entries entries about the patient... "
while ((have < audit_entries)); do
  for _ in $(seq 1 100); do
    curl -fsS -o /dev/null -u "$user:$password" "$base/patients/$patient/observations?size=5"
  done
  have=$(curl -fsS -D - -o /dev/null -u "admin:$demo" "$base/admin/audit?patientId=$patient&size=1" \
    | tr -d '\r' | awk -F': ' 'tolower($1) == "x-total-count" { print $2 }')
  have=${have:-0}
done
echo "$have"

measure() { # who password label
  local timings
  timings=$(mktemp)
  for _ in $(seq 1 30); do # warm-up, not counted
    curl -fsS -o /dev/null -u "$1:$2" "$base/patients/$patient/record"
  done
  for _ in $(seq 1 "$requests"); do
    curl -fsS -o /dev/null -D - -w 'total %{time_total}\n' -u "$1:$2" "$base/patients/$patient/record" \
      | tr -d '\r' | grep -iE '^(server-timing|total)' >>"$timings"
  done
  echo -n "$3 GET /record: "
  awk '/^total/ { print $2 }' "$timings" | stats
  grep -i '^server-timing' "$timings" | sed -E 's/.*app;dur=([0-9.]+), audit;dur=([0-9.]+);desc="([0-9]+).*/\1 \2 \3/' \
    | awk -v who="$3" '{ app += $1; audit += $2; writes += $3 } END {
        printf "%s auditing: %.2f ms of %.2f ms per read on the server (%d writes per read), +%.1f %% over the read without it\n",
          who, audit / NR, app / NR, writes / NR, 100 * audit / (app - audit) }'
  rm -f "$timings"
}
measure "$user" "$password" "patient"
measure dr.chen "$demo" "GP     "
