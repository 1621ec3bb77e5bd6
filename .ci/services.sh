#!/usr/bin/env bash
# Services the tests need, on loopback only. Each block is idempotent; a missing service makes the
# tests that need it skip with a visible reason locally, but CI installs them.
set -uo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }

# "services.sh stop": stop the PostgreSQL cluster (.ci/run calls it after the tests when it started the cluster)
if [ "${1:-}" = stop ]; then
    if command -v pg_lsclusters >/dev/null 2>&1 && [ -n "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
        ver="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
        as_root pg_ctlcluster "$ver" main stop 2>/dev/null && echo "services: postgresql $ver stopped"
    fi
    exit 0
fi

# --- PostgreSQL: a cluster listening on 127.0.0.1:5432 only, user vne/vne, database vne_test.
# The tests read VNE_TEST_PG_URL, else postgresql+psycopg://vne:vne@127.0.0.1:5432/vne_test.
pg_setup() {
    if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
        echo "services: installing postgresql"
        as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null \
            || { echo "services: could not install postgresql; PostgreSQL tests will be skipped"; return 1; }
    fi
    local ver
    ver="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
    if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$ver main"; then
        as_root pg_createcluster "$ver" main --port 5432 >/dev/null || return 1
    fi
    # loopback only (conf.d is included by Debian's postgresql.conf; later settings win)
    as_root pg_conftool "$ver" main remove listen_addresses >/dev/null 2>&1
    echo "listen_addresses = '127.0.0.1'" | as_root tee "/etc/postgresql/$ver/main/conf.d/vne-loopback.conf" >/dev/null
    if ! pg_lsclusters -h | awk -v v="$ver" '$1==v && $2=="main" {print $4}' | grep -q online; then
        as_root pg_ctlcluster "$ver" main start || { echo "services: postgresql did not start"; return 1; }
    fi
    for _ in $(seq 1 30); do
        pg_isready -q -h 127.0.0.1 -p 5432 && break
        sleep 1
    done
    pg_isready -q -h 127.0.0.1 -p 5432 || { echo "services: postgresql not ready"; return 1; }
    local psql=(as_root su postgres -c)
    "${psql[@]}" "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname='vne'\"" | grep -q 1 \
        || "${psql[@]}" "psql -qc \"CREATE ROLE vne LOGIN PASSWORD 'vne'\"" >/dev/null
    "${psql[@]}" "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname='vne_test'\"" | grep -q 1 \
        || "${psql[@]}" "createdb -O vne vne_test" >/dev/null
    echo "services: postgresql $ver on 127.0.0.1:5432 (database vne_test, user vne)"
}
pg_setup || true

# --- Chromium: Debian's headless-capable browser for tests/test_show_browser.py (skipped when missing).
chromium_setup() {
    if [ -x /usr/bin/chromium ]; then
        echo "services: chromium present ($(/usr/bin/chromium --version 2>/dev/null | head -n 1))"
        return 0
    fi
    echo "services: installing chromium"
    as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
        || { echo "services: could not install chromium; browser tests will be skipped"; return 1; }
    echo "services: chromium installed"
}
chromium_setup || true
