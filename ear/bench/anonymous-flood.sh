#!/usr/bin/env bash
# Benchmark: a flood of anonymous page views (welcome, sign-in, registration, a missing page) at
# full speed. The public pages must hold no session, so the live heap stays flat and the server
# keeps answering. Not a test: rerun it by hand and compare.
#
# Needs a running Salus on this machine (ear/salus.sh run, or start + deploy) and wrk (Debian:
# apt-get install wrk). Usage:
#   [DURATION=10m] [THREADS=2] [CONNECTIONS=64] bash ear/bench/anonymous-flood.sh [base-url]
# Every 10 s it prints the heap in use (jcmd GC.heap_info); every minute, and at the start and the
# end, the live heap after a full collection and the number of live HTTP sessions (jcmd
# GC.class_histogram, StandardSession). At the end: requests per second, errors, and whether the
# server still answers and the heap stayed below its limit (-Xmx).
set -euo pipefail
base=${1:-http://127.0.0.1:${SALUS_HTTP_PORT:-8080}/salus}
duration=${DURATION:-10m}
threads=${THREADS:-2}
connections=${CONNECTIONS:-64}
port=$(sed -n 's#^https\?://[^:/]*:\([0-9]*\).*#\1#p' <<<"$base")
port=${port:-80}

command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 2; }
curl -fsS -o /dev/null "$base/api/v1/health" || { echo "no Salus answers at $base" >&2; exit 2; }

# The Payara JVM that listens on the port.
pid=$(ss -Hltnp "sport = :$port" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -n 1)
[[ -n "$pid" ]] || { echo "no process listens on port $port" >&2; exit 2; }
xmx_mib=$(($(jcmd "$pid" VM.flags | tr ' ' '\n' | sed -n 's/^-XX:MaxHeapSize=//p') / 1048576))

heap_used_mib() {
  jcmd "$pid" GC.heap_info | sed -n 's/.*total \([0-9]*\)K, used \([0-9]*\)K.*/\2/p' | head -n 1 |
    awk '{ printf "%d", $1 / 1024 }'
}
# Forces a full collection: the live heap and the live sessions.
live() {
  local histogram sessions bytes
  histogram=$(jcmd "$pid" GC.class_histogram)
  sessions=$(awk '$4 == "org.apache.catalina.session.StandardSession" { print $2 }' <<<"$histogram")
  bytes=$(awk '/^Total/ { print $3 }' <<<"$histogram")
  printf 'live heap %d MiB, sessions %d' $((bytes / 1048576)) "${sessions:-0}"
}

echo "Salus at $base (pid $pid, heap limit $xmx_mib MiB); flood: $duration, $threads threads, $connections connections"
echo "before: $(live)"

# Each connection walks through the four pages in turn.
script=$(mktemp)
trap 'rm -f "$script"' EXIT
cat >"$script" <<'LUA'
local paths = { "/index.xhtml", "/login.xhtml", "/register.xhtml", "/no-such-page.xhtml" }
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end
function init(args)
  i = 0
  cookies = 0
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", wrk.path .. paths[i])
end
function response(status, headers, body)
  local cookie = headers["Set-Cookie"] or headers["set-cookie"]
  if cookie and string.find(cookie, "JSESSIONID") then
    cookies = cookies + 1
  end
end
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("cookies")
  end
  io.write(string.format("session cookies handed out: %d\n", total))
end
LUA
wrk -t "$threads" -c "$connections" -d "$duration" --timeout 10s --latency -s "$script" "$base" \
  >/tmp/anonymous-flood.$$ 2>&1 &
wrk_pid=$!
max_used=0
tick=0
started=$SECONDS
while kill -0 "$wrk_pid" 2>/dev/null; do
  sleep 10
  kill -0 "$wrk_pid" 2>/dev/null || break
  tick=$((tick + 1))
  used=$(heap_used_mib)
  ((used > max_used)) && max_used=$used
  # Under full load jcmd itself is slow: the time is the real time since the start.
  if ((tick % 6 == 0)); then
    echo "$((SECONDS - started)) s: heap in use $used MiB; $(live)"
  else
    echo "$((SECONDS - started)) s: heap in use $used MiB"
  fi
done
wait "$wrk_pid" || true
cat /tmp/anonymous-flood.$$
rm -f /tmp/anonymous-flood.$$
echo "after: $(live)"
echo "highest heap in use seen: $max_used MiB of $xmx_mib MiB"
if curl -fsS -o /dev/null -m 10 "$base/login.xhtml"; then
  echo "the server still answers: yes"
else
  echo "the server still answers: NO"
  exit 1
fi
((max_used < xmx_mib)) || { echo "the heap reached its limit" >&2; exit 1; }
