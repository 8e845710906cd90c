package io.jlivepatch.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Shadow variables, after the kernel's {@code test_klp_shadow_vars} module (the transcript of
 * {@code test-shadow-vars.sh}, step by step: alloc, get, alloc again, get-or-alloc, free,
 * free-all), and what the JVM adds: weak keys, a constructor that throws, threads racing.
 */
class ShadowTest {

    private static final long ID1 = 1234;
    private static final long ID2 = 1235;
    private static final long ID3 = 1236;
    private static final long ID4 = 1237;

    @AfterEach
    void freeAll() {
        Shadow.freeAll(ID1, null);
        Shadow.freeAll(ID2, null);
    }

    @Test
    void theKernelsSelfTestTranscript() {
        List<String> log = new ArrayList<>();
        Object obj = new Object();
        Object obj2 = new Object();
        // klp_shadow_get(obj, id): no variable yet.
        assertNull(Shadow.get(obj, ID1));
        // klp_shadow_alloc(obj, id, ..., ctor): the constructor runs once, with the object.
        Integer[] var1 = Shadow.alloc(obj, ID1, o -> {
            log.add("ctor " + (o == obj));
            return new Integer[] {1};
        });
        assertEquals(List.of("ctor true"), log);
        Integer[] var2 = Shadow.alloc(obj2, ID1, o -> new Integer[] {2});
        Integer[] var3 = Shadow.alloc(obj, ID2, o -> new Integer[] {3});
        // klp_shadow_get: each (object, id) finds its own.
        assertSame(var1, Shadow.get(obj, ID1));
        assertSame(var2, Shadow.get(obj2, ID1));
        assertSame(var3, Shadow.get(obj, ID2));
        // klp_shadow_alloc of an existing variable: refused, the constructor does not run.
        assertNull(Shadow.alloc(obj, ID1, o -> {
            log.add("ctor again");
            return new Integer[] {9};
        }));
        // klp_shadow_get_or_alloc: the existing one.
        assertSame(var1, Shadow.getOrAlloc(obj, ID1, o -> new Integer[] {9}));
        assertEquals(List.of("ctor true"), log);
        // klp_shadow_free(obj, id, dtor): the destructor gets the object and its data.
        Shadow.<Integer[]>free(obj, ID1, (o, data) -> log.add("dtor " + (o == obj) + " " + data[0]));
        assertNull(Shadow.get(obj, ID1));
        assertSame(var3, Shadow.get(obj, ID2), "another id of the same object stays");
        // klp_shadow_free_all(id, dtor): every object's variable of that id.
        Shadow.<Integer[]>freeAll(ID2, (o, data) -> log.add("dtor-all " + data[0]));
        Shadow.<Integer[]>freeAll(ID1, (o, data) -> log.add("dtor-all " + data[0]));
        assertNull(Shadow.get(obj, ID2));
        assertNull(Shadow.get(obj2, ID1));
        assertEquals(List.of("ctor true", "dtor true 1", "dtor-all 3", "dtor-all 2"), log);
    }

    @Test
    void aConstructorThatThrowsMakesNoVariable() {
        Object obj = new Object();
        assertThrows(IllegalStateException.class, () -> Shadow.alloc(obj, ID1, o -> {
            throw new IllegalStateException("no");
        }));
        assertNull(Shadow.get(obj, ID1));
        assertEquals("made", Shadow.getOrAlloc(obj, ID1, o -> "made"));
    }

    @Test
    @Timeout(60)
    void aVariableGoesWithItsObject() throws InterruptedException {
        int before = Shadow.size();
        Object obj = new Object();
        WeakReference<Object> ref = new WeakReference<>(obj);
        Shadow.alloc(obj, ID1, o -> new byte[16]);
        assertEquals(before + 1, Shadow.size());
        obj = null;
        for (int i = 0; i < 200 && (ref.get() != null || Shadow.size() != before); i++) {
            System.gc();
            TimeUnit.MILLISECONDS.sleep(10);
        }
        assertNull(ref.get(), "the shadow variable kept its object alive");
        assertEquals(before, Shadow.size());
    }

    @Test
    @Timeout(60)
    void racingGetOrAllocMakesOneVariable() throws Exception {
        int threads = 8;
        for (int round = 0; round < 500; round++) {
            Object obj = new Object();
            AtomicInteger constructed = new AtomicInteger();
            Object[] seen = new Object[threads];
            CyclicBarrier start = new CyclicBarrier(threads);
            CountDownLatch done = new CountDownLatch(threads);
            for (int t = 0; t < threads; t++) {
                int me = t;
                new Thread(() -> {
                    try {
                        start.await();
                        seen[me] = Shadow.getOrAlloc(obj, ID1, o -> {
                            constructed.incrementAndGet();
                            return new Object();
                        });
                    } catch (Exception e) {
                        seen[me] = e;
                    } finally {
                        done.countDown();
                    }
                }).start();
            }
            assertTrue(done.await(10, TimeUnit.SECONDS));
            assertEquals(1, constructed.get(), "round " + round);
            for (Object s : seen) {
                assertSame(seen[0], s, "round " + round);
            }
            Shadow.free(obj, ID1, null);
        }
    }

    @Test
    void manyObjectsGrowTheTableAndAreEachFound() {
        List<Object> objects = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            Object o = new Object();
            objects.add(o);
            Integer v = i;
            Shadow.alloc(o, ID2, x -> v);
        }
        for (int i = 0; i < objects.size(); i++) {
            assertEquals(i, (int) Shadow.<Integer>get(objects.get(i), ID2));
        }
        Shadow.freeAll(ID2, null);
        for (Object o : objects) {
            assertNull(Shadow.get(o, ID2));
        }
    }
    /**
     * A constructor that makes another variable of the same object (its lock, say): both stand,
     * and the second call finds the lock the first made (found by review: each call got another).
     */
    @Test
    void aConstructorThatMakesAnotherVariableOfItsObjectKeepsIt() {
        Object o = new Object();
        Object lock = Shadow.getOrAlloc(o, ID1, x -> Shadow.getOrAlloc(x, ID2, y -> new Object()));
        assertSame(lock, Shadow.get(o, ID2));
        assertSame(lock, Shadow.getOrAlloc(o, ID1, x -> new Object()));
        assertSame(lock, Shadow.getOrAlloc(o, ID2, x -> new Object()));
    }

    /**
     * A constructor that makes so many variables of its own stripe that the table grows under it:
     * they all stand, and so does its own (second review: no case grew the table inside a
     * constructor, and a make that wrote the bucket array it read before its constructor ran, a
     * stale one, passed every test).
     */
    @Test
    void aConstructorThatGrowsItsStripeKeepsWhatItMade() {
        Object outer = new Object();
        List<Object> inner = new ArrayList<>();
        while (inner.size() < 5_000) {
            Object o = new Object();
            if (stripe(o) == stripe(outer)) {
                inner.add(o);
            }
        }
        int before = Shadow.size();
        assertEquals("outer", Shadow.alloc(outer, ID1, x -> {
            for (Object o : inner) {
                Shadow.alloc(o, ID1, y -> "inner");
            }
            return "outer";
        }));
        for (Object o : inner) {
            assertEquals("inner", Shadow.get(o, ID1));
        }
        assertEquals("outer", Shadow.get(outer, ID1));
        assertEquals(before + 5_001, Shadow.size());
    }

    /** The stripe {@code Shadow} puts {@code o}'s variables in: its hash's low four bits. */
    private static int stripe(Object o) {
        int h = System.identityHashCode(o);
        return (h ^ (h >>> 16)) & 15;
    }

    /**
     * Frees that match nothing, among variables whose objects die: the count of variables stays
     * the count of entries (found by review: it drifted below zero, and the table stopped growing).
     */
    @Test
    @Timeout(60)
    void freesThatMatchNothingAmongDyingObjectsKeepTheCount() {
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Object o = new Object();
            kept.add(o);
            Shadow.alloc(o, ID1, x -> Boolean.TRUE);
        }
        for (int i = 0; i < 400_000; i++) {
            Shadow.alloc(new byte[32], ID2, x -> Boolean.TRUE);
            Shadow.free(new Object(), ID3, null);
            if (i % 1_000 == 0) {
                Shadow.freeAll(ID4, null);
            }
            if (i % 50_000 == 0) {
                System.gc();
            }
        }
        Shadow.freeAll(ID2, null);
        assertEquals(kept.size(), Shadow.size(), "the count after the dying objects' variables went");
        Shadow.freeAll(ID1, null);
        assertEquals(0, Shadow.size());
    }
}
