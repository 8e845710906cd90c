package io.jlivepatch.api;

/**
 * A system state as a patch holds it at run time (see {@link State}): its id and version, and one
 * object of data the patch's callbacks keep there, such as what a pre-patch callback saved for the
 * post-unpatch callback to restore. A cumulative patch takes over its predecessor's data through
 * {@link #previous}, as the kernel's {@code klp_get_prev_state()} allows.
 *
 * <p>Called from a patch's own code (its callbacks and replacements): the patch is the one whose
 * code calls.
 */
public final class SystemState {

    /** What the agent answers these questions with; for the agent only. */
    public interface Registry {

        /** Patch {@code patchId}'s state {@code id}, or {@code null}. */
        SystemState state(String patchId, long id);

        /** State {@code id} of the newest patch enabled before {@code patchId}, or {@code null}. */
        SystemState previous(String patchId, long id);
    }

    /** Patch code runs in a class loader of this name prefix, then the patch id (the agent's {@code PatchCode.LOADER_PREFIX}). */
    private static final String LOADER_PREFIX = "jlivepatch:";
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static volatile Registry registry;

    private final long id;
    private final int version;
    private final String patchId;
    private volatile Object data;

    /** Made by the agent for each state a patch declares. */
    public SystemState(long id, int version, String patchId) {
        this.id = id;
        this.version = version;
        this.patchId = patchId;
    }

    /** Installs the agent's registry; for the agent only. */
    public static void install(Registry r) {
        registry = r;
    }

    /**
     * The calling patch's state {@code id} (the kernel's {@code klp_get_state()}), or {@code null}
     * when the patch does not declare it, or when the caller is not patch code.
     */
    public static SystemState get(long id) {
        String patch = callerPatch(WALKER.getCallerClass());
        Registry r = registry;
        return patch == null || r == null ? null : r.state(patch, id);
    }

    /**
     * State {@code id} as the newest patch enabled before the calling one declares it (the
     * kernel's {@code klp_get_prev_state()}), or {@code null} when none does. During a cumulative
     * patch's transition, up to its post-patch callbacks, the patches it replaces count.
     */
    public static SystemState previous(long id) {
        String patch = callerPatch(WALKER.getCallerClass());
        Registry r = registry;
        return patch == null || r == null ? null : r.previous(patch, id);
    }

    private static String callerPatch(Class<?> caller) {
        ClassLoader l = caller.getClassLoader();
        String name = l == null ? null : l.getName();
        return name != null && name.startsWith(LOADER_PREFIX) ? name.substring(LOADER_PREFIX.length()) : null;
    }

    public long id() {
        return id;
    }

    public int version() {
        return version;
    }

    /** The patch that declares this state. */
    public String patchId() {
        return patchId;
    }

    /** What the patch keeps for this state, or {@code null}. */
    public Object data() {
        return data;
    }

    public void setData(Object data) {
        this.data = data;
    }

    @Override
    public String toString() {
        return "state " + id + " version " + version + " of patch '" + patchId + "'";
    }
}
