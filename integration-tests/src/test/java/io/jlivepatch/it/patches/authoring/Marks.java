package io.jlivepatch.it.patches.authoring;

import io.jlivepatch.it.fixture.Orders;

/** A helper class of the patch jar. */
public final class Marks {

    private Marks() {
    }

    static String of(Orders.Kind kind) {
        switch (kind) {
            case EXPRESS:
                return "express!";
            case PICKUP:
                return "pickup";
            default:
                return "standard";
        }
    }

    static int refuse(String text) {
        throw new IllegalArgumentException("blank quantity '" + text + "'");
    }
}
