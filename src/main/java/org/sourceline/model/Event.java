package org.sourceline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One happening, relationship or assessment the source reports: who acted ({@code sources}),
 * on whom ({@code targets}), who else took part, when, how certainly, and the words that say so.
 *
 * @param id           unique within the dataset
 * @param title        a short title
 * @param summary      one sentence in our own words, or null
 * @param time         when, with the source's phrase and derived bounds
 * @param type         PLOVER-like category
 * @param mode         how, e.g. "military", "visit", or null
 * @param place        where, as the source names it, or null
 * @param sources      actors that act
 * @param targets      actors acted upon
 * @param participants other actors involved
 * @param certainty    how the source presents it and who said it
 * @param evidence     verbatim passages supporting it; empty for imported events without quotes
 */
public record Event(String id, String title, String summary, TimeSpan time, EventType type, String mode,
                    String place, List<Actor> sources, List<Actor> targets, List<Actor> participants,
                    Certainty certainty, List<Evidence> evidence) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(certainty, "certainty");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        participants = List.copyOf(participants);
        evidence = List.copyOf(evidence);
    }

    /** This event with other evidence, everything else the same. */
    public Event withEvidence(List<Evidence> evidence) {
        return new Event(id, title, summary, time, type, mode, place, sources, targets, participants, certainty,
                evidence);
    }

    /** Every actor of the event once, sources first, then targets, then participants. */
    public List<Actor> actors() {
        List<Actor> all = new ArrayList<>(sources.size() + targets.size() + participants.size());
        for (List<Actor> role : List.of(sources, targets, participants)) {
            for (Actor actor : role) {
                if (!all.contains(actor)) {
                    all.add(actor);
                }
            }
        }
        return all;
    }

    /** The role an actor plays in this event, or null when it plays none. */
    public Role roleOf(Actor actor) {
        if (sources.contains(actor)) {
            return Role.SOURCE;
        }
        if (targets.contains(actor)) {
            return Role.TARGET;
        }
        return participants.contains(actor) ? Role.PARTICIPANT : null;
    }

    public boolean involves(Actor actor) {
        return roleOf(actor) != null;
    }

    /**
     * How many different articles carry a supporting quote: an event told by three articles is
     * corroborated by three sources. Quotes that dispute the event do not count.
     */
    public int sourceCount() {
        int size = evidence.size();
        if (size == 0) {
            return 0;
        }
        if (size == 1) {
            return evidence.get(0).disputes() ? 0 : 1;
        }
        List<String> seen = new ArrayList<>(size);
        for (Evidence e : evidence) {
            if (!e.disputes() && !seen.contains(e.articleId())) {
                seen.add(e.articleId());
            }
        }
        return seen.size();
    }

    /** True when at least one quote denies or contradicts the event. */
    public boolean isDisputed() {
        for (Evidence e : evidence) {
            if (e.disputes()) {
                return true;
            }
        }
        return false;
    }

    /** True when a quote of this article supports or disputes the event. */
    public boolean cites(String articleId) {
        for (Evidence e : evidence) {
            if (e.articleId().equals(articleId)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return id;
    }
}
