package io.jlivepatch.demo;

/**
 * Prices an order line. Stateless and safe for concurrent use.
 *
 * <p>Known bug, kept on purpose: {@link #total} multiplies in {@code int} before widening to
 * {@code long}, so any line worth more than {@code Integer.MAX_VALUE} cents (about 21.5 million
 * dollars) wraps around, usually to a negative total. {@code FixPricing} in {@code src/patch/java}
 * is its live patch.
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
        return unitCents * quantity;
    }
}
