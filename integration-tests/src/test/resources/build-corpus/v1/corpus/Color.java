package corpus;

/** An enum constant added: refused. */
public enum Color {
    RED, GREEN
}
