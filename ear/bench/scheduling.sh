#!/usr/bin/env bash
# Benchmark: free-slot search and booking over the API with 1,000 practitioners and 1,000,000
# slots. Not a test: rerun it by hand and compare. Targets on one developer machine: search p95
# <= 50 ms, booking p95 <= 100 ms.
#
# Needs a running Salus on MySQL/MariaDB (ear/salus.sh start with SALUS_DB_URL=jdbc:mysql://...)
# and the mysql or mariadb client. Usage:
#   DB=salus [DB_HOST=127.0.0.1 DB_USER=root DB_PASSWORD=] bash ear/bench/scheduling.sh [base-url] [requests]
# The load is bulk SQL, once per database (scheduling-data.sh: 1,000 disabled practitioners with
# 1,000 slots each from tomorrow on; no demo data is touched). Then it registers one fresh patient and
# measures, with HTTP Basic answered from the credential cache:
#   - GET /slots for one practitioner over 14 days (size 50), random practitioners;
#   - GET /slots over 7 days for everyone (size 100, the busiest query);
#   - POST /appointments of random free bench slots.
set -euo pipefail
base=${1:-http://127.0.0.1:${SALUS_HTTP_PORT:-8080}/salus/api/v1}
requests=${2:-300}
db=${DB:?set DB to the database name of the running server}
client=$(command -v mariadb || command -v mysql)
sql() { "$client" -h"${DB_HOST:-127.0.0.1}" -u"${DB_USER:-root}" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -N -B "$db" -e "$1"; }
password='Bench-mark-passphrase-42'
run=$(date +%s%N | tail -c 7)

source "$(dirname "$0")/stats.sh"
source "$(dirname "$0")/scheduling-data.sh"

load_scheduling_data

mapfile -t practitioners < <(sql "SELECT p.id FROM practitioner p JOIN user_account a
  ON a.id = p.account_id WHERE a.username LIKE 'bench-prac-%'")
user="bench-pat-$run"
curl -fsS -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"$password\",\"email\":\"$user@example.org\",\"fullName\":\"Bench Patient $run\",\"birthDate\":\"1970-01-01\"}" \
  "$base/auth/register"
# Warm the credential cache, the connection pool and the JIT; not measured.
for _ in $(seq 1 30); do
  curl -fsS -o /dev/null -u "$user:$password" "$base/slots?practitionerId=${practitioners[0]}&size=50"
done

from=$(date -u +%Y-%m-%dT%H:%M:%SZ)
to14=$(date -u -d '+14 days' +%Y-%m-%dT%H:%M:%SZ)
to7=$(date -u -d '+7 days' +%Y-%m-%dT%H:%M:%SZ)

echo -n "Search, one practitioner, 14 days, size 50: "
for _ in $(seq 1 "$requests"); do
  p=${practitioners[RANDOM % ${#practitioners[@]}]}
  curl -fsS -o /dev/null -w '%{time_total}\n' -u "$user:$password" \
    "$base/slots?practitionerId=$p&from=$from&to=$to14&size=50"
done | stats

echo -n "Search, everyone, 7 days, size 100:          "
for _ in $(seq 1 "$requests"); do
  curl -fsS -o /dev/null -w '%{time_total}\n' -u "$user:$password" \
    "$base/slots?from=$from&to=$to7&size=100"
done | stats

mapfile -t slots < <(sql "SELECT s.id FROM slot s WHERE s.start_at > UTC_TIMESTAMP()
  AND s.practitioner_id IN (SELECT p.id FROM practitioner p JOIN user_account a
    ON a.id = p.account_id WHERE a.username LIKE 'bench-prac-%')
  AND NOT EXISTS (SELECT 1 FROM slot_booking b WHERE b.slot_id = s.id)
  ORDER BY RAND() LIMIT $requests")
echo -n "Booking (POST /appointments, free slots):    "
for s in "${slots[@]}"; do
  curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' -u "$user:$password" \
    -H 'Content-Type: application/json' -d "{\"slotId\":$s,\"reason\":\"Benchmark\"}" \
    "$base/appointments"
done | awk '$1 != 201 { bad++ } { print $2 } END { if (bad) print "non-201 answers: " bad > "/dev/stderr" }' | stats
