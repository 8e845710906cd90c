package io.jlivepatch.demo.patch;

import io.jlivepatch.api.Shadow;
import java.util.concurrent.atomic.LongAdder;

/** A helper class of the patch jar: what the original code got wrong, and how often the fix saved it. */
public final class Overflow {

    private Overflow() {
    }

    /** Whether the original's {@code int} multiplication would have wrapped for {@code total}. */
    static boolean wouldWrap(long total) {
        return total != (int) total;
    }

    /** How many totals the fix saved from wrapping for {@code pricing}. */
    public static long saved(Object pricing) {
        LongAdder saved = Shadow.get(pricing, FixPricing.SAVED);
        return saved == null ? 0 : saved.sum();
    }
}
