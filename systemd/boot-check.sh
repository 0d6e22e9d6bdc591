#!/usr/bin/env bash
# Manual check, not CI: runs the units under a real systemd (this machine's Debian 12 /usr, booted in a
# systemd-nspawn container with a private network), as installed by install.sh, and reports what happened.
#
#   bash systemd/boot-check.sh MODEL.onnx DATA_DIR     as root; jars built (./seizmon build); needs systemd-container
#
# In the container: sysusers creates the users; a test Mosquitto (anonymous, loopback: the simulator has no login
# yet) runs from Debian's unit; seizmon-simulator@test streams synthetic EEG to it; seizmon-agent.service runs as
# shipped (sandbox, credentials, Type=notify, watchdog) with a stand-in ExecStart (the agent is not finished): the
# agent's inference path (arm64/ScoreDigest.java: eeg-core windows and features, OnnxSeizureModel) on DATA_DIR,
# then READY=1 through the systemd-notify binary from a child process, then no WATCHDOG=1, so the watchdog must
# restart it; seizmon-simulator@deny points at an address outside IPAddressAllow= and must not get through.
# Results: target/boot-check/ (journal, unit states, the stand-in's output).
# For IPAddressDeny= to take effect in the container, systemd there needs cgroup v2 and the bpf() syscall:
#   SYSTEMD_NSPAWN_UNIFIED_HIERARCHY=1 BOOT_CHECK_NSPAWN_OPTS="--system-call-filter=bpf --capability=all" \
#       bash systemd/boot-check.sh MODEL.onnx DATA_DIR
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
model="$(realpath "$1")"
data="$(realpath "$2")"
work="${BOOT_CHECK_WORK:-/tmp/seizmon-boot-check}"
results="$repo/target/boot-check"
command -v systemd-nspawn >/dev/null || { echo "boot-check: apt-get install systemd-container" >&2; exit 1; }
for jar in simulator model-export; do
    [ -f "$repo/$jar/target/$jar.jar" ] || { echo "boot-check: $jar.jar missing (./seizmon build)" >&2; exit 1; }
done

rm -rf "$work" "$results"
# The work folder holds a copy of /etc (with /etc/shadow): remove it however the script ends.
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/jars" "$work/models" "$results/agent-state"
cp "$repo/simulator/target/simulator.jar" "$repo/model-export/target/model-export.jar" "$work/jars/"
for jar in edge-agent dashboard; do echo "stand-in $jar" > "$work/jars/$jar.jar"; done
cp "$model" "$work/models/seizmon-synth-1000hz.onnx"
DESTDIR="$work/staged" SEIZMON_JAR_DIR="$work/jars" SEIZMON_MODEL_DIR="$work/models" bash "$repo/systemd/install.sh" \
    > "$results/install.txt"

# The container's /etc: a copy of this machine's, plus what install.sh staged; its /opt: only seizmon.
etc="$work/etc"
cp -a /etc "$etc"
find "$etc/systemd/system" -name '*.wants' -type d -exec find {} -maxdepth 1 -type l \
    \( -name 'postgresql*' -o -name 'e2scrub*' -o -name '*.timer' \) -delete \;
cp -a "$work/staged/etc/seizmon" "$etc/"
cp -a "$work/staged/etc/systemd/system/." "$etc/systemd/system/"
mkdir -p "$etc/sysusers.d" && cp "$work/staged/usr/lib/sysusers.d/seizmon.conf" "$etc/sysusers.d/"
mkdir -p "$work/opt/seizmon-test" && cp -a "$work/staged/opt/seizmon" "$work/opt/"
cp -a "$data" "$work/opt/seizmon-test/data"
javac -d "$work/opt/seizmon-test/classes" -cp "$work/jars/model-export.jar" "$repo/systemd/arm64/ScoreDigest.java"
for service in edge-agent dashboard simulator; do
    printf 'pw-%s' "$service" > "$etc/seizmon/credentials/$service.broker-password"
done
keytool -importcert -noprompt -alias test-ca -file /etc/ssl/certs/ca-certificates.crt -storetype PKCS12 \
    -keystore "$etc/seizmon/credentials/broker-truststore.p12" -storepass changeit >/dev/null 2>&1
chmod 0600 "$etc/seizmon/credentials/"*

cat > "$etc/mosquitto/mosquitto.conf" <<'EOF'
pid_file /run/mosquitto/mosquitto.pid
listener 1883
allow_anonymous true
persistence false
set_tcp_nodelay true
log_dest syslog
EOF
echo 'SEIZMON_SIM_ARGS=synth --live --quiet --subjects 2 --duration 30m --speed 10 --broker tcp://localhost:1883' \
    > "$etc/seizmon/simulator-test.conf"
# 198.51.100.1 (TEST-NET-2) is put on the container's loopback device below, so it is reachable, but it is not in
# the units' IPAddressAllow=.
# seizmon-simulator@allow is the control: the same, with IPAddressDeny= emptied by a drop-in.
for instance in deny allow; do
    echo 'SEIZMON_SIM_ARGS=synth --live --quiet --subjects 1 --duration 30m --broker tcp://198.51.100.1:1883' \
        > "$etc/seizmon/simulator-$instance.conf"
done
mkdir -p "$etc/systemd/system/seizmon-simulator@allow.service.d"
printf '[Service]\nIPAddressDeny=\n' > "$etc/systemd/system/seizmon-simulator@allow.service.d/no-firewall.conf"

mkdir -p "$etc/systemd/system/seizmon-agent.service.d"
cat > "$etc/systemd/system/seizmon-agent.service.d/stand-in.conf" <<'EOF'
[Service]
ExecStart=
ExecStart=/bin/sh -c 'cd $$STATE_DIRECTORY; java $$JAVA_MEMORY_OPTS $$JAVA_TLS_OPTS -cp /opt/seizmon/lib/model-export.jar:/opt/seizmon-test/classes ScoreDigest /opt/seizmon/models/seizmon-synth-1000hz.onnx /opt/seizmon-test/data p.txt > digest.txt 2> stderr.txt; echo "java exit $$?" >> digest.txt; ls $$CREDENTIALS_DIRECTORY > sandbox.txt; id >> sandbox.txt; echo "/proc entries: $$(ls /proc | tr "\\n" " ")" >> sandbox.txt; test -e /proc/cpuinfo && echo "/proc/cpuinfo visible" >> sandbox.txt; systemd-notify --ready --status=scored; exec sleep infinity'
EOF

cat > "$etc/systemd/system/seizmon-boot-check.service" <<'EOF'
[Unit]
Description=seizmon boot check: collect results and power off
After=seizmon-agent.service seizmon-simulator@test.service mosquitto.service
[Service]
Type=oneshot
ExecStartPre=/usr/sbin/ip addr add 198.51.100.1/32 dev lo
ExecStart=/bin/sh /opt/seizmon-test/collect.sh
EOF
cat > "$work/opt/seizmon-test/collect.sh" <<'EOF'
#!/bin/sh
out=/opt/results
timeout 60 mosquitto_sub -h localhost -t 'seizmon/v1/sim/+/raw' -C 20 -F '%t %l' > $out/sim-frames.txt 2>&1
systemctl show seizmon-agent -p ActiveState -p SubState -p StatusText -p NRestarts > $out/agent-after-start.txt
# No WATCHDOG=1 comes: within WatchdogSec (30 s) systemd must kill and restart the stand-in.
for i in $(seq 1 90); do
    [ "$(systemctl show -p NRestarts --value seizmon-agent)" -ge 1 ] && break
    sleep 1
done
systemctl show seizmon-agent -p ActiveState -p Result -p NRestarts > $out/agent-after-watchdog.txt
systemctl start seizmon-simulator@deny seizmon-simulator@allow
sleep 30
: > $out/deny.txt
for instance in deny allow; do
    pid=$(systemctl show -p MainPID --value seizmon-simulator@$instance)
    if journalctl -u mosquitto --no-pager | grep -q "from 198.51.100.1:.* as seizmon-sim-$pid "; then
        echo "simulator@$instance (pid $pid): connected to 198.51.100.1" >> $out/deny.txt
    else
        echo "simulator@$instance (pid $pid): no connection to 198.51.100.1 in 30 s" >> $out/deny.txt
    fi
done
for u in seizmon-agent seizmon-simulator@test mosquitto; do systemctl status --no-pager -l $u > $out/status-$u.txt 2>&1; done
cp -a /var/lib/seizmon/agent/. $out/agent-state/
id seizmon-agent > $out/users.txt; id seizmon-dashboard >> $out/users.txt; id seizmon-sim >> $out/users.txt
journalctl -b --no-pager > $out/journal.txt
systemctl poweroff
EOF
wants="$etc/systemd/system/multi-user.target.wants"
ln -sf /etc/systemd/system/seizmon-agent.service "$wants/seizmon-agent.service"
ln -sf /etc/systemd/system/seizmon-simulator@.service "$wants/seizmon-simulator@test.service"
ln -sf /etc/systemd/system/seizmon-boot-check.service "$wants/seizmon-boot-check.service"

# A root with symlinks into /usr (Debian 12 is merged-/usr); /usr is this machine's, read-only.
root="$work/rootfs"
mkdir -p "$root"/{usr,etc,opt,var/lib,var/log,var/cache,var/tmp,dev,proc,sys,run,tmp,root}
for link in bin lib lib64 sbin; do ln -s "usr/$link" "$root/$link"; done
cp /usr/lib/os-release "$root/etc/os-release"
timeout 600 systemd-nspawn -D "$root" --register=no --keep-unit --link-journal=no \
    --uuid="$(tr -d - < /proc/sys/kernel/random/uuid)" --private-network --bind-ro=/usr --bind="$etc:/etc" \
    --bind="$work/opt:/opt" --bind="$results:/opt/results" ${BOOT_CHECK_NSPAWN_OPTS:-} -b > "$results/console.txt" 2>&1 || true

echo "== agent after start";    cat "$results/agent-after-start.txt"
echo "== agent after watchdog"; cat "$results/agent-after-watchdog.txt"
echo "== stand-in output";      cat "$results/agent-state/digest.txt" "$results/agent-state/sandbox.txt"
echo "== simulator@test frames"; wc -l < "$results/sim-frames.txt"; head -2 "$results/sim-frames.txt"
echo "== IPAddressDeny=any (simulator@deny) vs none (simulator@allow), broker at 198.51.100.1"
cat "$results/deny.txt"
echo "== users";                cat "$results/users.txt"
