package org.sourceline.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class MemoryBudgetTest {
    private static final long MB = 1 << 20;

    @Test
    void projectsTheGrowthSinceTheFirstReportToTheWholeFile() {
        // 100 MB held at the first report (10 MB read), 150 MB after 60 MB of 1010 MB: 50 MB per 50 MB read.
        assertThat(MemoryBudget.projected(100 * MB, 10 * MB, 150 * MB, 60 * MB, 1010 * MB)).isEqualTo(1100 * MB);
    }

    @Test
    void aFileThatFitsIsReadToTheEnd() {
        AtomicLong live = new AtomicLong(100 * MB);
        MemoryBudget budget = new MemoryBudget(1000 * MB, live::get, () -> { });
        for (long read = 10 * MB; read <= 500 * MB; read += 10 * MB) {
            live.set(100 * MB + read);   // grows as much as it reads: needs about 600 MB at the end
            budget.check(read, 500 * MB);
        }
    }

    @Test
    void fixedCostsBeforeTheFirstReportAreNotProjected() {
        // The article text (400 MB) is in before the events start; events then grow slowly.
        AtomicLong live = new AtomicLong(400 * MB);
        MemoryBudget budget = new MemoryBudget(1000 * MB, live::get, () -> { });
        budget.check(MB, 100 * MB);
        live.set(420 * MB);
        budget.check(50 * MB, 100 * MB);
    }

    @Test
    void aFileThatWillNotFitStopsEarlyWithHowMuchItNeeds() {
        AtomicLong live = new AtomicLong(50 * MB);
        AtomicInteger collections = new AtomicInteger();
        MemoryBudget budget = new MemoryBudget(1000 * MB, live::get, collections::incrementAndGet);
        budget.check(10 * MB, 4000 * MB);
        live.set(50 * MB + 200 * MB);   // 200 MB for the first 200 MB: 4 GB for the file
        assertThatThrownBy(() -> budget.check(210 * MB, 4000 * MB))
                .isInstanceOf(MemoryBudget.DatasetTooLargeException.class)
                .hasMessageStartingWith("The file is too large for the memory Sourceline may use: it would need about 3.9 GB,"
                        + " and Sourceline may use 1000 MB in all.")
                .hasMessageContaining("java -Xmx6g");
        assertThat(collections).hasValue(1);
    }

    @Test
    void garbageThatACollectionFreesIsNotHeldAgainstTheFile() {
        AtomicLong live = new AtomicLong(100 * MB);
        MemoryBudget budget = new MemoryBudget(1000 * MB, live::get, () -> live.set(300 * MB));
        budget.check(MB, 100 * MB);
        live.set(900 * MB);              // looks full, but most of it is garbage
        budget.check(50 * MB, 100 * MB); // collects: 300 MB live, 100 + 200 × 99/49 ≈ 504 MB needed: fits
    }
}
