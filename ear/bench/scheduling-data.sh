# Sourced by the benchmarks: the big scheduling data set, bulk-loaded by SQL into the MySQL or
# MariaDB database of a running (or stopped) Salus. Needs a function sql that runs one statement
# in that database and prints its rows (tab-separated, no header).
#
# load_scheduling_data adds, once per database: 1,000 disabled accounts bench-prac-N with a
# practitioner each, and 1,000 slots of 30 minutes per practitioner from tomorrow on (modes in
# turn), 1,000,000 slots in all (INSERT ... SELECT over a numbers table). No demo data is touched.
load_scheduling_data() {
  local digits numbers started
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
}
