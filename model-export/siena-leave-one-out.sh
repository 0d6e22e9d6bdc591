#!/usr/bin/env bash
# Siena PN00 (F8, 64 Hz), leave one recording out: for each of the 3 recordings, train on the other two and
# evaluate per event (SzCORE) on it with ./seizmon evaluate. Writes only under WORK (default /tmp/siena-loro):
# per fold a manifest, the two training recordings' events.tsv (from the seizure tables), the model, the training
# and evaluation reports, and the log. Nothing is written into the repository.
#
# usage: model-export/siena-leave-one-out.sh [DATA_DIR] [WORK]
#   DATA_DIR  the Siena folder (default: $SEIZMON_DATA_DIR or ../shared/data, then siena-pn00-f8-64hz)
#   extra train options: SIENA_TRAIN_OPTS (default below), e.g. SIENA_TRAIN_OPTS="--epochs 80 --seed 2"
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data="${1:-${SEIZMON_DATA_DIR:-$root/../shared/data}/siena-pn00-f8-64hz}"
work="${2:-/tmp/siena-loro}"
# Two training recordings hold 2 seizures: too few to hold one recording back for early stopping, so both train
# (one group: no validation split) for a fixed number of epochs, 1-s training hop (the agent's inference hop).
train_opts="${SIENA_TRAIN_OPTS:---folds 0 --epochs 40 --hop 1s --seed 1 --quiet}"
recordings=(PN00-1 PN00-2 PN00-5)

[ -d "$data" ] || { echo "siena-leave-one-out: no such folder: $data" >&2; exit 2; }
mkdir -p "$work"

# BIDS events.tsv of one recording from its seizure table (recording,onset_s,offset_s,...).
events_tsv() {
    awk -F, 'NR > 1 { printf "%s\t%s\tsz\n", $2, $3 - $2 }
             BEGIN { print "onset\tduration\ttrial_type" }' "$data/$1_seizures.csv" > "$work/$1_events.tsv"
}

manifest() { # FILE REC...: a manifest of continuous recordings, one group for all of them
    local file="$1"; shift
    echo "path,label,sample_rate_hz,channel,group,events" > "$file"
    for rec in "$@"; do
        echo "$data/${rec}_F8_64Hz.csv,continuous,64,0,train,$work/${rec}_events.tsv" >> "$file"
    done
}

for rec in "${recordings[@]}"; do
    events_tsv "$rec"
done
for test in "${recordings[@]}"; do
    train=()
    for rec in "${recordings[@]}"; do
        [ "$rec" = "$test" ] || train+=("$rec")
    done
    fold="$work/test-$test"
    mkdir -p "$fold"
    manifest "$fold/train.csv" "${train[@]}"
    manifest "$fold/test.csv" "$test"
    echo "== test $test, train ${train[*]}"
    # shellcheck disable=SC2086
    "$root/seizmon" train --data "$fold/train.csv" --out "$fold/model.onnx" --report "$fold/train-report" \
        $train_opts > "$fold/train.log"
    grep -E "^(final model|parity|time)" "$fold/train.log" || true
    "$root/seizmon" evaluate --model "$fold/model.onnx" --data "$fold/test.csv" --hop 1 \
        --report "$fold/evaluation" | tee "$fold/evaluate.log"
done
