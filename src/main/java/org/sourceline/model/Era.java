package org.sourceline.model;

import java.util.Objects;

/**
 * A named span of time that gives events their context, e.g. "The war in Ukraine": what
 * TimelineJS calls an era. Views draw eras as shaded bands behind the events.
 *
 * @param title what the span is called
 * @param time  when it runs, with its bounds
 */
public record Era(String title, TimeSpan time) {
    public Era {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(time, "time");
    }
}
