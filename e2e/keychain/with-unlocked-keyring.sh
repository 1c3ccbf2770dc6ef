#!/usr/bin/env bash
# Runs a command with a real, unlocked Secret Service: a private D-Bus session with gnome-keyring in temp
# folders, so tests never touch the user's own keychain.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/runtime" "$tmp/data" "$tmp/config"
chmod 700 "$tmp/runtime"
export XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config"
export PREFLIGHT_KEYCHAIN_TEST=1
cmd=$(printf '%q ' "$@")
exec dbus-run-session -- bash -c "echo -n preflight-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; $cmd"
