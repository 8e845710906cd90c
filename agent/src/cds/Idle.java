import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JVM that train.sh runs the CLI against: announces itself by creating the file its first
 * argument names, then idles. Bounded, so that a build that dies cannot leave it behind for long.
 */
public class Idle {
    public static void main(String[] args) throws Exception {
        Files.createFile(Path.of(args[0]));
        Thread.sleep(120_000);
    }
}
