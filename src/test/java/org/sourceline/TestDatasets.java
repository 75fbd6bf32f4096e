package org.sourceline;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

/** Small datasets built in code for tests that need many events or particular shapes. */
public final class TestDatasets {
    private TestDatasets() {
    }

    /**
     * {@code line:column} (1-based, columns in characters) of the first occurrence of
     * {@code needle} in a JSON text: where the reader reports a problem with the value there.
     */
    public static String lineColumn(String json, String needle) {
        int offset = json.indexOf(needle);
        if (offset < 0) {
            throw new AssertionError("not in the JSON: " + needle);
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset; i++) {
            if (json.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return line + ":" + column;
    }

    /**
     * A dataset's JSON: a one-sentence article ("Alpha met Beta in 2022."), two actors ({@code alpha}
     * a person, {@code beta} an organization) and {@code events}, event objects separated by
     * commas, as the reader's tests write them around the value they are about.
     */
    public static String alphaBetaJson(String title, CharSequence events) {
        return """
                {
                  "format": "sourceline-dataset/1",
                  "title": "%s",
                  "article": {"title": "A test article", "text": "Alpha met Beta in 2022."},
                  "actors": [
                    {"id": "alpha", "name": "Alpha", "kind": "person"},
                    {"id": "beta", "name": "Beta", "kind": "organization"}
                  ],
                  "events": [
                %s
                  ]
                }
                """.formatted(title, events);
    }

    /** {@code n} events over {@code actors} actors, spread over the years 1990–2030; seeded. */
    public static Dataset random(int n, int actors, long seed) {
        Random random = new Random(seed);
        List<Actor> actorList = new ArrayList<>();
        for (int a = 0; a < actors; a++) {
            actorList.add(new Actor("a" + a, "Actor " + a, ActorKind.values()[a % 4], null, null, null));
        }
        long start = Days.of(1990, 1, 1);
        long span = Days.of(2030, 1, 1) - start;
        List<Event> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long first = start + (long) (random.nextDouble() * span);
            int kind = random.nextInt(10);
            TimeSpan time;
            if (kind < 5) {
                time = new TimeSpan(Days.format(first), null, first, first, Qualifier.EXACT, Qualifier.EXACT, null);
            } else if (kind < 8) {
                long last = first + 1 + random.nextInt(120);
                time = new TimeSpan(Days.format(first) + "/" + Days.format(last), null, first, last, Qualifier.EXACT,
                        Qualifier.APPROXIMATE, null);
            } else if (kind < 9) {
                time = new TimeSpan("../" + Days.format(first), null, Days.OPEN_START, first, Qualifier.OPEN,
                        Qualifier.EXACT, null);
            } else {
                time = new TimeSpan(Days.format(first) + "/..", null, first, Days.OPEN_END, Qualifier.EXACT,
                        Qualifier.OPEN, null);
            }
            Actor source = actorList.get(random.nextInt(actors));
            Actor target = actorList.get(random.nextInt(actors));
            events.add(new Event("e" + i, "Event number " + i, null, time,
                    EventType.values()[random.nextInt(EventType.values().length)], null, null, List.of(source),
                    target == source ? List.of() : List.of(target), List.of(),
                    Certainty.of(CertaintyLevel.values()[random.nextInt(CertaintyLevel.values().length)]), List.of()));
        }
        Article article = new Article(Article.DEFAULT_ID, "Synthetic", null, null, null, null, null, null, null, null, null);
        return new Dataset("Synthetic " + n, null, article, actorList, events);
    }

    /**
     * Three articles told apart by outlet (Wire, Paper with a URL, and a blog whose outlet is
     * unknown) and five events: one told by two articles and disputed by one, one told by one,
     * one told by two and disputed, one only disputed, one without quotes
     * ({@code src/test/resources/datasets/three-articles.json}).
     */
    public static Dataset threeArticles() {
        return read("/datasets/three-articles.json");
    }

    /** Reads a dataset from the test resources, failing the test on any error. */
    public static Dataset read(String resource) {
        org.sourceline.data.ReadResult read = new org.sourceline.data.DatasetReader().readResource(resource);
        if (read.hasErrors()) {
            throw new IllegalStateException(read.errors().toString());
        }
        return read.dataset();
    }

    /** {@code n} events on the same day, all by one actor: the worst crowding there is. */
    public static Dataset sameDay(int n) {
        Actor actor = new Actor("solo", "Solo", ActorKind.STATE, null, null, null);
        long day = Days.of(2023, 1, 1);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(new Event("e" + i, "Crowded event " + i, null,
                    new TimeSpan("2023-01-01", null, day, day, Qualifier.EXACT, Qualifier.EXACT, null), EventType.AGREE,
                    null, null, List.of(actor), List.of(), List.of(), Certainty.of(CertaintyLevel.STATED), List.of()));
        }
        Article article = new Article(Article.DEFAULT_ID, "Crowd", null, null, null, null, null, null, null, null, null);
        return new Dataset("Crowd", null, article, List.of(actor), events);
    }

    /**
     * An article with a title, an outlet and a publication time, everything else unknown. Built by
     * the record's component names, so that tests outlive new fields of the model (an article id).
     */
    public static Article article(String title, String outlet, org.sourceline.model.TimeSpan published) {
        java.lang.reflect.RecordComponent[] components = Article.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = switch (components[i].getName()) {
                case "id" -> "article";
                case "title" -> title;
                case "outlet" -> outlet;
                case "published" -> published;
                case "language" -> "en";
                default -> null;
            };
        }
        try {
            return Article.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
