package io.jlivepatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

/** The control socket's pieces that need no JVM of their own; the socket itself runs in ControlSocketIT. */
class ControlSocketTest {

    /**
     * Review 13b F10: a client that left during a load made the progress write throw out of the
     * load, past its roll-back and its audit. Now a failed write only stops the writing.
     */
    @Test
    void aClientThatLeftStopsTheProgressAndNeverFailsTheOperation() {
        int[] writes = {0};
        Writer gone = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                writes[0]++;
                throw new IOException("Broken pipe");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void close() {
            }
        };
        ControlSocket.ClientProgress progress = new ControlSocket.ClientProgress(gone);
        progress.accept("1/4");
        int tried = writes[0];
        progress.accept("2/4");
        assertTrue(progress.clientGone());
        assertEquals(tried, writes[0], "nothing more is written to a client that left");

        StringWriter here = new StringWriter();
        new ControlSocket.ClientProgress(here).accept("3/4");
        assertTrue(here.toString().contains("3/4 threads switched"), here.toString());
    }
}
