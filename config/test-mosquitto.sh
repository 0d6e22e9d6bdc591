#!/usr/bin/env bash
# Checks config/mosquitto.conf and config/mosquitto.acl against Debian's real mosquitto: a temporary copy of the
# configuration (free loopback ports, paths in a temp folder), a CA and certificates made with openssl, passwords
# made with mosquitto_passwd -b; then clients (mosquitto_pub/mosquitto_sub over TLS, MQTT v5) try what each user
# may and may not do. Exits non-zero naming the first failed check. Needs: mosquitto, mosquitto-clients, openssl.
# Run by .ci/run; by hand: bash config/test-mosquitto.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for tool in /usr/sbin/mosquitto mosquitto_pub mosquitto_sub mosquitto_passwd openssl; do
    command -v "$tool" >/dev/null || { echo "test-mosquitto: $tool not found (apt-get install mosquitto" \
        "mosquitto-clients openssl)" >&2; exit 1; }
done

work="$(mktemp -d /tmp/seizmon-broker-test.XXXXXX)"
broker_pid=""
sub_pids=()
cleanup() {
    local pid
    for pid in "${sub_pids[@]}" $broker_pid; do kill "$pid" 2>/dev/null || true; done
    sleep 0.5
    # A client whose broker vanished under it may linger on SIGTERM (seen once in CI): never wait on it for ever.
    for pid in "${sub_pids[@]}" $broker_pid; do kill -9 "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "test-mosquitto: FAIL: $*" >&2
    echo "--- broker log ($work/log/mosquitto.log):" >&2
    tail -n 30 "$work/log/mosquitto.log" >&2 || true
    exit 1
}
pass() { echo "test-mosquitto: ok: $*"; }

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
        || echo $((20000 + RANDOM % 20000))
}

# --- Certificates: a test CA, the broker's certificate for localhost/127.0.0.1, and a stranger CA ------------------
make_certs() {
    local d="$work/etc/certs"
    mkdir -p "$d" "$work/etc/ca_certificates"
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "/CN=seizmon test CA" \
        -keyout "$d/ca.key" -out "$work/etc/ca_certificates/seizmon-ca.crt" 2>/dev/null
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=localhost" \
        -keyout "$d/seizmon-broker.key" -out "$d/broker.csr" 2>/dev/null
    printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' > "$d/broker.ext"
    openssl x509 -req -in "$d/broker.csr" -CA "$work/etc/ca_certificates/seizmon-ca.crt" -CAkey "$d/ca.key" \
        -CAcreateserial -days 2 -extfile "$d/broker.ext" -out "$d/seizmon-broker.crt" 2>/dev/null
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj "/CN=stranger CA" \
        -keyout "$d/stranger.key" -out "$d/stranger-ca.crt" 2>/dev/null
}

make_passwords() {
    mkdir -p "$work/etc/seizmon"
    : > "$work/etc/seizmon/passwd"
    for user in edge-01 edge-02 dashboard simulator bridge-01; do
        mosquitto_passwd -b "$work/etc/seizmon/passwd" "$user" "pw-$user"
    done
    cp "$here/mosquitto.acl" "$work/etc/seizmon/acl"
}

# The production file with only ports and paths changed; every other line is tested as shipped.
make_config() {
    mkdir -p "$work/log" "$work/data" "$work/run"
    sed -e "s#^listener 8883\$#listener $tls_port 127.0.0.1#" \
        -e "s#^listener 1883 127.0.0.1\$#listener $plain_port 127.0.0.1#" \
        -e "s#/etc/mosquitto/#$work/etc/#" \
        -e "s#/var/lib/mosquitto/#$work/data/#" \
        -e "s#/var/log/mosquitto/#$work/log/#" \
        -e "s#/run/mosquitto/#$work/run/#" \
        "$here/mosquitto.conf" > "$work/mosquitto.conf"
    grep -q "^listener $tls_port " "$work/mosquitto.conf" || fail "TLS listener line not found in mosquitto.conf"
    grep -q "^listener $plain_port " "$work/mosquitto.conf" || fail "loopback listener line not found"
    if grep -E ' /(etc|var|run)/mosquitto/' "$work/mosquitto.conf"; then fail "a path was not substituted"; fi
    # As root, mosquitto drops to user mosquitto: lay the files out with the owners and modes of config/README.md
    # (secrets root:mosquitto 0640, their folder 0750), so the check also proves that layout is readable.
    if [ "$(id -u)" = 0 ] && id mosquitto >/dev/null 2>&1; then
        chmod 0755 "$work" "$work/etc"
        chown -R mosquitto: "$work/log" "$work/data" "$work/run"
        chown root:mosquitto "$work/etc/seizmon" "$work/etc/seizmon/passwd" "$work/etc/seizmon/acl" \
            "$work/etc/certs/seizmon-broker.key"
        chmod 0750 "$work/etc/seizmon"
        chmod 0640 "$work/etc/seizmon/passwd" "$work/etc/seizmon/acl" "$work/etc/certs/seizmon-broker.key"
        chmod 0644 "$work/etc/certs/seizmon-broker.crt" "$work/etc/ca_certificates/seizmon-ca.crt" "$work/mosquitto.conf"
        chmod 0755 "$work/etc/certs" "$work/etc/ca_certificates"
        chmod 0600 "$work/etc/certs/ca.key" "$work/etc/certs/stranger.key"
    fi
}

start_broker() {
    /usr/sbin/mosquitto -c "$work/mosquitto.conf" > "$work/stdout.log" 2>&1 &
    broker_pid=$!
    for _ in $(seq 1 100); do
        if grep -q "mosquitto version .* running" "$work/log/mosquitto.log" 2>/dev/null; then return; fi
        kill -0 "$broker_pid" 2>/dev/null || { cat "$work/stdout.log" >&2; fail "mosquitto exited at start-up"; }
        sleep 0.1
    done
    fail "mosquitto did not start within 10 s"
}

# Client options: TLS to the test CA as USER (first argument).
tls() { echo "-h localhost -p $tls_port --cafile $work/etc/ca_certificates/seizmon-ca.crt -V 5 -u $1 -P pw-$1"; }

# pub USER TOPIC MESSAGE [OPTION...]: QoS 1 publish. Fails when mosquitto_pub fails or the broker's PUBACK (MQTT v5) carries
# a refusal, which mosquitto_pub 2.0.11 only prints as a warning ("Publish 1 failed: Not authorized.").
pub() {
    local err user="$1" topic="$2" message="$3"
    shift 3
    # shellcheck disable=SC2046
    err="$(mosquitto_pub $(tls "$user") -q 1 -t "$topic" -m "$message" "$@" 2>&1)" || { echo "$err" >> "$work/pub.err"; return 1; }
    echo "$err" >> "$work/pub.err"
    ! grep -q "failed" <<< "$err"
}

expect_pub_ok() { pub "$1" "$2" "$3" || fail "$1 could not publish on $2"; pass "$1 publishes $2"; }
expect_pub_denied() {
    if pub "$1" "$2" "$3"; then fail "$1 published on $2 (expected: not authorized)"; fi
    grep -q "Not authorized" "$work/pub.err" || fail "$1 on $2 failed for another reason: $(tail -1 "$work/pub.err")"
    : > "$work/pub.err"
    pass "$1 is refused $2"
}

# wait_for TEXT FILE...: waits up to 10 s until every FILE contains TEXT.
wait_for() {
    local text="$1" file
    shift
    for _ in $(seq 1 100); do
        local missing=0
        for file in "$@"; do grep -q -- "$text" "$file" || missing=1; done
        [ "$missing" = 0 ] && return 0
        sleep 0.1
    done
    fail "'$text' did not arrive in all of: $*"
}

tls_port="$(free_port)"
plain_port="$(free_port)"
while [ "$plain_port" = "$tls_port" ]; do plain_port="$(free_port)"; done
make_certs
make_passwords
make_config
start_broker
pass "mosquitto $(/usr/sbin/mosquitto -h 2>/dev/null | head -1 | awk '{print $3}') starts with the shipped mosquitto.conf"

# --- Authentication and TLS ----------------------------------------------------------------------------------------
# refused WHY PATTERN OPTION...: a mosquitto_pub with these options must fail, with output matching PATTERN.
refused() {
    local why="$1" pattern="$2" out
    shift 2
    if out="$(mosquitto_pub -V 5 -q 1 -t seizmon/v1/agents/edge-01/status -m x "$@" 2>&1)"; then fail "$why: accepted"; fi
    grep -q -i -- "$pattern" <<< "$out" || fail "$why: failed otherwise than expected ('$pattern'): $out"
    pass "$why"
}
ca="$work/etc/ca_certificates/seizmon-ca.crt"
refused "anonymous refused on the TLS listener" "not authori" -h localhost -p "$tls_port" --cafile "$ca"
refused "anonymous refused on the loopback listener" "not authori" -h 127.0.0.1 -p "$plain_port"
refused "wrong password refused" "not authori" -h localhost -p "$tls_port" --cafile "$ca" -u edge-01 -P wrong
refused "client refuses the broker when it does not trust the CA" "TLS error" -h localhost -p "$tls_port" \
    --cafile "$work/etc/certs/stranger-ca.crt" -u edge-01 -P pw-edge-01
refused "plain MQTT refused on the TLS port" "connection was lost\|protocol error" -h localhost -p "$tls_port" \
    -u edge-01 -P pw-edge-01
mosquitto_pub -h 127.0.0.1 -p "$plain_port" -V 5 -q 1 -u edge-01 -P pw-edge-01 -t seizmon/v1/agents/edge-01/status \
    -m loopback || fail "edge-01 could not publish on the loopback listener"
pass "loopback listener works with a password"

# --- What each user may do -----------------------------------------------------------------------------------------
# A retained probe that every subscriber below may read: once it has arrived, that subscription is in place.
pub bridge-01 seizmon/v1/live/cage-11/meta meta-probe -r || fail "bridge-01 could not publish the retained probe"
# The dashboard watches everything it may read; denied publishes must not reach it.
# shellcheck disable=SC2046
mosquitto_sub $(tls dashboard) -q 1 -v -t 'seizmon/v1/#' > "$work/dashboard.out" 2>"$work/dashboard.err" &
sub_pids+=($!)
# shellcheck disable=SC2046
mosquitto_sub $(tls edge-01) -q 1 -v -t 'seizmon/v1/+/+/raw' -t 'seizmon/v1/+/+/meta' -t 'seizmon/v1/+/+/alerts' \
    -t seizmon/v1/resync > "$work/edge-01.out" 2>"$work/edge-01.err" &
sub_pids+=($!)
# shellcheck disable=SC2046
mosquitto_sub $(tls edge-02) -q 1 -v -t 'seizmon/v1/+/+/raw' -t 'seizmon/v1/+/+/meta' \
    > "$work/edge-02.out" 2>"$work/edge-02.err" &
sub_pids+=($!)
wait_for meta-probe "$work/dashboard.out" "$work/edge-01.out" "$work/edge-02.out"
expect_pub_ok edge-01 seizmon/v1/agents/edge-01/status online-edge-01

expect_pub_ok edge-01 seizmon/v1/sim/cage-07/alerts alert-edge-01
expect_pub_ok edge-01 seizmon/v1/live/cage-07/scores scores-edge-01
expect_pub_denied edge-01 seizmon/v1/agents/edge-02/status forged-status-of-edge-02
expect_pub_denied edge-01 seizmon/v1/sim/cage-07/raw raw-from-edge-01
expect_pub_denied edge-01 seizmon/v1/sim/cage-07/truth truth-from-edge-01
expect_pub_ok edge-02 seizmon/v1/live/cage-11/alerts alert-edge-02-own-subject
expect_pub_denied edge-02 seizmon/v1/live/cage-07/alerts alert-edge-02-foreign-subject
expect_pub_denied dashboard seizmon/v1/sim/cage-07/raw raw-from-dashboard
expect_pub_denied dashboard seizmon/v1/sim/cage-07/alerts alert-from-dashboard
expect_pub_denied dashboard seizmon/v1/agents/dashboard/status status-from-dashboard
expect_pub_ok dashboard seizmon/v1/resync resync-from-dashboard
expect_pub_denied simulator seizmon/v1/resync resync-from-simulator
expect_pub_ok simulator seizmon/v1/sim/cage-07/raw raw-sim-cage-07
expect_pub_ok simulator seizmon/v1/sim/cage-11/raw raw-sim-cage-11
expect_pub_ok simulator seizmon/v1/sim/cage-07/truth truth-sim-cage-07
expect_pub_denied simulator seizmon/v1/live/cage-07/raw raw-sim-posing-live
expect_pub_denied simulator seizmon/v1/sim/cage-07/alerts alert-from-simulator
expect_pub_ok bridge-01 seizmon/v1/live/cage-07/meta meta-bridge-01
expect_pub_denied bridge-01 seizmon/v1/sim/cage-07/raw raw-bridge-posing-sim
# A marker after everything: once it arrived, every earlier accepted message has arrived too.
expect_pub_ok edge-01 seizmon/v1/sim/cage-07/alerts end-marker
expect_pub_ok simulator seizmon/v1/sim/cage-11/raw end-marker
wait_for end-marker "$work/dashboard.out" "$work/edge-02.out"
grep -q resync-from-dashboard "$work/edge-01.out" || fail "edge-01 did not receive the dashboard's resync request"
if grep -q resync-from-simulator "$work/edge-01.out"; then fail "the simulator's resync request was delivered"; fi
pass "the dashboard's resync request reaches the agents; nobody else may send one"

for expected in online-edge-01 alert-edge-01 scores-edge-01 alert-edge-02-own-subject raw-sim-cage-07 truth-sim-cage-07 \
        meta-bridge-01 end-marker; do
    grep -q -- "$expected" "$work/dashboard.out" || fail "the dashboard did not receive '$expected'"
done
pass "the dashboard reads status, alerts, scores, raw, truth and meta"
for denied in forged-status-of-edge-02 raw-from-edge-01 truth-from-edge-01 alert-edge-02-foreign-subject \
        raw-from-dashboard alert-from-dashboard status-from-dashboard raw-sim-posing-live alert-from-simulator \
        raw-bridge-posing-sim; do
    if grep -q -- "$denied" "$work/dashboard.out"; then fail "denied publish '$denied' was delivered"; fi
done
pass "no refused publish reached a subscriber"
grep -q raw-sim-cage-07 "$work/edge-01.out" || fail "edge-01 did not read raw frames"
grep -q alert-edge-01 "$work/edge-01.out" && fail "edge-01 read alerts (expected: agents do not read alerts)"
pass "edge-01 reads raw frames, not alerts"
grep -q raw-sim-cage-11 "$work/edge-02.out" || fail "edge-02 did not read its subject cage-11"
grep -q raw-sim-cage-07 "$work/edge-02.out" && fail "edge-02 read cage-07 (expected: only its own subjects)"
pass "edge-02 reads only its own subjects"

# --- Last Will: an agent's own status only --------------------------------------------------------------------------
# shellcheck disable=SC2046
mosquitto_sub $(tls edge-01) -q 1 -v -t 'seizmon/v1/+/+/meta' --will-topic seizmon/v1/agents/edge-01/status \
    --will-payload will-edge-01 --will-qos 1 --will-retain > "$work/will.out" 2>&1 &
will_pid=$!
sub_pids+=($will_pid)
wait_for meta-probe "$work/will.out"
kill -9 "$will_pid" && wait "$will_pid" 2>/dev/null || true
wait_for will-edge-01 "$work/dashboard.out"
pass "edge-01's Last Will on its own status reaches the dashboard when its connection dies"
# Mosquitto 2.0.11 accepts the connection but must not publish a Last Will the ACL forbids.
# shellcheck disable=SC2046
mosquitto_sub $(tls edge-01) -q 1 -v -t 'seizmon/v1/+/+/meta' --will-topic seizmon/v1/agents/edge-02/status \
    --will-payload forged-will --will-qos 1 --will-retain > "$work/forged-will.out" 2>&1 &
will_pid=$!
sub_pids+=($will_pid)
wait_for meta-probe "$work/forged-will.out"
kill -9 "$will_pid" && wait "$will_pid" 2>/dev/null || true
expect_pub_ok edge-02 seizmon/v1/agents/edge-02/status will-end-marker
wait_for will-end-marker "$work/dashboard.out"
if grep -q forged-will "$work/dashboard.out"; then fail "edge-01's Last Will on edge-02's status was published"; fi
pass "a Last Will on another agent's status is not published"

# --- A Java client as the units set it up: ssl://, CA from -Djavax.net.ssl.trustStore, password from a file ---------
paho_jar="${PAHO_JAR:-$HOME/.m2/repository/org/eclipse/paho/org.eclipse.paho.client.mqttv3/1.2.5/org.eclipse.paho.client.mqttv3-1.2.5.jar}"
if command -v javac >/dev/null && command -v keytool >/dev/null && [ -f "$paho_jar" ]; then
    keytool -importcert -noprompt -alias seizmon-ca -file "$ca" \
        -keystore "$work/broker-truststore.p12" -storetype PKCS12 -storepass changeit >/dev/null 2>&1
    printf 'pw-edge-01' > "$work/broker-password"
    # One JVM (the source launcher compiles in memory), with the units' JAVA_TLS_OPTS.
    java -Djavax.net.ssl.trustStore="$work/broker-truststore.p12" -Djavax.net.ssl.trustStoreType=PKCS12 \
        -Djavax.net.ssl.trustStorePassword=changeit -XX:TieredStopAtLevel=1 -Xshare:auto -cp "$paho_jar" \
        "$here/check/PahoTlsLogin.java" "ssl://localhost:$tls_port" edge-01 "$work/broker-password" \
        seizmon/v1/sim/cage-07/alerts > "$work/paho.out" 2>&1 \
        || fail "Paho over ssl:// with the units' trust store options: $(cat "$work/paho.out")"
    wait_for paho-tls-login "$work/dashboard.out"
    pass "Paho (Java) logs in over ssl:// with the CA from -Djavax.net.ssl.trustStore and a password file"
else
    echo "test-mosquitto: skipped the Java client check (needs a JDK and $paho_jar)"
fi

# --- The frame size limit: the largest v1 frame passes, one byte more does not --------------------------------------
limit="$(awk '$1 == "message_size_limit" {print $2}' "$here/mosquitto.conf")"
# Prints "topic payload-length" per message; the retained meta probe comes first and shows it is subscribed.
pub simulator seizmon/v1/sim/big-1/meta big-probe -r || fail "simulator could not publish the retained probe"
# shellcheck disable=SC2046
mosquitto_sub $(tls dashboard) -q 1 -C 2 -F '%t %l' -t seizmon/v1/sim/big-1/raw -t seizmon/v1/sim/big-1/meta \
    > "$work/big.out" 2>"$work/big.err" &
big_pid=$!
sub_pids+=($big_pid)
wait_for "big-1/meta" "$work/big.out"
head -c $((limit + 1)) /dev/zero > "$work/too-big.bin"
head -c "$limit" /dev/zero > "$work/largest.bin"
# shellcheck disable=SC2046
mosquitto_pub $(tls simulator) -q 1 -t seizmon/v1/sim/big-1/raw -f "$work/too-big.bin" 2>>"$work/pub.err" || true
# shellcheck disable=SC2046
mosquitto_pub $(tls simulator) -q 1 -t seizmon/v1/sim/big-1/raw -f "$work/largest.bin" \
    || fail "the largest v1 frame ($limit bytes) was refused"
wait_for "big-1/raw" "$work/big.out"
received="$(sed -n 2p "$work/big.out")"
[ "$received" = "seizmon/v1/sim/big-1/raw $limit" ] \
    || fail "first large message delivered: '$received' (expected: seizmon/v1/sim/big-1/raw $limit)"
pass "a $limit-byte frame is delivered, a $((limit + 1))-byte one is not"

echo "test-mosquitto: all checks passed"
