#!/usr/bin/env bash
# Installs seizmon on a Debian / Raspberry Pi OS box: jars, default model, example configuration, units and
# users. Idempotent: a second run changes nothing; a file under /etc/seizmon that differs from the shipped one
# (edited by you) is kept, and the shipped version is written beside it as FILE.dist. Steps: systemd/README.md.
#
#   sudo systemd/install.sh                 install into /, then `systemctl daemon-reload`
#   DESTDIR=/tmp/root systemd/install.sh    install into a staging root (no users, no systemctl)
#
# Environment: DESTDIR (staging root, default none), SEIZMON_JAR_DIR (a folder with edge-agent.jar, dashboard.jar,
# simulator.jar, model-export.jar; default: each module's target/), SEIZMON_MODEL_DIR (default: config/models),
# SEIZMON_UNIT_DIR (default /etc/systemd/system; the .deb uses /lib/systemd/system).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
destdir="${DESTDIR:-}"
unit_dir="${SEIZMON_UNIT_DIR:-/etc/systemd/system}"
model_dir="${SEIZMON_MODEL_DIR:-$repo/config/models}"
jars=(edge-agent dashboard simulator model-export)
changed=0

say() { echo "install: $*"; }
die() { echo "install: $*" >&2; exit 1; }

jar_source() {
    if [ -n "${SEIZMON_JAR_DIR:-}" ]; then echo "$SEIZMON_JAR_DIR/$1.jar"; else echo "$repo/$1/target/$1.jar"; fi
}

# put MODE SOURCE TARGET: installs SOURCE as TARGET when absent or different (a file we own outright).
put() {
    local mode="$1" source="$2" target="$destdir$3"
    if [ -f "$target" ] && cmp -s "$source" "$target"; then
        [ "$(stat -c %a "$target")" = "${mode#0}" ] || { chmod "$mode" "$target"; changed=1; }
        return
    fi
    install -D -m "$mode" "$source" "$target"
    say "installed $3"
    changed=1
}

# put_config SOURCE TARGET: like put, but never replaces a file that is there and differs (an admin's edit).
put_config() {
    local source="$1" target="$destdir$2"
    if [ -f "$target" ] && ! cmp -s "$source" "$target"; then
        if ! cmp -s "$source" "$target.dist" 2>/dev/null; then
            install -m 0644 "$source" "$target.dist"
            say "kept your $2; the shipped version is $2.dist"
            changed=1
        fi
        return
    fi
    put 0644 "$source" "$2"
}

directory() {
    local mode="$1" path="$destdir$2"
    if [ -d "$path" ] && [ "$(stat -c %a "$path")" = "${mode#0}" ]; then return; fi
    install -d -m "$mode" "$path"
    say "directory $2 ($mode)"
    changed=1
}

check_sources() {
    local jar missing=()
    for jar in "${jars[@]}"; do [ -f "$(jar_source "$jar")" ] || missing+=("$(jar_source "$jar")"); done
    [ "${#missing[@]}" -eq 0 ] || die "missing ${missing[*]} (build them first: ./seizmon build)"
    if [ -z "$destdir" ] && [ "$(id -u)" != 0 ]; then die "run as root (or set DESTDIR for a staging root)"; fi
}

install_files() {
    local jar file
    directory 0755 /opt/seizmon
    directory 0755 /opt/seizmon/lib
    for jar in "${jars[@]}"; do put 0644 "$(jar_source "$jar")" "/opt/seizmon/lib/$jar.jar"; done
    directory 0755 /opt/seizmon/models
    if [ -d "$model_dir" ]; then
        for file in "$model_dir"/*; do [ -f "$file" ] && put 0644 "$file" "/opt/seizmon/models/$(basename "$file")"; done
    fi
    [ -f "$destdir/opt/seizmon/models/seizmon-synth-1000hz.onnx" ] \
        || say "warning: no default model (seizmon-synth-1000hz.onnx in $model_dir); the agent needs one"
    directory 0755 /opt/seizmon/systemd
    put 0644 "$repo/systemd/README.md" /opt/seizmon/systemd/README.md
    directory 0755 /opt/seizmon/config
    for file in README.md mosquitto.conf mosquitto.acl; do put 0644 "$repo/config/$file" "/opt/seizmon/config/$file"; done
}

install_config() {
    local file
    directory 0755 /etc/seizmon
    directory 0700 /etc/seizmon/credentials
    for file in edge-agent.yml dashboard.json; do
        if [ -f "$repo/config/$file" ]; then put_config "$repo/config/$file" "/etc/seizmon/$file"
        else say "warning: config/$file not in this checkout; write /etc/seizmon/$file by hand"; fi
    done
    put_config "$repo/config/simulator-demo.conf" /etc/seizmon/simulator-demo.conf
}

install_units() {
    local unit
    for unit in "$repo"/systemd/*.service; do put 0644 "$unit" "$unit_dir/$(basename "$unit")"; done
    put 0644 "$repo/systemd/seizmon.sysusers" /usr/lib/sysusers.d/seizmon.conf
}

activate() {
    if [ -n "$destdir" ]; then
        say "staging root $destdir: users and systemctl daemon-reload left to the target system"
        return
    fi
    systemd-sysusers /usr/lib/sysusers.d/seizmon.conf
    if [ -d /run/systemd/system ]; then
        [ "$changed" = 0 ] || systemctl daemon-reload
    else
        say "systemd is not running here: run 'systemctl daemon-reload' on the target"
    fi
}

check_sources
install_files
install_config
install_units
activate
if [ "$changed" = 0 ]; then say "nothing to do: everything already in place"; else say "done"; fi
