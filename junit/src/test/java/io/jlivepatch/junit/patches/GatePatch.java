package io.jlivepatch.junit.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import java.util.concurrent.CountDownLatch;

/** Version 2 of {@link io.jlivepatch.junit.fixture.Gate}. */
@LivePatch(id = "gate-2")
public final class GatePatch {

    private GatePatch() {
    }

    @Redirect(type = "io.jlivepatch.junit.fixture.Gate", method = "hold")
    public static int hold(CountDownLatch entered, CountDownLatch release) {
        return 2;
    }

    @Redirect(type = "io.jlivepatch.junit.fixture.Gate", method = "value")
    public static int value() {
        return 2;
    }
}
