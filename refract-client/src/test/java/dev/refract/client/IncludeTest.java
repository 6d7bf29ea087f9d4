package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.refract.schema.model.Provider;
import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** include and select of relations: one statement per level whatever the number of rows, stitched per parent. */
class IncludeTest {

    @SuppressWarnings("unchecked")
    abstract static class OnDatabase extends BlogDatabase {

        private static List<Object> titles(Object posts) {
            return ((List<Map<String, Object>>) posts).stream().map(p -> p.get("title")).toList();
        }

        @Test
        void includeAtTwoLevelsIsOneStatementPerLevel() {
            List<Map<String, Object>> users = many("User", m("include", m("posts", m("include", m("categories", true))),
                    "orderBy", m("id", "asc")));
            assertThat(statements).hasSize(3);
            assertThat(users).hasSize(4);
            List<Map<String, Object>> annPosts = (List<Map<String, Object>>) users.get(0).get("posts");
            assertThat(annPosts).extracting(p -> p.get("id")).containsExactlyInAnyOrder(1, 2, 3);
            Map<String, Object> hello = annPosts.stream().filter(p -> p.get("id").equals(1)).findFirst().orElseThrow();
            assertThat((List<Map<String, Object>>) hello.get("categories")).extracting(c -> c.get("name"))
                    .containsExactlyInAnyOrder("news", "tech");
            assertThat(users.get(2).get("posts")).isEqualTo(List.of());
            assertThat(users.get(0).keySet()).containsExactly("id", "email", "name", "password", "role", "createdAt", "updatedAt", "posts");
        }

        @Test
        void nestedWhereOrderByAndTakeApplyPerParent() {
            List<Map<String, Object>> users = many("User", m("include", m("posts", m("where", m("published", true),
                    "orderBy", m("createdAt", "desc"), "take", 1)), "orderBy", m("id", "asc")));
            assertThat(statements).hasSize(2);
            assertThat(titles(users.get(0).get("posts"))).containsExactly("Second");
            assertThat(titles(users.get(1).get("posts"))).containsExactly("Bob's");
            List<Map<String, Object>> skipped = many("User", m("where", m("id", 1), "include",
                    m("posts", m("orderBy", m("id", "asc"), "skip", 1, "take", 5))));
            assertThat(titles(skipped.get(0).get("posts"))).containsExactly("Draft", "Second");
            List<Map<String, Object>> last = many("User", m("where", m("id", 1), "include",
                    m("posts", m("orderBy", m("id", "asc"), "take", -2))));
            assertThat(titles(last.get(0).get("posts"))).containsExactly("Draft", "Second");
            List<Map<String, Object>> ordered = many("Category", m("where", m("id", 2), "include",
                    m("posts", m("orderBy", m("title", "desc")))));
            assertThat(titles(ordered.get(0).get("posts"))).containsExactly("Second", "Hello");
        }

        @Test
        void toOneRelationsBothWays() {
            List<Map<String, Object>> posts = many("Post", m("include", m("author", m("include", m("profile", true))),
                    "orderBy", m("id", "asc")));
            assertThat(statements).hasSize(3);
            Map<String, Object> author = (Map<String, Object>) posts.get(3).get("author");
            assertThat(author.get("email")).isEqualTo("bob@y.io");
            assertThat(((Map<String, Object>) author.get("profile")).get("bio")).isEqualTo("bob bio");
            List<Map<String, Object>> users = many("User", m("include", m("profile", true), "orderBy", m("id", "asc")));
            assertThat(users.get(2).get("profile")).isNull();
            assertThat(((Map<String, Object>) users.get(0).get("profile")).get("userId")).isEqualTo(1);
        }

        @Test
        void selectOfRelationsAndScalarsReadsOnlyWhatIsAsked() {
            List<Map<String, Object>> users = many("User", m("where", m("id", 2),
                    "select", m("email", true, "posts", m("select", m("title", true)), "profile", m("select", m("bio", true)))));
            assertThat(users).containsExactly(m("email", "bob@y.io", "posts", List.of(m("title", "Bob's")),
                    "profile", m("bio", "bob bio")));
            assertThat(statements).hasSize(3);
        }

        @Test
        void relationCountsAreInTheSameStatement() {
            List<Map<String, Object>> users = many("User", m("select", m("id", true, "_count", m("select",
                    m("posts", true))), "orderBy", m("id", "asc")));
            assertThat(users).extracting(u -> u.get("_count")).containsExactly(m("posts", 3), m("posts", 1),
                    m("posts", 0), m("posts", 0));
            List<Map<String, Object>> filtered = many("Category", m("include", m("_count", m("select",
                    m("posts", m("where", m("published", true))))), "orderBy", m("id", "asc")));
            assertThat(filtered).extracting(c -> c.get("_count")).containsExactly(m("posts", 2), m("posts", 2), m("posts", 0));
            assertThat(statements).hasSize(2);
        }

        @Test
        void manyParentsAreChunkedBelowTheConfiguredSize() {
            RefractClient small = RefractClient.builder(schema, db()::open).chunkSize(3)
                    .statementListener((sql, params, d) -> statements.add(sql)).build();
            Object users = small.execute("User", "findMany", m("include", m("posts", true, "profile", true),
                    "orderBy", m("id", "asc")));
            // 4 users in chunks of 3: 1 + 2 (posts) + 2 (profile)
            assertThat(statements).hasSize(5);
            assertThat(titles(((List<Map<String, Object>>) users).get(1).get("posts"))).containsExactly("Bob's");
        }

        @Test
        void manyToManyFromTheOtherSide() {
            List<Map<String, Object>> categories = many("Category", m("include", m("posts", m("select", m("id", true))),
                    "orderBy", m("id", "asc")));
            assertThat(categories).extracting(c -> c.get("posts")).containsExactly(
                    List.of(m("id", 1), m("id", 4)), List.of(m("id", 1), m("id", 3)), List.of());
        }
    }

    @Nested
    @PostgresTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Postgres extends OnDatabase {
        private final TestDatabase db;

        Postgres(TestDatabase db) {
            this.db = db;
        }

        protected TestDatabase db() {
            return db;
        }

        protected Provider provider() {
            return Provider.POSTGRESQL;
        }
    }

    @Nested
    @MySqlTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class MySql extends OnDatabase {
        private final TestDatabase db;

        MySql(TestDatabase db) {
            this.db = db;
        }

        protected TestDatabase db() {
            return db;
        }

        protected Provider provider() {
            return Provider.MYSQL;
        }
    }

    @Nested
    @SqliteTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Sqlite extends OnDatabase {
        private final TestDatabase db;

        Sqlite(TestDatabase db) {
            this.db = db;
        }

        protected TestDatabase db() {
            return db;
        }

        protected Provider provider() {
            return Provider.SQLITE;
        }
    }
}
