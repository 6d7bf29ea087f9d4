package dev.refract.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.refract.schema.model.Provider;
import dev.refract.testkit.MySqlTest;
import dev.refract.testkit.PostgresTest;
import dev.refract.testkit.SqliteTest;
import dev.refract.testkit.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Nested writes inside create and update (1-n, 1-1 both sides, implicit m-n), all or nothing, on each database. */
class NestedWriteTest {
    private static final AtomicInteger SEQ = new AtomicInteger();

    @SuppressWarnings("unchecked")
    abstract static class OnDatabase extends BlogDatabase {

        static String email() {
            return "n" + SEQ.incrementAndGet() + "@nested.io";
        }

        Map<String, Object> exec(String model, String action, Map<String, Object> args) {
            return (Map<String, Object>) client.execute(model, action, args);
        }

        long count(String model, Map<String, Object> where) {
            return ((Number) client.execute(model, "count", m("where", where))).longValue();
        }

        @Test
        void createWithToManyToOneAndManyToManyChildren() {
            String cat = "cat" + SEQ.incrementAndGet();
            Map<String, Object> user = exec("User", "create", m(
                    "data", m("email", email(), "password", "p",
                            "posts", m("create", List.of(m("title", "first"),
                                    m("title", "second", "categories", m("connect", List.of(m("id", 1)), "create", List.of(m("name", cat)))))),
                            "profile", m("create", m("bio", "nested bio"))),
                    "include", m("posts", m("orderBy", m("id", "asc"), "include", m("categories", m("orderBy", m("id", "asc")))),
                            "profile", true)));
            List<Map<String, Object>> posts = (List<Map<String, Object>>) user.get("posts");
            assertThat(posts).extracting(p -> p.get("title")).containsExactly("first", "second");
            assertThat(posts.get(0).get("authorId")).isEqualTo(user.get("id"));
            assertThat((List<Map<String, Object>>) posts.get(1).get("categories")).extracting(c -> c.get("name"))
                    .containsExactly("news", cat);
            assertThat(((Map<String, Object>) user.get("profile")).get("bio")).isEqualTo("nested bio");
        }

        @Test
        void createConnectsAndConnectOrCreatesTheReferencedRecord() {
            Map<String, Object> post = exec("Post", "create", m("data", m("title", "c", "author", m("connect", m("email", "bob@y.io")))));
            assertThat(post.get("authorId")).isEqualTo(2);
            String email = email();
            Map<String, Object> made = exec("Post", "create", m("data", m("title", "coc", "author", m("connectOrCreate",
                    m("where", m("email", email), "create", m("email", email, "password", "p")))), "include", m("author", true)));
            assertThat(((Map<String, Object>) made.get("author")).get("email")).isEqualTo(email);
            Map<String, Object> again = exec("Post", "create", m("data", m("title", "coc2", "author", m("connectOrCreate",
                    m("where", m("email", email), "create", m("email", email, "password", "p"))))));
            assertThat(again.get("authorId")).isEqualTo(made.get("authorId"));
        }

        @Test
        void aNestedCreateReturnsItsRecordFromTheInsertAndLinksAListInOneStatement() {
            statements.clear();
            Map<String, Object> post = exec("Post", "create", m("data", m("title", "linked", "author", m("connect", m("id", 1)),
                    "categories", m("connect", List.of(m("id", 1), m("name", "tech"))))));
            // the author's key, INSERT, one INSERT ... SELECT of the join rows for both categories (+ the re-read without RETURNING)
            assertThat(statements).hasSize(dialect().supportsReturning() ? 3 : 4);
            assertThat(statements.stream().filter(s -> s.startsWith("INSERT")).count()).isEqualTo(2);
            assertThat(statements).filteredOn(s -> s.startsWith("INSERT")).last().asString().contains(") SELECT ");
            Map<String, Object> read = exec("Post", "findUnique", m("where", m("id", post.get("id")),
                    "include", m("categories", m("orderBy", m("id", "asc")))));
            assertThat(read).containsAllEntriesOf(post);
            assertThat((List<Map<String, Object>>) read.get("categories")).extracting(c -> c.get("id")).containsExactly(1, 2);
        }

        @Test
        void anUpdateWithANestedToOneUpdateChangesTheRecordThenTheRelatedOne() {
            Map<String, Object> user = exec("User", "create", m("data", m("email", email(), "password", "p",
                    "profile", m("create", m("bio", "old")))));
            statements.clear();
            Map<String, Object> updated = exec("User", "update", m("where", m("id", user.get("id")),
                    "data", m("name", "renamed", "profile", m("update", m("bio", "new")))));
            // UPDATE ... RETURNING each; without RETURNING: key, UPDATE, the profile's key, UPDATE, re-read
            assertThat(statements).hasSize(dialect().supportsReturning() ? 2 : 5);
            assertThat(statements).allSatisfy(s -> assertThat(s).startsWith(dialect().supportsReturning() ? "UPDATE" : ""));
            Map<String, Object> read = exec("User", "findUnique", m("where", m("id", user.get("id")), "include", m("profile", true)));
            assertThat(read).containsAllEntriesOf(updated);
            assertThat(read.get("name")).isEqualTo("renamed");
            assertThat(((Map<String, Object>) read.get("profile")).get("bio")).isEqualTo("new");

            Map<String, Object> bare = exec("User", "create", m("data", m("email", email(), "password", "p")));
            assertThatThrownBy(() -> exec("User", "update", m("where", m("id", bare.get("id")),
                    "data", m("name", "lost", "profile", m("update", m("bio", "none"))))))
                    .isInstanceOfSatisfying(RefractException.class, e -> {
                        assertThat(e.code()).isEqualTo("P2025");
                        assertThat(e.getMessage()).contains("No 'Profile' record was found for a nested update");
                    });
            assertThat(exec("User", "findUnique", m("where", m("id", bare.get("id")))).get("name")).isNull();
        }

        @Test
        void connectingAListWithAMissingOrARepeatedRecord() {
            assertThatThrownBy(() -> exec("Post", "create", m("data", m("title", "half", "author", m("connect", m("id", 1)),
                    "categories", m("connect", List.of(m("id", 1), m("id", 99999)))))))
                    .isInstanceOfSatisfying(RefractException.class, e -> {
                        assertThat(e.code()).isEqualTo("P2025");
                        assertThat(e.getMessage()).contains("No 'Category' record(s)").contains("many-to-many");
                    });
            assertThat(count("Post", m("title", "half"))).isZero();
            Map<String, Object> post = exec("Post", "create", m("data", m("title", "twice", "author", m("connect", m("id", 1)),
                    "categories", m("connect", List.of(m("id", 3), m("name", "empty"), m("id", 2)))),
                    "include", m("categories", m("orderBy", m("id", "asc")))));
            assertThat((List<Map<String, Object>>) post.get("categories")).extracting(c -> c.get("id")).containsExactly(2, 3);
        }

        @Test
        void connectingAMissingRecordIsP2025AndWritesNothing() {
            assertThatThrownBy(() -> exec("Post", "create", m("data", m("title", "orphan", "author", m("connect", m("id", 99999))))))
                    .isInstanceOfSatisfying(RefractException.class, e -> {
                        assertThat(e.code()).isEqualTo("P2025");
                        assertThat(e.getMessage()).contains("No 'User' record(s) (needed to inline the relation on 'Post' record(s))");
                    });
            assertThat(count("Post", m("title", "orphan"))).isZero();
        }

        @Test
        void nestedDeleteOfARecordThatIsNotConnectedIsP2017() {
            // post 4 is Bob's: deleting it through Ann's posts fails, as with Prisma, and deletes nothing
            assertThatThrownBy(() -> exec("User", "update", m("where", m("id", 1), "data", m("posts", m("delete", m("id", 4))))))
                    .isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P2017"));
            assertThat(count("Post", m("id", 4))).isEqualTo(1L);
        }

        @Test
        void aFailedNestedWriteRollsBackTheWholeCreate() {
            String email = email();
            assertThatThrownBy(() -> exec("User", "create", m("data", m("email", email, "password", "p",
                    "posts", m("create", List.of(m("title", "half", "categories", m("create", List.of(m("name", "news"))))))))))
                    .isInstanceOfSatisfying(RefractException.class, e -> {
                        assertThat(e.code()).isEqualTo("P2002");
                        assertThat(e.meta()).containsEntry("target", List.of("name"));
                    });
            assertThat(count("User", m("email", email))).isZero();
            assertThat(count("Post", m("title", "half"))).isZero();
        }

        @Test
        void updateWithNestedManyWritesAndToOneWrites() {
            Map<String, Object> user = exec("User", "create", m("data", m("email", email(), "password", "p",
                    "posts", m("create", List.of(m("title", "u1"), m("title", "u2"), m("title", "u3"))),
                    "profile", m("create", m("bio", "old")))));
            Object id = user.get("id");
            Map<String, Object> updated = exec("User", "update", m("where", m("id", id), "data", m(
                    "name", "nested",
                    "posts", m("updateMany", m("where", m("title", m("in", List.of("u1", "u2"))), "data", m("published", true)),
                            "deleteMany", List.of(m("title", "u3")),
                            "create", m("title", "u4")),
                    "profile", m("update", m("bio", "new"))),
                    "include", m("posts", m("orderBy", m("title", "asc")), "profile", true)));
            assertThat(updated.get("name")).isEqualTo("nested");
            assertThat((List<Map<String, Object>>) updated.get("posts")).extracting(p -> p.get("title") + ":" + p.get("published"))
                    .containsExactly("u1:true", "u2:true", "u4:false");
            assertThat(((Map<String, Object>) updated.get("profile")).get("bio")).isEqualTo("new");
            Map<String, Object> noProfile = exec("User", "update", m("where", m("id", id), "data", m("profile", m("delete", true)),
                    "include", m("profile", true)));
            assertThat(noProfile.get("profile")).isNull();
        }

        @Test
        void nestedUpsertUpdatesOrCreatesOnEverySide() {
            Map<String, Object> user = exec("User", "create", m("data", m("email", email(), "password", "p",
                    "posts", m("create", m("title", "up1"))), "include", m("posts", true)));
            Object id = user.get("id");
            Object postId = ((List<Map<String, Object>>) user.get("posts")).get(0).get("id");
            Map<String, Object> after = exec("User", "update", m("where", m("id", id), "data", m(
                    "posts", m("upsert", List.of(
                            m("where", m("id", postId), "create", m("title", "never"), "update", m("title", "up1!")),
                            m("where", m("id", 99999), "create", m("title", "up2"), "update", m("title", "never")))),
                    "profile", m("upsert", m("create", m("bio", "made"), "update", m("bio", "never")))),
                    "include", m("posts", m("orderBy", m("id", "asc")), "profile", true)));
            assertThat((List<Map<String, Object>>) after.get("posts")).extracting(p -> p.get("title")).containsExactly("up1!", "up2");
            assertThat(((Map<String, Object>) after.get("profile")).get("bio")).isEqualTo("made");
            Map<String, Object> again = exec("User", "update", m("where", m("id", id), "data", m(
                    "profile", m("upsert", m("create", m("bio", "never"), "update", m("bio", "changed")))), "include", m("profile", true)));
            assertThat(((Map<String, Object>) again.get("profile")).get("bio")).isEqualTo("changed");
            Map<String, Object> post = exec("Post", "update", m("where", m("id", postId), "data", m(
                    "author", m("upsert", m("create", m("email", email(), "password", "p"), "update", m("name", "via post")))),
                    "include", m("author", true)));
            assertThat(((Map<String, Object>) post.get("author")).get("name")).isEqualTo("via post");
            assertThat(post.get("authorId")).isEqualTo(id);
        }

        @Test
        void nestedCreateManySendsOneInsertAndSkipsDuplicates() {
            Map<String, Object> user = exec("User", "create", m("data", m("email", email(), "password", "p")));
            statements.clear();
            Map<String, Object> after = exec("User", "update", m("where", m("id", user.get("id")), "data", m("posts",
                    m("createMany", m("data", List.of(m("title", "cm1"), m("title", "cm2"), m("title", "cm3"))))),
                    "include", m("posts", m("orderBy", m("id", "asc")))));
            assertThat((List<Map<String, Object>>) after.get("posts")).extracting(p -> p.get("title")).containsExactly("cm1", "cm2", "cm3");
            assertThat(statements.stream().filter(s -> s.startsWith("INSERT")).count()).isEqualTo(1);
            Object firstId = ((List<Map<String, Object>>) after.get("posts")).get(0).get("id");
            Map<String, Object> skipped = exec("User", "update", m("where", m("id", user.get("id")), "data", m("posts",
                    m("createMany", m("data", List.of(m("id", firstId, "title", "dup"), m("title", "cm4")), "skipDuplicates", true))),
                    "include", m("posts", m("orderBy", m("id", "asc")))));
            assertThat((List<Map<String, Object>>) skipped.get("posts")).extracting(p -> p.get("title"))
                    .containsExactly("cm1", "cm2", "cm3", "cm4");
        }

        @Test
        void replacingARequiredToOneIsP2014AndChangesNothing() {
            Map<String, Object> user = exec("User", "create", m("data", m("email", email(), "password", "p",
                    "profile", m("create", m("bio", "first")))));
            assertThatThrownBy(() -> exec("User", "update", m("where", m("id", user.get("id")),
                    "data", m("name", "changed", "profile", m("create", m("bio", "second"))))))
                    .isInstanceOfSatisfying(RefractException.class, e -> {
                        assertThat(e.code()).isEqualTo("P2014");
                        assertThat(e.getMessage()).isEqualTo("The change you are trying to make would violate the required relation "
                                + "'ProfileToUser' between the `User` and `Profile` models.");
                    });
            Map<String, Object> same = exec("User", "findUnique", m("where", m("id", user.get("id")), "include", m("profile", true)));
            assertThat(same.get("name")).isNull();
            assertThat(((Map<String, Object>) same.get("profile")).get("bio")).isEqualTo("first");
        }

        @Test
        void disconnectingARequiredRelationIsP2014() {
            Map<String, Object> user = exec("User", "create", m("data", m("email", email(), "password", "p",
                    "posts", m("create", m("title", "kept"))), "include", m("posts", true)));
            Object postId = ((List<Map<String, Object>>) user.get("posts")).get(0).get("id");
            assertThatThrownBy(() -> exec("User", "update", m("where", m("id", user.get("id")),
                    "data", m("posts", m("disconnect", List.of(m("id", postId)))))))
                    .isInstanceOfSatisfying(RefractException.class, e -> assertThat(e.code()).isEqualTo("P2014"));
        }

        @Test
        void manyToManySetDisconnectAndConnect() {
            Map<String, Object> post = exec("Post", "create", m("data", m("title", "mn", "author", m("connect", m("id", 1)),
                    "categories", m("connect", List.of(m("id", 1), m("id", 2))))));
            Object id = post.get("id");
            Map<String, Object> set = exec("Post", "update", m("where", m("id", id), "data", m("categories", m("set", List.of(m("id", 2), m("id", 3)))),
                    "include", m("categories", m("orderBy", m("id", "asc")))));
            assertThat((List<Map<String, Object>>) set.get("categories")).extracting(c -> c.get("id")).containsExactly(2, 3);
            Map<String, Object> less = exec("Post", "update", m("where", m("id", id), "data", m("categories",
                    m("disconnect", List.of(m("id", 2)), "connect", List.of(m("id", 3), m("id", 1)))),
                    "include", m("categories", m("orderBy", m("id", "asc")))));
            assertThat((List<Map<String, Object>>) less.get("categories")).extracting(c -> c.get("id")).containsExactly(1, 3);
            Map<String, Object> moved = exec("Post", "update", m("where", m("id", id), "data", m("author", m("connect", m("id", 2)))));
            assertThat(moved.get("authorId")).isEqualTo(2);
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

        @Override
        protected void afterSeed(Connection c) throws SQLException {
            WriteTest.advanceSequences(c);
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

        @Override
        protected ConnectionSource connectionSource() {
            return sqliteWithForeignKeys();
        }
    }
}
