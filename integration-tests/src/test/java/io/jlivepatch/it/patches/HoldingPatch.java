package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.PatchHold;

/** A replacement that holds its thread inside itself (line of the block() call below). */
@LivePatch(id = "holding", description = "holds its caller")
public final class HoldingPatch {

    /** The line of the {@code block()} call, which stall messages name. */
    public static final int BLOCK_LINE = 19;

    private HoldingPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PatchHold", method = "target")
    public static String target() throws InterruptedException {
        PatchHold.block();
        return "t2";
    }
}
