package io.jlivepatch.it.patches;

import io.jlivepatch.api.Redirect;

/**
 * A class without {@link io.jlivepatch.api.LivePatch}: a jar of nothing else holds no patch and must
 * be refused. Its stray {@link Redirect} would show if the agent applied it anyway.
 */
public final class NotAPatch {

    private NotAPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.StaticTarget", method = "greet")
    public static String greet(String name) {
        return "not a patch " + name;
    }
}
