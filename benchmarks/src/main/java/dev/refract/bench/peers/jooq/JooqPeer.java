package dev.refract.bench.peers.jooq;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.table;

import dev.refract.bench.peers.harness.Peer;
import dev.refract.bench.peers.harness.Workload;
import dev.refract.bench.peers.model.Rows.Actor;
import dev.refract.bench.peers.model.Rows.Customer;
import dev.refract.bench.peers.model.Rows.Movie;
import dev.refract.bench.peers.model.Rows.Order;
import dev.refract.bench.peers.model.Rows.Product;
import dev.refract.bench.peers.model.Rows.Review;
import dev.refract.bench.peers.model.Rows.Studio;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Record6;
import org.jooq.Records;
import org.jooq.SQLDialect;
import org.jooq.SelectSelectStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * jOOQ 3.19 (open-source edition) without code generation: tables and fields declared with
 * {@code table(name(...))} and {@code field(name(...), type)}, results mapped into records with
 * {@code Records.mapping}, nesting with {@code MULTISET} (jOOQ's way to load a graph in one statement).
 */
public final class JooqPeer implements Peer {
    static final Table<?> CUSTOMER = table(DSL.name("Customer"));
    static final Field<Integer> C_ID = field(DSL.name("Customer", "id"), Integer.class);
    static final Field<LocalDateTime> C_CREATED = field(DSL.name("Customer", "createdAt"), LocalDateTime.class);
    static final Field<String> C_NAME = field(DSL.name("Customer", "name"), String.class);
    static final Field<String> C_EMAIL = field(DSL.name("Customer", "email"), String.class);
    static final Field<Boolean> C_ACTIVE = field(DSL.name("Customer", "isActive"), Boolean.class);
    static final Table<?> ADDRESS = table(DSL.name("Address"));
    static final Field<String> A_STREET = field(DSL.name("Address", "street"), String.class);
    static final Field<String> A_CITY = field(DSL.name("Address", "city"), String.class);
    static final Field<String> A_POSTAL = field(DSL.name("Address", "postalCode"), String.class);
    static final Field<String> A_COUNTRY = field(DSL.name("Address", "country"), String.class);
    static final Field<Integer> A_CUSTOMER = field(DSL.name("Address", "customerId"), Integer.class);
    static final Table<?> ORDER = table(DSL.name("Order"));
    static final Field<Integer> O_ID = field(DSL.name("Order", "id"), Integer.class);
    static final Field<LocalDateTime> O_DATE = field(DSL.name("Order", "date"), LocalDateTime.class);
    static final Field<Double> O_TOTAL = field(DSL.name("Order", "totalAmount"), Double.class);
    static final Field<Integer> O_CUSTOMER = field(DSL.name("Order", "customerId"), Integer.class);
    static final Table<?> ORDER_PRODUCT = table(DSL.name("_OrderToProduct"));
    static final Field<Integer> OP_A = field(DSL.name("_OrderToProduct", "A"), Integer.class);
    static final Field<Integer> OP_B = field(DSL.name("_OrderToProduct", "B"), Integer.class);
    static final Table<?> PRODUCT = table(DSL.name("Product"));
    static final Field<Integer> P_ID = field(DSL.name("Product", "id"), Integer.class);
    static final Field<String> P_NAME = field(DSL.name("Product", "name"), String.class);
    static final Field<Double> P_PRICE = field(DSL.name("Product", "price"), Double.class);
    static final Field<Integer> P_QUANTITY = field(DSL.name("Product", "quantity"), Integer.class);
    static final Field<String> P_DESCRIPTION = field(DSL.name("Product", "description"), String.class);

    static final Table<?> STUDIO = table(DSL.name("Studio"));
    static final Field<Integer> S_ID = field(DSL.name("Studio", "id"), Integer.class);
    static final Field<String> S_NAME = field(DSL.name("Studio", "name"), String.class);
    static final Table<?> MOVIE = table(DSL.name("Movie"));
    static final Field<Integer> M_ID = field(DSL.name("Movie", "id"), Integer.class);
    static final Field<String> M_TITLE = field(DSL.name("Movie", "title"), String.class);
    static final Field<Integer> M_YEAR = field(DSL.name("Movie", "year"), Integer.class);
    static final Field<Double> M_RATING = field(DSL.name("Movie", "rating"), Double.class);
    static final Field<String> M_GENRE = field(DSL.name("Movie", "genre"), String.class);
    static final Field<Integer> M_STUDIO = field(DSL.name("Movie", "studioId"), Integer.class);
    static final Table<?> ACTOR = table(DSL.name("Actor"));
    static final Field<Integer> AC_ID = field(DSL.name("Actor", "id"), Integer.class);
    static final Field<String> AC_NAME = field(DSL.name("Actor", "name"), String.class);
    static final Field<Integer> AC_BORN = field(DSL.name("Actor", "born"), Integer.class);
    static final Table<?> CAST = table(DSL.name("_ActorToMovie"));
    static final Field<Integer> CAST_A = field(DSL.name("_ActorToMovie", "A"), Integer.class);
    static final Field<Integer> CAST_B = field(DSL.name("_ActorToMovie", "B"), Integer.class);
    static final Table<?> REVIEW = table(DSL.name("Review"));
    static final Field<Integer> R_ID = field(DSL.name("Review", "id"), Integer.class);
    static final Field<Integer> R_STARS = field(DSL.name("Review", "stars"), Integer.class);
    static final Field<String> R_BODY = field(DSL.name("Review", "body"), String.class);
    static final Field<Integer> R_MOVIE = field(DSL.name("Review", "movieId"), Integer.class);

    private final DSLContext orm;
    private final DSLContext movies;

    public JooqPeer(DataSource orm, DataSource movies) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        this.orm = DSL.using(orm, SQLDialect.POSTGRES);
        this.movies = DSL.using(movies, SQLDialect.POSTGRES);
    }

    @Override
    public String name() {
        return "jooq";
    }

    @Override
    public boolean supports(Workload workload) {
        return true;
    }

    private static Customer customer(Integer id, LocalDateTime created, String name, String email, Boolean active) {
        return new Customer(id, created.toInstant(ZoneOffset.UTC), name, email, active, null);
    }

    private static Customer customerWithOrders(Integer id, LocalDateTime created, String name, String email, Boolean active, List<Order> orders) {
        return new Customer(id, created.toInstant(ZoneOffset.UTC), name, email, active, orders);
    }

    private static Order order(Integer id, LocalDateTime date, Double total, Integer customer) {
        return new Order(id, date.toInstant(ZoneOffset.UTC), total, customer, null);
    }

    private static Order orderWithProducts(Integer id, LocalDateTime date, Double total, Integer customer, List<Product> products) {
        return new Order(id, date.toInstant(ZoneOffset.UTC), total, customer, products);
    }

    private static Movie movie(Integer id, String title, Integer year, Double rating, String genre, Integer studio) {
        return new Movie(id, title, year, rating, genre, studio, null, null);
    }

    private SelectSelectStep<Record5<Integer, LocalDateTime, String, String, Boolean>> customers(DSLContext ctx) {
        return ctx.select(C_ID, C_CREATED, C_NAME, C_EMAIL, C_ACTIVE);
    }

    private static Field<List<Order>> orders() {
        return multiset(select(O_ID, O_DATE, O_TOTAL, O_CUSTOMER).from(ORDER).where(O_CUSTOMER.eq(C_ID)))
                .convertFrom(r -> r.map(Records.mapping(JooqPeer::order)));
    }

    private static Field<List<Order>> ordersWithProducts() {
        Field<List<Product>> products = multiset(select(P_ID, P_NAME, P_PRICE, P_QUANTITY, P_DESCRIPTION).from(ORDER_PRODUCT)
                .join(PRODUCT).on(P_ID.eq(OP_B)).where(OP_A.eq(O_ID))).convertFrom(r -> r.map(Records.mapping(Product::new)));
        return multiset(select(O_ID, O_DATE, O_TOTAL, O_CUSTOMER, products).from(ORDER).where(O_CUSTOMER.eq(C_ID)))
                .convertFrom(r -> r.map(Records.mapping(JooqPeer::orderWithProducts)));
    }

    private SelectSelectStep<Record6<Integer, String, Integer, Double, String, Integer>> movies() {
        return movies.select(M_ID, M_TITLE, M_YEAR, M_RATING, M_GENRE, M_STUDIO);
    }

    @Override
    public Object run(Workload w, long arg) {
        int id = (int) arg;
        switch (w) {
            case SELECT_1:
                return orm.selectOne().fetchOne(0, Integer.class);
            case FIND_MANY:
                return customers(orm).from(CUSTOMER).fetch(Records.mapping(JooqPeer::customer));
            case FIND_MANY_FILTER_PAGINATE_ORDER:
                return customers(orm).from(CUSTOMER).where(C_ACTIVE.eq(true)).orderBy(C_CREATED.desc()).limit(10).offset(0)
                        .fetch(Records.mapping(JooqPeer::customer));
            case FIND_MANY_INCLUDE:
                return orm.select(C_ID, C_CREATED, C_NAME, C_EMAIL, C_ACTIVE, orders()).from(CUSTOMER)
                        .fetch(Records.mapping(JooqPeer::customerWithOrders));
            case FIND_FIRST:
                return customers(orm).from(CUSTOMER).limit(1).fetchOne(Records.mapping(JooqPeer::customer));
            case FIND_FIRST_INCLUDE:
                return orm.select(C_ID, C_CREATED, C_NAME, C_EMAIL, C_ACTIVE, orders()).from(CUSTOMER).limit(1)
                        .fetchOne(Records.mapping(JooqPeer::customerWithOrders));
            case FIND_UNIQUE:
                return customers(orm).from(CUSTOMER).where(C_ID.eq(id)).fetchOne(Records.mapping(JooqPeer::customer));
            case FIND_UNIQUE_INCLUDE:
            case BY_ID_ORDERS:
                return orm.select(C_ID, C_CREATED, C_NAME, C_EMAIL, C_ACTIVE, orders()).from(CUSTOMER).where(C_ID.eq(id))
                        .fetchOne(Records.mapping(JooqPeer::customerWithOrders));
            case BY_ID_ORDERS_PRODUCTS:
                return orm.select(C_ID, C_CREATED, C_NAME, C_EMAIL, C_ACTIVE, ordersWithProducts()).from(CUSTOMER).where(C_ID.eq(id))
                        .fetchOne(Records.mapping(JooqPeer::customerWithOrders));
            case PAGE_50:
                return customers(orm).from(CUSTOMER).orderBy(C_ID).limit(50).offset(id).fetch(Records.mapping(JooqPeer::customer));
            case CREATE:
                return orm.insertInto(CUSTOMER, C_NAME, C_EMAIL).values("John Doe", "john.doe@example.com")
                        .returningResult(C_ID, C_CREATED, C_NAME, C_EMAIL, C_ACTIVE).fetchOne(Records.mapping(JooqPeer::customer));
            case NESTED_CREATE:
                return orm.transactionResult(cfg -> {
                    DSLContext tx = cfg.dsl();
                    Customer made = tx.insertInto(CUSTOMER, C_NAME, C_EMAIL, C_ACTIVE).values("John Doe", "john.doe@example.com", false)
                            .returningResult(C_ID, C_CREATED, C_NAME, C_EMAIL, C_ACTIVE).fetchOne(Records.mapping(JooqPeer::customer));
                    Integer order = tx.insertInto(ORDER, O_DATE, O_TOTAL, O_CUSTOMER).values(LocalDateTime.now(ZoneOffset.UTC), 100.5, made.id())
                            .returningResult(O_ID).fetchOne().value1();
                    tx.insertInto(ORDER_PRODUCT, OP_A, OP_B).values(order, 1).values(order, 2).execute();
                    return made;
                });
            case UPDATE:
                return orm.update(CUSTOMER).set(C_NAME, "John Doe Updated").where(C_ID.eq(1))
                        .returningResult(C_ID, C_CREATED, C_NAME, C_EMAIL, C_ACTIVE).fetchOne(Records.mapping(JooqPeer::customer));
            case NESTED_UPDATE:
                return orm.transactionResult(cfg -> {
                    DSLContext tx = cfg.dsl();
                    Customer updated = tx.update(CUSTOMER).set(C_NAME, "John Doe Updated").where(C_ID.eq(1))
                            .returningResult(C_ID, C_CREATED, C_NAME, C_EMAIL, C_ACTIVE).fetchOne(Records.mapping(JooqPeer::customer));
                    tx.update(ADDRESS).set(A_STREET, "456 New St").where(A_CUSTOMER.eq(1)).execute();
                    return updated;
                });
            case UPSERT:
            case NESTED_UPSERT:
                boolean nested = w == Workload.NESTED_UPSERT;
                return orm.transactionResult(cfg -> {
                    DSLContext tx = cfg.dsl();
                    Customer c = tx.update(CUSTOMER).set(C_NAME, "John Doe Upserted").where(C_ID.eq(1))
                            .returningResult(C_ID, C_CREATED, C_NAME, C_EMAIL, C_ACTIVE).fetchOne(Records.mapping(JooqPeer::customer));
                    if (c != null && nested) {
                        tx.update(ADDRESS).set(A_STREET, "456 New St").where(A_CUSTOMER.eq(1)).execute();
                    } else if (c == null) {
                        c = tx.insertInto(CUSTOMER, C_NAME, C_EMAIL).values("John Doe", "john.doe@example.com")
                                .returningResult(C_ID, C_CREATED, C_NAME, C_EMAIL, C_ACTIVE).fetchOne(Records.mapping(JooqPeer::customer));
                        if (nested) {
                            tx.insertInto(ADDRESS, A_STREET, A_CITY, A_POSTAL, A_COUNTRY, A_CUSTOMER)
                                    .values("456 New St", "Anytown", "12345", "Country", c.id()).execute();
                        }
                    }
                    return c;
                });
            case DELETE:
                return orm.deleteFrom(CUSTOMER).where(C_ID.eq(id)).returningResult(C_ID, C_CREATED, C_NAME, C_EMAIL, C_ACTIVE)
                        .fetchOne(Records.mapping(JooqPeer::customer));
            case MOVIES_25K:
                return movies().from(MOVIE).where(M_ID.le(25_000)).fetch(Records.mapping(JooqPeer::movie));
            case MOVIES_TAKE_2000:
                return movies().from(MOVIE).orderBy(M_ID).limit(2000).fetch(Records.mapping(JooqPeer::movie));
            case MOVIES_TAKE_2000_FILTERED:
                return movies().from(MOVIE).where(M_GENRE.eq("Drama").and(M_YEAR.ge(1990))).orderBy(M_ID).limit(2000).fetch(Records.mapping(JooqPeer::movie));
            case MOVIES_TAKE_2000_CAST: {
                Field<List<Actor>> cast = multiset(select(AC_ID, AC_NAME, AC_BORN).from(CAST).join(ACTOR).on(AC_ID.eq(CAST_A))
                        .where(CAST_B.eq(M_ID))).convertFrom(r -> r.map(Records.mapping(Actor::new)));
                return movies.select(M_ID, M_TITLE, M_YEAR, M_RATING, M_GENRE, M_STUDIO, cast).from(MOVIE).orderBy(M_ID).limit(2000)
                        .fetch(r -> new Movie(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), null));
            }
            case STUDIOS_3_LEVEL: {
                Field<List<Review>> reviews = multiset(select(R_ID, R_STARS, R_BODY, R_MOVIE).from(REVIEW).where(R_MOVIE.eq(M_ID)))
                        .convertFrom(r -> r.map(Records.mapping(Review::new)));
                Field<List<Movie>> inStudio = multiset(select(M_ID, M_TITLE, M_YEAR, M_RATING, M_GENRE, M_STUDIO, reviews).from(MOVIE)
                        .where(M_STUDIO.eq(S_ID))).convertFrom(r -> r.map(m -> new Movie(m.value1(), m.value2(), m.value3(),
                        m.value4(), m.value5(), m.value6(), null, m.value7())));
                return movies.select(S_ID, S_NAME, inStudio).from(STUDIO).where(S_ID.le(5)).fetch(Records.mapping(Studio::new));
            }
            case MOVIES_SOME:
                return movies().from(MOVIE).where(exists(selectOne().from(REVIEW).where(R_MOVIE.eq(M_ID).and(R_STARS.eq(5))))).orderBy(M_ID).limit(2000)
                        .fetch(Records.mapping(JooqPeer::movie));
            case MOVIES_NONE:
                return movies().from(MOVIE).whereNotExists(selectOne().from(REVIEW).where(R_MOVIE.eq(M_ID))).orderBy(M_ID).limit(2000)
                        .fetch(Records.mapping(JooqPeer::movie));
            case MOVIES_ORDER_TAKE_50:
                return movies().from(MOVIE).orderBy(M_RATING.desc(), M_ID.asc()).limit(50).fetch(Records.mapping(JooqPeer::movie));
            default:
                throw new IllegalArgumentException(w.name());
        }
    }
}
