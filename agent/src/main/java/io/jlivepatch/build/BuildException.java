package io.jlivepatch.build;

/** Why a build could not even be compared: an input that is missing or not classes. */
public final class BuildException extends Exception {

    private static final long serialVersionUID = 1L;

    BuildException(String message) {
        super(message);
    }
}
