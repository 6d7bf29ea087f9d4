package dev.refract.client.internal.plan;

/** Table aliases {@code t0, t1...} (or another prefix's), unique within one statement. */
public final class Aliases {
    private final String prefix;
    private int next;

    public Aliases() {
        this("t");
    }

    /** Aliases {@code prefix0, prefix1...}: for a part added to a statement planned with other aliases. */
    public Aliases(String prefix) {
        this.prefix = prefix;
    }

    public String next() {
        return prefix + next++;
    }
}
