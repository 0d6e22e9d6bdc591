/** Shared core of seizmon: what training, offline evaluation and live inference all compute. */
package io.seizmon.core;
