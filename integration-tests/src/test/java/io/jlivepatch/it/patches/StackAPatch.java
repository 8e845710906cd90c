package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** The lower of two patches of one method. */
@LivePatch(id = "stack-a", description = "answer A")
public final class StackAPatch {

    private StackAPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.StackedTarget", method = "value")
    public static String value() {
        return "A";
    }
}
