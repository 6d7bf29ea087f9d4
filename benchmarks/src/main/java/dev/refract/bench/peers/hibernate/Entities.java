package dev.refract.bench.peers.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.CreationTimestamp;

/**
 * The entities, mapped by hand onto the tables Prisma's migrations create (quoted identifiers are
 * global). Relations are lazy; the peer fetches them with fetch joins or batch fetching
 * ({@code hibernate.default_batch_fetch_size}), as Hibernate's guide recommends.
 */
final class Entities {
    private Entities() {
    }

    @Entity(name = "Customer")
    @Table(name = "Customer")
    static class Customer {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;
        @CreationTimestamp
        @Column(name = "createdAt")
        LocalDateTime createdAt;
        String name;
        String email;
        @Column(name = "isActive")
        boolean isActive;
        /** A set, not a bag: fetching orders and their products in one join would repeat orders in a list. */
        @OneToMany(mappedBy = "customer")
        Set<Order> orders = new LinkedHashSet<>();
    }

    @Entity(name = "Address")
    @Table(name = "Address")
    static class Address {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;
        String street;
        String city;
        @Column(name = "postalCode")
        String postalCode;
        String country;
        @Column(name = "customerId")
        Integer customerId;
    }

    @Entity(name = "Order")
    @Table(name = "Order")
    static class Order {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;
        LocalDateTime date;
        @Column(name = "totalAmount")
        double totalAmount;
        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "customerId")
        Customer customer;
        @Column(name = "customerId", insertable = false, updatable = false)
        Integer customerId;
        @ManyToMany
        @JoinTable(name = "_OrderToProduct", joinColumns = @JoinColumn(name = "A"), inverseJoinColumns = @JoinColumn(name = "B"))
        Set<Product> products = new HashSet<>();
    }

    @Entity(name = "Product")
    @Table(name = "Product")
    static class Product {
        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        Integer id;
        String name;
        double price;
        int quantity;
        String description;
    }

    @Entity(name = "Studio")
    @Table(name = "Studio")
    static class Studio {
        @Id
        Integer id;
        String name;
        @OneToMany(mappedBy = "studio")
        List<Movie> movies = new ArrayList<>();
    }

    @Entity(name = "Movie")
    @Table(name = "Movie")
    static class Movie {
        @Id
        Integer id;
        String title;
        int year;
        double rating;
        String genre;
        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "studioId")
        Studio studio;
        @Column(name = "studioId", insertable = false, updatable = false)
        Integer studioId;
        @ManyToMany
        @JoinTable(name = "_ActorToMovie", joinColumns = @JoinColumn(name = "B"), inverseJoinColumns = @JoinColumn(name = "A"))
        List<Actor> cast = new ArrayList<>();
        @OneToMany(mappedBy = "movie")
        List<Review> reviews = new ArrayList<>();
    }

    @Entity(name = "Actor")
    @Table(name = "Actor")
    static class Actor {
        @Id
        Integer id;
        String name;
        int born;
    }

    @Entity(name = "Review")
    @Table(name = "Review")
    static class Review {
        @Id
        Integer id;
        int stars;
        String body;
        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "movieId")
        Movie movie;
        @Column(name = "movieId", insertable = false, updatable = false)
        Integer movieId;
    }
}
