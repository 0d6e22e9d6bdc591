#!/usr/bin/env bash
# Builds target/seizmon_VERSION_all.deb by hand with dpkg-deb: the same files as systemd/install.sh (which stages
# them), units under /lib/systemd/system, /etc/seizmon files as conffiles (dpkg keeps an admin's edits), users
# from sysusers.d in postinst. Architecture "all": the jars are Java, and ONNX Runtime's jar carries its native
# libraries for linux-x64 and linux-aarch64, so one package serves amd64 PCs and 64-bit Raspberry Pi OS.
#
#   ./seizmon build && systemd/build-deb.sh        then: apt install ./target/seizmon_*_all.deb
#
# Environment: as install.sh (SEIZMON_JAR_DIR, SEIZMON_MODEL_DIR); SEIZMON_DEB_OUT (default: target/).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${SEIZMON_DEB_OUT:-$repo/target}"
command -v dpkg-deb >/dev/null || { echo "build-deb: dpkg-deb not found (apt-get install dpkg)" >&2; exit 1; }

# The Maven version, made a Debian one: 0.1.0-SNAPSHOT sorts before 0.1.0 as 0.1.0~SNAPSHOT.
pom_version="$(sed -n '0,/<\/parent>\|<modules>/{s:.*<version>\(.*\)</version>.*:\1:p}' "$repo/pom.xml" | head -1)"
[ -n "$pom_version" ] || { echo "build-deb: no <version> in $repo/pom.xml" >&2; exit 1; }
version="${pom_version//-/\~}"
package="seizmon_${version}_all"
stage="$out/deb/$package"

rm -rf "$stage"
mkdir -p "$stage/DEBIAN"
DESTDIR="$stage" SEIZMON_UNIT_DIR=/lib/systemd/system bash "$repo/systemd/install.sh" >/dev/null

cat > "$stage/DEBIAN/control" <<EOF
Package: seizmon
Version: $version
Architecture: all
Maintainer: seizmon developers <seizmon@localhost>
Section: science
Priority: optional
Depends: openjdk-17-jre-headless | java17-runtime-headless, systemd
Recommends: mosquitto, mosquitto-clients
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Description: embedded streaming EEG seizure monitor
 Live EEG over MQTT in, seizure alerts out: the edge agent (ONNX Runtime, native
 code for linux-x64 and linux-aarch64), the web dashboard, the simulator and the
 model tools, with hardened systemd units and a production Mosquitto example.
EOF

(cd "$stage" && find etc -type f | sort | sed 's:^:/:') > "$stage/DEBIAN/conffiles"

cat > "$stage/DEBIAN/postinst" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
    systemd-sysusers /usr/lib/sysusers.d/seizmon.conf
    install -d -m 0700 -o root -g root /etc/seizmon/credentials
    if [ -d /run/systemd/system ]; then systemctl daemon-reload; fi
    echo "seizmon: put the broker credentials in /etc/seizmon/credentials/ (see /opt/seizmon/systemd/README.md)," \
        "then: systemctl enable --now seizmon-agent seizmon-dashboard"
fi
EOF

cat > "$stage/DEBIAN/prerm" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = remove ] && [ -d /run/systemd/system ]; then
    systemctl stop seizmon-agent.service seizmon-dashboard.service 'seizmon-simulator@*.service' || true
    systemctl disable seizmon-agent.service seizmon-dashboard.service || true
fi
EOF

cat > "$stage/DEBIAN/postrm" <<'EOF'
#!/bin/sh
set -e
if [ -d /run/systemd/system ]; then systemctl daemon-reload || true; fi
# /var/lib/seizmon (alert journal, event history, acknowledgements) is kept even on purge: it is a record of care.
if [ "$1" = purge ]; then rm -f /etc/seizmon/*.dist; fi
EOF
chmod 0755 "$stage/DEBIAN/postinst" "$stage/DEBIAN/prerm" "$stage/DEBIAN/postrm"

# The jars are zip files already: xz (the default) would spend minutes gaining little.
dpkg-deb --root-owner-group -Zgzip -z6 --build "$stage" "$out/$package.deb" >/dev/null
echo "build-deb: $out/$package.deb"
