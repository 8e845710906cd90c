package io.jlivepatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jlivepatch.core.PatchManager;
import io.jlivepatch.core.PatchStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingTest {

    @Test
    void aLoadSaysWhatOfThePatchWaitsForItsClasses() {
        assertEquals(List.of(
                "loaded patch 'all-here' (2 functions), enabled",
                "loaded patch 'some-late' (3 functions), enabled; pending: 2 of its functions, whose classes were not"
                        + " loaded when it was, nor have run since",
                "loaded patch 'none-here' (1 function), enabled; pending: none of its classes was loaded when it was,"
                        + " nor has run since"),
                Listing.loaded(List.of(
                        new PatchManager.Loaded("all-here", 2, 0, "00", null),
                        new PatchManager.Loaded("some-late", 3, 2, "00", null),
                        new PatchManager.Loaded("none-here", 1, 1, "00", null))));
        assertEquals(List.of("loaded patch 'pair' (2 functions), enabled, then replaced by 'cum'"),
                Listing.loaded(List.of(new PatchManager.Loaded("pair", 2, 0, "00", "'cum'"))),
                "a later cumulative patch of the same jar replaced it (review)");
    }

    /**
     * A replaced patch says by what, before any transition's progress (none can follow it) and
     * its description, and never in parentheses, which readers of {@code list} (the fleet
     * collection's {@code parse_list_line}) take for a transition in flight.
     */
    @Test
    void aReplacedPatchSaysByWhat() {
        PatchStatus.Target inner = new PatchStatus.Target("a.B.inner()V", "disabled", 0, null);
        assertEquals(List.of(
                "pair disabled replaced by 'cum' \"the pair\"",
                "  a.B.inner()V disabled",
                "cum-1 disabled replace replaced by 'cum-2', since unloaded",
                "cum-2 enabled replace (patching: 1/2 threads switched)"),
                Listing.patches(List.of(
                        new PatchStatus("pair", false, false, false, null, "the pair", List.of(inner), "'cum'"),
                        new PatchStatus("cum-1", false, true, false, null, "", List.of(), "'cum-2', since unloaded"),
                        new PatchStatus("cum-2", true, true, false, "patching: 1/2 threads switched", "", List.of(),
                                null))));
    }
}
