#!/usr/bin/env bash
# End-to-end load run of the edge agent on this machine: Debian's mosquitto, the agent jar and the simulator's
# synthetic live streams (1000 Hz, 100-ms frames, --speed 1), all on loopback. For each channel count it runs the
# streams for a while and reads the agent's /prometheus: frames in, frames rejected, queue overflow, signal gaps,
# decision latency (p99 and max of the last 10-s intervals), and the agent's RSS and CPU from /proc. With
# SEIZMON_AGENT_RECORDING_ENABLED=true in the environment the agent also records (files under the run's temporary
# state directory) and the line shows the recording-writer thread's CPU per channel-second and its drops.
#
#   edge-agent/load/run-load.sh [-x HEAP] [-d SECONDS] [-w WARMUP_SECONDS] [-t PIPELINE_THREADS] [-c CHANNELS_PER_SUBJECT]
#                               [-m MODEL] N1 N2 ...
#       N = total channels; subjects = ceil(N / CHANNELS_PER_SUBJECT); -t 0 = the agent's default (one per processor,
#       at most 4). Latency: the p50 and p99 of every 10-s interval after the warm-up are listed, with their medians
#       and the largest p99 and max.
#   edge-agent/load/run-load.sh -f [-x 128m] [N]  flood: streams at --speed max into a 256-frame queue, to show
#                                                  bounded memory and counted overflow
#
# Needs the jars (mvn -B -DskipTests package) and /usr/sbin/mosquitto. Prints one line per run; everything it
# starts is stopped at the end (and on Ctrl-C). Only loopback addresses are used.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
heap=""
seconds=60
warmup=15
threads=0
per_subject=64
model="$root/config/models/seizmon-synth-1000hz.onnx"
flood=0
while getopts "x:d:w:t:c:m:f" opt; do
    case "$opt" in
        x) heap="$OPTARG" ;;
        d) seconds="$OPTARG" ;;
        w) warmup="$OPTARG" ;;
        t) threads="$OPTARG" ;;
        c) per_subject="$OPTARG" ;;
        m) model="$OPTARG" ;;
        f) flood=1 ;;
        *) echo "usage: $0 [-x HEAP] [-d SECONDS] [-c CHANNELS_PER_SUBJECT] [-m MODEL] [-f] N..." >&2; exit 64 ;;
    esac
done
shift $((OPTIND - 1))
[ "$flood" = 1 ] && [ $# -eq 0 ] && set -- 256
[ $# -gt 0 ] || { echo "usage: $0 [-x HEAP] [-d SECONDS] [-c CHANNELS_PER_SUBJECT] [-m MODEL] [-f] N..." >&2; exit 64; }
agent_jar="$root/edge-agent/target/edge-agent.jar"
sim_jar="$root/simulator/target/simulator.jar"
for f in "$agent_jar" "$sim_jar" "$model" /usr/sbin/mosquitto; do
    [ -e "$f" ] || { echo "missing $f (build with: mvn -B -DskipTests package)" >&2; exit 1; }
done

work="$(mktemp -d /tmp/seizmon-load.XXXXXX)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
metric() { # name and label filter -> value (0 when absent)
    curl -s "http://127.0.0.1:$http_port/prometheus" | awk -v m="$1" '$1 ~ "^"m {v=$2} END {print (v==""?0:v)}'
}
sum_metric() { # sum of every series of a metric
    curl -s "http://127.0.0.1:$http_port/prometheus" | awk -v m="$1" 'index($1, m) == 1 {s += $2} END {print s + 0}'
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

run_one() {
    local channels="$1"
    local subjects=$(( (channels + per_subject - 1) / per_subject ))
    local per=$(( channels < per_subject ? channels : per_subject ))
    local port
    port="$(free_port)"; http_port="$(free_port)"
    printf 'listener %s 127.0.0.1\nallow_anonymous true\npersistence false\nset_tcp_nodelay true\nmax_queued_messages 100000\n' \
        "$port" > "$work/mosquitto.conf"
    /usr/sbin/mosquitto -c "$work/mosquitto.conf" > "$work/mosquitto.log" 2>&1 &
    local broker=$!; pids+=("$broker")
    local start_ns; start_ns=$(date +%s%N)
    local queue=20000
    [ "$flood" = 1 ] && queue=256   # a small queue, so the flood overflows within the run
    SEIZMON_AGENT_QUEUE_CAPACITY="$queue" SEIZMON_AGENT_PIPELINE_THREADS="$threads" \
    SEIZMON_AGENT_STATE_DIRECTORY="$work/state-$channels" SEIZMON_AGENT_MODEL_PATH="$model" \
        SEIZMON_AGENT_STALE_TIMEOUT=30s MICRONAUT_SERVER_PORT="$http_port" \
        java ${heap:+-Xmx$heap} -jar "$agent_jar" --broker "tcp://127.0.0.1:$port" > "$work/agent-$channels.log" 2>&1 &
    local agent=$!; pids+=("$agent")
    until curl -sf "http://127.0.0.1:$http_port/health" > /dev/null 2>&1; do
        kill -0 "$agent" 2>/dev/null || { echo "agent died: see $work/agent-$channels.log" >&2; tail "$work/agent-$channels.log" >&2; exit 1; }
        sleep 0.2
    done
    local speed=1 duration=$((seconds + warmup + 30))
    [ "$flood" = 1 ] && speed=max && duration=$((seconds * 20))
    java -jar "$sim_jar" synth --live --broker "tcp://127.0.0.1:$port" --subjects "$subjects" --channels "$per" \
        --rate 1000 --speed "$speed" --duration "${duration}s" --quiet > "$work/sim-$channels.log" 2>&1 &
    local sim=$!; pids+=("$sim")
    until [ "$(metric seizmon_agent_decision_count)" != "0" ]; do sleep 0.1; done
    local first_decision_s; first_decision_s=$(awk -v a="$start_ns" -v b="$(date +%s%N)" 'BEGIN {printf "%.1f", (b - a) / 1e9}')
    sleep "$warmup"   # warm-up (JIT)
    local frames0 ticks0 p99=0 max=0 rss=0 depth=0
    frames0=$(metric seizmon_agent_frames_in_total); ticks0=$(cpu_ticks "$agent")
    local pipe0 mqtt0 rec0
    pipe0=$(metric seizmon_agent_pipeline_cpu_seconds); mqtt0=$(metric seizmon_agent_mqtt_cpu_seconds)
    rec0=$(metric seizmon_agent_recording_cpu_seconds)
    local rejected0 gaps0 overflow0
    rejected0=$(sum_metric seizmon_agent_frames_rejected_total); gaps0=$(sum_metric seizmon_agent_gaps_total)
    overflow0=$(metric seizmon_agent_queue_overflow)
    local t=0 p50s="" p99s=""
    while [ "$t" -lt "$seconds" ]; do
        sleep 10; t=$((t + 10))
        local r m
        r=$(metric 'seizmon_agent_decision_latency_milliseconds{stat="p99",window="recent"')
        m=$(metric 'seizmon_agent_decision_latency_milliseconds{stat="max",window="recent"')
        p99s="$p99s $r"
        p50s="$p50s $(metric 'seizmon_agent_decision_latency_milliseconds{stat="p50",window="recent"')"
        p99=$(awk -v a="$p99" -v b="$r" 'BEGIN {print (b > a ? b : a)}')
        max=$(awk -v a="$max" -v b="$m" 'BEGIN {print (b > a ? b : a)}')
        local now_rss; now_rss=$(rss_mb "$agent"); [ "$now_rss" -gt "$rss" ] && rss=$now_rss
        depth=$(awk -v a="$depth" -v b="$(metric seizmon_agent_queue_depth)" 'BEGIN {print (b > a ? b : a)}')
    done
    local frames1 ticks1 hz rejected gaps overflow
    frames1=$(metric seizmon_agent_frames_in_total); ticks1=$(cpu_ticks "$agent"); hz=$(getconf CLK_TCK)
    local pipe_us mqtt_us rec_us
    rec_us=$(awk -v a="$rec0" -v b="$(metric seizmon_agent_recording_cpu_seconds)" -v s="$seconds" -v n="$channels" \
        'BEGIN {printf "%.1f", (b - a) * 1e6 / s / n}')
    pipe_us=$(awk -v a="$pipe0" -v b="$(metric seizmon_agent_pipeline_cpu_seconds)" -v s="$seconds" -v n="$channels" \
        'BEGIN {printf "%.1f", (b - a) * 1e6 / s / n}')
    mqtt_us=$(awk -v a="$mqtt0" -v b="$(metric seizmon_agent_mqtt_cpu_seconds)" -v s="$seconds" -v n="$channels" \
        'BEGIN {printf "%.1f", (b - a) * 1e6 / s / n}')
    rejected=$(awk -v a="$rejected0" -v b="$(sum_metric seizmon_agent_frames_rejected_total)" 'BEGIN {print b - a}')
    gaps=$(awk -v a="$gaps0" -v b="$(sum_metric seizmon_agent_gaps_total)" 'BEGIN {print b - a}')
    overflow=$(awk -v a="$overflow0" -v b="$(metric seizmon_agent_queue_overflow)" 'BEGIN {print b - a}')
    median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
    printf 'latency per 10 s: p50_ms=[%s ] p99_ms=[%s ] median p50=%s median p99=%s threads=%s\n' "$p50s" "$p99s" \
        "$(echo "$p50s" | median)" "$(echo "$p99s" | median)" "$(grep -o '[0-9]* pipeline threads' "$work/agent-$channels.log" | head -1 | cut -d' ' -f1)"
    printf 'channels=%d subjects=%d heap=%s frames/s=%.0f rejected=%s gaps=%s overflow=%s p99_ms=%s max_ms=%s queue_max=%s rss_mb=%s cpu=%.0f%% pipeline_us_per_ch_s=%s mqtt_us_per_ch_s=%s recording_us_per_ch_s=%s recording_dropped=%s first_decision_s=%s load=%s\n' \
        "$channels" "$subjects" "${heap:-default}" "$(awk -v a="$frames0" -v b="$frames1" -v s="$seconds" 'BEGIN {print (b - a) / s}')" \
        "$rejected" "$gaps" "$overflow" "$p99" "$max" "$depth" "$rss" \
        "$(awk -v a="$ticks0" -v b="$ticks1" -v s="$seconds" -v hz="$hz" 'BEGIN {print 100 * (b - a) / hz / s}')" "$pipe_us" "$mqtt_us" "$rec_us" "$(metric seizmon_agent_recording_dropped_total)" "$first_decision_s" \
        "$(cut -d' ' -f1 /proc/loadavg)"
    kill "$sim" "$agent" "$broker" 2>/dev/null || true
    wait "$sim" "$agent" "$broker" 2>/dev/null || true
    pids=()
}

for n in "$@"; do
    run_one "$n"
done
