#!/usr/bin/env bash
# Salus on Payara Server: build, set up, start and stop, and the whole test suite.
#
#   ear/salus.sh run     build the EAR, set up Payara and the database, deploy, stay in the
#                        foreground until Ctrl-C (which stops Payara cleanly)
#   ear/salus.sh test    install what the tests need, run every test (H2, then MariaDB)
#   ear/salus.sh start | stop | deploy EAR
#                        the pieces, used by the integration-test phase of ear/pom.xml
#
# Configuration (environment): SALUS_HOME (Payara, domain and data; default <repo>/.salus),
# SALUS_DATA_DIR, SALUS_HTTP_PORT (8080; the admin port, on loopback, is HTTP - 32), SALUS_DEMO,
# SALUS_DB_URL / SALUS_DB_USER / SALUS_DB_PASSWORD (MySQL or MariaDB instead of H2),
# SALUS_SECURE_TRANSPORT (Secure cookies and HSTS; the run command serves plain HTTP on this
# machine and sets it to false unless told otherwise);
# SALUS_REQUIRE_MARIADB=true (set by .ci/run) makes a missing MariaDB fail the test command.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$root/pom.xml" | head -n 1; }

PAYARA_VERSION=$(pom_property payara.version)
CONNECTOR_VERSION=$(pom_property mysql-connector.version)
H2_VERSION=$(pom_property h2.version)
# The H2 that Payara bundles, the only one Salus ran on before: an H2 database without a version
# mark (see upgrade_h2_database) was written by it.
H2_FORMER_VERSION=2.2.224
export SALUS_HOME=${SALUS_HOME:-$root/.salus}
export SALUS_DATA_DIR=${SALUS_DATA_DIR:-$SALUS_HOME/data}
export SALUS_HTTP_PORT=${SALUS_HTTP_PORT:-8080}
# Payara's other ports (admin, IIOP, JMX...) sit next to the HTTP port (its "port base" is
# HTTP - 80), so several Salus servers can run side by side on one machine.
SALUS_ADMIN_PORT=$((SALUS_HTTP_PORT - 32))
PAYARA_HOME=${PAYARA_HOME:-$root/.salus/payara-$PAYARA_VERSION/payara6}
DOMAIN_DIR=$SALUS_HOME/domains
DOMAIN=salus
H2_JARS=$root/.salus/h2
ASADMIN=("$PAYARA_HOME/bin/asadmin" --port "$SALUS_ADMIN_PORT")
MVN=(mvn -B -ntp -Dstyle.color=never)

log() { printf '[salus] %s\n' "$*"; }
fail() { printf '[salus] ERROR: %s\n' "$*" >&2; exit 1; }

database_environment() {
  if [[ -z "${SALUS_DB_URL:-}" ]]; then
    mkdir -p "$SALUS_DATA_DIR"
    export SALUS_DB_URL="jdbc:h2:file:$SALUS_DATA_DIR/salus;MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE"
    export SALUS_DB_USER=${SALUS_DB_USER:-sa}
    export SALUS_DB_PASSWORD=${SALUS_DB_PASSWORD:-}
    export SALUS_DB_DATASOURCE=org.h2.jdbcx.JdbcDataSource
  elif [[ "$SALUS_DB_URL" == jdbc:mysql:* || "$SALUS_DB_URL" == jdbc:mariadb:* ]]; then
    export SALUS_DB_URL=${SALUS_DB_URL/jdbc:mariadb:/jdbc:mysql:}
    export SALUS_DB_DATASOURCE=com.mysql.cj.jdbc.MysqlDataSource
  elif [[ "$SALUS_DB_URL" == jdbc:h2:* ]]; then
    export SALUS_DB_DATASOURCE=org.h2.jdbcx.JdbcDataSource
  else
    fail "SALUS_DB_URL must be a jdbc:h2:, jdbc:mysql: or jdbc:mariadb: URL"
  fi
}

install_payara() {
  [[ -x "$PAYARA_HOME/bin/asadmin" ]] && return
  local target
  target=$(dirname "$PAYARA_HOME")
  log "Fetching Payara Server $PAYARA_VERSION (Full) from Maven Central (once)..."
  "${MVN[@]}" -q dependency:copy -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" \
    -DoutputDirectory="$target" || fail "could not fetch Payara through Maven"
  unzip -q -o "$target/payara-$PAYARA_VERSION.zip" -d "$target"
  rm -f "$target/payara-$PAYARA_VERSION.zip"
}

# The H2 jar of a version (fetched through Maven once), printed as a path.
h2_jar() {
  local jar="$H2_JARS/h2-$1.jar"
  if [[ ! -f "$jar" ]]; then
    "${MVN[@]}" -q dependency:copy -Dartifact="com.h2database:h2:$1" -DoutputDirectory="$H2_JARS" >&2 \
      || fail "could not fetch H2 $1 through Maven"
  fi
  echo "$jar"
}

h2_jar_version() {
  unzip -p "$1" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Implementation-Version: *//p'
}

# Payara bundles H2 2.2.224 (h2db/bin/h2.jar, on the server's common class path), whose embedded
# mode breaks under concurrent inserts: duplicate keys, even damaged files (h2database issues
# #3944, #3950). Salus runs on the H2 of the pom instead, put in place of the bundled jar, so one
# H2 serves both jdbc/salus and Payara's EJB timer pool (__TimerPool). The bundled jar is kept
# beside the others in .salus/h2, for moving old databases over.
install_h2() {
  local bundled="$PAYARA_HOME/h2db/bin/h2.jar" version
  version=$(h2_jar_version "$bundled")
  [[ "$version" == "$H2_VERSION" ]] && return
  log "Putting H2 $H2_VERSION in place of the H2 $version that Payara bundles..."
  mkdir -p "$H2_JARS"
  [[ -f "$H2_JARS/h2-$version.jar" ]] || cp "$bundled" "$H2_JARS/h2-$version.jar"
  cp "$(h2_jar "$H2_VERSION")" "$bundled.new"
  mv "$bundled.new" "$bundled"
}

# Moves an H2 database (path without .mv.db) written by another H2 version to this one. H2 keeps
# no promise that a release opens the files of another; its one supported way over is SQL: the
# old version exports the database as a script (SCRIPT), the new one runs it into a new file
# (RUNSCRIPT). The old file and the script stay beside the new file. Beside each database a mark
# (<name>.h2-version) says which H2 wrote it; a database without one was written by the H2 that
# Payara bundles. Run only while no server has the database open.
upgrade_h2_database() {
  local db=$1 user=${2:-} password=${3:-} mark="$1.h2-version" from
  if [[ ! -f "$db.mv.db" ]]; then
    # Made later by this H2 (the server creates it on first use).
    mkdir -p "$(dirname "$db")"
    echo "$H2_VERSION" >"$mark"
    return
  fi
  from=$(cat "$mark" 2>/dev/null || echo "$H2_FORMER_VERSION")
  [[ "$from" == "$H2_VERSION" ]] && return
  local stamp script backup
  stamp=$(date -u +%Y%m%d-%H%M%S)
  script="$db.h2-$from-$stamp.sql.zip"
  backup="$db.mv.db.h2-$from-$stamp"
  log "Moving the database $db.mv.db from H2 $from to H2 $H2_VERSION..."
  rm -f "$db.upgrading.mv.db" "$db.upgrading.trace.db"
  java -cp "$(h2_jar "$from")" org.h2.tools.Script -url "jdbc:h2:file:$db;ACCESS_MODE_DATA=r" \
    -user "$user" -password "$password" -script "$script" -options compression zip >&2 \
    || fail "H2 $from could not export $db.mv.db; it is left as it was"
  if ! java -cp "$(h2_jar "$H2_VERSION")" org.h2.tools.RunScript -url "jdbc:h2:file:$db.upgrading" \
    -user "$user" -password "$password" -script "$script" -options compression zip >&2; then
    rm -f "$db.upgrading.mv.db" "$db.upgrading.trace.db"
    fail "H2 $H2_VERSION could not load the export $script; $db.mv.db is left as it was"
  fi
  mv "$db.mv.db" "$backup"
  mv "$db.upgrading.mv.db" "$db.mv.db"
  echo "$H2_VERSION" >"$mark"
  log "Moved: $db.mv.db is now written by H2 $H2_VERSION; the old file is kept as $backup and its SQL export as $script."
}

# The H2 file database of SALUS_DB_URL (path without .mv.db), if it is one.
h2_file_database() {
  [[ "$SALUS_DB_URL" == jdbc:h2:file:* ]] || return 1
  local path=${SALUS_DB_URL#jdbc:h2:file:}
  echo "${path%%;*}"
}

# Every H2 database a start opens, moved to this H2 first: Salus's own and the domain's (the EJB
# timer store and Payara's default database).
upgrade_h2_databases() {
  local db
  if db=$(h2_file_database); then
    upgrade_h2_database "$db" "${SALUS_DB_USER:-}" "${SALUS_DB_PASSWORD:-}"
  fi
  for db in ejbtimer embedded_default; do
    upgrade_h2_database "$DOMAIN_DIR/$DOMAIN/lib/databases/$db"
  done
}

# Opens the stopped server's H2 database with this H2 and reads all of it: every row of every
# table is exported (to nowhere), each table counted, and the audit trail checked for repeated
# ids. Fails when the file does not open or a row cannot be read.
check_h2_database() {
  local db
  db=$(h2_file_database) || return 0
  [[ -f "$db.mv.db" ]] || fail "no database at $db.mv.db"
  local jar url export counts
  jar=$(h2_jar "$H2_VERSION")
  url="jdbc:h2:file:$db;ACCESS_MODE_DATA=r"
  export=$(mktemp)
  java -cp "$jar" org.h2.tools.Script -url "$url" -user "${SALUS_DB_USER:-}" -password "${SALUS_DB_PASSWORD:-}" \
    -script "$export" >&2 || { rm -f "$export"; fail "the database $db.mv.db does not open cleanly"; }
  rm -f "$export"
  counts=$(java -cp "$jar" org.h2.tools.Shell -url "$url" -user "${SALUS_DB_USER:-}" -password "${SALUS_DB_PASSWORD:-}" \
    -sql "SELECT H2VERSION() || ', ' || (SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC') || ' tables, ' || COUNT(*) || ' audit entries, ' || (COUNT(*) - COUNT(DISTINCT id)) || ' repeated ids' AS \"check\" FROM audit_entry" 2>&1) \
    || fail "the database $db.mv.db does not answer: $counts"
  local line
  line=$(sed -n '2p' <<<"$counts")
  [[ "$line" == *", 0 repeated ids"* ]] || fail "the database $db.mv.db is not consistent: $counts"
  log "The database opens cleanly: H2 $line."
}

create_domain() {
  local xml="$DOMAIN_DIR/$DOMAIN/config/domain.xml"
  if [[ -d "$DOMAIN_DIR/$DOMAIN" ]]; then
    # Reuse the domain made for this HTTP port; one left half-made or made for another port is
    # made anew (the data lives outside it, in SALUS_DATA_DIR or the database).
    if [[ -f "$xml" ]] && grep 'name="admin-listener"' "$xml" | grep -q "port=\"$SALUS_ADMIN_PORT\""; then
      return
    fi
    log "Making the Payara domain anew for port $SALUS_HTTP_PORT..."
    rm -rf "${DOMAIN_DIR:?}/$DOMAIN"
  fi
  log "Creating the Payara domain '$DOMAIN' in $DOMAIN_DIR (once)..."
  "$PAYARA_HOME/bin/asadmin" create-domain --nopassword=true --domaindir "$DOMAIN_DIR" \
    --portbase "$((SALUS_HTTP_PORT - 80))" "$DOMAIN" >/dev/null
  # The server heap: room for sessions and caches of a busy clinic (Payara's default is 512 MiB).
  # The data grid binds only the cluster interface, not every address of the machine; and no JMS
  # broker (Salus uses none), so nothing listens for one (a new domain has no jms-service element
  # of its own to set, hence the edit before the first start).
  sed -i -e 's:<jvm-options>-Xmx512m</jvm-options>:<jvm-options>-Xmx1g</jvm-options>:' \
    -e 's:\(<jvm-options>-Xmx1g</jvm-options>\):\1<jvm-options>-Dhazelcast.socket.bind.any=false</jvm-options>:' \
    -e '0,/<security-service>/s::<jms-service type="DISABLED" default-jms-host="default_JMS_host"><jms-host name="default_JMS_host" host="localhost" port="'"$((SALUS_HTTP_PORT - 4))"'" lazy-init="true"></jms-host></jms-service>\n      <security-service>:' \
    "$DOMAIN_DIR/$DOMAIN/config/domain.xml"
  "${MVN[@]}" -q dependency:copy -Dartifact="com.mysql:mysql-connector-j:$CONNECTOR_VERSION" \
    -DoutputDirectory="$DOMAIN_DIR/$DOMAIN/lib" || fail "could not fetch MySQL Connector/J"
}

# The server's temporary files in the domain, not in the machine's /tmp: Payara's admin REST
# saves an uploaded archive as <java.io.tmpdir>/<its file name> and deletes it after the deploy,
# so two servers of one machine deploying salus-it.ear at the same time (the suite's two halves)
# deleted each other's upload ("File source doesn't exist"). Added to domains made before too.
private_tmpdir() {
  local xml="$DOMAIN_DIR/$DOMAIN/config/domain.xml"
  mkdir -p "$DOMAIN_DIR/$DOMAIN/tmp"
  grep -q -- '-Djava.io.tmpdir=' "$xml" && return
  sed -i -e '0,/<jvm-options>-Dhazelcast.socket.bind.any=false<\/jvm-options>/s::&<jvm-options>-Djava.io.tmpdir=${com.sun.aas.instanceRoot}/tmp</jvm-options>:' "$xml"
  grep -q -- '-Djava.io.tmpdir=' "$xml" || fail "could not give the domain its own temporary directory ($xml)"
}

wait_for_http() {
  local url=$1 seconds=$2 started
  started=$(date +%s)
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    (($(date +%s) - started > seconds)) && return 1
    sleep 1
  done
}

# The young generation sized by G1 itself: Payara's new domain pins it at a third of the heap
# (-XX:NewRatio=2), so under load the pages' short-lived garbage was collected every 0.4 s, 4-5 %
# of the time of ear/bench/portal-pages.sh in pauses. Taken out of domains made before too.
adaptive_young_generation() {
  sed -i -e 's:<jvm-options>-XX\:NewRatio=2</jvm-options>::' "$DOMAIN_DIR/$DOMAIN/config/domain.xml"
}

is_running() {
  "${ASADMIN[@]}" list-domains --domaindir "$DOMAIN_DIR" 2>/dev/null | grep -q "^$DOMAIN running"
}

start_server() {
  database_environment
  install_payara
  install_h2
  create_domain
  private_tmpdir
  adaptive_young_generation
  if is_running; then
    log "Stopping a Salus server that was left running..."
    "${ASADMIN[@]}" stop-domain --domaindir "$DOMAIN_DIR" "$DOMAIN" >/dev/null || true
  fi
  upgrade_h2_databases
  log "Starting Payara on port $SALUS_HTTP_PORT (database: ${SALUS_DB_URL%%;*})..."
  # The shared set-up, then this run's HTTP port as a literal (the shared file keeps it an
  # ${ENV=...} reference for containers; local tools and the Arquillian adapter read it plainly).
  local preboot="$DOMAIN_DIR/$DOMAIN/config/salus-pre-boot.asadmin"
  {
    cat "$here/src/main/payara/pre-boot-commands.asadmin"
    echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener-1.port=$SALUS_HTTP_PORT"
  } >"$preboot"
  "${ASADMIN[@]}" start-domain --domaindir "$DOMAIN_DIR" \
    --prebootcommandfile "$preboot" \
    --postbootcommandfile "$here/src/main/payara/post-boot-commands.asadmin" \
    "$DOMAIN" >/dev/null || fail "Payara did not start; see $DOMAIN_DIR/$DOMAIN/logs/server.log"
}

stop_server() {
  if is_running; then
    log "Stopping Payara..."
    # Every start deploys the freshly built EAR: undeploy now so that the next start does not
    # first load an old copy.
    "${ASADMIN[@]}" undeploy salus >/dev/null 2>&1 || true
    "${ASADMIN[@]}" stop-domain --domaindir "$DOMAIN_DIR" "$DOMAIN" >/dev/null || true
  fi
}

deploy_ear() {
  local ear=$1
  [[ -f "$ear" ]] || fail "no EAR at $ear: build it first (mvn install)"
  log "Deploying $(basename "$ear")..."
  "${ASADMIN[@]}" deploy --force=true --name salus "$ear" >/dev/null \
    || fail "deployment failed; see $DOMAIN_DIR/$DOMAIN/logs/server.log"
  wait_for_http "http://127.0.0.1:$SALUS_HTTP_PORT/salus/api/v1/health" 180 \
    || fail "Salus did not answer on port $SALUS_HTTP_PORT; see $DOMAIN_DIR/$DOMAIN/logs/server.log"
}

print_welcome() {
  cat <<EOF

  Salus is running at http://localhost:$SALUS_HTTP_PORT/salus/
  REST API:           http://localhost:$SALUS_HTTP_PORT/salus/api/v1/health

EOF
  if [[ "${SALUS_DEMO:-}" == "true" ]]; then
    cat <<EOF
  Demo accounts, all with the password Salus-demo-1:
    patients alice, bob · carer carol (Alice's daughter) · clinician dr.chen
    educator edu.nguyen · case manager cm.smith · moderator mod.lee
    front desk desk.jones · administrator admin

EOF
  fi
  echo "  Server log: $DOMAIN_DIR/$DOMAIN/logs/server.log   Press Ctrl-C to stop."
  echo
}

# The integration tests' server: a fresh database, then the EAR built by this reactor.
it_start() {
  database_environment
  case "$SALUS_DB_URL" in
    jdbc:h2:*)
      [[ "$SALUS_DATA_DIR" == */target/* ]] || fail "it-start wipes its database: use a data directory under target/"
      rm -rf "$SALUS_DATA_DIR"
      ;;
    jdbc:mysql:*)
      local db=${SALUS_DB_URL#*://*/}
      db=${db%%\?*}
      "$(command -v mariadb || command -v mysql)" -h127.0.0.1 -uroot \
        -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci" \
        || fail "could not create the test database $db"
      ;;
  esac
  start_server
  deploy_ear "${SALUS_EAR:-$here/target/salus.ear}"
}

run() {
  export SALUS_DEMO=${SALUS_DEMO:-true}
  # Plain HTTP on localhost: a Secure cookie would never come back, and HSTS would pin localhost.
  export SALUS_SECURE_TRANSPORT=${SALUS_SECURE_TRANSPORT:-false}
  local started
  started=$(date +%s)
  log "Building Salus..."
  (cd "$root" && "${MVN[@]}" -q install -DskipTests) || fail "the build failed"
  trap 'stop_server' EXIT
  trap 'exit 0' INT TERM
  start_server
  deploy_ear "$here/target/salus.ear"
  log "Ready in $(($(date +%s) - started)) s."
  print_welcome
  while is_running; do sleep 5; done
  fail "Payara stopped unexpectedly; see $DOMAIN_DIR/$DOMAIN/logs/server.log"
}

# The integration tests' server stops, and its embedded database must open cleanly afterwards.
it_stop() {
  stop_server
  database_environment
  check_h2_database
}

ensure_test_tools() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v unzip >/dev/null || missing+=(unzip)
  command -v curl >/dev/null || missing+=(curl)
  command -v npm >/dev/null || missing+=(npm)
  if ((${#missing[@]})); then
    log "Installing ${missing[*]} from Debian's packages..."
    local sudo=()
    ((EUID == 0)) || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

mariadb_available() {
  if ! command -v mariadb >/dev/null && ! command -v mysql >/dev/null; then return 1; fi
  local client
  client=$(command -v mariadb || command -v mysql)
  if ! "$client" -h127.0.0.1 -uroot -e 'SELECT 1' >/dev/null 2>&1 && [[ -x /usr/sbin/mariadbd ]]; then
    log "Starting MariaDB..."
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd || true
    for _ in $(seq 1 30); do
      "$client" -h127.0.0.1 -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
      sleep 1
    done
  fi
  "$client" -h127.0.0.1 -uroot -e 'SELECT 1' >/dev/null 2>&1
}

# One line for a half of the integration tests, and its failed tests when it failed.
half_summary() {
  if (($2 == 0)); then
    log "$1 half: passed"
  else
    log "$1 half: FAILED (exit $2):"
    sed -n '/^\[INFO\] Results:/,/Tests run:/p' "$3" | grep -E '^\[ERROR\]' || true
  fi
}

test_all() {
  ensure_test_tools
  cd "$root"
  local mariadb=false
  if mariadb_available; then
    mariadb=true
  elif [[ "${SALUS_REQUIRE_MARIADB:-}" == "true" || "${CI:-}" == "true" ]]; then
    fail "MariaDB is not available on 127.0.0.1:3306, and this run must test against it (SALUS_REQUIRE_MARIADB)"
  fi
  log "Unit tests and the build..."
  "${MVN[@]}" install -DskipITs
  if ! $mariadb; then
    log "MariaDB is not available: the MariaDB run of the integration tests is skipped."
    log "The integration tests against H2..."
    "${MVN[@]}" verify -pl ear
    return
  fi
  # The two halves run side by side, each with its own build directory, server, ports and
  # database: most of a half's time is spent waiting (a browser, a deployment, a clock), so two
  # cores serve both. The MariaDB half's output follows the H2 half's.
  # What both halves' servers share is fetched once, before they start.
  install_payara
  install_h2
  local h2_log="$SALUS_HOME/it-h2.log" mariadb_log="$SALUS_HOME/it-mariadb.log"
  local mariadb_pid h2_status=0 mariadb_status=0
  mkdir -p "$SALUS_HOME"
  log "The integration tests against H2 and, beside them, against MariaDB (output in $mariadb_log)..."
  "${MVN[@]}" verify -pl ear -Pit-mariadb -Dit.build=target-mariadb \
    -Dit.http.port=28080 -Dit.admin.port=28048 -Dit.smtp.port=28025 >"$mariadb_log" 2>&1 &
  mariadb_pid=$!
  "${MVN[@]}" verify -pl ear -Pit-h2-half 2>&1 | tee "$h2_log" || h2_status=$?
  wait "$mariadb_pid" || mariadb_status=$?
  log "The integration tests against MariaDB:"
  cat "$mariadb_log"
  half_summary H2 "$h2_status" "$h2_log"
  half_summary MariaDB "$mariadb_status" "$mariadb_log"
  ((h2_status == 0 && mariadb_status == 0)) || fail "integration tests failed"
}

case "${1:-}" in
  run) run ;;
  test) test_all ;;
  start) start_server ;;
  it-start) it_start ;;
  stop) stop_server ;;
  it-stop) it_stop ;;
  deploy) deploy_ear "${2:?usage: salus.sh deploy EAR}" ;;
  h2-jar) h2_jar "${2:-$H2_VERSION}" ;;
  h2-upgrade) upgrade_h2_database "${2:?usage: salus.sh h2-upgrade DATABASE [USER [PASSWORD]]}" "${3:-}" "${4:-}" ;;
  *) echo "usage: $0 run | test | start | stop | it-start | it-stop | deploy EAR | h2-jar [VERSION] | h2-upgrade DATABASE [USER [PASSWORD]]" >&2; exit 2 ;;
esac
