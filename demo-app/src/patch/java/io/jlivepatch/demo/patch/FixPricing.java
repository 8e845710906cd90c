package io.jlivepatch.demo.patch;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.api.Shadow;
import io.jlivepatch.demo.Pricing;
import java.util.concurrent.atomic.LongAdder;

/**
 * Live patch of {@link Pricing#total(int, int)}, which multiplies in {@code int} and so wraps
 * around for lines worth more than {@code Integer.MAX_VALUE} cents. It also counts, per
 * {@code Pricing}, the totals it saved from wrapping, in a shadow variable (the class has no field
 * for it) that a helper class of the patch reads; the agent frees it when it unloads the patch.
 */
@LivePatch(id = "fix-pricing",
        description = "Pricing.total: multiply in long, so totals past Integer.MAX_VALUE cents no longer wrap",
        shadowIds = FixPricing.SAVED)
public final class FixPricing {

    /** The shadow variable that counts, per {@code Pricing}, the totals the fix saved. */
    static final long SAVED = 1;

    private FixPricing() {
    }

    /**
     * The fixed {@code Pricing.total}: the receiver first, as for every instance target, then the
     * target's parameters. The validation is the original's, message included, so callers see no
     * difference but the total.
     */
    @Redirect(type = "io.jlivepatch.demo.Pricing", method = "total")
    public static long total(Pricing pricing, int unitCents, int quantity) {
        if (unitCents < 0 || quantity < 0) {
            throw new IllegalArgumentException(
                    "unit price and quantity must not be negative: unit=" + unitCents + " qty=" + quantity);
        }
        long total = (long) unitCents * quantity;
        if (Overflow.wouldWrap(total)) {
            Shadow.<LongAdder>getOrAlloc(pricing, SAVED, p -> new LongAdder()).increment();
        }
        return total;
    }
}
