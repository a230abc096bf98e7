#!/usr/bin/env bash
# Benchmark: what HTTP Basic on the API costs with and without the credential cache.
# Needs a running Salus (ear/salus.sh run, or start + deploy). Usage:
#   bash ear/bench/basic-auth.sh [base-url] [requests]
# It registers fresh patients (no demo account is touched), then measures GET /me:
#   - first request of each new user: the full PBKDF2 check (600,000 iterations);
#   - repeated requests of one user: answered from the credential cache.
set -euo pipefail
base=${1:-http://127.0.0.1:${SALUS_HTTP_PORT:-8080}/salus/api/v1}
requests=${2:-500}
users=${USERS:-20}
password='Bench-mark-passphrase-42'
run=$(date +%s%N | tail -c 7)

source "$(dirname "$0")/stats.sh"

echo "Registering $users patients..."
for i in $(seq 1 "$users"); do
  curl -fsS -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"username\":\"bench$run$i\",\"password\":\"$password\",\"email\":\"b$i@example.org\",\"fullName\":\"Bench $i\",\"birthDate\":\"1970-01-01\"}" \
    "$base/auth/register"
done

echo -n "Uncached (first GET /me of each user, full PBKDF2): "
for i in $(seq 1 "$users"); do
  curl -fsS -o /dev/null -w '%{time_total}\n' -u "bench$run$i:$password" "$base/me"
done | stats

echo -n "Cached   (GET /me repeated by one user, keep-alive): "
urls=()
for _ in $(seq 1 "$requests"); do urls+=(-o /dev/null "$base/me"); done
# The first 10 requests warm the connection and the JIT; they are left out.
curl -fsS -u "bench${run}1:$password" -w '%{time_total}\n' "${urls[@]}" | tail -n +11 | stats
