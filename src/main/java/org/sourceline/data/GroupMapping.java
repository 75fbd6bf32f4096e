package org.sourceline.data;

import java.util.Locale;

/**
 * What a TimelineJS slide's {@code group} stands for in Sourceline: an actor (the default) or an
 * event type. The same choice names what Sourceline writes into {@code group} when it exports.
 */
public enum GroupMapping {
    /** Each group is an actor; the group's events involve it. */
    ACTOR,
    /** Each group is an event type (AGREE, Consult, …); other groups become OTHER. */
    TYPE;

    /** The name used on the command line: {@code actor} or {@code type}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
