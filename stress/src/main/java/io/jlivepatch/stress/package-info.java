/**
 * jcstress tests ({@code *Race}) of the epoch domain's publication protocols (DESIGN §4): every
 * store-load pairing between a read section ({@link io.jlivepatch.bootstrap.Epoch#enter}) and a
 * grace period ({@link io.jlivepatch.epoch.EpochDomain#synchronize}) is run here against the
 * agent's own classes. One more, of another shape, runs the shadow variables' publication
 * ({@link io.jlivepatch.stress.ShadowPublicationRace}): a variable made while it is looked up.
 *
 * <h2>The shape of a test</h2>
 * Two actors. The reader enters a read section, reads the protected data (a volatile field, as
 * {@code MethodSlot.stack} is) and <em>keeps the section open</em> until the writer has scanned;
 * the writer publishes new data, then runs a grace period up to its first scan
 * ({@link io.jlivepatch.epoch.GracePeriodProbe}: advance, snapshot, barrier, one look at every
 * record) and reports whether {@code synchronize()} would wait or pass. Only the reader waits,
 * and only for the writer, which never waits: no actor can deadlock. The reader's wait is bounded
 * all the same (a second); a reader that gives up reports it, and that outcome proves nothing.
 *
 * <p>The reader must hold its section across the scan: a reader that had already left would be
 * IDLE to the scan legitimately, and "read old, scan passed" would then be no bug. The writer
 * pauses a random few spins after each scan, so that its next publication lands inside the
 * reader's next section often enough (see {@link io.jlivepatch.stress.PublicationRace#endScan}).
 *
 * <h2>What a zero proves</h2>
 * The negative control ({@link io.jlivepatch.stress.AnnounceNoBarrierRace}) shows how often this
 * harness catches the store-load reordering when nothing forbids it: a few times per million
 * rounds on a 2-core x86. A test whose forbidden outcome stays at zero over many millions of
 * rounds therefore says something; over a few hundred thousand, little. And a store buffer drains
 * in far less than the microseconds that a safepoint or a handshake takes, so on x86 the barrier
 * tests cannot tell a barrier from a mere delay: they check the protocol around the barrier
 * (nesting, registration, what the scan reads), while the control shows that the barrier's place
 * in it is not optional.
 *
 * <h2>Outcomes</h2>
 * {@code r1}, the reader: {@link io.jlivepatch.stress.PublicationRace#OLD 0} read the old data,
 * {@code 1} the new; {@code +2} if it gave up holding. {@code r2}, the writer:
 * {@code 0} the scan passed (reclamation could run now), {@code 1} it would wait for a reader.
 * Forbidden everywhere: {@code 0, 0}, a reader using the old data while the grace period ends.
 *
 * <h2>Global state</h2>
 * The read side is static ({@code Epoch}'s epoch, registry and announcement mode). jcstress 0.16
 * runs one test per fork VM ({@code ForkedMain} takes one job), and its actors are the only
 * threads there that enter read sections, so a writer's scan of every record is a scan of the
 * reader's. Each test sets the announcement mode it needs in its {@code @State} constructor, so
 * it holds whatever ran before it in the same VM.
 */
package io.jlivepatch.stress;
