#!/usr/bin/env bash
# Benchmark: free-slot search and booking over the API with 1,000 practitioners and 1,000,000
# slots. Not a test: rerun it by hand and compare. Targets on one developer machine: search p95
# <= 50 ms, booking p95 <= 100 ms.
#
# Needs a running Salus on MySQL/MariaDB (ear/salus.sh start with SALUS_DB_URL=jdbc:mysql://...)
# and the mysql or mariadb client. Usage:
#   DB=salus [DB_HOST=127.0.0.1 DB_USER=root DB_PASSWORD=] bash ear/bench/scheduling.sh [base-url] [requests]
# The load is bulk SQL (INSERT ... SELECT over a numbers table), once per database: 1,000 disabled
# accounts bench-prac-N with a practitioner each, and 1,000 slots of 30 minutes per practitioner
# from tomorrow on (modes in turn). No demo data is touched. Then it registers one fresh patient and
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

digits='(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
  UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)'
numbers="(SELECT a.d + 10 * b.d + 100 * c.d AS n FROM $digits a, $digits b, $digits c)"

if [[ $(sql "SELECT COUNT(*) FROM user_account WHERE username LIKE 'bench-prac-%'") -lt 1000 ]]; then
  echo "Loading 1,000 practitioners and 1,000,000 slots..."
  started=$(date +%s)
  sql "INSERT INTO user_account (username, password_hash, email, full_name, preferred_language,
         time_zone, enabled, failed_logins, created_at, version)
       SELECT CONCAT('bench-prac-', n), 'no-sign-in', CONCAT('bench-prac-', n, '@example.org'),
         CONCAT('Bench Practitioner ', n), 'en-AU', 'Australia/Sydney', FALSE, 0, UTC_TIMESTAMP(6), 0
       FROM $numbers nums"
  sql "INSERT INTO account_role (account_id, role)
       SELECT id, 'CLINICIAN' FROM user_account WHERE username LIKE 'bench-prac-%'"
  sql "INSERT INTO practitioner (account_id, profession, specialty, site_id, biography, version)
       SELECT a.id, 'Benchmark', 'Benchmarking', (SELECT MIN(id) FROM site), NULL, 0
       FROM user_account a WHERE a.username LIKE 'bench-prac-%'"
  sql "INSERT INTO slot (practitioner_id, site_id, start_at, end_at, mode, version)
       SELECT p.id, p.site_id,
         TIMESTAMP(UTC_DATE() + INTERVAL 1 DAY) + INTERVAL (nums.n * 30) MINUTE,
         TIMESTAMP(UTC_DATE() + INTERVAL 1 DAY) + INTERVAL (nums.n * 30 + 30) MINUTE,
         ELT(1 + nums.n MOD 3, 'IN_PERSON', 'VIDEO', 'PHONE'), 0
       FROM practitioner p JOIN user_account a ON a.id = p.account_id CROSS JOIN $numbers nums
       WHERE a.username LIKE 'bench-prac-%'"
  echo "Loaded in $(($(date +%s) - started)) s."
fi
echo "Slots in the database: $(sql 'SELECT COUNT(*) FROM slot')"

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
