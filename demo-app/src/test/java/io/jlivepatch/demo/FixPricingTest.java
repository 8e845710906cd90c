package io.jlivepatch.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;

/**
 * The patch's replacement, called directly. The patch classes are compiled apart from the
 * application (src/patch/java) and only reach the test class path at run time, hence the lookup
 * by name, which is how the agent finds them too.
 */
class FixPricingTest {

    private static final String PATCH_CLASS = "io.jlivepatch.demo.patch.FixPricing";

    private final Pricing pricing = new Pricing();

    @Test
    void replacementGivesTheRightTotals() throws Throwable {
        MethodHandle total = replacement();

        assertEquals(3_000_000_000L, (long) total.invokeExact(pricing, 3_000_000, 1_000));
        assertEquals(product(Integer.MAX_VALUE, Integer.MAX_VALUE),
                (long) total.invokeExact(pricing, Integer.MAX_VALUE, Integer.MAX_VALUE));
        assertEquals(1_000L, (long) total.invokeExact(pricing, 250, 4));
        assertEquals(0L, (long) total.invokeExact(pricing, 0, 7));
        MethodHandle saved = MethodHandles.publicLookup().findStatic(Class.forName("io.jlivepatch.demo.patch.Overflow"),
                "saved", MethodType.methodType(long.class, Object.class));
        assertEquals(2L, (long) saved.invokeExact((Object) pricing), "two totals saved from wrapping, in a shadow variable");
        assertEquals(0L, (long) saved.invokeExact((Object) new Pricing()), "a shadow variable is per object");
    }

    @Test
    void replacementAgreesWithTheOriginalWhereTheOriginalIsRight() throws Throwable {
        MethodHandle total = replacement();
        int[][] lines = {{1, 1}, {250, 4}, {46_340, 46_340}, {Integer.MAX_VALUE, 1}, {1, Integer.MAX_VALUE}};
        for (int[] line : lines) {
            assertEquals(pricing.total(line[0], line[1]), (long) total.invokeExact(pricing, line[0], line[1]));
        }
    }

    @Test
    void replacementRefusesNegativeArgumentsWithTheOriginalMessage() throws Throwable {
        MethodHandle total = replacement();
        IllegalArgumentException original = assertThrows(IllegalArgumentException.class, () -> pricing.total(-5, 2));
        IllegalArgumentException patched = assertThrows(IllegalArgumentException.class,
                () -> { long ignored = (long) total.invokeExact(pricing, -5, 2); });
        assertEquals(original.getMessage(), patched.getMessage());
    }

    @Test
    void patchIsDeclaredAsTheAgentExpects() throws ReflectiveOperationException {
        Class<?> patch = Class.forName(PATCH_CLASS);
        assertEquals("fix-pricing", patch.getAnnotation(LivePatch.class).id());

        Method total = patch.getMethod("total", Pricing.class, int.class, int.class);
        assertTrue(Modifier.isStatic(total.getModifiers()));
        Redirect redirect = total.getAnnotation(Redirect.class);
        assertEquals(Pricing.class.getName(), redirect.type());
        assertEquals("total", redirect.method());
        assertEquals(Pricing.class.getMethod("total", int.class, int.class).getReturnType(), total.getReturnType());
    }

    private static MethodHandle replacement() throws ReflectiveOperationException {
        return MethodHandles.publicLookup().findStatic(Class.forName(PATCH_CLASS), "total",
                MethodType.methodType(long.class, Pricing.class, int.class, int.class));
    }

    private static long product(int a, int b) {
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)).longValueExact();
    }
}
