package dev.refract.examples.blog.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.refract.examples.blog.db.BlogDb;
import dev.refract.examples.blog.db.Post;
import dev.refract.examples.blog.db.PostOrderBy;
import dev.refract.examples.blog.db.PostShape;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/posts}: list (filters, search, paging, order), one post, create (categories connected or created), update, delete. */
@RestController
@RequestMapping("/api/posts")
public class PostApi {
    /** Every post view carries its author and categories. */
    static final Consumer<PostShape> SHAPE = s -> s.include(i -> i.author().categories(c -> c.orderBy(o -> o.name().asc())));

    private final BlogDb db;

    public PostApi(BlogDb db) {
        this.db = db;
    }

    @GetMapping
    public List<Map<String, Object>> list(@RequestParam(required = false) String published,
            @RequestParam(required = false) String authorId, @RequestParam(required = false) String category,
            @RequestParam(required = false) String search, @RequestParam(required = false) String take,
            @RequestParam(required = false) String skip, @RequestParam(required = false) String orderBy) {
        Optional<Boolean> isPublished = Inputs.booleanParam("published", published);
        Optional<Integer> author = Inputs.intParam("authorId", authorId, 1, Integer.MAX_VALUE);
        Optional<Integer> takeN = Inputs.intParam("take", take, 0, 1000);
        Optional<Integer> skipN = Inputs.intParam("skip", skip, 0, Integer.MAX_VALUE);
        Consumer<PostOrderBy> order = order(orderBy == null || orderBy.isEmpty() ? "createdAt:desc" : orderBy);
        List<Post> posts = db.post().findMany(q -> {
            q.where(w -> {
                isPublished.ifPresent(w::published);
                author.ifPresent(w::authorId);
                if (category != null && !category.isEmpty()) {
                    w.categories().some(c -> c.name(category));
                }
                if (search != null && !search.isEmpty()) {
                    String text = Inputs.likeLiteral(search);   // literal, not a LIKE pattern
                    w.or(o -> o.title().insensitive().contains(text), o -> o.content().insensitive().contains(text));
                }
            });
            q.orderBy(order).orderBy(o -> o.id().desc());
            takeN.ifPresent(q::take);
            skipN.ifPresent(q::skip);
            q.include(i -> i.author().categories(c -> c.orderBy(o -> o.name().asc())));
        });
        return posts.stream().map(Views::post).toList();
    }

    @GetMapping("/{id}")
    public Map<String, Object> one(@PathVariable String id) {
        int key = Inputs.id(id);
        return Views.post(db.post().findUniqueOrThrow(w -> w.id(key), SHAPE));
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> create(@RequestBody JsonNode body) {
        Inputs.object(body);
        String title = Inputs.requiredString(body, "title");
        Optional<String> content = Inputs.optionalString(body, "content");
        int authorId = Inputs.requiredInt(body, "authorId");
        Optional<Boolean> published = Inputs.optionalBoolean(body, "published");
        List<String> categories = Inputs.optionalStrings(body, "categories").orElse(List.of());
        Post post = db.post().create(d -> {
            d.title(title).authorId(authorId);
            content.ifPresent(d::content);
            published.ifPresent(d::published);
            if (!categories.isEmpty()) {
                d.categories(c -> categories.forEach(name -> c.connectOrCreate(w -> w.name(name), k -> k.name(name))));
            }
        }, SHAPE);
        return ResponseEntity.status(HttpStatus.CREATED).body(Views.post(post));
    }

    @PatchMapping("/{id}")
    public Map<String, Object> update(@PathVariable String id, @RequestBody JsonNode body) {
        int key = Inputs.id(id);
        Inputs.object(body);
        Optional<String> title = Inputs.optionalString(body, "title");
        Optional<String> content = Inputs.optionalString(body, "content");
        Optional<Boolean> published = Inputs.optionalBoolean(body, "published");
        Optional<List<String>> categories = Inputs.optionalStrings(body, "categories");
        if (title.isPresent() && title.get().isBlank()) {
            throw ApiException.invalid("`title` must not be empty");
        }
        Post post = db.post().update(w -> w.id(key), d -> {
            title.ifPresent(d::title);
            if (body.has("content")) {
                d.content(content.orElse(null));
            }
            published.ifPresent(d::published);
            categories.ifPresent(names -> d.categories(c -> {
                c.set();
                names.forEach(name -> c.connectOrCreate(w -> w.name(name), k -> k.name(name)));
            }));
        }, SHAPE);
        return Views.post(post);
    }

    @DeleteMapping("/{id}")
    public Map<String, Object> delete(@PathVariable String id) {
        int key = Inputs.id(id);
        return Views.post(db.post().delete(w -> w.id(key), SHAPE));
    }

    /** {@code field:asc|desc} for id, title, createdAt, updatedAt or published. */
    static Consumer<PostOrderBy> order(String spec) {
        String[] parts = spec.split(":", -1);
        String field = parts[0];
        String direction = parts.length > 1 ? parts[1] : "asc";
        if (parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw ApiException.invalid("`orderBy` must be field:asc or field:desc");
        }
        boolean desc = direction.equals("desc");
        switch (field) {
            case "id":
                return o -> pick(o.id(), desc);
            case "title":
                return o -> pick(o.title(), desc);
            case "createdAt":
                return o -> pick(o.createdAt(), desc);
            case "updatedAt":
                return o -> pick(o.updatedAt(), desc);
            case "published":
                return o -> pick(o.published(), desc);
            default:
                throw ApiException.invalid("`orderBy` field must be one of id, title, createdAt, updatedAt, published");
        }
    }

    private static void pick(dev.refract.client.typed.SortField<PostOrderBy> field, boolean desc) {
        if (desc) {
            field.desc();
        } else {
            field.asc();
        }
    }
}
