#!/usr/bin/env bash
# Test driver: runs curl samples one after another with bash, marking each at the stub first.
# Usage: run_curl.sh MARK_URL LIST RESULTS; LIST has "label<TAB>file" lines; RESULTS gets
# "label<TAB>base64(output)<TAB>base64(error)" lines (error empty when the sample succeeded).
# curl sends MARK_URL's user:password (the API credentials) as Basic auth.
set -uo pipefail
mark_url=$1 list=$2 results=$3
: >"$results"
stderr_file=$(mktemp)
trap 'rm -f "$stderr_file"' EXIT
while IFS=$'\t' read -r label file; do
  curl -fsS -o /dev/null --data-binary "$label" -H 'Content-Type: text/plain' "$mark_url" || exit 1
  output=$(bash "$file" 2>"$stderr_file")
  status=$?
  error=""
  [ "$status" -eq 0 ] || error="exit status $status: $(cat "$stderr_file")"
  printf '%s\t%s\t%s\n' "$label" "$(printf '%s' "$output" | base64 -w0)" \
    "$(printf '%s' "$error" | base64 -w0)" >>"$results"
done <"$list"
