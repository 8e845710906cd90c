package io.jlivepatch.core;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A step of a patch's life, the lifecycle line of the host's stderr as a JFR event: one event type
 * with a {@code kind} field, since a recording is read as one stream of steps. Emitted on the
 * agent's threads (control, transition worker), never on an application thread; the class is
 * initialised, and so registered with JFR, when the patch manager is built ({@link #prepare}).
 * With no recording that enables it, an emission costs an allocation the JIT removes and one
 * test of a flag.
 */
@Name("io.jlivepatch.Lifecycle")
@Label("Patch Lifecycle")
@Category({"jlivepatch"})
@Description("A step of a live patch's life: loaded, enable, disable, transition start, complete, reverse, force,"
        + " stall, cancel, unloaded")
@StackTrace(false)
final class LifecycleEvent extends jdk.jfr.Event {

    /** The kinds, as the {@code kind} field spells them. */
    enum Kind {
        LOADED("loaded"), ENABLE("enable"), DISABLE("disable"), TRANSITION_START("transition-start"),
        TRANSITION_COMPLETE("transition-complete"), TRANSITION_REVERSE("transition-reverse"),
        TRANSITION_FORCE("transition-force"), TRANSITION_STALL("transition-stall"),
        TRANSITION_CANCEL("transition-cancel"), UNLOADED("unloaded");

        final String field;

        Kind(String field) {
            this.field = field;
        }
    }

    @Label("Patch")
    String patch;

    @Label("Kind")
    @Description("loaded, enable, disable, transition-start, transition-complete, transition-reverse,"
            + " transition-force, transition-stall, transition-cancel or unloaded")
    String kind;

    @Label("Direction")
    @Description("patching or unpatching, for the transition kinds (a reverse names the new direction); empty"
            + " otherwise")
    String direction;

    @Label("Detail")
    @Description("loaded: the jar and its SHA-256; transition-stall: the thread and frame that hold it;"
            + " transition-reverse: why, when not on request")
    String detail;

    /** Emits one event, when a recording wants it. */
    static void emit(Kind kind, String patch, String direction, String detail) {
        LifecycleEvent e = new LifecycleEvent();
        if (e.shouldCommit()) {
            e.kind = kind.field;
            e.patch = patch;
            e.direction = direction == null ? "" : direction;
            e.detail = detail == null ? "" : detail;
            e.commit();
        }
    }

    /** Initialises the class on the calling thread, so that the first emission does not. */
    static void prepare() {
        try {
            Class.forName(LifecycleEvent.class.getName(), true, LifecycleEvent.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // The first emission initialises it, or fails as it would have.
        }
    }
}
