package dev.refract.client.internal.plan;

/** Table aliases {@code t0, t1...}, unique within one statement. */
public final class Aliases {
    private int next;

    public String next() {
        return "t" + next++;
    }
}
