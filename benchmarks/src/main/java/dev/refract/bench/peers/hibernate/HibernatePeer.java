package dev.refract.bench.peers.hibernate;

import dev.refract.bench.peers.harness.Peer;
import dev.refract.bench.peers.harness.Workload;
import dev.refract.bench.peers.model.Rows;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Hibernate 7 (ORM, native API): entities mapped by hand ({@link Entities}), one session per operation,
 * fetch joins for "these customers with their orders", batch fetching
 * ({@code default_batch_fetch_size=1000}) where a fetch join cannot be paginated, JPQL {@code exists}
 * for relation filters, find/persist/remove for writes in a transaction.
 */
public final class HibernatePeer implements Peer {
    private final SessionFactory orm;
    private final SessionFactory movies;

    public HibernatePeer(DataSource orm, DataSource movies) {
        Logger.getLogger("org.hibernate").setLevel(Level.WARNING);
        this.orm = factory(orm, Entities.Customer.class, Entities.Address.class, Entities.Order.class, Entities.Product.class);
        this.movies = factory(movies, Entities.Studio.class, Entities.Movie.class, Entities.Actor.class, Entities.Review.class);
    }

    private static SessionFactory factory(DataSource ds, Class<?>... entities) {
        Configuration cfg = new Configuration();
        for (Class<?> e : entities) {
            cfg.addAnnotatedClass(e);
        }
        cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, ds);
        cfg.setProperty(AvailableSettings.GLOBALLY_QUOTED_IDENTIFIERS, "true");
        cfg.setProperty(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, "1000");
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
        cfg.setProperty("hibernate.connection.provider_disables_autocommit", "false");
        return cfg.buildSessionFactory();
    }

    @Override
    public String name() {
        return "hibernate";
    }

    @Override
    public boolean supports(Workload workload) {
        return true;
    }

    @Override
    public void close() {
        orm.close();
        movies.close();
    }

    @Override
    public Object run(Workload w, long arg) {
        int id = (int) arg;
        switch (w) {
            case SELECT_1:
                return orm.fromSession(s -> s.createNativeQuery("SELECT 1", Integer.class).getSingleResult());
            case FIND_MANY:
                return orm.fromSession(s -> s.createSelectionQuery("from Customer", Entities.Customer.class).getResultList());
            case FIND_MANY_FILTER_PAGINATE_ORDER:
                return orm.fromSession(s -> s.createSelectionQuery("from Customer where isActive = true order by createdAt desc",
                        Entities.Customer.class).setFirstResult(0).setMaxResults(10).getResultList());
            case FIND_MANY_INCLUDE:
                return orm.fromSession(s -> s.createSelectionQuery("from Customer c left join fetch c.orders",
                        Entities.Customer.class).getResultList());
            case FIND_FIRST:
                return orm.fromSession(s -> s.createSelectionQuery("from Customer", Entities.Customer.class).setMaxResults(1)
                        .getSingleResultOrNull());
            case FIND_FIRST_INCLUDE:
                return orm.fromSession(s -> {
                    Entities.Customer c = s.createSelectionQuery("from Customer", Entities.Customer.class).setMaxResults(1)
                            .getSingleResultOrNull();
                    if (c != null) {
                        Hibernate.initialize(c.orders);
                    }
                    return c;
                });
            case FIND_UNIQUE:
                return orm.fromSession(s -> s.find(Entities.Customer.class, id));
            case FIND_UNIQUE_INCLUDE:
            case BY_ID_ORDERS:
                return orm.fromSession(s -> s.createSelectionQuery("from Customer c left join fetch c.orders where c.id = :id",
                        Entities.Customer.class).setParameter("id", id).getSingleResultOrNull());
            case BY_ID_ORDERS_PRODUCTS:
                return orm.fromSession(s -> s.createSelectionQuery("from Customer c left join fetch c.orders o"
                        + " left join fetch o.products where c.id = :id", Entities.Customer.class).setParameter("id", id)
                        .getSingleResultOrNull());
            case PAGE_50:
                return orm.fromSession(s -> s.createSelectionQuery("from Customer order by id", Entities.Customer.class)
                        .setFirstResult(id).setMaxResults(50).getResultList());
            case CREATE:
                return orm.fromTransaction(s -> {
                    Entities.Customer c = new Entities.Customer();
                    c.name = "John Doe";
                    c.email = "john.doe@example.com";
                    s.persist(c);
                    return c;
                });
            case NESTED_CREATE:
                return orm.fromTransaction(s -> {
                    Entities.Customer c = new Entities.Customer();
                    c.name = "John Doe";
                    c.email = "john.doe@example.com";
                    s.persist(c);
                    Entities.Order o = new Entities.Order();
                    o.date = LocalDateTime.now(ZoneOffset.UTC);
                    o.totalAmount = 100.5;
                    o.customer = c;
                    o.products.add(s.getReference(Entities.Product.class, 1));
                    o.products.add(s.getReference(Entities.Product.class, 2));
                    s.persist(o);
                    return c;
                });
            case UPDATE:
            case NESTED_UPDATE:
                return orm.fromTransaction(s -> {
                    Entities.Customer c = s.find(Entities.Customer.class, 1);
                    c.name = "John Doe Updated";
                    if (w == Workload.NESTED_UPDATE) {
                        s.createSelectionQuery("from Address where customerId = :id", Entities.Address.class).setParameter("id", 1)
                                .getSingleResult().street = "456 New St";
                    }
                    return c;
                });
            case UPSERT:
            case NESTED_UPSERT:
                return orm.fromTransaction(s -> {
                    Entities.Customer c = s.find(Entities.Customer.class, 1);
                    boolean nested = w == Workload.NESTED_UPSERT;
                    if (c != null) {
                        c.name = "John Doe Upserted";
                        if (nested) {
                            s.createSelectionQuery("from Address where customerId = :id", Entities.Address.class).setParameter("id", 1)
                                    .getSingleResult().street = "456 New St";
                        }
                    } else {
                        c = new Entities.Customer();
                        c.name = "John Doe";
                        c.email = "john.doe@example.com";
                        s.persist(c);
                        if (nested) {
                            Entities.Address a = new Entities.Address();
                            a.street = "456 New St";
                            a.city = "Anytown";
                            a.postalCode = "12345";
                            a.country = "Country";
                            a.customerId = c.id;
                            s.persist(a);
                        }
                    }
                    return c;
                });
            case DELETE:
                return orm.fromTransaction(s -> {
                    Entities.Customer c = s.find(Entities.Customer.class, id);
                    if (c != null) {
                        s.remove(c);
                    }
                    return c;
                });
            case MOVIES_25K:
                return movies.fromSession(s -> s.createSelectionQuery("from Movie where id <= :n", Entities.Movie.class)
                        .setParameter("n", 25_000).getResultList());
            case MOVIES_TAKE_2000:
                return movies.fromSession(s -> s.createSelectionQuery("from Movie order by id", Entities.Movie.class).setMaxResults(2000).getResultList());
            case MOVIES_TAKE_2000_FILTERED:
                return movies.fromSession(s -> s.createSelectionQuery("from Movie where genre = :g and year >= :y order by id", Entities.Movie.class)
                        .setParameter("g", "Drama").setParameter("y", 1990).setMaxResults(2000).getResultList());
            case MOVIES_TAKE_2000_CAST:
                return movies.fromSession(s -> {
                    List<Entities.Movie> list = s.createSelectionQuery("from Movie order by id", Entities.Movie.class).setMaxResults(2000).getResultList();
                    list.forEach(m -> Hibernate.initialize(m.cast));
                    return list;
                });
            case STUDIOS_3_LEVEL:
                return movies.fromSession(s -> {
                    List<Entities.Studio> list = s.createSelectionQuery("from Studio where id <= :n", Entities.Studio.class)
                            .setParameter("n", 5).getResultList();
                    for (Entities.Studio studio : list) {
                        Hibernate.initialize(studio.movies);
                        studio.movies.forEach(m -> Hibernate.initialize(m.reviews));
                    }
                    return list;
                });
            case MOVIES_SOME:
                return movies.fromSession(s -> s.createSelectionQuery("from Movie m where exists (from Review r where r.movie = m"
                        + " and r.stars = 5) order by m.id", Entities.Movie.class).setMaxResults(2000).getResultList());
            case MOVIES_NONE:
                return movies.fromSession(s -> s.createSelectionQuery("from Movie m where not exists (from Review r where r.movie = m) order by m.id",
                        Entities.Movie.class).setMaxResults(2000).getResultList());
            case MOVIES_ORDER_TAKE_50:
                return movies.fromSession(s -> s.createSelectionQuery("from Movie order by rating desc, id asc", Entities.Movie.class)
                        .setMaxResults(50).getResultList());
            default:
                throw new IllegalArgumentException(w.name());
        }
    }

    @Override
    public Object rows(Workload w, Object result) {
        if (result instanceof Collection<?>) {
            List<Object> out = new ArrayList<>();
            for (Object o : (Collection<?>) result) {
                out.add(rows(w, o));
            }
            return out;
        }
        if (result instanceof Entities.Customer) {
            Entities.Customer c = (Entities.Customer) result;
            List<Rows.Order> orders = null;
            if (Hibernate.isInitialized(c.orders) && w != Workload.CREATE && w != Workload.NESTED_CREATE && includes(w)) {
                orders = new ArrayList<>();
                for (Entities.Order o : c.orders) {
                    List<Rows.Product> products = null;
                    if (w == Workload.BY_ID_ORDERS_PRODUCTS) {
                        products = new ArrayList<>();
                        for (Entities.Product p : o.products) {
                            products.add(new Rows.Product(p.id, p.name, p.price, p.quantity, p.description));
                        }
                    }
                    orders.add(new Rows.Order(o.id, o.date.toInstant(ZoneOffset.UTC), o.totalAmount, o.customerId, products));
                }
            }
            return new Rows.Customer(c.id, c.createdAt == null ? null : c.createdAt.toInstant(ZoneOffset.UTC), c.name, c.email,
                    c.isActive, orders);
        }
        if (result instanceof Entities.Studio) {
            Entities.Studio st = (Entities.Studio) result;
            return new Rows.Studio(st.id, st.name, castList(rows(w, st.movies)));
        }
        if (result instanceof Entities.Movie) {
            Entities.Movie m = (Entities.Movie) result;
            List<Rows.Actor> cast = null;
            if (w == Workload.MOVIES_TAKE_2000_CAST) {
                cast = new ArrayList<>();
                for (Entities.Actor a : m.cast) {
                    cast.add(new Rows.Actor(a.id, a.name, a.born));
                }
            }
            List<Rows.Review> reviews = null;
            if (w == Workload.STUDIOS_3_LEVEL) {
                reviews = new ArrayList<>();
                for (Entities.Review r : m.reviews) {
                    reviews.add(new Rows.Review(r.id, r.stars, r.body, r.movieId));
                }
            }
            return new Rows.Movie(m.id, m.title, m.year, m.rating, m.genre, m.studioId, cast, reviews);
        }
        return result;
    }

    private static boolean includes(Workload w) {
        return w == Workload.FIND_MANY_INCLUDE || w == Workload.FIND_FIRST_INCLUDE || w == Workload.FIND_UNIQUE_INCLUDE
                || w == Workload.BY_ID_ORDERS || w == Workload.BY_ID_ORDERS_PRODUCTS;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> castList(Object o) {
        return (List<T>) o;
    }
}
