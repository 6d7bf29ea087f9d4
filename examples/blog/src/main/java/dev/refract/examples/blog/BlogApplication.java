package dev.refract.examples.blog;

import dev.refract.examples.blog.db.BlogDb;
import dev.refract.spring.boot.RefractClients;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The blog: a JSON API under {@code /api} and server-rendered pages, over the client generated
 * from {@code prisma/schema.prisma} at build time. The database is {@code DATABASE_URL} (the
 * Spring Boot starter builds the pool and the clients from it).
 */
@SpringBootApplication
public class BlogApplication {

    public static void main(String[] args) {
        SpringApplication.run(BlogApplication.class, args);
    }

    /** The generated client facade, on the starter's Spring-managed connections. */
    @Bean
    BlogDb db(RefractClients refract) {
        return BlogDb.of(refract.client(BlogDb.schema()));
    }

    /** Passwords are stored as BCrypt hashes (Spring Security's crypto module). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
