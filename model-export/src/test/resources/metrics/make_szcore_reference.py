#!/usr/bin/env python3
"""Reference counts for EventScoringReferenceTest, from an independent mask-based implementation of SzCORE event
scoring (the way the current timescoring computes it: 10 Hz boolean masks, numpy slicing and rounding).

Run from this folder: python3 make_szcore_reference.py > szcore_reference.tsv  (numpy; seed fixed below).
Columns: recording seconds, reference events, hypothesis events (onset-offset;...), then the expected counts:
reference events after merge/split, true positives, false positives, hypothesis events after merge/split.
"""
import numpy as np

FS = 10
BEFORE, AFTER, MERGE, MAX_EVENT = 30.0, 60.0, 90.0, 300.0


def merge(events):
    out = []
    for start, end in sorted(events):
        if out and start - out[-1][1] < MERGE:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def split(events):
    out = []
    for start, end in events:
        while end - start > MAX_EVENT:
            out.append((start, start + MAX_EVENT))
            start += MAX_EVENT
        out.append((start, end))
    return out


def score(duration, ref, hyp):
    n = round(duration * FS)
    ref = split(merge([(s, min(e, duration)) for s, e in ref]))
    hyp = split(merge([(s, min(e, duration)) for s, e in hyp]))
    hyp_mask = np.zeros(n, dtype=bool)
    for s, e in hyp:
        hyp_mask[round(s * FS):round(e * FS)] = True
    tp_mask = np.zeros(n, dtype=bool)
    tp = 0
    for s, e in ref:
        a, b = round(max(0.0, s - BEFORE) * FS), round(min(n / FS, e + AFTER) * FS)
        if hyp_mask[a:b].sum() > 0:
            tp += 1
            tp_mask[a:b] = True
    fp = sum(1 for s, e in hyp if np.all(~tp_mask[round(s * FS):round(e * FS)]))
    return len(ref), tp, fp, len(hyp)


def events(rng, count, duration, longest):
    out = []
    for _ in range(count):
        onset = round(float(rng.uniform(0, duration - 1)), 2)
        out.append((onset, round(onset + float(rng.uniform(0.5, longest)), 2)))
    return out


def text(evts):
    return ";".join(f"{s!r}-{e!r}" for s, e in evts) or "-"


def main():
    rng = np.random.default_rng(20240417)
    print("# recording_seconds\treference\thypotheses\tref_events\ttp\tfp\thyp_events")
    for _ in range(300):
        duration = round(float(rng.uniform(600, 7200)), 1)
        ref = events(rng, int(rng.integers(0, 6)), duration, 700)
        hyp = events(rng, int(rng.integers(0, 10)), duration, 400)
        counts = score(duration, ref, hyp)
        print("\t".join([repr(duration), text(ref), text(hyp)] + [str(c) for c in counts]))


if __name__ == "__main__":
    main()
