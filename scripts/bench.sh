#!/usr/bin/env bash
# Runs one benchmark of bench/ on the real stack: its own database, a Temporal dev server and the API and worker as
# child processes, with the rate limits raised so that they are not what is measured.
# Usage: scripts/bench.sh bench/<name>.ts [arguments]   (BENCH_SLOT=n runs beside another bench or test slot)
set -euo pipefail
source "$(dirname "$0")/services.sh"
cd "$ROOT"

SLOT=${BENCH_SLOT:-${TEST_SLOT:-0}}
OFFSET=$((SLOT * 10))
DATA="$ROOT/.data/bench${SLOT#0}"
mkdir -p "$DATA"
trap stop_started EXIT
trap 'exit 130' INT TERM

ensure_node_modules
ensure_postgres 127.0.0.1 5432
ensure_redis 127.0.0.1 6379

export NODE_ENV=test LOG_LEVEL=${LOG_LEVEL:-warn}
export DATABASE_URL=${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/avrr_bench${SLOT#0}}
export REDIS_URL=${BENCH_REDIS_URL:-redis://127.0.0.1:6379/0}
export QUEUE_PREFIX="avrr-bench-$$"
export TEMPORAL_ADDRESS=127.0.0.1:$((7245 + OFFSET)) TEMPORAL_TASK_QUEUE=return-cases-bench
export SMTP_HOST=127.0.0.1 SMTP_PORT=$((1027 + OFFSET))
export WORKFLOW_BUNDLE_PATH="$DATA/workflow-bundle.js"
export ACCESS_TOKEN_TTL=2h RATE_LIMIT_API_PER_MINUTE=10000000 RATE_LIMIT_LOGIN_PER_MINUTE=10000000
export API_HOST=127.0.0.1 API_PORT=$((3010 + OFFSET)) WORKER_HEALTH_PORT=$((3011 + OFFSET))

# A fresh Temporal database each run: cases of an earlier run would otherwise wake up during this one.
rm -f "$DATA/temporal.db"*
start_temporal $((7245 + OFFSET)) 0 "$DATA/temporal.db" "$DATA/temporal.log"
start_mail_catcher $((1027 + OFFSET)) $((1082 + OFFSET)) "$DATA/maildev.log"

# BENCH_KEEP_DATABASE=1 keeps the slot's database of an earlier run (e.g. a million rows seeded once by bench/scale.ts);
# pending migrations are still applied.
if [ "${BENCH_KEEP_DATABASE:-0}" = 1 ]; then log "kept bench database, migrations applied"; RECREATE=false
else log "fresh bench database, migrations applied"; RECREATE=true; fi
node -r @swc-node/register -e "require('./scripts/ensure-database').ensureDatabase({ url: process.env.DATABASE_URL }, $RECREATE)"
npm run -s migration:run >/dev/null
npm run -s build:workflows -- "$WORKFLOW_BUNDLE_PATH" >/dev/null

log "running $1"
node -r @swc-node/register "$@"
