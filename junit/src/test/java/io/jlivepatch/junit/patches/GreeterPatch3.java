package io.jlivepatch.junit.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** Version 3 of {@code Greeter.version()}, stacked on {@link GreeterPatch}. */
@LivePatch(id = "greeter-3")
public final class GreeterPatch3 {

    private GreeterPatch3() {
    }

    @Redirect(type = "io.jlivepatch.junit.fixture.Greeter", method = "version")
    public static int version() {
        return 3;
    }
}
