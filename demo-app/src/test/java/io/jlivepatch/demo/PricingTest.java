package io.jlivepatch.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class PricingTest {

    private final Pricing pricing = new Pricing();

    @Test
    void totalOfASmallLineIsUnitTimesQuantity() {
        assertEquals(1_000L, pricing.total(250, 4));
        assertEquals(0L, pricing.total(250, 0));
        assertEquals(Integer.MAX_VALUE, pricing.total(Integer.MAX_VALUE, 1));
    }

    /**
     * The bug that {@code FixPricing} patches, pinned down: this test changes when the bug is fixed
     * in the source, and the patch must then go.
     */
    @Test
    void knownBug_totalPastIntMaxValueWrapsAroundInsteadOfGrowing() {
        long right = BigInteger.valueOf(3_000_000).multiply(BigInteger.valueOf(1_000)).longValueExact();

        long actual = pricing.total(3_000_000, 1_000);

        assertEquals(3_000_000_000L, right);
        assertEquals(-1_294_967_296L, actual);
        assertEquals(right - (1L << 32), actual);
        assertNotEquals(right, actual);
    }

    @Test
    void theDemoOrdersShowTheBugOnlyOnTheLargeOne() {
        assertEquals(Order.SMALL.expectedTotal(), pricing.total(Order.SMALL.unitCents(), Order.SMALL.quantity()));
        assertNotEquals(Order.LARGE.expectedTotal(), pricing.total(Order.LARGE.unitCents(), Order.LARGE.quantity()));
    }

    @Test
    void negativeArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> pricing.total(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> pricing.total(1, -1));
    }
}
