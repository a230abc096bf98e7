#!/usr/bin/env bash
# Benchmark: does a page or list cost more with much more data? One server, measured twice: on the
# demo data alone, then with scheduling-data.sh's load added (1,000 more practitioners, disabled,
# and 1,000,000 slots). Not a test: rerun it by hand and compare the ratios.
#
# Builds nothing: it deploys ear/target/salus.ear (mvn -B -ntp package -DskipTests first). Needs
# MariaDB or MySQL on 127.0.0.1:3306 (user root, no password), its client, and wrk. Usage:
#   [DB=salus_bench] [SALUS_HTTP_PORT=30080] [DURATION=15s] [WARMUP=30s] [LIST_REQUESTS=20] \
#     bash ear/bench/portal-pages-big.sh
# It makes the schema DB afresh (dropping one of that name), starts Salus with the demo data on it
# (SALUS_HOME under ear/target/bench-big), warms it up with one round not counted (WARMUP a page),
# and then, once without and once with the load:
#   - portal-pages.sh (wrk, 16 connections as alice and bob) on the six patient pages, GET
#     /practitioners, GET /bookable-practitioners (Basic auth) and booking with dr.chen
#     (book.xhtml?practitioner=), each beside the welcome page: req/s, server CPU ms a request;
#   - the lists (the two API lists, find a practitioner, booking with dr.chen), LIST_REQUESTS times
#     each one after another, as alice: median time and bytes.
# At the end one table, without | with | with/without, then it stops the server and drops DB.
# CPU time per request is the server JVM's (/proc/<pid>/stat): compare it, as other work on the
# machine changes the rates and times far more.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ear_dir=$(dirname "$here")
source "$here/sign-in.sh"
source "$here/scheduling-data.sh"

db=${DB:-salus_bench}
list_requests=${LIST_REQUESTS:-20}
export SALUS_HTTP_PORT=${SALUS_HTTP_PORT:-30080}
export SALUS_HOME=${SALUS_HOME:-$ear_dir/target/bench-big}
export SALUS_DATA_DIR=$SALUS_HOME/data
export SALUS_DEMO=true SALUS_SECURE_TRANSPORT=false
export SALUS_DB_URL="jdbc:mysql://127.0.0.1:3306/$db?useSSL=false&allowPublicKeyRetrieval=true&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
export SALUS_DB_USER=root SALUS_DB_PASSWORD=
base=http://127.0.0.1:$SALUS_HTTP_PORT/salus
password=Salus-demo-1

[[ -f "$ear_dir/target/salus.ear" ]] || { echo "no ear/target/salus.ear: mvn -B -ntp package -DskipTests" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
client=$(command -v mariadb || command -v mysql) || { echo "no mariadb or mysql client" >&2; exit 2; }
sql() { "$client" -h127.0.0.1 -uroot -N -B "$db" -e "$1"; }
if ss -Hltn "sport = :$SALUS_HTTP_PORT" | grep -q .; then
  echo "port $SALUS_HTTP_PORT is taken: set SALUS_HTTP_PORT" >&2
  exit 2
fi

work=$(mktemp -d)
finish() {
  bash "$ear_dir/salus.sh" stop || true
  "$client" -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS \`$db\`" || true
  rm -rf "$work"
}
trap finish EXIT
echo "Starting Salus on port $SALUS_HTTP_PORT with a fresh schema $db..."
bash "$ear_dir/salus.sh" it-start

# The demo data is made at deployment; dr.chen's booking page is one of the lists.
for _ in $(seq 1 60); do
  chen=$(sql "SELECT p.id FROM practitioner p JOIN user_account a ON a.id = p.account_id
    WHERE a.username = 'dr.chen'" 2>/dev/null || true)
  [[ -n "$chen" ]] && break
  sleep 2
done
[[ -n "$chen" ]] || { echo "no demo practitioner dr.chen in $db" >&2; exit 1; }
# The six patient pages, the lists, and booking with dr.chen.
pages=(/scheduling/my-appointments.xhtml /prescriptions/medications.xhtml /billing/invoices.xhtml
  /notification/inbox.xhtml /scheduling/find-practitioner.xhtml /home.xhtml
  /api/v1/practitioners /api/v1/bookable-practitioners "/scheduling/book.xhtml?practitioner=$chen")
lists=(
  "GET /practitioners|/api/v1/practitioners"
  "GET /bookable-practitioners|/api/v1/bookable-practitioners"
  "find a practitioner (page)|/scheduling/find-practitioner.xhtml"
  "book with dr.chen (page)|/scheduling/book.xhtml?practitioner=$chen"
)

# One list: a warm-up, then LIST_REQUESTS requests one after another. Prints the median time in
# ms and the bytes of the last answer; fails on any answer but 200. (The server's CPU time per
# request comes from the wrk runs: at a few requests a second its background work would swamp it.)
measure_list() {
  local path=$1 auth=()
  if [[ "$path" == /api/* ]]; then auth=(-u "alice:$password"); else auth=(-H "Cookie: $cookie"); fi
  for _ in $(seq 1 10); do curl -fsS -o /dev/null "${auth[@]}" "$base$path"; done
  for _ in $(seq 1 "$list_requests"); do
    curl -sS -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' "${auth[@]}" "$base$path"
  done >"$work/list"
  awk '$1 != 200 { bad++ } END { if (bad) { print bad " answers not 200" > "/dev/stderr"; exit 1 } }' "$work/list"
  sort -k2 -n "$work/list" | awk '{ time[NR] = $2; bytes = $3 } END { printf "%.1f %d\n", time[int((NR + 1) / 2)] * 1000, bytes }'
}

# One round: the patient pages (portal-pages.sh), then the lists. Writes $work/<round>.
measure_round() {
  local round=$1 name path out ms bytes
  echo
  echo "=== $round the load: $(sql 'SELECT COUNT(*) FROM practitioner') practitioners, $(sql 'SELECT COUNT(*) FROM slot') slots; load average $(cut -d' ' -f1-3 /proc/loadavg)"
  : >"$work/$round.pages"
  # One round of its own each time: this script warms the server up with a round of its own.
  WARMUP_ROUNDS=0 ROUNDS=1 PAGES="${pages[*]}" RESULTS="$work/$round.pages" \
    bash "$here/portal-pages.sh" "$base" ||
    echo "(portal-pages.sh failed: see above)"
  cookie=$(sign_in "$base" alice "$password" "$work/jar")
  : >"$work/$round.lists"
  for entry in "${lists[@]}"; do
    name=${entry%%|*} path=${entry#*|}
    out=$(measure_list "$path")
    read -r ms bytes <<<"$out"
    printf '%-36s median %7.1f ms  %8d bytes\n' "$name" "$ms" "$bytes"
    echo "$name|$ms|$bytes" >>"$work/$round.lists"
  done
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# A fresh JVM compiles for minutes, and that CPU time would count against the first round: one
# round first that is not counted.
DURATION=${WARMUP:-30s} measure_round warm-up
measure_round without
load_scheduling_data
measure_round with

echo
echo "Pages: req/s (the page's rate / the welcome page's just before it), CPU ms a request;"
echo "lists one request at a time: median ms, bytes. Ratio: with / without (CPU time; time, bytes)."
printf '%-40s | %-32s | %-32s | %s\n' "page/list" "without" "with" "ratio"
join_pages() {
  local page r1 c1 w1 wc1 r2 c2 w2 wc2
  awk '{ r += $4; c += $5; n++ } END { printf "%s %.1f %.2f\n", "welcome", r / n, c / n }' "$work/without.pages" >"$work/w1"
  awk '{ r += $4; c += $5; n++ } END { printf "%s %.1f %.2f\n", "welcome", r / n, c / n }' "$work/with.pages" >"$work/w2"
  read -r _ r1 c1 <"$work/w1"
  read -r _ r2 c2 <"$work/w2"
  printf '%-40s | %6.1f req/s (mean)  CPU %6.2f ms | %6.1f req/s (mean)  CPU %6.2f ms | CPU %4.2f\n' \
    "welcome (anonymous)" "$r1" "$c1" "$r2" "$c2" "$(awk -v a="$c2" -v b="$c1" 'BEGIN { print (b > 0 ? a / b : 0) }')"

  while read -r page r1 c1 w1 wc1 _; do
    read -r _ r2 c2 w2 wc2 _ < <(grep "^$page " "$work/with.pages") || continue
    printf '%-40s | %6.1f req/s (%4.2f) CPU %6.2f ms | %6.1f req/s (%4.2f) CPU %6.2f ms | CPU %4.2f\n' "$page" \
      "$r1" "$(awk -v a="$r1" -v b="$w1" 'BEGIN { print a / b }')" "$c1" \
      "$r2" "$(awk -v a="$r2" -v b="$w2" 'BEGIN { print a / b }')" "$c2" \
      "$(awk -v a="$c2" -v b="$c1" 'BEGIN { print (b > 0 ? a / b : 0) }')"
  done <"$work/without.pages"
}
join_pages
while IFS='|' read -r name ms1 bytes1; do
  IFS='|' read -r _ ms2 bytes2 < <(grep -F "$name|" "$work/with.lists")
  printf '%-40s | median %7.1f ms %9d bytes | median %7.1f ms %9d bytes | time %4.2f, bytes %4.2f\n' "$name" \
    "$ms1" "$bytes1" "$ms2" "$bytes2" \
    "$(awk -v a="$ms2" -v b="$ms1" 'BEGIN { print (b > 0 ? a / b : 0) }')" \
    "$(awk -v a="$bytes2" -v b="$bytes1" 'BEGIN { print (b > 0 ? a / b : 0) }')"
done <"$work/without.lists"
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
