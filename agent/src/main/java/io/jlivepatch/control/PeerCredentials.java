package io.jlivepatch.control;

import io.jlivepatch.log.Log;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.file.attribute.UserPrincipal;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;

/**
 * {@code SO_PEERCRED} of a Unix-domain socket, through {@code jdk.net.ExtendedSocketOptions}: the
 * user of the process at the other end, as the kernel recorded it at {@code connect}. Kept apart so
 * that a runtime without the {@code jdk.net} module (a jlink image) only loses the user.
 */
final class PeerCredentials {

    private static final Logger LOG = Log.get(PeerCredentials.class);
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private PeerCredentials() {
    }

    /** The peer's user, or {@code null} when the platform cannot tell (said once, at debug level). */
    static UserPrincipal user(SocketChannel client) {
        try {
            return client.getOption(jdk.net.ExtendedSocketOptions.SO_PEERCRED).user();
        } catch (IOException | UnsupportedOperationException | LinkageError e) {
            if (WARNED.compareAndSet(false, true)) {
                LOG.debug("cannot read the control socket's peer credentials: {}", e.toString());
            }
            return null;
        }
    }
}
