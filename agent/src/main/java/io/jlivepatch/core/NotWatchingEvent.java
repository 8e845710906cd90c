package io.jlivepatch.core;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/** A patched method ran on a thread that reclamation was not tracking: one per such call. */
@Name("io.jlivepatch.NotWatching")
@Label("Patched Method Not Watched")
@Category({"jlivepatch"})
@Description("A patched method in transition ran inside a quiescent region, where reclamation is not tracking"
        + " the thread")
@StackTrace(true)
final class NotWatchingEvent extends jdk.jfr.Event {

    @Label("Patch")
    String patch;

    @Label("Method")
    String method;

    @Label("Quiescent Region")
    String region;

    @Label("Policy")
    String policy;

    @Label("Ran Without The Patch")
    boolean withoutPatch;

    @Label("Region Entered Before The Agent Was Attached")
    boolean enteredBeforeAttach;
}
