package org.sourceline.model;

/** How firmly one end of a time span is known (EDTF level 1 qualifiers plus open and unknown ends). */
public enum Qualifier {
    /** Known to the stated precision. */
    EXACT,
    /** {@code ~}: approximately. */
    APPROXIMATE,
    /** {@code ?}: uncertain. */
    UNCERTAIN,
    /** {@code %}: approximate and uncertain. */
    APPROXIMATE_UNCERTAIN,
    /** {@code ..}: runs on without a known limit ("for decades", "before 2022"). */
    OPEN,
    /** an empty interval end: there is an end, but the source does not say when. */
    UNKNOWN;

    /** True for ends that should be drawn fading rather than crisp. */
    public boolean isFuzzy() {
        return this == APPROXIMATE || this == UNCERTAIN || this == APPROXIMATE_UNCERTAIN || this == UNKNOWN;
    }
}
