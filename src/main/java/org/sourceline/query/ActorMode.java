package org.sourceline.query;

/** How the checked actors combine. */
public enum ActorMode {
    /** an event matches when it involves any checked actor */
    ANY,
    /** an event matches when it involves every checked actor */
    ALL
}
