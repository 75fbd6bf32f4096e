package org.sourceline.data;

import java.util.Locale;

/** How bad a problem is: an error stops a dataset from loading, a warning does not. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
