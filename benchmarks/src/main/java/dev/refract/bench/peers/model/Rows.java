package dev.refract.bench.peers.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rows every peer's result is turned into for the check that all peers return the same data (outside
 * the timed region). A relation not loaded is {@code null}. {@link #canonical} sorts lists, since queries
 * without {@code orderBy} (Prisma's findMany, and nested includes) leave the order to the database.
 */
public final class Rows {
    private Rows() {
    }

    public record Customer(int id, Instant createdAt, String name, String email, boolean isActive, List<Order> orders) {
        /** Without the values a create generates (id, createdAt), to compare writes across peers. */
        public Customer written() {
            return new Customer(0, null, name, email, isActive, null);
        }
    }

    public record Order(int id, Instant date, double totalAmount, int customerId, List<Product> products) {
    }

    public record Product(int id, String name, double price, int quantity, String description) {
    }

    public record Studio(int id, String name, List<Movie> movies) {
    }

    public record Movie(int id, String title, int year, double rating, String genre, int studioId, List<Actor> cast,
            List<Review> reviews) {
    }

    public record Actor(int id, String name, int born) {
    }

    public record Review(int id, int stars, String body, int movieId) {
    }

    /** A string equal for equal data: records as their fields, lists sorted. */
    public static String canonical(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof List<?>) {
            List<String> items = new ArrayList<>();
            for (Object o : (List<?>) value) {
                items.add(canonical(o));
            }
            items.sort(null);
            return items.stream().collect(Collectors.joining(",", "[", "]"));
        }
        if (value instanceof Record) {
            StringBuilder b = new StringBuilder(value.getClass().getSimpleName()).append('(');
            for (var component : value.getClass().getRecordComponents()) {
                try {
                    b.append(component.getName()).append('=').append(canonical(component.getAccessor().invoke(value))).append(' ');
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return b.append(')').toString();
        }
        return String.valueOf(value);
    }
}
