package org.sourceline.edit;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sourceline.model.Actor;
import org.sourceline.model.Certainty;
import org.sourceline.model.Dataset;
import org.sourceline.model.DatasetDiff;
import org.sourceline.model.Event;

/**
 * A new actor list, with every event that names a replaced actor (in a role or as the speaker)
 * rewritten to name its replacement: events hold actor objects, so an actor that changes must
 * change in every event that names it, and a merged actor is replaced by the one it joins.
 */
final class ActorRewrite {
    private ActorRewrite() {
    }

    /**
     * @param actors      the new actor list
     * @param replacement old actor object → the actor that takes its place in events
     */
    static Edit.Applied apply(Dataset dataset, List<Actor> actors, Map<Actor, Actor> replacement, String focusEventId) {
        List<Event> events = dataset.events();
        List<Event> next = null;
        List<Integer> changed = new ArrayList<>();
        for (int i = 0, n = events.size(); i < n; i++) {
            Event e = events.get(i);
            Event rewritten = rewrite(e, replacement);
            if (rewritten != e) {
                if (next == null) {
                    next = new ArrayList<>(events);
                }
                next.set(i, rewritten);
                changed.add(i);
            }
        }
        Dataset result = Versions.with(dataset, dataset.articles(), actors, next == null ? events : next);
        int[] eventPositions = Versions.positions(changed);
        int[][] actorChanges = listDiff(dataset.actors(), actors);
        DatasetDiff diff = new DatasetDiff(eventPositions, eventPositions, actorChanges[0], actorChanges[1], false, false);
        return new Edit.Applied(result, diff, focusEventId);
    }

    private static Event rewrite(Event e, Map<Actor, Actor> replacement) {
        List<Actor> sources = map(e.sources(), replacement);
        List<Actor> targets = map(e.targets(), replacement);
        List<Actor> participants = map(e.participants(), replacement);
        List<Actor> speakers = map(e.certainty().attributedTo(), replacement);
        if (sources == e.sources() && targets == e.targets() && participants == e.participants()
                && speakers == e.certainty().attributedTo()) {
            return e;
        }
        return new Event(e.id(), e.title(), e.summary(), e.time(), e.type(), e.mode(), e.place(), sources, targets,
                participants, new Certainty(e.certainty().level(), speakers, e.certainty().note()), e.evidence());
    }

    private static List<Actor> map(List<Actor> list, Map<Actor, Actor> replacement) {
        boolean touched = false;
        for (Actor a : list) {
            if (replacement.containsKey(a)) {
                touched = true;
                break;
            }
        }
        if (!touched) {
            return list;
        }
        List<Actor> out = new ArrayList<>(list.size());
        for (Actor a : list) {
            Actor b = replacement.getOrDefault(a, a);
            if (!out.contains(b)) {
                out.add(b);
            }
        }
        return out;
    }

    /** {removed old positions, inserted new positions} of two actor lists, by identity (kept ones keep their order). */
    static int[][] listDiff(List<Actor> before, List<Actor> after) {
        Map<Actor, Boolean> inAfter = new IdentityHashMap<>();
        for (Actor a : after) {
            inAfter.put(a, Boolean.TRUE);
        }
        Map<Actor, Boolean> inBefore = new IdentityHashMap<>();
        for (Actor a : before) {
            inBefore.put(a, Boolean.TRUE);
        }
        List<Integer> removed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!inAfter.containsKey(before.get(i))) {
                removed.add(i);
            }
        }
        List<Integer> inserted = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            if (!inBefore.containsKey(after.get(i))) {
                inserted.add(i);
            }
        }
        return new int[][] {Versions.positions(removed), Versions.positions(inserted)};
    }
}
