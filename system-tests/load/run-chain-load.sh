#!/usr/bin/env bash
# Whole-chain load: Debian's mosquitto + edge agent + dashboard + simulator (synth --live, 1000 Hz, 1 channel,
# N subjects, 1x) for SECONDS of wall time. Prints frames published (simulator summary), frames decoded and gaps
# (agent /prometheus), decision latency p50/p99 (agent, whole run), and CPU time and peak RSS of each process.
#
#   system-tests/load/run-chain-load.sh N SECONDS          # after: mvn -B -pl system-tests -am package -DskipTests
#
# Everything runs on loopback with free ports in a temporary folder, removed at the end; every process started here
# is stopped by its pid on exit.
set -euo pipefail
N=${1:?usage: run-chain-load.sh N SECONDS}
SECONDS_RUN=${2:?usage: run-chain-load.sh N SECONDS}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/seizmon-chain-load.XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
MQTT=$(port); AGENT_HTTP=$(port); DASH_HTTP=$(port)

printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\nset_tcp_nodelay true\nmax_queued_messages 100000\n' \
    "$MQTT" > "$WORK/mosquitto.conf"
/usr/sbin/mosquitto -c "$WORK/mosquitto.conf" > "$WORK/mosquitto.log" 2>&1 & PIDS+=($!); MOSQ=$!
cat > "$WORK/agent.yml" <<YML
seizmon:
  agent:
    id: load-01
    model-path: $ROOT/config/models/seizmon-synth-1000hz.onnx
    state-directory: $WORK/agent-state
    broker:
      url: tcp://127.0.0.1:$MQTT
micronaut:
  server:
    port: $AGENT_HTTP
YML
printf '{"brokerUrl":"tcp://127.0.0.1:%s","httpPort":%s,"dataDir":"%s/dash-data"}\n' "$MQTT" "$DASH_HTTP" "$WORK" \
    > "$WORK/dashboard.json"
java -Xmx256m -jar "$ROOT/edge-agent/target/edge-agent.jar" --config "$WORK/agent.yml" > "$WORK/agent.log" 2>&1 &
PIDS+=($!); AGENT=$!
java -Xmx256m -jar "$ROOT/dashboard/target/dashboard.jar" --config "$WORK/dashboard.json" > "$WORK/dashboard.log" 2>&1 &
PIDS+=($!); DASH=$!
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$AGENT_HTTP/health" > /dev/null && break; sleep 0.5; done
DURATION=$((SECONDS_RUN + 5))
java -Xmx256m -jar "$ROOT/simulator/target/simulator.jar" synth --live --broker "tcp://127.0.0.1:$MQTT" \
    --subjects "$N" --channels 1 --rate 1000 --seed 1846 --seizures-per-day 24 --duration "${DURATION}s" --speed 1 \
    > "$WORK/simulator.out" 2> "$WORK/simulator.err" &
PIDS+=($!); SIM=$!
wait "$SIM" || echo "simulator exit status $?" >&2
sleep 2
metric() { curl -sf "http://127.0.0.1:$AGENT_HTTP/prometheus" | grep -E "^$1" | awk '{s+=$NF} END {print s+0}'; }
usage() { # CPU seconds (utime+stime) and peak RSS of a pid
    awk '{printf "%.1f s CPU", ($14+$15)/100}' "/proc/$1/stat"; grep VmHWM "/proc/$1/status" | awk '{printf ", peak RSS %d MB", $2/1024}'; }
echo "N=$N subjects x 1000 Hz x 1 channel, ${DURATION} s of recording at 1x"
grep '^total:' "$WORK/simulator.out" || tail -3 "$WORK/simulator.out"
echo "agent frames decoded: $(metric 'seizmon_agent_frames_in_total')"
echo "agent gaps SEQUENCE_GAP: $(metric 'seizmon_agent_gaps_total\{.*SEQUENCE_GAP')  queue overflow: $(metric 'seizmon_agent_queue_overflow')"
echo "decision latency ms p50 $(metric 'seizmon_agent_decision_latency_milliseconds\{.*stat=.p50.*window=.total')" \
     "p99 $(metric 'seizmon_agent_decision_latency_milliseconds\{.*stat=.p99.*window=.total')" \
     "max $(metric 'seizmon_agent_decision_latency_milliseconds\{.*stat=.max.*window=.total')"
echo "mosquitto: $(usage $MOSQ)"; echo "agent: $(usage $AGENT)"; echo "dashboard: $(usage $DASH)"
echo "(simulator: its own JVM, ended; not measured)"
