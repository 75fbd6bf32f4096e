package org.sourceline.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EventIdsTest {
    @Test
    void idsAreReadableSlugsMadeUnique() {
        assertThat(EventIds.slug("Russia clinches a deal for hundreds of Iranian drones", "event"))
                .isEqualTo("russia-clinches-a-deal-for-hundreds-of");
        assertThat(EventIds.slug("Iran’s Su-35 jets — “soon”", "event")).isEqualTo("irans-su-35-jets-soon");
        assertThat(EventIds.slug("Zürich übernimmt", "event")).isEqualTo("zurich-ubernimmt");
        assertThat(EventIds.slug("“…”", "event")).isEqualTo("event");
        Set<String> taken = Set.of("drone-deal", "drone-deal-2");
        assertThat(EventIds.unique("Drone deal", "event", taken::contains)).isEqualTo("drone-deal-3");
    }
}
