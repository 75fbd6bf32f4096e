package org.sourceline;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sourceline.edit.ChangeActor;
import org.sourceline.edit.ChangeEvent;
import org.sourceline.edit.DeleteActor;
import org.sourceline.edit.DeleteEvent;
import org.sourceline.edit.Edit;
import org.sourceline.edit.EditException;
import org.sourceline.edit.History;
import org.sourceline.edit.MergeActors;
import org.sourceline.edit.NewActor;
import org.sourceline.edit.NewEvent;
import org.sourceline.model.Actor;
import org.sourceline.model.ActorKind;
import org.sourceline.model.Certainty;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.DatasetDiff;
import org.sourceline.model.Days;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;
import org.sourceline.model.EventType;
import org.sourceline.model.Qualifier;
import org.sourceline.model.Stance;
import org.sourceline.model.TimeSpan;

/**
 * A random walk of edits, undos and redos over a dataset, for tests that check what is kept up
 * to date incrementally against what is built from scratch: each step yields the version before,
 * the version after and the diff between them.
 */
public final class RandomEdits {
    /** One step of the walk. */
    public record Step(Dataset before, Dataset after, DatasetDiff diff, String what) {
    }

    private final Random random;
    private final History history;
    private int made;

    public RandomEdits(Dataset start, long seed) {
        this.random = new Random(seed);
        this.history = new History(start);
    }

    /** The next step: mostly edits of every kind, sometimes an undo or a redo. */
    public Step next() {
        Dataset before = history.current();
        int choice = random.nextInt(12);
        if (choice == 0 && history.canUndo()) {
            History.Step undo = history.undo();
            return new Step(before, undo.dataset(), undo.diff(), "undo " + undo.name());
        }
        if (choice == 1 && history.canRedo()) {
            History.Step redo = history.redo();
            return new Step(before, redo.dataset(), redo.diff(), "redo " + redo.name());
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            Edit edit = edit(before, choice);
            if (edit == null) {
                choice = 2 + random.nextInt(10);
                continue;
            }
            try {
                Edit.Applied applied = edit.apply(before);
                history.push(edit.name(), applied, null);
                return new Step(before, applied.dataset(), applied.diff(), edit.name());
            } catch (EditException refused) {
                choice = 2 + random.nextInt(10);
            }
        }
        throw new IllegalStateException("no edit could be made");
    }

    private Edit edit(Dataset d, int choice) {
        List<Event> events = d.events();
        List<Actor> actors = d.actors();
        switch (choice) {
            case 2, 3, 4 -> {
                return new NewEvent(randomEvent("new-" + made++, actors, quotesOf(d)));
            }
            case 5, 6, 7 -> {
                if (events.isEmpty()) {
                    return null;
                }
                Event old = events.get(random.nextInt(events.size()));
                Event changed = randomEvent(old.id(), actors, quotesOf(d));
                return new ChangeEvent(old.id(), changed, "Change");
            }
            case 8 -> {
                return events.size() < 2 ? null : new DeleteEvent(events.get(random.nextInt(events.size())));
            }
            case 9 -> {
                return new NewActor(new Actor("actor-" + made++, "New actor", ActorKind.GROUP, null, null, null));
            }
            case 10 -> {
                Actor a = actors.get(random.nextInt(actors.size()));
                return new ChangeActor(a, new Actor(a.id(), a.name() + "'", a.kind(), a.affiliationId(), a.role(), null));
            }
            default -> {
                if (actors.size() < 3) {
                    return null;
                }
                Actor a = actors.get(random.nextInt(actors.size()));
                Actor b = actors.get(random.nextInt(actors.size()));
                if (a == b) {
                    return null;
                }
                return random.nextBoolean() ? new MergeActors(a, b) : new DeleteActor(a);
            }
        }
    }

    /** Every quote of the dataset: new and changed events quote some of them again, with either stance. */
    private static List<Evidence> quotesOf(Dataset d) {
        List<Evidence> quotes = new ArrayList<>();
        for (Event event : d.events()) {
            quotes.addAll(event.evidence());
        }
        return quotes;
    }

    private Event randomEvent(String id, List<Actor> actors, List<Evidence> quotes) {
        long start = Days.of(1995, 1, 1) + random.nextInt(12_000);
        int kind = random.nextInt(6);
        TimeSpan time = switch (kind) {
            case 0 -> new TimeSpan(Days.format(start), null, start, start, Qualifier.EXACT, Qualifier.EXACT, null);
            case 1 -> new TimeSpan("../" + Days.format(start), null, Days.OPEN_START, start, Qualifier.OPEN,
                    Qualifier.EXACT, null);
            case 2 -> new TimeSpan(Days.format(start) + "/..", null, start, Days.OPEN_END, Qualifier.EXACT,
                    Qualifier.OPEN, null);
            case 3 -> new TimeSpan("x", null, start, start + 2000, Qualifier.EXACT, Qualifier.EXACT, null);
            default -> new TimeSpan("y", null, start, start + random.nextInt(60), Qualifier.EXACT, Qualifier.APPROXIMATE,
                    null);
        };
        List<Actor> sources = new ArrayList<>();
        sources.add(actors.get(random.nextInt(actors.size())));
        List<Actor> targets = new ArrayList<>();
        if (random.nextBoolean()) {
            Actor t = actors.get(random.nextInt(actors.size()));
            if (!sources.contains(t)) {
                targets.add(t);
            }
        }
        List<Evidence> evidence = new ArrayList<>();
        for (int q = quotes.isEmpty() ? 0 : random.nextInt(4); q > 0; q--) {
            Evidence quote = quotes.get(random.nextInt(quotes.size()));
            evidence.add(quote.withStance(random.nextInt(4) == 0 ? Stance.DISPUTES : Stance.SUPPORTS));
        }
        return new Event(id, "Event " + id, null, time, EventType.values()[random.nextInt(EventType.values().length)],
                null, null, sources, targets, List.of(),
                Certainty.of(CertaintyLevel.values()[random.nextInt(CertaintyLevel.values().length)]), evidence);
    }
}
