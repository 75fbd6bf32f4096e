package org.sourceline.edit;

import java.util.ArrayList;
import java.util.List;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.Dataset;
import org.sourceline.model.DatasetDiff;
import org.sourceline.model.Event;

/**
 * Building the next version of a dataset from the current one: every list not changed is passed
 * on as it is, so a version costs one new list where something changed and shares the rest.
 * Events are found by a scan of the list (a million id comparisons take a few milliseconds),
 * which keeps a version from building a lookup table it may never use.
 */
final class Versions {
    private static final int[] NONE = new int[0];

    private Versions() {
    }

    /** Position of the event with this id, or -1. */
    static int positionOf(Dataset dataset, String eventId) {
        List<Event> events = dataset.events();
        for (int i = 0, n = events.size(); i < n; i++) {
            if (events.get(i).id().equals(eventId)) {
                return i;
            }
        }
        return -1;
    }

    /** The position of an event that must exist. */
    static int require(EventLookup events, String eventId) throws EditException {
        int at = events.positionOf(eventId);
        if (at < 0) {
            throw new EditException("no event \"" + eventId + "\" in the dataset (it was deleted)");
        }
        return at;
    }

    static int actorPosition(Dataset dataset, String actorId) {
        List<Actor> actors = dataset.actors();
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i).id().equals(actorId)) {
                return i;
            }
        }
        return -1;
    }

    static Actor requireActor(Dataset dataset, String actorId) throws EditException {
        Actor actor = dataset.actor(actorId);
        if (actor == null) {
            throw new EditException("no actor \"" + actorId + "\" in the dataset");
        }
        return actor;
    }

    static Dataset with(Dataset d, List<Article> articles, List<Actor> actors, List<Event> events) {
        return new Dataset(d.title(), d.description(), articles, actors, events, d.eras());
    }

    /** The dataset with the event at {@code position} replaced, and the diff saying so. */
    static Edit.Applied replaceEvent(Dataset dataset, int position, Event changed) {
        List<Event> events = new ArrayList<>(dataset.events());
        events.set(position, changed);
        return new Edit.Applied(with(dataset, dataset.articles(), dataset.actors(), events),
                DatasetDiff.eventChanged(position), changed.id());
    }

    static int[] positions(List<Integer> list) {
        if (list.isEmpty()) {
            return NONE;
        }
        int[] out = new int[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }

    /** "“Russia clinches a deal for…”": a title short enough for a menu. */
    static String quoted(String title) {
        String t = title == null ? "" : title.strip();
        if (t.length() > 56) {
            int cut = t.lastIndexOf(' ', 54);
            t = t.substring(0, cut > 30 ? cut : 54) + "…";
        }
        return "“" + t + "”";
    }
}
