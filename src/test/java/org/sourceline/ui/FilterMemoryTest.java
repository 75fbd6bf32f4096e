package org.sourceline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourceline.data.DatasetReader;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Days;
import org.sourceline.model.EventType;
import org.sourceline.query.ActorMode;
import org.sourceline.query.EventFilter;

class FilterMemoryTest {
    @TempDir
    Path dir;

    private final LoadedDataset bundled = LoadedDataset.of(new DatasetReader().readResource(DatasetReader.BUNDLED), null);

    @Test
    void aFilterComesBackAfterARestart() {
        Path file = dir.resolve("settings.json");
        EventFilter filter = EventFilter.NONE.withActors(Set.of("iran", "russia")).withActorMode(ActorMode.ALL)
                .withTypes(EnumSet.of(EventType.AID, EventType.AGREE)).withCertainties(EnumSet.of(CertaintyLevel.STATED))
                .withRange(Days.of(2022, 1, 1), Days.of(2022, 12, 31)).withText("drones");
        Settings settings = Settings.load(file);
        FilterMemory.remember(settings, bundled, filter);
        settings.save();
        assertThat(FilterMemory.restore(Settings.load(file), bundled)).isEqualTo(filter);
    }

    @Test
    void clearingForgets() {
        Settings settings = Settings.load(dir.resolve("s.json"));
        FilterMemory.remember(settings, bundled, EventFilter.NONE.withText("x"));
        FilterMemory.remember(settings, bundled, EventFilter.NONE);
        assertThat(settings.values().filters).isEmpty();
        assertThat(FilterMemory.restore(settings, bundled)).isEqualTo(EventFilter.NONE);
    }

    @Test
    void actorsTheDatasetNoLongerHasAreDropped() {
        Settings settings = Settings.load(dir.resolve("s.json"));
        settings.values().filters.put(bundled.key(), new java.util.HashMap<>(java.util.Map.of(
                "actors", java.util.List.of("iran", "atlantis"), "from", "not a date")));
        // A damaged entry never breaks opening: the unusable part falls back to no filter.
        assertThat(FilterMemory.restore(settings, bundled)).isEqualTo(EventFilter.NONE);
        settings.values().filters.put(bundled.key(), new java.util.HashMap<>(java.util.Map.of(
                "actors", java.util.List.of("iran", "atlantis"))));
        assertThat(FilterMemory.restore(settings, bundled).actors()).containsExactly("iran");
    }

    @Test
    void theSourceFiltersComeBackToo() {
        Path file = dir.resolve("settings.json");
        EventFilter filter = EventFilter.NONE.withArticles(Set.of("iran-russia-2023"))
                .withOutlets(Set.of("Foreign Policy")).withMinSources(2).withDisputedOnly(true).withText("drones");
        Settings settings = Settings.load(file);
        FilterMemory.remember(settings, bundled, filter);
        settings.save();
        assertThat(FilterMemory.restore(Settings.load(file), bundled)).isEqualTo(filter);
    }

    @Test
    void articlesAndOutletsTheDatasetNoLongerHasAreDropped() {
        Settings settings = Settings.load(dir.resolve("s.json"));
        settings.values().filters.put(bundled.key(), new java.util.HashMap<>(java.util.Map.of(
                "articles", java.util.List.of("iran-russia-2023", "gone"), "outlets", java.util.List.of("Gone Daily"))));
        EventFilter restored = FilterMemory.restore(settings, bundled);
        assertThat(restored.articles()).containsExactly("iran-russia-2023");
        // None of the remembered outlets is left: no restriction rather than an empty timeline.
        assertThat(restored.outlets()).isNull();
        settings.values().filters.put(bundled.key(), new java.util.HashMap<>(java.util.Map.of(
                "outlets", java.util.List.of())));
        assertThat(FilterMemory.restore(settings, bundled).outlets()).isEmpty();
    }
}
