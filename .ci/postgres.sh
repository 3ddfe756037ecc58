#!/usr/bin/env bash
# Starts Debian's PostgreSQL on 127.0.0.1:5432 with the role the workspace tests use (swarmscope/swarmscope, may create
# databases). Safe to run again.
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then pg_createcluster "$version" main >/dev/null; fi
sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" "/etc/postgresql/$version/main/postgresql.conf"
pg_ctlcluster "$version" main start 2>/dev/null || pg_ctlcluster "$version" main status >/dev/null
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'swarmscope') THEN CREATE ROLE swarmscope LOGIN CREATEDB PASSWORD 'swarmscope'; END IF; END \$\$;"
