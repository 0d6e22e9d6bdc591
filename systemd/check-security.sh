#!/usr/bin/env bash
# Scores every unit in systemd/ with `systemd-analyze security --offline=yes` and fails when one scores above
# the limit (default 2.0, on systemd's 0.0 = best .. 10.0 = worst scale), or when a unit sets
# MemoryDenyWriteExecute (it breaks the JVM's JIT). Run by .ci/run; by hand: bash systemd/check-security.sh
# Needs systemd-analyze (Debian package systemd); no running systemd is needed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
limit="${1:-2.0}"
command -v systemd-analyze >/dev/null || { echo "check-security: systemd-analyze not found (apt-get install systemd)" >&2; exit 1; }

failed=0
shopt -s nullglob
units=("$here"/*.service)
[ "${#units[@]}" -gt 0 ] || { echo "check-security: no unit in $here" >&2; exit 1; }
for unit in "${units[@]}"; do
    name="$(basename "$unit")"
    if grep -q '^[[:space:]]*MemoryDenyWriteExecute[[:space:]]*=[[:space:]]*\(yes\|true\|1\|on\)' "$unit"; then
        echo "check-security: FAIL $name sets MemoryDenyWriteExecute (expected: absent, the JIT needs W+X memory)" >&2
        failed=1
    fi
    output="$(cd "$here" && systemd-analyze security --offline=yes --no-pager "$unit" 2>&1)" || true
    score="$(sed -n 's/^→ Overall exposure level for .*: \([0-9][0-9]*\.[0-9]\).*/\1/p' <<< "$output")"
    if [ -z "$score" ]; then
        echo "check-security: FAIL $name: no score from systemd-analyze:" >&2
        echo "$output" | tail -n 20 >&2
        failed=1
        continue
    fi
    if awk -v s="$score" -v l="$limit" 'BEGIN { exit !(s > l) }'; then
        echo "check-security: FAIL $name scores $score (expected: <= $limit); the exposures:" >&2
        grep '✗' <<< "$output" >&2 || true
        failed=1
    else
        echo "check-security: ok $name scores $score (limit $limit)"
    fi
done
exit "$failed"
