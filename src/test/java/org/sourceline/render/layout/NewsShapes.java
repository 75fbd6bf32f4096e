package org.sourceline.render.layout;

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
import org.sourceline.query.EventFilter;
import org.sourceline.query.EventIndex;
import org.sourceline.query.FilterEngine;

/**
 * Generated datasets of the usual shape of news, for layout tests: most events crowd into the
 * two days around the dateline, background reaches back years, a deadline falls at the end of
 * the year; some spans are open ("before", "from now on") and titles are news-length.
 */
final class NewsShapes {
    private static final String[] WORDS = {"minister", "announces", "museum", "shuttle", "senator", "criticises",
            "decision", "council", "agrees", "plan", "deadline", "talks", "governor", "program", "retired", "display",
            "launch", "deal", "vote", "budget", "protest", "report", "court", "rules", "agency", "offers"};

    private NewsShapes() {
    }

    /**
     * @param busy       events on the two busy days
     * @param background events spread over the {@code years} before them
     * @param seed       same seed, same dataset
     */
    static Dataset news(int busy, int background, int years, long seed) {
        Random random = new Random(seed);
        List<Actor> actors = new ArrayList<>();
        for (int a = 0; a < 7; a++) {
            actors.add(new Actor("actor-" + a, "Actor " + (char) ('A' + a) + " " + WORDS[a], ActorKind.values()[a % 4],
                    null, null, null));
        }
        long dateline = Days.of(2011, 4, 13);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < busy; i++) {
            long day = dateline - 1 + (i % 3 == 0 ? 1 : 0);
            TimeSpan time = i % 7 == 3 ? span("open", day, Days.OPEN_END, Qualifier.EXACT) : day(day);
            events.add(event("busy-" + i, title(random), time, random, actors, i % 5 == 0 ? CertaintyLevel.FORECAST
                    : CertaintyLevel.STATED));
        }
        for (int i = 0; i < background; i++) {
            long day = dateline - 30 - random.nextInt(years * 365);
            TimeSpan time = i % 4 == 1 ? span("year", Days.yearStart(Days.yearOf(day)),
                    Days.yearStart(Days.yearOf(day) + 1) - 1, Qualifier.EXACT) : day(day);
            events.add(event("background-" + i, title(random), time, random, actors, CertaintyLevel.STATED));
        }
        events.add(event("before", "Work began before the dateline, " + title(random), span("../2011-04-12",
                Days.OPEN_START, dateline - 1, Qualifier.EXACT), random, actors, CertaintyLevel.STATED));
        events.add(event("deadline", "Deadline at the end of the year for the " + title(random),
                day(Days.of(2011, 12, 31)), random, actors, CertaintyLevel.FORECAST));
        Article article = org.sourceline.TestDatasets.article("A news story", "Test News", day(dateline));
        return new Dataset("News shape " + seed, null, article, actors, events);
    }

    static TimelineIndex.Visible visible(Dataset dataset) {
        EventIndex index = EventIndex.of(dataset);
        return TimelineIndex.of(index).visible(new FilterEngine(index).apply(EventFilter.NONE));
    }

    private static TimeSpan day(long day) {
        String edtf = Days.format(day);
        return new TimeSpan(edtf, null, day, day, Qualifier.EXACT, Qualifier.EXACT, null);
    }

    private static TimeSpan span(String edtf, long earliest, long latest, Qualifier q) {
        return new TimeSpan(edtf, null, earliest, latest, q, q, null);
    }

    private static String title(Random random) {
        StringBuilder sb = new StringBuilder();
        int words = 4 + random.nextInt(6);
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return sb.toString();
    }

    private static Event event(String id, String title, TimeSpan time, Random random, List<Actor> actors,
                               CertaintyLevel level) {
        // Few actors carry most events, as in news: the first actor is in half of them.
        Actor source = actors.get(random.nextInt(2) == 0 ? 0 : random.nextInt(actors.size()));
        Actor target = actors.get(random.nextInt(actors.size()));
        List<Actor> targets = target.equals(source) || random.nextInt(4) == 0 ? List.of() : List.of(target);
        List<Actor> participants = random.nextInt(3) == 0 ? List.of(actors.get(6)) : List.of();
        if (participants.contains(source)) {
            participants = List.of();
        }
        EventType type = EventType.values()[random.nextInt(EventType.values().length)];
        return new Event(id, title, null, time, type, null, null, List.of(source), targets, participants,
                Certainty.of(level), List.of());
    }
}
