#!/usr/bin/env bash
# Ponte's reference deployment on one machine: two Ponte processes behind HAProxy (Debian's package), the local
# PostgreSQL as primary with a hot standby made by pg_basebackup, and Redis for the state the processes share.
#   deploy/reference.sh           start everything, check it answers, run until Ctrl-C, then remove what it made
#   deploy/reference.sh --check   start, check, stop (what CI or a reviewer runs)
# Needs: the local PostgreSQL (127.0.0.1:5432, trust, as on the project's machines), root or sudo for the postgres
# OS user, and apt for haproxy/redis-server when missing. Not needed by `npm start` or `npm test`.
set -euo pipefail
cd "$(dirname "$0")/.."

CHECK_ONLY=false
[ "${1:-}" = "--check" ] && CHECK_ONLY=true
PROXY_PORT=${PROXY_PORT:-8080}
PONTE_PORTS=(4101 4102)
REPLICA_PORT=${REPLICA_PORT:-5499}
DATABASE=ponte_reference
WORK=$(mktemp -d /tmp/ponte-reference-XXXXXX)
chmod 755 "$WORK"
PIDS=()

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -c "$*"; else sudo -n -u postgres sh -c "$*"; fi
}

need() { # command, Debian package
  command -v "$1" >/dev/null 2>&1 && return
  echo "reference: installing $2 from Debian's packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

PG_BIN=/usr/lib/postgresql/$(psql -h 127.0.0.1 -U postgres -tAc "SELECT current_setting('server_version_num')::int / 10000")/bin
REPLICA_DIR=$(as_postgres "mktemp -d /tmp/ponte-reference-replica-XXXXXX")

cleanup() {
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  as_postgres "[ ! -f $REPLICA_DIR/data/postmaster.pid ] || $PG_BIN/pg_ctl -D $REPLICA_DIR/data -m fast -w stop >/dev/null; rm -rf $REPLICA_DIR" || true
  rm -rf "$WORK"
}
trap cleanup EXIT

need haproxy haproxy
need redis-server redis-server

# Redis: the machine's own on 6379 when it runs, else one of this deployment's.
REDIS_URL=redis://127.0.0.1:6379
if ! redis-cli -p 6379 ping 2>/dev/null | grep -q PONG; then
  redis-server --port 6380 --bind 127.0.0.1 --save '' --appendonly no --dir "$WORK" >"$WORK/redis.log" 2>&1 &
  PIDS+=($!)
  REDIS_URL=redis://127.0.0.1:6380
fi

# The primary: a database of its own on the local server, migrated by the first Ponte process.
psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'" | grep -q 1 ||
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DATABASE"
hba=$(psql -h 127.0.0.1 -U postgres -tAc 'SHOW hba_file')
if ! grep -Eq '^host\s+replication\s+all\s+127\.0\.0\.1/32' "$hba"; then
  as_postgres "echo 'host replication all 127.0.0.1/32 trust' >> '$hba'"
  psql -h 127.0.0.1 -U postgres -qc 'SELECT pg_reload_conf()'
fi

# The standby: a base backup of the primary streaming from it (-R), with the primary's connection limits.
setting() { psql -h 127.0.0.1 -U postgres -tAc "SHOW $1"; }
as_postgres "$PG_BIN/pg_basebackup -h 127.0.0.1 -p 5432 -U postgres -D $REPLICA_DIR/data -R -X stream -c fast"
as_postgres "cat > $REPLICA_DIR/data/postgresql.conf" <<CONF
port = $REPLICA_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$REPLICA_DIR'
hot_standby = on
max_connections = $(setting max_connections)
max_worker_processes = $(setting max_worker_processes)
max_wal_senders = $(setting max_wal_senders)
max_prepared_transactions = $(setting max_prepared_transactions)
max_locks_per_transaction = $(setting max_locks_per_transaction)
CONF
as_postgres "printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' > $REPLICA_DIR/data/pg_hba.conf"
as_postgres "$PG_BIN/pg_ctl -D $REPLICA_DIR/data -l $REPLICA_DIR/log -w start" >/dev/null

# Two Ponte processes, as in production: same secret (a token signed by one is valid on the other), same Redis.
npm run -s build
export NODE_ENV=production
export PONTE_JWT_SECRET=$(head -c 48 /dev/urandom | base64 | tr -d '\n')
export PONTE_METRICS_TOKEN=$(head -c 24 /dev/urandom | base64 | tr -d '\n/+=')
export DATABASE_URL=postgres://postgres@127.0.0.1:5432/$DATABASE
export DATABASE_REPLICA_URLS=postgres://postgres@127.0.0.1:$REPLICA_PORT/$DATABASE
export REDIS_URL PONTE_REDIS_PREFIX=ponte-reference:
for port in "${PONTE_PORTS[@]}"; do
  PORT=$port node dist/src/index.js >"$WORK/ponte-$port.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done
done

# HAProxy in front: round robin, each process taken out while /readyz fails; /metrics is not exposed through it
# (a monitoring system scrapes each process on its own port, with the token).
cat >"$WORK/haproxy.cfg" <<CFG
global
  log stdout format raw local0 warning
defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
frontend ponte
  bind 127.0.0.1:$PROXY_PORT
  http-request deny deny_status 404 if { path_beg /metrics }
  http-request set-header X-Request-Id %[uuid()] unless { req.hdr(x-request-id) -m found }
  default_backend ponte_processes
backend ponte_processes
  balance roundrobin
  option httpchk GET /readyz
  http-check expect status 200
  http-response set-header X-Ponte-Process %s
  server ponte1 127.0.0.1:${PONTE_PORTS[0]} check inter 2s
  server ponte2 127.0.0.1:${PONTE_PORTS[1]} check inter 2s
CFG
haproxy -f "$WORK/haproxy.cfg" -db >"$WORK/haproxy.log" 2>&1 &
PIDS+=($!)

# The check: ready through the proxy, both processes answer, the replica is a standby.
for _ in $(seq 1 30); do curl -fs "http://127.0.0.1:$PROXY_PORT/readyz" >/dev/null && break; sleep 1; done
served=""
for _ in 1 2 3 4; do
  served+=$(curl -fs -D - -o /dev/null -H 'content-type: application/json' -d '{"query":"{ __typename }"}' \
    "http://127.0.0.1:$PROXY_PORT/graphql" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-ponte-process" { print $2 }')" "
done
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PROXY_PORT/metrics")" = 404 ]
[ "$(psql -h 127.0.0.1 -p "$REPLICA_PORT" -U postgres -d "$DATABASE" -tAc 'SELECT pg_is_in_recovery()')" = t ]
case "$served" in *ponte1*ponte2*|*ponte2*ponte1*) ;; *) echo "reference: only one process answered: $served"; exit 1 ;; esac
echo "reference: OK: http://127.0.0.1:$PROXY_PORT/graphql served by$( echo " $served" | tr -s ' ')"
echo "reference: primary 127.0.0.1:5432/$DATABASE, standby 127.0.0.1:$REPLICA_PORT, Redis $REDIS_URL, logs in $WORK"

$CHECK_ONLY && exit 0
echo "reference: running; Ctrl-C stops and removes it"
wait "${PIDS[0]}"
