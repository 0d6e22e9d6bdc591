#!/usr/bin/env python3
"""Where the Bonn seizure windows sit among their neighbours in the classifier's feature space.

An independent check (numpy/scipy, not the Java code) of what limits the Bonn result in model-export/README.md:
every 5-s window (4 per file, as the tool cuts them) gets the features of eeg-core's spec seizmon-welch-log10-1hz-v1
(Welch, 1-s Hann segments at 50% overlap aligned to the window's end, linear detrend, zero-padded to 256, one-sided
density, integrated over 1-Hz bands centred on 0..99 Hz, log10(power + 1e-6)), standardised over all windows. For
each window it finds the k nearest windows of *other* files (Euclidean) and reports the windows whose neighbours are
mostly of the other class, and a leave-one-file-out k-nearest-neighbour classifier as a baseline.

    python3 model-export/diagnostics/bonn_neighbours.py [BONN_DIR]     (default ../shared/data/bonn)

Reads the data where it lies and writes nothing.
"""
import collections
import glob
import os
import sys

import numpy as np
from scipy.signal import welch

FS = 173.61
WINDOW = int(round(5 * FS))          # 868 samples
SEGMENT = int(round(FS))             # 174
STEP = SEGMENT - SEGMENT // 2        # 87
SEGMENTS = 1 + (WINDOW - SEGMENT) // STEP
SKIPPED = WINDOW - SEGMENT - (SEGMENTS - 1) * STEP
NFFT = 256
SETS = "ZONFS"                       # A, B, C, D, E; S (set E) is the seizure set


def features(window):
    f, p = welch(window[SKIPPED:], fs=FS, window="hann", nperseg=SEGMENT, noverlap=SEGMENT - STEP, nfft=NFFT,
                 detrend="linear", scaling="density")
    df = f[1] - f[0]
    out = np.full(100, np.log10(1e-6))
    for k in range(100):
        band = (f >= k - 0.5) & (f < k + 0.5)
        if band.any():
            out[k] = np.log10(p[band].sum() * df + 1e-6)
    return out


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/bonn"
    rows, labels, files = [], [], []
    for s in SETS:
        paths = sorted(glob.glob(os.path.join(root, s, "*")))
        if not paths:
            sys.exit(f"bonn_neighbours: no files in {os.path.join(root, s)} (expected the Bonn set folders Z O N F S)")
        for path in paths:
            x = np.loadtxt(path)
            for w in range(len(x) // WINDOW):
                rows.append(features(x[w * WINDOW:(w + 1) * WINDOW]))
                labels.append(s == "S")
                files.append(s + "/" + os.path.basename(path))
    x = np.array(rows)
    y = np.array(labels)
    files = np.array(files)
    scale = x.std(0)
    scale[scale < 1e-6] = 1
    z = (x - x.mean(0)) / scale
    distance = np.linalg.norm(z[:, None, :] - z[None, :, :], axis=2)
    distance[files[:, None] == files[None, :]] = np.inf
    order = np.argsort(distance, axis=1)
    print(f"{len(y)} windows ({y.sum()} seizure) from {len(set(files))} files in {root}")
    for k in (1, 5, 10, 20):
        share = y[order[:, :k]].mean(1)
        called = share > 0.5
        sens = (called & y).sum() / y.sum()
        spec = (~called & ~y).sum() / (~y).sum()
        lost = collections.Counter(files[y & ~called])
        alarms = collections.Counter(files[~y & called])
        print(f"k={k:2d}: leave-one-file-out kNN sensitivity {100 * sens:.2f}%, specificity {100 * spec:.2f}%")
        print(f"      seizure windows with mostly non-seizure neighbours ({sum(lost.values())}): "
              + ", ".join(f"{f} x{n}" for f, n in sorted(lost.items())))
        print(f"      non-seizure windows with mostly seizure neighbours ({sum(alarms.values())}): "
              + ", ".join(f"{f} x{n}" for f, n in sorted(alarms.items())))


if __name__ == "__main__":
    main()
