package corpus;

/** A changed method that makes a super call: refused. */
public class Child extends Base {

    @Override
    public String name() {
        return "child of " + super.name();
    }
}
