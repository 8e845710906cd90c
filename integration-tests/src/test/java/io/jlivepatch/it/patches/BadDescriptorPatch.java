package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** Names the method with a descriptor it does not have (it takes a String, not a long). */
@LivePatch(id = "bad-descriptor", description = "must be refused")
public final class BadDescriptorPatch {

    private BadDescriptorPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.StaticTarget", method = "greet", descriptor = "(J)Ljava/lang/String;")
    public static String greet(long name) {
        return "patched " + name;
    }
}
