package dev.refract.bench.peers.refract;

import dev.refract.bench.peers.model.Rows;
import dev.refract.bench.peers.typed.movies.Actor;
import dev.refract.bench.peers.typed.movies.Movie;
import dev.refract.bench.peers.typed.movies.Review;
import dev.refract.bench.peers.typed.movies.Studio;
import dev.refract.bench.peers.typed.orm.Customer;
import dev.refract.bench.peers.typed.orm.Order;
import dev.refract.bench.peers.typed.orm.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The generated records of the typed peer as {@code Rows} records (a relation not loaded is null there). */
final class TypedRows {
    private TypedRows() {
    }

    static Object of(Object result) {
        if (result instanceof Optional<?>) {
            return of(((Optional<?>) result).orElse(null));
        }
        if (result instanceof List<?>) {
            List<Object> out = new ArrayList<>();
            for (Object o : (List<?>) result) {
                out.add(of(o));
            }
            return out;
        }
        if (result instanceof Customer) {
            return customer((Customer) result);
        }
        if (result instanceof Movie) {
            return movie((Movie) result);
        }
        if (result instanceof Studio) {
            Studio s = (Studio) result;
            return new Rows.Studio(s.id(), s.name(), s.movies().stream().map(TypedRows::movie).toList());
        }
        if (result == null) {
            return null;
        }
        throw new IllegalArgumentException("not a record of the suite: " + result.getClass());
    }

    private static Rows.Customer customer(Customer c) {
        List<Rows.Order> orders = null;
        if (c.isLoaded("orders")) {
            orders = new ArrayList<>();
            for (Order o : c.orders()) {
                List<Rows.Product> products = null;
                if (o.isLoaded("products")) {
                    products = new ArrayList<>();
                    for (Product p : o.products()) {
                        products.add(new Rows.Product(p.id(), p.name(), p.price(), p.quantity(), p.description()));
                    }
                }
                orders.add(new Rows.Order(o.id(), o.date(), o.totalAmount(), o.customerId(), products));
            }
        }
        return new Rows.Customer(c.id(), c.createdAt(), c.name(), c.email(), c.isActive(), orders);
    }

    private static Rows.Movie movie(Movie m) {
        List<Rows.Actor> cast = null;
        if (m.isLoaded("cast")) {
            cast = new ArrayList<>();
            for (Actor a : m.cast()) {
                cast.add(new Rows.Actor(a.id(), a.name(), a.born()));
            }
        }
        List<Rows.Review> reviews = null;
        if (m.isLoaded("reviews")) {
            reviews = new ArrayList<>();
            for (Review r : m.reviews()) {
                reviews.add(new Rows.Review(r.id(), r.stars(), r.body(), r.movieId()));
            }
        }
        return new Rows.Movie(m.id(), m.title(), m.year(), m.rating(), m.genre(), m.studioId(), cast, reviews);
    }
}
