package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The first-frame probes' clock. */
class LaunchClockTest {
    @Test
    void withoutTheLaunchTimeTheClockIsThisJvmsUptime() {
        assertThat(System.getProperty(LaunchClock.LAUNCHED_AT)).isNull();
        long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        assertThat(LaunchClock.millisSinceLaunch()).isBetween(uptime, uptime + 60_000);
    }

    @Test
    void inASecondJvmTheClockRunsFromTheFirstJvmsStart() {
        System.setProperty(LaunchClock.LAUNCHED_AT, Long.toString(System.currentTimeMillis() - 90_000));
        try {
            assertThat(LaunchClock.millisSinceLaunch()).isBetween(90_000L, 150_000L);
        } finally {
            System.clearProperty(LaunchClock.LAUNCHED_AT);
        }
    }
}
