package corpus;

/** Inherits the default method. */
public class Polite implements Greeter {
}
