package org.sourceline.data;

/** An EDTF string that cannot be parsed; {@link #offset()} is the position of the problem in it. */
public final class EdtfException extends Exception {
    private final int offset;

    public EdtfException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
