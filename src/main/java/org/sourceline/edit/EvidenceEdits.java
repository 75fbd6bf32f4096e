package org.sourceline.edit;

import java.util.ArrayList;
import java.util.List;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;
import org.sourceline.model.Stance;

/**
 * Adding, removing and re-grading an event's quotes. Each is one step: "Add Evidence to “…”",
 * "Add Disputing Evidence to “…”", "Remove Evidence from “…”", "Mark Evidence as Disputing".
 */
public final class EvidenceEdits {
    private EvidenceEdits() {
    }

    /** Adds a quote (supporting or disputing, as the evidence says) to an event. */
    public static Edit add(Event event, Evidence evidence) {
        String name = (evidence.disputes() ? "Add Disputing Evidence to " : "Add Evidence to ")
                + Versions.quoted(event.title());
        return change(event.id(), name, e -> {
            if (e.evidence().contains(evidence)) {
                throw new EditException("the event already has this quote as evidence");
            }
            List<Evidence> list = new ArrayList<>(e.evidence());
            list.add(evidence);
            return list;
        });
    }

    /** Removes the quote at {@code index} of the event's evidence. */
    public static Edit remove(Event event, int index) {
        return change(event.id(), "Remove Evidence from " + Versions.quoted(event.title()), e -> {
            List<Evidence> list = new ArrayList<>(e.evidence());
            check(list, index);
            list.remove(index);
            return list;
        });
    }

    /** Says whether the quote at {@code index} supports or disputes the event. */
    public static Edit stance(Event event, int index, Stance stance) {
        String name = stance == Stance.DISPUTES ? "Mark Evidence as Disputing" : "Mark Evidence as Supporting";
        return change(event.id(), name, e -> {
            List<Evidence> list = new ArrayList<>(e.evidence());
            check(list, index);
            if (list.get(index).stance() == stance) {
                throw new EditException("the quote already " + (stance == Stance.DISPUTES ? "disputes" : "supports")
                        + " the event");
            }
            list.set(index, list.get(index).withStance(stance));
            return list;
        });
    }

    private static void check(List<Evidence> list, int index) throws EditException {
        if (index < 0 || index >= list.size()) {
            throw new EditException("no evidence number " + (index + 1) + " (the event has " + list.size() + ")");
        }
    }

    @FunctionalInterface
    private interface EvidenceChange {
        List<Evidence> apply(Event event) throws EditException;
    }

    private static Edit change(String eventId, String name, EvidenceChange change) {
        return new Edit() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Applied apply(Dataset dataset, EventLookup events) throws EditException {
                int at = Versions.require(events, eventId);
                Event e = dataset.events().get(at);
                Event changed = new Event(e.id(), e.title(), e.summary(), e.time(), e.type(), e.mode(), e.place(),
                        e.sources(), e.targets(), e.participants(), e.certainty(), change.apply(e));
                EventCheck.require(changed, dataset, events, at);
                return Versions.replaceEvent(dataset, at, changed);
            }
        };
    }
}
