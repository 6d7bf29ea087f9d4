def log = new File(basedir, 'build.log').text
assert log.contains('The schema at prisma/schema.prisma is valid')
assert log.count('Generated Refract Client (Java)') == 1
assert log.contains('is up to date with prisma/schema.prisma')
assert new File(basedir, 'target/generated-sources/refract/com/example/db/NotesDb.java').isFile()
assert new File(basedir, 'target/classes/com/example/App.class').isFile()
assert new File(basedir, 'target/classes/com/example/db/Note.class').isFile()
return true
