package io.jlivepatch.it.patches.authoring;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.it.fixture.Ledger;

/** A subclass in another package reading the target's protected field. */
@LivePatch(id = "ledger-bump", description = "review 5")
public final class LedgerBumpFix {
    private LedgerBumpFix() {
    }

    /** A subclass of the application class, in the patch's package. */
    static final class Sub extends Ledger {
        int read() {
            return base + 22;
        }
    }

    @Redirect(type = "io.jlivepatch.it.fixture.Ledger", method = "bump")
    public static int bump(Ledger self) {
        return new Sub().read();
    }
}
