package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** The second patch of a two-patch jar (with {@link PairPatch}): greets another way. */
@LivePatch(id = "second", description = "the second patch of its jar")
public final class SecondPatch {

    private SecondPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.StaticTarget", method = "greet")
    public static String greet(String name) {
        return "second hello, " + name;
    }
}
