package io.jlivepatch.bench;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

/**
 * The fix of {@link CliTarget#price} as a jlivepatch patch; {@link CliBenchmark} applies the same
 * fix as a Byteman rule ({@link CliBenchmark#RULE}).
 */
@LivePatch(id = CliFix.ID, description = "benchmark: the CLI against bmsubmit")
public final class CliFix {

    static final String ID = "cli-fix";

    private CliFix() {
    }

    @Redirect(type = "io.jlivepatch.bench.CliTarget", method = "price")
    public static int price(int quantity) {
        return quantity * 2;
    }
}
