# shellcheck shell=bash
# Brings up a real PostgreSQL server for the storage tests and exports TEST_DATABASE_URL.
# Sourced by scripts/test.sh (so it never exits the shell): when TEST_DATABASE_URL is already set it
# is used as is; else PostgreSQL is installed from Debian's packages when missing, and a cluster
# listening only on 127.0.0.1 is created (once) and started, with a `rebound_test` database and a
# password user. When anything fails it says so and leaves TEST_DATABASE_URL unset: the PostgreSQL
# test suite then fails with a clear message under CI.

_rebound_pg_port="${REBOUND_PG_PORT:-54329}"
_rebound_pg_cluster="rebound_test"
_rebound_pg_user="rebound"
_rebound_pg_password="rebound_test_pw"
_rebound_pg_db="rebound_test"

_rebound_pg_log() { printf 'postgres setup: %s\n' "$*" >&2; }

_rebound_pg_install() {
  if command -v pg_ctlcluster >/dev/null 2>&1 && ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
    return 0
  fi
  if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    _rebound_pg_log "PostgreSQL is not installed and cannot be installed here (needs root and apt-get)"
    return 1
  fi
  _rebound_pg_log "installing PostgreSQL from Debian's packages"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } || return 1
}

_rebound_pg_version() {
  # The newest installed major version, e.g. 15.
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sed -E 's#.*/postgresql/([0-9]+)/bin#\1#' | sort -n | tail -1
}

_rebound_pg_psql() {
  # As the postgres superuser over the local socket (peer authentication).
  runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$_rebound_pg_port" "$@"
}

_rebound_pg_setup() {
  _rebound_pg_install || return 1
  local version
  version="$(_rebound_pg_version)"
  [ -n "$version" ] || { _rebound_pg_log "no PostgreSQL binaries found under /usr/lib/postgresql"; return 1; }

  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$version $_rebound_pg_cluster"; then
    _rebound_pg_log "creating cluster $version/$_rebound_pg_cluster on 127.0.0.1:$_rebound_pg_port"
    pg_createcluster "$version" "$_rebound_pg_cluster" --port "$_rebound_pg_port" \
      >/dev/null || return 1
    # Loopback only; durability settings off because this server holds nothing but test data.
    mkdir -p "/etc/postgresql/$version/$_rebound_pg_cluster/conf.d" || return 1
    cat >"/etc/postgresql/$version/$_rebound_pg_cluster/conf.d/rebound-test.conf" <<CONF || return 1
listen_addresses = '127.0.0.1'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
  fi
  local status
  status="$(pg_lsclusters -h 2>/dev/null | awk -v v="$version" -v c="$_rebound_pg_cluster" '$1==v && $2==c {print $4}')"
  if [ "$status" != "online" ]; then
    pg_ctlcluster "$version" "$_rebound_pg_cluster" start || return 1
  fi

  _rebound_pg_psql -d postgres <<SQL || return 1
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$_rebound_pg_user') THEN
    CREATE ROLE $_rebound_pg_user LOGIN PASSWORD '$_rebound_pg_password';
  END IF;
END \$\$;
SQL
  if [ "$(_rebound_pg_psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$_rebound_pg_db'")" != "1" ]; then
    _rebound_pg_psql -d postgres -c "CREATE DATABASE $_rebound_pg_db OWNER $_rebound_pg_user" || return 1
  fi
  export TEST_DATABASE_URL="postgres://$_rebound_pg_user:$_rebound_pg_password@127.0.0.1:$_rebound_pg_port/$_rebound_pg_db"
  _rebound_pg_log "ready at 127.0.0.1:$_rebound_pg_port (PostgreSQL $version)"
}

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  _rebound_pg_log "using TEST_DATABASE_URL from the environment"
elif ! _rebound_pg_setup; then
  _rebound_pg_log "FAILED: PostgreSQL is not available; the PostgreSQL storage tests will fail"
fi
