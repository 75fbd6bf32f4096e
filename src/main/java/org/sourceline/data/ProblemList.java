package org.sourceline.data;

import java.util.ArrayList;
import java.util.List;
import org.sourceline.data.json.JsonCursor;

/**
 * The problems a reader finds in one file, in the order found: what a {@link JsonCursor}
 * reports goes here as {@link Problem}s naming that file. Problems in a file the dataset names
 * (an article's text file) are added with their own file.
 */
public final class ProblemList implements JsonCursor.ProblemSink {
    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private int errors;

    /** @param file the file as problems name it */
    public ProblemList(String file) {
        this.file = file;
    }

    @Override
    public void add(boolean isError, int line, int column, String subject, String message) {
        add(new Problem(isError ? Severity.ERROR : Severity.WARNING, file, line, column, subject, message));
    }

    public void add(Problem problem) {
        problems.add(problem);
        if (problem.isError()) {
            errors++;
        }
    }

    public void error(int line, int column, String subject, String message) {
        add(true, line, column, subject, message);
    }

    public void warning(int line, int column, String subject, String message) {
        add(false, line, column, subject, message);
    }

    public boolean hasErrors() {
        return errors > 0;
    }

    /** The file as problems name it. */
    public String file() {
        return file;
    }

    /** The problems so far, in the order they were found (the list itself: sort it when done). */
    public List<Problem> list() {
        return problems;
    }
}
