package io.jlivepatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jlivepatch.core.PatchManager;
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
                        new PatchManager.Loaded("all-here", 2, 0, "00"),
                        new PatchManager.Loaded("some-late", 3, 2, "00"),
                        new PatchManager.Loaded("none-here", 1, 1, "00"))));
    }
}
