package dev.refract.examples.blog.seed;

import dev.refract.client.RefractClient;
import dev.refract.dialect.Dialect;
import dev.refract.dialect.url.ConnectionUrl;
import dev.refract.examples.blog.db.BlogDb;
import dev.refract.examples.blog.db.Role;
import java.nio.file.Path;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The seed ({@code refract db seed}, configured in {@code prisma/refract.properties}): a few users,
 * categories and posts, in one transaction. It fills an empty database only, so running it again
 * is harmless. The database is {@code DATABASE_URL}; a relative SQLite path is from the schema's
 * folder ({@code SCHEMA_DIR}, default {@code prisma}), as for the CLI.
 */
public final class Seed {
    private Seed() {
    }

    public static void main(String[] args) {
        String text = System.getenv().getOrDefault("DATABASE_URL", "file:./dev.db");
        Path schemaDir = Path.of(System.getenv().getOrDefault("SCHEMA_DIR", "prisma")).toAbsolutePath();
        ConnectionUrl url = ConnectionUrl.parse(text, schemaDir);
        try (RefractClient runtime = RefractClient.builder(BlogDb.schema(), url).dialect(Dialect.of(url.provider())).build()) {
            BlogDb db = BlogDb.of(runtime);
            long users = db.user().count();
            if (users > 0) {
                System.out.println("The database has " + users + " users already; nothing to seed.");
                return;
            }
            PasswordEncoder passwords = new BCryptPasswordEncoder();
            db.transaction(tx -> {
                tx.user().create(d -> d.email("alice@example.com").name("Alice").role(Role.ADMIN)
                        .password(passwords.encode("alice-password"))
                        .profile(p -> p.create(c -> c.bio("Writes about Java and databases.")))
                        .posts(p -> p
                                .create(c -> c.title("Hello, Refract").content("The Prisma workflow, in Java.").published(true)
                                        .categories(k -> k.connectOrCreate(w -> w.name("news"), n -> n.name("news"))
                                                .connectOrCreate(w -> w.name("java"), n -> n.name("java"))))
                                .create(c -> c.title("Migrations without fear").content("migrate dev in development, migrate deploy in production.")
                                        .published(true)
                                        .categories(k -> k.connectOrCreate(w -> w.name("databases"), n -> n.name("databases"))))));
                tx.user().create(d -> d.email("bob@example.com").name("Bob")
                        .password(passwords.encode("bob-password"))
                        .posts(p -> p
                                .create(c -> c.title("Typed queries").content("Filters that do not compile when they are wrong.")
                                        .published(true)
                                        .categories(k -> k.connectOrCreate(w -> w.name("java"), n -> n.name("java"))))
                                .create(c -> c.title("A draft about pools").content("Not ready yet."))));
                tx.user().create(d -> d.email("carol@example.com").name("Carol")
                        .password(passwords.encode("carol-password")));
                return null;
            });
            System.out.println("Seeded 3 users, 4 posts and 3 categories.");
        }
    }
}
