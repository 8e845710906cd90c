/**
 * The control plane. The CLI talks to the agent over a Unix-domain socket in a directory only
 * this user can enter ({@link io.jlivepatch.control.ControlSocket}), at a path it derives from the
 * pid and start time and checks before it trusts it ({@link io.jlivepatch.control.ControlPath}),
 * then asks the agent which process it is ({@code identify}, {@link
 * io.jlivepatch.control.ControlProtocol}) before it sends anything else; that answer is only the
 * listener's claim, so on the request's own connection it checks in {@code /proc} that the
 * target holds a listening socket of that name and nobody else bound one ({@link
 * io.jlivepatch.control.ControlPath#listenerProblem}, which says what this does not prove: a
 * same-uid process that can write the socket's directory can still rename its own socket over
 * the path, so that directory must stay private to the JVM).
 * Reads are never starved: only the wait for a request counts against the connections' cap,
 * and operations, capped apart, wait a bounded time for the patch lock. JMX consoles
 * see the same operations as the {@code io.jlivepatch:type=PatchManager} MXBean, and one MBean
 * per patch, target class and target method under {@code io.jlivepatch:type=Patch,name=<id>},
 * the kernel's sysfs ({@link io.jlivepatch.control.PatchBeans}). Nothing listens on a network
 * port.
 *
 * <p>Every operation that changes patches passes {@link io.jlivepatch.control.Operations}: a
 * refusal is answered to the caller alone, never written to the host's stderr; each operation
 * is one audit line ({@code audit=}) and one {@code io.jlivepatch.Audit} JFR event, with the
 * peer's kernel-verified user and its claimed pid ({@link io.jlivepatch.control.Peer}). The
 * control plane formats what the core answers; it holds no patch lock of its own.
 */
package io.jlivepatch.control;
