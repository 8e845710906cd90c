package io.jlivepatch.quiescent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jlivepatch.api.Quiescence;
import io.jlivepatch.bootstrap.Epoch;
import io.jlivepatch.trampoline.Instrumented;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Regions} and the api's {@link Quiescence}, instrumented as the agent does and loaded in a
 * class loader of their own: the thread is offline exactly inside the regions, nested regions
 * keep it offline to the outermost end, and a throwing region brings it back online.
 */
class QuiescentInstallerTest {

    private static Class<?> regions;

    @BeforeAll
    static void instrument() throws Exception {
        Map<String, byte[]> instrumented = Map.of(
                Regions.class.getName(), QuiescentInstaller.regions(classFile(Regions.class),
                        Regions.class.getName().replace('.', '/')),
                Quiescence.class.getName(), QuiescentInstaller.quiescence(classFile(Quiescence.class)));
        ClassLoader loader = Instrumented.definingLoader(instrumented);
        regions = loader.loadClass(Regions.class.getName());
    }

    private static Object call(String name, Object... args) throws Throwable {
        for (Method m : regions.getMethods()) {
            if (m.getName().equals(name)) {
                try {
                    return m.invoke(null, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
        throw new AssertionError("no method " + name);
    }

    private static boolean offlineNow() {
        return Epoch.recordOf(Thread.currentThread()).offlineVolatile();
    }

    @Test
    void aThreadIsOfflineInsideARegionOnly() throws Throwable {
        assertFalse(offlineNow());
        assertEquals(true, call("idle"));
        assertFalse(offlineNow(), "online after the region");
        assertEquals(false, call("notQuiescent"), "a method without the annotation is not a region");
    }

    @Test
    void nestedRegionsKeepTheThreadOfflineUntilTheOutermostEnds() throws Throwable {
        assertEquals(true, call("nested"));
        assertFalse(offlineNow());
    }

    @Test
    void aThrowingRegionBringsTheThreadBackOnline() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> call("throwing"));
        assertEquals("from inside the region", e.getMessage());
        assertFalse(offlineNow());
    }

    @Test
    void wideArgumentsAndLocalsKeepTheirPlaces() throws Throwable {
        assertEquals(10L + 3 * 2L, call("wide", 10L, 2.5d));
        assertFalse(offlineNow());
    }

    @Test
    void theApiBlockIsARegion() throws Throwable {
        assertEquals(true, call("block"));
        assertFalse(offlineNow());
        assertEquals("block region", regionSeenInside());
    }

    /** The region name the record holds inside the api block, read through a nested region. */
    private static String regionSeenInside() throws Throwable {
        Class<?> q = regions.getClassLoader().loadClass(Quiescence.class.getName());
        AutoCloseable block = (AutoCloseable) q.getMethod("enter", String.class).invoke(null, "block region");
        try {
            assertTrue(offlineNow());
            return Epoch.recordOf(Thread.currentThread()).region();
        } finally {
            block.close();
        }
    }

    @Test
    void classesWithoutTheAnnotationAreNotRead() {
        assertFalse(QuiescentInstaller.contains("no annotation here".getBytes(), "Lio/jlivepatch/api/Quiescent;".getBytes()));
        assertTrue(QuiescentInstaller.contains("xxLio/jlivepatch/api/Quiescent;".getBytes(),
                "Lio/jlivepatch/api/Quiescent;".getBytes()));
    }

    private static byte[] classFile(Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
            return in.readAllBytes();
        }
    }
}
