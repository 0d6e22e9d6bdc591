#!/usr/bin/env bash
# One-off manual check (not CI): the agent's inference path (eeg-core windows and periodogram, ONNX Runtime through
# OnnxSeizureModel) on Debian's arm64 JDK under qemu-aarch64, compared bit for bit with the same on this machine.
# As root on Debian 12 amd64, with the jars built (./seizmon build):
#   bash systemd/arm64/check-arm64.sh MODEL.onnx DATA_DIR      (DATA_DIR: a dataset folder, e.g. synth --out)
# What it changes on the machine: installs qemu-user, adds the arm64 dpkg architecture (for apt-get download).
# Results and the commands' output: systemd/README.md, "arm64".
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
model="$(realpath "$1")"
data="$(realpath "$2")"
work="${ARM64_WORK:-/tmp/seizmon-arm64}"
sysroot="$work/sysroot"
jar="$repo/model-export/target/model-export.jar"
[ -f "$jar" ] || { echo "check-arm64: $jar missing (./seizmon build)" >&2; exit 1; }

mkdir -p "$work/debs" "$sysroot" "$work/classes"
command -v qemu-aarch64 >/dev/null || apt-get install -y -q --no-install-recommends qemu-user
dpkg --print-foreign-architectures | grep -qx arm64 || { dpkg --add-architecture arm64; apt-get update -q; }
(cd "$work/debs" && apt-get download openjdk-17-jre-headless:arm64 libc6:arm64 libgcc-s1:arm64 libstdc++6:arm64 \
    zlib1g:arm64)
for deb in "$work"/debs/*.deb; do dpkg -x "$deb" "$sysroot"; done
java_arm64="$sysroot/usr/lib/jvm/java-17-openjdk-arm64/bin/java"

# qemu-user 7.2 shows the host's x86 /proc/cpuinfo to the guest; ONNX Runtime's CPU detection (cpuinfo) crashes
# in its library constructor on it (SIGSEGV in libonnxruntime.so). A Raspberry Pi 4's cpuinfo, bound over it in a
# private mount namespace, is what a real Pi shows.
cat > "$work/cpuinfo-pi4" <<'CPUINFO'
processor	: 0
BogoMIPS	: 108.00
Features	: fp asimd evtstrm crc32 cpuid
CPU implementer	: 0x41
CPU architecture: 8
CPU variant	: 0x0
CPU part	: 0xd08
CPU revision	: 3

processor	: 1
BogoMIPS	: 108.00
Features	: fp asimd evtstrm crc32 cpuid
CPU implementer	: 0x41
CPU architecture: 8
CPU variant	: 0x0
CPU part	: 0xd08
CPU revision	: 3

Hardware	: BCM2835
Model		: Raspberry Pi 4 Model B Rev 1.1
CPUINFO

javac -d "$work/classes" -cp "$jar" "$repo/systemd/arm64/ScoreDigest.java"
echo "== amd64 (host JVM)"
java -cp "$jar:$work/classes" ScoreDigest "$model" "$data" "$work/p-amd64.txt" | tee "$work/digest-amd64.txt"
echo "== arm64 (qemu-aarch64, Debian's arm64 JDK)"
file -L "$java_arm64" | cut -d, -f1-2
unshare -m sh -c "mount --bind '$work/cpuinfo-pi4' /proc/cpuinfo && exec qemu-aarch64 -L '$sysroot' '$java_arm64' \
    -cp '$jar:$work/classes' ScoreDigest '$model' '$data' '$work/p-arm64.txt'" | tee "$work/digest-arm64.txt"

# The features are computed in Java and must match bit for bit. The probabilities come from ONNX Runtime's native
# kernels (NEON on arm64, AVX on amd64), which sum in another order: they must agree within the tolerance the
# exporter's parity check uses (1e-5) and give the same decision at the model's threshold (0.5).
same() { grep "^$1" "$work/digest-amd64.txt" | cmp -s - <(grep "^$1" "$work/digest-arm64.txt"); }
same windows || { echo "check-arm64: FAIL: window counts differ"; exit 1; }
same "features sha256" || { echo "check-arm64: FAIL: features differ between amd64 and arm64"; exit 1; }
paste "$work/p-amd64.txt" "$work/p-arm64.txt" | awk -v tol=1e-5 '
    { d = $1 - $2; if (d < 0) d = -d; if (d > max) max = d; if (($1 >= 0.5) != ($2 >= 0.5)) flips++; n++ }
    END { printf "check-arm64: %d windows, features identical, probabilities max |amd64 - arm64| = %.3g, " \
                 "decisions at 0.5 that differ: %d\n", n, max, flips
          exit !(max <= tol && flips == 0) }' \
    || { echo "check-arm64: FAIL: probabilities differ by more than 1e-5 or in a decision"; exit 1; }
if same "probabilities sha256"; then echo "check-arm64: probabilities identical bit for bit"; fi
echo "check-arm64: ok"
