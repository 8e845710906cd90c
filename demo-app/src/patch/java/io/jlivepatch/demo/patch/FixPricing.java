package io.jlivepatch.demo.patch;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.demo.Pricing;

/**
 * Live patch of {@link Pricing#total(int, int)}, which multiplies in {@code int} and so wraps
 * around for lines worth more than {@code Integer.MAX_VALUE} cents.
 */
@LivePatch(id = "fix-pricing",
        description = "Pricing.total: multiply in long, so totals past Integer.MAX_VALUE cents no longer wrap")
public final class FixPricing {

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
        return (long) unitCents * quantity;
    }
}
