#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SalesOps Dashboard contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A throw-away PostgreSQL server for the team-store tests:
#   scripts/pg-test-server.sh start DIR   initdb + pg_ctl start in DIR (created if missing)
#   scripts/pg-test-server.sh env DIR     prints the environment to reach it (eval-able)
#   scripts/pg-test-server.sh stop DIR    stops it and removes DIR
#   scripts/pg-test-server.sh crash DIR   stops it at once (pg_ctl stop -m immediate: no shutdown
#                                         checkpoint, as a power cut), keeping DIR
#   scripts/pg-test-server.sh restart DIR starts the server of DIR again on its port (crash recovery)
#
# The server listens on a Unix socket inside DIR and on 127.0.0.1 at a free port; its superuser is
# `postgres` (trusted on the socket only). Every other role signs in with a password (scram-sha-256),
# so the tests can prove that a wrong password is refused. initdb refuses to run as root, so as root
# the server runs as SALESOPS_PG_USER (default: nobody), which then owns DIR.
# Exit 0 when the server is up (or down for stop); anything else is an error with a message.
set -euo pipefail

die() {
  echo "pg-test-server: $*" >&2
  exit 1
}

[ $# -eq 2 ] || die "usage: $0 start|stop|crash|restart|env DIR"
action="$1"
dir="$2"

bindir="${SALESOPS_PG_BINDIR:-}"
if [ -z "$bindir" ]; then
  # Debian keeps the server programs out of PATH, one folder per major version: take the newest.
  if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then
    bindir="$(pg_config --bindir)"
  else
    bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  fi
fi
[ -n "$bindir" ] && [ -x "$bindir/initdb" ] || die "no PostgreSQL server programs found (install postgresql: scripts/setup-debian.sh)"

runas=()
if [ "$(id -u)" -eq 0 ]; then
  user="${SALESOPS_PG_USER:-nobody}"
  id "$user" >/dev/null 2>&1 || die "user '$user' does not exist (set SALESOPS_PG_USER)"
  runas=(runuser -u "$user" --)
fi

free_port() {
  # Asks the kernel for a free port; bash alone cannot bind, so python3 does it when present.
  if command -v python3 >/dev/null; then
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
  else
    echo $((20000 + RANDOM % 20000))
  fi
}

print_env() {
  [ -f "$dir/port" ] || die "no server in $dir (run start first)"
  echo "export PGHOST='$(cd "$dir" && pwd)/socket'"
  echo "export PGPORT=$(cat "$dir/port")"
  echo "export PGUSER=postgres"
  echo "export PGDATABASE=postgres"
}

# Starts the server of DIR/data on port $1; fails quietly so that start can try another port.
run_server() {
  "${runas[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $1 -k '$dir/socket' -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" \
    start >/dev/null 2>&1
}

case "$action" in
  start)
    if [ -f "$dir/port" ] && "${runas[@]}" "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      print_env
      exit 0
    fi
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    rm -rf "$dir/data" "$dir/socket"
    mkdir -p "$dir/socket"
    # The socket folder must be reachable by the test user; the data folder stays private (0700).
    chmod 0755 "$dir" "$dir/socket"
    if [ ${#runas[@]} -gt 0 ]; then
      chown -R "$user" "$dir"
      "${runas[@]}" test -w "$dir" || die "$user cannot reach $dir (a parent folder is closed to it): choose another DIR"
    fi
    "${runas[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || die "initdb failed: $(tail -n 5 "$dir/initdb.log")"
    # The superuser signs in on the socket without a password; everyone else needs one.
    cat >"$dir/data/pg_hba.conf" <<'EOF'
local all postgres trust
local all all scram-sha-256
host all all 127.0.0.1/32 scram-sha-256
EOF
    # A free port can be taken between asking and binding: try a few.
    for attempt in 1 2 3 4 5; do
      port="$(free_port)"
      if run_server "$port"; then
        echo "$port" >"$dir/port"
        print_env
        exit 0
      fi
    done
    die "the server did not start: $(tail -n 5 "$dir/server.log" 2>/dev/null)"
    ;;
  stop)
    [ -d "$dir" ] || exit 0
    if [ -d "$dir/data" ]; then
      "${runas[@]}" "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  crash)
    [ -f "$dir/port" ] || die "no server in $dir (run start first)"
    "${runas[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || die "the server of $dir did not stop"
    ;;
  restart)
    [ -f "$dir/port" ] || die "no server in $dir (run start first)"
    dir="$(cd "$dir" && pwd)"
    if ! "${runas[@]}" "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      run_server "$(cat "$dir/port")" || die "the server did not start again: $(tail -n 5 "$dir/server.log" 2>/dev/null)"
    fi
    print_env
    ;;
  env)
    print_env
    ;;
  *)
    die "usage: $0 start|stop|crash|restart|env DIR"
    ;;
esac
