#!/usr/bin/env bash
# Drill: the database goes away under load, twice, and Salus must cope. Not part of the test suite
# (it takes about three minutes and a MariaDB of its own); rerun it by hand after changing the pool,
# the timeouts or the error mapping. Needs the built EAR (mvn -B -ntp verify -DskipTests), the
# MariaDB server binaries (mariadbd, mariadb-install-db, mariadb) and Java 17. Usage:
#   bash ear/bench/outage-drill.sh
# Environment: DRILL_DIR (ear/target/outage-drill), DRILL_HTTP_PORT (8380), DRILL_DB_PORT (33306),
# DRILL_CLIENTS (6), and the limits of OutageCheck.java (DRILL_LIMIT_MS, DRILL_GRACE_MS,
# DRILL_RECOVERY_MS).
#
# It makes a private MariaDB (its own data directory and port, loopback only; the MariaDB on 3306
# is never touched), starts Salus on it through ear/salus.sh (its own SALUS_HOME and port, demo
# data), adds 60 patients and 3,000 slots far ahead by SQL, and runs OutageLoad.java: clients that
# read slots, book random ones of them and read their appointments, and a health probe. Meanwhile:
#   +15 s  kill -9 the database; 10 s later start it again (same data directory)
#   20 s after it answers again: SIGSTOP the database; 10 s later SIGCONT; the load ends 15 s later
# Then OutageCheck.java judges every request and the database's bookings (see there), prints the
# figures and the script exits non-zero when a check fails. Everything it started is stopped on exit.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ear=$(dirname "$here")
dir=${DRILL_DIR:-$ear/target/outage-drill}
http_port=${DRILL_HTTP_PORT:-8380}
db_port=${DRILL_DB_PORT:-33306}
clients=${DRILL_CLIENTS:-6}
load_seconds=300
db=salus_drill
base="http://127.0.0.1:$http_port/salus/api/v1/"

log() { printf '[drill] %s\n' "$*"; }
fail() { printf '[drill] ERROR: %s\n' "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }
sql() { mariadb --no-defaults -h127.0.0.1 -P"$db_port" -uroot -N -B "$db" -e "$1"; }

[[ -f "$ear/target/salus.ear" ]] || fail "no EAR at $ear/target/salus.ear: build it first (mvn -B -ntp verify -DskipTests)"
command -v mariadbd >/dev/null || [[ -x /usr/sbin/mariadbd ]] || fail "mariadbd is not installed"
mariadbd=$(command -v mariadbd || echo /usr/sbin/mariadbd)
[[ "$dir" == */target/* || "$dir" == /tmp/* ]] || fail "DRILL_DIR is wiped: use a directory under target/ or /tmp"

db_pid=
salus_env=(env SALUS_HOME="$dir/salus" SALUS_HTTP_PORT="$http_port" SALUS_DEMO=true
  SALUS_DB_URL="jdbc:mysql://127.0.0.1:$db_port/$db?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
  SALUS_DB_USER=root SALUS_DB_PASSWORD=)

start_db() {
  "$mariadbd" --no-defaults --datadir="$dir/db" --port="$db_port" --bind-address=127.0.0.1 \
    --socket="$dir/mariadb.sock" --pid-file="$dir/mariadb.pid" --user="$(id -un)" \
    --skip-grant-tables --skip-log-bin --innodb-buffer-pool-size=128M \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --log-error="$dir/mariadb.log" >/dev/null 2>&1 &
  db_pid=$!
  for _ in $(seq 1 300); do
    mariadb --no-defaults -h127.0.0.1 -P"$db_port" -uroot -e 'SELECT 1' >/dev/null 2>&1 && return 0
    kill -0 "$db_pid" 2>/dev/null || fail "the drill's MariaDB did not start; see $dir/mariadb.log"
    sleep 0.1
  done
  fail "the drill's MariaDB did not answer; see $dir/mariadb.log"
}

cleanup() {
  set +e
  if [[ -n "$db_pid" ]]; then kill -CONT "$db_pid" 2>/dev/null; fi
  [[ -d "$dir/salus" ]] && "${salus_env[@]}" bash "$ear/salus.sh" stop >/dev/null 2>&1
  if [[ -n "$db_pid" ]] && kill -0 "$db_pid" 2>/dev/null; then
    kill "$db_pid" 2>/dev/null
    wait "$db_pid" 2>/dev/null
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "A private MariaDB on 127.0.0.1:$db_port in $dir/db..."
rm -rf "$dir"
mkdir -p "$dir/out"
mariadb-install-db --no-defaults --datadir="$dir/db" --user="$(id -un)" --skip-test-db \
  --auth-root-authentication-method=normal >"$dir/install-db.log" 2>&1 \
  || fail "mariadb-install-db failed; see $dir/install-db.log"
start_db
mariadb --no-defaults -h127.0.0.1 -P"$db_port" -uroot \
  -e "CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

log "Salus on port $http_port, on that database (demo data)..."
"${salus_env[@]}" bash "$ear/salus.sh" start
"${salus_env[@]}" bash "$ear/salus.sh" deploy "$ear/target/salus.ear"

log "60 patients (the demo password) and 3,000 slots from 450 days ahead..."
digits='(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
  UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)'
numbers="(SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d AS n FROM $digits a, $digits b, $digits c, $digits e)"
sql "INSERT INTO user_account (username, password_hash, email, full_name, birth_date,
       preferred_language, time_zone, enabled, failed_logins, created_at, version)
     SELECT CONCAT('drill-', n), (SELECT password_hash FROM user_account WHERE username = 'alice'),
       CONCAT('drill-', n, '@example.org'), CONCAT('Drill Patient ', n), '1970-01-01', 'en-AU',
       'Australia/Sydney', TRUE, 0, UTC_TIMESTAMP(6), 0
     FROM $numbers nums WHERE n < 60"
sql "INSERT INTO account_role (account_id, role)
     SELECT id, 'PATIENT' FROM user_account WHERE username LIKE 'drill-%'"
sql "INSERT INTO patient (account_id, full_name, birth_date, created_at, version)
     SELECT id, full_name, birth_date, UTC_TIMESTAMP(6), 0 FROM user_account WHERE username LIKE 'drill-%'"
practitioner=$(sql "SELECT MIN(id) FROM practitioner")
sql "INSERT INTO slot (practitioner_id, site_id, start_at, end_at, mode, version)
     SELECT p.id, COALESCE(p.site_id, (SELECT MIN(id) FROM site)),
       TIMESTAMP(UTC_DATE() + INTERVAL 451 DAY) + INTERVAL (n * 30) MINUTE,
       TIMESTAMP(UTC_DATE() + INTERVAL 451 DAY) + INTERVAL (n * 30 + 30) MINUTE, 'IN_PERSON', 0
     FROM practitioner p CROSS JOIN $numbers nums WHERE p.id = $practitioner AND n < 3000"
sql "SELECT id FROM slot WHERE practitioner_id = $practitioner
     AND start_at >= TIMESTAMP(UTC_DATE() + INTERVAL 451 DAY)" >"$dir/slots.txt"
sql "SELECT username FROM user_account WHERE username LIKE 'drill-%' ORDER BY id" >"$dir/patients.txt"
log "$(wc -l <"$dir/slots.txt") slots, $(wc -l <"$dir/patients.txt") patients."

log "Warming up (each patient's first sign-in checks the password in full)..."
xargs -P 4 -I{} curl -fsS -o /dev/null -u "{}:Salus-demo-1" "${base}me" <"$dir/patients.txt" \
  || fail "not every drill patient can sign in"

log "Load with $clients clients until 15 s after the second outage; the database goes away at +15 s and 20 s after it is back..."
DRILL_PRACTITIONER=$practitioner java "$here/OutageLoad.java" "$base" "$load_seconds" "$clients" \
  "$dir/slots.txt" "$dir/patients.txt" "$dir/out" &
load_pid=$!
events="$dir/out/events.txt"
: >"$events"
until [[ -f "$dir/out/started" ]]; do
  kill -0 "$load_pid" 2>/dev/null || fail "the load generator did not start"
  sleep 0.1
done
sleep 15
echo "kill $(now_ms)" >>"$events"
kill -9 "$db_pid"
wait "$db_pid" 2>/dev/null || true
log "kill -9: the database is gone; back in 10 s"
sleep 10
start_db
echo "restarted $(now_ms)" >>"$events"
log "The database is back (same data directory)."
sleep 20
echo "stop $(now_ms)" >>"$events"
kill -STOP "$db_pid"
log "SIGSTOP: the database hangs; resumes in 10 s"
sleep 10
kill -CONT "$db_pid"
echo "cont $(now_ms)" >>"$events"
log "SIGCONT: the database resumes."
sleep 15
touch "$dir/out/finish"

# The portal while the database hangs is not part of the load; the API is. One page check here:
# after the load, a sign-in through the login form while the database is stopped again briefly.
wait "$load_pid" || fail "the load generator failed"

log "A sign-in through the login page while the database hangs..."
jar="$dir/cookies.txt"
page=$(curl -sS -c "$jar" "http://127.0.0.1:$http_port/salus/login.xhtml")
view_state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="\([^"]*\)".*/\1/' | head -n 1)
form_token=$(grep -o 'name="salus-form-token"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="\([^"]*\)".*/\1/' | head -n 1)
kill -STOP "$db_pid"
portal_started=$(now_ms)
portal=$(curl -sS -L -b "$jar" -o "$dir/out/portal.html" -w '%{http_code}' \
  --data-urlencode "login=login" --data-urlencode "login:username=drill-0" \
  --data-urlencode "login:password=Salus-demo-1" --data-urlencode "login:submit=" \
  --data-urlencode "jakarta.faces.ViewState=$view_state" \
  --data-urlencode "salus-form-token=$form_token" -H "Origin: http://127.0.0.1:$http_port" \
  "http://127.0.0.1:$http_port/salus/login.xhtml" || echo 000)
portal_ms=$(($(now_ms) - portal_started))
kill -CONT "$db_pid"
portal_ok=true
if [[ "$portal" != 503 ]] || ! grep -q 'id="error-unavailable"' "$dir/out/portal.html"; then
  portal_ok=false
fi
log "Login page while the database hangs: HTTP $portal in $portal_ms ms$([[ $portal_ok == true ]] && echo ', the temporarily-unavailable page')"

sql "SELECT a.id, a.slot_id, a.status FROM appointment a JOIN slot s ON s.id = a.slot_id
     WHERE s.practitioner_id = $practitioner AND s.start_at >= TIMESTAMP(UTC_DATE() + INTERVAL 451 DAY)" \
  >"$dir/out/db-appointments.txt"
sql "SELECT b.slot_id, b.appointment_id FROM slot_booking b JOIN slot s ON s.id = b.slot_id
     WHERE s.practitioner_id = $practitioner AND s.start_at >= TIMESTAMP(UTC_DATE() + INTERVAL 451 DAY)" \
  >"$dir/out/db-bookings.txt"
log "Verdict (every request is in $dir/out/requests.csv):"
verdict=0
java "$here/OutageCheck.java" "$dir/out" || verdict=1
[[ $portal_ok == true ]] || { echo "FAILED: the login page did not answer 503 with the unavailable page"; verdict=1; }
exit $verdict
