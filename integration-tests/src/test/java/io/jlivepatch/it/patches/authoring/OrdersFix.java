package io.jlivepatch.it.patches.authoring;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.api.Shadow;
import io.jlivepatch.it.fixture.Orders;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A fix written as people write one: a helper class of the jar ({@link Marks}), an enum switch
 * (javac's switch map class), a lambda and method references, a record, a nested class, an
 * anonymous class, string concatenation and a switch on strings; and a shadow variable, which
 * the agent frees when it unloads the patch.
 */
@LivePatch(id = "orders-fix", description = "mark express orders, sort items, say what a bad quantity is",
        shadowIds = OrdersFix.VISITS)
public final class OrdersFix {

    /** The id of the shadow variable that counts an order's visits. */
    static final long VISITS = 1;

    private OrdersFix() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.Orders", method = "visit")
    public static String visit(Orders self) {
        AtomicInteger visits = Shadow.getOrAlloc(self, VISITS, o -> new AtomicInteger());
        return "visit#" + visits.incrementAndGet();
    }

    /** What a summary is made of. */
    record Line(String customer, String mark, String items) {
        String text() {
            return customer + ":" + mark + ":" + items;
        }
    }

    /** Orders the items: shortest first, then by name. */
    static final class ItemOrder {
        static final Comparator<String> ORDER = Comparator.comparing(String::length).thenComparing(s -> s);

        private ItemOrder() {
        }
    }

    @Redirect(type = "io.jlivepatch.it.fixture.Orders", method = "summary")
    public static String summary(Orders self, Orders.Kind kind, List<String> items) {
        Function<String, String> upper = new Function<>() {
            @Override
            public String apply(String s) {
                return s.toUpperCase();
            }
        };
        String sorted = items.stream().sorted(ItemOrder.ORDER).collect(Collectors.joining(","));
        return new Line(upper.apply(self.customer()), Marks.of(kind), sorted).text();
    }

    @Redirect(type = "io.jlivepatch.it.fixture.Orders", method = "quantity")
    public static int quantity(String text) {
        switch (text.strip()) {
            case "":
                return Marks.refuse(text);
            case "one":
                return 1;
            default:
                return Integer.parseInt(text.strip());
        }
    }
}
