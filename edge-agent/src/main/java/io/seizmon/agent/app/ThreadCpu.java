package io.seizmon.agent.app;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the agent's own threads, for the metrics: the pipeline threads ({@code pipeline-N}), and Paho's threads (their names
 * start with {@code MQTT}: receive, callback, send). With them a load run can tell the cost of ingest and of
 * compute per channel apart from the waiting a shared machine adds. Read at scrape time only.
 */
final class ThreadCpu {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    /** CPU seconds the thread has used, or -1 when the JVM cannot tell. */
    double seconds(Thread thread) {
        long nanos = threads.isThreadCpuTimeSupported() ? threads.getThreadCpuTime(thread.getId()) : -1;
        return nanos < 0 ? -1 : nanos / 1e9;
    }

    /** CPU seconds used by the live threads whose names start with {@code prefix}. */
    double secondsOfThreadsNamed(String prefix) {
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(prefix)) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total / 1e9;
    }
}
