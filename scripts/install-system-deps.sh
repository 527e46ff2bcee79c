#!/usr/bin/env bash
# Install the Debian packages the tests need, only when something is missing (idempotent, fast when done).
# When another install holds the package manager's lock, wait for it (say so) for up to
# APT_LOCK_TIMEOUT seconds (default 600), then give up with apt's own message.
set -euo pipefail

LOCK_TIMEOUT="${APT_LOCK_TIMEOUT:-600}"

missing_packages() {
  command -v ruby >/dev/null || echo ruby
  ruby -e 'require "faraday"' 2>/dev/null || echo ruby-faraday
  ruby -e 'require "active_support"' 2>/dev/null || echo ruby-activesupport
  command -v mcs >/dev/null || echo mono-mcs
  command -v mono >/dev/null || echo mono-runtime
  [ -e /usr/lib/mono/4.5/System.Net.Http.dll ] || echo libmono-system-net-http4.0-cil
  command -v curl >/dev/null || echo curl
  command -v node >/dev/null || echo nodejs
  command -v npm >/dev/null || echo npm
  command -v chromium >/dev/null || echo chromium
}

# apt-get update gives up at once when another process holds the package lists' lock
# (DPkg::Lock::Timeout covers only dpkg's lock), so try again until the timeout.
apt_update() {
  local deadline=$((SECONDS + LOCK_TIMEOUT)) said="" out
  until out=$(${SUDO:-} apt-get -qq update 2>&1); do
    if [[ $out != *"Could not get lock"* ]] || ((SECONDS >= deadline)); then
      printf '%s\n' "$out" >&2
      [[ $out != *"Could not get lock"* ]] || echo "gave up waiting after ${LOCK_TIMEOUT}s" >&2
      return 1
    fi
    if [ -z "$said" ]; then
      echo "waiting up to ${LOCK_TIMEOUT}s for another package install: $(grep -m1 'Could not get lock' <<<"$out")"
      said=1
    fi
    sleep 2
  done
  [ -z "$out" ] || printf '%s\n' "$out" >&2
}

# apt-get install waits for dpkg's lock itself; of its output only the first "Waiting for cache
# lock" line is shown, so that a silent pause has a reason.
apt_install() {
  ${SUDO:-} env DEBIAN_FRONTEND=noninteractive apt-get -q -y --no-install-recommends \
    -o DPkg::Lock::Timeout="$LOCK_TIMEOUT" install "$@" | say_when_waiting
}

say_when_waiting() {
  local line said=""
  while IFS= read -r line; do
    if [ -z "$said" ] && [[ $line == "Waiting for cache lock"* ]]; then
      echo "waiting up to ${LOCK_TIMEOUT}s for another package install: ${line#*: }"
      said=1
    fi
  done
}

main() {
  local need
  mapfile -t need < <(missing_packages)
  if [ ${#need[@]} -eq 0 ]; then
    exit 0
  fi
  echo "installing Debian packages: ${need[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  apt_update
  apt_install "${need[@]}"
}

# Sourcing the script (as tests/test_system_deps.py does) defines the functions and installs nothing.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi
