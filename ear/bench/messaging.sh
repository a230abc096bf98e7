#!/usr/bin/env bash
# Benchmark: secure messaging with 100,190 messages over 10,000 threads, and a clinician (dr.chen)
# whose care-team inbox holds 2,000 open threads, over the API. Not a test: rerun it by hand and
# compare. Target on one developer machine: the inbox's first page and a thread of 200 messages,
# p95 <= 100 ms.
#
# Needs a running Salus on MySQL/MariaDB (ear/salus.sh start with SALUS_DB_URL=jdbc:mysql://...)
# with the demo data, and the mysql or mariadb client. Usage:
#   DB=salus [DB_HOST=127.0.0.1 DB_USER=root DB_PASSWORD=] [REQUESTS=300] bash ear/bench/messaging.sh [base-url]
# The load is bulk SQL, once per database: 2,000 patients "Bench Messaging N" without accounts
# (the first 1,000 with dr.chen as their GP, the others with another practitioner), one disabled
# account bench-msg-writer that writes their side, and 10,000 threads "Bench thread N": 2,000 to
# the care team of dr.chen's bench patients (open; every tenth one's answer overdue), 4,000 to
# another practitioner, 4,000 to the care team of the other patients. Thread 0 has 200 messages,
# each other thread 10, the care side answering every other message. No demo data is touched.
# Then it measures, as dr.chen with HTTP Basic answered from the credential cache:
#   - the inbox's first page (GET /threads: overdue first, then the latest message first);
#   - a deeper page of the inbox (page 50 of 20);
#   - the thread of 200 messages (GET /threads/{id}: its messages and read receipts).
set -euo pipefail
base=${1:-http://127.0.0.1:${SALUS_HTTP_PORT:-8080}/salus/api/v1}
requests=${REQUESTS:-300}
db=${DB:?set DB to the database name of the running server}
client=$(command -v mariadb || command -v mysql)
sql() { "$client" -h"${DB_HOST:-127.0.0.1}" -u"${DB_USER:-root}" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -N -B "$db" -e "$1"; }
demo='Salus-demo-1'
source "$(dirname "$0")/stats.sh"

digits='(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
  UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)'
thousand="(SELECT a.d + 10 * b.d + 100 * c.d AS n FROM $digits a, $digits b, $digits c)"
tenthousand="(SELECT t.n + 1000 * d.d AS n FROM $thousand t, $digits d)"
chen=$(sql "SELECT p.id FROM practitioner p JOIN user_account a ON a.id = p.account_id
  WHERE a.username = 'dr.chen'")
chen_account=$(sql "SELECT id FROM user_account WHERE username = 'dr.chen'")
other=$(sql "SELECT MIN(p.id) FROM practitioner p JOIN user_account a ON a.id = p.account_id
  WHERE a.username <> 'dr.chen'")
[[ -n "$chen" && -n "$other" ]] || { echo "dr.chen or another practitioner is missing" >&2; exit 1; }

if [[ $(sql "SELECT COUNT(*) FROM message_thread WHERE subject LIKE 'Bench thread %'") -lt 10000 ]]; then
  echo "Loading 2,000 patients, 10,000 threads and 100,190 messages..."
  started=$(date +%s)
  sql "INSERT INTO user_account (username, password_hash, email, full_name, preferred_language,
         time_zone, enabled, failed_logins, created_at, version)
       VALUES ('bench-msg-writer', 'no-sign-in', 'bench-msg-writer@example.org',
         'Bench Message Writer', 'en-AU', 'Australia/Sydney', FALSE, 0, UTC_TIMESTAMP(6), 0)"
  sql "INSERT INTO patient (account_id, full_name, birth_date, created_at, version)
       SELECT NULL, CONCAT('Bench Messaging ', n), '1950-01-01', UTC_TIMESTAMP(6), 0
       FROM $tenthousand nums WHERE n < 2000 ORDER BY n"
  # The first 1,000 bench patients (by id) have dr.chen as their GP, the others another one.
  sql "INSERT INTO care_relationship (practitioner_id, patient_id, kind, since)
       SELECT IF(CAST(SUBSTRING(full_name, 17) AS UNSIGNED) < 1000, $chen, $other), id,
         'GENERAL_PRACTITIONER', CURRENT_DATE
       FROM patient WHERE full_name LIKE 'Bench Messaging %'"
  writer=$(sql "SELECT id FROM user_account WHERE username = 'bench-msg-writer'")
  # Thread n: 0..1999 to the care team of dr.chen's patient n mod 1000; 2000..5999 to the other
  # practitioner; 6000..9999 to the care team of the other patients. The latest first: thread n's
  # last message n minutes before the load.
  sql "INSERT INTO message_thread (patient_id, subject, to_practitioner_id, to_team, started_by,
         started_at, last_message_at, version, reply_due_at, assigned_to_id, priority, status)
       SELECT p.id, CONCAT('Bench thread ', t.n), IF(t.n BETWEEN 2000 AND 5999, $other, NULL),
         IF(t.n BETWEEN 2000 AND 5999, NULL, 'CARE_TEAM'), $writer,
         UTC_TIMESTAMP(6) - INTERVAL (t.n + 1000) MINUTE, UTC_TIMESTAMP(6) - INTERVAL t.n MINUTE, 0,
         IF(t.n MOD 10 = 0, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, UTC_TIMESTAMP(6) + INTERVAL 1 DAY),
         NULL, 'ROUTINE', 'OPEN'
       FROM $tenthousand t
       JOIN patient p ON p.full_name = CONCAT('Bench Messaging ',
         IF(t.n < 2000, t.n MOD 1000, 1000 + t.n MOD 1000))
       ORDER BY t.n"
  # Ten messages a thread, the patient's side and the care side by turns; thread 0 gets 190 more.
  sql "INSERT INTO message (thread_id, patient_id, author_account_id, author_side, body, sent_at)
       SELECT t.id, t.patient_id, IF(m.d MOD 2 = 0, $writer, $chen_account),
         IF(m.d MOD 2 = 0, 'PATIENT', 'CARE'),
         CONCAT('Message ', m.d, ' about my *tablets*: when should I take them?'),
         t.last_message_at - INTERVAL (9 - m.d) MINUTE
       FROM message_thread t, $digits m WHERE t.subject LIKE 'Bench thread %'
       ORDER BY t.id, m.d"
  sql "INSERT INTO message (thread_id, patient_id, author_account_id, author_side, body, sent_at)
       SELECT t.id, t.patient_id, IF(n.n MOD 2 = 0, $writer, $chen_account),
         IF(n.n MOD 2 = 0, 'PATIENT', 'CARE'),
         CONCAT('Earlier message ', n.n, ' about my *tablets*: when should I take them?'),
         t.started_at + INTERVAL n.n SECOND
       FROM message_thread t, $thousand n
       WHERE t.subject = 'Bench thread 0' AND n.n < 190 ORDER BY n.n"
  sql "ANALYZE TABLE message_thread, message, message_read, care_relationship" >/dev/null
  echo "Loaded in $(($(date +%s) - started)) s."
fi
echo "Threads: $(sql 'SELECT COUNT(*) FROM message_thread'), messages: $(sql 'SELECT COUNT(*) FROM message')"
echo "dr.chen's team inbox: $(sql "SELECT COUNT(*) FROM message_thread t WHERE t.to_team = 'CARE_TEAM'
  AND t.status = 'OPEN' AND EXISTS (SELECT 1 FROM care_relationship c WHERE c.patient_id = t.patient_id
  AND c.practitioner_id = $chen)") open threads"
thread=$(sql "SELECT id FROM message_thread WHERE subject = 'Bench thread 0'")
echo "Thread $thread: $(sql "SELECT COUNT(*) FROM message WHERE thread_id = $thread") messages"

# One request: prints its time in seconds; anything but 200 stops the run.
ask() {
  local out
  out=$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' -u "dr.chen:$demo" "$base$1")
  [[ "${out%% *}" == 200 ]] || { echo "GET $1 answered ${out%% *}" >&2; exit 1; }
  echo "${out#* }"
}
measure() {
  local label=$1 path=$2
  for _ in $(seq 20); do ask "$path" >/dev/null; done # warm-up
  printf '%-44s ' "$label"
  for _ in $(seq "$requests"); do ask "$path"; done | stats
}
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "inbox, first page (dr.chen)" "/threads"
measure "inbox, page 50" "/threads?page=50"
measure "thread of 200 messages" "/threads/$thread"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
