package dev.refract.cli.init;

/** The text of the files {@code refract init} writes. */
final class InitTemplates {
    /** The generator provider of Refract's Java client. */
    static final String JAVA_CLIENT_PROVIDER = "refract-client-java";

    private InitTemplates() {
    }

    /** A new schema: a Java client generator and a datasource reading DATABASE_URL; in Prisma's layout. */
    static String schema(DatasourceProvider provider) {
        return """
                // This is your Prisma schema file: Refract reads Prisma Schema Language as it is.
                // Learn more about it in the docs: https://pris.ly/d/prisma-schema
                //
                // Check it with `refract validate`, lay it out with `refract format`.

                // The type-safe Java client is generated from this schema by `refract generate`
                // (and after `refract migrate dev`), into src/main/java unless `output` says otherwise.
                generator client {
                  provider = "%s"
                }

                // The database connection. The URL comes from the DATABASE_URL environment variable;
                // `refract init` wrote a value for it in the .env file.
                datasource db {
                  provider = "%s"
                  url      = env("DATABASE_URL")
                }

                // Add your models below, for example:
                //
                // model User {
                //   id    Int     @id @default(autoincrement())
                //   email String  @unique
                //   name  String?
                // }
                """.formatted(JAVA_CLIENT_PROVIDER, provider.schemaName());
    }

    /** A new .env file. */
    static String env(String url) {
        return """
                # Environment variables for this project, read by env("...") in prisma/schema.prisma.
                # Keep this file out of version control: it may hold database passwords.

                """ + databaseUrl(url);
    }

    /** The lines appended to an existing .env file that has no DATABASE_URL. */
    static String envAddition(String url) {
        return "# Added by `refract init`:\n" + databaseUrl(url);
    }

    private static String databaseUrl(String url) {
        return "DATABASE_URL=\"" + url + "\"\n";
    }

    /** The lines written to (or appended to) .gitignore. */
    static String gitignoreAddition() {
        return "# Keep environment variables out of version control\n.env\n";
    }
}
