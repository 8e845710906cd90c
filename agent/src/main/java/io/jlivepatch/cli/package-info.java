/**
 * The {@code jlivepatch} command: operates the agent of a JVM over its control socket, found
 * from the pid ({@link io.jlivepatch.control.ControlPath}); the first contact attaches to load the
 * agent. Short-lived, so it loads few classes: {@code bin/jlivepatch} starts it with a
 * class-data-sharing archive.
 */
package io.jlivepatch.cli;
