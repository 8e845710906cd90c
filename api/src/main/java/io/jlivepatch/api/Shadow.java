package io.jlivepatch.api;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shadow variables: state a fix adds to objects that exist, without a field of their class, as
 * the kernel's {@code klp_shadow_*} do (Documentation/livepatch/shadow-vars.rst). A shadow variable
 * is found by its object (by identity) and a number the patch chooses, its id.
 *
 * <pre>
 * // In a replacement: a lock per order that the original class never had.
 * static final long ORDER_LOCK = 1;
 * ReentrantLock lock = Shadow.getOrAlloc(order, ORDER_LOCK, o -&gt; new ReentrantLock());
 * </pre>
 *
 * <p>Keys are weak: a shadow variable goes with its object, without its destructor (the object is
 * gone). The patch frees its variables in its {@code @PostUnpatch} callback ({@link #freeAll}), or
 * names their ids in {@link LivePatch#shadowIds()} and the agent frees them when it unloads the
 * patch. Thread-safe: {@link #get} takes no lock and allocates nothing; the others take one lock
 * of sixteen, chosen by the object.
 *
 * <p>Memory ordering: a variable is published by a volatile store of its bucket's chain, after its
 * constructor ran; {@link #get} reads the chain with a volatile load, so it sees the data as the
 * constructor left it, never before.
 */
public final class Shadow {

    /** Makes the data of a new shadow variable: the kernel's {@code ctor}. */
    @FunctionalInterface
    public interface Constructor<T> {
        /** The data for {@code obj}; may throw, and then no variable is made. */
        T create(Object obj);
    }

    /** Releases the data of a shadow variable that is freed: the kernel's {@code dtor}. */
    @FunctionalInterface
    public interface Destructor<T> {
        void destroy(Object obj, T data);
    }

    private static final int STRIPES = 16;
    private static final Table[] TABLES = new Table[STRIPES];

    static {
        for (int i = 0; i < STRIPES; i++) {
            TABLES[i] = new Table();
        }
    }

    private Shadow() {
    }

    /** The data of {@code obj}'s variable {@code id}, or {@code null}: the kernel's {@code klp_shadow_get}. */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object obj, long id) {
        if (obj == null) {
            return null;
        }
        int h = hash(obj);
        Node[] buckets = TABLES[h & (STRIPES - 1)].buckets;
        for (Node n = buckets[(h >>> 4) & (buckets.length - 1)]; n != null; n = n.next) {
            if (n.id == id && n.get() == obj) {
                return (T) n.data;
            }
        }
        return null;
    }

    /**
     * Makes {@code obj}'s variable {@code id} with the data {@code ctor} makes (under the
     * variable's lock, so that it runs once), and answers that data; answers {@code null} and
     * makes nothing when the variable exists already: the kernel's {@code klp_shadow_alloc}.
     */
    public static <T> T alloc(Object obj, long id, Constructor<? extends T> ctor) {
        return make(obj, id, ctor, false);
    }

    /**
     * The data of {@code obj}'s variable {@code id}, made with {@code ctor} if it does not exist:
     * the kernel's {@code klp_shadow_get_or_alloc}.
     */
    public static <T> T getOrAlloc(Object obj, long id, Constructor<? extends T> ctor) {
        T data = get(obj, id);
        return data != null ? data : make(obj, id, ctor, true);
    }

    /**
     * Frees {@code obj}'s variable {@code id}, if there is one, calling {@code dtor} (may be
     * {@code null}) with its data: the kernel's {@code klp_shadow_free}.
     */
    @SuppressWarnings("unchecked")
    public static <T> void free(Object obj, long id, Destructor<? super T> dtor) {
        if (obj == null) {
            return;
        }
        int h = hash(obj);
        Node removed = TABLES[h & (STRIPES - 1)].remove(obj, id, h);
        if (removed != null && dtor != null) {
            dtor.destroy(obj, (T) removed.data);
        }
    }

    /**
     * Frees every variable {@code id}, of every object still alive, calling {@code dtor} (may be
     * {@code null}) for each: the kernel's {@code klp_shadow_free_all}.
     */
    @SuppressWarnings("unchecked")
    public static <T> void freeAll(long id, Destructor<? super T> dtor) {
        for (Table t : TABLES) {
            for (Node n : t.removeAll(id)) {
                Object obj = n.get();
                if (obj != null && dtor != null) {
                    dtor.destroy(obj, (T) n.data);
                }
            }
        }
    }

    /** How many variables there are, of objects alive or not yet expunged; for tests. */
    static int size() {
        int n = 0;
        for (Table t : TABLES) {
            synchronized (t) {
                t.expunge();
                n += t.size;
            }
        }
        return n;
    }

    private static <T> T make(Object obj, long id, Constructor<? extends T> ctor, boolean orExisting) {
        if (obj == null) {
            throw new NullPointerException("a shadow variable needs an object");
        }
        int h = hash(obj);
        return TABLES[h & (STRIPES - 1)].make(obj, id, h, ctor, orExisting);
    }

    private static int hash(Object obj) {
        int h = System.identityHashCode(obj);
        return h ^ (h >>> 16);
    }

    /** One entry: weak on its object; immutable but for its removal, which rebuilds the chain. */
    private static final class Node extends WeakReference<Object> {
        final long id;
        final int hash;
        final Object data;
        final Node next;

        Node(Object obj, long id, int hash, Object data, Node next, ReferenceQueue<Object> queue) {
            super(obj, queue);
            this.id = id;
            this.hash = hash;
            this.data = data;
            this.next = next;
        }

        Node with(Node newNext, ReferenceQueue<Object> queue) {
            Object obj = get();
            return obj == null ? null : new Node(obj, id, hash, data, newNext, queue);
        }
    }

    /**
     * One stripe: chains of immutable nodes in an array that readers load once (volatile) and
     * writers replace under the stripe's monitor, copy-on-write, so that a reader walks a chain
     * that no one changes under it.
     */
    private static final class Table {
        private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
        /** Volatile: see the class notes on ordering; written under this monitor. */
        volatile Node[] buckets = new Node[16];
        int size;

        synchronized <T> T make(Object obj, long id, int h, Constructor<? extends T> ctor, boolean orExisting) {
            expunge();
            Node[] b = buckets;
            int i = (h >>> 4) & (b.length - 1);
            for (Node n = b[i]; n != null; n = n.next) {
                if (n.id == id && n.get() == obj) {
                    @SuppressWarnings("unchecked")
                    T existing = (T) n.data;
                    return orExisting ? existing : null;
                }
            }
            T data = ctor == null ? null : ctor.create(obj);
            if (data == null) {
                // The kernel zeroes the new data; a Java variable without data is no variable.
                return null;
            }
            // The constructor ran under this monitor, which is reentrant: it may have made
            // variables of this stripe itself (another variable of the same object always is),
            // which the table read before it would drop (found by review: a constructor that
            // made the object's lock variable lost it, and each call got another lock).
            b = buckets;
            i = (h >>> 4) & (b.length - 1);
            for (Node n = b[i]; n != null; n = n.next) {
                if (n.id == id && n.get() == obj) {
                    // The constructor made this very variable: it stands.
                    @SuppressWarnings("unchecked")
                    T made = (T) n.data;
                    return orExisting ? made : null;
                }
            }
            if (size + 1 > b.length) {
                b = grown(b);
                i = (h >>> 4) & (b.length - 1);
            } else {
                b = b.clone();
            }
            b[i] = new Node(obj, id, h, data, b[i], queue);
            size++;
            buckets = b;
            return data;
        }

        synchronized Node remove(Object obj, long id, int h) {
            expunge();
            Node[] b = buckets;
            int i = (h >>> 4) & (b.length - 1);
            List<Node> removed = new ArrayList<>(1);
            int before = size;
            Node chain = rebuild(b[i], n -> n.id == id && n.get() == obj, removed);
            // Published whenever the rebuild counted anything off, matched or not: it left out the
            // entries whose objects are gone, which the old chain would count off again (found
            // by review: the size drifted below zero, and the table stopped growing). A free
            // that finds nothing to drop publishes nothing (a clone of the buckets each time was
            // 37 µs a free with a million variables, review).
            if (size != before) {
                Node[] c = b.clone();
                c[i] = chain;
                buckets = c;
            }
            return removed.isEmpty() ? null : removed.get(0);
        }

        synchronized List<Node> removeAll(long id) {
            expunge();
            List<Node> removed = new ArrayList<>();
            int before = size;
            Node[] b = buckets.clone();
            for (int i = 0; i < b.length; i++) {
                b[i] = rebuild(b[i], n -> n.id == id, removed);
            }
            if (size != before) {
                buckets = b; // whenever anything was counted off: see remove
            }
            return removed;
        }

        /** Drops the entries whose objects are gone, once one is. Under this monitor. */
        void expunge() {
            if (queue.poll() == null) {
                return;
            }
            while (queue.poll() != null) {
                // Drained: the sweep below finds every cleared entry.
            }
            Node[] b = buckets.clone();
            for (int i = 0; i < b.length; i++) {
                b[i] = rebuild(b[i], n -> false, null);
            }
            buckets = b;
        }

        /**
         * The chain {@code head} rebuilt without the entries {@code remove} selects (added to
         * {@code removed}) and those whose objects are gone; the kept entries are copied, so
         * that a reader walking the old chain sees it whole. Under this monitor.
         */
        private Node rebuild(Node head, Predicate<Node> remove, List<Node> removed) {
            List<Node> kept = new ArrayList<>();
            for (Node n = head; n != null; n = n.next) {
                if (n.get() == null) {
                    size--;
                } else if (remove.test(n)) {
                    size--;
                    removed.add(n);
                } else {
                    kept.add(n);
                }
            }
            Node rest = null;
            for (int k = kept.size() - 1; k >= 0; k--) {
                Node copy = kept.get(k).with(rest, queue);
                if (copy == null) {
                    size--;
                } else {
                    rest = copy;
                }
            }
            return rest;
        }

        private Node[] grown(Node[] b) {
            Node[] g = new Node[b.length * 2];
            for (Node head : b) {
                for (Node n = head; n != null; n = n.next) {
                    Object obj = n.get();
                    if (obj == null) {
                        size--;
                        continue;
                    }
                    int i = (n.hash >>> 4) & (g.length - 1);
                    g[i] = new Node(obj, n.id, n.hash, n.data, g[i], queue);
                }
            }
            return g;
        }
    }
}
