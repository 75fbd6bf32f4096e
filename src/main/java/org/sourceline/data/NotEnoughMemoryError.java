package org.sourceline.data;

/**
 * Reading a dataset ran out of heap. Thrown instead of the bare {@link OutOfMemoryError} once
 * what was read has been let go, so that the caller can say which file and how far reading got.
 */
public final class NotEnoughMemoryError extends OutOfMemoryError {
    private final String file;
    private final int eventsRead;

    /**
     * @param file       the file as the user named it
     * @param eventsRead events read before memory ran out; 0 when it ran out before the events
     */
    public NotEnoughMemoryError(String file, int eventsRead) {
        super("not enough memory to read " + file);
        this.file = file;
        this.eventsRead = eventsRead;
    }

    public String file() {
        return file;
    }

    public int eventsRead() {
        return eventsRead;
    }
}
