package corpus;

/** A change in a default method. */
public interface Greeter {

    default String greet(String name) {
        return "hi" + separator() + capitalised(name);
    }

    private String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private String separator() {
        return " ";
    }
}
