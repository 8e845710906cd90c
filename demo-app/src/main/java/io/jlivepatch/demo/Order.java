package io.jlivepatch.demo;

/** One order line as the price endpoint takes it: a unit price in cents and a quantity. */
public record Order(int unitCents, int quantity) {

    /** Small enough that the bug of {@link Pricing#total} never shows. */
    public static final Order SMALL = new Order(250, 4);

    /** A thousand items at 30,000.00 each: 3,000,000,000 cents, past {@code Integer.MAX_VALUE}. */
    public static final Order LARGE = new Order(3_000_000, 1_000);

    /** The query string of {@code GET /price} for this line. */
    public String query() {
        return "unit=" + unitCents + "&qty=" + quantity;
    }

    /** What the line costs, computed without {@link Pricing}, so it cannot share its bug. */
    public long expectedTotal() {
        return Math.multiplyExact((long) unitCents, (long) quantity);
    }

    @Override
    public String toString() {
        return quantity + " x " + unitCents + " cents";
    }
}
