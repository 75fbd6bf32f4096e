package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.Event;

/**
 * The visible events' list: bulk changes made in bulk, each reported as one change that a
 * listener can replay (what it removed, what it added, where) to arrive at the same list.
 */
class EventListTest {
    private final List<Event> pool = new DatasetReader().readResource(DatasetReader.BUNDLED).dataset().events();
    private final List<Event> backing = new ArrayList<>();
    private final EventList list = new EventList(backing);
    /** What a listener sees, replaying each change. */
    private final List<Event> mirror = new ArrayList<>();
    private int changes;

    EventListTest() {
        list.addListener((ListChangeListener<Event>) c -> {
            changes++;
            while (c.next()) {
                if (c.wasPermutated()) {
                    throw new AssertionError("no permutation expected");
                }
                List<Event> removed = mirror.subList(c.getFrom(), c.getFrom() + c.getRemovedSize());
                if (!removed.equals(c.getRemoved())) {
                    throw new AssertionError("the change removed other events than the list held there");
                }
                removed.clear();
                mirror.addAll(c.getFrom(), c.getAddedSubList());
            }
        });
    }

    private List<Event> some(Random random, int max) {
        List<Event> events = new ArrayList<>();
        for (int i = random.nextInt(max + 1); i > 0; i--) {
            events.add(pool.get(random.nextInt(pool.size())));
        }
        return events;
    }

    @Test
    void everyChangeReplaysToTheSameList() {
        Random random = new Random(17);
        List<Event> expected = new ArrayList<>();
        for (int step = 0; step < 2_000; step++) {
            int before = changes;
            int size = expected.size();
            switch (random.nextInt(7)) {
                case 0 -> {
                    List<Event> all = some(random, 40);
                    list.setAll(all);
                    expected.clear();
                    expected.addAll(all);
                }
                case 1 -> {
                    int at = random.nextInt(size + 1);
                    List<Event> more = some(random, 10);
                    list.addAll(at, more);
                    expected.addAll(at, more);
                }
                case 2 -> {
                    int from = random.nextInt(size + 1);
                    int to = from + random.nextInt(size - from + 1);
                    list.remove(from, to);
                    expected.subList(from, to).clear();
                }
                case 3 -> {
                    if (size > 0) {
                        int at = random.nextInt(size);
                        Event e = pool.get(random.nextInt(pool.size()));
                        list.set(at, e);
                        expected.set(at, e);
                    }
                }
                case 4 -> {
                    list.clear();
                    expected.clear();
                }
                case 5 -> {
                    List<Event> more = some(random, 5);
                    list.addAll(more);
                    expected.addAll(more);
                }
                default -> {
                    if (size > 0) {
                        int at = random.nextInt(size);
                        list.remove(at);
                        expected.remove(at);
                    }
                }
            }
            assertThat(list).containsExactlyElementsOf(expected);
            assertThat(backing).containsExactlyElementsOf(expected);
            assertThat(mirror).as("step %d", step).containsExactlyElementsOf(expected);
            assertThat(changes - before).as("one change at most per operation").isLessThanOrEqualTo(1);
        }
    }

    @Test
    void aMillionEventsAreSetAsOneChange() {
        List<Event> many = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            many.add(pool.get(i % pool.size()));
        }
        list.setAll(many);
        list.setAll(many.subList(0, 500_000));
        assertThat(changes).isEqualTo(2);
        assertThat(mirror.size()).isEqualTo(500_000);
        assertThat(mirror.equals(many.subList(0, 500_000))).isTrue();
        assertThat(list.get(499_999)).isSameAs(many.get(499_999));
    }
}
