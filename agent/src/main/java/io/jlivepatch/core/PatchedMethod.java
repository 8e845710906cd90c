package io.jlivepatch.core;

import io.jlivepatch.bootstrap.FuncStack;
import io.jlivepatch.bootstrap.MethodSlot;
import io.jlivepatch.bootstrap.MethodSlot.Shape;
import io.jlivepatch.bootstrap.Trampolines;
import io.jlivepatch.patch.MethodInfo;
import java.lang.invoke.MethodHandle;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One target method, by class name and descriptor: the patches that redirect it, its
 * {@link Shape} (the kernel's {@code func_stack}, with owners only), and one {@link MethodSlot}
 * per class that has been defined with that name: usually one, more after a redeploy, when
 * another class loader defines the class again. Every slot gets the same shape, bound to its own
 * class's replacements ({@link #bind}).
 *
 * <h2>Lock</h2>
 * The shape is written by the transition driver only, under the patch lock; {@link #publish}
 * and the creation of a slot for a new definition (by the class-file transformer, which does not
 * hold the patch lock) hold this method's monitor, so that a new slot starts from the shape of
 * the moment and no later publication misses it. Never held while anything waits.
 */
final class PatchedMethod implements FuncStack.EntryBinder {

    /** One class defined with this method's class name, and its slot. */
    static final class Instance {
        final MethodSlot slot;
        /**
         * The loader that defines (or defined) the class, once a definition claimed the slot;
         * {@code null} with {@link #claimed} for the bootstrap class loader.
         */
        private WeakReference<ClassLoader> loader;
        private boolean claimed;
        /** Whether a trampoline was put into the class; set by the transformer. */
        volatile boolean emitted;
        /** Why this class got no trampolines, or {@code null}. */
        volatile String error;
        /**
         * The fingerprint of the method's original bytecode in this class, set with
         * {@link #emitted}; {@code null} while no trampoline was emitted.
         */
        volatile String fingerprint;

        Instance(MethodSlot slot) {
            this.slot = slot;
        }

        boolean claimedBy(ClassLoader l) {
            return claimed && (loader == null ? l == null : l != null && loader.get() == l);
        }

        void claim(ClassLoader l) {
            claimed = true;
            loader = l == null ? null : new WeakReference<>(l);
        }
    }

    final String className;
    final MethodInfo info;
    private final String key;

    /** The patches that redirect this method, oldest first; read by the linker without the lock. */
    private final List<Patch> redirectors = new CopyOnWriteArrayList<>();
    /** The slots, one per definition; copy-on-write under this monitor, read without it. */
    private volatile List<Instance> instances = List.of();
    /** Guarded by this monitor. */
    private Shape shape = Shape.IDLE;

    /**
     * Whether the transformer puts this method's trampoline into its class: true from the load
     * that registers it, false once no patch can run in it (the kernel's ftrace takes the call out
     * again). Written under the patch lock by {@link PatchLoader} only, read by the transformer
     * without it: a transform that read the old value is waited for (the transform gate) before
     * the loaded classes are retransformed, so every class ends with what the new value says, or
     * (one defined by such a transform after the scan) with an idle trampoline, which changes no
     * behaviour. See {@link PatchLoader#disarmIdleLocked} and {@link PatchLoader#armLocked}.
     */
    volatile boolean armed = true;

    PatchedMethod(String className, MethodInfo info) {
        this.className = className;
        this.info = info;
        this.key = key(className, info.name(), info.descriptor());
    }

    String key() {
        return key;
    }

    static String key(String className, String name, String descriptor) {
        return className + "." + name + descriptor;
    }

    /** The name and descriptor the transformer looks a method up by. */
    String nameAndDescriptor() {
        return info.name() + info.descriptor();
    }

    List<Patch> redirectors() {
        return redirectors;
    }

    void addRedirector(Patch p) {
        redirectors.add(p);
    }

    void removeRedirector(Patch p) {
        redirectors.remove(p);
    }

    List<Instance> instances() {
        return instances;
    }

    /** The slots that are bound to a class, for messages and the listing. */
    int boundClasses() {
        int n = 0;
        for (Instance i : instances) {
            if (i.slot.boundClass() != null) {
                n++;
            }
        }
        return n;
    }

    synchronized Shape shape() {
        return shape;
    }

    /**
     * Publishes {@code next} to every slot, bound ones binding it to their class's replacements.
     * The transition driver's only way to change what the method runs; under the patch lock.
     */
    synchronized void publish(Shape next) {
        shape = next;
        for (Instance i : instances) {
            i.slot.publish(next, this);
        }
    }

    /**
     * The slot for a definition of the class by {@code loader}: {@code redefined}'s own when the
     * class exists, the slot this loader claimed before (a definition that failed and is tried
     * again), an unclaimed one, or a new one that starts from the shape of the moment. For the
     * transformer; never waits for the patch lock.
     */
    synchronized Instance instanceFor(ClassLoader loader, Class<?> redefined) {
        if (redefined != null) {
            for (Instance i : instances) {
                if (i.slot.boundClass() == redefined) {
                    return i;
                }
            }
        }
        for (Instance i : instances) {
            if (i.claimedBy(loader)) {
                return i;
            }
        }
        for (Instance i : instances) {
            if (!i.claimed) {
                i.claim(loader);
                return i;
            }
        }
        Instance created = newInstance();
        created.claim(loader);
        return created;
    }

    /**
     * The slot of loaded class {@code c}, bound to it: found or claimed as for a definition, then
     * bound, and given the current shape bound to {@code c}'s replacements. Under the patch lock.
     */
    synchronized Instance bindLoaded(Class<?> c) {
        Instance i = instanceFor(c.getClassLoader(), c);
        i.slot.bindAndPublish(c, shape, this);
        return i;
    }

    /** Under this method's monitor. */
    private Instance newInstance() {
        Instance i = new Instance(Trampolines.newSlot(key));
        i.slot.publish(shape, this);
        List<Instance> grown = new ArrayList<>(instances);
        grown.add(i);
        instances = List.copyOf(grown);
        return i;
    }

    /** The instance of class {@code c}: bound to it, or claimed by its class loader; or {@code null}. */
    Instance instanceIn(Class<?> c) {
        for (Instance i : instances) {
            if (i.slot.boundClass() == c) {
                return i;
            }
        }
        synchronized (this) {
            for (Instance i : instances) {
                // Read once, and match c too: another thread may bind the slot to c between the
                // loop above and this one (CI, JDK 25: two first callers of a late class, and the
                // linker found no instance, a patch broken in a class defined long after its load).
                Class<?> bound = i.slot.boundClass();
                if (bound == c || (bound == null && i.claimedBy(c.getClassLoader()))) {
                    return i;
                }
            }
        }
        return null;
    }

    /**
     * What {@link #instanceIn} would find, for many classes at once: answers a test of whether a
     * class has an instance of this method, built in one pass (a sweep of every loaded copy would
     * otherwise cost copies times instances).
     */
    synchronized java.util.function.Predicate<Class<?>> coverage() {
        Set<Class<?>> bound = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<ClassLoader> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean bootClaimed = false;
        for (Instance i : instances) {
            Class<?> c = i.slot.boundClass();
            if (c != null) {
                bound.add(c);
            } else if (i.claimed) {
                ClassLoader l = i.loader == null ? null : i.loader.get();
                if (i.loader == null) {
                    bootClaimed = true;
                } else if (l != null) {
                    claimed.add(l);
                }
            }
        }
        boolean boot = bootClaimed;
        return c -> bound.contains(c)
                || (c.getClassLoader() == null ? boot : claimed.contains(c.getClassLoader()));
    }

    /** The instance whose slot is {@code slot}, or {@code null}. */
    Instance instanceOf(MethodSlot slot) {
        for (Instance i : instances) {
            if (i.slot == slot) {
                return i;
            }
        }
        return null;
    }

    /**
     * The entry binder of this method's slots (see {@link FuncStack.EntryBinder}): the owner's
     * replacement in class {@code target}, when its object there is prepared and the replacement
     * fits; else the code below it. Runs under a slot's monitor, so it runs no callback: objects
     * are prepared before the driver puts their patch on a stack, and before the linker binds.
     */
    @Override
    public MethodHandle bind(Object owner, Class<?> target, MethodHandle below) {
        if (owner instanceof Patch.Nop) {
            // A cumulative patch's nop: the original body, whatever is below it.
            return null;
        }
        Patch p = (Patch) owner;
        PatchObject o = p.existingObject(target);
        if (o == null || !o.runnable()) {
            return below;
        }
        MethodHandle h = o.handle(this);
        return h == null ? below : h;
    }

    @Override
    public String toString() {
        return key;
    }
}
