package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

import java.io.IOException;

/** A replacement that throws a checked exception the target declares: the caller must get it as it is. */
@LivePatch(id = "kind-checked", description = "fail to parse")
public final class CheckedExceptionPatch {

    private CheckedExceptionPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.CheckedTarget", method = "parse")
    public static String parse(String text) throws IOException {
        throw new IOException("patched failure for " + text);
    }
}
