package dev.refract.examples.blog.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refract.examples.blog.db.BlogDb;
import dev.refract.examples.blog.db.User;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/users}: list (search, paging, posts), one user with posts and profile, create, update, delete. */
@RestController
@RequestMapping("/api/users")
public class UserApi {
    private final BlogDb db;
    private final PasswordEncoder passwords;

    public UserApi(BlogDb db, PasswordEncoder passwords) {
        this.db = db;
        this.passwords = passwords;
    }

    @GetMapping
    public List<Map<String, Object>> list(@RequestParam(required = false) String search,
            @RequestParam(required = false) String take, @RequestParam(required = false) String skip,
            @RequestParam(required = false) String include) {
        boolean withPosts = include != null && !include.isEmpty();
        if (withPosts && !include.equals("posts")) {
            throw ApiException.invalid("`include` can only be `posts`");
        }
        Optional<Integer> takeN = Inputs.intParam("take", take, 0, 1000);
        Optional<Integer> skipN = Inputs.intParam("skip", skip, 0, Integer.MAX_VALUE);
        List<User> users = db.user().findMany(q -> {
            if (search != null && !search.isEmpty()) {
                // contains takes a LIKE pattern, as in Prisma: escaped, % _ and \ are matched as themselves
                String text = Inputs.likeLiteral(search);
                q.where(w -> w.or(o -> o.name().insensitive().contains(text), o -> o.email().insensitive().contains(text)));
            }
            q.orderBy(o -> o.id().asc());
            takeN.ifPresent(q::take);
            skipN.ifPresent(q::skip);
            if (withPosts) {
                q.include(i -> i.posts(p -> p.orderBy(o -> o.id().asc())));
            }
        });
        return users.stream().map(u -> Views.user(u, withPosts, false)).toList();
    }

    @GetMapping("/{id}")
    public Map<String, Object> one(@PathVariable String id) {
        int key = Inputs.id(id);
        User user = db.user().findUniqueOrThrow(w -> w.id(key),
                s -> s.include(i -> i.posts(p -> p.orderBy(o -> o.id().asc())).profile()));
        return Views.user(user, true, true);
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body) {
        Inputs.object(body);
        String email = Inputs.requiredString(body, "email").trim();
        if (!email.contains("@")) {
            throw ApiException.invalid("`email` must be an email address");
        }
        Optional<String> name = Inputs.optionalString(body, "name");
        String password = Inputs.requiredString(body, "password");
        if (password.length() < 8) {
            throw ApiException.invalid("`password` must have at least 8 characters");
        }
        String hash = passwords.encode(password);
        User user = db.user().create(d -> {
            d.email(email).password(hash);
            name.ifPresent(d::name);
        });
        return ResponseEntity.status(HttpStatus.CREATED).body(Views.user(user, false, false));
    }

    @PatchMapping("/{id}")
    public Map<String, Object> update(@PathVariable String id, @RequestBody JsonNode body) {
        int key = Inputs.id(id);
        Inputs.object(body);
        Optional<String> email = Inputs.optionalString(body, "email");
        Optional<String> name = Inputs.optionalString(body, "name");
        Optional<String> password = Inputs.optionalString(body, "password");
        Optional<String> role = Inputs.optionalString(body, "role");
        if (email.isPresent() && !email.get().contains("@")) {
            throw ApiException.invalid("`email` must be an email address");
        }
        if (password.isPresent() && password.get().length() < 8) {
            throw ApiException.invalid("`password` must have at least 8 characters");
        }
        dev.refract.examples.blog.db.Role newRole = role.map(UserApi::role).orElse(null);
        String hash = password.map(passwords::encode).orElse(null);
        User user = db.user().update(w -> w.id(key), d -> {
            email.ifPresent(e -> d.email(e.trim()));
            if (body.has("name")) {
                d.name(name.orElse(null));
            }
            if (hash != null) {
                d.password(hash);
            }
            if (newRole != null) {
                d.role(newRole);
            }
        });
        return Views.user(user, false, false);
    }

    @DeleteMapping("/{id}")
    public Map<String, Object> delete(@PathVariable String id) {
        int key = Inputs.id(id);
        return Views.user(db.user().delete(w -> w.id(key)), false, false);
    }

    private static dev.refract.examples.blog.db.Role role(String value) {
        try {
            return dev.refract.examples.blog.db.Role.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("`role` must be USER or ADMIN");
        }
    }
}
