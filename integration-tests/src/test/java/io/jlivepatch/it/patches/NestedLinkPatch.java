package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PrePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.NestedLinkB;

/**
 * Two classes that load late; the pre-patch callback (which runs for
 * {@code NestedLinkA} on the thread that links it) calls {@code NestedLinkB}, which then links
 * for the first time on that same thread.
 */
@LivePatch(id = "nested-link", description = "a callback that calls another late target")
public final class NestedLinkPatch {

    private NestedLinkPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.NestedLinkA", method = "value")
    public static String a() {
        return "a2";
    }

    @Redirect(type = "io.jlivepatch.it.fixture.NestedLinkB", method = "value")
    public static String b() {
        return "b2";
    }

    @PrePatch
    public static void prePatch() {
        NestedLinkB.value();
    }
}
