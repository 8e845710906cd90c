/**
 * The control plane. The CLI talks to the agent over a Unix-domain socket in a directory only
 * this user can enter ({@link io.jlivepatch.control.ControlSocket}); JMX consoles see the same
 * operations as the {@code io.jlivepatch:type=PatchManager} MXBean. Nothing listens on a network
 * port.
 */
package io.jlivepatch.control;
