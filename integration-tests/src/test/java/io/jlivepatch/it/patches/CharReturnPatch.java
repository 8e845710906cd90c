package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A method returning {@code char}; its parameters check the argument slots too. */
@LivePatch(id = "kind-char", description = "another char")
public final class CharReturnPatch {

    private CharReturnPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PrimitiveTarget", method = "charValue")
    public static char charValue(char c, int shift) {
        return (char) (c + shift + 1);
    }
}
