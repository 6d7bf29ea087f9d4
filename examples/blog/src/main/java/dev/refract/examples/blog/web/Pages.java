package dev.refract.examples.blog.web;

import dev.refract.client.RefractException;
import dev.refract.examples.blog.db.BlogDb;
import dev.refract.examples.blog.db.Post;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The server-rendered pages (Thymeleaf), over the same client as the API. */
@Controller
public class Pages {
    private final BlogDb db;

    public Pages(BlogDb db) {
        this.db = db;
    }

    /** The latest published posts. */
    @GetMapping("/")
    public String index(Model model) {
        List<Post> posts = db.post().findMany(q -> q.where(w -> w.published(true))
                .orderBy(o -> o.createdAt().desc()).orderBy(o -> o.id().desc()).take(20)
                .include(i -> i.author().categories(c -> c.orderBy(o -> o.name().asc()))));
        model.addAttribute("posts", posts);
        return "index";
    }

    /** Every user with their number of posts (a relation count: one statement, no query per user). */
    @GetMapping("/users")
    public String users(Model model) {
        Object users = db.runtime().execute("User", "findMany", Map.of(
                "orderBy", Map.of("id", "asc"),
                "select", Map.of("id", true, "name", true, "email", true, "role", true,
                        "_count", Map.of("select", Map.of("posts", true)))));
        model.addAttribute("users", users);
        return "users";
    }

    @GetMapping("/posts/{id}")
    public String post(@PathVariable String id, Model model) {
        Optional<Integer> key = parse(id);
        Post post = key.flatMap(k -> db.post().findUnique(w -> w.id(k),
                s -> s.include(i -> i.author().categories(c -> c.orderBy(o -> o.name().asc())))))
                .orElseThrow(NotFound::new);
        model.addAttribute("post", post);
        return "post";
    }

    @ExceptionHandler({NotFound.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound() {
        return "not-found";
    }

    @ExceptionHandler(RefractException.class)
    public String failure(RefractException e, Model model) {
        model.addAttribute("code", e.code());
        model.addAttribute("message", e.getMessage());
        return "error";
    }

    private static Optional<Integer> parse(String id) {
        try {
            int n = Integer.parseInt(id);
            return n > 0 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** No such page. */
    static final class NotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
