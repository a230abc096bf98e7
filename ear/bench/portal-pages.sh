#!/usr/bin/env bash
# Benchmark: the signed-in patient's pages at full speed, each beside the anonymous welcome page
# measured in the same run. Not a test: rerun it by hand and compare the ratios (absolute rates
# depend on what else the machine does; the load average is printed beside them).
#
# Needs a running Salus with the demo data on this machine (ear/salus.sh run, or start + deploy)
# and wrk (Debian: apt-get install wrk). Usage:
#   [SESSIONS=16] [DURATION=15s] [THREADS=2] [PAGES="/home.xhtml ..."] [WARMUP_ROUNDS=2]
#   [WARMUP_DURATION=30s] [ROUNDS=3] bash ear/bench/portal-pages.sh [base-url]
# It signs in SESSIONS page sessions through the login form (alice and bob in turn, the demo
# password), then runs wrk against one page at a time with no think time, each connection sending
# the sessions' cookies in turn: the welcome page (anonymous), the six patient pages (home, my
# appointments, medications, invoices, inbox, find a practitioner).
# First WARMUP_ROUNDS rounds over the welcome page and every page, WARMUP_DURATION each, not
# counted: a server just started needs about two rounds of these pages before the JIT has compiled
# what they run (a single run after a start measured my appointments anywhere from 0.19 to 0.31).
# Then ROUNDS measured rounds; in each, every page gets a warm-up of 5 s (not counted) and its run
# follows a run of the welcome page, as the machine's load may change meanwhile. A page that
# answers anything but 200 (say the login page's redirect because a session ended) is counted as an
# error and fails the run. At the end: each page's ratio to the welcome run before it in each
# round, and the median over the rounds, which the target (at least 1/3 for every page) is judged
# on: the spread between rounds on one server is some 10 %, between server starts more.
set -euo pipefail
source "$(dirname "$0")/sign-in.sh"
base=${1:-http://127.0.0.1:${SALUS_HTTP_PORT:-8080}/salus}
sessions=${SESSIONS:-16}
duration=${DURATION:-15s}
threads=${THREADS:-2}
warmup_rounds=${WARMUP_ROUNDS:-2}
warmup_duration=${WARMUP_DURATION:-30s}
rounds=${ROUNDS:-3}
users=(alice bob)
password=Salus-demo-1
pages=(
  /scheduling/my-appointments.xhtml
  /prescriptions/medications.xhtml
  /billing/invoices.xhtml
  /notification/inbox.xhtml
  /scheduling/find-practitioner.xhtml
  /home.xhtml
)
# PAGES="/home.xhtml /billing/invoices.xhtml" measures only those (say, while profiling one page);
# an API path (/api/v1/...) is asked with HTTP Basic as alice and bob.
[[ -z "${PAGES:-}" ]] || read -r -a pages <<<"$PAGES"
# RESULTS=file also writes one line a page there: page, req/s, CPU ms, the welcome run's req/s and
# CPU ms (each the median over the rounds), answers not 200 (portal-pages-big.sh reads it).
results=${RESULTS:-/dev/null}

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
curl -fsS -o /dev/null "$base/api/v1/health" || { echo "no Salus answers at $base" >&2; exit 2; }
port=$(sed -n 's#^https\?://[^:/]*:\([0-9]*\).*#\1#p' <<<"$base")
# The server's JVM, when it runs on this machine: its CPU time per request is the figure that other
# work on the machine does not change (much), unlike the request rate.
pid=$(ss -Hltnp "sport = :${port:-80}" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1)
ticks_per_second=$(getconf CLK_TCK)
cpu_ticks() { if [[ -n "$pid" ]]; then awk '{ print $14 + $15 }' "/proc/$pid/stat"; else echo 0; fi; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Signing in $sessions sessions..."
: >"$work/cookies"
for i in $(seq 0 $((sessions - 1))); do
  sign_in "$base" "${users[i % ${#users[@]}]}" "$password" "$work/jar.$i" >>"$work/cookies"
done

# An API path (/api/...) is asked with HTTP Basic as the same users instead (answered from the
# credential cache after the first request of each).
: >"$work/basic"
for user in "${users[@]}"; do
  echo "Basic $(printf '%s:%s' "$user" "$password" | base64 -w0)" >>"$work/basic"
done

# Every connection sends the sessions' cookies (or Basic credentials) in turn (anonymous: none);
# anything but 200 counts.
cat >"$work/pages.lua" <<'LUA'
local cookies = {}
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
function init(args)
  for line in io.lines(args[1]) do
    table.insert(cookies, line)
  end
  i = 0
  errors = 0
end
function request()
  if #cookies == 0 then
    return wrk.format("GET", wrk.path)
  end
  i = i % #cookies + 1
  if string.sub(cookies[i], 1, 6) == "Basic " then
    return wrk.format("GET", wrk.path, { Authorization = cookies[i] })
  end
  return wrk.format("GET", wrk.path, { Cookie = cookies[i] })
end
function response(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
  end
end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("errors")
  end
  io.write(string.format("rate %.1f mean_ms %.1f p95_ms %.1f p99_ms %.1f requests %d errors %d\n",
    summary.requests / (summary.duration / 1e6), latency.mean / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests, total))
end
LUA
: >"$work/empty"

# One page for a while, not counted: warm PATH CREDENTIALS DURATION.
warm() {
  wrk -t "$threads" -c "$sessions" -d "$3" -s "$work/pages.lua" "$base$1" -- "$2" >/dev/null
}

# One page: a warm-up, then the measured run. Prints "rate mean p95 p99 requests errors cpu", cpu the
# server's CPU time per request in ms (0 when the server is not on this machine).
measure() {
  local path=$1 cookies=$2 before after
  warm "$path" "$cookies" 5s
  before=$(cpu_ticks)
  wrk -t "$threads" -c "$sessions" -d "$duration" --timeout 10s -s "$work/pages.lua" \
    "$base$path" -- "$cookies" >"$work/out"
  after=$(cpu_ticks)
  awk -v t=$((after - before)) -v hz="$ticks_per_second" \
    '/^rate / { print $2, $4, $6, $8, $10, $12, ($10 > 0 ? t * 1000 / hz / $10 : 0) }' "$work/out"
}

# The machine's load changes while the benchmark runs: each page is measured right after a run of
# the welcome page, and compared with that run.
row() {
  printf '%-36s %7.1f req/s  mean %6.1f ms  p95 %7.1f ms  p99 %7.1f ms  %6d requests  %d errors  CPU %5.2f ms/request\n' "$@"
}
credentials_of() { if [[ "$1" == /api/* ]]; then echo "$work/basic"; else echo "$work/cookies"; fi; }
median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg); $sessions connections, $duration a run"
for r in $(seq 1 "$warmup_rounds"); do
  echo "Warm-up round $r of $warmup_rounds ($warmup_duration a page, not counted)..."
  warm /index.xhtml "$work/empty" "$warmup_duration"
  for page in "${pages[@]}"; do
    warm "$page" "$(credentials_of "$page")" "$warmup_duration"
  done
done
declare -A rate welcome errs cpu wcpu
failed=0
for r in $(seq 1 "$rounds"); do
  echo "Round $r of $rounds:"
  for page in "${pages[@]}"; do
    read -r w wmean wp95 wp99 wn we wc < <(measure /index.xhtml "$work/empty")
    row "welcome (anonymous)" "$w" "$wmean" "$wp95" "$wp99" "$wn" "$we" "$wc"
    ((we == 0)) || { echo "the welcome page answered other than 200"; failed=1; }
    read -r x mean p95 p99 n e c < <(measure "$page" "$(credentials_of "$page")")
    row "$page" "$x" "$mean" "$p95" "$p99" "$n" "$e" "$c"
    rate[$page]+="$x " welcome[$page]+="$w " cpu[$page]+="$c " wcpu[$page]+="$wc "
    errs[$page]=$((${errs[$page]:-0} + e))
  done
done
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

echo
echo "Each page against the welcome page run just before it, in each round and the median over the"
echo "rounds (target >= 0.33): requests per second, and the welcome page's CPU time per request over"
echo "the page's (what the rate would be on an otherwise idle machine):"
for page in "${pages[@]}"; do
  read -r -a rs <<<"${rate[$page]}"
  read -r -a ws <<<"${welcome[$page]}"
  read -r -a cs <<<"${cpu[$page]}"
  read -r -a wcs <<<"${wcpu[$page]}"
  ratios="" cpu_ratios=""
  for i in "${!rs[@]}"; do
    ratios+="$(awk -v r="${rs[i]}" -v w="${ws[i]}" 'BEGIN { printf "%.2f", r / w }') "
    cpu_ratios+="$(awk -v c="${cs[i]}" -v w="${wcs[i]}" 'BEGIN { printf "%.2f", (c > 0 ? w / c : 0) }') "
  done
  ratio=$(median <<<"$ratios")
  cpu_ratio=$(median <<<"$cpu_ratios")
  verdict=ok
  awk -v r="$ratio" 'BEGIN { exit !(r < 0.33) }' && verdict="below target"
  ((errs[$page] == 0)) || { verdict="$verdict, ${errs[$page]} answers not 200"; failed=1; }
  printf '%-36s rounds %s median %5.2f   CPU rounds %s median %5.2f  %s\n' "$page" \
    "$ratios" "$ratio" "$cpu_ratios" "$cpu_ratio" "$verdict"
  echo "$page $(median <<<"${rate[$page]}") $(median <<<"${cpu[$page]}") $(median <<<"${welcome[$page]}") $(median <<<"${wcpu[$page]}") ${errs[$page]}" >>"$results"
done
exit $failed
