package org.sourceline.data;

import java.util.List;
import java.util.stream.Collectors;

/** A dataset that could not be loaded, with every problem found. */
public final class DatasetException extends Exception {
    private final transient ReadResult result;

    public DatasetException(ReadResult result) {
        super(result.errors().stream().limit(20).map(Problem::format).collect(Collectors.joining("\n")));
        this.result = result;
    }

    public ReadResult result() {
        return result;
    }

    public List<Problem> problems() {
        return result.problems();
    }
}
