package com.example;

import com.example.db.Note;
import com.example.db.NotesDb;
import java.util.List;

/** Compiles only when the generated client is on the compile source path. */
public final class App {
    private App() {
    }

    public static List<Note> notes(NotesDb db) {
        return db.note().findMany(q -> q.where(w -> w.text().contains("x")));
    }
}
