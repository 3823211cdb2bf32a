#!/usr/bin/env bash
# A throwaway PostgreSQL server for PeerRadar's server tests: its own data folder in a temporary
# directory, reachable only through a Unix socket in that directory and on 127.0.0.1, stopped and
# deleted by `stop`. Run as root, the server runs as the `postgres` user (PostgreSQL refuses root).
#   bash scripts/pg-test-server.sh start   prints the administrator's URL (also in $DIR/url)
#   bash scripts/pg-test-server.sh stop
#   bash scripts/pg-test-server.sh url     prints the URL of the running server
# DIR is $PEERRADAR_PG_DIR, by default /tmp/peerradar-pg-$(id -u). Local (socket) connections are
# trusted, 127.0.0.1 asks for a password (scram-sha-256), so the tests can check both.
set -euo pipefail

dir=${PEERRADAR_PG_DIR:-/tmp/peerradar-pg-$(id -u)}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (Debian: apt-get install postgresql)" >&2; exit 1; }

as_server_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    local port
    for port in $(seq 55432 55532); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    echo "no free port in 55432-55532" >&2
    exit 1
}

url() {
    [ -f "$dir/url" ] || { echo "no test server is running in $dir" >&2; exit 1; }
    cat "$dir/url"
}

# Deletes the server's folder: only one this script made (or an empty one), since PEERRADAR_PG_DIR
# may point anywhere.
wipe() {
    if [ -e "$dir" ] && [ ! -f "$dir/url" ] && [ ! -f "$dir/data/PG_VERSION" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
        echo "$dir is not a PeerRadar test server's folder; it was left as it is (choose another PEERRADAR_PG_DIR)" >&2
        exit 1
    fi
    rm -rf "$dir"
}

start() {
    if [ -f "$dir/url" ] && as_server_user "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        url
        return
    fi
    wipe
    mkdir -p "$dir"
    chmod 755 "$dir"
    local user
    user=$(id -un)
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
        user=postgres
    fi
    as_server_user "$bin/initdb" -D "$dir/data" -U "$user" -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    local port
    port=$(free_port)
    as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c fsync=off" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    local socket
    socket=$(printf '%s' "$dir" | sed 's|/|%2F|g')
    echo "postgresql://$user@$socket:$port/postgres" | as_server_user tee "$dir/url" >/dev/null
    url
}

stop() {
    if [ -d "$dir/data" ]; then
        as_server_user "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    wipe
}

case "${1:-}" in
start) start ;;
stop) stop ;;
url) url ;;
*)
    echo "usage: bash scripts/pg-test-server.sh start|stop|url" >&2
    exit 2
    ;;
esac
