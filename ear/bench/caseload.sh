#!/usr/bin/env bash
# Benchmark: a case manager with 500 cases and 10,000 tasks, and a patient of that caseload with
# 5,005 timeline events, over the API. Not a test: rerun it by hand and compare. Target on one
# developer machine: the caseload dashboard's figures (GET /cases/summary), the first page of "my
# tasks" (GET /me/tasks) and the first page of the patient 360° timeline p95 <= 100 ms.
#
# Needs a running Salus with the demo data on MySQL/MariaDB (ear/salus.sh start with
# SALUS_DB_URL=jdbc:mysql://...), curl, awk and the mysql or mariadb client. Usage:
#   DB=salus [DB_HOST=127.0.0.1 DB_USER=root DB_PASSWORD=] [REQUESTS=300] \
#     bash ear/bench/caseload.sh [base-url]
# Each run makes its own people, so nothing of the demo is touched and runs do not mix. Through the
# API (a dozen requests): the admin makes a fresh case manager, a fresh patient registers (the
# timeline patient) and the front desk makes dr.chen their GP. The rest is bulk SQL (a few
# seconds), rows as the application writes them (versions 0, the status history, the task's
# overdue alert marked as sent, the patient copied onto notes, referrals, status changes and messages
# as the application does (V34, V37, V39), so that the casework round does not send 2,500 alerts during the
# run; no audit rows):
#   - 99 more patients (records without an account), 500 cases of the case manager spread over the
#     100 (every 10th NDIS with a funding plan 85 % used in "Core supports", so a budget at risk;
#     the rest chronic care; every 20th on hold, every 25th closed), each with its history;
#   - 20 tasks a case assigned to the case manager (10,000: a quarter overdue, every 7th without a
#     due date, the rest due over the next months; every 10th done); a review due in a week on every
#     5th chronic-care case and one in three months on each NDIS case;
#   - for the timeline patient (5 open cases of the caseload): 2,000 case notes (half internal),
#     500 referrals, 1,500 reading alerts and 1,000 messages in 10 care-team threads, over 300 days:
#     5,005 events with the cases' status changes.
# Then it measures, with HTTP Basic answered from the credential cache, one client, after a warm-up.
set -euo pipefail
base=${1:-http://127.0.0.1:${SALUS_HTTP_PORT:-8080}/salus/api/v1}
requests=${REQUESTS:-300}
db=${DB:?set DB to the database name of the running server}
client=$(command -v mariadb || command -v mysql)
sql() { "$client" -h"${DB_HOST:-127.0.0.1}" -u"${DB_USER:-root}" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -N -B "$db" -e "$1"; }
demo='Salus-demo-1'
password='Bench-mark-passphrase-42'
run=${RUN:-$(date +%s%N | tail -c 7)} # RUN=<an earlier run's number> measures its data again
manager="bench-cm-$run"
patient_user="bench-tl-$run"
source "$(dirname "$0")/stats.sh"

json() { curl -fsS -H 'Content-Type: application/json' "$@"; }
field() { sed -E "s/.*\"$1\":([0-9]+).*/\1/"; }

if [[ -n "$(sql "SELECT id FROM user_account WHERE username = '$manager'")" ]]; then
  reused=true
else
  reused=false
  json -o /dev/null -u "admin:$demo" \
    -d "{\"username\":\"$manager\",\"fullName\":\"Bench Case Manager $run\",\"email\":\"$manager@example.org\",\"initialPassword\":\"$password\",\"roles\":[\"CASE_MANAGER\"]}" \
    "$base/admin/accounts"
  patient=$(json -d "{\"username\":\"$patient_user\",\"password\":\"$password\",\"email\":\"$patient_user@example.org\",\"fullName\":\"Bench Timeline $run\",\"birthDate\":\"1948-07-01\"}" \
    "$base/auth/register" | field patientId)
  chen=$(curl -fsS -u "desk.jones:$demo" "$base/practitioners?size=200" \
    | grep -oE '\{[^{}]*"username":"dr\.chen"[^{}]*\}' | field id)
  json -o /dev/null -u "desk.jones:$demo" -d "{\"practitionerId\":$chen,\"kind\":\"GENERAL_PRACTITIONER\"}" \
    "$base/patients/$patient/care-team"
fi
patient=$(sql "SELECT p.id FROM patient p JOIN user_account a ON a.id = p.account_id
  WHERE a.username = '$patient_user'")
me=$(sql "SELECT id FROM user_account WHERE username = '$manager'")
patient_account=$(sql "SELECT account_id FROM patient WHERE id = $patient")
chen_account=$(sql "SELECT id FROM user_account WHERE username = 'dr.chen'")
echo "Case manager $manager (account $me), timeline patient $patient_user (patient $patient), GP dr.chen"

digits='(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
  UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)'
numbers="(SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d AS n FROM $digits a, $digits b, $digits c, $digits e)"
# The bench case number n of a case, from its summary "Bench case <run> <n>".
case_n="CAST(SUBSTRING_INDEX(c.summary, ' ', -1) AS UNSIGNED)"
mine="c.case_manager_id = $me AND c.summary LIKE 'Bench case $run %'"

if [[ $reused == false ]]; then
  echo -n "Loading 500 cases, 10,000 tasks and 5,005 timeline events (bulk SQL)... "
  t0=$(date +%s)
  sql "INSERT INTO patient (account_id, full_name, birth_date, created_at, version)
       SELECT NULL, CONCAT('Bench Caseload $run ', n), DATE '1940-01-01' + INTERVAL n * 97 DAY,
         UTC_TIMESTAMP(6), 0
       FROM $numbers nums WHERE n BETWEEN 1 AND 99"
  # Case n belongs to patient (n + 1) mod 100; 0 is the timeline patient (cases 99, 199 ... 499).
  sql "INSERT INTO care_case (patient_id, programme, status, case_manager_id, summary, outcome,
         created_at, closed_at, version)
       SELECT p.id, IF(n MOD 10 = 0, 'NDIS', 'CHRONIC_CARE'),
         CASE WHEN n MOD 25 = 0 THEN 'CLOSED' WHEN n MOD 20 = 0 THEN 'ON_HOLD' ELSE 'OPEN' END,
         $me, CONCAT('Bench case $run ', n), IF(n MOD 25 = 0, 'Benchmark closing', NULL),
         UTC_TIMESTAMP(6) - INTERVAL 300 DAY + INTERVAL n MINUTE,
         IF(n MOD 25 = 0, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, NULL), 0
       FROM $numbers nums JOIN patient p ON p.id = IF((n + 1) MOD 100 = 0, $patient,
         (SELECT q.id FROM patient q WHERE q.full_name = CONCAT('Bench Caseload $run ', (n + 1) MOD 100)))
       WHERE n < 500"
  sql "INSERT INTO care_case_status_change (case_id, patient_id, from_status, to_status, note, changed_by,
         changed_at)
       SELECT c.id, c.patient_id, NULL, 'OPEN', NULL, $me, c.created_at FROM care_case c WHERE $mine"
  sql "INSERT INTO care_case_status_change (case_id, patient_id, from_status, to_status, note, changed_by,
         changed_at)
       SELECT c.id, c.patient_id, 'OPEN', c.status, COALESCE(c.outcome, 'Benchmark hold'), $me,
         UTC_TIMESTAMP(6) - INTERVAL 1 DAY
       FROM care_case c WHERE $mine AND c.status <> 'OPEN'"
  # Task t (1..20) of case n.
  sql "INSERT INTO case_task (case_id, title, due_date, assignee_id, priority, status, created_by,
         created_at, done_by, done_at, version, overdue_alerted_at)
       SELECT c.id, CONCAT('Task ', t.n, ' of case ', $case_n),
         CASE WHEN t.n MOD 4 = 0 THEN UTC_DATE() - INTERVAL (t.n MOD 30 + 1) DAY
           WHEN t.n MOD 7 = 0 THEN NULL
           ELSE UTC_DATE() + INTERVAL (t.n * 3 + $case_n MOD 60) DAY END,
         $me, ELT(1 + t.n MOD 3, 'LOW', 'NORMAL', 'HIGH'), IF(t.n MOD 10 = 9, 'DONE', 'OPEN'), $me,
         c.created_at, IF(t.n MOD 10 = 9, $me, NULL), IF(t.n MOD 10 = 9, UTC_TIMESTAMP(6), NULL), 0,
         IF(t.n MOD 4 = 0, UTC_TIMESTAMP(6), NULL)
       FROM care_case c JOIN $numbers t ON t.n BETWEEN 1 AND 20 WHERE $mine"
  sql "INSERT INTO case_review (case_id, due_on, created_at)
       SELECT c.id, UTC_DATE() + INTERVAL IF(c.programme = 'NDIS', 90, 7) DAY, UTC_TIMESTAMP(6)
       FROM care_case c WHERE $mine AND (c.programme = 'NDIS' OR $case_n MOD 5 = 0)"
  sql "INSERT INTO funding_plan (case_id, starts_on, ends_on, created_by, created_at, alerted_at, version)
       SELECT c.id, UTC_DATE() - INTERVAL 30 DAY, UTC_DATE() + INTERVAL 300 DAY, $me,
         UTC_TIMESTAMP(6), NULL, 0
       FROM care_case c WHERE $mine AND c.programme = 'NDIS'"
  sql "INSERT INTO budget_category (plan_id, position, name, budget, used, alerted_at, version)
       SELECT f.id, k.n, ELT(k.n + 1, 'Core supports', 'Capital'), ELT(k.n + 1, 1000.00, 500.00),
         ELT(k.n + 1, 850.00, 0.00), IF(k.n = 0, UTC_TIMESTAMP(6), NULL), 0
       FROM funding_plan f JOIN care_case c ON c.id = f.case_id
         CROSS JOIN (SELECT 0 n UNION ALL SELECT 1) k WHERE $mine"
  sql "INSERT INTO service_delivery (category_id, delivered_on, description, amount, provider,
         over_budget_reason, recorded_by, recorded_at)
       SELECT b.id, UTC_DATE(), 'Support worker', 850.00, 'Able Care', NULL, $me, UTC_TIMESTAMP(6)
       FROM budget_category b JOIN funding_plan f ON f.id = b.plan_id JOIN care_case c ON c.id = f.case_id
       WHERE $mine AND b.name = 'Core supports'"
  # The timeline patient's events, spread over the last 300 days.
  sql "INSERT INTO case_note (case_id, patient_id, body, visibility, author_id, written_at)
       SELECT c.id, c.patient_id, CONCAT('Progress note ', n.n, ': walked to the shops with support.'),
         IF(n.n MOD 2 = 0, 'SHARED', 'INTERNAL'), $me,
         UTC_TIMESTAMP(6) - INTERVAL 300 DAY + INTERVAL (n.n * 7 + $case_n MOD 7) * 9250 SECOND
       FROM care_case c JOIN $numbers n ON n.n < 400 WHERE $mine AND c.patient_id = $patient"
  sql "INSERT INTO case_referral (case_id, patient_id, to_service, reason, status, result, sent_by,
         sent_at, accepted_at, completed_at, version)
       SELECT c.id, c.patient_id, CONCAT('Service ', n.n MOD 12), 'Benchmark referral',
         ELT(1 + n.n MOD 3, 'SENT', 'ACCEPTED', 'COMPLETED'),
         IF(n.n MOD 3 = 2, 'Seen; see the letter', NULL), $me,
         UTC_TIMESTAMP(6) - INTERVAL 300 DAY + INTERVAL (n.n * 7 + $case_n MOD 7) * 37000 SECOND,
         IF(n.n MOD 3 > 0, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, NULL),
         IF(n.n MOD 3 = 2, UTC_TIMESTAMP(6), NULL), 0
       FROM care_case c JOIN $numbers n ON n.n < 100 WHERE $mine AND c.patient_id = $patient"
  sql "INSERT INTO reading_alert (patient_id, type, alert_value, low_value, high_value, taken_at,
         raised_at, status, acknowledged_at, acknowledged_by, version)
       SELECT $patient, 'HEART_RATE', 131, 50, 100,
         UTC_TIMESTAMP(6) - INTERVAL 300 DAY + INTERVAL n * 17280 SECOND,
         UTC_TIMESTAMP(6) - INTERVAL 300 DAY + INTERVAL n * 17280 + 1 SECOND,
         'ACKNOWLEDGED', UTC_TIMESTAMP(6) - INTERVAL 300 DAY + INTERVAL n * 17280 + 600 SECOND,
         $chen_account, 0
       FROM $numbers nums WHERE n < 1500"
  sql "INSERT INTO message_thread (patient_id, subject, to_practitioner_id, to_team, started_by,
         started_at, last_message_at, version, reply_due_at, assigned_to_id, priority, status)
       SELECT $patient, CONCAT('Bench question ', n), NULL, 'CARE_TEAM', $patient_account,
         UTC_TIMESTAMP(6) - INTERVAL 300 DAY, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, 0, NULL, NULL,
         'ROUTINE', 'CLOSED'
       FROM $numbers nums WHERE n < 10"
  sql "INSERT INTO message (thread_id, patient_id, author_account_id, author_side, body, sent_at)
       SELECT t.id, $patient, $patient_account, 'PATIENT', CONCAT('Message ', n.n, ' about my tablets'),
         UTC_TIMESTAMP(6) - INTERVAL 300 DAY + INTERVAL (n.n * 10 + t.id MOD 10) * 25900 SECOND
       FROM message_thread t JOIN $numbers n ON n.n < 100 WHERE t.patient_id = $patient"
  echo "$(($(date +%s) - t0)) s"
fi
echo "Loaded: $(sql "SELECT COUNT(*) FROM care_case c WHERE $mine") cases," \
  "$(sql "SELECT COUNT(*) FROM case_task k JOIN care_case c ON c.id = k.case_id WHERE $mine") tasks;" \
  "timeline patient: $(sql "SELECT (SELECT COUNT(*) FROM case_note n JOIN care_case c ON c.id = n.case_id WHERE c.patient_id = $patient)
    + (SELECT COUNT(*) FROM case_referral WHERE patient_id = $patient)
    + (SELECT COUNT(*) FROM care_case_status_change WHERE patient_id = $patient)
    + (SELECT COUNT(*) FROM reading_alert WHERE patient_id = $patient)
    + (SELECT COUNT(*) FROM message WHERE patient_id = $patient)") events"
curl -fsS -u "$manager:$password" "$base/cases/summary"
echo

# One request: prints its time in seconds; anything but 200 stops the run.
ask() { # user path
  local out
  out=$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' -u "$1" "$base$2")
  [[ "${out%% *}" == 200 ]] || { echo "GET $2 answered ${out%% *}" >&2; exit 1; }
  echo "${out#* }"
}
# The server's CPU time (user + system, all its threads) in ms, when it runs on this machine: on a
# machine shared with other work the response times grow with the load, its CPU time per request
# much less.
port=$(sed -E 's#^[a-z]+://[^:/]+:?([0-9]*)/.*#\1#' <<<"$base")
server=$(ss -Hltnp "sport = :${port:-80}" 2>/dev/null | grep -oE 'pid=[0-9]+' | head -1 | cut -d= -f2 || true)
cpu_ms() { [[ -n "$server" ]] && awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) * 1000 / hz }' "/proc/$server/stat"; }
measure() { # label user path
  local before timings
  for _ in $(seq 30); do ask "$2" "$3" >/dev/null; done # warm-up
  printf '%-46s ' "$1"
  before=$(cpu_ms || true)
  timings=$(for _ in $(seq "$requests"); do ask "$2" "$3"; done | stats)
  if [[ -n "$before" ]]; then
    echo "$timings, server CPU $(awk -v a="$before" -v b="$(cpu_ms)" -v n="$requests" 'BEGIN { printf "%.1f", (b - a) / n }') ms/request"
  else
    echo "$timings"
  fi
}
cm="$manager:$password"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "caseload dashboard (GET /cases/summary)" "$cm" /cases/summary
measure "my tasks, first page (GET /me/tasks)" "$cm" /me/tasks
measure "caseload, first page (GET /cases)" "$cm" "/cases?size=20"
measure "timeline, first page, case manager" "$cm" "/patients/$patient/timeline"
measure "timeline, first page, GP (every kind)" "dr.chen:$demo" "/patients/$patient/timeline"
measure "timeline, first page, GP ?kind=CASE" "dr.chen:$demo" "/patients/$patient/timeline?kind=CASE"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
