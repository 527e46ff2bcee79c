#!/usr/bin/env bash
# Install the Debian packages the tests need, only when something is missing (idempotent, fast when done).
set -euo pipefail

need=()
command -v ruby >/dev/null || need+=(ruby)
ruby -e 'require "faraday"' 2>/dev/null || need+=(ruby-faraday)
ruby -e 'require "active_support"' 2>/dev/null || need+=(ruby-activesupport)
command -v mcs >/dev/null || need+=(mono-mcs)
command -v mono >/dev/null || need+=(mono-runtime)
[ -e /usr/lib/mono/4.5/System.Net.Http.dll ] || need+=(libmono-system-net-http4.0-cil)
command -v curl >/dev/null || need+=(curl)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
command -v chromium >/dev/null || need+=(chromium)

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
echo "installing Debian packages: ${need[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
