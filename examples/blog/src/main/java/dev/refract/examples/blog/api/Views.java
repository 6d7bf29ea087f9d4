package dev.refract.examples.blog.api;

import dev.refract.examples.blog.db.Category;
import dev.refract.examples.blog.db.Post;
import dev.refract.examples.blog.db.Profile;
import dev.refract.examples.blog.db.User;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the API, built from the generated records. Passwords never leave: no view has them. */
public final class Views {
    private Views() {
    }

    /** {@code {id,email,name,role,createdAt}}, plus {@code posts} when loaded and asked for. */
    public static Map<String, Object> user(User u, boolean withPosts, boolean withProfile) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("email", u.email());
        m.put("name", u.name());
        m.put("role", u.role().name());
        m.put("createdAt", u.createdAt().toString());
        if (withPosts) {
            m.put("posts", u.posts().stream().map(Views::postSummary).toList());
        }
        if (withProfile) {
            Profile p = u.profile();
            m.put("profile", p == null ? null : Map.of("id", p.id(), "bio", p.bio()));
        }
        return m;
    }

    /** A post inside its author: {@code {id,title,content,published,createdAt}}. */
    public static Map<String, Object> postSummary(Post p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("title", p.title());
        m.put("content", p.content());
        m.put("published", p.published());
        m.put("createdAt", p.createdAt().toString());
        return m;
    }

    /** {@code {id,title,content,published,authorId,author:{id,name},categories:[{id,name}],createdAt}}. */
    public static Map<String, Object> post(Post p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("title", p.title());
        m.put("content", p.content());
        m.put("published", p.published());
        m.put("authorId", p.authorId());
        Map<String, Object> author = new LinkedHashMap<>();
        author.put("id", p.author().id());
        author.put("name", p.author().name());
        m.put("author", author);
        m.put("categories", categories(p.categories()));
        m.put("createdAt", p.createdAt().toString());
        return m;
    }

    static List<Map<String, Object>> categories(List<Category> categories) {
        return categories.stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("name", c.name());
            return m;
        }).toList();
    }
}
