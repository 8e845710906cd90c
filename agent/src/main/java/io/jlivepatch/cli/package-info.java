/**
 * The {@code jlivepatch} command: attaches to a JVM, loads the agent there if it is not there
 * yet, and operates it through the JVM's local management connector.
 */
package io.jlivepatch.cli;
