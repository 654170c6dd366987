#!/usr/bin/env bash
# The whole test suite on the real stack: PostgreSQL, Redis, a Temporal dev server and an SMTP catcher.
# Usage: scripts/test.sh [jest arguments]   e.g. scripts/test.sh --selectProjects unit
set -euo pipefail
source "$(dirname "$0")/services.sh"
cd "$ROOT"

# TEST_SLOT=n runs a second suite beside the first on other ports and another database.
SLOT=${TEST_SLOT:-0}
OFFSET=$((SLOT * 10))
DATA="$ROOT/.data/test${SLOT#0}"
rm -rf "$DATA"; mkdir -p "$DATA"
trap stop_started EXIT
trap 'exit 130' INT TERM

ensure_node_modules
ensure_postgres 127.0.0.1 5432
ensure_redis 127.0.0.1 6379

# Ports of their own, so the suite runs beside a dev stack started by scripts/up.sh.
export NODE_ENV=test LOG_LEVEL=${LOG_LEVEL:-warn}
export DATABASE_URL=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/avrr_test${SLOT#0}}
export REDIS_URL=${TEST_REDIS_URL:-redis://127.0.0.1:6379/0}
export QUEUE_PREFIX="avrr-test-$$"
export TEMPORAL_ADDRESS=127.0.0.1:$((7243 + OFFSET)) TEMPORAL_TASK_QUEUE=return-cases-test TEMPORAL_UI_URL=http://127.0.0.1:8243
export SMTP_HOST=127.0.0.1 SMTP_PORT=$((1026 + OFFSET)) MAIL_CATCHER_URL=http://127.0.0.1:$((1081 + OFFSET))
export WORKFLOW_BUNDLE_PATH="$DATA/workflow-bundle.js"
export ACCESS_TOKEN_TTL=2h RATE_LIMIT_API_PER_MINUTE=100000 RATE_LIMIT_LOGIN_PER_MINUTE=100000
export API_PORT=0 WORKER_HEALTH_PORT=0
export TEMPORAL_CLI="${TEMPORAL:-}"

start_temporal $((7243 + OFFSET)) 0 "$DATA/temporal.db" "$DATA/temporal.log"
export TEMPORAL_CLI="$TEMPORAL"
ensure_temporal_test_server
ensure_chromium
ensure_prometheus
export TEMPORAL_TEST_SERVER_PATH="$TEMPORAL_TEST_SERVER"
# jest runs the suites in TEST_WORKERS processes; each has a mail catcher and a database of its own
# (test/support/test-shard.ts gives the rule). Two fit the two cores of the machine the suite is sized for.
export TEST_WORKERS=${TEST_WORKERS:-2}
[[ "$TEST_WORKERS" =~ ^[1-9]$ ]] || die "TEST_WORKERS must be 1 to 9, not '$TEST_WORKERS'"
for ((w = 1; w <= TEST_WORKERS; w++)); do
  start_mail_catcher $((1026 + OFFSET + w - 1)) $((1081 + OFFSET + w - 1)) "$DATA/maildev$w.log"
done

log "fresh test database, migrations applied"
node -r @swc-node/register -e "require('./scripts/ensure-database').ensureDatabase({ url: process.env.DATABASE_URL }, true)"
npm run -s migration:run
# The other jest processes' databases: copies of the migrated one, named by test/support/test-shard.ts.
node -r @swc-node/register -e "
  const { shardEnvironment } = require('./test/support/test-shard');
  const { ensureDatabase } = require('./scripts/ensure-database');
  const template = new URL(process.env.DATABASE_URL).pathname.slice(1);
  (async () => {
    for (let w = 2; w <= Number(process.env.TEST_WORKERS); w++)
      await ensureDatabase({ url: shardEnvironment(process.env, w).DATABASE_URL, template }, true);
  })().catch((error) => { console.error(error); process.exit(1); });"

# The workflow bundle, the static checks and the web build do not depend on each other: they run side by side, each
# into its own log, which is printed when it fails. One after another they took about a minute and a half longer.
pids=(); names=()
side_by_side() { local name=$1; shift; ("$@" >"$DATA/$name.log" 2>&1) & pids+=($!); names+=("$name"); }

log "bundling workflows (from the contracts alone), checking and building, side by side"
side_by_side workflow-bundle npm run -s build:workflows -- "$WORKFLOW_BUNDLE_PATH"
# TEST_QUICK=1 skips the static checks and the web build (when one exists), for running one suite while working.
if [ -z "${TEST_QUICK:-}" ]; then
  side_by_side lint npm run -s lint
  side_by_side depcruise npm run -s depcruise # layers and import circles (.dependency-cruiser.cjs)
  side_by_side format npm run -s format:check
  side_by_side typecheck npm run -s typecheck
  # The web app's API types must be the ones the API's OpenAPI document gives today.
  side_by_side api-types npm run -s api:types:check
fi
if [ -z "${TEST_QUICK:-}" ] || [ ! -f "$ROOT/dist/web/index.html" ]; then
  side_by_side web-build npm run -s build:web # the browser tests drive it as the API serves it
fi
failed=()
for i in "${!pids[@]}"; do
  if ! wait "${pids[$i]}"; then
    cat "$DATA/${names[$i]}.log" >&2
    failed+=("${names[$i]}")
  fi
done
[ ${#failed[@]} -eq 0 ] || die "failed: ${failed[*]} (their output is above)"

log "running jest in $TEST_WORKERS processes"
started=$SECONDS
set +e
# --forceExit: a suite that fails in its setup can leave a client socket open, and CI must never hang on it.
workers=(--maxWorkers="$TEST_WORKERS"); [ "$TEST_WORKERS" = 1 ] && workers=(--runInBand)
# JEST_NODE_ARGS reach jest and its workers: TEST_WORKERS=1 JEST_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/p"
# profiles the suites run (with more processes, jest ends its workers before they write their profiles).
node ${JEST_NODE_ARGS:-} node_modules/.bin/jest "${workers[@]}" --forceExit "$@"
status=$?
set -e
log "jest finished in $((SECONDS - started))s with status $status"
exit $status
