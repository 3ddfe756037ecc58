#!/usr/bin/env bash
# Runs every test project and ends with one line of totals: "N passed, N failed, N skipped".
# Extra arguments go to `dotnet test` (e.g. --filter FullyQualifiedName~Ingest).
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
log=$(mktemp)
dotnet test Swarmscope.slnx -c Release "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
read -r passed failed skipped < <(awk '
  /(Passed|Failed)! +- +Failed: / {
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") { v = $(i+1); gsub(",", "", v); f += v }
      if ($i == "Passed:") { v = $(i+1); gsub(",", "", v); p += v }
      if ($i == "Skipped:") { v = $(i+1); gsub(",", "", v); s += v }
    }
  }
  END { printf "%d %d %d\n", p, f, s }' "$log")
rm -f "$log"
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $rc (a build error or a crashed test host) before reporting failures" >&2
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
