package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.PrePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.DlCoord;

/** two late classes whose pre-patch callbacks call each other's class. */
@LivePatch(id = "dl-fix", description = "callbacks that cross two late classes")
public final class DlPatch {

    private DlPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.DlA", method = "m")
    public static String m() {
        return "a2";
    }

    @Redirect(type = "io.jlivepatch.it.fixture.DlB", method = "n")
    public static String n() {
        return "b2";
    }

    @Redirect(type = "io.jlivepatch.it.fixture.DlB", method = "k")
    public static String k() {
        return "k2";
    }

    @PrePatch
    public static void prePatch() {
        DlCoord.prePatch();
    }
}
