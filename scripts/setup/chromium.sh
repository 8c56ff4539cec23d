# shellcheck shell=bash
# Sourced by scripts/test.sh: makes sure a Chromium the browser tests can drive is installed and
# exports CHROMIUM_PATH. Sourced, so it must never `exit` the caller's shell.
rebound_setup_chromium() {
  local path="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$path" ]; then
    echo "setup: installing Debian's chromium for the browser tests" >&2
    local sudo=""
    if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then sudo="sudo"; fi
    if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null; }; then
      echo "setup: could not install chromium; the browser tests will fail" >&2
      return 0
    fi
    path=/usr/bin/chromium
  fi
  export CHROMIUM_PATH="$path"
}
rebound_setup_chromium
unset -f rebound_setup_chromium
