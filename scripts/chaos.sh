#!/usr/bin/env bash
# The fault-injection suite (scripts/chaos.ts) with the Temporal CLI installed if missing; it starts every service it
# needs on free ports of its own and stops them itself.
set -euo pipefail
source "$(dirname "$0")/services.sh"
cd "$ROOT"
ensure_node_modules
ensure_temporal_cli
export TEMPORAL_CLI="$TEMPORAL"
exec node -r @swc-node/register scripts/chaos.ts "$@"
