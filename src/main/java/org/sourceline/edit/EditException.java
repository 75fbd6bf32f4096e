package org.sourceline.edit;

import java.util.List;

/**
 * An edit that cannot be made, with the reasons in the words {@code validate} uses
 * ("no actors: give at least one in …", "duplicate event id") or, for refusals that only an
 * editor meets, in the same style ("actor “Iran” is used by 3 events: …").
 */
public final class EditException extends Exception {
    private final List<String> problems;

    public EditException(String problem) {
        this(List.of(problem));
    }

    public EditException(List<String> problems) {
        super(String.join("; ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an edit is refused for a reason");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every reason, one sentence each. */
    public List<String> problems() {
        return problems;
    }
}
