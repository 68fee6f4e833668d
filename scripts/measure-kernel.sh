#!/usr/bin/env bash
# What one attendee costs: runs each notebook with `workshop run` (a fresh dotnet-interactive kernel per notebook, as an
# attendee's "run all") and reports, per notebook, the kernel's peak memory and the CPU seconds it used.
#   peak RSS  = VmHWM (the high-water mark of resident memory) of the kernel process, read from /proc while it runs
#   CPU       = utime + stime (/proc/<pid>/stat, all threads) of the kernel process, and summed over the whole run's
#               processes (CLI, tool launcher, kernel), sampled every 0.2 s until each exits
# Usage: scripts/measure-kernel.sh [notebook.ipynb …]   (default: every notebooks/*.ipynb). Linux only (reads /proc).
# Prints a Markdown table; docs/classroom.md sizes a room from it. Needs the CLI built (it builds it if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

notebooks=("$@")
[ ${#notebooks[@]} -eq 0 ] && notebooks=(notebooks/*.ipynb)

cli=tools/Workshop.Cli/bin/Debug/net10.0/workshop.dll
[ -f "$cli" ] || dotnet build tools/Workshop.Cli -c Debug -nologo -v q -clp:NoSummary >&2
dotnet build lib/Workshop.Charts -c Debug -nologo -v q -clp:NoSummary >&2
ticks=$(getconf CLK_TCK)
out=artifacts/measure
mkdir -p "$out"

# Every descendant of a process, depth first.
descendants() {
  local child
  for child in $(cat /proc/"$1"/task/*/children 2>/dev/null); do
    echo "$child"
    descendants "$child"
  done
}

printf '| notebook | kernel peak RSS (MiB) | kernel CPU (s) | whole run CPU (s) | wall (s) | result |\n|---|---:|---:|---:|---:|---|\n'
for notebook in "${notebooks[@]}"; do
  name=$(basename "$notebook" .ipynb)
  start=$(date +%s.%N)
  dotnet "$cli" run --no-build --out "$out/notebooks" "$notebook" >"$out/$name.log" 2>&1 &
  runner=$!
  declare -A hwm=() cpu=() kernel=()
  while kill -0 "$runner" 2>/dev/null; do
    for pid in "$runner" $(descendants "$runner"); do
      [ -r /proc/"$pid"/status ] || continue
      kb=$(awk '/^VmHWM:/ {print $2}' /proc/"$pid"/status 2>/dev/null || true)
      [ -n "$kb" ] && [ "$kb" -gt "${hwm[$pid]:-0}" ] && hwm[$pid]=$kb
      t=$(awk '{print $14 + $15}' /proc/"$pid"/stat 2>/dev/null || true)
      [ -n "$t" ] && cpu[$pid]=$t
      grep -qa 'interactive' /proc/"$pid"/cmdline 2>/dev/null && kernel[$pid]=1
    done
    sleep 0.2
  done
  status=0
  wait "$runner" || status=$?
  wall=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
  # The kernel is the process running dotnet-interactive's own assembly (not the `dotnet tool run` launcher): the largest.
  peak=0 kcpu=0
  for pid in "${!kernel[@]}"; do
    if [ "${hwm[$pid]:-0}" -gt "$peak" ]; then peak=${hwm[$pid]}; kcpu=${cpu[$pid]:-0}; fi
  done
  total=0
  for pid in "${!cpu[@]}"; do total=$((total + ${cpu[$pid]%.*})); done
  result=$([ "$status" -eq 0 ] && echo ok || echo "FAILED (exit $status, see $out/$name.log)")
  printf '| %s | %d | %.1f | %.1f | %.0f | %s |\n' "$name" $((peak / 1024)) "$(awk -v c="$kcpu" -v t="$ticks" 'BEGIN {print c / t}')" \
    "$(awk -v c="$total" -v t="$ticks" 'BEGIN {print c / t}')" "$wall" "$result"
  unset hwm cpu kernel
done
