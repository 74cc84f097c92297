#!/usr/bin/env bash
# A local PostgreSQL for the tests on the production target: installs Debian's postgresql
# when missing, starts its cluster bound to 127.0.0.1 only, and makes the role `cabinet`
# (password `cabinet`, allowed to create the test databases). Idempotent; prints the URL
# of the server, to which a test script appends its own database name.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
# Only the URL goes to stdout, which the callers read: everything the tools print
# (pg_ctlcluster's "Removed stale pid file.", warnings) goes to stderr.
exec 3>&1 1>&2
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "Installing Debian's postgresql" >&2
  (apt-get install -y --no-install-recommends postgresql || (apt-get update && apt-get install -y --no-install-recommends postgresql)) >/tmp/postgres-apt.log 2>&1 \
    || { cat /tmp/postgres-apt.log >&2; exit 1; }
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
conf="/etc/postgresql/$version/main/postgresql.conf"
grep -q "^listen_addresses = '127.0.0.1'" "$conf" || echo "listen_addresses = '127.0.0.1'" >>"$conf"
# The test databases are thrown away after each run: durability is not what is tested here.
grep -q "^fsync = off" "$conf" || printf "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 200\n" >>"$conf"
if ! pg_lsclusters -h | grep "^$version main" | grep -q online; then
  # fd 3 closed for the server: a daemon holding it would keep the caller waiting forever.
  pg_ctlcluster --skip-systemctl-redirect "$version" main start 3>&-
fi
for i in $(seq 1 30); do
  su postgres -c "pg_isready -q -h 127.0.0.1" && break
  sleep 1
done
su postgres -c "psql -q -tc \"SELECT 1 FROM pg_roles WHERE rolname = 'cabinet'\"" | grep -q 1 \
  || su postgres -c "psql -q -c \"CREATE ROLE cabinet LOGIN PASSWORD 'cabinet' CREATEDB\""
echo "postgresql://cabinet:cabinet@127.0.0.1:5432" >&3
