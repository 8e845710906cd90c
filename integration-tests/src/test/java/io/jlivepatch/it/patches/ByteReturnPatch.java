package io.jlivepatch.it.patches;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/** A method returning {@code byte}; its parameters check the argument slots too. */
@LivePatch(id = "kind-byte", description = "another byte")
public final class ByteReturnPatch {

    private ByteReturnPatch() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.PrimitiveTarget", method = "byteValue")
    public static byte byteValue(byte b) {
        return (byte) (b - 1);
    }
}
