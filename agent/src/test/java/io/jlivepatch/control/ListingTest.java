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
                "loaded patch 'some-late' (3 functions), enabled; pending: 2 of its functions, whose classes had not"
                        + " loaded when it was enabled",
                "loaded patch 'none-here' (1 function), enabled; pending: none of its classes had loaded when it was"
                        + " enabled"),
                Listing.loaded(List.of(
                        new PatchManager.Loaded("all-here", 2, 0, "00"),
                        new PatchManager.Loaded("some-late", 3, 2, "00"),
                        new PatchManager.Loaded("none-here", 1, 1, "00"))));
    }
}
