#!/usr/bin/env bash
# Makes sure PostgreSQL and Redis are reachable and PostgreSQL holds the project's role and databases.
#
# Reads DATABASE_URL, TEST_DATABASE_URL and REDIS_URL (defaults below). A service on this machine that
# is down gets started, and installed first from Debian's packages when missing (needs root and apt).
# A remote service that is down is reported, not touched. Idempotent: when everything is up it only
# checks, in well under a second. Runs without a TTY (CI, containers).
set -euo pipefail

DATABASE_URL="${DATABASE_URL:-postgres://dti:dti@127.0.0.1:5432/dti}"
TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://dti:dti@127.0.0.1:5432/dti_test}"
REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"

say() { printf 'ensure-services: %s\n' "$*"; }
fail() {
  printf 'ensure-services: ERROR: %s\n' "$*" >&2
  exit 1
}

# --- URL parsing ---------------------------------------------------------------------------------
# postgres://user:password@host:port/database -> PG_USER PG_PASSWORD PG_HOST PG_PORT PG_DB
parse_pg_url() {
  local url="$1" re='^postgres(ql)?://([^:@/]+)(:([^@/]*))?@([^:/?]+)(:([0-9]+))?/([^?]+)'
  [[ "$url" =~ $re ]] || fail "cannot read a PostgreSQL URL like postgres://user:password@host:5432/db from '$url'"
  PG_USER="${BASH_REMATCH[2]}"
  PG_PASSWORD="${BASH_REMATCH[4]}"
  PG_HOST="${BASH_REMATCH[5]}"
  PG_PORT="${BASH_REMATCH[7]:-5432}"
  PG_DB="${BASH_REMATCH[8]}"
}

# redis://[user:password@]host:port[/db] -> REDIS_HOST REDIS_PORT
parse_redis_url() {
  local url="$1" re='^rediss?://([^@/]*@)?([^:/?]+)(:([0-9]+))?'
  [[ "$url" =~ $re ]] || fail "cannot read a Redis URL like redis://host:6379 from '$url'"
  REDIS_HOST="${BASH_REMATCH[2]}"
  REDIS_PORT="${BASH_REMATCH[4]:-6379}"
}

is_local() { [[ "$1" == "127.0.0.1" || "$1" == "localhost" || "$1" == "::1" ]]; }

# A TCP connect, without depending on any client being installed yet.
port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }

wait_for_port() {
  local host="$1" port="$2" name="$3"
  for _ in $(seq 1 60); do
    port_open "$host" "$port" && return 0
    sleep 0.5
  done
  fail "$name did not start listening on $host:$port within 30 s"
}

# --- installing ----------------------------------------------------------------------------------
APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null 2>&1 || fail "$* missing and this machine has no apt-get: install it with your package manager"
  [[ "$(id -u)" == "0" ]] || fail "$* missing: run this script as root, or run: sudo apt-get install -y $*"
  export DEBIAN_FRONTEND=noninteractive
  if [[ "$APT_UPDATED" == "0" ]]; then
    say "apt-get update"
    apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  say "installing $* from Debian's packages"
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# --- PostgreSQL ----------------------------------------------------------------------------------
start_postgres() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    apt_install postgresql postgresql-client
  fi
  local version
  version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$version" ]] && command -v pg_ctlcluster >/dev/null 2>&1; then
    if [[ ! -d "/etc/postgresql/$version/main" ]]; then
      say "creating PostgreSQL $version cluster 'main'"
      pg_createcluster "$version" main >/dev/null
    fi
    say "starting PostgreSQL $version (cluster main)"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null || service postgresql start >/dev/null
  else
    say "starting PostgreSQL"
    service postgresql start >/dev/null
  fi
  wait_for_port "$PG_HOST" "$PG_PORT" PostgreSQL
}

# Runs SQL as a PostgreSQL superuser: over TCP as `postgres` when trust auth allows it, else through
# the local socket as the postgres OS user (Debian's default peer auth).
ADMIN_MODE=""
pick_admin() {
  if PGCONNECT_TIMEOUT=3 psql -w -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
    ADMIN_MODE=tcp
  elif is_local "$PG_HOST" && [[ "$(id -u)" == "0" ]] && id postgres >/dev/null 2>&1 &&
    su postgres -s /bin/sh -c "psql -p $PG_PORT -d postgres -tAc 'select 1'" >/dev/null 2>&1; then
    ADMIN_MODE=su
  fi
}

admin_sql() {
  case "$ADMIN_MODE" in
    tcp) psql -w -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U postgres -d postgres -tAc "$1" ;;
    su) printf '%s\n' "$1" | su postgres -s /bin/sh -c "psql -v ON_ERROR_STOP=1 -p $PG_PORT -d postgres -tA" ;;
  esac
}

can_connect() { PGCONNECT_TIMEOUT=3 psql -w "$1" -tAc 'select 1' >/dev/null 2>&1; }

ensure_role_and_databases() {
  local missing=()
  for url in "$DATABASE_URL" "$TEST_DATABASE_URL"; do
    can_connect "$url" || missing+=("$url")
  done
  if [[ ${#missing[@]} -eq 0 ]]; then
    parse_pg_url "$DATABASE_URL"
    say "PostgreSQL databases reachable as role $PG_USER"
    return
  fi

  pick_admin
  if [[ -z "$ADMIN_MODE" ]]; then
    fail "cannot reach $(printf '%s ' "${missing[@]}")and have no superuser access to create them. Ask your DBA for: CREATE ROLE <user> LOGIN PASSWORD '<password>' CREATEDB; CREATE DATABASE <db> OWNER <user>;"
  fi
  for url in "${missing[@]}"; do
    parse_pg_url "$url"
    if [[ "$(admin_sql "select 1 from pg_roles where rolname = '$PG_USER'")" != "1" ]]; then
      say "creating PostgreSQL role $PG_USER"
      admin_sql "create role \"$PG_USER\" login createdb password '${PG_PASSWORD//\'/\'\'}'" >/dev/null
    fi
    if [[ "$(admin_sql "select 1 from pg_database where datname = '$PG_DB'")" != "1" ]]; then
      say "creating PostgreSQL database $PG_DB owned by $PG_USER"
      admin_sql "create database \"$PG_DB\" owner \"$PG_USER\"" >/dev/null
    fi
    if ! can_connect "$url"; then
      say "setting the password of role $PG_USER from its URL"
      admin_sql "alter role \"$PG_USER\" login password '${PG_PASSWORD//\'/\'\'}'" >/dev/null
      can_connect "$url" || fail "role $PG_USER still cannot connect to $PG_DB at $PG_HOST:$PG_PORT: check pg_hba.conf allows password logins from $PG_HOST"
    fi
    say "PostgreSQL database $PG_DB ready for role $PG_USER"
  done
}

ensure_postgres() {
  parse_pg_url "$DATABASE_URL"
  if port_open "$PG_HOST" "$PG_PORT"; then
    say "PostgreSQL is up at $PG_HOST:$PG_PORT"
  elif is_local "$PG_HOST"; then
    say "PostgreSQL is not answering at $PG_HOST:$PG_PORT"
    start_postgres
    say "PostgreSQL started at $PG_HOST:$PG_PORT"
  else
    fail "PostgreSQL is not answering at $PG_HOST:$PG_PORT (remote: start it there, or point DATABASE_URL elsewhere)"
  fi
  command -v psql >/dev/null 2>&1 || apt_install postgresql-client
  ensure_role_and_databases
}

# --- Redis ---------------------------------------------------------------------------------------
ensure_redis() {
  parse_redis_url "$REDIS_URL"
  if port_open "$REDIS_HOST" "$REDIS_PORT"; then
    say "Redis is up at $REDIS_HOST:$REDIS_PORT"
    return
  fi
  is_local "$REDIS_HOST" || fail "Redis is not answering at $REDIS_HOST:$REDIS_PORT (remote: start it there, or point REDIS_URL elsewhere)"
  say "Redis is not answering at $REDIS_HOST:$REDIS_PORT"
  command -v redis-server >/dev/null 2>&1 || apt_install redis-server
  say "starting Redis on port $REDIS_PORT"
  # No persistence: Redis only holds BullMQ queues and caches, rebuilt from the event store.
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port "$REDIS_PORT" --save "" --appendonly no >/dev/null
  wait_for_port "$REDIS_HOST" "$REDIS_PORT" Redis
  say "Redis started at $REDIS_HOST:$REDIS_PORT"
}

# --- Test tools: a browser for the web application's tests, poppler for reading PDFs -----------------
# Playwright drives Debian's Chromium (it cannot download its own browser here). ENSURE_TEST_TOOLS=0
# skips this, e.g. on a production host that only needs the databases.
ensure_test_tools() {
  [[ "${ENSURE_TEST_TOOLS:-1}" == "0" ]] && return
  local wanted=()
  command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1 || wanted+=(chromium)
  command -v pdftotext >/dev/null 2>&1 || wanted+=(poppler-utils)
  # Vietnamese glyphs for screenshots of the pages (the PDFs embed their own font).
  [[ -d /usr/share/fonts/truetype/noto ]] || wanted+=(fonts-noto-core)
  if [[ ${#wanted[@]} -eq 0 ]]; then
    say "Chromium and poppler-utils are installed"
    return
  fi
  if [[ "$(id -u)" != "0" ]] || ! command -v apt-get >/dev/null 2>&1; then
    say "WARNING: ${wanted[*]} missing (browser and PDF tests need them): sudo apt-get install -y ${wanted[*]}"
    return
  fi
  apt_install "${wanted[@]}"
}

ensure_postgres
ensure_redis
ensure_test_tools
