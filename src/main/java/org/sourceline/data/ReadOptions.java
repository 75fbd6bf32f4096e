package org.sourceline.data;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * How to read a dataset file: what TimelineJS groups become, and, for long reads, a progress
 * callback (bytes read so far) and a cancellation check (reading stops with a
 * {@link CancellationException} once it says so). Immutable.
 *
 * @param groups    what a TimelineJS slide's group becomes (ignored for Sourceline datasets)
 * @param progress  told the number of bytes read now and then, on the reading thread
 * @param cancelled polled while reading
 */
public record ReadOptions(GroupMapping groups, LongConsumer progress, BooleanSupplier cancelled) {
    /** Groups as actors, no progress, never cancelled. */
    public static final ReadOptions DEFAULT = new ReadOptions(GroupMapping.ACTOR, bytes -> { }, () -> false);

    public ReadOptions {
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
    }

    public ReadOptions withGroups(GroupMapping mapping) {
        return new ReadOptions(mapping, progress, cancelled);
    }

    public ReadOptions withProgress(LongConsumer bytesRead) {
        return new ReadOptions(groups, bytesRead, cancelled);
    }

    public ReadOptions withCancellation(BooleanSupplier isCancelled) {
        return new ReadOptions(groups, progress, isCancelled);
    }
}
