#!/usr/bin/env bash
# Kill-and-restart drill: the fake Hyperliquid venue runs as its own process with its state in SQLite;
# the node trades against it and is killed with SIGKILL at random moments. After every kill the
# journal and the venue are audited: no acknowledged event lost, no client order id twice at the
# venue, ledger positions equal to the venue's, no entry before the first reconciliation. A second
# drill deletes the journal while the venue holds positions. Prints one summary line per drill.
#
#   deploy/drills/kill-restart.sh            # 20 rounds
#   deploy/drills/kill-restart.sh 200        # 200 rounds
#   FRACTAL_DRILL_SEED=123 deploy/drills/kill-restart.sh   # replay the kill moments of a failed run
set -euo pipefail

cd "$(dirname "$0")/../.."
rounds="${1:-${FRACTAL_DRILL_ROUNDS:-20}}"
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

echo "kill-restart drill: $rounds rounds"
status=0
FRACTAL_DRILL_ROUNDS="$rounds" dotnet test tests/Drills --logger "console;verbosity=detailed" --results-directory "$results" \
  > "$results/drill.log" 2>&1 || status=$?

grep -E '^ *(seed |drill: |round [0-9]+: |positions found)' "$results/drill.log" | sed 's/^ *//' || true
grep -E '^ *(Passed|Failed) FractalTrader' "$results/drill.log" | sed 's/^ *//' || true
if [ "$status" -ne 0 ]; then
  echo "drill FAILED (exit $status); full output:"
  grep -E 'Error Message|Expected|because' -A3 "$results/drill.log" | head -40
fi
exit "$status"
