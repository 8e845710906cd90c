package io.jlivepatch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jlivepatch.bootstrap.NotWatchingPolicy;
import io.jlivepatch.bootstrap.MethodSlot;
import io.jlivepatch.bootstrap.Trampolines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The not-watching report: every call counted, one JFR event per call, rollbacks passed on. */
class NotWatchingTest {

    @TempDir
    Path dir;

    @Test
    void everyCallIsCountedAndRecordedAsAJfrEvent() throws Exception {
        List<String> rollbacks = new ArrayList<>();
        NotWatching report = new NotWatching(() -> "fix-1",
                (slot, region, request) -> rollbacks.add(slot.name() + " " + region + " " + request));
        MethodSlot total = Trampolines.newSlot("com.acme.Pricing.total(II)J");
        MethodSlot other = Trampolines.newSlot("com.acme.Pricing.discount(I)I");
        Path file = dir.resolve("events.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("io.jlivepatch.NotWatching");
            recording.start();
            report.notWatching(total, "com.acme.Idle.loop", NotWatchingPolicy.WATCH, false, false);
            report.notWatching(total, "com.acme.Idle.loop", NotWatchingPolicy.WATCH, false, false);
            report.notWatching(total, "com.acme.Idle.loop", NotWatchingPolicy.WATCH, false, false);
            report.notWatching(other, "poller wait", NotWatchingPolicy.ORIGINAL, true, false);
            report.rollback(other, "poller wait", 7);
            recording.stop();
            recording.dump(file);
        }
        assertEquals(List.of("com.acme.Pricing.discount(I)I 1 original", "com.acme.Pricing.total(II)J 3 watch"),
                report.lines());
        assertEquals(List.of("com.acme.Pricing.discount(I)I poller wait 7"), rollbacks);
        List<String> events = new ArrayList<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            events.add(e.getString("patch") + " " + e.getString("method") + " " + e.getString("region") + " "
                    + e.getString("policy") + " " + e.getBoolean("withoutPatch"));
        }
        assertEquals(List.of("fix-1 com.acme.Pricing.total(II)J com.acme.Idle.loop watch false",
                "fix-1 com.acme.Pricing.total(II)J com.acme.Idle.loop watch false",
                "fix-1 com.acme.Pricing.total(II)J com.acme.Idle.loop watch false",
                "fix-1 com.acme.Pricing.discount(I)I poller wait original true"), events);
        Files.deleteIfExists(file);
    }
}
