package dev.refract.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A raw SQL statement whose values are always bound parameters, Java's answer to Prisma's
 * {@code $queryRaw`...${value}`} tagged template. Text and values alternate:
 * {@code Sql.of("SELECT * FROM \"User\" WHERE id = ", id, " AND role = ", role)}: the arguments at
 * even positions are SQL text, those at odd positions are values, whatever their type (a String
 * value is bound, never spliced). {@link #template} takes {@code {}} placeholders instead. A value
 * that is itself a {@code Sql} is spliced in with its own values ({@link #join}, {@link #raw} build
 * such fragments), so statements compose without string concatenation.
 *
 * <p>Text is SQL as written: never build it from user input. The only way to splice text that is not
 * a compile-time constant is {@link #raw}, named for what it is.
 */
public final class Sql {
    private static final Sql EMPTY = new Sql(List.of(""), List.of());

    /** n + 1 text parts around n values. */
    private final List<String> texts;
    private final List<Object> values;

    private Sql(List<String> texts, List<Object> values) {
        this.texts = texts;
        this.values = values;
    }

    /**
     * Text and values alternating, starting with text: {@code of("... WHERE id = ", id)}. Values that
     * are {@code Sql} fragments are spliced in.
     *
     * @throws IllegalArgumentException when a part at an even position is not a String
     */
    public static Sql of(Object... textAndValues) {
        Builder b = new Builder();
        for (int i = 0; i < textAndValues.length; i++) {
            if (i % 2 == 0) {
                if (!(textAndValues[i] instanceof String text)) {
                    throw new IllegalArgumentException("Sql.of: argument " + i + " must be SQL text (a String), found "
                            + (textAndValues[i] == null ? "null" : textAndValues[i].getClass().getName())
                            + "; text and values alternate, starting with text");
                }
                b.text(text);
            } else {
                b.value(textAndValues[i]);
            }
        }
        return b.build();
    }

    /**
     * SQL with {@code {}} placeholders, one per value, in order: {@code template("SELECT * FROM t
     * WHERE a = {} AND b = {}", a, b)}.
     *
     * @throws IllegalArgumentException when the number of placeholders differs from the number of values
     */
    public static Sql template(String sql, Object... values) {
        Objects.requireNonNull(sql, "sql");
        Builder b = new Builder();
        int from = 0;
        int used = 0;
        for (int at = sql.indexOf("{}"); at >= 0; at = sql.indexOf("{}", from)) {
            if (used == values.length) {
                throw new IllegalArgumentException("Sql.template: more {} placeholders than the " + values.length + " values");
            }
            b.text(sql.substring(from, at));
            b.value(values[used++]);
            from = at + 2;
        }
        if (used != values.length) {
            throw new IllegalArgumentException("Sql.template: " + used + " {} placeholders for " + values.length + " values");
        }
        b.text(sql.substring(from));
        return b.build();
    }

    /** The values as bound parameters separated by {@code separator}: {@code IN (} + join(ids, ", ") + {@code )}. */
    public static Sql join(Collection<?> values, String separator) {
        Builder b = new Builder();
        boolean first = true;
        for (Object value : values) {
            if (!first) {
                b.text(separator);
            }
            b.value(value);
            first = false;
        }
        return b.build();
    }

    /**
     * Text spliced into the statement as is, like Prisma's {@code Prisma.raw}: for identifiers or
     * keywords chosen by the program, never for user input.
     */
    public static Sql raw(String text) {
        return new Sql(List.of(Objects.requireNonNull(text, "text")), List.of());
    }

    /** No SQL; a neutral part for optional fragments. */
    public static Sql empty() {
        return EMPTY;
    }

    /** This statement followed by {@code next}. */
    public Sql append(Sql next) {
        return of("", this, "", next);
    }

    /** The SQL with a JDBC {@code ?} per value. */
    public String sql() {
        StringBuilder out = new StringBuilder(texts.get(0));
        for (int i = 1; i < texts.size(); i++) {
            out.append('?').append(texts.get(i));
        }
        return out.toString();
    }

    /** The values, in placeholder order. */
    public List<Object> values() {
        return Collections.unmodifiableList(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sql other && texts.equals(other.texts) && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(texts, values);
    }

    @Override
    public String toString() {
        return sql() + " " + values;
    }

    /** Collects text and values, merging adjacent text and splicing nested fragments. */
    private static final class Builder {
        private final List<String> texts = new ArrayList<>(List.of(""));
        private final List<Object> values = new ArrayList<>();

        void text(String text) {
            int last = texts.size() - 1;
            texts.set(last, texts.get(last) + text);
        }

        void value(Object value) {
            if (value instanceof Sql fragment) {
                text(fragment.texts.get(0));
                for (int i = 0; i < fragment.values.size(); i++) {
                    values.add(fragment.values.get(i));
                    texts.add(fragment.texts.get(i + 1));
                }
            } else {
                values.add(value);
                texts.add("");
            }
        }

        Sql build() {
            return new Sql(List.copyOf(texts), Collections.unmodifiableList(new ArrayList<>(values)));
        }
    }
}
