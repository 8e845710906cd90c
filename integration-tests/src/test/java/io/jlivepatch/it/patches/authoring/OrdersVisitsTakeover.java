package io.jlivepatch.it.patches.authoring;

import io.jlivepatch.api.LivePatch;
import io.jlivepatch.api.Redirect;
import io.jlivepatch.api.Shadow;
import io.jlivepatch.it.fixture.Orders;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A cumulative patch that takes over {@link OrdersFix}'s shadow variable of visits, declaring the
 * same id: the unload of the patch it replaced must not free the variables it counts on.
 */
@LivePatch(id = "orders-visits-2", description = "counts visits on, after orders-fix", replace = true,
        shadowIds = OrdersFix.VISITS)
public final class OrdersVisitsTakeover {

    private OrdersVisitsTakeover() {
    }

    @Redirect(type = "io.jlivepatch.it.fixture.Orders", method = "visit")
    public static String visit(Orders self) {
        AtomicInteger visits = Shadow.getOrAlloc(self, OrdersFix.VISITS, o -> new AtomicInteger());
        return "visit#" + visits.incrementAndGet();
    }
}
