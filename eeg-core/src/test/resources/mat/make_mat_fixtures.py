#!/usr/bin/env python3
"""Writes the MAT-file fixtures of MatFileTest with SciPy's writer (an implementation independent of ours).

Regenerate: cd eeg-core/src/test/resources/mat && python3 make_mat_fixtures.py
Values are formulas the test recomputes: data[r, c] = 0.5 * (r * 100 + c) - 7.25 (3 x 5), freq = 399.6097561.
"""
import numpy as np
import scipy.io

data = np.array([[0.5 * (r * 100 + c) - 7.25 for c in range(5)] for r in range(3)], dtype=np.float64)
freq = np.array([399.6097561])
channels = {'a': np.array(['c001']), 'b': np.array(['c002'])}  # a struct, like the Kaggle clips' 'channels'
counts = np.array([[1, -2, 300]], dtype=np.int16)              # stored as miINT16
label = 'clip'                                                  # a char array

scipy.io.savemat('clip.mat', {'data': data, 'freq': freq, 'channels': channels, 'counts': counts,
                              'label': label}, format='5', do_compression=False, oned_as='row')
scipy.io.savemat('clip-compressed.mat', {'data': data, 'freq': freq}, format='5', do_compression=True)
