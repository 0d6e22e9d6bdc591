#!/usr/bin/env bash
# Checks systemd/install.sh and systemd/build-deb.sh in a temporary staging root, with stand-in jars (the real ones
# are not built yet when .ci/run calls this): what lands where with which mode, that a second run changes nothing,
# that an edited /etc/seizmon file is kept, that a new jar replaces the old one, and the .deb's control data and
# contents. Exits non-zero naming the first failed check. Run by .ci/run; by hand: bash systemd/test-install.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d /tmp/seizmon-install-test.XXXXXX)"
trap 'rm -rf "$work"' EXIT
root="$work/root"
export SEIZMON_JAR_DIR="$work/jars" SEIZMON_MODEL_DIR="$work/models"

fail() { echo "test-install: FAIL: $*" >&2; exit 1; }
pass() { echo "test-install: ok: $*"; }
run_install() { DESTDIR="$root" bash "$here/install.sh" > "$work/install.out" 2>&1 || { cat "$work/install.out" >&2; return 1; }; }
snapshot() { (cd "$root" && find . -printf '%p %m %s\n' | sort && find . -type f -exec md5sum {} + | sort); }
expect_mode() {
    [ -e "$root$2" ] || fail "$2 missing"
    [ "$(stat -c %a "$root$2")" = "$1" ] || fail "$2 has mode $(stat -c %a "$root$2") (expected: $1)"
}

mkdir -p "$SEIZMON_JAR_DIR" "$SEIZMON_MODEL_DIR"
for jar in edge-agent dashboard simulator model-export; do echo "stand-in $jar v1" > "$SEIZMON_JAR_DIR/$jar.jar"; done
echo "stand-in model" > "$SEIZMON_MODEL_DIR/seizmon-synth-1000hz.onnx"
echo "stand-in model card" > "$SEIZMON_MODEL_DIR/README.md"

# --- First run --------------------------------------------------------------------------------------------------
run_install || fail "install.sh failed on an empty root"
for jar in edge-agent dashboard simulator model-export; do expect_mode 644 "/opt/seizmon/lib/$jar.jar"; done
expect_mode 644 /opt/seizmon/models/seizmon-synth-1000hz.onnx
expect_mode 644 /opt/seizmon/models/README.md
expect_mode 700 /etc/seizmon/credentials
expect_mode 644 /etc/seizmon/simulator-demo.conf
expect_mode 644 /usr/lib/sysusers.d/seizmon.conf
for unit in seizmon-agent.service seizmon-dashboard.service seizmon-simulator@.service; do
    expect_mode 644 "/etc/systemd/system/$unit"
    cmp -s "$here/$unit" "$root/etc/systemd/system/$unit" || fail "$unit differs from systemd/$unit"
done
for file in mosquitto.conf mosquitto.acl README.md; do expect_mode 644 "/opt/seizmon/config/$file"; done
grep -q "staging root" "$work/install.out" || fail "a staging install did not say it left users and systemctl out"
pass "first run puts jars, model, config, units and sysusers in place with their modes"

# --- Idempotent ---------------------------------------------------------------------------------------------------
snapshot > "$work/before"
run_install || fail "second run failed"
snapshot > "$work/after"
diff "$work/before" "$work/after" >/dev/null || fail "second run changed the tree: $(diff "$work/before" "$work/after")"
grep -q "nothing to do" "$work/install.out" || fail "second run did not say 'nothing to do': $(cat "$work/install.out")"
pass "second run changes nothing"

# --- An admin's edit is kept ----------------------------------------------------------------------------------------
echo "SEIZMON_SIM_ARGS=synth --live --subjects 1 # edited" > "$root/etc/seizmon/simulator-demo.conf"
run_install || fail "run after an edit failed"
grep -q "# edited" "$root/etc/seizmon/simulator-demo.conf" || fail "install.sh overwrote an edited /etc/seizmon file"
cmp -s "$here/../config/simulator-demo.conf" "$root/etc/seizmon/simulator-demo.conf.dist" \
    || fail "the shipped version was not written beside the edited file as .dist"
snapshot > "$work/before"
run_install || fail "run after .dist failed"
snapshot > "$work/after"
diff "$work/before" "$work/after" >/dev/null || fail "the run after an edit is not idempotent"
pass "an edited /etc/seizmon file is kept, the shipped one written as .dist, once"

# --- Upgrades and errors ------------------------------------------------------------------------------------------
echo "stand-in edge-agent v2" > "$SEIZMON_JAR_DIR/edge-agent.jar"
run_install || fail "upgrade run failed"
grep -q v2 "$root/opt/seizmon/lib/edge-agent.jar" || fail "a new jar did not replace the installed one"
pass "a new jar replaces the installed one"
rm "$SEIZMON_JAR_DIR/dashboard.jar"
if run_install 2>/dev/null; then fail "install.sh succeeded with dashboard.jar missing"; fi
grep -q "dashboard.jar" "$work/install.out" || fail "the missing-jar error does not name the jar"
echo "stand-in dashboard v1" > "$SEIZMON_JAR_DIR/dashboard.jar"
pass "a missing jar stops the install and is named"

# --- The .deb -----------------------------------------------------------------------------------------------------
SEIZMON_DEB_OUT="$work/out" bash "$here/build-deb.sh" > "$work/deb.out" || fail "build-deb.sh failed"
deb="$(ls "$work"/out/seizmon_*_all.deb)"
info="$(dpkg-deb --info "$deb")"
grep -q "Architecture: all" <<< "$info" || fail "the .deb is not Architecture: all"
grep -q "Depends: openjdk-17-jre-headless | java17-runtime-headless" <<< "$info" || fail "no Java 17 dependency"
contents="$(dpkg-deb --contents "$deb")"
for path in ./opt/seizmon/lib/edge-agent.jar ./opt/seizmon/models/seizmon-synth-1000hz.onnx \
        ./lib/systemd/system/seizmon-agent.service ./lib/systemd/system/seizmon-simulator@.service \
        ./usr/lib/sysusers.d/seizmon.conf ./etc/seizmon/simulator-demo.conf; do
    grep -q " $path\$" <<< "$contents" || fail "the .deb lacks $path"
done
grep -q "root/root" <<< "$contents" || fail "the .deb's files are not owned by root"
dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles | grep -qx /etc/seizmon/simulator-demo.conf \
    || fail "/etc/seizmon/simulator-demo.conf is not a conffile"
pass "the .deb is Architecture: all, depends on Java 17, carries jars, units and conffiles"

echo "test-install: all checks passed"
