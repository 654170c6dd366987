#!/usr/bin/env bash
# The dev stack in one command (npm run up): PostgreSQL, Redis, a Temporal dev server, MailDev, the API and the
# worker, with the demo cases loaded. Ctrl-C stops what this script started: the API and the worker first (with
# SIGTERM, so the worker drains), then MailDev, then Temporal. Its SQLite file stays in .data/dev, so cases and
# their workflows survive a restart.
#
# Settings come from the environment, then from .env (the apps read it themselves through dotenv), then from the
# dev defaults below. API_PORT and WORKER_HEALTH_PORT move the two apps.
set -euo pipefail
((BASH_VERSINFO[0] > 5 || (BASH_VERSINFO[0] == 5 && BASH_VERSINFO[1] >= 1))) || {
  echo "error: scripts/up.sh needs bash 5.1 or newer (on macOS: brew install bash)" >&2
  exit 1
}

# Two shells. This outer one stays in the terminal's process group and only relays a stop request; the stack
# runs under a second copy of this script in a process group of its own (job control on for that one start).
# So a Ctrl-C reaches this shell alone, not every process at once, and the inner shell stops them in order.
if [[ "${AVRR_UP_INNER:-}" != 1 ]]; then
  set -m
  AVRR_UP_INNER=1 bash "$0" "$@" </dev/null &
  inner=$!
  set +m
  trap 'trap "" INT TERM HUP; kill -TERM "$inner" 2>/dev/null; wait "$inner"; exit 130' INT TERM HUP
  status=0
  wait "$inner" || status=$?
  exit "$status"
fi

unset AVRR_UP_INNER
source "$(dirname "$0")/services.sh"
cd "$ROOT"

DATA="$ROOT/.data/dev"
mkdir -p "$DATA"
# On the way out: the step in progress (its whole process group), then what stop_started knows, newest first.
# stop_started's stderr would only carry bash's "Terminated" notices for the processes it stops.
# fd 3 keeps the terminal: a stop can arrive while a step's output goes to a log file.
exec 3>&1
STEP_PID=''
shutdown() {
  trap '' INT TERM HUP
  if [[ -n "$STEP_PID" ]]; then
    kill -TERM -- "-$STEP_PID" 2>/dev/null || true
    wait "$STEP_PID" 2>/dev/null || true
  fi
  ((${#STARTED_PIDS[@]} == 0)) || log "stopping what this script started, newest first" >&3
  stop_started 2>/dev/null
}
trap shutdown EXIT
# stderr goes quiet on the way out: bash may complain about leaving a function from a trap.
trap 'trap "" INT TERM HUP; exec 2>/dev/null; exit 130' INT TERM HUP

# run_step command...: a long step (npm ci, migrations, build, seed) in a process group of its own, waited for
# with the wait builtin: bash holds a trap until a foreground command ends, but a wait returns at once.
run_step() {
  set -m
  "$@" &
  STEP_PID=$!
  set +m
  local status=0
  wait "$STEP_PID" || status=$?
  STEP_PID=''
  return "$status"
}

# Every process this script started, with its name and log for the message when one dies. start_temporal and
# start_mail_catcher start nothing when the service already answers, hence the count.
WATCHED_PIDS=() WATCHED_NAMES=() WATCHED_LOGS=()
watch_newest() { # name log_file
  ((${#STARTED_PIDS[@]} > ${#WATCHED_PIDS[@]})) || return 0
  WATCHED_PIDS+=("${STARTED_PIDS[-1]}") WATCHED_NAMES+=("$1") WATCHED_LOGS+=("$2")
}

# Stops everything (through the EXIT trap) when a started process has died, pointing at its log.
report_death() { # pid exit_status
  local i
  for i in "${!WATCHED_PIDS[@]}"; do
    [[ "${WATCHED_PIDS[i]}" == "$1" ]] || continue
    printf '\nerror: %s (pid %s) exited with status %s. The end of its log, %s:\n' \
      "${WATCHED_NAMES[i]}" "$1" "$2" "${WATCHED_LOGS[i]}" >&2
    tail -n 25 "${WATCHED_LOGS[i]}" >&2 || true
    printf '\nStopping the rest.\n' >&2
    exit 1
  done
  die "process $1 exited with status $2"
}
check_alive() {
  local pid status
  for pid in "${WATCHED_PIDS[@]}"; do
    kill -0 "$pid" 2>/dev/null && continue
    status=0; wait "$pid" 2>/dev/null || status=$?
    report_death "$pid" "$status"
  done
}

run_step ensure_node_modules || exit 1
ensure_postgres 127.0.0.1 5432
ensure_redis 127.0.0.1 6379

# The value each app will see: the environment first, then .env (dotenv's own parser, as in the apps).
# Empty counts as unset, as it does for the apps.
declare -A CONFIGURED=()
read_configuration() {
  local name value
  while IFS= read -r -d '' name && IFS= read -r -d '' value; do CONFIGURED[$name]=$value; done < <(
    node -e '
      require("dotenv").config({ quiet: true });
      for (const name of process.argv.slice(1)) {
        const value = process.env[name];
        if (value !== undefined && value !== "") process.stdout.write(`${name}\0${value}\0`);
      }' "$@"
  )
}
# Exports a dev default unless the environment or .env sets the variable: exported here, it would override .env.
dev_default() { [[ -n "${CONFIGURED[$1]:-}" ]] || export "$1=$2"; }

read_configuration API_PORT WORKER_HEALTH_PORT MAIL_CATCHER_URL WORKFLOW_BUNDLE_PATH
dev_default MAIL_CATCHER_URL http://127.0.0.1:1080
dev_default WORKFLOW_BUNDLE_PATH "$ROOT/dist/workflow-bundle.js"
API_PORT=${CONFIGURED[API_PORT]:-3000}
WORKER_HEALTH_PORT=${CONFIGURED[WORKER_HEALTH_PORT]:-3001}
for port in "$API_PORT" "$WORKER_HEALTH_PORT"; do
  [[ "$port" =~ ^[1-9][0-9]*$ ]] || die "API_PORT and WORKER_HEALTH_PORT must be fixed ports for the dev stack, not '$port'"
  ! port_open 127.0.0.1 "$port" || die "port $port is already taken (is another 'npm run up' running?)"
done
API_URL="http://127.0.0.1:$API_PORT"
WORKER_URL="http://127.0.0.1:$WORKER_HEALTH_PORT"

# stop_started stops the newest first, so the services start before the apps that use them. The CLI download
# (first run only) is a step of its own so that Ctrl-C interrupts it; start_temporal then finds it in place.
run_step ensure_temporal_cli || exit 1
# Cases and their workflows live in two stores; a new Temporal database means the dev cases have no workflows,
# so the dev database starts afresh with it.
fresh_temporal=false
[[ -f "$DATA/temporal.db" ]] || fresh_temporal=true
start_temporal 7233 8233 "$DATA/temporal.db" "$DATA/temporal.log" </dev/null
watch_newest "the Temporal dev server" "$DATA/temporal.log"
start_mail_catcher 1025 1080 "$DATA/maildev.log" </dev/null
watch_newest "MailDev" "$DATA/maildev.log"

log "applying database migrations"
migrate_args=()
if $fresh_temporal; then
  log "new Temporal dev database: the dev database is recreated to match"
  migrate_args=(--fresh)
fi
run_step npm run -s migration:run -- "${migrate_args[@]}" || die "the migrations failed (see above)"
log "building the API, the worker and the workflow bundle (log: .data/dev/build.log)"
if ! run_step npm run -s build >"$DATA/build.log" 2>&1; then
  { grep -E -A 3 'ERROR|[Ee]rror:' "$DATA/build.log" || tail -n 30 "$DATA/build.log"; } 2>/dev/null | head -n 40 >&2 || true
  die "the build failed; above are its first errors, all of its output is in .data/dev/build.log"
fi

http_ok() {
  if command -v curl >/dev/null; then
    curl -fsS -o /dev/null --max-time 3 "$1"
  else
    node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(3000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1"
  fi
}

# start_app name entry_file log_file
start_app() {
  log "starting the $1 (log: ${3#"$ROOT/"})"
  node "$2" >"$3" 2>&1 </dev/null &
  STARTED_PIDS+=($!)
  watch_newest "the $1" "$3"
}

# wait_ready name url log_file timeout_seconds: like wait_for, but gives up at once if the process has died.
wait_ready() {
  local name=$1 url=$2 logfile=$3 deadline=$((SECONDS + $4))
  until http_ok "$url" 2>/dev/null; do
    check_alive
    ((SECONDS < deadline)) || die "the $name did not become ready at $url within $4s; see $logfile"
    sleep 0.3
  done
}

# The worker first, so that on the way down the API stops taking requests before the worker drains.
start_app worker dist/apps/worker/main.js "$DATA/worker.log"
start_app API dist/apps/api/main.js "$DATA/api.log"
wait_ready worker "$WORKER_URL/health/ready" "$DATA/worker.log" 120
wait_ready API "$API_URL/health/ready" "$DATA/api.log" 120

log "loading the demo cases through the API"
run_step node -r @swc-node/register scripts/seed-demo.ts "$API_URL" ||
  printf '\nwarning: the demo cases could not all be loaded (above); the stack runs anyway. API log: %s\n' \
    "$DATA/api.log" >&2

cat <<EOF

$(log "the dev stack is up after ${SECONDS}s")
  Web app           $API_URL/app/   (counsellors, logistics officers, partners, supervisors)
  API docs          $API_URL/docs
  Temporal UI       http://127.0.0.1:8233
  Queue dashboard   $API_URL/queues   (an administrator: admin@demo.avrr.example)
  MailDev           http://127.0.0.1:1080
  Sign in           in the web app, or POST $API_URL/auth/login  (or Authorize in the API docs)
                    counsellor@demo.avrr.example, logistics@, partner@, supervisor@, finance@, admin@
                    password: demo-password-2026
  Logs              .data/dev/api.log  .data/dev/worker.log  .data/dev/temporal.log  .data/dev/maildev.log
                    (follow with: tail -f .data/dev/api.log .data/dev/worker.log)

Press Ctrl-C to stop.
EOF

# Sleeps until a process this script started exits (then stops the rest) or a signal arrives (trap above).
while true; do
  dead='' status=0
  wait -n -p dead "${WATCHED_PIDS[@]}" || status=$?
  if [[ -n "$dead" ]]; then report_death "$dead" "$status"; fi
  check_alive
  sleep 1 # only reached if wait returned without a death; never spin
done
