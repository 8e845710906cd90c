package io.jlivepatch.patch;

/**
 * A patch cannot be loaded, enabled or applied. As data: the operation that failed and its
 * patch, when the failure is the end of one, and the reason; {@link #getMessage()} formats them
 * once, into one line for the user that names the object at fault. Nothing was changed by the
 * operation that threw it.
 */
public final class PatchException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An operation whose failure names its patch: "patch 'x' was not loaded: why". */
    public enum Operation {
        LOAD("loaded"), ENABLE("enabled"), DISABLE("disabled");

        private final String done;

        Operation(String done) {
            this.done = done;
        }

        /** {@code loaded}, {@code enabled}, {@code disabled}. */
        public String done() {
            return done;
        }
    }

    private final Operation operation;
    private final String patchId;
    private final String reason;

    /** A refusal that says it all: "patch 'x' is already enabled", "cannot patch ...: why". */
    public PatchException(String reason) {
        this(null, null, reason, null);
    }

    public PatchException(String reason, Throwable cause) {
        this(null, null, reason, cause);
    }

    /** Operation {@code operation} of patch {@code patchId} did not happen, for {@code reason}. */
    public PatchException(Operation operation, String patchId, String reason) {
        this(operation, patchId, reason, null);
    }

    private PatchException(Operation operation, String patchId, String reason, Throwable cause) {
        super(operation == null ? reason : "patch '" + patchId + "' was not " + operation.done() + ": " + reason,
                cause);
        this.operation = operation;
        this.patchId = patchId;
        this.reason = reason;
    }

    /** The operation that failed, or {@code null} for a refusal that names no operation. */
    public Operation operation() {
        return operation;
    }

    public String patchId() {
        return patchId;
    }

    /** Why, without the operation: "its transition was reversed on request". */
    public String reason() {
        return reason;
    }

    /** The same failure, as the end of another operation of the same patch (a load's enable). */
    public PatchException as(Operation other) {
        return operation == null ? this : new PatchException(other, patchId, reason, getCause());
    }
}
