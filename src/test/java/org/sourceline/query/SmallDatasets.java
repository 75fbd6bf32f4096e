package org.sourceline.query;

import java.util.ArrayList;
import java.util.List;
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

/** Datasets written out in code, so that the query tests say exactly what they count. */
final class SmallDatasets {
    static final Actor NASA = new Actor("nasa", "NASA", ActorKind.ORGANIZATION, null, null, null);
    static final Actor CORNYN = new Actor("cornyn", "John Cornyn", ActorKind.PERSON, null, "Senator", null);
    static final Actor MUSEUM = new Actor("museum", "Museum of Flight", ActorKind.ORGANIZATION, null, null, null);
    static final Actor SCHOOLS = new Actor("schools", "Schools", ActorKind.GROUP, null, null, null);

    private SmallDatasets() {
    }

    static TimeSpan days(String edtf, long earliest, long latest) {
        return new TimeSpan(edtf, null, earliest, latest, Qualifier.EXACT, Qualifier.EXACT, null);
    }

    static Event event(String id, String title, TimeSpan time, EventType type, CertaintyLevel level,
                       List<Actor> sources, List<Actor> targets, List<Actor> participants) {
        return new Event(id, title, null, time, type, null, null, sources, targets, participants, Certainty.of(level),
                List.of());
    }

    /**
     * Five events, listed out of time order: an announcement, a complaint, a forecast, an open
     * "before 2011" span and an event whose only actors take part.
     */
    static Dataset shuttles() {
        List<Event> events = new ArrayList<>();
        events.add(event("complaint", "Cornyn disappointed in NASA", days("2011-04-12", Days.of(2011, 4, 12),
                Days.of(2011, 4, 12)), EventType.DISAPPROVE, CertaintyLevel.STATED, List.of(CORNYN), List.of(NASA),
                List.of()));
        events.add(event("announce", "NASA announces new homes", days("2011-04-12", Days.of(2011, 4, 12),
                Days.of(2011, 4, 12)), EventType.AGREE, CertaintyLevel.STATED, List.of(NASA), List.of(MUSEUM),
                List.of()));
        events.add(event("trainer", "Trainer will soon go to the Museum of Flight", days("2011-04-13/..",
                Days.of(2011, 4, 13), Days.OPEN_END), EventType.AID, CertaintyLevel.FORECAST, List.of(NASA),
                List.of(MUSEUM), List.of()));
        events.add(event("carrier", "747 carried shuttles", days("../2011-04-13", Days.OPEN_START,
                Days.of(2011, 4, 13)), EventType.OTHER, CertaintyLevel.STATED, List.of(), List.of(), List.of(NASA)));
        events.add(event("tiles", "Heat shield tiles offered to schools", days("2011-04", Days.of(2011, 4, 1),
                Days.of(2011, 4, 30)), EventType.AID, CertaintyLevel.REPORTED, List.of(), List.of(),
                List.of(SCHOOLS, NASA)));
        Article article = org.sourceline.TestDatasets.article("NASA celebrates", "Wikinews", null);
        return new Dataset("Shuttles", null, article, List.of(NASA, CORNYN, MUSEUM, SCHOOLS), events);
    }
}
