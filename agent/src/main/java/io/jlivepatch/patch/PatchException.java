package io.jlivepatch.patch;

/**
 * A patch cannot be loaded, enabled or applied. The message is one line for the user and names
 * the object at fault; nothing was changed by the operation that threw it.
 */
public final class PatchException extends Exception {

    private static final long serialVersionUID = 1L;

    public PatchException(String message) {
        super(message);
    }

    public PatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
