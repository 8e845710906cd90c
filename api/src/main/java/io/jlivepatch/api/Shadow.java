package io.jlivepatch.api;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.Reference;
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
 * <p>Memory ordering: a variable is published by a release store of its bucket's chain (the
 * array element), after its constructor ran and its node was built; {@link #get} reads the bucket
 * array with a volatile load and the chain with an acquire load, its partner, so it sees the node
 * and the data as the constructor left them, never before. A grown array is filled with plain
 * stores and published by the volatile store of {@code buckets}, which the reader's volatile load
 * pairs with. Forbids a reader that finds a node seeing its fields or its data unwritten
 * ({@code ShadowPublicationRace}, jcstress).
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
        for (Node n = chain(buckets, (h >>> 4) & (buckets.length - 1)); n != null; n = n.next) {
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

    /** The chain of bucket {@code i}: an acquire load, partner of the writers' release store ({@link #setChain}). */
    private static Node chain(Node[] buckets, int i) {
        return (Node) BUCKET.getAcquire(buckets, i);
    }

    /**
     * Publishes {@code chain} as bucket {@code i}'s: a release store, after the chain's nodes
     * and their data were built. Under the stripe's monitor, on the array {@code buckets} holds.
     */
    private static void setChain(Node[] buckets, int i, Node chain) {
        BUCKET.setRelease(buckets, i, chain);
    }

    private static final VarHandle BUCKET = MethodHandles.arrayElementVarHandle(Node[].class);

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
     * One stripe: chains of immutable nodes in an array whose elements writers replace one at a
     * time under the stripe's monitor (a chain is copied on write, so that a reader walks a chain
     * that no one changes under it), and which grows into a new array. A write costs its chain,
     * not the table: the first version copied the whole array at every write, 5–10 µs with
     * 200,000 variables (review).
     */
    private static final class Table {
        private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
        /** Volatile: see the class notes on ordering; written under this monitor. */
        volatile Node[] buckets = new Node[16];
        int size;

        synchronized <T> T make(Object obj, long id, int h, Constructor<? extends T> ctor, boolean orExisting) {
            expunge();
            Node found = find(obj, id, h);
            if (found != null) {
                @SuppressWarnings("unchecked")
                T existing = (T) found.data;
                return orExisting ? existing : null;
            }
            T data = ctor == null ? null : ctor.create(obj);
            if (data == null) {
                // The kernel zeroes the new data; a Java variable without data is no variable.
                return null;
            }
            // The constructor ran under this monitor, which is reentrant: it may have made
            // variables of this stripe itself (another variable of the same object always is),
            // which a chain read before it would drop (found by review: a constructor that
            // made the object's lock variable lost it, and each call got another lock).
            Node made = find(obj, id, h);
            if (made != null) {
                // The constructor made this very variable: it stands.
                @SuppressWarnings("unchecked")
                T same = (T) made.data;
                return orExisting ? same : null;
            }
            Node[] b = buckets;
            if (size + 1 > b.length) {
                // Filled with plain stores, published whole by the volatile store below.
                b = grown(b);
                int i = (h >>> 4) & (b.length - 1);
                b[i] = new Node(obj, id, h, data, b[i], queue);
                size++;
                buckets = b;
            } else {
                int i = (h >>> 4) & (b.length - 1);
                setChain(b, i, new Node(obj, id, h, data, b[i], queue));
                size++;
            }
            return data;
        }

        /** The live node of {@code obj}'s variable {@code id}, or {@code null}. Under this monitor. */
        private Node find(Object obj, long id, int h) {
            Node[] b = buckets;
            for (Node n = b[(h >>> 4) & (b.length - 1)]; n != null; n = n.next) {
                if (n.id == id && n.get() == obj) {
                    return n;
                }
            }
            return null;
        }

        synchronized Node remove(Object obj, long id, int h) {
            expunge();
            Node[] b = buckets;
            int i = (h >>> 4) & (b.length - 1);
            List<Node> removed = new ArrayList<>(1);
            // Published whenever the rebuild counted anything off, matched or not: it left out the
            // entries whose objects are gone, which the old chain would count off again (found
            // by review: the size drifted below zero, and the table stopped growing).
            rebuild(b, i, n -> n.id == id && n.get() == obj, removed);
            return removed.isEmpty() ? null : removed.get(0);
        }

        synchronized List<Node> removeAll(long id) {
            expunge();
            List<Node> removed = new ArrayList<>();
            Node[] b = buckets;
            for (int i = 0; i < b.length; i++) {
                rebuild(b, i, n -> n.id == id, removed);
            }
            return removed;
        }

        /**
         * Drops the entries whose objects are gone: the chains of the buckets the queue names,
         * not the whole table. An entry copied into a new chain (a rebuild, a growth) is a new
         * reference to the same object, so the queue may name an entry already dropped, or name
         * one object twice; a rebuild that finds nothing gone changes nothing. Under this monitor.
         */
        void expunge() {
            for (Reference<?> r = queue.poll(); r != null; r = queue.poll()) {
                Node[] b = buckets;
                rebuild(b, (((Node) r).hash >>> 4) & (b.length - 1), n -> false, null);
            }
        }

        /**
         * Rebuilds bucket {@code i} of {@code b} without the entries {@code remove} selects (added
         * to {@code removed}) and those whose objects are gone, and publishes it if it dropped
         * any; the kept entries are copied, so that a reader walking the old chain sees it whole.
         * A chain with nothing to drop is left as it is, uncopied. Under this monitor.
         */
        private void rebuild(Node[] b, int i, Predicate<Node> remove, List<Node> removed) {
            Node head = b[i];
            boolean drops = false;
            for (Node n = head; n != null && !drops; n = n.next) {
                drops = n.get() == null || remove.test(n);
            }
            if (!drops) {
                return;
            }
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
            setChain(b, i, rest);
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
