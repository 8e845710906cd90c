/**
 * The control plane. The CLI talks to the agent over a Unix-domain socket in a directory only
 * this user can enter ({@link io.jlivepatch.control.ControlSocket}), at a path it derives from the
 * pid and checks before it trusts it ({@link io.jlivepatch.control.ControlPath}); JMX consoles
 * see the same operations as the {@code io.jlivepatch:type=PatchManager} MXBean. Nothing listens
 * on a network port.
 */
package io.jlivepatch.control;
