package org.sourceline.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.sourceline.model.Actor;
import org.sourceline.model.ActorKind;
import org.sourceline.model.Article;
import org.sourceline.model.Certainty;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.model.EventType;
import org.sourceline.model.Qualifier;
import org.sourceline.model.TimeSpan;

/**
 * Seeded random datasets shaped like a relationship graph, for the graph benchmarks: a few busy
 * actors and many quiet ones (sources and targets drawn with a skew towards low positions), a
 * fifth of the actors affiliated with a state, and exactly the requested number of distinct
 * (source, target, type) relations, a third of them backed by two events. Same seed, same data.
 */
public final class RandomActorGraphs {
    private static final String[] MODES = {"military", "economic", "diplomatic", "visit", null};

    private RandomActorGraphs() {
    }

    /** A dataset with {@code actors} actors and {@code relations} distinct relations among them. */
    public static Dataset generate(int actors, int relations, long seed) {
        if (actors < 2) {
            throw new IllegalArgumentException("need at least two actors");
        }
        long possible = (long) actors * (actors - 1) * EventType.values().length;
        if (relations > possible) {
            throw new IllegalArgumentException("more relations than " + actors + " actors can have");
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Actor> people = new ArrayList<>(actors);
        ActorKind[] kinds = ActorKind.values();
        for (int a = 0; a < actors; a++) {
            ActorKind kind = a < Math.max(2, actors / 10) ? ActorKind.STATE : kinds[1 + random.nextInt(kinds.length - 1)];
            String affiliation = kind != ActorKind.STATE && random.nextInt(5) == 0
                    ? "actor-" + random.nextInt(Math.max(2, actors / 10)) : null;
            people.add(new Actor("actor-" + a, name(a), kind, affiliation, null, null));
        }
        EventType[] types = EventType.values();
        CertaintyLevel[] levels = CertaintyLevel.values();
        long start = Days.of(2020, 1, 1);
        Set<Long> seen = new HashSet<>(relations * 2);
        List<Event> events = new ArrayList<>(relations * 4 / 3);
        while (seen.size() < relations) {
            int s = skewed(random, actors);
            int t = skewed(random, actors);
            EventType type = types[random.nextInt(types.length)];
            if (s == t || !seen.add(((long) s * actors + t) * types.length + type.ordinal())) {
                continue;
            }
            int copies = random.nextInt(3) == 0 ? 2 : 1;
            for (int c = 0; c < copies; c++) {
                long day = start + random.nextInt(4 * 365);
                long length = random.nextInt(4) == 0 ? random.nextInt(120) : 0;
                String edtf = length == 0 ? Days.format(day) : Days.format(day) + "/" + Days.format(day + length);
                TimeSpan time = new TimeSpan(edtf, null, day, day + length, Qualifier.EXACT, Qualifier.EXACT, null);
                CertaintyLevel level = levels[random.nextInt(3) == 0 ? random.nextInt(levels.length) : 0];
                events.add(new Event("event-" + events.size(), "Event " + events.size(), null, time, type,
                        MODES[random.nextInt(MODES.length)], null, List.of(people.get(s)), List.of(people.get(t)), List.of(),
                        Certainty.of(level), List.of()));
            }
        }
        Article article = new Article(Article.DEFAULT_ID, "Random relations", null, null, null, null, "en", "", null, null,
                "generated for benchmarks, seed " + seed);
        return new Dataset("Random relations (" + actors + " actors, " + relations + " relations)", null, article, people,
                events);
    }

    /** Positions drawn with density falling off towards the end: a few hubs, a long tail. */
    private static int skewed(SplittableRandom random, int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) (n * u * u));
    }

    private static String name(int a) {
        String[] syllables = {"ka", "ro", "mi", "sa", "ten", "vo", "lu", "dar", "ni", "po", "zef", "an"};
        StringBuilder sb = new StringBuilder();
        int v = a + 7;
        do {
            sb.append(syllables[v % syllables.length]);
            v /= syllables.length;
        } while (v > 0);
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb + " " + a;
    }
}
