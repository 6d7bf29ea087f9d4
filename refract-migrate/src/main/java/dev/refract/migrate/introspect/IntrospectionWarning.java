package dev.refract.migrate.introspect;

import java.util.List;

/**
 * One kind of introspection warning, as Prisma's {@code db pull} words it: the message and the
 * affected items, each already spelled as Prisma lists them ({@code Model: "User", field: "x"}).
 */
public record IntrospectionWarning(String message, List<String> items) {
    public IntrospectionWarning {
        items = List.copyOf(items);
    }
}
