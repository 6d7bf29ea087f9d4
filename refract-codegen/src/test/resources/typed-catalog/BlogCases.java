package demo;

import dev.refract.client.Json;
import dev.refract.client.RefractClient;
import dev.refract.client.Sql;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import refract.db.*;

/**
 * The blog catalog (refract-client/src/test/resources/oracle/blog/cases) written with the typed API:
 * one call per case, keyed by the case's name. TypedCatalogSuite compares each result with the
 * dynamic entry point's.
 */
public class BlogCases implements Function<RefractClient, Map<String, Supplier<Object>>> {
    private final Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
    private Db db;

    private void c(String name, Supplier<Object> call) {
        if (cases.put(name, call) != null) {
            throw new IllegalStateException("two calls for " + name);
        }
    }

    @Override
    public Map<String, Supplier<Object>> apply(RefractClient runtime) {
        db = Db.of(runtime);
        reads();
        filters();
        return cases;
    }

    private void reads() {
        c("findMany-users-by-id", () -> db.user().findMany(q -> q.orderBy(o -> o.id().asc())));
        c("findMany-no-args-tags", () -> db.tag().findMany());
        c("findMany-posts-by-id-desc", () -> db.post().findMany(q -> q.orderBy(o -> o.id().desc())));
        c("findMany-likes", () -> db.like().findMany(q -> q.orderBy(o -> o.userId().asc()).orderBy(o -> o.postId().asc())));
        c("findMany-profiles", () -> db.profile().findMany(q -> q.orderBy(o -> o.id().asc())));
        c("findMany-empty-result", () -> db.user().findMany(q -> q.where(w -> w.email("nobody@x.io"))));
        c("findFirst-no-args", () -> db.tag().findFirst(q -> { }));
        c("findFirst-ordered", () -> db.post().findFirst(q -> q.orderBy(o -> o.title().asc())));
        c("findFirst-where", () -> db.post().findFirst(q -> q.where(w -> w.published(false)).orderBy(o -> o.id().asc())));
        c("findFirst-none", () -> db.post().findFirst(q -> q.where(w -> w.title("nope"))));
        c("findFirstOrThrow-found", () -> db.user().findFirstOrThrow(q -> q.where(w -> w.role(Role.EDITOR))));
        c("findFirstOrThrow-missing", () -> db.user().findFirstOrThrow(q -> q.where(w -> w.age(99))));
        c("findUnique-by-id", () -> db.user().findUnique(w -> w.id(2)));
        c("findUnique-by-email", () -> db.user().findUnique(w -> w.email("dee@z.io")));
        c("findUnique-missing", () -> db.user().findUnique(w -> w.id(99)));
        c("findUnique-compound-unique", () -> db.post().findUnique(w -> w.authorId_title(4, "Hello")));
        c("findUnique-compound-id", () -> db.like().findUnique(w -> w.userId_postId(2, 5)));
        c("findUnique-one-to-one-by-fk", () -> db.profile().findUnique(w -> w.userId(4)));
        c("findUniqueOrThrow-found", () -> db.tag().findUniqueOrThrow(w -> w.name("life")));
        c("findUniqueOrThrow-missing", () -> db.user().findUniqueOrThrow(w -> w.id(99)));
        c("count-all", () -> db.user().count());
        c("count-where", () -> db.post().count(q -> q.where(w -> w.published(true))));
        c("count-relation-filter", () -> db.user().count(q -> q.where(w -> w.posts().some(p -> p.published(true)))));
        c("count-take-skip", () -> db.post().count(q -> q.orderBy(o -> o.id().asc()).skip(2).take(3)));
    }

    private void filters() {
        c("filter-equals-shorthand", () -> db.user().findMany(q -> q.where(w -> w.name("Ann")).select(s -> s.id())));
        c("filter-equals", () -> db.user().findMany(q -> q.where(w -> w.age().eq(25)).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-not-value", () -> db.user().findMany(q -> q.where(w -> w.age().not(25)).orderBy(o -> o.id().asc()).select(s -> s.id().age())));
        c("filter-null", () -> db.user().findMany(q -> q.where(w -> w.name().isNull()).select(s -> s.id())));
        c("filter-not-null", () -> db.user().findMany(q -> q.where(w -> w.name().isNotNull()).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-in", () -> db.user().findMany(q -> q.where(w -> w.id().in(1, 3, 5, 42)).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-in-empty", () -> db.user().findMany(q -> q.where(w -> w.id().in(List.of()))));
        c("filter-notIn", () -> db.user().findMany(q -> q.where(w -> w.id().notIn(1, 2)).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-notIn-empty", () -> db.tag().count(q -> q.where(w -> w.id().notIn(List.of()))));
        c("filter-lt-gte-int", () -> db.user().findMany(q -> q.where(w -> w.age().gte(25).age().lt(40)).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-gt-lte-float", () -> db.user().findMany(q -> q.where(w -> w.score().gt(5.0).score().lte(8.0)).orderBy(o -> o.id().asc()).select(s -> s.id().score())));
        c("filter-decimal", () -> db.user().findMany(q -> q.where(w -> w.balance().gt(new BigDecimal("0.5"))).orderBy(o -> o.id().asc()).select(s -> s.id().balance())));
        c("filter-decimal-equals-number", () -> db.post().findMany(q -> q.where(w -> w.price(new BigDecimal("9.99"))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-bigint", () -> db.user().findMany(q -> q.where(w -> w.views().gte(42L)).orderBy(o -> o.id().asc()).select(s -> s.id().views())));
        c("filter-bigint-beyond-double", () -> db.user().findMany(q -> q.where(w -> w.views(9007199254740993L)).select(s -> s.id())));
        c("filter-boolean", () -> db.user().findMany(q -> q.where(w -> w.active(false)).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-boolean-not", () -> db.post().findMany(q -> q.where(w -> w.published().not(true)).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-datetime-range", () -> db.user().findMany(q -> q.where(w -> w.createdAt().gte(Instant.parse("2024-01-02T10:00:00.000Z"))
                .createdAt().lt(Instant.parse("2024-01-05T00:00:00.000Z"))).orderBy(o -> o.id().asc()).select(s -> s.id().createdAt())));
        c("filter-datetime-millis", () -> db.user().findMany(q -> q.where(w -> w.createdAt(Instant.parse("2024-01-02T10:00:00.123Z"))).select(s -> s.id())));
        c("filter-enum", () -> db.user().findMany(q -> q.where(w -> w.role(Role.USER)).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-enum-in", () -> db.user().findMany(q -> q.where(w -> w.role().in(Role.ADMIN, Role.EDITOR)).orderBy(o -> o.id().asc()).select(s -> s.id().role())));
        c("filter-bytes", () -> db.user().findMany(q -> q.where(w -> w.avatar(new byte[] {1, 2, 3})).select(s -> s.id())));
        c("filter-contains", () -> db.post().findMany(q -> q.where(w -> w.content().contains("hi")).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-contains-case-sensitive", () -> db.post().findMany(q -> q.where(w -> w.content().contains("tech")).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-contains-insensitive", () -> db.post().findMany(q -> q.where(w -> w.content().insensitive().contains("tech")).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-startsWith", () -> db.user().findMany(q -> q.where(w -> w.email().startsWith("d")).select(s -> s.id())));
        c("filter-endsWith-insensitive", () -> db.user().findMany(q -> q.where(w -> w.email().insensitive().endsWith("@x.io")).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-equals-insensitive", () -> db.user().findMany(q -> q.where(w -> w.email().insensitive().eq("CID@x.IO")).select(s -> s.id())));
        c("filter-like-wildcards-literal", () -> db.post().findMany(q -> q.where(w -> w.title().contains("%")).select(s -> s.id())));
        c("filter-and-array", () -> db.post().findMany(q -> q.where(w -> w.and(a -> a.published(true), b -> b.authorId(1))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-implicit-and", () -> db.post().findMany(q -> q.where(w -> w.published(true).rating().gte(3.0)).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-or", () -> db.user().findMany(q -> q.where(w -> w.or(a -> a.role(Role.ADMIN), b -> b.age().lt(20))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-or-empty", () -> db.user().findMany(q -> q.where(w -> w.or())));
        c("filter-and-empty", () -> db.tag().count(q -> q.where(w -> w.and())));
        c("filter-not-object", () -> db.user().findMany(q -> q.where(w -> w.not(n -> n.role(Role.USER))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-not-array", () -> db.user().findMany(q -> q.where(w -> w.not(a -> a.role(Role.USER), b -> b.age(40))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-not-with-nulls", () -> db.user().findMany(q -> q.where(w -> w.not(n -> n.age(25))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-nested-boolean-logic", () -> db.post().findMany(q -> q.where(w -> w.or(a -> a.and(x -> x.published(true), y -> y.price().gt(new BigDecimal(10))),
                b -> b.not(n -> n.content().isNull()))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-relation-some", () -> db.user().findMany(q -> q.where(w -> w.posts().some(p -> p.published(false))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-relation-every", () -> db.user().findMany(q -> q.where(w -> w.posts().every(p -> p.published(true))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-relation-none", () -> db.user().findMany(q -> q.where(w -> w.posts().none(p -> { })).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-relation-is", () -> db.post().findMany(q -> q.where(w -> w.author().is(a -> a.role(Role.ADMIN))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-relation-shorthand", () -> db.post().findMany(q -> q.where(w -> w.author().is(a -> a.email().endsWith("z.io"))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-relation-isNot", () -> db.post().findMany(q -> q.where(w -> w.author().isNot(a -> a.role(Role.ADMIN))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-optional-relation-is-null", () -> db.user().findMany(q -> q.where(w -> w.profile().isNull()).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-optional-relation-isNot-null", () -> db.user().findMany(q -> q.where(w -> w.invitedBy().isNotNull()).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-self-relation", () -> db.user().findMany(q -> q.where(w -> w.invitedBy().is(i -> i.email("ann@x.io"))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-many-to-many-some", () -> db.post().findMany(q -> q.where(w -> w.tags().some(t -> t.name("tech"))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-many-to-many-every", () -> db.tag().findMany(q -> q.where(w -> w.posts().every(p -> p.published(true))).orderBy(o -> o.id().asc()).select(s -> s.name())));
        c("filter-two-level-relation", () -> db.user().findMany(q -> q.where(w -> w.posts().some(p -> p.likes().some(l -> l.stars(5)))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("filter-relation-and-scalar", () -> db.tag().findMany(q -> q.where(w -> w.posts().some(p -> p.author().is(a -> a.role(Role.ADMIN))).name().not("news")).orderBy(o -> o.id().asc())));
    }
}
