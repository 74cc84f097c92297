#!/usr/bin/env bash
# Installs ClamAV (Debian's clamav and clamav-daemon) for the upload scanner and its tests.
# The tests start their own clamd (scripts/clamd.mjs) on a loopback port with the
# signature database in test/fixtures/clamav; nothing here needs the network beyond apt.
set -euo pipefail
if [ -x /usr/sbin/clamd ] || command -v clamd >/dev/null 2>&1; then
  echo "ClamAV is installed: $(/usr/sbin/clamd --version 2>/dev/null || clamd --version)"
  exit 0
fi
echo "Installing Debian's clamav and clamav-daemon"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y --no-install-recommends clamav clamav-daemon \
  || (apt-get update && apt-get install -y --no-install-recommends clamav clamav-daemon)
/usr/sbin/clamd --version
