package dev.refract.examples.blog;

import java.nio.file.Files;
import java.nio.file.Path;

/** bin/blog on a fresh SQLite file. */
class BlogSqliteIT extends BlogContract {
    @Override
    String databaseUrl() throws Exception {
        Path dir = Files.createTempDirectory("blog-e2e");
        return "file:" + dir.resolve("blog.db");
    }
}
