package org.sourceline.ui;

import java.lang.management.ManagementFactory;

/**
 * How long ago the app was started, for the first-frame probes of the benchmarks: since the first
 * JVM started when {@code java -jar} runs the app in a second one ({@code cli.FastStart} passes
 * that JVM's start as {@value #LAUNCHED_AT}), else this JVM's uptime.
 */
public final class LaunchClock {
    /** Set in a second JVM: when the first one started (epoch milliseconds). */
    public static final String LAUNCHED_AT = "sourceline.launchedAt";

    private LaunchClock() {
    }

    public static long millisSinceLaunch() {
        String launchedAt = System.getProperty(LAUNCHED_AT);
        if (launchedAt != null) {
            try {
                return System.currentTimeMillis() - Long.parseLong(launchedAt);
            } catch (NumberFormatException ignored) {
                // fall through to this JVM's clock
            }
        }
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
