package io.jlivepatch.stress;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import io.jlivepatch.api.Shadow;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/**
 * A shadow variable's publication ({@link Shadow#alloc}) racing its lock-free lookup
 * ({@link Shadow#get}). The constructor's data has a plain field, written in its constructor.
 *
 * <p>Orders the writer's construction of the data and of the chain's node before the release
 * store of the bucket's chain ({@code Shadow.setChain}), or, when the table grows, before the
 * volatile store of the new bucket array; partner: the reader's volatile load of the bucket array
 * and acquire load of the chain ({@code Shadow.chain}). Forbids {@code 0}: the reader found the
 * variable but saw its data's field unwritten. Every round's object is new, so the table holds as
 * many variables as rounds are alive (their objects die with the rounds, and the table drops them):
 * both the element's store and the array's growth are run.
 *
 * <p>What a zero proves (see the package notes): little on x86, by itself. A review ran this test
 * against a {@code Shadow} whose bucket loads and stores were plain: it passed too, since x86
 * keeps stores in order, and the node's fields are final, whose freeze makes the data it holds
 * visible to a reader that finds the node however it was published. The release and acquire are
 * for what is not final, the weak reference's referent (a reader that saw it unwritten would
 * take the variable for dead: "not found", an outcome this test cannot tell from a lookup that
 * came first), and for weaker hardware and the JIT's reorderings, which this test would catch.
 */
@JCStressTest
@Outcome(id = "-1", expect = ACCEPTABLE, desc = "not found: the lookup came before the publication")
@Outcome(id = "42", expect = ACCEPTABLE, desc = "found, the data as its constructor left it")
@Outcome(id = "0", expect = FORBIDDEN, desc = "found, but the data's field unwritten")
@State
public class ShadowPublicationRace {

    private static final long ID = 0x5AD0;

    /** The data: a plain field, written by its constructor. */
    static final class Box {
        int value;

        Box(int value) {
            this.value = value;
        }
    }

    private final Object obj = new Object();

    @Actor
    public void writer() {
        Shadow.alloc(obj, ID, o -> new Box(42));
    }

    @Actor
    public void reader(I_Result r) {
        Box b = Shadow.get(obj, ID);
        r.r1 = b == null ? -1 : b.value;
    }
}
