package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** The upper of two patches of one method. */
@LivePatch(id = "stack-b", description = "answer B")
public final class StackBPatch {

    private StackBPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.StackedTarget", method = "value")
    public static String value() {
        return "B";
    }
}
