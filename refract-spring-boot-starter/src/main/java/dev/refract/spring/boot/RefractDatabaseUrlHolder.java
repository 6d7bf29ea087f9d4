package dev.refract.spring.boot;

/** The configured database URL, or null when the application configures none (a bean cannot be null). */
public record RefractDatabaseUrlHolder(RefractDatabaseUrl url) {

    dev.refract.dialect.url.ConnectionUrl require() {
        if (url == null) {
            throw new IllegalStateException("No database URL: set DATABASE_URL or spring.datasource.url");
        }
        return url.url();
    }
}
