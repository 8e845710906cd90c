package io.jlivepatch.demo;

/**
 * Prices an order line. Stateless and safe for concurrent use.
 *
 * <p>The fixed release of {@code src/main/java}'s {@code Pricing}, as a developer would write the
 * fix in the application's source: it multiplies in {@code long}. The build makes the demo's live
 * patch from the two with {@code jlivepatch build}; this class is never on a class path.
 */
public final class Pricing {

    /**
     * Total price of {@code quantity} items at {@code unitCents} each, in cents.
     *
     * @throws IllegalArgumentException if either argument is negative
     */
    public long total(int unitCents, int quantity) {
        if (unitCents < 0 || quantity < 0) {
            throw new IllegalArgumentException(
                    "unit price and quantity must not be negative: unit=" + unitCents + " qty=" + quantity);
        }
        return (long) unitCents * quantity;
    }
}
