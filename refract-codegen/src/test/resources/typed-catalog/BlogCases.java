package demo;

import dev.refract.client.Json;
import dev.refract.client.RefractClient;
import dev.refract.client.Sql;
import dev.refract.client.query.OrderBy.Nulls;
import dev.refract.client.typed.BatchResults;

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

    /** createMany, updateMany and deleteMany return the count Prisma wraps in {@code {count}}. */
    private static Map<String, Object> count(long n) {
        return Map.of("count", n);
    }

    @Override
    public Map<String, Supplier<Object>> apply(RefractClient runtime) {
        db = Db.of(runtime);
        reads();
        filters();
        shape();
        pagination();
        writes();
        nestedWrites();
        aggregates();
        transactions();
        errors();
        jsonLists();
        raw();
        edges();
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
        c("findUnique-unique-plus-filter", () -> db.user().findUnique(w -> w.id(3).and(x -> x.active(true))));
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

    private void shape() {
        c("select-scalars", () -> db.user().findMany(q -> q.select(s -> s.email().role()).orderBy(o -> o.id().asc())));
        c("select-false-fields", () -> db.tag().findMany(q -> q.select(s -> s.name()).orderBy(o -> o.id().asc())));
        c("omit-fields", () -> db.user().findUnique(w -> w.id(1), s -> s.omit(o -> o.meta().avatar())));
        c("include-one-to-many", () -> db.user().findUnique(w -> w.id(1), s -> s.include(i -> i.posts())));
        c("include-many-to-one", () -> db.post().findMany(q -> q.orderBy(o -> o.id().asc()).include(i -> i.author(a -> a.select(s -> s.email())))));
        c("include-one-to-one", () -> db.user().findMany(q -> q.orderBy(o -> o.id().asc()).select(s -> s.id().profile())));
        c("include-one-to-one-back", () -> db.profile().findMany(q -> q.orderBy(o -> o.id().asc()).include(i -> i.user(u -> u.select(s -> s.name())))));
        c("include-many-to-many", () -> db.post().findMany(q -> q.orderBy(o -> o.id().asc()).select(s -> s.id().tags(t -> t.orderBy(o -> o.name().asc())))));
        c("include-many-to-many-back", () -> db.tag().findMany(q -> q.orderBy(o -> o.id().asc()).include(i -> i.posts(p -> p.select(s -> s.id()).orderBy(o -> o.id().asc())))));
        c("include-self-relation", () -> db.user().findMany(q -> q.orderBy(o -> o.id().asc()).select(s -> s.id().invitedBy(i -> i.select(x -> x.id()))
                .invitees(i -> i.select(x -> x.id()).orderBy(o -> o.id().asc())))));
        c("include-compound-id-children", () -> db.post().findUnique(w -> w.id(1), sh -> sh.select(s -> s.title().likes(l -> l.orderBy(o -> o.stars().desc())))));
        c("include-nested-three-levels", () -> db.user().findMany(q -> q.where(w -> w.id().in(1, 2)).orderBy(o -> o.id().asc()).select(s -> s.email()
                .posts(p -> p.orderBy(o -> o.id().asc()).select(ps -> ps.title().likes(l -> l.orderBy(o -> o.userId().asc())
                        .select(ls -> ls.stars().user(u -> u.select(us -> us.email())))))))));
        c("include-where-orderby-take", () -> db.user().findMany(q -> q.orderBy(o -> o.id().asc()).select(s -> s.id()
                .posts(p -> p.where(w -> w.published(true)).orderBy(o -> o.createdAt().desc()).take(1).select(ps -> ps.id())))));
        c("include-skip-per-parent", () -> db.user().findMany(q -> q.where(w -> w.id().in(1, 4)).orderBy(o -> o.id().asc()).select(s -> s.id()
                .posts(p -> p.orderBy(o -> o.id().asc()).skip(1).select(ps -> ps.id())))));
        c("include-negative-take", () -> db.user().findUnique(w -> w.id(1), sh -> sh.select(s -> s.posts(p -> p.orderBy(o -> o.id().asc()).take(-2).select(ps -> ps.id())))));
        c("include-omit-inside", () -> db.user().findUnique(w -> w.id(2), sh -> sh.include(i -> i.posts(p -> p.omit(o -> o.content().createdAt().updatedAt())))));
        c("count-relations", () -> db.user().findMany(q -> q.orderBy(o -> o.id().asc()).select(s -> s.id()._count(n -> n.posts().likes().invitees()))));
        c("count-relations-include", () -> db.tag().findMany(q -> q.orderBy(o -> o.id().asc()).include(i -> i._count())));
        c("count-relations-filtered", () -> db.user().findMany(q -> q.orderBy(o -> o.id().asc()).select(s -> s.id()._count(n -> n.posts(w -> w.published(true))))));
        c("count-relations-nested", () -> db.user().findUnique(w -> w.id(1), sh -> sh.select(s -> s.posts(p -> p.orderBy(o -> o.id().asc())
                .select(ps -> ps.id()._count(n -> n.likes().tags()))))));
        c("select-relation-and-scalars", () -> db.like().findMany(q -> q.where(w -> w.postId(5)).orderBy(o -> o.userId().asc()).select(s -> s.stars()
                .post(p -> p.select(ps -> ps.title().author(a -> a.select(as -> as.name())))))));
        c("all-scalar-types", () -> db.user().findMany(q -> q.orderBy(o -> o.id().asc()).select(s -> s.id().score().balance().views().active().createdAt().meta().avatar().role())));
    }

    private void pagination() {
        c("orderBy-two-keys", () -> db.post().findMany(q -> q.orderBy(o -> o.published().asc()).orderBy(o -> o.title().desc()).select(s -> s.id())));
        c("orderBy-string", () -> db.user().findMany(q -> q.orderBy(o -> o.email().asc()).select(s -> s.email())));
        c("orderBy-nulls-first", () -> db.user().findMany(q -> q.orderBy(o -> o.age().asc(Nulls.FIRST)).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("orderBy-nulls-last-desc", () -> db.post().findMany(q -> q.orderBy(o -> o.rating().desc(Nulls.LAST)).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("orderBy-nulls-default-desc", () -> db.post().findMany(q -> q.orderBy(o -> o.rating().desc()).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("orderBy-decimal-bigint", () -> db.user().findMany(q -> q.orderBy(o -> o.balance().desc()).select(s -> s.id())));
        c("orderBy-enum", () -> db.user().findMany(q -> q.orderBy(o -> o.role().desc()).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("take", () -> db.user().findMany(q -> q.orderBy(o -> o.id().asc()).take(2).select(s -> s.id())));
        c("skip-take", () -> db.user().findMany(q -> q.orderBy(o -> o.id().asc()).skip(2).take(2).select(s -> s.id())));
        c("skip-only", () -> db.tag().findMany(q -> q.orderBy(o -> o.id().asc()).skip(3)));
        c("take-zero", () -> db.tag().findMany(q -> q.take(0)));
        c("take-negative", () -> db.user().findMany(q -> q.orderBy(o -> o.id().asc()).take(-2).select(s -> s.id())));
        c("take-negative-skip", () -> db.post().findMany(q -> q.orderBy(o -> o.title().asc()).skip(1).take(-2).select(s -> s.id())));
        c("take-negative-ties", () -> db.post().findMany(q -> q.orderBy(o -> o.published().asc()).take(-3).select(s -> s.id())));
        c("include-negative-take-ties", () -> db.user().findUnique(w -> w.id(1), sh -> sh.select(s -> s.posts(p -> p.orderBy(o -> o.published().desc()).take(-2).select(ps -> ps.id())))));
        c("cursor-backward-ties", () -> db.post().findMany(q -> q.cursor(u -> u.id(4)).orderBy(o -> o.published().asc()).take(-3).select(s -> s.id())));
        c("take-ties-on-non-unique-key", () -> db.post().findMany(q -> q.orderBy(o -> o.title().asc()).take(3).select(s -> s.id().title())));
        c("cursor-forward", () -> db.user().findMany(q -> q.cursor(u -> u.id(3)).take(2).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("cursor-skip-one", () -> db.user().findMany(q -> q.cursor(u -> u.id(3)).skip(1).take(2).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("cursor-backward", () -> db.user().findMany(q -> q.cursor(u -> u.id(4)).take(-2).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("cursor-with-sort-key", () -> db.post().findMany(q -> q.cursor(u -> u.id(6)).orderBy(o -> o.title().asc()).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("cursor-missing-record", () -> db.user().findMany(q -> q.cursor(u -> u.id(99)).take(2).orderBy(o -> o.id().asc())));
        c("cursor-by-unique-email", () -> db.user().findMany(q -> q.cursor(u -> u.email("dee@z.io")).take(3).orderBy(o -> o.email().asc()).select(s -> s.email())));
        c("distinct-one-field", () -> db.user().findMany(q -> q.distinct(UserField.role).orderBy(o -> o.id().asc()).select(s -> s.role())));
        c("distinct-two-fields", () -> db.post().findMany(q -> q.distinct(PostField.published, PostField.authorId).orderBy(o -> o.id().asc()).select(s -> s.published().authorId())));
        c("orderBy-relation-field", () -> db.post().findMany(q -> q.orderBy(o -> o.author(a -> a.email().desc())).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("orderBy-relation-count", () -> db.user().findMany(q -> q.orderBy(o -> o.posts()._count().desc()).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("orderBy-many-to-many-count", () -> db.tag().findMany(q -> q.orderBy(o -> o.posts()._count().asc()).orderBy(o -> o.name().asc()).select(s -> s.name())));
    }

    private static final Instant JUNE = Instant.parse("2024-06-01T00:00:00.000Z");

    private void writes() {
        c("create-minimal", () -> db.tag().create(d -> d.name("new")));
        c("create-defaults", () -> db.user().create(d -> d.email("new@x.io").createdAt(JUNE)));
        c("create-scalars", () -> db.user().create(d -> d.email("all@x.io").name("All").role(Role.EDITOR).age(50).score(1.25).balance(new BigDecimal("12345.678"))
                .views(9007199254740999L).active(false).createdAt(Instant.parse("2024-06-01T12:34:56.789Z")).avatar(java.util.Base64.getDecoder().decode("3q2+7w=="))));
        c("create-with-select", () -> db.post().create(d -> d.title("T").authorId(2).price(new BigDecimal("1.5")).rating(2.0),
                sh -> sh.select(s -> s.id().price().rating().published())));
        c("create-updatedAt-set", () -> db.post().create(d -> d.title("T").authorId(2), sh -> sh.select(s -> s.id().createdAt().updatedAt())));
        c("create-compound-id", () -> db.like().create(d -> d.userId(6).postId(1).createdAt(JUNE)));
        c("create-json", () -> db.user().create(d -> d.email("json@x.io").createdAt(JUNE).meta(Json.parse("{\"a\":[1,{\"b\":null}],\"s\":\"x\"}")),
                sh -> sh.select(s -> s.id().meta())));
        c("createMany", () -> count(db.tag().createMany(m -> m.row(d -> d.name("a")).row(d -> d.name("b")).row(d -> d.name("c")))));
        c("createMany-skipDuplicates", () -> count(db.tag().createMany(m -> m.row(d -> d.name("news")).row(d -> d.name("fresh")).row(d -> d.name("fresh")).skipDuplicates())));
        c("createMany-mixed-fields", () -> count(db.post().createMany(m -> m.row(d -> d.title("A").authorId(3)).row(d -> d.title("B").authorId(3).published(true).price(new BigDecimal("2.50"))))));
        c("createManyAndReturn", () -> db.tag().createManyAndReturn(m -> m.row(d -> d.name("x")).row(d -> d.name("y"))));
        c("createManyAndReturn-select", () -> db.post().createManyAndReturn(m -> m.row(d -> d.title("X").authorId(6)),
                sh -> sh.select(s -> s.id().title().author(a -> a.select(x -> x.email())))));
        c("update-scalars", () -> db.user().update(w -> w.id(2), d -> d.name("Bob").age(26).active(false)));
        c("update-set-null", () -> db.user().update(w -> w.email("ann@x.io"), d -> d.age(null).invitedById(null).avatar(null), sh -> sh.select(s -> s.age().avatar())));
        c("update-explicit-set", () -> db.tag().update(w -> w.id(4), d -> d.name("full")));
        c("update-increment-int", () -> db.user().update(w -> w.id(1), d -> d.age().increment(2), sh -> sh.select(s -> s.age())));
        c("update-decrement-float", () -> db.user().update(w -> w.id(2), d -> d.score().decrement(0.25), sh -> sh.select(s -> s.score())));
        c("update-multiply-decimal", () -> db.user().update(w -> w.id(1), d -> d.balance().multiply(new BigDecimal(3)), sh -> sh.select(s -> s.balance())));
        c("update-divide-int", () -> db.user().update(w -> w.id(4), d -> d.age().divide(3), sh -> sh.select(s -> s.age())));
        c("update-increment-bigint", () -> db.user().update(w -> w.id(1), d -> d.views().increment(10L), sh -> sh.select(s -> s.views())));
        c("update-increment-null", () -> db.user().update(w -> w.id(3), d -> d.age().increment(1), sh -> sh.select(s -> s.age())));
        c("update-updatedAt-bumped", () -> db.post().update(w -> w.id(1), d -> d.title("Hello again"), sh -> sh.select(s -> s.title().createdAt().updatedAt())));
        c("update-compound-unique", () -> db.post().update(w -> w.authorId_title(1, "Draft"), d -> d.published(true), sh -> sh.select(s -> s.id().published())));
        c("update-compound-id", () -> db.like().update(w -> w.userId_postId(1, 4), d -> d.stars().increment(1)));
        c("update-with-include", () -> db.user().update(w -> w.id(5), d -> d.name("Eve E."), sh -> sh.include(i -> i.posts())));
        c("update-json", () -> db.user().update(w -> w.id(2), d -> d.meta(Json.parse("{\"plan\":\"pro\",\"seats\":3}")), sh -> sh.select(s -> s.meta())));
        c("updateMany", () -> count(db.post().updateMany(w -> w.published(false), d -> d.published(true))));
        c("updateMany-none", () -> count(db.post().updateMany(w -> w.id(99), d -> d.published(true))));
        c("updateMany-relation-filter", () -> count(db.post().updateMany(w -> w.author().is(a -> a.role(Role.ADMIN)), d -> d.rating().increment(1.0))));
        c("updateMany-then-read", () -> db.post().findMany(q -> q.orderBy(o -> o.id().asc()).select(s -> s.id().rating())));
        c("upsert-update-path", () -> db.tag().upsert(w -> w.name("news"), cr -> cr.name("news"), u -> u.name("headlines")));
        c("upsert-create-path", () -> db.tag().upsert(w -> w.name("brand-new"), cr -> cr.name("brand-new"), u -> { }));
        c("upsert-native-shape", () -> db.user().upsert(w -> w.email("bob@y.io"), cr -> cr.email("bob@y.io").createdAt(JUNE), u -> u.age().increment(1),
                sh -> sh.select(s -> s.id().age())));
        c("upsert-compound-id", () -> db.like().upsert(w -> w.userId_postId(6, 7), cr -> cr.userId(6).postId(7).stars(2).createdAt(JUNE), u -> u.stars(5)));
        c("delete-by-id", () -> db.post().delete(w -> w.id(2)));
        c("delete-returns-include", () -> db.tag().delete(w -> w.name("tech"), sh -> sh.include(i -> i.posts(p -> p.select(s -> s.id()).orderBy(o -> o.id().asc())))));
        c("delete-cascade-then-read", () -> db.user().delete(w -> w.id(6), sh -> sh.select(s -> s.email())));
        c("deleteMany-where", () -> count(db.like().deleteMany(w -> w.stars().lt(4))));
        c("deleteMany-all", () -> count(db.like().deleteMany()));
        c("deleteMany-relation-filter", () -> count(db.like().deleteMany(w -> w.post().is(p -> p.authorId(1)))));
        c("deleteMany-then-count", () -> db.like().count());
    }

    private void nestedWrites() {
        c("nested-create-one-to-many", () -> db.user().create(d -> d.email("n1@x.io").createdAt(JUNE).posts(p -> p.create(x -> x.title("P1")).create(x -> x.title("P2").published(true))),
                sh -> sh.include(i -> i.posts(p -> p.orderBy(o -> o.id().asc()).select(s -> s.id().title().published())))));
        c("nested-create-one-to-one", () -> db.user().create(d -> d.email("n2@x.io").createdAt(JUNE).profile(p -> p.create(x -> x.bio("hi"))),
                sh -> sh.select(s -> s.id().profile())));
        c("nested-create-parent-side", () -> db.post().create(d -> d.title("By new").author(a -> a.create(x -> x.email("n3@x.io").createdAt(JUNE))),
                sh -> sh.select(s -> s.id().author(a -> a.select(x -> x.id().email())))));
        c("nested-create-many-to-many", () -> db.post().create(d -> d.title("Tagged").authorId(3).tags(t -> t.create(x -> x.name("t1")).connect(w -> w.name("news")).connect(w -> w.id(4))),
                sh -> sh.select(s -> s.id().tags(t -> t.orderBy(o -> o.id().asc())))));
        c("nested-connectOrCreate", () -> db.post().create(d -> d.title("CoC").author(a -> a.connect(w -> w.email("eve@x.io")))
                .tags(t -> t.connectOrCreate(w -> w.name("life"), x -> x.name("life")).connectOrCreate(w -> w.name("zen"), x -> x.name("zen"))),
                sh -> sh.select(s -> s.authorId().tags(t -> t.orderBy(o -> o.id().asc())))));
        c("nested-createMany", () -> db.user().update(w -> w.id(3), d -> d.posts(p -> p.createMany(m -> m.row(x -> x.title("M1")).row(x -> x.title("M2")))),
                sh -> sh.select(s -> s.posts(p -> p.orderBy(o -> o.id().asc()).select(x -> x.id().title())))));
        c("nested-create-self-relation", () -> db.user().create(d -> d.email("n4@x.io").createdAt(JUNE).invitedBy(i -> i.connect(w -> w.id(4)))
                .invitees(i -> i.connect(w -> w.id(5)).connect(w -> w.id(6))),
                sh -> sh.select(s -> s.id().invitedById().invitees(i -> i.select(x -> x.id()).orderBy(o -> o.id().asc())))));
        c("nested-connect-one-to-many", () -> db.user().update(w -> w.id(6), d -> d.posts(p -> p.connect(x -> x.id(2)).connect(x -> x.id(3))),
                sh -> sh.select(s -> s.posts(p -> p.select(x -> x.id()).orderBy(o -> o.id().asc())))));
        c("nested-disconnect-optional-to-one", () -> db.user().update(w -> w.id(4), d -> d.invitedBy(i -> i.disconnect()), sh -> sh.select(s -> s.invitedById())));
        c("nested-disconnect-many-to-many", () -> db.post().update(w -> w.id(5), d -> d.tags(t -> t.disconnect(x -> x.id(2))),
                sh -> sh.select(s -> s.tags(t -> t.select(x -> x.id()).orderBy(o -> o.id().asc())))));
        c("nested-set-many-to-many", () -> db.post().update(w -> w.id(1), d -> d.tags(t -> t.set(x -> x.id(3), x -> x.id(4))),
                sh -> sh.select(s -> s.tags(t -> t.select(x -> x.id()).orderBy(o -> o.id().asc())))));
        c("nested-set-self-one-to-many", () -> db.user().update(w -> w.id(1), d -> d.invitees(t -> t.set(x -> x.id(3), x -> x.id(5))),
                sh -> sh.select(s -> s.invitees(t -> t.select(x -> x.id()).orderBy(o -> o.id().asc())))));
        c("nested-update-to-one", () -> db.user().update(w -> w.id(1), d -> d.profile(p -> p.update(x -> x.bio("ann v2"))), sh -> sh.select(s -> s.profile(p -> p.select(x -> x.bio())))));
        c("nested-update-to-many", () -> db.user().update(w -> w.id(1), d -> d.posts(p -> p.update(x -> x.id(2), x -> x.title("Draft 2"))),
                sh -> sh.select(s -> s.posts(p -> p.orderBy(o -> o.id().asc()).select(x -> x.id().title())))));
        c("nested-updateMany", () -> db.user().update(w -> w.id(1), d -> d.posts(p -> p.updateMany(x -> x.published(true), x -> x.rating(1.0))),
                sh -> sh.select(s -> s.posts(p -> p.orderBy(o -> o.id().asc()).select(x -> x.id().rating())))));
        c("nested-upsert-to-one-update", () -> db.user().update(w -> w.id(2), d -> d.profile(p -> p.upsert(x -> x.bio("new"), x -> x.bio("bob v2"))),
                sh -> sh.select(s -> s.profile(p -> p.select(x -> x.id().bio())))));
        c("nested-upsert-to-one-create", () -> db.user().update(w -> w.id(5), d -> d.profile(p -> p.upsert(x -> x.bio("eve bio"), x -> x.bio("x"))),
                sh -> sh.select(s -> s.profile(p -> p.select(x -> x.id().bio())))));
        c("nested-upsert-to-many", () -> db.user().update(w -> w.id(2), d -> d.posts(p -> p.upsert(x -> x.id(4), x -> x.title("x"), x -> x.title("Bob's 2"))
                .upsert(x -> x.id(99), x -> x.title("Bob's new"), x -> x.title("y"))),
                sh -> sh.select(s -> s.posts(p -> p.orderBy(o -> o.id().asc()).select(x -> x.id().title())))));
        c("nested-delete-to-many", () -> db.user().update(w -> w.id(1), d -> d.posts(p -> p.delete(x -> x.id(2))),
                sh -> sh.select(s -> s.posts(p -> p.orderBy(o -> o.id().asc()).select(x -> x.id())))));
        c("nested-delete-to-one", () -> db.user().update(w -> w.id(4), d -> d.profile(p -> p.delete()), sh -> sh.select(s -> s.profile())));
        c("nested-deleteMany", () -> db.post().update(w -> w.id(1), d -> d.likes(l -> l.deleteMany(x -> x.stars().gte(4))),
                sh -> sh.select(s -> s.likes(l -> l.orderBy(o -> o.userId().asc()).select(x -> x.userId())))));
        c("nested-scalar-and-relation", () -> db.post().update(w -> w.id(7), d -> d.title("Eve's edited").author(a -> a.connect(x -> x.id(1)))
                .likes(l -> l.create(x -> x.userId(4).stars(2).createdAt(JUNE))),
                sh -> sh.select(s -> s.title().authorId().likes(l -> l.orderBy(o -> o.userId().asc()).select(x -> x.userId().stars())))));
        c("nested-two-levels-create", () -> db.user().create(d -> d.email("deep@x.io").createdAt(JUNE).posts(p -> p.create(x -> x.title("Deep")
                .tags(t -> t.connectOrCreate(w -> w.name("deep"), y -> y.name("deep"))).likes(l -> l.create(y -> y.userId(1).createdAt(JUNE))))),
                sh -> sh.select(s -> s.email().posts(p -> p.select(x -> x.title().tags(t -> t.select(y -> y.name())).likes(l -> l.select(y -> y.userId().stars())))))));
    }

    private void aggregates() {
        c("aggregate-count-all", () -> db.user().aggregate(a -> a._count(f -> f._all().age().name())));
        c("aggregate-count-true", () -> Map.of("_count", db.post().aggregate(a -> a._count()).count()));
        c("aggregate-sum-avg-int-float", () -> db.user().aggregate(a -> a._sum(f -> f.age().score())._avg(f -> f.age().score())));
        c("aggregate-decimal-bigint", () -> db.user().aggregate(a -> a._sum(f -> f.balance().views())._avg(f -> f.balance().views())));
        c("aggregate-min-max", () -> db.user().aggregate(a -> a._min(f -> f.age().email().createdAt().balance())._max(f -> f.age().email().createdAt().balance())));
        c("aggregate-where", () -> db.post().aggregate(a -> a.where(w -> w.published(true))._avg(f -> f.rating())._count(f -> f.rating())._max(f -> f.price())));
        c("aggregate-empty-set", () -> db.post().aggregate(a -> a.where(w -> w.id(99))._sum(f -> f.rating())._count(f -> f._all())._min(f -> f.title())));
        c("aggregate-take-orderBy", () -> db.user().aggregate(a -> a.orderBy(o -> o.age().desc()).take(3)._sum(f -> f.age())));
        c("count-select", () -> db.user().count(q -> { }, f -> f._all().name().age()));
        c("count-select-where", () -> db.post().count(q -> q.where(w -> w.authorId(1)), f -> f.content().rating()));
        c("groupBy-one-field", () -> db.user().groupBy(g -> g.by(UserField.role)._count(f -> f._all()).orderBy(o -> o.role().asc())));
        c("groupBy-two-fields", () -> db.post().groupBy(g -> g.by(PostField.authorId, PostField.published)._count(f -> f.id())
                .orderBy(o -> o.authorId().asc()).orderBy(o -> o.published().asc())));
        c("groupBy-aggregates", () -> db.user().groupBy(g -> g.by(UserField.active)._sum(f -> f.balance().views())._avg(f -> f.age())._min(f -> f.createdAt())
                ._max(f -> f.score()).orderBy(o -> o.active().asc())));
        c("groupBy-where", () -> db.post().groupBy(g -> g.by(PostField.authorId).where(w -> w.published(true))._sum(f -> f.price()).orderBy(o -> o.authorId().asc())));
        c("groupBy-having", () -> db.post().groupBy(g -> g.by(PostField.authorId)._count(f -> f._all()).having(h -> h.authorId()._count().gt(1)).orderBy(o -> o.authorId().asc())));
        c("groupBy-orderBy-aggregate", () -> db.like().groupBy(g -> g.by(LikeField.postId)._sum(f -> f.stars()).orderBy(o -> o._sum(f -> f.stars()).desc()).orderBy(o -> o.postId().asc())));
        c("groupBy-take-skip", () -> db.user().groupBy(g -> g.by(UserField.age)._count(f -> f._all()).orderBy(o -> o.age().asc()).skip(1).take(2)));
    }

    private void transactions() {
        c("batch-reads", () -> db.transaction(db.user().countOp(q -> { }),
                db.post().findManyOp(q -> q.where(w -> w.authorId(1)).orderBy(o -> o.id().asc()).select(s -> s.id())), db.tag().findUniqueOp(w -> w.id(2))));
        c("batch-writes-in-order", () -> db.transaction(db.tag().createOp(d -> d.name("b1")), db.tag().updateOp(w -> w.name("b1"), d -> d.name("b2")),
                db.tag().findManyOp(q -> q.orderBy(o -> o.id().asc()).select(s -> s.name()))));
        c("batch-mixed-actions", () -> {
            BatchResults r = db.transaction(db.post().updateManyOp(w -> w.authorId(1), d -> d.published(false)),
                    db.like().deleteManyOp(w -> w.postId(1)), db.post().countOp(q -> q.where(w -> w.published(true))));
            return List.of(count((Long) r.get(0)), count((Long) r.get(1)), r.get(2));
        });
        c("batch-fails-rolls-back", () -> db.transaction(db.tag().createOp(d -> d.name("rolled-back")), db.tag().createOp(d -> d.name("news"))));
        c("batch-rolled-back-check", () -> db.tag().findMany(q -> q.where(w -> w.name("rolled-back"))));
        c("batch-not-found-rolls-back", () -> db.transaction(db.user().updateOp(w -> w.id(1), d -> d.name("changed")), db.user().deleteOp(w -> w.id(99))));
        c("batch-not-found-check", () -> db.user().findUnique(w -> w.id(1), sh -> sh.select(s -> s.name())));
    }

    private void errors() {
        c("error-unique-create", () -> db.user().create(d -> d.email("ann@x.io")));
        c("error-unique-update", () -> db.tag().update(w -> w.id(1), d -> d.name("tech")));
        c("error-compound-unique", () -> db.post().create(d -> d.title("Hello").authorId(1)));
        c("error-compound-id", () -> db.like().create(d -> d.userId(2).postId(1)));
        c("error-foreign-key-create", () -> db.post().create(d -> d.title("Orphan").authorId(999)));
        c("error-select-and-include", () -> db.user().findMany(q -> q.select(s -> s.id()).include(i -> i.posts())));
        c("edge-select-and-omit", () -> db.user().findMany(q -> q.select(s -> s.id()).omit(o -> o.name())));
        c("edge-create-connect-and-fk", () -> db.post().create(d -> d.title("Both").authorId(1).author(a -> a.connect(w -> w.id(1)))));
        c("error-foreign-key-delete", () -> db.user().delete(w -> w.id(1)));
        c("error-update-missing", () -> db.user().update(w -> w.id(99), d -> d.name("x")));
        c("error-delete-missing", () -> db.tag().delete(w -> w.id(99)));
        c("error-connect-missing", () -> db.post().update(w -> w.id(1), d -> d.tags(t -> t.connect(x -> x.id(99)))));
        c("error-nested-update-missing", () -> db.user().update(w -> w.id(3), d -> d.profile(p -> p.update(x -> x.bio("x")))));
        c("error-disconnect-required", () -> db.user().update(w -> w.id(1), d -> d.profile(p -> p.disconnect())));
        c("error-missing-required", () -> db.post().create(d -> d.authorId(1)));
    }

    private void jsonLists() {
        c("lists-read", () -> db.label().findMany(q -> q.orderBy(o -> o.id().asc())));
        c("lists-has", () -> db.label().findMany(q -> q.where(w -> w.aliases().has("navy")).select(s -> s.name())));
        c("lists-hasSome", () -> db.label().findMany(q -> q.where(w -> w.sizes().hasSome(3, 9)).orderBy(o -> o.id().asc()).select(s -> s.name())));
        c("lists-hasEvery", () -> db.label().findMany(q -> q.where(w -> w.sizes().hasEvery(1, 3)).select(s -> s.name())));
        c("lists-isEmpty", () -> db.label().findMany(q -> q.where(w -> w.aliases().isEmpty(true)).select(s -> s.name())));
        c("lists-equals", () -> db.label().findMany(q -> q.where(w -> w.sizes().eq(List.of(3))).select(s -> s.name())));
        c("lists-create", () -> db.label().create(d -> d.name("new").aliases(List.of("x", "y")).sizes(List.of(7))));
        c("lists-update-push", () -> db.label().update(w -> w.id(1), d -> d.aliases().push("ruby").sizes().push(List.of(4, 5))));
        c("lists-update-set", () -> db.label().update(w -> w.id(2), d -> d.aliases().set(List.of("lime")).sizes(List.of(2))));
        c("json-path-equals", () -> db.user().findMany(q -> q.where(w -> w.meta().path("plan").eq(Json.of("pro"))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("json-path-gt", () -> db.user().findMany(q -> q.where(w -> w.meta().path("n").gt(1)).select(s -> s.id())));
        c("json-array-contains", () -> db.user().findMany(q -> q.where(w -> w.meta().arrayContains(Json.of(List.of(2)))).select(s -> s.id())));
        c("json-path-string-contains", () -> db.user().findMany(q -> q.where(w -> w.meta().path("plan").stringStartsWith("fr")).select(s -> s.id())));
        c("json-equals-object", () -> db.user().findMany(q -> q.where(w -> w.meta().eq(Json.of(Map.of("plan", "free")))).select(s -> s.id())));
        c("json-db-null", () -> db.user().findMany(q -> q.where(w -> w.meta().eq(Json.DB_NULL)).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("json-write-null", () -> db.user().update(w -> w.id(1), d -> d.meta(Json.JSON_NULL), sh -> sh.select(s -> s.meta())));
    }

    private void raw() {
        c("raw-query", () -> db.queryRaw(Sql.of("SELECT \"id\", \"email\" FROM \"User\" WHERE \"id\" < ", 3, " ORDER BY \"id\"")));
        c("raw-query-types", () -> db.queryRaw(Sql.of("SELECT \"balance\", \"views\", \"createdAt\", \"active\" FROM \"User\" WHERE \"id\" = ", 1)));
        c("raw-execute", () -> db.executeRaw(Sql.of("UPDATE \"Post\" SET \"published\" = ", false, " WHERE \"authorId\" = ", 1)));
    }

    private void edges() {
        c("edge-not-nested-filter", () -> db.post().findMany(q -> q.where(w -> w.not(n -> n.title().contains("e"))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("edge-not-nested-in", () -> db.user().findMany(q -> q.where(w -> w.age().notIn(25, 31)).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("edge-string-lt", () -> db.user().findMany(q -> q.where(w -> w.email().lt("c")).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("edge-startsWith-insensitive-not", () -> db.user().findMany(q -> q.where(w -> w.not(n -> n.email().insensitive().startsWith("C"))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("edge-every-on-empty-relation", () -> db.user().findMany(q -> q.where(w -> w.likes().every(l -> l.stars().gt(3))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("edge-none-with-condition", () -> db.post().findMany(q -> q.where(w -> w.likes().none(l -> l.stars().lt(3))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("edge-one-to-one-required-side-filter", () -> db.profile().findMany(q -> q.where(w -> w.user().is(u -> u.role(Role.USER))).select(s -> s.bio())));
        c("edge-relation-filter-null-fk", () -> db.user().findMany(q -> q.where(w -> w.invitedBy().is(i -> i.role(Role.ADMIN))).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("edge-in-with-duplicates", () -> db.user().findMany(q -> q.where(w -> w.id().in(2, 2, 1)).orderBy(o -> o.id().asc()).select(s -> s.id())));
        c("edge-include-false", () -> db.user().findUnique(w -> w.id(2)));
        c("edge-nested-include-many-to-many-take", () -> db.tag().findMany(q -> q.orderBy(o -> o.id().asc()).select(s -> s.name()
                .posts(p -> p.orderBy(o -> o.id().desc()).take(1).select(x -> x.id())))));
        c("edge-count-cursor", () -> db.user().count(q -> q.cursor(u -> u.id(3)).orderBy(o -> o.id().asc())));
        c("edge-findFirst-skip", () -> db.user().findFirst(q -> q.orderBy(o -> o.id().asc()).skip(2).select(s -> s.id())));
        c("edge-findFirst-negative-take", () -> db.user().findFirst(q -> q.orderBy(o -> o.age().asc()).take(-1).select(s -> s.id())));
        c("edge-update-decimal-increment", () -> db.user().update(w -> w.id(1), d -> d.balance().increment(new BigDecimal("0.005")), sh -> sh.select(s -> s.balance())));
        c("edge-update-float-increment", () -> db.user().update(w -> w.id(2), d -> d.score().increment(0.1), sh -> sh.select(s -> s.score())));
        c("edge-update-float-multiply", () -> db.user().update(w -> w.id(2), d -> d.score().multiply(3.0), sh -> sh.select(s -> s.score())));
        c("edge-update-bigint-decrement", () -> db.user().update(w -> w.id(1), d -> d.views().decrement(3L), sh -> sh.select(s -> s.views())));
        c("edge-update-connect-to-one-replaces", () -> db.post().update(w -> w.id(4), d -> d.author(a -> a.connect(x -> x.id(3))), sh -> sh.select(s -> s.authorId())));
        c("edge-update-empty-data", () -> db.tag().update(w -> w.id(1), d -> { }));
        c("edge-connect-steals-one-to-one", () -> db.user().update(w -> w.id(3), d -> d.profile(p -> p.connect(x -> x.id(1))),
                sh -> sh.select(s -> s.profile(p -> p.select(x -> x.id().userId())))));
        c("edge-nested-delete-missing", () -> db.user().update(w -> w.id(1), d -> d.posts(p -> p.delete(x -> x.id(4)))));
        c("edge-nested-delete-nonexistent", () -> db.user().update(w -> w.id(1), d -> d.posts(p -> p.delete(x -> x.id(99)))));
        c("edge-nested-delete-to-one-missing", () -> db.user().update(w -> w.id(3), d -> d.profile(p -> p.delete())));
        c("edge-nested-update-unconnected", () -> db.user().update(w -> w.id(1), d -> d.posts(p -> p.update(x -> x.id(4), x -> x.title("x")))));
        c("edge-nested-disconnect-unconnected", () -> db.post().update(w -> w.id(2), d -> d.tags(t -> t.disconnect(x -> x.id(1))), sh -> sh.select(s -> s.tags())));
        c("edge-batch-nested-writes", () -> db.transaction(db.user().createOp(d -> d.email("b@x.io").createdAt(JUNE).posts(p -> p.create(x -> x.title("B1").tags(t -> t.connect(y -> y.id(1))))),
                sh -> sh.select(s -> s.id())), db.post().findManyOp(q -> q.where(w -> w.author().is(a -> a.email("b@x.io"))).select(s -> s.title().tags(t -> t.select(y -> y.name()))))));
        c("edge-createMany-skipDuplicates-compound", () -> count(db.like().createMany(m -> m.row(d -> d.userId(2).postId(1)).row(d -> d.userId(6).postId(1).createdAt(JUNE)).skipDuplicates())));
        c("edge-delete-required-child-cascade", () -> db.post().delete(w -> w.id(1), sh -> sh.select(s -> s.id()._count(n -> n.likes()))));
        c("edge-select-count-true", () -> db.tag().findMany(q -> q.orderBy(o -> o.id().asc()).select(s -> s.name()._count())));
        c("edge-create-null-required", () -> db.tag().create(d -> d.name(null)));
        c("edge-cascade-check", () -> db.like().count(q -> q.where(w -> w.postId(1))));
        c("edge-updateMany-limit", () -> count(db.post().updateMany(w -> w.published(true), d -> d.rating(0.0), 2)));
        c("edge-deleteMany-limit", () -> count(db.like().deleteMany(w -> w.stars().gte(1), 3)));
        c("edge-updateManyAndReturn", () -> db.tag().updateManyAndReturn(w -> w.id().lt(3), d -> d.name("renamed")));
        c("edge-updateManyAndReturn-ok", () -> db.post().updateManyAndReturn(w -> w.authorId(1), d -> d.published(true),
                sh -> sh.select(s -> s.id().published())));
    }
}
