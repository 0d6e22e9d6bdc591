/** What the benchmarks of this module share: {@link io.seizmon.benchmarks.MicrosecondBenchmark}'s JMH settings. */
package io.seizmon.benchmarks;
