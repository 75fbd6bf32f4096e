package org.sourceline.edit;

import java.util.ArrayList;
import java.util.List;
import org.sourceline.data.DatasetRules;
import org.sourceline.model.Actor;
import org.sourceline.model.Article;
import org.sourceline.model.CertaintyLevel;
import org.sourceline.model.Dataset;
import org.sourceline.model.Event;
import org.sourceline.model.Evidence;

/**
 * Whether an event may stand in a dataset, by the rules {@code validate} applies to a file
 * (with its words, from {@link DatasetRules}): a unique, non-empty id, a title, at least one
 * actor, actors and articles the dataset knows, non-empty quotes of their article's text.
 * A time span is valid by construction ({@link DatasetRules#checkTime} makes them).
 */
public final class EventCheck {
    private EventCheck() {
    }

    /**
     * What makes the event invalid in the dataset; empty when it may stand there.
     *
     * @param ownPosition the position the event takes the place of, or -1 for a new event
     */
    public static List<String> errors(Event event, Dataset dataset, int ownPosition) {
        return errors(event, dataset, EventLookup.scanning(dataset), ownPosition);
    }

    /** {@link #errors(Event, Dataset, int)}, finding other events through {@code events}. */
    public static List<String> errors(Event event, Dataset dataset, EventLookup events, int ownPosition) {
        List<String> errors = new ArrayList<>();
        if (event.id().isBlank()) {
            errors.add(DatasetRules.emptyId("event"));
        } else {
            int other = events.positionOf(event.id());
            if (other >= 0 && other != ownPosition) {
                errors.add(DatasetRules.duplicateEventId());
            }
        }
        if (event.title().isBlank()) {
            errors.add(DatasetRules.emptyText("title"));
        }
        if (event.sources().isEmpty() && event.targets().isEmpty() && event.participants().isEmpty()) {
            errors.add(DatasetRules.noActors());
        }
        List<Actor> mentioned = new ArrayList<>(event.actors());
        mentioned.addAll(event.certainty().attributedTo());
        for (Actor actor : mentioned) {
            if (dataset.actor(actor.id()) == null) {
                errors.add(DatasetRules.unknownActor(actor.id(), dataset.actors().stream().map(Actor::id).toList()));
            }
        }
        for (Evidence evidence : event.evidence()) {
            Article article = dataset.article(evidence.articleId());
            if (article == null) {
                errors.add("evidence: unknown article \"" + evidence.articleId() + "\"");
            } else if (evidence.end() > article.text().length()
                    || !article.text().regionMatches(evidence.start(), evidence.exact(), 0, evidence.end() - evidence.start())) {
                errors.add("the quote is not in the article");
            } else if (evidence.start() == evidence.end()) {
                errors.add(DatasetRules.emptyQuote());
            }
        }
        return errors;
    }

    /** What is allowed but doubtful, as {@code validate} warns of it: no quote, a claim with no claimant. */
    public static List<String> warnings(Event event) {
        List<String> warnings = new ArrayList<>();
        if (event.evidence().isEmpty()) {
            warnings.add(DatasetRules.noEvidence());
        } else if (DatasetRules.onlyDisputes(event.evidence())) {
            warnings.add(DatasetRules.onlyDisputed());
        }
        if (event.certainty().level() == CertaintyLevel.CLAIMED && event.certainty().attributedTo().isEmpty()) {
            warnings.add(DatasetRules.claimedWithoutSpeaker());
        }
        return warnings;
    }

    static void require(Event event, Dataset dataset, EventLookup events, int ownPosition) throws EditException {
        List<String> errors = errors(event, dataset, events, ownPosition);
        if (!errors.isEmpty()) {
            throw new EditException(errors);
        }
    }

    /**
     * The event with each actor replaced by the dataset's actor of the same id: a form may hold an
     * actor object from before a rename, and the dataset must only hold its own.
     */
    static Event withCurrentActors(Event event, Dataset dataset) {
        List<Actor> sources = current(event.sources(), dataset);
        List<Actor> targets = current(event.targets(), dataset);
        List<Actor> participants = current(event.participants(), dataset);
        List<Actor> speakers = current(event.certainty().attributedTo(), dataset);
        if (sources == event.sources() && targets == event.targets() && participants == event.participants()
                && speakers == event.certainty().attributedTo()) {
            return event;
        }
        return new Event(event.id(), event.title(), event.summary(), event.time(), event.type(), event.mode(),
                event.place(), sources, targets, participants,
                new org.sourceline.model.Certainty(event.certainty().level(), speakers, event.certainty().note()),
                event.evidence());
    }

    private static List<Actor> current(List<Actor> actors, Dataset dataset) {
        boolean same = true;
        for (Actor a : actors) {
            Actor known = dataset.actor(a.id());
            if (known != null && known != a) {
                same = false;
                break;
            }
        }
        if (same) {
            return actors;
        }
        List<Actor> out = new ArrayList<>(actors.size());
        for (Actor a : actors) {
            Actor known = dataset.actor(a.id());
            Actor use = known != null ? known : a;
            if (!out.contains(use)) {
                out.add(use);
            }
        }
        return out;
    }
}
