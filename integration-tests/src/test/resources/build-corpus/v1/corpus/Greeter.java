package corpus;

/** A change in a default method. */
public interface Greeter {

    default String greet(String name) {
        return "hello" + separator() + name;
    }

    private String separator() {
        return " ";
    }
}
