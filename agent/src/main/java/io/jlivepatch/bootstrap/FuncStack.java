package io.jlivepatch.bootstrap;

import java.lang.invoke.MethodHandle;
import java.util.Arrays;

/**
 * The replacements of one method, oldest first and newest on top: the kernel's
 * {@code klp_ops->func_stack}. Immutable; every change makes a new stack.
 *
 * <p>An entry is its owner (the patch) and its handle. The core keeps one stack per target
 * method with the owners only (no handles: the <em>shape</em>, which a class that loads later
 * takes), and each class's slot binds it to handles of its own ({@link #bind}). A {@code null}
 * handle in a bound stack runs the method's original body.
 */
public final class FuncStack {

    /**
     * Gives the handle of one entry when a stack is bound to a target class: the owner's
     * replacement, or {@code below} (the handle of the entry below it, {@code null} for the
     * original body) when the owner cannot run in that class (its replacement does not fit, or its
     * pre-patch callback refused the class). Must not throw.
     */
    public interface EntryBinder {
        MethodHandle bind(Object owner, Class<?> target, MethodHandle below);
    }

    /** The empty stack: the method runs its original body. */
    public static final FuncStack EMPTY = new FuncStack(new MethodHandle[0], new Object[0], false);

    private final MethodHandle[] handles;
    private final Object[] owners;
    private final boolean topInTransition;

    private FuncStack(MethodHandle[] handles, Object[] owners, boolean topInTransition) {
        this.handles = handles;
        this.owners = owners;
        this.topInTransition = topInTransition;
    }

    public int size() {
        return handles.length;
    }

    public boolean isEmpty() {
        return handles.length == 0;
    }

    /** True while the top entry is being added or removed by a transition. */
    public boolean topInTransition() {
        return topInTransition;
    }

    /** The top entry's handle, or {@code null} when the stack is empty or the top is a nop. */
    public MethodHandle top() {
        return handles.length == 0 ? null : handles[handles.length - 1];
    }

    /** The handle below the top, or {@code null} for the original body. */
    public MethodHandle belowTop() {
        return handles.length < 2 ? null : handles[handles.length - 2];
    }

    /** The owner of entry {@code i}, 0 the oldest. */
    public Object owner(int i) {
        return owners[i];
    }

    /** The owners, oldest first. */
    public Object[] owners() {
        return owners.clone();
    }

    /** Whether this stack has the same owners and transition flag as {@code other}. */
    public boolean sameShape(FuncStack other) {
        return topInTransition == other.topInTransition && Arrays.equals(owners, other.owners);
    }

    /**
     * This stack's owners and transition flag with handles from {@code binder} for class
     * {@code target}, bottom up, each entry given the handle of the one below it.
     */
    public FuncStack bind(EntryBinder binder, Class<?> target) {
        MethodHandle[] h = new MethodHandle[owners.length];
        MethodHandle below = null;
        for (int i = 0; i < owners.length; i++) {
            h[i] = binder.bind(owners[i], target, below);
            below = h[i];
        }
        return new FuncStack(h, owners, topInTransition);
    }

    /** The owner (the patch) of the top entry, or {@code null} when empty. */
    public Object topOwner() {
        return owners.length == 0 ? null : owners[owners.length - 1];
    }

    public boolean contains(Object owner) {
        return indexOf(owner) >= 0;
    }

    /** A stack with {@code handle} of {@code owner} pushed on top. */
    public FuncStack push(Object owner, MethodHandle handle) {
        if (contains(owner)) {
            throw new IllegalStateException("already on the stack: " + owner);
        }
        MethodHandle[] h = Arrays.copyOf(handles, handles.length + 1);
        Object[] o = Arrays.copyOf(owners, owners.length + 1);
        h[h.length - 1] = handle;
        o[o.length - 1] = owner;
        return new FuncStack(h, o, false);
    }

    /** This stack without the entry of {@code owner}; this stack when it has none. */
    public FuncStack remove(Object owner) {
        int i = indexOf(owner);
        if (i < 0) {
            return this;
        }
        if (handles.length == 1) {
            return EMPTY;
        }
        MethodHandle[] h = new MethodHandle[handles.length - 1];
        Object[] o = new Object[owners.length - 1];
        System.arraycopy(handles, 0, h, 0, i);
        System.arraycopy(handles, i + 1, h, i, h.length - i);
        System.arraycopy(owners, 0, o, 0, i);
        System.arraycopy(owners, i + 1, o, i, o.length - i);
        return new FuncStack(h, o, false);
    }

    /** This stack with the transition flag of its top entry set as given. */
    public FuncStack withTopInTransition(boolean transition) {
        if (transition == topInTransition || (transition && handles.length == 0)) {
            return this;
        }
        return new FuncStack(handles, owners, transition);
    }

    private int indexOf(Object owner) {
        for (int i = owners.length - 1; i >= 0; i--) {
            if (owners[i] == owner) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "FuncStack" + Arrays.toString(owners) + (topInTransition ? " (top in transition)" : "");
    }
}
