#!/usr/bin/env bash
# Benchmark: a group feed with 1,000,000 posts in the community and 10,000 in the group read, over
# the API. Not a test: rerun it by hand and compare. Target on one developer machine: the first
# and a deep page of a group's feed p95 <= 100 ms.
#
# Needs a running Salus on MySQL/MariaDB (ear/salus.sh start with SALUS_DB_URL=jdbc:mysql://...)
# and the mysql or mariadb client. Usage:
#   DB=salus [DB_HOST=127.0.0.1 DB_USER=root DB_PASSWORD=] [REQUESTS=300] bash ear/bench/community.sh [base-url]
# The load is bulk SQL, once per database: 100 open groups "Bench group N" with 10,000 published
# posts each (1,000,000 in all; every 50th has some "helpful" reactions counted) by 1,000 disabled
# accounts bench-member-N that are members of them. No demo data is touched. Then it registers one
# fresh patient, who joins the first bench group, and measures, with HTTP Basic answered from the
# credential cache:
#   - the first page of the feed, newest first (GET /groups/{id}/posts, 20 posts);
#   - a deep page, newest first: the page after the 9,000th post (?after=, keyset);
#   - the first and a deep page most helpful first (?sort=helpful): the page after the 8,000th post
#     in that order (?after=helpful:id, keyset as the newest first);
#   - the first page of a search within the group (?q=): a word every post holds ("walking"), and
#     words only one old post holds ("Day 17 of", the 17th oldest), so that the page reads as many
#     posts as a search page ever reads (CommunityService.SEARCH_WINDOW, 1,000) and finds none.
set -euo pipefail
base=${1:-http://127.0.0.1:${SALUS_HTTP_PORT:-8080}/salus/api/v1}
requests=${REQUESTS:-300}
db=${DB:?set DB to the database name of the running server}
client=$(command -v mariadb || command -v mysql)
sql() { "$client" -h"${DB_HOST:-127.0.0.1}" -u"${DB_USER:-root}" ${DB_PASSWORD:+-p"$DB_PASSWORD"} -N -B "$db" -e "$1"; }
password='Bench-mark-passphrase-42'
run=$(date +%s%N | tail -c 7)
source "$(dirname "$0")/stats.sh"

digits='(SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
  UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)'
thousand="(SELECT a.d + 10 * b.d + 100 * c.d AS n FROM $digits a, $digits b, $digits c)"
if [[ $(sql "SELECT COUNT(*) FROM support_group WHERE name LIKE 'Bench group %'") -lt 100 ]]; then
  echo "Loading 100 groups, 1,000 members and 1,000,000 posts..."
  started=$(date +%s)
  sql "INSERT INTO user_account (username, password_hash, email, full_name, preferred_language,
         time_zone, enabled, failed_logins, created_at, version)
       SELECT CONCAT('bench-member-', n), 'no-sign-in', CONCAT('bench-member-', n, '@example.org'),
         CONCAT('Bench Member ', n), 'en-AU', 'Australia/Sydney', FALSE, 0, UTC_TIMESTAMP(6), 0
       FROM $thousand nums"
  sql "INSERT INTO account_role (account_id, role)
       SELECT id, 'PATIENT' FROM user_account WHERE username LIKE 'bench-member-%'"
  sql "INSERT INTO support_group (name, topic, description, rules, visibility, created_at)
       SELECT CONCAT('Bench group ', n), 'Benchmark', 'A group of the community benchmark.',
         'Be kind.', 'OPEN', UTC_TIMESTAMP(6)
       FROM $thousand nums WHERE n < 100"
  # Three members in each group; the first writes its posts.
  sql "INSERT INTO group_membership (group_id, account_id, status, moderator, approved_posts,
         upheld_flags, joined_at, version)
       SELECT g.id, a.id, 'ACTIVE', FALSE, 1000, 0, UTC_TIMESTAMP(6), 0
       FROM support_group g JOIN user_account a
         ON a.username = CONCAT('bench-member-', CAST(SUBSTRING(g.name, 13) AS UNSIGNED) * 10 + 0)
         OR a.username = CONCAT('bench-member-', CAST(SUBSTRING(g.name, 13) AS UNSIGNED) * 10 + 1)
         OR a.username = CONCAT('bench-member-', CAST(SUBSTRING(g.name, 13) AS UNSIGNED) * 10 + 2)
       WHERE g.name LIKE 'Bench group %'"
  # 10,000 posts a group, one group at a time (each statement 10,000 rows), oldest first.
  for g in $(sql "SELECT id FROM support_group WHERE name LIKE 'Bench group %' ORDER BY id"); do
    sql "INSERT INTO community_post (group_id, author_id, title, body, status, held_reason,
           needs_review, open_flags, helpful_count, moderation_note, created_at, edited_at, version)
         SELECT $g, (SELECT MIN(m.account_id) FROM group_membership m WHERE m.group_id = $g),
           CONCAT('Week ', t.n, ': how I manage'),
           CONCAT('Some days are easier than others. Day ', t.n, ' of *walking* every morning.'),
           'PUBLISHED', NULL, FALSE, 0, IF(t.n MOD 50 = 0, t.n MOD 7 + 1, 0), NULL,
           UTC_TIMESTAMP(6) - INTERVAL (10000 - t.n) MINUTE, NULL, 0
         FROM (SELECT a.n + 1000 * b.d AS n FROM $thousand a, $digits b) t ORDER BY t.n"
  done
  echo "Loaded in $(($(date +%s) - started)) s."
fi
echo "Posts in the database: $(sql 'SELECT COUNT(*) FROM community_post')"
group=$(sql "SELECT MIN(id) FROM support_group WHERE name LIKE 'Bench group %'")
echo "Posts in the group read (id $group): $(sql "SELECT COUNT(*) FROM community_post WHERE group_id = $group")"
deep=$(sql "SELECT id FROM community_post WHERE group_id = $group AND status = 'PUBLISHED'
  ORDER BY id DESC LIMIT 1 OFFSET 9000")
deep_helpful=$(sql "SELECT CONCAT(helpful_count, ':', id) FROM community_post
  WHERE group_id = $group AND status = 'PUBLISHED'
  ORDER BY helpful_count DESC, id DESC LIMIT 1 OFFSET 8000")

user="bench-cm-$run"
curl -fsS -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"username\":\"$user\",\"password\":\"$password\",\"email\":\"$user@example.org\",\"fullName\":\"Bench Reader $run\",\"birthDate\":\"1960-01-01\"}" \
  "$base/auth/register"
curl -fsS -o /dev/null -u "$user:$password" -X POST "$base/groups/$group/join"

# One request: prints its time in seconds; anything but 200 stops the run.
ask() {
  local out
  out=$(curl -sS -o /dev/null -w '%{http_code} %{time_total}' -u "$user:$password" "$base$1")
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
measure "feed, first page (newest first)" "/groups/$group/posts"
measure "feed, after the 9,000th post (keyset)" "/groups/$group/posts?after=$deep"
measure "feed, first page (most helpful first)" "/groups/$group/posts?sort=helpful"
measure "feed, after the 8,000th (most helpful first)" "/groups/$group/posts?sort=helpful&after=$deep_helpful"
measure "search, first page (a word in every post)" "/groups/$group/posts?q=walking"
measure "search, first page (words of one old post)" "/groups/$group/posts?q=Day%2017%20of"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
