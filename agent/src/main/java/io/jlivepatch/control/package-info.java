/**
 * The control plane: the JMX MXBean through which the CLI (over the JVM's local management
 * connector, no network port) and any JMX console operate the patch manager.
 */
package io.jlivepatch.control;
